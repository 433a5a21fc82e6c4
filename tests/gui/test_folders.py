"""File dialogs start where the user was: the open dialogs in the folder of
the documents last opened (however they were opened), the save dialogs
where the last review or report went, and these folders are remembered."""
from __future__ import annotations

import shutil

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog

from desktop.engine.api import example_paths
from desktop.gui.layout import LEFT
from desktop.gui.settings import Settings

from .conftest import wait_for_comparison


def record_dialogs(monkeypatch):
    started = []

    def fake_open(_parent, _title, directory, _filters):
        started.append(directory)
        return "", ""

    def fake_save(_parent, _title, suggested, _filters):
        started.append(suggested)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", fake_open)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_save)
    return started


def copies(tmp_path):
    left, right = example_paths()
    folder = tmp_path / "documents"
    folder.mkdir()
    for source in (left, right):
        shutil.copy(source, folder)
    return folder, str(folder / "press-release.txt"), str(folder / "press-release-rewrite.txt")


def test_open_dialog_starts_beside_documents_opened_any_way(window, qtbot, tmp_path, monkeypatch):
    folder, left, right = copies(tmp_path)
    window.open_pair(left, right)  # as from the command line, a drop or the recent list
    wait_for_comparison(qtbot, window)
    started = record_dialogs(monkeypatch)
    window.choose_file(LEFT)
    assert started == [str(folder)]


def test_save_dialogs_start_where_the_last_one_saved(window, qtbot, tmp_path, monkeypatch):
    folder, left, right = copies(tmp_path)
    window.open_pair(left, right)
    wait_for_comparison(qtbot, window)
    started = record_dialogs(monkeypatch)
    window.review.export("html")
    assert started[-1].startswith(str(folder))  # beside the documents at first
    reports = tmp_path / "reports"
    reports.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_a: (started.append(_a[2]) or str(reports / "r.html"), ""))
    assert window.review.export("html")
    window.review.export("csv")
    assert started[-1].startswith(str(reports))


def test_folders_are_remembered_between_runs(tmp_path):
    store = QSettings(str(tmp_path / "t.ini"), QSettings.Format.IniFormat)
    Settings(last_directory="/srv/releases", review_directory="/srv/reviews").save(store)
    again = Settings.load(store)
    assert (again.last_directory, again.review_directory) == ("/srv/releases", "/srv/reviews")


def test_the_example_does_not_move_the_open_dialog(window, qtbot, monkeypatch):
    window.settings.last_directory = "/tmp"
    window.open_example()
    wait_for_comparison(qtbot, window)
    assert window.settings.last_directory == "/tmp"
