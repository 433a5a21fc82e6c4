"""The page that shows a comparison: banners, the summary, the view with the
changes panel beside it, and the find bar."""
from __future__ import annotations

import html
from typing import Optional

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QSplitter, QVBoxLayout, QWidget

from desktop.engine.model import Comparison

from .changes_panel import ChangesPanel
from .compare_view import ComparisonView
from .find_bar import FindBar
from .info_bar import InfoBar
from .summary_bar import SummaryBar
from .text import percent


class ComparisonPage(QWidget):
    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.banner = InfoBar(self)  # "these are not versions of one text"
        self.summary = SummaryBar(self)
        self.view = ComparisonView(self)
        self.panel = ChangesPanel(self)
        self.find_bar = FindBar(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setCollapsible(0, False)
        self.splitter.setSizes([1000, 270])
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.summary)
        layout.addWidget(line)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.find_bar)
        self.view.selection_changed.connect(self._view_selected)
        self.panel.item_chosen.connect(self._panel_chose)
        self.find_bar.text_changed.connect(self.view.set_find)
        self.find_bar.next_requested.connect(self.view.find_next)
        self.find_bar.closed.connect(self._find_closed)
        self.view.find_changed.connect(self.find_bar.set_count)

    def set_comparison(self, comparison: Comparison) -> None:
        self.view.set_comparison(comparison)
        self.panel.set_comparison(comparison, self.view.rows)
        self.summary.set_comparison(comparison)
        self._update_banner(comparison)

    def _update_banner(self, comparison: Comparison) -> None:
        if not comparison.related:
            self.banner.show_message(
                "warning",
                "<b>These two documents do not look like versions of the same text</b> "
                f"({_in_common(comparison.relatedness)}). Each is shown in its own order, side by side"
                f"{'; the few links are guesses' if any(g.linked for g in comparison.groups) else ''}. "
                "Check that you opened the right files.")
        elif comparison.degraded:
            self.banner.show_message(
                "info", "These documents are long: parts of the comparison ("
                + ", ".join(comparison.degraded) + ") were simplified to finish in time.")
        else:
            self.banner.hide()

    def _view_selected(self, gi: int) -> None:
        if gi >= 0:
            self.panel.show_group(gi, self.view.current_drift)

    def _panel_chose(self, gi: int, drift) -> None:
        self.view.select_group(gi, drift=drift)

    def _find_closed(self) -> None:
        self.view.set_find("")
        self.view.setFocus()

    def refresh_theme(self) -> None:
        self.view.refresh_theme()
        self.panel.refresh_theme()
        self.summary.refresh()
        self.find_bar.refresh_theme()
        if self.banner.isVisible():
            self.banner.refresh_theme()


def _in_common(relatedness: float) -> str:
    if relatedness < 0.005:
        return "they have almost nothing in common"
    return f"they have only {html.escape(percent(relatedness))} in common"  # the banner is rich text
