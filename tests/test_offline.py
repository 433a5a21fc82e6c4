"""Nothing in Tandem opens a network connection. Every Python process of the
flow (and any it starts) gets a socket layer that refuses to connect, through
a sitecustomize on PYTHONPATH; the flow must still pass."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, ROOT

GUARD = '''
import socket

class NetworkUsed(RuntimeError):
    pass

def _refuse(*args, **kwargs):
    raise NetworkUsed("Tandem tried to use the network")

socket.socket.connect = _refuse
socket.socket.connect_ex = _refuse
socket.socket.sendto = _refuse
socket.create_connection = _refuse
socket.getaddrinfo = _refuse
socket.gethostbyname = _refuse
'''


@pytest.fixture(scope="module")
def guarded_env(tmp_path_factory):
    folder = tmp_path_factory.mktemp("offline")
    (folder / "sitecustomize.py").write_text(GUARD)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(folder), str(ROOT)])
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["TANDEM_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))
    return env


def _run(env, *args):
    result = subprocess.run([sys.executable, "-m", "desktop", *args], env=env, capture_output=True,
                            text=True, timeout=300)
    assert "NetworkUsed" not in result.stderr, result.stderr
    return result


def test_the_guard_works(guarded_env):
    code = "import socket\ntry:\n    socket.create_connection(('127.0.0.1', 9))\nexcept Exception as e:\n    print(type(e).__name__)"
    result = subprocess.run([sys.executable, "-c", code], env=guarded_env, capture_output=True, text=True)
    assert result.stdout.strip() == "NetworkUsed"


def test_compare_in_one_language_offline(guarded_env):
    result = _run(guarded_env, "compare", "--example", "--json", "-")
    assert result.returncode == 1, result.stderr  # the example's versions differ
    assert json.loads(result.stdout)["related"]


def test_compare_across_languages_offline(guarded_env):
    original = str(ROOT / "desktop" / "examples" / "press-release.txt")
    other = str(FIXTURES / "translations" / "press-release.ru.txt")
    result = _run(guarded_env, "compare", original, other, "--json", "-", "--exit-zero")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["right"]["language"] == "ru" and data["related"]


def test_every_report_offline(guarded_env, tmp_path):
    outputs = {kind: tmp_path / f"report.{kind}" for kind in ("html", "pdf", "csv", "tmx", "diff", "json")}
    flags = [item for kind, path in outputs.items() for item in (f"--{kind}", str(path))]
    result = _run(guarded_env, "compare", "--example", *flags, "--exit-zero")
    assert result.returncode == 0, result.stderr
    for kind, path in outputs.items():
        assert path.stat().st_size > 200, kind
    assert outputs["pdf"].read_bytes().startswith(b"%PDF")


def test_pdf_offline(guarded_env, small_pdf):
    result = _run(guarded_env, "extract", str(small_pdf))
    assert result.returncode == 0, result.stderr
    assert "Ageing sea walls" in result.stdout


def test_window_offline(guarded_env, tmp_path):
    shot = tmp_path / "window.png"
    result = _run(guarded_env, "--example", "--screenshot", str(shot))
    assert result.returncode == 0, result.stderr
    assert shot.stat().st_size > 10_000


def test_web_pages_word_files_and_e_mails_offline(guarded_env, tmp_path):
    from tests.engine.formats import makers

    page, word, mail = tmp_path / "story.html", tmp_path / "release.docx", tmp_path / "release.eml"
    page.write_text(makers.web_page(), encoding="utf-8")
    makers.word_document(word)
    mail.write_bytes(makers.mail_bytes())
    result = _run(guarded_env, "compare", str(word), str(page), "--json", "-", "--exit-zero")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["right"]["format"] == "html"
    result = _run(guarded_env, "extract", str(mail), "--attachment", "release.pdf")
    assert result.returncode == 0, result.stderr
