"""The comment dialog wraps: the item's long excerpt above it and the
comment typed into it stay within a dialog of reading width."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog

import desktop.gui.dialogs as dialogs
from desktop.gui.dialogs import CommentDialog

from .fakes import example_comparison

LONG = "The speaker's job title changed from Director of Research to head of campaigns " * 3


def test_long_heading_and_comment_wrap_in_a_narrow_dialog(qtbot):
    dialog = CommentDialog(None, "Title changed: " + LONG, "")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() <= 2 * CommentDialog.WIDTH
    assert dialog.heading.wordWrap()
    dialog.editor.setPlainText(LONG)
    qtbot.wait(10)
    layout = dialog.editor.document().firstBlock().layout()
    assert layout.lineCount() > 1, "the comment wraps inside the box"
    assert dialog.editor.horizontalScrollBar().maximum() == 0


def test_the_window_uses_it_for_comments(window, qtbot, monkeypatch):
    comparison = example_comparison()
    window.session.paths = [comparison.left.path, comparison.right.path]
    window.session.comparison = comparison
    window._show_comparison(comparison)
    window.page.panel.choose_row(0)
    seen = []

    def answer(self):
        seen.append(self.heading.text())
        self.editor.setPlainText("Check with the editor")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs.CommentDialog, "exec", answer)
    window.review_actions.comment.trigger()
    item = window.page.panel.current_item()
    assert seen and seen[0].startswith(item.label)
    assert window.review.controller.review.decision(item.review_id).comment == "Check with the editor"
