"""One line that says how the two versions relate: how much of the original
was kept, left out and added, what moved, how much drift, which languages."""
from __future__ import annotations

import html
from typing import Optional

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from desktop.engine.model import Comparison

from .text import language_name, percent
from .theme import diff_colours


class SummaryBar(QWidget):
    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Summary")
        self._label = QLabel(self)
        self._label.setTextFormat(Qt.TextFormat.RichText)
        self._label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._label.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self._label, 1)
        self._comparison: Optional[Comparison] = None

    def set_comparison(self, comparison: Comparison) -> None:
        self._comparison = comparison
        self.refresh()

    def text(self) -> str:
        return self._label.text()

    def plain_text(self) -> str:
        from PySide6.QtGui import QTextDocumentFragment

        return QTextDocumentFragment.fromHtml(self._label.text()).toPlainText()

    def refresh(self) -> None:
        c = self._comparison
        if c is None:
            self._label.setText("")
            return
        colours = diff_colours()
        s = c.summary
        parts = [
            _chip("■", colours.edited.name(), f"<b>{_share(s.retained)}</b> of the original kept"),
            _chip("−", colours.deleted_fg.name(), f"<b>{_share(s.omitted)}</b> omitted"),
            _chip("+", colours.inserted_fg.name(), f"<b>{_share(s.added)}</b> of the other version added"),
            _chip("⇅", colours.moved.name(), f"<b>{s.moved}</b> moved"),
        ]
        if s.splits or s.merges:
            parts.append(f"{s.splits} split · {s.merges} merged")
        parts.append(_chip("⚠", colours.drift.name(), _drift_text(s.drift)))
        parts.append(f"{html.escape(language_name(c.left.language))} → {html.escape(language_name(c.right.language))}")
        parts += [html.escape(note) for note in c.notes]
        separator = f"<span style='color:{colours.muted.name()}'>&nbsp;&nbsp;·&nbsp;&nbsp;</span>"
        self._label.setText(separator.join(parts))
        self._label.setAccessibleName(self.plain_text())


def _share(value: float) -> str:
    return html.escape(percent(value))  # "<1%" is text, not the start of a tag


def _chip(glyph: str, colour: str, text: str) -> str:
    return f"<span style='color:{colour}; font-weight:bold'>{glyph}</span>&nbsp;{text}"


def _drift_text(drift: dict) -> str:
    # the engine counts "severity:error" and "kind:date"; plain "error" is accepted too
    counts = [(drift.get(f"severity:{sev}", drift.get(sev, 0)), sev) for sev in ("error", "warning", "note")]
    shown = [f"<b>{n}</b> {sev}{'s' if n != 1 else ''}" for n, sev in counts if n]
    return "drift: " + (", ".join(shown) if shown else "none found")
