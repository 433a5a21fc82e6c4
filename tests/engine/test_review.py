"""Decisions, stable item ids, manual corrections, the project file and the
autosave."""
import json
import os
import shutil
from pathlib import Path

import pytest

from desktop.engine import autosave, manual
from desktop.engine.api import compare_documents, compare_files, example_paths, load_document
from desktop.engine.model import ManualAlignment, Options
from desktop.engine.project import FORMAT, load_project, save_project
from desktop.engine.restore import restore_project
from desktop.engine.review import Decision, Review, applicable, decision_counts, review_items


@pytest.fixture(scope="module")
def example():
    left, right = example_paths()
    return load_document(left), load_document(right)


@pytest.fixture(scope="module")
def comparison(example):
    return compare_documents(*example)


@pytest.fixture
def copies(tmp_path):
    """The example pair copied to a temporary folder (tests may change them)."""
    left, right = example_paths()
    return shutil.copy(left, tmp_path / "original.txt"), shutil.copy(right, tmp_path / "other.txt")


def test_every_change_and_drift_item_is_listed_once(comparison):
    items = review_items(comparison)
    changes = [g for g in comparison.groups if g.status not in ("unchanged", "boilerplate")]
    assert len(items) == len(changes) + sum(len(g.drift) for g in comparison.groups)
    assert len({item.id for item in items}) == len(items)


def test_ids_survive_rerunning_with_other_options_and_links(example, comparison):
    before = {item.id for item in review_items(comparison)}
    assert {item.id for item in review_items(compare_documents(*example))} == before
    again = {item.id for item in review_items(compare_documents(*example, Options(ignore_case=True)))}
    assert len(before & again) >= len(before) - 3, "case-only differences may go; the rest keep their ids"
    moved = compare_documents(*example, manual=ManualAlignment(moved=(5,)))
    group = moved.group_of_left(5)
    change_ids = {i.id for i in review_items(moved) if i.group == group.index and not i.is_drift}
    assert change_ids & before, "marking a pair moved keeps the decision on its change"


def test_decisions_replace_and_clear():
    review = Review().with_decision(Decision("a", "flagged", "wrong year"))
    review = review.with_decision(Decision("a", "accepted"))
    assert review.decision("a") == Decision("a", "accepted", "")
    assert not review.with_decision(Decision("a")).decisions


def test_counts_by_state(comparison):
    items = review_items(comparison)
    review = Review().with_decision(Decision(items[0].id, "accepted")).with_decision(Decision(items[1].id, "queried"))
    counts = decision_counts(review, items)
    assert counts == {"accepted": 1, "flagged": 0, "queried": 1, "": len(items) - 2}


def test_link_unlink_and_move_edit_the_manual_alignment(example, comparison):
    omitted = next(g for g in comparison.groups if g.status == "omitted")
    linked = manual.link(ManualAlignment(), omitted.left, (0,))
    result = compare_documents(*example, manual=linked)
    assert result.group_of_left(omitted.left[0]).right == (0,)
    group = result.group_of_left(omitted.left[0])
    unlinked = manual.unlink(linked, group)
    assert not unlinked.links and (omitted.left[0], 0) in unlinked.unlinks
    assert compare_documents(*example, manual=unlinked).group_of_left(omitted.left[0]).right != (0,)
    edited = next(g for g in comparison.groups if g.status == "edited")
    marked = manual.set_moved(ManualAlignment(), edited)
    assert manual.is_marked_moved(marked, edited)
    assert compare_documents(*example, manual=marked).group_of_left(edited.left[0]).status == "moved"
    assert not manual.set_moved(marked, edited, False).moved


