"""Figures and dates across languages: the same short release written for
these tests in seven languages, once faithfully (no figure or date may be
flagged) and once with planted changes (each must be): a number word, the
day of a date, a month and a figure."""
from __future__ import annotations

import pytest

from desktop.engine import encoder
from desktop.engine.api import compare_documents, document_from_text
from desktop.engine.drift.lexicon import knows_number_words, months, number_words

from .renderings import cases, drift_messages

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


# Vague counts and fractions as each language says them ("tens of thousands" / "desítky tisíc",
# "hundreds" / "сотни", "half" / "la moitié"): no figure added or dropped, no date.
VAGUE_RENDERINGS = [
 ("Tens of thousands of people have fled Esbjerg since the storm.", {
   "fr": "Des dizaines de milliers de personnes ont fui Esbjerg depuis la tempête.", "es": "Decenas de miles de personas han huido de Esbjerg desde la tormenta.",
   "it": "Decine di migliaia di persone sono fuggite da Esbjerg dopo la tempesta.", "de": "Zehntausende Menschen sind seit dem Sturm aus Esbjerg geflohen.",
   "pt": "Dezenas de milhares de pessoas fugiram de Esbjerg desde a tempestade.", "nl": "Tienduizenden mensen zijn sinds de storm uit Esbjerg gevlucht.",
   "cs": "Desítky tisíc lidí od bouře uprchly z Esbjergu.", "ru": "Десятки тысяч человек бежали из Эсбьерга после шторма.",
   "no": "Titusener av mennesker har flyktet fra Esbjerg siden stormen.", "sv": "Tiotusentals människor har flytt från Esbjerg sedan stormen.",
   "uk": "Десятки тисяч людей втекли з Есб'єргу після шторму.", "pl": "Dziesiątki tysięcy ludzi uciekły z Esbjergu od czasu burzy."}),
 ("Hundreds of families in Esbjerg lost their homes.", {
   "fr": "Des centaines de familles d'Esbjerg ont perdu leur maison.", "es": "Cientos de familias de Esbjerg perdieron sus casas.",
   "it": "Centinaia di famiglie di Esbjerg hanno perso la casa.", "de": "Hunderte Familien in Esbjerg haben ihr Zuhause verloren.",
   "pt": "Centenas de famílias de Esbjerg perderam as suas casas.", "nl": "Honderden gezinnen in Esbjerg verloren hun huis.",
   "cs": "Stovky rodin v Esbjergu přišly o domov.", "ru": "Сотни семей в Эсбьерге лишились домов.",
   "no": "Hundrevis av familier i Esbjerg mistet hjemmene sine.", "sv": "Hundratals familjer i Esbjerg förlorade sina hem.",
   "uk": "Сотні родин в Есб'єргу втратили домівки.", "pl": "Setki rodzin w Esbjergu straciły domy."}),
 ("On Monday, thousands of volunteers cleared the streets of Esbjerg.", {
   "fr": "Lundi, des milliers de bénévoles ont dégagé les rues d'Esbjerg.", "es": "El lunes, miles de voluntarios despejaron las calles de Esbjerg.",
   "it": "Lunedì migliaia di volontari hanno ripulito le strade di Esbjerg.", "de": "Am Montag räumten Tausende Freiwillige die Straßen von Esbjerg.",
   "pt": "Na segunda-feira, milhares de voluntários limparam as ruas de Esbjerg.", "nl": "Maandag ruimden duizenden vrijwilligers de straten van Esbjerg op.",
   "cs": "V pondělí tisíce dobrovolníků vyčistily ulice Esbjergu.", "ru": "В понедельник тысячи добровольцев расчистили улицы Эсбьерга.",
   "no": "Mandag ryddet tusenvis av frivillige gatene i Esbjerg.", "sv": "I måndags röjde tusentals frivilliga gatorna i Esbjerg.",
   "uk": "У понеділок тисячі волонтерів розчистили вулиці Есб'єргу.", "pl": "W poniedziałek tysiące wolontariuszy uprzątnęły ulice Esbjergu."}),
 ("More than half of the homes in Esbjerg were damaged, and a third were destroyed.", {
   "fr": "Plus de la moitié des maisons d'Esbjerg ont été endommagées, et un tiers détruites.", "es": "Más de la mitad de las viviendas de Esbjerg resultaron dañadas y un tercio destruidas.",
   "it": "Più della metà delle case di Esbjerg è stata danneggiata e un terzo distrutta.", "de": "Mehr als die Hälfte der Häuser in Esbjerg wurde beschädigt, ein Drittel zerstört.",
   "pt": "Mais de metade das casas de Esbjerg ficaram danificadas e um terço destruídas.", "nl": "Meer dan de helft van de woningen in Esbjerg werd beschadigd en een derde verwoest.",
   "cs": "Více než polovina domů v Esbjergu byla poškozena a třetina zničena.", "ru": "Более половины домов в Эсбьерге повреждены, а треть разрушена.",
   "no": "Mer enn halvparten av husene i Esbjerg ble skadet, og en tredjedel ødelagt.", "sv": "Mer än hälften av husen i Esbjerg skadades och en tredjedel förstördes.",
   "uk": "Понад половину будинків в Есб'єргу пошкоджено, а третину зруйновано.", "pl": "Ponad połowa domów w Esbjergu została uszkodzona, a jedna trzecia zniszczona."}),
]


@pytest.mark.parametrize("case, language", cases(VAGUE_RENDERINGS))
def test_vague_counts_rendered_the_languages_own_way_are_no_change(case, language):
    english, versions = VAGUE_RENDERINGS[case]
    assert drift_messages(english, versions[language], language) == []
