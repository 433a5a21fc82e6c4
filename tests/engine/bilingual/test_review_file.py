"""A review of a bilingual file saved and reopened: both sides from the one
file again, a TMX's chosen languages kept, decisions still on their items."""
from __future__ import annotations

import json

from desktop.engine.api import compare_bilingual
from desktop.engine.project import load_project, save_project
from desktop.engine.restore import restore_project
from desktop.engine.review import Decision, Review, review_items

from .conftest import TMX, XLIFF_2


def _saved(comparison, tmp_path):
    item = next(i for i in review_items(comparison) if i.is_drift)
    review = Review().with_decision(Decision(item.id, "flagged", "check"))
    path = tmp_path / "review.tandem"
    save_project(str(path), comparison, review)
    return path, item


def test_a_tmx_review_reopens_with_its_languages(tmp_path):
    comparison = compare_bilingual(str(TMX), source_language="fr", target_language="de")  # not the defaults
    path, item = _saved(comparison, tmp_path)
    saved = json.loads(path.read_text())["documents"]
    assert (saved["left"]["bilingual"], saved["right"]["bilingual"]) == ("source", "target")
    assert (saved["left"]["language"], saved["right"]["language"]) == ("fr-FR", "de-DE")
    restored = restore_project(load_project(str(path)))
    assert (restored.comparison.left.language, restored.comparison.right.language) == ("fr", "de")
    assert [d.item_id for d in restored.review.decisions] == [item.id]
    assert not restored.changed and len(restored.comparison.groups) == len(comparison.groups)


def test_an_xliff_review_reopens_segment_by_segment(tmp_path):
    comparison = compare_bilingual(str(XLIFF_2))
    path, item = _saved(comparison, tmp_path)
    restored = restore_project(load_project(str(path)))
    assert [g.left for g in restored.comparison.groups] == [g.left for g in comparison.groups]
    assert restored.review.decision(item.id).state == "flagged"
