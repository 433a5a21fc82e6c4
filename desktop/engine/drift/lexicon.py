"""Words the drift checks look for, by language: month, weekday and number
names from CLDR (Babel) and num2words for every language they know; the
rest (speech verbs, titles, relative dates) by hand for English, Russian
and German. Lists, not models: every flag must be explainable to a
translator."""
from __future__ import annotations

import os
import re
from functools import lru_cache

# Hand-made forms the generated lists below lack: Russian cases and
# English extras ("dozen", short month forms). CLDR (Babel) gives month and
# weekday names in every language, num2words the cardinal numbers.
_EXTRA_NUMBER_WORDS = {
    "en": {"dozen": 12, "hundred": 100},
    "ru": {"дюжина": 12, "дюжины": 12, "дюжину": 12, "две": 2, "двух": 2, "трех": 3, "трёх": 3, "четырех": 4, "четырёх": 4, "пяти": 5, "шести": 6, "семи": 7,
           "восьми": 8, "девяти": 9, "десяти": 10, "четырнадцати": 14, "пятнадцати": 15, "двадцати": 20,
           "тридцати": 30, "сорока": 40, "пятидесяти": 50},
    "de": {"hundert": 100, "tausend": 1000, "dutzend": 12},
    # "a dozen" in the languages that count by dozens too, and "about a hundred" in those that count
    # that way ("une centaine de mètres" / "hundert Meter"; not "quarantaine", "cuarentena": quarantine;
    # not "quinzaine", "quincena": a fortnight as often as fifteen)
    "fr": {"douzaine": 12, "dizaine": 10, "vingtaine": 20, "trentaine": 30, "cinquantaine": 50,
           "soixantaine": 60, "centaine": 100, "millier": 1000},
    "es": {"docena": 12, "decena": 10, "veintena": 20, "treintena": 30, "centenar": 100, "millar": 1000},
    "it": {"dozzina": 12, "decina": 10, "ventina": 20, "trentina": 30, "quarantina": 40, "cinquantina": 50,
           "centinaio": 100, "migliaio": 1000},
    "pt": {"dúzia": 12, "dezena": 10, "vintena": 20, "centena": 100, "milhar": 1000}, "nl": {"dozijn": 12},
    "sv": {"dussin": 12}, "pl": {"tuzin": 12, "tuzina": 12}, "cs": {"tucet": 12},
    # Danish and Norwegian two, nine and ten, Turkish three and ten: shorter than generated words may be
    # ("to", "ni", "ti", "üç", "on"); Norwegian writes seven "sju" as often as "syv"
    "no": {"to": 2, "ni": 9, "ti": 10, "sju": 7, "dusin": 12}, "da": {"to": 2, "ni": 9, "ti": 10, "dusin": 12},
    "tr": {"üç": 3, "on": 10, "düzine": 12},
    "uk": {"дюжина": 12, "дюжини": 12, "дюжину": 12, "двох": 2, "трьох": 3, "чотирьох": 4, "п’яти": 5, "п'яти": 5,
           "шести": 6, "семи": 7, "восьми": 8, "дев’яти": 9, "дев'яти": 9, "десяти": 10},
}
# Vague plural quantities ("tens of thousands", "desítky tisíc", "десятки тысяч"): a number word
# after one is part of it, no figure.
VAGUE_QUANTITIES = frozenset(
    "tens dozens hundreds thousands dizaines centaines milliers decenas cientos centenares miles decine "
    "centinaia migliaia dezenas centenas milhares dutzende hunderte tausende tientallen honderden duizenden "
    "tiotals hundratals tusentals titalls hundrevis tusenvis snesevis hundredvis tusindvis desítky stovky "
    "tisíce desítek stovek tisíců dziesiątki setki tysiące dziesiątek setek tysięcy десятки сотни тысячи "
    "десятков сотен тысяч сотні тисячі сотень onlarca yüzlerce binlerce".split())
# Clitics written against a number word: Arabic و (and), ب (with), ال (the): الستة, وثلاثة.
NUMBER_WORD_PREFIXES = {"ar": ("وال", "بال", "فال", "كال", "لل", "ال", "و", "ب", "ل", "ف", "ك")}
_EXTRA_MONTHS = {
    "en": {"sept": 9},
    # Russian months after "в" (prepositional case), which CLDR does not list
    "ru": {m: i for i, m in enumerate(
        "январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре".split(), 1)},
}
_EXTRA_WEEKDAYS = {"ru": {"среду": 2, "пятницу": 4, "субботу": 5}}
# Dates written with a figure and a unit after it (Korean, Japanese, Chinese):
# 2022년 12월 22일, 2022年12月22日.
CJK_YEAR, CJK_MONTH, CJK_DAY = "년年", "월月", "일日"
_NUMBER_WORD_MIN = 3  # shorter generated words ("un", CJK digits such as 사) match parts of other words
_GENERATED_NUMBERS = tuple(range(2, 101)) + (1000,)


@lru_cache(maxsize=None)
def number_words(language: str) -> dict[str, int]:
    """Cardinal numbers written as words in ``language`` (two to a hundred,
    a thousand), lower-case; empty where num2words does not know it."""
    words = dict(_EXTRA_NUMBER_WORDS.get(listed_as(language), {}))
    try:
        from num2words import num2words

        for value in _GENERATED_NUMBERS:
            word = num2words(value, lang=_num2words_code(language)).lower()
            if len(word) >= _NUMBER_WORD_MIN and not any(c.isdigit() for c in word):
                words.setdefault(word, value)
    except (NotImplementedError, ImportError, OverflowError, KeyError, AttributeError, ValueError):
        pass
    # Only where the words for two to ten are all known: Korean, say, writes
    # native numerals num2words does not give, and a few stray words would
    # read figures into other words.
    return words if set(range(2, 11)) <= set(words.values()) else {}



STEM_LETTERS = 4  # of a number word, enough to know it in any of its cases (чотири, чотирьох)
_STEMMED_UP_TO = 20  # the small numbers, which agree with their noun in case and gender


def _num2words_code(language: str) -> str:
    return listed_as(language)  # num2words knows Norwegian as "no"


@lru_cache(maxsize=None)
def number_stems(language: str) -> dict[str, frozenset[int]]:
    """The first letters of ``language``'s words for small numbers, for the
    forms num2words does not write: Ukrainian чотирьох, Czech čtyř, Polish
    czterech, Arabic أربع (num2words: чотири, čtyři, cztery, أربعة)."""
    stems: dict[str, set[int]] = {}
    for word, value in number_words(language).items():
        if value <= _STEMMED_UP_TO and word.isalpha() and len(word) >= STEM_LETTERS:
            stems.setdefault(word[:STEM_LETTERS], set()).add(value)
    return {stem: frozenset(values) for stem, values in stems.items()}


SPEECH_VERB_LANGUAGES = frozenset("en ru de fr es it pt nl sv pl cs uk no da tr".split())  # SPEECH_VERBS below
# Languages written with the words of another the lists below hold: Norwegian Bokmål and Nynorsk.
_SAME_WORDS = {"nb": "no", "nn": "no"}


def listed_as(language: str) -> str:
    """The code the hand lists below know ``language`` by."""
    return _SAME_WORDS.get(language, language)


def knows_speech_verbs(language: str) -> bool:
    """Whether who is quoted can be read in ``language`` ("said", "a déclaré", "заявил")."""
    return listed_as(language) in SPEECH_VERB_LANGUAGES


def knows_number_words(language: str) -> bool:
    """Whether figures written as words can be read in ``language``."""
    return bool(number_words(language))


@lru_cache(maxsize=None)
def months(language: str) -> dict[str, int]:
    """Month names of ``language`` and of English (wide and abbreviated, as
    in a date and standing alone), lower-case, without the dot."""
    names = {}
    for code in dict.fromkeys((language, "en")):
        names.update(_EXTRA_MONTHS.get(code, {}))
        names.update(_calendar_names(code, "month"))
    return names


# Prepositions before a month in another case than CLDR's two ("v únoru", "в лютому", "w marcu").
MONTH_PREPOSITIONS = {"ru": "в во с со до по к", "uk": "в у з із до по", "cs": "v ve z ze do od k",
                      "sk": "v vo z zo do od k", "pl": "w we z ze do od"}
