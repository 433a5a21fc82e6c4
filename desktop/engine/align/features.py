"""What the aligner knows of each paragraph and each sentence: content keys,
their bigrams, numbers and names, and size."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import BOILERPLATE, HEADING, Document
from ..normalise import fold
from ..sentences import sentences
from ..words import cognate_keys, content_keys, entity_keys


_LETTER_OR_DIGIT = re.compile(r"[^\W_]")


@dataclass(frozen=True)
class UnitFeatures:
    """A paragraph, or a sentence of one (``owner`` is then the index of its
    paragraph in the paragraph feature list)."""

    pid: int
    keys: frozenset[str]
    bigrams: frozenset[str]
    entities: frozenset[str]
    size: int  # content words
    heading: bool
    owner: int = -1
    text: str = ""  # the sentence itself (for the encoder); paragraphs leave it empty
    wordless: bool = False  # no letter, no digit: a separator ("* * *", "....."), a scanner's specks


def comparable_ids(document: Document) -> list[int]:
    """Boilerplate (repeated headlines, page furniture) is not compared."""
    return [p.id for p in document.paragraphs if p.kind != BOILERPLATE]


def _features(text: str, language: str, pid: int, heading: bool, owner: int = -1,
              cognates: bool = False) -> UnitFeatures:
    keys = cognate_keys(text) if cognates else content_keys(text, language)
    return UnitFeatures(
        pid, frozenset(keys), frozenset(f"{a} {b}" for a, b in zip(keys, keys[1:])),
        frozenset(entity_keys(text, language)), len(keys), heading, owner, text,
        not _LETTER_OR_DIGIT.search(text))


def _union(pid: int, heading: bool, parts: list[UnitFeatures]) -> UnitFeatures:
    if len(parts) == 1:
        only = parts[0]
        return UnitFeatures(pid, only.keys, only.bigrams, only.entities, only.size, heading,
                            wordless=only.wordless)
    return UnitFeatures(
        pid, frozenset().union(*(p.keys for p in parts)),
        frozenset().union(*(p.bigrams for p in parts)),
        frozenset().union(*(p.entities for p in parts)), sum(p.size for p in parts), heading,
        wordless=all(p.wordless for p in parts))


def document_features(document: Document, settled: frozenset[int] = frozenset(), cognates: bool = False
                      ) -> tuple[list[UnitFeatures], list[UnitFeatures]]:
    """Paragraph features and sentence features; a paragraph's are the union
    of its sentences' (computed once). Paragraphs already ``settled`` keep
    their place in the list but get no features: nothing is left to find.
    ``cognates``: keys that survive translation instead of stems."""
    paragraphs: list[UnitFeatures] = []
    units: list[UnitFeatures] = []
    for owner, pid in enumerate(comparable_ids(document)):
        paragraph = document.paragraphs[pid]
        heading = paragraph.kind == HEADING
        if pid in settled:
            paragraphs.append(UnitFeatures(pid, frozenset(), frozenset(), frozenset(), 0, heading))
            continue
        parts = [_features(part, document.language, pid, heading, owner, cognates)
                 for part in sentences(paragraph.text)]
        units.extend(parts)
        paragraphs.append(_union(pid, heading, parts))
    return paragraphs, units


def identical_pairs(left: Document, right: Document) -> list[tuple[int, int]]:
    """Paragraphs whose text occurs exactly once on each side, equal after
    normalisation: certain links (as patience diff anchors on unique lines),
    which spares the costlier signals most of an unchanged document."""
    def unique(document: Document) -> dict[str, int]:
        seen: dict[str, int] = {}
        for pid in comparable_ids(document):
            key = fold(document.paragraphs[pid].text, ignore_case=True)
            seen[key] = -1 if key in seen else pid
        return {k: v for k, v in seen.items() if v >= 0}

    left_unique, right_unique = unique(left), unique(right)
    return [(pid, right_unique[key]) for key, pid in left_unique.items() if key in right_unique]
