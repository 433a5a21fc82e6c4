"""Word documents (.docx, and .docm/.dotx alike): the body's paragraphs in
order with the kinds their styles give (headings by style or outline level,
list items, table rows as paragraphs), text boxes after their anchor,
footnotes and endnotes after the body, every tracked change accepted.

python-docx opens the package (relationships, parts); the XML is read with
lxml here, since python-docx's paragraph text leaves out runs inside
tracked insertions. ``line`` counts the document's paragraphs (empty ones
and those of tables included): Word has no lines to point at."""
from __future__ import annotations

import io
from dataclasses import dataclass, field

from ..errors import InputError
from ..model import BODY, HEADING, PARAGRAPHS
from . import Read
from .units import Unit
from .wordml import attribute, local, mark_deleted, paragraph_text, superscript, text_boxes

_LAYOUT_CELL_CHARS = 200
_HEADING_STYLES = ("heading ", "title")
_NOTE_KINDS = ("footnote", "endnote")


@dataclass
class _Style:
    name: str
    based_on: str
    heading: bool


@dataclass
class _Reader:
    styles: dict[str, _Style]
    notes: dict[tuple[str, str], list]  # (kind, id) -> the note's paragraphs
    units: list[Unit] = field(default_factory=list)
    count: int = 0  # paragraphs seen so far: the position of the next
    cited: list[tuple[str, str, int]] = field(default_factory=list)  # notes in order of reference
    carry: tuple[str, int] | None = None  # a paragraph whose mark was deleted, with its position

    def mark(self, kind: str, note_id: str) -> str:
        self.cited.append((kind, note_id, self.count))
        return superscript(sum(1 for c in self.cited if c[0] == kind))


def read_docx(data: bytes, name: str) -> Read:
    main, parts = _open(data, name)
    reader = _Reader(_styles(parts.get("styles")), _notes(parts))
    body = next((c for c in main if local(c.tag) == "body"), None)
    if body is None:
        raise InputError(f"{name}: this Word document has no body")
    _blocks(reader, body)
    _flush_carry(reader)
    _footnotes(reader)
    return Read(reader.units, "docx", PARAGRAPHS)


def _open(data: bytes, name: str):
    """The main document's XML and the related parts' XML by kind
    ("styles", "footnotes", "endnotes")."""
    from docx.opc.package import OpcPackage

    try:
        package = OpcPackage.open(io.BytesIO(data))
        document = next(r.target_part for r in package.rels.values()
                        if r.reltype.endswith("/officeDocument") and not r.is_external)
        parts = {r.reltype.rsplit("/", 1)[-1]: _xml(r.target_part.blob)
                 for r in document.rels.values()
                 if not r.is_external and r.reltype.rsplit("/", 1)[-1] in ("styles", "footnotes", "endnotes")}
        return _xml(document.blob), parts
    except InputError:
        raise
    except Exception as error:  # zip, relationship and XML errors of a damaged file alike
        raise InputError(f"{name}: this Word document is damaged and cannot be read ({type(error).__name__})") from None


def _xml(blob: bytes):
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    return etree.fromstring(blob, parser)


def _styles(root) -> dict[str, _Style]:
    styles: dict[str, _Style] = {}
    for style in (root if root is not None else []):
        if local(style.tag) != "style":
            continue
        props = {local(c.tag): c for c in style}
        name = attribute(props["name"], "val") if "name" in props else ""
        based = attribute(props["basedOn"], "val") if "basedOn" in props else ""
        styles[attribute(style, "styleId") or ""] = _Style((name or "").lower(), based or "",
                                                            _outline(props.get("pPr")))
    return styles


def _outline(ppr) -> bool:
    """An outline level 0–8 makes a heading (9 is body text)."""
    for child in (ppr if ppr is not None else []):
        if local(child.tag) == "outlineLvl":
            return (attribute(child, "val") or "9") < "9"
    return False


def _is_heading(styles: dict[str, _Style], paragraph) -> bool:
    ppr = next((c for c in paragraph if local(c.tag) == "pPr"), None)
    if _outline(ppr):
        return True
    style_id = next((attribute(c, "val") for c in (ppr if ppr is not None else []) if local(c.tag) == "pStyle"), "")
    for _ in range(10):  # a style based on a heading is one; follow the chain a little way
        style = styles.get(style_id or "")
        if style is None:
            return False
        if style.heading or style.name.startswith(_HEADING_STYLES):
            return True
        style_id = style.based_on
    return False


def _notes(parts: dict) -> dict[tuple[str, str], list]:
    notes = {}
    for kind in _NOTE_KINDS:
        root = parts.get(f"{kind}s")
        for note in (root if root is not None else []):
            if local(note.tag) == kind and (attribute(note, "type") or "normal") == "normal":
                notes[(kind, attribute(note, "id") or "")] = [p for p in note.iter() if local(p.tag) == "p"]
    return notes


def _blocks(reader: _Reader, container) -> None:
    for child in container:
        name = local(child.tag)
        if name == "p":
            _paragraph(reader, child)
        elif name == "tbl":
            _flush_carry(reader)
            _table(reader, child)
        elif name in ("sdt", "sdtContent", "customXml", "ins", "moveTo", "smartTag"):
            _blocks(reader, child)  # content controls and tracked insertions of whole paragraphs


def _paragraph(reader: _Reader, paragraph) -> None:
    reader.count += 1
    position = reader.count
    text = paragraph_text(paragraph, reader.mark)
    if reader.carry is not None:
        carried, position = reader.carry
        text = f"{carried} {text}".strip()
        reader.carry = None
    if mark_deleted(paragraph):
        reader.carry = (text, position)
    elif text:
        kind = HEADING if _is_heading(reader.styles, paragraph) else None
        reader.units.append(Unit(text, position, reader.count, kind))
    for box in text_boxes(paragraph):
        _paragraph(reader, box)


def _flush_carry(reader: _Reader) -> None:
    if reader.carry is not None and reader.carry[0]:
        text, position = reader.carry
        reader.units.append(Unit(text, position, reader.count))
    reader.carry = None


def _table(reader: _Reader, table) -> None:
    for row in (c for c in table if local(c.tag) == "tr"):
        cells = [c for c in row if local(c.tag) == "tc"]
        first = reader.count + 1
        texts = [_cell_text(reader, cell) for cell in cells]
        if any(t is None or len(t) > _LAYOUT_CELL_CHARS for t in texts):
            reader.count = first - 1  # a layout table: its cells are read as paragraphs
            reader.cited = [c for c in reader.cited if c[2] < first]
            for cell in cells:
                _blocks(reader, cell)
            continue
        text = " | ".join(t for t in texts if t)
        if text:
            reader.units.append(Unit(text, first, reader.count, BODY))


def _cell_text(reader: _Reader, cell) -> str | None:
    """A cell's paragraphs as one line; None when it holds a table."""
    parts = []
    for child in cell:
        name = local(child.tag)
        if name == "tbl":
            return None
        if name == "p":
            reader.count += 1
            parts.append(paragraph_text(child, reader.mark))
    return " ".join(p for p in parts if p)


def _footnotes(reader: _Reader) -> None:
    """Notes after the body, each at the paragraph that cites it, its mark
    in front as in the page's foot."""
    numbers = {kind: 0 for kind in _NOTE_KINDS}
    for kind, note_id, position in list(reader.cited):
        numbers[kind] += 1
        paragraphs = reader.notes.get((kind, note_id), [])
        text = " ".join(t for t in (paragraph_text(p, lambda *_: "") for p in paragraphs) if t)
        if text:
            reader.units.append(Unit(f"{superscript(numbers[kind])} {text}", position, position, BODY))
