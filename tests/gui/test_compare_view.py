"""The side-by-side view with a hand-built comparison (which has drift):
what it paints, where it scrolls, what its tooltips say."""
from __future__ import annotations

import time
from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QTextCharFormat

from desktop.engine.api import document_from_text
from desktop.engine.model import Change, Comparison, Group, Summary
from desktop.gui.compare_view import ComparisonView
from desktop.gui.layout import LEFT, RIGHT
from desktop.gui.render import PAD_X, PAD_Y

from .fakes import example_comparison


@pytest.fixture
def view(qtbot):
    v = ComparisonView()
    qtbot.addWidget(v)
    v.resize(1200, 700)
    v.set_comparison(example_comparison())
    v.show()
    qtbot.waitExposed(v)
    qtbot.waitUntil(lambda: not v.measuring(), timeout=5000)
    return v


def formats_of(view, side, pid):
    layout = view.renderer.layout(side, pid)
    ranges = layout.formats()
    return [(r.start, r.start + r.length, QTextCharFormat(r.format)) for r in ranges]  # copies outlive ranges


def covering(view, side, pid, word):
    text = view.renderer.paragraph(side, pid).text
    start = text.index(word)
    return [f for s, e, f in formats_of(view, side, pid) if s <= start and e >= start + len(word)]


def test_deleted_words_are_struck_through_and_inserted_underlined(view):
    left = covering(view, LEFT, 5, "must now")
    right = covering(view, RIGHT, 5, "may soon have to")
    assert any(f.fontStrikeOut() for f in left)
    assert any(f.fontUnderline() and not f.fontStrikeOut() for f in right)


def test_drift_has_a_wavy_underline_and_a_tooltip(view, qtbot):
    formats = covering(view, LEFT, 6, "2022")
    assert any(f.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline for f in formats)
    view.scroll_to_group(6)
    pane = view.left_pane
    y, _h = view.geometry_.blocks[LEFT][6]
    layout = view.renderer.layout(LEFT, 6)
    text = view.renderer.paragraph(LEFT, 6).text
    index = text.index("2022")
    line = layout.lineForTextPosition(index)
    x = line.cursorToX(index + 1)
    x = x[0] if isinstance(x, tuple) else x
    point = QPointF(pane.block_x() + PAD_X + x, y - view.scroll_y + PAD_Y + line.y() + line.height() / 2)
    assert "The date changed from 2022 to 2023" in pane._tooltip(point)


def test_prose_tokens_are_styled_when_asked_for(view):
    text = view.colours.text
    plain = covering(view, LEFT, 5, "18 percent")
    assert all(f.foreground().color() == text for f in plain if f.foreground().style() != Qt.BrushStyle.NoBrush)
    view.set_entities(True)  # View › Colour Numbers, Names and Dates
    assert any(f.foreground().color() != text and f.fontUnderline() is False
               for f in covering(view, LEFT, 5, "18 percent"))


def test_next_and_previous_change(view):
    stops = view._changes
    assert view.go(drift=False, forward=True)
    assert view.selected == stops[0].group
    assert view.go(drift=False, forward=True)
    assert view.selected == stops[1].group
    assert view.go(drift=False, forward=False)
    assert view.selected == stops[0].group


def test_next_drift_visits_every_drift_item(view):
    seen = []
    while view.go(drift=True, forward=True):
        seen.append((view.selected, view._current_stop.drift))
    assert sorted(seen) == [(1, 0), (3, 0), (6, 0)]


def test_selecting_scrolls_the_group_into_view(view):
    view.resize(1200, 300)
    view.select_group(10)  # the added paragraph, last
    span = view.geometry_.span(RIGHT, (9,))
    assert view.scroll_y <= span[0] and span[1] <= view.scroll_y + view.viewport_height + 1


def test_find_counts_and_steps_through_matches(view):
    counts = []
    view.find_changed.connect(lambda current, total: counts.append((current, total)))
    view.set_find("Coastal Watch")
    assert counts[-1][1] == len(view.matches) >= 5
    assert view.find_next()
    assert counts[-1][0] == 1
    view.find_next(forward=False)
    assert counts[-1][0] == len(view.matches)  # wraps around
    view.set_find("")
    assert view.matches == []


def test_zoom_keeps_the_reading_place(view):
    view.resize(1200, 300)
    view.scroll_to_group(6)
    row = view.geometry_.row_at(view.scroll_y)
    before = view.renderer.font.pointSizeF()
    view.set_zoom(3)
    assert view.renderer.font.pointSizeF() > before
    assert abs(view.geometry_.row_at(view.scroll_y) - row) <= 1


