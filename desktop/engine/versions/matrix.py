"""The versions matrix from each version's comparison with the original."""
from __future__ import annotations

from typing import Optional, Sequence

from ..model import BOILERPLATE, EDITED as GROUP_EDITED, MOVED as GROUP_MOVED, OMITTED as GROUP_OMITTED
from ..model import REWRITTEN, UNCHANGED, Comparison, Document, Group
from .families import drift_families
from .model import (EDITED, KEPT, MOVED, OMITTED, SEVERITY_ORDER, UNKNOWN, Cell, Row, Version,
                    VersionsMatrix, VersionSummary)

_STATES = {UNCHANGED: KEPT, GROUP_EDITED: EDITED, REWRITTEN: EDITED, GROUP_MOVED: MOVED, GROUP_OMITTED: OMITTED}


def build_matrix(original: Document, versions: Sequence[Version],
                 comparisons: Sequence[Optional[Comparison]]) -> VersionsMatrix:
    """``comparisons[i]`` compares ``original`` (left) with version i, or is
    None where that version could not be compared."""
    rows = tuple(_row(p.id, p.text, p.kind, comparisons)
                 for p in original.paragraphs if p.kind != BOILERPLATE)
    summaries = tuple(_summary(i, c, rows) for i, c in enumerate(comparisons))
    return VersionsMatrix(original, tuple(versions), tuple(comparisons), rows, summaries,
                          drift_families(versions, comparisons))


def _row(pid: int, text: str, kind: str, comparisons: Sequence[Optional[Comparison]]) -> Row:
    return Row(pid, text, kind, tuple(_cell(pid, c) for c in comparisons))


def _cell(pid: int, comparison: Optional[Comparison]) -> Cell:
    if comparison is None:
        return Cell(UNKNOWN)
    group = comparison.group_of_left(pid)
    items = [d for d in group.drift if _about(d.left_paragraph, group) == pid]
    worst = max((d.severity for d in items), key=_seriousness, default="")
    return Cell(_STATES.get(group.status, OMITTED), group.index, len(items), worst, group.right)


def _about(left_paragraph: Optional[int], group: Group) -> int:
    """The original paragraph a drift item is about: its own, else the
    group's first (an item of a merge that names no paragraph)."""
    return left_paragraph if left_paragraph is not None else group.left[0]


def _seriousness(severity: str) -> int:
    return SEVERITY_ORDER.index(severity) if severity in SEVERITY_ORDER else -1


def _summary(index: int, comparison: Optional[Comparison], rows: tuple[Row, ...]) -> VersionSummary:
    if comparison is None:
        return VersionSummary(index)
    states = [r.cells[index].state for r in rows]
    drift = comparison.summary.drift
    by_severity = tuple((s, drift[f"severity:{s}"]) for s in reversed(SEVERITY_ORDER) if drift.get(f"severity:{s}"))
    return VersionSummary(
        index, comparison.related, comparison.relatedness, comparison.summary.retained,
        kept=states.count(KEPT), edited=states.count(EDITED), moved=states.count(MOVED),
        omitted=states.count(OMITTED), added=comparison.summary.counts.get("added", 0), drift=by_severity)
