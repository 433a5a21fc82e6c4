"""The comparison as JSON, format "tandem-comparison/1" (docs/json-schema.md).
Field names and meanings are stable; new fields may be added."""
from __future__ import annotations

import json
from dataclasses import asdict

from typing import Optional

from ..model import Change, Comparison, Document, Drift, Group, Paragraph
from ..review import Review, decision_counts, review_items

FORMAT = "tandem-comparison/1"


def comparison_dict(comparison: Comparison, review: Optional[Review] = None) -> dict:
    """``review``: add the reviewer's decisions and manual alignment under
    "review" (an added field: the format stays tandem-comparison/1)."""
    out = {
        "format": FORMAT,
        "left": document_dict(comparison.left),
        "right": document_dict(comparison.right),
        "options": asdict(comparison.options),
        "related": comparison.related,
        "relatedness": comparison.relatedness,
        "alignment": [group_dict(g) for g in comparison.groups],
        "summary": asdict(comparison.summary),
        "degraded": list(comparison.degraded),
        "notes": list(comparison.notes),
    }
    if review is not None:
        out["review"] = review_dict(comparison, review)
    return out


def review_dict(comparison: Comparison, review: Review) -> dict:
    items = review_items(comparison)
    manual = review.manual
    return {
        "items": [
            {"id": item.id, "group": item.group, "drift": item.drift, "kind": item.kind,
             "severity": item.severity, "state": review.decision(item.id).state,
             "comment": review.decision(item.id).comment}
            for item in items
        ],
        "counts": {state or "undecided": n for state, n in decision_counts(review, items).items()},
        "manual": {
            "links": [[list(lefts), list(rights)] for lefts, rights in manual.links],
            "unlinks": [list(pair) for pair in manual.unlinks],
            "moved": list(manual.moved),
        },
    }


def document_dict(document: Document) -> dict:
    return {
        "path": document.path,
        "name": document.name,
        "format": document.source_format,
        "encoding": document.encoding,
        "language": document.language,
        "sha256": document.sha256,
        "positions": document.positions,
        "source": asdict(document.info),
        "paragraphs": [paragraph_dict(p) for p in document.paragraphs],
    }


def paragraph_dict(paragraph: Paragraph) -> dict:
    out = {"id": paragraph.id, "text": paragraph.text, "kind": paragraph.kind, "line": paragraph.line,
           "end_line": paragraph.end_line, "page": paragraph.page}
    if paragraph.segment is not None:  # a bilingual file's segment: its own id, codes and state
        out["segment"] = {"id": paragraph.segment.id, "unit": paragraph.segment.unit, "file": paragraph.segment.file,
                          "codes": list(paragraph.segment.codes), "state": paragraph.segment.state}
    return out


def group_dict(group: Group) -> dict:
    return {
        "index": group.index,
        "left": list(group.left),
        "right": list(group.right),
        "status": group.status,
        "edit": group.edit,
        "moved": group.moved,
        "shape": group.shape,
        "similarity": group.similarity,
        "changes": [change_dict(c) for c in group.changes],
        "drift": [drift_dict(d) for d in group.drift],
    }


def change_dict(change: Change) -> dict:
    return {
        "op": change.op,
        "left_text": change.left_text,
        "right_text": change.right_text,
        "left_paragraph": change.left_paragraph,
        "right_paragraph": change.right_paragraph,
        "left_span": list(change.left_span),
        "right_span": list(change.right_span),
    }


def drift_dict(drift: Drift) -> dict:
    out = asdict(drift)
    for key in ("left_span", "right_span"):
        if out[key] is not None:
            out[key] = list(out[key])
    return out


def to_json(comparison: Comparison, review: Optional[Review] = None) -> str:
    return json.dumps(comparison_dict(comparison, review), ensure_ascii=False, indent=1)


def document_json(document: Document) -> str:
    return json.dumps(document_dict(document), ensure_ascii=False, indent=1)
