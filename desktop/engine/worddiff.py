"""Word-level differences inside a linked group, with diff-match-patch.

Each distinct word key becomes one character (as diff_linesToChars does for
lines), so the character differ aligns words; semantic cleanup then merges
scattered one-word edits into changes a person would name. Spans point into
the displayed text of each paragraph."""
from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple, Sequence

from diff_match_patch import diff_match_patch

from .model import DELETE, INSERT, REPLACE, Change, Options
from .normalise import fold, fold_token, is_punctuation
from .words import VISIBLE_TOKEN

_SEPARATOR = "\x00¶"  # between the paragraphs of one side of a group


class _Token(NamedTuple):  # a tuple: created by the hundred thousand
    key: str
    paragraph: int
    start: int
    end: int
    text: str
    is_word: bool


@dataclass(frozen=True)
class WordDiff:
    changes: tuple[Change, ...]
    similarity: float  # share of words unchanged, as 2·equal / (left + right)
    identical: bool


def side_tokens(paragraphs: Sequence[tuple[int, str]], options: Options) -> list[_Token]:
    """Comparable tokens of one side; whitespace is dropped (spans come from
    the words around it) and punctuation too when it is to be ignored."""
    found: list[_Token] = []
    case, quotes, drop_punctuation = options.ignore_case, options.ignore_quotes, options.ignore_punctuation
    for number, (pid, text) in enumerate(paragraphs):
        if number:
            found.append(_Token(_SEPARATOR, pid, 0, 0, "", False))
        for match in VISIBLE_TOKEN.finditer(text):
            token = match.group()
            word = token[0].isalnum()
            if drop_punctuation and not word and is_punctuation(token):
                continue
            found.append(_Token(fold_token(token, case, quotes), pid, match.start(), match.end(),
                                token, word))
    return found


def _folded(paragraphs: Sequence[tuple[int, str]], options: Options) -> str:
    return " ".join(fold(text, ignore_case=options.ignore_case, ignore_quotes=options.ignore_quotes)
                    for _, text in paragraphs)


def _keys(sequence: list[_Token]) -> list[str]:
    return [t.key for t in sequence if t.key != _SEPARATOR]


class _Alphabet:
    """One character per distinct token key, skipping the surrogate range."""

    def __init__(self) -> None:
        self.chars: dict[str, str] = {}

    def encode(self, sequence: list[_Token]) -> str:
        chars = self.chars
        out = []
        for token in sequence:
            char = chars.get(token.key)
            if char is None:
                code = len(chars) + 1
                char = chr(code + 0x800 if code >= 0xD800 else code)
                chars[token.key] = char
            out.append(char)
        return "".join(out)


def diff_words(left: Sequence[tuple[int, str]], right: Sequence[tuple[int, str]],
               options: Options, timeout: float = 1.0) -> WordDiff:
    if [text for _, text in left] == [text for _, text in right]:
        return WordDiff((), 1.0, True)  # the commonest case, and the cheapest to see
    if not options.ignore_punctuation and _folded(left, options) == _folded(right, options):
        return WordDiff((), 1.0, True)  # reformatted only: no need to tokenise
    left_tokens, right_tokens = side_tokens(left, options), side_tokens(right, options)
    # Where a side's paragraph breaks fall is the group's shape, not a word change.
    if _keys(left_tokens) == _keys(right_tokens):
        return WordDiff((), 1.0, True)
    alphabet = _Alphabet()
    left_chars, right_chars = alphabet.encode(left_tokens), alphabet.encode(right_tokens)
    engine = diff_match_patch()
    engine.Diff_Timeout = max(0.01, timeout)
    diffs = engine.diff_main(left_chars, right_chars, False)
    engine.diff_cleanupSemantic(diffs)
    texts = (dict(left), dict(right))
    changes, equal_words = _changes(diffs, left_tokens, right_tokens, texts)
    total = sum(t.is_word for t in left_tokens) + sum(t.is_word for t in right_tokens)
    similarity = 2 * equal_words / total if total else 1.0
    return WordDiff(tuple(changes), similarity, False)


def _changes(diffs, left_tokens: list[_Token], right_tokens: list[_Token],
             texts: tuple[dict, dict]) -> tuple[list[Change], int]:
    changes: list[Change] = []
    equal_words = 0
    li = ri = 0
    pending_delete: tuple[int, int] | None = None
    pending_insert: tuple[int, int] | None = None

    def flush() -> None:
        nonlocal pending_delete, pending_insert
        if pending_delete or pending_insert:
            changes.extend(_emit(pending_delete, pending_insert, left_tokens, right_tokens, li, ri, texts))
        pending_delete = pending_insert = None

    for op, chars in diffs:
        size = len(chars)
        if op == 0:
            flush()
            equal_words += sum(t.is_word for t in left_tokens[li:li + size])
            li, ri = li + size, ri + size
        elif op == -1:
            pending_delete = (li, li + size) if not pending_delete else (pending_delete[0], li + size)
            li += size
        else:
            pending_insert = (ri, ri + size) if not pending_insert else (pending_insert[0], ri + size)
            ri += size
    flush()
    return changes, equal_words


def _emit(deleted, inserted, left_tokens, right_tokens, li, ri, texts) -> list[Change]:
    """A diff hunk as changes, one per paragraph touched on each side."""
    left_runs = _runs(left_tokens, deleted, texts[0]) if deleted else []
    right_runs = _runs(right_tokens, inserted, texts[1]) if inserted else []
    out = []
    for index in range(max(len(left_runs), len(right_runs))):
        left_run = left_runs[index] if index < len(left_runs) else None
        right_run = right_runs[index] if index < len(right_runs) else None
        left_at = left_run or _point(left_tokens, deleted[0] if deleted else li)
        right_at = right_run or _point(right_tokens, inserted[0] if inserted else ri)
        op = REPLACE if left_run and right_run else DELETE if left_run else INSERT
        out.append(Change(
            op, left_at[0], right_at[0], (left_at[1], left_at[2]), (right_at[1], right_at[2]),
            left_at[3] if left_run else "", right_at[3] if right_run else ""))
    return out


def _runs(sequence: list[_Token], span: tuple[int, int], texts: dict) -> list[tuple[int, int, int, str]]:
    """(paragraph, start, end, text) for each paragraph the token range covers."""
    runs: list[list[_Token]] = []
    for token in sequence[span[0]:span[1]]:
        if token.key == _SEPARATOR:
            runs.append([])
            continue
        if not runs:
            runs.append([])
        runs[-1].append(token)
    return [(r[0].paragraph, r[0].start, r[-1].end, texts[r[0].paragraph][r[0].start:r[-1].end])
            for r in runs if r]


def _point(sequence: list[_Token], index: int) -> tuple[int, int, int, str]:
    """An empty span where something was inserted (or deleted on the other
    side): just after the token before, else just before the token after."""
    for token in reversed(sequence[:index]):
        if token.key != _SEPARATOR:
            return (token.paragraph, token.end, token.end, "")
    for token in sequence[index:]:
        if token.key != _SEPARATOR:
            return (token.paragraph, token.start, token.start, "")
    return (None, 0, 0, "")
