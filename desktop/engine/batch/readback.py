"""A comparison JSON (tandem-comparison/1) read back into the engine's
``Comparison``: the batch runners hand results around as JSON text, so a
pair computed in a worker, on a cluster or read from the cache is the same
object the window and the exporters know."""
from __future__ import annotations

import json

from ..model import Change, Comparison, Document, Drift, Group, Options, Paragraph, Summary


def comparison_from_json(text: str) -> Comparison:
    return comparison_from_dict(json.loads(text))


def comparison_from_dict(data: dict) -> Comparison:
    return Comparison(
        left=document_from_dict(data["left"]),
        right=document_from_dict(data["right"]),
        options=Options(**data.get("options", {})),
        related=data["related"],
        relatedness=data["relatedness"],
        groups=tuple(_group(g) for g in data["alignment"]),
        summary=Summary(**data["summary"]),
        degraded=tuple(data.get("degraded", ())),
        notes=tuple(data.get("notes", ())),
    )


def document_from_dict(data: dict) -> Document:
    paragraphs = tuple(Paragraph(p["id"], p["text"], p["kind"], p["line"], p["end_line"], p.get("page"))
                       for p in data["paragraphs"])
    return Document(data["path"], data["name"], data["encoding"], data["language"], paragraphs,
                    data["sha256"], data.get("format", "text"))


def _group(data: dict) -> Group:
    return Group(data["index"], tuple(data["left"]), tuple(data["right"]), data["status"],
                 data["similarity"], data["edit"], data["moved"],
                 tuple(_change(c) for c in data["changes"]), tuple(_drift(d) for d in data["drift"]))


def _change(data: dict) -> Change:
    return Change(data["op"], data["left_paragraph"], data["right_paragraph"], tuple(data["left_span"]),
                  tuple(data["right_span"]), data["left_text"], data["right_text"])


def _drift(data: dict) -> Drift:
    spans = {key: tuple(data[key]) if data.get(key) is not None else None for key in ("left_span", "right_span")}
    return Drift(data["kind"], data["severity"], data["message"], data.get("left_text", ""),
                 data.get("right_text", ""), data.get("left_paragraph"), data.get("right_paragraph"), **spans)
