"""How reading a PDF fails: every failure is an ``ExtractionFailure`` with
a message for the user (a reader process sends it back instead of a
traceback), of a kind the caller turns into a typed error."""
from __future__ import annotations

NEEDS_PASSWORD = "needs-password"
WRONG_PASSWORD = "wrong-password"
UNREADABLE = "unreadable"


class ExtractionFailure(Exception):
    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message


def check_complete(data: bytes) -> None:
    """A PDF ends with its cross-reference pointer and an end-of-file mark;
    a file cut off while downloading has neither at its end. A reader would
    read what pages it can find, and the user would compare half a document
    without knowing."""
    tail = data.rstrip(b"\x00 \t\r\n\x0c")[-2048:]  # padding after the end mark is common
    if b"%%EOF" not in tail and b"startxref" not in tail:
        raise ExtractionFailure(UNREADABLE, "this PDF is incomplete: the file ends early "
                                "(it may have been cut off while downloading or copying)")
