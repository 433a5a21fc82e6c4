"""Sentence boundaries inside a paragraph, with spans into its text.

Rule-based on purpose: press releases are edited prose, and a boundary is a
sentence-final mark followed by a space and a capital, digit or opening
quote (or any letter of a script without capitals: Arabic, Hebrew, Korean,
Hindi…), unless the word before is a known abbreviation or an initial.
Chinese and Japanese end a sentence with 。！？ and no space."""
from __future__ import annotations

import re
from functools import lru_cache

from .normalise import QUOTE_CHARS

_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof st sr jr gen gov sen rep col lt sgt capt no nos vol pp fig art
    jan feb mar apr jun jul aug sep sept oct nov dec inc ltd co corp dept est approx vs etc
    e.g i.e cf al u.s u.k u.n eu z.b bzw ca dr nr str тел г гг ул им др проф т.е т.д""".split()
)
_CAPITALS = "A-ZА-ЯЁÀ-ÖØ-ÞΑ-ΩΆ-Ώ\u0400-\u042f\u0531-\u0556"
# Letters of scripts with no capitals: any of them may open a sentence.
_CASELESS = ("\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u0900-\u0dff\u0e00-\u0e7f\u10a0-\u10ff"
             "\u1100-\u11ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af")
# Any quotation mark may close a sentence or open the next: German and Czech quote „…“, Danish »…«;
# Scandinavian and Russian papers open speech with a dash ("… sa han. – De nye …").
_MARKS = re.escape("".join(c for c in QUOTE_CHARS if c not in "「」『』´`"))
_SPACED_END = rf"[.!?…]+[{_MARKS})\]]*(?=\s+(?:[–—]\s+)?[{_MARKS}(\[]?[{_CAPITALS}{_CASELESS}0-9])"
# 。 ends a sentence unless a closing mark follows: Japanese 「…です。」と述べた goes on;
# Chinese ends a quoted sentence 。” before the next one.
_UNSPACED_END = r"[。！？]+(?:[”’](?=[\u3400-\u9fff]))?(?=\s*[^\s」』”’）)\]。！？])"
_BOUNDARY = re.compile(rf"({_SPACED_END}|{_UNSPACED_END})(\s*)")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    return list(_spans(text))


@lru_cache(maxsize=16_384)  # a paragraph is split for its features, then again for each check of its group
def _spans(text: str) -> tuple[tuple[int, int], ...]:
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
    return tuple(spans or [(0, len(text))])


def _is_abbreviation(chunk: str) -> bool:
    words = chunk.rstrip(QUOTE_CHARS + ")]").rstrip(".!?…").split()
    if not words or not chunk.rstrip(QUOTE_CHARS + ")]").endswith("."):
        return False
    last = words[-1].lower().strip("(\"'“‘«")
    return last in _ABBREVIATIONS or (len(last) == 1 and last.isalpha()) or bool(_INITIALS.fullmatch(last)) \
        or _is_scale(last)


_INITIALS = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")  # "N.D. Jayal", "L.G.C. Pugh"


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
