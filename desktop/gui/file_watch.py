"""Notices when an open document changes on disk, so the window can offer to
reload it. Editors often save by replacing the file, which drops it from the
watch list; we add it back each time."""
from __future__ import annotations

import hashlib
import os
from typing import Optional

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal


class FileWatch(QObject):
    changed = Signal(int)  # side

    def __init__(self, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_changed)
        self._paths: list[Optional[str]] = [None, None]
        self._digests: list[Optional[str]] = [None, None]
        self._pending: set[int] = set()
        self._settle = QTimer(self, singleShot=True, interval=300, timeout=self._report)

    def watch(self, side: int, path: Optional[str], sha256: Optional[str]) -> None:
        old = self._paths[side]
        if old and old not in [p for i, p in enumerate(self._paths) if i != side]:
            self._watcher.removePath(old)
        self._paths[side] = path
        self._digests[side] = sha256
        if path and os.path.exists(path) and path not in self._watcher.files():
            self._watcher.addPath(path)

    def _on_changed(self, path: str) -> None:
        for side, watched in enumerate(self._paths):
            if watched == path:
                self._pending.add(side)
        self._settle.start()  # let the saving program finish writing

    def _report(self) -> None:
        for side in sorted(self._pending):
            path = self._paths[side]
            if path and os.path.exists(path):
                if path not in self._watcher.files():
                    self._watcher.addPath(path)
                if _digest(path) != self._digests[side]:
                    self.changed.emit(side)
        self._pending.clear()


def _digest(path: str) -> Optional[str]:
    try:
        with open(path, "rb") as handle:
            return hashlib.sha256(handle.read()).hexdigest()
    except OSError:
        return None
