"""The versions matrix as plain, immutable data (no Qt): the original's
paragraphs as rows, the versions as columns."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from ..model import Comparison, Document

# What became of an original paragraph in one version
KEPT = "kept"  # unchanged, in its place
EDITED = "edited"  # linked, its words changed (or rewritten)
MOVED = "moved"  # linked, out of the original's order
OMITTED = "omitted"  # not in the version
UNKNOWN = ""  # the version could not be compared
CELL_STATES = (KEPT, EDITED, MOVED, OMITTED, UNKNOWN)

SEVERITY_ORDER = ("note", "warning", "error")  # least to most serious


@dataclass(frozen=True)
class Version:
    index: int
    name: str
    path: str
    language: str = ""
    date: Optional[str] = None  # ISO 8601 (YYYY-MM-DD), when the file name or text says
    trouble: str = ""  # why it could not be compared ("" when it was)


@dataclass(frozen=True)
class Cell:
    """One original paragraph in one version."""

    state: str
    group: Optional[int] = None  # index into that pair's comparison.groups
    drift: int = 0  # drift items about this paragraph
    worst: str = ""  # their most serious severity, "" without drift
    right: tuple[int, ...] = ()  # the version's paragraphs it became


@dataclass(frozen=True)
class Row:
    paragraph: int  # the original's paragraph id
    text: str
    kind: str
    cells: tuple[Cell, ...]  # one per version, in version order

    @property
    def kept_by(self) -> int:
        """Versions where the paragraph survived (kept, edited or moved)."""
        return sum(1 for c in self.cells if c.state in (KEPT, EDITED, MOVED))

    @property
    def unchanged_in(self) -> int:
        return sum(1 for c in self.cells if c.state == KEPT)


@dataclass(frozen=True)
class VersionSummary:
    version: int
    related: bool = False
    relatedness: float = 0.0
    retained: float = 0.0  # share of the original's words kept
    kept: int = 0  # original paragraphs by state in this version
    edited: int = 0
    moved: int = 0
    omitted: int = 0
    added: int = 0  # the version's own paragraphs
    drift: tuple[tuple[str, int], ...] = ()  # (severity, count), most serious first

    def drift_count(self, severity: str) -> int:
        return dict(self.drift).get(severity, 0)


@dataclass(frozen=True)
class DriftFamily:
    """The same change (a figure, a title, a date) found in several versions:
    perhaps copied from one outlet by the others."""

    kind: str
    original: str  # the original's words ("" where the change added something)
    changed: tuple[str, ...]  # what the versions made of it (distinct spellings)
    versions: tuple[int, ...]  # where it recurs, in version order
    paragraphs: tuple[int, ...]  # the original's paragraphs it is about
    message: str  # one of the items' messages, as an example
    severity: str = "note"  # the most serious of its items
    earliest: Optional[int] = None  # the earliest dated version among them, when dates are known


@dataclass(frozen=True)
class VersionsMatrix:
    original: Document
    versions: tuple[Version, ...]
    comparisons: tuple[Optional[Comparison], ...]  # one per version; None where it failed
    rows: tuple[Row, ...]
    summaries: tuple[VersionSummary, ...]
    families: tuple[DriftFamily, ...]

    def cell(self, row: int, version: int) -> Cell:
        return self.rows[row].cells[version]

    @property
    def compared(self) -> int:
        return sum(1 for c in self.comparisons if c is not None)
