"""The side-by-side comparison: two panes, the connectors between them, the
overview strip and one scroll bar that moves them all together.

This module owns the shared state (rows, geometry, renderer, selection, find)
and keeps it consistent; the child widgets only read it and paint.
Paragraph heights start as estimates and become exact as paragraphs are laid
out: visible ones at once, the rest in small idle batches, so a long document
paints immediately and the window stays responsive.
"""
from __future__ import annotations

import time
from typing import Optional

from PySide6.QtCore import QTimer, Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication, QKeyEvent, QKeySequence, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QHBoxLayout, QScrollBar, QVBoxLayout, QWidget

from desktop.engine.model import Comparison

from .layout import LEFT, RIGHT, Geometry, Rows, build_rows, compute_geometry
from .linkmap import LinkMap
from .navigation import Match, Stop, change_stops, drift_stops, find_matches, find_pattern, next_stop
from .overview import OverviewStrip
from .pane_header import PaneHeader
from .pane import GUTTER, DocumentPane
from .render import ParagraphRenderer
from .selection import TextSelection
from .view_folds import FoldingMixin
from .view_text import TextSelectionMixin
from .theme import diff_colours

ROW_GAP = 10.0
BLOCK_GAP = 6.0
MIN_ROW = 30.0
FOLD_HEIGHT = 28.0  # the bar that stands for a folded run of unchanged passages
MARGIN = 14.0
MAX_TEXT_EM = 38.0  # text column cap, in ems: about 75 characters a line
_IDLE_BUDGET = 0.012  # seconds of measuring per idle tick
_SELECTION_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home, Qt.Key.Key_End)


