"""A faithful translation of a short release with a quotation, a speaker,
a report title in single quotes and place names, written for these tests
in nine languages, flags nothing: Chinese and Japanese quotations count
their words by characters, a title in quotation marks (‘Walls of Sand’,
«Muros de arena») is translated, not a name dropped, and where the encoder
cannot read a language no group is called rewritten on its say-so. Planted
changes are still flagged."""
from __future__ import annotations

import pytest

from desktop.engine import encoder
from desktop.engine.api import compare_documents, document_from_text
from desktop.engine.drift.quotes import word_count

from .renderings import cases, drift_messages

pytestmark = pytest.mark.skipif(not encoder.available(), reason="the sentence encoder is not installed")

ENGLISH = ("Coastal Watch demands urgent repairs\n\n"
           "“The sea walls are giving way and nobody is listening,” said Anna Berg, director of Coastal Watch.\n\n"
           "The organisation’s report, ‘Walls of Sand’, documents damage in Esbjerg and Ribe since 2019.")
FAITHFUL = {
'zh':"海岸观察组织要求紧急维修\n\n“海堤正在崩塌，却没有人在听，”海岸观察组织主任安娜·贝格说。\n\n该组织的报告《沙之墙》记录了自2019年以来埃斯比约和里伯的损坏情况。",
'ja':"コースタル・ウォッチが緊急修理を要求\n\n「防波堤は崩れつつあるのに、誰も耳を傾けていない」とコースタル・ウォッチのアンナ・ベリ所長は述べた。\n\n同団体の報告書『砂の壁』は、2019年以降のエスビャウとリーベの被害を記録している。",
'ar':"كوستال ووتش تطالب بإصلاحات عاجلة\n\n«الجدران البحرية تنهار ولا أحد يستمع»، قالت آنا بيرغ، مديرة كوستال ووتش.\n\nيوثق تقرير المنظمة «جدران من رمل» الأضرار في إسبيرغ وريبه منذ عام 2019.",
'uk':"Coastal Watch вимагає термінового ремонту\n\n«Морські дамби руйнуються, і ніхто не слухає», — сказала Анна Берг, директорка Coastal Watch.\n\nЗвіт організації «Стіни з піску» документує пошкодження в Есб'єргу та Рібе з 2019 року.",
'cs':"Coastal Watch požaduje naléhavé opravy\n\n„Mořské hráze povolují a nikdo neposlouchá,“ řekla Anna Bergová, ředitelka Coastal Watch.\n\nZpráva organizace „Zdi z písku“ dokumentuje škody v Esbjergu a Ribe od roku 2019.",
'pt':"Coastal Watch exige reparações urgentes\n\n«Os diques estão a ceder e ninguém está a ouvir», disse Anna Berg, diretora da Coastal Watch.\n\nO relatório da organização, «Muros de Areia», documenta os danos em Esbjerg e Ribe desde 2019.",
'no':"Coastal Watch krever raske reparasjoner\n\n– Sjømurene gir etter, og ingen lytter, sa Anna Berg, direktør i Coastal Watch.\n\nOrganisasjonens rapport «Murer av sand» dokumenterer skader i Esbjerg og Ribe siden 2019.",
'es':"Coastal Watch exige reparaciones urgentes\n\n«Los diques están cediendo y nadie escucha», dijo Anna Berg, directora de Coastal Watch.\n\nEl informe de la organización, «Muros de arena», documenta los daños en Esbjerg y Ribe desde 2019.",
'tr':"Coastal Watch acil onarım talep ediyor\n\n“Deniz duvarları çöküyor ve kimse dinlemiyor,” dedi Coastal Watch direktörü Anna Berg.\n\nÖrgütün ‘Kumdan Duvarlar’ başlıklı raporu, 2019'dan bu yana Esbjerg ve Ribe'deki hasarı belgeliyor.",
}


def _compare(language: str, text: str):
    return compare_documents(document_from_text(ENGLISH, language="en"), document_from_text(text, language=language))


