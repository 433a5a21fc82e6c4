"""The window's commands: one QAction each, with its shortcut shown in the
menus, and the menus and toolbar that present them."""
from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QSizePolicy, QToolBar, QWidget

from . import icons
from .theme import THEMES


@dataclass
class Actions:
    open_original: QAction
    open_other: QAction
    open_example: QAction
    swap: QAction
    reload: QAction
    close_pair: QAction
    quit: QAction
    copy: QAction
    paste_original: QAction
    paste_other: QAction
    select_all: QAction
    find: QAction
    find_next: QAction
    find_previous: QAction
    next_change: QAction
    previous_change: QAction
    next_drift: QAction
    previous_drift: QAction
    zoom_in: QAction
    zoom_out: QAction
    zoom_reset: QAction
    toggle_panel: QAction
    highlight_entities: QAction
    differences_only: QAction
    ignore_case: QAction
    ignore_punctuation: QAction
    ignore_quotes: QAction
    line_by_line: QAction
    shortcuts: QAction
    legend: QAction
    about: QAction

    def comparison_actions(self) -> list[QAction]:
        """Enabled only while a comparison is shown."""
        return [self.swap, self.reload, self.close_pair, self.copy, self.select_all, self.find, self.find_next,
                self.find_previous,
                self.next_change, self.previous_change, self.next_drift, self.previous_drift]

    def all(self) -> list[QAction]:
        return [getattr(self, f.name) for f in fields(self)]


def make_action(window: QMainWindow, text: str, shortcut=None, icon: str | None = None, tip: str = "",
            checkable: bool = False) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        shortcuts = shortcut if isinstance(shortcut, list) else [shortcut]
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
    if icon:
        action.setIcon(icons.icon(icon))
        action.setData(icon)
    if tip:
        action.setToolTip(tip)
        action.setStatusTip(tip)
    action.setCheckable(checkable)
    window.addAction(action)  # shortcuts work even when the menu bar is hidden
    return action


def create_actions(window: QMainWindow) -> Actions:
    Key = QKeySequence.StandardKey
    return Actions(
        open_original=make_action(window, "Open &Original…", "Ctrl+1", "open-original", "Choose the original document"),
        open_other=make_action(window, "Open Other &Version…", ["Ctrl+2", Key.Open], "open-other",
                           "Choose the version to compare with the original"),
        open_example=make_action(window, "Open the E&xample", None, "example",
                             "A short press release and a rewrite of it"),
        swap=make_action(window, "S&wap Sides", "Ctrl+Shift+S", "swap", "Put the other version on the left"),
        reload=make_action(window, "&Reload", [Key.Refresh, "Ctrl+R"], "reload", "Read both files again from disk"),
        close_pair=make_action(window, "&Close Comparison", Key.Close, "close", "Back to the start page"),
        quit=make_action(window, "&Quit", Key.Quit),
        copy=make_action(window, "&Copy", Key.Copy, None, "Copy the selected text"),
        paste_original=make_action(window, "Paste as &Original", "Ctrl+Alt+V", None,
                                   "Open the text on the clipboard (plain, or a web page's) as the original"),
        paste_other=make_action(window, "Paste as Other &Version", "Ctrl+Shift+V", None,
                                "Open the text on the clipboard (plain, or a web page's) as the other version"),
        select_all=make_action(window, "Select &All", Key.SelectAll, None,
                               "Select all the text of the document last clicked"),
        find=make_action(window, "&Find…", Key.Find, "find", "Find text in both documents"),
        find_next=make_action(window, "Find &Next", Key.FindNext),
        find_previous=make_action(window, "Find &Previous", Key.FindPrevious),
        next_change=make_action(window, "&Next Change", "Alt+Down", "next-change", "Go to the next change (Alt+Down)"),
        previous_change=make_action(window, "&Previous Change", "Alt+Up", "prev-change",
                                "Go to the previous change (Alt+Up)"),
        next_drift=make_action(window, "Next &Drift", "F7", "next-drift", "Go to the next change of meaning (F7)"),
        previous_drift=make_action(window, "Previous D&rift", "Shift+F7", "prev-drift",
                               "Go to the previous change of meaning (Shift+F7)"),
        zoom_in=make_action(window, "Zoom &In", [Key.ZoomIn, "Ctrl+="], "zoom-in", "Larger text"),
        zoom_out=make_action(window, "Zoom &Out", Key.ZoomOut, "zoom-out", "Smaller text"),
        zoom_reset=make_action(window, "&Normal Size", "Ctrl+0"),
        toggle_panel=make_action(window, "&Changes List", "F9", "panel", "Show or hide the list of changes",
                             checkable=True),
        highlight_entities=make_action(window, "Colour Num&bers, Names and Dates", None, None,
                                       "Colour figures, names, quotes and dates in every paragraph, "
                                       "not only where something changed", checkable=True),
        differences_only=make_action(window, "&Differences Only", "Ctrl+D", None,
                                     "Fold runs of unchanged passages into bars (click one to open it)",
                                     checkable=True),
        ignore_case=make_action(window, "Ignore &Case", None, "case", "Do not count capital letters as changes",
                            checkable=True),
        ignore_punctuation=make_action(window, "Ignore &Punctuation", None, "punctuation",
                                   "Do not count punctuation as changes", checkable=True),
        ignore_quotes=make_action(window, "Ignore &Quote Style", None, "quotes",
                              "Treat “curly”, \"straight\" and 'single' quotes as the same", checkable=True),
        line_by_line=make_action(window, "Compare &Line by Line", None, None,
                                 "One unit a line, as a sentence-aligned text gives them (tandem compare "
                                 "--segment lines); otherwise paragraphs, by blank lines", checkable=True),
        shortcuts=make_action(window, "&Keyboard Shortcuts", "Ctrl+/", "keyboard"),
        legend=make_action(window, "&Legend", None, None, "What the colours and marks mean"),
        about=make_action(window, "&About Tandem"),
    )


