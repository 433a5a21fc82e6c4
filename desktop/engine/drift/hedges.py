"""A claim hedged on one side only, in any two languages the lexicon has
hedges for: "have helped fuel" / "probabilmente dovuto" (probably due to),
"were detained" / "were allegedly detained"."""
from __future__ import annotations

import re

from ..model import Drift
from .context import GroupContext
from .lexicon import hedges


def _hedges_in(text: str, language: str) -> list[re.Match]:
    words = hedges(language)
    if not words:
        return []
    pattern = _pattern(words)
    return list(pattern.finditer(text))


_PATTERNS: dict[frozenset, re.Pattern] = {}


def _pattern(words: frozenset[str]) -> re.Pattern:
    if words not in _PATTERNS:
        alternatives = "|".join(re.escape(w.rstrip("*")) + (r"\w*" if w.endswith("*") else "")
                                for w in sorted(words, key=len, reverse=True))
        _PATTERNS[words] = re.compile(rf"(?<![\w\-])(?:{alternatives})(?![\w\-])", re.IGNORECASE)
    return _PATTERNS[words]


def check_hedges(context: GroupContext) -> list[Drift]:
    """Per cluster of corresponding sentences: a hedge on one side and none
    on the other (where both languages' hedges are known)."""
    if not (hedges(context.left_language) and hedges(context.right_language)):
        return []
    items = []
    for lefts, rights in context.clusters():
        left = [(k, m) for k in lefts for m in _hedges_in(context.left[k].text, context.left_language)]
        right = [(k, m) for k in rights for m in _hedges_in(context.right[k].text, context.right_language)]
        if bool(left) == bool(right):
            continue
        side, (index, match) = ("right", right[0]) if right else ("left", left[0])
        where = context.mention(side, index, match.start(), match.end(), None)
        other = context.whole("left", lefts[0]) if side == "right" else context.whole("right", rights[0])
        if side == "right":
            items.append(context.item("claim", "warning", f"A hedge was added: “{match.group()}”", other, where))
        else:
            items.append(context.item("claim", "warning", f"A hedge was dropped: “{match.group()}”", where, other))
    return items
