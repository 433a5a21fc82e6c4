"""Claims: negation and modality flipped or added, intensity changed, in
sentences that correspond ("have long faced" / "are not the first to
face", "must" / "may", "worrying rise" / "rise")."""
from __future__ import annotations

import re

from ..model import Drift
from ..words import content_keys
from .context import GroupContext
from .lexicon import INTENSIFIERS, MODALS, ONLY_WORDS, negations, number_words

_WORD = re.compile(r"\w[\w’'\-]*")
_CHECKED_MODALITIES = ("obligation", "advice", "possibility", "permission")


def _words(text: str) -> list[re.Match]:
    return list(_WORD.finditer(text))


def _negations(text: str, language: str) -> list[re.Match]:
    """Negating words, but not "not only" (which adds rather than denies)."""
    denying = negations(language)
    if not denying:
        return []
    words = _words(text)
    found = []
    for at, w in enumerate(words):
        if w.group().lower().replace("’", "'") not in denying:
            continue
        if at + 1 < len(words) and words[at + 1].group().lower() in ONLY_WORDS:
            continue
        found.append(w)
    return found


def _negated_kept(negation: re.Match, text: str, other: str, language: str) -> bool:
    """What the negation bears on is said on the other side too: the claim
    flipped, rather than a clause being dropped or added."""
    after = content_keys(text[negation.end():negation.end() + 60], language)[:2]
    return bool(set(after) & set(content_keys(other, language)))


def _modalities(text: str) -> dict[str, tuple[str, int, int]]:
    """Modality -> (words, start, end) of its first expression."""
    found: dict[str, tuple[str, int, int]] = {}
    words = _words(text)
    for at, w in enumerate(words):
        lower = w.group().lower()
        following = words[at + 1] if at + 1 < len(words) else None
        pair = f"{lower} {following.group().lower()}" if following else ""
        if lower == "may" and (w.group()[0].isupper() and at > 0 or _next_is_number(words, at)):
            continue  # the month
        if pair in MODALS:
            modality, end = MODALS[pair], following.end()
        else:
            modality, end = MODALS.get(lower), w.end()
        if modality in _CHECKED_MODALITIES and modality not in found:
            found[modality] = (text[w.start():end], w.start(), end)
    return found


def _next_is_number(words, at: int) -> bool:
    return at + 1 < len(words) and words[at + 1].group().isdigit()


def _window(text: str, match: re.Match, words: int = 3) -> tuple[int, int]:
    """A few words around a match, for the message and the span."""
    spans = [w.span() for w in _WORD.finditer(text)]
    index = next((i for i, s in enumerate(spans) if s[0] >= match.start()), 0)
    lo, hi = max(0, index - words), min(len(spans) - 1, index + words)
    return spans[lo][0], spans[hi][1]


def check_claims(context: GroupContext) -> list[Drift]:
    items = []
    for lefts, rights in context.clusters():
        i, j = lefts[0], rights[0]
        left = " ".join(context.left[k].text for k in lefts)
        right = " ".join(context.right[k].text for k in rights)
        if len(lefts) == 1 and len(rights) == 1:
            items.extend(_negation(context, i, j, left, right))
            items.extend(_modality(context, i, j, left, right))
            items.extend(_intensity(context, i, j, left, right))
        else:  # spans would not point into one sentence: negation only
            items.extend(_negation_counts(context, i, j, left, right))
    return items


def _negation_counts(context, i, j, left: str, right: str) -> list[Drift]:
    l_neg, r_neg = _negations(left, context.left_language), _negations(right, context.right_language)
    if len(l_neg) == len(r_neg):
        return []
    added = len(r_neg) > len(l_neg)
    negation, text, other, language = ((r_neg[0], right, left, context.right_language) if added
                                       else (l_neg[0], left, right, context.left_language))
    if not _negated_kept(negation, text, other, language):
        return []
    return [context.item("claim", "warning", f"A negation was {'added' if added else 'removed'}",
                         context.whole("left", i), context.whole("right", j))]


def _negation(context, i, j, left: str, right: str) -> list[Drift]:
    l_neg, r_neg = _negations(left, context.left_language), _negations(right, context.right_language)
    if len(l_neg) == len(r_neg):
        return []
    if len(r_neg) > len(l_neg):
        if not _negated_kept(r_neg[0], right, left, context.right_language):
            return []
        a, b = _window(right, r_neg[0])
        where = context.mention("right", j, a, b, None)
        return [context.item("claim", "warning", f"A negation was added: “{where.text}”",
                             context.whole("left", i), where)]
    if not _negated_kept(l_neg[0], left, right, context.left_language):
        return []
    a, b = _window(left, l_neg[0])
    where = context.mention("left", i, a, b, None)
    return [context.item("claim", "warning", f"A negation was removed: “{where.text}”",
                         where, context.whole("right", j))]


def _modality(context, i, j, left: str, right: str) -> list[Drift]:
    l_mod, r_mod = _modalities(left), _modalities(right)
    if set(l_mod) == set(r_mod) or not (l_mod and r_mod):
        return []
    l_words = " … ".join(w for w, *_ in l_mod.values())
    r_words = " … ".join(w for w, *_ in r_mod.values())
    (_, la, lb), (_, ra, rb) = next(iter(l_mod.values())), next(iter(r_mod.values()))
    return [context.item("claim", "warning", f"“{l_words}” became “{r_words}”",
                         context.mention("left", i, la, lb, None), context.mention("right", j, ra, rb, None))]


def _intensified(text: str, head_key: str, language: str) -> bool:
    """Whether ``text`` has an intensifier of its own before the word keyed
    ``head_key``: "increasingly discriminatory" for "growing discrimination"
    is one degree word for another, not one dropped and one added."""
    words = _words(text)
    return any(w.group().lower() in INTENSIFIERS and content_keys(words[at + 1].group(), language)[:1] == [head_key]
               for at, w in enumerate(words[:-1]))


def _intensity(context, i, j, left: str, right: str) -> list[Drift]:
    """An intensifier before a word both sides keep, present on one side only."""
    items = []
    for side, mine, theirs, index in (("left", left, right, i), ("right", right, left, j)):
        language = context.left_language if side == "left" else context.right_language
        other_keys = set(content_keys(theirs, language))
        theirs_lower = theirs.lower()
        words = _words(mine)
        for at, w in enumerate(words[:-1]):
            lower = w.group().lower()
            if lower not in INTENSIFIERS or re.search(rf"\b{re.escape(lower)}\b", theirs_lower):
                continue
            head = words[at + 1]
            if head.group().isdigit() or head.group().lower() in number_words(language):
                continue  # "all four countries" / "these four countries": a count, not a degree
            head_keys = content_keys(head.group(), language)
            if head_keys and head_keys[0] in other_keys and not _intensified(theirs, head_keys[0], language):
                where = context.mention(side, index, w.start(), head.end(), None)
                verb = "dropped" if side == "left" else "added"
                message = f"Intensity changed: “{w.group()}” {verb} before “{head.group()}”"
                other = context.whole("right" if side == "left" else "left", j if side == "left" else i)
                pair = (where, other) if side == "left" else (other, where)
                items.append(context.item("claim", "note", message, *pair))
    return items
