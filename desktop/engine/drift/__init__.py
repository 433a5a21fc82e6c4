"""Drift: where the meaning changed inside linked groups — figures, dates,
names and titles, quotations and attribution, claims, sentences — each
item typed, with a severity, spans on both sides and a short message.

Reformatting alone is never drift, and an unchanged group has none."""
from __future__ import annotations

import re

from dataclasses import replace
from functools import cached_property
from statistics import median
from typing import Callable

from ..model import HEADING, UNCHANGED, Document, Drift, DriftKind, Group, Severity
from .claims import check_claims
from .context import GroupContext, build_context
from .dates import check_dates
from .hedges import check_hedges, check_intensity, check_status
from .roles import check_roles
from .names import acronyms, check_names, check_titles, document_name_keys, lowercase_words
from .numbers import check_counted, check_numbers
from .quotes import (
    check_attribution, check_credited_across, check_quotation_marks, check_quotations, check_quoted_terms,
    speakers,
)
from .. import e5, encoder
from ..language import language_name, writes_capitals
from .lexicon import (
    PUBLISHING_VERBS, SOURCE_NOUNS, SOURCE_VERBS, SOURCING_WORDS, SPEECH_VERBS, knows_number_words,
    knows_speech_verbs, negations, western_digits,
)
from .lexicon import hedges as hedge_words  # the name "hedges" is the submodule's
from .structure import shorten, check_dateline, check_passages, check_sentences, dateline

Check = Callable[[GroupContext], list[Drift]]
CHECKS: tuple[Check, ...] = (
    check_numbers, check_counted, check_dates, check_names, check_titles, check_quoted_terms, check_quotations,
    check_attribution, check_claims, check_hedges, check_status, check_sentences, check_passages, check_dateline,
)
# Across languages only what survives translation can be compared.
TRANSLATION_CHECKS: tuple[Check, ...] = (
    check_numbers, check_dates, check_names, check_roles, check_quotation_marks, check_credited_across,
    check_hedges, check_status, check_intensity, check_sentences, check_dateline,
)
# Headlines are rewritten as a matter of course: only hard facts count there.
HEADING_CHECKS: tuple[Check, ...] = (check_numbers, check_dates, check_quoted_terms)
SEVERITY_ORDER = {"error": 0, "warning": 1, "note": 2}
CARRIED = ("number", "date", "name")  # what a sentence dropped or added whole takes with it
OUTLIER_MARGIN = 0.35  # below the document's median similarity by this much


class DocumentNames:
    """Name keys and speakers of both whole documents, computed once per
    comparison, and only if a check asks for them."""

    def __init__(self, left: Document, right: Document) -> None:
        self._left, self._right = left, right
        self._digit_runs: dict[str, list[frozenset[str]]] = {}
        self._paragraph_values: dict[tuple[str, int], tuple[frozenset, frozenset]] = {}

    @cached_property
    def left(self) -> frozenset[str]:
        return document_name_keys(p.text for p in self._left.paragraphs)

    @cached_property
    def right(self) -> frozenset[str]:
        return document_name_keys(p.text for p in self._right.paragraphs)

    def running_quotations(self, side: str) -> frozenset[int]:
        """Paragraph ids inside a quotation that runs across paragraphs (see
        ``quotes.running_quotations``)."""
        key = f"_running_{side}"
        if key not in self.__dict__:
            from .quotes import running_quotations

            document = self._left if side == "left" else self._right
            positions = running_quotations(p.text for p in document.paragraphs)
            self.__dict__[key] = frozenset(document.paragraphs[k].id for k in positions)
        return self.__dict__[key]

    @cached_property
    def left_capitals(self) -> bool:
        """Can names be found by their capitals in the original (and below,
        in the other version)? Not in Korean, Chinese, Arabic…"""
        return writes_capitals(" ".join(p.text for p in self._left.paragraphs))

    @cached_property
    def right_capitals(self) -> bool:
        return writes_capitals(" ".join(p.text for p in self._right.paragraphs))

    @cached_property
    def left_lowercase(self) -> frozenset[str]:
        return lowercase_words(p.text for p in self._left.paragraphs)

    @cached_property
    def right_lowercase(self) -> frozenset[str]:
        return lowercase_words(p.text for p in self._right.paragraphs)

    @cached_property
    def left_acronyms(self) -> frozenset[str]:
        return acronyms(p.text for p in self._left.paragraphs)

    @cached_property
    def right_acronyms(self) -> frozenset[str]:
        return acronyms(p.text for p in self._right.paragraphs)

    def says(self, side: str, kind: int, value, digits: str) -> bool:
        """Whether that document (``side``) names ``value`` (kind 0: a
        figure, 1: a day) anywhere: a distinctive one "dropped" from a group
        but said in another moved. Only the paragraphs that hold ``digits``
        are read."""
        document = self._left if side == "left" else self._right
        if side not in self._digit_runs:  # read once per document (setdefault would read it every call)
            self._digit_runs[side] = [frozenset(re.findall(r"\d+", western_digits(p.text)))
                                      for p in document.paragraphs]
        runs = self._digit_runs[side]
        for pid, found in enumerate(runs):
            if digits in found and value in self._values(side, document, pid)[kind]:
                return True
        return False

    def _values(self, side: str, document: Document, pid: int) -> tuple[frozenset, frozenset]:
        key = (side, pid)
        if key not in self._paragraph_values:
            self._paragraph_values[key] = _paragraph_values(document, pid)
        return self._paragraph_values[key]

    @cached_property
    def both(self) -> frozenset[str]:
        return self.left | self.right

    @cached_property
    def left_speakers(self) -> frozenset[str]:
        return frozenset(k for p in self._left.paragraphs
                         for s in speakers(p.text, self._left.language) for k in s.keys)


