"""Dates and times: years, days and months, weekdays and relative
expressions ("in 2016" / "last year", "today" / "on Friday")."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..model import Drift
from .context import GroupContext, Mention, said_elsewhere, same_place, surplus
from .lexicon import (
    CJK_DAY, CJK_MONTH, CJK_YEAR, MONTH_PREPOSITIONS, month_abbreviations, month_stems, months, relative_times, weekdays,
    western_digits,
)

_YEAR = re.compile(r"(?<![\w.,/-])(1[89]\d\d|20\d\d)(?![\w%]|[.,]\d)")
_DAY_TO_MONTH = r"(?:\.\s*|(?:er|º)?\s+)(?:de\s+)?"  # "9. Mai", "9.Mai", "9 mai", "1er mai", "22 de septiembre"
_YEAR_RANGE_END = re.compile(r"[/–-](\d{2})(?![\w%]|[.,]\d)")  # the "55" of "1954/55"
_CJK_DAY_MONTH = re.compile(rf"(\d{{1,2}})\s*[{CJK_MONTH}]\s*(\d{{1,2}})\s*[{CJK_DAY}]")
_CJK_MONTH = re.compile(rf"(?<!\d)(\d{{1,2}})\s*[{CJK_MONTH}](?!\s*\d{{1,2}}\s*[{CJK_DAY}])")
_CJK_YEAR = re.compile(rf"(?<!\d)(1[89]\d\d|20\d\d)\s*[{CJK_YEAR}]")
_CJK_MONTH_AFTER = re.compile(rf"\s*[{CJK_MONTH}]")
_CJK_DAY_AFTER = re.compile(rf"\s*[{CJK_DAY}]")
_CJK_MONTH_BEFORE = re.compile(rf"[{CJK_MONTH}]\s*$")
_LOWERCASE_MONTHS = {"ru", "uk", "fr", "es", "it", "pt", "nl", "sv", "da", "no", "nb", "pl", "cs"}
_KINDS = ("year", "day", "month", "weekday", "relative")
# "May" the month, not the verb: capitalised, or next to a day or a year.
_AMBIGUOUS_MONTHS = {"may", "mar", "march", "jan", "dec", "sept", "set", "ago"}  # words too: "mar" is Spanish for sea


class _Calendar:
    """The month and weekday patterns of one language (and English)."""

    def __init__(self, language: str) -> None:
        self.months, self.weekdays = months(language), weekdays(language)
        words = "|".join(sorted(map(re.escape, self.months), key=len, reverse=True))
        self.day_month = re.compile(
            rf"\b(\d{{1,2}}){_DAY_TO_MONTH}({words})\b\.?"
            rf"|\b({words})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?![.,]\d)", re.IGNORECASE)  # not "maart 3,5 procent"
        self.month = re.compile(rf"\b({words})\b", re.IGNORECASE)
        self.month_after = re.compile(rf"{_DAY_TO_MONTH}({words})\b", re.IGNORECASE)
        self.month_before = re.compile(rf"\b({words})\.?\s+$", re.IGNORECASE)
        self.weekday = re.compile(r"\b(" + "|".join(map(re.escape, self.weekdays)) + r")\b", re.IGNORECASE)
        self.month_set = frozenset(self.months)
        self.stems = month_stems(language)
        self.stem = re.compile(r"\b(" + "|".join(sorted(map(re.escape, self.stems), key=len, reverse=True))
                               + r")\w{0,6}\b", re.IGNORECASE) if self.stems else None
        self.prepositions = frozenset(MONTH_PREPOSITIONS.get(language, "").split())
        self.weekday_set = frozenset(self.weekdays)
        self.relative_meanings = relative_times(language)
        self.relative = re.compile("|".join(_phrase_pattern(p) for p in sorted(
            self.relative_meanings, key=len, reverse=True)), re.IGNORECASE)
        # A cheap first look: the longest word of each phrase, or the phrase where words touch.
        self.relative_words = frozenset(max(re.findall(r"[^\W\d_]+", p), key=len, default=p)
                                        for p in self.relative_meanings if _spaced(p))
        self.relative_unspaced = tuple(p for p in self.relative_meanings if not _spaced(p))

    def may_have_relative(self, words: set[str], lower: str) -> bool:
        return bool(words & self.relative_words) or any(p in lower for p in self.relative_unspaced)


def _spaced(phrase: str) -> bool:
    """Does the phrase's script put spaces between words (not Korean, Japanese, Chinese)?"""
    last = phrase[-1]
    return last.isascii() or unicodedata.name(last, "").split(" ")[0] in ("LATIN", "CYRILLIC", "GREEK")


