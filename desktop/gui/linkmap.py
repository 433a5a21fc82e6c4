"""The connectors between the panes, drawn as Meld draws them: one band per
group, only for groups in (or crossing) the visible range. A moved group's
band runs to where the passage went; clicking it jumps there."""
from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from desktop.engine.model import IGNORED, MOVED, UNCHANGED

from .layout import LEFT, RIGHT
from .text import STATUS_HELP, STATUS_LABELS

if TYPE_CHECKING:
    from .compare_view import ComparisonView

# band fill opacity by kind, (light, dark): unchanged stays in the background
_FILL_ALPHA = {"unchanged": (26, 34), "edited": (40, 56), "moved": (46, 64), "split": (46, 64),
               "omitted": (22, 32), "added": (22, 32)}


def connector_kind(group) -> str:
    """What a connector says about its passage: moved, split (or merged),
    edited, one-sided (omitted, added) or unchanged."""
    if group.moved or group.status == MOVED:
        return "moved"
    if not group.linked:
        return "omitted" if group.left else "added"
    if group.shape in ("split", "merge", "n:m"):
        return "split"
    return "unchanged" if group.status == UNCHANGED else "edited"


USAGE = ("Bands join each passage to its counterpart: grey unchanged, darker grey edited, blue moved, "
         "purple split or merged, dashed where one side has nothing. Click a band to select its passage; "
         "a moved one jumps to its other end.")
KIND_WORDS = {"unchanged": "unchanged", "edited": "edited", "moved": "moved", "split": "split or merged",
              "omitted": "omitted (no counterpart)", "added": "added (no counterpart)"}


