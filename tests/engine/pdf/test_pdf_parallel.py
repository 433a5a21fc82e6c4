"""Long documents are shared among worker processes; the result must not
depend on how many there were."""
from __future__ import annotations

import os

from .tandem_pdf_makers import BACKGROUND, RELEASE, Typesetter, content, release_styles

from desktop.engine.pdf.document import paragraphs_from_pages
from desktop.engine.pdf.worker import extract_layouts, worker_count
from desktop.engine.progress import Progress


def long_release(tmp_path):
    setter = Typesetter(page_size=(420.0, 360.0), margins=(36, 40, 36, 40), styles=release_styles(10),
                        header=lambda n: [("right", "Coastal Watch · Briefing")],
                        footer=lambda n: [("center", f"Page {n}")])
    for _ in range(3):
        for kind, text in RELEASE + BACKGROUND:
            setter.add(kind, text)
    return setter.save(tmp_path / "long.pdf")


def test_any_number_of_workers_gives_the_same_paragraphs(makers, tmp_path):
    data = long_release(tmp_path).read_bytes()
    alone = paragraphs_from_pages(extract_layouts(data, None, Progress(), workers=1).pages)
    shared = paragraphs_from_pages(extract_layouts(data, None, Progress(), workers=3).pages)
    assert shared == alone
    assert max(p.page for p in alone) >= 6
    assert content(alone)


def test_progress_is_reported_page_by_page(makers, tmp_path):
    data = long_release(tmp_path).read_bytes()
    seen: list[float] = []
    extract_layouts(data, None, Progress(lambda stage, fraction: seen.append(fraction)), workers=2)
    assert len(seen) >= 6
    assert seen == sorted(seen) and seen[-1] == 1.0


def test_worker_count():
    assert worker_count(b"%PDF-1.4 /Type /Page " * 3) == 1
    many = b"%PDF-1.4 " + b"/Type /Page\n" * 200 + b"/Type /Pages"
    assert worker_count(many) == max(1, min(os.cpu_count() or 1, 4))
