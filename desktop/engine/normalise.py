"""The form paragraphs are compared in. Display text is never changed; only
these keys are. Reformatting alone (quote style, dashes, spaces, width forms)
must never count as a difference."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

QUOTE_CHARS = "\"'`´‘’‚‛“”„‟«»‹›″′＂＇「」『』"
APOSTROPHES = "'’‛`´′"
DASH_CHARS = "-‐‑‒–—―−﹘﹣－"
_QUOTE_TABLE = {ord(c): '"' for c in QUOTE_CHARS}
_SINGLE_QUOTE_TABLE = {ord(c): "'" for c in "‘’‚‛`´′＇"}
_DOUBLE_QUOTE_TABLE = {ord(c): '"' for c in "“”„‟«»‹›″＂"}
_DASH_TABLE = {ord(c): "-" for c in DASH_CHARS}
# Invisible characters that survive NFKC and split words for no visible reason.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
_SPACES = re.compile(r"\s+")


# One table per quote mode: a single pass over the text instead of three.
_FOLD_QUOTES = {**_INVISIBLE, **_DASH_TABLE, **_QUOTE_TABLE}
_KEEP_QUOTE_STYLE = {**_INVISIBLE, **_DASH_TABLE, **_SINGLE_QUOTE_TABLE, **_DOUBLE_QUOTE_TABLE}


def fold(text: str, *, ignore_case: bool = False, ignore_quotes: bool = True) -> str:
    """NFKC, invisible characters removed, quotes and dashes folded, spaces
    collapsed; optionally case-folded (full Unicode folding, not ASCII lower)."""
    if not text.isascii():  # NFKC leaves ASCII as it is
        text = unicodedata.normalize("NFKC", text)
    text = text.translate(_FOLD_QUOTES if ignore_quotes else _KEEP_QUOTE_STYLE)
    text = _SPACES.sub(" ", text).strip()
    return text.casefold() if ignore_case else text


@lru_cache(maxsize=200_000)
def fold_token(token: str, ignore_case: bool, ignore_quotes: bool) -> str:
    """A word-diff token's comparison key. Whitespace is one key whatever it is."""
    if not token or token.isspace():
        return " "
    return fold(token, ignore_case=ignore_case, ignore_quotes=ignore_quotes) or " "


def is_punctuation(token: str) -> bool:
    return all(unicodedata.category(c)[0] in "PS" for c in token) and bool(token)
