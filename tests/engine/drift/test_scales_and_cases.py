"""Figures with a scale, small numbers in their cases, percentages and
dates, across languages: a faithful translation of one sentence written for these tests
in seventeen languages flags nothing ("12 million" is 12 millones, 12
milionów, 1200万, 12 مليون; "four" is чотирьох, čtyř, czterech, أربع), and
a changed figure is still flagged in each."""
from __future__ import annotations

import pytest

from desktop.engine import encoder
from desktop.engine.api import compare_documents, document_from_text
from desktop.engine.drift.lexicon import number_stems, scale_words

pytestmark = pytest.mark.skipif(not encoder.available(), reason="the sentence encoder is not installed")

ENGLISH = ("Coastal Watch said on Tuesday that the sea walls of four harbour towns were close to collapse after "
           "years of neglect, and urged the regional government to release 12 million euros promised for repairs "
           "in 2021.")
FAITHFUL = {
'zh':"海岸观察组织周二表示，四个港口城镇的海堤因多年失修濒临倒塌，并敦促地区政府拨付2021年承诺的1200万欧元修缮资金。",
'ja':"コースタル・ウォッチは火曜日、4つの港町の防波堤が長年の放置により崩壊寸前だと述べ、2021年に約束された修理費1200万ユーロの支出を地方政府に求めた。",
'ko':"코스털 워치는 화요일 네 개 항구 도시의 방파제가 수년간의 방치로 붕괴 직전이라고 밝히고, 지방 정부에 2021년에 약속한 수리비 1200만 유로를 지급하라고 촉구했다.",
'ar':"قالت منظمة كوستال ووتش يوم الثلاثاء إن الجدران البحرية في أربع بلدات ساحلية على وشك الانهيار بعد سنوات من الإهمال، وحثت الحكومة الإقليمية على صرف 12 مليون يورو وُعد بها للإصلاحات في عام 2021.",
'uk':"Coastal Watch у вівторок заявила, що морські дамби чотирьох портових міст близькі до руйнування після років занедбаності, і закликала регіональний уряд виділити 12 мільйонів євро, обіцяних на ремонт у 2021 році.",
'cs':"Coastal Watch v úterý uvedla, že mořské hráze čtyř přístavních měst jsou po letech zanedbávání blízko zhroucení, a vyzvala regionální vládu, aby uvolnila 12 milionů eur slíbených na opravy v roce 2021.",
'pl':"Coastal Watch poinformowała we wtorek, że wały morskie czterech miast portowych są bliskie zawalenia po latach zaniedbań, i wezwała władze regionu do wypłacenia 12 milionów euro obiecanych na naprawy w 2021 roku.",
'es':"Coastal Watch afirmó el martes que los diques de cuatro ciudades portuarias están a punto de derrumbarse tras años de abandono, e instó al gobierno regional a liberar los 12 millones de euros prometidos para reparaciones en 2021.",
'it':"Coastal Watch ha dichiarato martedì che le dighe di quattro città portuali sono vicine al crollo dopo anni di incuria, e ha esortato il governo regionale a stanziare i 12 milioni di euro promessi per le riparazioni nel 2021.",
'pt':"A Coastal Watch afirmou na terça-feira que os diques de quatro cidades portuárias estão perto de ruir após anos de abandono, e instou o governo regional a libertar os 12 milhões de euros prometidos para reparações em 2021.",
'nl':"Coastal Watch zei dinsdag dat de zeeweringen van vier havensteden op instorten staan na jaren van verwaarlozing, en drong er bij de regionale overheid op aan de 12 miljoen euro vrij te geven die in 2021 voor herstel was beloofd.",
'sv':"Coastal Watch sade på tisdagen att havsvallarna i fyra hamnstäder är nära att rasa efter år av försummelse, och uppmanade den regionala regeringen att frigöra de 12 miljoner euro som utlovades för reparationer 2021.",
'no':"Coastal Watch sa tirsdag at sjømurene i fire havnebyer er nær ved å kollapse etter år med forsømmelse, og ba den regionale regjeringen frigjøre de 12 millioner euroene som ble lovet til reparasjoner i 2021.",
'tr':"Coastal Watch salı günü dört liman kasabasının deniz duvarlarının yıllarca ihmal edildikten sonra çökmek üzere olduğunu söyledi ve bölgesel hükümeti 2021'de onarımlar için vaat edilen 12 milyon euroyu serbest bırakmaya çağırdı.",
'de':"Coastal Watch erklärte am Dienstag, die Deiche von vier Hafenstädten stünden nach Jahren der Vernachlässigung kurz vor dem Einsturz, und forderte die Regionalregierung auf, die 2021 für Reparaturen zugesagten 12 Millionen Euro freizugeben.",
'fr':"Coastal Watch a déclaré mardi que les digues de quatre villes portuaires étaient sur le point de céder après des années de négligence, et a exhorté le gouvernement régional à débloquer les 12 millions d’euros promis pour les réparations en 2021.",
'ru':"Coastal Watch во вторник заявила, что морские дамбы четырех портовых городов близки к обрушению после многих лет запустения, и призвала региональное правительство выделить 12 миллионов евро, обещанных на ремонт в 2021 году.",
}
# language: (what is changed, into what)
PLANTED = {
    "zh": ("1200万", "1500万"), "ja": ("1200万", "120万"), "ko": ("1200만", "1500만"), "es": ("12 millones", "15 millones"),
    "pl": ("czterech", "pięciu"), "uk": ("чотирьох", "п’ятьох"), "cs": ("12 milionů", "12 miliard"),
    "ar": ("12 مليون", "15 مليون"), "no": ("12 millioner", "12 milliarder"), "it": ("12 milioni", "21 milioni"),
}


