"""Job titles across languages compared by their roles, and what a language
the encoder does not know still gets checked (figures and titles, with the
group taken whole; no names, no sentence pairing)."""
from __future__ import annotations

import pytest

from desktop.engine import encoder
from desktop.engine.api import compare_documents, document_from_text
from desktop.engine.drift.lexicon import role_words

pytestmark = pytest.mark.skipif(not encoder.available(), reason="the sentence encoder is not installed")

TITLE = "Coastal Watch warns of floods\n\n"
ENGLISH = TITLE + ("“The sea walls are older than anyone thought,” said Anna Berg, Deputy Director for "
                   "Northern Europe at Coastal Watch.")
ITALIAN_SAME = ("Coastal Watch avverte di inondazioni\n\n"
                "«Le dighe sono più vecchie di quanto si pensasse», ha detto Anna Berg, vicedirettrice per il "
                "Nord Europa di Coastal Watch.")
GERMAN_OTHER = ("Coastal Watch warnt vor Überschwemmungen\n\n"
                "„Die Deiche sind älter, als alle dachten“, sagte Anna Berg, Expertin für Nordeuropa bei "
                "Coastal Watch.")
SWEDISH_DROPPED = ("Coastal Watch varnar för översvämningar\n\n"
                   "– Havsvallarna är äldre än någon trodde, säger Anna Berg på Coastal Watch.")


def _flags(other: str, language: str, kind: str) -> list[str]:
    comparison = compare_documents(document_from_text(ENGLISH, name="en.txt", language="en"),
                                   document_from_text(other, name=f"{language}.txt", language=language))
    return [d.message for g in comparison.groups for d in g.drift if d.kind == kind]


def test_the_same_title_translated_is_no_change():
    assert _flags(ITALIAN_SAME, "it", "title") == []


def test_a_title_translated_into_another_role_is_flagged():
    flags = _flags(GERMAN_OTHER, "de", "title")
    assert len(flags) == 1 and "Deputy Director for Northern Europe" in flags[0] and "Expertin" in flags[0]


def test_a_title_dropped_where_the_person_is_still_named_is_flagged():
    assert _flags(SWEDISH_DROPPED, "sv", "title") == [
        "Job title “Deputy Director for Northern Europe at Coastal Watch” was dropped"]


def test_a_paragraph_opening_with_a_dash_is_a_quotation():
    assert _flags(SWEDISH_DROPPED, "sv", "quotation") == []


def test_names_are_not_checked_across_a_language_the_encoder_does_not_know():
    comparison = compare_documents(document_from_text(ENGLISH, name="en.txt", language="en"),
                                   document_from_text(SWEDISH_DROPPED, name="sv.txt", language="sv"))
    assert not [d for g in comparison.groups for d in g.drift if d.kind == "name"]
    assert any(n.startswith("Names are not checked across Swedish") for n in comparison.notes)


def test_a_word_may_name_two_roles():
    assert role_words("it")["vicedirettore"] == {"deputy", "director"}
    assert "expert" in role_words("de")["expertin"]
    assert role_words("ko") == {}


GERMAN_COMPOUND_SAME = ("Coastal Watch warnt vor Überschwemmungen\n\n"
                        "„Die Deiche sind älter, als alle dachten“, sagte Anna Berg, stellvertretende "
                        "Nordeuropadirektorin von Coastal Watch.")
GERMAN_COMPOUND_OTHER = ("Coastal Watch warnt vor Überschwemmungen\n\n"
                         "„Die Deiche sind älter, als alle dachten“, sagte Anna Berg, Pressesprecherin von "
                         "Coastal Watch.")


def test_a_title_written_as_one_compound_word_is_read_by_its_last_part():
    assert _flags(GERMAN_COMPOUND_SAME, "de", "title") == []
    flags = _flags(GERMAN_COMPOUND_OTHER, "de", "title")
    assert len(flags) == 1 and "Pressesprecherin" in flags[0]


