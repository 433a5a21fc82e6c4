"""Calm by default: unchanged text is plain (numbers, names and dates are
coloured only when the reader asks, from the View menu), and the connectors
say by their colour whether a passage was edited, moved or split, readably
in the light and the dark theme."""
from __future__ import annotations

import pytest

from desktop.engine.api import document_from_text
from desktop.engine.model import Comparison, Group, Options, Summary
from desktop.gui.compare_view import ComparisonView
from desktop.gui.layout import LEFT
from desktop.gui.linkmap import connector_kind
from desktop.gui.settings import Settings
from desktop.gui.theme import DARK, LIGHT

from .fakes import example_comparison, show

BUSY = "On 3 March 2024, Coastal Watch said 14 towns in Denmark face “serious” floods."


def busy_unchanged() -> Comparison:
    left = document_from_text(BUSY, name="a.txt", language="en")
    right = document_from_text(BUSY, name="b.txt", language="en")
    return Comparison(left, right, Options(), True, 1.0, (Group(0, (0,), (0,), "unchanged", 1.0, "unchanged"),),
                      Summary(14, 14, 1.0, 0.0, 0.0, {"unchanged": 1}))


def foregrounds(view, side: int, pid: int) -> set[str]:
    layout = view.renderer.layout(side, pid)
    return {r.format.foreground().color().name() for r in layout.formats()
            if r.format.hasProperty(r.format.Property.ForegroundBrush)}



def test_unchanged_text_is_plain_by_default(window, qtbot):
    assert Settings().highlight_entities is False
    assert not window.actions_.highlight_entities.isChecked()
    view = show(window, qtbot, busy_unchanged())
    assert foregrounds(view, LEFT, 0) == {view.colours.text.name()}


def test_entity_colouring_is_an_option_in_the_view_menu(window, qtbot):
    view = show(window, qtbot, busy_unchanged())
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    assert window.actions_.highlight_entities in view_menu.actions()
    window.actions_.highlight_entities.trigger()
    assert window.settings.highlight_entities
    coloured = foregrounds(view, LEFT, 0) - {view.colours.text.name()}
    assert coloured, "numbers, names and dates are coloured once asked for"
    window.actions_.highlight_entities.trigger()
    assert foregrounds(view, LEFT, 0) == {view.colours.text.name()}


def test_connector_kinds_of_the_example():
    groups = example_comparison().groups
    assert connector_kind(groups[8]) == "moved"
    assert connector_kind(groups[3]) == "split"  # one paragraph became two
    assert connector_kind(groups[5]) == "edited"
    assert connector_kind(groups[4]) == "omitted" and connector_kind(groups[10]) == "added"


def _luminance(colour) -> float:
    def channel(v: int) -> float:
        v = v / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green()) + 0.0722 * channel(colour.blue())


def _contrast(a, b) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@pytest.mark.parametrize("colours", [LIGHT, DARK], ids=["light", "dark"])
def test_connector_colours_differ_by_kind_and_read_on_the_paper(colours):
    kinds = ("edited", "moved", "split")
    names = {colours.for_link(k).name() for k in kinds}
    assert len(names) == 3
    for kind in kinds:
        assert _contrast(colours.for_link(kind), colours.paper) >= 3.0, kind  # WCAG for graphics


def test_connectors_are_painted_in_their_kind_colour(qtbot):
    view = ComparisonView()
    qtbot.addWidget(view)
    view.resize(1200, 900)
    view.set_comparison(example_comparison())
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: not view.measuring(), timeout=5000)
    image = view.linkmap.grab().toImage()
    pixels = {image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())}
    for kind in ("edited", "moved", "split"):
        assert view.colours.for_link(kind).name() in pixels, kind


def test_a_rewritten_passage_is_tinted_not_underlined_word_by_word(qtbot):
    view = ComparisonView()
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.set_comparison(example_comparison())  # passages 0 and 1 are rewritten
    layout = view.renderer.layout(LEFT, 1)
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextCharFormat

    formats = [QTextCharFormat(r.format) for r in layout.formats()]  # copies outlive the ranges
    marks = [f for f in formats if f.background().style() != Qt.BrushStyle.NoBrush]
    assert marks, "the rewritten passage's changes are still tinted"
    for fmt in marks:
        assert not fmt.fontUnderline() and not fmt.fontStrikeOut()
        waves = (fmt.UnderlineStyle.NoUnderline, fmt.UnderlineStyle.WaveUnderline)  # drift keeps its wave
        assert fmt.underlineStyle() in waves
