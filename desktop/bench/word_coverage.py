"""Is any text of a PDF lost? Tandem's paragraphs (body and boilerplate
together) against the words pdfminer.six's own ``extract_text`` finds.

Words are compared as a multiset (a paragraph dropped shows even when all
its words occur elsewhere), after Unicode compatibility folding (ligatures)
and case folding. Where the two cut words differently, both cuts count:
- pdfminer's consecutive words that make one of Tandem's (a line-end
  hyphenation Tandem mended, "demoral-" "izing");
- one of pdfminer's words that Tandem has in pieces (a space Tandem kept
  between two glyphs that pdfminer joined, or a line whose spaces pdfminer
  lost), or backwards (pdfminer writes right-to-left scripts as drawn).
Two things of pdfminer's own are not words of the document: glyphs it
could not map (printed "(cid:12)"), and the lines of one glyph each that it
prints for text running in another direction (a margin note turned on its
side comes out one letter a line, in no particular order): those glyphs
only have to be among the letters of Tandem's words that matched nothing.
A line pdfminer finds twice at one place (text drawn twice for a bold or
shadow effect, which Tandem reads once) counts once.

For measuring only (tests and the benchmark): pdfminer runs in this
process, so only on files the caller trusts."""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable

_WORD = re.compile(r"\w+")
_UNMAPPED = re.compile(r"\(cid:\d+\)")
_MAX_JOINED = 12  # pdfminer's words that may make one of Tandem's ("P R E S S")
_LONGEST_PIECE = 40  # characters of one piece of a word pdfminer ran together
_BREAK_REACH = 80  # words between the halves of a word broken across pages
_SAME_PLACE = 1.5  # points: a line drawn again this close is the same line


@dataclass
class Coverage:
    reference: int  # words pdfminer found
    found: int  # of those, found in Tandem's paragraphs
    missing: Counter = field(default_factory=Counter)

    @property
    def share(self) -> float:
        return self.found / self.reference if self.reference else 1.0

    def __str__(self) -> str:
        lost = ", ".join(f"{word}×{count}" for word, count in self.missing.most_common(8))
        return f"{self.found} of {self.reference} words ({100 * self.share:.1f} %)" + (
            f"; missing: {lost}" if lost else "")


def words(text: str) -> list[str]:
    folded = unicodedata.normalize("NFKC", _UNMAPPED.sub(" ", text)).casefold()
    return _WORD.findall(folded)


