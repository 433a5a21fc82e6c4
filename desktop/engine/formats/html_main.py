"""The article's text as trafilatura finds it, and which of the page's
blocks it holds. trafilatura rebuilds the text (it has no source lines),
so blocks are matched to it in order: a block is the article's when its
text comes next in trafilatura's, at a unit's start if it is short."""
from __future__ import annotations

import logging
import unicodedata
from dataclasses import dataclass

from .html_blocks import Block

_SHORT = 25  # characters: a block this short must be a whole unit ("Share" is in many sentences)


@dataclass(frozen=True)
class MainText:
    units: list[str]  # trafilatura's paragraphs, headings, items and rows, in order
    title: str
    date: str


def main_text_units(markup: str) -> MainText:
    """Never raises for a page it cannot make sense of: no units then."""
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)  # its doubts are not the user's
    try:
        found = trafilatura.bare_extraction(markup, include_comments=False, include_tables=True,
                                            include_images=False, with_metadata=True, deduplicate=False)
    except Exception:  # a third-party parser on arbitrary markup: a failure is "no article"
        found = None
    if found is None:
        return MainText([], "", "")
    return MainText(_units(found.body), found.title or "", found.date or "")


def _units(body) -> list[str]:
    if body is None:
        return []
    units = []
    for element in body.iter("head", "p", "item", "row", "quote", "code"):
        if element.tag == "quote" and len(element):
            continue  # its paragraphs are units of their own
        text = " ".join("".join(element.itertext()).split())
        if element.tag == "row":
            text = " | ".join(" ".join("".join(c.itertext()).split()) for c in element.iter("cell"))
        if text:
            units.append(text)
    return units


def _key(text: str) -> str:
    """Text compared without case and white space (trafilatura and a browser
    space inline elements differently)."""
    return "".join(unicodedata.normalize("NFKC", text).casefold().split())


def matched_blocks(blocks: list[Block], units: list[str]) -> set[int]:
    """Indices of the blocks found, in order, in the units' text."""
    keys = [_key(u) for u in units]
    joined = "\x1e".join(keys)
    starts = {0}
    position = 0
    for key in keys:
        position += len(key) + 1
        starts.add(position)
    found, cursor = set(), 0
    for index, block in enumerate(blocks):
        key = _key(block.text)
        if not key:
            continue
        at = _find(joined, key, cursor, starts, exact=len(key) < _SHORT)
        if at >= 0:
            found.add(index)
            cursor = at + len(key)
    return found


def _find(joined: str, key: str, cursor: int, starts: set[int], exact: bool) -> int:
    at = joined.find(key, cursor)
    while at >= 0 and exact and not (at in starts and joined[at + len(key):at + len(key) + 1] in ("", "\x1e")):
        at = joined.find(key, at + 1)
    return at
