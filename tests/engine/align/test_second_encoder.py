"""The second encoder (multilingual-e5-small) reads the languages the main
one does not know (Czech, Norwegian, Ukrainian …): a faithful translation
with a paragraph moved is aligned by meaning, move included (names and
numbers alone lose the moved paragraph in five of these nine); an article
on another subject, short or long, stays unrelated."""
from __future__ import annotations

import os

import numpy as np
import pytest

from desktop.engine import e5, encoder
from desktop.engine.align.pipeline import plan
from desktop.engine.api import compare_documents, document_from_text
from desktop.engine.sentences import sentences

pytestmark = pytest.mark.skipif(not (e5.available() and encoder.available()), reason="an encoder is not installed")

RELEASES = os.path.join(os.path.dirname(__file__), "..", "..", "fixtures", "releases")
ONLY_THE_SECOND = ("cs", "no", "uk")

# An article on another subject, written for this test.
UNRELATED = {
    "cs": "Vesnice Dolní Lhota slavila o víkendu pouť\n\n"
          "Na návsi hrála dechovka a místní hasiči připravili soutěž v požárním útoku pro děti.\n\n"
          "Starostka Jana Nováková poděkovala dobrovolníkům, kteří napekli přes tři sta koláčů.",
    "no": "Skolekorpset i Lillevik feiret hundre år\n\n"
          "Over tre hundre tidligere medlemmer kom tilbake for å spille en konsert i idrettshallen.\n\n"
          "Dirigenten Kari Lunde sa at korpset fortsatt trenger flere trompetister.",
}


def _text(release: str, language: str) -> str:
    with open(os.path.join(RELEASES, release, f"{language}.txt"), encoding="utf-8") as handle:
        return handle.read()


def test_the_plan_reads_meaning_with_the_second_encoder_and_says_so():
    the_plan = plan("en", "cs")
    assert the_plan.by_meaning and the_plan.second_encoder and the_plan.cognates
    assert the_plan.notes == ("Czech is not known to the main encoder; aligned by meaning with a smaller one "
                              "(multilingual-e5-small), and on names and numbers.",)
    assert not plan("en", "fr").second_encoder


def test_a_document_s_vectors_are_unit_and_a_text_s_raw_vector_is_the_same_alone_or_in_a_batch():
    texts = ["Povodně zasáhly tři okresy.", "Banka zvýšila sazbu.", "Firma zvýšila tržby o 12 %."]
    vectors = e5.document_vectors(texts)
    assert vectors.shape == (3, e5.DIMENSIONS)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    e5._CACHE.clear()
    alone = e5.raw_vectors(texts[1:2])
    e5._CACHE.clear()
    assert np.array_equal(alone[0], e5.raw_vectors(texts)[1])


@pytest.mark.parametrize("release", sorted(os.listdir(RELEASES)))
@pytest.mark.parametrize("language", ONLY_THE_SECOND)
def test_a_moved_paragraph_of_a_faithful_translation_is_found_by_meaning(release, language):
    paragraphs = _text(release, language).split("\n\n")
    order = [0, len(paragraphs) - 1] + list(range(1, len(paragraphs) - 1))  # the last paragraph moved up
    other = "\n\n".join(paragraphs[k] for k in order)
    comparison = compare_documents(document_from_text(_text(release, "en"), language="en"),
                                   document_from_text(other, language=language))
    linked = sorted((g.left, g.right) for g in comparison.groups if g.linked)
    assert linked == sorted(((k,), (at,)) for at, k in enumerate(order))
    assert comparison.related


@pytest.mark.parametrize("release", sorted(os.listdir(RELEASES)))
@pytest.mark.parametrize("language", sorted(UNRELATED))
def test_a_short_article_on_another_subject_is_not_taken_for_a_translation(release, language):
    comparison = compare_documents(document_from_text(_text(release, "en"), language="en"),
                                   document_from_text(UNRELATED[language], language=language))
    assert not comparison.related


@pytest.mark.parametrize("language", ONLY_THE_SECOND)
def test_another_release_is_not_taken_for_a_translation(language):
    releases = sorted(os.listdir(RELEASES))
    related = [(a, b) for a in releases for b in releases if a != b and compare_documents(
        document_from_text(_text(a, "en"), language="en"),
        document_from_text(_text(b, language), language=language)).related]
    assert related == []


def test_its_sentence_pairs_find_a_sentence_dropped_and_without_it_the_check_is_said_unchecked(monkeypatch):
    paragraphs = _text("results", "cs").split("\n\n")
    paragraphs[3] = sentences(paragraphs[3])[0]  # the finance director's sentence dropped
    english = document_from_text(_text("results", "en"), language="en")
    comparison = compare_documents(english, document_from_text("\n\n".join(paragraphs), language="cs"))
    dropped = [d.message for g in comparison.groups for d in g.drift if d.kind == "sentence"]
    assert len(dropped) == 1 and dropped[0].startswith("Sentence dropped")
    monkeypatch.setattr(e5, "available", lambda: False)
    comparison = compare_documents(english, document_from_text("\n\n".join(paragraphs), language="cs"))
    assert not [d for g in comparison.groups for d in g.drift if d.kind == "sentence"]
    assert any(n.startswith("Sentences added or dropped are not checked across Czech") for n in comparison.notes)
