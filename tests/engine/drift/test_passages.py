"""Within a language, a clause dropped from a sentence that is otherwise
kept, or one added to it, is a flag of its own; rewording is not."""
from __future__ import annotations

from desktop.engine.api import compare_documents, document_from_text

HEADLINE = "Harbour towns brace for winter storms\n\n"
KEPT = ("Coastal Watch said the sea walls of four harbour towns were close to collapse after years of neglect. "
        "Residents are told to keep sandbags ready")
CLAUSE = (", and fishermen have been warned that their boats may be seized by port authorities unless mooring "
          "fees owed since winter are settled")
CLOSING = ".\n\nIts director, Anna Berg, said the repairs had been promised and never started."


def _passages(left: str, right: str) -> list[tuple[str, str]]:
    comparison = compare_documents(document_from_text(left, language="en"), document_from_text(right, language="en"))
    return [(d.severity, d.message) for g in comparison.groups for d in g.drift if d.message.startswith("Passage")]


def test_a_clause_dropped_from_a_kept_sentence_is_reported_where_it_was():
    left, right = HEADLINE + KEPT + CLAUSE + CLOSING, HEADLINE + KEPT + CLOSING
    comparison = compare_documents(document_from_text(left, language="en"), document_from_text(right, language="en"))
    (item,) = [d for g in comparison.groups for d in g.drift if d.message.startswith("Passage dropped")]
    assert item.kind == "sentence" and item.severity == "note" and item.right_span is None
    assert item.left_text.startswith("fishermen") and item.left_text.endswith("settled")


def test_a_clause_added_is_reported_and_mirrors_the_dropped_one():
    assert _passages(HEADLINE + KEPT + CLOSING, HEADLINE + KEPT + CLAUSE + CLOSING) == [
        ("note", "Passage added: “fishermen have been warned that their boats may be seized by port …”")]


def test_rewording_a_sentence_is_no_passage_dropped():
    reworded = ("Coastal Watch warned that years of neglect had left the sea walls of four harbour towns about to "
                "give way. People living there should keep sandbags at hand, and owners of fishing boats were told "
                "the port may seize them if winter mooring fees stay unpaid")
    assert _passages(HEADLINE + KEPT + CLAUSE + CLOSING, HEADLINE + reworded + CLOSING) == []


def test_a_dropped_clause_with_a_figure_is_a_warning():
    figure = ", and 1,200 fishermen have been warned that their boats may be seized by port authorities unless fees"
    assert [s for s, _m in _passages(HEADLINE + KEPT + figure + CLOSING, HEADLINE + KEPT + CLOSING)] == ["warning"]
