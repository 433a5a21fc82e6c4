"""A figure that is a figure of speech ("a 360-degree review", "a 360
gradi", "24/7") is no quantity: rewording it away is not "Figure dropped";
a real figure beside it still is."""
from __future__ import annotations

from desktop.engine.api import compare_documents, document_from_text

INTRO = "Coastal Watch published a report on harbour safety in the region this week."


def _number_flags(left: str, right: str, left_language: str = "en", right_language: str = "en") -> list[str]:
    comparison = compare_documents(document_from_text(f"{INTRO}\n\n{left}", language=left_language),
                                   document_from_text(f"{INTRO}\n\n{right}", language=right_language))
    return [d.message for g in comparison.groups for d in g.drift if d.kind == "number"]


def test_idioms_with_figures_are_not_figures():
    assert _number_flags("The ministry ordered a 360-degree review of the sea walls in four towns.",
                         "The ministry ordered a full review of the sea walls in four towns.") == []
    assert _number_flags("Harbour patrols now watch the sea walls 24/7 in four towns.",
                         "Harbour patrols now watch the sea walls around the clock in four towns.") == []


def test_a_real_figure_beside_an_idiom_still_counts():
    flags = _number_flags("The ministry ordered a 360-degree review of the sea walls in four towns.",
                          "The ministry ordered a full review of the sea walls in five towns.")
    assert flags and all("360" not in m for m in flags)


def test_an_italian_idiom_is_no_figure_added():
    flags = _number_flags("The government's all-out assault on the harbour unions has emboldened other ministries.",
                          "L’attacco a 360 gradi del governo contro i sindacati del porto ha incoraggiato altri "
                          "ministeri.", "en", "it")
    assert flags == []
