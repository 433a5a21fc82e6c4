"""Word-level views of a paragraph: display tokens with spans (for the word
diff) and content keys (for alignment), in a language-aware way."""
from __future__ import annotations

import re
from functools import lru_cache

import snowballstemmer

from .normalise import fold
from .translit import skeleton

# Words keep inner apostrophes and hyphens ("it's", "same-sex"); numbers keep
# their separators ("1,500,000", "3.5") so a changed figure is one token.
TOKEN = re.compile(
    r"\d+(?:[.,:/]\d+)*%?"
    r"|[^\W\d_]+(?:['’\-‐][^\W\d_]+)*"
    r"|\s+"
    r"|[^\w\s]|_",
    re.UNICODE,
)
_WORD = re.compile(r"[^\W_]", re.UNICODE)
# The same tokens without the whitespace between them (the word diff's view).
VISIBLE_TOKEN = re.compile(
    r"\d+(?:[.,:/]\d+)*%?"
    r"|[^\W\d_]+(?:['’\-‐][^\W\d_]+)*"
    r"|[^\w\s]|_",
    re.UNICODE,
)

STEMMER_NAMES = {
    "en": "english", "ru": "russian", "de": "german", "fr": "french", "es": "spanish",
    "it": "italian", "pt": "portuguese", "nl": "dutch", "sv": "swedish", "da": "danish",
    "no": "norwegian", "fi": "finnish", "hu": "hungarian", "ro": "romanian", "tr": "turkish",
    "uk": "ukrainian", "ca": "catalan", "el": "greek", "lt": "lithuanian", "hy": "armenian",
}

STOPWORDS = frozenset(
    """a about after all also an and any are as at be been being but by can could did do does
    for from had has have he her his how i if in into is it its it's me more most my no not of
    on or our she so some such than that the their them then there these they this those to
    was we were what when where which while who whom why will with would you your said says
    say told one two us only other over up out very just even now new
    и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне
    было вот от меня еще нет о из ему теперь когда даже ну вдруг ли если уже или ни быть был него
    до вас нибудь опять уж вам ведь там потом себя ничего ей может они тут где есть надо ней для
    мы тебя их чем была сам чтобы без будто чего раз тоже себе под будет ж тогда кто этот того
    потому этого какой совсем ним здесь этом один почти мой тем чтобы нее сейчас были куда зачем
    всех никогда можно при наконец два об другой хоть после над больше тот через эти нас про
    всего них какая много разве три эту моя впрочем хорошо свою этой перед иногда лучше чуть том
    нельзя такой им более всегда конечно всю между это также заявил сообщил
    der die das und in zu den von mit sich des auf für ist im dem nicht ein eine als auch es an
    werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum
    war haben nur oder aber vor zur bis mehr durch man sein wurde sei ihre ihr seine seiner
    le la les de des du un une et en est que qui dans pour pas sur au avec ce il elle par
    el los las del y en que por con para una es se lo al""".split()
)


@lru_cache(maxsize=64)
def _stemmer(language: str):
    """Snowball's stemmer for the language, or None (words unstemmed) where
    the installed snowballstemmer has none: no language may crash a comparison."""
    name = STEMMER_NAMES.get(language)
    return snowballstemmer.stemmer(name) if name in _AVAILABLE_STEMMERS else None


_AVAILABLE_STEMMERS = frozenset(snowballstemmer.algorithms())


def tokens(text: str) -> list[tuple[str, int, int]]:
    """Display tokens (words, numbers, spaces, punctuation) with their spans."""
    return [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text)]


def is_word(token: str) -> bool:
    return bool(_WORD.match(token))


def content_keys(text: str, language: str) -> list[str]:
    """Stemmed, case-folded content words and numbers, in order. Stems are
    cut to seven letters so inflection and derivation ("relations" /
    "relationships") still meet."""
    return list(_content_keys(text, language))


@lru_cache(maxsize=100_000)
def _content_keys(text: str, language: str) -> tuple[str, ...]:
    """Cached: the aligner and the drift checks read the same sentences."""
    keys = []
    for word in TOKEN.findall(fold(text, ignore_case=True, ignore_quotes=False)):
        if word in STOPWORDS or not _WORD.match(word):
            continue
        keys.append(_key(word, language))
    return tuple(keys)


@lru_cache(maxsize=20_000)
def content_key_spans(text: str, language: str) -> tuple[tuple[str, int, int], ...]:
    """The content keys of ``text`` with the span of the word each comes from."""
    found = []
    for m in TOKEN.finditer(text):
        word = fold(m.group(), ignore_case=True, ignore_quotes=False)
        if word in STOPWORDS or not _WORD.match(word):
            continue
        found.append((_key(word, language), m.start(), m.end()))
    return tuple(found)


@lru_cache(maxsize=200_000)
def _key(word: str, language: str) -> str:
    if word[0].isdigit():
        return "#" + word.rstrip("%").replace(",", ".")
    plain = word.replace("-", "").replace("'", "")
    stemmer = _stemmer(language)
    return (stemmer.stemWord(plain) if stemmer else plain)[:7]


_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-ZА-ЯЁ][\w'’\-]+", re.UNICODE)
_ACRONYM = re.compile(r"\b[A-ZА-ЯЁ]{2,}\b")
_NUMBER = re.compile(r"\d+(?:[.,:/]\d+)*")


def entity_keys(text: str, language: str) -> set[str]:
    """Numbers and names (capitalised words not opening a sentence, acronyms):
    the facts a rewrite should keep."""
    found = {_key(n.replace(",", "."), language) for n in _NUMBER.findall(text)}
    for name in set(_NAME.findall(text)) | set(_ACRONYM.findall(text)):
        word = fold(name, ignore_case=True, ignore_quotes=False)
        if word not in STOPWORDS:
            # A script-free skeleton, so Кривошеев meets Krivosheev.
            found.add("@" + skeleton(re.sub(r"['’]s$", "", word))[:5])
    return found


def cognate_keys(text: str) -> list[str]:
    """Keys that survive translation between languages the encoder does not
    know: numbers, and the script-free skeleton of every word of four
    letters or more, cut to five (Armenien / Armenia, Krivosheev)."""
    keys = []
    for word in TOKEN.findall(fold(text, ignore_case=True, ignore_quotes=False)):
        if word[0].isdigit():
            keys.append(_key(word, ""))
        elif _WORD.match(word) and len(word) >= 4 and word not in STOPWORDS:
            keys.append(skeleton(word)[:5])
    return keys
