"""Candidate releases for an article in another language, where shingles
cannot meet: the multilingual encoder's vector of each document's opening
(its first sentences: a translation keeps the lead), and, for languages the
encoder does not know, the figures the two share (numbers survive any
translation)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

import numpy as np

from ..model import BOILERPLATE, Document

GIST_SENTENCES = 10  # of the body, from the start
MIN_COSINE = 0.45  # a translation's opening scores 0.6-0.9 here; another story on the topic less
TOP = 3  # at most this many releases per article by meaning
MIN_FIGURES = 3  # distinctive figures in common, where meaning cannot be read
_FIGURE = re.compile(r"\d[\d.,]*\d|\d")


@dataclass(frozen=True)
class Near:
    release: int
    score: float  # cosine, or shared figures


def gist(document: Document) -> str:
    from ..sentences import sentences

    picked: list[str] = []
    for paragraph in document.paragraphs:
        if paragraph.kind == BOILERPLATE:
            continue
        picked.extend(sentences(paragraph.text) or [paragraph.text])
        if len(picked) >= GIST_SENTENCES:
            break
    return " ".join(picked[:GIST_SENTENCES])


def gist_vectors(documents: Sequence[Document]) -> np.ndarray:
    """One L2-normalised vector per document: the mean of its opening
    sentences' vectors (the encoder reads each sentence whole)."""
    from ..encoder import embed
    from ..sentences import sentences

    parts = [sentences(gist(d)) or [gist(d) or d.name] for d in documents]
    vectors = embed([s for ps in parts for s in ps]) if parts else np.zeros((0, 512), dtype=np.float32)
    out = np.zeros((len(documents), vectors.shape[1] if len(vectors) else 512), dtype=np.float32)
    at = 0
    for row, ps in enumerate(parts):
        mean = vectors[at:at + len(ps)].mean(axis=0)
        out[row] = mean / max(float(np.linalg.norm(mean)), 1e-9)
        at += len(ps)
    return out


def nearest(article: np.ndarray, releases: np.ndarray, allowed: Sequence[int]) -> list[Near]:
    """The releases among ``allowed`` closest in meaning to ``article``."""
    if not len(allowed):
        return []
    scores = releases[list(allowed)] @ article
    order = np.argsort(-scores, kind="stable")[:TOP]
    return [Near(int(allowed[i]), round(float(scores[i]), 4)) for i in order if scores[i] >= MIN_COSINE]


def figures(document: Document) -> frozenset[str]:
    """Figures worth following: two digits or more (a lone "3" is anywhere)."""
    found = set()
    for paragraph in document.paragraphs:
        for figure in _FIGURE.findall(paragraph.text):
            digits = re.sub(r"\D", "", figure)
            if len(digits) >= 2:
                found.add(digits)
    return frozenset(found)


def by_figures(article: frozenset[str], releases: Sequence[frozenset[str]], allowed: Sequence[int]) -> list[Near]:
    hits = [Near(r, float(len(article & releases[r]))) for r in allowed]
    return sorted((h for h in hits if h.score >= MIN_FIGURES), key=lambda h: (-h.score, h.release))[:TOP]
