"""Which sentence became which inside a linked group: a sentence split in
two, paraphrased or freely translated is no "sentence added" or "dropped";
a sentence really dropped, and one really added, still are."""
from __future__ import annotations

import pytest

from desktop.engine import encoder
from desktop.engine.api import compare_documents, document_from_text

pytestmark = pytest.mark.skipif(not encoder.available(), reason="the sentence encoder is not installed")

HEADLINE = "Harbour towns brace for winter storms\n\n"
CLOSING = "\n\nIts director, Anna Berg, said the repairs had been promised in 2019 and never started."
ORIGINAL = (HEADLINE + "Coastal Watch said on Monday that the sea walls of four harbour towns in Denmark were "
            "close to collapse after years of neglect by the regional government." + CLOSING)
FRENCH_HEADLINE = "Les villes portuaires se préparent aux tempêtes d'hiver\n\n"
FRENCH_CLOSING = ("\n\nSa directrice, Anna Berg, a déclaré que les réparations avaient été promises en 2019 "
                  "et jamais commencées.")
CULTURE = ("Coastal Watch said on Monday that the sea walls of four harbour towns in Denmark were close to "
           "collapse. It is a culture of neglect that has been tolerated by those in power for far too long.")


def _sentence_flags(left: str, right: str, left_language="en", right_language="en") -> list[str]:
    comparison = compare_documents(document_from_text(left, language=left_language),
                                   document_from_text(right, language=right_language))
    return [d.message for g in comparison.groups for d in g.drift if d.kind == "sentence"]


def test_a_sentence_split_in_two_and_paraphrased_is_not_an_added_sentence():
    split = (HEADLINE + "Coastal Watch said on Monday that the sea walls of four harbour towns in Denmark could "
             "soon give way. The regional authorities have failed to look after them for many years." + CLOSING)
    assert _sentence_flags(ORIGINAL, split) == []


def test_a_sentence_really_added_beside_a_kept_one_is_reported():
    added = (HEADLINE + "Coastal Watch said on Monday that the sea walls of four harbour towns in Denmark were "
             "close to collapse after years of neglect by the regional government. The town of Skagen will "
             "hold a festival of boats in June." + CLOSING)
    assert [m for m in _sentence_flags(ORIGINAL, added) if m.startswith("Sentence added")]


def test_a_freely_translated_sentence_is_not_one_dropped_and_one_added():
    free = (FRENCH_HEADLINE + "Coastal Watch a déclaré lundi que les digues de quatre villes portuaires du "
            "Danemark étaient sur le point de céder. Toute cette négligence, le pouvoir la laisse faire depuis "
            "longtemps." + FRENCH_CLOSING)
    assert _sentence_flags(HEADLINE + CULTURE + CLOSING, free, "en", "fr") == []


def test_a_translation_that_drops_a_sentence_and_adds_another_reports_both():
    changed = (FRENCH_HEADLINE + "Coastal Watch a déclaré lundi que les digues de quatre villes portuaires du "
               "Danemark étaient sur le point de céder. Le ministère n'a pas répondu à nos questions."
               + FRENCH_CLOSING)
    flags = _sentence_flags(HEADLINE + CULTURE + CLOSING, changed, "en", "fr")
    assert any(m.startswith("Sentence dropped") for m in flags)
    assert any(m.startswith("Sentence added") for m in flags)


WALLS = ("Years of neglect have left the sea walls of harbour towns in Denmark close to collapse, Coastal Watch "
         "said on Monday. ‘Walls of sand’ explores the increasingly dangerous state of the sea walls in three "
         "harbour towns in recent years, including the town of Skagen.")
FLOODED = " In the three harbour towns in Denmark, 1,200 homes would be flooded if the neglected walls collapsed."
WALLS_MERGED_IN_FRENCH = (FRENCH_HEADLINE + "Dans un rapport intitulé « Des murs de sable », publié lundi, Coastal "
                          "Watch affirme que les digues des villes portuaires du Danemark, négligées depuis des "
                          "années, sont sur le point de céder.")


