"""Mutated PDFs (bytes flipped, cut short, spliced, random bytes named .pdf):
every one is either read or refused with a clear message, within the time
limit, and never crashes the reader."""
from __future__ import annotations

import random
import time

import pytest

from desktop.engine.errors import InputError
from desktop.engine.load import load_document

from .tandem_pdf_makers import read_pdf, word_processor

SEED_TEXT = [("h1", "Harbour towns face rising flood risk"),
             ("p", "Ageing sea walls have left fourteen harbour towns exposed to serious flooding, "
                   "Coastal Watch said in a report published today."),
             ("p", "Engineers found cracks in 212 kilometres of coastal barriers.")]
MUTANTS = 60


@pytest.fixture(scope="module")
def seed_pdf(tmp_path_factory):
    path = tmp_path_factory.mktemp("fuzz") / "seed.pdf"
    word_processor(path, SEED_TEXT)
    return path.read_bytes()


def _mutate(data: bytes, rng: random.Random) -> bytes:
    kind = rng.randrange(5)
    buffer = bytearray(data)
    if kind == 0:  # flip bytes
        for _ in range(rng.randint(1, 40)):
            buffer[rng.randrange(len(buffer))] = rng.randrange(256)
    elif kind == 1:  # cut short
        buffer = buffer[:rng.randrange(8, len(buffer))]
    elif kind == 2:  # splice a chunk elsewhere
        start = rng.randrange(len(buffer))
        chunk = buffer[start:start + rng.randint(1, 400)]
        at = rng.randrange(len(buffer))
        buffer[at:at] = chunk
    elif kind == 3:  # zero a region
        start = rng.randrange(len(buffer))
        buffer[start:start + rng.randint(1, 200)] = bytes(min(200, len(buffer) - start))
    else:  # random bytes behind a PDF header
        buffer = bytearray(b"%PDF-1.7\n" + bytes(rng.randrange(256) for _ in range(rng.randint(0, 3000))))
    return bytes(buffer)


def test_the_seed_loses_no_word(seed_pdf, tmp_path):
    path = tmp_path / "seed.pdf"
    path.write_bytes(seed_pdf)
    assert read_pdf(path)  # checks every word pdfminer finds


def test_mutated_pdfs_are_read_or_refused_clearly(seed_pdf, tmp_path):
    rng = random.Random(20261121)
    outcomes = {"read": 0, "refused": 0}
    for number in range(MUTANTS):
        path = tmp_path / f"mutant-{number}.pdf"
        path.write_bytes(_mutate(seed_pdf, rng))
        started = time.perf_counter()
        try:
            document = load_document(str(path))
        except InputError as error:
            message = str(error)
            assert message.startswith((str(path), path.name)) and "\n" not in message and "Traceback" not in message
            outcomes["refused"] += 1
        else:
            assert all(p.text.strip() for p in document.paragraphs)
            outcomes["read"] += 1
        assert time.perf_counter() - started < 60, f"mutant {number} took too long"
    assert sum(outcomes.values()) == MUTANTS
    assert outcomes["read"] and outcomes["refused"]  # both kinds of mutant were really tried
