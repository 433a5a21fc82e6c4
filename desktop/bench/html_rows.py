"""Benchmark rows for web pages: Tandem's reader (trafilatura choosing the
article, our own blocks) beside trafilatura alone, readability-lxml and
jusText, on the pages of ``webpages``: how much of each article is found
(captions, standfirsts and datelines counted apart), how much furniture
leaks in, whether the order holds, how long a page takes.

readability-lxml is optional (``pip install readability-lxml``); a missing
extractor's rows say so."""
from __future__ import annotations

import time
import unicodedata
from typing import Callable, Optional

from .webpages import Page, pages

_SHORT = 25
_ROLES = ("title", "standfirst", "dateline", "caption", "heading")
_JUSTEXT_STOPLISTS = {"en": "English", "fr": "French", "ru": "Russian"}


def _key(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).casefold().split())


def tandem(html: str) -> list[str]:
    from desktop.engine.formats.html import read_html
    from desktop.engine.model import BOILERPLATE

    return [u.text for u in read_html(html, "page").units if u.kind != BOILERPLATE]


def trafilatura_alone(html: str) -> list[str]:
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=True) or ""
    return [line for line in text.splitlines() if line.strip()]


def readability(html: str) -> list[str]:
    import lxml.html
    from readability import Document

    document = Document(html)
    summary = lxml.html.fromstring(document.summary(html_partial=True))
    blocks = [" ".join(e.text_content().split()) for e in summary.iter("p", "h1", "h2", "h3", "h4", "li",
                                                                        "figcaption", "blockquote", "td")]
    return [document.short_title()] + [b for b in blocks if b]


def justext(html: str) -> list[str]:
    import justext as jt

    language = _language(html)
    stoplist = jt.get_stoplist(_JUSTEXT_STOPLISTS.get(language, "English"))
    return [p.text for p in jt.justext(html.encode("utf-8"), stoplist) if not p.is_boilerplate]


def _language(html: str) -> str:
    import re

    match = re.search(r'<html[^>]+lang="([a-z]{2})', html) or re.search(r'og:locale" content="([a-z]{2})', html)
    return match.group(1) if match else "en"


EXTRACTORS: dict[str, Callable[[str], list[str]]] = {
    "Tandem (trafilatura + own blocks)": tandem, "trafilatura alone": trafilatura_alone,
    "readability-lxml": readability, "jusText": justext,
}


def score(page: Page, paragraphs: list[str]) -> dict:
    joined = "\x1e".join(_key(p) for p in paragraphs)
    positions = [joined.find(_key(text)) for _role, text in page.article]
    found = [p >= 0 for p in positions]
    kept = [p for p in positions if p >= 0]
    by_role = {role: (sum(f for (r, _t), f in zip(page.article, found) if r == role),
                      sum(1 for r, _t in page.article if r == role)) for role in _ROLES}
    keys = set(joined.split("\x1e"))
    leaked = sum(1 for text in page.furniture  # a short one ("News") only as a paragraph of its own
                 if (_key(text) in joined if len(text) >= _SHORT else _key(text) in keys))
    return {"found": sum(found), "of": len(found), "roles": by_role, "leaked": leaked,
            "furniture": len(page.furniture), "ordered": kept == sorted(kept)}


def measure(extract: Callable[[str], list[str]]) -> Optional[dict]:
    """Totals over the pages; None when the extractor is not installed."""
    total = {"found": 0, "of": 0, "leaked": 0, "furniture": 0, "ordered": 0, "seconds": 0.0,
             "roles": {role: [0, 0] for role in _ROLES}, "pages": 0}
    try:
        extract(pages()[0].html)  # imports and first-use set-up are not a page's time
    except ImportError:
        return None
    for page in pages():
        try:
            start = time.perf_counter()
            paragraphs = extract(page.html)
            total["seconds"] += time.perf_counter() - start
        except ImportError:
            return None
        result = score(page, paragraphs)
        for key in ("found", "of", "leaked", "furniture"):
            total[key] += result[key]
        total["ordered"] += result["ordered"]
        total["pages"] += 1
        for role, (found, of) in result["roles"].items():
            total["roles"][role][0] += found
            total["roles"][role][1] += of
    return total


def rows() -> list[dict]:
    out = []
    for name, extract in EXTRACTORS.items():
        total = measure(extract)
        if total is None:
            out.append(_row(f"web pages, {name}", "not installed", "", None))
            continue
        ours = extract is tandem
        roles = ", ".join(f"{role}s {f}/{n}" for role, (f, n) in total["roles"].items())
        out.append(_row(f"web pages, {name}: article found",
                        f"{total['found']}/{total['of']} ({total['found'] / total['of']:.0%}); {roles}",
                        "all" if ours else "", total["found"] == total["of"] if ours else None))
        out.append(_row(f"web pages, {name}: furniture leaked", f"{total['leaked']}/{total['furniture']}",
                        "0" if ours else "", total["leaked"] == 0 if ours else None))
        out.append(_row(f"web pages, {name}: order kept, time",
                        f"{total['ordered']}/{total['pages']} pages, "
                        f"{1000 * total['seconds'] / total['pages']:.0f} ms a page", "", None))
    return out


def _row(row: str, measured: str, goal: str, ok) -> dict:
    return {"row": row, "measured": measured, "goal": goal, "ok": ok}
