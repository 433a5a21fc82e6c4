"""Figures and quantities: compared by value, whatever their format
("3,5 %" and "3.5%", "1.5 million" and "1,500,000", "four" and "4")."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from functools import lru_cache

from ..model import Drift
from ..words import content_keys
from .context import GroupContext, Mention, said_elsewhere, same_place, surplus
from .lexicon import (
    CASE_ENDINGS, CURRENCY_SYMBOLS, FIGURE_IDIOMS, FIGURES_TOUCH, MULTIPLIERS, NUMBER_WORD_PREFIXES, POINT_FRACTIONS, PERCENT_BEFORE, PERCENTAGE_POINTS, PERCENT_WORDS,
    SCALES_ONLY_TOUCHING, SCALES_TOUCH, SPELT_MULTIPLIERS, STEM_LETTERS, TIME_AFTER, TIME_BEFORE, TOUCHING_SCALES, knows_number_words,
    VAGUE_QUANTITIES, VULGAR_FRACTIONS, number_stems, number_words, scale_words, western_digits,
)

_SPACE = "[ \u00a0\u202f\u2009]"
_PERCENT = "|".join(sorted((re.escape(w) for w in PERCENT_WORDS if w != "процент"), key=len, reverse=True)) + r"|процент\w*"
_PERCENT_BEFORE = "|".join(map(re.escape, PERCENT_BEFORE))
_POINTS = frozenset(PERCENTAGE_POINTS)
_MULTIPLIERS = frozenset(MULTIPLIERS)
_TIMES = "|".join(sorted(map(re.escape, MULTIPLIERS), key=len, reverse=True))
_UNITS = "|".join(sorted((re.escape(w) for w in PERCENTAGE_POINTS), key=len, reverse=True)) + "|" + _PERCENT \
    + "|" + _TIMES
_HOURS_MINUTES = r"(?<![\w.,:])([01]?\d|2[0-3])(?:\s?(:|h\.?|\.)\s?)([0-5]\d)(?![\d:]|[.,]\d)"  # 15 h. 30: older French
_TIME = re.compile(
    rf"(?:(?<!\w)({'|'.join(sorted(map(re.escape, TIME_BEFORE), key=len, reverse=True))})\s+)?{_HOURS_MINUTES}"
    rf"(?:\s?({'|'.join(sorted(map(re.escape, TIME_AFTER), key=len, reverse=True))})(?!\w))?",
    re.IGNORECASE)
UNIT_NONE, UNIT_PERCENT, UNIT_POINTS, UNIT_TIME, UNIT_TIMES = "", "%", "pp", "time", "×"
_DIGITS = rf"(\d{{1,3}}(?:{_SPACE}\d{{3}})+(?![\d.,])|\d+(?:[.,]\d+)*)"
# Not inside a word ("A4", "COVID19"), except in the scripts that write a
# figure against the word before it (的1200万, و١٫٥).
# After a short abbreviation's dot ("S.298", "Nr.212", "p.83") a figure starts
# as after a space: the dot ends a word, not a decimal.
_AFTER_ABBREVIATION = "|".join(rf"(?<=(?<!\w)[^\W\d_]{{{n}}}\.)" for n in (1, 2, 3))
_BEFORE = rf"(?:(?<![\w.,/:-])|{_AFTER_ABBREVIATION})"
_BEFORE_TOUCHING = r"(?<![A-Za-z\u00c0-\u024f\u0400-\u04ff\d.,/:-])"
_IDIOM = re.compile(rf"(?<![\w.,])(?:{'|'.join(FIGURE_IDIOMS)})(?!\w)", re.IGNORECASE)


def _scale_part(language: str) -> str:
    """An optional scale after a figure: one or two words ("million",
    "mil millones"), or a unit touching it in Chinese, Japanese, Korean (万)."""
    table = [w for w in scale_words(language) if w not in SCALES_ONLY_TOUCHING]
    # Long scale words take a case ending ("1,2 milionu", "1,2 мільйона"; num2words: milion, мільйон).
    inflected = [re.escape(w) + r"\w{0,2}" for w in table if len(w) >= _INFLECTED_SCALE and w.isalpha()] \
        if language in CASE_ENDINGS else []  # "milles" in French is miles, not thousands
    # apart from the figure, "m" is a million only against a currency sign ("12 M€"), else metres
    before_currency = [re.escape(w) + rf"(?=[{re.escape(''.join(CURRENCY_SYMBOLS))}])" for w in SCALES_ONLY_TOUCHING]
    words = "|".join(sorted(map(re.escape, table), key=len, reverse=True) + inflected + before_currency)
    if language in SCALES_TOUCH:  # 1200万欧元: the unit touches the figure and the word after it
        return rf"(?:\s?((?:{words})(?:\s+(?:{words}))?))?"
    touching = "|".join(TOUCHING_SCALES)
    return rf"(?:(?:\s+((?:{words})(?:\s+(?:{words}))?)|({touching}))(?!\w))?"


@lru_cache(maxsize=None)
def _figures(language: str) -> re.Pattern:
    before = _BEFORE_TOUCHING if language in FIGURES_TOUCH else _BEFORE
    return re.compile(rf"(?:(?<!\w)({_PERCENT_BEFORE})\s?)?(?=\d){before}{_DIGITS}(?:\s?([{VULGAR_FRACTIONS}]))?"
                      rf"(?:\s?({_UNITS}))?{_scale_part(language)}", re.IGNORECASE)


_INFLECTED_SCALE = 5  # letters a scale word needs before an ending after it counts ("m" + "m" is no million)


def _scale(words: str | None, language: str) -> float:
    table = scale_words(language)
    value = 1.0
    for word in (words or "").lower().split():
        found = next((table[word[:cut]] for cut in (len(word), len(word) - 1, len(word) - 2)
                      if word[:cut] in table), 1.0)
        value *= found
    return value


@lru_cache(maxsize=None)
def _word_numbers(language: str) -> tuple[re.Pattern, frozenset[str], dict[str, int]]:
    """The figures written as words in ``language``: a pattern, the words'
    first tokens (to skip sentences quickly), and their values."""
    words = number_words(language)
    prefixes = "|".join(map(re.escape, NUMBER_WORD_PREFIXES.get(language, ())))
    pattern = re.compile(
        (rf"\b(?:{prefixes})?(" if prefixes else r"\b(") + "|".join(sorted(map(re.escape, words), key=len, reverse=True))
        + r")\b" rf"(?:\s+({_PERCENT}|{_TIMES}))?{_scale_part(language)}",
        re.IGNORECASE,
    ) if words else None
    firsts = frozenset(re.split(r"[\s-]", w)[0] for w in words)
    return pattern, firsts, words


_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
_DECIMAL_COMMA_LANGUAGES = {"ru", "de", "fr", "es", "it", "pt", "nl", "uk", "pl", "cs"}


def parse_number(raw: str, language: str) -> float | None:
    """A figure as written, to its value: thousands separators and decimal
    marks of either convention."""
    text = re.sub(_SPACE, "", raw)
    if "," in text and "." in text:
        decimal = "," if text.rfind(",") > text.rfind(".") else "."
        thousands = "." if decimal == "," else ","
        text = text.replace(thousands, "").replace(decimal, ".")
    elif "," in text:
        groups = text.split(",")
        if len(groups) > 2 or (len(groups[-1]) == 3 and language not in _DECIMAL_COMMA_LANGUAGES):
            text = text.replace(",", "")
        else:
            text = text.replace(",", ".")
    elif text.count(".") > 1 or (re.fullmatch(r"\d{1,3}\.\d{3}", text) and language in _DECIMAL_COMMA_LANGUAGES):
        text = text.replace(".", "")
    try:
        return float(text)
    except ValueError:
        return None


def quantities(context: GroupContext, side: str, sentence: int) -> list[Mention]:
    return context.memo(("quantities", side, sentence), lambda: _quantities(context, side, sentence))


def _quantities(context: GroupContext, side: str, sentence: int, skip_years: bool = True) -> list[Mention]:
    s = (context.left if side == "left" else context.right)[sentence]
    language = context.left_language if side == "left" else context.right_language
    text = western_digits(s.text)
    found, taken = [], [m.span() for m in _IDIOM.finditer(text)]  # no figure inside an idiom
    pattern = _point_fractions(language)
    for match in pattern.finditer(text) if pattern is not None and "point" in text else ():
        taken.append(match.span())
        value = POINT_FRACTIONS[language][re.sub(r"\s+", " ", match.group(1).lower())]
        found.append(context.mention(side, sentence, match.start(), match.end(), (value, UNIT_POINTS)))
    for match in _TIME.finditer(text):
        cue_before, hours, mark, minutes, cue_after = match.groups()
        if mark == "." and not (cue_before or cue_after):
            continue  # "10.30" alone is a decimal
        start = match.start(2)
        taken.append((start, match.end()))
        found.append(context.mention(side, sentence, start, match.end(), (int(hours) * 60 + int(minutes), UNIT_TIME)))
    for match in _figures(language).finditer(text):
        if any(a <= match.start() and match.end() <= b for a, b in taken):
            continue
        taken.append(match.span())
        percent_before, raw, fraction, percent, scale, touching = (match.groups() + (None,))[:6]
        percent, scale = percent or percent_before, scale or touching
        if skip_years and not percent and not scale and _YEAR.match(raw):
            continue  # years are dates, checked as such
        if _is_day_of_month(text, match, language):
            continue
        value = parse_number(raw, language)
        if value is None:
            continue
        if fraction:  # "1 ½ m", "2½ years"
            value += unicodedata.numeric(fraction)
        value *= _scale(scale, language)
        found.append(context.mention(side, sentence, match.start(), match.end(), (round(value, 6), _unit(percent))))
    pattern, firsts, words = _word_numbers(language)
    if pattern is None or not (firsts.intersection(re.split(r"[\s-]", s.text.lower()))
                               or language in NUMBER_WORD_PREFIXES):
        return found
    for match in pattern.finditer(s.text):
        if any(a < match.end() and match.start() < b for a, b in taken):
            continue  # "45 pour cent": "cent" is part of the figure's percent
        if _after_vague_quantity(s.text, match.start()):
            continue  # "desítky tisíc": tens of thousands, no figure
        value = words[match.group(1).lower()] * _scale(match.group(3) or (match.groups() + (None,))[3], language)
        found.append(context.mention(side, sentence, match.start(), match.end(), (float(value), _unit(match.group(2)))))
    return found


def _after_vague_quantity(text: str, at: int) -> bool:
    before = re.findall(r"\w+", text[max(0, at - 30):at])
    return bool(before) and before[-1].lower() in VAGUE_QUANTITIES


@lru_cache(maxsize=None)
def _point_fractions(language: str) -> re.Pattern | None:
    """"a quarter of a percentage point", "a half-point", "quarter point"."""
    words = POINT_FRACTIONS.get(language)
    if not words:
        return None
    alternatives = "|".join(sorted((re.escape(w).replace("\\ ", r"\s+") for w in words), key=len, reverse=True))
    return re.compile(rf"(?<!\w)({alternatives})(?:\s+of\s+a)?[\s-]+(?:percentage[\s-]+)?point\b", re.IGNORECASE)


def _unit(written: str | None) -> str:
    if not written:
        return UNIT_NONE
    if written.lower() in _MULTIPLIERS:
        return UNIT_TIMES
    return UNIT_POINTS if written.lower() in _POINTS else UNIT_PERCENT


DISTINCTIVE_FROM = 100  # a whole number this large rarely recurs by chance ("four" does)


def _distinctive(mention: Mention) -> bool:
    """A figure no other passage says by chance: with a unit or a scale, a
    fraction, or a large number."""
    value, unit = mention.value
    return unit != UNIT_NONE or value != int(value) or value >= DISTINCTIVE_FROM


def _said_in_words(mention: Mention) -> bool:
    """"2倍" / "twice": a small multiplier the other side may say in words;
    "1株当たり" / "per share", "one of": a bare one, which every language says
    with an article as often as with a figure."""
    return (mention.value[1] == UNIT_TIMES and mention.value[0] in SPELT_MULTIPLIERS) or mention.value == (1.0, UNIT_NONE)


def _is_day_of_month(text: str, match: re.Match, language: str) -> bool:
    from .dates import touches_month

    return len(match.group(2)) <= 2 and touches_month(text, match.start(2), match.end(), language)


def _show(mention: Mention) -> str:
    return f"“{mention.text.strip()}”"


def _comparable(mention: Mention, other_language: str) -> bool:
    """A figure in digits can be looked for anywhere; one written as a word
    only where the other language's number words are known."""
    return _in_digits(mention) or knows_number_words(other_language)


