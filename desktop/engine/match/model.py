"""The match table as plain data: one row per (article, release) pair that
the full comparison confirmed (or, asked for, every candidate)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional


@dataclass(frozen=True)
class MatchRow:
    article: str  # path
    release: str  # path
    found_by: str  # shingles | meaning | figures
    related: bool = False  # derived: the comparison's verdict, and the figures kept (see evidence)
    relatedness: float = 0.0
    retained: float = 0.0  # share of the release's words found in the article
    drift: tuple[tuple[str, int], ...] = ()  # (severity, count): error, warning, note
    key: str = ""  # the pair's cache key (its JSON is <cache>/<key[:2]>/<key>.json)
    trouble: str = ""
    figures_kept: Optional[float] = None  # share of the linked paragraphs' figures kept; None: too few to say

    def drift_count(self, severity: str) -> int:
        return dict(self.drift).get(severity, 0)


@dataclass(frozen=True)
class MatchResult:
    rows: tuple[MatchRow, ...]  # confirmed pairs (every candidate with ``everything``), article order
    releases: int
    articles: int
    candidates: int
    computed: int  # pairs compared in this run (the others came from the cache)
    troubles: tuple[tuple[str, str], ...] = ()  # (path, why): files that could not be read or compared
    unmatched: tuple[str, ...] = ()  # articles that derive from no release

    @property
    def confirmed(self) -> tuple[MatchRow, ...]:
        return tuple(r for r in self.rows if r.related)
