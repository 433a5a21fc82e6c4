"""The drift the drift issue names on the corpus, and no more noise than a
translator would put up with (skipped without the corpus)."""
from __future__ import annotations

import pytest

from desktop.engine.api import compare_documents, load_document

pytestmark = pytest.mark.corpus


@pytest.fixture(scope="module")
def comparisons():
    from tests.conftest import CORPUS
    if not (CORPUS / "amnesty-release.txt").exists():
        pytest.skip("../shared/corpus is absent")
    original = load_document(str(CORPUS / "amnesty-release.txt"))
    return {name: compare_documents(original, load_document(str(CORPUS / f"{name}-version.txt")))
            for name in ("interfax", "gaystarnews")}


def _drift(comparison):
    return [d for g in comparison.groups for d in g.drift]


def _has(items, kind, *words):
    return any(d.kind == kind and all(w in d.message for w in words) for d in items)


def test_interfax_drift(comparisons):
    items = _drift(comparisons["interfax"])
    assert _has(items, "title", "Less equal", "Less than equal")
    assert _has(items, "title", "Deputy Director for Europe and Central Asia", "Deputy Director of programmes")
    assert _has(items, "claim", "negation was added", "not the first")
    assert _has(items, "name", "LGBTI rights", "gay rights")
    assert _has(items, "dateline", "Moscow. 22 Dec.")
    assert _has(items, "attribution", "press service")


def test_gaystarnews_drift(comparisons):
    items = _drift(comparisons["gaystarnews"])
    assert _has(items, "date", "2016", "last year")
    assert _has(items, "date", "2015", "2016", "dropped")
    assert _has(items, "number", "62", "added")
    assert _has(items, "sentence", "dropped", "May 2015")


@pytest.mark.parametrize("name,at_most", [("interfax", 25), ("gaystarnews", 20)])
def test_flags_stay_few_and_errors_are_real(comparisons, name, at_most):
    items = _drift(comparisons[name])
    assert len(items) <= at_most
    errors = [d.message for d in items if d.severity == "error"]
    assert len(errors) <= 3, errors


def test_unchanged_groups_have_no_drift(comparisons):
    for comparison in comparisons.values():
        assert all(not g.drift for g in comparison.groups if g.edit == "unchanged")