def check_numbers(context: GroupContext) -> list[Drift]:
    """Figures are compared over the whole group (a figure may move to another
    sentence). A figure missing on one side and a different one in the same
    place of the matching sentence is a change; one found nowhere on the
    other side is a drop or an addition."""
    left = [m for i in context.matched_left() for m in quantities(context, "left", i)]
    right = [m for j in context.matched_right() for m in quantities(context, "right", j)]
    all_left = {m.value for i in range(len(context.left)) for m in quantities(context, "left", i)}
    all_right = {m.value for j in range(len(context.right)) for m in quantities(context, "right", j)}
    left, right = _touching_m_read_by(left, all_right), _touching_m_read_by(right, all_left)
    all_left, all_right = all_left | {m.value for m in left}, all_right | {m.value for m in right}
    extra_left, extra_right = surplus(left, right), surplus(right, left)
    if context.across:  # a number word is lost only if the other side's number words are known
        extra_left = [m for m in extra_left if _comparable(m, context.right_language)]
        extra_right = [m for m in extra_right if _comparable(m, context.left_language)]
        extra_left, extra_right = _unit_unread(context, extra_left, extra_right)
    items: list[Drift] = []
    reported: set = set()
    for mention in extra_left:
        partner = next((r for r in extra_right if context.paired(mention.sentence, r.sentence)
                        and _comparable_units(r, mention) and same_place(context, mention, r)), None)
        if partner is None and context.across:
            partner = _only_one_in_place(context, mention, extra_left, extra_right)
        if partner is not None:
            extra_right.remove(partner)
            items.append(context.item("number", "error",
                                      f"Figure {_show(mention)} became {_show(partner)}", mention, partner))
        elif mention.value not in all_right and mention.value not in reported and not _said_in_words(mention) \
                and not (_distinctive(mention) and said_elsewhere(context, "left", 0, mention)) \
                and not (context.across and _inflected(mention, context.right_texts, context.right_language)) \
                and not counted_out(mention, context.right_texts):
            reported.add(mention.value)  # "four … all four" dropped is one change to read
            items.append(context.item("number", "warning", f"Figure {_show(mention)} was dropped", left=mention))
    reported = set()
    for mention in extra_right:
        if mention.value not in all_left and mention.value not in reported and not _said_in_words(mention) \
                and not (_distinctive(mention) and said_elsewhere(context, "right", 0, mention)) \
                and not (context.across and _inflected(mention, context.left_texts, context.left_language)) \
                and not counted_out(mention, context.left_texts):
            reported.add(mention.value)
            items.append(context.item("number", "warning", f"Figure {_show(mention)} was added", right=mention))
    return items


