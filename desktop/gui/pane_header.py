"""The line above each pane: which document it shows (role, file name,
language, size), aligned with the text column below it."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from .pane import GUTTER
from .theme import diff_colours


class ElidedLabel(QLabel):
    """A label that shortens its text with an ellipsis instead of clipping."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._full = ""

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._full = text
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        from PySide6.QtGui import QFontMetrics

        shown = QFontMetrics(self.font()).elidedText(self._full, Qt.TextElideMode.ElideMiddle, max(20, self.width()))
        super().setText(shown)


class PaneHeader(QWidget):
    """Which document a pane shows: role, file name, language, size."""

    def __init__(self, role: str, parent: QWidget) -> None:
        super().__init__(parent)
        self._role = QLabel(role.upper(), self)
        self._name = ElidedLabel(self)
        self._meta = QLabel("", self)
        self._name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(GUTTER, 6, 12, 6)
        layout.setSpacing(10)
        layout.addWidget(self._role)
        layout.addWidget(self._name, 1)
        layout.addWidget(self._meta)
        self._name.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.refresh()

    def set_margins(self, left: int, right: int) -> None:
        margins = self.layout().contentsMargins()
        if (margins.left(), margins.right()) != (left, right):
            self.layout().setContentsMargins(left, 6, right, 6)

    def refresh(self) -> None:
        role_font = QFont(self.font())
        role_font.setPointSizeF(max(7.0, role_font.pointSizeF() * 0.8))
        role_font.setWeight(QFont.Weight.Bold)
        role_font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 110)
        self._role.setFont(role_font)
        name_font = QFont(self.font())
        name_font.setWeight(QFont.Weight.DemiBold)
        self._name.setFont(name_font)
        muted = diff_colours().muted.name()
        self._role.setStyleSheet(f"color: {muted};")
        self._meta.setStyleSheet(f"color: {muted};")

    def set_document(self, doc) -> None:
        from .text import language_name

        self._name.setText(doc.name)
        self._name.setToolTip(doc.path or doc.name)
        pages = ""
        if doc.source_format == "pdf":
            last = max((p.page or 0 for p in doc.paragraphs), default=0)
            pages = f" · {last} page{'s' if last != 1 else ''}" if last else " · PDF"
        count = len(doc.paragraphs)
        self._meta.setText(f"{language_name(doc.language)} · {count} paragraph{'s' if count != 1 else ''}{pages}")
        self.setAccessibleName(f"{self._role.text().title()}: {doc.name}")
        self.setToolTip(f"{doc.path or doc.name}\n{self._meta.text()}")
        self._fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        # the file name matters more than its language and size: drop those first
        needed = (self._role.sizeHint().width() + self._meta.sizeHint().width()
                  + self._name.fontMetrics().horizontalAdvance(self._name.full_text()) + GUTTER + 40)
        self._meta.setVisible(self.width() >= needed)
