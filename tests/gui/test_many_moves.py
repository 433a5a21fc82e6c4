"""Five moves on one screen stay readable: each crosses between the panes in
a lane of its own rather than all at the middle."""
from __future__ import annotations

from desktop.engine.api import document_from_text
from desktop.engine.model import Comparison, Group, Options, Summary
from desktop.gui.compare_view import ComparisonView

NAMES = ("Alder", "Birch", "Cedar", "Dogwood", "Elm", "Fir")


def five_moves() -> Comparison:
    texts = [f"{name} trees line the harbour road." for name in NAMES]
    left = document_from_text("\n\n".join(texts), name="a.txt", language="en")
    right = document_from_text("\n\n".join(reversed(texts)), name="b.txt", language="en")
    groups = [Group(0, (0,), (5,), "unchanged", 1.0, "unchanged")]
    groups += [Group(i, (i,), (5 - i,), "moved", 1.0, "unchanged", moved=True) for i in range(1, 6)]
    return Comparison(left, right, Options(), True, 1.0, tuple(groups), Summary(36, 36, 1.0, 0.0, 0.0, moved=5))


def test_five_moves_cross_in_five_lanes(qtbot):
    view = ComparisonView()
    qtbot.addWidget(view)
    view.resize(1100, 1400)
    view.set_comparison(five_moves())
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: not view.measuring(), timeout=5000)
    view.linkmap.grab()
    moved = {gi for gi in range(1, 6)}
    crossings = {}
    for path, gi in view.linkmap._paths:
        if gi in moved:
            crossings[gi] = round(_crossing_x(path))
    assert len(crossings) == 5
    xs = sorted(crossings.values())
    assert min(b - a for a, b in zip(xs, xs[1:])) >= 5, xs  # at least 5 px apart


def _crossing_x(path) -> float:
    """Where the band's upper edge is half way between its two ends in height
    (the steep part of the curve, where bands would pile up)."""
    start, end = path.elementAt(0), path.elementAt(3)  # move-to, then the end of the first cubic
    half = (start.y + end.y) / 2
    points = [path.pointAtPercent(n / 400) for n in range(0, 200)]
    first_edge = [p for p in points if p.x() <= end.x]
    return min(first_edge, key=lambda p: abs(p.y() - half)).x()
