"""Across languages the drift checks say what they cannot judge instead of
crying wolf: names in a script without capitals, figures written as words
in a language whose number words Tandem does not know."""
from __future__ import annotations

from desktop.engine.api import compare_documents, document_from_text

ENGLISH = ("Coastal Watch warns of flooding in four harbour towns\n\n"
           "Anna Berg of Coastal Watch said four harbour towns in Denmark and Germany face floods.")
KOREAN = ("코스탈 워치, 항구 도시 네 곳의 홍수 경고\n\n"
          "코스탈 워치의 안나 베리는 덴마크와 독일의 항구 도시 네 곳이 홍수 위험에 처해 있다고 말했다.")
FRENCH = ("Coastal Watch met en garde contre des inondations dans quatre villes portuaires\n\n"
          "Anna Berg, de Coastal Watch, a déclaré que quatre villes portuaires du Danemark et "
          "d'Allemagne sont menacées par les inondations.")


def _compare(other: str, language: str):
    return compare_documents(document_from_text(ENGLISH, name="en.txt", language="en"),
                             document_from_text(other, name=f"{language}.txt", language=language))


def _drift(comparison):
    return [d for g in comparison.groups for d in g.drift]


def test_no_name_is_dropped_into_a_script_without_capitals():
    comparison = _compare(KOREAN, "ko")
    assert [d.message for d in _drift(comparison) if d.kind == "name"] == []
    assert "Names are not checked in Korean: its script has no capitals to find them by." in comparison.notes


def test_a_number_word_is_not_dropped_into_a_language_whose_number_words_are_unknown():
    comparison = _compare(FRENCH, "fr")
    assert not [d for d in _drift(comparison) if d.kind == "number" and "four" in d.message]
    assert "Figures written as words are not checked in French." in comparison.notes
    # names are still checked where the script has capitals
    assert not any(n.startswith("Names are not checked") for n in comparison.notes)
