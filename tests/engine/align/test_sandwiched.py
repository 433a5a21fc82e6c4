"""Across a language the encoder does not read (Czech), paragraphs are
aligned on what survives translation; a paragraph with none of it (a quote
without a name or figure) is linked by its place when it is the one left
over on each side between two links, or between a link and the end, and
its length agrees with the linked pairs'."""
from __future__ import annotations

from desktop.engine.api import compare_documents, document_from_text

ENGLISH = ("Coastal Watch: 1,200 homes at risk in Esbjerg\n\n"
           "ESBJERG, 4 March 2025 – Coastal Watch said on Tuesday that 1,200 homes in Esbjerg and Ribe are at risk "
           "after the storms of February damaged 14 kilometres of sea wall.\n\n"
           "“We have waited too long for the repairs, and the families who live behind these walls know it "
           "better than anyone,” the director said.\n\n"
           "Anna Berg of Coastal Watch will present the report in Copenhagen on 12 March.\n\n"
           "Everyone who lives on the coast deserves to sleep without fear of the next storm.")
CZECH = ("Coastal Watch: v Esbjergu je ohroženo 1 200 domů\n\n"
         "ESBJERG, 4. března 2025 – Coastal Watch v úterý uvedla, že v Esbjergu a Ribe je ohroženo 1 200 domů "
         "poté, co únorové bouře poškodily 14 kilometrů mořské hráze.\n\n"
         "„Na opravy jsme čekali příliš dlouho a rodiny, které za těmito hrázemi žijí, to vědí lépe než "
         "kdokoli jiný,“ řekla ředitelka.\n\n"
         "Anna Bergová z Coastal Watch představí zprávu v Kodani 12. března.\n\n"
         "Každý, kdo žije na pobřeží, si zaslouží spát bez strachu z příští bouře.")


def _links(left: str, right: str) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    comparison = compare_documents(document_from_text(left, language="en"), document_from_text(right, language="cs"))
    return sorted((g.left, g.right) for g in comparison.groups if g.linked)


def test_a_paragraph_with_nothing_that_survives_translation_is_linked_by_its_place():
    links = _links(ENGLISH, CZECH)
    assert ((2,), (2,)) in links  # between two links
    assert ((4,), (4,)) in links  # between a link and the end


def test_a_paragraph_whose_length_disagrees_is_left_unlinked():
    short = CZECH.replace("„Na opravy jsme čekali příliš dlouho a rodiny, které za těmito hrázemi žijí, to vědí lépe "
                          "než kdokoli jiný,“ řekla ředitelka.", "Oprava čeká.")
    assert short != CZECH
    links = _links(ENGLISH, short)
    assert not any(2 in left for left, _ in links)
