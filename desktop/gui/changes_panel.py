"""Every change and drift item in one list, filterable by kind and severity,
with counts. Selecting an entry takes both panes to it."""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import (QAbstractListModel, QModelIndex, QRect, QSize,
                            QSortFilterProxyModel, Qt, Signal)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QListView, QSizePolicy, QStyle, QStyledItemDelegate,
                               QStyleOptionViewItem, QToolButton, QVBoxLayout, QWidget)

from desktop.engine.model import Comparison
from desktop.engine.review import STATE_LABELS, Decision, Review

from . import icons
from .change_items import GROUP_KINDS, ChangeItem, build_items, count_by_kind
from .flow_layout import FlowLayout
from .layout import Rows
from .text import SEVERITY_LABELS, SEVERITY_ORDER, drift_label
from .theme import diff_colours

ItemRole = Qt.ItemDataRole.UserRole + 1
_KIND_ICONS = {"omitted": "omitted", "added": "added", "moved": "moved", "edited": "edited"}
_KIND_LABELS = {"omitted": "Omitted", "added": "Added", "moved": "Moved", "edited": "Edited"}
SEVERITY_FILTERS = (("All severities", 2), ("Errors and warnings", 1), ("Errors only", 0))


DecisionRole = Qt.ItemDataRole.UserRole + 2
DECISION_MARKS = {"accepted": "✓", "flagged": "⚑", "queried": "?"}
DECISION_COLOURS = {False: {"accepted": "#1a7f37", "flagged": "#cf222e", "queried": "#9a6700"},
                    True: {"accepted": "#56d364", "flagged": "#ff7b72", "queried": "#e3b341"}}  # by dark theme


class ChangeListModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.items: list[ChangeItem] = []
        self.review = Review()

    def set_review(self, review: Review) -> None:
        self.review = review
        if self.items:
            self.dataChanged.emit(self.index(0), self.index(len(self.items) - 1))

    def decision(self, item: ChangeItem) -> Decision:
        return self.review.decision(item.review_id)

    def set_items(self, items: list[ChangeItem]) -> None:
        self.beginResetModel()
        self.items = items
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{item.label}: {item.text}"
        if role == Qt.ItemDataRole.ToolTipRole:
            decision = self.decision(item)
            said = f"\n\n{STATE_LABELS[decision.state]}" if decision.state else ""
            return item.detail + said + (f"\nComment: {decision.comment}" if decision.comment else "")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            severity = f" ({item.severity})" if item.severity else ""
            state = self.decision(item).state
            return f"{item.label}{severity}: {item.text}" + (f" — {STATE_LABELS[state]}" if state else "")
        if role == ItemRole:
            return item
        if role == DecisionRole:
            return self.decision(item)
        return None


class ChangeFilter(QSortFilterProxyModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.hidden_kinds: set[str] = set()
        self.max_severity = 2  # index into SEVERITY_ORDER values: 2 shows notes too

    def update(self, hidden: set[str], max_severity: int) -> None:
        modern = hasattr(self, "beginFilterChange")  # Qt 6.9+; invalidateFilter is deprecated there
        if modern:
            self.beginFilterChange()
        self.hidden_kinds = set(hidden)
        self.max_severity = max_severity
        if modern:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent) -> bool:
        item = self.sourceModel().items[row]
        if item.kind in self.hidden_kinds:
            return False
        if item.is_drift and SEVERITY_ORDER.get(item.severity, 2) > self.max_severity:
            return False
        return True


class ChangeDelegate(QStyledItemDelegate):
    """Two lines per entry: an icon and the kind in bold, then an excerpt."""

    def sizeHint(self, option, index) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(200, metrics.lineSpacing() * 2 + 14)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        item: ChangeItem = index.data(ItemRole)
        painter.save()
        style = option.widget.style() if option.widget else None
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        colours = diff_colours()
        text_colour = option.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        icon_colour = text_colour if selected else _item_colour(item, colours)
        rect = option.rect.adjusted(8, 6, -8, -6)
        icon_name = "drift" if item.is_drift else _KIND_ICONS.get(item.kind, "edited")
        painter.drawPixmap(rect.left(), rect.top() + 1, icons.pixmap(icon_name, icon_colour, 16))
        metrics = QFontMetrics(option.font)
        text_rect = QRect(rect.left() + 24, rect.top(), rect.width() - 24, metrics.lineSpacing())
        bold = QFont(option.font)
        bold.setWeight(QFont.Weight.DemiBold)
        painter.setFont(bold)
        painter.setPen(text_colour)
        label = item.label + (f" · {SEVERITY_LABELS.get(item.severity, '')}" if item.severity else "")
        decision: Decision = index.data(DecisionRole)
        badge_width = _paint_decision(painter, text_rect, decision, bold, text_colour if selected else None)
        title_rect = text_rect.adjusted(0, 0, -badge_width, 0)
        painter.setFont(bold)
        painter.setPen(text_colour)
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetrics(bold).elidedText(label, Qt.TextElideMode.ElideRight, title_rect.width()))
        painter.setFont(option.font)
        if not selected:
            painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
        excerpt_rect = text_rect.translated(0, metrics.lineSpacing() + 2)
        painter.drawText(excerpt_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         metrics.elidedText(item.text, Qt.TextElideMode.ElideRight, excerpt_rect.width()))
        painter.restore()


