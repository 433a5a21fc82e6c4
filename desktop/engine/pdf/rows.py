"""Runs of glyphs grouped into rows: the runs that share a baseline, top of
the page first, each row left to right.

Baselines must agree closely (relative to the smaller type), so a line of
body text beside a large heading does not join it. Superscripts and
subscripts (footnote marks, "m²") sit off the baseline: they join the row
of the text they touch."""
from __future__ import annotations

from .runs import Run

_BASELINE_TOLERANCE = 0.35  # of the smaller size
_SCRIPT_SIZE = 0.85  # a run this much smaller than its neighbour may be a script
_SCRIPT_SHIFT = 0.7  # of the neighbour's size: how far off the baseline it may sit
_SCRIPT_GAP = 0.4  # ems: how close it must be to the text it belongs to


def group_rows(runs: list[Run]) -> list[list[Run]]:
    rows: list[list[Run]] = []
    anchors: list[Run] = []
    for run in sorted(runs, key=lambda r: -r.baseline):
        if rows and _same_baseline(anchors[-1], run):
            rows[-1].append(run)
            if len(run.text) * run.size > len(anchors[-1].text) * anchors[-1].size:
                anchors[-1] = run
            continue
        rows.append([run])
        anchors.append(run)
    rows = _attach_scripts(rows)
    for row in rows:
        row.sort(key=lambda r: r.x0)
    return rows


def _same_baseline(anchor: Run, run: Run) -> bool:
    return abs(anchor.baseline - run.baseline) <= _BASELINE_TOLERANCE * min(anchor.size, run.size)


def _attach_scripts(rows: list[list[Run]]) -> list[list[Run]]:
    """Small runs that touch a run of a neighbouring row, raised or lowered
    from its baseline, move into that row."""
    kept: list[list[Run]] = []
    for index, row in enumerate(rows):
        neighbours = [rows[i] for i in (index - 1, index + 1) if 0 <= i < len(rows)]
        staying = [run for run in row if not _move_script(run, neighbours)]
        if staying:
            row[:] = staying
            kept.append(row)
    return kept


def _move_script(run: Run, neighbours: list[list[Run]]) -> bool:
    for row in neighbours:
        for other in row:
            if other is run or run.size > _SCRIPT_SIZE * other.size:
                continue
            if abs(run.baseline - other.baseline) > _SCRIPT_SHIFT * other.size:
                continue
            gap = max(run.x0 - other.x1, other.x0 - run.x1)
            if gap <= _SCRIPT_GAP * other.size:
                row.append(run)
                return True
    return False
