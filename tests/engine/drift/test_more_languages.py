"""The hand lists of the drift checks in the languages beyond the first
three: a negation dropped within a language, a hedge added or dropped in
translation, figures written as words, for the languages the hidden pairs
come in (Czech, Norwegian, Ukrainian, Turkish among them). Every text here
was written for these tests."""
from __future__ import annotations

import pytest

from desktop.engine import encoder
from desktop.engine.api import compare_documents, document_from_text
from desktop.engine.drift.lexicon import hedges, knows_speech_verbs, negations, number_words
from desktop.engine.drift.quotes import speakers

from .renderings import CLOSING

TITLE = "Coastal Watch\n\n"
# language: (a claim negated, the same claim without its negation)
NEGATED = {
    "en": ("The ministry said the sea walls will not hold this winter.",
           "The ministry said the sea walls will hold this winter."),
    "fr": ("Le ministère a dit que les digues ne tiendront pas cet hiver.",
           "Le ministère a dit que les digues tiendront cet hiver."),
    "es": ("El ministerio dijo que los diques no resistirán este invierno.",
           "El ministerio dijo que los diques resistirán este invierno."),
    "it": ("Il ministero ha detto che le dighe non reggeranno quest'inverno.",
           "Il ministero ha detto che le dighe reggeranno quest'inverno."),
    "pt": ("O ministério disse que os diques não vão aguentar este inverno.",
           "O ministério disse que os diques vão aguentar este inverno."),
    "nl": ("Het ministerie zei dat de dijken deze winter niet zullen houden.",
           "Het ministerie zei dat de dijken deze winter zullen houden."),
    "sv": ("Ministeriet sade att vallarna inte kommer att hålla i vinter.",
           "Ministeriet sade att vallarna kommer att hålla i vinter."),
    "no": ("Departementet sa at sjømurene ikke vil holde i vinter.",
           "Departementet sa at sjømurene vil holde i vinter."),
    "da": ("Ministeriet sagde, at digerne ikke vil holde i vinter.",
           "Ministeriet sagde, at digerne vil holde i vinter."),
    "pl": ("Ministerstwo powiedziało, że wały nie wytrzymają tej zimy.",
           "Ministerstwo powiedziało, że wały wytrzymają tej zimy."),
    "cs": ("Ministerstvo uvedlo, že hráze letos v zimě nikdy nevydrží nápor.",
           "Ministerstvo uvedlo, že hráze letos v zimě vydrží nápor."),
    "uk": ("Міністерство заявило, що дамби не витримають цієї зими.",
           "Міністерство заявило, що дамби витримають цієї зими."),
    "ru": ("Министерство заявило, что дамбы не выдержат этой зимой.",
           "Министерство заявило, что дамбы выдержат этой зимой."),
    "tr": ("Bakanlık, setlerin bu kış hiç dayanmayacağını söyledi.",
           "Bakanlık, setlerin bu kış dayanacağını söyledi."),
}


def _claims(left: str, right: str, language: str) -> list[str]:
    comparison = compare_documents(document_from_text(TITLE + left, language=language),
                                   document_from_text(TITLE + right, language=language))
    return [d.message for g in comparison.groups for d in g.drift if d.kind == "claim"]


@pytest.mark.parametrize("language", sorted(NEGATED))
def test_a_negation_dropped_within_a_language_is_flagged(language):
    negated, plain = NEGATED[language]
    assert any(m.startswith("A negation was removed") for m in _claims(negated, plain, language))
    assert any(m.startswith("A negation was added") for m in _claims(plain, negated, language))


@pytest.mark.parametrize("language", sorted(NEGATED))
def test_the_same_negated_claim_is_no_change(language):
    negated, _ = NEGATED[language]
    assert _claims(negated, negated + " ", language) == []


def test_not_only_adds_rather_than_denies_in_each_language():
    assert _claims("Floods hit the port.", "Floods hit not only the port.", "en") == []
    assert _claims("Les crues ont touché le port.", "Les crues ont touché non seulement le port.", "fr") == []
    assert _claims("Le piene hanno colpito il porto.", "Le piene hanno colpito non solo il porto.", "it") == []


def test_a_language_without_a_negation_list_has_none_read_into_it():
    assert negations("ko") == frozenset() and negations("xx") == frozenset()
    assert "ikke" in negations("nb")  # Bokmål is written with the Norwegian list


