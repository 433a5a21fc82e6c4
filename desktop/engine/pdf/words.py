"""Words as the author wrote them: ligature glyphs expanded, the wide spaces
of justified text collapsed, line-end hyphenation undone where it is a
break and kept where it is a real hyphen, and words the layout split inside
("Discrim ination") put back together when the document itself shows the
whole word elsewhere."""
from __future__ import annotations

import re
from typing import Optional

from .runs import WEAK_SPACE

SOFT_HYPHEN = "\u00ad"
BREAK_HYPHENS = ("-", "\u2010")  # hyphen-minus and the Unicode hyphen
_GLYPH_FIXES = str.maketrans({  # ligatures spelled out, symbol-font bullets
    "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
    "\ufb05": "st", "\ufb06": "st",
    # Word's bullets come from the Symbol and Wingdings fonts, mapped into
    # the private use area
    "\uf0b7": "•", "\uf0a7": "▪", "\uf0d8": "➢", "\uf076": "❖", "\uf0fc": "✓", "\uf0a8": "□",
})
_SPACE_RUN = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_WEAK_AROUND_SPACE = re.compile(f" ?{WEAK_SPACE}+ ?")
_WORD_EDGE = re.compile(r"^\W+|\W+$")
_TOKEN = re.compile(r"\w+(?:[-\u2010]\w+)*")
_DOUBTFUL = re.compile(f"\\w*{WEAK_SPACE}[\\w{WEAK_SPACE}]*")  # words around guessed spaces
_HYPHEN_SPLIT = re.compile("[-\u2010]")
# Halves that make a line-end hyphen a real one ("non-", "long-",
# "-related") in English news text. Typesetters break words at syllables,
# and many syllables are words too ("state-ment", "thresh-old", "part-ner"):
# a head counts only before a tail long enough to be a word of its own.
_NUMBERS = """one two three four five six seven eight nine ten twenty thirty forty fifty sixty
    seventy eighty ninety hundred""".split()
COMPOUND_HEADS = frozenset(
    """non self same well anti cross long short high low full part half far ill all so first
    second third""".split() + _NUMBERS
)
NUMBER_WORDS = frozenset(_NUMBERS + "first second third fourth fifth sixth seventh eighth ninth".split())
COMPOUND_TAILS = frozenset(
    """related based led owned run term wide level scale like free friendly sex speaking
    funded oriented specific affiliated backed focused minded driven linked called""".split()
)
_WORD_LENGTH = 5  # a tail this long after a compound head is taken for a word
# Words written solid that typesetters like to break between their parts.
CLOSED_COMPOUNDS = frozenset(
    """without within everything something anything nothing everyone someone anyone nobody
    sometimes however whatever whenever wherever therefore furthermore nevertheless
    meanwhile otherwise become became because before behind between beyond inside outside
    overall understand understood undertake another itself themselves ourselves himself
    herself yourself cannot today tonight already although altogether whereas whether
    throughout elsewhere nonetheless moreover hereby thereby""".split()
)


def clean_line(text: str) -> str:
    """One extracted line, tidied: ligatures expanded, symbol-font bullets
    made bullets, soft hyphens dropped except a line-end one (it marks a
    break), runs of spaces (of any width) made one; a guessed space next to a
    real one is dropped."""
    text = text.translate(_GLYPH_FIXES)
    if SOFT_HYPHEN in text[:-1]:
        text = text[:-1].replace(SOFT_HYPHEN, "") + text[-1]
    text = _SPACE_RUN.sub(" ", text)
    text = _WEAK_AROUND_SPACE.sub(_weak_or_space, text)
    return text.strip(" " + WEAK_SPACE)


def _weak_or_space(match: re.Match) -> str:
    return " " if " " in match.group(0) else WEAK_SPACE


class Vocabulary:
    """Words the document spells whole somewhere: the evidence for mending
    hyphenation and split words. Fragments that are themselves in doubt (the
    halves of a line-end hyphenation, pieces around a guessed space) are left
    out, or they would vouch for themselves. Built on first use: most
    documents never ask."""

    def __init__(self) -> None:
        self._paragraphs: list[list[str]] = []
        self._words: Optional[set[str]] = None
        self._hyphenated: set[str] = set()

    def add_lines(self, lines: list[str]) -> None:
        """Consecutive lines of one paragraph."""
        self._paragraphs.append(lines)
        self._words = None

    @property
    def words(self) -> set[str]:
        if self._words is None:
            self._words = set()
            for lines in self._paragraphs:
                self._index(lines)
        return self._words

    @property
    def hyphenated(self) -> set[str]:
        self.words  # noqa: B018 - builds the index
        return self._hyphenated

    def knows(self, word: str) -> bool:
        return word.casefold() in self.words

    def _index(self, lines: list[str]) -> None:
        after_break = False
        for line in lines:
            tokens = _TOKEN.findall(_DOUBTFUL.sub(" ", line).casefold())
            if after_break and tokens:
                tokens = tokens[1:]
            after_break = line.endswith(BREAK_HYPHENS + (SOFT_HYPHEN,))
            if after_break and tokens:
                tokens = tokens[:-1]
            for token in tokens:
                if "-" in token or "\u2010" in token:
                    self._hyphenated.add(token.replace("\u2010", "-"))
                    self._words.update(part for part in _HYPHEN_SPLIT.split(token) if part)
                else:
                    self._words.add(token)


