"""The aligned pairs as TMX 1.4 for translators' CAT tools: one translation
unit per linked group (the original's paragraphs as the source, the other
version's as the target), or per sentence where both sides of a one-to-one
group have the same number of sentences."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import datetime, timezone

from ..model import Comparison, Group
from ..review import Review, review_items
from ..sentences import sentences

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
PARAGRAPH, SENTENCE = "paragraph", "sentence"


def to_tmx(comparison: Comparison, review: Review = Review(), segtype: str = PARAGRAPH) -> bytes:
    source, target = _language(comparison.left.language), _language(comparison.right.language)
    root = ET.Element("tmx", version="1.4")
    ET.SubElement(root, "header", {
        "creationtool": "Tandem", "creationtoolversion": "0.1", "segtype": segtype,
        "o-tmf": "Tandem", "adminlang": "en", "srclang": source, "datatype": "plaintext",
        "creationdate": datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ"),
    })
    body = ET.SubElement(root, "body")
    states = _group_states(comparison, review)
    for group in comparison.groups:
        if not group.linked:
            continue
        for n, (left, right) in enumerate(_pairs(comparison, group, segtype)):
            tu = ET.SubElement(body, "tu", tuid=f"{group.index}" + (f".{n + 1}" if segtype == SENTENCE else ""))
            _prop(tu, "x-tandem-status", group.status)
            if states.get(group.index):
                _prop(tu, "x-tandem-decision", states[group.index])
            _tuv(tu, source, left)
            _tuv(tu, target, right)
    ET.indent(root, space=" ")
    text = ET.tostring(root, encoding="unicode")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n'
            + text + "\n").encode("utf-8")


def _language(code: str) -> str:
    return code if code and code != "und" else "und"  # BCP 47 "undetermined"


def _pairs(comparison: Comparison, group: Group, segtype: str) -> list[tuple[str, str]]:
    left = " ".join(comparison.left.paragraphs[i].text for i in group.left)
    right = " ".join(comparison.right.paragraphs[j].text for j in group.right)
    if segtype == SENTENCE and group.shape == "1:1":
        left_sentences, right_sentences = sentences(left), sentences(right)
        if len(left_sentences) == len(right_sentences):
            return [(a.strip(), b.strip()) for a, b in zip(left_sentences, right_sentences)]
    return [(left, right)]


def _group_states(comparison: Comparison, review: Review) -> dict[int, str]:
    """The decision on each group's change, for translators who filter on it."""
    out = {}
    for item in review_items(comparison):
        if not item.is_drift:
            state = review.decision(item.id).state
            if state:
                out[item.group] = state
    return out


def _prop(tu: ET.Element, kind: str, value: str) -> None:
    ET.SubElement(tu, "prop", type=kind).text = value


def _tuv(tu: ET.Element, language: str, text: str) -> None:
    tuv = ET.SubElement(tu, "tuv", {XML_LANG: language})
    ET.SubElement(tuv, "seg").text = _xml_safe(text)


def _xml_safe(text: str) -> str:
    """XML 1.0 cannot hold most control characters, even escaped."""
    return "".join(c for c in text if c in "\t\n\r" or ord(c) >= 0x20)
