"""`python -m desktop.bench e5-direction`: estimate the second encoder's
common direction (``engine/e5.py``) from the project's own release
fixtures, every language of them, and write it to ``engine/data``."""
from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

from ..engine import e5
from ..engine.sentences import sentences

FIXTURES = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "releases"


def fixture_sentences() -> list[str]:
    texts = []
    for path in sorted(FIXTURES.glob("*/*.txt")):
        for paragraph in path.read_text(encoding="utf-8").split("\n\n"):
            texts += sentences(paragraph)
    return texts


def main(argv: list[str]) -> int:
    texts = fixture_sentences()
    if not texts:
        print(f"no fixtures under {FIXTURES}", file=sys.stderr)
        return 1
    target = Path(e5.__file__).with_name("data") / "e5_common.npy"
    np.save(target, e5.common_direction(texts))
    print(f"{len(texts)} sentences of {len(list(FIXTURES.glob('*/*.txt')))} fixtures → {target}")
    return 0
