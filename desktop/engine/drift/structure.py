"""Sentences added or dropped inside a linked group, a dateline added, and
a group rewritten far more than the rest of the document."""
from __future__ import annotations

import re

from ..model import Drift
from ..words import content_key_spans, content_keys
from .context import GroupContext, Mention
from .lexicon import any_month_word
from .quotes import quotation_of

_DATELINE = re.compile(
    r"^([A-ZА-ЯЁ][\w\-]+(?:[ ,]+[A-ZА-ЯЁ][\w\-]+)?[.,]\s+\d{1,2}\.?\s+([^\W\d]+)\.?"
    r"(?:\s+\d{4})?\.?(?:\s+[A-ZА-ЯЁ][\w.\-]*)?\s*(?:[—–-]|\([^)]*\)\s*[—–-]?)?)", re.UNICODE)


# In any script: a place, a comma, a date with its figures, a dash ("أوسلو، 14 مارس 2024 –",
# "오슬로, 2024년 3월 14일 –", "奥斯陆，2024年3月14日——", "オスロ、2024年3月14日 ―").
_ANY_DATELINE = re.compile(r"^(([^\W\d_][\w\-]*(?: [^\W\d_][\w\-]*){0,2})\s*(?:[,،，、]\s*[(（]?|\s[(（]|（)"
                           r"[^\W\d_]{0,12}\s*\d{1,4}[^!?。\n–—―()（）]{0,24}?[)）]?"
                           r"(?:\s*[(（][^)）\n]{1,24}[)）])?\s*(?:[—–―]{1,2}(?=\s|\w)|-{1,2}(?=\s)))")  # "Alai-Pamir": a word's hyphen
# No date: "NEW YORK (AP) —".
_AGENCY_DATELINE = re.compile(r"^(([A-ZÀ-ÖØ-ÞА-ЯЁ][A-ZÀ-ÖØ-ÞА-ЯЁ .'\-]+)\s*\([\w .\-]{1,24}\)\s*[—–―-]{1,2})(?=\s)")


def dateline(text: str) -> re.Match | None:
    """"Moscow. 22 Dec. INTERFAX.RU —", "HAMBURG, 14 November (Reuters) -",
    "GENEVA (7 February 2025) –", "오슬로, 2024년 3월 14일 –"."""
    match = _DATELINE.match(text)
    if match and match.group(2).lower() in any_month_word():  # "In Esbjerg, 40 per cent" is no dateline
        return match
    match = _ANY_DATELINE.match(text) or _AGENCY_DATELINE.match(text)
    # A place's words are capitalised where the script has capitals ("The bank, in 2024 -" is no dateline).
    return match if match and not any(w[:1].islower() for w in match.group(2).split()) else None


def check_dateline(context: GroupContext) -> list[Drift]:
    """A dateline on one side only: one note, whatever place and date it holds."""
    items = []
    for side, sentences, texts, others, verb in (
            ("right", context.right, context.right_texts, context.left_texts, "added"),
            ("left", context.left, context.left_texts, context.right_texts, "dropped")):
        for index, s in enumerate(sentences):
            if s.start != 0:
                continue
            match = dateline(texts[s.paragraph])
            if match and not any(dateline(t) for t in others.values()):
                where = Mention(None, match.group(1).strip(), index, 0, len(match.group(1).rstrip()))
                items.append(context.item("dateline", "note", f"Dateline {verb}: “{where.text}”", **{side: where}))
    return items


def check_sentences(context: GroupContext) -> list[Drift]:
    if context.headings:
        return []
    items = []
    abridged = _abridged_quotations(context)
    for i in context.unmatched_left:
        if ("left", i) in abridged:
            continue
        where = context.whole("left", i)
        items.append(context.item("sentence", _dropped_severity(context, where.text),
                                  f"Sentence dropped: “{shorten(where.text)}”", left=where))
    for j in context.unmatched_right:
        where = context.whole("right", j)
        if ("right", j) in abridged or dateline(where.text) and len(where.text.split()) <= 4:
            continue  # a quotation shortened in a rewrite; a bare dateline is reported as such
        items.append(context.item("sentence", "note", f"Sentence added: “{shorten(where.text)}”", right=where))
    return items


