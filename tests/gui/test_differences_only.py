"""View › Differences Only folds each run of unchanged passages into one bar;
a click opens it again, and find or navigation into a folded passage opens
it too."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from desktop.engine.api import document_from_text
from desktop.engine.model import Comparison, Group, Options, Summary
from desktop.gui.compare_view import FOLD_HEIGHT, ComparisonView
from desktop.gui.layout import build_rows, unchanged_runs

SAME = [f"Unchanged paragraph number {word} says the same thing on both sides." for word in
        ("one", "two", "three", "four", "five", "six")]


def long_unchanged() -> Comparison:
    """Six unchanged paragraphs, an edited one, then two unchanged ones."""
    left_texts = SAME[:6] + ["The council will decide in May."] + SAME[:2]
    right_texts = SAME[:6] + ["The council will decide in June."] + SAME[:2]
    left = document_from_text("\n\n".join(left_texts), name="a.txt", language="en")
    right = document_from_text("\n\n".join(right_texts), name="b.txt", language="en")
    groups = tuple(Group(i, (i,), (i,), "edited" if i == 6 else "unchanged", 0.9 if i == 6 else 1.0,
                         "edited" if i == 6 else "unchanged") for i in range(9))
    return Comparison(left, right, Options(), True, 0.95, groups, Summary(90, 90, 1.0, 0.0, 0.0))


@pytest.fixture
def view(qtbot):
    v = ComparisonView()
    qtbot.addWidget(v)
    v.resize(1100, 700)
    v.set_comparison(long_unchanged())
    v.show()
    qtbot.waitExposed(v)
    qtbot.waitUntil(lambda: not v.measuring(), timeout=5000)
    return v


def test_runs_of_unchanged_rows():
    comparison = long_unchanged()
    runs = unchanged_runs(build_rows(comparison), comparison)
    assert runs == {0: 0, 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, 7: 7, 8: 7}


def test_differences_only_folds_runs_into_bars(view):
    full = view.geometry_.total
    view.set_differences_only(True)
    assert view.geometry_.row_height[0] == FOLD_HEIGHT
    assert view.geometry_.row_height[1:6] == [0.0] * 5
    assert view.geometry_.row_height[6] > FOLD_HEIGHT  # the edited passage keeps its place
    assert view.geometry_.total < full / 2
    image = view.left_pane.grab().toImage()
    assert not image.isNull()  # paints the bars (label: "6 unchanged passages")


def test_a_click_on_a_bar_opens_that_run_only(view, qtbot):
    view.set_differences_only(True)
    y = int(view.geometry_.row_top[0] - view.scroll_y + FOLD_HEIGHT / 2)
    qtbot.mouseClick(view.left_pane, Qt.MouseButton.LeftButton, pos=QPoint(int(view.left_pane.block_x()) + 30, y))
    assert view.geometry_.row_height[1] > 0  # first run open
    assert view.geometry_.row_height[7] == FOLD_HEIGHT and view.geometry_.row_height[8] == 0.0


def test_find_opens_the_fold_holding_the_match(view):
    view.set_differences_only(True)
    view.set_find("number three")
    assert view.find_next()
    assert view.geometry_.row_height[2] > FOLD_HEIGHT
    assert 2 not in view.folded()


def test_turning_it_off_shows_everything(view):
    full = view.geometry_.total
    view.set_differences_only(True)
    view.set_differences_only(False)
    assert view.folded() == {} and view.geometry_.total == full


def test_the_window_offers_it_in_the_view_menu(window):
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    action = window.actions_.differences_only
    assert action in view_menu.actions() and not action.isChecked()
    action.trigger()
    assert window.settings.differences_only and window.page.view.differences_only
