"""Prose highlighting shared by the window and the exported report.

A Pygments lexer that marks what an editor checks first when two versions of
a text disagree: numbers, dates, quotations and names. The window maps the
token types to Qt formats; the HTML report uses the same styles through
Pygments' HtmlFormatter, so both look alike. No Qt here: engine code must
stay importable without PySide6.
"""
from __future__ import annotations

from pygments.lexer import RegexLexer, include
from pygments.style import Style
from pygments.token import Literal, Name, Number, String, Text, Whitespace

__all__ = [
    "DATE", "NAME", "NUMBER", "QUOTATION", "TOKEN_LABELS",
    "ProseDarkStyle", "ProseLexer", "ProseStyle", "prose_tokens", "style_for",
]

NUMBER = Number
DATE = Literal.Date
QUOTATION = String.Quotation
NAME = Name.Entity

TOKEN_LABELS = {NUMBER: "number", DATE: "date", QUOTATION: "quotation", NAME: "name"}

_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
)
_WEEKDAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUMBER_WORDS = (
    r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|"
    r"forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|"
    r"dozen|half|third|quarter|percent|per cent)"
)
# A capitalised word; names are two or more in a row ("Marta Jensen",
# "Coastal Watch") so that a sentence's first word is not taken for one.
_CAP = r"[A-Z\u00C0-\u00DE\u0400-\u042F][\w\u00C0-\u024F\u0400-\u04FF'’\-]*"
_NAME_LINK = r"(?:\s+(?:of|de|da|van|von|der|al|bin|la|le|du|del)\s+|\s+)"


class ProseLexer(RegexLexer):
    """Marks numbers, dates, quotations and names in running prose."""

    name = "Prose"
    aliases = ["prose"]
    filenames: list[str] = []
    flags = 0

    tokens = {
        "facts": [
            # dates before numbers, so "12 March 2020" is one date
            (r"\b\d{4}-\d{2}-\d{2}\b", DATE),
            (r"\b\d{1,2}/\d{1,2}/\d{2,4}\b", DATE),
            (r"\b(?:\d{1,2}(?:st|nd|rd|th)?\s+)?" + _MONTHS + r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?\b", DATE),
            (r"\b" + _WEEKDAYS + r"\b", DATE),
            (r"\b(?:1[5-9]|20)\d{2}s?\b", DATE),  # years
            (r"(?:[$€£¥]\s?)?\b\d+(?:[.,]\d+)*(?:\s?(?:%|percent|per cent))?", NUMBER),
            (r"(?i)\b" + _NUMBER_WORDS + r"(?:-" + _NUMBER_WORDS + r")?\b", NUMBER),
            (_CAP + r"(?:" + _NAME_LINK + _CAP + r")+", NAME),
            (r"\b[A-Z]{2,}s?\b", NAME),  # acronyms: NGO, UN, LGBTI
        ],
        "root": [
            (r"\s+", Whitespace),
            (r"[\"“„]", QUOTATION, "double"),
            (r"«", QUOTATION, "guillemet"),
            # a single quote opens a quotation only where it cannot be an apostrophe
            (r"(?:(?<=^)|(?<=[\s(\[—–-]))[‘'](?=\w)", QUOTATION, "single"),
            include("facts"),
            (r"\w+", Text),
            (r".", Text),
        ],
        "double": [
            (r"[\"”“]", QUOTATION, "#pop"),
            include("inside"),
        ],
        "guillemet": [
            (r"»", QUOTATION, "#pop"),
            include("inside"),
        ],
        "single": [
            (r"[’'](?!\w)", QUOTATION, "#pop"),
            include("inside"),
        ],
        "inside": [
            include("facts"),
            (r"\s+", QUOTATION),
            (r"\w+(?:[’']\w+)*", QUOTATION),
            (r".", QUOTATION),
        ],
    }


from .drift.lexicon import CAPITALISED_NOUNS  # runs of capitals there are not names


def prose_tokens(text: str, language: str = "") -> list[tuple[int, int, object]]:
    """(start, end, token type) for each marked run of ``text``; plain text is
    left out. Offsets index ``text`` itself, so they line up with the engine's
    spans. In German, only acronyms are marked as names."""
    runs: list[tuple[int, int, object]] = []
    nouns_capitalised = language in CAPITALISED_NOUNS
    for start, ttype, value in ProseLexer().get_tokens_unprocessed(text):
        kind = _marked(ttype)
        if kind is None or not value:
            continue
        if kind is NAME and nouns_capitalised and not value.isupper():
            inside_quote = runs and runs[-1][2] is QUOTATION and runs[-1][1] == start
            if not inside_quote:
                continue
            kind = QUOTATION  # nouns inside a German quotation keep the quotation's colour
        end = start + len(value)
        if runs and runs[-1][2] is kind and runs[-1][1] == start:
            runs[-1] = (runs[-1][0], end, kind)  # merge adjacent runs of a kind
        else:
            runs.append((start, end, kind))
    return runs


def _marked(ttype):
    for kind in (DATE, NUMBER, QUOTATION, NAME):
        if ttype in kind:
            return kind
    return None


class ProseStyle(Style):
    """Light theme: quiet colours that sit under the difference highlights.
    Colours and underlines only, never weight or slant: the window measures
    paragraphs without formats, so formats must not change the metrics."""

    name = "tandem-light"
    background_color = "#ffffff"
    styles = {
        NUMBER: "#0b5394",
        DATE: "#0b5394 underline",
        QUOTATION: "#40456e",
        NAME: "#1d5c57",
    }


class ProseDarkStyle(Style):
    """Dark theme: the same roles, lightened for a dark background."""

    name = "tandem-dark"
    background_color = "#1e1f22"
    styles = {
        NUMBER: "#8cc4ff",
        DATE: "#8cc4ff underline",
        QUOTATION: "#c6cbf2",
        NAME: "#93d5cf",
    }


def style_for(dark: bool) -> type[Style]:
    return ProseDarkStyle if dark else ProseStyle
