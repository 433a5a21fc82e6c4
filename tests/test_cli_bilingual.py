"""Bilingual files on the command line, as real processes: `tandem compare
FILE.xlf` (one file: its sources against its targets), TMX languages
chosen, exit 0/1/2 as diff's, the review exported back as XLIFF, TMX and
CSV, bad files one line on standard error, the input never written."""
from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from lxml import etree

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures" / "bilingual"
SCHEMA = json.loads((REPO / "docs" / "tandem-comparison-1.schema.json").read_text(encoding="utf-8"))


def run(*args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["PYTHONPATH"] = str(REPO)
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True, text=True,
                          timeout=180, env=env)


@pytest.fixture
def files(tmp_path):
    """Copies, so a test that writes beside them never touches the fixtures."""
    for name in ("release.en-de.xlf", "release.en-fr.xlf", "release.tmx"):
        shutil.copy(FIXTURES / name, tmp_path / name)
    return tmp_path


def test_an_xliff_alone_is_its_sources_against_its_targets(files):
    result = run("compare", str(files / "release.en-de.xlf"))
    assert result.returncode == 1, result.stderr  # drift: they differ
    out = result.stdout
    assert "Original: release.en-de.xlf · source (en, 10 segments)" in out
    assert "[1] EDITED  ¶1 seg. release.docx/2  →  ¶1 seg. release.docx/2" in out
    assert "! error: Figure “7,400” became “7.200”" in out
    assert "! error: Date “12 March” became “14. März”" in out
    assert "! warning: Attribution to “Amara Okafor” was dropped" in out  # she said it; the target says who
    assert "[6] UNTRANSLATED  ¶6 seg. release.docx/7  →  -" in out
    assert "! warning: Inline codes differ: the target lacks <x 4>" in out


def test_json_of_an_xliff_2_names_every_segment_and_fits_the_schema(files):
    result = run("compare", str(files / "release.en-fr.xlf"), "--json", "-")
    assert result.returncode == 1, result.stderr
    data = json.loads(result.stdout)
    jsonschema.validate(data, SCHEMA)
    left, right = data["left"], data["right"]
    assert (left["format"], left["positions"], left["source"]["bilingual"]) == ("xliff", "segment", "source")
    assert (left["source"]["language"], right["source"]["language"]) == ("en-US", "fr-FR")
    assert [p["segment"]["id"] for p in left["paragraphs"]][-3:] == [
        "release/contact:s6a", "release/contact:s6b", "captions/title"]
    assert left["paragraphs"][2]["segment"]["codes"] == ["sc#2", "ec#2"]
    drift = {left["paragraphs"][g["left"][0]]["segment"]["id"]: [d["kind"] for d in g["drift"]]
             for g in data["alignment"] if g["left"]}
    assert drift["release/lead"] == ["number"] and drift["release/report"] == ["date"]
    assert drift["release/director"] == ["attribution"]  # the speaker's name dropped


def test_tmx_languages_chosen_and_a_faithful_pair_exits_0(files):
    faithful = run("compare", str(files / "release.tmx"), "--target-lang", "fr")
    assert faithful.returncode == 0, faithful.stderr + faithful.stdout
    assert "Other:    release.tmx · target (fr, 6 segments)" in faithful.stdout
    assert run("compare", str(files / "release.tmx")).returncode == 1  # German, with its drift
    swapped = run("compare", str(files / "release.tmx"), "--source-lang", "de-DE", "--target-lang", "en",
                  "--json", "-")
    assert swapped.returncode == 1
    data = json.loads(swapped.stdout)
    assert (data["left"]["language"], data["right"]["language"]) == ("de", "en")


