"""Web pages: the article's paragraphs, with the page's own title, date and
language.

trafilatura (the field's reference extractor, measured against
readability-lxml and jusText in ``desktop.bench.html_rows``) decides which
text is the article; the paragraphs themselves come from our own walk over
the page (``html_blocks``), which knows each block's source lines. Between
the article's first and last paragraph, what trafilatura set aside stays as
boilerplate (a byline, share buttons), headings and captions stay as they
are (trafilatura drops figure captions); before the article only its
headline is kept; menus, comments and related links around it are left
out. A fragment copied from a browser is read the same way (its headings
stay, trafilatura's choice of paragraphs holds). A page (or an e-mail's
short body) in which trafilatura finds no article is read whole, its
navigation set aside; a page with nothing but navigation is refused."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import InputError
from ..language import from_language_tag
from ..model import BODY, BOILERPLATE, HEADING, SourceInfo
from .html_blocks import CAPTION_TAGS, HEADING_TAGS, Block, page_blocks
from .html_main import main_text_units, matched_blocks
from .units import Unit

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_DATELINE_MARKS = ("dateline", "location")
# Names pages give the paragraph under a headline (standfirst, lead, deck...).
_STANDFIRST_MARKS = ("standfirst", "lead", "intro", "summary", "dek", "deck", "subtitle", "subhead", "excerpt",
                     "teaser", "strapline", "description")
_PROSE_WORDS = 8
_SENTENCE_END = ('.', '!', '?', '…', '"', '”', '»', '’')
_HEADLINE_REACH = 6  # blocks before the article where its headline may stand
_MIN_ARTICLE_WORDS = 6  # a page read whole needs one sentence outside its navigation
_LINK_HEAVY = 0.5  # share of a block's text in links that makes it navigation


@dataclass(frozen=True)
class Page:
    units: list[Unit]
    info: SourceInfo


def read_html(markup: str, name: str) -> Page:
    """A page, a fragment copied from a browser, an e-mail's HTML body."""
    root = _parse(markup, name)
    blocks = page_blocks(root)
    if not blocks:
        raise InputError(f"{name}: the page has no text")
    found = main_text_units(markup)
    info = _info(root, found.title, found.date)
    matched = matched_blocks(blocks, found.units) if found.units else set()
    if not matched:
        return Page(_whole(blocks, name), info)
    return Page(_article(blocks, matched, found.title), info)


def _parse(markup: str, name: str):
    import lxml.etree
    import lxml.html

    markup = _XML_DECLARATION.sub("", markup, count=1)
    if not markup.strip():
        raise InputError(f"{name}: the page is empty")
    try:
        return lxml.html.document_fromstring(markup)
    except (lxml.etree.ParserError, ValueError) as error:
        raise InputError(f"{name}: the page cannot be read ({error})") from None


def _article(blocks: list[Block], matched: set[int], title: str) -> list[Unit]:
    first, last = min(matched), max(matched)
    units = []
    headline = _headline(blocks, first, title)
    if headline is not None:
        units.append(_unit(blocks[headline], HEADING))
        units += [_unit(b, _kind_under_headline(b)) for b in blocks[headline + 1:first]]
    for index in range(first, last + 1):
        units.append(_unit(blocks[index], _kind_in_article(blocks[index], index in matched)))
    return units


def _headline(blocks: list[Block], first: int, title: str) -> int | None:
    """The article's headline when trafilatura took it for the page's title
    and left it out: the nearest heading before the article (an <h1>, or the
    title's words)."""
    for index in range(first - 1, max(-1, first - 1 - _HEADLINE_REACH), -1):
        block = blocks[index]
        if block.tag == "h1" or (block.tag in HEADING_TAGS and title and _same(block.text, title)):
            return index
    return None


def _kind_under_headline(block: Block) -> str | None:
    """Between the headline and what trafilatura took for the article: a
    standfirst or a dateline is the article's; a byline, a date, share
    buttons are not."""
    if block.tag in HEADING_TAGS:
        return HEADING
    if any(m in block.marks for m in _DATELINE_MARKS):
        return BODY
    if _navigation(block):
        return BOILERPLATE
    if any(m in block.marks for m in _STANDFIRST_MARKS) or _prose(block.text):
        return None
    return BOILERPLATE


def _prose(text: str) -> bool:
    return len(text.split()) >= _PROSE_WORDS and text.rstrip().endswith(_SENTENCE_END)


def _kind_in_article(block: Block, matched: bool) -> str | None:
    """Inside the article: what trafilatura kept, and the headings and
    captions it drops; links alone (a sidebar of a table layout) are not
    the article's."""
    if block.tag in HEADING_TAGS:
        return HEADING
    if _caption(block) or block.tag == "tr" or any(m in block.marks for m in _DATELINE_MARKS):
        return BODY
    if not matched or (_navigation(block) and not _prose(block.text)):
        return BOILERPLATE
    return None


def _caption(block: Block) -> bool:
    """<figcaption>, <caption>, or what pages name a caption (wp-caption-text,
    photo__caption)."""
    return block.tag in CAPTION_TAGS or "caption" in block.marks


def _whole(blocks: list[Block], name: str) -> list[Unit]:
    units = [_unit(b, BOILERPLATE if _navigation(b) else _kind_of_tag(b)) for b in blocks]
    if not any(u.kind != BOILERPLATE and len(u.text.split()) >= _MIN_ARTICLE_WORDS for u in units):
        raise InputError(f"{name}: no article found on this page (only menus, links and short lines)")
    return units


def _navigation(block: Block) -> bool:
    return block.furniture or block.links > _LINK_HEAVY * len(block.text)


def _kind_of_tag(block: Block) -> str | None:
    if block.tag in HEADING_TAGS:
        return HEADING
    return BODY if block.tag in CAPTION_TAGS or block.tag == "tr" else None


def _unit(block: Block, kind: str | None) -> Unit:
    return Unit(block.text, block.line, block.end_line, kind)


def _same(a: str, b: str) -> bool:
    return a.casefold().split() == b.casefold().split()


def _info(root, title: str, date: str) -> SourceInfo:
    return SourceInfo(title=title, date=date, language=_declared_language(root))


def _declared_language(root) -> str:
    """<html lang>, else <meta http-equiv="content-language">, else og:locale."""
    candidates = [root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang") or ""]
    for meta in root.iter("meta"):
        key = (meta.get("http-equiv") or meta.get("property") or meta.get("name") or "").lower()
        if key in ("content-language", "og:locale", "language", "dc.language"):
            candidates.append(meta.get("content") or "")
    for tag in candidates:
        code = from_language_tag(tag)
        if code:
            return code
    return ""
