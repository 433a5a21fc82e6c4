"""Meaning read on two cores: a helper process reads part of a long list
of texts. Every vector is the same bits as when this process reads them
all, and a helper that cannot start, or is stopped, costs time only."""
from __future__ import annotations

import numpy as np
import pytest

from desktop.engine import encoder, encoder_pool

pytestmark = pytest.mark.skipif(not encoder.available(), reason="the sentence encoder is not installed")

TEXTS = [f"Coastal Watch counted {n} broken sea walls in harbour town number {n % 17}." for n in range(150)] + [
    f"Береговая охрана насчитала {n} разрушенных дамб в порту номер {n % 13}." for n in range(150)]


@pytest.fixture
def fresh(monkeypatch):
    """An empty vector cache around each test, and a low bar for the helper."""
    saved = dict(encoder._CACHE)
    encoder._CACHE.clear()
    monkeypatch.setattr(encoder_pool, "PARALLEL_AT", 50)
    monkeypatch.setattr(encoder_pool, "_DISABLED", False)
    yield
    encoder._CACHE.clear()
    encoder._CACHE.update(saved)


def _alone(texts):
    return np.stack([encoder._vector(t) for t in texts])


def test_vectors_read_with_a_helper_are_the_same_bits(fresh):
    assert encoder_pool.wanted(len(TEXTS)) or pytest.skip("one core: no helper here")
    helped = encoder.embed(TEXTS)
    assert encoder_pool._EXECUTOR is not None  # the helper did start
    assert np.array_equal(helped, _alone(TEXTS))


def test_a_helper_that_cannot_start_costs_time_only(fresh, monkeypatch):
    encoder_pool.abandon()

    def refuse(*args, **kwargs):
        raise OSError("no more processes")

    monkeypatch.setattr(encoder_pool, "ProcessPoolExecutor", refuse)
    vectors = encoder.embed(TEXTS[:120])
    assert np.array_equal(vectors, _alone(TEXTS[:120]))
    assert encoder_pool._DISABLED  # not tried again for every call


def test_after_the_helper_is_stopped_a_new_one_reads(fresh):
    assert encoder_pool.wanted(len(TEXTS)) or pytest.skip("one core: no helper here")
    encoder.embed(TEXTS[:100])
    encoder_pool.abandon()  # as a cancelled comparison does
    encoder._CACHE.clear()
    assert np.array_equal(encoder.embed(TEXTS[100:]), _alone(TEXTS[100:]))


def test_a_process_with_one_thread_starts_no_helper(monkeypatch):
    monkeypatch.setattr(encoder_pool, "_DISABLED", False)
    saved = encoder._THREADS
    encoder.use_threads(1)
    try:
        assert not encoder_pool.wanted(10_000)
    finally:
        encoder.use_threads(saved)