def test_clicking_a_moved_link_jumps_to_the_other_end(view, qtbot):
    view.resize(1200, 260)
    rows = view.rows.rows_of_group[8]
    right_row = next(r for r in rows if view.rows.rows[r].right)
    left_row = next(r for r in rows if view.rows.rows[r].left)
    view.scroll_to_group(8, side=RIGHT)
    view.linkmap.repaint()
    y = view.geometry_.row_top[right_row] - view.scroll_y + 5
    point = QPoint(view.linkmap.width() - 3, int(y))
    assert view.linkmap.group_at(QPointF(point)) == 8
    qtbot.mouseClick(view.linkmap, Qt.MouseButton.LeftButton, pos=point)
    assert view.selected == 8
    top = view.geometry_.row_top[left_row]
    assert view.scroll_y <= top <= view.scroll_y + view.viewport_height


def test_overview_click_scrolls(view, qtbot):
    view.resize(1200, 250)
    strip = view.overview
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=QPoint(5, strip.height() - 2))
    assert view.scroll_y == view.scrollbar.maximum() > 0


def test_clicking_a_paragraph_selects_its_group(view, qtbot):
    y, h = view.geometry_.blocks[RIGHT][1]
    qtbot.mouseClick(view.right_pane, Qt.MouseButton.LeftButton,
                     pos=QPoint(int(view.right_pane.block_x() + 30), int(y - view.scroll_y + h / 2)))
    assert view.selected == 1


def test_slots_are_labelled(view):
    rows = view.rows
    omitted_row = rows.rows[rows.row_of[LEFT][4]]
    assert view.right_pane._slot_label(omitted_row, view.comparison.groups[4]).startswith("Omitted")
    added_row = rows.rows[rows.row_of[RIGHT][9]]
    assert view.left_pane._slot_label(added_row, view.comparison.groups[10]).startswith("Added")
    moved_row = rows.rows[rows.row_of[RIGHT][2]]
    assert "Moved here" in view.left_pane._slot_label(moved_row, view.comparison.groups[8])


def test_keyboard_scrolls(view, qtbot):
    view.resize(1200, 250)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert view.scroll_y > 0
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert view.scroll_y == view.scrollbar.maximum()
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.scroll_y == 0


def test_reading_place_survives_a_recompare(view):
    view.resize(1200, 250)
    view.scroll_to_group(6)
    top_pid = view._top_left_paragraph()
    view.set_comparison(replace(example_comparison(), options=replace(view.comparison.options, ignore_case=True)))
    assert view._top_left_paragraph() == top_pid


def big_comparison(n: int) -> Comparison:
    sentence = ("Paragraph {i}: the council said on Tuesday that 14 harbour towns and 212 kilometres of "
                "sea walls need urgent repair, according to Coastal Watch. ")
    left = document_from_text("\n\n".join(sentence.format(i=i) * 2 for i in range(n)), name="left.txt")
    right = document_from_text("\n\n".join(sentence.format(i=i) * 2 for i in range(n)), name="right.txt")
    groups = []
    for i in range(n):
        changes = ()
        if i % 7 == 0:
            changes = (Change("replace", i, i, (0, 9), (0, 9), "Paragraph", "Paragraph"),)
        groups.append(Group(i, (i,), (i,), "edited" if changes else "unchanged", 0.9, "edited", changes=changes))
    summary = Summary(1, 1, 1.0, 0.0, 0.0)
    return Comparison(left, right, example_comparison().options, True, 1.0, tuple(groups), summary)


def test_long_documents_paint_at_once_and_measure_in_the_background(qtbot):
    comparison = big_comparison(2000)
    v = ComparisonView()
    qtbot.addWidget(v)
    v.resize(1200, 700)
    v.show()
    qtbot.waitExposed(v)
    started = time.perf_counter()
    v.set_comparison(comparison)
    v.repaint()
    elapsed = time.perf_counter() - started
    assert elapsed < 1.0, f"first paint took {elapsed:.2f}s"
    assert v.measuring()  # the rest is measured in idle time
    qtbot.waitUntil(lambda: not v.measuring(), timeout=20000)
    v.scroll_to_group(1999)
    assert v.scroll_y > 0


def test_plain_measurement_equals_the_formatted_layout(view):
    """Heights measured without formats (idle work) must match painting."""
    renderer = view.renderer
    for side, doc in ((LEFT, view.comparison.left), (RIGHT, view.comparison.right)):
        for para in doc.paragraphs:
            renderer._heights.pop((side, para.id), None)
            plain = renderer.measure(side, para.id)
            renderer._heights.pop((side, para.id), None)
            renderer._layouts.pop((side, para.id), None)
            renderer.layout(side, para.id)
            assert renderer._heights[(side, para.id)] == plain, para.text[:40]


def test_selection_is_described_for_screen_readers(view):
    view.select_group(6)
    description = view.accessibleDescription()
    assert description.startswith("Edited.")
    assert "2022" in description and "2023" in description
    assert "The date changed from 2022 to 2023." in description
