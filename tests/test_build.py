"""The standalone build (PyInstaller, build.spec) builds and runs headless:
the comparison as JSON, and a screenshot of the window."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    pytest.importorskip("PyInstaller")
    work = tmp_path_factory.mktemp("build")
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR",
         "--distpath", str(work / "dist"), "--workpath", str(work / "work"), "build.spec"],
        cwd=ROOT, capture_output=True, text=True, timeout=1800)
    assert result.returncode == 0, result.stderr[-3000:]
    program = work / "dist" / "tandem" / "tandem"
    assert program.exists()
    return program


def _env(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TANDEM_CACHE_DIR=str(tmp_path / "cache"),
               TANDEM_DATA_DIR=str(tmp_path / "data"))
    env.pop("PYTHONPATH", None)
    return env


def test_built_program_compares_the_example(built, tmp_path):
    result = subprocess.run([str(built), "compare", "--example", "--json", "-"], capture_output=True,
                            text=True, timeout=300, env=_env(tmp_path))
    assert result.returncode == 1, result.stderr  # the example's versions differ, as diff would say
    data = json.loads(result.stdout)
    assert data["related"] and data["summary"]["moved"] == 1


def test_built_program_reads_a_language_only_the_second_encoder_knows(built, tmp_path):
    releases = ROOT / "tests" / "fixtures" / "releases" / "rates"
    result = subprocess.run([str(built), "compare", str(releases / "en.txt"), str(releases / "cs.txt"), "--json", "-"],
                            capture_output=True, text=True, timeout=300, env=_env(tmp_path))
    data = json.loads(result.stdout)
    assert data["related"], result.stderr
    assert any("aligned by meaning with a smaller one" in note for note in data["notes"])


def test_built_program_renders_the_window(built, tmp_path):
    shot = tmp_path / "window.png"
    result = subprocess.run([str(built), "--example", "--screenshot", str(shot)], capture_output=True,
                            text=True, timeout=300, env=_env(tmp_path))
    assert result.returncode == 0, result.stderr
    assert shot.stat().st_size > 10_000


def test_built_program_reads_a_pdf(built, small_pdf, tmp_path):
    result = subprocess.run([str(built), "extract", str(small_pdf)], capture_output=True, text=True,
                            timeout=300, env=_env(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "fourteen towns" in result.stdout


def test_built_program_reads_a_web_page_a_word_file_and_an_e_mail(built, tmp_path):
    from tests.engine.formats import makers

    (tmp_path / "story.html").write_text(makers.web_page(), encoding="utf-8")
    makers.word_document(tmp_path / "release.docx")
    (tmp_path / "release.eml").write_bytes(makers.mail_bytes())
    for name, fmt in (("story.html", "html"), ("release.docx", "docx"), ("release.eml", "eml")):
        result = subprocess.run([str(built), "extract", str(tmp_path / name), "--json", "-"], capture_output=True,
                                text=True, timeout=300, env=_env(tmp_path))
        assert result.returncode == 0, result.stderr
        data = json.loads(result.stdout)
        assert data["format"] == fmt and data["paragraphs"][0]["text"] == makers.HEADLINE


def test_built_program_reads_an_xliff_as_its_pair(built, tmp_path):
    xliff = ROOT / "tests" / "fixtures" / "bilingual" / "release.en-fr.xlf"
    result = subprocess.run([str(built), "compare", str(xliff), "--json", "-", "--xliff", str(tmp_path / "out.xlf")],
                            capture_output=True, text=True, timeout=300, env=_env(tmp_path))
    assert result.returncode == 1, result.stderr  # the planted drift
    data = json.loads(result.stdout)
    assert data["left"]["format"] == "xliff" and data["left"]["paragraphs"][0]["segment"]["id"] == "release/title"
    assert b'category="tandem"' in (tmp_path / "out.xlf").read_bytes()
