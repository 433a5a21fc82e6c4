"""Benchmark rows for PDF reading: a generated 100-page release read cold
(worker processes, no cache) and again from the cache, next to poppler's
pdftotext when it is installed.

The PDF is drawn with fpdf2 (a test dependency) from text written here;
without fpdf2 the rows say so instead of failing."""
from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import tempfile
import time
from typing import Optional

PAGES = 100
COLD_GOAL = 1.5  # seconds for 100 pages, first reading
CACHED_GOAL = 0.1  # seconds, second reading
MEMORY_GOAL_MIB = 1024
_MEASURE = ("import os, resource, sys; from desktop.engine.load import load_document; "
            "load_document(sys.argv[1]); "
            "print(max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, "
            "resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))")

_WORDS = (
    "the harbour council said on Tuesday that dredging of the northern channel would "
    "resume after the winter storms while fishing crews reported that boats waited for "
    "the tide and several skippers had moved their vessels to larger ports where buyers "
    "paid less for the catch but the quays were deep enough for loading at any hour"
).split()


def rows() -> list[dict]:
    if importlib.util.find_spec("fpdf") is None:
        return [_row(f"PDF read, {PAGES} pages", "fpdf2 not installed (pip install fpdf2)", "", None)]
    with tempfile.TemporaryDirectory(prefix="tandem-bench-") as folder:
        path = os.path.join(folder, "bench-release.pdf")
        _write_pdf(path, PAGES)
        cold, cached, workers, count = _time_tandem(path, os.path.join(folder, "cache"))
        peak = _peak_memory(path, os.path.join(folder, "cache-2"))
        reference = _time_pdftotext(path)
    return [
        _row(f"PDF read, {PAGES} pages, cold", f"{cold:.2f} s ({workers} process{'es' * (workers > 1)}, "
             f"{count} paragraphs)", f"< {COLD_GOAL} s", cold < COLD_GOAL),
        _row(f"PDF read, {PAGES} pages, cached", f"{cached * 1000:.1f} ms", f"< {CACHED_GOAL * 1000:.0f} ms",
             cached < CACHED_GOAL),
        _row(f"  peak memory, reading {PAGES} pages", f"{peak:.0f} MiB (reader and its workers, largest)",
             f"< {MEMORY_GOAL_MIB} MiB", peak < MEMORY_GOAL_MIB),
        _row(f"pdftotext, {PAGES} pages (reference)",
             "not installed" if reference is None else f"{reference:.2f} s", "for comparison", None),
    ]


def _row(name: str, measured: str, goal: str, ok: Optional[bool]) -> dict:
    return {"row": name, "measured": measured, "goal": goal, "ok": ok}


def _time_tandem(path: str, cache_folder: str) -> tuple[float, float, int, int]:
    from desktop.engine.pdf import load_pdf_paragraphs
    from desktop.engine.pdf.worker import worker_count
    from desktop.engine.textload import read_file

    saved = os.environ.get("TANDEM_CACHE_DIR")
    os.environ["TANDEM_CACHE_DIR"] = cache_folder  # cold: an empty cache of our own
    try:
        started = time.perf_counter()
        raw = read_file(path)
        paragraphs = load_pdf_paragraphs(raw)
        cold = time.perf_counter() - started
        started = time.perf_counter()
        load_pdf_paragraphs(read_file(path))
        cached = time.perf_counter() - started
    finally:
        if saved is None:
            os.environ.pop("TANDEM_CACHE_DIR", None)
        else:
            os.environ["TANDEM_CACHE_DIR"] = saved
    return cold, cached, worker_count(raw.data), len(paragraphs)


def _peak_memory(path: str, cache_folder: str) -> float:
    """The larger of the reading process's and its workers' peak memory, in
    a fresh process with an empty cache of its own."""
    import sys

    env = dict(os.environ, TANDEM_CACHE_DIR=cache_folder)
    result = subprocess.run([sys.executable, "-c", _MEASURE, path], capture_output=True, text=True,
                            timeout=300, env=env)
    return int(result.stdout.strip().splitlines()[-1]) / 1024


def _time_pdftotext(path: str) -> Optional[float]:
    program = shutil.which("pdftotext")
    if program is None:
        return None
    started = time.perf_counter()
    subprocess.run([program, path, os.devnull], check=False, capture_output=True, timeout=120)
    return time.perf_counter() - started


def _write_pdf(path: str, pages: int) -> None:
    """A long release: headings, justified paragraphs, a running header and
    a page-number footer (core fonts, so no font files are needed)."""
    from fpdf import FPDF

    class Release(FPDF):
        def header(self) -> None:
            self.set_font("Helvetica", "", 8)
            self.cell(0, 10, "Coastal Watch - Annual harbour survey - Embargoed", align="R",
                      new_x="LMARGIN", new_y="NEXT")

        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("Helvetica", "", 8)
            self.cell(0, 10, f"Page {self.page_no()} of {{nb}}", align="C")

    pdf = Release(format="A4")
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    section = 0
    # paragraphs are at most ~80 mm tall: stopping below 150 mm on the last
    # page keeps the document at exactly ``pages`` pages
    while pdf.page_no() < pages or pdf.get_y() < 150:
        if section % 6 == 0:
            pdf.set_font("Helvetica", "B", 14)
            pdf.multi_cell(0, 8, f"Harbour report, part {section // 6 + 1}", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 11)
        pdf.multi_cell(0, 5.5, _paragraph(section), align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
        section += 1
    pdf.output(path)


def _paragraph(seed: int) -> str:
    length = 60 + (seed * 37) % 90
    words = [_WORDS[(seed * 7 + i * 11) % len(_WORDS)] for i in range(length)]
    return " ".join(words).capitalize() + "."
