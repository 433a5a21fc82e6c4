"""What the panes paint as text: the body colour comes from the theme on
both sides, whatever was painted before it."""
from __future__ import annotations

from collections import Counter

import pytest

from desktop.gui.compare_view import ComparisonView
from desktop.gui.layout import LEFT, RIGHT

from .fakes import plain_comparison


@pytest.fixture(params=["light", "dark"])
def theme(request, qapp):
    from PySide6.QtGui import QPalette

    from desktop.gui.theme import _dark_palette, _light_palette

    before = QPalette(qapp.palette())
    qapp.setPalette(_dark_palette() if request.param == "dark" else _light_palette())
    yield request.param
    qapp.setPalette(before)


@pytest.fixture
def view(qtbot, theme):
    v = ComparisonView()
    qtbot.addWidget(v)
    v.resize(1100, 600)
    v.set_comparison(plain_comparison())
    v.show()
    qtbot.waitExposed(v)
    qtbot.waitUntil(lambda: not v.measuring(), timeout=5000)
    return v


def ink(view, side: int, pid: int) -> tuple[int, int, int]:
    """The commonest colour of the pixels that are clearly not paper inside a
    paragraph's block: the colour its glyphs are drawn in."""
    pane = view.left_pane if side == LEFT else view.right_pane
    image = pane.grab().toImage()
    y, h = view.geometry_.blocks[side][pid]
    x0 = int(pane.block_x()) + 8
    top = int(y - view.scroll_y) + 3
    paper = view.colours.paper.lightness()
    counts = Counter()
    for x in range(x0, x0 + int(view.renderer.width) - 16):
        for yy in range(top, top + int(h) - 6):
            colour = image.pixelColor(x, yy)
            if abs(colour.lightness() - paper) > 120:
                counts[(colour.red(), colour.green(), colour.blue())] += 1
    assert counts, "no text painted"
    return counts.most_common(1)[0][0]


def test_identical_sentences_have_the_theme_text_colour_on_both_sides(view):
    text = view.colours.text
    expected = (text.red(), text.green(), text.blue())
    # left pid 2 and right pid 1 are the same sentence; the right one is
    # painted after the omitted slot, whose label uses the muted pen
    assert ink(view, LEFT, 0) == ink(view, RIGHT, 0) == expected
    assert ink(view, LEFT, 2) == ink(view, RIGHT, 1) == expected
    assert ink(view, LEFT, 3) == ink(view, RIGHT, 2) == expected


def test_body_format_names_the_theme_text_colour(view):
    layout = view.renderer.layout(RIGHT, 1)
    text_length = len(view.renderer.paragraph(RIGHT, 1).text)
    whole = [r for r in layout.formats() if r.start == 0 and r.length == text_length]
    assert any(r.format.foreground().color() == view.colours.text for r in whole)
