"""A capital named for its country's government ("the authorities in
Moscow" for "the Russian authorities") is the same name, both ways round;
another country's capital is still a name added."""
from __future__ import annotations

import pytest

from desktop.engine.api import compare_documents, document_from_text
from desktop.engine.drift.countries import with_capitals
from desktop.engine.drift.names import name_key

pytest.importorskip("countryinfo")

TITLE = "Sea walls\n\n"
ORIGINAL = TITLE + "The experts called on the Russian authorities to repair the sea walls of four harbour towns."
CAPITAL = TITLE + "The experts called on the authorities in Moscow to repair the sea walls of four harbour towns."
OTHER = TITLE + "The experts called on the authorities in Kyiv to repair the sea walls of four harbour towns."


def _names(left: str, right: str) -> list[str]:
    comparison = compare_documents(document_from_text(left, language="en"), document_from_text(right, language="en"))
    return [d.message for g in comparison.groups for d in g.drift if d.kind == "name"]


def test_a_capital_for_its_country_is_no_name_added_or_dropped():
    assert _names(ORIGINAL, CAPITAL) == []
    assert _names(CAPITAL, ORIGINAL) == []


def test_another_countrys_capital_is_still_news():
    assert sorted(_names(ORIGINAL, OTHER)) == ["Name “Kyiv” was added", "Name “Russian” was dropped"]


def test_capitals_and_countries_relate_both_ways():
    assert name_key("Moscow") in with_capitals({name_key("Russia")})
    assert name_key("Russian") in with_capitals({name_key("Moscow")})
    assert name_key("Paris") in with_capitals({name_key("French")})
