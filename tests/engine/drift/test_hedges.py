"""A claim hedged on one side only, within a language and across two."""
from __future__ import annotations

import pytest

from desktop.engine import encoder
from desktop.engine.api import compare_documents, document_from_text

TITLE = "Coastal Watch report on harbour towns\n\n"
ENGLISH = TITLE + ("Years of delayed repairs have left the sea walls of four harbour towns close to collapse, "
                   "the report says.")
HEDGED_ENGLISH = TITLE + ("Years of delayed repairs have probably left the sea walls of four harbour towns close "
                          "to collapse, the report says.")
ITALIAN = ("Rapporto di Coastal Watch sulle città portuali\n\n"
           "Anni di riparazioni rinviate hanno lasciato le dighe di quattro città portuali sul punto di "
           "crollare, afferma il rapporto.")
HEDGED_ITALIAN = ("Rapporto di Coastal Watch sulle città portuali\n\n"
                  "Anni di riparazioni rinviate hanno probabilmente lasciato le dighe di quattro città portuali "
                  "sul punto di crollare, afferma il rapporto.")


def _hedge_flags(left: str, right: str, right_language: str) -> list[str]:
    comparison = compare_documents(document_from_text(left, name="en.txt", language="en"),
                                   document_from_text(right, name="other.txt", language=right_language))
    return [d.message for g in comparison.groups for d in g.drift if "hedge" in d.message]


def test_a_hedge_dropped_within_a_language_is_flagged():
    assert _hedge_flags(HEDGED_ENGLISH, ENGLISH, "en") == ["A hedge was dropped: “probably”"]


needs_encoder = pytest.mark.skipif(not encoder.available(), reason="the sentence encoder is not installed")


@needs_encoder
def test_a_hedge_added_in_translation_is_flagged():
    assert _hedge_flags(ENGLISH, HEDGED_ITALIAN, "it") == ["A hedge was added: “probabilmente”"]


@needs_encoder
def test_a_hedge_translated_is_no_change():
    assert _hedge_flags(HEDGED_ENGLISH, HEDGED_ITALIAN, "it") == []
    assert _hedge_flags(ENGLISH, ITALIAN, "it") == []


@needs_encoder
def test_no_hedge_check_for_a_language_without_a_hedge_list():
    korean = "코스탈 워치 보고서\n\n보고서에 따르면 수년간의 보수 지연으로 네 항구 도시의 방조제가 아마도 붕괴 직전이다."
    assert _hedge_flags(HEDGED_ENGLISH, korean, "ko") == []