class LinkMap(QWidget):
    WIDTH = 56

    def __init__(self, view: "ComparisonView") -> None:
        super().__init__(view)
        self.view = view
        self.setFixedWidth(self.WIDTH)
        self.setMouseTracking(True)
        self.setAccessibleName("Links between the two documents")
        self.setAccessibleDescription(USAGE)
        self._paths: list[tuple[QPainterPath, int]] = []

    def describe(self, gi: int) -> None:
        """For assistive technology: which link is selected, in words."""
        kind = connector_kind(self.view.comparison.groups[gi])
        self.setAccessibleDescription(f"Selected link: {KIND_WORDS[kind]}. {USAGE}")

    # --- which bands -------------------------------------------------------------
    def visible_groups(self) -> list[int]:
        view = self.view
        if view.rows is None:
            return []
        top, bottom = view.scroll_y, view.scroll_y + self.height()
        groups = set()
        for i in view.geometry_.rows_between(top, bottom):
            row = view.rows.rows[i]
            groups.update(g for g in (row.left_group, row.right_group) if g is not None)
        visible = view.geometry_.rows_between(top, bottom)
        for gi in view.multi_row_groups:  # a move or split whose ends are both off screen
            rows = view.rows.rows_of_group[gi]
            if gi not in groups and visible and min(rows) < visible.start and max(rows) >= visible.stop:
                groups.add(gi)
        return sorted(groups)

    def _ends(self, gi: int) -> Optional[tuple[tuple[float, float], tuple[float, float]]]:
        """Overall vertical extent of the group on each side."""
        bands = self._bands(gi)
        if not bands:
            return None
        return ((min(b[0][0] for b in bands), max(b[0][1] for b in bands)),
                (min(b[1][0] for b in bands), max(b[1][1] for b in bands)))

    def _bands(self, gi: int) -> list[tuple[tuple[float, float], tuple[float, float]]]:
        """One band from each run of the group's paragraphs on the left to each
        run on the right; a side without paragraphs uses the empty slot
        opposite them."""
        view = self.view
        spans = []
        for side in (LEFT, RIGHT):
            side_spans = []
            for r in view.rows.rows_of_group.get(gi, []):
                row = view.rows.rows[r]
                if row.pids(side):
                    side_spans.append(view.geometry_.span(side, row.pids(side)))
            if not side_spans:
                rows = view.rows.rows_of_group.get(gi, [])
                if not rows:
                    return []
                r = rows[0]
                side_spans.append((view.geometry_.row_top[r], view.geometry_.row_top[r] + view.geometry_.row_height[r]))
            spans.append(side_spans)
        return [(a, b) for a in spans[0] for b in spans[1]]

    # --- painting ------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        colours = self.view.colours
        painter.fillRect(self.rect(), colours.paper)
        self._paths = []
        if self.view.rows is None:
            painter.end()
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        folded = self.view.folded()
        lanes = self.lanes()
        for gi in self.visible_groups():
            group = self.view.comparison.groups[gi]
            if group.status == IGNORED or all(r in folded for r in self.view.rows.rows_of_group.get(gi, [])):
                continue
            if not group.linked and not self.view.comparison.related:
                continue  # unrelated documents side by side: a band to the paragraph opposite would be a lie
            for ends in self._bands(gi):
                path = self._band(ends, self.view.scroll_y, lanes.get(gi, 0.5))
                self._paths.append((path, gi))
                self._paint_band(painter, path, group, gi == self.view.selected)
        painter.end()

    def lanes(self) -> dict[int, float]:
        """Where each visible move crosses, as a share of the width: moves
        get lanes of their own, spread from left to right, so several stay
        apart instead of all crossing at the middle."""
        moved = [gi for gi in self.visible_groups() if gi in self.view.multi_row_groups
                 and connector_kind(self.view.comparison.groups[gi]) == "moved"]
        if len(moved) < 2:
            return {}
        return {gi: 0.2 + 0.6 * n / (len(moved) - 1) for n, gi in enumerate(moved)}

    def _band(self, ends, top: float, lane: float = 0.5) -> QPainterPath:
        (l0, l1), (r0, r1) = ends
        l0, l1, r0, r1 = l0 - top, l1 - top, r0 - top, r1 - top
        w = float(self.width())
        mid = w * lane
        path = QPainterPath(QPointF(0, l0))
        path.cubicTo(QPointF(mid, l0), QPointF(mid, r0), QPointF(w, r0))
        path.lineTo(QPointF(w, r1))
        path.cubicTo(QPointF(mid, r1), QPointF(mid, l1), QPointF(0, l1))
        path.closeSubpath()
        return path

    def _paint_band(self, painter: QPainter, path: QPainterPath, group, selected: bool) -> None:
        """A faint grey band for unchanged passages; a tinted band with an
        outline in the kind's colour for edited, moved and split ones, dashed
        where one side is empty; the selection framed in the focus colour."""
        colours = self.view.colours
        kind = connector_kind(group)
        base = QColor(colours.for_link(kind))
        fill = QColor(base)
        fill.setAlpha(90 if selected else _FILL_ALPHA[kind][colours.dark])
        painter.fillPath(path, fill)
        if selected:
            pen = QPen(colours.focus, 2)
        elif kind != "unchanged":
            dashed = kind in ("omitted", "added")
            pen = QPen(base, 1.4, Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine)
        else:
            return
        painter.setPen(pen)
        painter.drawPath(path)

    # --- interaction -------------------------------------------------------------
    def group_at(self, pos: QPointF) -> Optional[int]:
        for path, gi in reversed(self._paths):
            if path.contains(pos):
                return gi
        return None

    def mousePressEvent(self, event) -> None:
        gi = self.group_at(QPointF(event.position()))
        if gi is None:
            return
        self.view.select_group(gi, scroll=False)
        if len(self.view.rows.rows_of_group.get(gi, [])) > 1:
            self._follow_move(gi, event.position().y())

    def _follow_move(self, gi: int, click_y: float) -> None:
        """Jump to the end of the move that is farther from the click."""
        (l0, l1), (r0, r1) = self._ends(gi)
        y = click_y + self.view.scroll_y
        left_distance = min(abs(y - l0), abs(y - l1))
        right_distance = min(abs(y - r0), abs(y - r1))
        self.view.scroll_to_group(gi, side=RIGHT if right_distance > left_distance else LEFT)

    def mouseMoveEvent(self, event) -> None:
        over = self.group_at(QPointF(event.position())) is not None
        self.setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            gi = self.group_at(QPointF(event.pos()))
            if gi is None:
                QToolTip.hideText()
                return True
            group = self.view.comparison.groups[gi]
            text = f"<b>{STATUS_LABELS.get(group.status, group.status)}</b> — {STATUS_HELP.get(group.status, '')}"
            if len(self.view.rows.rows_of_group.get(gi, [])) > 1:
                text += "<br>Click to jump to the other end."
            QToolTip.showText(event.globalPos(), text, self)
            return True
        return super().event(event)
