"""Where the command line's output goes: standard output for '-', else a file
written atomically (a failed write leaves the old file, or none, never half
of the new one)."""
from __future__ import annotations

import sys

from .engine.atomic import write_atomic

STDOUT = "-"


def write_output(target: str, data: bytes) -> None:
    if target == STDOUT:
        sys.stdout.flush()  # text already printed stays ahead of these bytes
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    write_atomic(target, data)
