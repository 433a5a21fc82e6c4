"""`python -m desktop.bench.fuzz [--seconds N]`: a time-boxed fuzzing run over
the loaders, the segmenter and the aligner with random and hostile input
(huge lines, control characters, mixed scripts, right-to-left and zero-width
characters, random bytes named .txt and .pdf, mutated PDFs). Prints how many
inputs were tried and how each ended; any crash is printed and fails the run."""
from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
import traceback
from collections import Counter

from desktop.engine.api import compare_documents, document_from_text, load_document
from desktop.engine.errors import InputError
from desktop.engine.model import Options

_ALPHABETS = (
    "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJ .,;:!?\"'-",
    "абвгдежзийклмнопрстуфхцчшщыэюя АБВГД «»—",
    "äöüßÄÖÜ „“ éèêàç",
    "שלום עולם مرحبا بالعالم \u200f\u202e",
    "\u200b\u200c\u200d\u00ad\ufeff\x00\x07\x1b\t\f\r",
    "0123456789%€$ ",
    "😀🌊🏠 ﬁﬂ",
)


def random_text(rng: random.Random) -> str:
    shape = rng.randrange(4)
    if shape == 0:  # one huge line
        return "".join(rng.choice(rng.choice(_ALPHABETS)) for _ in range(rng.randint(10_000, 200_000)))
    words = []
    for _ in range(rng.randint(0, 600)):
        alphabet = rng.choice(_ALPHABETS)
        words.append("".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12))))
        if rng.random() < 0.08:
            words.append(rng.choice(["\n", "\n\n", "\r\n\r\n", "\n \n", "\f"]))
    return " ".join(words)


def _one(rng: random.Random, folder: str, seed_pdf: bytes | None) -> str:
    kind = rng.randrange(4)
    _one.last = ["two texts compared", "random bytes", "mutated PDF", "text in an encoding"][kind]
    if kind == 0:  # two texts compared
        left = document_from_text(random_text(rng) or "x", language="en")
        right = document_from_text(random_text(rng) or "y", language=rng.choice(["en", "ru", "de"]))
        compare_documents(left, right, Options())  # the product's own time budget
        return "compared"
    path = os.path.join(folder, f"input.{rng.choice(['txt', 'pdf'])}")
    with open(path, "wb") as handle:
        if kind == 1:
            handle.write(bytes(rng.randrange(256) for _ in range(rng.randint(0, 5000))))
        elif kind == 2 and seed_pdf:
            data = bytearray(seed_pdf)
            for _ in range(rng.randint(1, 30)):
                data[rng.randrange(len(data))] = rng.randrange(256)
            handle.write(bytes(data[:rng.randint(8, len(data))]))
        else:
            handle.write(random_text(rng).encode(rng.choice(["utf-8", "utf-16", "cp1251", "latin-1"]),
                                                 errors="replace"))
    try:
        load_document(path)
        return "read"
    except InputError:
        return "refused clearly"


def _seed_pdf() -> bytes | None:
    try:
        from fpdf import FPDF
    except ImportError:
        return None
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.multi_cell(0, 8, "Sea walls age.\n\nFourteen harbour towns are exposed to floods, the report says.")
    return bytes(pdf.output())


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desktop.bench.fuzz")
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    seed_pdf = _seed_pdf()
    outcomes: Counter = Counter()
    crashes = 0
    slowest, slowest_kind = 0.0, ""
    deadline = time.monotonic() + args.seconds
    with tempfile.TemporaryDirectory(prefix="tandem-fuzz-") as folder:
        os.environ.setdefault("TANDEM_CACHE_DIR", os.path.join(folder, "cache"))
        while time.monotonic() < deadline:
            started = time.monotonic()
            try:
                outcomes[_one(rng, folder, seed_pdf)] += 1
            except Exception:
                crashes += 1
                traceback.print_exc()
            if time.monotonic() - started > slowest:
                slowest, slowest_kind = time.monotonic() - started, getattr(_one, "last", "")
    total = sum(outcomes.values()) + crashes
    print(f"inputs tried: {total}; " + ", ".join(f"{n} {k}" for k, n in sorted(outcomes.items()))
          + f"; crashes: {crashes}; slowest input {slowest:.1f} s ({slowest_kind}; "
            f"time budget {Options().time_budget:g} s)")
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
