"""Across languages, who a statement is credited to: the same speaker in
another script or language is no change; a statement put in someone else's
mouth is, in every language whose speech verbs Tandem knows."""
from __future__ import annotations

import pytest

from desktop.engine import encoder
from desktop.engine.api import compare_documents, document_from_text

pytestmark = pytest.mark.skipif(not encoder.available(), reason="the sentence encoder is not installed")

HEADLINE = "Coastal Watch\n\n"
ENGLISH = HEADLINE + "“The sea walls are giving way,” said Anna Berg, director of Coastal Watch."
# language: the same statement, credited as the original credits it; {who} is its speaker
VERSIONS = {
    "fr": "« Les digues cèdent », a déclaré {who}, directrice de Coastal Watch.",
    "it": "“Le dighe stanno cedendo”, ha detto {who}, direttrice di Coastal Watch.",
    "es": "«Los diques están cediendo», dijo {who}, directora de Coastal Watch.",
    "nl": "‘De zeeweringen bezwijken’, zei {who}, directeur van Coastal Watch.",
    "sv": "– Vallarna ger vika, säger {who}, chef för Coastal Watch.",
    "ru": "«Дамбы рушатся», - заявила {who}, директор Coastal Watch.",
    "pl": "„Wały przeciwpowodziowe ustępują” – powiedziała {who}, dyrektorka Coastal Watch.",
    "cs": "„Hráze povolují,“ řekla {who}, ředitelka Coastal Watch.",
    "uk": "«Дамби руйнуються», – заявила {who}, директорка Coastal Watch.",
    "no": "– Sjømurene gir etter, sier {who}, direktør i Coastal Watch.",
    "da": "– Digerne giver efter, siger {who}, direktør for Coastal Watch.",
    "tr": "Coastal Watch direktörü {who}, “Setler çöküyor,” dedi.",
}
# Czech gives a woman's surname its ending (Bergová); Ukrainian writes the names in Cyrillic.
SPEAKER = {"ru": "Анна Берг", "uk": "Анна Берг", "cs": "Anna Bergová"}
OTHER_SPEAKER = {"ru": "Ларс Хольм", "uk": "Ларс Гольм"}


def _attribution(language: str, who: str) -> list[tuple[str, str]]:
    other = HEADLINE + VERSIONS[language].format(who=who)
    comparison = compare_documents(document_from_text(ENGLISH, language="en"),
                                   document_from_text(other, language=language))
    return [(d.severity, d.message) for g in comparison.groups for d in g.drift if d.kind == "attribution"]


@pytest.mark.parametrize("language", sorted(VERSIONS))
def test_the_same_speaker_in_another_language_is_no_change(language):
    assert _attribution(language, SPEAKER.get(language, "Anna Berg")) == []


@pytest.mark.parametrize("language", sorted(VERSIONS))
def test_a_statement_credited_to_someone_else_is_an_error(language):
    who = OTHER_SPEAKER.get(language, "Lars Holm")
    assert _attribution(language, who) == [("error", f"Statement attributed to “{who}” instead of “Anna Berg”")]


def test_a_language_whose_verbs_of_saying_are_unknown_is_said_so():
    korean = HEADLINE + "해안감시단의 안나 베르그 대표는 “방파제가 무너지고 있다”고 말했다."
    comparison = compare_documents(document_from_text(ENGLISH, language="en"),
                                   document_from_text(korean, language="ko"))
    assert "Who is quoted is not checked in Korean: Tandem does not know its verbs of saying." in comparison.notes
    french = compare_documents(document_from_text(ENGLISH, language="en"),
                               document_from_text(HEADLINE + VERSIONS["fr"].format(who="Anna Berg"), language="fr"))
    assert not any(n.startswith("Who is quoted") for n in french.notes)


def test_a_speaker_named_on_one_side_only_was_dropped_or_added():
    unsaid = HEADLINE + "« Les digues cèdent », lit-on dans le rapport de Coastal Watch."
    comparison = compare_documents(document_from_text(ENGLISH, language="en"),
                                   document_from_text(unsaid, language="fr"))
    flags = [(d.severity, d.message) for g in comparison.groups for d in g.drift if d.kind == "attribution"]
    assert flags == [("warning", "Attribution to “Anna Berg” was dropped")]
    swapped = compare_documents(document_from_text(unsaid, language="fr"),
                                document_from_text(ENGLISH, language="en"))
    assert [(d.severity, d.message) for g in swapped.groups for d in g.drift if d.kind == "attribution"] == [
        ("warning", "Attribution added: “Anna Berg”")]
