"""The aligned pairs as TMX 1.4 for translators' CAT tools: one translation
unit per linked group (the original's paragraphs as the source, the other
version's as the target), or per sentence where both sides of a one-to-one
group have the same number of sentences. A bilingual file's segments keep
their ids (tuid) and languages as the file wrote them, their placeholders
as <ph/>; drift found and the reviewer's comments go in <note>s."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import datetime, timezone

from ..model import Comparison, Document, Group
from ..review import Review, review_items
from ..sentences import sentences
from .findings import findings_by_group
from .xmlcodes import fill

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
PARAGRAPH, SENTENCE = "paragraph", "sentence"


def to_tmx(comparison: Comparison, review: Review = Review(), segtype: str = PARAGRAPH) -> bytes:
    source, target = _language(comparison.left), _language(comparison.right)
    root = ET.Element("tmx", version="1.4")
    ET.SubElement(root, "header", {
        "creationtool": "Tandem", "creationtoolversion": "0.1", "segtype": segtype,
        "o-tmf": "Tandem", "adminlang": "en", "srclang": source, "datatype": "plaintext",
        "creationdate": datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ"),
    })
    body = ET.SubElement(root, "body")
    states = _group_states(comparison, review)
    findings = findings_by_group(comparison, review)
    segs: list = []  # filled once indented: white space inside a <seg> is text
    for group in comparison.groups:
        if not group.linked:
            continue
        pairs = _pairs(comparison, group, segtype)
        codes = _codes(comparison, group) if len(pairs) == 1 else ((), ())
        for n, (left, right) in enumerate(pairs):
            tu = ET.SubElement(body, "tu", tuid=_tuid(comparison, group) + (f".{n + 1}" if segtype == SENTENCE else ""))
            for finding in findings.get(group.index, []) if n == 0 else ():
                ET.SubElement(tu, "note").text = _xml_safe(finding.text())
            _prop(tu, "x-tandem-status", group.status)
            if states.get(group.index):
                _prop(tu, "x-tandem-decision", states[group.index])
            segs.append((_tuv(tu, source), left, codes[0]))
            segs.append((_tuv(tu, target), right, codes[1]))
    ET.indent(root, space=" ")
    for seg, text, seg_codes in segs:
        # TMX numbers its placeholders (x), whatever ids the XLIFF gave them
        fill(seg, _xml_safe(text), seg_codes, lambda parent, n, _id: ET.SubElement(parent, "ph", x=str(n)))
    text = ET.tostring(root, encoding="unicode")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n'
            + text + "\n").encode("utf-8")


def _language(document: Document) -> str:
    if document.info.bilingual and document.info.language:
        return document.info.language  # as the bilingual file wrote it ("en-GB")
    code = document.language
    return code if code and code != "und" else "und"  # BCP 47 "undetermined"


def _tuid(comparison: Comparison, group: Group) -> str:
    """A bilingual file's segment id, else the group's index."""
    segment = comparison.left.paragraphs[group.left[0]].segment
    return segment.id if segment is not None and group.shape == "1:1" else str(group.index)


def _codes(comparison: Comparison, group: Group) -> tuple[tuple[str, ...], tuple[str, ...]]:
    if group.shape != "1:1":
        return (), ()
    left, right = comparison.left.paragraphs[group.left[0]], comparison.right.paragraphs[group.right[0]]
    return (left.segment.codes if left.segment else (), right.segment.codes if right.segment else ())


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


def _tuv(tu: ET.Element, language: str) -> ET.Element:
    """The variant's <seg>, empty."""
    return ET.SubElement(ET.SubElement(tu, "tuv", {XML_LANG: language}), "seg")


def _xml_safe(text: str) -> str:
    """XML 1.0 cannot hold most control characters, even escaped."""
    return "".join(c for c in text if c in "\t\n\r" or ord(c) >= 0x20)
