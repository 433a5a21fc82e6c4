"""The one way the window runs engine work off the GUI thread.

Modelled on Anki's QueryOp::

    Op(parent, op=lambda progress: load(path, progress=progress),
       success=show).failure(on_error).with_progress("Comparing").run_in_background()

The op runs in a worker thread with an engine ``Progress``; its reports and
its result come back to the GUI thread through queued signals, so no widget is
ever touched from the worker. Cancelling sets the Progress's CancelToken; the
engine then raises ``Cancelled`` at its next check, which reaches ``failure``.
"""
from __future__ import annotations

import logging
import threading
import time
from typing import Any, Callable, Generic, Optional, Protocol, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from desktop.engine.progress import CancelToken, Progress

from .messages import is_cancel

T = TypeVar("T")

_LOG = logging.getLogger("tandem.window")
_REPORT_INTERVAL = 0.05  # seconds between progress signals: enough for a smooth bar
_running: set["Op"] = set()
_ending: set["Op"] = set()  # answered, their threads still returning (pruned as they end)


class ProgressSink(Protocol):
    """What shows an op's progress (the window's progress strip)."""

    def begin(self, label: str, cancel: Callable[[], None]) -> None: ...
    def report(self, stage: str, fraction: float) -> None: ...
    def end(self) -> None: ...


class _Bridge(QObject):
    """Lives in the GUI thread; signals emitted from the worker are queued."""

    progressed = Signal(str, float)
    finished = Signal(object, object)  # result, error


class Op(Generic[T]):
    def __init__(self, parent: QWidget, op: Callable[[Progress], T], success: Callable[[T], Any]) -> None:
        self._parent = parent
        self._op = op
        self._success = success
        self._failure: Optional[Callable[[BaseException], Any]] = None
        self._label: Optional[str] = None
        self._sink: Optional[ProgressSink] = None
        self._token = CancelToken()
        self._thread: Optional[threading.Thread] = None
        self._bridge = _Bridge()
        self._last_report = 0.0
        self._started = 0.0
        self.done = False

    # --- configuration (chainable) ------------------------------------------
    def failure(self, callback: Callable[[BaseException], Any]) -> "Op[T]":
        self._failure = callback
        return self

    def with_progress(self, label: str, sink: Optional[ProgressSink] = None) -> "Op[T]":
        self._label = label
        self._sink = sink or _find_sink(self._parent)
        return self

    # --- running ------------------------------------------------------------
    def run_in_background(self) -> "Op[T]":
        self._bridge.progressed.connect(self._on_progress)
        self._bridge.finished.connect(self._on_finished)
        if self._sink is not None and self._label is not None:
            self._sink.begin(self._label, self.cancel)
        _running.add(self)
        self._started = time.monotonic()
        _LOG.info("%s: started", self._label or "work")
        self._thread = threading.Thread(target=self._work, name=f"tandem-op-{self._label or 'op'}", daemon=True)
        self._thread.start()
        return self

    def cancel(self) -> None:
        self._token.cancel()

    @property
    def cancelled(self) -> bool:
        return self._token.cancelled

    def wait(self, timeout: Optional[float] = None) -> bool:
        if self._thread is not None:
            self._thread.join(timeout)
            return not self._thread.is_alive()
        return True

    def _work(self) -> None:  # worker thread: no Qt widgets here
        result, error = None, None
        try:
            result = self._op(Progress(self._report, self._token))
        except BaseException as exc:  # handed to the GUI thread, shown there
            error = exc
        self._bridge.finished.emit(result, error)

    def _report(self, stage: str, fraction: float) -> None:  # worker thread
        now = time.monotonic()
        if now - self._last_report >= _REPORT_INTERVAL or fraction >= 1.0:
            self._last_report = now
            self._bridge.progressed.emit(stage, fraction)

    # --- back on the GUI thread ---------------------------------------------
    def _on_progress(self, stage: str, fraction: float) -> None:
        if self._sink is not None and not self.done and (not isinstance(self._sink, QObject) or isValid(self._sink)):
            self._sink.report(stage, fraction)

    def _on_finished(self, result: Any, error: Optional[BaseException]) -> None:
        self.done = True
        _running.discard(self)
        _ending.difference_update([op for op in _ending if not op._thread.is_alive()])
        if self._thread is not None and self._thread.is_alive():
            _ending.add(self)
        _log_end(self._label or "work", time.monotonic() - self._started, error)
        if self._sink is not None and (not isinstance(self._sink, QObject) or isValid(self._sink)):
            self._sink.end()
        if not isValid(self._parent):
            return  # the window went away while we worked
        if error is None:
            self._success(result)
        elif self._failure is not None:
            self._failure(error)
        elif not is_cancel(error):
            from .dialogs import show_error

            show_error(self._parent, error)


def _log_end(label: str, seconds: float, error: Optional[BaseException]) -> None:
    """What a user can send with a bug report: each op's outcome and time,
    the traceback of a failure (never the documents' text)."""
    if error is None:
        _LOG.info("%s: done in %.2f s", label, seconds)
    elif is_cancel(error):
        _LOG.info("%s: cancelled after %.2f s", label, seconds)
    else:
        _LOG.warning("%s: failed after %.2f s: %s", label, seconds, error,
                     exc_info=(type(error), error, error.__traceback__))


def _find_sink(parent: QWidget) -> Optional[ProgressSink]:
    window = parent.window() if parent is not None else None
    getter = getattr(window, "progress_sink", None)
    return getter() if callable(getter) else None


def running_ops() -> list[Op]:
    return list(_running)


def cancel_all(timeout: float = 5.0) -> bool:
    """Cancel every op and wait for its thread: used when the window closes
    and by tests, so no worker outlives its window."""
    ops = list(_running)
    for op in ops:
        op.cancel()
    deadline = time.monotonic() + timeout
    ok = True
    for op in ops + list(_ending):  # an op whose answer is in may still be leaving its thread
        ok = op.wait(max(0.0, deadline - time.monotonic())) and ok
        _running.discard(op)
        _ending.discard(op)
    return ok
