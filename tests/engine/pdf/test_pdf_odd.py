"""Odd PDFs (``odd_pdfs``): each is read, loses none of the words pdfminer
finds in it (``read_pdf`` checks that), is left unchanged on disk, and
puts its text where a reader expects it."""
from __future__ import annotations

import hashlib

import pytest

from desktop.engine.model import BODY, BOILERPLATE

from .odd_pdfs import BODY as RELEASE_BODY
from .odd_pdfs import CJK_FONT, NEEDS_CJK_FONT, ODD_PDFS, TITLE
from .tandem_pdf_makers import read_pdf


@pytest.fixture
def odd(makers, tmp_path):
    def make(name: str):
        if name in NEEDS_CJK_FONT and not CJK_FONT.exists():
            pytest.skip(f"{CJK_FONT} (Debian's fonts-droid-fallback) draws this PDF's CJK text; not installed")
        return ODD_PDFS[name](tmp_path / f"{name}.pdf")
    return make


def texts(paragraphs, kind=None) -> list[str]:
    return [p.text for p in paragraphs if kind is None or p.kind == kind]


def words_of(paragraphs) -> str:
    return " ".join(" ".join(texts(paragraphs)).split())


@pytest.mark.parametrize("name", sorted(ODD_PDFS))
def test_no_word_is_lost_and_the_file_is_untouched(odd, name):
    path = odd(name)
    before = hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns
    paragraphs = read_pdf(path)  # raises if a word pdfminer finds is missing
    assert paragraphs and all(p.text.strip() for p in paragraphs)
    assert (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns) == before


def test_a_page_of_nothing_but_repeated_lines_is_body(odd):
    paragraphs = read_pdf(odd("only-repeated-lines"))
    body = texts(paragraphs, BODY)
    assert len(body) == 3 and all(t.startswith("Coastal Watch statement") for t in body)
    assert texts(paragraphs, BOILERPLATE) == ["Page 1 of 3", "Page 2 of 3", "Page 3 of 3"]


def test_an_ocr_layer_over_a_scan_is_read(odd):
    paragraphs = read_pdf(odd("ocr-scan"))
    assert texts(paragraphs)[0] == TITLE


def test_turned_text_is_kept_aside_and_turned_pages_are_read_in_order(odd):
    paragraphs = read_pdf(odd("rotated-pages"))
    aside = texts(paragraphs, BOILERPLATE)
    assert "Draft for the regional council, not for publication" in aside and "CONFIDENTIAL" in aside
    by_page = {page: " ".join(p.text for p in paragraphs if p.page == page and p.kind != BOILERPLATE)
               for page in (1, 2, 3)}
    assert by_page[1].startswith("Rising maintenance costs")
    assert by_page[2].startswith(RELEASE_BODY[1].split(". ")[0])  # the /Rotate 90 page
    assert by_page[3].startswith("Harbour Depth Dredged North Quay 2.1 m 2017")  # the table drawn sideways


def test_upside_down_content_reads_forwards(odd):
    text = words_of(read_pdf(odd("upside-down")))
    assert RELEASE_BODY[2].split(", ")[0] in text
    assert RELEASE_BODY[3].split(". ")[0] in text


def test_type3_glyph_names_give_the_words(odd):
    paragraphs = read_pdf(odd("type3-fonts"))
    assert texts(paragraphs)[:3] == ["Harbour", "boats", "Harbours"]


def test_text_around_inline_images_stays_in_order(odd):
    assert texts(read_pdf(odd("inline-images"))) == [
        "Before the first image: the harbour mouth.", "Between the images: boats wait for the tide.",
        "After the second image: the quay is silted up."]


def test_text_off_the_page_is_kept_aside(odd):
    paragraphs = read_pdf(odd("off-page-and-tiny"))
    assert "Text left outside the page box." in texts(paragraphs, BOILERPLATE)
    assert "PRESS RELEASE" in words_of(paragraphs)


def test_a_letterhead_form_on_every_page_is_furniture(odd):
    paragraphs = read_pdf(odd("form-xobjects"))
    assert "Coastal Watch" in " ".join(texts(paragraphs, BOILERPLATE))
    assert "Nobody decided this." in words_of(paragraphs)


def test_vertical_writing_reads_down_the_columns_from_the_right(odd):
    paragraphs = read_pdf(odd("vertical-writing"))
    assert "港口在冬季关闭 渔民等待潮水 报告将于春季发布" in texts(paragraphs)
    assert "Harbour notice" in texts(paragraphs)
