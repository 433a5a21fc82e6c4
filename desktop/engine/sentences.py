"""Sentence boundaries inside a paragraph, with spans into its text.

Rule-based on purpose: press releases are edited prose, and a boundary is a
sentence-final mark followed by a space and a capital, digit or opening
quote, unless the word before is a known abbreviation or an initial."""
from __future__ import annotations

import re

_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof st sr jr gen gov sen rep col lt sgt capt no nos vol pp fig art
    jan feb mar apr jun jul aug sep sept oct nov dec inc ltd co corp dept est approx vs etc
    e.g i.e cf al u.s u.k u.n eu z.b bzw ca dr nr str тел г гг ул им др проф т.е т.д""".split()
)
_BOUNDARY = re.compile(r"([.!?…]+[\"'”’»)\]]*)(\s+)(?=[\"'“‘«(\[]?[A-ZА-ЯЁÀ-ÖØ-Þ0-9])")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.end(1)
        if _is_abbreviation(text[start:end]) or _is_ordinal_date(text[start:end], text[match.end():]):
            continue
        spans.append((start, end))
        start = match.end()
    if start < len(text) and text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans or [(0, len(text))]


def _is_abbreviation(chunk: str) -> bool:
    words = chunk.rstrip("\"'”’»)]").rstrip(".!?…").split()
    if not words or not chunk.rstrip("\"'”’»)]").endswith("."):
        return False
    last = words[-1].lower().strip("(\"'“‘«")
    return last in _ABBREVIATIONS or (len(last) == 1 and last.isalpha()) or _is_scale(last)


def _is_scale(word: str) -> bool:
    """ "12 Mio. Euro", "3 mld. zł": a scale's abbreviation, not a sentence's end."""
    from .drift.lexicon import scale_abbreviations

    return word in scale_abbreviations()


def _is_ordinal_date(chunk: str, rest: str) -> bool:
    """ "Am 22. Dezember": a day written as an ordinal, not a sentence's end."""
    if not re.search(r"(?<!\d)\d{1,2}\.$", chunk):
        return False
    from .drift.lexicon import months_after_ordinal_dot

    following = re.match(r"[^\W\d_]+", rest)
    return bool(following) and following.group().lower() in months_after_ordinal_dot()


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]
