"""Starting a PDF reader process early, when a PDF is about to be opened:
it boots while the caller loads the rest of the application (starting a
process costs more than reading a short PDF). Imports the PDF package only
when one of the files is a PDF."""
from __future__ import annotations

from .textload import looks_like_pdf


def start_reader_for(paths) -> bool:
    """Start a reader now if any of ``paths`` is a PDF (by its first KiB;
    nothing more of the files is read). True if one was started."""
    for path in paths:
        if path and is_pdf(path):
            from .pdf import warm_up

            warm_up()
            return True
    return False


def is_pdf(path: str) -> bool:
    try:
        with open(path, "rb") as handle:
            return looks_like_pdf(handle.read(1024))
    except (OSError, TypeError, ValueError):
        return False
