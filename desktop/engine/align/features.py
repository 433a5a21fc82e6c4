"""What the aligner knows of each paragraph and each sentence: content keys,
their bigrams, numbers and names, and size."""
from __future__ import annotations

from dataclasses import dataclass

from ..model import BOILERPLATE, HEADING, Document
from ..sentences import sentences
from ..words import content_keys, entity_keys


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


def comparable_ids(document: Document) -> list[int]:
    """Boilerplate (repeated headlines, page furniture) is not compared."""
    return [p.id for p in document.paragraphs if p.kind != BOILERPLATE]


def _features(text: str, language: str, pid: int, heading: bool, owner: int = -1) -> UnitFeatures:
    keys = content_keys(text, language)
    return UnitFeatures(
        pid, frozenset(keys), frozenset(f"{a} {b}" for a, b in zip(keys, keys[1:])),
        frozenset(entity_keys(text, language)), len(keys), heading, owner)


def paragraph_features(document: Document) -> list[UnitFeatures]:
    return [
        _features(document.paragraphs[pid].text, document.language, pid,
                  document.paragraphs[pid].kind == HEADING)
        for pid in comparable_ids(document)
    ]


def sentence_features(document: Document, paragraphs: list[UnitFeatures]) -> list[UnitFeatures]:
    units = []
    for owner, paragraph in enumerate(paragraphs):
        parts = sentences(document.paragraphs[paragraph.pid].text)
        if len(parts) == 1:
            units.append(UnitFeatures(paragraph.pid, paragraph.keys, paragraph.bigrams,
                                      paragraph.entities, paragraph.size, paragraph.heading, owner))
            continue
        units.extend(_features(part, document.language, paragraph.pid, paragraph.heading, owner)
                     for part in parts)
    return units
