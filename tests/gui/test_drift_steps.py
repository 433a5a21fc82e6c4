"""F7 / Shift+F7 go to the next / previous drift item and show which one:
its row is current in the changes list, its words are framed in both
panes, and the status bar says what it is."""
from __future__ import annotations

from dataclasses import replace

from desktop.engine.model import Drift
from desktop.gui.layout import LEFT, RIGHT
from desktop.gui.render import PAD_X, PAD_Y

from .fakes import example_comparison, show


def two_drifts_in_one_passage():
    comparison = example_comparison()
    groups = list(comparison.groups)
    left, right = comparison.left.paragraphs[6].text, comparison.right.paragraphs[6].text
    families = Drift("number_changed", "note", "'Two families' is kept; check the figure.", "Two", "Two", 6, 6,
                     (left.index("Two"), left.index("Two") + 3), (right.index("Two"), right.index("Two") + 3))
    groups[6] = replace(groups[6], drift=groups[6].drift + (families,))
    return replace(comparison, groups=tuple(groups))



def framed(view, side: int, pid: int, start: int) -> bool:
    """Is the focus colour painted just before character ``start``?"""
    pane = view.left_pane if side == LEFT else view.right_pane
    view.repaint()
    image = pane.grab().toImage()
    layout = view.renderer.layout(side, pid)
    line = layout.lineForTextPosition(start)
    x = line.cursorToX(start)
    x = x[0] if isinstance(x, tuple) else x
    y, _ = view.geometry_.blocks[side][pid]
    px = int(pane.block_x() + PAD_X + x - 2)
    py = int(y - view.scroll_y + PAD_Y + line.y() + line.height() / 2)
    focus = view.colours.focus
    return any(_close(image.pixelColor(px + dx, py), focus) for dx in (-1, 0, 1))


def _close(a, b) -> bool:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) < 60


def test_f7_steps_through_each_drift_item_and_shows_it(window, qtbot):
    view = show(window, qtbot, two_drifts_in_one_passage())
    panel, status = window.page.panel, window.statusBar()
    reached = []
    for _ in range(4):
        window.actions_.next_drift.trigger()
        item = panel.current_item()
        assert item is not None and item.is_drift
        assert (item.group, item.drift) == (view.selected, view.current_drift)
        reached.append((item.group, item.drift, status.currentMessage()))
    assert [(g, d) for g, d, _ in reached] == [(1, 0), (3, 0), (6, 0), (6, 1)]
    assert reached[2][2].startswith("Drift 3 of 4 · Date changed (warning)")
    assert reached[3][2].startswith("Drift 4 of 4 · Number changed (note)")

    drift = view.shown_drift()  # the second item of passage 6: its words are framed on both sides
    assert framed(view, LEFT, 6, drift.left_span[0]) and framed(view, RIGHT, 6, drift.right_span[0])
    date = view.comparison.groups[6].drift[0]
    assert not framed(view, LEFT, 6, date.left_span[0])  # the other item is not

    window.actions_.previous_drift.trigger()  # Shift+F7
    assert (panel.current_item().group, panel.current_item().drift) == (6, 0)
    assert framed(view, LEFT, 6, date.left_span[0])