@pytest.mark.parametrize("language", sorted(FAITHFUL))
def test_a_faithful_translation_flags_nothing(language):
    comparison = _compare(language, FAITHFUL[language])
    assert [d.message for g in comparison.groups for d in g.drift] == []


@pytest.mark.parametrize("language", ["uk", "no"])
def test_where_the_encoder_cannot_read_no_group_is_called_rewritten(language):
    comparison = _compare(language, FAITHFUL[language])
    assert {str(g.status) for g in comparison.groups} == {"edited"}


@pytest.mark.parametrize("language, old, new", [("zh", "“海堤正在崩塌，却没有人在听，”", "海堤正在崩塌，却没有人在听，"),
                                                ("ja", "「防波堤は崩れつつあるのに、誰も耳を傾けていない」", "防波堤は崩れつつあるのに、誰も耳を傾けていないと")])
def test_a_quotation_that_lost_its_marks_is_still_flagged(language, old, new):
    comparison = _compare(language, FAITHFUL[language].replace(old, new))
    assert "A direct quotation became reported speech" in [d.message for g in comparison.groups for d in g.drift]


@pytest.mark.parametrize("language", ["tr", "es", "pt"])
def test_a_changed_place_is_still_flagged(language):
    comparison = _compare(language, FAITHFUL[language].replace("Esbjerg", "Aarhus"))
    assert any("Aarhus" in d.message for g in comparison.groups for d in g.drift)


def test_words_of_unspaced_scripts_are_counted_by_characters():
    assert word_count("防波堤は崩れつつある") == 5 and word_count("The sea walls") == 3


