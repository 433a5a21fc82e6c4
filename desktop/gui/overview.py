"""A strip beside the panes showing where every change lies in the whole
comparison; click or drag to go there."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QToolTip, QWidget

from desktop.engine.model import UNCHANGED, IGNORED

from .layout import LEFT, RIGHT
from .text import STATUS_LABELS

if TYPE_CHECKING:
    from .compare_view import ComparisonView


class OverviewStrip(QWidget):
    WIDTH = 18

    def __init__(self, view: "ComparisonView") -> None:
        super().__init__(view)
        self.view = view
        self.setFixedWidth(self.WIDTH)
        self.setAccessibleName("Overview of all changes")
        self.setToolTip("Where the changes are in the whole document. Click to go there.")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._cache = QPixmap()
        self._cache_key = None

    def _scale(self) -> float:
        total = self.view.geometry_.total
        return self.height() / total if total > 0 else 0.0

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        view = self.view
        key = (id(view.geometry_), self.width(), self.height(), view.colours.dark, id(view.comparison))
        if self._cache_key != key:  # markers change only with the geometry
            self._cache = self._markers()
            self._cache_key = key
        painter.drawPixmap(0, 0, self._cache)
        if view.rows is not None:
            self._paint_viewport(painter, self._scale())
        painter.end()

    def _markers(self) -> QPixmap:
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(max(1, round(self.width() * ratio)), max(1, round(self.height() * ratio)))
        pixmap.setDevicePixelRatio(ratio)
        colours = self.view.colours
        back = QColor(colours.paper)
        back = back.darker(106) if not colours.dark else back.lighter(125)
        pixmap.fill(back)
        if self.view.rows is not None:
            painter = QPainter(pixmap)
            self._paint_markers(painter)
            painter.end()
        return pixmap

    def _paint_markers(self, painter: QPainter) -> None:
        view = self.view
        colours = view.colours
        scale = self._scale()
        half = (self.width() - 4) / 2
        groups = view.comparison.groups
        geo = view.geometry_
        for row in view.rows.rows:
            for side, x in ((LEFT, 2.0), (RIGHT, 2.0 + half)):
                gi = row.group(side)
                if gi is None or not row.pids(side) or groups[gi].status in (UNCHANGED, IGNORED):
                    continue
                y = geo.row_top[row.index] * scale
                h = max(2.0, geo.row_height[row.index] * scale)
                painter.fillRect(QRectF(x, y, half, h), colours.for_status(groups[gi].status))
            if any(view.comparison.groups[g].drift for g in {row.left_group, row.right_group} - {None}):
                y = geo.row_top[row.index] * scale
                painter.fillRect(QRectF(0, y, self.width(), max(2.0, 3.0)), colours.drift)

    def _paint_viewport(self, painter: QPainter, scale: float) -> None:
        colours = self.view.colours
        box = QRectF(0.5, self.view.scroll_y * scale, self.width() - 1, max(6.0, self.view.viewport_height * scale))
        shade = QColor(colours.text)
        shade.setAlpha(30)
        painter.fillRect(box, shade)
        edge = QColor(colours.text)
        edge.setAlpha(110)
        painter.setPen(edge)
        painter.drawRect(box)

    def mousePressEvent(self, event) -> None:
        self._go(event.position().y())

    def mouseMoveEvent(self, event) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._go(event.position().y())

    def _go(self, y: float) -> None:
        if self.height() > 0:
            self.view.scroll_to_fraction(max(0.0, min(1.0, y / self.height())))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and self.view.rows and self._scale() > 0:
            y = event.pos().y() / self._scale()
            row = self.view.rows.rows[self.view.geometry_.row_at(y)]
            labels = {STATUS_LABELS.get(self.view.comparison.groups[g].status, "")
                      for g in (row.left_group, row.right_group) if g is not None}
            labels.discard("Unchanged")
            text = ", ".join(sorted(labels)) or "No change here"
            QToolTip.showText(event.globalPos(), f"{text}. Click to go there.", self)
            return True
        return super().event(event)
