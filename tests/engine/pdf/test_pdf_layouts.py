"""Generated PDFs in the layouts press releases arrive in: each must read
back as the paragraphs that were written, furniture set aside."""
from __future__ import annotations

import pytest
from .tandem_pdf_makers import (
    BACKGROUND, HYPHENATION_TEXT, RELEASE, Style, Typesetter, browser_print, content, expected, folded,
    plain_text_print, read_pdf, release_styles, typeset, word_processor,
)

from desktop.engine.model import BODY, BOILERPLATE, HEADING

SHORT_PAGE = (595.0, 420.0)  # short pages force page breaks inside paragraphs


def kinds(paragraphs):
    return [p.kind for p in paragraphs if p.kind != BOILERPLATE]


def boilerplate(paragraphs):
    return [p.text for p in paragraphs if p.kind == BOILERPLATE]


def assert_release_kinds(paragraphs, items=RELEASE):
    want = [HEADING if kind in ("title", "heading") else BODY for kind, _ in items]
    assert kinds(paragraphs) == want


def test_word_processor(makers, tmp_path):
    path = word_processor(tmp_path / "wp.pdf", RELEASE + BACKGROUND, size=13)
    paragraphs = read_pdf(path)
    items = RELEASE + BACKGROUND
    body = [p for p in paragraphs if p.kind != BOILERPLATE]
    assert [p.text for p in body] == expected(items)
    assert max(p.page for p in paragraphs) >= 2
    furniture = boilerplate(paragraphs)
    assert any(text.startswith("Page 1 of") for text in furniture)
    assert sum("For immediate release" in text for text in furniture) >= 2


def test_paragraph_across_page_break_is_one(makers, tmp_path):
    setter = Typesetter(page_size=SHORT_PAGE, styles=release_styles(11),
                        footer=lambda n: [("center", f"Page {n}")])
    for kind, text in RELEASE:
        setter.add(kind, text)
    setter.save(tmp_path / "pages.pdf")
    paragraphs = read_pdf(tmp_path / "pages.pdf")
    assert content(paragraphs) == folded(expected(RELEASE))
    spanning = [p for p in paragraphs if p.kind == BODY and _pages_of(paragraphs, p) > 1]
    assert spanning, "the test layout should break a paragraph across pages"


def _pages_of(paragraphs, paragraph) -> int:
    """How many pages a paragraph's lines run over (by the furniture inside)."""
    inside = [p for p in paragraphs if p.kind == BOILERPLATE and paragraph.line < p.line < paragraph.end_line]
    return 1 + len({p.page for p in inside})


def test_chromium_print(makers, tmp_path):
    browser_print(tmp_path / "chromium.pdf", RELEASE, "chromium", page_size=SHORT_PAGE)
    paragraphs = read_pdf(tmp_path / "chromium.pdf")
    assert content(paragraphs) == folded(expected(RELEASE))
    assert_release_kinds(paragraphs)
    furniture = boilerplate(paragraphs)
    assert "1/2" in furniture and "2/2" in furniture
    assert sum(text.startswith("https://") for text in furniture) == 2


def test_firefox_print(makers, tmp_path):
    browser_print(tmp_path / "firefox.pdf", RELEASE, "firefox", page_size=SHORT_PAGE)
    paragraphs = read_pdf(tmp_path / "firefox.pdf")
    assert content(paragraphs) == folded(expected(RELEASE))
    assert "1 of 2" in boilerplate(paragraphs)


def test_headline_repeating_header_title_is_kept(makers, tmp_path):
    # The printed header repeats the page title; the headline under it is
    # the same text at another height and must stay a heading.
    browser_print(tmp_path / "title.pdf", RELEASE, "chromium", page_size=SHORT_PAGE)
    paragraphs = read_pdf(tmp_path / "title.pdf")
    headline = [p for p in paragraphs if p.kind == HEADING][0]
    assert headline.text == RELEASE[0][1]
    assert headline.page == 1


def test_two_columns_spanning_title_and_running_header(makers, tmp_path):
    items = RELEASE + HYPHENATION_TEXT[1:]
    setter = typeset(
        tmp_path / "columns.pdf", items, columns=2, page_size=(595.0, 500.0),
        styles=release_styles(10, indent=12, spacing=0, span_title=True),
        header=lambda n: [("left", "Coastal Watch — Briefing"), ("right", f"- {n} -")],
    )
    assert setter.pages >= 2
    paragraphs = read_pdf(tmp_path / "columns.pdf")
    assert content(paragraphs) == folded(expected(items))
    assert "- 1 -" in boilerplate(paragraphs) and "- 2 -" in boilerplate(paragraphs)


