"""`tandem compare ORIGINAL VERSION…` and `tandem match`, run as a user runs
them: real processes, real files, exit statuses as documented."""
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

from tests.conftest import FIXTURES, ROOT

ORIGINAL = str(ROOT / "desktop" / "examples" / "press-release.txt")
VERSIONS = FIXTURES / "versions"
DOCS = ROOT / "docs"


def run(*args: str, cache: Path, timeout: float = 180) -> subprocess.CompletedProcess:
    env = dict(os.environ, TANDEM_CACHE_DIR=str(cache))
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True, text=True,
                          timeout=timeout, env=env, cwd=str(ROOT))


def _digests(folder: Path) -> dict:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_many_versions_print_the_matrix_and_exit_1(tmp_path):
    before = _digests(VERSIONS)
    result = run("compare", ORIGINAL, str(VERSIONS), "--jobs", "2", cache=tmp_path)
    assert result.returncode == 1, result.stderr
    assert "v1   2026-03-03-wire.txt (en, 2026-03-03)" in result.stdout
    assert "number (error): “18 percent” → “13 percent” / “13 Prozent” in 3 versions" in result.stdout
    assert _digests(VERSIONS) == before  # inputs are only read


def test_matrix_exports_and_every_pairs_json(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    result = run("compare", ORIGINAL, *sorted(str(p) for p in VERSIONS.iterdir()), "--json", str(out / "m.json"),
                 "--csv", str(out / "m.csv"), "--html", str(out / "m.html"), "--pairs", str(out / "pairs"),
                 "--no-cache", "--exit-zero", cache=tmp_path / "cache")
    assert result.returncode == 0, result.stderr
    matrix = json.loads((out / "m.json").read_text(encoding="utf-8"))
    jsonschema.validate(matrix, json.loads((DOCS / "tandem-versions-1.schema.json").read_text()))
    pairs = sorted(p.name for p in (out / "pairs").iterdir())
    assert pairs == ["2026-03-03-wire.json", "2026-03-04-daily.json", "2026-03-05-regional.json", "2026-03-06-de.json"]
    assert [v["pair"] for v in matrix["versions"]] == pairs
    pair = json.loads((out / "pairs" / "2026-03-06-de.json").read_text(encoding="utf-8"))
    jsonschema.validate(pair, json.loads((DOCS / "tandem-comparison-1.schema.json").read_text()))
    assert pair["right"]["language"] == "de"
    rows = list(csv.reader(io.StringIO((out / "m.csv").read_text(encoding="utf-8-sig"))))
    assert rows[0][4:] == [Path(p).stem + ".txt" for p in pairs]
    assert "<table>" in (out / "m.html").read_text(encoding="utf-8")
    assert not (tmp_path / "cache" / "pairs").exists()  # --no-cache keeps no pair


def test_a_bad_version_among_many_is_said_and_the_rest_compared(tmp_path):
    empty_folder = tmp_path / "nothing"
    empty_folder.mkdir()
    result = run("compare", ORIGINAL, str(VERSIONS / "2026-03-03-wire.txt"), str(tmp_path / "gone.txt"),
                 str(empty_folder), cache=tmp_path / "cache")
    assert result.returncode == 2
    assert "gone.txt: no such file" in result.stderr and "the folder has no documents in it" in result.stderr
    assert "v1   2026-03-03-wire.txt" in result.stdout and "not compared:" in result.stdout


def test_one_pair_options_are_refused_with_many_versions(tmp_path):
    result = run("compare", ORIGINAL, str(VERSIONS), "--tmx", str(tmp_path / "x.tmx"), cache=tmp_path)
    assert result.returncode == 2 and "--tmx is for one pair" in result.stderr
    assert not (tmp_path / "x.tmx").exists()


def test_the_same_text_in_every_version_exits_0(tmp_path):
    for n in (1, 2):
        shutil.copy(ORIGINAL, tmp_path / f"copy{n}.txt")
    result = run("compare", ORIGINAL, str(tmp_path / "copy1.txt"), str(tmp_path / "copy2.txt"), cache=tmp_path / "c")
    assert result.returncode == 0, result.stderr


@pytest.fixture(scope="module")
def match_folders(tmp_path_factory):
    root = tmp_path_factory.mktemp("cli-match")
    (root / "releases").mkdir()
    (root / "articles").mkdir()
    shutil.copy(ORIGINAL, root / "releases")
    shutil.copy(FIXTURES / "seawall-feature.txt", root / "releases")
    for path in (VERSIONS / "2026-03-03-wire.txt", FIXTURES / "translations" / "press-release.ru.txt",
                 FIXTURES / "translations" / "unrelated.ru.txt"):
        shutil.copy(path, root / "articles")
    return root


def test_match_writes_one_table_and_resumes_from_the_cache(match_folders, tmp_path):
    root = match_folders
    args = ("match", str(root / "releases"), "--against", str(root / "articles"), "--csv", "-")
    first = run(*args, cache=tmp_path)
    assert first.returncode == 0, first.stderr
    rows = list(csv.DictReader(io.StringIO(first.stdout.lstrip("\ufeff"))))
    found = {(Path(r["article"]).name, Path(r["release"]).name) for r in rows}
    assert found == {("2026-03-03-wire.txt", "press-release.txt"), ("press-release.ru.txt", "press-release.txt"),
                     ("unrelated.ru.txt", "seawall-feature.txt")}
    wire = next(r for r in rows if r["article"].endswith("wire.txt"))
    assert (wire["related"], wire["drift_errors"]) == ("true", "1") and float(wire["retained"]) > 0.9
    again = run("match", str(root / "releases"), "--against", str(root / "articles"), "--json", "-", cache=tmp_path)
    data = json.loads(again.stdout)
    jsonschema.validate(data, json.loads((DOCS / "tandem-match-1.schema.json").read_text()))
    assert data["computed"] == 0 and data["candidates"] >= 3  # every pair came from the cache


def test_match_on_a_dask_scheduler_gives_the_same_table(match_folders, tmp_path):
    """The CLI's --scheduler against a LocalCluster started beside it (TCP on
    the loopback only; one worker, two threads)."""
    distributed = pytest.importorskip("distributed")
    root = match_folders
    args = ("match", str(root / "releases"), "--against", str(root / "articles"), "--csv", "-", "--no-cache")
    local = run(*args, cache=tmp_path)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as cluster:
        remote = run(*args, "--scheduler", cluster.scheduler_address, cache=tmp_path)
    assert remote.returncode == 0, remote.stderr
    assert remote.stdout == local.stdout


def test_match_with_no_derivation_exits_1(tmp_path):
    (tmp_path / "other.txt").write_text("A short note about the weather in the mountains this week.\n",
                                        encoding="utf-8")
    result = run("match", ORIGINAL, "--against", str(tmp_path / "other.txt"), cache=tmp_path / "c")
    assert result.returncode == 1, result.stderr
    assert "1 article derives from no release" in result.stdout


def test_match_writes_each_pairs_json_with_pairs(match_folders, tmp_path):
    root = match_folders
    result = run("match", str(root / "releases"), "--against", str(root / "articles"), "--pairs",
                 str(tmp_path / "pairs"), "--json", "-", "--no-cache", cache=tmp_path / "c")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    names = sorted(p.name for p in (tmp_path / "pairs").iterdir())
    assert names == sorted(r["pair"] for r in data["rows"])
    assert "2026-03-03-wire--press-release.json" in names
    pair = json.loads((tmp_path / "pairs" / "unrelated.ru--seawall-feature.json").read_text(encoding="utf-8"))
    assert pair["format"] == "tandem-comparison/1" and pair["right"]["language"] == "ru"


def test_ctrl_c_leaves_whole_cache_files_and_the_next_run_resumes(tmp_path):
    """Interrupt a match between pairs (SIGINT once the first pair is
    cached): exit 130, every cached file whole, and the same command then
    compares only what was left."""
    import signal
    import time

    articles = tmp_path / "articles"
    articles.mkdir()
    sources = [VERSIONS / n for n in sorted(os.listdir(VERSIONS))] + [FIXTURES / "seawall-agency.txt"]
    for n in range(48):  # many small pairs with the same release
        source = sources[n % len(sources)]
        (articles / f"{n:02d}-{source.name}").write_text(source.read_text(encoding="utf-8") + f"\nCopy {n}.\n",
                                                         encoding="utf-8")
    cache = tmp_path / "cache"
    args = [sys.executable, "-m", "desktop", "match", ORIGINAL, "--against", str(articles), "--jobs", "1",
            "--cache", str(cache), "--quiet"]
    process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=str(ROOT))
    deadline = time.monotonic() + 120
    while not list(cache.rglob("*.json")) and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.01)
    process.send_signal(signal.SIGINT)
    _out, err = process.communicate(timeout=120)
    assert process.returncode == 130, err
    assert "interrupted after" in err and "run the same command again to resume" in err
    cached = list(cache.rglob("*"))
    files = [p for p in cached if p.is_file()]
    assert files and all(p.suffix == ".json" for p in files)  # no temporary file left behind
    for path in files:
        json.loads(path.read_text(encoding="utf-8"))
    again = run("match", ORIGINAL, "--against", str(articles), "--cache", str(cache), "--json", "-", cache=tmp_path)
    data = json.loads(again.stdout)
    assert data["candidates"] == 48 and data["computed"] == 48 - len(files)
