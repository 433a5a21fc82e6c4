"""Unsaved review decisions are never lost without a question: quitting
and opening another pair ask first (Save, Discard or Cancel)."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.engine.api import example_paths

from .fakes import example_comparison

Button = QMessageBox.StandardButton


def show(window, qtbot, comparison):
    window.session.paths = [comparison.left.path, comparison.right.path]
    window.session.comparison = comparison
    window._show_comparison(comparison)
    window.review.controller.set_comparison(comparison)
    qtbot.waitUntil(lambda: not window.page.view.measuring(), timeout=5000)


@pytest.fixture
def reviewed(window, qtbot, monkeypatch):
    """A window with one decision not saved in a review file, and a record
    of the questions asked (answered by ``answers``)."""
    show(window, qtbot, example_comparison())
    item = window.page.panel.visible_items()[0]
    window.review.controller.decide(item.review_id, "accepted")
    assert window.review.controller.dirty
    asked, answers = [], []
    monkeypatch.setattr(window.review, "ask_unsaved", lambda: asked.append(1) or (answers.pop(0) if answers else Button.Discard))
    return window, asked, answers


def test_quit_asks_and_cancel_keeps_the_window(reviewed, qtbot):
    window, asked, answers = reviewed
    answers.append(Button.Cancel)
    window.actions_.quit.trigger()
    assert asked == [1]
    assert window.isVisible() and window.review.controller.dirty


def test_quit_asks_and_discard_closes(reviewed, qtbot):
    window, asked, answers = reviewed
    answers.append(Button.Discard)
    window.close()
    assert asked == [1] and not window.isVisible()


def test_quit_asks_and_save_writes_the_review_then_closes(reviewed, qtbot, tmp_path, monkeypatch):
    window, asked, answers = reviewed
    answers.append(Button.Save)
    target = tmp_path / "decisions.tandem"
    monkeypatch.setattr(window.review, "_ask_save", lambda *_args: str(target))
    window.close()
    assert asked == [1] and target.exists() and not window.isVisible()


def test_quit_without_unsaved_changes_does_not_ask(window, qtbot, monkeypatch):
    show(window, qtbot, example_comparison())
    monkeypatch.setattr(window.review, "ask_unsaved", lambda: pytest.fail("asked with nothing to save"))
    window.close()
    assert not window.isVisible()


def test_opening_another_pair_asks_and_cancel_keeps_the_review(reviewed, qtbot):
    window, asked, answers = reviewed
    before = list(window.session.paths)
    answers.append(Button.Cancel)
    window.open_pair(*example_paths())
    answers.append(Button.Cancel)
    window.open_example()
    assert asked == [1, 1]
    assert window.session.paths == before and window.review.controller.dirty
    assert window.session.comparison is not None and not window.session.busy
