"""The encoder's tokenizer and weights are kept ready in the user's cache:
the same vectors whether they were built or read back, and a broken cache
file is rebuilt, never trusted."""
from __future__ import annotations

import glob
import os

import numpy as np
import pytest

from desktop.engine import encoder

pytestmark = pytest.mark.skipif(not encoder.available(), reason="the sentence encoder is not installed")

TEXTS = ["Coastal Watch warns of floods in four harbour towns.", "Береговая охрана предупреждает о наводнениях."]


@pytest.fixture
def fresh_model(tmp_path, monkeypatch):
    monkeypatch.setenv("TANDEM_CACHE_DIR", str(tmp_path))
    saved = encoder._MODEL, dict(encoder._CACHE)

    def reload():
        encoder._MODEL = None
        encoder._CACHE.clear()
        return encoder.embed(TEXTS)

    yield reload, tmp_path
    encoder._MODEL = saved[0]
    encoder._CACHE.clear()
    encoder._CACHE.update(saved[1])


def test_read_back_tokenizer_gives_the_same_vectors(fresh_model):
    reload, folder = fresh_model
    built = reload()
    (cached,) = glob.glob(os.path.join(folder, "usem3-tokenizer-*.pickle"))
    assert os.path.getsize(cached) > 0
    assert np.array_equal(reload(), built)


def test_a_broken_cache_file_is_rebuilt(fresh_model):
    reload, folder = fresh_model
    built = reload()
    (cached,) = glob.glob(os.path.join(folder, "usem3-tokenizer-*.pickle"))
    with open(cached, "wb") as handle:
        handle.write(b"not a tokenizer")
    assert np.array_equal(reload(), built)
    assert os.path.getsize(cached) > 100  # written anew


def test_a_cache_that_cannot_be_written_costs_time_not_the_comparison(fresh_model, monkeypatch):
    from desktop.engine import atomic
    from desktop.engine.errors import TandemError

    def refuse(path, *args, **kwargs):
        raise TandemError(f"{path}: cannot write (File too large)")

    monkeypatch.setattr(atomic, "write_atomic", refuse)
    reload, folder = fresh_model
    assert reload().shape == (2, encoder.DIMENSIONS)
    assert glob.glob(os.path.join(folder, "usem3-*")) == []


def test_read_back_weights_give_the_same_vectors(fresh_model):
    reload, folder = fresh_model
    built = reload()
    assert len(glob.glob(os.path.join(folder, "usem3-table-*.npy"))) == 1
    assert len(glob.glob(os.path.join(folder, "usem3-weights-*.pickle"))) == 1
    again = reload()
    assert isinstance(encoder._MODEL._backend.table, np.memmap)  # read back, not rebuilt
    assert np.array_equal(again, built)


@pytest.mark.parametrize("pattern", ["usem3-table-*.npy", "usem3-weights-*.pickle"])
def test_broken_weights_are_rebuilt(fresh_model, pattern):
    reload, folder = fresh_model
    built = reload()
    (cached,) = glob.glob(os.path.join(folder, pattern))
    with open(cached, "r+b") as handle:
        handle.truncate(100)  # a cut-off copy (a full disk, a killed process)
    assert np.array_equal(reload(), built)
    assert not isinstance(encoder._MODEL._backend.table, np.memmap)
    assert os.path.getsize(cached) > 1000  # written anew
