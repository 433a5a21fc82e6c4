"""Alignment on documents written for these tests: moves, splits, merges,
omissions, additions, rewrites, and unrelated texts on the same topic."""
from __future__ import annotations

from pathlib import Path

import pytest

from desktop.engine.api import compare_documents, document_from_text, example_paths, load_document
from desktop.engine.model import ADDED, EDITED, IGNORED, MOVED, OMITTED, REWRITTEN, UNCHANGED


def _compare(left_text: str, right_text: str):
    return compare_documents(document_from_text(left_text, name="left"),
                             document_from_text(right_text, name="right"))


def _group_with(comparison, left_start: str = None, right_start: str = None):
    for group in comparison.groups:
        lefts = [comparison.left.paragraphs[i].text for i in group.left]
        rights = [comparison.right.paragraphs[j].text for j in group.right]
        if left_start and not any(t.startswith(left_start) for t in lefts):
            continue
        if right_start and not any(t.startswith(right_start) for t in rights):
            continue
        return group
    raise AssertionError(f"no group with {left_start!r} / {right_start!r}")


@pytest.fixture(scope="module")
def example():
    left, right = example_paths()
    return compare_documents(load_document(left), load_document(right))


def _assert_partition(comparison):
    for side, document in (("left", comparison.left), ("right", comparison.right)):
        ids = sorted(i for g in comparison.groups for i in getattr(g, side))
        assert ids == list(range(len(document.paragraphs))), side


def test_every_paragraph_is_in_exactly_one_group(example):
    _assert_partition(example)


def test_example_moved_merge(example):
    group = _group_with(example, "Coastal Watch interviewed", "Coastal Watch interviewed")
    assert group.status == MOVED and group.moved
    assert len(group.left) == 2 and len(group.right) == 1  # two paragraphs merged into one


def test_example_split_into_paragraphs_that_are_not_adjacent(example):
    group = _group_with(example, '"Communities have long trusted')
    rights = [example.right.paragraphs[j].text for j in group.right]
    assert len(rights) == 2
    assert rights[0].startswith("'Communities") and rights[1].startswith("'Without urgent repairs")
    assert group.right[1] - group.right[0] > 1


def test_example_omitted_added_and_rewritten(example):
    assert _group_with(example, "The report also documents").status == OMITTED
    assert _group_with(example, None, "Coastal Watch is an independent").status == ADDED
    assert _group_with(example, "Ageing sea walls and years").status == REWRITTEN


def test_example_word_changes(example):
    esbjerg = _group_with(example, "In the town of Esbjerg")
    assert esbjerg.status == EDITED
    assert [(c.op, c.left_text, c.right_text) for c in esbjerg.changes] == [("replace", "2022", "2023")]
    title = _group_with(example, '"Holding the Line')
    assert any(c.op == "insert" and "48-page" in c.right_text for c in title.changes)


def test_example_is_related(example):
    assert example.related and example.relatedness > 0.5
    assert example.summary.moved == 1 and example.summary.splits == 1 and example.summary.merges == 1


def test_identical_documents_are_unchanged_everywhere():
    text = Path(example_paths()[0]).read_text(encoding="utf-8")
    comparison = _compare(text, text)
    assert {g.status for g in comparison.groups} == {UNCHANGED}
    assert comparison.summary.retained == 1.0 and comparison.summary.added == 0.0


def test_reformatting_alone_is_unchanged():
    left = "Title of the release\n\n“The walls are old,” said the director — again.\n"
    right = "Title of the release\n\n\"The walls are old,\" said the\ndirector - again.\n"
    comparison = _compare(left, right)
    assert [g.status for g in comparison.groups] == [UNCHANGED, UNCHANGED]


def test_agency_version_abridges_merges_and_repeats_its_headline(fixtures):
    left = load_document(example_paths()[0])
    right = load_document(str(fixtures / "seawall-agency.txt"))
    comparison = compare_documents(left, right)
    _assert_partition(comparison)
    assert comparison.related
    assert right.paragraphs[1].kind == "boilerplate"
    assert comparison.group_of_right(1).status == IGNORED
    lead = _group_with(comparison, "Ageing sea walls and years")
    assert [comparison.right.paragraphs[j].text[:8] for j in lead.right] == ["Hamburg."]
    merged = _group_with(comparison, None, "The report notes that national budgets")
    merged_lefts = {comparison.left.paragraphs[i].text[:20] for i in merged.left}
    assert {"National budgets for", "Coastal Watch interv", '"Governments in the '} <= merged_lefts
    assert _group_with(comparison, "In the town of Esbjerg").status == OMITTED