HEDGED = {
    # language: (a claim, the claim hedged)
    "cs": ("Roky odkládaných oprav přivedly mořské hráze čtyř přístavních měst na pokraj zhroucení.",
           "Roky odkládaných oprav pravděpodobně přivedly mořské hráze čtyř přístavních měst na pokraj zhroucení."),
    "no": ("År med utsatte reparasjoner har brakt sjømurene i fire havnebyer nær sammenbrudd.",
           "År med utsatte reparasjoner har trolig brakt sjømurene i fire havnebyer nær sammenbrudd."),
    "tr": ("Yıllarca ertelenen onarımlar dört liman kentinin deniz duvarlarını çökmenin eşiğine getirdi.",
           "Yıllarca ertelenen onarımlar muhtemelen dört liman kentinin deniz duvarlarını çökmenin eşiğine getirdi."),
}
HEDGE_WORD = {"cs": "pravděpodobně", "no": "trolig", "tr": "muhtemelen"}
ENGLISH = "Years of delayed repairs have left the sea walls of four harbour towns close to collapse."
HEDGED_ENGLISH = "Years of delayed repairs have probably left the sea walls of four harbour towns close to collapse."




def _hedge_flags(left: str, right: str, language: str) -> list[str]:
    comparison = compare_documents(document_from_text(TITLE + left + "\n\n" + CLOSING["en"], language="en"),
                                   document_from_text(TITLE + right + "\n\n" + CLOSING[language], language=language))
    return [d.message for g in comparison.groups for d in g.drift if "hedge" in d.message]


@pytest.mark.skipif(not encoder.available(), reason="the sentence encoder is not installed")
@pytest.mark.parametrize("language", sorted(HEDGED))
def test_a_hedge_added_or_dropped_in_translation_is_flagged(language):
    plain, hedged = HEDGED[language]
    assert _hedge_flags(ENGLISH, hedged, language) == [f"A hedge was added: “{HEDGE_WORD[language]}”"]
    assert _hedge_flags(HEDGED_ENGLISH, plain, language) == ["A hedge was dropped: “probably”"]
    assert _hedge_flags(HEDGED_ENGLISH, hedged, language) == []
    assert _hedge_flags(ENGLISH, plain, language) == []


def test_every_language_whose_verbs_of_saying_are_known_has_hedges_too():
    for language in ("cs", "uk", "no", "nb", "da", "tr"):
        assert knows_speech_verbs(language) and hedges(language), language


@pytest.mark.parametrize("language, words", [
    ("no", {"to": 2, "fire": 4, "sju": 7, "ti": 10, "tolv": 12}),
    ("nb", {"to": 2, "fire": 4}),
    ("da", {"to": 2, "fire": 4, "ni": 9}),
    ("tr", {"üç": 3, "dört": 4, "on": 10}),
])
def test_figures_as_words_in_norwegian_danish_and_turkish(language, words):
    known = number_words(language)
    assert {word: known.get(word) for word in words} == words


@pytest.mark.parametrize("text, language, speaker", [
    ("„Hráze povolují,“ řekla Anna Bergová, ředitelka Coastal Watch.", "cs", "Anna Bergová"),
    ("«Дамби руйнуються», – заявила директорка Анна Берг.", "uk", "Анна Берг"),
    ("– Sjømurene gir etter, sier Anna Berg, direktør i Coastal Watch.", "no", "Anna Berg"),
    ("“Setler çöküyor,” dedi Anna Berg.", "tr", "Anna Berg"),
])
def test_who_speaks_is_read_in_czech_ukrainian_norwegian_and_turkish(text, language, speaker):
    assert [s.words for s in speakers(text, language)] == [speaker]


def test_what_cannot_be_checked_within_a_language_is_said():
    chinese = "海岸观察\n\n海岸观察说，四个港口城镇的海堤濒临倒塌。"
    comparison = compare_documents(document_from_text(chinese, language="zh"),
                                   document_from_text(chinese.replace("四个", "五个"), language="zh"))
    assert "Negations are not checked in Chinese." in comparison.notes
    assert "Hedges (“reportedly”, “probably”) are not checked in Chinese." in comparison.notes
    assert "Names are not checked in Chinese: its script has no capitals to find them by." in comparison.notes
    english = TITLE + ENGLISH
    comparison = compare_documents(document_from_text(english, language="en"),
                                   document_from_text(english.replace("four", "five"), language="en"))
    assert comparison.notes == ()


def test_a_german_name_in_cyrillic_meets_its_latin_spelling():
    from desktop.engine.drift.names import name_key

    assert name_key("Фолькер") == name_key("Volker") and name_key("Тюрк") == name_key("Türk")
    assert name_key("Bergová") == name_key("Berg")  # a Czech woman's surname


@pytest.mark.parametrize("text, language, speaker", [
    ("Exact figures are hard to verify now. According to our sources, 40 dockers were held.", "en", []),
    ("Exact figures are hard to verify now. Coastal Watch said 40 dockers were held.", "en", ["Coastal Watch"]),
    ("“Forty dockers were held.” Anna Berg said so on Tuesday.", "en", ["Anna Berg"]),
])
def test_a_speaker_is_not_looked_for_in_the_sentence_before(text, language, speaker):
    # "Exact" opens the sentence before "According to": it is no speaker
    assert [s.words for s in speakers(text, language)] == speaker
