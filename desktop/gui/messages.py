"""The one place where errors become words for the person at the window."""
from __future__ import annotations

import traceback

from desktop.engine.errors import Cancelled, InputError, PasswordRequired, TandemError


def friendly_message(error: BaseException) -> str:
    """One or two plain sentences; never a traceback."""
    if isinstance(error, Cancelled):
        return "Cancelled."
    if isinstance(error, PasswordRequired):
        return f"{error} Enter the document's password to open it."
    if isinstance(error, InputError):
        return str(error) or "The document could not be read."
    if isinstance(error, TandemError):
        return str(error) or "The comparison could not be completed."
    if isinstance(error, NotImplementedError):
        return "This part of Tandem is not finished yet: the comparison could not run."
    if isinstance(error, MemoryError):
        return "Not enough memory to compare these documents."
    if isinstance(error, OSError):
        name = getattr(error, "filename", None)
        reason = error.strerror or str(error)
        return f"Could not read {name}: {reason}." if name else f"Could not read the file: {reason}."
    return f"Something went wrong inside Tandem ({type(error).__name__}: {error}). Your files were not changed."


def is_cancel(error: BaseException) -> bool:
    return isinstance(error, Cancelled)


def details(error: BaseException) -> str:
    """The technical details, for a 'Details' disclosure or a bug report."""
    return "".join(traceback.format_exception(type(error), error, error.__traceback__))
