"""A web page's blocks in reading order, each with the source lines it came
from: the text of every paragraph, heading, list item, caption and table row
as a browser would lay it out, nothing of scripts, styles, forms or hidden
elements. Which of them are the article is decided elsewhere (``html``)."""
from __future__ import annotations

from dataclasses import dataclass, field

from .units import clean_text

BLOCK_TAGS = frozenset(
    """address article aside blockquote body center dd details dialog dir div dl dt fieldset figcaption
    figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main menu nav ol p pre section summary
    table tbody thead tfoot tr caption ul legend""".split())
HEADING_TAGS = frozenset("h1 h2 h3 h4 h5 h6".split())
CAPTION_TAGS = frozenset(("figcaption", "caption"))
_SKIPPED = frozenset(
    """script style noscript template head title svg math iframe object embed canvas video audio
    select textarea button input map area option datalist""".split())
# Page parts around an article (elements or ARIA roles).
_FURNITURE_TAGS = frozenset(("nav", "footer", "aside", "form", "menu"))
_FURNITURE_ROLES = frozenset(("navigation", "banner", "contentinfo", "complementary", "search", "menu"))
_LAYOUT_CELL_CHARS = 200  # a cell this long is a column of a layout table, not a datum


@dataclass
class Block:
    text: str
    tag: str  # the element that holds the text ("p", "h2", "li", "tr", ...)
    line: int
    end_line: int
    furniture: bool  # inside navigation, a footer, an aside or a form
    marks: str = ""  # class, id and itemprop names of its ancestors, lower case
    links: int = 0  # characters of its text inside links


@dataclass
class _Run:
    """Inline text being gathered into one block."""

    parts: list[str] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)
    links: int = 0


class _Walker:
    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.run = _Run()
        self.holder: tuple[str, bool, str] = ("body", False, "")

    def add_text(self, text: str | None, line: int, in_link: bool) -> None:
        if not text:
            return
        self.run.parts.append(text)
        if text.strip():
            self.run.lines += [line, line + text.count("\n")]
            if in_link:
                self.run.links += len(clean_text(text))

    def flush(self) -> None:
        text = clean_text("".join(self.run.parts))
        if text:
            tag, furniture, marks = self.holder
            self.blocks.append(Block(text, tag, min(self.run.lines), max(self.run.lines), furniture, marks,
                                     self.run.links))
        self.run = _Run()

    def walk(self, element, furniture: bool, marks: str, in_link: bool) -> None:
        tag = _tag(element)
        if tag in _SKIPPED or _hidden(element):
            self.add_text(element.tail, _line(element), in_link)
            return
        furniture = furniture or tag in _FURNITURE_TAGS or element.get("role", "").lower() in _FURNITURE_ROLES
        marks = f"{marks} {_marks(element)}".strip()
        if tag == "tr" and self._row(element, furniture, marks):
            pass
        elif tag in BLOCK_TAGS:
            self._block(element, tag, furniture, marks, in_link)
        elif tag == "br":
            self._line_break(element)
        else:
            self.add_text(element.text, _line(element), in_link or tag == "a")
            for child in element:
                self.walk(child, furniture, marks, in_link or tag == "a")
        self.add_text(element.tail, _line(element), in_link)

    def _block(self, element, tag: str, furniture: bool, marks: str, in_link: bool) -> None:
        self.flush()
        outer = self.holder
        self.holder = (tag, furniture, marks)
        self.add_text(element.text, _line(element), in_link)
        for child in element:
            self.walk(child, furniture, marks, in_link)
            if _tag(child) in BLOCK_TAGS:
                self.holder = (tag, furniture, marks)  # text after a nested block is the outer one's
        self.flush()
        self.holder = outer

    def _line_break(self, element) -> None:
        """One <br> wraps a line; two in a row end a paragraph (pages laid
        out with breaks instead of paragraphs)."""
        previous = element.getprevious()
        if previous is not None and _tag(previous) == "br" and not (previous.tail or "").strip():
            self.flush()
        else:
            self.add_text(" ", _line(element), False)

    def _row(self, row, furniture: bool, marks: str) -> bool:
        """A data table's row is one block, its cells joined by " | "; a
        layout table's cells are read as the blocks they hold (False)."""
        cells = [clean_text(" ".join(_visible_text(cell))) for cell in row if _tag(cell) in ("td", "th")]
        if any(len(cell) > _LAYOUT_CELL_CHARS for cell in cells):
            return False
        self.flush()
        text = " | ".join(cell for cell in cells if cell)
        if text:
            line = _line(row)
            self.blocks.append(Block(text, "tr", line, max(line, _last_line(row)), furniture, marks))
        return True


def page_blocks(root) -> list[Block]:
    """The blocks of a parsed page (lxml.html), in document order."""
    walker = _Walker()
    body = root.find(".//body")
    start = body if body is not None else root
    walker.walk(start, False, "", False)
    walker.flush()
    return walker.blocks


def _tag(element) -> str:
    tag = element.tag
    if not isinstance(tag, str):
        return "#comment"  # comments and processing instructions are skipped
    return tag.rsplit("}", 1)[-1].lower()


def _line(element) -> int:
    return element.sourceline or 1


def _last_line(element) -> int:
    return max((e.sourceline or 0 for e in element.iter()), default=_line(element))


def _hidden(element) -> bool:
    if _tag(element) == "#comment":
        return True
    style = element.get("style", "").replace(" ", "").lower()
    return (element.get("hidden") is not None or element.get("aria-hidden", "").lower() == "true"
            or "display:none" in style or "visibility:hidden" in style)


def _marks(element) -> str:
    return " ".join(element.get(name, "") for name in ("class", "id", "itemprop")).lower().strip()


def _visible_text(element) -> list[str]:
    if _tag(element) in _SKIPPED or _hidden(element):
        return [element.tail or ""]
    parts = [element.text or ""]
    for child in element:
        parts.extend(_visible_text(child))
    parts.append(element.tail or "")
    return parts
