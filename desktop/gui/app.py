"""Starting the window: ``tandem``, ``tandem ORIGINAL OTHER``, ``tandem
REVIEW.tandem``, ``tandem --example`` and ``--screenshot PATH`` (render once the comparison has painted,
save, exit)."""
from __future__ import annotations

import os
import sys
import time
from typing import TYPE_CHECKING, Optional

from .. import qtcompat

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from .main_window import MainWindow

qtcompat.pin_none()

SCREENSHOT_SIZE = (1360, 860)
SCREENSHOT_TIMEOUT_MS = 120_000
# For the benchmark: print when the comparison is painted, and the longest
# time the event loop was blocked meanwhile, then exit.
BENCH_ENV = "TANDEM_BENCH_PAINT"
WARM_UP_DELAY_MS = 2000  # after the first comparison has painted, usually


def run_gui(left: Optional[str], right: Optional[str], example: bool, screenshot: Optional[str],
            theme: Optional[str] = None, versions: Optional[list] = None, line_by_line: bool = False) -> int:
    """``versions``: several versions (or folders) of ``left``: the versions matrix;
    ``line_by_line``: one unit a line (``--segment lines``)."""
    started = time.monotonic()
    from desktop.engine.pdf_early import start_reader_for

    reading_pdf = start_reader_for([p for p in (left, right) if p])  # it boots while Qt starts
    if not (versions or example or screenshot or line_by_line):
        from desktop.engine import early

        early.start(left, right)  # compared on the other core while Qt starts
    from . import ops  # Qt and the engine are imported here, not when the command line imports us
    from .main_window import MainWindow
    from .settings import Settings
    from .theme import THEMES, apply_theme

    app = _application()
    bench = os.environ.get(BENCH_ENV) == "1"
    settings = Settings() if (screenshot or bench) else Settings.load()
    if theme in THEMES:
        settings.theme = theme
    apply_theme(app, settings.theme)
    window = MainWindow(settings, remember=not (screenshot or bench))
    if line_by_line:
        window.actions_.line_by_line.setChecked(True)  # before anything is opened: nothing runs yet
    if screenshot or bench:
        window.resize(*_screenshot_size())
    window.show()
    result = {"code": 0}
    if screenshot:
        _arrange_screenshot(app, window, screenshot, result)
    if bench:
        _arrange_bench(app, window, started)
    if versions:
        window.drop_versions([left, *versions])
    else:
        _open_initial(window, left, right, example)
    if not reading_pdf:
        _warm_up_later()
    if not (left or right or example or screenshot or bench):
        window.review.offer_recovery()  # a review left unsaved by a crash or a quit
    code = app.exec()
    ops.cancel_all(timeout=3.0)
    return result["code"] if screenshot else code


def _application() -> "QApplication":
    from PySide6.QtWidgets import QApplication

    from . import icons
    from .display import fatal_as_one_line
    from .settings import APPLICATION, ORGANISATION

    app = QApplication.instance()
    if app is None:
        with fatal_as_one_line():  # no core dump when the platform plugin cannot start
            app = QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("Tandem")
    app.setDesktopFileName("tandem")
    app.setWindowIcon(icons.app_icon())
    return app


def _open_initial(window: "MainWindow", left: Optional[str], right: Optional[str], example: bool) -> None:
    from .layout import LEFT, RIGHT

    if example:
        window.open_example()
    elif left and not right and left.lower().endswith(".tandem"):
        window.review.open_review(left)  # a saved review: its documents, decisions and links
    elif left and right:
        window.open_pair(left, right)
    elif left:
        window.open_side(LEFT, left)
    elif right:
        window.open_side(RIGHT, right)


def _warm_up_later() -> None:
    """A PDF reader process, started once the window has settled, for the
    first PDF the user opens (starting one costs more than reading a short
    PDF)."""
    from PySide6.QtCore import QTimer

    from desktop.engine.pdf import warm_up

    QTimer.singleShot(WARM_UP_DELAY_MS, warm_up)


def _screenshot_size() -> tuple[int, int]:
    text = os.environ.get("TANDEM_SCREENSHOT_SIZE", "")
    try:
        width, height = (int(v) for v in text.lower().split("x"))
        return max(400, width), max(300, height)
    except ValueError:
        return SCREENSHOT_SIZE


def _arrange_screenshot(app: "QApplication", window: "MainWindow", path: str, result: dict) -> None:
    """Save the window once the comparison is painted (or once it failed),
    then quit. Without a comparison to wait for, shoot the start page."""
    from PySide6.QtCore import QTimer

    def shoot(code: int) -> None:
        if result.get("done"):
            return
        result["done"] = True
        app.processEvents()
        ok = window.grab().save(path)
        result["code"] = code if ok else 3
        if not ok:
            print(f"tandem: could not write the screenshot {path}", file=sys.stderr)
        window.close()
        app.quit()

    window.comparison_shown.connect(lambda: QTimer.singleShot(50, lambda: shoot(0)))
    window.versions_shown.connect(lambda: QTimer.singleShot(50, lambda: shoot(0)))
    window.session.failed.connect(lambda _error: QTimer.singleShot(50, lambda: shoot(1)))
    window.versions.failed.connect(lambda _error: QTimer.singleShot(50, lambda: shoot(1)))
    QTimer.singleShot(SCREENSHOT_TIMEOUT_MS, lambda: shoot(2))

    def without_comparison() -> None:
        # the start page: nothing opened, or one document waiting for the other
        idle = not (window.session.busy or window.versions.busy or window.versions.matrix is not None)
        if idle and window.session.comparison is None and not all(window.session.paths):
            shoot(0)

    QTimer(window, interval=300, timeout=without_comparison).start()


def _arrange_bench(app: "QApplication", window: "MainWindow", started: float) -> None:
    from PySide6.QtCore import QTimer

    stall = {"max": 0.0, "last": time.monotonic()}

    def tick() -> None:
        now = time.monotonic()
        stall["max"] = max(stall["max"], now - stall["last"])
        stall["last"] = now

    timer = QTimer(window, interval=10, timeout=tick)
    timer.start()

    marks = {"op": None, "ready": None}
    for session, ready in ((window.session, window.session.comparison_ready),
                           (window.versions, window.versions.matrix_ready)):
        session.busy_changed.connect(
            lambda busy: marks.update(op=marks["op"] or time.monotonic()) if busy else None)
        ready.connect(lambda _c: marks.update(ready=time.monotonic()))

    def painted() -> None:
        now = time.monotonic()
        engine = (marks["ready"] - marks["op"]) if marks["ready"] and marks["op"] else 0.0
        window_part = (now - marks["ready"]) if marks["ready"] else 0.0
        print(f"TANDEM_PAINTED {now - started:.3f} {stall['max']:.3f} {now:.6f} {engine:.3f} {window_part:.3f}",
              flush=True)
        window.close()
        app.quit()

    window.comparison_shown.connect(painted)
    window.versions_shown.connect(painted)
    window.session.failed.connect(lambda error: (print(f"TANDEM_FAILED {error}", flush=True), app.exit(1)))
    window.versions.failed.connect(lambda error: (print(f"TANDEM_FAILED {error}", flush=True), app.exit(1)))
