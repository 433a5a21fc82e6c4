"""Document-level figures: how much of the original survives, what was
added, what moved. Shares are of words, boilerplate left out."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .model import ADDED, BOILERPLATE, OMITTED, Document, Group, Summary


_WORDS = re.compile(r"[^\W_]+(?:['’\-‐.,][^\W_]+)*", re.UNICODE)


@lru_cache(maxsize=65536)
def word_count(text: str) -> int:
    """Words and numbers, counted as the word diff tokenises them."""
    return len(_WORDS.findall(text))


def _words(document: Document, ids) -> int:
    return sum(word_count(document.paragraphs[i].text) for i in ids
               if document.paragraphs[i].kind != BOILERPLATE)


def summarise(left: Document, right: Document, groups: tuple[Group, ...]) -> Summary:
    left_total = _words(left, range(len(left.paragraphs)))
    right_total = _words(right, range(len(right.paragraphs)))
    kept = sum(_words(left, g.left) for g in groups if g.linked)
    omitted = sum(_words(left, g.left) for g in groups if g.status == OMITTED)
    added = sum(_words(right, g.right) for g in groups if g.status == ADDED)
    drift = Counter()
    for group in groups:
        for item in group.drift:
            drift[f"kind:{item.kind}"] += 1
            drift[f"severity:{item.severity}"] += 1
    return Summary(
        left_words=left_total,
        right_words=right_total,
        retained=_share(kept, left_total),
        omitted=_share(omitted, left_total),
        added=_share(added, right_total),
        counts=dict(Counter(g.status for g in groups)),
        moved=sum(1 for g in groups if g.moved),
        splits=sum(1 for g in groups if g.shape == "split"),
        merges=sum(1 for g in groups if g.shape == "merge"),
        changes=sum(len(g.changes) for g in groups),
        drift=dict(drift),
    )


def _share(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0