def _figures(language: str, text: str) -> list[str]:
    comparison = compare_documents(document_from_text(ENGLISH, language="en"), document_from_text(text, language=language))
    return [d.message for g in comparison.groups for d in g.drift if d.kind == "number"]


@pytest.mark.parametrize("language", sorted(FAITHFUL))
def test_a_faithful_translation_flags_no_figure(language):
    assert _figures(language, FAITHFUL[language]) == []


@pytest.mark.parametrize("language", sorted(PLANTED))
def test_a_changed_figure_is_flagged(language):
    old, new = PLANTED[language]
    assert old in FAITHFUL[language]
    assert _figures(language, FAITHFUL[language].replace(old, new))


def test_scale_words_come_in_every_form_num2words_writes():
    assert {"milion", "miliony", "milionów"} <= set(scale_words("pl"))
    assert scale_words("es")["millones"] == 1e6 and scale_words("es")["mil"] == 1e3
    assert scale_words("zh")["万"] == 1e4 and scale_words("ko")["억"] == 1e8
    assert scale_words("tr")["milyon"] == 1e6  # num2words writes "ikimilyon"


def test_small_numbers_are_known_by_their_stem():
    assert 4 in number_stems("uk")["чоти"] and 4 in number_stems("pl")["czte"]


DATED = ("On 22 December 2017, Amnesty International published a report on 20 countries. Its director, Anna Berg, "
         "said that 3.5 percent of the budget had been cut since March.")
# Percent written before the figure (yüzde 3,5), as words (في المئة, відсотка), a month before a decimal (maart 3,5)
FAITHFUL_DATED = {
'zh':"2017年12月22日，国际特赦组织发表了一份关于20个国家的报告。其主任安娜·贝格表示，自3月以来预算已削减3.5%。",
'ja':"2017年12月22日、アムネスティ・インターナショナルは20カ国に関する報告書を発表した。同団体のアンナ・ベリ所長は、3月以降、予算の3.5%が削減されたと述べた。",
'ko':"2017년 12월 22일 국제앰네스티는 20개국에 관한 보고서를 발표했다. 안나 베리 대표는 3월 이후 예산의 3.5%가 삭감됐다고 말했다.",
'ar':"في 22 ديسمبر 2017، نشرت منظمة العفو الدولية تقريرًا عن 20 دولة. وقالت مديرتها آنا بيرغ إن 3.5 في المئة من الميزانية قد خُفضت منذ مارس.",
'uk':"22 грудня 2017 року Amnesty International опублікувала доповідь про 20 країн. Її директорка Анна Берг заявила, що з березня бюджет скоротили на 3,5 відсотка.",
'cs':"Dne 22. prosince 2017 zveřejnila Amnesty International zprávu o 20 zemích. Její ředitelka Anna Bergová uvedla, že od března bylo z rozpočtu škrtnuto 3,5 procenta.",
'pl':"22 grudnia 2017 r. Amnesty International opublikowała raport o 20 krajach. Jej dyrektorka Anna Berg powiedziała, że od marca obcięto 3,5 procent budżetu.",
'pt':"Em 22 de dezembro de 2017, a Amnistia Internacional publicou um relatório sobre 20 países. A sua diretora, Anna Berg, disse que 3,5 por cento do orçamento foi cortado desde março.",
'no':"Den 22. desember 2017 publiserte Amnesty International en rapport om 20 land. Direktøren Anna Berg sa at 3,5 prosent av budsjettet var kuttet siden mars.",
'tr':"Uluslararası Af Örgütü 22 Aralık 2017'de 20 ülke hakkında bir rapor yayımladı. Direktörü Anna Berg, bütçenin yüzde 3,5'inin mart ayından bu yana kesildiğini söyledi.",
'es':"El 22 de diciembre de 2017, Amnistía Internacional publicó un informe sobre 20 países. Su directora, Anna Berg, dijo que desde marzo se había recortado el 3,5 por ciento del presupuesto.",
'nl':"Op 22 december 2017 publiceerde Amnesty International een rapport over 20 landen. De directeur, Anna Berg, zei dat sinds maart 3,5 procent van het budget was geschrapt.",
'it':"Il 22 dicembre 2017 Amnesty International ha pubblicato un rapporto su 20 paesi. La direttrice, Anna Berg, ha detto che dal marzo è stato tagliato il 3,5 per cento del bilancio.",
}


