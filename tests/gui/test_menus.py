"""Menus as a keyboard user meets them: every entry of a menu has its own
mnemonic (Alt+letter), and About names the version."""
from __future__ import annotations

import re

import pytest

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


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_help_legend_explains_the_marks_in_the_theme_colours(window, monkeypatch, dark):
    from PySide6.QtGui import QTextDocumentFragment

    from desktop.gui import dialogs
    from desktop.gui.theme import DARK, LIGHT

    colours = DARK if dark else LIGHT
    monkeypatch.setattr("desktop.gui.theme.diff_colours", lambda palette=None: colours)
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, title, text: shown.append((title, text)))
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    assert window.actions_.legend in help_menu.actions()
    window.actions_.legend.trigger()
    title, html = shown[0]
    assert title == "Legend"
    for colour in (colours.deleted_fg, colours.inserted_fg, colours.moved, colours.split, colours.edited):
        assert colour.name() in html
    text = QTextDocumentFragment.fromHtml(html).toPlainText()
    for words in ("left out", "only in the other version", "drift", "moved", "split or merged", "flagged"):
        assert words in text
    assert dialogs.legend_html(colours) == html
