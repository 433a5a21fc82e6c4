"""Job titles across languages, compared by the roles they name: "Deputy
Director for Europe and Central Asia" / "vicedirettore … per l'Europa" is
the same title (deputy, director), "Experte für Europa" is not (expert);
"Denis Krivosheev, Deputy Director …" / "Denis Krivosheev på Amnesty" kept
the person and dropped the title."""
from __future__ import annotations

import re

from ..model import Drift
from .context import GroupContext, Mention
from .lexicon import role_words, roles_of
from .names import name_key

_WORD = re.compile(r"[^\W\d_][\w’'\-]*")
_PHRASE_END = re.compile(r"[,;:()«»“”\"—–]|\s-\s")
_PHRASE_WORDS = 12  # a title runs a few words past its last role word at most
_NAME_NEAR = 6  # words either side of a title where the person's name stands
_HOLDER_BESIDE = 2  # a title added stands right beside its holder ("Marta Jensen, Direktorin")


def _titles(context: GroupContext, side: str, index: int) -> list[tuple[Mention, list[frozenset]]]:
    """Title phrases of a sentence with the roles of each of their role words."""
    language = context.left_language if side == "left" else context.right_language
    text = (context.left if side == "left" else context.right)[index].text
    words = list(_WORD.finditer(text))
    found, at = [], 0
    while at < len(words):
        if not roles_of(words[at].group(), language):
            at += 1
            continue
        first, last, kinds = at, at, []
        while last < len(words) and last - first < _PHRASE_WORDS:
            roles = roles_of(words[last].group(), language)
            if roles:
                kinds.append(roles)
            gap = text[words[last].end():words[last + 1].start()] if last + 1 < len(words) else "."
            if _PHRASE_END.search(gap) or last + 1 == len(words):
                break
            last += 1
        found.append((context.mention(side, index, words[first].start(), words[last].end(), None), kinds))
        at = last + 1
    return found


def _names_near(text: str, mention: Mention, start: int, near: int = _NAME_NEAR) -> set[str]:
    """Keys of capitalised words just before or after a title (its holder)."""
    before = _WORD.findall(text[:mention.start - start])[-near:]
    after = _WORD.findall(text[mention.end - start:])[:near]
    return {name_key(w) for w in before + after if w[:1].isupper() and len(w) > 2}


def _same_roles(left: list[frozenset], right: list[frozenset]) -> bool:
    """Every role word on each side has one naming a role it names on the other."""
    return (all(any(a & b for b in right) for a in left) and all(any(a & b for a in left) for b in right))


def check_roles(context: GroupContext) -> list[Drift]:
    if not (context.across and role_words(context.left_language) and role_words(context.right_language)):
        return []
    items = []
    for lefts, rights in context.clusters():
        left = [(i, t) for i in lefts for t in _titles(context, "left", i)]
        right = [(j, t) for j in rights for t in _titles(context, "right", j)]
        right_text = " ".join(context.right[j].text for j in rights)
        right_keys = {name_key(w) for w in _WORD.findall(right_text)}
        for i, (mention, kinds) in left:
            holder = _names_near(context.left[i].text, mention, context.left[i].start)
            if right:
                partner = right[0][1][0]
                if not any(_same_roles(kinds, other) for _, (_, other) in right):
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
            for j, (mention, _) in right:
                holder = _names_near(context.right[j].text, mention, context.right[j].start, _HOLDER_BESIDE)
                if holder & left_keys:
                    items.append(context.item("title", "warning", f"Job title “{mention.text}” was added",
                                              context.whole("left", lefts[0]), mention))
    return items
