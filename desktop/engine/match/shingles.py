"""A document as a set of word shingles: every run of three words, case
folded, boilerplate left out. Hashes are Python's own, so a set is only
compared with sets made in the same process (the index lives in one)."""
from __future__ import annotations

import re

from ..model import BOILERPLATE, Document

SHINGLE_WORDS = 3  # a rewrite keeps many three-word runs; two articles on one topic share few
_WORD = re.compile(r"[^\W_]+")


def words(document: Document) -> list[str]:
    found: list[str] = []
    for paragraph in document.paragraphs:
        if paragraph.kind != BOILERPLATE:
            found.extend(_WORD.findall(paragraph.text.casefold()))
    return found


def shingles(document: Document, size: int = SHINGLE_WORDS) -> frozenset[int]:
    tokens = words(document)
    return frozenset(hash(" ".join(tokens[i:i + size])) for i in range(max(0, len(tokens) - size + 1)))