_MONTH_STEM_AT_LEAST = 3  # letters: Czech "kv" (květen, května) is too short to know May by


@lru_cache(maxsize=None)
def month_stems(language: str) -> dict[str, int]:
    """Where a month takes case endings CLDR does not list (Czech únoru,
    Ukrainian лютому): what its CLDR forms begin with (únor, лют)."""
    if language not in MONTH_PREPOSITIONS:
        return {}
    try:
        from babel import Locale
        table = Locale.parse(language).months
    except (ImportError, ValueError):
        return {}
    stems = {}
    for number, name in table["format"]["wide"].items():
        alone = table["stand-alone"]["wide"][number]
        stem = os.path.commonprefix([name.lower(), alone.lower()])
        if len(stem) >= _MONTH_STEM_AT_LEAST:
            stems[stem] = number
    return stems


DATELINE_LANGUAGES = "en de fr es it pt nl sv da no ru uk pl cs".split()  # whose datelines name the month


@lru_cache(maxsize=1)
def any_month_word() -> frozenset[str]:
    """Month names and short forms in the languages that write datelines with
    them ("Dec", "décembre", "Dezember"), lower-case, without a final dot,
    and every first three letters or more of them (agencies cut months
    their own way: "15 ноя.", "22 Sept")."""
    words: set[str] = set()
    for language in DATELINE_LANGUAGES:
        words |= set(months(language)) | month_abbreviations(language)
    words = {w.rstrip(".") for w in words}
    return frozenset(w[:k] for w in words for k in range(3, len(w) + 1)) | frozenset(words)


@lru_cache(maxsize=None)
def month_abbreviations(language: str) -> frozenset[str]:
    """The short month forms of ``language`` and English that are no full
    name ("pro", "led", "lis" in Czech are also "for", "ice", "press")."""
    short, full = set(), set(_EXTRA_MONTHS.get(language, ()))
    for code in dict.fromkeys((language, "en")):
        short |= set(_calendar_names(code, "month", widths=("abbreviated",)))
        full |= set(_calendar_names(code, "month", widths=("wide",)))
    return frozenset(short - full)


@lru_cache(maxsize=None)
def weekdays(language: str) -> dict[str, int]:
    """Weekday names (Monday 0) of ``language`` and of English, lower-case."""
    names = {}
    for code in dict.fromkeys((language, "en")):
        names.update(_EXTRA_WEEKDAYS.get(code, {}))
        names.update({name: day for name, day in _calendar_names(code, "day").items()
                      if len(name) > 3})  # "mar", "mer": abbreviations read as words
    return names


# Languages that write a day as an ordinal with a dot: "am 22. Dezember".
_ORDINAL_DOT_LANGUAGES = ("de", "da", "nb", "nn", "cs", "pl", "fi", "hu", "sk", "sl", "hr", "sr", "is", "et", "lv")


@lru_cache(maxsize=1)
def months_after_ordinal_dot() -> frozenset[str]:
    """Month names that may follow "22." in a date (no sentence ends there)."""
    return frozenset(name for code in _ORDINAL_DOT_LANGUAGES for name in _calendar_names(code, "month"))


def _calendar_names(language: str, kind: str, widths=("wide", "abbreviated")) -> dict[str, int]:
    """CLDR's month (``kind`` "month") or weekday names of ``language``,
    lower-case, numbered as Babel numbers them. Kept in the user's cache:
    Babel reads a locale's whole data to give them (15 locales for
    ``months_after_ordinal_dot``: 0.2 s of every process that splits a
    "22. Dezember")."""
    key = f"{language}|{kind}|{','.join(widths)}"
    kept = _kept_calendars()
    if key not in kept:
        kept[key] = _babel_calendar_names(language, kind, widths)
        _keep_calendars(kept)
    return dict(kept[key])


_CALENDARS: dict[str, dict[str, int]] | None = None


def _calendars_path() -> str:
    from ..cache import cache_dir

    try:
        import babel
        version = babel.__version__
    except ImportError:
        version = "none"
    return os.path.join(cache_dir(), f"calendar-names-babel-{version}.json")


def _kept_calendars() -> dict[str, dict[str, int]]:
    global _CALENDARS
    if _CALENDARS is None:
        import json

        try:
            with open(_calendars_path(), encoding="utf-8") as handle:
                data = json.load(handle)
            _CALENDARS = {k: {w: int(n) for w, n in v.items()} for k, v in data.items()}
        except Exception:  # absent, truncated or of another shape: rebuilt as asked for
            _CALENDARS = {}
    return _CALENDARS


def _keep_calendars(kept: dict[str, dict[str, int]]) -> None:
    import json

    from ..atomic import write_atomic

    try:
        write_atomic(_calendars_path(), json.dumps(kept, ensure_ascii=False).encode("utf-8"), make_folder=True)
    except Exception:  # a read-only or full cache costs time, never the comparison
        pass


def _babel_calendar_names(language: str, kind: str, widths) -> dict[str, int]:
    try:
        from babel import Locale, UnknownLocaleError
        locale = Locale.parse(language)
    except (ImportError, ValueError, UnknownLocaleError):
        return {}
    table = locale.months if kind == "month" else locale.days
    names: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for width in widths:
            for number, name in table[context][width].items():
                word = name.lower().rstrip(".")
                if word and not any(c.isdigit() for c in word):  # "1월" is a figure and a suffix
                    names.setdefault(word, number)
    return names


