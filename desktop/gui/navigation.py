"""Ordered lists of what the reader can jump to (no Qt here)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from desktop.engine.model import IGNORED, UNCHANGED, Comparison

from .layout import LEFT, RIGHT, Rows


def is_change(status: str) -> bool:
    return status not in (UNCHANGED, IGNORED)


@dataclass(frozen=True)
class Stop:
    """A place to jump to: a group (and one of its drift items)."""

    row: int
    group: int
    drift: Optional[int] = None


def change_stops(comparison: Comparison, rows: Rows) -> list[Stop]:
    stops = [Stop(min(rows.rows_of_group.get(gi, [0])), gi)
             for gi, g in enumerate(comparison.groups) if is_change(g.status)]
    return sorted(stops, key=lambda s: (s.row, s.group))


def drift_stops(comparison: Comparison, rows: Rows) -> list[Stop]:
    stops = []
    for gi, g in enumerate(comparison.groups):
        for di, drift in enumerate(g.drift):
            row = _drift_row(rows, gi, drift)
            stops.append(Stop(row, gi, di))
    return sorted(stops, key=lambda s: (s.row, s.group, s.drift))


def _drift_row(rows: Rows, gi: int, drift) -> int:
    if drift.left_paragraph is not None and drift.left_paragraph in rows.row_of[LEFT]:
        return rows.row_of[LEFT][drift.left_paragraph]
    if drift.right_paragraph is not None and drift.right_paragraph in rows.row_of[RIGHT]:
        return rows.row_of[RIGHT][drift.right_paragraph]
    return min(rows.rows_of_group.get(gi, [0]))


def next_stop(stops: list[Stop], current: Optional[Stop], row: int, forward: bool,
              selected: Optional[tuple[int, int]] = None) -> Optional[Stop]:
    """The stop after (or before) ``current``; else after (or before) the
    selected group, given as (row, group); else relative to the row at the
    top of the view."""
    if not stops:
        return None
    if current is not None and current in stops:
        i = stops.index(current) + (1 if forward else -1)
        return stops[i] if 0 <= i < len(stops) else None
    if selected is not None:
        if forward:
            return next((s for s in stops if (s.row, s.group) > selected), None)
        return next((s for s in reversed(stops) if (s.row, s.group) < selected), None)
    if forward:
        return next((s for s in stops if s.row >= row), None)
    return next((s for s in reversed(stops) if s.row < row), None)


@dataclass(frozen=True)
class Match:
    row: int
    side: int
    pid: int
    start: int
    end: int


def find_pattern(text: str, *, case_sensitive: bool = False) -> Optional[re.Pattern]:
    if not text:
        return None
    return re.compile(re.escape(text), 0 if case_sensitive else re.IGNORECASE)


def find_matches(comparison: Comparison, rows: Rows, pattern: Optional[re.Pattern]) -> list[Match]:
    """Matches in reading order: row by row, left side before right."""
    if pattern is None:
        return []
    docs = (comparison.left, comparison.right)
    matches = []
    for row in rows.rows:
        for side in (LEFT, RIGHT):
            for pid in row.pids(side):
                for m in pattern.finditer(docs[side].paragraphs[pid].text):
                    if m.end() > m.start():
                        matches.append(Match(row.index, side, pid, m.start(), m.end()))
    return matches
