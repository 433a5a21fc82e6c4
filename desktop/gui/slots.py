"""Runs of empty places: consecutive rows where one side has nothing because
the other side's paragraphs were omitted (or added). One box stands for the
whole run, so a long omission is one labelled place, not a screen of empty
boxes (no Qt here)."""
from __future__ import annotations

from desktop.engine.model import ADDED, OMITTED, Comparison

from .layout import Rows

MERGED = (OMITTED, ADDED)


def _kind(rows: Rows, comparison: Comparison, side: int, i: int):
    row = rows.rows[i]
    gi = row.group(1 - side)
    if row.pids(side) or gi is None:
        return None
    status = comparison.groups[gi].status
    return status if status in MERGED else None


def slot_run(rows: Rows, comparison: Comparison, side: int, i: int) -> range:
    """The run of empty places on ``side`` that row ``i`` belongs to (just
    ``i`` when it is not part of an omitted or added run)."""
    kind = _kind(rows, comparison, side, i)
    if kind is None:
        return range(i, i + 1)
    start, stop = i, i + 1
    while start > 0 and _kind(rows, comparison, side, start - 1) == kind:
        start -= 1
    while stop < len(rows) and _kind(rows, comparison, side, stop) == kind:
        stop += 1
    return range(start, stop)


def run_label(status: str, count: int) -> str:
    paragraphs = f"{count} paragraph{'s' if count != 1 else ''}"
    if status == OMITTED:
        return f"Omitted: {paragraphs} not in the other version" if count > 1 else "Omitted: not in the other version"
    return f"Added: {paragraphs} not in the original" if count > 1 else "Added: not in the original"