@pytest.mark.parametrize("name", ["seawall-feature.txt"])
def test_unrelated_article_on_the_same_topic(fixtures, name):
    comparison = compare_documents(load_document(example_paths()[0]),
                                   load_document(str(fixtures / name)))
    assert not comparison.related
    assert comparison.relatedness < 0.1
    assert sum(1 for g in comparison.groups if g.linked) <= 1


def test_moved_paragraph_is_linked_not_deleted_and_inserted():
    paragraphs = [
        "The harbour authority published its annual safety figures on Monday morning.",
        "Inspectors visited forty-two ferries and found faults on nine of them.",
        "Two ferries were taken out of service until their lifeboats are replaced.",
        "The authority plans unannounced inspections from the spring onwards.",
        "Passenger numbers rose by a fifth compared with the previous summer season.",
    ]
    moved = [paragraphs[0], paragraphs[4], paragraphs[1], paragraphs[2], paragraphs[3]]
    comparison = _compare("\n\n".join(paragraphs), "\n\n".join(moved))
    statuses = {comparison.left.paragraphs[g.left[0]].text[:10]: g.status for g in comparison.groups}
    assert statuses["Passenger "] == MOVED
    assert sum(1 for s in statuses.values() if s == MOVED) == 1
    assert not any(g.status in (ADDED, OMITTED) for g in comparison.groups)


def test_split_and_merge_of_adjacent_paragraphs():
    left = ("The council approved the budget after a long debate. The vote was close, with "
            "eleven members in favour and nine against the proposal.\n\n"
            "Schools will receive new funding.\n\nThe mayor thanked the volunteers for their "
            "help during the flood.")
    right = ("The council approved the budget after a long debate.\n\nThe vote was close, with "
             "eleven members in favour and nine against the proposal.\n\nSchools will receive new "
             "funding. The mayor thanked the volunteers for their help during the flood.")
    comparison = _compare(left, right)
    shapes = sorted(g.shape for g in comparison.groups)
    assert shapes == ["merge", "split"]
    assert all(g.status == UNCHANGED for g in comparison.groups)


def test_paragraph_rewritten_into_two_that_stand_together():
    left = ("Storm damage\n\n"
            "The harbour authority closed the northern pier on Monday after the storm tore away "
            "its railings. Inspectors will decide next week whether the old timber can be repaired "
            "or must be replaced before the summer ferries return.\n\n"
            "Fishermen were told to use the southern quay until further notice.")
    right = ("Storm damage\n\n"
             "The harbour authority closed the northern pier on Monday after the storm tore away "
             "its railings.\n\n"
             "Inspectors will decide next week about the old timber, officials said, adding that the "
             "verdict could upset the timetable of island tourism and the council plan for a new café "
             "with music in June.\n\n"
             "Fishermen were told to use the southern quay until further notice.")
    comparison = _compare(left, right)
    group = _group_with(comparison, "The harbour authority")
    assert group.right == (1, 2)


_FORMULAS = [
    "The council meets on the first Monday of every month.",
    "Residents may submit questions in writing beforehand.",
    "Minutes are published on the notice board a week later.",
    "The harbour master reported on the state of the quays.",
    "Members thanked the volunteers of the lifeboat station.",
    "The next meeting will discuss the budget for repairs.",
    "A vote on the ferry timetable was postponed again.",
]


def test_sentences_that_recur_across_paragraphs_link_nothing_on_their_own():
    """Every paragraph is three of seven recurring sentences plus one of its
    own; in the other version each is lightly edited and one is dropped. A
    shared formula must not link two different paragraphs."""
    import itertools

    combos = list(itertools.combinations(range(len(_FORMULAS)), 3))[:12]
    own = [f"Item {n} concerned the {word} at the northern end of the bay."
           for n, word in enumerate("pier slipway lighthouse beacon seawall crane bollards "
                                    "warehouse chandlery boathouse jetty breakwater".split())]
    left = [" ".join([_FORMULAS[a], own[n], _FORMULAS[b], _FORMULAS[c]]) for n, (a, b, c) in enumerate(combos)]
    right = [text.replace("northern end", "north end") for n, text in enumerate(left) if n != 5]
    comparison = _compare("\n\n".join(left), "\n\n".join(right))
    expected = {(i, i if i < 5 else i - 1) for i in range(12) if i != 5}
    found = {(i, j) for g in comparison.groups for i in g.left for j in g.right}
    assert found == expected
    assert comparison.group_of_left(5).status == OMITTED
