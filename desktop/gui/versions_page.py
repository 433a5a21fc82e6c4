"""The versions view: the matrix of what each version did with each of the
original's paragraphs, each version's one-line summary, and the drift that
recurs across versions. Clicking a cell (or a version) asks for that pair
side by side."""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QListWidget, QListWidgetItem,
                               QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget)

from desktop.engine.export.versions_text import LEGEND, family_line, summary_line
from desktop.engine.versions.model import VersionsMatrix

from .versions_model import FIRST_VERSION, KEPT_COLUMN, TEXT_COLUMN, VersionsModel

VERSION_COLUMN_WIDTH = 46
TEXT_COLUMN_WIDTH = 340


class _MatrixTable(QTableView):
    painted = Signal()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        self.painted.emit()


class VersionsPage(QWidget):
    pair_requested = Signal(int)  # version index
    painted = Signal()  # a matrix is on screen (first paint after set_matrix)
    export_matrix_requested = Signal()
    export_pairs_requested = Signal()

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Versions")
        self.matrix: Optional[VersionsMatrix] = None
        self._announce = False
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title.setFont(font)
        self.legend = QLabel(f"{LEGEND}. Click a cell to open that pair side by side.", self)
        self.legend.setWordWrap(True)
        self.export_matrix = QPushButton("Export Matrix…", self)
        self.export_matrix.setToolTip("The matrix as HTML, CSV or JSON")
        self.export_pairs = QPushButton("Export Every Pair's JSON…", self)
        self.export_pairs.setToolTip("Each version's comparison with the original, one JSON file each, into a folder")
        self.export_matrix.clicked.connect(self.export_matrix_requested)
        self.export_pairs.clicked.connect(self.export_pairs_requested)
        self.model = VersionsModel(self)
        self.table = self._make_table()
        self.versions_list = QListWidget(self)
        self.versions_list.setAccessibleName("Versions and their summaries")
        self.families_list = QListWidget(self)
        self.families_list.setAccessibleName("Drift in several versions")
        for lst in (self.versions_list, self.families_list):
            lst.setWordWrap(True)
            lst.setTextElideMode(Qt.TextElideMode.ElideNone)
        self._layout()
        self.table.clicked.connect(self._cell_clicked)
        self.versions_list.itemActivated.connect(self._version_chosen)
        self.versions_list.itemClicked.connect(self._version_chosen)
        self.families_list.itemClicked.connect(self._family_chosen)
        self.table.painted.connect(self._table_painted)

    def _make_table(self) -> _MatrixTable:
        table = _MatrixTable(self)
        table.setModel(self.model)
        table.setAccessibleName("Versions matrix")
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        return table

    def _layout(self) -> None:
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(QLabel("<b>Versions</b>", side))
        side_layout.addWidget(self.versions_list, 3)
        side_layout.addWidget(QLabel("<b>Drift in several versions</b>", side))
        side_layout.addWidget(self.families_list, 2)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([900, 380])
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.export_matrix)
        heading.addWidget(self.export_pairs)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(heading)
        layout.addWidget(self.legend)
        layout.addWidget(self.splitter, 1)

    # --- content -------------------------------------------------------------
    def set_matrix(self, matrix: VersionsMatrix) -> None:
        self.matrix = matrix
        self.model.set_matrix(matrix)
        compared = f"{matrix.compared} of {len(matrix.versions)}" if matrix.compared < len(matrix.versions) \
            else f"{len(matrix.versions)}"
        self.title.setText(f"{matrix.original.name} and {compared} versions")
        self._size_columns()
        self._fill_versions(matrix)
        self._fill_families(matrix)
        self._announce = True
        self.table.viewport().update()

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        header.resizeSection(TEXT_COLUMN, TEXT_COLUMN_WIDTH)
        header.resizeSection(KEPT_COLUMN, 52)
        for column in range(FIRST_VERSION, self.model.columnCount()):
            header.resizeSection(column, VERSION_COLUMN_WIDTH)

    def _fill_versions(self, matrix: VersionsMatrix) -> None:
        self.versions_list.clear()
        for version in matrix.versions:
            about = ", ".join(x for x in (version.language, version.date) if x)
            item = QListWidgetItem(f"v{version.index + 1}  {version.name}{f' ({about})' if about else ''}\n"
                                   f"{summary_line(matrix, version.index)}")
            item.setData(Qt.ItemDataRole.UserRole, version.index)
            item.setToolTip(version.path + ("\n" + version.trouble if version.trouble else
                                            "\nClick to open this pair side by side."))
            self.versions_list.addItem(item)

    def _fill_families(self, matrix: VersionsMatrix) -> None:
        self.families_list.clear()
        if not matrix.families:
            self.families_list.addItem("None: no change recurs in two versions.")
        for number, family in enumerate(matrix.families):
            item = QListWidgetItem(family_line(matrix, family))
            item.setData(Qt.ItemDataRole.UserRole, number)
            self.families_list.addItem(item)

    def clear(self) -> None:
        self.matrix = None
        self.model.set_matrix(None)
        self.versions_list.clear()
        self.families_list.clear()
        self.title.setText("")

    # --- clicks --------------------------------------------------------------
    def _cell_clicked(self, index: QModelIndex) -> None:
        version = self.model.version_at(index.column())
        if version is not None:
            self.request_pair(version)

    def _version_chosen(self, item: QListWidgetItem) -> None:
        self.request_pair(item.data(Qt.ItemDataRole.UserRole))

    def request_pair(self, version: int) -> None:
        if self.matrix is not None and not self.matrix.versions[version].trouble:
            self.pair_requested.emit(version)

    def _family_chosen(self, item: QListWidgetItem) -> None:
        """Select the family's cells: its paragraph in each version it recurs in."""
        number = item.data(Qt.ItemDataRole.UserRole)
        if self.matrix is None or number is None:
            return
        family = self.matrix.families[number]
        rows = [r for r, row in enumerate(self.matrix.rows) if row.paragraph in family.paragraphs]
        first = family.earliest if family.earliest is not None else family.versions[0]
        if rows:
            self.table.setCurrentIndex(self.model.index(rows[0], FIRST_VERSION + first))
            self.table.scrollTo(self.model.index(rows[0], FIRST_VERSION + first))

    def _table_painted(self) -> None:
        if self._announce:
            self._announce = False
            self.painted.emit()
