"""Find in both panes (Ctrl+F): type to highlight, Enter for the next match,
Shift+Enter for the previous, Escape to close."""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from . import icons


class FindBar(QWidget):
    text_changed = Signal(str)
    next_requested = Signal(bool)  # forward
    closed = Signal()

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText("Find in both documents")
        self.edit.setClearButtonEnabled(True)
        self.edit.setAccessibleName("Find text")
        self.edit.installEventFilter(self)
        self._count = QLabel("", self)
        self._count.setMinimumWidth(90)
        self._prev = _button("prev-change", "Previous match (Shift+Enter)", self)
        self._next = _button("next-change", "Next match (Enter)", self)
        self._close = _button("close", "Close (Escape)", self)
        self._prev.clicked.connect(lambda: self.next_requested.emit(False))
        self._next.clicked.connect(lambda: self.next_requested.emit(True))
        self._close.clicked.connect(self.close_bar)
        self._debounce = QTimer(self, singleShot=True, interval=120,
                                timeout=lambda: self.text_changed.emit(self.edit.text()))
        self.edit.textChanged.connect(lambda _t: self._debounce.start())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 4, 8, 4)
        layout.addWidget(QLabel("Find:", self))
        layout.addWidget(self.edit, 1)
        layout.addWidget(self._count)
        layout.addWidget(self._prev)
        layout.addWidget(self._next)
        layout.addWidget(self._close)
        self.hide()

    def open_bar(self) -> None:
        self.show()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()
        if self.edit.text():
            # closing cleared the search in the panes; the kept text must be
            # searched again, or Enter would report "No matches"
            self._debounce.stop()
            self.text_changed.emit(self.edit.text())

    def close_bar(self) -> None:
        self._debounce.stop()  # text typed just before Escape must not light up the closed search
        self.hide()
        self.closed.emit()

    def flush(self) -> None:
        """Apply typed text now rather than after the debounce."""
        if self._debounce.isActive():
            self._debounce.stop()
            self.text_changed.emit(self.edit.text())

    def set_count(self, current: int, total: int) -> None:
        if not self.edit.text():
            self._count.setText("")
        elif total == 0:
            self._count.setText("No matches")
        elif current == 0:
            self._count.setText(f"{total} match{'es' if total != 1 else ''}")
        else:
            self._count.setText(f"{current} of {total}")

    def count_text(self) -> str:
        return self._count.text()

    def eventFilter(self, obj, event) -> bool:
        if obj is self.edit and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.flush()
                self.next_requested.emit(not event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(obj, event)

    def refresh_theme(self) -> None:
        for button, name in ((self._prev, "prev-change"), (self._next, "next-change"), (self._close, "close")):
            button.setIcon(icons.icon(name))


def _button(icon_name: str, tip: str, parent: QWidget) -> QToolButton:
    button = QToolButton(parent)
    button.setIcon(icons.icon(icon_name))
    button.setToolTip(tip)
    button.setAccessibleName(tip)
    button.setAutoRaise(True)
    return button
