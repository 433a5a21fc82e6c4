"""The CSV: one row per change or drift item, texts as they are, decisions."""
import csv
import io

from desktop.engine.export.csv import HEADER, to_csv, to_csv_bytes
from desktop.engine.review import review_items


def _rows(data: bytes) -> list[dict]:
    assert data.startswith(b"\xef\xbb\xbf"), "a byte-order mark, so Excel reads UTF-8"
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_one_row_per_item_with_faithful_texts(comparison, review):
    rows = _rows(to_csv_bytes(comparison, review))
    items = review_items(comparison)
    changes = [g for g in comparison.groups if g.status not in ("unchanged", "boilerplate")]
    assert len(rows) == len(items) == len(changes) + sum(len(g.drift) for g in comparison.groups)
    assert list(rows[0]) == list(HEADER)
    for row, item in zip(rows, items):
        assert row["id"] == item.id and row["kind"] == item.kind and row["severity"] == item.severity
        assert row["original"] == item.left_text and row["other_version"] == item.right_text
        assert row["original_location"] == item.left_where
    group_rows = [r for r in rows if r["item"] == "change"]
    for row in group_rows:
        group = comparison.groups[int(row["group"])]
        assert row["original"] == "\n".join(comparison.left.paragraphs[i].text for i in group.left)


def test_decisions_and_comments(comparison, review):
    rows = {r["id"]: r for r in _rows(to_csv_bytes(comparison, review))}
    for decision in review.decisions:
        assert rows[decision.item_id]["decision"] == decision.state
        assert rows[decision.item_id]["comment"] == decision.comment


def test_cyrillic_and_formula_like_cells(comparison):
    from dataclasses import replace

    from desktop.engine.model import Paragraph

    paragraphs = list(comparison.right.paragraphs)
    paragraphs[0] = Paragraph(0, "=HYPERLINK(\"x\") Права человека", "heading", 1, 1)
    changed = replace(comparison, right=replace(comparison.right, paragraphs=tuple(paragraphs)))
    text = to_csv(changed)
    assert "'=HYPERLINK" in text and "Права человека" in text
