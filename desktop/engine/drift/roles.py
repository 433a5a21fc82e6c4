"""Job titles across languages, compared by the roles they name: "Deputy
Director for Europe and Central Asia" / "vicedirettore … per l'Europa" is
the same title (deputy, director), "Experte für Europa" is not (expert);
"Denis Krivosheev, Deputy Director …" / "Denis Krivosheev på Amnesty" kept
the person and dropped the title."""
from __future__ import annotations

import re

from .. import encoder
from ..model import Drift
from .context import GroupContext, Mention
from .lexicon import ORGANISATION_WORDS, TITLE_QUALIFIERS, TITLE_WORDS, role_words, roles_of
from .names import ACRONYM_AFTER, TRANSLATED_NAME_AT, name_key

_WORD = re.compile(r"[^\W\d_][\w’'\-]*")
_PHRASE_END = re.compile(r"[,;:()«»“”\"—–]|\s-\s")
_PHRASE_WORDS = 12  # a title runs a few words past its last role word at most
_NAME_NEAR = 6  # words either side of a title where the person's name stands
_HOLDER_BESIDE = 2  # a title added stands right beside its holder ("Marta Jensen, Direktorin")


def _titles(context: GroupContext, side: str, index: int) -> list[tuple[Mention, list[frozenset], str]]:
    """Title phrases of a sentence with the roles of each of their role
    words, and the words around them that the encoder reads."""
    language = context.left_language if side == "left" else context.right_language
    text = (context.left if side == "left" else context.right)[index].text
    words = list(_WORD.finditer(text))
    found, at = [], 0
    while at < len(words):
        if not roles_of(words[at].group(), language):
            at += 1
            continue
        first, last, kinds, qualifying = at, at, [], []
        while last < len(words) and last - first < _PHRASE_WORDS:
            roles = roles_of(words[last].group(), language)
            if roles:
                (qualifying if _qualifies_next(words, last, language) else kinds).append(roles)
            gap = text[words[last].end():words[last + 1].start()] if last + 1 < len(words) else "."
            if _PHRASE_END.search(gap) or last + 1 == len(words):
                break
            last += 1
        if _in_organisation_name(text, words, first, last):
            at = last + 1
            continue
        kinds = kinds or qualifying[-1:]  # "Chief Executive Officer": the executive's role
        # The title itself, for the message and the encoder: its role and title words, not what follows.
        title_words = [k for k in range(first, last + 1) if roles_of(words[k].group(), language)
                       or words[k].group().lower() in TITLE_WORDS or words[k].group().lower() in TITLE_QUALIFIERS]
        end = words[_title_end(text, words, max(title_words), last)].end()
        found.append((context.mention(side, index, words[first].start(), end, None), kinds,
                      _with_neighbours(text, words, first, max(title_words))))
        at = last + 1
    return found


_ORGANISATION_BEFORE = 3  # words before a role word where an organisation's head word makes it part of the name


def _in_organisation_name(text: str, words, first: int, last: int) -> bool:
    """A role word inside an organisation's name is no one's job title:
    "Úřad Vysokého komisaře OSN" (the Office of the High Commissioner),
    "FNs høykommissær for flyktninger (UNHCR)", named by the acronym after it."""
    before = [w.group().lower() for w in words[max(0, first - _ORGANISATION_BEFORE):first]]
    return bool(ORGANISATION_WORDS.intersection(before)) or bool(ACRONYM_AFTER.match(text, words[last].end()))


_TITLE_LINKS = frozenset("for of at in and on the de des du pour para per für und по и для di da del della dei il "
                         "la le lo gli el los las der die das den dem het".split())


def _title_end(text: str, words, at: int, last: int) -> int:
    """Where a title ends: its last title word, and what a link word adds to
    it ("Deputy Director for Europe and Central Asia"), not the holder's name
    after it ("Chief Executive Officer Lars Eide said …")."""
    end = at
    while end + 2 <= last and words[end + 1].group().lower() in _TITLE_LINKS \
            and not _PHRASE_END.search(text[words[end].end():words[end + 1].start()]):
        step = end + 2
        while step <= last and (words[step].group()[:1].isupper() or words[step].group().lower() in _TITLE_LINKS) \
                and not _PHRASE_END.search(text[words[step - 1].end():words[step].start()]):
            step += 1
        if step == end + 2:
            break
        reached = step - 1
        while words[reached].group().lower() in _TITLE_LINKS:
            reached -= 1
        if reached <= end:
            break  # "director of the port": only link words followed, the title ends where it was
        end = reached
    return end


_QUALIFYING = frozenset({"chief"})  # "Chief Executive", "Chief Financial Officer": one role, not two


