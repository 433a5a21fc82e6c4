"""Through Qt's accessibility interface, as a screen reader sees them: the
panes, the connectors, the list and the chips have names and descriptions,
and the descriptions follow the selection."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible

from .fakes import example_comparison


def spoken(widget) -> tuple[str, str]:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None and interface.isValid()
    return interface.text(QAccessible.Text.Name), interface.text(QAccessible.Text.Description)


@pytest.fixture
def shown(window, qtbot):
    comparison = example_comparison()
    window.session.paths = [comparison.left.path, comparison.right.path]
    window.session.comparison = comparison
    window._show_comparison(comparison)
    qtbot.waitUntil(lambda: not window.page.view.measuring(), timeout=5000)
    return window


def test_every_part_has_a_name_and_a_description(shown):
    view, panel = shown.page.view, shown.page.panel
    parts = [view, view.left_pane, view.right_pane, view.linkmap, view.overview, panel._list,
             *panel._buttons.values()]
    for widget in parts:
        name, description = spoken(widget)
        assert name and description, (type(widget).__name__, name, description)


def test_descriptions_follow_the_selection(shown):
    view = shown.page.view
    view.select_group(8)  # the moved passage
    _, left = spoken(view.left_pane)
    _, link = spoken(view.linkmap)
    assert left.startswith("Selected: Moved — ")
    assert "Coastal Watch interviewed" in spoken(view.right_pane)[1]
    assert link.startswith("Selected link: moved")
