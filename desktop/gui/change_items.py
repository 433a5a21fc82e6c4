"""The entries of the changes panel: one per changed group and one per drift
item, with the kind and severity the filters work on (no Qt here)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from desktop.engine.bilingual import is_prealigned
from desktop.engine.model import ADDED, EDITED, MOVED, OMITTED, REWRITTEN, Comparison, Group
from desktop.engine.review import review_items

from .layout import Rows
from .navigation import is_change
from .text import drift_label, excerpt

# filter categories of groups, in the order the filter buttons show them
GROUP_KINDS = ("omitted", "added", "moved", "edited")
SEVERITIES = ("error", "warning", "note")


@dataclass(frozen=True)
class ChangeItem:
    group: int
    kind: str  # a GROUP_KINDS entry, or "drift:<kind>"
    label: str  # what kind of change, in words
    text: str  # an excerpt of the passage
    status: str  # the group's status (or the drift's kind)
    severity: Optional[str] = None  # drift only
    drift: Optional[int] = None  # index into the group's drift
    row: int = 0
    detail: str = ""  # tooltip
    review_id: str = ""  # the engine's stable id for decisions (desktop.engine.review)

    @property
    def is_drift(self) -> bool:
        return self.drift is not None


def group_kind(group: Group) -> str:
    if group.status == OMITTED:
        return "omitted"
    if group.status == ADDED:
        return "added"
    if group.moved or group.status == MOVED:
        return "moved"
    return "edited"


def build_items(comparison: Comparison, rows: Rows) -> list[ChangeItem]:
    ids = {(item.group, item.drift): item.id for item in review_items(comparison)}
    items = []
    for gi, group in enumerate(comparison.groups):
        row = min(rows.rows_of_group.get(gi, [0]))
        segment = _segment_prefix(comparison, group)
        if is_change(group.status):
            items.append(_group_item(comparison, gi, group, row, ids.get((gi, None), ""), segment))
        for di, drift in enumerate(group.drift):
            items.append(ChangeItem(
                gi, f"drift:{drift.kind}", drift_label(drift.kind), segment + drift.message, drift.kind,
                drift.severity, di, row,
                detail=f"{drift.message}\n\nOriginal: {drift.left_text}\nOther version: {drift.right_text}".strip(),
                review_id=ids.get((gi, di), "")))
    return sorted(items, key=lambda item: (item.row, item.group, item.drift if item.drift is not None else -1))


def _segment_prefix(comparison: Comparison, group: Group) -> str:
    """"7 · " before a bilingual file's item: the segment's id, as the CAT tool shows it."""
    side, ids = (comparison.left, group.left) if group.left else (comparison.right, group.right)
    segment = side.paragraphs[ids[0]].segment if ids else None
    return f"{segment.id} · " if segment is not None else ""


def _group_item(comparison: Comparison, gi: int, group: Group, row: int, review_id: str,
                segment: str = "") -> ChangeItem:
    kind = group_kind(group)
    label = {"omitted": "Omitted", "added": "Added", "moved": "Moved"}.get(kind, "Edited")
    if kind == "omitted" and is_prealigned(comparison.left, comparison.right):
        label = "Not translated"
    if kind == "edited" and group.status == REWRITTEN:
        label = "Rewritten"
    if group.shape == "split":
        label += " · split"
    elif group.shape in ("merge", "n:m"):
        label += " · merged"
    if kind == "moved" and group.edit in (EDITED, REWRITTEN):
        label += " and edited"
    side_text = (comparison.left.paragraphs[group.left[0]].text if group.left
                 else comparison.right.paragraphs[group.right[0]].text)
    words = len(" ".join(comparison.left.paragraphs[p].text for p in group.left).split())
    added = len(" ".join(comparison.right.paragraphs[p].text for p in group.right).split())
    detail = excerpt(side_text, 400)
    if group.linked:
        detail += f"\n\nSimilarity {group.similarity:.0%} · {len(group.changes)} word change(s)"
    elif group.left:
        detail += f"\n\n{words} words left out"
    else:
        detail += f"\n\n{added} words added"
    return ChangeItem(gi, kind, label, segment + excerpt(side_text, 140), group.status, row=row, detail=detail,
                      review_id=review_id)


def count_by_kind(items: list[ChangeItem]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for item in items:
        counts[item.kind] = counts.get(item.kind, 0) + 1
    return counts
