"""The versions matrix as CSV: one row per original paragraph, one column
per version (its state, with its drift count and worst severity). UTF-8 with a byte-order mark, as the
report's CSV, so spreadsheets read every script right."""
from __future__ import annotations

import csv
import io

from ..versions.model import VersionsMatrix
from .csv import _cell as safe

FIRST_COLUMNS = ("paragraph", "kind", "text", "kept_by")


def cell_text(matrix: VersionsMatrix, row: int, version: int) -> str:
    cell = matrix.cell(row, version)
    if not cell.state:
        return ""
    if not cell.drift:
        return cell.state
    return f"{cell.state}; {cell.drift} drift ({cell.worst})"


def to_versions_csv(matrix: VersionsMatrix) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(FIRST_COLUMNS + tuple(safe(v.name) for v in matrix.versions))
    for r, row in enumerate(matrix.rows):
        writer.writerow((row.paragraph, row.kind, safe(row.text), row.kept_by)
                        + tuple(cell_text(matrix, r, v) for v in range(len(matrix.versions))))
    return out.getvalue()


def to_versions_csv_bytes(matrix: VersionsMatrix) -> bytes:
    return to_versions_csv(matrix).encode("utf-8-sig")
