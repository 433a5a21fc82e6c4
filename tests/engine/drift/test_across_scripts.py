"""Across languages the drift checks say what they cannot judge instead of
crying wolf: names in a script without capitals, figures written as words
in a language whose number words Tandem does not know (Korean's native
numerals)."""
from __future__ import annotations

from desktop.engine.api import compare_documents, document_from_text

ENGLISH = ("Coastal Watch warns of flooding in four harbour towns\n\n"
           "Anna Berg of Coastal Watch said four harbour towns in Denmark and Germany face floods.")
KOREAN = ("코스탈 워치, 항구 도시 네 곳의 홍수 경고\n\n"
          "코스탈 워치의 안나 베리는 덴마크와 독일의 항구 도시 네 곳이 홍수 위험에 처해 있다고 말했다.")
FRENCH = ("Coastal Watch met en garde contre des inondations dans quatre villes portuaires\n\n"
          "Anna Berg, de Coastal Watch, a déclaré que quatre villes portuaires du Danemark et "
          "d'Allemagne sont menacées par les inondations.")


def _compare(other: str, language: str):
    return compare_documents(document_from_text(ENGLISH, name="en.txt", language="en"),
                             document_from_text(other, name=f"{language}.txt", language=language))


def _drift(comparison):
    return [d for g in comparison.groups for d in g.drift]


def test_no_name_is_dropped_into_a_script_without_capitals():
    comparison = _compare(KOREAN, "ko")
    assert [d.message for d in _drift(comparison) if d.kind == "name"] == []
    assert "Names are not checked in Korean: its script has no capitals to find them by." in comparison.notes


def test_a_number_word_is_not_dropped_into_a_language_whose_number_words_are_unknown():
    comparison = _compare(KOREAN, "ko")  # 네 곳: a native Korean numeral
    assert not [d for d in _drift(comparison) if d.kind == "number" and "four" in d.message]
    assert "Figures written as words are not checked in Korean." in comparison.notes


def test_french_number_words_are_read_and_names_checked():
    comparison = _compare(FRENCH, "fr")
    assert not [d for d in _drift(comparison) if d.kind == "number"]  # quatre is four
    assert not any(n.startswith(("Names are not checked", "Figures written")) for n in comparison.notes)


QUOTE_EN = ("Coastal Watch warns of flooding\n\n"
            "\u201cThe walls are older than anyone thought. Without repairs, a single storm could flood "
            "thousands of homes,\u201d said Anna Berg, director of research at Coastal Watch.")
QUOTE_FR = ("Coastal Watch met en garde contre les inondations\n\n"
            "« Les digues sont plus vieilles qu'on ne le pensait. Sans réparations, une seule tempête "
            "pourrait inonder des milliers de maisons », a déclaré Anna Berg, directrice de recherche "
            "de Coastal Watch.")
QUOTE_KO = ("코스탈 워치, 홍수 경고\n\n"
            "코스탈 워치의 안나 베리 연구국장은 \u201c제방은 생각보다 훨씬 오래되었다. 수리하지 않으면 폭풍 한 번에 "
            "수천 채의 집이 물에 잠길 수 있다\u201d고 말했다.")


def _quotation_flags(other: str, language: str):
    comparison = compare_documents(document_from_text(QUOTE_EN, name="en.txt", language="en"),
                                   document_from_text(other, name=f"{language}.txt", language=language))
    return [d.message for d in _drift(comparison) if d.kind == "quotation"]


def test_a_quotation_in_spaced_guillemets_over_two_sentences_stays_a_quotation():
    assert _quotation_flags(QUOTE_FR, "fr") == []


def test_a_korean_quotation_closed_before_its_particle_stays_a_quotation():
    assert _quotation_flags(QUOTE_KO, "ko") == []


def test_a_quoted_term_closed_before_a_korean_particle_leaves_the_quotation_open():
    # ‘…’로: the closing mark touches a Hangul particle, as it would touch "s" in "it’s"
    nested = QUOTE_KO.replace("\u201c제방은", "\u201c\u2018낡은 벽\u2019으로 불리는 제방은")
    assert _quotation_flags(nested, "ko") == []


def test_a_quotation_turned_into_reported_speech_is_still_flagged():
    reported = QUOTE_FR.replace("« ", "").replace(" »", "").replace("Les digues", "Anna Berg a dit que les digues")
    assert "A direct quotation became reported speech" in _quotation_flags(reported, "fr")


def test_a_name_in_anothers_place_became_it_but_a_source_credited_elsewhere_replaced_no_one():
    replaced = FRENCH.replace("d'Allemagne", "de Lettonie")
    names = [d.message for d in _drift(_compare(replaced, "fr")) if d.kind == "name"]
    assert names == ["Name “Germany” became “Lettonie”"]
    credited = FRENCH.replace(" et d'Allemagne", "").replace("Anna Berg, de", "Selon Nordpresse, Anna Berg, de")
    names = [d.message for d in _drift(_compare(credited, "fr")) if d.kind == "name"]
    assert not [m for m in names if "became" in m] and "Name “Germany” was dropped" in names


def test_a_short_name_meets_the_longer_name_it_begins_and_nothing_else():
    from desktop.engine.drift.names import meets as _meets

    assert _meets(frozenset({"lgbti"}), {"lgbt"}) and _meets(frozenset({"lgbt"}), {"lgbti"})
    assert not _meets(frozenset({"kazak"}), {"kazan"})  # two long names sharing four letters
    assert not _meets(frozenset({"sovet"}), {"s", "v"})  # one-letter words are no names


SOVIET = ("Harbour towns brace for winter storms\n\n"
          "Coastal Watch said on Monday that the sea walls of harbour towns in the former Soviet Union were close "
          "to collapse, and asked the United Nations for help.")
EX_URSS = ("Le città portuali si preparano alle tempeste invernali\n\n"
           "Lunedì Coastal Watch ha dichiarato che le dighe delle città portuali dell'ex Urss stanno per crollare "
           "e ha chiesto aiuto all'Onu.")


def test_an_acronym_written_as_a_word_is_the_name_it_stands_for():
    """Italian (Spanish, French) write acronyms with one capital: "l'Urss",
    "all'Onu" are the Soviet Union and the United Nations, both ways."""
    for left, right, languages in ((SOVIET, EX_URSS, ("en", "it")), (EX_URSS, SOVIET, ("it", "en"))):
        comparison = compare_documents(document_from_text(left, language=languages[0]),
                                       document_from_text(right, language=languages[1]))
        assert [d.message for d in _drift(comparison)] == []