def _phrase_pattern(phrase: str) -> str:
    """A phrase as a whole word where its script has spaces between words;
    in Korean, Japanese and Chinese it may touch what follows (작년에, 昨年の)."""
    escaped = re.sub(r"[’']", "[’']", re.escape(phrase).replace("\\ ", r"\s+"))
    return rf"(?<!\w)({escaped})(?!\w)" if _spaced(phrase) else rf"({escaped})"


@lru_cache(maxsize=None)
def calendar(language: str) -> _Calendar:
    return _Calendar(language)


def touches_month(text: str, start: int, end: int, language: str = "en") -> bool:
    """Is the number at start:end the day of a date ("22 Dec.", "May 3",
    "22 décembre", "22 de septiembre")?"""
    # Only the few characters around: searching the whole sentence for every
    # figure would be quadratic in long, figure-heavy text.
    if _CJK_MONTH_AFTER.match(text, end) or (
            _CJK_DAY_AFTER.match(text, end) and _CJK_MONTH_BEFORE.search(text[max(0, start - 3):start])):
        return True  # 12월 22일: a date (22일 alone may be 22 days)
    words = calendar(language)
    after = words.month_after.match(text[end:end + 20])
    before = words.month_before.search(text[max(0, start - 16):start])
    return bool(after or before)


def _is_month(text: str, match: re.Match, language: str = "en") -> bool:
    word = match.group(0)
    if language in _LOWERCASE_MONTHS and word[0].isupper() and match.start() > 0:
        return False  # "Марта" mid-sentence is a name: Russian months are lowercase
    around = text[max(0, match.start() - 4):match.end() + 6]
    if word.lower() in month_abbreviations(language) and not re.search(r"\d", around) \
            and not text.startswith(".", match.end()):
        return False  # "pro" alone is Czech "for": a short form is a month only in a date
    if word.lower() not in _AMBIGUOUS_MONTHS:
        return True
    return word[0].isupper() and (bool(re.search(r"\d", around)) or match.start() > 0)


def mentions(context: GroupContext, side: str, sentence: int) -> dict[str, list[Mention]]:
    return context.memo(("dates", side, sentence), lambda: _mentions(context, side, sentence))


