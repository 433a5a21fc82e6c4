"""A claim hedged on one side only, within a language and across two."""
from __future__ import annotations

import pytest

from desktop.engine import encoder
from desktop.engine.api import compare_documents, document_from_text

from .renderings import cases, drift_messages

TITLE = "Coastal Watch report on harbour towns\n\n"
ENGLISH = TITLE + ("Years of delayed repairs have left the sea walls of four harbour towns close to collapse, "
                   "the report says.")
HEDGED_ENGLISH = TITLE + ("Years of delayed repairs have probably left the sea walls of four harbour towns close "
                          "to collapse, the report says.")
ITALIAN = ("Rapporto di Coastal Watch sulle città portuali\n\n"
           "Anni di riparazioni rinviate hanno lasciato le dighe di quattro città portuali sul punto di "
           "crollare, afferma il rapporto.")
HEDGED_ITALIAN = ("Rapporto di Coastal Watch sulle città portuali\n\n"
                  "Anni di riparazioni rinviate hanno probabilmente lasciato le dighe di quattro città portuali "
                  "sul punto di crollare, afferma il rapporto.")


def _hedge_flags(left: str, right: str, right_language: str) -> list[str]:
    comparison = compare_documents(document_from_text(left, name="en.txt", language="en"),
                                   document_from_text(right, name="other.txt", language=right_language))
    return [d.message for g in comparison.groups for d in g.drift if "hedge" in d.message]


def test_a_hedge_dropped_within_a_language_is_flagged():
    assert _hedge_flags(HEDGED_ENGLISH, ENGLISH, "en") == ["A hedge was dropped: “probably”"]


needs_encoder = pytest.mark.skipif(not encoder.available(), reason="the sentence encoder is not installed")


@needs_encoder
def test_a_hedge_added_in_translation_is_flagged():
    assert _hedge_flags(ENGLISH, HEDGED_ITALIAN, "it") == ["A hedge was added: “probabilmente”"]


@needs_encoder
def test_a_hedge_translated_is_no_change():
    assert _hedge_flags(HEDGED_ENGLISH, HEDGED_ITALIAN, "it") == []
    assert _hedge_flags(ENGLISH, ITALIAN, "it") == []


@needs_encoder
def test_no_hedge_check_for_a_language_without_a_hedge_list():
    korean = "코스탈 워치 보고서\n\n보고서에 따르면 수년간의 보수 지연으로 네 항구 도시의 방조제가 아마도 붕괴 직전이다."
    assert _hedge_flags(HEDGED_ENGLISH, korean, "ko") == []


# A faithful translation renders English hedging constructions its own way ("perceived to be gay" /
# "perçus comme gays", "believed to" / "se cree", "reportedly" / "údajně"): no hedge was dropped.
RENDERINGS = [
 ("Men perceived to be gay were detained by the police in Esbjerg.", {
   "fr": "Des hommes perçus comme gays ont été détenus par la police à Esbjerg.",
   "es": "Hombres percibidos como gays fueron detenidos por la policía en Esbjerg.",
   "it": "Uomini percepiti come gay sono stati detenuti dalla polizia a Esbjerg.",
   "de": "Männer, die für schwul gehalten werden, wurden von der Polizei in Esbjerg festgenommen.",
   "pt": "Homens vistos como gays foram detidos pela polícia em Esbjerg.",
   "nl": "Mannen die als homo worden gezien, werden door de politie in Esbjerg vastgehouden.",
   "cs": "Muži považovaní za gaye byli zadrženi policií v Esbjergu.",
   "ru": "Мужчины, которых считают геями, были задержаны полицией в Эсбьерге.",
   "no": "Menn som oppfattes som homofile, ble pågrepet av politiet i Esbjerg.",
   "sv": "Män som uppfattas som homosexuella greps av polisen i Esbjerg.",
   "uk": "Чоловіків, яких вважають геями, затримала поліція в Есб'єргу.",
   "pl": "Mężczyźni postrzegani jako geje zostali zatrzymani przez policję w Esbjergu."}),
 ("The walls are believed to be older than the town of Esbjerg.", {
   "fr": "On pense que les digues sont plus anciennes que la ville d'Esbjerg.",
   "es": "Se cree que los diques son más antiguos que la ciudad de Esbjerg.",
   "it": "Si ritiene che le dighe siano più antiche della città di Esbjerg.",
   "de": "Die Deiche gelten als älter als die Stadt Esbjerg.",
   "pt": "Acredita-se que os diques sejam mais antigos que a cidade de Esbjerg.",
   "nl": "Men denkt dat de dijken ouder zijn dan de stad Esbjerg.",
   "cs": "Předpokládá se, že hráze jsou starší než město Esbjerg.",
   "ru": "Считается, что дамбы старше города Эсбьерг.",
   "no": "Sjømurene antas å være eldre enn byen Esbjerg.",
   "sv": "Vallarna tros vara äldre än staden Esbjerg.",
   "uk": "Вважається, що дамби старші за місто Есб'єрг.",
   "pl": "Uważa się, że wały są starsze niż miasto Esbjerg."}),
 ("The minister was reportedly told of the damage in Esbjerg.", {
   "fr": "Le ministre aurait été informé des dégâts à Esbjerg.",
   "es": "Según los informes, el ministro fue informado de los daños en Esbjerg.",
   "it": "Secondo quanto riferito, il ministro è stato informato dei danni a Esbjerg.",
   "de": "Der Minister wurde Berichten zufolge über die Schäden in Esbjerg informiert.",
   "pt": "O ministro terá sido informado dos danos em Esbjerg.",
   "nl": "De minister zou op de hoogte zijn gebracht van de schade in Esbjerg.",
   "cs": "Ministr byl údajně informován o škodách v Esbjergu.",
   "ru": "Министра, как сообщается, проинформировали об ущербе в Эсбьерге.",
   "no": "Ministeren skal ha blitt informert om skadene i Esbjerg.",
   "sv": "Ministern ska ha informerats om skadorna i Esbjerg.",
   "uk": "Міністра, як повідомляється, поінформували про збитки в Есб'єргу.",
   "pl": "Minister został podobno poinformowany o szkodach w Esbjergu."}),
]

UNREAD = {("nl", 2)}  # Dutch says "reportedly" with the conditional "zou", which also means "would"


@needs_encoder
@pytest.mark.parametrize("case, language", [c for c in cases(RENDERINGS) if (c[1], c[0]) not in UNREAD])
def test_a_hedge_rendered_the_languages_own_way_is_no_change(case, language):
    english, versions = RENDERINGS[case]
    assert [m for m in drift_messages(english, versions[language], language) if "hedge" in m] == []