def test_three_columns_with_paragraph_spacing(makers, tmp_path):
    typeset(tmp_path / "three.pdf", RELEASE, columns=3, gutter=14, page_size=(842.0, 420.0),
            styles=release_styles(9, spacing=5, span_title=True))
    assert content(read_pdf(tmp_path / "three.pdf")) == folded(expected(RELEASE))


def test_text_box_beside_the_flow(makers, tmp_path):
    box = ["Note to editors: Coastal Watch is an", "independent group founded in 2009."]
    setter = Typesetter(columns=2, page_size=(595.0, 600.0), styles=release_styles(10, spacing=4),
                        reserved={(1, 1): 470.0})
    setter.boxes.append((1, 312.0, 480.0, 226.0, 46.0, box, 8.0))
    for kind, text in RELEASE:
        setter.add(kind, text)
    setter.save(tmp_path / "box.pdf")
    texts = content(read_pdf(tmp_path / "box.pdf"))
    note = folded([" ".join(box)])[0]
    assert note in texts
    assert [t for t in texts if t != note] == folded(expected(RELEASE))


def test_plain_text_printing(makers, tmp_path):
    plain_text_print(tmp_path / "plain.pdf", RELEASE, lines_per_page=30)
    paragraphs = read_pdf(tmp_path / "plain.pdf")
    assert content(paragraphs) == folded(expected(RELEASE))
    assert all("release.txt" in text for text in boilerplate(paragraphs))
    assert len(boilerplate(paragraphs)) >= 2


def test_every_paragraph_knows_its_page(makers, tmp_path):
    plain_text_print(tmp_path / "pages.pdf", RELEASE, lines_per_page=20)
    paragraphs = read_pdf(tmp_path / "pages.pdf")
    pages = [p.page for p in paragraphs]
    assert pages == sorted(pages) and pages[0] == 1 and pages[-1] >= 2
    heading = next(p for p in paragraphs if p.text == "What the group recommends")
    assert heading.page == 2


def test_ids_and_line_numbers(makers, tmp_path):
    word_processor(tmp_path / "wp.pdf", RELEASE)
    paragraphs = read_pdf(tmp_path / "wp.pdf")
    assert [p.id for p in paragraphs] == list(range(len(paragraphs)))
    firsts = [p.line for p in paragraphs]
    assert firsts == sorted(firsts) and firsts[0] == 1
    assert all(p.line <= p.end_line for p in paragraphs)


def test_headings_by_weight_alone(makers, tmp_path):
    styles = release_styles(11)
    styles["heading"] = Style(size=11, bold=True, justify=False, space_before=6)
    typeset(tmp_path / "bold.pdf", RELEASE, styles=styles)
    paragraphs = read_pdf(tmp_path / "bold.pdf")
    assert_release_kinds(paragraphs)


def test_list_items_are_paragraphs(makers, tmp_path):
    typeset(tmp_path / "list.pdf", RELEASE, styles=release_styles(11, spacing=0))
    texts = content(read_pdf(tmp_path / "list.pdf"))
    items = [t for t in texts if t.startswith("•")]
    assert items == folded([text for kind, text in RELEASE if kind == "item"])


@pytest.mark.parametrize("justify, spacing, indent", [
    (True, 6, 0), (False, 4, 0), (True, 0, 18), (False, 0, 14), (True, 3, 11),
], ids=["justified-spaced", "ragged-tight-spacing", "justified-indented", "ragged-indented", "both"])
def test_paragraph_marks(makers, tmp_path, justify, spacing, indent):
    """Paragraphs told apart by space between them, by a first-line indent,
    or both, in justified and in ragged text."""
    items = RELEASE + BACKGROUND
    typeset(tmp_path / "marks.pdf", items, page_size=SHORT_PAGE,
            styles=release_styles(11, indent=indent, spacing=spacing, justify=justify))
    assert content(read_pdf(tmp_path / "marks.pdf")) == folded(expected(items))


