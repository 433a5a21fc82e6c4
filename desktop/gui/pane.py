"""One document of the comparison, painted from the shared view state.

Only the rows in the visible range are painted. Each paragraph is a block:
a change bar on the side facing the other document, the text with its word
highlights, and a gutter with the group's status icon, drift icons and the
PDF page number or a bilingual file's segment id. A side with no
counterpart shows an empty, labelled slot.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QAction, QColor, QFont, QFontMetricsF, QGuiApplication, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QMenu, QToolTip, QWidget

from desktop.engine.bilingual import is_prealigned
from desktop.engine.model import ADDED, IGNORED, MOVED, OMITTED, UNCHANGED, Group
from desktop.engine.places import long_place

from . import icons
from .layout import LEFT, RIGHT
from .render import PAD_X, PAD_Y
from .pane_text import PaneTextSelection
from .slots import run_label, slot_run
from .text import SEVERITY_LABELS, SEVERITY_ORDER, STATUS_HELP, STATUS_LABELS, drift_label

if TYPE_CHECKING:
    from .compare_view import ComparisonView

GUTTER = 44
BAR = 3.0
USAGE = ("Paragraph by paragraph, level with the counterparts in the other document. Click a passage to "
         "select it; drag or Shift+arrow keys to select text, Ctrl+C to copy.")
_STATUS_ICONS = {"omitted": "omitted", "added": "added", "moved": "moved", "edited": "edited",
                 "rewritten": "rewritten"}


class DocumentPane(PaneTextSelection, QWidget):
    def __init__(self, view: "ComparisonView", side: int) -> None:
        super().__init__(view)
        self.view = view
        self.side = side
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the view takes the keys
        self.setAccessibleName("Original document" if side == LEFT else "Other version")
        self.setAccessibleDescription(USAGE)
        self.setMinimumWidth(180)
        self._runs_painted: set[int] = set()  # first rows of the empty-place runs drawn in this paint

    # --- geometry helpers ------------------------------------------------------
    def block_x(self) -> float:
        width = self.view.renderer.width if self.view.renderer else 0
        return self.width() - GUTTER - width if self.side == LEFT else float(GUTTER)

    def gutter_x(self) -> float:
        return float(self.width() - GUTTER) if self.side == LEFT else 0.0

    def in_gutter(self, pos: QPointF) -> bool:
        return (pos.x() >= self.gutter_x()) if self.side == LEFT else (pos.x() < GUTTER)

    def _group(self, gi: Optional[int]) -> Optional[Group]:
        return self.view.comparison.groups[gi] if gi is not None else None

    # --- painting ----------------------------------------------------------------
    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        colours = self.view.colours
        painter.fillRect(self.rect(), colours.paper)
        view = self.view
        if view.rows is None or view.renderer is None:
            painter.end()
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        top = view.scroll_y
        clip = event.rect()
        geo = view.geometry_
        self._runs_painted.clear()
        for i in geo.rows_between(top + clip.top(), top + clip.bottom() + 1):
            self._paint_row(painter, i, top)
        painter.end()
        view.note_painted()

    def _paint_row(self, painter: QPainter, i: int, top: float) -> None:
        view = self.view
        folded = view.folded()
        if i in folded:
            if folded[i] == i:
                self._paint_fold(painter, QRectF(self.block_x(), view.geometry_.row_top[i] - top,
                                                 view.renderer.width, view.geometry_.row_height[i]), i)
            return
        row = view.rows.rows[i]
        pids = row.pids(self.side)
        bx, bw = self.block_x(), view.renderer.width
        if not pids:
            run = slot_run(view.rows, view.comparison, self.side, i)
            if run.start in self._runs_painted:
                return  # drawn with the run's first visible row
            self._runs_painted.add(run.start)
            geo = view.geometry_
            y0, y1 = geo.row_top[run.start], geo.row_top[run.stop - 1] + geo.row_height[run.stop - 1]
            self._paint_slot(painter, QRectF(bx, y0 - top, bw, y1 - y0), row, len(run))
            return
        group = self._group(row.group(self.side))
        for n, pid in enumerate(pids):
            y, h = view.geometry_.blocks[self.side][pid]
            rect = QRectF(bx, y - top, bw, h)
            self._paint_block(painter, rect, group, pid)
            state = view.decisions.get(row.group(self.side)) if n == 0 else None
            self._paint_gutter(painter, rect, group, pid, first=(n == 0), decision=state)
            if pid in view.picked.get(self.side, ()):
                self._paint_picked(painter, rect)
        if group is not None and row.group(self.side) == view.selected:
            span = view.geometry_.span(self.side, pids)
            self._paint_focus(painter, QRectF(bx - 3, span[0] - top - 3, bw + 6, span[1] - span[0] + 6))

    def _paint_block(self, painter: QPainter, rect: QRectF, group: Optional[Group], pid: int) -> None:
        colours = self.view.colours
        status = group.status if group is not None else UNCHANGED
        if status == OMITTED:
            painter.fillRect(rect, colours.omitted_slot)
        elif status == ADDED:
            painter.fillRect(rect, colours.added_slot)
        if status not in (UNCHANGED, IGNORED):
            bar_x = rect.right() - BAR if self.side == LEFT else rect.left()
            painter.fillRect(QRectF(bar_x, rect.top(), BAR, rect.height()), colours.for_status(status))
        layout = self.view.renderer.layout(self.side, pid)
        painter.setPen(colours.text)  # the layout's formats name it too; this covers any gap between them
        layout.draw(painter, QPointF(rect.left() + PAD_X, rect.top() + PAD_Y), self._selected_ranges(pid))
        self._paint_current_match(painter, rect, pid, layout)
        self._paint_current_drift(painter, rect, pid, layout)

    def _paint_current_match(self, painter: QPainter, rect: QRectF, pid: int, layout) -> None:
        view = self.view
        if not (0 <= view.current_match < len(view.matches)):
            return
        match = view.matches[view.current_match]
        if match.side == self.side and match.pid == pid:
            self._frame_span(painter, rect, layout, match.start, match.end)

    def _paint_current_drift(self, painter: QPainter, rect: QRectF, pid: int, layout) -> None:
        """The drift item F7 stepped to: a frame round its words on each side."""
        drift = self.view.shown_drift()
        if drift is None:
            return
        where = (drift.left_paragraph, drift.left_span) if self.side == LEFT else (drift.right_paragraph,
                                                                                  drift.right_span)
        if where[0] == pid and where[1] and where[1][1] > where[1][0]:
            self._frame_span(painter, rect, layout, *where[1])

    def _frame_span(self, painter: QPainter, rect: QRectF, layout, start: int, end: int) -> None:
        """A rounded frame round characters start..end, one box per line."""
        painter.setPen(QPen(self.view.colours.focus, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        position = start
        while position < end:
            line = layout.lineForTextPosition(position)
            if not line.isValid():
                return
            line_end = min(end, line.textStart() + line.textLength())
            x1, x2 = _x(line.cursorToX(position)), _x(line.cursorToX(line_end))
            painter.drawRoundedRect(QRectF(rect.left() + PAD_X + min(x1, x2) - 2, rect.top() + PAD_Y + line.y() - 1,
                                           abs(x2 - x1) + 4, line.height() + 2), 3, 3)
            if line_end <= position:
                return
            position = line_end

    def _paint_gutter(self, painter: QPainter, rect: QRectF, group: Optional[Group], pid: int, first: bool,
                      decision: Optional[str] = None) -> None:
        colours = self.view.colours
        gx = self.gutter_x()
        y = rect.top() + PAD_Y
        size = 16
        ix = gx + (GUTTER - size) / 2
        if first and group is not None and group.status in _STATUS_ICONS:
            painter.drawPixmap(QPointF(ix, y), icons.pixmap(_STATUS_ICONS[group.status],
                                                            colours.for_status(group.status), size))
            y += size + 4
        drifts = self._drift_for(group, pid)
        if drifts:
            worst = min(drifts, key=lambda d: SEVERITY_ORDER.get(d.severity, 3)).severity
            painter.drawPixmap(QPointF(ix, y), icons.pixmap("drift", colours.for_severity(worst), size))
            y += size + 4
        if decision:
            y = self._paint_decision(painter, QRectF(gx, y, GUTTER, size + 2), decision)
        para = self.view.renderer.paragraph(self.side, pid)
        place = f"p. {para.page}" if para.page is not None else (
            para.segment.local_id if para.segment is not None else "")
        if place:
            font = QFont(self.font())
            font.setPointSizeF(max(6.5, font.pointSizeF() * 0.82))
            painter.setFont(font)
            painter.setPen(colours.muted)
            # a long id (a GUID, "file.docx/u12") keeps its end, where ids differ; the tooltip has it whole
            shown = QFontMetricsF(font).elidedText(place, Qt.TextElideMode.ElideLeft, GUTTER - 4)
            painter.drawText(QRectF(gx, y, GUTTER, 16), Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                             shown)

    def _paint_decision(self, painter: QPainter, rect: QRectF, state: str) -> float:
        """The reviewer's decision on the passage: its mark in its colour."""
        from .changes_panel import DECISION_COLOURS, DECISION_MARKS

        font = QFont(self.font())
        font.setWeight(QFont.Weight.Bold)
        painter.setFont(font)
        painter.setPen(QColor(DECISION_COLOURS[self.view.colours.dark].get(state, "#8c959f")))
        painter.drawText(rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, DECISION_MARKS[state])
        return rect.bottom() + 4

    def _paint_slot(self, painter: QPainter, rect: QRectF, row, count: int = 1) -> None:
        """The empty place opposite paragraphs that have no counterpart here
        (``count`` rows of them in one box, labelled where it can be seen)."""
        other = self._group(row.group(1 - self.side))
        if other is None or other.status == IGNORED or not self.view.comparison.related:
            return  # unrelated documents: one is simply longer, nothing is missing opposite
        colours = self.view.colours
        inner = rect.adjusted(1, 1, -1, -1)
        base = colours.deleted_fg if other.status == OMITTED else (
            colours.inserted_fg if other.status == ADDED else colours.moved)
        tint = QColor(base)
        tint.setAlpha(16 if not colours.dark else 26)  # an empty place: lighter than the text it stands for
        path = QPainterPath()
        path.addRoundedRect(inner, 4, 4)
        painter.fillPath(path, tint)
        edge = QColor(base)
        edge.setAlpha(150)
        painter.setPen(QPen(edge, 1, Qt.PenStyle.DashLine))
        painter.drawPath(path)
        painter.setPen(colours.muted)
        font = QFont(self.font())
        font.setItalic(True)
        painter.setFont(font)
        label = run_label(other.status, count) if count > 1 else self._slot_label(row, other)
        painter.drawText(self._label_box(inner), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, label)

    def _label_box(self, inner: QRectF) -> QRectF:
        """Where a slot's label goes: its middle, or for a box taller than
        the pane, the part of it on screen, so the label stays in view."""
        shown = inner.intersected(QRectF(inner.left(), 0, inner.width(), self.height()))
        if shown.isEmpty():
            shown = inner
        height = min(shown.height(), 60.0)
        return QRectF(inner.left() + 8, shown.center().y() - height / 2, inner.width() - 16, height)

    def _paint_fold(self, painter: QPainter, rect: QRectF, first: int) -> None:
        """A folded run of unchanged passages: a quiet bar that opens on click."""
        colours = self.view.colours
        tint = QColor(colours.muted)
        tint.setAlpha(24)
        path = QPainterPath()
        path.addRoundedRect(rect.adjusted(1, 2, -1, -2), 4, 4)
        painter.fillPath(path, tint)
        painter.setPen(colours.muted)
        font = QFont(self.font())
        font.setItalic(True)
        painter.setFont(font)
        count = self.view.fold_size(first)
        label = f"⋯  {count} unchanged passage{'s' if count != 1 else ''} — click to show"
        painter.drawText(rect.adjusted(10, 0, -10, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         label)

    def _slot_label(self, row, other: Group) -> str:
        comparison = self.view.comparison
        if other.status == OMITTED and is_prealigned(comparison.left, comparison.right):
            return "Not translated: the target is missing or empty"
        if other.status == OMITTED:
            return "Omitted: not in the other version"
        if other.status == ADDED:
            return "Added: not in the original"
        if other.moved or other.status == MOVED:
            elsewhere = [r for r in self.view.rows.rows_of_group.get(row.group(1 - self.side), [])
                         if self.view.rows.rows[r].pids(self.side)]
            if elsewhere:
                below = min(elsewhere) > row.index
                arrow = "↓" if below else "↑"
                if self.side == RIGHT:
                    return f"Moved {'further down' if below else 'further up'} {arrow}"
                return f"Moved here from {'further down' if below else 'further up'} {arrow}"
            return "Moved"
        if other.linked:
            return "Part of a split passage; its counterpart is further up ↑"
        return "No counterpart"

    def _paint_picked(self, painter: QPainter, rect: QRectF) -> None:
        """The paragraph picked for a manual link: a dashed frame inside the block."""
        painter.setPen(QPen(self.view.colours.focus, 1.5, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 4, 4)

    def _paint_focus(self, painter: QPainter, rect: QRectF) -> None:
        pen = QPen(self.view.colours.focus, 2)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect, 5, 5)

    def _drift_for(self, group: Optional[Group], pid: int) -> list:
        if group is None:
            return []
        key = "left_paragraph" if self.side == LEFT else "right_paragraph"
        pids = group.left if self.side == LEFT else group.right
        # a drift that names no paragraph at all belongs to the passage: show it on its first paragraph
        return [d for d in group.drift if getattr(d, key) == pid or (
            d.left_paragraph is None and d.right_paragraph is None and pids and pid == pids[0])]

    # --- hit testing --------------------------------------------------------------
    def hit(self, pos: QPointF) -> tuple[Optional[int], Optional[int]]:
        """(row index, paragraph id) under a point; pid None for a slot."""
        view = self.view
        if view.rows is None or not view.geometry_.row_top:
            return None, None
        y = pos.y() + view.scroll_y
        i = view.geometry_.row_at(y)
        if not (view.geometry_.row_top[i] <= y <= view.geometry_.row_top[i] + view.geometry_.row_height[i]):
            return None, None
        for pid in view.rows.rows[i].pids(self.side):
            by, bh = view.geometry_.blocks[self.side][pid]
            if by <= y <= by + bh:
                return i, pid
        return i, None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            text = self._tooltip(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def _tooltip(self, pos: QPointF) -> str:
        row_index, pid = self.hit(pos)
        if row_index is None:
            return ""
        row = self.view.rows.rows[row_index]
        group = self._group(row.group(self.side))
        if pid is None:
            other = self._group(row.group(1 - self.side))
            return STATUS_HELP.get(other.status, "") if other else ""
        by, _ = self.view.geometry_.blocks[self.side][pid]
        local = QPointF(pos.x() - self.block_x() - PAD_X, pos.y() + self.view.scroll_y - by - PAD_Y)
        in_gutter = self.in_gutter(pos)
        index = -1 if in_gutter else self.view.renderer.char_at(self.side, pid, local.x(), local.y())
        drift = self.view.renderer.drift_at(self.side, pid, index) if index >= 0 else None
        if drift is not None:
            return _drift_tooltip([drift])
        parts = []
        if group is not None and group.status in STATUS_LABELS:
            parts.append(f"<b>{STATUS_LABELS[group.status]}</b> — {STATUS_HELP.get(group.status, '')}")
            if group.linked and group.status != UNCHANGED:
                parts.append(f"Similarity {group.similarity:.0%}")
        drifts = self._drift_for(group, pid)
        if drifts and in_gutter:
            return _drift_tooltip(drifts)
        para = self.view.renderer.paragraph(self.side, pid)
        parts.append(long_place(self.view.renderer.document(self.side), para))
        return "<br>".join(parts)

    def mousePressEvent(self, event) -> None:
        row_index, pid = self.hit(QPointF(event.position()))
        self.view.setFocus(Qt.FocusReason.MouseFocusReason)
        folded = self.view.folded()
        if row_index in folded and event.button() == Qt.MouseButton.LeftButton:
            self.view.open_fold(folded[row_index])
            return
        self._start_selection(event, pid)
        if row_index is not None and event.button() in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton):
            gi = self.view.rows.rows[row_index].group(self.side)
            if gi is not None:
                self.view.select_group(gi, scroll=False)
        if event.button() == Qt.MouseButton.LeftButton and self.view.rows:
            extend = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            self.view.pick(self.side, pid, extend)
        elif event.button() == Qt.MouseButton.RightButton and pid not in self.view.picked.get(self.side, ()):
            self.view.pick(self.side, pid)  # a right-click on a picked paragraph keeps the picks for "Link"

    def contextMenuEvent(self, event) -> None:
        row_index, pid = self.hit(QPointF(event.pos()))
        if pid is None:
            return
        menu = QMenu(self)
        sel = self.view.text_selection
        selected = self.view.selected_text() if sel is not None and sel.side == self.side else ""
        if selected:
            copy_selected = QAction("Copy", menu)
            copy_selected.triggered.connect(lambda: QGuiApplication.clipboard().setText(selected))
            menu.addAction(copy_selected)
        copy = QAction("Copy paragraph", menu)
        copy.triggered.connect(lambda: QGuiApplication.clipboard().setText(
            self.view.renderer.paragraph(self.side, pid).text))
        menu.addAction(copy)
        gi = self.view.rows.rows[row_index].group(self.side)
        if gi is not None:
            both = QAction("Copy both versions of this passage", menu)
            both.triggered.connect(lambda: QGuiApplication.clipboard().setText(self._both_versions(gi)))
            menu.addAction(both)
        review = getattr(self.window(), "review_actions", None)  # the window's review commands, if any
        if review is not None:
            menu.addSeparator()
            menu.addActions(review.alignment_actions())
            menu.addSeparator()
            menu.addActions(review.decision_actions())
        menu.exec(event.globalPos())

    def _both_versions(self, gi: int) -> str:
        group = self.view.comparison.groups[gi]
        left = "\n\n".join(self.view.comparison.left.paragraphs[p].text for p in group.left) or "(none)"
        right = "\n\n".join(self.view.comparison.right.paragraphs[p].text for p in group.right) or "(none)"
        return f"Original:\n{left}\n\nOther version:\n{right}\n"


def _drift_tooltip(drifts) -> str:
    import html

    lines = []
    for d in drifts:
        label = SEVERITY_LABELS.get(d.severity, d.severity)
        lines.append(f"<b>⚠ {html.escape(drift_label(d.kind))}</b> ({label.lower()}): {html.escape(d.message)}")
        if d.left_text or d.right_text:
            lines.append(f"<i>{html.escape(d.left_text)}</i> → <i>{html.escape(d.right_text)}</i>")
    return "<br>".join(lines)


def _x(value) -> float:
    return float(value[0] if isinstance(value, tuple) else value)
