"""The line above each pane: which document it shows (role, file name,
language, size), aligned with the text column below it."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QSizePolicy, QToolButton, QWidget

from desktop.engine.segment import one_unit_a_line

from .pane import GUTTER
from .theme import diff_colours

# What the header says of a document's format, beside its paragraph count.
_FORMAT_LABELS = {"html": " · web page", "docx": " · Word", "odt": " · Writer", "rtf": " · RTF",
                  "eml": " · e-mail", "xliff": " · XLIFF", "tmx": " · TMX"}


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

    def refresh(self) -> None:
        self._elide()

    def _elide(self) -> None:
        from PySide6.QtGui import QFontMetrics

        shown = QFontMetrics(self.font()).elidedText(self._full, Qt.TextElideMode.ElideMiddle, max(20, self.width()))
        super().setText(shown)


class LanguageButton(QToolButton):
    """The document's language, detected or chosen; its menu lets the user
    correct a wrong detection (the document is then read again)."""

    language_chosen = Signal(object)  # an ISO 639-1 code, or None to detect again

    def __init__(self, role: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setAutoRaise(True)
        self.setAccessibleName(f"Language of the {role.lower()}")
        self.setToolTip("The language Tandem detected; choose another if it is wrong")
        self._menu = QMenu(self)
        self._group = QActionGroup(self)
        self._detect = self._add("Detect automatically", None)
        self._menu.addSeparator()
        from .text import languages

        self._choices = {code: self._add(name, code) for code, name in languages()}
        self.setMenu(self._menu)

    def _add(self, label: str, code) -> QAction:
        action = QAction(label, self._menu, checkable=True)
        action.triggered.connect(lambda _checked=False, c=code: self.language_chosen.emit(c))
        self._group.addAction(action)
        self._menu.addAction(action)
        return action

    def show_language(self, detected: str, chosen) -> None:
        from .text import language_name

        self._name = language_name(detected)
        self._code = (detected or "?").upper()
        self.set_compact(getattr(self, "_compact", False))
        self._detect.setText(f"Detect automatically ({language_name(detected)})" if not chosen
                             else "Detect automatically")
        checked = self._choices.get(chosen) if chosen else self._detect
        if checked is not None:
            checked.setChecked(True)

    def set_compact(self, compact: bool) -> None:
        """'EN' instead of 'English' where the header is narrow."""
        self._compact = compact
        self.setText(getattr(self, "_code", "") if compact else getattr(self, "_name", ""))


class PaneHeader(QWidget):
    """Which document a pane shows: role, file name, language, size."""

    language_chosen = Signal(object)  # see LanguageButton

    def __init__(self, role: str, parent: QWidget) -> None:
        super().__init__(parent)
        self._role = QLabel(role.upper(), self)
        self._name = ElidedLabel(self)
        self._language = LanguageButton(role, self)
        self._language.language_chosen.connect(self.language_chosen)
        self._meta = QLabel("", self)
        self._name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(GUTTER, 6, 12, 6)
        layout.setSpacing(10)
        layout.addWidget(self._role)
        layout.addWidget(self._name, 1)
        layout.addWidget(self._language)
        layout.addWidget(self._meta)
        self._name.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        # the header follows its pane's width; _fit makes its parts give way,
        # so it must not hold the window wider than the panes need
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(1)
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
        self._language.setStyleSheet(f"color: {muted}; padding: 0 2px;")

    def set_document(self, doc, chosen_language=None) -> None:
        """Its name, paragraphs, pages or format, and language; the tooltip
        adds what the document says of itself (a page's date)."""
        self._name.setText(doc.name)
        self._language.show_language(doc.language, chosen_language)
        self._name.setToolTip(doc.path or doc.name)
        pages = _FORMAT_LABELS.get(doc.source_format, "")
        if doc.source_format == "pdf":
            last = max((p.page or 0 for p in doc.paragraphs), default=0)
            pages = f" · {last} page{'s' if last != 1 else ''}" if last else " · PDF"
        count = len(doc.paragraphs)
        noun = "segment" if doc.positions == "segment" else "line" if one_unit_a_line(doc) else "paragraph"
        self._meta.setText(f"· {count} {noun}{'s' if count != 1 else ''}{pages}")
        self.setAccessibleName(f"{self._role.text().title()}: {doc.name}")
        dated = f"\nDated {doc.info.date}" if doc.info.date else ""
        self.setToolTip(f"{doc.path or doc.name}\n{self._meta.text()}\nLanguage: {self._language_name(doc)}{dated}")
        self._fit()

    @staticmethod
    def _language_name(doc) -> str:
        from .text import language_name

        return language_name(doc.language)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """The file name matters most: give way, in turn, the size (unless
        the whole name fits beside it), the language's full name, the role
        and the language, until the name has room for a dozen characters."""
        metrics = self._name.fontMetrics()
        full = metrics.horizontalAdvance(self._name.full_text())
        floor = min(full, metrics.horizontalAdvance("press-re…e.txt"))
        steps = ((True, False, True, True), (False, False, True, True), (False, True, True, True),
                 (False, True, False, True), (False, True, False, False))
        for n, (meta, compact, role, language) in enumerate(steps):
            self._meta.setVisible(meta)
            self._language.set_compact(compact)
            self._role.setVisible(role)
            self._language.setVisible(language)
            if self._room_for_name() >= (full if n == 0 else floor):
                break
        self._name.refresh()

    def _room_for_name(self) -> int:
        layout = self.layout()
        margins = layout.contentsMargins()
        others = [w for w in (self._role, self._language, self._meta) if not w.isHidden()]
        used = sum(w.sizeHint().width() for w in others) + layout.spacing() * len(others)
        return self.width() - margins.left() - margins.right() - used
