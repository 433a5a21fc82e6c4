"""Text pasted or dropped into the window becomes a file of its own in the
user's data folder ("pasted"), so that it is opened, reloaded, remembered
and saved in a review like any document. Only the newest few are kept."""
from __future__ import annotations

import os
import re
import time
from dataclasses import dataclass
from typing import Optional

from .atomic import write_atomic
from .autosave import data_dir
from .errors import InputError

FOLDER = "pasted"
KEEP = 40  # older pasted files are removed (a saved review that needs one says it is missing)
EXTENSIONS = {"html": ".html", "text": ".txt"}


# Markup with paragraphs of its own (a browser's or a mail client's copy);
# editors that put their text on the clipboard as HTML too give only
# <div>s and <span>s, one a line, and are better read as plain text.
_STRUCTURE = re.compile(r"<(?:p|h[1-6]|li|td|article|blockquote)[\s>/]", re.IGNORECASE)


@dataclass(frozen=True)
class Clip:
    content: bytes
    kind: str  # "html" or "text"


def choose_clip(html: Optional[str], text: Optional[str]) -> Optional[Clip]:
    """What of a clipboard (or a drop) to read: its HTML when that has
    paragraphs, else its plain text; None when it holds no text."""
    if html and html.strip() and _STRUCTURE.search(html):
        return Clip(html.encode("utf-8"), "html")
    if text and text.strip():
        return Clip(text.encode("utf-8"), "text")
    if html and html.strip():
        return Clip(html.encode("utf-8"), "html")
    return None


def pasted_folder() -> str:
    return os.path.join(data_dir(), FOLDER)


def keep_pasted(content: bytes, kind: str, label: str) -> str:
    """Write ``content`` ("html" or "text") as "Pasted LABEL date time.ext";
    the file's path back."""
    if not content.strip():
        raise InputError("there is no text to paste")
    folder = pasted_folder()
    stamp = time.strftime("%Y-%m-%d %H.%M.%S")
    path = _free_path(folder, f"Pasted {label} {stamp}", EXTENSIONS[kind])
    write_atomic(path, content, make_folder=True)
    _prune(folder, keep=path)
    return path


def _free_path(folder: str, stem: str, extension: str) -> str:
    path, n = os.path.join(folder, stem + extension), 2
    while os.path.exists(path):
        path, n = os.path.join(folder, f"{stem} ({n}){extension}"), n + 1
    return path


def _prune(folder: str, keep: str) -> None:
    names = [os.path.join(folder, n) for n in os.listdir(folder) if n.startswith("Pasted ")]
    for old in sorted(names, key=os.path.getmtime, reverse=True)[KEEP:]:
        if old != keep:
            try:
                os.remove(old)
            except OSError:
                pass  # another window may be reading it; it goes next time
