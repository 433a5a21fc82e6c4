"""Progress of a batch command on the terminal (tqdm, on standard error, and
only when that is a terminal: a pipe or a log file gets no bar)."""
from __future__ import annotations

import sys
from typing import Optional


class PairsBar:
    """One bar over the pairs: computed ones and those taken from the cache."""

    def __init__(self, total: int, label: str) -> None:
        from tqdm import tqdm

        self.cached = 0
        self._bar = tqdm(total=total, desc=label, unit="pair", file=sys.stderr, disable=None,
                         dynamic_ncols=True, leave=False)

    def __call__(self, result, cached: bool) -> None:
        self.cached += cached
        self._bar.update(1)
        if self.cached:
            self._bar.set_postfix_str(f"{self.cached} from the cache", refresh=False)

    def close(self) -> None:
        self._bar.close()


def make_bar(total: int, label: str, quiet: bool = False) -> Optional[PairsBar]:
    return None if quiet or total == 0 else PairsBar(total, label)
