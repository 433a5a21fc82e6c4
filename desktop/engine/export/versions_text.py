"""The versions matrix in words: one line per version, a symbol per cell,
and the drift families; the terminal report of `tandem compare ORIGINAL
VERSION…` (no Qt: the window's labels come from here too)."""
from __future__ import annotations

import textwrap

from ..versions.model import EDITED, KEPT, MOVED, OMITTED, DriftFamily, VersionsMatrix

STATE_SYMBOLS = {KEPT: "=", EDITED: "~", MOVED: ">", OMITTED: "-", "": "?"}
DRIFT_SYMBOLS = {"error": "!", "warning": "*", "note": "", "": ""}
LEGEND = ("= kept   ~ edited   > moved   - omitted   ? not compared;   "
          "after it: ! drift error   * drift warning")
_TEXT_WIDTH = 34


def summary_line(matrix: VersionsMatrix, index: int) -> str:
    """A version in one line: what it kept, dropped and changed."""
    version, summary = matrix.versions[index], matrix.summaries[index]
    if version.trouble:
        return f"not compared: {version.trouble}"
    if not summary.related:
        return f"not a version of the original (relatedness {summary.relatedness:.2f})"
    parts = [f"retained {summary.retained:.0%}", f"{summary.omitted} omitted", f"{summary.added} added",
             f"{summary.moved} moved", f"{summary.edited} edited"]
    drift = ", ".join(f"{n} {severity}{'s' if n != 1 else ''}" for severity, n in summary.drift)
    return " · ".join(parts) + f" · drift: {drift or 'none'}"


def cell_symbol(matrix: VersionsMatrix, row: int, version: int) -> str:
    cell = matrix.cell(row, version)
    return STATE_SYMBOLS[cell.state] + DRIFT_SYMBOLS.get(cell.worst, "")


def family_line(matrix: VersionsMatrix, family: DriftFamily) -> str:
    """The change, where it recurs (as column labels: v1, v4, …) and the
    earliest dated version among them, by name."""
    where = ", ".join(f"v{i + 1}" for i in family.versions)
    changed = " / ".join(f"“{c}”" for c in family.changed if c)
    if not family.original:
        what = f"{changed or '“”'} added"
    else:
        what = f"“{family.original}” → {changed or 'dropped'}"
    line = f"{family.kind} ({family.severity}): {what} in {len(family.versions)} versions ({where})"
    if family.earliest is not None:
        earliest = matrix.versions[family.earliest]
        line += f"; earliest v{earliest.index + 1} {earliest.name} ({earliest.date})"
    return line


def versions_text(matrix: VersionsMatrix) -> str:
    lines = [f"Original: {matrix.original.name} ({matrix.original.language}, {len(matrix.rows)} paragraphs)",
             f"Versions: {len(matrix.versions)} ({matrix.compared} compared)", ""]
    for version in matrix.versions:
        about = ", ".join(x for x in (version.language, version.date) if x)
        lines.append(f"v{version.index + 1:<3} {version.name}{f' ({about})' if about else ''}")
        lines.append(f"     {summary_line(matrix, version.index)}")
    lines += ["", *_grid(matrix), "", LEGEND]
    if matrix.families:
        lines += ["", "Drift in several versions:"]
        lines += [f"  {family_line(matrix, f)}" for f in matrix.families]
    return "\n".join(lines) + "\n"


def _grid(matrix: VersionsMatrix) -> list[str]:
    header = f"{'¶':>4}  {'original paragraph':<{_TEXT_WIDTH}}  kept  " + "".join(
        f"{'v' + str(v.index + 1):<4}" for v in matrix.versions)
    lines = [header.rstrip()]
    for r, row in enumerate(matrix.rows):
        text = textwrap.shorten(row.text, _TEXT_WIDTH, placeholder="…")
        cells = "".join(f"{cell_symbol(matrix, r, v):<4}" for v in range(len(matrix.versions)))
        lines.append(f"{row.paragraph:>4}  {text:<{_TEXT_WIDTH}}  {row.kept_by:>4}  {cells}".rstrip())
    return lines
