"""The text of WordprocessingML paragraphs as Word shows them with every
tracked change accepted: insertions and moved-to text kept, deletions and
moved-from text dropped, field codes, hidden runs and the fallback copies
of drawings left out, footnote references as superscript numbers."""
from __future__ import annotations

from typing import Callable, Optional

from .units import clean_text

# Elements whose text is not part of the accepted document.
_SKIPPED = frozenset((
    "del", "moveFrom", "delText", "delInstrText", "instrText", "Fallback", "txbxContent", "rPrChange",
    "pPrChange", "pPr", "fldData", "commentReference", "annotationRef", "footnoteRef", "endnoteRef",
    "sectPr", "tblPr", "trPr", "tcPr",
))
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_SYMBOL_FONT_BASE = 0xF000  # Symbol and Wingdings characters sit in the private use area


def local(tag) -> str:
    """An element's name without its namespace (transitional and strict
    OOXML name the same elements in two namespaces)."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def attribute(element, name: str) -> Optional[str]:
    for key, value in element.attrib.items():
        if local(key) == name:
            return value
    return None


def superscript(number: int) -> str:
    return str(number).translate(_SUPERSCRIPT)


def paragraph_text(paragraph, note_mark: Callable[[str, str], str]) -> str:
    """``note_mark(kind, id)`` gives the mark of a footnote or endnote
    reference ("footnote"/"endnote", its w:id)."""
    parts: list[str] = []
    _walk(paragraph, parts, note_mark)
    return clean_text("".join(parts))


def _walk(element, parts: list[str], note_mark) -> None:
    for child in element:
        name = local(child.tag)
        if name in _SKIPPED or (name == "r" and _hidden(child)):
            continue
        if name == "t":
            parts.append(child.text or "")
        elif name in ("tab", "ptab"):
            parts.append(" ")
        elif name in ("br", "cr"):
            parts.append(" ")
        elif name == "noBreakHyphen":
            parts.append("\u2011")
        elif name == "sym":
            parts.append(_symbol(child))
        elif name in ("footnoteReference", "endnoteReference"):
            parts.append(note_mark(name[:-len("Reference")], attribute(child, "id") or ""))
        else:
            _walk(child, parts, note_mark)


def _hidden(run) -> bool:
    for props in run:
        if local(props.tag) == "rPr":
            return any(local(p.tag) in ("vanish", "specVanish") and attribute(p, "val") not in ("0", "false")
                       for p in props)
    return False


def _symbol(sym) -> str:
    try:
        code = int(attribute(sym, "char") or "", 16)
    except ValueError:
        return ""
    if code >= _SYMBOL_FONT_BASE:
        code -= _SYMBOL_FONT_BASE
    return chr(code) if 32 <= code < 0x110000 else ""


def mark_deleted(paragraph) -> bool:
    """The paragraph mark itself is a tracked deletion: accepted, the
    paragraph runs on into the next."""
    for props in paragraph:
        if local(props.tag) == "pPr":
            for rpr in props:
                if local(rpr.tag) == "rPr":
                    return any(local(c.tag) in ("del", "moveFrom") for c in rpr)
    return False


def text_boxes(paragraph) -> list:
    """The paragraphs of the text boxes anchored in a paragraph (their
    primary copies; the fallback copies for old readers are skipped)."""
    found = []
    stack = list(paragraph)
    while stack:
        element = stack.pop(0)
        name = local(element.tag)
        if name == "Fallback":
            continue
        if name == "txbxContent":
            found.extend(c for c in element.iter() if local(c.tag) == "p")
            continue
        stack.extend(element)
    return found
