"""Writer documents (.odt): headings, paragraphs, list items and table
rows of content.xml in order, text boxes after their anchor, notes after the
body. Tracked changes read as accepted: insertions stand in the text, the
deleted text sits apart in <text:tracked-changes>, which is skipped.
``line`` counts the document's paragraphs, as for Word."""
from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field

from ..errors import InputError
from ..model import BODY, HEADING, PARAGRAPHS
from . import Read
from .units import Unit, clean_text
from .wordml import attribute, local, superscript

_PARAGRAPHS = ("p", "h")
_CONTAINERS = ("text", "section", "list", "list-item", "list-header", "table-header-rows", "table-rows",
               "table-row-group", "index-body", "table-of-content", "alphabetical-index", "illustration-index")
_SKIPPED = ("tracked-changes", "sequence-decls", "variable-decls", "user-field-decls", "forms", "annotation",
            "index-title-template", "table-of-content-source", "note-citation", "change", "bookmark-ref")
_TITLE_STYLES = ("title", "heading")
_LAYOUT_CELL_CHARS = 200


@dataclass
class _Reader:
    titles: set[str]  # paragraph styles that make a heading (Title, Heading and styles based on them)
    units: list[Unit] = field(default_factory=list)
    count: int = 0
    notes: list[tuple[list, int]] = field(default_factory=list)  # each note's paragraphs, citing position
    boxes: list = field(default_factory=list)  # text boxes met in the paragraph being read


def read_odt(data: bytes, name: str) -> Read:
    root = _content(data, name)
    text = next((e for e in root.iter() if local(e.tag) == "text" and _parent_is_body(e)), None)
    if text is None:
        raise InputError(f"{name}: this OpenDocument file has no text body")
    reader = _Reader(_title_styles(root))
    _blocks(reader, text)
    for number, (paragraphs, position) in enumerate(reader.notes, start=1):
        body = " ".join(t for t in (_inline(reader, p, notes=False) for p in paragraphs) if t)
        if body:
            reader.units.append(Unit(f"{superscript(number)} {body}", position, position, BODY))
    return Read(reader.units, "odt", PARAGRAPHS)


def _content(data: bytes, name: str):
    from lxml import etree

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        manifest = archive.read("META-INF/manifest.xml") if "META-INF/manifest.xml" in archive.namelist() else b""
        if b"encryption-data" in manifest:
            raise InputError(f"{name}: this document is protected by a password; save it from Writer "
                             "without one (File › Properties › Security), or as PDF")
        blob = archive.read("content.xml")
        parser = etree.XMLParser(resolve_entities=False, no_network=True)
        return etree.fromstring(blob, parser)
    except InputError:
        raise
    except Exception as error:  # a damaged archive or XML alike
        raise InputError(f"{name}: this Writer document is damaged and cannot be read ({type(error).__name__})") from None


def _parent_is_body(element) -> bool:
    parent = element.getparent()
    return parent is not None and local(parent.tag) == "body"


def _title_styles(root) -> set[str]:
    """Automatic styles (P1, P2…) made from Title or a Heading style."""
    titles = set()
    for style in root.iter():
        if local(style.tag) == "style":
            name = attribute(style, "name") or ""
            parent = (attribute(style, "parent-style-name") or "").lower()
            if name.lower().startswith(_TITLE_STYLES) or parent.startswith(_TITLE_STYLES):
                titles.add(name)
    return titles


def _blocks(reader: _Reader, container) -> None:
    for child in container:
        name = local(child.tag)
        if name in _PARAGRAPHS:
            _paragraph(reader, child)
        elif name == "table":
            _table(reader, child)
        elif name in _CONTAINERS:
            _blocks(reader, child)


def _paragraph(reader: _Reader, paragraph) -> None:
    reader.count += 1
    text = _inline(reader, paragraph)
    if text:
        heading = local(paragraph.tag) == "h" or (attribute(paragraph, "style-name") or "") in reader.titles
        reader.units.append(Unit(text, reader.count, reader.count, HEADING if heading else None))
    boxes, reader.boxes = reader.boxes, []
    for box in boxes:
        _blocks(reader, box)


def _inline(reader: _Reader, element, notes: bool = True) -> str:
    parts: list[str] = [element.text or ""]
    for child in element:
        name = local(child.tag)
        if name == "s":
            parts.append(" " * int(attribute(child, "c") or "1"))
        elif name in ("tab", "line-break"):
            parts.append(" ")
        elif name == "note" and notes:
            body = next((c for c in child if local(c.tag) == "note-body"), None)
            reader.notes.append(([p for p in (body if body is not None else []) if local(p.tag) in _PARAGRAPHS],
                                 reader.count))
            parts.append(superscript(len(reader.notes)))
        elif name == "text-box":
            reader.boxes.append(child)
        elif name not in _SKIPPED and name != "note":
            parts.append(_inline(reader, child, notes))
        parts.append(child.tail or "")
    return clean_text("".join(parts))


def _rows(table) -> list:
    rows = []
    for child in table:
        name = local(child.tag)
        if name == "table-row":
            rows.append(child)
        elif name in ("table-header-rows", "table-rows", "table-row-group"):
            rows.extend(_rows(child))
    return rows


def _table(reader: _Reader, table) -> None:
    for row in _rows(table):
        cells = [c for c in row if local(c.tag) == "table-cell"]
        first, cited = reader.count + 1, len(reader.notes)
        texts = []
        for cell in cells:
            paragraphs = [p for p in cell if local(p.tag) in _PARAGRAPHS]
            reader.count += len(paragraphs)
            texts.append(" ".join(t for t in (_inline(reader, p) for p in paragraphs) if t))
        if any(len(t) > _LAYOUT_CELL_CHARS for t in texts) or any(
                local(e.tag) == "table" for cell in cells for e in cell):
            reader.count, reader.notes = first - 1, reader.notes[:cited]  # a layout table: read its cells
            for cell in cells:
                _blocks(reader, cell)
            continue
        text = " | ".join(t for t in texts if t)
        if text:
            reader.units.append(Unit(text, first, reader.count, BODY))
