"""Candidate (release, article) pairs: shingles within a language; across
languages, for articles with no strong same-language source, rare figures
in common and closeness in meaning. Each pair says what found it."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, Sequence

from ..encoder import knows
from ..model import Document
from ..progress import Progress, ensure_progress
from . import crosslang
from .index import make_index
from .shingles import shingles

SHINGLES, MEANING, FIGURES = "shingles", "meaning", "figures"
SETTLED_AT = 0.3  # containment of a same-language source that makes looking across languages needless


@dataclass(frozen=True)
class Candidate:
    release: int
    article: int
    found_by: str
    score: float  # shingles shared, cosine, or weighted figures shared


def find_candidates(releases: Sequence[Document], articles: Sequence[Document], index: str = "shingles",
                    progress: Progress | None = None) -> list[Candidate]:
    progress = ensure_progress(progress)
    progress.report("Indexing the releases", 0.0)
    found: dict[tuple[int, int], Candidate] = {}
    settled: set[int] = set()
    the_index = make_index(index, [shingles(r) for r in releases])
    for number, article in enumerate(articles):
        if number % 100 == 0:
            progress.report("Looking for shared passages", 0.4 * number / max(1, len(articles)))
        for hit in the_index.query(shingles(article)):
            found[(hit.release, number)] = Candidate(hit.release, number, SHINGLES, float(hit.shared))
            if hit.containment >= SETTLED_AT:
                settled.add(number)
    unsettled = [n for n in range(len(articles)) if n not in settled]
    for candidate in _across_languages(releases, articles, unsettled, progress.sub(0.4, 1.0)):
        found.setdefault((candidate.release, candidate.article), candidate)
    return sorted(found.values(), key=lambda c: (c.article, c.release))


def _across_languages(releases: Sequence[Document], articles: Sequence[Document], numbers: Sequence[int],
                      progress: Progress) -> Iterator[Candidate]:
    figure_index = crosslang.FigureIndex([crosslang.figures(r) for r in releases])
    legible = [n for n in numbers if knows(articles[n].language)]
    release_vectors = crosslang.gist_vectors(releases) if legible else None
    progress.report("Reading the articles' meaning", 0.2)
    vectors = dict(zip(legible, crosslang.gist_vectors([articles[n] for n in legible]))) if legible else {}
    progress.report("Comparing figures across languages", 0.9)
    for number in numbers:
        article = articles[number]
        others = {r for r, release in enumerate(releases) if release.language != article.language}
        by_figures = figure_index.query(crosslang.figures(article), others)
        readable = sorted(r for r in others if knows(releases[r].language))
        by_meaning = crosslang.cosines(vectors[number], release_vectors, readable) if number in vectors else {}
        for near, signal in crosslang.chosen(by_figures, by_meaning):
            yield Candidate(near.release, number, signal, near.score)
