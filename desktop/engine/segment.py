"""Plain text to paragraphs: blank lines separate them, wrapped lines are
joined, a paragraph cut by a page break is mended, and each gets a kind."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .model import BODY, BOILERPLATE, HEADING, LINES, SEGMENT_LINES, Document, Paragraph
from .normalise import fold

# A footnote's mark may follow the stop (Word, Writer and RTF files).
_TERMINAL = re.compile(r"[.!?…:;,»\"'”’)\]][⁰¹²³⁴⁵⁶⁷⁸⁹]*\s*$")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*\s*$|[\"'”’»][.!?…]?\s*$")
_PAGE_NUMBER = re.compile(
    r"^(?:(?:page|p\.|pg\.?|seite|s\.|стр\.?|страница|página|pagina)\s*\d{1,4}"
    r"(?:\s*(?:of|/|из|von|de|di)\s*\d{1,4})?"
    r"|\d{1,4}\s*(?:/|of|из|von)\s*\d{1,4}"
    r"|[-–—]\s*\d{1,4}\s*[-–—]"
    r"|\d{1,4})$",
    re.IGNORECASE,
)
# A paragraph that is only a date in figures ("08.01.2018", "2017-12-22 14:05"):
# a web page's time stamp, not a sentence of the article.
_NUMERIC_DATE = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?)?$")
# Phrases web pages and print layouts add around an article, in the languages
# newsrooms handle most; matched against a whole paragraph only.
WEB_FURNITURE = frozenset(
    """now reading|read more|read next|continue reading|share|share this|share this article
    |advertisement|advertising|sponsored|related|related articles|related stories|most read
    |click here|subscribe|sign up|follow us|print|email|comments|skip to content|back to top
    |читайте также|реклама|поделиться|подписаться|комментарии|читать далее|читать также
    |weiterlesen|anzeige|teilen|mehr zum thema|werbung|lesen sie auch""".replace("\n", "").split("|")
)
# A line that sends the reader to another page ("Read more of the report here!", "Läs mer …",
# "Ti suggeriamo anche …"): web furniture however it goes on.
_TEASER = re.compile(
    r"^\W*(read more|read also|see also|läs mer|läs också|les mer|les også|læs mere|læs også|lue lisää"
    r"|lees meer|lees ook|lire aussi|lire la suite|à lire aussi|voir aussi|leer más|lea también|ver también"
    r"|leia mais|leia também|veja também|leggi anche|leggi di più|ti suggeriamo anche|potrebbe interessarti"
    r"|lesen sie auch|mehr zum thema|mehr dazu|czytaj także|czytaj więcej|čtěte také|přečtěte si také"
    r"|читайте также|читайте далее|читать далее|читати також|читайте також)\b"
    r"(?!\s+(?:than|än|enn|end)\b)", re.IGNORECASE)  # "Read more than ten reports, …" is a sentence
_MAX_TEASER_CHARS = 120  # a teaser is one short line
_MAX_HEADING_WORDS = 16
_INNER_SENTENCE_END = re.compile(r"[a-zа-яё]{2}[.!?]\s+[A-ZА-ЯЁ]")
_MAX_HEADING_CHARS = 160
_MAX_FURNITURE_CHARS = 40
_MAX_HEADLINE_WORDS = 30


@dataclass
class _Block:
    lines: list[str]
    first_line: int
    last_line: int
    page: int | None

    @property
    def text(self) -> str:
        return join_lines(self.lines)


def join_lines(lines: list[str]) -> str:
    """Wrapped lines become one line; a line ending in a hyphen after a letter
    joins the next without a space (the hyphen stays: it may be a real one)."""
    out = ""
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if out.endswith("-") and len(out) > 1 and out[-2].isalpha() and line[0].isalpha():
            out += line
        else:
            out = f"{out} {line}" if out else line
    return out


def split_lines(text: str) -> list[tuple[str, int | None]]:
    """Lines with their page number (form feeds count pages; None when the
    text has no form feed at all)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n").replace("\x85", "\n")
    has_pages = "\f" in text
    page = 1
    result = []
    for line in text.split("\n"):
        result.append((line.replace("\f", " "), page if has_pages else None))
        page += line.count("\f")
    return result


def _is_blank(line: str) -> bool:
    return not line.strip()


def _peel_furniture(block: _Block) -> list[_Block]:
    """Furniture glued to a paragraph ("Now Reading" above a headline, a page
    number under the last line) becomes a block of its own."""
    head: list[_Block] = []
    tail: list[_Block] = []
    lines, first = list(block.lines), block.first_line
    while len(lines) > 1 and is_furniture(lines[0]):
        head.append(_Block([lines.pop(0)], first, first, block.page))
        first += 1
    last = block.last_line
    while len(lines) > 1 and is_furniture(lines[-1]):
        tail.insert(0, _Block([lines.pop()], last, last, block.page))
        last -= 1
    return head + [_Block(lines, first, last, block.page)] + tail


def _blocks(lines: list[tuple[str, int | None]], by_line: bool) -> list[_Block]:
    blocks = [piece for block in _raw_blocks(lines, by_line) for piece in _peel_furniture(block)]
    return blocks


