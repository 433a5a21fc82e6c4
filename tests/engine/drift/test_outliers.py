"""A group rewritten far more than the rest of the document gets one note,
a paragraph the other version stops in (a page copied only in part) does not."""
from __future__ import annotations

import pytest

from desktop.engine import encoder
from desktop.engine.api import compare_documents, document_from_text

pytestmark = pytest.mark.skipif(not encoder.available(), reason="the sentence encoder is not installed")

ENGLISH = [
    "Coastal Watch warns of flooding in four harbour towns",
    "Coastal Watch said on Monday that four harbour towns in Denmark face floods this winter.",
    "The group counted twelve broken sea walls and 340 damaged homes along the coast.",
    "Its director, Anna Berg, said the repairs had been promised in 2019 and never started.",
    "Engineers from the regional government are expected to visit the towns in January, after the "
    "fishermen's association asked for an inspection of every harbour wall before the spring storms begin.",
]
FRENCH = [
    "Coastal Watch met en garde contre des inondations dans quatre villes portuaires",
    "Coastal Watch a déclaré lundi que quatre villes portuaires du Danemark sont menacées d'inondations cet hiver.",
    "Le groupe a recensé douze digues endommagées et 340 maisons abîmées le long de la côte.",
    "Sa directrice, Anna Berg, a déclaré que les réparations avaient été promises en 2019 et jamais commencées.",
]
CUT = "Des ingénieurs du gouvernement régional doivent visiter les villes en janvier, après que"


def _notes(french_last: str) -> list[str]:
    comparison = compare_documents(document_from_text("\n\n".join(ENGLISH), language="en"),
                                   document_from_text("\n\n".join(FRENCH + [french_last]), language="fr"))
    last = comparison.group_of_left(len(ENGLISH) - 1)
    assert last.linked
    return [d.message for d in last.drift if d.kind == "rewritten"]


def test_a_paragraph_the_other_version_stops_in_is_not_called_rewritten():
    assert _notes(CUT) == []


def test_what_a_version_cut_in_mid_sentence_never_reached_is_not_dropped():
    english = ENGLISH[:-1] + ["Elsewhere, Sweden and Norway rebuilt their harbour walls in 2015 and 2016 "
                              "respectively, with money from the Nordic Harbour Fund."]
    def dates(last_french: str) -> list[str]:
        comparison = compare_documents(document_from_text("\n\n".join(english), language="en"),
                                       document_from_text("\n\n".join(FRENCH + [last_french]), language="fr"))
        return [d.message for g in comparison.groups for d in g.drift if d.kind in ("date", "name")]

    assert dates("La Suède et la Norvège, en revanche, ont reconstruit leurs") == []
    whole = dates("La Suède et la Norvège, en revanche, ont reconstruit leurs digues, avec l'argent du "
                  "Nordic Harbour Fund.")
    assert any("2015" in m for m in whole)
