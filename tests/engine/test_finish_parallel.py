"""The last stage on two cores: the helper process makes groups from the
back of a long pair while this process makes them from the front. A group
is the same whichever process made it, and a helper that cannot start, or
is cancelled, costs time only."""
from __future__ import annotations

import pytest

from desktop.bench.generate import make_generated
from desktop.engine import finish, helper_process
from desktop.engine.api import compare_documents, document_from_text
from desktop.engine.errors import Cancelled
from desktop.engine.model import Options
from desktop.engine.progress import CancelToken, Deadline, Progress


@pytest.fixture(scope="module")
def pair():
    generated = make_generated(120, seed=3, edit_all=True)
    return document_from_text(generated.left, name="left"), document_from_text(generated.right, name="right")


@pytest.fixture
def low_bar(monkeypatch):
    monkeypatch.setattr(finish, "PARALLEL_AT", 20)
    monkeypatch.setattr(finish, "CHUNK", 8)
    monkeypatch.setattr(helper_process, "PARALLEL_AT", 20)
    monkeypatch.setattr(helper_process, "_DISABLED", False)
    yield
    helper_process.abandon()


def _drafts(comparison):
    return [finish.Draft(g.left, g.right, g.similarity, g.moved) for g in comparison.groups]


def test_groups_the_helper_makes_are_the_ones_made_here(pair, low_bar):
    left, right = pair
    assert helper_process.wanted(100) or pytest.skip("one core: no helper here")
    drafts = _drafts(compare_documents(left, right))
    futures = finish._submit(drafts, left, right, Options(), Deadline(None), False)
    assert len(futures) == (len(drafts) + 7) // 8
    names = finish.DocumentNames(left, right)
    for number, future in futures.items():
        here = [finish._group(number * 8 + k, d, left, right, Options(), Deadline(None), names)
                for k, d in enumerate(drafts[number * 8:number * 8 + 8])]
        assert future.result(timeout=120) == here


def test_a_comparison_with_the_helper_is_the_comparison_without(pair, low_bar, monkeypatch):
    left, right = pair
    helped = compare_documents(left, right)
    monkeypatch.setattr(helper_process, "_DISABLED", True)
    alone = compare_documents(left, right)
    assert helped.groups == alone.groups


def test_a_helper_that_cannot_start_costs_time_only(pair, low_bar, monkeypatch):
    left, right = pair
    expected = compare_documents(left, right).groups
    helper_process.abandon()

    def refuse(*args, **kwargs):
        raise OSError("no more processes")

    monkeypatch.setattr(helper_process, "ProcessPoolExecutor", refuse)
    assert compare_documents(left, right).groups == expected
    assert helper_process._DISABLED


def test_cancelling_while_the_helper_works_stops_it(pair, low_bar):
    left, right = pair
    assert helper_process.wanted(100) or pytest.skip("one core: no helper here")
    drafts = _drafts(compare_documents(left, right))
    token = CancelToken()

    def cancel_at_once(stage, fraction):
        token.cancel()  # seen at the next report or while waiting for the helper

    with pytest.raises(Cancelled):
        finish.finish(drafts * 3, left, right, Options(), Progress(cancel_at_once, token), Deadline(None))
    assert helper_process._EXECUTOR is None  # stopped, not left making groups
