"""Extraction results are cached by content hash: the second opening of a
file is instant and does not start a worker."""
from __future__ import annotations

import json
import time

import pytest
from .tandem_pdf_makers import RELEASE, read_pdf, word_processor

import desktop.engine.pdf as pdf_package
from desktop.engine.pdf import cache


def test_second_read_comes_from_the_cache(makers, tmp_path, private_cache, monkeypatch):
    path = word_processor(tmp_path / "release.pdf", RELEASE)
    first = read_pdf(path)
    assert list(private_cache.rglob("*.json")), "the result should be stored"

    def no_extraction(*args, **kwargs):
        raise AssertionError("a cached file must not be extracted again")

    monkeypatch.setattr(pdf_package, "extract_layouts", no_extraction)
    started = time.perf_counter()
    second = read_pdf(path)
    assert time.perf_counter() - started < 0.1
    assert second == first


def test_same_content_under_another_name_hits_the_cache(makers, tmp_path, monkeypatch):
    path = word_processor(tmp_path / "release.pdf", RELEASE)
    first = read_pdf(path)
    copy = tmp_path / "copy-of-release.pdf"
    copy.write_bytes(path.read_bytes())
    monkeypatch.setattr(pdf_package, "extract_layouts", None)  # would fail if called
    assert read_pdf(copy) == first


def test_damaged_cache_entry_is_ignored(makers, tmp_path, private_cache):
    path = word_processor(tmp_path / "release.pdf", RELEASE)
    first = read_pdf(path)
    for entry in private_cache.rglob("*.json"):
        entry.write_text("{not json", encoding="utf-8")
    assert read_pdf(path) == first


def test_cache_entry_with_wrong_shape_is_ignored(private_cache):
    folder = private_cache / "pdf"
    folder.mkdir(parents=True, exist_ok=True)
    sha = "0" * 64
    path = cache._entry_path(sha)
    with open(path, "w", encoding="utf-8") as handle:
        json.dump({"paragraphs": [[5, "text", "nonsense", 1, 1, 1]]}, handle)
    assert cache.load(sha) is None


def test_cache_dir_follows_the_environment(private_cache):
    assert cache.cache_dir().startswith(str(private_cache))


def test_unwritable_cache_is_not_an_error(makers, tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("TANDEM_CACHE_DIR", str(blocker))
    path = word_processor(tmp_path / "release.pdf", RELEASE)
    assert read_pdf(path)  # extraction works; the cache is skipped


@pytest.mark.parametrize("entries", [3])
def test_old_entries_are_pruned(private_cache, monkeypatch, entries):
    from desktop.engine.model import Paragraph

    monkeypatch.setattr(cache, "_MAX_ENTRIES", entries)
    for number in range(entries + 2):
        cache.store(f"{number:064d}", (Paragraph(0, "text", "body", 1, 1, 1),))
    assert len(list(private_cache.rglob("*.json"))) == entries
