"""``tandem A B`` compares the pair in the helper process while the window
starts; the window takes that answer only for the same pair and options,
and anything that went wrong there it finds out again itself."""
from __future__ import annotations

from pathlib import Path

import pytest

from desktop.engine import early, helper_process
from desktop.engine.api import compare_files
from desktop.engine.model import Options
from desktop.engine.progress import Progress

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
LEFT, RIGHT = str(FIXTURES / "seawall-agency.txt"), str(FIXTURES / "seawall-feature.txt")


@pytest.fixture
def helper(monkeypatch):
    monkeypatch.setattr(helper_process, "_DISABLED", False)
    if not helper_process.wanted(helper_process.PARALLEL_AT):
        pytest.skip("one core: no helper here")
    yield
    early._STARTED.clear()
    helper_process.abandon()


def test_the_early_comparison_is_the_one_made_here(helper):
    assert early.start(LEFT, RIGHT)
    taken = early.take(LEFT, RIGHT, Options(), Progress())
    assert taken is not None and taken.groups == compare_files(LEFT, RIGHT).groups
    assert early.take(LEFT, RIGHT, Options(), Progress()) is None  # taken once: a second request compares afresh


def test_other_options_or_another_pair_compare_afresh(helper):
    assert early.start(LEFT, RIGHT)
    assert early.take(RIGHT, LEFT, Options(), Progress()) is None
    assert early.take(LEFT, RIGHT, Options(ignore_case=True), Progress()) is None


def test_a_file_that_cannot_be_read_is_left_to_the_window(helper, tmp_path):
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"\x00\x01\x02" * 100)
    assert early.start(str(broken), RIGHT)
    assert early.take(str(broken), RIGHT, Options(), Progress()) is None


def test_what_the_window_opens_otherwise_is_not_started_early(helper, tmp_path):
    review = tmp_path / "kept.tandem"
    review.write_text("{}", encoding="utf-8")
    assert not early.start(str(review), RIGHT)
    assert not early.start(LEFT, LEFT)
    assert not early.start("-", RIGHT)
    assert not early._STARTED