_TOKEN = re.compile(r"[^\W_][\w’'-]*|,|[^\w\s]")
MAX_COUNTED_OUT = 12  # a list is counted from three names
MAX_NAME_WORDS = 3
MAX_CONJUNCTION = 4  # letters: and, e, und, og, och, и, a, ve, y, et, i, en …


def counted_out(mention: Mention, other_texts: dict[int, str]) -> bool:
    """"The four countries" where the other version names them, "Armenia,
    Belarus, Kazakhstan and Kyrgyzstan": a small count spelt out as its
    list is not dropped (nor the count added where the list was)."""
    count = _count(mention)
    return count is not None and any(count == n for text in other_texts.values() for n, _, _ in name_lists(text))


def _count(mention: Mention) -> int | None:
    value, unit = mention.value
    if unit != UNIT_NONE or value != int(value) or not 3 <= value <= MAX_COUNTED_OUT:
        return None
    return int(value)


def counts_of(context: GroupContext, side: str) -> set[int]:
    """The small counts a side's sentences give ("the four countries")."""
    return {c for i in range(len(getattr(context, side))) for m in quantities(context, side, i)
            if (c := _count(m)) is not None}


def name_lists(text: str) -> list[tuple[int, int, int]]:
    """Lists of three names or more in the text, as (how many, start, end):
    names of one to three capitalised words, commas between them, any short
    word before the last ("Armenia, Belarus, Kazakhstan and Kyrgyzstan")."""
    tokens = list(_TOKEN.finditer(text))
    words = [t.group() for t in tokens]
    found = []
    for start in range(len(words)):
        before = words[max(0, start - 2):start]
        inside = bool(before) and (_capitalised(before[-1]) or before[-1] == "," and _capitalised(before[0]))
        if inside or not _capitalised(words[start]):
            continue  # a list is read from its first name only
        count, at = _list_from(words, start)
        if count:
            found.append((count, tokens[start].start(), tokens[at - 1].end()))
    return found


