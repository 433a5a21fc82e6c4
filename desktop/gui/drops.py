"""What is dropped on the window or pasted into it: files, or text (plain,
or HTML from a browser or a mail client; the window keeps it as a file of
its own, see ``engine.pasted``)."""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QMimeData

from desktop.engine.pasted import Clip, choose_clip


def dropped_paths(mime: QMimeData) -> list[str]:
    if not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile() and url.toLocalFile()]


def clip_of(mime: Optional[QMimeData]) -> Optional[Clip]:
    if mime is None:
        return None
    return choose_clip(mime.html() if mime.hasHtml() else None, mime.text() if mime.hasText() else None)


def acceptable(mime: QMimeData) -> bool:
    """Files, or text that is not a file's name (a file manager offers both)."""
    return bool(dropped_paths(mime)) or clip_of(mime) is not None
