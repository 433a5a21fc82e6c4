"""`tandem compare … --html F --pdf F --csv F --tmx F --diff F --review P`,
run as a user runs it: a real process, real files, no display."""
from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest


def run(*args: str, cwd=None, timeout: float = 120) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["PYTHONPATH"] = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True, text=True,
                          timeout=timeout, env=env, cwd=cwd)


def test_every_format_at_once_without_a_display(tmp_path):
    names = {kind: str(tmp_path / f"report.{ext}") for kind, ext in
             (("html", "html"), ("pdf", "pdf"), ("csv", "csv"), ("tmx", "tmx"), ("diff", "diff"), ("json", "json"))}
    args = [a for kind, path in names.items() for a in (f"--{kind}", path)]
    result = run("compare", "--example", *args)
    assert result.returncode == 1, result.stderr  # written, and the versions differ
    assert result.stdout == "", "with files asked for, nothing goes to the terminal"
    assert Path(names["pdf"]).read_bytes()[:5] == b"%PDF-"
    assert "<!DOCTYPE html>" in Path(names["html"]).read_text(encoding="utf-8")
    ET.parse(names["tmx"])
    assert Path(names["diff"]).read_text(encoding="utf-8").startswith("--- press-release.txt")
    assert "review" not in json.loads(Path(names["json"]).read_text(encoding="utf-8"))
    rows = list(csv.reader(io.StringIO(Path(names["csv"]).read_text(encoding="utf-8-sig"))))
    assert rows[0][0] == "id" and len(rows) > 5
    assert sorted(os.listdir(tmp_path)) == sorted(os.path.basename(p) for p in names.values())


def test_text_formats_to_stdout():
    result = run("compare", "--example", "--diff", "-", "--exit-zero")
    assert result.returncode == 0 and result.stdout.startswith("--- press-release.txt")


def test_pdf_needs_a_file():
    result = run("compare", "--example", "--pdf", "-")
    assert result.returncode == 2 and result.stderr.count("\n") == 1 and "PDF" in result.stderr


def test_unwritable_target_is_one_line(tmp_path):
    result = run("compare", "--example", "--html", str(tmp_path / "no" / "such" / "dir" / "r.html"))
    assert result.returncode == 2 and result.stderr.startswith("tandem: ") and result.stderr.count("\n") == 1


def _saved_review(tmp_path) -> tuple[str, str, str, dict]:
    """A review of copies of the example, saved as a project file."""
    from desktop.engine.api import compare_files, example_paths
    from desktop.engine.project import save_project
    from desktop.engine.review import Decision, Review, review_items

    left = shutil.copy(example_paths()[0], tmp_path / "original.txt")
    right = shutil.copy(example_paths()[1], tmp_path / "other.txt")
    comparison = compare_files(str(left), str(right))
    items = review_items(comparison)
    year = next(i for i in items if i.kind == "date" and "2023" in i.right_text)
    review = Review().with_decision(Decision(year.id, "flagged", "2022 in the release"))
    project = str(tmp_path / "review.tandem")
    save_project(project, comparison, review)
    return project, str(left), str(right), {"year": year.id}


def test_review_decisions_reach_every_export(tmp_path):
    project, _, _, ids = _saved_review(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    result = run("compare", "--review", project, "--json", "r.json", "--csv", "r.csv", "--html", "r.html",
                 "--exit-zero", cwd=out)
    assert result.returncode == 0, result.stderr
    data = json.loads((out / "r.json").read_text(encoding="utf-8"))
    states = {i["id"]: (i["state"], i["comment"]) for i in data["review"]["items"]}
    assert states[ids["year"]] == ("flagged", "2022 in the release")
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO((out / "r.csv").read_text(encoding="utf-8-sig")))}
    assert rows[ids["year"]]["decision"] == "flagged"
    assert "2022 in the release" in (out / "r.html").read_text(encoding="utf-8")


def test_review_of_a_changed_document_says_so(tmp_path):
    project, _, right, ids = _saved_review(tmp_path)
    with open(right, encoding="utf-8") as stream:
        text = stream.read()
    with open(right, "w", encoding="utf-8") as stream:
        stream.write(text.replace("January 2023", "January 2022"))
    result = run("compare", "--review", project, "--json", "-")
    assert result.returncode == 1, result.stderr
    assert "changed since the review was saved" in result.stderr and "no longer" in result.stderr
    data = json.loads(result.stdout)
    assert ids["year"] not in {i["id"] for i in data["review"]["items"]}


@pytest.mark.parametrize("args, message", [
    (("compare", "--review", "nowhere.tandem"), "cannot read"),
    (("compare", "--example", "--review", "x.tandem"), "not both"),
])
def test_review_errors_are_one_line(tmp_path, args, message):
    result = run(*args, cwd=tmp_path)
    assert result.returncode == 2 and message in result.stderr and result.stderr.count("\n") == 1
