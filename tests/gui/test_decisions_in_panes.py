"""A reviewer's decisions show in the panes too: the passage's gutter
carries the decision's mark in its colour, on both sides."""
from __future__ import annotations

from PySide6.QtGui import QColor

from desktop.gui.changes_panel import DECISION_COLOURS
from desktop.gui.layout import LEFT, RIGHT
from desktop.gui.pane import GUTTER

from .fakes import example_comparison


def show(window, qtbot, comparison):
    window.session.paths = [comparison.left.path, comparison.right.path]
    window.session.comparison = comparison
    window._show_comparison(comparison)
    window.review._comparison_shown(comparison)
    qtbot.waitUntil(lambda: not window.page.view.measuring(), timeout=5000)
    return window.page.view


def gutter_has(view, side: int, pid: int, colour: QColor) -> bool:
    pane = view.left_pane if side == LEFT else view.right_pane
    image = pane.grab().toImage()
    y, h = view.geometry_.blocks[side][pid]
    x0 = int(pane.gutter_x())
    top = int(y - view.scroll_y)
    for x in range(x0, x0 + GUTTER):
        for yy in range(max(0, top), min(image.height(), top + int(h))):
            c = image.pixelColor(x, yy)
            if abs(c.red() - colour.red()) + abs(c.green() - colour.green()) + abs(c.blue() - colour.blue()) < 40:
                return True
    return False


def test_a_flagged_passage_carries_the_flag_in_both_gutters(window, qtbot):
    view = show(window, qtbot, example_comparison())
    flag = QColor(DECISION_COLOURS[view.colours.dark]["flagged"])
    item = next(i for i in window.page.panel.visible_items() if i.group == 5 and not i.is_drift)
    view.scroll_to_group(5)
    assert not gutter_has(view, LEFT, 5, flag)
    window.review.controller.decide(item.review_id, "flagged")
    assert view.decisions == {5: "flagged"}
    assert gutter_has(view, LEFT, 5, flag) and gutter_has(view, RIGHT, 5, flag)
    window.review.controller.clear(item.review_id)
    assert view.decisions == {}
