"""The window's commands for many versions: add versions to the open
original, and go back to the versions matrix from a pair."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from .actions import make_action


@dataclass
class VersionsActions:
    add_versions: QAction
    show_versions: QAction


def create_versions_actions(window: QMainWindow) -> VersionsActions:
    return VersionsActions(
        add_versions=make_action(window, "Add Versio&ns…", "Ctrl+3", "open-other",
                                 "Compare the original with several versions at once: the versions matrix"),
        show_versions=make_action(window, "Versions &Matrix", "Ctrl+M", None,
                                  "What each version kept, edited, moved and omitted of each paragraph"),
    )


def add_to_file_menu(window: QMainWindow, actions: VersionsActions) -> None:
    """After "Open Other Version…", where a person looks for more versions."""
    file_menu: QMenu = window.menuBar().actions()[0].menu()
    entries = file_menu.actions()
    anchor = entries[2] if len(entries) > 2 else None  # the example, after the two Open entries
    file_menu.insertActions(anchor, [actions.add_versions, actions.show_versions])
