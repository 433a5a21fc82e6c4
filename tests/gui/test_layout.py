"""Rows of the side-by-side view: every paragraph once, each side in its own
order, moves as two rows joined by a link."""
from __future__ import annotations

from dataclasses import replace

from desktop.engine.model import Group
from desktop.gui.layout import LEFT, RIGHT, build_rows, compute_geometry
from desktop.gui.navigation import change_stops, drift_stops, find_matches, find_pattern, next_stop

from .fakes import example_comparison


def _order(rows, side):
    return [pid for row in rows.rows for pid in row.pids(side)]


def test_every_paragraph_appears_once_in_document_order():
    comparison = example_comparison()
    rows = build_rows(comparison)
    assert _order(rows, LEFT) == list(range(len(comparison.left.paragraphs)))
    assert _order(rows, RIGHT) == list(range(len(comparison.right.paragraphs)))


def test_moved_group_gets_a_row_on_each_side():
    comparison = example_comparison()
    rows = build_rows(comparison)
    moved = 8
    assert len(rows.rows_of_group[moved]) == 2
    left_row, right_row = (rows.rows[i] for i in rows.rows_of_group[moved])
    assert {bool(left_row.left), bool(right_row.left)} == {True, False}


def test_split_far_apart_shows_each_part_at_its_place():
    rows = build_rows(example_comparison())
    parts = [rows.rows[i] for i in rows.rows_of_group[3]]
    assert [p.right for p in parts] == [(4,), (7,)]
    assert parts[0].left == (3,) and parts[1].left == ()


def test_linked_groups_in_order_share_a_row():
    comparison = example_comparison()
    rows = build_rows(comparison)
    row = rows.rows[rows.row_of[LEFT][6]]
    assert row.right == (6,) and row.shared


def test_out_of_order_group_not_marked_moved_still_placed():
    comparison = example_comparison()
    groups = list(comparison.groups)
    groups[9] = replace(groups[9], right=(1,))  # crosses earlier groups
    groups[1] = replace(groups[1], right=(8,))
    rows = build_rows(replace(comparison, groups=tuple(groups)))
    assert sorted(_order(rows, RIGHT)) == list(range(len(comparison.right.paragraphs)))


def test_unclaimed_paragraphs_are_not_lost():
    comparison = example_comparison()
    groups = tuple(g for g in comparison.groups if g.index != 10)  # drop the added paragraph's group
    rows = build_rows(replace(comparison, groups=groups))
    assert 9 in _order(rows, RIGHT)


def test_geometry_puts_counterparts_on_one_level():
    comparison = example_comparison()
    rows = build_rows(comparison)
    geo = compute_geometry(rows, lambda side, pid: 40.0 + 10 * pid * (side + 1), gap=10, block_gap=6,
                           min_row=30, margin=14)
    for row in rows.rows:
        if row.shared:
            assert geo.blocks[LEFT][row.left[0]][0] == geo.blocks[RIGHT][row.right[0]][0]
    tops = geo.row_top
    assert tops == sorted(tops)
    assert geo.rows_between(0, 1) == range(0, 0)  # only the top margin
    assert geo.rows_between(0, geo.row_top[0] + 1) == range(0, 1)
    assert geo.row_at(geo.total) == len(rows) - 1


def test_change_and_drift_stops_follow_reading_order():
    comparison = example_comparison()
    rows = build_rows(comparison)
    stops = change_stops(comparison, rows)
    assert [s.row for s in stops] == sorted(s.row for s in stops)
    assert len(stops) == sum(1 for g in comparison.groups if g.status != "unchanged")
    drifts = drift_stops(comparison, rows)
    assert len(drifts) == 3
    first = next_stop(drifts, None, 0, True)
    assert first == drifts[0]
    assert next_stop(drifts, drifts[-1], 0, True) is None
    assert next_stop(drifts, drifts[1], 0, False) == drifts[0]


def test_find_matches_in_both_documents():
    comparison = example_comparison()
    rows = build_rows(comparison)
    matches = find_matches(comparison, rows, find_pattern("coastal watch"))
    sides = {m.side for m in matches}
    assert sides == {LEFT, RIGHT}
    assert find_matches(comparison, rows, find_pattern("")) == []
    assert find_matches(comparison, rows, find_pattern("(")) == []  # literal, not a regex


def test_empty_group_is_ignored():
    comparison = example_comparison()
    groups = comparison.groups + (Group(11, (), (), "unchanged", 1.0, "unchanged"),)
    rows = build_rows(replace(comparison, groups=groups))
    assert 11 not in rows.rows_of_group
