"""An English release against Russian and German versions written for these
tests, with planted drifts (a changed year, a dropped sentence, a changed
name): aligned by meaning, checked on what survives translation."""
from __future__ import annotations

import pytest

from desktop.engine import encoder
from desktop.engine.api import compare_files, example_paths
from desktop.engine.model import MOVED, OMITTED, UNCHANGED

pytestmark = pytest.mark.skipif(not encoder.available(), reason="the sentence encoder is not installed")


@pytest.fixture(scope="module")
def translations(request):
    from tests.conftest import FIXTURES
    folder = FIXTURES / "translations"
    original = example_paths()[0]
    return {name: compare_files(original, str(folder / f"{name}.txt"))
            for name in ("press-release.ru", "press-release-rewrite.ru", "press-release.de")}


def _drift(comparison):
    return [d for g in comparison.groups for d in g.drift]


def test_languages_are_detected(translations):
    assert translations["press-release.ru"].right.language == "ru"
    assert translations["press-release.de"].right.language == "de"
    assert translations["press-release.ru"].left.language == "en"


def test_faithful_translation_links_every_paragraph_with_no_drift(translations):
    comparison = translations["press-release.ru"]
    assert comparison.related
    assert all(g.shape == "1:1" for g in comparison.groups)
    assert [g.left for g in comparison.groups] == [(i,) for i in range(len(comparison.left.paragraphs))]
    body = [g for g in comparison.groups if comparison.left.paragraphs[g.left[0]].kind == "body"]
    assert all(g.status == UNCHANGED for g in body)
    assert [d for d in _drift(comparison) if d.severity != "note"] == []


def test_russian_rewrite_moves_merges_omits_and_its_planted_drift(translations):
    comparison = translations["press-release-rewrite.ru"]
    budgets = comparison.group_of_left(5)
    assert budgets.status == MOVED
    merged = comparison.group_of_left(6)
    assert merged.left == (6, 8) and len(merged.right) == 1  # two paragraphs far apart, one now
    assert comparison.group_of_left(7).status == OMITTED
    messages = " | ".join(d.message for d in _drift(comparison))
    assert "Year “1960” became “1970”" in messages
    assert "Name “Esbjerg” became “Рибе”" in messages
    assert "Sentence dropped: “Our engineers found cracks" in messages
    assert "Dateline added" in messages
    assert "“today” became “вторник”" in messages


def test_german_version_planted_drift(translations):
    comparison = translations["press-release.de"]
    messages = [d.message for d in _drift(comparison)]
    assert "Year “2022” became “2023”" in messages
    assert any(m.startswith("Sentence dropped: “In all three countries") for m in messages)
    assert len([d for d in _drift(comparison) if d.severity != "note"]) <= 3


def test_no_word_changes_across_languages(translations):
    assert all(g.changes == () for c in translations.values() for g in c.groups)


def test_language_override(tmp_path):
    from tests.conftest import FIXTURES
    comparison = compare_files(example_paths()[0], str(FIXTURES / "translations" / "press-release.de.txt"),
                               right_language="de", left_language="en")
    assert comparison.right.language == "de"


def test_quotation_marks_of_each_language(tmp_path):
    english = ("Harbour towns face floods\n\n"
               "“The walls will not survive another winter without repairs,” said Marta Jensen.\n")
    russian = ("Портовым городам грозят наводнения\n\n"
               "Марта Йенсен сказала, что дамбы не переживут ещё одну зиму без ремонта.\n")
    german = ("Hafenstädten drohen Überschwemmungen\n\n"
              "„Die Mauern überstehen ohne Reparaturen keinen weiteren Winter“, sagte Marta Jensen.\n")
    paths = {}
    for name, text in (("en", english), ("ru", russian), ("de", german)):
        paths[name] = tmp_path / f"{name}.txt"
        paths[name].write_text(text, encoding="utf-8")
    reported = compare_files(str(paths["en"]), str(paths["ru"]), left_language="en", right_language="ru")
    kept = compare_files(str(paths["en"]), str(paths["de"]), left_language="en", right_language="de")
    assert "A direct quotation became reported speech" in [d.message for d in _drift(reported)]
    assert not [d for d in _drift(kept) if d.kind == "quotation"]


def test_unrelated_article_in_another_language():
    from tests.conftest import FIXTURES
    comparison = compare_files(example_paths()[0], str(FIXTURES / "translations" / "unrelated.ru.txt"))
    assert not comparison.related
    assert sum(1 for g in comparison.groups if g.linked) <= 1


def test_split_across_languages():
    from tests.conftest import FIXTURES
    comparison = compare_files(example_paths()[0], str(FIXTURES / "translations" / "press-release-split.de.txt"))
    group = comparison.group_of_left(2)  # "Holding the Line" … became two German paragraphs
    assert group.shape == "split" and len(group.right) == 2
