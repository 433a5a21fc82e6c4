"""Meaning read on two cores: a helper process reads part of a long list
of texts. Every vector is the same bits as when this process reads them
all, and a helper that cannot start, or is stopped, costs time only."""
from __future__ import annotations

import numpy as np
import pytest

from desktop.engine import encoder, helper_process

pytestmark = pytest.mark.skipif(not encoder.available(), reason="the sentence encoder is not installed")

TEXTS = [f"Coastal Watch counted {n} broken sea walls in harbour town number {n % 17}." for n in range(150)] + [
    f"Береговая охрана насчитала {n} разрушенных дамб в порту номер {n % 13}." for n in range(150)]


@pytest.fixture
def fresh(monkeypatch):
    """An empty vector cache around each test, and a low bar for the helper."""
    saved = dict(encoder._CACHE)
    encoder._CACHE.clear()
    monkeypatch.setattr(helper_process, "PARALLEL_AT", 50)
    monkeypatch.setattr(helper_process, "_DISABLED", False)
    yield
    encoder._CACHE.clear()
    encoder._CACHE.update(saved)


def _alone(texts):
    return np.stack([encoder._vector(t) for t in texts])


def test_vectors_read_with_a_helper_are_the_same_bits(fresh):
    assert helper_process.wanted(len(TEXTS)) or pytest.skip("one core: no helper here")
    helped = encoder.embed(TEXTS)
    assert helper_process._EXECUTOR is not None  # the helper did start
    assert np.array_equal(helped, _alone(TEXTS))


def test_a_helper_that_cannot_start_costs_time_only(fresh, monkeypatch):
    helper_process.abandon()

    def refuse(*args, **kwargs):
        raise OSError("no more processes")

    monkeypatch.setattr(helper_process, "ProcessPoolExecutor", refuse)
    vectors = encoder.embed(TEXTS[:120])
    assert np.array_equal(vectors, _alone(TEXTS[:120]))
    assert helper_process._DISABLED  # not tried again for every call


def test_after_the_helper_is_stopped_a_new_one_reads(fresh):
    assert helper_process.wanted(len(TEXTS)) or pytest.skip("one core: no helper here")
    encoder.embed(TEXTS[:100])
    helper_process.abandon()  # as a cancelled comparison does
    encoder._CACHE.clear()
    assert np.array_equal(encoder.embed(TEXTS[100:]), _alone(TEXTS[100:]))


def test_a_vector_is_the_same_bits_whatever_else_the_process_read(fresh):
    first = encoder.embed(TEXTS[:5])
    encoder._CACHE.clear()
    encoder.embed(TEXTS[5:80])
    encoder._CACHE.clear()
    assert np.array_equal(encoder.embed(TEXTS[:5]), first)