def join_lines(lines: list[str], vocabulary: Vocabulary) -> str:
    """Lines of one paragraph joined into the text as displayed."""
    text = ""
    for line in lines:
        if not line:
            continue
        text = _join_two(text, line, vocabulary) if text else line
    return mend_split_words(text, vocabulary)


def _join_two(left: str, right: str, vocabulary: Vocabulary) -> str:
    if left.endswith(SOFT_HYPHEN):
        return left[:-1] + right
    if left.endswith(BREAK_HYPHENS) and len(left) > 1 and left[-2].isalpha() and right[0].isalpha():
        head = _last_word(left[:-1])
        tail = _first_word(right)
        if keeps_hyphen(head, tail, vocabulary):
            return left + right
        return left[:-1] + right
    if left.endswith(("—", "–")) and not left[:-1].endswith(" "):
        return left + right  # a closed-up dash joins its words directly
    return f"{left} {right}"


def _last_word(text: str) -> str:
    token = text.rsplit(" ", 1)[-1]
    return re.split("[-\u2010]", _WORD_EDGE.sub("", token))[-1]


def _first_word(text: str) -> str:
    token = text.split(" ", 1)[0]
    return re.split("[-\u2010]", _WORD_EDGE.sub("", token.replace(WEAK_SPACE, " ").split(" ")[0]))[0]


def keeps_hyphen(head: str, tail: str, vocabulary: Vocabulary) -> bool:
    """Is the hyphen between ``head`` (end of a line) and ``tail`` (start of
    the next) part of the word? The document's own spelling decides first;
    then the shape of the parts; a plain break otherwise."""
    if not head or not tail:
        return True
    if tail[0].isupper() or any(c.isupper() for c in head[1:]) or any(c.isdigit() for c in head + tail):
        return True  # "LGBTI-related", "anti-Russian", "COVID-19"
    h, t = head.casefold(), tail.casefold()
    if f"{h}-{t}" in vocabulary.hyphenated:
        return True
    if vocabulary.knows(h + t) or h + t in CLOSED_COMPOUNDS:
        return False
    if h in COMPOUND_HEADS and (len(t) >= _WORD_LENGTH or vocabulary.knows(t) or t in NUMBER_WORDS):
        return True
    if t in COMPOUND_TAILS and len(h) > 2:
        return True
    # two words the document uses on their own ("all-out", "rights-based")
    return len(h) > 2 and vocabulary.knows(h) and vocabulary.knows(t)


def mend_split_words(text: str, vocabulary: Vocabulary) -> str:
    """Each guessed space: removed between single letters (letter-spaced
    type) and when the document spells the joined word elsewhere and not
    both halves; kept otherwise (a wrong space reads better than two words
    run together)."""
    if WEAK_SPACE not in text:
        return text
    pieces = text.split(WEAK_SPACE)
    out = pieces[0]
    for before, piece in zip(pieces, pieces[1:]):
        left, right = _last_word_whole(out), _first_word_whole(piece)
        spaced_letters = len(_last_word_whole(before)) == 1 and len(right) == 1  # "P R E S S"
        if spaced_letters or _known_whole(left, right, vocabulary):
            out += piece
        else:
            out += " " + piece
    return out


def _known_whole(left: str, right: str, vocabulary: Vocabulary) -> bool:
    if not left or not right:
        return False
    both_words = vocabulary.knows(left) and vocabulary.knows(right)
    return vocabulary.knows(left + right) and not both_words


def _last_word_whole(text: str) -> str:
    match = re.search(r"\w+$", text)
    return match.group(0) if match else ""


def _first_word_whole(text: str) -> str:
    match = re.match(r"\w+", text)
    return match.group(0) if match else ""


def display_text(text: str) -> str:
    """No guessed-space marker ever reaches the user."""
    return text.replace(WEAK_SPACE, " ").strip()