def _list_from(words: list[str], start: int) -> tuple[int, int]:
    """(names in the list opening at ``start``, the word index past it); 0 if none."""
    count, at = 0, start
    while True:
        end = _name_end(words, at)
        if end == at:
            return 0, at
        count, at = count + 1, end
        comma = at < len(words) and words[at] == ","
        after = at + 1 if comma else at
        if count >= 2 and after < len(words) and _conjunction(words[after]) \
                and _name_end(words, after + 1) > after + 1:
            return count + 1, _name_end(words, after + 1)
        if not comma:
            return 0, at  # two names with no comma ("He met Anna") are no list to count
        at = after


def _name_end(words: list[str], at: int) -> int:
    end = at
    while end < len(words) and end - at < MAX_NAME_WORDS and _capitalised(words[end]):
        end += 1
    return end


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _conjunction(word: str) -> bool:
    return word.isalpha() and word.islower() and len(word) <= MAX_CONJUNCTION


# A scale written against the figure that apart from it is a unit ("8222m" / "8222 m").
_TOUCHING_M = re.compile(rf"\d(?:{'|'.join(map(re.escape, SCALES_ONLY_TOUCHING))})$", re.IGNORECASE)


def _touching_m_read_by(mentions: list[Mention], theirs: set) -> list[Mention]:
    """"8222m" is a million in press copy ("€1.5m") and metres in a climber's
    notes: where the other side has the bare figure ("8222 m") and not the
    million, it is the figure."""
    out = []
    for mention in mentions:
        value, unit = mention.value
        bare = (round(value / 1e6, 6), unit)
        if _TOUCHING_M.search(mention.text) and mention.value not in theirs and bare in theirs:
            mention = replace(mention, value=bare)
        out.append(mention)
    return out