def _paragraph_values(document: Document, pid: int) -> tuple[frozenset, frozenset]:
    """(figures, days) of one paragraph, read as the checks read a group's."""
    from .context import document_context
    from .dates import mentions
    from .numbers import quantities

    context = document_context(document, pid)
    figures = frozenset(m.value for i in range(len(context.left)) for m in quantities(context, "left", i))
    days = frozenset(m.value for i in range(len(context.left)) for m in mentions(context, "left", i)["day"])
    return figures, days


def unchecked(left: Document, right: Document) -> tuple[str, ...]:
    """What the drift checks cannot judge for this pair of languages, said
    rather than silently skipped."""
    across = left.language != right.language
    notes = []
    unknown = [d.language for d in (left, right) if not encoder.knows(d.language)]
    if across and unknown:
        names = " and ".join(dict.fromkeys(language_name(code) for code in unknown))
        notes.append(f"Names are not checked across {names}: without the main encoder a translated name "
                     "cannot be told from a changed one.")
        if not all(e5.knows(d.language) for d in (left, right)):
            notes.append(f"Sentences added or dropped are not checked across {names}: the encoder cannot "
                         "pair its sentences.")
    for document in (left, right) if across else (left,):
        if document.language in ("", "und"):
            continue  # the language itself is unknown, and said so elsewhere
        name = language_name(document.language)
        if not writes_capitals(" ".join(p.text for p in document.paragraphs)):
            notes.append(f"Names are not checked in {name}: its script has no capitals to find them by.")
        if not knows_number_words(document.language):
            notes.append(f"Figures written as words are not checked in {name}.")
        if not knows_speech_verbs(document.language):
            notes.append(f"Who is quoted is not checked in {name}: Tandem does not know its verbs of saying.")
        if not hedge_words(document.language):
            notes.append(f"Hedges (“reportedly”, “probably”) are not checked in {name}.")
        if not across and not negations(document.language):
            notes.append(f"Negations are not checked in {name}.")
    return tuple(notes)


def group_drift(group: Group, left: Document, right: Document,
                names: DocumentNames | None = None) -> tuple[Drift, ...]:
    if not group.linked or group.edit == UNCHANGED:
        return ()
    names = names or DocumentNames(left, right)
    headings = all(left.paragraphs[i].kind == HEADING for i in group.left)
    across = left.language != right.language
    context = build_context(
        group, {i: left.paragraphs[i].text for i in group.left},
        {j: right.paragraphs[j].text for j in group.right}, left.language, right.language, headings,
        names, across)
    checks = HEADING_CHECKS if headings else TRANSLATION_CHECKS if across else CHECKS
    if across and not (encoder.knows(left.language) and encoder.knows(right.language)):
        # The main encoder cannot tell that Ryssland is Russia in a language
        # it does not know, nor pair its sentences ("sentence dropped" would
        # be said of every one): the second encoder pairs them where it can.
        paired = e5.knows(left.language) and e5.knows(right.language)
        checks = tuple(c for c in checks if c is not check_names and (paired or c is not check_sentences))
    items: list[Drift] = []
    for check in checks:
        items.extend(check(context))
    items = _outside_datelines(items, context)
    items = _not_past_the_cut(items, context, group, left, right)
    items = _credits_only(_inside_whole_sentences(items), context)
    return tuple(sorted(_not_inside_titles(items), key=_position))


