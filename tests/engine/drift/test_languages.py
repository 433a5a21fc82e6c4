"""Figures and dates across languages: the same short release written for
these tests in seven languages, once faithfully (no figure or date may be
flagged) and once with planted changes (each must be): a number word, the
day of a date, a month and a figure."""
from __future__ import annotations

import pytest

from desktop.engine import encoder
from desktop.engine.api import compare_documents, document_from_text
from desktop.engine.drift.lexicon import knows_number_words, months, number_words

pytestmark = pytest.mark.skipif(not encoder.available(), reason="the sentence encoder is not installed")

ENGLISH = (
    "Coastal Watch warns of flooding in four harbour towns\n\n"
    "On 22 December, Coastal Watch said that four harbour towns in Denmark face floods after three years "
    "of delayed repairs.\n\n"
    "The report, published in March, counts twelve broken sea walls and 340 damaged homes.")

# language: (faithful, planted); planted: four -> five, 22 -> 23 December, March -> May, 340 -> 430
VERSIONS = {
    "fr": ("Coastal Watch met en garde contre des inondations dans quatre villes portuaires\n\n"
           "Le 22 décembre, Coastal Watch a déclaré que quatre villes portuaires du Danemark sont menacées "
           "d'inondations après trois ans de réparations retardées.\n\n"
           "Le rapport, publié en mars, recense douze digues endommagées et 340 maisons abîmées.",
           "Coastal Watch met en garde contre des inondations dans quatre villes portuaires\n\n"
           "Le 23 décembre, Coastal Watch a déclaré que cinq villes portuaires du Danemark sont menacées "
           "d'inondations après trois ans de réparations retardées.\n\n"
           "Le rapport, publié en mai, recense douze digues endommagées et 430 maisons abîmées."),
    "es": ("Coastal Watch advierte de inundaciones en cuatro ciudades portuarias\n\n"
           "El 22 de diciembre, Coastal Watch afirmó que cuatro ciudades portuarias de Dinamarca se enfrentan "
           "a inundaciones tras tres años de reparaciones aplazadas.\n\n"
           "El informe, publicado en marzo, cuenta doce diques rotos y 340 viviendas dañadas.",
           "Coastal Watch advierte de inundaciones en cuatro ciudades portuarias\n\n"
           "El 23 de diciembre, Coastal Watch afirmó que cinco ciudades portuarias de Dinamarca se enfrentan "
           "a inundaciones tras tres años de reparaciones aplazadas.\n\n"
           "El informe, publicado en mayo, cuenta doce diques rotos y 430 viviendas dañadas."),
    "it": ("Coastal Watch avverte di inondazioni in quattro città portuali\n\n"
           "Il 22 dicembre Coastal Watch ha dichiarato che quattro città portuali della Danimarca rischiano "
           "inondazioni dopo tre anni di riparazioni rinviate.\n\n"
           "Il rapporto, pubblicato a marzo, conta dodici dighe rotte e 340 case danneggiate.",
           "Coastal Watch avverte di inondazioni in quattro città portuali\n\n"
           "Il 23 dicembre Coastal Watch ha dichiarato che cinque città portuali della Danimarca rischiano "
           "inondazioni dopo tre anni di riparazioni rinviate.\n\n"
           "Il rapporto, pubblicato a maggio, conta dodici dighe rotte e 430 case danneggiate."),
    "nl": ("Coastal Watch waarschuwt voor overstromingen in vier havensteden\n\n"
           "Op 22 december zei Coastal Watch dat vier havensteden in Denemarken overstromingen dreigen na "
           "drie jaar uitgestelde reparaties.\n\n"
           "Het rapport, gepubliceerd in maart, telt twaalf kapotte zeeweringen en 340 beschadigde woningen.",
           "Coastal Watch waarschuwt voor overstromingen in vier havensteden\n\n"
           "Op 23 december zei Coastal Watch dat vijf havensteden in Denemarken overstromingen dreigen na "
           "drie jaar uitgestelde reparaties.\n\n"
           "Het rapport, gepubliceerd in mei, telt twaalf kapotte zeeweringen en 430 beschadigde woningen."),
    "de": ("Coastal Watch warnt vor Überschwemmungen in vier Hafenstädten\n\n"
           "Am 22. Dezember erklärte Coastal Watch, dass vier Hafenstädten in Dänemark nach drei Jahren "
           "verzögerter Reparaturen Überschwemmungen drohen.\n\n"
           "Der im März veröffentlichte Bericht zählt zwölf beschädigte Deiche und 340 zerstörte Häuser.",
           "Coastal Watch warnt vor Überschwemmungen in vier Hafenstädten\n\n"
           "Am 23. Dezember erklärte Coastal Watch, dass fünf Hafenstädten in Dänemark nach drei Jahren "
           "verzögerter Reparaturen Überschwemmungen drohen.\n\n"
           "Der im Mai veröffentlichte Bericht zählt zwölf beschädigte Deiche und 430 zerstörte Häuser."),
    "ru": ("Coastal Watch предупреждает о наводнениях в четырёх портовых городах\n\n"
           "22 декабря Coastal Watch заявила, что четыре портовых города Дании находятся под угрозой "
           "наводнений после трёх лет отложенного ремонта.\n\n"
           "В докладе, опубликованном в марте, насчитывается двенадцать разрушенных дамб и 340 повреждённых "
           "домов.",
           "Coastal Watch предупреждает о наводнениях в четырёх портовых городах\n\n"
           "23 декабря Coastal Watch заявила, что пять портовых городов Дании находятся под угрозой "
           "наводнений после трёх лет отложенного ремонта.\n\n"
           "В докладе, опубликованном в мае, насчитывается двенадцать разрушенных дамб и 430 повреждённых "
           "домов."),
    "ko": ("코스탈 워치, 항구 도시 네 곳의 홍수 경고\n\n"
           "코스탈 워치는 12월 22일 덴마크의 항구 도시 네 곳이 3년간 지연된 보수 공사 때문에 홍수 위험에 "
           "처해 있다고 밝혔다.\n\n"
           "3월에 발표된 보고서는 파손된 방조제 12개와 피해 주택 340채를 집계했다.",
           "코스탈 워치, 항구 도시 네 곳의 홍수 경고\n\n"
           "코스탈 워치는 12월 23일 덴마크의 항구 도시 네 곳이 3년간 지연된 보수 공사 때문에 홍수 위험에 "
           "처해 있다고 밝혔다.\n\n"
           "5월에 발표된 보고서는 파손된 방조제 12개와 피해 주택 430채를 집계했다."),
}