def test_a_title_given_in_translation_to_someone_named_without_one_is_flagged():
    plain = TITLE + "“The sea walls are older than anyone thought,” said Anna Berg of Coastal Watch."
    comparison = compare_documents(document_from_text(plain, name="en.txt", language="en"),
                                   document_from_text(ITALIAN_SAME, name="it.txt", language="it"))
    flags = [d.message for g in comparison.groups for d in g.drift if d.kind == "title"]
    assert flags == ["Job title “vicedirettrice per il Nord Europa di Coastal Watch” was added"]


# language: (the title kept, the title that lost its deputy), after "Anna Berg, "
TITLES = {
    "cs": ("zástupkyně ředitele pro severní Evropu v Coastal Watch", "ředitelka pro severní Evropu v Coastal Watch"),
    "pl": ("zastępczyni dyrektora ds. Europy Północnej w Coastal Watch",
           "dyrektorka ds. Europy Północnej w Coastal Watch"),
    "uk": ("заступниця директора з питань Північної Європи в Coastal Watch",
           "директорка з питань Північної Європи в Coastal Watch"),
    "no": ("visedirektør for Nord-Europa i Coastal Watch", "direktør for Nord-Europa i Coastal Watch"),
    "da": ("vicedirektør for Nordeuropa i Coastal Watch", "direktør for Nordeuropa i Coastal Watch"),
}
SAID = {"cs": "řekla", "pl": "powiedziała", "uk": "сказала", "no": "sa", "da": "sagde"}


@pytest.mark.parametrize("language", sorted(TITLES))
def test_a_title_is_compared_by_its_roles_in_more_languages(language):
    kept, demoted = TITLES[language]
    text = "Coastal Watch\n\n„…“, {said} Anna Berg, {title}."
    same = _flags(text.format(said=SAID[language], title=kept), language, "title")
    changed = _flags(text.format(said=SAID[language], title=demoted), language, "title")
    assert same == []
    assert len(changed) == 1 and changed[0].startswith("Job title “Deputy Director for Northern Europe")


def test_the_scandinavian_definite_ending_is_read_off_a_title():
    from desktop.engine.drift.lexicon import roles_of

    assert roles_of("direktøren", "no") == roles_of("direktør", "no") == {"director"}
    assert roles_of("direktören", "sv") == {"director"} and roles_of("direktøren", "nb") == {"director"}


def test_a_role_word_inside_an_organisation_name_is_no_job_title():
    english = TITLE + "More than 1,200 people fled the floods, the UN Refugee Agency (UNHCR) said on Friday."
    czech = ("Coastal Watch varuje před záplavami\n\n"
             "Před záplavami uprchlo více než 1 200 lidí, uvedl v pátek Úřad Vysokého komisaře OSN pro uprchlíky (UNHCR).")
    norwegian = ("Coastal Watch varsler flom\n\n"
                 "Mer enn 1 200 mennesker flyktet fra flommen, opplyste FNs høykommissær for flyktninger (UNHCR) fredag.")
    for text, language in ((czech, "cs"), (norwegian, "no")):
        for left, right in (((english, "en"), (text, language)), ((text, language), (english, "en"))):
            comparison = compare_documents(document_from_text(left[0], language=left[1]),
                                           document_from_text(right[0], language=right[1]))
            assert [d.message for g in comparison.groups for d in g.drift if d.kind == "title"] == [], language


def test_a_title_followed_by_link_words_only_ends_and_does_not_hang():
    """"the former director of the port, Lars Holm": link words with no
    capital after them end the title where it was (this looped forever)."""
    import threading

    result = []
    english = TITLE + "The former director of the port, Lars Holm, signed the report."
    russian = "Coastal Watch\n\nБывший директор порта Ларс Хольм подписал доклад."

    def run():
        comparison = compare_documents(document_from_text(english, language="en"),
                                       document_from_text(russian, language="ru"))
        result.append([d.message for g in comparison.groups for d in g.drift if d.kind == "title"])

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(60)
    assert not worker.is_alive(), "the title check did not finish"
    assert result == [[]]