def _raw_blocks(lines: list[tuple[str, int | None]], by_line: bool) -> list[_Block]:
    blocks: list[_Block] = []
    current: _Block | None = None
    for number, (line, page) in enumerate(lines, start=1):
        if _is_blank(line):
            current = None
            continue
        if current is None or by_line:
            current = _Block([], number, number, page)
            blocks.append(current)
        current.lines.append(line)
        current.last_line = number
    return blocks


def is_furniture(text: str) -> bool:
    stripped = text.strip()
    if len(stripped) <= _MAX_TEASER_CHARS and _TEASER.match(stripped):
        return True
    if len(stripped) > _MAX_FURNITURE_CHARS:
        return False  # page numbers and web furniture are short
    if _PAGE_NUMBER.match(stripped) or _NUMERIC_DATE.match(stripped):
        return True
    key = re.sub(r"[^\w\s]", "", stripped.casefold()).strip()
    return key in WEB_FURNITURE


def looks_like_heading(text: str, max_words: int = _MAX_HEADING_WORDS) -> bool:
    stripped = text.strip()
    if not stripped or len(stripped) > 2 * _MAX_HEADING_CHARS:
        return False
    if len(stripped.split()) > max_words or _TERMINAL.search(stripped):
        return False
    if _INNER_SENTENCE_END.search(stripped):  # two sentences make a paragraph, not a heading
        return False
    return not stripped[0].islower()


def _continues(previous: _Block, following: _Block) -> bool:
    """A paragraph cut by a page break: no sentence end before the break, and
    the text after it starts mid-sentence."""
    before, after = previous.text, following.text
    if _SENTENCE_END.search(before) or looks_like_heading(before):
        return False
    first = after.lstrip("\"'“‘«(")[:1]
    return first.islower() or before.endswith(("-", ",")) and not looks_like_heading(after)


def _mend_page_breaks(blocks: list[_Block]) -> list[_Block]:
    mended: list[_Block] = []
    for block in blocks:
        target = _last_body(mended)
        if target is not None and not is_furniture(block.text) and _continues(target, block):
            target.lines.extend(block.lines)
            target.last_line = block.last_line
            continue
        mended.append(block)
    return mended


def _last_body(blocks: list[_Block]) -> _Block | None:
    """The last block that is not page furniture (furniture sits between the
    halves of a paragraph cut by a page break)."""
    for block in reversed(blocks):
        if not is_furniture(block.text):
            return block
        continue
    return None


def segment(text: str, mode: str = "paragraphs") -> tuple[Paragraph, ...]:
    by_line = mode == SEGMENT_LINES
    blocks = _blocks(split_lines(text), by_line)
    if not by_line:
        blocks = _mend_page_breaks(blocks)
    return classify([(b.text, b.first_line, b.last_line, b.page) for b in blocks])


def classify(units: list[tuple[str, int, int, int | None]]) -> tuple[Paragraph, ...]:
    """Kinds for (text, first line, last line, page) units: repeats of a
    heading and page or web furniture are boilerplate."""
    seen_headings: set[str] = set()
    paragraphs = []
    started = False  # past the first real paragraph (the headline, if any)
    for pid, (text, first, last, page) in enumerate(units):
        key = fold(text, ignore_case=True)
        # A headline may run longer than a section heading.
        limit = _MAX_HEADING_WORDS if started else _MAX_HEADLINE_WORDS
        if is_furniture(text) or key in seen_headings:
            kind = BOILERPLATE
        elif looks_like_heading(text, limit):
            kind = HEADING
            seen_headings.add(key)
        else:
            kind = BODY
        started = started or kind != BOILERPLATE
        paragraphs.append(Paragraph(pid, text, kind, first, last, page))
    _cut_short(paragraphs)
    return tuple(paragraphs)


def _cut_short(paragraphs: list[Paragraph]) -> None:
    """A heading heads what follows it: the last paragraph of a text, after
    others, with no sentence end and stopping on a lower-case word is a
    paragraph cut short (a page copied part-way, "... have amended the"),
    not a heading, and is compared as the body text it was."""
    kept = [n for n, p in enumerate(paragraphs) if p.kind != BOILERPLATE]
    if len(kept) < 2:
        return
    last = paragraphs[kept[-1]]
    words = last.text.split()
    if last.kind == HEADING and words and words[-1].lstrip("\"'“‘«(")[:1].islower():
        paragraphs[kept[-1]] = replace(last, kind=BODY)


ONE_A_LINE_SHARE = 0.9  # of units starting on the line after the last one ended


def one_unit_a_line(document: Document) -> bool:
    """Whether a plain text gives one unit a line, with no blank lines
    between (a sentence-aligned text compared with ``--segment lines``):
    paragraphs are blank-line separated, so they never follow each other
    line by line. (A Word file's or a web page's paragraphs are numbered,
    or stand on source lines, one after another: not this.)"""
    paragraphs = document.paragraphs
    if len(paragraphs) < 2 or document.source_format != "text" or document.positions != LINES:
        return False
    following = sum(b.line == a.end_line + 1 for a, b in zip(paragraphs, paragraphs[1:]))
    return following >= ONE_A_LINE_SHARE * (len(paragraphs) - 1)
