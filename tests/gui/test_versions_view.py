"""The versions view in the window: comparing the open original with many
versions in the background, the matrix and its lists, a click on a cell
opening that pair side by side, a dropped folder, a bad file among many."""
from __future__ import annotations

import os
import shutil

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from desktop.engine.api import example_paths
from desktop.gui.versions_model import FIRST_VERSION, KEPT_COLUMN, TEXT_COLUMN
from tests.conftest import FIXTURES

from .conftest import wait_for_comparison

ORIGINAL = example_paths()[0]
VERSIONS = sorted(str(p) for p in (FIXTURES / "versions").iterdir())


def wait_for_matrix(qtbot, window, timeout: int = 60000):
    qtbot.waitUntil(lambda: window.versions.matrix is not None and not window.versions.busy
                    and window.stack.currentWidget() is window.versions_page, timeout=timeout)
    return window.versions.matrix


def test_versions_are_compared_off_the_gui_thread_and_shown_as_a_matrix(window, qtbot):
    window.compare_versions(ORIGINAL, VERSIONS)
    assert window.versions.busy  # the call returned at once; an op works in its own thread
    with qtbot.waitSignal(window.versions_shown, timeout=60000):
        matrix = wait_for_matrix(qtbot, window)
    page = window.versions_page
    assert page.model.rowCount() == len(matrix.rows) == 11
    assert page.model.columnCount() == FIRST_VERSION + 4
    assert page.title.text() == "press-release.txt and 4 versions"
    assert window.windowTitle() == "press-release.txt and 4 versions — Tandem"
    assert page.versions_list.count() == 4
    assert page.versions_list.item(0).text().startswith("v1  2026-03-03-wire.txt (en, 2026-03-03)\nretained 91%")
    families = [page.families_list.item(i).text() for i in range(page.families_list.count())]
    assert any(f.startswith("number (error): “18 percent” → “13 percent”") for f in families)
    assert window.versions_actions.show_versions.isEnabled()


def test_cells_say_what_became_of_a_paragraph(window, qtbot):
    window.compare_versions(ORIGINAL, VERSIONS)
    matrix = wait_for_matrix(qtbot, window)
    model = window.versions_page.model
    volunteers = next(r for r, row in enumerate(matrix.rows) if row.text.startswith("The report also"))
    cell = model.index(volunteers, FIRST_VERSION)
    assert model.data(cell) == "-"
    assert model.data(cell, Qt.ItemDataRole.ToolTipRole).startswith("2026-03-03-wire.txt: omitted")
    assert model.data(model.index(volunteers, KEPT_COLUMN)) == "3/4"
    budgets = next(r for r, row in enumerate(matrix.rows) if row.text.startswith("National budgets"))
    assert model.data(model.index(budgets, FIRST_VERSION)) == "~ 1"
    assert model.data(model.index(budgets, FIRST_VERSION), Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(model.index(budgets, TEXT_COLUMN)).startswith("National budgets")
    header = model.headerData(FIRST_VERSION + 3, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert header.startswith("2026-03-06-de.txt (de, 2026-03-06)")


def test_clicking_a_cell_opens_that_pair_and_the_matrix_comes_back(window, qtbot):
    window.compare_versions(ORIGINAL, VERSIONS)
    matrix = wait_for_matrix(qtbot, window)
    table = window.versions_page.table
    index = window.versions_page.model.index(3, FIRST_VERSION + 1)
    table.clicked.emit(index)
    comparison = wait_for_comparison(qtbot, window)
    assert comparison.right.name == "2026-03-04-daily.txt"
    assert window.session.paths == [os.path.abspath(ORIGINAL), matrix.versions[1].path]
    window.versions_actions.show_versions.trigger()
    assert window.stack.currentWidget() is window.versions_page


def test_a_dropped_folder_compares_its_files_with_the_open_original(window, qtbot, tmp_path):
    for path in VERSIONS[:2]:
        shutil.copy(path, tmp_path)
    window.open_side(0, ORIGINAL)
    qtbot.waitUntil(lambda: not window.session.busy, timeout=20000)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path))])
    event = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    matrix = wait_for_matrix(qtbot, window)
    assert [v.name for v in matrix.versions] == [os.path.basename(p) for p in VERSIONS[:2]]


def test_a_bad_file_among_the_versions_is_said_and_the_others_shown(window, qtbot, tmp_path):
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"\x00\x01\x02\x03" * 300)
    window.compare_versions(ORIGINAL, [VERSIONS[0], str(broken)])
    matrix = wait_for_matrix(qtbot, window)
    assert matrix.comparisons[0] is not None and matrix.versions[1].trouble
    assert window.error_bar.isVisible() and "broken.txt" in window.error_bar.text()


def test_without_an_original_adding_versions_asks_for_it_first(window):
    assert not window.versions_actions.add_versions.isEnabled()
    window.drop_versions([str(FIXTURES / "versions")])
    assert window.error_bar.isVisible() and "Open the original first" in window.error_bar.text()


def test_the_matrix_and_every_pair_export_from_the_window(window, qtbot, tmp_path):
    import json

    from desktop.gui import versions_export

    window.compare_versions(ORIGINAL, VERSIONS)
    matrix = wait_for_matrix(qtbot, window)
    for name, chosen in (("m.html", ""), ("m.csv", ""), ("m", versions_export.FILTERS["json"])):
        versions_export.export_matrix(window, matrix, str(tmp_path / name), chosen)
    assert (tmp_path / "m.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert (tmp_path / "m.csv").read_bytes().startswith(b"\xef\xbb\xbfparagraph,kind,text,kept_by")
    assert json.loads((tmp_path / "m.json").read_text(encoding="utf-8"))["format"] == "tandem-versions/1"
    pairs = tmp_path / "pairs"
    pairs.mkdir()
    versions_export.export_pairs(window, matrix, str(pairs))
    assert sorted(p.name for p in pairs.iterdir()) == sorted(os.path.basename(p)[:-4] + ".json" for p in VERSIONS)
    assert window.versions_page.export_matrix.isVisible()
