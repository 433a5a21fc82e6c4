"""The window fits small and scaled screens: its minimum size fits 1366×768
at scale 1 and 1920×1080 at scale 2 (960×540 logical pixels, less a title bar
and a panel), and the pane headers keep the file name, elided in the middle."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSize

from desktop.gui.pane_header import PaneHeader
from desktop.gui.settings import RecentPair

from .fakes import example_comparison, show

DECORATION = 80  # a title bar and a desktop panel, in logical pixels


def minimum(window) -> QSize:
    window.layout().activate()
    return window.minimumSizeHint().expandedTo(window.minimumSize())



@pytest.mark.parametrize("screen,scale", [((1366, 768), 1), ((1920, 1080), 2), ((1366, 768), 1.5)])
def test_minimum_size_fits_the_screen(window, qtbot, screen, scale):
    logical = QSize(int(screen[0] / scale), int(screen[1] / scale) - DECORATION)
    window.settings.recent = [RecentPair(f"/tmp/original-{i}.txt", f"/tmp/other-{i}.txt") for i in range(10)]
    window._fill_recent()  # the start page at its tallest
    start = minimum(window)
    assert start.width() <= logical.width() and start.height() <= logical.height(), start
    show(window, qtbot, example_comparison())
    window.page.find_bar.open_bar()
    shown = minimum(window)
    assert shown.width() <= logical.width() and shown.height() <= logical.height(), shown


@pytest.mark.parametrize("width", [200, 240, 300, 420])
def test_header_keeps_the_file_name_elided_in_the_middle(qtbot, width):
    comparison = example_comparison()
    header = PaneHeader("Other version", None)
    qtbot.addWidget(header)
    header.set_document(comparison.right)
    header.set_margins(44, 8)
    header.resize(width, 30)
    header.show()
    qtbot.waitExposed(header)
    qtbot.wait(20)  # the layout settles
    shown = header._name.text()
    full = comparison.right.name  # press-release-rewrite.txt
    assert shown == full or ("…" in shown and shown.startswith(full[:4]) and shown.endswith(full[-4:])), shown
    assert len(shown) >= 10, shown


@pytest.mark.parametrize("size", [(960, 460), (1366, 688)])
def test_headers_in_a_small_window_keep_the_names(window, qtbot, size):
    show(window, qtbot, example_comparison())
    window.resize(*size)
    qtbot.waitUntil(lambda: window.width() == size[0], timeout=2000)
    qtbot.wait(20)
    for header, name in ((window.page.view.left_header, "press-release.txt"),
                         (window.page.view.right_header, "press-release-rewrite.txt")):
        shown = header._name.text()
        assert shown == name or (shown.startswith(name[:4]) and "…" in shown and shown.endswith(".txt")), shown
        assert len(shown) >= 10, shown
