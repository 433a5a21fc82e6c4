"""A rewrite that quotes one sentence of a longer quotation abridged it, as
reporters do; a translation that leaves a quoted sentence out dropped it."""
from __future__ import annotations

from desktop.engine.api import compare_documents, document_from_text

HEADLINE = "Harbour towns brace for winter storms\n\n"
QUOTE = ("“The sea walls of four harbour towns are close to collapse after years of neglect. Nobody should "
         "have to keep sandbags by the door every winter. The council promised repairs in its budget and "
         "never started them,” said Anna Berg, director of Coastal Watch.")
SHORT_QUOTE = "“Nobody should have to keep sandbags by the door every winter,” Anna Berg, who directs Coastal Watch, said."
CLOSING = "\n\nThe council did not answer questions about the budget for the sea walls before the storm season."


def _sentence_flags(left: str, right: str, left_language: str = "en", right_language: str = "en") -> list[str]:
    comparison = compare_documents(document_from_text(left, language=left_language),
                                   document_from_text(right, language=right_language))
    return [d.message for g in comparison.groups for d in g.drift if d.kind == "sentence"]


def test_a_rewrite_quoting_one_sentence_of_a_quotation_drops_nothing():
    assert _sentence_flags(HEADLINE + QUOTE + CLOSING, HEADLINE + SHORT_QUOTE + CLOSING) == []


def test_the_same_abridging_seen_from_the_other_side_adds_nothing():
    assert _sentence_flags(HEADLINE + SHORT_QUOTE + CLOSING, HEADLINE + QUOTE + CLOSING) == []


def test_a_sentence_dropped_from_narrative_beside_a_quotation_is_still_reported():
    narrative = ("The sea walls of four harbour towns are close to collapse, Coastal Watch said. "
                 "Repairs were promised in the council budget of 2019 and never started. ")
    kept = "The sea walls of four harbour towns are close to collapse, Coastal Watch said. "
    flags = _sentence_flags(HEADLINE + narrative + SHORT_QUOTE + CLOSING, HEADLINE + kept + SHORT_QUOTE + CLOSING)
    assert flags == ["Sentence dropped: “Repairs were promised in the council budget of 2019 and never started.”"]


def test_a_quotation_paraphrased_outside_the_marks_is_not_abridged():
    reported = "Anna Berg, director of Coastal Watch, said nobody should have to keep sandbags by the door every winter."
    flags = _sentence_flags(HEADLINE + QUOTE + CLOSING, HEADLINE + reported + CLOSING)
    assert any(f.startswith("Sentence dropped") for f in flags)


def test_a_translation_that_leaves_out_a_quoted_sentence_dropped_it():
    french = ("Les villes portuaires se préparent aux tempêtes d’hiver\n\n"
              "« Les digues de quatre villes portuaires sont près de céder après des années de négligence. "
              "Le conseil avait promis des réparations dans son budget et ne les a jamais commencées », a déclaré "
              "Anna Berg, directrice de Coastal Watch."
              "\n\nLe conseil n’a pas répondu aux questions sur le budget des digues avant la saison des tempêtes.")
    flags = _sentence_flags(HEADLINE + QUOTE + CLOSING, french, "en", "fr")
    assert [f for f in flags if f.startswith("Sentence dropped")] == [
        "Sentence dropped: “Nobody should have to keep sandbags by the door every winter.”"]
