"""Any comparison as a new XLIFF 1.2 file: one <trans-unit> per linked
passage (a bilingual file's segment ids, else the group's index), the
findings as <note>s and the decision as the <target>'s state, as
export.xliff writes them into an XLIFF of the translator's."""
from __future__ import annotations

from lxml import etree

from ..bilingual.documents import file_label
from ..bilingual.xliff import NS_1
from ..bilingual.xmlread import XML_LANG
from ..model import Comparison, Group
from ..review import Review
from .findings import NOTE_PRIORITY, Finding, decided_state, findings_by_group
from .xliff import STATES_1, name, segment_id, xml_safe
from .xmlcodes import fill


def new_xliff(comparison: Comparison, review: Review) -> bytes:
    """XLIFF 1.2: one <trans-unit> per linked passage (ids as the file's
    segments, else the group's index)."""
    left, right = comparison.left, comparison.right
    root = etree.Element(name("xliff", NS_1), {"version": "1.2"}, nsmap={None: NS_1})
    file = etree.SubElement(root, name("file", NS_1), {
        "original": file_label(left), "source-language": _tag(left), "target-language": _tag(right),
        "datatype": "plaintext", "tool-id": "tandem"})
    body = etree.SubElement(file, name("body", NS_1))
    by_group = findings_by_group(comparison, review)
    texts = [t for group in comparison.groups if group.linked
             for t in _new_unit(body, comparison, group, by_group.get(group.index, []))]
    etree.indent(root, space=" ")
    for element, paragraphs in texts:  # after indenting: white space inside a <source> is text
        _text(element, paragraphs)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def _new_unit(body, comparison: Comparison, group: Group, findings: list[Finding]) -> list:
    """The unit, with its <source> and <target> to fill: (element, paragraphs)."""
    unit = etree.SubElement(body, name("trans-unit", NS_1), {"id": segment_id(comparison, group)
                                                              or str(group.index)})
    source = etree.SubElement(unit, name("source", NS_1), {XML_LANG: _tag(comparison.left)})
    target = etree.SubElement(unit, name("target", NS_1), {XML_LANG: _tag(comparison.right)})
    state = STATES_1.get(decided_state(findings))
    if state:
        target.set("state", state)
    for finding in findings:
        note = etree.SubElement(unit, name("note", NS_1), {"from": "Tandem",
                                                            "priority": NOTE_PRIORITY[finding.severity]})
        note.text = xml_safe(finding.text())
    return [(source, [comparison.left.paragraphs[i] for i in group.left]),
            (target, [comparison.right.paragraphs[j] for j in group.right])]


def _text(element, paragraphs) -> None:
    """The paragraphs' text, a segment's ⟨⟩ placeholders as <x/> codes again."""
    codes = paragraphs[0].segment.codes if len(paragraphs) == 1 and paragraphs[0].segment else ()
    fill(element, xml_safe(" ".join(p.text for p in paragraphs)), codes,
         lambda parent, _n, ident: etree.SubElement(parent, name("x", NS_1), {"id": ident}))


def _tag(document) -> str:
    """The language as a bilingual file declared it ("en-GB"), else the code used."""
    if document.info.bilingual and document.info.language:
        return document.info.language
    return document.language if document.language not in ("", "und") else "und"
