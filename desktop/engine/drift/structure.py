"""Sentences added or dropped inside a linked group, a dateline added, and
a group rewritten far more than the rest of the document."""
from __future__ import annotations

import re

from ..model import Drift
from .context import GroupContext, Mention

_DATELINE = re.compile(
    r"^([A-ZА-ЯЁ][\w\-]+(?:[ ,]+[A-ZА-ЯЁ][\w\-]+)?[.,]\s+\d{1,2}\.?\s+[^\W\d]+\.?"
    r"(?:\s+\d{4})?\.?(?:\s+[A-ZА-ЯЁ][\w.\-]*)?\s*(?:[—–-]|\([^)]*\)\s*[—–-]?)?)", re.UNICODE)


def dateline(text: str) -> re.Match | None:
    """"Moscow. 22 Dec. INTERFAX.RU —", "HAMBURG, 14 November (Reuters) -"."""
    return _DATELINE.match(text)


def check_dateline(context: GroupContext) -> list[Drift]:
    items = []
    for index, s in enumerate(context.right):
        if s.start != 0:
            continue
        match = dateline(context.right_texts[s.paragraph])
        if match and not any(dateline(t) for t in context.left_texts.values()):
            where = Mention(None, match.group(1).strip(), index, 0, len(match.group(1).rstrip()))
            items.append(context.item("dateline", "note", f"Dateline added: “{where.text}”", right=where))
    return items


def check_sentences(context: GroupContext) -> list[Drift]:
    if context.headings:
        return []
    items = []
    for i in context.unmatched_left:
        where = context.whole("left", i)
        items.append(context.item("sentence", _dropped_severity(context, where.text),
                                  f"Sentence dropped: “{_short(where.text)}”", left=where))
    for j in context.unmatched_right:
        where = context.whole("right", j)
        if dateline(where.text) and len(where.text.split()) <= 4:
            continue  # a bare dateline is reported as such
        items.append(context.item("sentence", "note", f"Sentence added: “{_short(where.text)}”", right=where))
    return items


def _dropped_severity(context: GroupContext, text: str) -> str:
    """A translation that drops a sentence is likely queried; a rewrite
    abridges as a matter of course, so there a dropped sentence is worth a
    glance, unless it carried a figure or a date."""
    return "warning" if context.across or re.search(r"\d", text) else "note"


def _short(text: str, words: int = 12) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")