def _paint_decision(painter: QPainter, rect: QRect, decision: Decision, font: QFont, colour) -> int:
    """The decision at the right of the title line: a mark and its word, and
    a speech mark when there is a comment. Returns the width used."""
    text = ""
    if decision.state:
        text = f"{DECISION_MARKS[decision.state]} {STATE_LABELS[decision.state]}"
    if decision.comment:
        text = (text + "  ✎").strip()
    if not text:
        return 0
    from PySide6.QtGui import QColor

    metrics = QFontMetrics(font)
    width = metrics.horizontalAdvance(text) + 8
    painter.setFont(font)
    palette = DECISION_COLOURS[diff_colours().dark]
    painter.setPen(colour or QColor(palette.get(decision.state, "#8c959f")))
    painter.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
    return width


def _item_colour(item: ChangeItem, colours):
    if item.is_drift:
        return colours.for_severity(item.severity or "warning")
    return colours.for_status({"edited": "edited"}.get(item.kind, item.kind))


class ChangesPanel(QWidget):
    item_chosen = Signal(int, object)  # group position, drift index or None
    current_changed = Signal()  # the current entry changed (for the review actions' state)

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Changes")
        self._model = ChangeListModel(self)
        self._proxy = ChangeFilter(self)
        self._proxy.setSourceModel(self._model)
        self._buttons: dict[str, QToolButton] = {}
        self._syncing = False
        self._build()

    def _build(self) -> None:
        self._title = QLabel("Changes", self)
        title_font = QFont(self.font())
        title_font.setWeight(QFont.Weight.DemiBold)
        self._title.setFont(title_font)
        self._chips = QWidget(self)
        self._chip_layout = FlowLayout(self._chips, spacing=4)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)  # so the wrapped chips get the height they need
        self._chips.setSizePolicy(policy)
        self._severity = QComboBox(self)
        self._severity.setAccessibleName("Show drift of severity")
        for label, value in SEVERITY_FILTERS:
            self._severity.addItem(label, value)
        self._severity.currentIndexChanged.connect(self._filters_changed)
        self._list = QListView(self)
        self._list.setModel(self._proxy)
        self._list.setItemDelegate(ChangeDelegate(self._list))
        self._list.setUniformItemSizes(True)
        self._list.setAccessibleName("List of changes")
        self._list.setAccessibleDescription("Every change and drift item in reading order. Selecting one takes both "
                                            "documents there; A, F or Q accepts, flags or queries it.")
        self._list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._list.selectionModel().currentChanged.connect(self._current_changed)
        self._list.clicked.connect(self._clicked)
        self._empty = QLabel("No changes: the two versions say the same.", self)
        self._empty.setWordWrap(True)
        self._empty.hide()

        severity_row = QHBoxLayout()
        severity_label = QLabel("Drift:", self)
        severity_label.setBuddy(self._severity)
        severity_row.addWidget(severity_label)
        severity_row.addWidget(self._severity, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 4)
        layout.setSpacing(6)
        layout.addWidget(self._title)
        layout.addWidget(self._chips)
        layout.addLayout(severity_row)
        layout.addWidget(self._empty)
        layout.addWidget(self._list, 1)
        self.setMinimumWidth(220)

    # --- content -----------------------------------------------------------------
    def set_comparison(self, comparison: Comparison, rows: Rows) -> None:
        hidden = {k for k, b in self._buttons.items() if not b.isChecked()}
        items = build_items(comparison, rows)
        self._model.set_items(items)
        self._rebuild_chips(count_by_kind(items), hidden)
        self._filters_changed()
        self._update_title()
        self._empty.setVisible(not items)

    def set_review(self, review: Review) -> None:
        """Show the decisions (marks in the list, counts in the title)."""
        self._model.set_review(review)
        self._update_title()
        self.current_changed.emit()

    def _update_title(self) -> None:
        items = self._model.items
        if not items:
            self._title.setText("Changes")
            self._title.setToolTip("")
            return
        total_changes = sum(1 for i in items if not i.is_drift)
        total_drift = sum(1 for i in items if i.is_drift)
        title = f"{total_changes} change{'s' if total_changes != 1 else ''}" + (
            f" · {total_drift} drift" if total_drift else "")
        states = [self._model.decision(i).state for i in items]
        decided = {s: states.count(s) for s in DECISION_MARKS if states.count(s)}
        if decided:
            marks = "  ".join(f"{DECISION_MARKS[s]} {n}" for s, n in decided.items())
            title += f"\n{states.count('')} to review · {marks}"
        self._title.setText(title)
        words = ", ".join(f"{n} {s}" for s, n in decided.items())
        self._title.setToolTip(f"Reviewed: {words}; {states.count('')} to review" if decided else "")

    def decision_counts(self) -> dict[str, int]:
        states = [self._model.decision(i).state for i in self._model.items]
        return {s: states.count(s) for s in ("accepted", "flagged", "queried", "")}

    def current_item(self) -> Optional[ChangeItem]:
        index = self._list.currentIndex()
        return index.data(ItemRole) if index.isValid() else None

    def set_context_actions(self, actions) -> None:
        """The review commands, offered on right-click (the entry under the
        pointer becomes current first)."""
        self._list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in actions:
            self._list.addAction(action)

    def clear(self) -> None:
        self._model.set_items([])
        self._update_title()

    def _rebuild_chips(self, counts: dict[str, int], hidden: set[str]) -> None:
        for button in self._buttons.values():
            self._chip_layout.removeWidget(button)
            button.deleteLater()
        self._buttons = {}
        kinds = list(GROUP_KINDS) + sorted(k for k in counts if k.startswith("drift:"))
        for kind in kinds:
            count = counts.get(kind, 0)
            name = _KIND_LABELS.get(kind) or drift_label(kind.split(":", 1)[1])
            button = QToolButton(self._chips)
            button.setText(f"{name} {count}")
            button.setCheckable(True)
            button.setChecked(kind not in hidden)
            button.setEnabled(count > 0)
            button.setIcon(icons.icon("drift" if kind.startswith("drift:") else _KIND_ICONS[kind]))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setAutoRaise(False)
            button.setAccessibleName(f"Show only {name.lower()} ({count})")
            button.setToolTip(f"Show only {name.lower()} entries (click again for all; "
                              "Ctrl+click to add or remove this kind)")
            button.toggled.connect(self._filters_changed)
            button.clicked.connect(lambda _checked=False, k=kind: self._chip_clicked(k))
            self._chip_layout.addWidget(button)
            self._buttons[kind] = button
        self._chips.updateGeometry()

    def _chip_clicked(self, kind: str) -> None:
        """A chip shows only its kind; clicked again, every kind. With Ctrl
        it adds or removes its kind, as a toggle."""
        from PySide6.QtWidgets import QApplication

        shown = {k for k, b in self._buttons.items() if b.isChecked()} ^ {kind}  # as before Qt toggled it
        enabled = {k for k, b in self._buttons.items() if b.isEnabled()}
        if QApplication.keyboardModifiers() & Qt.KeyboardModifier.ControlModifier:
            shown ^= {kind}
        else:
            shown = enabled if shown & enabled == {kind} else {kind}
        self.show_kinds(shown | (set(self._buttons) - enabled))

    def show_kinds(self, kinds: set[str]) -> None:
        """Check exactly the chips of ``kinds`` and filter once."""
        for kind, button in self._buttons.items():
            button.blockSignals(True)
            button.setChecked(kind in kinds)
            button.blockSignals(False)
        self._filters_changed()

    def set_kind_visible(self, kind: str, visible: bool) -> None:
        if kind in self._buttons:
            self._buttons[kind].setChecked(visible)

    def set_max_severity(self, value: int) -> None:
        index = self._severity.findData(value)
        if index >= 0:
            self._severity.setCurrentIndex(index)

    def _filters_changed(self, *_args) -> None:
        hidden = {k for k, b in self._buttons.items() if not b.isChecked()}
        self._proxy.update(hidden, int(self._severity.currentData()))

    # --- selection -------------------------------------------------------------------
    def visible_items(self) -> list[ChangeItem]:
        return [self._proxy.index(r, 0).data(ItemRole) for r in range(self._proxy.rowCount())]

    def choose_row(self, row: int) -> None:
        index = self._proxy.index(row, 0)
        self._list.setCurrentIndex(index)
        self._clicked(index)

    def show_group(self, gi: int, drift: Optional[int] = None) -> None:
        """Follow the view's selection without sending it back: its drift
        item when the view stepped to one, else the group's first entry."""
        current = self.current_item()
        if current is not None and current.group == gi and (drift is None or current.drift == drift):
            return  # already on an entry of that group (a drift item, say): keep it
        self._syncing = True
        try:
            for r in range(self._proxy.rowCount()):
                item = self._proxy.index(r, 0).data(ItemRole)
                if item.group == gi and (drift is None or item.drift == drift):
                    self._list.setCurrentIndex(self._proxy.index(r, 0))
                    self._list.scrollTo(self._proxy.index(r, 0))
                    return
            self._list.clearSelection()
        finally:
            self._syncing = False

    def _current_changed(self, current, _previous) -> None:
        self.current_changed.emit()
        if not self._syncing and current.isValid():
            self._clicked(current)

    def _clicked(self, index) -> None:
        if self._syncing or not index.isValid():
            return
        item: ChangeItem = index.data(ItemRole)
        self.item_chosen.emit(item.group, item.drift)

    def refresh_theme(self) -> None:
        for kind, button in self._buttons.items():
            button.setIcon(icons.icon("drift" if kind.startswith("drift:") else _KIND_ICONS[kind]))
        self._list.viewport().update()
