"""The word check itself: it must see a lost word, and must not see one
where the two readers only cut words differently."""
from __future__ import annotations

from collections import Counter

from desktop.bench.word_coverage import reference_lines, word_coverage

LINES = ["Harbour towns face rising flood risk\n", "Ageing sea walls have left four-\n",
         "teen towns exposed, the group said.\n"]


def test_the_same_words_are_all_found():
    coverage = word_coverage(["Harbour towns face rising flood risk",
                              "Ageing sea walls have left fourteen towns exposed, the group said."], LINES)
    assert (coverage.found, coverage.reference, coverage.share) == (coverage.reference, 18, 1.0)


def test_a_lost_paragraph_is_seen():
    coverage = word_coverage(["Harbour towns face rising flood risk"], LINES)
    assert coverage.found == 6 and coverage.reference == 18
    assert coverage.missing == Counter({"ageing": 1, "sea": 1, "walls": 1, "have": 1, "left": 1, "four": 1,
                                        "teen": 1, "towns": 1, "exposed": 1, "the": 1, "group": 1, "said": 1})


def test_a_word_counts_as_often_as_it_occurs():
    coverage = word_coverage(["the harbour"], ["the harbour\n", "the harbour\n"])
    assert coverage.missing == Counter({"the": 1, "harbour": 1})


def test_a_mended_hyphenation_counts_for_both_halves():
    kept = ["Ageing sea walls have left fourteen towns exposed"]
    assert word_coverage(kept, ["Ageing sea walls have left four-\n", "teen towns exposed\n"]).share == 1.0


def test_halves_of_a_word_broken_across_a_page_are_joined():
    lines = ["the sea walls of four-\n", "Page 1 of 2\n", "Coastal Watch briefing\n", "teen towns\n"]
    kept = ["the sea walls of fourteen towns", "Page 1 of 2", "Coastal Watch briefing"]
    assert word_coverage(kept, lines).share == 1.0


def test_a_half_matched_elsewhere_gives_its_match_back():
    # "in" also stands alone elsewhere: exact matching takes it first
    lines = ["boats in the harbour in-\n", "terviews with skippers\n"]
    kept = ["boats in the harbour interviews with skippers"]
    assert word_coverage(kept, lines).share == 1.0


def test_a_word_kept_in_pieces_counts():
    assert word_coverage(["the dis crimination report"], ["the discrimination report\n"]).share == 1.0


def test_pieces_cannot_stand_for_a_word_twice():
    coverage = word_coverage(["dis crimination"], ["discrimination discrimination\n"])
    assert coverage.found == 1 and coverage.missing == Counter({"discrimination": 1})


def test_letter_spaced_type_joined_by_tandem_counts():
    assert word_coverage(["PRESS RELEASE"], ["P R E S S R E L E A S E\n"]).share == 1.0


def test_glyphs_pdfminer_prints_one_a_line_must_be_letters_of_unmatched_words():
    turned = [f"{c}\n" for c in "etonnigram"]  # "margin note" turned on its side, read in no order
    assert word_coverage(["Body text.", "margin note"], ["Body text.\n"] + turned).share == 1.0
    missing = word_coverage(["Body text."], ["Body text.\n"] + turned)
    assert missing.found == 2 and sum(missing.missing.values()) == 10


def test_unmapped_glyphs_are_no_words():
    assert word_coverage(["Harbour"], ["Harbour (cid:12)(cid:7)\n"]).reference == 1


def test_ligatures_and_case_fold():
    assert word_coverage(["The final office"], ["THE ﬁnal oﬃce\n"]).share == 1.0


def test_a_line_drawn_twice_at_one_place_counts_once(makers, tmp_path):
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format=(400, 200))
    pdf.add_font("Body", "", str(makers.SERIF))
    pdf.add_page()
    pdf.set_font("Body", "", 14)
    for dx in (0.0, 0.4):  # a shadow: the heading twice, a hair apart
        pdf.text(20 + dx, 60, "Dredging left undone")
    pdf.text(20, 120, "Dredging left undone")  # the same words elsewhere count again
    pdf.output(str(tmp_path / "shadow.pdf"))
    lines = reference_lines(str(tmp_path / "shadow.pdf"))
    assert word_coverage(["Dredging left undone", "Dredging left undone"], lines).share == 1.0
    assert word_coverage(["Dredging left undone"], lines).share < 1.0


def test_a_line_pdfminer_ran_together_counts_in_pieces():
    kept = ["tighten the gland nut so the gasket is tight"]
    assert word_coverage(kept, ["tightenthegland nutsothegasketistight\n"]).share == 1.0


def test_right_to_left_words_drawn_backwards_count():
    assert word_coverage(["مرحبا بالعالم"], ["ابحرم ملاعلاب\n"]).share == 1.0


def test_the_suites_other_pdfs_lose_no_word(small_pdf):
    """The PDFs the command-line and window tests open, read back as the
    PDF tests read theirs (``read_pdf`` checks every word)."""
    from .tandem_pdf_makers import read_pdf

    assert read_pdf(small_pdf)
