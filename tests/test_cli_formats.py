"""Web pages, Word, Writer, RTF and e-mail on the command line, as real
processes: read by content whatever their names, compared with one another,
an e-mail's attachment opened, bad files one line on standard error."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.engine.formats import makers as m


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True, input=stdin,
                          timeout=180)


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("formats")
    m.word_document(folder / "release.docx")
    (folder / "story.html").write_text(m.web_page(), encoding="utf-8")
    (folder / "story-saved.txt").write_text(m.web_page(), encoding="utf-8")  # a page saved under a wrong name
    (folder / "release.odt").write_bytes(m.writer_bytes())
    (folder / "release.rtf").write_bytes(m.rtf_bytes())
    (folder / "release.eml").write_bytes(m.mail_bytes())
    return folder


def test_a_web_page_against_the_word_release_as_json(files):
    result = run("compare", str(files / "release.docx"), str(files / "story-saved.txt"), "--json", "-")
    assert result.returncode == 1, result.stderr  # the versions differ (the web page has more)
    data = json.loads(result.stdout)
    assert data["left"]["format"] == "docx" and data["left"]["positions"] == "paragraph"
    assert data["right"]["format"] == "html" and data["right"]["source"]["date"] == "2025-03-04"
    assert data["related"]
    unchanged = [g for g in data["alignment"] if g["status"] == "unchanged"]
    assert len(unchanged) >= 10


@pytest.mark.parametrize("name,fmt", [("release.odt", "odt"), ("release.rtf", "rtf"), ("release.eml", "eml"),
                                      ("story.html", "html")])
def test_extract_each_format_as_json(files, name, fmt):
    result = run("extract", str(files / name), "--json", "-")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["format"] == fmt
    assert data["paragraphs"][0]["text"] == m.HEADLINE


def test_extract_lists_an_e_mails_attachments_and_opens_one(files):
    listed = run("extract", str(files / "release.eml"))
    assert b"attached: release.pdf, application/pdf" in listed.stdout
    opened = run("extract", str(files / "release.eml"), "--attachment", "release.pdf", "--json", "-")
    assert opened.returncode == 0, opened.stderr
    assert json.loads(opened.stdout)["format"] == "pdf"


def test_compare_an_attachment_with_the_other_version(files):
    result = run("compare", str(files / "story.html"), str(files / "release.eml"), "--other-attachment",
                 "release.pdf", "--json", "-", "--exit-zero")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["right"]["name"] == "release.pdf (attached to release.eml)"


def test_a_web_page_on_standard_input(files):
    result = run("extract", "-", "--json", "-", stdin=m.web_page().encode("utf-8"))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["format"] == "html" and data["path"] is None


@pytest.mark.parametrize("content,message", [
    (b"PK\x03\x04broken", b"damaged"),
    (b"<html><body></body></html>", b"no text"),
])
def test_bad_files_are_one_line_and_status_2(tmp_path, content, message):
    path = tmp_path / "bad.docx"
    path.write_bytes(content)
    result = run("extract", str(path))
    assert result.returncode == 2
    assert message in result.stderr and result.stderr.count(b"\n") == 1