def test_headings_spanning_columns_mid_page(makers, tmp_path):
    """Title, a section in two balanced columns, a heading across both
    columns, another section: read section by section, column by column."""
    styles = release_styles(10, spacing=4, span_title=True)
    styles["heading"] = Style(size=13, bold=True, justify=False, span=True, space_before=8)
    setter = Typesetter(columns=2, styles=styles)
    setter.add(*RELEASE[0])
    setter.add_balanced(RELEASE[1:4])
    setter.add(*RELEASE[4])
    setter.add_balanced(RELEASE[5:7])
    setter.add(*BACKGROUND[0])
    setter.add_balanced(BACKGROUND[1:])
    setter.save(tmp_path / "sections.pdf")
    assert setter.pages == 1
    paragraphs = read_pdf(tmp_path / "sections.pdf")
    assert content(paragraphs) == folded(expected(RELEASE[:7] + BACKGROUND))
    assert [p.text for p in paragraphs if p.kind == HEADING] == [RELEASE[0][1], RELEASE[4][1], BACKGROUND[0][1]]


def test_superscript_footnote_marks_stay_in_their_line(makers, tmp_path):
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format=(420, 300))
    pdf.add_font("Body", "", str(makers.SERIF))
    pdf.add_page()
    lines = ["The charted depth was more than a metre deeper than the", "depth measured in nine harbours.",
             "A second paragraph follows after a gap."]
    pdf.set_font("Body", "", 11)
    pdf.text(30, 60, lines[0])
    pdf.text(30, 74, lines[1])
    x = 30 + pdf.get_string_width(lines[1])
    pdf.set_font("Body", "", 7)
    pdf.text(x + 0.5, 70, "3")  # a raised footnote mark
    pdf.set_font("Body", "", 11)
    pdf.text(30, 100, lines[2])
    pdf.output(str(tmp_path / "footnote.pdf"))
    texts = [p.text for p in read_pdf(tmp_path / "footnote.pdf")]
    assert texts == [f"{lines[0]} {lines[1]}3", lines[2]]


def test_paragraph_goes_on_after_a_photo_caption(makers, tmp_path):
    caption = ["Photo: a trawler waits for the tide", "at the mouth of the harbour."]
    setter = Typesetter(columns=2, page_size=(595.0, 500.0), styles=release_styles(10, spacing=4),
                        reserved={(1, 0): 300.0})
    setter.boxes.append((1, 56.0, 310.0, 232.0, 46.0, caption, 8.0))
    for kind, text in RELEASE:
        setter.add(kind, text)
    setter.save(tmp_path / "caption.pdf")
    texts = content(read_pdf(tmp_path / "caption.pdf"))
    note = folded([" ".join(caption)])[0]
    assert note in texts
    assert [t for t in texts if t != note] == folded(expected(RELEASE))


def test_paragraph_goes_on_after_footnotes(makers, tmp_path):
    notes = ["1 Coastal Watch, Harbour Mouths, 2026.", "2 Figures from the coastal authority’s charts."]
    setter = Typesetter(page_size=SHORT_PAGE, styles=release_styles(11),
                        reserved={(1, 0): SHORT_PAGE[1] - 140})  # a paragraph breaks above the notes
    for number, note in enumerate(notes):
        setter.boxes.append((1, 56.0, SHORT_PAGE[1] - 95 + 14 * number, 0.0, 0.0, [note], 7.5))
    for kind, text in RELEASE:
        setter.add(kind, text)
    setter.save(tmp_path / "notes.pdf")
    paragraphs = read_pdf(tmp_path / "notes.pdf")
    texts = content(paragraphs)
    footnotes = folded(notes)
    assert all(note in texts for note in footnotes)
    assert [t for t in texts if t not in footnotes] == folded(expected(RELEASE))
    first_note = next(p for p in paragraphs if p.text == notes[0])
    assert any(p.line < first_note.line < p.end_line for p in paragraphs), "the layout should break a paragraph"


@pytest.mark.parametrize("width, columns, gutter, word_spaces", [
    (260, 1, 0, False), (300, 1, 0, True), (400, 2, 12, False), (400, 2, 12, True),
    (480, 2, 8, True), (595, 1, 0, False), (595, 2, 12, True), (842, 3, 9, False),
])
def test_justified_text_at_many_widths(makers, tmp_path, width, columns, gutter, word_spaces):
    """Narrow justified columns spread their words wide; none of those gaps
    may be taken for a gutter, and narrow gutters must still be found."""
    items = RELEASE + BACKGROUND + HYPHENATION_TEXT[1:]
    typeset(tmp_path / "wide.pdf", items, page_size=(float(width), 500.0), margins=(30, 40, 30, 40),
            columns=columns, gutter=gutter or 18, styles=release_styles(10, spacing=3),
            word_spaces=word_spaces)
    assert content(read_pdf(tmp_path / "wide.pdf")) == folded(expected(items))
