"""A unified diff of the normalised paragraphs, in alignment order: one
paragraph a line, each side's paragraphs listed group by group. The hunks
follow Tandem's alignment rather than difflib's own matching, so an edited
paragraph's old and new lines sit together (-, then +) and a moved one is
shown beside its counterpart, not as a deletion far from an insertion."""
from __future__ import annotations

import difflib

from ..model import Comparison
from ..normalise import fold


def _normalised(text: str, ignore_case: bool) -> str:
    # quotes straightened but single and double kept apart: "the group's" stays readable
    return fold(text, ignore_case=ignore_case, ignore_quotes=False)


def aligned_lines(comparison: Comparison) -> tuple[list[str], list[str], list[tuple]]:
    """Both sides' lines and the opcodes (as difflib's) pairing them by group."""
    ignore_case = comparison.options.ignore_case
    left: list[str] = []
    right: list[str] = []
    opcodes: list[tuple] = []
    for group in comparison.groups:
        a = [_normalised(comparison.left.paragraphs[i].text, ignore_case) for i in group.left]
        b = [_normalised(comparison.right.paragraphs[j].text, ignore_case) for j in group.right]
        tag = "equal" if a == b else "replace" if a and b else "delete" if a else "insert"
        opcodes.append((tag, len(left), len(left) + len(a), len(right), len(right) + len(b)))
        left += a
        right += b
    return left, right, _merged(opcodes)


def _merged(opcodes: list[tuple]) -> list[tuple]:
    """Adjacent unchanged runs as one (so context is trimmed as difflib
    would); changed groups stay apart, each with its own lines."""
    out: list[tuple] = []
    for op in opcodes:
        if op[1] == op[2] and op[3] == op[4]:
            continue
        if out and out[-1][0] == op[0] == "equal":
            out[-1] = (op[0], out[-1][1], op[2], out[-1][3], op[4])
        else:
            out.append(op)
    return out


class _Aligned(difflib.SequenceMatcher):
    """difflib's hunk grouping over Tandem's opcodes instead of its own."""

    def __init__(self, opcodes: list[tuple]) -> None:
        super().__init__(None, [], [])
        self._given = opcodes

    def get_opcodes(self):
        return list(self._given) or [("equal", 0, 0, 0, 0)]


def to_unified_diff(comparison: Comparison, context: int = 1) -> str:
    left, right, opcodes = aligned_lines(comparison)
    if all(op[0] == "equal" for op in opcodes):
        return ""
    out = [f"--- {comparison.left.name}\n", f"+++ {comparison.right.name}\n"]
    for group in _Aligned(opcodes).get_grouped_opcodes(context):
        first, last = group[0], group[-1]
        out.append(f"@@ -{_range(first[1], last[2])} +{_range(first[3], last[4])} @@\n")
        for tag, i1, i2, j1, j2 in group:
            if tag == "equal":
                out += [" " + line + "\n" for line in left[i1:i2]]
                continue
            out += ["-" + line + "\n" for line in left[i1:i2]]
            out += ["+" + line + "\n" for line in right[j1:j2]]
    return "".join(out)


def _range(start: int, stop: int) -> str:
    """A unified diff range: 1-based start, and the length unless it is 1."""
    length = stop - start
    if length == 1:
        return f"{start + 1}"
    if not length:
        start -= 1  # an empty range names the line before it
    return f"{start + 1},{length}"
