"""The comparison JSON with a review: the documented schema, only a field added."""
import json
from pathlib import Path

import jsonschema

from desktop.engine.export.jsonout import to_json
from desktop.engine.review import review_items

SCHEMA = json.loads((Path(__file__).resolve().parents[3] / "docs" / "tandem-comparison-1.schema.json").read_text())


def test_review_field_matches_the_schema(comparison, review):
    data = json.loads(to_json(comparison, review))
    jsonschema.validate(data, SCHEMA)
    assert data["format"] == "tandem-comparison/1"
    items = data["review"]["items"]
    assert [i["id"] for i in items] == [i.id for i in review_items(comparison)]
    states = {i["id"]: i["state"] for i in items}
    assert all(states[d.item_id] == d.state for d in review.decisions)
    assert data["review"]["counts"]["flagged"] == 1


def test_without_a_review_nothing_changes(comparison):
    assert "review" not in json.loads(to_json(comparison))
