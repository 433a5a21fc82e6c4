"""Sentence boundaries: a mark, a space and a capital end a sentence,
except after an abbreviation or a person's initials."""
from __future__ import annotations

from desktop.engine.sentences import sentences


def test_initials_before_a_name_end_no_sentence():
    assert sentences("Unter Leitung des Major N.D. Jayal wurde 1956 ein Angriff vorbereitet.") == [
        "Unter Leitung des Major N.D. Jayal wurde 1956 ein Angriff vorbereitet."]
    assert sentences("The survey was made by L.G.C. Pugh in 1952. Then it rained for a week.") == [
        "The survey was made by L.G.C. Pugh in 1952.", "Then it rained for a week."]


def test_a_full_stop_before_a_capital_ends_a_sentence():
    assert sentences("She said so. It is so.") == ["She said so.", "It is so."]
