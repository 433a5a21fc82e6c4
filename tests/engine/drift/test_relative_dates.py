"""Relative dates in every language CLDR describes (through Babel), and the
forms press copy uses beside them: "in 2016" turned into "last year" is
said in every language; "last year" rendered as "lo scorso anno" is not."""
from __future__ import annotations

import pytest

from desktop.engine import encoder
from desktop.engine.api import compare_documents, document_from_text
from desktop.engine.drift.lexicon import relative_times

pytestmark = pytest.mark.skipif(not encoder.available(), reason="the sentence encoder is not installed")

HEADLINE = "Coastal Watch\n\n"
ENGLISH = "The ministry promised new sea walls {when}, but none have been built, Coastal Watch said on Monday."
# language: (the sentence with "last year" written as the language writes it, that phrase)
LAST_YEAR = {
    "it": ("Il ministero aveva promesso nuove dighe lo scorso anno, ma nessuna è stata costruita, ha detto "
           "lunedì Coastal Watch.", "lo scorso anno"),
    "fr": ("Le ministère avait promis de nouvelles digues l’an dernier, mais aucune n’a été construite, a "
           "déclaré lundi Coastal Watch.", "l’an dernier"),
    "es": ("El ministerio prometió nuevos diques el año pasado, pero no se ha construido ninguno, dijo el lunes "
           "Coastal Watch.", "el año pasado"),
    "nl": ("Het ministerie beloofde vorig jaar nieuwe zeeweringen, maar er is er geen gebouwd, zei Coastal Watch "
           "maandag.", "vorig jaar"),
    "ko": ("해안감시단은 월요일 정부가 작년에 새 방파제를 약속했지만 하나도 지어지지 않았다고 말했다.", "작년"),
    "ru": ("Министерство в прошлом году обещало новые дамбы, но ни одной не построено, заявила в понедельник "
           "Coastal Watch.", "в прошлом году"),
}


def _date_flags(english_when: str, other: str, language: str) -> list[str]:
    comparison = compare_documents(
        document_from_text(HEADLINE + ENGLISH.format(when=english_when), language="en"),
        document_from_text(HEADLINE + other, language=language))
    return [d.message for g in comparison.groups for d in g.drift if d.kind == "date"]


@pytest.mark.parametrize("language", sorted(LAST_YEAR))
def test_a_year_turned_into_last_year_is_said_in_every_language(language):
    sentence, phrase = LAST_YEAR[language]
    assert _date_flags("in 2016", sentence, language) == [f"Year “2016” became “{phrase}”"]


@pytest.mark.parametrize("language", sorted(LAST_YEAR))
def test_last_year_translated_is_no_change(language):
    assert _date_flags("last year", LAST_YEAR[language][0], language) == []


def test_relative_times_come_from_cldr_for_languages_nobody_listed_by_hand():
    assert relative_times("pl")["wczoraj"] == "day -1"
    assert relative_times("tr")["geçen yıl"] == "year -1"
    assert relative_times("es").get("mañana") is None  # also "the morning": not read as tomorrow


def test_a_straight_apostrophe_reads_as_the_curly_one():
    sentence = LAST_YEAR["fr"][0].replace("l’an dernier", "l'an dernier")
    assert _date_flags("in 2016", sentence, "fr") == ["Year “2016” became “l'an dernier”"]
