"""Drift is symmetric: the two versions swapped, the same changes are
reported, mirrored (a drop becomes an addition, a change the other way)."""
from __future__ import annotations

import pytest

from desktop.engine import encoder
from desktop.engine.api import compare_documents, document_from_text

from .test_languages import ENGLISH, VERSIONS

pytestmark = pytest.mark.skipif(not encoder.available(), reason="the sentence encoder is not installed")

SAME_LANGUAGE = (
    "Coastal Watch warns of flooding\n\n"
    "On 22 December, Coastal Watch said that four harbour towns in Denmark face floods. Its director, "
    "Anna Berg, said repairs were promised in 2019.\n\n"
    "The report counts 340 damaged homes, the group said today.",
    "Coastal Watch warns of flooding\n\n"
    "On 23 December, Coastal Watch said that five harbour towns face floods. Its director, "
    "Anna Berg, said repairs were promised in 2018, according to the Nordic Harbour Fund.\n\n"
    "The report counts 340 damaged homes, the group said on 22 December.",
)


def _changes(left: str, left_language: str, right: str, right_language: str, swapped: bool = False):
    comparison = compare_documents(document_from_text(left, language=left_language),
                                   document_from_text(right, language=right_language))
    found = set()
    for group in comparison.groups:
        for d in group.drift:
            where = (d.left_paragraph, d.right_paragraph)
            found.add((str(d.kind), where[::-1] if swapped else where))
    return found


@pytest.mark.parametrize("language", ["fr", "de", "ru"])
def test_swapping_a_translation_mirrors_its_drift(language):
    planted = VERSIONS[language][1]
    forward = _changes(ENGLISH, "en", planted, language)
    assert forward  # the planted changes are found
    assert _changes(planted, language, ENGLISH, "en", swapped=True) == forward


def test_swapping_a_rewrite_mirrors_its_drift():
    left, right = SAME_LANGUAGE
    forward = _changes(left, "en", right, "en")
    assert {kind for kind, _ in forward} >= {"number", "date"}
    assert _changes(right, "en", left, "en", swapped=True) == forward