def _only_one_in_place(context: GroupContext, mention: Mention, extra_left: list[Mention],
                       extra_right: list[Mention]) -> Mention | None:
    """Across languages the words around a figure are other words: a figure
    gone from a sentence and one new in its counterpart, each the only one of
    its unit there, took each other's place ("3.1 percent" / "3,3 %"), when
    both are written alike: "Vier" and "57" only share a sentence."""
    def alike(a: Mention, b: Mention) -> bool:
        return a.value[1] == b.value[1] and _in_digits(a) == _in_digits(b)

    rivals = [r for r in extra_right if context.paired(mention.sentence, r.sentence) and alike(r, mention)]
    if len(rivals) != 1:
        return None
    mine = [m for m in extra_left if alike(m, mention) and any(context.paired(m.sentence, j) for j in
                                                               context.partners_of_left.get(mention.sentence, ()))]
    return rivals[0] if mine == [mention] else None


def _in_digits(mention: Mention) -> bool:
    return any(c.isdigit() for c in mention.text)


def _unit_unread(context: GroupContext, left: list[Mention], right: list[Mention]):
    """Across languages, the same figure in a corresponding sentence with a
    unit on one side and none read on the other: the unit is said in words
    the lexicon does not know ("0.25 percentage points" / "0,25 نقطة"), not
    changed."""
    left, right = list(left), list(right)
    for mention in list(left):
        twin = next((r for r in right if r.value[0] == mention.value[0] and UNIT_NONE in (r.value[1], mention.value[1])
                     and UNIT_TIME not in (r.value[1], mention.value[1])
                     and context.paired(mention.sentence, r.sentence)), None)
        if twin is not None:
            left.remove(mention)
            right.remove(twin)
    return left, right


