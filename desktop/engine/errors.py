"""Typed errors: the one place that says what went wrong in words a user reads.

The command line and the window turn these into one line or one message box;
anything else escaping the engine is a bug.
"""


class TandemError(Exception):
    """Base class: the message is meant for the user, as is."""


class InputError(TandemError):
    """A document could not be read (missing, unreadable, binary, empty...)."""


class PasswordRequired(InputError):
    """An encrypted document needs a password (or the one given was wrong)."""


class Cancelled(TandemError):
    """The user cancelled the operation."""

    def __init__(self, message: str = "cancelled") -> None:
        super().__init__(message)