# Scale words written after a figure ("1.5 million", "12 млн"): abbreviations
# and forms num2words does not write; the full words come from num2words.
_EXTRA_SCALE_WORDS = {
    "en": {"bn": 1e9, "m": 1e6, "mn": 1e6},
    "ru": {"тыс": 1e3, "млн": 1e6, "млрд": 1e9, "тысяч": 1e3, "миллионов": 1e6},
    "uk": {"тис": 1e3, "млн": 1e6, "млрд": 1e9},
    "de": {"mio": 1e6, "mrd": 1e9, "tsd": 1e3},
    "fr": {"md": 1e9, "mds": 1e9, "mrd": 1e9},
    "es": {"mill": 1e6},
    "it": {"mln": 1e6, "mld": 1e9, "mrd": 1e9},
    "nl": {"mln": 1e6, "mld": 1e9},
    "pl": {"tys": 1e3, "mln": 1e6, "mld": 1e9},
    "cs": {"tis": 1e3, "mil": 1e6, "mld": 1e9},
    "sv": {"milj": 1e6, "mdr": 1e9, "mdkr": 1e9},
    "no": {"millioner": 1e6, "milliarder": 1e9, "mill": 1e6, "mrd": 1e9},
    "nb": {"millioner": 1e6, "milliarder": 1e9, "mill": 1e6, "mrd": 1e9},
    # Chinese, Japanese and Korean count in myriads, the unit touching the figure (1200万, 1200만).
    "zh": {"千": 1e3, "万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8},
    "ja": {"千": 1e3, "万": 1e4, "億": 1e8, "兆": 1e12},
    "ko": {"천": 1e3, "만": 1e4, "억": 1e8, "조": 1e12},
}
SCALES_TOUCH = frozenset("zh ja ko".split())  # languages whose scale may touch the figure
# Languages that write a figure against the word before it: 的1200万, Arabic و١٫٥ ("and 1.5").
FIGURES_TOUCH = SCALES_TOUCH | frozenset("ar fa ur he".split())
TOUCHING_SCALES = ("bn", "mn", "m")  # "€1.5m", "$2bn": press copy writes these against the figure
VULGAR_FRACTIONS = "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞"  # after a figure: "1 ½ m" is 1.5 (unicodedata gives each value)
SCALES_ONLY_TOUCHING = frozenset({"m"})  # apart from the figure it is metres: "5 m high", "8470 m"
_SCALES = (1e3, 1e6, 1e9)


@lru_cache(maxsize=None)
def scale_words(language: str) -> dict[str, float]:
    """The words that multiply a figure before them in ``language`` and in
    English (quotes from English sources stay English), lower-case: every
    form num2words writes after one, two, five and twenty-one (million,
    millions; milion, miliony, milionów), and the abbreviations of press copy."""
    words: dict[str, float] = {}
    for code in dict.fromkeys((language, "en")):
        words.update(_EXTRA_SCALE_WORDS.get(code, {}))
        for scale in _SCALES:  # the smallest first: Spanish "mil millones" is a thousand millions
            for count in (1, 2, 5, 21):
                word = _scale_word(count, scale, code)
                if word and word not in words:
                    words[word] = scale
    return words


def _scale_word(count: int, scale: float, language: str) -> str | None:
    """The word num2words writes for ``scale`` after ``count`` ("millions"
    in "deux millions"; "milyon" in Turkish "ikimilyon")."""
    try:
        from num2words import num2words

        whole = num2words(int(count * scale), lang=_num2words_code(language)).lower()
        prefix = num2words(count, lang=_num2words_code(language)).lower()
    except (NotImplementedError, ImportError, OverflowError, KeyError, AttributeError, ValueError):
        return None
    parts = whole.split()
    if len(parts) > 1:
        word = parts[-1]
    elif count == 1:
        word = whole  # "mille", "milion", "tisíc": a thousand needs no "one"
    elif whole.startswith(prefix) and len(whole) > len(prefix):
        word = whole[len(prefix):]
    else:
        return None
    return word if word.isalpha() and len(word) >= 2 else None


@lru_cache(maxsize=1)
def scale_abbreviations() -> frozenset[str]:
    """Scale abbreviations that end with a dot ("12 Mio. Euro"): no sentence ends there."""
    return frozenset(w for table in _EXTRA_SCALE_WORDS.values() for w in table if w.isalpha() and len(w) > 1)


# Characters a faithful translation into a language takes per English character (measured on
# one release translated into each, and on the shared real pairs): Chinese says in one what
# English says in three.
_CHARS_PER_ENGLISH_CHAR = {"fr": 1.2, "es": 1.15, "it": 1.1, "pt": 1.1, "nl": 1.1, "de": 1.15, "ru": 1.05,
                           "uk": 1.05, "pl": 1.1, "cs": 1.0, "sk": 1.0, "sv": 1.0, "no": 1.0, "nb": 1.0,
                           "da": 1.0, "ar": 0.9, "he": 0.8, "ko": 0.5, "ja": 0.42, "zh": 0.32}


def chars_per_english_char(language: str) -> float:
    return _CHARS_PER_ENGLISH_CHAR.get(language, 1.0)


# The ending Czech and Slovak give a woman's surname (Anna Bergová is Anna
# Berg; Angela Merkelová, Angela Merkel): a name without it is the same name.
FEMININE_SURNAME_ENDING = "ová"

# Small words inside a name, between its capitalised words ("Banca della Riserva del Nord",
# "Agencia de la ONU", "Instituto Nacional de Gestão de Desastres", "Ludwig van der Berg").
NAME_PARTICLES = ("of", "for", "the", "de", "del", "della", "delle", "dei", "degli", "di", "da", "do", "dos",
                  "das", "des", "du", "la", "von", "van", "der", "den", "al", "bin", "и")

CURRENCY_SYMBOLS = "$€£¥₹₽₩₺₴₪"


@lru_cache(maxsize=1)
def currency_codes() -> frozenset[str]:
    """ISO 4217 codes of current currencies ("NOK", "USD", "EUR"), from CLDR."""
    try:
        from babel.numbers import list_currencies
    except ImportError:
        return frozenset()
    return frozenset(list_currencies())


@lru_cache(maxsize=None)
def currency_words(language: str) -> frozenset[str]:
    """The currency nouns of ``language`` and English, lower-case, from
    CLDR: the words that name two current currencies or more ("dollar",
    "franc", "dólar", "dinar"), not the adjectives of one ("alemán"). "US
    dollars", "Swiss francs" name a currency, not a country."""
    try:
        from babel import Locale, UnknownLocaleError
        from babel.numbers import list_currencies
    except ImportError:
        return frozenset()
    words: set[str] = set()
    for code in dict.fromkeys((language, "en")):
        try:
            names = Locale.parse(code).currencies
        except (ValueError, UnknownLocaleError):
            continue
        counts: dict[str, int] = {}
        for currency in list_currencies():
            for word in set(names.get(currency, "").lower().split()):
                if len(word) >= 4 and word.isalpha():
                    counts[word] = counts.get(word, 0) + 1
        words |= {word for word, count in counts.items() if count >= 2}
    return frozenset(words)


# Eastern Arabic and Persian digits and marks, one character for one (spans stay where they were).
_WESTERN_DIGITS = str.maketrans({**{c: str(i) for i, c in enumerate("٠١٢٣٤٥٦٧٨٩")},
                                 **{c: str(i) for i, c in enumerate("۰۱۲۳۴۵۶۷۸۹")},
                                 **{c: str(i) for i, c in enumerate("０１２３４５６７８９")},
                                 "٫": ".", "٬": ",", "％": "%"})


def western_digits(text: str) -> str:
    """``text`` with its figures in Western digits (٢٠١٧ is 2017, ١٫٥ is 1.5,
    full-width ２４００ and １２％ as Japanese and Chinese may write them)."""
    return text.translate(_WESTERN_DIGITS) if not text.isascii() else text


# Written after a figure for "per cent", in the languages the checks know.
PERCENT_WORDS = ("%", "percent", "per cent", "процент", "процента", "процентов", "prozent", "pour cent",
                 "por ciento", "por cento", "per cento", "procent", "prosent", "procento", "prozentpunkte",
                 "procenta", "procentů", "procentu", "відсоток", "відсотки", "відсотка", "відсотків",
                 "في المئة", "في المائة", "بالمئة", "بالمائة", "في المية", "퍼센트", "프로")
# Percentage points, a unit of their own: "0.75 percentage point" is not "0.75 percent".
PERCENTAGE_POINTS = ("percentage point", "percentage points", "pp", "p.p.", "ppt", "ppts", "punto porcentual",
                     "puntos porcentuales", "point de pourcentage", "points de pourcentage", "prozentpunkt",
                     "prozentpunkte", "prozentpunkten", "punto percentuale", "punti percentuali", "ponto percentual",
                     "pontos percentuais", "procentpunt", "procentpunten", "procentenhet", "procentenheter",
                     "prosentpoeng", "procentpoint", "punkt procentowy", "punktu procentowego", "punkty procentowe",
                     "punktów procentowych", "procentní bod", "procentního bodu", "procentní body",
                     "procentních bodů", "процентный пункт", "процентного пункта", "процентных пункта",
                     "процентных пунктов", "п.п.", "відсотковий пункт", "відсоткового пункту", "відсоткових пункти",
                     "відсоткових пунктів", "процентний пункт", "процентного пункту", "процентних пункти",
                     "процентних пунктів", "yüzde puan", "puan", "퍼센트포인트", "%포인트", "%p", "个百分点",
                     "個百分點", "パーセントポイント", "ポイント", "نقطة مئوية", "نقاط مئوية")
# A time of day, compared as one (10:30, 10.30 Uhr, 10 h 30): the words around a
# "10.30" that make it a time, not a decimal.
TIME_BEFORE = ("at", "a las", "a la", "alle", "all’", "um", "à", "a", "om", "kl", "kl.", "klockan", "o", "в",
               "ve", "saat", "às", "godz.", "o godz.")
TIME_AFTER = ("uhr", "h", "uur", "godz", "godz.", "ч", "ч.", "hod", "hod.", "horas", "heures", "am", "pm", "a.m.",
              "p.m.", "hrs", "hours", "ore")
# Written after a figure that multiplies ("twice as many" is "2 keer zoveel", "2倍"): unit "×".
MULTIPLIERS = ("times", "fold", "keer", "maal", "mal", "fois", "veces", "volte", "vezes", "krát", "razy",
               "раза", "рази", "разів", "ganger", "gånger", "gange", "kez", "倍", "배")
# Twice, double, triple: said in words in every language, which the checks do not read as figures;
# a multiplier this small found on one side only is no change.
SPELT_MULTIPLIERS = (2.0, 3.0)
# Fractions of a percentage point in words, as central-bank copy writes a rate move ("a quarter
# of a percentage point", "a half-point cut"): English only.
POINT_FRACTIONS = {"en": {"a quarter": 0.25, "quarter": 0.25, "half a": 0.5, "a half": 0.5, "half": 0.5,
                          "three quarters": 0.75, "three-quarters": 0.75}}
# Written before the figure: Turkish "yüzde 3,5" and "%3,5", Arabic "٪".
PERCENT_BEFORE = ("yüzde", "%", "٪")

# "A 360-degree assault", "a 360 gradi", "un virage à 180 degrés", "24/7": figures that are
# figures of speech (an about-turn, all-round, all the time), not quantities.
FIGURE_IDIOMS = (
    r"(?:180|360)[\s-]?(?:degrees?|degree|gradi|grados|graus|degrés|grad|graden|grader|stopni|градус\w*)",
    r"24\s?/\s?7", r"24\s?h\s?/\s?24", r"24\s?(?:heures|horas|ore|Stunden)\s(?:sur|al|su|am)\s24",
)

# Relative references to a day: compared with each other and with weekdays.
RELATIVE_DAYS = frozenset(
    "today yesterday tomorrow tonight сегодня вчера завтра heute gestern morgen".split())
# What CLDR's relative date fields (read through Babel, below) do not say: the forms press copy
# uses beside them ("lo scorso anno" beside CLDR's "anno scorso"), and the vague present and
# recent past, however it is put ("in recent years" / "ces dernières années" is no change).
# Apostrophes as CLDR writes them (’): "l'an dernier" is read as "l’an dernier".
_RELATIVE_VARIANTS = {
    "en": {"tonight": "day 0", "earlier this year": "year 0", "in recent years": "recent",
           "in recent months": "recent", "recently": "recent", "currently": "now"},
    "ru": {"в последние годы": "recent", "недавно": "recent", "в настоящее время": "now"},
    "de": {"im vergangenen jahr": "year -1", "vergangenes jahr": "year -1", "letzte woche": "week -1",
           "in den letzten jahren": "recent", "kürzlich": "recent", "derzeit": "now"},
    "fr": {"l’an dernier": "year -1", "l’an passé": "year -1", "l’année passée": "year -1",
           "ces dernières années": "recent", "récemment": "recent", "actuellement": "now"},
    "it": {"lo scorso anno": "year -1", "la scorsa settimana": "week -1", "lo scorso mese": "month -1",
           "negli ultimi anni": "recent", "di recente": "recent", "recentemente": "recent",
           "attualmente": "now"},
    "es": {"el pasado año": "year -1", "en los últimos años": "recent", "recientemente": "recent",
           "actualmente": "now"},
    "pt": {"no ano passado": "year -1", "nos últimos anos": "recent", "recentemente": "recent",
           "atualmente": "now"},
    "nl": {"afgelopen jaar": "year -1", "vorig jaar": "year -1", "de afgelopen jaren": "recent",
           "onlangs": "recent", "momenteel": "now"},
    "sv": {"i fjol": "year -1", "under de senaste åren": "recent", "nyligen": "recent"},
    "ko": {"지난해": "year -1", "최근 몇 년": "recent", "최근": "recent"},
}
# CLDR forms that are also everyday words ("por la mañana" is in the morning).
_AMBIGUOUS_RELATIVE = frozenset({"mañana"})


@lru_cache(maxsize=None)
def relative_times(language: str) -> dict[str, str]:
    """Relative time expressions of ``language`` and of English, case-folded,
    with what they mean ("day -1", "year 0", "recent"), so that "last year",
    "в прошлом году" and "lo scorso anno" agree: CLDR's relative day, week,
    month and year (through Babel) and the variants above."""
    meanings: dict[str, str] = {}
    for code in dict.fromkeys((language, "en")):
        meanings.update(_cldr_relative(code))
        meanings.update(_RELATIVE_VARIANTS.get(code, {}))
    return meanings


def _cldr_relative(language: str) -> dict[str, str]:
    try:
        from babel import Locale, UnknownLocaleError
        fields = Locale.parse(language)._data["date_fields"]
    except (ImportError, ValueError, KeyError, UnknownLocaleError):
        return {}
    found = {}
    for unit in ("day", "week", "month", "year"):
        try:
            relative = fields[unit]["relative"]
        except KeyError:
            continue
        for offset in relative:
            phrase = str(relative[offset]).lower()
            if phrase and phrase not in _AMBIGUOUS_RELATIVE:
                found[phrase] = f"{unit} {int(offset):+d}" if offset else f"{unit} 0"
    return found


# Words that deny, by language (compared within a language: a claim negated
# on one side only). Czech and Turkish also deny inside the verb (není,
# gelmedi): only their separate words and commonest denied verbs are here.
NEGATIONS = {
    "en": "not no no-one never none nobody nothing neither nor cannot can't won't isn't aren't wasn't weren't "
          "doesn't don't didn't hasn't haven't hadn't shouldn't wouldn't couldn't mustn't without",
    "ru": "не нет ни никогда никто ничего ничто нельзя без",
    "uk": "не ні немає ніколи ніхто нічого ніщо без жоден жодна жодне жодних",
    "de": "nicht kein keine keinen keinem keiner keines nie niemals niemand nichts weder ohne",
    "fr": "ne pas jamais aucun aucune rien nul nulle sans ni",
    "es": "no nunca jamás ningún ninguno ninguna nadie nada sin ni tampoco",
    "it": "non mai nessuno nessuna nessun niente nulla senza né",
    "pt": "não nunca jamais nenhum nenhuma ninguém nada sem nem",
    "nl": "niet geen nooit niemand niets zonder noch",
    "sv": "inte icke ej aldrig ingen inget inga ingenting varken",
    "no": "ikke aldri ingen intet ingenting uten verken",
    "da": "ikke aldrig ingen intet ingenting uden hverken",
    "pl": "nie nigdy nikt nic żaden żadna żadne żadnych bez ani",
    "cs": "není nejsou nebyl nebyla nebylo nebyli nebude nebudou nemá nemají nemůže nemohou nelze nikdy "
          "nikdo nic žádný žádná žádné žádných bez ani",
    "tr": "değil yok hiç asla hiçbir",
}
# After a negation these make "not only" (which adds rather than denies).
ONLY_WORDS = frozenset("only just merely nur только лише тільки seulement solo sólo solamente soltanto só "
                       "apenas alleen bara bare kun tylko jen".split())


@lru_cache(maxsize=None)
def negations(language: str) -> frozenset[str]:
    """The denying words of ``language`` (empty where none are listed)."""
    return frozenset(NEGATIONS.get(listed_as(language), "").split())


MODALS = {
    "must": "obligation", "have to": "obligation", "has to": "obligation", "need to": "obligation",
    "should": "advice", "ought to": "advice", "may": "possibility", "might": "possibility",
    "could": "possibility", "can": "ability", "will": "future", "would": "conditional",
    "должны": "obligation", "должен": "obligation", "должна": "obligation", "обязаны": "obligation",
    "следует": "advice", "могут": "possibility", "может": "possibility", "мог": "possibility",
    "müssen": "obligation", "muss": "obligation", "sollen": "advice", "sollte": "advice",
    "sollten": "advice", "können": "possibility", "kann": "possibility", "könnte": "possibility",
    "dürfen": "permission", "darf": "permission",
}
INTENSIFIERS = frozenset(
    "worrying alarming significant significantly serious seriously severe severely increasingly "
    "very highly extremely deeply dramatic dramatically sharp sharply growing rising "
    "consistently systematically repeatedly always all every entire whole just only merely "
    "widespread massive huge unprecedented grave brutal "
    "серьезный серьёзный значительный резкий растущий тревожный очень крайне все всегда "
    "только лишь систематически массовый "
    "erheblich besorgniserregend ernst schwer zunehmend sehr äußerst stark alle immer nur "
    "systematisch massiv".split()
)
# Words that hedge a claim or distance the writer from it, by language: one
# side hedging where the other asserts changes what is claimed ("have helped
# fuel" / "probabilmente dovuto"). Phrases are matched as whole words; a
# final * stands for any ending (Russian participles: считавшихся).
HEDGES = {
    "en": "probably possibly perhaps maybe likely unlikely allegedly reportedly apparently supposedly "
          "seemingly presumably purportedly arguably alleged suspected perceived believed_to thought_to "
          "said_to_be reported_to considered_to_be are_considered is_considered regarded_as",
    # Each language's renderings of the English constructions too ("perceived to be", "believed to",
    # "reportedly"): a faithful translation that says them its own way hedges as much.
    "fr": "probablement possiblement peut-être vraisemblablement prétendument apparemment présumé présumée "
          "présumés présumées supposé supposée soi-disant sans_doute perçu_comme perçus_comme perçue_comme "
          "perçues_comme considéré_comme considérés_comme considérée_comme considérées_comme réputé réputés "
          "réputée réputées censé censés censée censées on_pense on_croit on_estime aurait_été auraient_été "
          "selon_des_informations",
    "es": "probablemente posiblemente quizá quizás tal_vez presuntamente supuestamente aparentemente "
          "presunto presunta presuntos presuntas supuesto supuesta percibido_como percibidos_como "
          "percibida_como percibidas_como considerado_como considerados_como considerada_como "
          "consideradas_como se_cree se_piensa se_considera según_los_informes según_informes al_parecer",
    "it": "probabilmente possibilmente forse presumibilmente presuntamente apparentemente presunto presunta "
          "presunti presunte presumibile percepito_come percepiti_come percepita_come percepite_come "
          "considerato_come considerati_come considerata_come considerate_come ritenuto ritenuti ritenuta "
          "ritenute si_ritiene si_pensa secondo_quanto_riferito secondo_indiscrezioni",
    "pt": "provavelmente possivelmente talvez alegadamente supostamente aparentemente presumivelmente "
          "suposto suposta percebido_como percebidos_como percebida_como percebidas_como visto_como vistos_como "
          "vista_como vistas_como considerado_como considerados_como acredita-se pensa-se terá_sido terão_sido "
          "segundo_relatos",
    "de": "wahrscheinlich möglicherweise vielleicht vermutlich mutmaßlich* angeblich* offenbar anscheinend "
          "scheinbar womöglich vermeintlich* gelten_als gilt_als galt_als galten_als gehalten_werden "
          "gehalten_wurden berichten_zufolge",
    "nl": "waarschijnlijk mogelijk misschien vermoedelijk zogenaamd blijkbaar kennelijk vermeend vermeende "
          "naar_verluidt gezien_als beschouwd_als men_denkt worden_gezien wordt_gezien werden_gezien",
    "sv": "troligen troligtvis förmodligen kanske möjligen påstått påstådda uppenbarligen antagligen "
          "i_stort_sett uppfattas_som uppfattade_som anses tros uppges påstås ska_ha enligt_uppgift",
    "da": "sandsynligvis muligvis måske formentlig angiveligt tilsyneladende opfattes_som opfattet_som anses "
          "antages menes skal_have",
    "ru": "вероятно возможно наверное предположительно якобы по-видимому видимо очевидно "
          "предполагаем* вроде считают* считает* считающ* считавш* считается как_сообщается по_сообщениям "
          "воспринимаем*",
    "uk": "ймовірно можливо мабуть нібито імовірно очевидно вважають* вважається вважаються вважаєт* "
          "як_повідомляється за_повідомленнями сприйма*",
    "pl": "prawdopodobnie możliwe może być domniemany rzekomo najwyraźniej podobno postrzegan* uważan* "
          "uważa_się",
    "cs": "pravděpodobně možná snad údajně zřejmě patrně prý údajn* domněl* považovan* považován* "
          "považuj* vnímán* vnímaní předpokládá_se podezřel*",
    "no": "sannsynligvis muligens kanskje antagelig antakelig angivelig tilsynelatende visstnok trolig "
          "påstått påståtte oppfattes_som oppfattet_som ansett_som anses antas antatt skal_ha mistenkt*",
    "tr": "muhtemelen belki galiba iddiaya_göre iddia_edilen sözde görünüşe_göre bildirildiğine_göre "
          "algılanan şüpheli olduğu_düşünülen olduğu_sanılan düşünülüyor sanılıyor",
}


# Words that put a role or a state in the past ("a former activist", "l’ancien ministre", "бывший
# директор"): one side saying so and the other not changes who someone is. ``*``: any ending.
STATUS_WORDS = {
    "en": "former ex ex-* erstwhile then-*", "fr": "ancien ancienne anciens anciennes ex ex-*",
    "es": "ex ex-* antiguo antigua antiguos antiguas", "it": "ex ex-*", "pt": "ex ex-* antigo antiga antigos antigas",
    "de": "ehemalig* frühere früheren früherer früheres ex-*", "nl": "voormalig voormalige oud-* ex-*",
    "sv": "före_detta förre f.d. ex-*", "no": "forhenværende eks-*", "da": "forhenværende eks-*",
    "ru": "бывш* экс-*", "uk": "колишн* екс-*", "pl": "były była byłego byłej byli byłych eks-*",
    "cs": "bývalý bývalá bývalého bývalé bývalí bývalých ex-*",
}


def status_words(language: str) -> frozenset[str]:
    """The words of ``language`` that put a role in the past (empty where none are listed)."""
    return frozenset(w.replace("_", " ") for w in STATUS_WORDS.get(listed_as(language), "").split())


# Words that raise a claim's degree, per language, compared across languages
# ("significant role" / "결정적인 역할", decisive; "groups" / "persino gruppi",
# even). Quantifiers ("all", "only") are left out: translators move them
# freely; so is "very" (très, sehr, molto), which translators add and drop
# as style: it is a milder degree (MILD_DEGREE) that answers another. ``*``: any ending.
INTENSITY = {
    "en": "even highly extremely severely seriously strongly firmly deeply greatly entirely completely "
          "totally absolutely utterly particularly especially increasingly consistently systematically "
          "decisive decisively crucial dramatically sharply massively",
    "fr": "extrêmement gravement sérieusement fortement fermement profondément totalement complètement "
          "absolument particulièrement de_plus_en_plus systématiquement décisif décisive décisifs décisives "
          "décisivement crucia* considérablement "
          "jusque_dans jusque_chez même_les même_dans même_au même_aux même_chez a_même ont_même est_même sont_même "
          "avait_même avaient_même",
    "es": "incluso extremadamente gravemente seriamente fuertemente firmemente profundamente totalmente "
          "completamente absolutamente especialmente cada_vez_más sistemáticamente decisiv* crucial* enérgicamente "
          "rotundamente categóricamente particularmente",
    "it": "persino perfino addirittura estremamente gravemente seriamente fortemente fermamente "
          "profondamente totalmente completamente assolutamente particolarmente sempre_più "
          "sistematicamente decisiv* crucial* drammaticamente",
    "pt": "até_mesmo extremamente gravemente seriamente fortemente firmemente profundamente totalmente "
          "completamente absolutamente especialmente cada_vez_mais sistematicamente decisiv* crucia* veementemente "
          "energicamente particularmente",
    "de": "sogar selbst_in selbst_bei äußerst extrem schwer schwerwiegend* entschieden zutiefst "
          "völlig vollständig absolut besonders zunehmend systematisch entscheidend* massiv* drastisch* "
          "aufs_schärfste auf_das_schärfste nachdrücklich",
    "nl": "zelfs uiterst ernstig sterk krachtig diep volledig helemaal bijzonder steeds_meer steeds_* ten_zeerste "
          "systematisch beslissend* cruciaal cruciale",
    "sv": "till_och_med extremt kraftigt allvarligt starkt djupt helt fullständigt särskilt å_det_skarpaste skarpt "
          "alltmer systematiskt avgörande",
    "da": "endda ekstremt kraftigt alvorligt stærkt dybt helt fuldstændigt særligt stadig_mere "
          "systematisk afgørende",
    "ru": "даже крайне серьёзно серьезно сильно решительно глубоко полностью совершенно абсолютно "
          "особенно всё_более все_более систематически решающ* резко",
    "uk": "навіть вкрай серйозно сильно рішуче глибоко повністю цілком абсолютно особливо дедалі "
          "систематично вирішальн*",
    "pl": "nawet niezwykle poważnie silnie stanowczo głęboko całkowicie zupełnie absolutnie "
          "szczególnie coraz systematycznie decydując* kluczow*",
    "ko": "심지어 극도로 심각하게 심각한 강력하게 완전히 특히 점점 점차 갈수록 부쩍 결정적*",
    "cs": "dokonce extrémně mimořádně vážně závažně silně důrazně rozhodně hluboce zcela naprosto úplně "
          "absolutně zvláště zvlášť obzvlášť obzvláště zejména stále_více stále_* systematicky rozhodující* zásadní*",
    "no": "til_og_med ekstremt kraftig alvorlig sterkt dypt helt fullstendig særlig stadig_mer på_det_sterkeste skarpt "
          "systematisk avgjørende",
    "tr": "bile son_derece aşırı ciddi_şekilde şiddetle derinden tamamen kesinlikle özellikle giderek "
          "sistematik_olarak belirleyici",
}


# Milder words of degree: they raise no flag, but a side that has one did not leave a degree out
# ("well above" / "muy por encima", "deutlich über", "크게 웃돌고").
MILD_DEGREE = {
    "en": "very well_above well_below well_over far_above far_below far_more much_more significantly considerably "
          "substantially markedly clearly greatly",
    "fr": "très nettement largement bien_au-dessus beaucoup sensiblement fortement",
    "es": "muy bastante mucho considerablemente claramente ampliamente notablemente",
    "it": "molto ben nettamente ampiamente notevolmente decisamente sensibilmente",
    "pt": "muito bem_acima bastante consideravelmente claramente amplamente",
    "de": "sehr deutlich erheblich weit viel stark klar spürbar",
    "nl": "zeer erg ruim veel aanzienlijk duidelijk flink",
    "sv": "klart betydligt mycket långt", "da": "klart betydeligt meget langt",
    "ru": "очень значительно намного гораздо существенно заметно", "uk": "дуже значно набагато суттєво помітно",
    "pl": "bardzo znacznie wyraźnie dużo", "ko": "매우 아주 크게 많이 훨씬 상당히 대폭",
    "cs": "velmi výrazně značně mnohem podstatně znatelně hodně", "no": "svært veldig klart betydelig mye langt",
    "tr": "çok oldukça epey önemli_ölçüde büyük_ölçüde açıkça çok_daha",
}


def degree_words(language: str) -> frozenset[str]:
    """Every word of degree of ``language``: its intensity words and milder ones."""
    return intensity_words(language) | frozenset(w.replace("_", " ") for w in MILD_DEGREE.get(listed_as(language), "").split())


def intensity_words(language: str) -> frozenset[str]:
    """The degree-raising words of ``language`` (empty where none are listed)."""
    return frozenset(w.replace("_", " ") for w in INTENSITY.get(listed_as(language), "").split())


def hedges(language: str) -> frozenset[str]:
    """The hedging words of ``language`` (empty where none are listed)."""
    return frozenset(w.replace("_", " ") for w in HEDGES.get(listed_as(language), "").split())


SPEECH_VERBS = frozenset(
    "said says say told tells added adds noted stated explained explains "
    "warned warns stressed stresses argued argues claimed according announced reported "
    "wrote writes commented recalled insisted emphasised emphasized "
    "сказал сказала заявил заявила отметил отметила добавил добавила сообщил сообщили "
    "подчеркнул подчеркнула пояснил пояснила считает словам "  # "по словам": according to
    "sagte sagt erklärte erklärt betonte betont fügte teilte warnte laut "
    # French, Spanish, Italian, Portuguese, Dutch, Swedish, Polish: the participle or past of "a déclaré",
    # "ha detto", the present of press copy, and "according to"
    "déclaré dit affirmé ajouté souligné expliqué indiqué estimé précisé déclare affirme ajoute "
    "souligne estime explique selon "
    "dijo afirmó declaró añadió señaló explicó indicó aseguró advirtió afirma declara según "
    "detto dichiarato affermato aggiunto sottolineato spiegato dichiara afferma spiega secondo "
    "disse afirmou declarou acrescentou sublinhou explicou segundo "
    "zei zegt verklaarde verklaart benadrukte volgens "
    "sa sade säger uppgav förklarade enligt "
    "powiedział powiedziała stwierdził stwierdziła dodał dodała oświadczył oświadczyła podkreślił "
    "podkreśliła wyjaśnił wyjaśniła zaznaczył zaznaczyła mówi według "
    # Czech, Ukrainian, Norwegian, Danish, Turkish: the past of press copy, its present, "according to"
    "řekl řekla řekli uvedl uvedla uvedli prohlásil prohlásila dodal dodala zdůraznil zdůraznila "
    "vysvětlil vysvětlila upozornil upozornila sdělil sdělila konstatoval konstatovala uvádí říká tvrdí "
    "podle "
    "сказав сказала сказали заявив заявила заявили зазначив зазначила додав додала повідомив "
    "повідомила повідомили підкреслив підкреслила пояснив пояснила наголосив наголосила згідно словами "
    "sier uttalte uttaler forklarte understreket understreker advarte opplyste opplyser ifølge fortalte "
    "forteller påpekte "
    "sagde siger udtalte tilføjede forklarede understregede advarede oplyste fortalte påpegede "
    "dedi söyledi açıkladı belirtti ekledi vurguladı göre".split()
)
# Unnamed sources a statement may be credited to ("according to our sources",
# "the experts said", "local activists said", "the report shows"): English.
SOURCE_NOUNS = frozenset(
    "source sources activist activists expert experts official officials lawyer lawyers researcher "
    "researchers witness witnesses victim victims resident residents police authorities report study "
    "statement survey campaigner campaigners defender defenders observer observers diplomat diplomats "
    "analyst analysts organiser organisers organizer organizers representative representatives "
    "group groups agency ministry government".split())
SOURCE_VERBS = frozenset("said says say told tell stated added reported report shows show found finds "
                         "warned claimed noted".split())
# "in a statement published on its website": a source that is a document, not a speaker.
PUBLISHING_VERBS = frozenset("published released issued posted".split())
# The head words of organisations' names, by language: a speaker named with
# one ("Úřad Vysokého komisaře OSN", "Health Ministry") is no person, whose
# name could be followed across languages by its letters.
ORGANISATION_WORDS = frozenset(
    "office agency ministry department committee council commission bureau authority organisation organization "
    "amt ministerium behörde agentur ausschuss hochkommissariat "
    "agence ministère comité conseil haut-commissariat "
    "oficina agencia ministerio organización consejo ufficio agenzia ministero organizzazione comitato consiglio "
    "agência ministério organização conselho agentschap ministerie organisatie raad "
    "kontor kontoret myndighet departement departementet byrå direktorat direktoratet kommitté organisasjon "
    "úřad ministerstvo agentura organizace výbor urząd agencja organizacja komitet "
    "управление министерство агентство организация комитет совет служба "
    "управління міністерство агентство організація комітет рада служба офіс "
    "ofis ajans bakanlık bakanlığı örgüt örgütü komite konsey".split())
# Where a statement was made and how it is cited: a sentence of only these and names says who said.
SOURCING_WORDS = frozenset("website site page channel account feed news service press release referred refers refer cited "
                           "cites cite mentioned mentions quoted quotes reported reports".split())
# After a verb of saying, a name these stand before was told, not speaking ("dijo a EFE", "a déclaré à
# l’AFP", "ha detto all’ANSA", "said to Reuters"); German "der" is also "the" and stays out.
LISTENER_PREPOSITIONS = frozenset("to a à al ao à aux ad all all’ alla allo agli tegen till til к".split())
# Before a speech verb these make it passive ("is reported to", "wurde berichtet"): nobody speaks.
PASSIVE_AUXILIARIES = frozenset("is are was were be been being wird wurde wurden werden".split())
TITLE_WORDS = frozenset(
    "director deputy head chief minister president secretary spokesperson spokesman "
    "spokeswoman chair chairman chairwoman chairperson coordinator researcher manager officer "
    "editor professor ambassador governor mayor founder lawyer ceo adviser advisor "
    "commissioner rapporteur campaigner analyst representative leader "
    "директор заместитель замдиректора глава руководитель министр президент председатель "
    "пресс-секретарь координатор исследователь представитель "
    "direktor direktorin leiter leiterin stellvertretende stellvertretender ministerin minister "
    "präsident präsidentin sprecher sprecherin vorsitzende vorsitzender".split()
)
# Words that qualify a title word written before it in lower case ("ILGA's
# executive director", "a senior researcher").
TITLE_QUALIFIERS = frozenset("executive senior general regional acting assistant associate managing "
                             "vice interim".split())
# Job titles by what the role is, in each language: across languages a title
# is compared by its roles ("Deputy Director" / "vicedirettore": deputy and
# director; "Experte": expert, so the title changed). A word may carry two
# roles (vicedirettore, Generalsekretär).
ROLES = {
    "deputy": {"en": "deputy vice", "fr": "adjoint adjointe vice-président vice-présidente",
               "es": "adjunto adjunta subdirector subdirectora vicepresidente vicepresidenta",
               "it": "vice vicedirettore vicedirettrice vicepresidente",
               "pt": "adjunto adjunta vice-diretor vice-diretora vice-presidente",
               "de": "stellvertretende stellvertretender stellvertretenden vize vizedirektor vizepräsident",
               "nl": "adjunct adjunct-directeur plaatsvervangend plaatsvervangende vicevoorzitter vice",
               "sv": "biträdande vice ställföreträdande", "ru": "заместитель замдиректора вице-президент",
        "cs": "náměstek náměstkyně zástupce zástupkyně místopředseda místopředsedkyně", "uk": "заступник заступниця", "pl": "zastępca zastępczyni wiceprezes wiceprezeska", "no": "nestleder", "da": "næstformand"},
    "director": {"en": "director", "fr": "directeur directrice", "es": "director directora subdirector subdirectora",
                 "it": "direttore direttrice vicedirettore vicedirettrice", "pt": "diretor diretora vice-diretor",
                 "de": "direktor direktorin vizedirektor", "nl": "directeur directrice adjunct-directeur",
                 "sv": "direktör chef", "ru": "директор замдиректора",
        "cs": "ředitel ředitelka", "uk": "директор директорка", "pl": "dyrektor dyrektorka", "no": "direktør", "da": "direktør"},
    "head": {"en": "head chief", "fr": "chef responsable", "es": "jefe jefa responsable",
             "it": "capo responsabile", "pt": "chefe responsável", "de": "leiter leiterin chef chefin",
             "nl": "hoofd chef", "sv": "chef", "ru": "глава руководитель начальник",
        "cs": "vedoucí šéf šéfka", "uk": "голова керівник керівниця очільник очільниця начальник", "pl": "szef szefowa kierownik kierowniczka", "no": "sjef leder", "da": "chef leder"},
    "minister": {"en": "minister", "fr": "ministre", "es": "ministro ministra", "it": "ministro ministra",
                 "pt": "ministro ministra", "de": "minister ministerin", "nl": "minister", "sv": "minister",
                 "ru": "министр",
        "cs": "ministr ministryně", "uk": "міністр міністерка", "pl": "minister ministra", "no": "minister statsråd", "da": "minister"},
    "president": {"en": "president", "fr": "président présidente", "es": "presidente presidenta",
                  "it": "presidente", "pt": "presidente", "de": "präsident präsidentin", "nl": "president",
                  "sv": "president", "ru": "президент",
        "cs": "prezident prezidentka", "uk": "президент президентка", "pl": "prezydent prezes prezeska", "no": "president", "da": "præsident"},
    "chair": {"en": "chair chairman chairwoman chairperson", "fr": "président présidente",
              "es": "presidente presidenta", "it": "presidente", "pt": "presidente",
              "de": "vorsitzende vorsitzender", "nl": "voorzitter", "sv": "ordförande", "ru": "председатель",
        "cs": "předseda předsedkyně", "uk": "голова", "pl": "przewodniczący przewodnicząca prezes", "no": "leder styreleder", "da": "formand"},
    "secretary": {"en": "secretary secretary-general", "fr": "secrétaire", "es": "secretario secretaria",
                  "it": "segretario segretaria", "pt": "secretário secretária",
                  "de": "sekretär sekretärin generalsekretär generalsekretärin", "nl": "secretaris",
                  "sv": "sekreterare generalsekreterare", "ru": "секретарь генсек",
        "cs": "tajemník tajemnice", "uk": "секретар секретарка генсек", "pl": "sekretarz", "no": "sekretær generalsekretær", "da": "sekretær generalsekretær"},
    "spokesperson": {"en": "spokesperson spokesman spokeswoman", "fr": "porte-parole", "es": "portavoz vocero vocera",
                     "it": "portavoce", "pt": "porta-voz", "de": "sprecher sprecherin",
                     "nl": "woordvoerder woordvoerster", "sv": "talesperson talesman pressekreterare",
                     "ru": "пресс-секретарь представитель",
        "cs": "mluvčí", "uk": "речник речниця пресс-секретар прессекретар", "pl": "rzecznik rzeczniczka", "no": "talsperson talsmann talskvinne pressetalsperson", "da": "talsperson talsmand talskvinde"},
    "expert": {"en": "expert", "fr": "expert experte spécialiste", "es": "experto experta especialista",
               "it": "esperto esperta", "pt": "especialista perito perita", "de": "experte expertin fachmann",
               "nl": "expert deskundige", "sv": "expert sakkunnig", "ru": "эксперт специалист",
        "cs": "expert expertka odborník odbornice", "uk": "експерт експертка фахівець фахівчиня", "pl": "ekspert ekspertka specjalista specjalistka", "no": "ekspert fagperson", "da": "ekspert"},
    "researcher": {"en": "researcher", "fr": "chercheur chercheuse", "es": "investigador investigadora",
                   "it": "ricercatore ricercatrice", "pt": "investigador investigadora pesquisador pesquisadora",
                   "de": "forscher forscherin", "nl": "onderzoeker onderzoekster", "sv": "forskare utredare",
                   "ru": "исследователь исследовательница",
        "cs": "výzkumník výzkumnice badatel badatelka", "uk": "дослідник дослідниця", "pl": "badacz badaczka", "no": "forsker", "da": "forsker"},
    "coordinator": {"en": "coordinator", "fr": "coordinateur coordinatrice", "es": "coordinador coordinadora",
                    "it": "coordinatore coordinatrice", "pt": "coordenador coordenadora",
                    "de": "koordinator koordinatorin", "nl": "coördinator", "sv": "samordnare koordinator",
                    "ru": "координатор",
        "cs": "koordinátor koordinátorka", "uk": "координатор координаторка", "pl": "koordynator koordynatorka", "no": "koordinator", "da": "koordinator"},
    "representative": {"en": "representative", "fr": "représentant représentante", "es": "representante",
                       "it": "rappresentante", "pt": "representante", "de": "vertreter vertreterin",
                       "nl": "vertegenwoordiger", "sv": "representant företrädare", "ru": "представитель",
        "cs": "zástupce zástupkyně představitel představitelka", "uk": "представник представниця", "pl": "przedstawiciel przedstawicielka", "no": "representant", "da": "repræsentant"},
    "rapporteur": {"en": "rapporteur", "fr": "rapporteur rapporteuse", "es": "relator relatora",
                   "it": "relatore relatrice", "pt": "relator relatora", "de": "berichterstatter berichterstatterin",
                   "nl": "rapporteur", "sv": "rapportör", "ru": "докладчик",
        "cs": "zpravodaj zpravodajka", "uk": "доповідач доповідачка", "pl": "sprawozdawca sprawozdawczyni", "no": "rapportør", "da": "rapportør"},
    "lawyer": {"en": "lawyer attorney", "fr": "avocat avocate", "es": "abogado abogada", "it": "avvocato avvocata",
               "pt": "advogado advogada", "de": "anwalt anwältin rechtsanwalt rechtsanwältin",
               "nl": "advocaat", "sv": "advokat jurist", "ru": "адвокат юрист",
        "cs": "advokát advokátka právník právnička", "uk": "адвокат адвокатка юрист юристка", "pl": "adwokat adwokatka prawnik prawniczka", "no": "advokat jurist", "da": "advokat jurist"},
    "founder": {"en": "founder", "fr": "fondateur fondatrice", "es": "fundador fundadora",
                "it": "fondatore fondatrice", "pt": "fundador fundadora", "de": "gründer gründerin",
                "nl": "oprichter oprichtster", "sv": "grundare", "ru": "основатель основательница",
        "cs": "zakladatel zakladatelka", "uk": "засновник засновниця", "pl": "założyciel założycielka", "no": "grunnlegger", "da": "grundlægger stifter"},
    "commissioner": {"en": "commissioner", "fr": "commissaire", "es": "comisionado comisionada comisario",
                     "it": "commissario", "pt": "comissário", "de": "kommissar kommissarin beauftragte beauftragter",
                     "nl": "commissaris", "sv": "kommissionär kommissarie", "ru": "комиссар уполномоченный",
        "cs": "komisař komisařka", "uk": "комісар комісарка уповноважений", "pl": "komisarz rzecznik", "no": "kommissær", "da": "kommissær"},
    "adviser": {"en": "adviser advisor", "fr": "conseiller conseillère", "es": "asesor asesora consejero",
                "it": "consigliere consulente", "pt": "assessor assessora conselheiro",
                "de": "berater beraterin", "nl": "adviseur", "sv": "rådgivare", "ru": "советник",
        "cs": "poradce poradkyně", "uk": "радник радниця", "pl": "doradca doradczyni", "no": "rådgiver", "da": "rådgiver"},
    "campaigner": {"en": "campaigner activist", "fr": "militant militante", "es": "activista",
                   "it": "attivista", "pt": "ativista", "de": "aktivist aktivistin", "nl": "activist",
                   "sv": "aktivist", "ru": "активист активистка",
        "cs": "aktivista aktivistka", "uk": "активіст активістка", "pl": "aktywista aktywistka", "no": "aktivist", "da": "aktivist"},
    "ambassador": {"en": "ambassador", "fr": "ambassadeur ambassadrice", "es": "embajador embajadora",
                   "it": "ambasciatore ambasciatrice", "pt": "embaixador embaixadora", "de": "botschafter botschafterin",
                   "nl": "ambassadeur", "sv": "ambassadör", "ru": "посол",
        "cs": "velvyslanec velvyslankyně", "uk": "посол", "pl": "ambasador ambasadorka", "no": "ambassadør", "da": "ambassadør"},
    "mayor": {"en": "mayor", "fr": "maire", "es": "alcalde alcaldesa", "it": "sindaco sindaca", "pt": "prefeito prefeita",
              "de": "bürgermeister bürgermeisterin", "nl": "burgemeester", "sv": "borgmästare", "ru": "мэр",
        "cs": "starosta starostka primátor primátorka", "uk": "мер", "pl": "burmistrz prezydent", "no": "ordfører", "da": "borgmester"},
    # A central bank's governor is its president in Dutch and German, its head or chair in Russian.
    "governor": {"en": "governor", "fr": "gouverneur gouverneure", "es": "gobernador gobernadora",
                 "it": "governatore governatrice", "pt": "governador governadora",
                 "de": "gouverneur gouverneurin präsident präsidentin", "nl": "gouverneur president",
                 "sv": "guvernör riksbankschef", "ru": "губернатор глава председатель управляющий",
        "cs": "guvernér guvernérka", "uk": "губернатор голова керуючий", "pl": "gubernator prezes", "no": "sentralbanksjef guvernør", "da": "nationalbankdirektør guvernør"},
    "professor": {"en": "professor", "fr": "professeur professeure", "es": "profesor profesora",
                  "it": "professore professoressa", "pt": "professor professora", "de": "professor professorin",
                  "nl": "professor hoogleraar", "sv": "professor", "ru": "профессор",
        "cs": "profesor profesorka", "uk": "професор професорка", "pl": "profesor profesorka", "no": "professor", "da": "professor"},
    "editor": {"en": "editor", "fr": "rédacteur rédactrice", "es": "redactor redactora editor",
               "it": "redattore redattrice direttore", "pt": "editor editora redator", "de": "redakteur redakteurin",
               "nl": "redacteur", "sv": "redaktör", "ru": "редактор",
        "cs": "redaktor redaktorka", "uk": "редактор редакторка", "pl": "redaktor redaktorka", "no": "redaktør", "da": "redaktør"},
    "executive": {"en": "executive ceo", "fr": "exécutif exécutive pdg", "es": "ejecutivo ejecutiva",
                  "it": "esecutivo esecutiva amministratore", "pt": "executivo executiva",
                  "de": "geschäftsführer geschäftsführerin vorstandschef", "nl": "bestuurder topman topvrouw", "sv": "verkställande vd",
                  "ru": "исполнительный гендиректор",
        "cs": "výkonný výkonná", "uk": "гендиректор виконавчий", "pl": "prezes", "no": "konsernsjef administrerende", "da": "koncernchef administrerende"},
}


@lru_cache(maxsize=None)
def role_words(language: str) -> dict[str, frozenset[str]]:
    """Word -> the roles it names, in ``language`` (empty where unknown)."""
    out: dict[str, set[str]] = {}
    for role, by_language in ROLES.items():
        for word in by_language.get(listed_as(language), "").split():
            out.setdefault(word, set()).add(role)
    return {word: frozenset(roles) for word, roles in out.items()}


# Languages that write a title as one compound word ("Forschungsdirektorin",
# "persvoorlichter", "pressekreterare"): its last part names the role.
COMPOUNDING = frozenset("de nl sv da no nb".split())
CAPITALISED_NOUNS = frozenset({"de", "lb"})  # languages that capitalise every noun: a capital is no name there
# Languages that write many acronyms as words, with one capital ("l’Urss", "all’Onu", "la Otan"):
# the encoder knows them in capitals ("URSS") only.
ACRONYMS_AS_WORDS = frozenset("it es fr pt ca ro gl".split())
DEPUTY_PREFIXES = ("vice-", "vice", "vise-", "vise", "sous-", "sub", "vize-", "vize", "zástupce", "віце-", "вице-")
# The definite article of the Scandinavian languages, written as the noun's ending.
DEFINITE_SUFFIXES = {"sv": ("en", "n", "et", "t", "erna", "na"), "no": ("en", "n", "et", "a", "ene", "ne"),
                     "da": ("en", "n", "et", "erne", "ne")}
CASE_ENDINGS = frozenset("ru uk pl cs sk".split())  # languages whose nouns change their ending by case
COMPOUND_PART_AT_LEAST = 5  # letters of the role part ("direktorin", not "rat")


@lru_cache(maxsize=65_536)  # asked for every word of every sentence of every group
def roles_of(word: str, language: str) -> frozenset[str]:
    """The roles a word names: the word itself, or in a compounding
    language its longest ending that is a role word."""
    roles = role_words(listed_as(language))
    lower = re.sub(r"^\w{1,4}[’']", "", word.lower())  # "L’amministratore"
    if lower in roles:
        return roles[lower]
    for prefix in DEPUTY_PREFIXES:  # "vicegobernador", "sous-gouverneur", "vice-governador"
        rest = lower[len(prefix):]
        if lower.startswith(prefix) and len(rest) >= COMPOUND_PART_AT_LEAST and rest in roles:
            return roles[rest] | {"deputy"}
    if "-" in lower.strip("-"):  # "secretária-geral", "Haut-Commissaire", "secretaris-generaal": its parts' roles
        parts = [roles_of(part, language) for part in lower.split("-") if len(part) >= COMPOUND_PART_AT_LEAST]
        if any(parts):
            return frozenset().union(*parts)
    if language in CASE_ENDINGS:  # "главы", "директора": a role word in another case
        for word, named in roles.items():
            if len(word) >= 4 and lower[:len(word) - 1] == word[:-1] and len(lower) <= len(word) + 2:
                return named
    for suffix in DEFINITE_SUFFIXES.get(listed_as(language), ()):  # "direktøren", "direktören": the director
        if lower.endswith(suffix) and lower[:-len(suffix)] in roles:
            return roles[lower[:-len(suffix)]]
    if language in COMPOUNDING:
        for start in range(1, len(lower) - COMPOUND_PART_AT_LEAST + 1):
            if lower[start:] in roles:
                # "Vizegouverneur", "vicepresident": a deputy's prefix is a role too
                prefix = lower[:start].rstrip("-")
                return roles[lower[start:]] | roles.get(prefix, frozenset())
    return frozenset()


# A paragraph opening with one of these dashes is speech (Scandinavian,
# Russian, Spanish and Italian newspapers quote that way: "– Vi kräver …").
QUOTATION_DASHES = "–—"
# Quotation marks: opening -> closing characters it may pair with.
QUOTE_PAIRS = {
    "“": "”“\"", "„": "“”\"", "«": "»", "\"": "\"”", "‘": "’‘'", "‚": "‘’", "‹": "›", "'": "'’",
    "「": "」",
}
