"""A run of omitted paragraphs leaves one labelled place opposite it, not a
screen of empty boxes."""
from __future__ import annotations

from desktop.engine.api import document_from_text
from desktop.engine.model import Comparison, Group, Options, Summary
from desktop.gui.compare_view import ComparisonView
from desktop.gui.layout import RIGHT, build_rows
from desktop.gui.slots import slot_run


def four_omitted() -> Comparison:
    texts = [f"Paragraph {word} of the original report stands here." for word in
             ("one", "two", "three", "four", "five", "six")]
    left = document_from_text("\n\n".join(texts), name="a.txt", language="en")
    right = document_from_text("\n\n".join([texts[0], texts[5]]), name="b.txt", language="en")
    groups = (Group(0, (0,), (0,), "unchanged", 1.0, "unchanged"),
              *(Group(i, (i,), (), "omitted", 0.0, "") for i in range(1, 5)),
              Group(5, (5,), (1,), "unchanged", 1.0, "unchanged"))
    return Comparison(left, right, Options(), True, 0.5, groups, Summary(48, 16, 0.33, 0.67, 0.0))


def test_the_run_of_empty_places():
    comparison = four_omitted()
    rows = build_rows(comparison)
    assert slot_run(rows, comparison, RIGHT, 2) == range(1, 5)
    assert slot_run(rows, comparison, RIGHT, 0) == range(0, 1)


def test_four_omitted_paragraphs_leave_one_labelled_place(qtbot, monkeypatch):
    view = ComparisonView()
    qtbot.addWidget(view)
    view.resize(1100, 900)
    view.set_comparison(four_omitted())
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: not view.measuring(), timeout=5000)
    labels = []
    from PySide6.QtGui import QPainter

    original = QPainter.drawText

    def spy(painter, *args):
        if len(args) == 3 and isinstance(args[2], str) and "Omitted" in args[2]:
            labels.append(args[2])
        return original(painter, *args)

    monkeypatch.setattr(QPainter, "drawText", spy)
    view.right_pane.grab()
    assert labels == ["Omitted: 4 paragraphs not in the other version"]