def test_the_review_exported_back_to_the_cat_tool(files):
    source = files / "release.en-de.xlf"
    before = hashlib.sha256(source.read_bytes()).hexdigest()
    out = files / "out"
    out.mkdir()
    result = run("compare", str(source), "--xliff", str(out / "reviewed.xlf"), "--tmx", str(out / "reviewed.tmx"),
                 "--csv", str(out / "reviewed.csv"), "--json", "-")
    assert result.returncode == 1, result.stderr
    found = sum(len(g["drift"]) for g in json.loads(result.stdout)["alignment"])
    assert hashlib.sha256(source.read_bytes()).hexdigest() == before
    ns = {"x": "urn:oasis:names:tc:xliff:document:1.2"}
    written = etree.parse(str(out / "reviewed.xlf"))
    original = etree.parse(str(source))
    assert ([u.get("id") for u in written.iterfind(".//x:trans-unit", ns)]
            == [u.get("id") for u in original.iterfind(".//x:trans-unit", ns)])
    notes = [n.text for n in written.iterfind(".//x:note[@from='Tandem']", ns)]
    assert "Tandem error: Figure “7,400” became “7.200”" in notes
    assert "Tandem warning: Inline codes differ: the target lacks <x 4>" in notes
    assert len(notes) == found  # one note for each finding, none for an undecided change
    tmx = etree.parse(str(out / "reviewed.tmx"))
    assert [tu.get("tuid") for tu in tmx.iterfind(".//tu")][:2] == ["release.docx/1", "release.docx/2"]
    rows = list(csv.DictReader(io.StringIO((out / "reviewed.csv").read_text(encoding="utf-8-sig"))))
    figure = next(r for r in rows if r["kind"] == "number")
    assert figure["original_location"] == "seg. release.docx/2" and figure["severity"] == "error"
    assert any(r["kind"] == "omitted" and r["message"].startswith("Not translated") for r in rows)


def test_an_export_over_the_xliff_compared_is_refused(files):
    source = files / "release.en-fr.xlf"
    data = source.read_bytes()
    result = run("compare", str(source), "--xliff", str(source))
    assert result.returncode == 2
    assert result.stderr.startswith("tandem: ") and "that is the document compared" in result.stderr
    assert source.read_bytes() == data


BAD = {
    "broken.xlf": (b'<?xml version="1.0"?>\n<xliff version="1.2"><file><body><trans-unit id="1">'
                   b'<source>Water</target>', "damaged XML, it cannot be read"),
    "untranslated.xlf": (b'<xliff version="1.2"><file source-language="en" target-language="de"><body>'
                         b'<trans-unit id="1"><source>Water</source><target/></trans-unit></body></file></xliff>',
                         "no segment has a translation yet"),
    "one.tmx": (b'<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>Water</seg>'
                b'</tuv></tu></body></tmx>', "holds only en; there is nothing to compare"),
}


@pytest.mark.parametrize("name", list(BAD))
def test_bad_bilingual_files_are_trouble_in_one_line(tmp_path, name):
    data, message = BAD[name]
    path = tmp_path / name
    path.write_bytes(data)
    result = run("compare", str(path))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"tandem: {name}: ") and message in lines[0]
    assert "Traceback" not in result.stderr and path.read_bytes() == data


def test_a_language_the_tmx_lacks_is_trouble(files):
    result = run("compare", str(files / "release.tmx"), "--target-lang", "it")
    assert result.returncode == 2 and "it holds en-GB, de-DE, fr-FR" in result.stderr


def test_language_options_need_one_bilingual_file(files):
    text = files / "a.txt"
    text.write_text("Water pumps failed.\n", encoding="utf-8")
    result = run("compare", str(text), str(text), "--target-lang", "fr")
    assert result.returncode == 2 and "for one bilingual file" in result.stderr
    alone = run("compare", str(text))
    assert alone.returncode == 2 and "or one bilingual file" in alone.stderr


def test_extract_shows_the_source_segments_by_id(files):
    result = run("extract", str(files / "release.tmx"))
    assert result.returncode == 0, result.stderr
    assert "[2] seg. 103: The report, published on 12 March 2025" in result.stdout


def test_help_names_the_bilingual_options():
    result = run("compare", "--help")
    assert result.returncode == 0
    for option in ("--source-lang", "--target-lang", "--xliff"):
        assert option in result.stdout


def test_open_renders_the_pair_of_one_bilingual_file(files):
    shot = files / "shot.png"
    result = run("open", str(files / "release.tmx"), "--screenshot", str(shot))
    assert result.returncode == 0, result.stderr
    assert shot.read_bytes().startswith(b"\x89PNG") and shot.stat().st_size > 10_000
