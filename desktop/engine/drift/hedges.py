"""A claim hedged, or raised in degree, on one side only, in any two
languages the lexicon has the words for: "have helped fuel" /
"probabilmente dovuto" (probably due to), "were detained" / "were allegedly
detained"; "a significant role" / "결정적인 역할" (a decisive role), "groups" /
"persino gruppi" (even groups)."""
from __future__ import annotations

import re
from typing import Callable

from ..model import Drift
from .context import GroupContext
from .lexicon import CAPITALISED_NOUNS, degree_words, hedges, intensity_words, roles_of, status_words

Lexicon = Callable[[str], frozenset[str]]
_PATTERNS: dict[frozenset, re.Pattern] = {}


def _found_in(text: str, words: frozenset[str]) -> list[re.Match]:
    return list(_pattern(words).finditer(text)) if words else []


def _pattern(words: frozenset[str]) -> re.Pattern:
    if words not in _PATTERNS:
        alternatives = "|".join(re.escape(w.rstrip("*")) + (r"\w*" if w.endswith("*") else "")
                                for w in sorted(words, key=len, reverse=True))
        _PATTERNS[words] = re.compile(rf"(?<![\w\-])(?:{alternatives})(?![\w\-])", re.IGNORECASE)
    return _PATTERNS[words]


def check_hedges(context: GroupContext) -> list[Drift]:
    return _one_sided(context, hedges, "warning", "A hedge was {verb}: “{word}”")


def check_status(context: GroupContext) -> list[Drift]:
    """"A leading campaigner" / "un ex attivista": a role put in the past on
    one side only, within a language or across two."""
    return _one_sided(context, status_words, "warning", "A past role was {verb}: “{word}”", keep=_before_a_role)


ROLE_WITHIN = 3  # words after a status word where the role stands ("a former harbour campaigner")


def _before_a_role(match: re.Match, text: str, language: str) -> bool:
    """"former activist", "ex-ministro", "бывший директор": a person's role
    put in the past; not "the former Soviet Union" (a place's)."""
    rest = match.group()[match.group().index("-") + 1:] if "-" in match.group() else ""
    if rest:
        return bool(roles_of(rest, language))
    following = re.findall(r"[^\W\d_][\w’'\-]*", text[match.end():match.end() + 60])[:ROLE_WITHIN]
    return any(roles_of(word, language) for word in following)


def check_intensity(context: GroupContext) -> list[Drift]:
    """Across languages (within one, the claims check compares intensifiers
    word by word). A milder word of degree on the other side ("well above"
    / "muy por encima") is the same degree, translated."""
    if not context.across:
        return []
    return _one_sided(context, intensity_words, "note", "Intensity {verb}: “{word}”", degree_words)


def _one_sided(context: GroupContext, lexicon: Lexicon, severity: str, message: str,
               answered_by: Lexicon | None = None, keep=None) -> list[Drift]:
    """Per cluster of corresponding sentences: a word of the lexicon on one
    side and none on the other (where both languages' words are known), nor
    a word of ``answered_by`` (a wider lexicon). ``keep(match, text,
    language)``: which of the lexicon's words count where they stand."""
    left_words, right_words = lexicon(context.left_language), lexicon(context.right_language)
    if not (left_words and right_words):
        return []
    answered_by = answered_by or lexicon
    left_answers, right_answers = answered_by(context.left_language), answered_by(context.right_language)
    items = []
    for lefts, rights in context.clusters():
        left = [(k, m) for k in lefts for m in _found_in(context.left[k].text, left_words)
                if not _a_noun(m, context.left_language)
                and (keep is None or keep(m, context.left[k].text, context.left_language))]
        right = [(k, m) for k in rights for m in _found_in(context.right[k].text, right_words)
                 if not _a_noun(m, context.right_language)
                 and (keep is None or keep(m, context.right[k].text, context.right_language))]
        if bool(left) == bool(right):
            continue
        if (right and any(_found_in(context.left[k].text, left_answers) for k in lefts)) or (
                left and any(_found_in(context.right[k].text, right_answers) for k in rights)):
            continue
        side, (index, match) = ("right", right[0]) if right else ("left", left[0])
        where = context.mention(side, index, match.start(), match.end(), None)
        if side == "right":
            text = message.format(verb="added", word=match.group())
            items.append(context.item("claim", severity, text, context.whole("left", lefts[0]), where))
        else:
            text = message.format(verb="dropped", word=match.group())
            items.append(context.item("claim", severity, text, where, context.whole("right", rights[0])))
    return items


def _a_noun(match: re.Match, language: str) -> bool:
    """In German a capital inside the sentence makes a noun: "des Massivs"
    (the massif) is no "massiv" (massive)."""
    return language in CAPITALISED_NOUNS and match.start() > 0 and match.group()[:1].isupper()