def _not_past_the_cut(items: list[Drift], context: GroupContext, group: Group, left: Document,
                      right: Document) -> list[Drift]:
    """Where a version stops in mid-sentence, the sentence it stops in is
    matched with a whole one: what only the whole one says was cut, not
    dropped (or, the other way round, not added)."""
    moot = []  # (side, a whole sentence, the cut sentence it is matched with)
    if _cut_off(right, group.right) and context.right:
        last = len(context.right) - 1
        moot += [("left", context.left[i], context.right[last]) for i in context.partners_of_right.get(last, ())]
    if _cut_off(left, group.left) and context.left:
        last = len(context.left) - 1
        moot += [("right", context.right[j], context.left[last]) for j in context.partners_of_left.get(last, ())]

    def past_the_cut(item: Drift) -> bool:
        """Said of the whole sentence alone, or a word of it said to be
        missing from the cut one ("Intensity dropped: “even”")."""
        for side, sentence, cut in moot:
            span, other = (item.left_span, item.right_span) if side == "left" else (item.right_span, item.left_span)
            paragraph = item.left_paragraph if side == "left" else item.right_paragraph
            if not (span and paragraph == sentence.paragraph and sentence.start <= span[0] and span[1] <= sentence.end):
                continue
            if other is None or (tuple(other) == (cut.start, cut.end) and tuple(span) != (sentence.start, sentence.end)):
                return True
        return False

    return [d for d in items if not past_the_cut(d)]


CREDIT_ONLY_WORDS = 0  # content words of a sentence besides its sourcing and names: it says only who said


def _credits_only(items: list[Drift], context: GroupContext) -> list[Drift]:
    """A sentence added (or dropped) whose one news is who said something
    ("This is referred to in a statement published on the website of the
    UN News Centre"): one change, the attribution's, which quotes it."""
    out = list(items)
    for whole in [d for d in items if d.kind == "sentence" and (d.left_span is None) != (d.right_span is None)]:
        side = "left" if whole.left_span is not None else "right"
        span, paragraph = (whole.left_span, whole.left_paragraph) if side == "left" else \
            (whole.right_span, whole.right_paragraph)
        credit = next((d for d in out if d.kind == "attribution" and
                       (d.left_paragraph if side == "left" else d.right_paragraph) == paragraph
                       and _within(span, d.left_span if side == "left" else d.right_span)), None)
        language = context.left_language if side == "left" else context.right_language
        text = whole.left_text if side == "left" else whole.right_text
        if credit is None or len(_news_words(text, language)) > CREDIT_ONLY_WORDS:
            continue
        out.remove(whole)
        out[out.index(credit)] = replace(credit, message=f"{credit.message}, in a sentence {'dropped' if side == 'left' else 'added'}: “{shorten(text)}”")
    return out


def _news_words(text: str, language: str) -> set[str]:
    """Content words of a sentence other than names and the words of
    saying and sourcing ("statement", "published", "said")."""
    from ..words import content_keys

    plain = " ".join(w for w in re.findall(r"[\w’'\-]+", text) if not w[:1].isupper())
    sourcing = set(content_keys(" ".join(SOURCE_NOUNS | SOURCE_VERBS | PUBLISHING_VERBS | SPEECH_VERBS
                                         | SOURCING_WORDS), language))
    return set(content_keys(plain, language)) - sourcing


def _within(outer, inner) -> bool:
    return bool(outer and inner) and outer[0] <= inner[0] and inner[1] <= outer[1]


def _not_inside_titles(items: list[Drift]) -> list[Drift]:
    """A name inside a changed job title ("at Coastal Watch") or a changed
    speaker is part of that flag."""
    titles = [d for d in items if d.kind in ("title", "attribution")]

    def inside(item: Drift) -> bool:
        return any(t.left_paragraph == item.left_paragraph and _within(t.left_span, item.left_span)
                   or t.right_paragraph == item.right_paragraph and _within(t.right_span, item.right_span)
                   for t in titles)

    return [d for d in items if d.kind != "name" or not inside(d)]


