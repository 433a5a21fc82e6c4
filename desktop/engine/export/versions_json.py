"""The versions matrix as JSON, format "tandem-versions/1"
(docs/json-schema.md): the original, each version with its one-line summary
and its pair's JSON file, the matrix rows, and the drift families."""
from __future__ import annotations

import json
from typing import Optional, Sequence

from ..versions.model import Cell, DriftFamily, Row, VersionsMatrix
from .versions_text import summary_line

FORMAT = "tandem-versions/1"


def versions_dict(matrix: VersionsMatrix, pair_files: Optional[Sequence[Optional[str]]] = None) -> dict:
    """``pair_files``: each version's pair JSON file name, where written."""
    original = matrix.original
    return {
        "format": FORMAT,
        "original": {"path": original.path, "name": original.name, "format": original.source_format,
                     "language": original.language, "sha256": original.sha256},
        "versions": [_version(matrix, i, pair_files[i] if pair_files else None) for i in range(len(matrix.versions))],
        "rows": [_row(row) for row in matrix.rows],
        "families": [_family(f) for f in matrix.families],
    }


def _version(matrix: VersionsMatrix, index: int, pair_file: Optional[str]) -> dict:
    version, summary = matrix.versions[index], matrix.summaries[index]
    return {
        "index": index, "name": version.name, "path": version.path, "language": version.language,
        "date": version.date, "trouble": version.trouble, "pair": pair_file,
        "summary": {"related": summary.related, "relatedness": summary.relatedness,
                    "retained": summary.retained, "kept": summary.kept, "edited": summary.edited,
                    "moved": summary.moved, "omitted": summary.omitted, "added": summary.added,
                    "drift": dict(summary.drift)},
        "line": summary_line(matrix, index),
    }


def _row(row: Row) -> dict:
    return {"paragraph": row.paragraph, "kind": row.kind, "text": row.text, "kept_by": row.kept_by,
            "unchanged_in": row.unchanged_in, "cells": [_cell(c) for c in row.cells]}


def _cell(cell: Cell) -> dict:
    return {"state": cell.state, "group": cell.group, "drift": cell.drift, "worst": cell.worst,
            "right": list(cell.right)}


def _family(family: DriftFamily) -> dict:
    return {"kind": family.kind, "original": family.original, "changed": list(family.changed),
            "versions": list(family.versions), "paragraphs": list(family.paragraphs),
            "message": family.message, "severity": family.severity, "earliest": family.earliest}


def versions_json(matrix: VersionsMatrix, pair_files: Optional[Sequence[Optional[str]]] = None) -> str:
    return json.dumps(versions_dict(matrix, pair_files), ensure_ascii=False, indent=1)
