"""The versions matrix as a Qt table model: the original's paragraphs as
rows; a column for the paragraph, one for how many versions kept it, then
one per version. A cell shows its state's symbol and drift count, coloured
by state, with the drift's worst severity as a mark; its tooltip says it
in words."""
from __future__ import annotations

import textwrap
from typing import Any, Optional

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from desktop.engine.export.versions_text import STATE_SYMBOLS, summary_line
from desktop.engine.versions.model import EDITED, KEPT, MOVED, OMITTED, VersionsMatrix

from .theme import DiffColours, diff_colours

TEXT_COLUMN, KEPT_COLUMN = 0, 1
FIRST_VERSION = 2  # columns before the versions
STATE_WORDS = {KEPT: "kept unchanged", EDITED: "edited", MOVED: "moved", OMITTED: "omitted", "": "not compared"}
_Index = QModelIndex | QPersistentModelIndex


class VersionsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.matrix: Optional[VersionsMatrix] = None
        self.colours: DiffColours = diff_colours()

    def set_matrix(self, matrix: Optional[VersionsMatrix]) -> None:
        self.beginResetModel()
        self.matrix = matrix
        self.colours = diff_colours()
        self.endResetModel()

    def version_at(self, column: int) -> Optional[int]:
        return column - FIRST_VERSION if self.matrix and column >= FIRST_VERSION else None

    # --- the model ---------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.matrix is None else len(self.matrix.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.matrix is None else FIRST_VERSION + len(self.matrix.versions)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.matrix is None or not index.isValid():
            return None
        version = self.version_at(index.column())
        if version is None:
            return self._paragraph_data(index.row(), index.column(), role)
        return self._cell_data(index.row(), version, role)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.matrix is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(self.matrix.rows[section].paragraph + 1) if role == Qt.ItemDataRole.DisplayRole else None
        version = self.version_at(section)
        if version is None:
            return {TEXT_COLUMN: "Original paragraph", KEPT_COLUMN: "Kept"}[section] \
                if role == Qt.ItemDataRole.DisplayRole else None
        return self._version_header(version, role)

    # --- pieces ------------------------------------------------------------
    def _paragraph_data(self, row: int, column: int, role: int) -> Any:
        paragraph = self.matrix.rows[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return textwrap.shorten(paragraph.text, 90, placeholder=" …") if column == TEXT_COLUMN \
                else f"{paragraph.kept_by}/{len(paragraph.cells)}"
        if role == Qt.ItemDataRole.ToolTipRole and column == TEXT_COLUMN:
            return textwrap.fill(paragraph.text, 80)
        if role == Qt.ItemDataRole.ToolTipRole:
            return (f"{paragraph.kept_by} of {len(paragraph.cells)} versions kept this paragraph "
                    f"({paragraph.unchanged_in} unchanged)")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == KEPT_COLUMN:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _cell_data(self, row: int, version: int, role: int) -> Any:
        cell = self.matrix.cell(row, version)
        if role == Qt.ItemDataRole.DisplayRole:
            return STATE_SYMBOLS[cell.state] + (f" {cell.drift}" if cell.drift else "")
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(cell.state)
        if role == Qt.ItemDataRole.ForegroundRole and cell.worst in ("error", "warning"):
            return self.colours.for_severity(cell.worst)
        if role == Qt.ItemDataRole.ToolTipRole:
            name = self.matrix.versions[version].name
            drift = f", {cell.drift} drift item{'s' if cell.drift != 1 else ''} (worst: {cell.worst})" \
                if cell.drift else ""
            return f"{name}: {STATE_WORDS[cell.state]}{drift}\nClick to open this pair side by side."
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{STATE_WORDS[cell.state]}, {cell.drift} drift"
        return None

    def _background(self, state: str) -> Optional[QColor]:
        colour = {EDITED: self.colours.edited, MOVED: self.colours.moved, OMITTED: self.colours.deleted_fg,
                  KEPT: self.colours.unchanged_link}.get(state)
        if colour is None:
            return None
        tint = QColor(colour)
        tint.setAlpha(70 if state != KEPT else 35)
        return tint

    def _version_header(self, version: int, role: int) -> Any:
        v = self.matrix.versions[version]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"v{version + 1}\n{v.language or '?'}"
        if role == Qt.ItemDataRole.ToolTipRole:
            about = ", ".join(x for x in (v.language, v.date) if x)
            return f"{v.name}{f' ({about})' if about else ''}\n{summary_line(self.matrix, version)}"
        return None