def reference_lines(path: str, password: str = "") -> list[str]:
    """The lines of pdfminer's ``extract_text`` (same layout parameters), a
    line repeated at the same place on its page kept once."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTTextContainer, LTTextLine

    lines: list[str] = []
    for page in extract_pages(path, password=password):
        seen: list[tuple[str, tuple[float, ...]]] = []
        for element in page:
            if not isinstance(element, LTTextContainer):
                continue
            parts = [element] if isinstance(element, LTTextLine) else list(element)
            for line in parts:
                text = line.get_text()
                box = tuple(line.bbox)
                if any(text == t and _same_place(box, b) for t, b in seen):
                    continue
                seen.append((text, box))
                lines.append(text)
    return lines


def _same_place(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return all(abs(x - y) <= _SAME_PLACE for x, y in zip(a, b))


def word_coverage(kept_texts: Iterable[str], lines: list[str]) -> Coverage:
    """How many of the words in pdfminer's ``lines`` Tandem's texts hold."""
    stray = [line.strip() for line in lines if len(line.strip()) == 1]
    reference, breaks = _words_and_breaks([line for line in lines if len(line.strip()) != 1])
    stray_letters = words(" ".join(stray))
    available = Counter(words("\n".join(kept_texts)))
    covered = [False] * len(reference)
    _take_exact(reference, covered, available)
    _take_joined(reference, covered, available)
    _take_broken(reference, breaks, covered, available)
    _take_exact(reference, covered, available)  # words a join gave back
    missing_at = _take_split(reference, [i for i, done in enumerate(covered) if not done], available)
    unmatched_letters = _take_letters(stray_letters, available)
    missing = Counter(reference[i] for i in missing_at) + Counter(unmatched_letters)
    total = len(reference) + len(stray_letters)
    return Coverage(total, total - sum(missing.values()), missing)


def _words_and_breaks(lines: list[str]) -> tuple[list[str], list[int]]:
    """The words of ``lines``, and the indices of those that end a line
    with a hyphen (the word may go on lines later, past a page break)."""
    tokens: list[str] = []
    breaks: list[int] = []
    for line in lines:
        tokens.extend(words(line))
        if tokens and line.rstrip().endswith(("-", "\u2010", "\u00ad")):
            breaks.append(len(tokens) - 1)
    return tokens, breaks


def _take_broken(reference: list[str], breaks: list[int], covered: list[bool], available: Counter) -> None:
    """A word broken at a hyphen whose second half comes later (after the
    page's footer and the next page's header)."""
    for index in breaks:
        if covered[index]:
            continue
        for later in range(index + 1, min(len(reference), index + 1 + _BREAK_REACH)):
            joined = reference[index] + reference[later]
            if not covered[later] and available[joined] > 0:
                available[joined] -= 1
                covered[index] = covered[later] = True
                break


def _take_exact(reference: list[str], covered: list[bool], available: Counter) -> None:
    for index, word in enumerate(reference):
        if not covered[index] and available[word] > 0:
            available[word] -= 1
            covered[index] = True


def _take_joined(reference: list[str], covered: list[bool], available: Counter) -> None:
    """Missing words that make one of Tandem's with their neighbours. A
    neighbour already matched on its own gives its match back (the "in" of
    "in-" "terviews" matched some other "in")."""
    for index in range(len(reference)):
        if covered[index]:
            continue
        span = _joined_span(reference, covered, available, index)
        if span is None:
            continue
        for i in span:
            if covered[i]:
                available[reference[i]] += 1
            covered[i] = True
        available["".join(reference[i] for i in span)] -= 1


def _joined_span(reference, covered, available, index: int):
    """The longest run through ``index`` whose words joined are one of
    Tandem's: a pair with either neighbour, or a run of missing words and
    single letters."""
    for length in range(_MAX_JOINED, 1, -1):
        for first in range(max(0, index - length + 1), index + 1):
            span = range(first, first + length)
            if span[-1] >= len(reference):
                continue
            if length > 2 and any(covered[i] and len(reference[i]) > 1 for i in span):
                continue  # single letters ("S i n g a p o re") may give their matches back
            if available["".join(reference[i] for i in span)] > 0:
                return span
    return None


def _take_split(reference: list[str], missing_at: list[int], available: Counter) -> list[int]:
    """Missing words that Tandem has in consecutive pieces (pdfminer lost
    the spaces of a line, "tapethescreens"), or spelled backwards
    (pdfminer writes right-to-left scripts in the order they are drawn)."""
    still = []
    for index in missing_at:
        word = reference[index]
        if available[word[::-1]] > 0:
            available[word[::-1]] -= 1
            continue
        pieces = _split_into(word, available)
        if pieces is None:
            still.append(index)
            continue
        for piece in pieces:
            available[piece] -= 1
    return still


def _split_into(word: str, available: Counter):
    """``word`` as two or more available pieces, each used at most as often
    as it is available (a word break over Tandem's surplus words)."""
    best: list = [None] * (len(word) + 1)  # best[i]: pieces spelling word[:i]
    best[0] = []
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - _LONGEST_PIECE), end):
            head = best[start]
            piece = word[start:end]
            if head is None or (start == 0 and end == len(word)):
                continue
            if available[piece] > head.count(piece):
                best[end] = head + [piece]
                break
    return best[len(word)]


def _take_letters(letters: list[str], available: Counter) -> list[str]:
    pool: Counter = Counter()
    for word, count in available.items():
        if count > 0:
            for char in word:
                pool[char] += count
    unmatched = []
    for letter in letters:
        if pool[letter] > 0:
            pool[letter] -= 1
        else:
            unmatched.append(letter)
    return unmatched


def pdf_coverage(path: str, paragraph_texts: Iterable[str], password: str = "") -> Coverage:
    """Tandem's paragraphs of the PDF at ``path`` against pdfminer's words."""
    return word_coverage(paragraph_texts, reference_lines(path, password))