def _inside_whole_sentences(items: list[Drift]) -> list[Drift]:
    """What a sentence dropped (or added) as a whole carried, its figures,
    dates and names, went with it: one flag, the sentence's, as serious as
    the most serious of them (who it credits, or how it quotes, is still
    said apart). A value is flagged once however often it
    occurs, so a value the sentence carries is its, wherever the flag
    points."""
    wholes = [d for d in items if d.kind == "sentence" and (d.left_span is None) != (d.right_span is None)]

    def carries(whole_text: str, value: str) -> bool:
        return bool(value) and re.search(rf"(?<!\w){re.escape(value)}(?!\w)", whole_text, re.IGNORECASE) is not None

    def one_sided_inside(item: Drift, whole: Drift) -> bool:
        if item.kind not in CARRIED or (item.left_span is None) == (item.right_span is None):
            return False
        if whole.left_span is not None:
            return item.right_span is None and (
                item.left_paragraph == whole.left_paragraph and _within(whole.left_span, item.left_span)
                or carries(whole.left_text, item.left_text))
        return item.left_span is None and (
            item.right_paragraph == whole.right_paragraph and _within(whole.right_span, item.right_span)
            or carries(whole.right_text, item.right_text))

    kept, severity = [], {}
    for item in items:
        home = next((w for w in wholes if one_sided_inside(item, w)), None)
        if home is None:
            kept.append(item)
        elif SEVERITY_ORDER[item.severity] < SEVERITY_ORDER[severity.get(id(home), home.severity)]:
            severity[id(home)] = item.severity
    return [replace(d, severity=severity[id(d)]) if id(d) in severity else d for d in kept]


def _outside_datelines(items: list[Drift], context: GroupContext) -> list[Drift]:
    """The date and place of a dateline added or dropped are one flag, not three."""
    def ends(texts: dict[int, str]) -> dict[int, int]:
        return {pid: m.end(1) for pid, m in ((pid, dateline(t)) for pid, t in texts.items()) if m}

    right, left = ends(context.right_texts), ends(context.left_texts)

    def in_line(span, paragraph, lines, other_span) -> bool:
        return other_span is None and span is not None and paragraph in lines and span[0] < lines[paragraph]

    return [d for d in items if d.kind == "dateline" or not (
        in_line(d.right_span, d.right_paragraph, right, d.left_span)
        or in_line(d.left_span, d.left_paragraph, left, d.right_span))]


def _position(item: Drift):
    return (item.left_paragraph if item.left_paragraph is not None else -1,
            item.left_span[0] if item.left_span else -1, SEVERITY_ORDER[item.severity])


def _similarity_means(left: Document, right: Document) -> bool:
    """Across languages a group's similarity is the encoder's: it says
    nothing where the encoder does not know one of them (Ukrainian, Norwegian)."""
    return left.language == right.language or (encoder.knows(left.language) and encoder.knows(right.language))


def _cut_off(document: Document, pids) -> bool:
    """The document stops inside this paragraph (its last, ending with no
    closing punctuation): a page copied only in part, not a rewrite."""
    last = len(document.paragraphs) - 1
    return last in pids and not re.search(r"[.!?…»”\"')\]。！？]\s*$", document.paragraphs[last].text)


def with_outliers(groups: tuple[Group, ...], left: Document, right: Document | None = None) -> tuple[Group, ...]:
    """A linked group rewritten far more than the document's other groups
    (not one where a side was cut off mid-sentence)."""
    linked = [g.similarity for g in groups if g.linked]
    if len(linked) < 3 or right is not None and not _similarity_means(left, right):
        return groups
    middle = median(linked)
    out = []
    for group in groups:
        heading = group.left and all(left.paragraphs[i].kind == HEADING for i in group.left)
        cut = _cut_off(left, group.left) or (right is not None and _cut_off(right, group.right))
        # Across languages the similarity is the encoder's: where each sentence still found its
        # counterpart, a low one says more of the encoder's reading of that language than of a rewrite.
        accounted = right is not None and left.language != right.language and not any(
            d.kind == "sentence" for d in group.drift)
        if group.linked and not heading and not cut and not accounted and group.similarity < middle - OUTLIER_MARGIN:
            note = Drift(DriftKind.REWRITTEN, Severity.NOTE,
                         f"Rewritten far more than the rest (similarity {group.similarity:.0%}, "
                         f"typical {middle:.0%}); check the meaning",
                         left_paragraph=group.left[0], right_paragraph=group.right[0])
            group = replace(group, drift=group.drift + (note,))
        out.append(group)
    return tuple(out)
