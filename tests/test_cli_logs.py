"""The window's log file (desktop.logs), in real processes: where it goes,
what it holds, and that a log folder that cannot be made stops nothing."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = str(Path(__file__).resolve().parents[1])

LOG_TWICE = """
import logging, sys
from desktop.logs import setup_logging
first = setup_logging()
assert setup_logging() == first  # a second call adds no second handler
logging.getLogger("desktop.gui").info("opened %s", "release.txt")
print(first)
"""


def python(code: str, **env_extra: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("TANDEM_LOG_DIR", "DISPLAY", "WAYLAND_DISPLAY")}
    env.update(PYTHONPATH=REPO, **env_extra)
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env)


def test_the_log_goes_to_the_data_folder_override(tmp_path):
    result = python(LOG_TWICE, TANDEM_DATA_DIR=str(tmp_path))
    assert result.returncode == 0, result.stderr
    log = tmp_path / "logs" / "tandem.log"
    assert result.stdout.strip() == str(log)
    lines = log.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 and lines[0].endswith("INFO desktop.gui: opened release.txt")


def test_tandem_log_dir_wins(tmp_path):
    result = python(LOG_TWICE, TANDEM_DATA_DIR=str(tmp_path / "data"), TANDEM_LOG_DIR=str(tmp_path / "logs"))
    assert result.returncode == 0, result.stderr
    assert "opened release.txt" in (tmp_path / "logs" / "tandem.log").read_text(encoding="utf-8")
    assert not (tmp_path / "data").exists()


def test_an_uncaught_exception_is_logged_with_its_traceback(tmp_path):
    code = "from desktop.logs import setup_logging\nsetup_logging()\nraise ValueError('the slider broke')"
    result = python(code, TANDEM_DATA_DIR=str(tmp_path))
    assert result.returncode == 1 and "ValueError: the slider broke" in result.stderr  # still on stderr too
    text = (tmp_path / "logs" / "tandem.log").read_text(encoding="utf-8")
    assert "CRITICAL tandem: uncaught exception" in text and "Traceback" in text and "the slider broke" in text


def test_a_log_folder_that_cannot_be_made_is_no_error(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    result = python("from desktop.logs import setup_logging\nprint(setup_logging())",
                    TANDEM_LOG_DIR=str(blocker / "logs"))
    assert result.returncode == 0 and result.stdout.strip() == "None", result.stderr


@pytest.mark.gui
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="offscreen screenshot as in tests/gui")
def test_the_window_started_from_the_command_line_logs_its_start(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("TANDEM_LOG_DIR", "DISPLAY", "WAYLAND_DISPLAY")}
    env.update(PYTHONPATH=REPO, TANDEM_DATA_DIR=str(tmp_path / "data"), TANDEM_SCREENSHOT_SIZE="800x500")
    env.pop("QT_QPA_PLATFORM", None)
    shot = tmp_path / "shot.png"
    result = subprocess.run([sys.executable, "-m", "desktop", "--example", "--screenshot", str(shot)],
                            capture_output=True, text=True, timeout=180, env=env)
    assert result.returncode == 0, result.stderr
    text = (tmp_path / "data" / "logs" / "tandem.log").read_text(encoding="utf-8")
    assert "INFO tandem: tandem " in text and "the window starts" in text