# A release's quotation with its speaker's title, a rate decision in basis points and a visit by a
# UN official, as each language writes them ("secretária-geral", "secretaris-generaal", "Haut-
# Commissaire", Фолькер Тюрк for Volker Türk): nothing changed, nothing flagged.
RELEASE_RENDERINGS = [
 ("“We will not stop until every family in Esbjerg is safe,” said Anna Berg, Secretary General of Coastal Watch.", {
   "fr": "« Nous ne nous arrêterons pas tant que chaque famille d'Esbjerg ne sera pas en sécurité », a déclaré Anna Berg, secrétaire générale de Coastal Watch.",
   "es": "«No pararemos hasta que todas las familias de Esbjerg estén a salvo», dijo Anna Berg, secretaria general de Coastal Watch.",
   "it": "«Non ci fermeremo finché ogni famiglia di Esbjerg non sarà al sicuro», ha dichiarato Anna Berg, segretaria generale di Coastal Watch.",
   "de": "„Wir werden nicht aufhören, bis jede Familie in Esbjerg in Sicherheit ist“, sagte Anna Berg, Generalsekretärin von Coastal Watch.",
   "pt": "“Não vamos parar até que todas as famílias de Esbjerg estejam em segurança”, disse Anna Berg, secretária-geral da Coastal Watch.",
   "nl": "‘We stoppen niet tot elk gezin in Esbjerg veilig is’, zei Anna Berg, secretaris-generaal van Coastal Watch.",
   "cs": "„Nepřestaneme, dokud nebude každá rodina v Esbjergu v bezpečí,“ řekla Anna Bergová, generální tajemnice Coastal Watch.",
   "ru": "«Мы не остановимся, пока каждая семья в Эсбьерге не будет в безопасности», — заявила генеральный секретарь Coastal Watch Анна Берг.",
   "no": "– Vi stopper ikke før hver familie i Esbjerg er trygg, sa Anna Berg, generalsekretær i Coastal Watch.",
   "sv": "– Vi slutar inte förrän varje familj i Esbjerg är säker, säger Anna Berg, generalsekreterare för Coastal Watch.",
   "uk": "«Ми не зупинимося, доки кожна родина в Есб'єргу не буде в безпеці», – заявила генеральна секретарка Coastal Watch Анна Берг.",
   "pl": "„Nie przestaniemy, dopóki każda rodzina w Esbjergu nie będzie bezpieczna” – powiedziała Anna Berg, sekretarz generalna Coastal Watch."}),
 ("The central bank raised its key rate by 25 basis points to 4.5 percent in Esbjerg.", {
   "fr": "La banque centrale a relevé son taux directeur de 25 points de base, à 4,5 %, à Esbjerg.",
   "es": "El banco central subió su tipo de referencia en 25 puntos básicos, hasta el 4,5 %, en Esbjerg.",
   "it": "La banca centrale ha alzato il tasso di riferimento di 25 punti base al 4,5 per cento a Esbjerg.",
   "de": "Die Zentralbank hob ihren Leitzins in Esbjerg um 25 Basispunkte auf 4,5 Prozent an.",
   "pt": "O banco central subiu a sua taxa de referência em 25 pontos base, para 4,5 %, em Esbjerg.",
   "nl": "De centrale bank verhoogde haar beleidsrente in Esbjerg met 25 basispunten tot 4,5 procent.",
   "cs": "Centrální banka v Esbjergu zvýšila základní sazbu o 25 bazických bodů na 4,5 procenta.",
   "ru": "Центральный банк повысил ключевую ставку на 25 базисных пунктов, до 4,5 процента, в Эсбьерге.",
   "no": "Sentralbanken hevet styringsrenten med 25 basispunkter til 4,5 prosent i Esbjerg.",
   "sv": "Centralbanken höjde styrräntan med 25 punkter till 4,5 procent i Esbjerg.",
   "uk": "Центральний банк підвищив облікову ставку на 25 базисних пунктів, до 4,5 відсотка, в Есб'єргу.",
   "pl": "Bank centralny podniósł stopę referencyjną o 25 punktów bazowych do 4,5 procent w Esbjergu."}),
 ("The UN High Commissioner for Human Rights, Volker Türk, visited Esbjerg on 3 March 2024.", {
   "fr": "Le Haut-Commissaire des Nations unies aux droits de l'homme, Volker Türk, s'est rendu à Esbjerg le 3 mars 2024.",
   "es": "El Alto Comisionado de la ONU para los Derechos Humanos, Volker Türk, visitó Esbjerg el 3 de marzo de 2024.",
   "it": "L'Alto commissario ONU per i diritti umani, Volker Türk, ha visitato Esbjerg il 3 marzo 2024.",
   "de": "Der UN-Hochkommissar für Menschenrechte, Volker Türk, besuchte Esbjerg am 3. März 2024.",
   "pt": "O Alto Comissário da ONU para os Direitos Humanos, Volker Türk, visitou Esbjerg a 3 de março de 2024.",
   "nl": "De VN-Hoge Commissaris voor de Mensenrechten, Volker Türk, bezocht Esbjerg op 3 maart 2024.",
   "cs": "Vysoký komisař OSN pro lidská práva Volker Türk navštívil Esbjerg 3. března 2024.",
   "ru": "Верховный комиссар ООН по правам человека Фолькер Тюрк посетил Эсбьерг 3 марта 2024 года.",
   "no": "FNs høykommissær for menneskerettigheter, Volker Türk, besøkte Esbjerg 3. mars 2024.",
   "sv": "FN:s högkommissarie för mänskliga rättigheter, Volker Türk, besökte Esbjerg den 3 mars 2024.",
   "uk": "Верховний комісар ООН з прав людини Фолькер Тюрк відвідав Есб'єрг 3 березня 2024 року.",
   "pl": "Wysoki Komisarz ONZ ds. Praw Człowieka Volker Türk odwiedził Esbjerg 3 marca 2024 r."}),
]


@pytest.mark.parametrize("case, language", cases(RELEASE_RENDERINGS))
def test_release_sentences_rendered_the_languages_own_way_flag_nothing(case, language):
    english, versions = RELEASE_RENDERINGS[case]
    assert drift_messages(english, versions[language], language) == []