def _dated(language: str, text: str) -> list[str]:
    comparison = compare_documents(document_from_text(DATED, language="en"), document_from_text(text, language=language))
    return [d.message for g in comparison.groups for d in g.drift]


@pytest.mark.parametrize("language", sorted(FAITHFUL_DATED))
def test_a_faithful_translation_of_dates_and_percentages_flags_nothing(language):
    assert _dated(language, FAITHFUL_DATED[language]) == []


@pytest.mark.parametrize("language", ["ar", "uk", "tr", "nl", "cs"])
def test_a_changed_percentage_is_flagged(language):
    changed = FAITHFUL_DATED[language].replace("3,5", "4,5").replace("3.5", "4.5")
    assert any("3.5" in message for message in _dated(language, changed))


MONEY = ("On 22 December 2017, Coastal Watch said 12 million euros were promised for repairs in four towns, "
         "and €1.5m more in 2021.")
# Eastern Arabic digits with their own decimal mark and "and" against the figure (و١٫٥),
# a scale abbreviation with its dot mid-sentence (12 Mio. Euro), the scale before the currency (1,5 M€).
FAITHFUL_MONEY = {
    "ar": "في ٢٢ ديسمبر ٢٠١٧، قالت كوستال ووتش إن ١٢ مليون يورو وُعد بها للإصلاحات في أربع بلدات، "
          "و١٫٥ مليون يورو إضافية في عام ٢٠٢١.",
    "de": "Am 22. Dezember 2017 sagte Coastal Watch, für Reparaturen in vier Städten seien 12 Mio. Euro zugesagt "
          "worden, 2021 weitere 1,5 Mio. Euro.",
    "fr": "Le 22 décembre 2017, Coastal Watch a indiqué que 12 M€ avaient été promis pour des réparations dans "
          "quatre villes, et 1,5 M€ de plus en 2021.",
    "es": "El 22 de diciembre de 2017, Coastal Watch dijo que se prometieron 12 millones de euros para reparaciones "
          "en cuatro ciudades, y 1,5 millones de euros más en 2021.",
}


@pytest.mark.parametrize("language", sorted(FAITHFUL_MONEY))
def test_sums_written_the_way_each_press_writes_them_flag_nothing(language):
    comparison = compare_documents(document_from_text(MONEY, language="en"),
                                   document_from_text(FAITHFUL_MONEY[language], language=language))
    assert [d.message for g in comparison.groups for d in g.drift] == []


def test_eastern_arabic_digits_are_compared_by_value():
    changed = FAITHFUL_MONEY["ar"].replace("١٢ مليون", "١٥ مليون")
    comparison = compare_documents(document_from_text(MONEY, language="en"), document_from_text(changed, language="ar"))
    # the only figure of its sentence on each side, both in digits: one took the other's place
    assert "Figure “12 million” became “١٥ مليون”" in [d.message for g in comparison.groups for d in g.drift]


def test_a_scale_abbreviation_ends_no_sentence():
    from desktop.engine.sentences import sentences

    assert len(sentences(FAITHFUL_MONEY["de"])) == 1


WALL = ("The council said on Monday that the new sea wall, 5 m high and 8470 m long, will cost €1.5m "
        "and take two years to build.")
WALL_SPELT_OUT = ("The council said on Monday that the new sea wall, 5 metres high and 8470 metres long, will cost "
                  "1.5 million euros and take two years to build.")
WALL_IN_FRENCH = ("Le conseil a déclaré lundi que la nouvelle digue, haute de 5 mètres et longue de 8470 m, coûtera "
                  "1,5 million d'euros et demandera deux ans de travaux.")


def _messages(left: str, right: str, left_language: str = "en", right_language: str = "en") -> list[str]:
    comparison = compare_documents(document_from_text(left, language=left_language),
                                   document_from_text(right, language=right_language))
    return [d.message for g in comparison.groups for d in g.drift]


def test_metres_apart_from_the_figure_are_no_million():
    """"5 m" is five metres (a million is written against the figure: "€1.5m"),
    and "m" is the short form of "metres", not another thing counted."""
    assert _messages(WALL, WALL_SPELT_OUT) == []
    assert _messages(WALL, WALL_IN_FRENCH, "en", "fr") == []
    assert _messages(WALL, WALL_SPELT_OUT.replace("5 metres", "6 metres")) == ["Figure “5” became “6”"]


