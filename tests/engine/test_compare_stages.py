"""Progress, cancellation and the time budget, and the edges of the input."""
from __future__ import annotations

from dataclasses import replace

import pytest

from desktop.bench.generate import make_generated
from desktop.engine.api import compare_documents, document_from_text
from desktop.engine.errors import Cancelled
from desktop.engine.model import Options
from desktop.engine.progress import CancelToken, Progress


@pytest.fixture(scope="module")
def pair():
    generated = make_generated(300, seed=3)
    return document_from_text(generated.left, language="en"), document_from_text(generated.right, language="en")


def test_progress_reports_stages_in_order(pair):
    seen = []
    compare_documents(*pair, progress=Progress(lambda stage, f: seen.append((stage, f))))
    fractions = [f for _, f in seen]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    stages = [s for s, _ in seen]
    assert stages[0] == "Reading paragraphs" and "Comparing words" in stages


def test_cancel_stops_the_comparison(pair):
    token = CancelToken()

    def cancel_midway(stage, fraction):
        if fraction > 0.3:
            token.cancel()

    with pytest.raises(Cancelled):
        compare_documents(*pair, progress=Progress(cancel_midway, token))


def test_an_exhausted_time_budget_gives_a_coarser_but_complete_answer(pair):
    coarse = compare_documents(*pair, options=replace(Options(), time_budget=1e-9))
    assert coarse.degraded
    for side, document in (("left", coarse.left), ("right", coarse.right)):
        assert sorted(i for g in coarse.groups for i in getattr(g, side)) == list(
            range(len(document.paragraphs)))
    assert any(g.linked for g in coarse.groups)


@pytest.mark.parametrize("left,right", [
    ("One short line", "One short line"),
    ("Page 1", "Page 2"),
    ("Only this.", "Something else entirely, nothing shared."),
    ("A\n\nB\n\nC", "C\n\nB\n\nA"),
])
def test_tiny_and_degenerate_documents(left, right):
    comparison = compare_documents(document_from_text(left, language="en"),
                                   document_from_text(right, language="en"))
    assert sum(len(g.left) for g in comparison.groups) == len(comparison.left.paragraphs)
    assert sum(len(g.right) for g in comparison.groups) == len(comparison.right.paragraphs)


def test_across_languages_past_the_budget_figures_and_names_still_align():
    """Too little time to read every sentence: the translation is aligned on
    its figures and names alone, and the comparison says it was simplified."""
    from pathlib import Path

    from desktop.engine.api import example_paths, load_document

    original = load_document(example_paths()[0])
    translation = load_document(str(Path(__file__).parents[1] / "fixtures" / "translations" / "press-release.ru.txt"))
    coarse = compare_documents(original, translation, options=replace(Options(), time_budget=0.05))
    assert "alignment" in coarse.degraded
    linked = {(g.left, g.right) for g in coarse.groups if g.linked}
    assert ((1,), (1,)) in linked and ((5,), (5,)) in linked  # paragraphs with figures and names
    assert all(left == right for left, right in linked)  # a faithful translation: nothing out of place
