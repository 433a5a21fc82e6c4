"""What the window shows before there is a comparison: one card per side
(open or drop a file), the example one click away, and recent pairs."""
from __future__ import annotations

import os
from typing import Optional

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFont
from PySide6.QtWidgets import (QFrame, QGridLayout, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QPushButton, QScrollArea, QSizePolicy, QVBoxLayout, QWidget)

from . import icons
from .drops import acceptable, clip_of, dropped_paths
from .layout import LEFT, RIGHT
from .settings import RecentPair
from .theme import diff_colours


class _SideCard(QFrame):
    """One side: which file is chosen, a button to choose one, a drop target."""

    open_requested = Signal(int)
    dropped = Signal(int, list)
    clip_dropped = Signal(int, object)  # side, engine.pasted.Clip: text dropped rather than a file

    def __init__(self, side: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.side = side
        self.setAcceptDrops(True)
        self.setObjectName("sideCard")
        role = "Original" if side == LEFT else "Other version"
        self._role = QLabel(role, self)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setWeight(QFont.Weight.DemiBold)
        self._role.setFont(font)
        hint = ("The text as first published: the NGO's press release." if side == LEFT
                else "The rewrite, translation or agency story to check against it.")
        self._hint = QLabel(hint, self)
        self._hint.setWordWrap(True)
        self._file = QLabel("No file chosen — drop a file or text here", self)
        self._file.setWordWrap(True)
        self.button = QPushButton("Open original…" if side == LEFT else "Open other version…", self)
        self.button.setIcon(icons.icon("open-original" if side == LEFT else "open-other"))
        self.button.clicked.connect(lambda: self.open_requested.emit(self.side))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.setSpacing(8)
        layout.addWidget(self._role)
        layout.addWidget(self._hint)
        layout.addStretch(1)
        layout.addWidget(self._file)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        self.setMinimumSize(260, 190)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(f"{role}: open or drop a file")
        self._highlight(False)

    def set_path(self, path: Optional[str]) -> None:
        self._file.setText(f"✓ {os.path.basename(path)}" if path else "No file chosen — drop a file or text here")
        self._file.setToolTip(path or "")

    def _highlight(self, on: bool) -> None:
        colours = diff_colours()
        border = colours.focus.name() if on else colours.muted.name()
        style = "solid" if on else "dashed"
        self.setStyleSheet(f"#sideCard {{ border: 2px {style} {border}; border-radius: 10px; }}")
        self._hint.setStyleSheet(f"color: {colours.muted.name()};")

    def refresh_theme(self) -> None:
        self.button.setIcon(icons.icon("open-original" if self.side == LEFT else "open-other"))
        self._highlight(False)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if acceptable(event.mimeData()):
            event.acceptProposedAction()
            self._highlight(True)

    def dragLeaveEvent(self, event) -> None:
        self._highlight(False)

    def dropEvent(self, event: QDropEvent) -> None:
        self._highlight(False)
        paths = dropped_paths(event.mimeData())
        clip = None if paths else clip_of(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.dropped.emit(self.side, paths)
        elif clip is not None:
            event.acceptProposedAction()
            self.clip_dropped.emit(self.side, clip)


class StartPage(QWidget):
    open_requested = Signal(int)  # side
    files_dropped = Signal(int, list)  # side, paths
    clip_dropped = Signal(int, object)  # side, Clip
    example_requested = Signal()
    recent_requested = Signal(object)  # RecentPair

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Start page")
        title = QLabel("Compare two versions of a text", self)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setWeight(QFont.Weight.DemiBold)
        title.setFont(font)
        self._subtitle = QLabel(
            "Open the original press release and the version to check — a rewrite, a translation or an "
            "agency story. Tandem lines them up paragraph by paragraph and shows what was added, omitted, "
            "moved, and where the meaning drifted.", self)
        self._subtitle.setWordWrap(True)
        self.cards = (_SideCard(LEFT, self), _SideCard(RIGHT, self))
        for card in self.cards:
            card.open_requested.connect(self.open_requested)
            card.dropped.connect(self.files_dropped)
            card.clip_dropped.connect(self.clip_dropped)
        self.example_button = QPushButton("Open the example", self)
        self.example_button.setIcon(icons.icon("example"))
        self.example_button.setToolTip("A short press release and a rewrite of it, showing every kind of difference")
        self.example_button.clicked.connect(self.example_requested)
        self._recent_title = QLabel("Recent comparisons", self)
        self._recent_title.setFont(QFont(self.font().family(), -1, QFont.Weight.DemiBold))
        self.recent = QListWidget(self)
        self.recent.setAccessibleName("Recent comparisons")
        self.recent.itemActivated.connect(self._recent_activated)
        self.recent.itemClicked.connect(self._recent_activated)

        cards = QHBoxLayout()
        cards.setSpacing(16)
        cards.addWidget(self.cards[0])
        cards.addWidget(self.cards[1])
        column = QVBoxLayout()
        column.setSpacing(14)
        column.addWidget(title)
        column.addWidget(self._subtitle)
        column.addSpacing(6)
        column.addLayout(cards)
        column.addWidget(self.example_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addSpacing(8)
        column.addWidget(self._recent_title)
        column.addWidget(self.recent)
        column.addStretch(1)
        self._build_scroller(column)
        self.set_recent([])

    def _build_scroller(self, column: QVBoxLayout) -> None:
        """The page scrolls, so a long list of recent pairs or a large font
        never makes the window's minimum taller than a small screen."""
        content = QWidget()
        holder = QWidget(content)
        holder.setLayout(column)
        holder.setMaximumWidth(860)
        grid = QGridLayout(content)
        grid.setContentsMargins(32, 40, 32, 24)
        grid.addWidget(holder, 0, 0, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        scroller = QScrollArea(self)
        scroller.setWidget(content)
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.viewport().setAutoFillBackground(False)
        content.setAutoFillBackground(False)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroller)

    def set_paths(self, left: Optional[str], right: Optional[str]) -> None:
        self.cards[LEFT].set_path(left)
        self.cards[RIGHT].set_path(right)

    def set_recent(self, pairs: list[RecentPair]) -> None:
        self.recent.clear()
        for pair in pairs:
            item = QListWidgetItem(icons.icon("swap"), pair.label())
            item.setToolTip(f"{pair.original}\n{pair.other}")
            item.setData(Qt.ItemDataRole.UserRole, pair)
            self.recent.addItem(item)
        self.recent.setVisible(bool(pairs))
        self._recent_title.setVisible(bool(pairs))
        if pairs:  # as tall as its entries, so no empty box below them
            rows = min(len(pairs), 6)
            self.recent.setFixedHeight(rows * max(22, self.recent.sizeHintForRow(0)) + 2 * self.recent.frameWidth() + 4)

    def _recent_activated(self, item: QListWidgetItem) -> None:
        self.recent_requested.emit(item.data(Qt.ItemDataRole.UserRole))

    def refresh_theme(self) -> None:
        for card in self.cards:
            card.refresh_theme()
        self.example_button.setIcon(icons.icon("example"))
        self._subtitle.setStyleSheet(f"color: {diff_colours().muted.name()};")
