"""A count spelt out as its list: "the three harbour towns" where the other
version names them ("Esbjerg, Ribe and Varde") is no figure dropped, in any
language with capitals; a list one name short still is."""
from __future__ import annotations

import pytest

from tests.engine.drift.renderings import drift_messages

ENGLISH = "Coastal Watch said the three harbour towns had asked for new sea walls."
NAMED = {
    "en": "Coastal Watch said Esbjerg, Ribe and Varde had asked for new sea walls.",
    "it": "Coastal Watch ha detto che Esbjerg, Ribe e Varde hanno chiesto nuove dighe.",
    "de": "Coastal Watch sagte, Esbjerg, Ribe und Varde hätten neue Deiche gefordert.",
    "cs": "Coastal Watch uvedla, že Esbjerg, Ribe a Varde požádaly o nové hráze.",
    "no": "Coastal Watch sa at Esbjerg, Ribe og Varde har bedt om nye diker.",
    "ru": "Coastal Watch заявила, что Эсбьерг, Рибе и Варде попросили построить новые дамбы.",
}


@pytest.mark.parametrize("language", sorted(NAMED))
def test_a_count_named_as_its_list_is_not_dropped(language):
    messages = drift_messages(ENGLISH, NAMED[language], language)
    assert not [m for m in messages if m.startswith("Figure")], messages


@pytest.mark.parametrize("language", sorted(NAMED))
def test_the_list_where_the_count_was_adds_no_figure_either(language):
    messages = drift_messages(NAMED[language], ENGLISH, "en", left_language=language)
    assert not [m for m in messages if m.startswith("Figure")], messages


def test_a_list_one_name_short_leaves_the_count_dropped():
    messages = drift_messages(ENGLISH, "Coastal Watch said Esbjerg and Ribe had asked for new sea walls.", "en")
    assert "Figure “three” was dropped" in messages


QUALIFIED = "Coastal Watch said the three Danish harbour towns had asked for new sea walls."


@pytest.mark.parametrize("language", sorted(NAMED))
def test_a_name_that_qualified_the_count_is_not_dropped_with_it(language):
    messages = drift_messages(QUALIFIED, NAMED[language], language)
    assert not [m for m in messages if "Danish" in m], messages
    swapped = drift_messages(NAMED[language], QUALIFIED, "en", left_language=language)
    assert not [m for m in swapped if "Danish" in m], swapped
