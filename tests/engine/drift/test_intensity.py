"""A claim raised or lowered in degree in translation ("severely damaged" /
"danneggiate", "the walls" / "sogar die Mauern"): flagged as a note in any
two languages whose degree words are known; kept in translation, no flag."""
from __future__ import annotations

import pytest

from desktop.engine import encoder
from desktop.engine.api import compare_documents, document_from_text
from desktop.engine.drift.lexicon import intensity_words

from .renderings import cases, drift_messages

pytestmark = pytest.mark.skipif(not encoder.available(), reason="the sentence encoder is not installed")

TITLE = "Coastal Watch report on harbour towns\n\n"
ENGLISH = TITLE + "The storms of last winter severely damaged the sea walls of four harbour towns, the report says."
# language: (title, kept in degree, degree dropped, degree raised: "even")
VERSIONS = {
    "it": ("Rapporto di Coastal Watch sulle città portuali\n\n",
           "Le tempeste dello scorso inverno hanno gravemente danneggiato le dighe di quattro città portuali, "
           "afferma il rapporto.",
           "Le tempeste dello scorso inverno hanno danneggiato le dighe di quattro città portuali, "
           "afferma il rapporto.",
           "Le tempeste dello scorso inverno hanno danneggiato persino le dighe di quattro città portuali, "
           "afferma il rapporto."),
    "de": ("Bericht von Coastal Watch über Hafenstädte\n\n",
           "Die Stürme des letzten Winters haben die Deiche von vier Hafenstädten schwer beschädigt, "
           "heißt es in dem Bericht.",
           "Die Stürme des letzten Winters haben die Deiche von vier Hafenstädten beschädigt, "
           "heißt es in dem Bericht.",
           "Die Stürme des letzten Winters haben sogar die Deiche von vier Hafenstädten beschädigt, "
           "heißt es in dem Bericht."),
    "fr": ("Rapport de Coastal Watch sur les villes portuaires\n\n",
           "Les tempêtes de l'hiver dernier ont gravement endommagé les digues de quatre villes portuaires, "
           "selon le rapport.",
           "Les tempêtes de l'hiver dernier ont endommagé les digues de quatre villes portuaires, "
           "selon le rapport.",
           "Les tempêtes de l'hiver dernier ont endommagé de plus en plus les digues de quatre villes "
           "portuaires, selon le rapport."),
    "ko": ("항구 도시에 관한 코스탈 워치 보고서\n\n",
           "보고서에 따르면 지난겨울 폭풍이 네 항구 도시의 방조제를 심각하게 훼손했다.",
           "보고서에 따르면 지난겨울 폭풍이 네 항구 도시의 방조제를 훼손했다.",
           "보고서에 따르면 지난겨울 폭풍이 심지어 네 항구 도시의 방조제까지 훼손했다."),
}


def _intensity(left: str, right: str, language: str) -> list[str]:
    comparison = compare_documents(document_from_text(left, name="en.txt", language="en"),
                                   document_from_text(right, name="other.txt", language=language))
    return [d.message for g in comparison.groups for d in g.drift if d.message.startswith("Intensity")]


@pytest.mark.parametrize("language", sorted(VERSIONS))
def test_degree_kept_in_translation_is_no_change(language):
    title, kept, _, _ = VERSIONS[language]
    assert _intensity(ENGLISH, title + kept, language) == []


@pytest.mark.parametrize("language", sorted(VERSIONS))
def test_degree_dropped_in_translation_is_a_note(language):
    title, _, dropped, _ = VERSIONS[language]
    assert _intensity(ENGLISH, title + dropped, language) == ["Intensity dropped: “severely”"]


@pytest.mark.parametrize("language", sorted(VERSIONS))
def test_degree_raised_in_translation_is_a_note(language):
    title, _, dropped, raised = VERSIONS[language]
    plain = ENGLISH.replace("severely ", "")
    flags = _intensity(plain, title + raised, language)
    assert len(flags) == 1 and flags[0].startswith("Intensity added")


def test_every_language_with_hedges_has_degree_words():
    from desktop.engine.drift.lexicon import HEDGES

    assert [code for code in HEDGES if not intensity_words(code)] == []


