"""The command line in the conventions of diff tools, run as a user runs it:
real processes, documents written here. Subcommands with their own --help,
--version, --json FILE|- everywhere, exit 0 same / 1 different / 2 trouble,
--exit-zero, --debug."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest

REPO = str(Path(__file__).resolve().parents[1])

RELEASE = ("Harbour towns face rising flood risk\n\n"
           "Ageing sea walls have left fourteen harbour towns exposed to winter storms, a report says.\n\n"
           "The group asks governments to publish a repair plan before the next storm season.\n")
MOVED = ("Harbour towns face rising flood risk\n\n"
         "The group asks governments to publish a repair plan before the next storm season.\n\n"
         "Ageing sea walls have left fourteen harbour towns exposed to winter storms, a report says.\n")


def run(*args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["PYTHONPATH"] = REPO
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True, text=True,
                          timeout=120, env=env)


def write(folder: Path, name: str, text: str) -> str:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def one_line(result: subprocess.CompletedProcess) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    return lines[0]


# --- subcommands and --help ---------------------------------------------------

def test_help_lists_the_subcommands():
    result = run("--help")
    assert result.returncode == 0
    for command in ("compare", "extract", "open", "install-desktop-entry"):
        assert f"    {command}" in result.stdout, command
    assert "1  they differ" in result.stdout


@pytest.mark.parametrize("command, options", [
    ("compare", ("1  they differ", "--json FILE|-", "--exit-zero", "--html", "--ignore-case", "--debug", "--segment")),
    ("extract", ("--json FILE|-", "--segment", "--password", "--debug")),
    ("open", ("--screenshot", "--theme", "--example", "--debug")),
    ("install-desktop-entry", ("--data-home", "--debug")),
])
def test_each_subcommand_has_its_own_help(command, options):
    result = run(command, "--help")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"usage: tandem {command}")
    for option in options:
        assert option in result.stdout, option


def test_the_window_forms_are_the_open_subcommand(tmp_path):
    result = run("--example", "--help")  # `tandem --example …` is `tandem open --example …`
    assert result.returncode == 0 and result.stdout.startswith("usage: tandem open")
    absent = run(str(tmp_path / "absent.txt"), str(tmp_path / "other.txt"))  # `tandem A B`
    assert absent.returncode == 2 and "absent.txt: no such file" in one_line(absent)


def test_version_is_the_package_version():
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"tandem {version('tandem')}"


def test_a_usage_error_is_one_line_naming_the_subcommand():
    result = run("compare", "--no-such-option", "a", "b")
    assert result.returncode == 2
    line = one_line(result)
    assert line.startswith("tandem compare: ") and "--no-such-option" in line and "tandem compare --help" in line


# --- exit status --------------------------------------------------------------

def test_same_text_exits_0_and_a_changed_word_1(tmp_path):
    left = write(tmp_path, "release.txt", RELEASE)
    same = write(tmp_path, "copy.txt", RELEASE.replace("\n\n", "\n\n\n"))  # more blank lines: same text
    changed = write(tmp_path, "rewrite.txt", RELEASE.replace("fourteen", "twelve"))
    assert run("compare", left, same).returncode == 0
    result = run("compare", left, changed, "--json", "-")
    assert result.returncode == 1, result.stderr
    assert result.stderr == "", "a difference is no error"
    assert "edited" in {group["status"] for group in json.loads(result.stdout)["alignment"]}


@pytest.mark.parametrize("other", [
    MOVED,  # same paragraphs in another order
    RELEASE + "\nA paragraph the rewrite adds about the town of Esbjerg and its harbour.\n",
    RELEASE.rsplit("\n\n", 1)[0] + "\n",  # the last paragraph omitted
], ids=["moved", "added", "omitted"])
def test_moved_added_or_omitted_exits_1(tmp_path, other):
    result = run("compare", write(tmp_path, "release.txt", RELEASE), write(tmp_path, "other.txt", other))
    assert result.returncode == 1, result.stderr


def test_exit_zero_makes_a_difference_0_but_not_trouble(tmp_path):
    left = write(tmp_path, "release.txt", RELEASE)
    right = write(tmp_path, "rewrite.txt", RELEASE.replace("fourteen", "twelve"))
    assert run("compare", left, right, "--exit-zero").returncode == 0
    trouble = run("compare", left, str(tmp_path / "absent.txt"), "--exit-zero")
    assert trouble.returncode == 2 and "no such file" in one_line(trouble)


def test_ignore_case_is_honoured_by_the_exit_status(tmp_path):
    left = write(tmp_path, "release.txt", RELEASE)
    right = write(tmp_path, "shouting.txt", RELEASE.replace("Ageing sea walls", "AGEING SEA WALLS"))
    assert run("compare", left, right).returncode == 1
    assert run("compare", left, right, "--ignore-case").returncode == 0


# --- --debug ------------------------------------------------------------------

def test_debug_shows_the_traceback_and_the_same_last_line(tmp_path):
    absent = str(tmp_path / "absent.txt")
    plain = run("compare", absent, absent)
    debug = run("compare", absent, absent, "--debug")
    assert debug.returncode == plain.returncode == 2
    assert "Traceback (most recent call last)" in debug.stderr and 'File "' in debug.stderr
    assert debug.stderr.strip().splitlines()[-1] == one_line(plain)
    assert debug.stdout == plain.stdout == ""


# --- --json FILE|- ------------------------------------------------------------

def test_extract_json_takes_a_file_like_compare(tmp_path):
    source = write(tmp_path, "release.txt", RELEASE)
    out = tmp_path / "paragraphs.json"
    result = run("extract", source, "--json", str(out))
    assert result.returncode == 0 and result.stdout == "", result.stderr
    assert [p["text"] for p in json.loads(out.read_text(encoding="utf-8"))["paragraphs"]][0] == \
        "Harbour towns face rising flood risk"


def test_extract_json_dash_and_the_old_flag_form_write_to_stdout(tmp_path):
    source = write(tmp_path, "release.txt", RELEASE)
    dash = run("extract", "--json", "-", source)
    old_form = run("extract", source, "--json")  # as the README documented it
    assert dash.returncode == old_form.returncode == 0
    assert json.loads(dash.stdout) == json.loads(old_form.stdout)
    assert len(json.loads(dash.stdout)["paragraphs"]) == 3


def test_extract_json_never_takes_the_document_for_its_target(tmp_path):
    source = write(tmp_path, "release.txt", RELEASE)
    result = run("extract", "--json", source)  # the old flag before the file: the file is missing
    assert result.returncode == 2 and "tandem extract: " in one_line(result)
    assert Path(source).read_text(encoding="utf-8") == RELEASE


PLANTED_BUG = """
import desktop.engine.api as api