def _flags(other: str, language: str) -> list[str]:
    comparison = compare_documents(document_from_text(ENGLISH, name="en.txt", language="en"),
                                   document_from_text(other, name=f"{language}.txt", language=language))
    return [d.message for g in comparison.groups for d in g.drift if d.kind in ("number", "date")]


@pytest.mark.parametrize("language", sorted(VERSIONS))
def test_a_faithful_version_has_no_figure_or_date_flagged(language):
    assert _flags(VERSIONS[language][0], language) == []


@pytest.mark.parametrize("language", sorted(VERSIONS))
def test_a_changed_day_month_and_figure_are_flagged(language):
    flags = " | ".join(_flags(VERSIONS[language][1], language))
    assert "22" in flags and "23" in flags, flags  # the day of the date
    assert "March" in flags, flags  # the month
    assert "340" in flags and "430" in flags, flags


@pytest.mark.parametrize("language", ["fr", "es", "it", "nl", "de", "ru"])
def test_a_changed_number_word_is_flagged(language):
    flags = " | ".join(_flags(VERSIONS[language][1], language))
    assert "four" in flags, flags


def test_month_and_number_names_come_from_cldr_and_num2words():
    assert months("fr")["décembre"] == 12 and months("es")["diciembre"] == 12
    assert months("ru")["декабря"] == 12 and months("ru")["декабре"] == 12  # genitive, prepositional
    assert number_words("it")["trentasette"] == 37 and number_words("fr")["quatre"] == 4
    assert knows_number_words("sv") and not knows_number_words("ko")  # Korean native numerals unknown
    assert not number_words("xx")


def test_today_made_explicit_as_the_date_is_no_drift():
    english = "Coastal Watch report\n\nCoastal Watch published a report on sea walls today."
    french = "Rapport de Coastal Watch\n\nCoastal Watch a publié le 22 décembre 2022 un rapport sur les digues."
    comparison = compare_documents(document_from_text(english, name="en.txt", language="en"),
                                   document_from_text(french, name="fr.txt", language="fr"))
    assert [d.message for g in comparison.groups for d in g.drift if d.kind == "date"] == []


@pytest.mark.parametrize("language, text", [
    ("fr", "La participation est tombée à 45 pour cent à Oulu, selon le rapport."),
    ("es", "La participación cayó al 45 por ciento en Oulu, según el informe."),
    ("it", "L'affluenza è scesa al 45 per cento a Oulu, secondo il rapporto."),
])
def test_per_cent_written_out_is_a_percentage(language, text):
    english = "Report\n\nTurnout fell to 45% in Oulu, the report says."
    comparison = compare_documents(document_from_text(english, name="en.txt", language="en"),
                                   document_from_text("Rapport\n\n" + text, name=f"{language}.txt", language=language))
    assert [d.message for g in comparison.groups for d in g.drift if d.kind == "number"] == []
