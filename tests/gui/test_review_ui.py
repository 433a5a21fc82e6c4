"""Reviewing in the window: decisions and their counts, manual links that
re-compare, review files, exports, the autosave and its recovery."""
from __future__ import annotations

import json
import shutil

from PySide6.QtCore import Qt

from desktop.engine import autosave
from desktop.engine.api import example_paths
from desktop.engine.project import load_project
from desktop.gui.layout import LEFT, RIGHT

from .conftest import wait_for_comparison


def _example_copies(tmp_path):
    left, right = example_paths()
    return str(shutil.copy(left, tmp_path / "original.txt")), str(shutil.copy(right, tmp_path / "other.txt"))


def _open(window, qtbot, tmp_path):
    window.open_pair(*_example_copies(tmp_path))
    return wait_for_comparison(qtbot, window)


def _choose(window, predicate):
    """Make the first panel entry matching ``predicate`` current."""
    panel = window.page.panel
    row = next(r for r, item in enumerate(panel.visible_items()) if predicate(item))
    panel.choose_row(row)
    return panel.visible_items()[row]


def test_marking_items_updates_the_list_and_counts(window, qtbot, tmp_path):
    _open(window, qtbot, tmp_path)
    actions = window.review_actions
    item = _choose(window, lambda i: not i.is_drift)
    actions.accept.trigger()
    assert window.review.controller.review.decision(item.review_id).state == "accepted"
    assert actions.accept.isChecked()
    drift = _choose(window, lambda i: i.is_drift)
    actions.flag.trigger()
    window.review.comment("The year is 2022 in the release")
    counts = window.page.panel.decision_counts()
    assert counts["accepted"] == 1 and counts["flagged"] == 1
    assert "✓ 1" in window.page.panel._title.text() and "⚑ 1" in window.page.panel._title.text()
    assert "1 accepted, 1 flagged" in window.page.panel._title.toolTip()
    decision = window.review.controller.review.decision(drift.review_id)
    assert (decision.state, decision.comment) == ("flagged", "The year is 2022 in the release")
    actions.flag.trigger()  # again: undone, the comment stays
    assert window.review.controller.review.decision(drift.review_id).state == ""
    assert window.review.controller.review.decision(drift.review_id).comment
    assert window.windowTitle().startswith("• ")


def test_shortcuts_are_shown_in_the_menus(window):
    a = window.review_actions
    assert [x.shortcut().toString() for x in (a.accept, a.flag, a.query, a.link)] == ["A", "F", "Q", "Ctrl+L"]
    titles = [m.text() for m in window.menuBar().actions()]
    assert "&Review" in titles


def test_keyboard_decides_on_the_current_item(window, qtbot, tmp_path):
    _open(window, qtbot, tmp_path)
    item = _choose(window, lambda i: not i.is_drift)
    window.page.panel._list.setFocus()
    qtbot.keyClick(window.page.panel._list, Qt.Key.Key_Q)
    assert window.review.controller.review.decision(item.review_id).state == "queried"


def test_manual_link_recompares_and_the_view_follows(window, qtbot, tmp_path):
    comparison = _open(window, qtbot, tmp_path)
    omitted = next(g for g in comparison.groups if g.status == "omitted" and len(comparison.left.paragraphs[g.left[0]].text) > 40)
    target = comparison.group_of_right(comparison.right.paragraphs[-1].id)
    view = window.page.view
    view.pick(LEFT, omitted.left[0])
    view.pick(RIGHT, target.right[0])
    assert window.review_actions.link.isEnabled()
    before = comparison
    window.review_actions.link.trigger()
    qtbot.waitUntil(lambda: window.session.comparison is not before and not window.session.busy, timeout=20000)
    after = wait_for_comparison(qtbot, window)
    group = after.group_of_left(omitted.left[0])
    assert group.right == (target.right[0],) and group.linked
    assert view.comparison is after, "the view shows the re-compared alignment"
    assert window.page.panel.decision_counts()[""] == len(window.page.panel._model.items)
    # unlink it again
    view.select_group(group.index)
    window.review_actions.unlink.trigger()
    qtbot.waitUntil(lambda: window.session.comparison is not after and not window.session.busy, timeout=20000)
    again = wait_for_comparison(qtbot, window)
    assert not again.group_of_left(omitted.left[0]).linked


def test_mark_as_moved(window, qtbot, tmp_path):
    comparison = _open(window, qtbot, tmp_path)
    edited = next(g for g in comparison.groups if g.status == "edited")
    window.page.view.select_group(edited.index)
    window.review_actions.mark_moved.trigger()
    qtbot.waitUntil(lambda: window.session.comparison is not comparison and not window.session.busy, timeout=20000)
    assert wait_for_comparison(qtbot, window).group_of_left(edited.left[0]).status == "moved"


def test_save_and_open_review_round_trip(window, qtbot, tmp_path):
    _open(window, qtbot, tmp_path)
    item = _choose(window, lambda i: i.is_drift)
    window.review_actions.query.trigger()
    window.review.comment("ask the agency")
    path = str(tmp_path / "review.tandem")
    assert window.review.save_review(path)
    assert load_project(path).review.decision(item.review_id).comment == "ask the agency"
    assert not window.windowTitle().startswith("•")
    window.close_comparison()
    assert not window.review.controller.review
    window.review.open_review(path)
    wait_for_comparison(qtbot, window)
    decision = window.review.controller.review.decision(item.review_id)
    assert (decision.state, decision.comment) == ("queried", "ask the agency")
    assert window.page.panel.decision_counts()["queried"] == 1
    assert window.review.controller.project_path == path


