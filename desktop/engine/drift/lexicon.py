"""Words the drift checks look for, by language (English, Russian, German).
Lists, not models: every flag must be explainable to a translator."""
from __future__ import annotations

# The languages whose number words NUMBER_WORDS holds: across languages a
# figure written as a word is compared only when the other side's are known.
NUMBER_WORD_LANGUAGES = frozenset({"en", "ru", "de"})
NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "dozen": 12,
    "два": 2, "две": 2, "двух": 2, "три": 3, "трех": 3, "трёх": 3, "четыре": 4, "четырех": 4,
    "четырёх": 4, "пять": 5, "пяти": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9,
    "десять": 10, "двадцать": 20, "сто": 100, "одиннадцать": 11, "двенадцать": 12,
    "тринадцать": 13, "четырнадцать": 14, "пятнадцать": 15, "шестнадцать": 16, "семнадцать": 17,
    "восемнадцать": 18, "девятнадцать": 19, "тридцать": 30, "сорок": 40, "пятьдесят": 50,
    "четырнадцати": 14, "пятнадцати": 15, "десяти": 10, "двадцати": 20, "шести": 6, "семи": 7,
    "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9,
    "zehn": 10, "zwölf": 12, "zwanzig": 20, "hundert": 100, "elf": 11, "dreizehn": 13,
    "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19,
    "dreißig": 30, "vierzig": 40, "fünfzig": 50,
}
SCALE_WORDS = {
    "thousand": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9, "bn": 1e9,
    "m": 1e6, "тысяч": 1e3, "тыс": 1e3, "тысячи": 1e3, "млн": 1e6, "миллиона": 1e6, "миллионов": 1e6,
    "миллион": 1e6, "млрд": 1e9, "миллиарда": 1e9, "миллиардов": 1e9, "tausend": 1e3,
    "millionen": 1e6, "million.": 1e6, "mio": 1e6, "milliarden": 1e9, "mrd": 1e9,
}
PERCENT_WORDS = ("percent", "per cent", "%", "процент", "процента", "процентов", "prozent")

MONTHS = {
    **{m: i for i, m in enumerate(
        "january february march april may june july august september october november december".split(), 1)},
    **{m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)},
    "sept": 9,
    **{m: i for i, m in enumerate(
        "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(), 1)},
    **{m: i for i, m in enumerate(
        "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь".split(), 1)},
    **{m: i for i, m in enumerate(
        "januar februar märz april mai juni juli august september oktober november dezember".split(), 1)},
    **{m: i for i, m in enumerate(
        "январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре".split(), 1)},
    "янв": 1, "фев": 2, "мар": 3, "апр": 4, "авг": 8, "сен": 9, "окт": 10, "ноя": 11, "дек": 12,
}
WEEKDAYS = {
    **{d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())},
    **{d: i for i, d in enumerate(
        "понедельник вторник среду среда четверг пятницу пятница субботу суббота воскресенье".split())},
    **{d: i for i, d in enumerate("montag dienstag mittwoch donnerstag freitag samstag sonntag".split())},
}
# Relative references to a day: compared with each other and with weekdays.
RELATIVE_DAYS = frozenset(
    "today yesterday tomorrow tonight сегодня вчера завтра heute gestern morgen".split())
# The same relative time in each language, so "today" and "сегодня" agree.
RELATIVE_MEANING = {
    "today": "day 0", "сегодня": "day 0", "heute": "day 0",
    "yesterday": "day -1", "вчера": "day -1", "gestern": "day -1",
    "tomorrow": "day +1", "завтра": "day +1", "morgen": "day +1",
    "this week": "week 0", "на этой неделе": "week 0", "diese woche": "week 0",
    "last week": "week -1", "на прошлой неделе": "week -1", "letzte woche": "week -1",
    "this year": "year 0", "в этом году": "year 0", "dieses jahr": "year 0",
    "last year": "year -1", "в прошлом году": "year -1", "letztes jahr": "year -1",
    "im vergangenen jahr": "year -1", "vergangenes jahr": "year -1",
    "in recent years": "recent years", "в последние годы": "recent years",
    "in den letzten jahren": "recent years", "recently": "recently", "недавно": "recently",
    "kürzlich": "recently", "currently": "now", "в настоящее время": "now", "derzeit": "now",
}
# Relative time expressions (matched on case-folded text).
RELATIVE_TIME = (
    "today", "yesterday", "tomorrow", "tonight", "this week", "last week", "next week",
    "this month", "last month", "next month", "this year", "last year", "next year",
    "earlier this year", "recently", "in recent years", "in recent months", "currently",
    "сегодня", "вчера", "завтра", "на этой неделе", "на прошлой неделе", "в этом году",
    "в прошлом году", "в последние годы", "недавно", "в настоящее время",
    "heute", "gestern", "morgen", "diese woche", "letzte woche", "dieses jahr", "letztes jahr",
    "im vergangenen jahr", "vergangenes jahr", "in den letzten jahren", "kürzlich", "derzeit",
)
NEGATIONS = frozenset(
    "not no no-one never none nobody nothing neither nor cannot can't won't isn't aren't wasn't weren't "
    "doesn't don't didn't hasn't haven't hadn't shouldn't wouldn't couldn't mustn't without "
    "не нет ни никогда никто ничего ничто нельзя без "
    "nicht kein keine keinen keinem keiner keines nie niemals niemand nichts weder ohne".split()
)
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
SPEECH_VERBS = frozenset(
    "said says say told tells added adds noted stated explained explains "
    "warned warns stressed stresses argued argues claimed according announced reported "
    "wrote writes commented recalled insisted emphasised emphasized "
    "сказал сказала заявил заявила отметил отметила добавил добавила сообщил сообщили "
    "подчеркнул подчеркнула пояснил пояснила считает по "
    "sagte sagt erklärte erklärt betonte betont fügte teilte warnte laut".split()
)
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
# Quotation marks: opening -> closing characters it may pair with.
QUOTE_PAIRS = {
    "“": "”“\"", "„": "“”\"", "«": "»", "\"": "\"”", "‘": "’‘'", "‚": "‘’", "‹": "›", "'": "'’",
    "「": "」",
}
