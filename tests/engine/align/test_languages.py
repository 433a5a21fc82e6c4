"""No language may crash a comparison: every language the detector can
return, against English and against itself; a language the encoder does
not know is said so in the comparison's notes, never taken for unrelated."""
from __future__ import annotations

import pytest

from desktop.engine import e5
from desktop.engine.api import compare_documents, document_from_text
from desktop.engine.encoder import LANGUAGES

ENGLISH = ("Harbour towns face rising flood risk, warns Coastal Watch\n\n"
           "Ageing sea walls have left 14 harbour towns exposed, said Anna Berg of Coastal Watch.\n\n"
           "Budgets fell by 18 percent between 2015 and 2020.")
OTHER = ("Coastal Watch: Anna Berg 14 2015 2020 18\n\n"
         "Anna Berg, Coastal Watch, 14 — Esbjerg.\n\nBudgets 18 percent 2015 2020.")


def _detector_languages() -> list[str]:
    from desktop.engine.language import _identifier

    return sorted(_identifier().nb_classes)


def test_every_detector_language_compares_without_crashing():
    codes = _detector_languages()
    assert len(codes) > 90
    english = document_from_text(ENGLISH, name="en.txt", language="en")
    for code in codes:
        other = document_from_text(OTHER, name=f"{code}.txt", language=code)
        comparison = compare_documents(english, other)
        for side, document in (("left", english), ("right", other)):  # every paragraph placed once
            assert sorted(i for g in comparison.groups for i in getattr(g, side)) == list(
                range(len(document.paragraphs))), code
        same = compare_documents(other, document_from_text(OTHER, name="again.txt", language=code))
        assert same.related, code


@pytest.mark.parametrize("code", ["sv", "uk", "cs"])
def test_a_language_only_the_second_encoder_knows_is_named_in_the_notes(code):
    assert code not in LANGUAGES and e5.knows(code)
    english = document_from_text(ENGLISH, name="en.txt", language="en")
    other = document_from_text(OTHER, name=f"{code}.txt", language=code)
    comparison = compare_documents(english, other)
    assert "not known to the main encoder; aligned by meaning with a smaller one" in comparison.notes[0]


def test_without_the_second_encoder_the_note_says_what_the_alignment_used(monkeypatch):
    monkeypatch.setattr(e5, "available", lambda: False)
    english = document_from_text(ENGLISH, name="en.txt", language="en")
    comparison = compare_documents(english, document_from_text(OTHER, name="sv.txt", language="sv"))
    assert "Swedish is not supported for meaning-level alignment" in comparison.notes[0]
    assert "aligned on names, numbers and shared words" in comparison.notes[0]


def test_a_language_beyond_both_encoders_is_aligned_on_what_survives_translation():
    assert not e5.knows("fo") and "fo" in _detector_languages()  # Faroese
    english = document_from_text(ENGLISH, name="en.txt", language="en")
    comparison = compare_documents(english, document_from_text(OTHER, name="fo.txt", language="fo"))
    assert "not supported for meaning-level alignment" in comparison.notes[0]
    assert comparison.related


def test_the_note_reaches_the_text_and_html_reports():
    from desktop.engine.export.html import to_html
    from desktop.engine.export.text import summary_lines

    english = document_from_text(ENGLISH, name="en.txt", language="en")
    comparison = compare_documents(english, document_from_text(OTHER, name="sv.txt", language="sv"))
    assert any(line.startswith("Note:") and "Swedish" in line for line in summary_lines(comparison))
    assert "Swedish is not known to the main encoder" in to_html(comparison)
