"""The cases the engine issue names, on the real corpus (skipped without it)."""
from __future__ import annotations

import pytest

from desktop.engine.api import compare_documents, load_document
from desktop.engine.model import ADDED, BOILERPLATE, MOVED, OMITTED

pytestmark = pytest.mark.corpus


@pytest.fixture(scope="module")
def original(request):
    from tests.conftest import CORPUS
    if not (CORPUS / "amnesty-release.txt").exists():
        pytest.skip("../shared/corpus is absent")
    return load_document(str(CORPUS / "amnesty-release.txt"))


def _compare(original, corpus, name):
    return compare_documents(original, load_document(str(corpus / name)))


def _groups_with(comparison, side, needle):
    document = comparison.left if side == "left" else comparison.right
    return [g for g in comparison.groups
            if any(needle in document.paragraphs[i].text for i in getattr(g, side))]


def test_original_has_21_paragraphs_with_the_page_break_mended(original):
    assert len(original.paragraphs) == 21
    assert any("He had lost several jobs" in p.text for p in original.paragraphs)


def test_gaystarnews_moves(original, corpus):
    comparison = _compare(original, corpus, "gaystarnews-version.txt")
    assert comparison.related
    for needle in ("could no longer continue", "wished to remain anonymous", "State authorities in",
                   "second-class rights defenders"):
        [group] = _groups_with(comparison, "left", needle)
        assert group.linked and group.status == MOVED and group.moved, needle


def test_gaystarnews_split_quote_linked_to_both_halves(original, corpus):
    comparison = _compare(original, corpus, "gaystarnews-version.txt")
    [group] = _groups_with(comparison, "left", "have long faced discrimination")
    halves = [comparison.right.paragraphs[j].text for j in group.right]
    assert any(h.startswith("‘LGBTI activists have long faced") for h in halves)
    assert any(h.startswith("‘Now the extent of Russian influence") for h in halves)


def test_gaystarnews_omission_addition_and_change(original, corpus):
    comparison = _compare(original, corpus, "gaystarnews-version.txt")
    [danielyan] = _groups_with(comparison, "left", "Mikayel Danielyan")
    assert danielyan.status == OMITTED
    [caption] = _groups_with(comparison, "right", "walking away from camera")
    assert caption.status == ADDED
    [report] = _groups_with(comparison, "right", "62-page")
    assert report.linked
    assert any("62-page" in c.right_text for c in report.changes)


def test_interfax_lead_merge_omissions_boilerplate(original, corpus):
    comparison = _compare(original, corpus, "interfax-version.txt")
    assert comparison.related
    [lead] = _groups_with(comparison, "right", "Moscow. 22 Dec.")
    assert any("crusade against non-traditional" in comparison.left.paragraphs[i].text
               for i in lead.left)
    [merged] = _groups_with(comparison, "right", "The report notes that governments")
    merged_texts = " ".join(comparison.left.paragraphs[i].text for i in merged.left)
    for needle in ("embarked on a crackdown", "“propaganda”", "amended their Constitutions"):
        assert needle in merged_texts
    assert comparison.summary.omitted > 0.4
    repeats = [p for p in comparison.right.paragraphs if p.kind == BOILERPLATE]
    assert len(repeats) == 1 and repeats[0].id == 1


@pytest.mark.parametrize("name", ["unrelated-opendemocracy.txt", "unrelated-five-aspects.txt"])
def test_unrelated_articles(original, corpus, name):
    comparison = _compare(original, corpus, name)
    assert not comparison.related
    assert sum(1 for g in comparison.groups if g.linked) <= 1


def test_rewritten_halves_stay_with_their_source(original, corpus):
    interfax = _compare(original, corpus, "interfax-version.txt")
    [report] = _groups_with(interfax, "right", "In these four countries")
    assert any("explores the increasingly discriminatory" in interfax.left.paragraphs[i].text for i in report.left)
    gaystar = _compare(original, corpus, "gaystarnews-version.txt")
    [lead] = _groups_with(gaystar, "left", "crusade against non-traditional")
    texts = [gaystar.right.paragraphs[j].text for j in lead.right]
    assert any(t.startswith("LGBTI human rights groups in countries near Russia") for t in texts)
    assert any(t.startswith("A new report published by Amnesty") for t in texts)
