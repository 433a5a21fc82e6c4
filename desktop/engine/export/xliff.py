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
Any other comparison is written as a new XLIFF 1.2 file (export.xliff_new).
The input file is only read."""
from __future__ import annotations

from lxml import etree

from ..bilingual.documents import file_label
from ..bilingual.pairing import is_prealigned
from ..bilingual.segments import Segment
from ..bilingual.xliff import is_version_2, read_xliff
from ..bilingual.xmlread import (
    child, children, descendants, encoding_of, local, namespace, parse_xml, prolog_end,
)
from ..errors import InputError
from ..formats.sniff import XLIFF
from ..model import Comparison, Group
from ..review import ACCEPTED, FLAGGED, QUERIED, Review
from ..textload import read_file
from .findings import NOTE_PRIORITY, Finding, decided_state, findings_by_group
from .xmlcodes import append_child, insert_after, insert_before

STATES_1 = {FLAGGED: "needs-review-translation", QUERIED: "needs-review-translation", ACCEPTED: "signed-off"}
STATES_2 = {FLAGGED: ("translated", "tandem:flagged"), QUERIED: ("translated", "tandem:queried"),
            ACCEPTED: ("reviewed", None)}


def to_xliff(comparison: Comparison, review: Review = Review()) -> bytes:
    if is_prealigned(comparison.left, comparison.right) and comparison.left.source_format == XLIFF:
        return _written_back(comparison, review)
    from .xliff_new import new_xliff

    return new_xliff(comparison, review)


# --- back into the file it came from -------------------------------------------------------
def _written_back(comparison: Comparison, review: Review) -> bytes:
    data, root = _original(comparison)
    version_2 = is_version_2(root)
    for (file_index, unit_id), found in _findings_by_unit(comparison, review, root).items():
        unit = _unit(root, file_index, unit_id, version_2)
        if unit is not None:
            (_annotate_2 if version_2 else _annotate_1)(unit, found)
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


Found = list[tuple[Segment, list[Finding]]]  # a unit's segments with something to say, in order


def _findings_by_unit(comparison: Comparison, review: Review, root) -> dict[tuple, Found]:
    """(file index, unit id) -> its segments' findings. The file is read
    again, as it was compared (its sha256 says so), to find each segment."""
    segments = {s.id: s for s in read_xliff(root, comparison.left.name).segments}
    by_group = findings_by_group(comparison, review)
    out: dict[tuple, Found] = {}
    for group in comparison.groups:
        segment = segments.get(segment_id(comparison, group))
        if segment is not None and by_group.get(group.index):
            out.setdefault(segment.key[:2], []).append((segment, by_group[group.index]))
    return out


def segment_id(comparison: Comparison, group: Group) -> str:
    side, ids = (comparison.left, group.left) if group.left else (comparison.right, group.right)
    segment = side.paragraphs[ids[0]].segment if ids else None
    return segment.id if segment is not None else ""


def _unit(root, file_index: int, unit_id: str, version_2: bool):
    space = namespace(root)
    name = "unit" if version_2 else "trans-unit"
    file = children(root, "file", space)[file_index]
    return next((u for u in descendants(file, name, space) if u.get("id", "") == unit_id), None)


def _notes(found: Found, several: bool) -> list[tuple[str, Finding]]:
    """Each finding's note text, "[u4:s2] " first when the unit holds several segments."""
    return [((f"[{segment.id}] " if several else "") + finding.text(), finding)
            for segment, findings in found for finding in findings]


def _annotate_1(unit, found: Found) -> None:
    """Notes after the <target> (or the source); one state for the unit's one <target>."""
    space = namespace(unit)
    target = child(unit, "target", space)
    anchor = next((e for e in (target, child(unit, "seg-source", space), child(unit, "source", space))
                   if e is not None), None)
    if anchor is None:
        return
    several = any(m.get("mtype") == "seg" for m in descendants(unit, "mrk", space))
    for text, finding in reversed(_notes(found, several)):  # each goes right after the anchor
        note = etree.Element(name("note", space), {"from": "Tandem", "priority": NOTE_PRIORITY[finding.severity],
                                                   "annotates": "target"})
        note.text = xml_safe(text)
        insert_after(anchor, note)
    state = STATES_1.get(decided_state([f for _, findings in found for f in findings]))
    if state and target is not None:
        target.set("state", state)


def _annotate_2(unit, found: Found) -> None:
    """Notes in the unit's <notes>; each <segment> its own state."""
    space = namespace(unit)
    notes = child(unit, "notes", space)
    if notes is None:
        notes = etree.Element(name("notes", space))
        _insert_notes(unit, notes, space)
    parts = children(unit, "segment", space)
    for text, finding in _notes(found, len(parts) > 1):
        note = etree.Element(name("note", space), {"category": "tandem", "appliesTo": "target",
                                                   "priority": NOTE_PRIORITY[finding.severity]})
        note.text = xml_safe(text)
        append_child(notes, note)
    for segment, findings in found:
        position = segment.key[2]
        if position < len(parts):
            _state_2(parts[position], STATES_2.get(decided_state(findings)), space)


def _state_2(segment, state, space: str) -> None:
    if not state or child(segment, "target", space) is None:
        return  # no decision, or nothing translated to decide on
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


def name(tag: str, space: str) -> str:
    return f"{{{space}}}{tag}" if space else tag


def xml_safe(text: str) -> str:
    """XML 1.0 cannot hold most control characters, even escaped."""
    return "".join(c for c in text if c in "\t\n\r" or ord(c) >= 0x20)
