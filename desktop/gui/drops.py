"""Files dropped on the window."""
from __future__ import annotations

from PySide6.QtCore import QMimeData


def dropped_paths(mime: QMimeData) -> list[str]:
    if not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile() and url.toLocalFile()]
