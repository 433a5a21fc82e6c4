"""Gold alignments made by hand, in the two formats of docs/quality.md, and
the measures a user cares about.

- A **paragraph pair**: a folder with ``original.txt``, ``other.txt`` and
  ``gold.json`` (``links``: ``[[original ids], [other ids]]``, paragraphs
  counted from 0 in blank-line order; ``weak_links``: indices of loose links).
- A **sentence-aligned pair** (Text+Berg, Vecalign's format): ``NAME.xx``,
  ``NAME.yy`` with one sentence per line and ``NAME.xxyy`` holding one link
  per line, ``[xx line ids]:[yy line ids]``.

Scores are computed on the gold's own units (blocks of lines, or lines), so
they do not depend on how Tandem segments a file."""
from __future__ import annotations

import ast
import json
import os
import re
from dataclasses import dataclass

Link = tuple[tuple[int, ...], tuple[int, ...]]


@dataclass(frozen=True)
class GoldPair:
    name: str
    kind: str  # "paragraphs" | "lines"
    original: str
    other: str
    links: tuple[Link, ...]
    weak: frozenset[int] = frozenset()  # indices into links


@dataclass(frozen=True)
class Score:
    true: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.true / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: "Score") -> "Score":
        return Score(self.true + other.true, self.predicted + other.predicted, self.gold + other.gold)


def discover(paths: list[str]) -> list[GoldPair]:
    """Every gold pair in or under ``paths``, in a stable order."""
    found: list[GoldPair] = []
    for path in paths:
        for folder, dirs, files in os.walk(path):
            dirs.sort()
            if "gold.json" in files:
                found.append(read_paragraph_gold(folder))
            found.extend(read_line_golds(folder, files))
    return found


def read_paragraph_gold(folder: str) -> GoldPair:
    with open(os.path.join(folder, "gold.json"), encoding="utf-8") as handle:
        gold = json.load(handle)
    links = tuple((tuple(left), tuple(right)) for left, right in gold["links"])
    return GoldPair(os.path.basename(folder.rstrip(os.sep)), "paragraphs",
                    os.path.join(folder, "original.txt"), os.path.join(folder, "other.txt"),
                    links, frozenset(gold.get("weak_links", ())))


_LINK_FILE = re.compile(r"^(?P<stem>.+)\.(?P<pair>[a-z]{4})$")


def read_line_golds(folder: str, files: list[str]) -> list[GoldPair]:
    """``dev.defr`` beside ``dev.de`` and ``dev.fr``: German is the original."""
    pairs = []
    for name in sorted(files):
        match = _LINK_FILE.match(name)
        if not match:
            continue
        stem, codes = match["stem"], match["pair"]
        left, right = f"{stem}.{codes[:2]}", f"{stem}.{codes[2:]}"
        if left in files and right in files:
            with open(os.path.join(folder, name), encoding="utf-8") as handle:
                links = tuple(_line_link(line) for line in handle if line.strip())
            pairs.append(GoldPair(f"{os.path.basename(folder)}/{stem} {codes[:2]}-{codes[2:]}", "lines",
                                  os.path.join(folder, left), os.path.join(folder, right), links))
    return pairs


def _line_link(line: str) -> Link:
    left, right = line.strip().split(":")
    return tuple(ast.literal_eval(left)), tuple(ast.literal_eval(right))


def blocks_of_lines(path: str) -> tuple[list[int], list[str]]:
    """For each 1-based line of the file, the blank-line block it belongs to
    (-1 for blank lines), and each block's text with spaces collapsed."""
    with open(path, encoding="utf-8-sig") as handle:
        lines = handle.read().splitlines()
    block_of, texts, current = [], [], -1
    previous_blank = True
    for line in lines:
        if not line.strip():
            block_of.append(-1)
            previous_blank = True
            continue
        if previous_blank:
            current += 1
            texts.append("")
        texts[current] = f"{texts[current]} {' '.join(line.split())}".strip()
        block_of.append(current)
        previous_blank = False
    return block_of, texts


def canonical_ids(texts: list[str]) -> list[int]:
    """Identical paragraphs (a headline printed twice) count as one: each id
    mapped to the first id with the same text."""
    first: dict[str, int] = {}
    return [first.setdefault(t, n) for n, t in enumerate(texts)]


def pairs_of(links, left_canon: list[int], right_canon: list[int]) -> set[tuple[int, int]]:
    return {(left_canon[i], right_canon[j]) for left, right in links for i in left for j in right}


def paragraph_score(pair: GoldPair, predicted: list[Link]) -> dict[str, Score]:
    """Pairs of paragraphs (block ids): ``strict`` leaves weak links out of
    the gold and ignores predicted pairs that are weak links; ``all`` counts
    them as gold."""
    _, left_texts = blocks_of_lines(pair.original)
    _, right_texts = blocks_of_lines(pair.other)
    left_canon, right_canon = canonical_ids(left_texts), canonical_ids(right_texts)
    strong = [link for n, link in enumerate(pair.links) if n not in pair.weak]
    weak = [link for n, link in enumerate(pair.links) if n in pair.weak]
    gold_strong = pairs_of(strong, left_canon, right_canon)
    gold_weak = pairs_of(weak, left_canon, right_canon) - gold_strong
    got = pairs_of(predicted, left_canon, right_canon)
    counted = got - gold_weak
    gold_all = gold_strong | gold_weak
    return {
        "strict": Score(len(counted & gold_strong), len(counted), len(gold_strong)),
        "all": Score(len(got & gold_all), len(got), len(gold_all)),
    }


def line_score(gold: list[Link], test: list[Link]) -> dict[str, Score]:
    """Strict and lax precision and recall as Vecalign's ``score.py``
    computes them: precision over every test link (deletions included),
    recall over the gold's links that have both sides."""
    p_strict, p_lax = _precision(gold, test)
    r_strict, r_lax = _precision([link for link in test if link[0] and link[1]],
                                 [link for link in gold if link[0] and link[1]])
    return {"strict": _combine(p_strict, r_strict), "lax": _combine(p_lax, r_lax)}


def _combine(precision: tuple[int, int], recall: tuple[int, int]) -> Score:
    """Two (true, total) counts as one Score with the same P and R: the
    gold side of Vecalign's recall is its own set, so P and R have
    different true counts."""
    return _TwoSided(precision[0], precision[1], recall[1], recall[0])


@dataclass(frozen=True)
class _TwoSided(Score):
    true_recall: int = 0

    @property
    def recall(self) -> float:
        return self.true_recall / self.gold if self.gold else 1.0

    def __add__(self, other: Score) -> Score:
        return _TwoSided(self.true + other.true, self.predicted + other.predicted,
                         self.gold + other.gold, self.true_recall + getattr(other, "true_recall", other.true))


def _precision(gold: list[Link], test: list[Link]) -> tuple[tuple[int, int], tuple[int, int]]:
    """(true, total) strict and lax, over the distinct non-empty test links."""
    test_set = {(tuple(a), tuple(b)) for a, b in test if a or b}
    gold_set = {(tuple(a), tuple(b)) for a, b in gold if a or b}
    targets: dict[int, set[int]] = {}
    for left, right in gold_set:
        for i in left:
            targets.setdefault(i, set()).update(right)
    strict = lax = 0
    for left, right in test_set:
        if (left, right) in gold_set:
            strict += 1
            lax += 1
        elif set(right) & set().union(*(targets.get(i, set()) for i in left)):
            lax += 1
    return (strict, len(test_set)), (lax, len(test_set))
