"""A role put in the past on one side only ("a leading campaigner" / "un ex
attivista", "the minister" / "the ex-minister"): who someone is changed,
within a language or across two; a place's past ("the former Soviet
states") is no one's role."""
from __future__ import annotations

import pytest

from desktop.engine import encoder
from desktop.engine.api import compare_documents, document_from_text
from desktop.engine.drift.lexicon import STATUS_WORDS, role_words

TITLE = "Coastal Watch\n\n"
CLOSING = {"en": "\n\nEsbjerg and Ribe asked for help on 3 May.", "it": "\n\nEsbjerg e Ribe hanno chiesto aiuto il 3 maggio.",
           "ru": "\n\nЭсбьерг и Рибе попросили о помощи 3 мая."}
CASES = [
    ("A leading harbour campaigner in Esbjerg told Coastal Watch that she had lost her job twice.",
     "Un ex attivista di Esbjerg ha raccontato a Coastal Watch di aver perso il lavoro due volte.", "it",
     ["A past role was added: “ex”"]),
    ("A former harbour campaigner in Esbjerg told Coastal Watch that she had lost her job twice.",
     "Un ex attivista di Esbjerg ha raccontato a Coastal Watch di aver perso il lavoro due volte.", "it", []),
    ("The former director of the port, Lars Holm, signed the report.",
     "Директор порта Ларс Хольм подписал доклад.", "ru", ["A past role was dropped: “former”"]),
    ("The former director of the port, Lars Holm, signed the report.",
     "Бывший директор порта Ларс Хольм подписал доклад.", "ru", []),
    ("The former Soviet states of the region ignored the report.", "Gli Stati della regione hanno ignorato il rapporto.",
     "it", []),
    ("The ex-minister of Esbjerg signed the report.", "The minister of Esbjerg signed the report.", "en",
     ["A past role was dropped: “ex-minister”"]),
]


@pytest.mark.skipif(not encoder.available(), reason="the sentence encoder is not installed")
@pytest.mark.parametrize("original, other, language, expected", CASES)
def test_a_role_put_in_the_past_on_one_side_is_a_warning(original, other, language, expected):
    comparison = compare_documents(document_from_text(TITLE + original + CLOSING["en"], language="en"),
                                   document_from_text(TITLE + other + CLOSING[language], language=language))
    found = [(str(d.severity), d.message) for g in comparison.groups for d in g.drift if d.kind == "claim"]
    assert found == [("warning", m) for m in expected]


def test_every_language_with_past_role_words_has_roles_to_find_them_by():
    assert [code for code in STATUS_WORDS if not role_words(code)] == []
