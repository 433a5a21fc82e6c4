"""The window logs its own events to the log file a user can send with a
bug report: each background op's outcome and time, what was opened and
compared (names and counts, never the text), a failure's traceback."""
from __future__ import annotations

import logging

from desktop.engine.api import example_paths


def test_opening_and_comparing_are_logged(window, qtbot, caplog):
    caplog.set_level(logging.INFO, logger="tandem.window")
    left, right = example_paths()
    window.session.open_pair(left, right)
    qtbot.waitUntil(lambda: window.session.comparison is not None and not window.session.busy, timeout=20000)
    text = caplog.text
    assert "Comparing: started" in text and "Comparing: done in" in text
    assert "compared press-release.txt (en) with press-release-rewrite.txt (en)" in text
    assert "Ageing sea walls" not in text  # names and counts only


def test_a_failure_is_logged_with_its_traceback(window, qtbot, caplog, tmp_path):
    caplog.set_level(logging.INFO, logger="tandem.window")
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\n" + b"\x00garbage" * 50)
    left, _ = example_paths()
    window.session.open_pair(left, str(broken))
    qtbot.waitUntil(lambda: "failed after" in caplog.text, timeout=20000)
    assert any(r.exc_info for r in caplog.records if "failed after" in r.getMessage())
