"""A comparison JSON (tandem-comparison/1) read back into the engine's
``Comparison``: the batch runners hand results around as JSON text, so a
pair computed in a worker, on a cluster or read from the cache is the same
object the window and the exporters know."""
from __future__ import annotations

import json

from typing import Optional

from ..model import (Attachment, Change, Comparison, Document, Drift, Group, Options, Paragraph, SegmentRef,
                     SourceInfo, Summary)


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
    paragraphs = tuple(Paragraph(p["id"], p["text"], p["kind"], p["line"], p["end_line"], p.get("page"),
                                 _segment(p.get("segment"))) for p in data["paragraphs"])
    extra = {"positions": data["positions"]} if "positions" in data else {}
    return Document(data["path"], data["name"], data["encoding"], data["language"], paragraphs,
                    data["sha256"], data.get("format", "text"), info=_info(data.get("source")), **extra)


def _segment(data: Optional[dict]) -> Optional[SegmentRef]:
    if data is None:
        return None
    return SegmentRef(data["id"], data.get("unit", ""), data.get("file", ""), tuple(data.get("codes", ())),
                      data.get("state", ""))


def _info(data: Optional[dict]) -> SourceInfo:
    if not data:
        return SourceInfo()
    attachments = tuple(Attachment(**a) for a in data.get("attachments", ()))
    return SourceInfo(**{**data, "attachments": attachments})


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
