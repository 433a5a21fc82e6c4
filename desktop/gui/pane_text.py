"""Selecting text in a pane with the mouse: press and drag, Shift+click,
double-click a word; the selection drawn in the palette's highlight colours
and offered to X11's primary selection."""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QClipboard, QGuiApplication, QPalette, QTextCharFormat, QTextLayout

from .render import PAD_X, PAD_Y
from .selection import TextSelection, word_at


class PaneTextSelection:
    """Needs the pane's view, side, hit, block_x and in_gutter."""

    def _selected_ranges(self, pid: int) -> list:
        sel = self.view.text_selection
        if sel is None or sel.side != self.side:
            return []
        span = sel.span_in(pid, len(self.view.renderer.paragraph(self.side, pid).text))
        if span is None:
            return []
        fmt = QTextCharFormat()
        fmt.setBackground(self.palette().color(QPalette.ColorRole.Highlight))
        fmt.setForeground(self.palette().color(QPalette.ColorRole.HighlightedText))
        selected = QTextLayout.FormatRange()
        selected.start, selected.length, selected.format = span[0], span[1] - span[0], fmt
        return [selected]

    def text_position(self, pos: QPointF, pid: int) -> int:
        """The caret position in paragraph ``pid`` nearest a point of the pane."""
        by, _ = self.view.geometry_.blocks[self.side][pid]
        x = pos.x() - self.block_x() - PAD_X
        y = pos.y() + self.view.scroll_y - by - PAD_Y
        return self.view.renderer.cursor_at(self.side, pid, x, y)

    def _over_text(self, pos: QPointF) -> bool:
        return not self.in_gutter(pos) and self.hit(pos)[1] is not None

    def _start_selection(self, event, pid: Optional[int]) -> None:
        plain = not event.modifiers() & Qt.KeyboardModifier.ControlModifier  # Ctrl+click picks for a link
        if event.button() != Qt.MouseButton.LeftButton or not plain:
            return
        pos = QPointF(event.position())
        if pid is None or not self._over_text(pos):
            self.view.set_text_selection(None)
            return
        shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        current = self.view.text_selection
        here = (pid, self.text_position(pos, pid))
        if shift and current is not None and current.side == self.side:
            self.view.set_text_selection(current.moved_to(here))  # Shift+click extends
        else:
            self.view.set_text_selection(TextSelection.caret(self.side, *here))

    def mouseMoveEvent(self, event) -> None:
        pos = QPointF(event.position())
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._drag_to(pos)
        self.setCursor(Qt.CursorShape.IBeamCursor if self._over_text(pos) else Qt.CursorShape.ArrowCursor)

    def _drag_to(self, pos: QPointF) -> None:
        sel = self.view.text_selection
        if sel is None or sel.side != self.side:
            return
        _row, pid = self.hit(pos)
        if pid is not None:  # between paragraphs the selection keeps its end
            self.view.set_text_selection(sel.moved_to((pid, self.text_position(pos, pid))))

    def mouseReleaseEvent(self, event) -> None:
        clipboard = QGuiApplication.clipboard()
        text = self.view.selected_text()
        if text and clipboard.supportsSelection():
            clipboard.setText(text, QClipboard.Mode.Selection)  # X11's middle-click paste

    def mouseDoubleClickEvent(self, event) -> None:
        pos = QPointF(event.position())
        _row, pid = self.hit(pos)
        if event.button() != Qt.MouseButton.LeftButton or pid is None or not self._over_text(pos):
            return
        start, end = word_at(self.view.renderer.paragraph(self.side, pid).text, self.text_position(pos, pid))
        self.view.set_text_selection(TextSelection(self.side, (pid, start), (pid, end)))
