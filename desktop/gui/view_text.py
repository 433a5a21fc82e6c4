"""Selected text, for the comparison view: the span the panes draw
highlighted, copied with Ctrl+C, extended with Shift and the arrow keys."""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from .layout import LEFT
from .selection import TextSelection, step


class TextSelectionMixin:
    """Needs the view's comparison, renderer, text_selection and
    _refresh_children."""

    def set_text_selection(self, selection: Optional[TextSelection]) -> None:
        if selection != self.text_selection:
            self.text_selection = selection
            self._refresh_children()

    def selected_text(self) -> str:
        sel = self.text_selection
        if sel is None or self.comparison is None:
            return ""
        return sel.text(lambda pid: self.renderer.paragraph(sel.side, pid).text)

    def copy_selection(self) -> bool:
        text = self.selected_text()
        if text:
            QGuiApplication.clipboard().setText(text)
        return bool(text)

    def select_all(self, side: Optional[int] = None) -> None:
        """All the text of one side: the side of the current selection, else
        the original."""
        if self.comparison is None:
            return
        side = side if side is not None else (self.text_selection.side if self.text_selection else LEFT)
        paragraphs = (self.comparison.left if side == LEFT else self.comparison.right).paragraphs
        if paragraphs:
            self.set_text_selection(TextSelection(side, (0, 0), (len(paragraphs) - 1, len(paragraphs[-1].text))))

    def _extend_selection(self, key: int, by_word: bool) -> bool:
        """Shift+Left/Right (Ctrl for words), Shift+Home/End: move the
        selection's free end, from the caret a click left."""
        sel = self.text_selection
        if sel is None or self.comparison is None:
            return False
        paragraphs = (self.comparison.left if sel.side == LEFT else self.comparison.right).paragraphs
        pid, index = sel.focus
        if key == Qt.Key.Key_Home:
            focus = (pid, 0)
        elif key == Qt.Key.Key_End:
            focus = (pid, len(paragraphs[pid].text))
        else:
            focus = step(sel.focus, lambda p: len(paragraphs[p].text), 1 if key == Qt.Key.Key_Right else -1,
                         by_word, lambda p: paragraphs[p].text, len(paragraphs) - 1)
        self.set_text_selection(sel.moved_to(focus))
        return True
