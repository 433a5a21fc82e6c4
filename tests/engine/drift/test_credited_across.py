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
}
SPEAKER = {"ru": "Анна Берг"}
OTHER_SPEAKER = {"ru": "Ларс Хольм"}


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
