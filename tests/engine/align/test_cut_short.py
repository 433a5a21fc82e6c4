"""A version copied from a web page that stops part-way: its last paragraph
ends mid-sentence, short and with no sentence end, as a heading looks. It is
the opening of the paragraph it translates, and is linked to it (a heading
rarely stands for body text, so taken for one it was left added)."""
from __future__ import annotations

import pytest

from desktop.engine import encoder
from desktop.engine.api import compare_documents, document_from_text
from desktop.engine.model import BODY

pytestmark = pytest.mark.skipif(not encoder.available(), reason="the sentence encoder is not installed")

ENGLISH = (
    "Harbour towns face floods as sea walls crumble\n\n"
    "Ageing sea walls and years of delayed repairs have left fourteen harbour towns along the North Sea exposed "
    "to flooding, Coastal Watch said in a report published on Monday.\n\n"
    "The report, based on inspections of 212 sea walls, found that one in three needs urgent repair.\n\n"
    "Several councils have cut their maintenance budgets by a quarter since 2015, the report says.\n\n"
    "Elsewhere, two of the towns changed their building rules to forbid new houses on the shore in 2019 and "
    "2021 respectively.\n\n"
    "“We are one storm away from disaster in several of these towns,” said Anna Berg, the group's director.")
FRENCH = (
    "Digues fragiles : quatorze ports menacés par les inondations\n\n"
    "Des digues vieillissantes et des années de réparations reportées exposent quatorze villes portuaires de la "
    "mer du Nord aux inondations, selon un rapport publié lundi par Coastal Watch.\n\n"
    "Le rapport, fondé sur l'inspection de 212 digues, constate qu'une sur trois doit être réparée d'urgence.\n\n"
    "Plusieurs conseils municipaux ont réduit leur budget d'entretien d'un quart depuis 2015, selon le rapport.\n\n"
    "Ailleurs, deux des villes ont modifié leurs règles")


def test_a_last_paragraph_cut_short_is_linked_to_the_paragraph_it_begins():
    comparison = compare_documents(document_from_text(ENGLISH, name="en.txt", language="en"),
                                   document_from_text(FRENCH, name="fr.txt", language="fr"))
    assert comparison.right.paragraphs[4].kind == BODY
    groups = {g.right: g for g in comparison.groups if g.right}
    assert groups[(4,)].left == (4,)
    assert groups[(3,)].left == (3,)
