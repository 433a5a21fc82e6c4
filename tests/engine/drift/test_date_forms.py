"""Dates in the forms a book or a yearbook writes them (found reading the
Text+Berg chapter as a user would): a day against its month ("9.Mai"), a
span of years ("1954/55"), and a word's hyphen that is no dateline's dash."""
from __future__ import annotations

import pytest

from desktop.engine import encoder
from desktop.engine.api import compare_documents, document_from_text
from desktop.engine.drift.structure import dateline

pytestmark = pytest.mark.skipif(not encoder.available(), reason="the sentence encoder is not installed")


def _flags(left: str, right: str, left_language: str = "de", right_language: str = "fr") -> list[str]:
    comparison = compare_documents(document_from_text(left, language=left_language),
                                   document_from_text(right, language=right_language))
    return [d.message for g in comparison.groups for d in g.drift]


def test_a_day_written_against_its_month_is_a_date():
    german = "Am 9.Mai erreichten Imanishi und der Sherpa Gyalzen den Gipfel, meldete die Expedition."
    french = "Le 9 mai, Imanishi et le sherpa Gyalzen atteignirent le sommet, annonça l'expédition."
    assert _flags(german, french) == []
    assert _flags(german, french.replace("9 mai", "10 mai")) == ["Date “9.Mai” became “10 mai”"]


def test_a_span_of_years_holds_both_years():
    german = "In den Wintern 1954 und 1955 erforschte Toni Hagen das Gebiet, berichtete die Zeitschrift."
    french = "Au cours des hivers 1954/55, Toni Hagen explora la région, rapporta la revue."
    assert _flags(german, french) == []
    assert _flags(german, french.replace("1954/55", "1954/56")) == ["Year “1955” became “56”"]  # the span as written


def test_a_hyphen_inside_a_word_is_no_datelines_dash():
    assert dateline("Pik Korzhenewskaya, 7105 m, im Alai-Pamir, erst 1953 bestiegen.") is None
    assert dateline("OSLO, 14 March 2024 - The bank raised its rate.") is not None
    assert dateline("GENEVA (7 February 2025) – Experts said.") is not None
