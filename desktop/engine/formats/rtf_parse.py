"""A small RTF reader: the text of the body, paragraph by paragraph, as
Word shows it with tracked changes accepted (\\deleted text dropped),
hidden text, fields' instructions, pictures and the document's tables of
fonts, colours and styles left out, footnotes kept apart. Characters come
from \\uN, or from \\'hh in the code page of the font (\\fcharset) or the
document (\\ansicpg)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .wordml import superscript

_TOKEN = re.compile(rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\(.)|([{}])|[\r\n]+|([^\\{}\r\n]+)",
                    re.DOTALL)
# Destinations whose text is not the document's (besides every \* one).
_IGNORED = frozenset("""fonttbl colortbl stylesheet info pict object header headerl headerr headerf footer
    footerl footerr footerf fldinst themedata colorschememapping datastore xmlnstbl listtable
    listoverridetable rsidtbl generator latentstyles pgdsctbl revtbl filetbl mmathPr xe tc txe bkmkstart
    bkmkend annotation atnid atnauthor""".split())
_CHARSETS = {0: "cp1252", 204: "cp1251", 238: "cp1250", 161: "cp1253", 162: "cp1254", 186: "cp1257",
             177: "cp1255", 178: "cp1256", 222: "cp874", 163: "cp1258", 128: "cp932", 134: "gbk",
             136: "big5", 129: "cp949", 77: "mac_roman"}
_BREAKS = {"par": "\n", "row": "\n", "sect": "\n", "page": "\n", "line": " ", "tab": " ", "cell": " | ",
           "emdash": "—", "endash": "–", "bullet": "•", "lquote": "‘", "rquote": "’", "ldblquote": "“",
           "rdblquote": "”", "emspace": " ", "enspace": " ", "qmspace": " "}
_SYMBOLS = {"~": "\u00a0", "-": "", "_": "\u2011", "\\": "\\", "{": "{", "}": "}"}


@dataclass
class _State:
    skip: bool = False  # an ignored destination, deleted or hidden text
    note: bool = False  # inside a footnote
    note_start: bool = False  # the group that opened the footnote
    font: int = -1
    uc: int = 1  # how many fallback characters follow a \uN
    destination: str = ""  # "fonttbl" / "stylesheet" while reading those tables


@dataclass
class RtfText:
    paragraphs: list[tuple[str, str]] = field(default_factory=list)  # text, "heading" / "row" / ""
    notes: list[tuple[str, int]] = field(default_factory=list)  # footnote text, the paragraph citing it


class _Parser:
    def __init__(self) -> None:
        self.codepage = "cp1252"
        self.fonts: dict[int, str] = {}
        self.headings: set[int] = set()  # style numbers named Title or heading N
        self.out = RtfText()
        self.text: list[str] = []
        self.note: list[str] = []
        self.heading = False
        self.row = False  # the paragraph is a table row (its cells ended by \cell)
        self.skip_chars = 0
        self.entry: list[str] = []  # the font or style entry being read
        self.entry_number = -1

    def feed(self, data: bytes) -> RtfText:
        stack: list[_State] = []
        state = _State()
        for match in _TOKEN.finditer(data):
            word, number, hexcode, symbol, brace, plain = match.groups()
            if brace == b"{":
                stack.append(state)
                state = replace(state, note_start=False)
            elif brace == b"}":
                self._end_group(state)
                state = stack.pop() if stack else state
            elif word is not None:
                self._control(state, word.decode("ascii"), int(number) if number is not None else None)
            elif hexcode is not None:
                self._char(state, bytes([int(hexcode, 16)]).decode(self._codepage(state), errors="replace"), True)
            elif symbol is not None:
                self._symbol(state, symbol.decode("latin-1"))
            elif plain is not None:
                self._plain(state, plain.decode(self._codepage(state), errors="replace"))
        self._paragraph_end()
        return self.out

    def _codepage(self, state: _State) -> str:
        return self.fonts.get(state.font, self.codepage)

    def _control(self, state: _State, word: str, number: int | None) -> None:
        if word in _IGNORED or word == "footnote" and state.note:
            if word in ("fonttbl", "stylesheet"):
                state.destination = word
            state.skip = True
        elif word == "footnote":
            state.note, state.note_start, self.note = True, True, []
        elif word == "chftn":
            if not state.note:  # the reference mark in the text; the note's own copy is dropped
                self._plain(state, superscript(len(self.out.notes) + 1))
        elif word == "ansicpg" and number:
            self.codepage = f"cp{number}"
        elif word == "f" and number is not None:
            state.font = number
            self.entry_number = number
        elif word == "s" and number is not None and state.destination:
            self.entry_number = number
        elif word == "s" and number is not None:
            self.heading = self.heading or number in self.headings
        elif word == "fcharset" and number in _CHARSETS and state.destination == "fonttbl":
            self.fonts[self.entry_number] = _CHARSETS[number]
        elif word == "outlinelevel" and number is not None and number < 9:
            self.heading = True
        elif word == "uc" and number is not None:
            state.uc = number
        elif word == "u" and number is not None:
            self._char(state, chr(number % 65536 if number < 0 else number), False)
            self.skip_chars = state.uc
        elif word in ("deleted", "v") and number != 0:
            state.skip = True
        elif word == "pard":
            self.heading = False
        elif word in _BREAKS:
            self._break(state, _BREAKS[word])

    def _break(self, state: _State, text: str) -> None:
        if state.skip:
            return
        if text == "\n" and not state.note:
            self._paragraph_end()
        elif text == " | " and not state.note:
            self.row = True
            self.text.append(text)
        else:
            (self.note if state.note else self.text).append(" " if text == "\n" else text)

    def _symbol(self, state: _State, symbol: str) -> None:
        if symbol == "*":
            state.skip = True  # an optional destination this reader does not know
        elif symbol in _SYMBOLS:
            self._char(state, _SYMBOLS[symbol], False)

    def _plain(self, state: _State, text: str) -> None:
        if self.skip_chars:
            dropped = min(self.skip_chars, len(text))
            text, self.skip_chars = text[dropped:], self.skip_chars - dropped
        if state.destination:
            self.entry.append(text)
        elif not state.skip:
            (self.note if state.note else self.text).append(text)

    def _char(self, state: _State, char: str, fallback: bool) -> None:
        if fallback and self.skip_chars:
            self.skip_chars -= 1
            return
        self._plain(state, char)

    def _end_group(self, state: _State) -> None:
        if state.destination == "stylesheet" and self.entry:
            name = "".join(self.entry).strip().rstrip(";").strip().lower()
            if name == "title" or name.startswith("heading"):
                self.headings.add(self.entry_number)
        if state.destination:
            self.entry = []
        if state.note_start and not state.skip:
            text = " ".join("".join(self.note).split())
            if text:
                self.out.notes.append((text, len(self.out.paragraphs) + 1))
            self.note = []

    def _paragraph_end(self) -> None:
        role = "row" if self.row else "heading" if self.heading else ""
        self.out.paragraphs.append(("".join(self.text).strip(" |"), role))
        self.text, self.row = [], False


def parse_rtf(data: bytes) -> RtfText:
    return _Parser().feed(data)
