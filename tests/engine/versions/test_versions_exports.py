"""The matrix exports: JSON (validated against its documented schema), CSV
and HTML."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import jsonschema

from desktop.engine.export.versions_csv import to_versions_csv, to_versions_csv_bytes
from desktop.engine.export.versions_html import to_versions_html
from desktop.engine.export.versions_json import versions_json

SCHEMA = json.loads((Path(__file__).resolve().parents[3] / "docs" / "tandem-versions-1.schema.json").read_text())


def test_json_matches_the_documented_schema(matrix):
    data = json.loads(versions_json(matrix, ["a.json", None, "c.json", "d.json"]))
    jsonschema.validate(data, SCHEMA)
    assert data["versions"][0]["pair"] == "a.json" and data["versions"][1]["pair"] is None
    assert data["versions"][0]["summary"]["drift"] == {"error": 1, "warning": 1}
    assert data["rows"][7]["cells"][0]["state"] == "omitted"
    assert {f["kind"] for f in data["families"]} >= {"number", "title"}


def test_csv_has_a_row_per_paragraph_and_a_column_per_version(matrix):
    rows = list(csv.reader(io.StringIO(to_versions_csv(matrix))))
    assert rows[0] == ["paragraph", "kind", "text", "kept_by", "2026-03-03-wire.txt", "2026-03-04-daily.txt",
                       "2026-03-05-regional.txt", "2026-03-06-de.txt"]
    assert len(rows) == 1 + len(matrix.rows)
    budgets = next(r for r in rows if r[2].startswith("National budgets"))
    assert budgets[4] == "edited; 1 drift (error)"
    assert next(r for r in rows if r[2].startswith("The report also"))[4] == "omitted"
    assert to_versions_csv_bytes(matrix).startswith(b"\xef\xbb\xbf")  # spreadsheets read it as UTF-8


def test_html_is_self_contained_with_coloured_cells_and_families(matrix):
    page = to_versions_html(matrix)
    assert page.startswith("<!DOCTYPE html>") and "<script" not in page and "http" not in page.split("<body>")[1]
    assert page.count('<td class="c') == len(matrix.rows) * len(matrix.versions)
    assert 'class="c omitted"' in page and 'class="c edited error"' in page
    assert "in 3 versions (v1, v2, v4); earliest v1 2026-03-03-wire.txt (2026-03-03)" in page
    assert "retained 91%" in page
