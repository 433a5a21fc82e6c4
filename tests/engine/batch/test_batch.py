"""Pairs as tasks: a result read back is the comparison itself; the cache
resumes an interrupted run and keeps only whole files; runners agree byte
for byte (inline, a process pool, a Dask LocalCluster)."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from desktop.engine.api import compare_files, example_paths
from desktop.engine.batch.cache import PairCache, pair_key
from desktop.engine.batch.inputs import expand_paths, read_input
from desktop.engine.batch.readback import comparison_from_json
from desktop.engine.batch.run import run_pairs
from desktop.engine.batch.runners import InlineRunner, PoolRunner
from desktop.engine.batch.task import PairTask, run_pair
from desktop.engine.export.jsonout import to_json
from desktop.engine.model import Options
from tests.conftest import FIXTURES

OTHERS = [str(FIXTURES / "versions" / n) for n in sorted(os.listdir(FIXTURES / "versions"))]


def _tasks(paths=OTHERS, options=Options()):
    original = read_input(example_paths()[0])
    others = [read_input(p) for p in paths]
    return [PairTask(pair_key(original, o, options, "paragraphs"), original, o, options) for o in others]


def test_a_task_gives_the_same_json_as_comparing_the_files():
    task = _tasks(OTHERS[:1])[0]
    result = run_pair(task)
    assert result.ok
    assert result.json_text == to_json(compare_files(example_paths()[0], OTHERS[0])) + "\n"


def test_json_read_back_is_the_same_comparison():
    comparison = compare_files(example_paths()[0], str(FIXTURES / "translations" / "press-release.de.txt"))
    text = to_json(comparison)
    again = comparison_from_json(text)
    assert again == comparison  # frozen dataclasses: every field equal
    assert to_json(again) == text


def test_a_bad_document_is_a_result_that_says_why(tmp_path):
    binary = tmp_path / "picture.txt"
    binary.write_bytes(b"\x00\x01\x02\x03" * 300)
    result = run_pair(_tasks([str(binary)])[0])
    assert not result.ok and "binary" in result.trouble


def test_keys_follow_content_and_options(tmp_path):
    copy = tmp_path / "wire.txt"
    copy.write_bytes(Path(OTHERS[0]).read_bytes())
    first = _tasks([str(copy)])[0].key
    assert _tasks([str(copy)])[0].key == first
    assert _tasks([str(copy)], Options(ignore_case=True))[0].key != first
    copy.write_bytes(Path(OTHERS[0]).read_bytes() + b"\nOne more line.\n")
    assert _tasks([str(copy)])[0].key != first


class _Interrupting:
    """A runner that is stopped (Ctrl-C) after ``after`` results."""

    def __init__(self, after: int) -> None:
        self.after = after
        self.ran = 0

    def results(self, tasks):
        for task in tasks:
            if self.ran == self.after:
                raise KeyboardInterrupt
            self.ran += 1
            yield run_pair(task)


def test_an_interrupted_run_leaves_whole_files_and_resumes(tmp_path):
    cache = PairCache(str(tmp_path / "cache"))
    tasks = _tasks()
    with pytest.raises(KeyboardInterrupt):
        run_pairs(tasks, _Interrupting(2), cache)
    files = [os.path.join(root, n) for root, _, names in os.walk(cache.folder) for n in names]
    assert len(files) == 2 and all(f.endswith(".json") for f in files)
    for path in files:
        json.loads(Path(path).read_text(encoding="utf-8"))
    seen = []
    runner = _Interrupting(len(tasks))
    results = run_pairs(tasks, runner, cache, on_result=lambda r, cached: seen.append(cached))
    assert runner.ran == len(tasks) - 2  # only the pairs not yet cached were compared
    assert sorted(seen) == [False] * (len(tasks) - 2) + [True] * 2
    assert set(results) == {t.key for t in tasks}


def test_a_half_written_cache_file_is_not_served(tmp_path):
    cache = PairCache(str(tmp_path))
    task = _tasks(OTHERS[:1])[0]
    os.makedirs(os.path.dirname(cache.path(task.key)))
    with open(cache.path(task.key), "w", encoding="utf-8") as stream:
        stream.write('{"format": "tandem-comparison/1", "left"')
    assert cache.get(task.key) is None


def test_interrupting_the_pool_stops_it_and_keeps_what_arrived(tmp_path):
    cache = PairCache(str(tmp_path))
    tasks = _tasks()
    arrived = []

    def stop_after_first(result, cached):
        arrived.append(result.key)
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_pairs(tasks, PoolRunner(2, fewest=1), cache, on_result=stop_after_first)
    assert cache.get(arrived[0]) is not None
    assert sum(cache.get(t.key) is not None for t in tasks) == 1


def test_the_pool_and_inline_give_the_same_bytes():
    tasks = _tasks()
    inline = run_pairs(tasks, InlineRunner())
    pooled = run_pairs(tasks, PoolRunner(2, fewest=1))
    assert {k: r.json_text for k, r in inline.items()} == {k: r.json_text for k, r in pooled.items()}


def test_dask_local_cluster_gives_the_same_bytes():
    distributed = pytest.importorskip("distributed")
    from desktop.engine.batch.runners import DaskRunner

    tasks = _tasks()
    inline = run_pairs(tasks, InlineRunner())
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                                  dashboard_address=None) as cluster:
        on_dask = run_pairs(tasks, DaskRunner(cluster.scheduler_address))
    assert {k: r.json_text for k, r in on_dask.items()} == {k: r.json_text for k, r in inline.items()}


def test_folders_expand_to_their_documents_and_an_empty_one_is_said(tmp_path):
    (tmp_path / "a.txt").write_text("A.", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("B.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("C.", encoding="utf-8")
    files, troubles = expand_paths([str(tmp_path)])
    assert [os.path.basename(p) for p in files] == ["a.txt", "b.txt"] and not troubles
    (tmp_path / "empty").mkdir()
    files, troubles = expand_paths([str(tmp_path / "empty"), str(tmp_path / "a.txt")])
    assert [os.path.basename(p) for p in files] == ["a.txt"]
    assert [t.trouble for t in troubles] == [f"{tmp_path / 'empty'}: the folder has no documents in it"]


def test_a_web_page_reads_back_with_what_it_says_of_itself(tmp_path):
    """A page's title and publication date survive the JSON, and the date is
    the version's date in the matrix."""
    from desktop.engine.versions.dates import version_date

    page = tmp_path / "agency.html"
    paragraphs = Path(OTHERS[0]).read_text(encoding="utf-8").split("\n\n")
    body = "".join(f"<p>{p}</p>" for p in paragraphs[1:])
    page.write_text(f'<html><head><title>{paragraphs[0]}</title>'
                    f'<meta property="article:published_time" content="2026-03-07T09:00:00Z"></head>'
                    f"<body><article><h1>{paragraphs[0]}</h1>{body}</article></body></html>", encoding="utf-8")
    comparison = compare_files(example_paths()[0], str(page))
    again = comparison_from_json(to_json(comparison))
    assert again.right.info == comparison.right.info and again.right.source_format == "html"
    assert to_json(again) == to_json(comparison)
    assert again.right.info.date == "2026-03-07"
    assert version_date(again.right, str(page)) == "2026-03-07"
