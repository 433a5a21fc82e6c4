"""Exit statuses in the conventions of diff and cmp: 0 when the two versions
carry the same text, 1 when they differ, 2 on trouble."""
from __future__ import annotations

from .engine.model import IGNORED, UNCHANGED, Comparison, Group

EXIT_SAME, EXIT_DIFFER, EXIT_TROUBLE = 0, 1, 2
EXIT_INTERRUPTED = 130  # as a shell reports Ctrl-C


def same_text(comparison: Comparison) -> bool:
    """Every paragraph linked one to one and unchanged (under the options
    given, such as --ignore-case), nothing added, omitted, moved, split or
    merged. Furniture on one side only (status "boilerplate") is kept out of
    the comparison, so it does not count here either."""
    if not comparison.related:
        return False
    return all(_same(group) for group in comparison.groups if group.status != IGNORED)


def _same(group: Group) -> bool:
    return group.status == UNCHANGED and group.shape == "1:1" and not group.drift


def comparison_status(comparison: Comparison, exit_zero: bool = False) -> int:
    if exit_zero or same_text(comparison):
        return EXIT_SAME
    return EXIT_DIFFER
