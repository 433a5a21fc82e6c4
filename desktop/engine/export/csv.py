"""The review as CSV: one row per change or drift item, with both texts,
where they are, and the reviewer's decision. UTF-8 with a byte-order mark so
Excel opens Cyrillic and accents right."""
from __future__ import annotations

import csv
import io

from ..model import Comparison
from ..review import Review, review_items

HEADER = ("id", "item", "kind", "severity", "group", "original", "other_version",
          "original_location", "other_location", "message", "decision", "comment")
_FORMULA_STARTS = ("=", "+", "@", "\t", "\r")


def to_csv(comparison: Comparison, review: Review = Review()) -> str:
    """The CSV text (without the byte-order mark; write it with encoding
    "utf-8-sig")."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    for item in review_items(comparison):
        decision = review.decision(item.id)
        writer.writerow((
            item.id, "drift" if item.is_drift else "change", item.kind, item.severity, item.group,
            _cell(item.left_text), _cell(item.right_text), item.left_where, item.right_where,
            _cell(item.message), decision.state, _cell(decision.comment)))
    return out.getvalue()


def _cell(text: str) -> str:
    """A spreadsheet runs a cell starting with "=", "+" or "@" as a formula;
    a leading apostrophe keeps it text (and is not shown by Excel)."""
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def to_csv_bytes(comparison: Comparison, review: Review = Review()) -> bytes:
    return to_csv(comparison, review).encode("utf-8-sig")
