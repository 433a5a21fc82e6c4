"""Menus as a keyboard user meets them: every entry of a menu has its own
mnemonic (Alt+letter), and About names the version."""
from __future__ import annotations

import re

from PySide6.QtWidgets import QMenu, QMessageBox

import desktop


def mnemonic(text: str) -> str:
    match = re.search(r"&([^&])", text)
    return match.group(1).lower() if match else ""


def menus_of(window):
    pending = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    while pending:
        menu = pending.pop()
        yield menu
        pending.extend(a.menu() for a in menu.actions() if a.menu() is not None)


def test_each_menu_has_distinct_mnemonics(window):
    clashes = {}
    for menu in [window.menuBar(), *menus_of(window)]:
        letters = [mnemonic(a.text()) for a in menu.actions() if not a.isSeparator() and a.text()]
        letters = [x for x in letters if x]
        duplicates = {x for x in letters if letters.count(x) > 1}
        if duplicates:
            clashes[menu.title() if isinstance(menu, QMenu) else "menu bar"] = duplicates
    assert not clashes


def test_every_menu_entry_has_a_mnemonic(window):
    for menu in menus_of(window):
        if menu is window.recent_menu:
            continue  # entries named after files
        missing = [a.text() for a in menu.actions() if not a.isSeparator() and a.text() and not mnemonic(a.text())]
        if menu.title() == "&Export":
            continue  # format names; the submenu itself has one
        assert not missing, f"{menu.title()}: {missing}"


def test_about_names_the_version(window, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "about", lambda _parent, _title, text: shown.append(text))
    window.actions_.about.trigger()
    assert shown and f"Version {desktop.__version__}" in shown[0]
