"""Desktop integration: a freedesktop entry and icon that make "Open with
Tandem" work for text and PDF files, and the window opening one document
(as the original) the way a file manager starts it."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from desktop.engine.api import example_paths
from desktop.gui.layout import LEFT
from desktop.integration import ENTRY, install

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def fields(text: str) -> dict[str, str]:
    return dict(line.split("=", 1) for line in text.splitlines() if "=" in line)


def test_install_writes_the_entry_and_icon(tmp_path):
    entry, icon = install(tmp_path, ["/opt/tandem dist/tandem"])
    assert entry == tmp_path / "applications" / "tandem.desktop"
    values = fields(entry.read_text(encoding="utf-8"))
    assert values["Exec"] == "'/opt/tandem dist/tandem' %F"
    assert values["TryExec"] == "/opt/tandem dist/tandem"
    assert {"text/plain", "application/pdf"} <= set(values["MimeType"].strip(";").split(";"))
    assert values["Icon"] == "tandem" and values["Type"] == "Application"
    assert icon == tmp_path / "icons" / "hicolor" / "scalable" / "apps" / "tandem.svg"
    assert icon.read_text(encoding="utf-8").lstrip().startswith("<")


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_the_entry_is_valid(tmp_path):
    for path in (ENTRY, install(tmp_path, ["/usr/bin/tandem"])[0]):
        result = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True)
        assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def test_the_command_installs_and_says_where(tmp_path):
    env = dict(os.environ, PYTHONPATH=REPO)
    result = subprocess.run([sys.executable, "-m", "desktop", "install-desktop-entry", "--data-home", str(tmp_path)],
                            capture_output=True, text=True, timeout=60, env=env, cwd=REPO)
    assert result.returncode == 0, result.stderr
    assert str(tmp_path / "applications" / "tandem.desktop") in result.stdout
    assert "%F" in (tmp_path / "applications" / "tandem.desktop").read_text(encoding="utf-8")


def test_one_document_opens_as_the_original(window, qtbot):
    from desktop.gui.app import _open_initial

    original = example_paths()[0]
    _open_initial(window, original, None, False)
    qtbot.waitUntil(lambda: not window.session.busy, timeout=20000)
    assert window.session.paths[LEFT] == original
    assert window.stack.currentWidget() is window.start_page
    assert "press-release.txt" in window.start_page.cards[LEFT]._file.text()


def test_one_document_from_the_command_line_is_not_refused(tmp_path):
    shot = tmp_path / "one.png"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(PYTHONPATH=REPO, QT_QPA_PLATFORM="offscreen", TANDEM_SCREENSHOT_SIZE="800x500")
    result = subprocess.run([sys.executable, "-m", "desktop", example_paths()[0], "--screenshot", str(shot)],
                            capture_output=True, text=True, timeout=120, env=env, cwd=REPO)
    assert result.returncode == 0, result.stderr
    assert shot.exists()
