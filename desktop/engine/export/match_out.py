"""The match table: as text for the terminal, CSV, and JSON (format
"tandem-match/1", docs/json-schema.md)."""
from __future__ import annotations

import csv
import io
import json
import os
from typing import Mapping

from ..match.model import MatchResult, MatchRow
from .csv import _cell as safe
from .table_text import text_table

FORMAT = "tandem-match/1"
COLUMNS = ("article", "release", "related", "relatedness", "retained", "figures_kept", "drift_errors",
           "drift_warnings", "drift_notes", "found_by", "pair")


def _values(row: MatchRow, pair) -> tuple:
    return (row.article, row.release, row.related, row.relatedness, row.retained, row.figures_kept,
            row.drift_count("error"), row.drift_count("warning"), row.drift_count("note"), row.found_by, pair)


def match_csv_bytes(result: MatchResult, pairs: Mapping[str, str] = {}) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in result.rows:
        values = _values(row, pairs.get(row.key, ""))
        writer.writerow(tuple(_csv_value(v) for v in values))
    return out.getvalue().encode("utf-8-sig")


def _csv_value(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return ""
    return safe(value) if isinstance(value, str) else value


def match_dict(result: MatchResult, pairs: Mapping[str, str] = {}) -> dict:
    return {
        "format": FORMAT, "releases": result.releases, "articles": result.articles,
        "candidates": result.candidates, "computed": result.computed,
        "rows": [dict(zip(COLUMNS, _values(r, pairs.get(r.key) or None))) | {"key": r.key, "trouble": r.trouble}
                 for r in result.rows],
        "unmatched": list(result.unmatched),
        "troubles": [{"path": path, "trouble": trouble} for path, trouble in result.troubles],
    }


def match_json(result: MatchResult, pairs: Mapping[str, str] = {}) -> str:
    return json.dumps(match_dict(result, pairs), ensure_ascii=False, indent=1)


def match_text(result: MatchResult) -> str:
    rows = [(os.path.basename(r.article), os.path.basename(r.release),
             f"{r.relatedness:.2f}" + ("" if r.related else " (unrelated)"), f"{r.retained:.0%}",
             f"{r.drift_count('error')}/{r.drift_count('warning')}/{r.drift_count('note')}", r.found_by)
            for r in result.rows if not r.trouble]
    table = text_table(("article", "release", "relatedness", "retained", "drift e/w/n", "found by"), rows)
    confirmed = len(result.confirmed)
    tail = (f"{_count(result.articles, 'article')}, {_count(result.releases, 'release')}: "
            f"{_count(result.candidates, 'candidate pair')} "
            f"({result.computed} compared now, {result.candidates - result.computed} from the cache), "
            f"{confirmed} derivation{'s' if confirmed != 1 else ''}; "
            f"{_count(len(result.unmatched), 'article')} {'derives' if len(result.unmatched) == 1 else 'derive'} "
            "from no release.")
    return (table + "\n\n" if rows else "") + tail + "\n"


def _count(n: int, what: str) -> str:
    return f"{n} {what}{'s' if n != 1 else ''}"
