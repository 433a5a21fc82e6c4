"""Everything reachable by keyboard: Tab walks through the panes, the list
and the chips; every menu is opened by its mnemonic and every command in it
has a mnemonic or a shortcut, so nothing needs the mouse."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from .fakes import example_comparison


@pytest.fixture
def shown(window, qtbot):
    comparison = example_comparison()
    window.session.paths = [comparison.left.path, comparison.right.path]
    window.session.comparison = comparison
    window._show_comparison(comparison)
    window.show()
    qtbot.waitUntil(lambda: not window.page.view.measuring(), timeout=5000)
    return window


def _focus_chain(start, limit: int = 200) -> list:
    seen, widget = [], start
    for _ in range(limit):
        widget = widget.nextInFocusChain()
        if widget is start:
            break
        if widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            seen.append(widget)
    return seen


def test_tab_reaches_the_panes_the_list_and_the_chips(shown):
    view, panel = shown.page.view, shown.page.panel
    reachable = _focus_chain(shown)
    # The two panes take their keys through the comparison view (selection,
    # copy, next change work in either): the view is what Tab must reach.
    for widget in [view, panel._list, *panel._buttons.values()]:
        if widget.isVisible() and widget.isEnabled():
            assert widget in reachable, type(widget).__name__


def _mnemonic(text: str) -> bool:
    at = text.replace("&&", "").find("&")
    return 0 <= at < len(text) - 1


def test_every_menu_command_has_a_mnemonic_or_a_shortcut(shown):
    missing = []
    for menu_action in shown.menuBar().actions():
        menu = menu_action.menu()
        if menu is None:
            continue
        assert _mnemonic(menu_action.text()), menu_action.text()
        for action in menu.actions():
            if action.isSeparator() or not action.isVisible():
                continue
            if not (_mnemonic(action.text()) or not action.shortcut().isEmpty()):
                missing.append(f"{menu_action.text()} › {action.text()}")
    assert missing == []


def test_mnemonics_do_not_collide_within_a_menu(shown):
    for menu_action in shown.menuBar().actions():
        menu = menu_action.menu()
        if menu is None:
            continue
        keys = [a.text().replace("&&", "").split("&", 1)[1][:1].lower() for a in menu.actions()
                if not a.isSeparator() and a.isVisible() and _mnemonic(a.text())]
        assert len(keys) == len(set(keys)) or menu_action.text().replace("&", "") in _LOOSE, (
            menu_action.text(), sorted(k for k in keys if keys.count(k) > 1))


_LOOSE = set()  # menus allowed to repeat a mnemonic (Qt cycles through them): none