def _flags(left: str, right: str, left_language: str, right_language: str) -> list[tuple[str, str, str]]:
    comparison = compare_documents(document_from_text(left, language=left_language),
                                   document_from_text(right, language=right_language))
    return [(d.kind, d.severity, d.message) for g in comparison.groups for d in g.drift]


def test_a_sentence_on_the_same_topic_is_not_taken_into_a_merge_it_adds_nothing_to():
    """Two sentences merged into one, a third on the same topic dropped: the
    third is near the merged sentence, but their sum means it less well with
    it than without."""
    flags = _flags(HEADLINE + WALLS + FLOODED, WALLS_MERGED_IN_FRENCH, "en", "fr")
    dropped = [f for f in flags if f[0] == "sentence"]
    assert [m for _k, _s, m in dropped] == ["Sentence dropped: “In the three harbour towns in Denmark, 1,200 homes "
                                            "would be flooded …”"]


def test_what_a_dropped_sentence_carried_is_one_flag_as_serious_as_its_figures():
    flags = _flags(HEADLINE + WALLS + FLOODED, WALLS_MERGED_IN_FRENCH, "en", "fr")
    assert not [f for f in flags if f[0] == "number"]  # “three”, “1,200”: in the dropped sentence
    assert ("sentence", "warning") in [(k, s) for k, s, _m in flags]
    same_language = _flags(HEADLINE + WALLS + FLOODED, HEADLINE + WALLS, "en", "en")
    assert [(k, s) for k, s, _m in same_language] == [("sentence", "warning")]  # it carried a figure


ITALIAN_HEADLINE = "Le città portuali si preparano alle tempeste invernali\n\n"
CUTS = ("Coastal Watch said on Monday that the sea walls of the harbour towns were close to collapse after years "
        "of neglect. In all four towns the regional government has cut the repair budget since 2019.")
CUTS_DROPPED_IN_ITALIAN = (ITALIAN_HEADLINE + "Lunedì Coastal Watch ha dichiarato che le dighe delle città portuali, "
                           "trascurate dal governo regionale, stanno per crollare.")


def test_a_sentence_whose_figures_its_neighbour_lacks_was_dropped_not_split_off():
    """Its words add a little to its neighbour's meaning ("the regional
    government"), but none of its figures is there: one dropped sentence,
    not "four" and "2019" dropped from a split, and the same both ways."""
    there = _flags(HEADLINE + CUTS, CUTS_DROPPED_IN_ITALIAN, "en", "it")
    back = _flags(CUTS_DROPPED_IN_ITALIAN, HEADLINE + CUTS, "it", "en")
    assert [m for _k, _s, m in there] == ["Sentence dropped: “In all four towns the regional government has cut "
                                          "the repair budget …”"]
    assert [m for _k, _s, m in back] == ["Sentence added: “In all four towns the regional government has cut "
                                         "the repair budget …”"]


def test_a_fragment_left_out_of_a_translation_is_a_note_a_sentence_a_warning():
    """A translation that leaves out a sentence is likely queried; one that
    leaves out an exclamation or a list's lead-in of a word or two is worth
    a glance."""
    english = (HEADLINE + "Never again! The storm destroyed the sea walls of four harbour towns in Denmark, "
               "the council said on Monday." + CLOSING)
    french = (FRENCH_HEADLINE + "La tempête a détruit les digues de quatre villes portuaires du Danemark, "
              "a déclaré le conseil lundi." + FRENCH_CLOSING)
    comparison = compare_documents(document_from_text(english, language="en"), document_from_text(french, language="fr"))
    dropped = [(d.severity, d.message) for g in comparison.groups for d in g.drift if d.kind == "sentence"]
    assert dropped == [("note", "Sentence dropped: “Never again!”")]
    longer = english.replace("Never again!", "The harbour master had warned of this for years.")
    comparison = compare_documents(document_from_text(longer, language="en"), document_from_text(french, language="fr"))
    assert [d.severity for g in comparison.groups for d in g.drift if d.kind == "sentence"] == ["warning"]
