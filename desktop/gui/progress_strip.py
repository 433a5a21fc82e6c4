"""Progress of background work: a label, a bar and a Cancel button. The
window's ``progress_sink`` for ops (see ops.py)."""
from __future__ import annotations

from typing import Callable, Optional

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from . import icons

_SHOW_AFTER_MS = 150  # quick work finishes without a flash of progress bar


class ProgressStrip(QWidget):
    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self._label = QLabel(self)
        self._bar = QProgressBar(self)
        self._bar.setRange(0, 1000)
        self._bar.setTextVisible(False)
        self._bar.setMaximumWidth(320)
        self._bar.setAccessibleName("Progress")
        self._cancel_button = QPushButton("Cancel", self)
        self._cancel_button.setIcon(icons.icon("cancel"))
        self._cancel_button.setAccessibleName("Cancel")
        self._cancel_button.clicked.connect(self._on_cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 4, 12, 4)
        layout.addWidget(self._label, 1)
        layout.addWidget(self._bar, 1)
        layout.addWidget(self._cancel_button)
        self._cancel: Optional[Callable[[], None]] = None
        self._title = ""
        self._depth = 0
        self._show_timer = QTimer(self, singleShot=True, interval=_SHOW_AFTER_MS, timeout=self._reveal)
        self.hide()

    # --- ProgressSink ---------------------------------------------------------
    def begin(self, label: str, cancel: Callable[[], None]) -> None:
        self._depth += 1
        self._title = label
        self._cancel = cancel
        self._label.setText(f"{label}…")
        self._bar.setValue(0)
        self._cancel_button.setEnabled(True)
        self._show_timer.start()

    def report(self, stage: str, fraction: float) -> None:
        self._bar.setValue(int(fraction * 1000))
        self._label.setText(f"{self._title}: {stage}…" if stage and stage != self._title else f"{self._title}…")

    def end(self) -> None:
        self._depth = max(0, self._depth - 1)
        if self._depth == 0:
            self._show_timer.stop()
            self._cancel = None
            self.hide()

    # --- ----------------------------------------------------------------------
    def busy(self) -> bool:
        return self._depth > 0

    def cancel(self) -> None:
        self._on_cancel()

    def _reveal(self) -> None:
        if self._depth:
            self.show()

    def _on_cancel(self) -> None:
        if self._cancel is not None:
            self._cancel()
            self._cancel_button.setEnabled(False)
            self._label.setText("Cancelling…")
