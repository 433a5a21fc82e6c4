"""Writing the versions matrix from the window: the matrix as HTML, CSV or
JSON (by the name's extension or the filter chosen), or every pair's JSON
into a folder. Small files: written on the GUI thread, atomically."""
from __future__ import annotations

import os
from typing import Optional

from PySide6.QtWidgets import QFileDialog, QMainWindow

from desktop.engine.errors import TandemError

from .messages import friendly_message

FILTERS = {"html": "HTML report (*.html)", "csv": "CSV spreadsheet (*.csv)", "json": "JSON (*.json)"}


def matrix_kind(path: str, chosen_filter: str) -> str:
    extension = os.path.splitext(path)[1].lower().lstrip(".")
    if extension in FILTERS:
        return extension
    return next((kind for kind, label in FILTERS.items() if label == chosen_filter), "html")


def export_matrix(window: QMainWindow, matrix, path: Optional[str] = None, chosen: str = "") -> Optional[str]:
    """``path`` given (tests): no dialog."""
    from desktop.engine.atomic import write_atomic
    from desktop.engine.export.versions_files import render_matrix

    if path is None:
        suggested = os.path.join(window.settings.last_directory or os.path.expanduser("~"),
                                 f"{os.path.splitext(matrix.original.name)[0]} versions.html")
        path, chosen = QFileDialog.getSaveFileName(window, "Export the versions matrix", suggested,
                                                   ";;".join(FILTERS.values()))
    if not path:
        return None
    kind = matrix_kind(path, chosen)
    if not os.path.splitext(path)[1]:
        path += f".{kind}"
    return _done(window, lambda: write_atomic(path, render_matrix(kind, matrix)), f"Versions matrix written to {path}")


def export_pairs(window: QMainWindow, matrix, folder: Optional[str] = None) -> Optional[str]:
    from desktop.engine.export.versions_files import write_pairs

    if folder is None:
        folder = QFileDialog.getExistingDirectory(window, "Folder for every pair's JSON",
                                                  window.settings.last_directory or os.path.expanduser("~"))
    if not folder:
        return None
    return _done(window, lambda: write_pairs(matrix, folder),
                 f"{matrix.compared} pair{'s' if matrix.compared != 1 else ''} written to {folder}", folder)


def _done(window: QMainWindow, write, message: str, result: Optional[str] = None) -> Optional[str]:
    try:
        write()
    except (TandemError, OSError) as error:
        window.error_bar.show_message("error", f"Not written: {friendly_message(error)}")
        return None
    window.statusBar().showMessage(message, 6000)
    return result or message.rsplit(" to ", 1)[-1]
