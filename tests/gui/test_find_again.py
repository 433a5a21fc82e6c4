"""Find keeps its text when closed; opening it again searches that text
again, so a term that is there is never reported missing."""
from __future__ import annotations

from PySide6.QtCore import Qt

from .fakes import example_comparison, show



def test_reopened_find_finds_the_kept_text(window, qtbot):
    show(window, qtbot, example_comparison())
    bar = window.page.find_bar
    window.actions_.find.trigger()
    qtbot.keyClicks(bar.edit, "Esbjerg")
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert bar.count_text() == "1 of 2"
    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert window.page.view.matches == []  # closed: no highlights left behind

    window.actions_.find.trigger()  # Ctrl+F again: "Esbjerg" is still in the box, selected
    assert bar.edit.text() == "Esbjerg"
    assert len(window.page.view.matches) == 2  # highlighted again at once
    assert bar.count_text() == "2 matches"
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert bar.count_text() == "1 of 2"


def test_find_next_after_closing_searches_again(window, qtbot):
    show(window, qtbot, example_comparison())
    bar = window.page.find_bar
    window.actions_.find.trigger()
    qtbot.keyClicks(bar.edit, "Esbjerg")
    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    window.actions_.find.trigger()
    window.actions_.find_next.trigger()  # F3 / Ctrl+G
    assert bar.count_text() == "1 of 2"


def test_text_typed_just_before_closing_does_not_highlight(window, qtbot):
    show(window, qtbot, example_comparison())
    bar = window.page.find_bar
    window.actions_.find.trigger()
    qtbot.keyClicks(bar.edit, "harbour")
    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)  # before the typing pause has passed
    qtbot.wait(300)
    assert window.page.view.matches == []