def test_reopening_after_a_document_changed_says_so(window, qtbot, tmp_path):
    _open(window, qtbot, tmp_path)
    _choose(window, lambda i: not i.is_drift)
    window.review_actions.accept.trigger()
    path = str(tmp_path / "review.tandem")
    window.review.save_review(path)
    other = window.session.paths[RIGHT]
    with open(other, encoding="utf-8") as stream:
        text = stream.read()
    with open(other, "w", encoding="utf-8") as stream:
        stream.write(text.replace("January 2023", "January 2022"))
    window.close_comparison()
    window.review.open_review(path)
    wait_for_comparison(qtbot, window)
    qtbot.waitUntil(lambda: window.error_bar.isVisible(), timeout=5000)
    assert "changed since the review was saved" in window.error_bar.text()
    assert window.page.panel.decision_counts()["accepted"] == 1


def test_autosave_appears_and_is_offered_after_a_crash(window, qtbot, tmp_path, private_data_dir):
    _open(window, qtbot, tmp_path)
    item = _choose(window, lambda i: not i.is_drift)
    window.review_actions.flag.trigger()
    qtbot.waitUntil(lambda: (private_data_dir / autosave.AUTOSAVE_NAME).exists(), timeout=5000)
    data = json.loads((private_data_dir / autosave.AUTOSAVE_NAME).read_text(encoding="utf-8"))
    assert data["autosave"]["clean"] is False and data["decisions"][0]["id"] == item.review_id
    # "crash": a new window starts and finds it
    from desktop.gui.main_window import MainWindow
    from desktop.gui.settings import Settings

    second = MainWindow(Settings(), remember=False)
    qtbot.addWidget(second)
    second.show()
    assert second.review.offer_recovery()
    assert "Recover it?" in second.error_bar.text()
    second.review.recover(autosave.needs_recovery())
    wait_for_comparison(qtbot, second)
    assert second.review.controller.review.decision(item.review_id).state == "flagged"
    assert second.review.controller.dirty, "recovered work is still unsaved"
    second.close()


def test_closing_with_everything_saved_leaves_nothing_to_recover(window, qtbot, tmp_path):
    _open(window, qtbot, tmp_path)
    _choose(window, lambda i: not i.is_drift)
    window.review_actions.accept.trigger()
    window.review.save_review(str(tmp_path / "r.tandem"))
    window.close()
    assert autosave.read_autosave() is not None and autosave.needs_recovery() is None


def test_exports_from_the_window(window, qtbot, tmp_path):
    _open(window, qtbot, tmp_path)
    _choose(window, lambda i: not i.is_drift)
    window.review_actions.flag.trigger()
    for kind in ("html", "pdf", "csv", "tmx", "diff", "json"):
        target = tmp_path / f"out.{kind}"
        assert window.review.export(kind, str(target)), kind
        assert target.stat().st_size > 100
    assert "Flagged" in (tmp_path / "out.html").read_text(encoding="utf-8")
    assert (tmp_path / "out.pdf").read_bytes().startswith(b"%PDF")
    assert json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["review"]["counts"]["flagged"] == 1


def test_unsaved_review_is_not_dropped_silently(window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    _open(window, qtbot, tmp_path)
    _choose(window, lambda i: not i.is_drift)
    window.review_actions.accept.trigger()
    asked = []
    monkeypatch.setattr(window.review, "ask_unsaved",
                        lambda: asked.append(1) or QMessageBox.StandardButton.Cancel)
    window.close_comparison()
    assert asked and window.session.comparison is not None, "cancel keeps the comparison and its review"
    monkeypatch.setattr(window.review, "ask_unsaved", lambda: QMessageBox.StandardButton.Discard)
    window.close_comparison()
    assert window.session.comparison is None and not window.review.controller.review


def test_ctrl_click_picks_several_paragraphs_for_a_merge(window, qtbot, tmp_path):
    comparison = _open(window, qtbot, tmp_path)
    view = window.page.view
    view.pick(LEFT, 1)
    view.pick(LEFT, 2, extend=True)
    view.pick(RIGHT, 1)
    assert view.picked[LEFT] == (1, 2)
    window.review_actions.link.trigger()
    qtbot.waitUntil(lambda: window.session.comparison is not comparison and not window.session.busy, timeout=20000)
    group = wait_for_comparison(qtbot, window).group_of_left(1)
    assert group.left == (1, 2) and group.right == (1,) and group.shape == "merge"


def test_a_review_file_opens_from_the_command_line(window, qtbot, tmp_path):
    from desktop.gui.app import _open_initial

    _open(window, qtbot, tmp_path)
    item = _choose(window, lambda i: i.is_drift)
    window.review_actions.flag.trigger()
    path = str(tmp_path / "cli.tandem")
    assert window.review.save_review(path)
    window.close_comparison()
    _open_initial(window, path, None, False)  # what `tandem cli.tandem` does
    wait_for_comparison(qtbot, window)
    assert window.review.controller.review.decision(item.review_id).state == "flagged"


def test_the_command_line_accepts_one_review_file(tmp_path):
    from desktop.cli import main

    assert main([str(tmp_path / "absent.tandem")]) == 2  # one clear line, not "give both documents"
