"""Candidate (release, article) pairs: shingles within a language, meaning
(or figures) across languages. Each pair says what found it."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from ..encoder import knows
from ..model import Document
from ..progress import Progress, ensure_progress
from . import crosslang
from .index import make_index
from .shingles import shingles

SHINGLES, MEANING, FIGURES = "shingles", "meaning", "figures"


@dataclass(frozen=True)
class Candidate:
    release: int
    article: int
    found_by: str
    score: float  # shingles shared, cosine, or figures shared


def find_candidates(releases: Sequence[Document], articles: Sequence[Document], index: str = "shingles",
                    progress: Progress | None = None) -> list[Candidate]:
    progress = ensure_progress(progress)
    progress.report("Indexing the releases", 0.0)
    found = {}
    the_index = make_index(index, [shingles(r) for r in releases])
    for number, article in enumerate(articles):
        if number % 100 == 0:
            progress.report("Looking for shared passages", 0.4 * number / max(1, len(articles)))
        for hit in the_index.query(shingles(article)):
            found[(hit.release, number)] = Candidate(hit.release, number, SHINGLES, float(hit.shared))
    for candidate in _across_languages(releases, articles, progress.sub(0.4, 1.0)):
        found.setdefault((candidate.release, candidate.article), candidate)
    return sorted(found.values(), key=lambda c: (c.article, c.release))


def _across_languages(releases: Sequence[Document], articles: Sequence[Document], progress: Progress):
    """Meaning where the encoder knows both languages, else shared figures."""
    languages = {r.language for r in releases}
    readable = [n for n, a in enumerate(articles) if knows(a.language) and languages - {a.language}]
    release_vectors = crosslang.gist_vectors(releases) if readable else None
    progress.report("Reading the articles' meaning", 0.1)
    article_vectors = crosslang.gist_vectors([articles[n] for n in readable]) if readable else None
    vector_of = {n: row for row, n in enumerate(readable)}
    release_figures = [crosslang.figures(r) for r in releases]
    for number, article in enumerate(articles):
        others = [r for r, release in enumerate(releases) if release.language != article.language]
        if not others:
            continue
        legible = [r for r in others if number in vector_of and knows(releases[r].language)]
        for near in crosslang.nearest(article_vectors[vector_of[number]], release_vectors, legible) if legible else ():
            yield Candidate(near.release, number, MEANING, near.score)
        illegible = [r for r in others if r not in legible]
        if illegible:
            for near in crosslang.by_figures(crosslang.figures(article), release_figures, illegible):
                yield Candidate(near.release, number, FIGURES, near.score)
