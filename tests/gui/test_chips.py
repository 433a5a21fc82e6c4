"""The kind chips above the changes list show only their kind (what users
expect of a filter chip); a second click shows everything again, and
Ctrl+click adds or removes one kind."""
from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.gui.changes_panel import ChangesPanel
from desktop.gui.layout import build_rows

from .fakes import example_comparison


def panel_for(qtbot):
    panel = ChangesPanel()
    qtbot.addWidget(panel)
    comparison = example_comparison()
    panel.set_comparison(comparison, build_rows(comparison))
    panel.show()
    return panel


def kinds(panel) -> set[str]:
    return {item.kind for item in panel.visible_items()}


def test_a_chip_shows_only_its_kind_and_again_shows_all(qtbot):
    panel = panel_for(qtbot)
    everything = kinds(panel)
    qtbot.mouseClick(panel._buttons["moved"], Qt.MouseButton.LeftButton)
    assert kinds(panel) == {"moved"}
    qtbot.mouseClick(panel._buttons["moved"], Qt.MouseButton.LeftButton)
    assert kinds(panel) == everything


def test_another_chip_switches_to_its_kind(qtbot):
    panel = panel_for(qtbot)
    qtbot.mouseClick(panel._buttons["moved"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel._buttons["omitted"], Qt.MouseButton.LeftButton)
    assert kinds(panel) == {"omitted"}


def test_ctrl_click_adds_and_removes_a_kind(qtbot):
    panel = panel_for(qtbot)
    qtbot.mouseClick(panel._buttons["omitted"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel._buttons["added"], Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier)
    assert kinds(panel) == {"omitted", "added"}
    qtbot.mouseClick(panel._buttons["omitted"], Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier)
    assert kinds(panel) == {"added"}