def _mentions(context: GroupContext, side: str, sentence: int) -> dict[str, list[Mention]]:
    s = (context.left if side == "left" else context.right)[sentence]
    text = western_digits(s.text)  # ٢٠١٧ is 2017; one character for one, so spans stay
    language = context.left_language if side == "left" else context.right_language
    words_of = calendar(language)
    found: dict[str, list[Mention]] = {kind: [] for kind in _KINDS}
    words = set(re.findall(r"[^\W\d_]+", text.lower()))
    has_digit = any(c.isdigit() for c in text)
    has_month = bool(words & words_of.month_set) or bool(words_of.stem and words_of.stem.search(text))
    lower = text.lower()
    relative = list(words_of.relative.finditer(text)) if words_of.may_have_relative(words, lower) else []
    if not (has_digit or has_month or words & words_of.weekday_set or relative):
        return found  # most sentences name no date at all
    for m in _YEAR.finditer(text) if has_digit else ():
        found["year"].append(context.mention(side, sentence, m.start(), m.end(), int(m.group(1))))
        second = _YEAR_RANGE_END.match(text, m.end())
        if second and int(second.group(1)) > int(m.group(1)[2:]):  # "1954/55": 1954 and 1955
            year = int(m.group(1)[:2] + second.group(1))
            found["year"].append(context.mention(side, sentence, second.start(1), second.end(1), year))
    taken = _figure_dates(context, side, sentence, text, found) if has_digit else []
    for m in words_of.day_month.finditer(text) if has_digit and has_month else ():
        day = int(m.group(1) or m.group(4))
        word = (m.group(2) or m.group(3)).lower()
        month = words_of.months[word]
        # "22 Dec." keeps its dot; "25 April." ends the sentence
        end = m.end() - 1 if m.group().endswith(".") and word not in month_abbreviations(language) else m.end()
        found["day"].append(context.mention(side, sentence, m.start(), end, (month, day)))
        taken.append((m.start(), m.end()))
    for m in words_of.month.finditer(text) if has_month else ():
        if any(a <= m.start() < b for a, b in taken) or not _is_month(text, m, language):
            continue
        found["month"].append(context.mention(side, sentence, m.start(), m.end(), words_of.months[m.group(1).lower()]))
    found["month"].extend(_inflected_months(context, side, sentence, text, words_of, taken, found["month"]))
    for m in words_of.weekday.finditer(text):
        found["weekday"].append(context.mention(side, sentence, m.start(), m.end(),
                                                words_of.weekdays[m.group(1).lower()]))
    for m in relative:
        phrase = re.sub(r"\s+", " ", m.group().lower()).replace("'", "’")
        meaning = words_of.relative_meanings.get(phrase, phrase)
        found["relative"].append(context.mention(side, sentence, m.start(), m.end(), meaning))
    return found


def _inflected_months(context: GroupContext, side: str, sentence: int, text: str, words_of: _Calendar,
                      taken: list[tuple[int, int]], months_found: list[Mention]) -> list[Mention]:
    """Months in a case CLDR does not list ("v únoru", "в лютому", "z
    lednových"): a word beginning as the month does, after a preposition or
    beside a figure (alone, "лютий" is also "fierce")."""
    found = []
    if words_of.stem is None:
        return found
    for m in words_of.stem.finditer(text):
        if m.group(0).lower() in words_of.month_set or any(a <= m.start() < b for a, b in taken) \
                or any(x.start <= m.start() < x.end for x in months_found):
            continue
        before = re.findall(r"\w+", text[max(0, m.start() - 8):m.start()])
        near_figure = re.search(r"\d", text[max(0, m.start() - 6):m.end() + 6])
        if near_figure or (before and before[-1].lower() in words_of.prepositions):
            number = words_of.stems[m.group(1).lower()]
            found.append(context.mention(side, sentence, m.start(), m.end(), number))
    return found


def _figure_dates(context: GroupContext, side: str, sentence: int, text: str,
                  found: dict[str, list[Mention]]) -> list[tuple[int, int]]:
    """Dates written as figures with units (12월 22일, 3月); the spans taken."""
    taken = []
    for m in _CJK_YEAR.finditer(text):
        found["year"].append(context.mention(side, sentence, m.start(), m.start() + len(m.group(1)), int(m.group(1))))
    for m in _CJK_DAY_MONTH.finditer(text):
        found["day"].append(context.mention(side, sentence, m.start(), m.end(), (int(m.group(1)), int(m.group(2)))))
        taken.append((m.start(), m.end()))
    for m in _CJK_MONTH.finditer(text):
        if 1 <= int(m.group(1)) <= 12:
            found["month"].append(context.mention(side, sentence, m.start(), m.end(), int(m.group(1))))
    return taken


def _day_like(mention: Mention) -> bool:
    """"today" and "on Friday" name a day; "in recent years" a period."""
    return isinstance(mention.value, int) or str(mention.value).startswith("day")


def _collect(context: GroupContext, side: str, sentences: list[int]) -> dict[str, list[Mention]]:
    merged: dict[str, list[Mention]] = {kind: [] for kind in _KINDS}
    for index in sentences:
        for kind, items in mentions(context, side, index).items():
            merged.setdefault(kind, []).extend(items)
    return merged


