"""View › Differences Only, for the comparison view: runs of unchanged
passages fold into bars; the reader opens one by clicking it, and find or
navigation opens the one that hides where they go."""
from __future__ import annotations

from .layout import unchanged_runs


class FoldingMixin:
    """Needs the view's rows, comparison, differences_only, _runs, _opened,
    _recompute and _relayout_keeping_place."""

    def set_differences_only(self, on: bool) -> None:
        """Fold every run of unchanged passages into one bar (click to open)."""
        if on == self.differences_only:
            return
        self.differences_only = on
        self._opened = set()
        self._refold()
        if self.comparison is not None:
            self._relayout_keeping_place()

    def _refold(self) -> None:
        on = self.differences_only and self.rows is not None and self.comparison is not None
        self._runs = unchanged_runs(self.rows, self.comparison) if on else {}

    def folded(self) -> dict[int, int]:
        """Rows folded now -> the first row of their run."""
        return {row: first for row, first in self._runs.items() if first not in self._opened}

    def fold_size(self, first: int) -> int:
        return sum(1 for f in self._runs.values() if f == first)

    def open_fold(self, first: int) -> None:
        if first in self._runs.values() and first not in self._opened:
            self._opened.add(first)
            self._relayout_keeping_place()

    def reveal(self, row: int) -> None:
        """Open the fold hiding ``row`` (to show a match or a selection there)."""
        first = self.folded().get(row)
        if first is not None:
            self._opened.add(first)
            self._recompute()