class ComparisonView(FoldingMixin, TextSelectionMixin, QWidget):
    selection_changed = Signal(int)  # group position, -1 for none
    painted = Signal()  # first paint of a new comparison
    find_changed = Signal(int, int)  # current match (1-based, 0 for none), total
    picked_changed = Signal()  # a paragraph was picked (clicked) on one side, for a manual link

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.comparison: Optional[Comparison] = None
        self.rows: Optional[Rows] = None
        self.multi_row_groups: list[int] = []
        self.geometry_: Geometry = Geometry()
        self.renderer: Optional[ParagraphRenderer] = None
        self.colours = diff_colours()
        self.selected: int = -1
        self.current_drift: Optional[int] = None  # the drift item of the selected group stepped to (F7)
        self.picked: dict[int, tuple[int, ...]] = {LEFT: (), RIGHT: ()}  # paragraphs clicked on each side
        self.text_selection: Optional[TextSelection] = None  # selected text, on one side
        self.decisions: dict[int, str] = {}  # group -> review decision shown in the gutter
        self.matches: list[Match] = []
        self.current_match: int = -1
        self._zoom = 0
        self._entities = False  # View › Colour Numbers, Names and Dates
        self.differences_only = False  # View › Differences Only: unchanged runs fold into bars
        self._runs: dict[int, int] = {}  # row -> first row of its unchanged run (when folding)
        self._opened: set[int] = set()  # runs the reader opened again
        self._changes: list[Stop] = []
        self._drifts: list[Stop] = []
        self._current_stop: Optional[Stop] = None
        self._find_pattern = None
        self._find_text = ""
        self._pending_paint_signal = False
        self._idle = QTimer(self, interval=0, timeout=self._measure_some)
        self._build()

    # --- construction ---------------------------------------------------------
    def _build(self) -> None:
        self.left_pane = DocumentPane(self, LEFT)
        self.right_pane = DocumentPane(self, RIGHT)
        self.linkmap = LinkMap(self)
        self.overview = OverviewStrip(self)
        self.scrollbar = QScrollBar(Qt.Orientation.Vertical, self)
        self.scrollbar.setAccessibleName("Scroll both documents")
        self.scrollbar.valueChanged.connect(self._scrolled)
        self.left_header = PaneHeader("Original", self)
        self.right_header = PaneHeader("Other version", self)

        headers = QHBoxLayout()
        headers.setContentsMargins(0, 0, 0, 0)
        headers.setSpacing(0)
        headers.addWidget(self.left_header, 1)
        headers.addSpacing(LinkMap.WIDTH)
        headers.addWidget(self.right_header, 1)
        headers.addSpacing(OverviewStrip.WIDTH + self.scrollbar.sizeHint().width())

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.left_pane, 1)
        body.addWidget(self.linkmap)
        body.addWidget(self.right_pane, 1)
        body.addWidget(self.overview)
        body.addWidget(self.scrollbar)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addLayout(headers)
        outer.addLayout(body, 1)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName("Comparison of the two documents")
        self.setAccessibleDescription("The original on the left, the other version on the right, links between "
                                      "them. Alt+Down / Alt+Up: next / previous change; F7: next drift.")
        self.setFocusProxy(None)

    # --- public API -------------------------------------------------------------
    def set_comparison(self, comparison: Comparison) -> None:
        """Show a new comparison, keeping the reading position when it is the
        same pair of documents re-compared (an option was toggled)."""
        same_pair = self.comparison is not None and (
            self.comparison.left.sha256, self.comparison.right.sha256) == (
            comparison.left.sha256, comparison.right.sha256)
        anchor_pid = self._top_left_paragraph() if same_pair else None
        anchor_offset = (self.scroll_y - self.geometry_.row_top[self.rows.row_of[LEFT][anchor_pid]]
                         if anchor_pid is not None else 0.0)
        self.comparison = comparison
        self.rows = build_rows(comparison)
        self._opened = set()
        self._refold()
        self.multi_row_groups = [gi for gi, rows in self.rows.rows_of_group.items() if len(rows) > 1]
        self._changes = change_stops(comparison, self.rows)
        self._drifts = drift_stops(comparison, self.rows)
        self._current_stop = None
        self.selected = -1
        self.current_drift = None
        self.picked = {LEFT: (), RIGHT: ()}
        self.text_selection = None
        self._new_renderer()
        self._update_headers()
        self.set_find(self._find_text)  # keep an open search across re-comparisons
        target = 0.0
        if anchor_pid is not None and anchor_pid in self.rows.row_of[LEFT]:
            target = self.geometry_.row_top[self.rows.row_of[LEFT][anchor_pid]] + anchor_offset
        self._pending_paint_signal = True
        self._set_scroll(target)
        self.selection_changed.emit(-1)
        self._idle.start()

    def clear(self) -> None:
        self.picked = {LEFT: (), RIGHT: ()}
        self.text_selection = None
        self.comparison = None
        self.rows = None
        self.renderer = None
        self.geometry_ = Geometry()
        self._idle.stop()
        self._refresh_children()

    def set_zoom(self, steps: int) -> None:
        self._zoom = steps
        if self.comparison is not None:
            self._relayout_keeping_place(new_renderer=True)

    def set_entities(self, on: bool) -> None:
        """Colour numbers, names, quotes and dates in every paragraph (an
        option: by default only what changed is coloured)."""
        if on != self._entities:
            self._entities = on
            if self.comparison is not None:
                self._relayout_keeping_place(new_renderer=True)

    def refresh_theme(self) -> None:
        self.colours = diff_colours()
        self.left_header.refresh()
        self.right_header.refresh()
        if self.comparison is not None:
            self._relayout_keeping_place(new_renderer=True)
        else:
            self._refresh_children()

    @property
    def scroll_y(self) -> float:
        return float(self.scrollbar.value())

    @property
    def viewport_height(self) -> float:
        return float(self.left_pane.height())

    def text_font(self) -> QFont:
        font = QFont(QGuiApplication.font())
        base = max(9.0, font.pointSizeF() if font.pointSizeF() > 0 else 10.0) + 1.5
        font.setPointSizeF(max(6.0, base * (1.1 ** self._zoom)))
        font.setKerning(True)
        return font

    def block_width(self) -> float:
        """Width of a paragraph block: the pane less its gutter and margins,
        capped at a readable line length."""
        pane = min(self.left_pane.width(), self.right_pane.width())
        cap = self.renderer.font.pointSizeF() * 96 / 72 * MAX_TEXT_EM if self.renderer else 720
        return max(120.0, min(pane - GUTTER - 16.0, cap))

    # --- selection and navigation ------------------------------------------------
    def select_group(self, gi: int, *, scroll: bool = True, drift: Optional[int] = None) -> None:
        if self.comparison is None or not (0 <= gi < len(self.comparison.groups)):
            return
        self.selected = gi
        self.current_drift = drift
        stops = self._drifts if drift is not None else self._changes
        self._current_stop = next((s for s in stops if s.group == gi and (drift is None or s.drift == drift)), None)
        if scroll:
            self.scroll_to_group(gi, drift)
        self._describe_selection(gi)
        self._refresh_children()
        self.selection_changed.emit(gi)

    def pick(self, side: int, pid: Optional[int], extend: bool = False) -> None:
        """Remember the paragraph clicked on ``side`` (None: none), so
        paragraphs can be linked by hand; ``extend`` (Ctrl+click) adds it to
        those already picked there, or takes it away, for a split or merge."""
        current = self.picked.get(side, ())
        if extend and pid is not None:
            chosen = tuple(sorted(set(current) ^ {pid}))
        else:
            chosen = (pid,) if pid is not None else ()
        if chosen != current:
            self.picked[side] = chosen
            self._refresh_children()
            self.picked_changed.emit()

    def _describe_selection(self, gi: int) -> None:
        """The panes are painted, not made of text widgets: tell assistive
        technology what is selected in words."""
        from .text import STATUS_LABELS, excerpt

        group = self.comparison.groups[gi]
        left = " ".join(self.comparison.left.paragraphs[p].text for p in group.left) or "nothing"
        right = " ".join(self.comparison.right.paragraphs[p].text for p in group.right) or "nothing"
        drift = "; ".join(d.message for d in group.drift)
        self.setAccessibleDescription(
            f"{STATUS_LABELS.get(group.status, group.status)}. Original: {excerpt(left, 300)} "
            f"Other version: {excerpt(right, 300)}" + (f" Drift: {drift}" if drift else ""))
        from .pane import USAGE

        status = STATUS_LABELS.get(group.status, group.status)
        for pane, text in ((self.left_pane, left), (self.right_pane, right)):
            pane.setAccessibleDescription(f"Selected: {status} — {excerpt(text, 200)}. {USAGE}")
        self.linkmap.describe(gi)

    def scroll_to_group(self, gi: int, drift: Optional[int] = None, side: Optional[int] = None) -> None:
        rows = self.rows.rows_of_group.get(gi, []) if self.rows else []
        if not rows:
            return
        for r in rows:
            self.reveal(r)
        row = min(rows)
        if side is not None:
            side_rows = [r for r in rows if self.rows.rows[r].pids(side)]
            row = min(side_rows) if side_rows else row
        elif drift is not None:
            stop = next((s for s in self._drifts if s.group == gi and s.drift == drift), None)
            row = stop.row if stop else row
        self.ensure_row_measured(row)
        top = self.geometry_.row_top[row]
        height = self.geometry_.row_height[row]
        # leave some context above; centre short groups
        target = top - max(MARGIN, (self.viewport_height - height) * 0.3)
        self._set_scroll(target)

    def go(self, *, drift: bool, forward: bool) -> bool:
        stops = self._drifts if drift else self._changes
        top_row = self.geometry_.row_at(self.scroll_y + 1) if self.rows else 0
        current = self._current_stop if self._current_stop in stops else None
        selected = None
        if current is None and self.selected >= 0 and self.rows.rows_of_group.get(self.selected):
            selected = (min(self.rows.rows_of_group[self.selected]), self.selected)
        stop = next_stop(stops, current, top_row, forward, selected)
        if stop is None:
            return False
        self.select_group(stop.group, drift=stop.drift)
        return True

    def has_stops(self, *, drift: bool) -> bool:
        return bool(self._drifts if drift else self._changes)

    def stop_position(self, *, drift: bool) -> tuple[int, int]:
        """(1-based place of the current stop, number of stops); 0 when none."""
        stops = self._drifts if drift else self._changes
        place = stops.index(self._current_stop) + 1 if self._current_stop in stops else 0
        return place, len(stops)

    def shown_drift(self):
        """The drift item stepped to, if any."""
        if self.current_drift is None or not (0 <= self.selected < len(self.comparison.groups)):
            return None
        drifts = self.comparison.groups[self.selected].drift
        return drifts[self.current_drift] if 0 <= self.current_drift < len(drifts) else None

    def set_decisions(self, decisions: dict[int, str]) -> None:
        """The review's decisions, by group, for the marks in the gutters."""
        if decisions != self.decisions:
            self.decisions = dict(decisions)
            self._refresh_children()

    # --- find --------------------------------------------------------------------
    def set_find(self, text: str) -> None:
        self._find_text = text
        self._find_pattern = find_pattern(text)
        if self.renderer is not None:
            self.renderer.set_find(self._find_pattern)
        self.matches = find_matches(self.comparison, self.rows, self._find_pattern) if self.comparison else []
        self.current_match = -1
        self._refresh_children()
        self.find_changed.emit(0, len(self.matches))

    def find_next(self, forward: bool = True) -> bool:
        if not self.matches:
            self.find_changed.emit(0, 0)
            return False
        if self.current_match < 0:
            top_row = self.geometry_.row_at(self.scroll_y)
            candidates = [i for i, m in enumerate(self.matches) if m.row >= top_row]
            i = (candidates[0] if candidates else 0) if forward else (
                candidates[0] - 1 if candidates else len(self.matches) - 1)
        else:
            i = self.current_match + (1 if forward else -1)
        self.current_match = i % len(self.matches)  # wraps, as find does everywhere
        self._show_match(self.matches[self.current_match])
        self.find_changed.emit(self.current_match + 1, len(self.matches))
        return True

    def _show_match(self, match: Match) -> None:
        self.reveal(match.row)
        self.ensure_row_measured(match.row)
        layout = self.renderer.layout(match.side, match.pid)
        line = layout.lineForTextPosition(match.start)
        y, _ = self.geometry_.blocks[match.side][match.pid]
        line_y = y + (line.y() if line.isValid() else 0.0)
        if not (self.scroll_y + 20 <= line_y <= self.scroll_y + self.viewport_height - 40):
            self._set_scroll(line_y - self.viewport_height * 0.35)
        self._refresh_children()

    # --- geometry ------------------------------------------------------------------
    def _new_renderer(self) -> None:
        self.colours = diff_colours()
        self.renderer = ParagraphRenderer(self.comparison, self.colours, self.text_font(), entities=self._entities)
        self.renderer.set_width(self.block_width())
        self.renderer.set_find(self._find_pattern)
        self._recompute()

    def _recompute(self) -> None:
        self.geometry_ = compute_geometry(self.rows, self.renderer.height, gap=ROW_GAP, block_gap=BLOCK_GAP,
                                          min_row=MIN_ROW, margin=MARGIN, folds=self.folded(),
                                          fold_height=FOLD_HEIGHT)
        self._update_scroll_range()
        self._align_headers()

    def _align_headers(self) -> None:
        """Start each header where its text column starts."""
        width = self.renderer.width if self.renderer else 0
        left_x = max(8, int(self.left_pane.width() - GUTTER - width))
        self.left_header.set_margins(left_x, GUTTER)
        right_end = max(8, int(self.right_pane.width() - GUTTER - width))
        self.right_header.set_margins(GUTTER, right_end)

    def _update_scroll_range(self) -> None:
        maximum = max(0, int(self.geometry_.total - self.viewport_height))
        self.scrollbar.blockSignals(True)
        self.scrollbar.setRange(0, maximum)
        self.scrollbar.setPageStep(max(1, int(self.viewport_height * 0.9)))
        self.scrollbar.setSingleStep(max(8, int(self.renderer.font.pointSizeF() * 4 if self.renderer else 40)))
        self.scrollbar.blockSignals(False)

    def _relayout_keeping_place(self, *, new_renderer: bool = False) -> None:
        anchor, offset = self._anchor()
        if new_renderer:
            self._new_renderer()
        else:
            self.renderer.set_width(self.block_width())
            self._recompute()
        self._restore(anchor, offset)
        self._idle.start()

    def _anchor(self) -> tuple[int, float]:
        if not self.geometry_.row_top:
            return 0, 0.0
        row = self.geometry_.row_at(self.scroll_y)
        return row, self.scroll_y - self.geometry_.row_top[row]

    def _restore(self, row: int, offset: float) -> None:
        if row < len(self.geometry_.row_top):
            offset = min(offset, self.geometry_.row_height[row])
            self._set_scroll(self.geometry_.row_top[row] + offset, measure=True)
        else:
            self._set_scroll(0)

    def ensure_row_measured(self, row: int) -> None:
        """Measure the rows around ``row`` so positions near it are exact."""
        if self.rows is None:
            return
        if self._measure_rows(range(max(0, row - 2), min(len(self.rows), row + 12))):
            self._recompute()

    def _measure_rows(self, indices) -> bool:
        changed = False
        renderer = self.renderer
        for i in indices:
            row = self.rows.rows[i]
            for side in (LEFT, RIGHT):
                for pid in row.pids(side):
                    if not renderer.measured(side, pid):
                        before = renderer.estimate(side, pid)
                        changed = renderer.measure(side, pid) != before or changed
        return changed

    def _measure_visible(self) -> None:
        """Exact heights for what is on screen, re-anchored so nothing jumps."""
        for _ in range(4):
            visible = self.geometry_.rows_between(self.scroll_y, self.scroll_y + self.viewport_height + 1)
            if not self._measure_rows(visible):
                return
            anchor, offset = self._anchor()
            self._recompute()
            self._restore_quiet(anchor, offset)

    def _restore_quiet(self, row: int, offset: float) -> None:
        self.scrollbar.blockSignals(True)
        self.scrollbar.setValue(int(self.geometry_.row_top[row] + offset))
        self.scrollbar.blockSignals(False)

    def _measure_some(self) -> None:
        """Idle work: measure rows off screen in small batches."""
        if self.rows is None or self.renderer is None:
            self._idle.stop()
            return
        deadline = time.perf_counter() + _IDLE_BUDGET
        renderer = self.renderer
        pending = False
        changed = False
        for row in self.rows.rows:
            for side in (LEFT, RIGHT):
                for pid in row.pids(side):
                    if not renderer.measured(side, pid):
                        if time.perf_counter() > deadline:
                            pending = True
                            break
                        renderer.measure(side, pid)
                        changed = True
                if pending:
                    break
            if pending:
                break
        if changed:
            # rows above the top one may grow or shrink, but the top row stays
            # put (anchored), so what is on screen does not move: no repaint
            anchor, offset = self._anchor()
            self._recompute()
            self._restore_quiet(anchor, offset)
        if not pending:
            self._idle.stop()
            self._refresh_children()  # the overview now shows exact positions

    def measuring(self) -> bool:
        return self._idle.isActive()

    # --- scrolling -----------------------------------------------------------------
    def _set_scroll(self, y: float, measure: bool = True) -> None:
        value = int(max(0, min(self.scrollbar.maximum(), y)))
        if value != self.scrollbar.value():
            self.scrollbar.setValue(value)  # -> _scrolled
        else:
            self._scrolled(value)

    def _scrolled(self, _value: int) -> None:
        if self.renderer is not None:
            self._measure_visible()
        self._refresh_children()

    def _refresh_children(self) -> None:
        for child in (self.left_pane, self.right_pane, self.linkmap, self.overview):
            child.update()

    def scroll_by(self, dy: float) -> None:
        self._set_scroll(self.scroll_y + dy)

    def scroll_to_fraction(self, fraction: float) -> None:
        self._set_scroll(fraction * self.geometry_.total - self.viewport_height / 2)

    def _top_left_paragraph(self) -> Optional[int]:
        if not self.rows or not self.geometry_.row_top:
            return None
        for i in self.geometry_.rows_between(self.scroll_y, self.scroll_y + self.viewport_height):
            if self.rows.rows[i].left:
                return self.rows.rows[i].left[0]
        return None

    def note_painted(self) -> None:
        if self._pending_paint_signal:
            self._pending_paint_signal = False
            QTimer.singleShot(0, self.painted.emit)

    # --- events ----------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.comparison is not None and self.renderer is not None:
            if abs(self.renderer.width - self.block_width()) >= 1:
                self._relayout_keeping_place()
            else:
                self._update_scroll_range()
                self._scrolled(self.scrollbar.value())

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.comparison is not None:
            self.resizeEvent(QResizeEvent(self.size(), self.size()))

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            event.ignore()  # the window zooms
            return
        pixels = event.pixelDelta().y()
        dy = -pixels if pixels else -event.angleDelta().y() / 120 * self.scrollbar.singleStep()
        self.scroll_by(dy)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        mods = event.modifiers()
        if mods & Qt.KeyboardModifier.ShiftModifier and key in _SELECTION_KEYS:
            if self._extend_selection(key, by_word=bool(mods & Qt.KeyboardModifier.ControlModifier)):
                return
        if event.matches(QKeySequence.StandardKey.Copy):  # when no window action took it
            self.copy_selection()
            return
        if key == Qt.Key.Key_Escape and self.text_selection is not None:
            self.set_text_selection(None)
            return
        steps = {
            Qt.Key.Key_Down: self.scrollbar.singleStep(), Qt.Key.Key_Up: -self.scrollbar.singleStep(),
            Qt.Key.Key_PageDown: self.scrollbar.pageStep(), Qt.Key.Key_PageUp: -self.scrollbar.pageStep(),
            Qt.Key.Key_Space: self.scrollbar.pageStep(),
        }
        if key in steps and not event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self.scroll_by(steps[key])
        elif key == Qt.Key.Key_Home:
            self._set_scroll(0)
        elif key == Qt.Key.Key_End:
            self._set_scroll(self.scrollbar.maximum())
        else:
            super().keyPressEvent(event)

    # --- headers ---------------------------------------------------------------------
    def _update_headers(self) -> None:
        c = self.comparison
        if c is None:
            return
        self.left_header.set_document(c.left)
        self.right_header.set_document(c.right)