def compare_files(*args, **kwargs):
    raise RuntimeError("a planted bug")

api.compare_files = compare_files
"""


def test_an_internal_error_is_trouble_not_a_difference(tmp_path):
    """A bug is status 2 (it was 1, which now means 'they differ'), one line
    unless --debug."""
    (tmp_path / "sitecustomize.py").write_text(PLANTED_BUG, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["PYTHONPATH"] = os.pathsep.join([str(tmp_path), REPO])
    command = [sys.executable, "-m", "desktop", "compare", "--example"]
    plain = subprocess.run(command, capture_output=True, text=True, timeout=120, env=env)
    debug = subprocess.run([*command, "--debug"], capture_output=True, text=True, timeout=120, env=env)
    assert plain.returncode == debug.returncode == 2
    assert one_line(plain) == "tandem: internal error: RuntimeError: a planted bug"
    assert "Traceback" in debug.stderr and "sitecustomize.py" in debug.stderr
    assert debug.stderr.strip().splitlines()[-1] == one_line(plain)


def test_standard_input_as_one_of_the_two_documents(tmp_path):
    original = tmp_path / "original.txt"
    original.write_text("Harbour towns face rising flood risk.\n\nSea walls are ageing.\n", encoding="utf-8")
    other = "Harbour towns face rising flood risk.\n\nSea walls are ageing fast.\n"
    result = subprocess.run([sys.executable, "-m", "desktop", "compare", str(original), "-"], input=other,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 1, result.stderr
    assert "Other:    standard input" in result.stdout
    assert "«fast»" in result.stdout
    both = subprocess.run([sys.executable, "-m", "desktop", "compare", "-", "-"], input=other,
                          capture_output=True, text=True, timeout=120)
    assert both.returncode == 2
    assert "only one of the two documents can come from standard input" in both.stderr


def test_the_window_reads_line_by_line_as_compare_does():
    from desktop.cliargs import parse

    assert parse(["open", "a.txt", "b.txt", "--segment", "lines"], "0").segment == "lines"
    assert parse(["a.txt", "b.txt"], "0").segment == "paragraphs"  # `tandem A B` is the window
