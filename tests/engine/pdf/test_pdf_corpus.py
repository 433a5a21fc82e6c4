"""The sample release as a PDF reads exactly as its text version."""
from __future__ import annotations

import pytest
from .tandem_pdf_makers import content, read_pdf

from desktop.engine.model import BOILERPLATE, HEADING, UNCHANGED
from desktop.engine.normalise import fold
from desktop.engine.segment import segment

pytestmark = pytest.mark.corpus


def text_version(corpus_pdf):
    text = (corpus_pdf.parent / "amnesty-release.txt").read_text(encoding="utf-8")
    return [p for p in segment(text) if p.kind != BOILERPLATE]


def test_same_paragraphs_as_the_text_version(corpus_pdf):
    paragraphs = read_pdf(corpus_pdf)
    expected = text_version(corpus_pdf)
    assert len(content(paragraphs)) == 21
    assert content(paragraphs) == [fold(p.text) for p in expected]
    kinds = [p.kind for p in paragraphs if p.kind != BOILERPLATE]
    assert kinds == [p.kind for p in expected]


def test_running_header_and_footer_are_boilerplate(corpus_pdf):
    paragraphs = read_pdf(corpus_pdf)
    pages = max(p.page for p in paragraphs)
    for page in range(1, pages + 1):
        on_page = [p for p in paragraphs if p.page == page]
        furniture = [p for p in on_page if p.kind == BOILERPLATE]
        # one header and one footer on every page, at its top and its bottom
        assert len(furniture) == 2
        assert furniture[0].line == min(p.line for p in on_page)
        assert furniture[1].line == max(p.line for p in on_page)


def test_paragraph_cut_by_the_page_break_is_one(corpus_pdf):
    paragraphs = [p for p in read_pdf(corpus_pdf) if p.kind != BOILERPLATE]
    last = paragraphs[-1]
    assert fold(last.text) == fold(text_version(corpus_pdf)[-1].text)
    assert last.page == 3  # where it begins; it ends on page 4
    assert paragraphs[0].kind == HEADING and paragraphs[0].page == 1


def test_compare_pdf_with_its_text_is_all_unchanged(corpus_pdf):
    from desktop.engine.api import compare_files

    comparison = compare_files(str(corpus_pdf), str(corpus_pdf.parent / "amnesty-release.txt"))
    linked = [g for g in comparison.groups if g.left or g.right]
    statuses = {g.status for g in linked if g.status != "boilerplate"}
    assert statuses == {UNCHANGED}
