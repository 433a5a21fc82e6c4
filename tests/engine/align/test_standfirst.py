"""A short rewrite in another language with a standfirst of its own beside
an abridged lead: the standfirst is on the lead's topic, and joining it
would bring the lengths closer, but it translates nothing, so it stays
added (with no length ratio learnt from so short a pair, length alone must
not grow a block)."""
from __future__ import annotations

import pytest

from desktop.engine import encoder
from desktop.engine.api import compare_documents, document_from_text
from desktop.engine.model import ADDED

pytestmark = pytest.mark.skipif(not encoder.available(), reason="the sentence encoder is not installed")

ENGLISH = (
    "Harbour towns face floods as sea walls crumble\n\n"
    "Ageing sea walls and years of delayed repairs have left fourteen harbour towns along the North Sea exposed to "
    "flooding, Coastal Watch said in a report published on Monday, warning that councils, insurers and national "
    "governments have ignored the warnings of engineers and residents for more than a decade.\n\n"
    "The report, based on inspections of 212 sea walls, found that one in three needs urgent repair and that "
    "councils have cut maintenance budgets by a quarter since 2015.\n\n"
    "“We are one storm away from disaster in several of these towns,” said Anna Berg, the group's director of "
    "research.\n\n"
    "Fishermen in Esbjerg described water reaching the doors of the harbour museum in January.")
FRENCH = (
    "Digues fragiles : quatorze ports menacés\n\n"
    "Les villes portuaires de la mer du Nord sont-elles prêtes pour la prochaine tempête ?\n\n"
    "Quatorze villes portuaires de la mer du Nord sont exposées aux inondations, selon Coastal Watch.\n\n"
    "« Nous sommes à une tempête de la catastrophe dans plusieurs de ces villes », a déclaré Anna Berg.")


def test_an_added_standfirst_is_not_joined_to_the_abridged_lead():
    comparison = compare_documents(document_from_text(ENGLISH, name="en.txt", language="en"),
                                   document_from_text(FRENCH, name="fr.txt", language="fr"))
    groups = {g.right: g for g in comparison.groups if g.right}
    assert groups[(1,)].status == ADDED
    assert groups[(2,)].left == (1,)
    assert groups[(3,)].left == (3,)