def _abridged_quotations(context: GroupContext) -> set[tuple[str, int]]:
    """Within a language, a rewrite that quotes one sentence of a longer
    quotation, still inside quotation marks, abridged it as reporters do: the
    sentences of that quotation it leaves out are not dropped (nor, the
    other way round, added). A translation renders the whole quotation, so
    across languages each sentence left out is still reported."""
    if context.across:
        return set()
    quoted = {"left": quotation_of(context.left, context.left_texts),
              "right": quotation_of(context.right, context.right_texts)}
    found = set()
    for side, other, partners in (("left", "right", context.partners_of_left),
                                  ("right", "left", context.partners_of_right)):
        kept = {quoted[side][k] for k, theirs in partners.items()
                if k in quoted[side] and any(t in quoted[other] for t in theirs)}
        found |= {(side, k) for k, quotation in quoted[side].items() if quotation in kept and not partners.get(k)}
    return found


PASSAGE_WORDS = 10  # different content words in a row that the other version nowhere says: a clause, not a paraphrase


def check_passages(context: GroupContext) -> list[Drift]:
    """Within a language, a clause dropped from a sentence that is otherwise
    kept ("… forced to give contact details of other gay people and
    threatened with …"), or one added: a run of content words of which the
    other version's paragraphs say none. Shorter runs are paraphrase."""
    if context.headings or context.across:
        return []
    items = []
    for side, mine, theirs, partners, other_texts, verb in (
            ("left", context.left, context.right, context.partners_of_left, context.right_texts, "dropped"),
            ("right", context.right, context.left, context.partners_of_right, context.left_texts, "added")):
        language = context.left_language if side == "left" else context.right_language
        # The changed sentences' keys first: most sentences have too little unsaid even against those.
        changed = frozenset().union(*(s.keys for s in theirs))
        said = None
        for index, sentence in enumerate(mine):
            if not partners.get(index) or len(sentence.keys - changed) < PASSAGE_WORDS:
                continue  # dropped or added whole (check_sentences'), or too little unsaid for a clause
            if said is None:
                said = frozenset(k for text in other_texts.values() for k in content_keys(text, language))
            for start, end in _unsaid_runs(sentence.text, language, said):
                where = context.mention(side, index, start, end, None)
                severity = _dropped_severity(context, where.text) if side == "left" else "note"
                items.append(context.item("sentence", severity, f"Passage {verb}: “{shorten(where.text)}”",
                                          **{side: where}))
    return items


def _unsaid_runs(text: str, language: str, said: frozenset) -> list[tuple[int, int]]:
    """Spans of PASSAGE_WORDS or more different content words in a row none
    of which is in ``said`` (function words between them do not break a run)."""
    runs, start, end, keys = [], None, None, set()
    for key, at, to in content_key_spans(text, language):
        if key in said:
            if len(keys) >= PASSAGE_WORDS:
                runs.append((start, end))
            start, keys = None, set()
            continue
        start = at if start is None else start
        end = to
        keys.add(key)
    if len(keys) >= PASSAGE_WORDS:
        runs.append((start, end))
    return runs


SHORT_SENTENCE_WORDS = 4  # content words below which a "sentence" is a fragment ("Literatur :", "Pfui !")


def _dropped_severity(context: GroupContext, text: str) -> str:
    """A translation that drops a sentence is likely queried; a rewrite
    abridges as a matter of course, so there a dropped sentence is worth a
    glance, unless it carried a figure or a date. A fragment of a few words
    (a list's lead-in, an exclamation) is worth a glance either way."""
    if re.search(r"\d", text):
        return "warning"
    language = context.left_language
    return "warning" if context.across and len(content_keys(text, language)) >= SHORT_SENTENCE_WORDS else "note"


def shorten(text: str, words: int = 12) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")
