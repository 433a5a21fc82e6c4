"""Comparing the open original with many versions, in the background: one op
(the window's Op helper) runs the pairs on a local process pool and builds
the matrix; a newer request cancels an older one."""
from __future__ import annotations

import os
from typing import Optional, Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop.engine.model import Options
from desktop.engine.progress import Progress

from .ops import Op


class VersionsSession(QObject):
    matrix_ready = Signal(object)  # VersionsMatrix
    failed = Signal(object)  # exception
    busy_changed = Signal(bool)

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._widget = widget
        self.original: Optional[str] = None
        self.versions: list[str] = []
        self.matrix = None
        self._op: Optional[Op] = None
        self._generation = 0

    def compare(self, original: str, versions: Sequence[str], options: Options) -> None:
        original = os.path.abspath(original)
        self.original = original
        self.versions = [p for p in dict.fromkeys(os.path.abspath(v) for v in versions) if p != original]
        self.cancel()
        self._generation += 1
        generation = self._generation
        job = (original, tuple(self.versions), options)
        self._op = (Op(self._widget, lambda progress: _work(*job, progress),
                       lambda matrix: self._finished(generation, matrix))
                    .failure(lambda error: self._failed(generation, error))
                    .with_progress(f"Comparing {len(self.versions)} versions")
                    .run_in_background())
        self.busy_changed.emit(True)

    def cancel(self) -> None:
        if self._op is not None and not self._op.done:
            self._op.cancel()

    def clear(self) -> None:
        self.cancel()
        self.original, self.versions, self.matrix = None, [], None

    @property
    def busy(self) -> bool:
        return self._op is not None and not self._op.done

    def wait(self, timeout: float = 30.0) -> bool:
        return self._op.wait(timeout) if self._op is not None else True

    def _finished(self, generation: int, matrix) -> None:
        if generation != self._generation:
            return
        self.matrix = matrix
        self.busy_changed.emit(False)
        self.matrix_ready.emit(matrix)

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self.busy_changed.emit(False)
            self.failed.emit(error)


def _work(original: str, versions: tuple[str, ...], options: Options, progress: Progress):
    """Worker thread: no Qt. A pool of processes does the comparing, so the
    window's own thread only waits for results."""
    from desktop.engine.batch.cache import PairCache, default_folder
    from desktop.engine.batch.runners import PoolRunner
    from desktop.engine.versions.compare import compare_versions

    return compare_versions(original, versions, options, runner=PoolRunner(), cache=PairCache(default_folder()),
                            progress=progress)
