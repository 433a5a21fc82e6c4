import json
from pathlib import Path

import jsonschema
import pytest

from desktop.engine.api import compare_files, example_paths
from desktop.engine.export.jsonout import to_json

SCHEMA = json.loads(
    (Path(__file__).resolve().parents[3] / "docs" / "tandem-comparison-1.schema.json").read_text())


@pytest.fixture(scope="module")
def data():
    return json.loads(to_json(compare_files(*example_paths())))


def test_output_matches_the_documented_schema(data):
    jsonschema.validate(data, SCHEMA)


def test_spans_point_at_the_texts_they_quote(data):
    left = {p["id"]: p["text"] for p in data["left"]["paragraphs"]}
    right = {p["id"]: p["text"] for p in data["right"]["paragraphs"]}
    seen = 0
    for group in data["alignment"]:
        for change in group["changes"]:
            a, b = change["left_span"]
            if change["left_text"]:
                assert left[change["left_paragraph"]][a:b] == change["left_text"]
                seen += 1
            a, b = change["right_span"]
            if change["right_text"]:
                assert right[change["right_paragraph"]][a:b] == change["right_text"]
    assert seen > 5


def test_every_paragraph_in_one_group(data):
    for side in ("left", "right"):
        ids = sorted(i for g in data["alignment"] for i in g[side])
        assert ids == [p["id"] for p in data[side]["paragraphs"]]
