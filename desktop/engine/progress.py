"""Progress reporting, cancellation and time budgets shared by every stage.

Stages receive a ``Progress`` (callback + cancel token) rather than Qt signals,
so the engine runs the same way from the command line, tests and the window.
"""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from typing import Callable, Optional

from .errors import Cancelled

# stage label, fraction done in [0, 1]
ProgressCallback = Callable[[str, float], None]


class CancelToken:
    """A flag another thread may set; stages poll it between units of work."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled()


class Deadline:
    """A time budget, as diff-match-patch's Diff_Timeout: past it, algorithms
    fall back to a coarser but still correct answer instead of running on."""

    def __init__(self, seconds: Optional[float]) -> None:
        self.seconds = seconds
        self._end = None if not seconds or seconds <= 0 else time.monotonic() + seconds

    def expired(self) -> bool:
        return self._end is not None and time.monotonic() > self._end

    def remaining(self) -> Optional[float]:
        if self._end is None:
            return None
        return max(0.0, self._end - time.monotonic())


def _ignore(stage: str, fraction: float) -> None:
    pass


@dataclass
class Progress:
    """What a stage is handed: where to report, and how to learn it must stop."""

    callback: ProgressCallback = _ignore
    cancel: CancelToken = field(default_factory=CancelToken)

    def report(self, stage: str, fraction: float) -> None:
        self.cancel.check()
        self.callback(stage, min(1.0, max(0.0, fraction)))

    def check(self) -> None:
        self.cancel.check()

    def sub(self, start: float, end: float) -> "Progress":
        """A Progress whose 0..1 maps onto start..end of this one."""
        parent = self.callback

        def scaled(stage: str, fraction: float) -> None:
            parent(stage, start + (end - start) * fraction)

        return Progress(scaled, self.cancel)


def ensure_progress(progress: Optional[Progress]) -> Progress:
    return progress if progress is not None else Progress()
