"""Whether the window can start here, and a one-line reason when it cannot.

Qt aborts the process (a core dump) when its platform plugin cannot load or
cannot reach the display. We check the cheap case, no display at all, before
Qt is touched, and catch Qt's fatal message for the rest, so the user reads
one line and the exit status is 2, as for every other Tandem error.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
from contextlib import contextmanager
from typing import Iterator

EXIT_INPUT = 2
ALTERNATIVES = ("use 'tandem compare ORIGINAL OTHER' for the comparison as text, "
                "or add '--screenshot FILE.png' to render the window to an image")
_NEEDS_DISPLAY = ("", "xcb", "wayland")  # QT_QPA_PLATFORM values that need a display server


def _unix_desktop() -> bool:
    return sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd"))


def has_display(environ=os.environ) -> bool:
    """False only where a display server is needed and none is named."""
    platform = environ.get("QT_QPA_PLATFORM", "").split(":")[0].strip().lower()
    if not _unix_desktop() or platform not in _NEEDS_DISPLAY:
        return True
    if platform == "wayland":
        return bool(environ.get("WAYLAND_DISPLAY"))
    if platform == "xcb":
        return bool(environ.get("DISPLAY"))
    return bool(environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"))


def no_display_message() -> str:
    return f"no display to open the window on (DISPLAY is not set); {ALTERNATIVES}"


def missing_xcb_libraries() -> list[str]:
    """System libraries Qt's xcb plugin needs that the linker cannot find."""
    plugin = _xcb_plugin()
    if plugin is None:
        return []
    try:
        result = subprocess.run(["ldd", plugin], capture_output=True, text=True, timeout=10, check=False)
    except (OSError, subprocess.SubprocessError):
        return []
    return sorted(set(re.findall(r"^\s*(\S+)\s+=>\s+not found", result.stdout, re.MULTILINE)))


def _xcb_plugin():
    from PySide6.QtCore import QLibraryInfo

    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)
    path = os.path.join(folder, "platforms", "libqxcb.so")
    return path if os.path.exists(path) else None


def start_failure(messages: list[str]) -> str:
    """One line from what Qt said before giving up."""
    said = "\n".join(messages)
    unreachable = re.search(r"could not connect to display\s*(\S*)", said)
    if unreachable:
        return f"cannot connect to the display {unreachable.group(1)}".rstrip() + f"; {ALTERNATIVES}"
    missing = missing_xcb_libraries() if "xcb" in said else []
    if missing:
        return (f"Qt's xcb platform needs system libraries that are missing: {', '.join(missing)} "
                "(bash .ci/setup installs them); meanwhile use 'tandem compare ORIGINAL OTHER' for the "
                "comparison as text, or QT_QPA_PLATFORM=offscreen with '--screenshot FILE.png'")
    first = next((line.strip() for line in said.splitlines() if line.strip()), "Qt could not start")
    return f"the window cannot start ({first}); {ALTERNATIVES}"


@contextmanager
def fatal_as_one_line() -> Iterator[None]:
    """While Qt starts: hold its messages; if it gives up, print one line
    and exit with status 2 instead of aborting."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    held: list[str] = []

    def handler(kind, _context, message: str) -> None:
        held.append(message)
        if kind == QtMsgType.QtFatalMsg:
            sys.stderr.write(f"tandem: {start_failure(held)}\n")
            sys.stderr.flush()
            os._exit(EXIT_INPUT)  # Qt would abort() right after this handler

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)
        for message in held:  # what Qt said on a good start still reaches the user
            sys.stderr.write(message + "\n")
