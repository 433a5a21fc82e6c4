"""A message strip inside the window (errors, warnings, offers such as
"reload?"): readable, dismissible, never a crash dialog."""
from __future__ import annotations

from typing import Callable, Optional

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from . import icons
from .theme import diff_colours

KINDS = ("error", "warning", "info")


class InfoBar(QFrame):
    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.kind = "info"
        self._icon = QLabel(self)
        self._text = QLabel(self)
        self._text.setWordWrap(True)
        self._text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._close = QToolButton(self)
        self._close.setAutoRaise(True)
        self._close.setAccessibleName("Dismiss message")
        self._close.setToolTip("Dismiss")
        self._close.clicked.connect(self.hide)
        self._buttons: list[QPushButton] = []
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(12, 6, 6, 6)
        self._layout.setSpacing(10)
        self._layout.addWidget(self._icon)
        self._layout.addWidget(self._text, 1)
        self._layout.addWidget(self._close)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAutoFillBackground(True)
        self.hide()

    def show_message(self, kind: str, text: str, actions: tuple[tuple[str, Callable[[], None]], ...] = ()) -> None:
        self.kind = kind
        self._text.setText(text)
        self.setAccessibleName(f"{kind.title()}: {text}")
        for button in self._buttons:
            self._layout.removeWidget(button)
            button.deleteLater()
        self._buttons = []
        for label, callback in actions:
            button = QPushButton(label, self)
            button.clicked.connect(callback)
            button.clicked.connect(self.hide)
            self._layout.insertWidget(self._layout.count() - 1, button)
            self._buttons.append(button)
        self.refresh_theme()
        self.show()

    def text(self) -> str:
        return self._text.text()

    def refresh_theme(self) -> None:
        colours = diff_colours()
        accent = {"error": colours.deleted_fg, "warning": colours.drift, "info": colours.moved}[self.kind]
        back = QColor(accent)
        back.setAlpha(38 if not colours.dark else 60)
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Window)
        mixed = QColor.fromRgbF(*(_blend(base, back)))
        palette.setColor(QPalette.ColorRole.Window, mixed)
        self.setPalette(palette)
        self._icon.setPixmap(icons.pixmap({"error": "error", "warning": "warning", "info": "info"}[self.kind],
                                          accent, 20))
        self._close.setIcon(icons.icon("close"))
        self.setStyleSheet(f"InfoBar {{ border-bottom: 1px solid {accent.name()}; }}")


def _blend(base: QColor, over: QColor) -> tuple[float, float, float, float]:
    a = over.alphaF()
    return (base.redF() * (1 - a) + over.redF() * a, base.greenF() * (1 - a) + over.greenF() * a,
            base.blueF() * (1 - a) + over.blueF() * a, 1.0)