def test_a_german_noun_is_no_word_of_degree():
    """"des Massivs" (of the massif) is no "massiv" (massive): in German a
    capital inside a sentence makes a noun."""
    german = "Die Westseite des Massivs ist noch unerforscht, schrieb die Expedition im Bericht."
    french = "Le versant ouest du massif reste inexploré, écrivit l'expédition dans son rapport."
    comparison = compare_documents(document_from_text(german, language="de"), document_from_text(french, language="fr"))
    assert [d.message for g in comparison.groups for d in g.drift] == []


def test_very_added_or_dropped_in_translation_is_style_not_degree():
    """Translators add and drop "very" (très, sehr, molto) as style; a
    "very" still answers another word of degree ("extremely" / "très")."""
    english = TITLE + "The storms of last winter damaged the old sea walls of four harbour towns, the report says."
    french = ("Rapport de Coastal Watch sur les villes portuaires\n\n"
              "Les tempêtes de l'hiver dernier ont très endommagé les vieilles digues de quatre villes portuaires, "
              "indique le rapport.")
    comparison = compare_documents(document_from_text(english, language="en"), document_from_text(french, language="fr"))
    assert [d.message for g in comparison.groups for d in g.drift] == []
    stronger = english.replace("damaged", "extremely damaged")
    comparison = compare_documents(document_from_text(stronger, language="en"), document_from_text(french, language="fr"))
    assert [d.message for g in comparison.groups for d in g.drift] == []


def test_a_word_past_the_cut_of_a_version_that_stops_mid_sentence_is_not_dropped():
    """A version cut off mid-sentence (a scraped page, a teaser) matches its
    last sentence with a whole one: the degree said after the cut was cut,
    not dropped; said before it, it is still compared."""
    english = ("Coastal Watch\n\nThe sea walls of four harbour towns are failing. Repairs have been delayed for "
               "years, and the damage is even reaching the inland villages.")
    whole = ("Coastal Watch\n\nLes digues de quatre villes portuaires cèdent. Les réparations sont retardées depuis "
             "des années, et les dégâts atteignent les villages de l'intérieur.")
    cut = ("Coastal Watch\n\nLes digues de quatre villes portuaires cèdent. Les réparations sont retardées depuis "
           "des années, et les dégâts")

    def flags(left, left_language, right, right_language):
        comparison = compare_documents(document_from_text(left, language=left_language),
                                       document_from_text(right, language=right_language))
        return [d.message for g in comparison.groups for d in g.drift]

    assert flags(english, "en", whole, "fr") == ["Intensity dropped: “even”"]
    assert flags(english, "en", cut, "fr") == []
    assert flags(cut, "fr", english, "en") == []