def build_menus(window: QMainWindow, a: Actions, recent_menu: QMenu, theme_changed: Callable[[str], None],
                current_theme: str) -> QActionGroup:
    bar = window.menuBar()
    file_menu = bar.addMenu("&File")
    for item in (a.open_original, a.open_other, a.open_example):
        file_menu.addAction(item)
    file_menu.addMenu(recent_menu)
    file_menu.addSeparator()
    for item in (a.swap, a.reload, a.close_pair):
        file_menu.addAction(item)
    file_menu.addSeparator()
    file_menu.addAction(a.quit)

    edit = bar.addMenu("&Edit")
    edit.addAction(a.copy)
    edit.addAction(a.select_all)
    edit.addSeparator()
    edit.addAction(a.paste_original)
    edit.addAction(a.paste_other)
    edit.addSeparator()
    for item in (a.find, a.find_next, a.find_previous):
        edit.addAction(item)

    view = bar.addMenu("&View")
    for item in (a.zoom_in, a.zoom_out, a.zoom_reset):
        view.addAction(item)
    view.addSeparator()
    view.addAction(a.toggle_panel)
    view.addAction(a.differences_only)
    view.addAction(a.highlight_entities)
    theme_menu = view.addMenu("&Theme")
    group = QActionGroup(window)
    for theme in THEMES:
        action = QAction({"system": "Follow &System", "light": "&Light", "dark": "&Dark"}[theme], window)
        action.setCheckable(True)
        action.setChecked(theme == current_theme)
        action.setData(theme)
        action.triggered.connect(lambda _checked=False, t=theme: theme_changed(t))
        group.addAction(action)
        theme_menu.addAction(action)

    go = bar.addMenu("&Go")
    for item in (a.next_change, a.previous_change, a.next_drift, a.previous_drift):
        go.addAction(item)

    options = bar.addMenu("&Options")
    for item in (a.ignore_case, a.ignore_punctuation, a.ignore_quotes):
        options.addAction(item)
    options.addSeparator()
    options.addAction(a.line_by_line)

    help_menu = bar.addMenu("&Help")
    help_menu.addAction(a.legend)
    help_menu.addAction(a.shortcuts)
    help_menu.addAction(a.about)
    return group


def build_toolbar(window: QMainWindow, a: Actions) -> QToolBar:
    bar = QToolBar("Main toolbar", window)
    bar.setObjectName("mainToolbar")
    bar.setMovable(False)
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for item in (a.open_original, a.open_other, a.swap):
        bar.addAction(item)
    bar.addSeparator()
    for item in (a.previous_change, a.next_change, a.previous_drift, a.next_drift):
        bar.addAction(item)
    bar.addSeparator()
    ignore = QLabel("Ignore:", bar)
    ignore.setContentsMargins(6, 0, 2, 0)
    bar.addWidget(ignore)
    for item in (a.ignore_case, a.ignore_punctuation, a.ignore_quotes):
        bar.addAction(item)
    spacer = QWidget(bar)
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    bar.addWidget(spacer)
    bar.addAction(a.find)
    bar.addAction(a.toggle_panel)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    _short_labels(bar, a)
    return bar


def _short_labels(bar: QToolBar, a: Actions) -> None:
    """Shorter texts beside toolbar icons than in the menus (icon text is
    what a toolbar shows; menus keep the full text)."""
    labels = {a.open_original: "Original…", a.open_other: "Other version…", a.swap: "Swap",
              a.next_change: "Next change", a.next_drift: "Next drift", a.ignore_case: "Case",
              a.ignore_punctuation: "Punctuation", a.ignore_quotes: "Quotes", a.find: "Find",
              a.toggle_panel: "Changes"}
    for action, label in labels.items():
        action.setIconText(label)
    for action in (a.previous_change, a.previous_drift):
        button = bar.widgetForAction(action)
        if button is not None:
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    for action in a.all():
        button = bar.widgetForAction(action)
        if button is not None:
            button.setAccessibleName(action.text().replace("&", "").rstrip("…"))


def refresh_icons(a: Actions) -> None:
    for action in a.all():
        name = action.data()
        if isinstance(name, str):
            action.setIcon(icons.icon(name))
