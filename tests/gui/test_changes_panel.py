"""The list of changes: counts, filters by kind and severity, and selecting
an entry takes the view there."""
from __future__ import annotations

import pytest

from desktop.gui.change_items import build_items, count_by_kind
from desktop.gui.comparison_page import ComparisonPage
from desktop.gui.layout import build_rows

from .fakes import example_comparison


@pytest.fixture
def page(qtbot):
    p = ComparisonPage()
    qtbot.addWidget(p)
    p.resize(1300, 700)
    p.set_comparison(example_comparison())
    p.show()
    qtbot.waitExposed(p)
    return p


def test_items_cover_changed_groups_and_every_drift():
    comparison = example_comparison()
    items = build_items(comparison, build_rows(comparison))
    counts = count_by_kind(items)
    assert counts == {"edited": 7, "omitted": 2, "moved": 1, "added": 1, "drift:title_changed": 1,
                      "drift:date_changed": 1, "drift:number_changed": 1}
    labels = {item.label for item in items}
    assert "Moved · merged and edited" in labels and "Edited · split" in labels


def test_filter_buttons_show_counts_and_hide_kinds(page):
    panel = page.panel
    assert panel._buttons["omitted"].text() == "Omitted 2"
    assert len(panel.visible_items()) == 14
    panel.set_kind_visible("edited", False)
    assert {i.kind for i in panel.visible_items()} == {"omitted", "moved", "added", "drift:title_changed",
                                                       "drift:date_changed", "drift:number_changed"}
    panel.set_kind_visible("edited", True)
    assert len(panel.visible_items()) == 14


def test_severity_filter_applies_to_drift(page):
    panel = page.panel
    panel.set_max_severity(0)  # errors only
    drift = [i for i in panel.visible_items() if i.is_drift]
    assert [d.severity for d in drift] == ["error"]
    panel.set_max_severity(1)
    assert sorted(i.severity for i in panel.visible_items() if i.is_drift) == ["error", "warning"]
    assert any(not i.is_drift for i in panel.visible_items())  # groups are not filtered by severity


def test_choosing_an_entry_scrolls_both_panes_there(page):
    page.resize(1300, 260)
    panel = page.panel
    row = next(r for r, item in enumerate(panel.visible_items()) if item.kind == "added")
    panel.choose_row(row)
    assert page.view.selected == 10
    assert page.view.scroll_y > 0


def test_view_navigation_selects_the_entry(page):
    page.view.go(drift=True, forward=True)
    current = page.panel._list.currentIndex()
    assert current.isValid()
    assert page.panel.visible_items()[current.row()].group == page.view.selected


def test_title_counts(page):
    assert page.panel._title.text() == "11 changes · 3 drift"


def test_summary_bar_says_what_was_kept(page):
    text = page.summary.plain_text()
    assert "78% of the original kept" in text
    assert "22% omitted" in text
    assert "1 moved" in text
    assert "1 error, 1 warning, 1 note" in text
    assert "English → English" in text


def test_unrelated_documents_get_a_banner(page):
    from dataclasses import replace

    page.set_comparison(replace(example_comparison(), related=False, relatedness=0.04))
    assert page.banner.isVisible()
    assert "do not look like versions of the same text" in page.banner.text()
    page.set_comparison(example_comparison())
    assert not page.banner.isVisible()


def test_summary_reads_plain_severity_counts_too(page):
    from dataclasses import replace

    comparison = example_comparison()
    summary = replace(comparison.summary, drift={"error": 2})
    page.summary.set_comparison(replace(comparison, summary=summary))
    assert "2 errors" in page.summary.plain_text()
