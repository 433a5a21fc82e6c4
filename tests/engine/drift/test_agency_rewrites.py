"""An agency's faithful rewrite of a release, within English: the same
facts reordered and restyled raise no drift flag (a sentence's
similarity note aside), both ways round."""
from __future__ import annotations

import pytest

from desktop.engine.api import compare_documents, document_from_text

TITLE = "Coastal Watch\n\n"
CLOSING = "\n\nEsbjerg and Ribe asked for help on 3 May."
REWRITES = [
    ("Coastal Watch said on Tuesday that 1,200 homes in Esbjerg are at risk.",
     "Some 1,200 homes in Esbjerg are at risk, Coastal Watch said on Tuesday."),
    ("“We are deeply concerned,” said Anna Berg, director of Coastal Watch.",
     "Anna Berg, Coastal Watch's director, told Reuters: “We are deeply concerned.”"),
    # "in a statement" is where it was said, not who said it
    ("The government must act now, Coastal Watch said in a statement.", "Coastal Watch urged the government to act now."),
    ("Repairs will cost 4.5 million euros, the report says.", "Repairs will cost €4.5 million, according to the report."),
    # a country for its people
    ("The Danish government has not responded to the report.", "Denmark's government did not respond to the report."),
    # a name the release defines by its acronym
    ("The UN Refugee Agency (UNHCR) said 300 families had fled.", "UNHCR said 300 families had fled."),
    ("Coastal Watch called on the authorities to release the report immediately.",
     "Coastal Watch urged authorities to immediately release the report."),
    # "In Esbjerg, 40 per cent" opens no dateline
    ("In Esbjerg, 40 per cent of the homes were flooded.", "Forty percent of the homes in Esbjerg were flooded."),
]


def _flags(left: str, right: str) -> list[str]:
    comparison = compare_documents(document_from_text(TITLE + left + CLOSING, language="en"),
                                   document_from_text(TITLE + right + CLOSING, language="en"))
    return [d.message for g in comparison.groups for d in g.drift if d.kind != "rewritten"]


@pytest.mark.parametrize("original, rewrite", REWRITES)
def test_a_faithful_agency_rewrite_flags_nothing(original, rewrite):
    assert _flags(original, rewrite) == []
    assert _flags(rewrite, original) == []


def test_an_organisation_the_other_side_no_longer_names_is_still_flagged():
    assert _flags("The UN Refugee Agency (UNHCR) said 300 families had fled.", "The agency said 300 families had fled.") \
        == ["Attribution to “UNHCR” was dropped"]
    assert _flags("The UN Refugee Agency (UNHCR) said 300 families had fled.", "Officials said 300 families had fled.")


def test_a_source_qualified_by_a_capitalised_word_is_one_source():
    # "Local" opens the sentence: it qualifies the unnamed source, it is no second speaker
    assert _flags("According to our sources, at least 40 dockers were suspended in October.",
                  "Local organisers said at least 40 dockers were suspended in October.") \
        == ["Statement attributed to “Local organisers” instead of “sources”"]


CLOSINGS = {"fr": "Esbjerg et Ribe ont demandé de l'aide le 3 mai.", "es": "Esbjerg y Ribe pidieron ayuda el 3 de mayo.",
            "de": "Esbjerg und Ribe baten am 3. Mai um Hilfe."}
# Rewrites within French, Spanish and German: "según el informe" ends at its comma (no speaker
# "M" out of "4,5 M€"), and the agency told ("dijo a EFE") is no speaker.
OTHER_REWRITES = [
    ("fr", "Coastal Watch a déclaré mardi que 1 200 maisons d'Esbjerg sont menacées.",
     "Quelque 1 200 maisons d'Esbjerg sont menacées, a déclaré mardi Coastal Watch."),
    ("fr", "Le gouvernement n'a pas encore répondu au rapport publié le 3 mai.",
     "Le rapport, publié le 3 mai, est resté sans réponse du gouvernement."),
    ("fr", "Les réparations coûteront 4,5 millions d'euros, selon le rapport.",
     "Selon le rapport, les réparations coûteront 4,5 M€."),
    ("es", "Coastal Watch afirmó el martes que 1.200 viviendas de Esbjerg están en peligro.",
     "Unas 1.200 viviendas de Esbjerg están en peligro, afirmó el martes Coastal Watch."),
    ("es", "«Estamos profundamente preocupados», dijo Anna Berg, directora de Coastal Watch.",
     "Anna Berg, directora de Coastal Watch, dijo a EFE: «Estamos profundamente preocupados»."),
    ("es", "El gobierno no ha respondido al informe publicado el 3 de mayo.",
     "El informe, publicado el 3 de mayo, sigue sin respuesta del gobierno."),
    ("de", "Coastal Watch erklärte am Dienstag, dass 1.200 Häuser in Esbjerg gefährdet sind.",
     "Rund 1.200 Häuser in Esbjerg sind gefährdet, erklärte Coastal Watch am Dienstag."),
    ("de", "„Wir sind zutiefst besorgt“, sagte Anna Berg, Direktorin von Coastal Watch.",
     "Anna Berg, Direktorin von Coastal Watch, sagte der dpa: „Wir sind zutiefst besorgt.“"),
]


@pytest.mark.parametrize("language, original, rewrite", OTHER_REWRITES)
def test_a_faithful_rewrite_in_another_language_flags_nothing(language, original, rewrite):
    for left, right in ((original, rewrite), (rewrite, original)):
        comparison = compare_documents(
            document_from_text(TITLE + left + "\n\n" + CLOSINGS[language], language=language),
            document_from_text(TITLE + right + "\n\n" + CLOSINGS[language], language=language))
        assert [d.message for g in comparison.groups for d in g.drift if d.kind != "rewritten"] == []


def test_narrative_turned_into_a_quotation_is_found_by_meaning():
    """The words changed too much for the quotation's source to be found by
    them; its counterpart, paired by meaning, is narrative. "There" opening
    the narrative is no speaker."""
    from desktop.engine import encoder

    if not encoder.available():
        pytest.skip("the sentence encoder is not installed")
    narrative = "There were several reports of sea walls giving way in Esbjerg, most of them at night."
    quoted = "“In Esbjerg the sea walls now give way at night,” the report stated."
    assert _flags(narrative, quoted) == ["Reported speech became a direct quotation"]
    assert _flags(quoted, narrative) == ["A direct quotation became reported speech"]
