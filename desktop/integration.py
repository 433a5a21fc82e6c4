"""The freedesktop entry and icon, so the desktop lists Tandem and offers
"Open with Tandem" for text and PDF files (no Qt here).

A wheel cannot write to /usr/share, so ``tandem install-desktop-entry``
copies them into the user's data folder ($XDG_DATA_HOME, by default
~/.local/share), with Exec pointing at the program that runs the command:
the virtual environment's ``tandem`` or the standalone build.
"""
from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Optional

RESOURCES = Path(__file__).resolve().parents[1] / "resources"
ENTRY = RESOURCES / "tandem.desktop"
ICON = RESOURCES / "tandem.svg"


def launcher() -> list[str]:
    """The command that starts this Tandem, as absolute paths."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    script = shutil.which("tandem", path=os.path.dirname(sys.executable))
    return [script] if script else [sys.executable, "-m", "desktop"]


def entry_text(command: list[str]) -> str:
    """The packaged entry with Exec and TryExec naming ``command``."""
    lines = []
    for line in ENTRY.read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            line = "Exec=" + " ".join(shlex.quote(part) for part in command) + " %F"
        elif line.startswith("TryExec="):
            line = "TryExec=" + command[0]
        lines.append(line)
    return "\n".join(lines) + "\n"


def data_home(environ=os.environ) -> Path:
    return Path(environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def install(home: Optional[Path] = None, command: Optional[list[str]] = None) -> list[Path]:
    """Write the entry and the icon; returns what was written."""
    home = home or data_home()
    entry = home / "applications" / "tandem.desktop"
    icon = home / "icons" / "hicolor" / "scalable" / "apps" / "tandem.svg"
    for path in (entry, icon):
        path.parent.mkdir(parents=True, exist_ok=True)
    entry.write_text(entry_text(command or launcher()), encoding="utf-8")
    shutil.copyfile(ICON, icon)
    _refresh(entry.parent)
    return [entry, icon]


def _refresh(applications: Path) -> None:
    """Let the desktop see the new MIME associations now, where it can."""
    tool = shutil.which("update-desktop-database")
    if tool:
        subprocess.run([tool, str(applications)], capture_output=True, check=False, timeout=30)
