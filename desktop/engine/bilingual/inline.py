"""A segment's inline markup as text a person reads and compares, and the
list of codes the tag check compares.

- formatting that wraps text (XLIFF 1.2 <g>, <mrk>; 2.x <pc>, <mrk>; TMX
  <hi>) keeps its text and leaves no mark: bold is no change of meaning;
- a placeholder standing for something in the text (<x/>, <ph>) shows as
  ⟨⟩ where it stands, so "Press ⟨⟩ to save" reads as it will;
- the boundaries of formatting (<bpt>/<ept>, <bx/>/<ex/>, <it>, 2.x
  <sc/>/<ec/>) leave no mark, and the native code inside them (RTF, HTML)
  is dropped: it is not text.
The mark carries no number, so a code's id is never read as a figure by the
drift checks; the codes list keeps the ids."""
from __future__ import annotations

from dataclasses import dataclass

from ..formats.units import clean_text
from .xmlread import local

PLACEHOLDER = "⟨⟩"
WRAPPERS = frozenset({"g", "mrk", "pc", "hi"})  # text kept, the code recorded
PLACEHOLDERS = frozenset({"x", "ph"})  # shown as ⟨⟩
CODE_ONLY = frozenset({"bpt", "ept", "bx", "ex", "it", "ut", "sc", "ec"})  # recorded, no text
SILENT = frozenset({"sm", "em", "sub"})  # markers of annotations; a <sub> outside its code is rare
_ID_ATTRIBUTES = ("id", "i", "x", "startRef", "mid")


@dataclass
class _Flat:
    parts: list
    codes: list


def flatten(element) -> tuple[str, tuple[str, ...]]:
    """The text of a <source>, <target> or <seg> (or a segment <mrk>), and
    its inline codes in order ("g#1", "x#2", "bpt#1"…)."""
    flat = _Flat([], [])
    _walk(element, flat, top=True)
    return clean_text("".join(flat.parts)), tuple(flat.codes)


def _walk(element, flat: _Flat, top: bool = False) -> None:
    name = local(element)
    if not top:
        if not name:  # a comment, a processing instruction, an entity: no text of its own
            return
        if name in PLACEHOLDERS:
            flat.parts.append(PLACEHOLDER)
            flat.codes.append(_code(element, name))
            return
        if name in CODE_ONLY or name in SILENT:
            if name in CODE_ONLY:
                flat.codes.append(_code(element, name))
            return
        if name == "cp":  # XLIFF 2: a character XML cannot hold, by its code point
            flat.parts.append(_code_point(element.get("hex", "")))
            return
        if name in WRAPPERS and name != "mrk":  # a segment or term <mrk> is no code
            flat.codes.append(_code(element, name))
    flat.parts.append(element.text or "")
    for child in element:
        _walk(child, flat)
        flat.parts.append(child.tail or "")


def _code(element, name: str) -> str:
    ident = next((element.get(a) for a in _ID_ATTRIBUTES if element.get(a)), "")
    return f"{name}#{ident}" if ident else name


def _code_point(hex_value: str) -> str:
    try:
        char = chr(int(hex_value, 16))
    except (ValueError, OverflowError):
        return ""
    return char if char.isprintable() else " "
