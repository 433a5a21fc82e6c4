"""Documents that are not versions of each other are shown side by side,
each in its own order, without links or empty "added"/"omitted" places."""
from __future__ import annotations

from desktop.gui.compare_view import ComparisonView
from desktop.gui.layout import LEFT, RIGHT, build_rows

from .fakes import unrelated_comparison


def test_unrelated_documents_share_rows_in_their_own_order():
    rows = build_rows(unrelated_comparison())
    assert len(rows) == 5  # not 3 + 5 stacked rows
    assert [(r.left, r.right) for r in rows.rows] == [((0,), (0,)), ((1,), (1,)), ((2,), (2,)), ((), (3,)),
                                                      ((), (4,))]
    assert rows.rows[0].left_group == 0 and rows.rows[0].right_group == 3


def test_unrelated_view_draws_no_links_and_no_empty_places(qtbot, monkeypatch):
    view = ComparisonView()
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.set_comparison(unrelated_comparison())
    view.show()
    qtbot.waitExposed(view)
    slots = []
    monkeypatch.setattr(type(view.left_pane), "_slot_label", lambda self, row, other: slots.append(row) or "")
    view.linkmap.grab()
    view.left_pane.grab()
    assert view.linkmap._paths == []
    assert slots == []
    top = view.geometry_.blocks[LEFT][0][0]
    assert top == view.geometry_.blocks[RIGHT][0][0]  # paragraph 1 beside paragraph 1


def test_the_banner_says_how_they_are_shown(qtbot):
    from desktop.gui.comparison_page import ComparisonPage

    page = ComparisonPage()
    qtbot.addWidget(page)
    page.set_comparison(unrelated_comparison())
    text = page.banner.text()
    assert "do not look like versions of the same text" in text
    assert "in its own order, side by side" in text and "guesses" not in text
