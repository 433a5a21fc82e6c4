"""The review as XLIFF, back into the CAT tool's world.

A comparison opened from an XLIFF file is written back into a copy of that
file, every unit, id and extension kept, with the reviewer's findings added
where the format has room for them:
- XLIFF 1.2: a <note from="Tandem"> in the <trans-unit> (priority by
  severity) and the decision as the <target>'s state (flagged or queried:
  needs-review-translation; accepted: signed-off);
- XLIFF 2.x: a <note category="tandem"> in the <unit>'s <notes> and the
  decision as the <segment>'s state (flagged or queried: translated, with
  subState tandem:flagged or tandem:queried; accepted: reviewed).
Any other comparison is written as a new XLIFF 1.2 file, one <trans-unit>
per linked passage, with the same notes and states. The input file is
only read."""
from __future__ import annotations

from lxml import etree

from ..bilingual.documents import file_label
from ..bilingual.pairing import is_prealigned
from ..bilingual.segments import Segment
from ..bilingual.xliff import NS_1, is_version_2, read_xliff
from ..bilingual.xmlread import (
    XML_LANG, child, children, descendants, encoding_of, local, namespace, parse_xml, prolog_end,
)
from ..errors import InputError
from ..formats.sniff import XLIFF
from ..model import Comparison, Group
from ..review import ACCEPTED, FLAGGED, QUERIED, Review
from ..textload import read_file
from .findings import NOTE_PRIORITY, Finding, decided_state, findings_by_group
from .xmlcodes import append_child, fill, insert_after, insert_before

STATES_1 = {FLAGGED: "needs-review-translation", QUERIED: "needs-review-translation", ACCEPTED: "signed-off"}
STATES_2 = {FLAGGED: ("translated", "tandem:flagged"), QUERIED: ("translated", "tandem:queried"),
            ACCEPTED: ("reviewed", None)}


def to_xliff(comparison: Comparison, review: Review = Review()) -> bytes:
    if is_prealigned(comparison.left, comparison.right) and comparison.left.source_format == XLIFF:
        return _written_back(comparison, review)
    return _new_xliff(comparison, review)


# --- back into the file it came from -------------------------------------------------------
def _written_back(comparison: Comparison, review: Review) -> bytes:
    data, root = _original(comparison)
    keys = {s.id: s for s in read_xliff(root, comparison.left.name).segments}
    version_2 = is_version_2(root)
    by_group = findings_by_group(comparison, review)
    for group in comparison.groups:
        segment = keys.get(_segment_id(comparison, group))
        if segment is not None and by_group.get(group.index):
            unit, element = _elements(root, segment, version_2)
            if unit is not None:
                mark = _segment_mark(segment, unit, version_2)
                (_annotate_2 if version_2 else _annotate_1)(unit, element, by_group[group.index], mark)
    return _serialised(data, root)


def _serialised(data: bytes, root) -> bytes:
    """The file as it was around its root element: its own declaration,
    comments and doctype, byte for byte (lxml would drop the line breaks
    between them); then the root element with the notes added."""
    encoding = encoding_of(root)
    start = prolog_end(data) if encoding in ("utf-8", "ascii", "us-ascii") else None
    if start is None:
        return etree.tostring(root.getroottree(), xml_declaration=True, encoding=encoding.upper())
    after = b"".join(b"\n" + etree.tostring(s, encoding="UTF-8", with_tail=False) for s in root.itersiblings())
    return data[:start] + etree.tostring(root, encoding="UTF-8", xml_declaration=False) + after + b"\n"


def _original(comparison: Comparison):
    path = comparison.left.path
    if not path:
        raise InputError("the XLIFF file was read from standard input; open it from a file to export into it")
    raw = read_file(path)
    if raw.sha256 != comparison.left.sha256:
        raise InputError(f"{file_label(comparison.left)} changed since it was compared; "
                         "compare it again, then export")
    return raw.data, parse_xml(raw.data, path)


def _segment_id(comparison: Comparison, group: Group) -> str:
    side, ids = (comparison.left, group.left) if group.left else (comparison.right, group.right)
    segment = side.paragraphs[ids[0]].segment if ids else None
    return segment.id if segment is not None else ""


def _elements(root, segment: Segment, version_2: bool):
    """The unit element and the element whose state is the segment's
    (1.2: the <target>; 2.x: the <segment>)."""
    space = namespace(root)
    file_index, unit_id, position = segment.key
    files = children(root, "file", space)
    name = "unit" if version_2 else "trans-unit"
    unit = next((u for u in descendants(files[file_index], name, space) if u.get("id", "") == unit_id), None)
    if unit is None:
        return None, None
    if version_2:
        parts = children(unit, "segment", space)
        return unit, parts[position] if position < len(parts) else None
    return unit, child(unit, "target", space)


def _segment_mark(segment: Segment, unit, version_2: bool) -> str:
    """"[s2] " before a note when the unit holds several segments."""
    space = namespace(unit)
    many = (len(children(unit, "segment", space)) > 1 if version_2
            else any(m.get("mtype") == "seg" for m in descendants(unit, "mrk", space)))
    return f"[{segment.id}] " if many else ""


