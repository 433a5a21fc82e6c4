"""Shares under 1 % (and over 99 %) reach the reader in the summary bar and
the unrelated banner, not swallowed as rich-text tags."""
from __future__ import annotations

from dataclasses import replace

from desktop.gui.comparison_page import ComparisonPage
from desktop.gui.summary_bar import SummaryBar

from .fakes import plain_comparison


def test_summary_shows_a_share_under_one_percent(qtbot):
    bar = SummaryBar()
    qtbot.addWidget(bar)
    bar.set_comparison(plain_comparison(retained=0.996, omitted=0.004, added=0.003))
    text = bar.plain_text()
    assert ">99% of the original kept" in text
    assert "<1% omitted" in text
    assert "<1% of the other version added" in text
    assert "English → English" in text  # what follows is still there


def test_unrelated_banner_shows_a_share_under_one_percent(qtbot):
    page = ComparisonPage()
    qtbot.addWidget(page)
    comparison = replace(plain_comparison(), related=False, relatedness=0.007)
    page.set_comparison(comparison)
    from PySide6.QtGui import QTextDocumentFragment

    shown = QTextDocumentFragment.fromHtml(page.banner._text.text()).toPlainText()
    assert "only <1% in common" in shown


def test_a_note_on_how_it_was_compared_is_shown(qtbot):
    bar = SummaryBar()
    qtbot.addWidget(bar)
    note = "Swedish is not supported for meaning-level alignment; aligned on names, numbers and shared words."
    bar.set_comparison(replace(plain_comparison(), notes=(note,)))
    assert note in bar.plain_text()