def _qualifies_next(words, at: int, language: str) -> bool:
    """A word that only qualifies the role beside it: "Chief" before one,
    "executive" next to one ("Chief Executive Officer", "presidente
    executivo", "Executive Director" are one role each)."""
    def title_word(k: int) -> bool:
        word = words[k].group().lower() if 0 <= k < len(words) else ""
        return bool(word) and (word in TITLE_WORDS or bool(roles_of(word, language)))

    word = words[at].group().lower()
    if word in _QUALIFYING:
        following = words[at + 1].group() if at + 1 < len(words) else ""
        return title_word(at + 1) or following[:1].isupper()
    return roles_of(word, language) == {"executive"} and (title_word(at - 1) or title_word(at + 1))


def _with_neighbours(text: str, words, first: int, last: int) -> str:
    """The title with the plain word on each side that may belong to it
    ("directora financiera", "Financieel directeur"): what the encoder reads."""
    start, end = words[first].start(), words[last].end()
    if first > 0 and not _PHRASE_END.search(text[words[first - 1].end():start]) and (
            words[first - 1].group()[:1].islower() or not text[:words[first - 1].start()].strip()):
        start = words[first - 1].start()
    if last + 1 < len(words) and not _PHRASE_END.search(text[end:words[last + 1].start()]) \
            and words[last + 1].group()[:1].islower():
        end = words[last + 1].end()
    return text[start:end]


def _names_near(text: str, mention: Mention, start: int, near: int = _NAME_NEAR) -> set[str]:
    """Keys of capitalised words just before or after a title (its holder)."""
    before = _WORD.findall(text[:mention.start - start])[-near:]
    after = _WORD.findall(text[mention.end - start:])[:near]
    return {name_key(w) for w in before + after if w[:1].isupper() and len(w) > 2}


def _same_roles(left: list[frozenset], right: list[frozenset]) -> bool:
    """Every role word on each side has one naming a role it names on the other."""
    return (all(any(a & b for b in right) for a in left) and all(any(a & b for a in left) for b in right))


def _same_title(left: tuple[Mention, list[frozenset], str], right: tuple[Mention, list[frozenset], str],
                readable: bool = True) -> bool:
    """The same roles; or, where the two name no role in common at all (a
    title the lexicon reads word by word: "Chief Executive Officer" /
    "consejero delegado", "directeur général"), the same meaning to the
    encoder. A title that lost or gained a role ("Deputy Director" /
    "Direktor") shares the rest and stays a change. ``readable``: whether
    the encoder reads both languages; where it does not, titles with no
    role in common cannot be told apart ("generální ředitel" is the chief
    executive) and count as the same."""
    (_, left_kinds, left_words), (_, right_kinds, right_words) = left, right
    if _same_roles(left_kinds, right_kinds):
        return True
    if frozenset().union(*left_kinds) & frozenset().union(*right_kinds):
        return False
    if not readable:
        return True
    vectors = encoder.embed([left_words, right_words])
    return float(vectors[0] @ vectors[1]) >= TRANSLATED_NAME_AT


def check_roles(context: GroupContext) -> list[Drift]:
    if not (context.across and role_words(context.left_language) and role_words(context.right_language)):
        return []
    readable = encoder.knows(context.left_language) and encoder.knows(context.right_language)
    items = []
    for lefts, rights in context.clusters():
        left = [(i, t) for i in lefts for t in _titles(context, "left", i)]
        right = [(j, t) for j in rights for t in _titles(context, "right", j)]
        right_text = " ".join(context.right[j].text for j in rights)
        right_keys = {name_key(w) for w in _WORD.findall(right_text)}
        for i, (mention, kinds, words) in left:
            holder = _names_near(context.left[i].text, mention, context.left[i].start)
            if right:
                partner = right[0][1][0]
                if not any(_same_title((mention, kinds, words), title, readable) for _, title in right):
                    items.append(context.item("title", "warning",
                                              f"Job title “{mention.text}” became “{partner.text}”",
                                              mention, partner))
            elif holder & right_keys:
                items.append(context.item("title", "warning", f"Job title “{mention.text}” was dropped",
                                          mention, context.whole("right", rights[0])))
        if not left:  # the mirror: a title given to someone the original names without one
            left_text = " ".join(context.left[i].text for i in lefts)
            # capitalised words only: in German every noun near a title is capitalised
            left_keys = {name_key(w) for w in _WORD.findall(left_text) if w[:1].isupper() and len(w) > 2}
            for j, (mention, _, _) in right:
                holder = _names_near(context.right[j].text, mention, context.right[j].start, _HOLDER_BESIDE)
                if holder & left_keys:
                    items.append(context.item("title", "warning", f"Job title “{mention.text}” was added",
                                              context.whole("left", lefts[0]), mention))
    return items
