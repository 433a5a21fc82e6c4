"""A quotation that runs across paragraphs is marked where it opens and
closes; French typography also opens every paragraph of it with «, German
and English books need not. A paragraph inside such a quotation is quoted,
marks or none: no "reported speech became a direct quotation" for it.
A quotation inside one paragraph that became reported speech is still one."""
from __future__ import annotations

import pytest

from desktop.engine import encoder
from desktop.engine.api import compare_documents, document_from_text
from desktop.engine.drift.quotes import running_quotations

pytestmark = pytest.mark.skipif(not encoder.available(), reason="the sentence encoder is not installed")

GERMAN = ("Der Bergführer schrieb in sein Tagebuch:\n\n"
          "„Am Morgen fanden wir drei grosse Spuren am Rand des Gletschers, frisch und tief im Schnee.\n\n"
          "Stundenlang folgten wir ihnen über die Schneeinseln, bis der Nebel kam.\n\n"
          "Am Abend waren wir sicher, dass kein Bär sie gemacht hatte.“\n\n"
          "Die Expedition kehrte am 12. Juni ins Basislager zurück.")
FRENCH = ("Le guide écrivit dans son journal :\n\n"
          "« Le matin, nous trouvâmes trois grandes empreintes au bord du glacier, fraîches et profondes.\n\n"
          "« Pendant des heures, nous les suivîmes sur les îlots de neige, jusqu'à ce que vienne le brouillard.\n\n"
          "« Le soir, nous étions sûrs qu'aucun ours ne les avait faites. »\n\n"
          "L'expédition regagna le camp de base le 12 juin.")


def _quotation_flags(left: str, right: str) -> list[str]:
    comparison = compare_documents(document_from_text(left, language="de"), document_from_text(right, language="fr"))
    return [d.message for g in comparison.groups for d in g.drift if d.kind == "quotation"]


def test_the_paragraphs_of_a_running_quotation_are_found():
    paragraphs = GERMAN.split("\n\n")
    assert running_quotations(paragraphs) == {1, 2, 3}
    assert running_quotations(FRENCH.split("\n\n")) == {1, 2, 3}
    assert running_quotations(["Er sagte: „Wir kommen wieder.“", "Dann ging er."]) == frozenset()


def test_a_quotation_run_across_paragraphs_is_quoted_in_every_one():
    assert _quotation_flags(GERMAN, FRENCH) == []


def test_a_quotation_that_became_reported_speech_is_still_found():
    quoted = GERMAN.replace("Die Expedition kehrte", "„Wir kehren morgen ins Basislager zurück“, sagte der Leiter. Sie kehrte")
    reported = FRENCH.replace("L'expédition regagna",
                              "Le chef dit qu'ils rentreraient le lendemain au camp de base. Elle regagna")
    assert "A direct quotation became reported speech" in _quotation_flags(quoted, reported)