def test_a_figure_with_a_vulgar_fraction_is_its_value():
    """"1 ½ m" is 1.50 m; "2½ years" becoming "three years" is a change."""
    assert _messages("Here the water was about 1 ½ m deep, the guide said on Monday.",
                     "L'eau, à cet endroit, était profonde de 1,50 m, a dit le guide lundi.", "en", "fr") == []
    assert _messages("The work will take 2½ years, the council said on Monday.",
                     "The work will take three years, the council said on Monday.") == ["Figure “2½” became “three”"]


def test_miles_in_french_are_no_thousands():
    """"mille" takes a case ending only in the languages whose nouns change
    by case; French "50 milles" is fifty miles."""
    assert _messages("The zone is 50 miles deep along the border, the ministry said on Monday.",
                     "La zone a une profondeur de 50 milles le long de la frontière, a indiqué le ministère lundi.",
                     "en", "fr") == []


def test_a_figure_touching_an_m_is_read_by_its_counterpart():
    """"8222m" is a million in press copy and metres in a climber's notes:
    against the bare figure it is that figure, against a million a million;
    another figure is still a change."""
    summit = "Der höchste Gipfel der Kette misst 8222m, berichtete die Expedition am Montag."
    assert _messages(summit, "Le plus haut sommet de la chaîne mesure 8222 m, a rapporté l'expédition lundi.",
                     "de", "fr") == []
    assert _messages("The fund raised €1.5m for the sea walls, the council said on Monday.",
                     "The fund raised 1.5 million euros for the sea walls, the council said on Monday.") == []
    assert _messages(summit, "Le plus haut sommet de la chaîne mesure 8220 m, a rapporté l'expédition lundi.",
                     "de", "fr") == ["Figure “8222m” became “8220”"]


def test_a_figure_after_an_abbreviations_dot_is_read():
    """"S.298" and "Nr.212" (no space after the abbreviation) carry the same
    figures as "p. 298" and "n° 212"; a decimal's dot still binds its digits."""
    assert _messages("Der Bericht (S.298) nennt den Träger Nr.212 als Zeugen, schrieb der Verband am Montag.",
                     "Le rapport (p. 298) cite le porteur n° 212 comme témoin, a écrit l'association lundi.",
                     "de", "fr") == []
    assert _messages("Der Bericht (S.298) nennt den Träger Nr.212 als Zeugen, schrieb der Verband am Montag.",
                     "Le rapport (p. 299) cite le porteur n° 212 comme témoin, a écrit l'association lundi.",
                     "de", "fr") == ["Figure “298” became “299”"]


def test_a_number_word_and_a_figure_in_digits_are_not_guessed_into_each_other():
    """Across languages a figure gone and one new in the same sentence are
    taken for one change only when written alike: "Four" and "57" only
    share a sentence (each is reported on its own)."""
    messages = _messages("Four members of the team reached the summit on Monday, the club said.",
                         "Le sommet fut atteint lundi par le porteur n° 57 de l'équipe, a dit le club.", "en", "fr")
    assert not any("became" in m for m in messages)
    assert "Figure “57” was added" in messages


def test_about_a_hundred_is_a_hundred_in_the_languages_that_count_that_way():
    """"une centaine de mètres", "un centinaio", "un centenar" are about a
    hundred ("hundert Meter", "a hundred people"); German "tausend" is a
    thousand; a thirty for a hundred is still a change."""
    assert _messages("Sie hatten um 16 Uhr erst hundert Meter geschafft, schrieb der Leiter.",
                     "À 16 heures ils n'avaient franchi qu'une centaine de mètres, écrivit le chef.", "de", "fr") == []
    assert _messages("Der Turm erhob sich noch rund tausend Meter über ihnen, schrieb der Leiter.",
                     "La tour les dominait encore de 1000 m, écrivit le chef.", "de", "fr") == []
    marched = "About a hundred people marched in the city on Monday, the police said."
    assert _messages(marched, "Un centinaio di persone hanno marciato lunedì in città, ha detto la polizia.",
                     "en", "it") == []
    assert _messages(marched, "Une trentaine de personnes ont défilé lundi en ville, a dit la police.",
                     "en", "fr") == ["Figure “hundred” became “trentaine”"]


def test_an_initial_written_against_the_name_is_the_same_name():
    """"Peter C. Bryne" and "Peter C.Bryne" are one person; another person
    in his place is still a change."""
    english = "An Australian expedition led by Peter C. Bryne has been announced, the association said on Monday."
    french = "Une expédition australienne dirigée par Peter C.Bryne a été annoncée, a indiqué l'association lundi."
    assert _messages(english, french, "en", "fr") == []
    assert _messages(english, french.replace("Peter C.Bryne", "Marta K.Jensen"), "en", "fr") != []
