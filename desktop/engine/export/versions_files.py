"""The versions matrix written out: the matrix as HTML, CSV or JSON, and
every pair's comparison JSON into a folder (the command line and the window
both write through here, atomically)."""
from __future__ import annotations

import os
from typing import Optional, Sequence

from ..atomic import write_atomic
from ..errors import TandemError
from ..versions.compare import pair_file_names
from ..versions.model import VersionsMatrix

MATRIX_FORMATS = ("html", "csv", "json")


def render_matrix(kind: str, matrix: VersionsMatrix, pair_files: Optional[Sequence[Optional[str]]] = None) -> bytes:
    from .versions_csv import to_versions_csv_bytes
    from .versions_html import to_versions_html
    from .versions_json import versions_json

    if kind == "html":
        return to_versions_html(matrix).encode("utf-8")
    if kind == "csv":
        return to_versions_csv_bytes(matrix)
    if kind == "json":
        return (versions_json(matrix, pair_files) + "\n").encode("utf-8")
    raise TandemError(f"no such format for the versions matrix: {kind} (use html, csv or json)")


def write_pairs(matrix: VersionsMatrix, folder: str) -> list[Optional[str]]:
    """Each compared version's pair as ``<version name>.json`` in ``folder``;
    the names written (None for a version that was not compared)."""
    from .jsonout import to_json

    names: list[Optional[str]] = []
    for name, comparison in zip(pair_file_names(matrix), matrix.comparisons):
        if comparison is None:
            names.append(None)
            continue
        write_atomic(os.path.join(folder, name), to_json(comparison) + "\n")
        names.append(name)
    return names