def _comparable_units(a: Mention, b: Mention) -> bool:
    """Two figures in the same place that may be one changed into the other:
    the same unit, or the same number in another unit (0.75 percentage
    points → 0.75 percent); a time is only ever another time."""
    if UNIT_TIME in (a.value[1], b.value[1]):
        return a.value[1] == b.value[1]
    return a.value[1] == b.value[1] or a.value[0] == b.value[0]


def _inflected(mention: Mention, texts: dict[int, str], language: str) -> bool:
    """A small number the other side writes as a word in a case num2words
    does not give ("four" / чотирьох, čtyř, czterech)."""
    value, unit = mention.value
    if unit or value != int(value):
        return False
    stems = number_stems(language)
    return bool(stems) and any(int(value) in stems.get(word[:STEM_LETTERS], ())
                               for text in texts.values() for word in re.findall(r"\w+", text.lower()))


_COUNTED = re.compile(r"[\s-]+(?:of\s+)?([^\W\d_][\w’'-]*)")


def check_counted(context: GroupContext) -> list[Drift]:
    """Within a language, the same figure counting something else ("6
    million movements" → "6 million people"): the word after it changed,
    and neither side says the other's word in that sentence."""
    if context.across:
        return []  # across languages every word after a figure is another word
    items = []
    for i in context.matched_left():
        for j in sorted(context.partners_of_left.get(i, ())):
            for left in quantities(context, "left", i):
                right = next((r for r in quantities(context, "right", j) if r.value == left.value), None)
                if right is None or left.value[1] == UNIT_TIME:
                    continue
                old = _counted(context, "left", left)
                new = _counted(context, "right", right)
                if old and new and old[1] != new[1] and old[1] not in context.right[j].keys \
                        and new[1] not in context.left[i].keys and not _abbreviates(old[0], new[0]):
                    items.append(context.item("number", "warning",
                                              f"Figure {_show(left)} now counts “{new[0]}”, not “{old[0]}”",
                                              _word_mention(context, "left", left, old[0]),
                                              _word_mention(context, "right", right, new[0])))
    return items


_ABBREVIATION_LETTERS = 3  # "m", "km", "kg", "ha": a unit's short form, not another thing counted


def _abbreviates(a: str, b: str) -> bool:
    """One word is the other's short form: its first letter, then its other
    letters in order ("m" / "metres", "km" / "kilometres", "h" / "hours")."""
    short, long = sorted((a.lower().rstrip("."), b.lower()), key=len)
    if not short or len(short) > _ABBREVIATION_LETTERS or len(short) == len(long) or short[0] != long[0]:
        return False
    rest = iter(long[1:])
    return all(letter in rest for letter in short[1:])


def _counted(context: GroupContext, side: str, mention: Mention) -> tuple[str, str] | None:
    """The word a figure counts and its key: the content word right after it
    ("movements" in "6 million movements", "people" in "dozens of people")."""
    s = (context.left if side == "left" else context.right)[mention.sentence]
    language = context.left_language if side == "left" else context.right_language
    match = _COUNTED.match(s.text, mention.end - s.start)
    if match is None or not match.group(1)[0].islower():
        return None
    keys = content_keys(match.group(1), language)
    return (match.group(1), keys[0]) if keys else None


def _word_mention(context: GroupContext, side: str, figure: Mention, word: str) -> Mention:
    s = (context.left if side == "left" else context.right)[figure.sentence]
    start = s.text.index(word, figure.start - s.start)
    return context.mention(side, figure.sentence, figure.start - s.start, start + len(word), None)
