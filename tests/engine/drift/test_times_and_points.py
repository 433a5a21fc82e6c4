"""Times of day, percentage points and dozens: a faithful translation of a
paragraph written for these tests in six languages flags nothing (10:30 is
10.30 Uhr and 10 h 30; 0.75 percentage points is 0,75 puntos porcentuales;
a dozen is ein Dutzend), and within English a time changed, or percentage
points become percent (issue 12: a figure whose unit changed), is an error."""
from __future__ import annotations

import pytest

from desktop.engine import encoder
from desktop.engine.api import compare_documents, document_from_text

pytestmark = pytest.mark.skipif(not encoder.available(), reason="the sentence encoder is not installed")

ENGLISH = ("Coastal Watch counts damage in harbour towns\n\n"
"At 10:30 on Tuesday, the group said that between 10 and 15 percent of the walls had failed, a rise of 0.75 percentage points. "
"A 25-year-old engineer and a dozen volunteers inspected the second breach.\n\n"
"Its director, Anna Berg, said the repairs would cost 1,200 euros per metre.")
FAITHFUL = {
'es':("Coastal Watch cuenta los daños en las ciudades portuarias\n\n"
"A las 10.30 del martes, el grupo dijo que entre el 10 y el 15 % de los muros habían fallado, un aumento de 0,75 puntos porcentuales. "
"Un ingeniero de 25 años y una docena de voluntarios inspeccionaron la segunda brecha.\n\n"
"Su directora, Anna Berg, dijo que las reparaciones costarían 1.200 euros por metro."),
'fr':("Coastal Watch recense les dégâts dans les villes portuaires\n\n"
"Mardi à 10 h 30, le groupe a déclaré qu’entre 10 et 15 % des digues avaient cédé, une hausse de 0,75 point de pourcentage. "
"Un ingénieur de 25 ans et une douzaine de bénévoles ont inspecté la deuxième brèche.\n\n"
"Sa directrice, Anna Berg, a déclaré que les réparations coûteraient 1 200 euros par mètre."),
'de':("Coastal Watch zählt die Schäden in Hafenstädten\n\n"
"Am Dienstag um 10.30 Uhr erklärte die Gruppe, zwischen 10 und 15 Prozent der Deiche seien gebrochen, ein Anstieg um 0,75 Prozentpunkte. "
"Ein 25-jähriger Ingenieur und ein Dutzend Freiwillige untersuchten den zweiten Bruch.\n\n"
"Ihre Direktorin Anna Berg sagte, die Reparaturen würden 1.200 Euro pro Meter kosten."),
'ru':("Coastal Watch подсчитывает ущерб в портовых городах\n\n"
"Во вторник в 10:30 группа заявила, что от 10 до 15 процентов дамб разрушены, что на 0,75 процентного пункта больше. "
"25-летний инженер и дюжина волонтеров осмотрели второй прорыв.\n\n"
"Ее директор Анна Берг заявила, что ремонт обойдется в 1200 евро за метр."),
'it':("Coastal Watch conta i danni nelle città portuali\n\n"
"Martedì alle 10.30 il gruppo ha dichiarato che tra il 10 e il 15 per cento delle dighe ha ceduto, un aumento di 0,75 punti percentuali. "
"Un ingegnere di 25 anni e una dozzina di volontari hanno ispezionato la seconda breccia.\n\n"
"La sua direttrice, Anna Berg, ha detto che le riparazioni costeranno 1.200 euro al metro."),
'pl':("Coastal Watch liczy szkody w miastach portowych\n\n"
"We wtorek o 10:30 grupa poinformowała, że od 10 do 15 procent wałów uległo zniszczeniu, co oznacza wzrost o 0,75 punktu procentowego. "
"25-letni inżynier i tuzin wolontariuszy obejrzało drugą wyrwę.\n\n"
"Jej dyrektorka Anna Berg powiedziała, że naprawy będą kosztować 1200 euro za metr."),
}


def _flags(left: str, right: str, language: str) -> list[str]:
    comparison = compare_documents(document_from_text(left, language="en"), document_from_text(right, language=language))
    return [d.message for g in comparison.groups for d in g.drift]


@pytest.mark.parametrize("language", sorted(FAITHFUL))
def test_a_faithful_translation_of_times_points_and_dozens_flags_nothing(language):
    assert _flags(ENGLISH, FAITHFUL[language], language) == []


def test_percentage_points_that_became_percent_is_an_error():
    changed = ENGLISH.replace("0.75 percentage points", "0.75 percent")
    assert "Figure “0.75 percentage points” became “0.75 percent”" in _flags(ENGLISH, changed, "en")


def test_a_changed_time_is_an_error_and_a_decimal_is_no_time():
    assert "Figure “10:30” became “11:30”" in _flags(ENGLISH, ENGLISH.replace("10:30", "11:30"), "en")
    spanish = FAITHFUL["es"].replace("A las 10.30", "A las 11.30")
    assert any("10:30" in m for m in _flags(ENGLISH, spanish, "es"))
    prices = "The ticket costs 10.30 euros.\n\nNothing else changed in the harbour towns this week."
    assert _flags(prices, prices.replace("10.30", "10.50"), "en") == ["Figure “10.30” became “10.50”"]


REPORT = "Harbour traffic report\n\nThe port recorded 6 million movements last year, the authority said on Monday."


def test_the_same_figure_counting_something_else_is_flagged():
    assert _flags(REPORT, REPORT.replace("movements", "people"), "en") == [
        "Figure “6 million” now counts “people”, not “movements”"]
    assert _flags(REPORT.replace("movements", "people"), REPORT, "en") == [
        "Figure “6 million” now counts “movements”, not “people”"]  # mirrored


@pytest.mark.parametrize("rewrite", ["6 million ship movements", "6 million movements of ships", "six million movements"])
def test_the_same_thing_counted_in_other_words_is_not(rewrite):
    assert _flags(REPORT, REPORT.replace("6 million movements", rewrite), "en") == []


def test_a_time_in_older_french_typography_is_that_time():
    """"vers 15 h. 30" (a mountaineering yearbook's French) is 15.30 Uhr."""
    german = "Wir hatten das Lager am Vortag etwa um 15.30 Uhr verlassen, schrieb der Expeditionsleiter."
    french = "Nous avions quitté le camp la veille, vers 15 h. 30, écrivit le chef de l'expédition."
    comparison = compare_documents(document_from_text(german, language="de"), document_from_text(french, language="fr"))
    assert [d.message for g in comparison.groups for d in g.drift if d.kind == "number"] == []
    later = french.replace("15 h. 30", "16 h. 30")
    comparison = compare_documents(document_from_text(german, language="de"), document_from_text(later, language="fr"))
    assert [d.message for g in comparison.groups for d in g.drift if d.kind == "number"] == \
        ["Figure “15.30 Uhr” became “16 h. 30”"]
