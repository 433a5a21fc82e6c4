"""The command line, run as a user runs it: a real process, real files."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest


def run(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True,
                          text=True, timeout=timeout)


def test_compare_example_json_to_stdout():
    result = run("compare", "--example", "--json", "-")
    assert result.returncode == 1, result.stderr  # the example's versions differ, as diff would say
    data = json.loads(result.stdout)
    assert data["format"] == "tandem-comparison/1"
    assert data["related"] is True
    statuses = {g["status"] for g in data["alignment"]}
    assert {"moved", "omitted", "added", "edited", "rewritten"} <= statuses


def test_compare_writes_json_file(tmp_path):
    out = tmp_path / "out.json"
    result = run("compare", "--example", "--json", str(out), "--exit-zero")
    assert result.returncode == 0 and result.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["summary"]["moved"] == 1


def test_compare_text_report():
    result = run("compare", "--example")
    assert result.returncode == 1
    assert "Verdict:  versions of the same text" in result.stdout
    assert "MOVED" in result.stdout and "OMITTED" in result.stdout


def test_extract_lists_paragraphs_with_kinds(fixtures):
    result = run("extract", str(fixtures / "seawall-agency.txt"))
    assert result.returncode == 0
    assert "[0] heading" in result.stdout and "[1] boilerplate" in result.stdout
    data = json.loads(run("extract", str(fixtures / "seawall-agency.txt"), "--json").stdout)
    assert [p["kind"] for p in data["paragraphs"]][:3] == ["heading", "boilerplate", "body"]


def test_lines_segmentation(tmp_path):
    path = tmp_path / "segments.txt"
    path.write_text("One segment\nAnother segment\n", encoding="utf-8")
    data = json.loads(run("extract", str(path), "--segment", "lines", "--json").stdout)
    assert [p["text"] for p in data["paragraphs"]] == ["One segment", "Another segment"]


@pytest.mark.parametrize("content,expected", [
    (None, "no such file"),
    (b"", "empty"),
    (b"\x00\x01\x02\x03" * 200, "binary"),
    (b"%PDF-1.4\n garbage that is not a pdf", "PDF"),
])
def test_bad_input_is_one_line_and_status_2(tmp_path, content, expected):
    path = tmp_path / "input.txt"
    if content is not None:
        path.write_bytes(content)
    result = run("compare", str(path), str(path))
    assert result.returncode == 2
    assert expected in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_usage_errors_exit_2():
    assert run("compare").returncode == 2
    assert run("compare", "--example", "a", "b").returncode == 2
    assert run("extract").returncode == 2
