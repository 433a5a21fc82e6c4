"""GUI tests run offscreen (or, with TANDEM_TEST_PLATFORM=xcb, on a real X
server such as Xvfb), never touch the user's settings, and leave no window
or worker thread behind."""
from __future__ import annotations

import os

# offscreen unless CI asks for a real X server (TANDEM_TEST_PLATFORM=xcb under Xvfb; see .ci/run)
os.environ["QT_QPA_PLATFORM"] = os.environ.get("TANDEM_TEST_PLATFORM", "offscreen")  # before Qt is imported

import desktop.gui  # noqa: E402,F401 - pins None before the first Qt call (see desktop/qtcompat.py)

import pytest  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
CORPUS = os.path.join(os.path.dirname(REPO), "shared", "corpus")

# The offscreen platform warns that it cannot resize native windows; that is
# the test platform talking, not our code.
_PLATFORM_NOISE = ("propagateSizeHints",)


def pytest_collection_modifyitems(config, items):
    for item in items:
        if str(item.fspath).startswith(HERE):
            item.add_marker(pytest.mark.gui)
            item.add_marker(pytest.mark.qt_log_ignore(*_PLATFORM_NOISE))


@pytest.fixture(scope="session", autouse=True)
def private_settings(tmp_path_factory):
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("settings")
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
    return folder


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path, monkeypatch):
    """Autosaved reviews go to a fresh temporary folder, never the user's."""
    folder = tmp_path / "tandem-data"
    monkeypatch.setenv("TANDEM_DATA_DIR", str(folder))
    return folder


@pytest.fixture(autouse=True)
def unsaved_review_discarded(monkeypatch):
    """Closing a window with unsaved decisions asks first; in tests that do
    not answer the question themselves, the answer is Discard, so the
    closing at the end of a test never waits on a modal box."""
    from PySide6.QtWidgets import QMessageBox

    from desktop.gui.review_commands import ReviewCommands

    monkeypatch.setattr(ReviewCommands, "ask_unsaved", lambda _self: QMessageBox.StandardButton.Discard)


@pytest.fixture(autouse=True)
def no_leftovers(qapp):
    yield
    from PySide6.QtWidgets import QApplication

    from desktop.gui import ops

    import threading

    assert ops.cancel_all(timeout=10.0), "a background op did not stop"
    workers = [t.name for t in threading.enumerate() if t.name.startswith("tandem-op") and t.is_alive()]
    assert not workers, f"worker threads left behind: {workers}"
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible() and widget.isWindow():
            widget.close()
    qapp.processEvents()


@pytest.fixture
def window(qtbot):
    from desktop.gui.main_window import MainWindow
    from desktop.gui.settings import Settings

    win = MainWindow(Settings(), remember=False)
    qtbot.addWidget(win)
    win.resize(1280, 820)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()  # under Xvfb there is no window manager to do it, and shortcuts need it
    qtbot.waitUntil(win.isActiveWindow, timeout=3000)
    return win


def wait_for_comparison(qtbot, win, timeout: int = 30000):
    qtbot.waitUntil(lambda: win.session.comparison is not None and not win.session.busy
                    and win.stack.currentWidget() is win.page, timeout=timeout)
    qtbot.waitUntil(lambda: not win.page.view.measuring(), timeout=timeout)
    return win.session.comparison


def corpus_path(name: str) -> str:
    path = os.path.join(CORPUS, name)
    if not os.path.exists(path):
        pytest.skip(f"corpus file {name} absent (../shared/corpus)")
    return path
