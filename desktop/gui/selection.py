"""A span of selected text on one side of the comparison (no Qt here).

The panes are painted, not text widgets, so selection is kept here: an
anchor where the selection started and a focus where it now ends, each a
(paragraph id, character index) on one side. The span may cross paragraphs;
paragraph ids on a side are in reading order.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Callable, Optional

Position = tuple[int, int]  # (paragraph id, character index)
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class TextSelection:
    side: int
    anchor: Position
    focus: Position

    @classmethod
    def caret(cls, side: int, pid: int, index: int) -> "TextSelection":
        return cls(side, (pid, index), (pid, index))

    def ordered(self) -> tuple[Position, Position]:
        return (self.anchor, self.focus) if self.anchor <= self.focus else (self.focus, self.anchor)

    @property
    def empty(self) -> bool:
        return self.anchor == self.focus

    def moved_to(self, focus: Position) -> "TextSelection":
        return replace(self, focus=focus)

    def span_in(self, pid: int, length: int) -> Optional[tuple[int, int]]:
        """The selected characters of one paragraph, or None."""
        (p0, i0), (p1, i1) = self.ordered()
        if self.empty or not p0 <= pid <= p1:
            return None
        start = i0 if pid == p0 else 0
        end = i1 if pid == p1 else length
        return (start, end) if end > start else None

    def text(self, paragraph_text: Callable[[int], str]) -> str:
        """The selected text; paragraphs joined by a blank line, as written."""
        (p0, _), (p1, _) = self.ordered()
        parts = []
        for pid in range(p0, p1 + 1):
            whole = paragraph_text(pid)
            span = self.span_in(pid, len(whole))
            if span:
                parts.append(whole[span[0]:span[1]])
        return "\n\n".join(parts)


def word_at(text: str, index: int) -> tuple[int, int]:
    """The word around a character index (for a double-click)."""
    for match in _WORD.finditer(text):
        if match.start() <= index <= match.end():
            return match.start(), match.end()
    return index, min(len(text), index + 1)


def step(position: Position, lengths: Callable[[int], int], count: int, by_word: bool,
         text: Callable[[int], str], last_pid: int) -> Position:
    """The position ``count`` characters (or words) away, crossing into the
    neighbouring paragraph at either end."""
    pid, index = position
    forward = count > 0
    for _ in range(abs(count)):
        if forward and index >= lengths(pid) and pid < last_pid:
            pid, index = pid + 1, 0
        elif not forward and index <= 0 and pid > 0:
            pid, index = pid - 1, lengths(pid - 1)
        elif by_word:
            index = _word_step(text(pid), index, forward)
        else:
            index = max(0, min(lengths(pid), index + (1 if forward else -1)))
    return pid, index


def _word_step(text: str, index: int, forward: bool) -> int:
    if forward:
        match = _WORD.search(text, index)
        return match.end() if match else len(text)
    starts = [m.start() for m in _WORD.finditer(text) if m.start() < index]
    return starts[-1] if starts else 0
