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