def _annotate_1(unit, target, findings: list[Finding], mark: str) -> None:
    space = namespace(unit)
    anchor = next((e for e in (target, child(unit, "seg-source", space), child(unit, "source", space))
                   if e is not None), None)
    if anchor is None:
        return
    for finding in reversed(findings):  # each goes right after the anchor: reversed keeps their order
        note = etree.Element(_name("note", space), {"from": "Tandem", "priority": NOTE_PRIORITY[finding.severity],
                                                   "annotates": "target"})
        note.text = _xml_safe(mark + finding.text())
        insert_after(anchor, note)
    state = STATES_1.get(decided_state(findings))
    if state and target is not None:
        target.set("state", state)


def _annotate_2(unit, segment, findings: list[Finding], mark: str) -> None:
    space = namespace(unit)
    notes = child(unit, "notes", space)
    if notes is None:
        notes = etree.Element(_name("notes", space))
        _insert_notes(unit, notes, space)
    for finding in findings:
        note = etree.Element(_name("note", space), {"category": "tandem", "appliesTo": "target",
                                                   "priority": NOTE_PRIORITY[finding.severity]})
        note.text = _xml_safe(mark + finding.text())
        append_child(notes, note)
    state = STATES_2.get(decided_state(findings))
    if state and segment is not None and child(segment, "target", space) is not None:
        segment.set("state", state[0])
        if state[1]:
            segment.set("subState", state[1])
        elif "subState" in segment.attrib:
            del segment.attrib["subState"]  # it qualified the state this one replaces


def _insert_notes(unit, notes, space: str) -> None:
    """<notes> comes before <originalData> and the segments (modules' elements stay first)."""
    for element in unit:
        if local(element) in ("originalData", "segment", "ignorable") and namespace(element) == space:
            insert_before(element, notes)
            return
    append_child(unit, notes)


def _name(tag: str, space: str) -> str:
    return f"{{{space}}}{tag}" if space else tag


# --- a new file ------------------------------------------------------------------------------
def _new_xliff(comparison: Comparison, review: Review) -> bytes:
    """XLIFF 1.2: one <trans-unit> per linked passage (ids as the file's
    segments, else the group's index)."""
    left, right = comparison.left, comparison.right
    root = etree.Element(_name("xliff", NS_1), {"version": "1.2"}, nsmap={None: NS_1})
    file = etree.SubElement(root, _name("file", NS_1), {
        "original": file_label(left), "source-language": _tag(left), "target-language": _tag(right),
        "datatype": "plaintext", "tool-id": "tandem"})
    body = etree.SubElement(file, _name("body", NS_1))
    by_group = findings_by_group(comparison, review)
    texts = [t for group in comparison.groups if group.linked
             for t in _new_unit(body, comparison, group, by_group.get(group.index, []))]
    etree.indent(root, space=" ")
    for element, paragraphs in texts:  # after indenting: white space inside a <source> is text
        _text(element, paragraphs)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def _new_unit(body, comparison: Comparison, group: Group, findings: list[Finding]) -> list:
    """The unit, with its <source> and <target> to fill: (element, paragraphs)."""
    unit = etree.SubElement(body, _name("trans-unit", NS_1), {"id": _segment_id(comparison, group)
                                                              or str(group.index)})
    source = etree.SubElement(unit, _name("source", NS_1), {XML_LANG: _tag(comparison.left)})
    target = etree.SubElement(unit, _name("target", NS_1), {XML_LANG: _tag(comparison.right)})
    state = STATES_1.get(decided_state(findings))
    if state:
        target.set("state", state)
    for finding in findings:
        note = etree.SubElement(unit, _name("note", NS_1), {"from": "Tandem",
                                                            "priority": NOTE_PRIORITY[finding.severity]})
        note.text = _xml_safe(finding.text())
    return [(source, [comparison.left.paragraphs[i] for i in group.left]),
            (target, [comparison.right.paragraphs[j] for j in group.right])]


def _text(element, paragraphs) -> None:
    """The paragraphs' text, a segment's ⟨⟩ placeholders as <x/> codes again."""
    codes = paragraphs[0].segment.codes if len(paragraphs) == 1 and paragraphs[0].segment else ()
    fill(element, _xml_safe(" ".join(p.text for p in paragraphs)), codes,
         lambda parent, _n, ident: etree.SubElement(parent, _name("x", NS_1), {"id": ident}))


def _tag(document) -> str:
    """The language as a bilingual file declared it ("en-GB"), else the code used."""
    if document.info.bilingual and document.info.language:
        return document.info.language
    return document.language if document.language not in ("", "und") else "und"


def _xml_safe(text: str) -> str:
    """XML 1.0 cannot hold most control characters, even escaped."""
    return "".join(c for c in text if c in "\t\n\r" or ord(c) >= 0x20)