# NGO copy's words of degree, rendered each language's own way ("strongly condemns" / "condena
# enérgicamente", "aufs Schärfste"; "increasingly hostile" / "steeds vijandiger"): no degree lost.
DEGREE_RENDERINGS = [
 ("Coastal Watch strongly condemns the delay in Esbjerg.", {
   "fr": "Coastal Watch condamne fermement le retard à Esbjerg.", "es": "Coastal Watch condena enérgicamente el retraso en Esbjerg.",
   "it": "Coastal Watch condanna fermamente il ritardo a Esbjerg.", "de": "Coastal Watch verurteilt die Verzögerung in Esbjerg aufs Schärfste.",
   "pt": "A Coastal Watch condena veementemente o atraso em Esbjerg.", "nl": "Coastal Watch veroordeelt de vertraging in Esbjerg ten zeerste.",
   "cs": "Coastal Watch důrazně odsuzuje zpoždění v Esbjergu.", "ru": "Coastal Watch решительно осуждает задержку в Эсбьерге.",
   "no": "Coastal Watch fordømmer på det sterkeste forsinkelsen i Esbjerg.", "sv": "Coastal Watch fördömer å det skarpaste förseningen i Esbjerg.",
   "uk": "Coastal Watch рішуче засуджує затримку в Есб'єргу.", "pl": "Coastal Watch stanowczo potępia opóźnienie w Esbjergu."}),
 ("We are deeply concerned about the families in Esbjerg.", {
   "fr": "Nous sommes profondément préoccupés par les familles d'Esbjerg.", "es": "Estamos profundamente preocupados por las familias de Esbjerg.",
   "it": "Siamo profondamente preoccupati per le famiglie di Esbjerg.", "de": "Wir sind zutiefst besorgt über die Familien in Esbjerg.",
   "pt": "Estamos profundamente preocupados com as famílias de Esbjerg.", "nl": "Wij zijn diep bezorgd over de gezinnen in Esbjerg.",
   "cs": "Jsme hluboce znepokojeni osudem rodin v Esbjergu.", "ru": "Мы глубоко обеспокоены судьбой семей в Эсбьерге.",
   "no": "Vi er dypt bekymret for familiene i Esbjerg.", "sv": "Vi är djupt oroade över familjerna i Esbjerg.",
   "uk": "Ми глибоко стурбовані долею родин в Есб'єргу.", "pl": "Jesteśmy głęboko zaniepokojeni losem rodzin w Esbjergu."}),
 ("The climate in Esbjerg is increasingly hostile to the families.", {
   "fr": "Le climat à Esbjerg est de plus en plus hostile aux familles.", "es": "El clima en Esbjerg es cada vez más hostil a las familias.",
   "it": "Il clima a Esbjerg è sempre più ostile alle famiglie.", "de": "Das Klima in Esbjerg ist den Familien gegenüber zunehmend feindselig.",
   "pt": "O clima em Esbjerg é cada vez mais hostil às famílias.", "nl": "Het klimaat in Esbjerg is steeds vijandiger tegenover de gezinnen.",
   "cs": "Klima v Esbjergu je vůči rodinám stále nepřátelštější.", "ru": "Климат в Эсбьерге становится всё более враждебным к семьям.",
   "no": "Klimaet i Esbjerg er stadig mer fiendtlig mot familiene.", "sv": "Klimatet i Esbjerg är alltmer fientligt mot familjerna.",
   "uk": "Клімат в Есб'єргу дедалі ворожіший до родин.", "pl": "Klimat w Esbjergu jest coraz bardziej wrogi wobec rodzin."}),
 ("Children in Esbjerg are particularly vulnerable to the floods.", {
   "fr": "Les enfants d'Esbjerg sont particulièrement vulnérables aux inondations.", "es": "Los niños de Esbjerg son especialmente vulnerables a las inundaciones.",
   "it": "I bambini di Esbjerg sono particolarmente vulnerabili alle inondazioni.", "de": "Kinder in Esbjerg sind besonders anfällig für die Überschwemmungen.",
   "pt": "As crianças de Esbjerg são particularmente vulneráveis às inundações.", "nl": "Kinderen in Esbjerg zijn bijzonder kwetsbaar voor de overstromingen.",
   "cs": "Děti v Esbjergu jsou vůči povodním obzvlášť zranitelné.", "ru": "Дети в Эсбьерге особенно уязвимы перед наводнениями.",
   "no": "Barn i Esbjerg er særlig sårbare for flommene.", "sv": "Barn i Esbjerg är särskilt sårbara för översvämningarna.",
   "uk": "Діти в Есб'єргу особливо вразливі до повеней.", "pl": "Dzieci w Esbjergu są szczególnie narażone na powodzie."}),
 ("The storm even reached the inland villages of Esbjerg.", {
   "fr": "La tempête a même atteint les villages de l'intérieur d'Esbjerg.", "es": "La tormenta llegó incluso a los pueblos del interior de Esbjerg.",
   "it": "La tempesta ha raggiunto persino i villaggi dell'entroterra di Esbjerg.", "de": "Der Sturm erreichte sogar die Dörfer im Hinterland von Esbjerg.",
   "pt": "A tempestade chegou até mesmo às aldeias do interior de Esbjerg.", "nl": "De storm bereikte zelfs de dorpen in het binnenland van Esbjerg.",
   "cs": "Bouře dokonce zasáhla i vesnice ve vnitrozemí Esbjergu.", "ru": "Шторм достиг даже деревень в глубине Эсбьерга.",
   "no": "Stormen nådde til og med landsbyene i innlandet ved Esbjerg.", "sv": "Stormen nådde till och med byarna i inlandet vid Esbjerg.",
   "uk": "Буря досягла навіть сіл у глибині Есб'єргу.", "pl": "Burza dotarła nawet do wiosek w głębi lądu koło Esbjergu."}),
]


@pytest.mark.parametrize("case, language", cases(DEGREE_RENDERINGS))
def test_a_degree_rendered_the_languages_own_way_is_no_change(case, language):
    english, versions = DEGREE_RENDERINGS[case]
    assert drift_messages(english, versions[language], language) == []