def check_dates(context: GroupContext) -> list[Drift]:
    left = _collect(context, "left", context.matched_left())
    right = _collect(context, "right", context.matched_right())
    items = []
    relative_right = surplus(right["relative"] + right["weekday"], left["relative"] + left["weekday"])
    relative_left = surplus(left["relative"] + left["weekday"], right["relative"] + right["weekday"])
    for kind, label in (("year", "Year"), ("day", "Date"), ("month", "Month")):
        items.extend(_compare_kind(context, kind, label, left[kind], right[kind], relative_right,
                                   left["relative"] + left["weekday"]))
    for mention in relative_left:
        partner = next((r for r in relative_right if context.paired(mention.sentence, r.sentence)
                        and _day_like(r) == _day_like(mention)), None)
        if partner is not None:
            relative_right.remove(partner)
            items.append(context.item("date", "warning",
                                      f"“{mention.text}” became “{partner.text}”", mention, partner))
    # A time reference found on one side only ("today", "in recent years")
    # is left unsaid either way: a rewrite drops and adds them as a matter of
    # course, and reporting only one direction would make drift depend on
    # which version is called the original.
    return items


def _compare_kind(context, kind, label, left, right, relative_right, relative_left=()) -> list[Drift]:
    extra_left, extra_right = surplus(left, right), surplus(right, left)
    items = []
    dropped: list[Mention] = []
    for mention in extra_left:
        if kind in ("day", "year") and _made_relative(context, mention, relative_right):
            continue  # "le 22 décembre 2017" / "today": the mirror of a day made explicit
        partner = _partner(context, mention, extra_right)
        relative = _partner(context, mention, relative_right)
        if partner is not None and relative is not None:
            # Both could have taken its place: the one standing where it stood did.
            if same_place(context, mention, relative) > same_place(context, mention, partner):
                partner = None
        if partner is not None:
            extra_right.remove(partner)
            items.append(context.item("date", "error", f"{label} “{mention.text}” became “{partner.text}”",
                                      mention, partner))
        elif relative is not None:
            relative_right.remove(relative)
            items.append(context.item("date", "warning",
                                      f"{label} “{mention.text}” became “{relative.text}”", mention, relative))
        elif not (kind == "day" and said_elsewhere(context, "left", 1, mention)):
            dropped.append(mention)  # a day the other version gives in another paragraph moved
    items.extend(_dropped(context, label, dropped))
    for mention in extra_right:
        if kind in ("day", "year") and _made_explicit(context, mention, relative_left):
            continue  # "today" / "le 22 décembre 2017": the day named, not changed
        if kind == "day" and said_elsewhere(context, "right", 1, mention):
            continue
        items.append(context.item("date", "note", f"{label} “{mention.text}” was added", right=mention))
    return items


def _made_explicit(context: GroupContext, mention: Mention, relative_left) -> bool:
    """A date added where the corresponding sentence says "today" (or a
    weekday): the rewrite named the day the release left relative."""
    return any(_day_like(r) and context.paired(r.sentence, mention.sentence) for r in relative_left)


def _made_relative(context: GroupContext, mention: Mention, relative_right) -> bool:
    return any(_day_like(r) and context.paired(mention.sentence, r.sentence) for r in relative_right)


def _partner(context: GroupContext, mention: Mention, candidates: list[Mention]) -> Mention | None:
    paired = [c for c in candidates if context.paired(mention.sentence, c.sentence)]
    return max(paired, key=lambda c: same_place(context, mention, c), default=None)


def _dropped(context: GroupContext, label: str, dropped: list[Mention]) -> list[Drift]:
    """Several dates dropped from one sentence ("in 2015 and 2016") are one flag."""
    by_sentence: dict[int, list[Mention]] = {}
    for mention in dropped:
        by_sentence.setdefault(mention.sentence, []).append(mention)
    items = []
    for group in by_sentence.values():
        first, last = group[0], group[-1]
        text = context.left_texts[context.left[first.sentence].paragraph][first.start:last.end]
        span = Mention(None, text, first.sentence, first.start, last.end)
        words = " and ".join(f"“{m.text}”" for m in group)
        plural = "s" if len(group) > 1 else ""
        items.append(context.item("date", "warning", f"{label}{plural} {words} dropped", left=span))
    return items