def test_project_round_trip(tmp_path, copies):
    left, right = copies
    comparison = compare_files(left, right, Options(ignore_case=True))
    items = review_items(comparison)
    omitted = next(g for g in comparison.groups if g.status == "omitted")
    review = Review(manual=ManualAlignment(unlinks=((6, 6),), moved=(omitted.left[0],)))
    review = review.with_decision(Decision(items[0].id, "flagged", "Headline «changed» — check"))
    path = tmp_path / "review.tandem"
    save_project(str(path), comparison, review)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == FORMAT and data["documents"]["left"]["sha256"] == comparison.left.sha256
    project = load_project(str(path))
    assert project.options.ignore_case and project.review == review
    restored = restore_project(project)
    assert restored.review == review and not restored.changed and restored.notice() == ""
    assert restored.comparison.options.ignore_case


def test_reopening_after_a_document_changed_keeps_what_still_applies(tmp_path, copies):
    left, right = copies
    comparison = compare_files(left, right)
    items = review_items(comparison)
    kept_item = next(i for i in items if i.left_text.startswith("National budgets") and not i.is_drift)
    lost_item = next(i for i in items if i.kind == "date" and "2023" in i.right_text)
    second = comparison.groups[1]  # the first body paragraph, unchanged by the edit below
    pair = (second.left[0], second.right[0])
    review = (Review(manual=ManualAlignment(unlinks=(pair,)))
              .with_decision(Decision(kept_item.id, "accepted"))
              .with_decision(Decision(lost_item.id, "flagged", "year is wrong")))
    path = tmp_path / "review.tandem"
    save_project(str(path), comparison, review)
    # the agency fixes the year, and inserts a paragraph at the top: ids shift by one
    text = Path(right).read_text(encoding="utf-8").replace("January 2023", "January 2022")
    head, rest = text.split("\n\n", 1)
    with open(right, "w", encoding="utf-8") as stream:
        stream.write(head + "\n\nAn editor's note added on top.\n\n" + rest)
    restored = restore_project(load_project(str(path)))
    assert restored.changed == ("right",)
    ids = {d.item_id for d in restored.review.decisions}
    assert kept_item.id in ids and lost_item.id not in ids
    assert restored.review.manual.unlinks == ((pair[0], pair[1] + 1),), "the unlink follows its paragraph"
    assert "changed since" in restored.notice() and "no longer" in restored.notice()


def test_saving_never_touches_the_documents(tmp_path, copies):
    left, right = copies
    before = [os.stat(p).st_mtime_ns for p in (left, right)], [Path(p).read_bytes() for p in (left, right)]
    comparison = compare_files(left, right)
    save_project(str(tmp_path / "r.tandem"), comparison, Review())
    after = [os.stat(p).st_mtime_ns for p in (left, right)], [Path(p).read_bytes() for p in (left, right)]
    assert before == after
    assert sorted(os.listdir(tmp_path)) == ["original.txt", "other.txt", "r.tandem"], "no temporary file left"


def test_a_damaged_project_is_one_clear_error(tmp_path):
    from desktop.engine.errors import InputError

    bad = tmp_path / "bad.tandem"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match="not a Tandem project"):
        load_project(str(bad))
    bad.write_text(json.dumps({"format": FORMAT}), encoding="utf-8")
    with pytest.raises(InputError, match="damaged"):
        load_project(str(bad))


def test_autosave_recovery_cycle(tmp_path, monkeypatch, comparison):
    monkeypatch.setenv(autosave.DATA_DIR_ENV, str(tmp_path / "data"))
    assert autosave.needs_recovery() is None
    item = review_items(comparison)[0]
    review = Review().with_decision(Decision(item.id, "queried", "ask the desk"))
    path = autosave.write_autosave(comparison, review, project_path="/somewhere/r.tandem")
    assert path.startswith(str(tmp_path))
    found = autosave.needs_recovery()
    assert found is not None and found.project.review == review and found.project_path == "/somewhere/r.tandem"
    autosave.write_autosave(comparison, review, clean=True)
    assert autosave.needs_recovery() is None, "a clean exit is not offered for recovery"
    autosave.discard_autosave()
    assert not os.path.exists(path)


def test_applicable_drops_unknown_ids(comparison):
    review = Review().with_decision(Decision("gone", "flagged"))
    kept, dropped = applicable(review, comparison)
    assert not kept.decisions and dropped[0].item_id == "gone"
