"""Writing a segment's text back as XML: its ⟨⟩ placeholders become code
elements again, and elements added to a file someone will read take the
indentation of their neighbours."""
from __future__ import annotations

from typing import Callable

from ..bilingual.inline import PLACEHOLDER, PLACEHOLDERS


def fill(element, text: str, codes: tuple[str, ...], make_code: Callable[[object, int, str], object]) -> None:
    """``element`` holds ``text``, each ⟨⟩ a code element made by
    ``make_code(parent, n, id)`` (n from 1; id the file's, where it had one)
    when ``codes`` holds the placeholders they stand for."""
    ids = [code.partition("#")[2] for code in codes if code.partition("#")[0] in PLACEHOLDERS]
    if not ids:  # no placeholder of a file's: a ⟨⟩ written in the text stays text
        element.text = text
        return
    parts = text.split(PLACEHOLDER)
    element.text = parts[0]
    for n, part in enumerate(parts[1:], start=1):
        code = make_code(element, n, ids[n - 1] if n <= len(ids) and ids[n - 1] else str(n))
        code.tail = part


def _space_before(element) -> str:
    parent = element.getparent()
    previous = element.getprevious()
    before = previous.tail if previous is not None else (parent.text if parent is not None else "")
    return before if before is not None and not before.strip() else ""


def insert_after(anchor, element) -> None:
    """``element`` as ``anchor``'s next sibling, on a line of its own as the
    anchor is."""
    parent = anchor.getparent()
    element.tail = anchor.tail
    anchor.tail = _space_before(anchor) or anchor.tail
    parent.insert(parent.index(anchor) + 1, element)


def insert_before(anchor, element) -> None:
    parent = anchor.getparent()
    element.tail = _space_before(anchor) or None
    parent.insert(parent.index(anchor), element)


def append_child(parent, element, step: str = "  ") -> None:
    """``element`` as ``parent``'s last child, indented as its siblings are
    (one ``step`` deeper than the parent when it has none)."""
    children = list(parent)
    if children:
        last = children[-1]
        element.tail = last.tail
        last.tail = _space_before(last) or last.tail
    else:
        outer = _space_before(parent)
        parent.text = (outer or "\n") + step
        element.tail = outer or "\n"
    parent.append(element)
