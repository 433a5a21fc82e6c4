"""Words as written: hyphenation, soft hyphens, U+2010, ligatures, wide
spaces and words split by the layout."""
from __future__ import annotations

import pytest
from .tandem_pdf_makers import HYPHENATION_TEXT, content, expected, folded, read_pdf, release_styles, typeset

from desktop.engine.pdf.runs import WEAK_SPACE
from desktop.engine.pdf.words import Vocabulary, clean_line, join_lines, keeps_hyphen, mend_split_words

NARROW = (300.0, 600.0)  # narrow pages make many line-end breaks


def vocabulary(*lines: str) -> Vocabulary:
    vocab = Vocabulary()
    vocab.add_lines(list(lines))
    return vocab


@pytest.mark.parametrize("mark", ["-", "\u00ad", "\u2010"], ids=["hyphen-minus", "soft", "u2010"])
def test_line_end_hyphenation_is_mended(makers, tmp_path, mark):
    setter = typeset(tmp_path / "hyphens.pdf", HYPHENATION_TEXT, page_size=NARROW,
                     margins=(30, 40, 30, 40), styles=release_styles(10), break_hyphen=mark, eager_hyphens=True)
    assert len(setter.breaks) >= 3, "the layout should break words at line ends"
    texts = content(read_pdf(tmp_path / "hyphens.pdf"))
    assert texts == folded(expected(HYPHENATION_TEXT))


def test_real_hyphens_stay_when_broken_after_them(makers, tmp_path):
    typeset(tmp_path / "compounds.pdf", HYPHENATION_TEXT, page_size=(240.0, 700.0),
            margins=(20, 40, 20, 40), styles=release_styles(10))
    text = " ".join(content(read_pdf(tmp_path / "compounds.pdf")))
    for word in ("non-traditional", "same-sex", "LGBTI-related", "long-standing", "well-known"):
        assert word in text


def test_ligature_glyphs_are_expanded(makers, tmp_path):
    items = [("title", "Ligatures"),
             ("body", "The ﬁnal ﬁgures reﬂect the ﬂow of ﬁsh through the harbour’s ofﬁce.")]
    typeset(tmp_path / "lig.pdf", items, styles=release_styles(11))
    paragraphs = read_pdf(tmp_path / "lig.pdf")
    assert paragraphs[1].text == "The final figures reflect the flow of fish through the harbour’s office."


def test_justified_wide_spaces_collapse(makers, tmp_path):
    items = [("title", "Wide spaces"), ("body", expected(HYPHENATION_TEXT)[1])]
    typeset(tmp_path / "wide.pdf", items, page_size=NARROW, margins=(30, 40, 30, 40),
            styles=release_styles(10), word_spaces=True)
    paragraphs = read_pdf(tmp_path / "wide.pdf")
    assert "  " not in paragraphs[1].text
    assert content(paragraphs) == folded(expected(items))


def test_word_split_by_the_layout_is_joined(makers, tmp_path):
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format=(400, 300))
    pdf.add_font("Body", "", str(makers.SERIF))
    pdf.add_page()
    pdf.set_font("Body", "", 11)
    pdf.text(30, 60, "Discrimination is common, the report says.")
    # the same word drawn in two pieces with a small gap, as some layouts do
    pdf.text(30, 100, "They described")
    x = 30 + pdf.get_string_width("They described ")
    pdf.text(x, 100, "Discrim")
    x += pdf.get_string_width("Discrim") + 1.8  # 0.16 em: a gap, not a space
    pdf.text(x, 100, "ination at work.")
    pdf.output(str(tmp_path / "split.pdf"))
    texts = [p.text for p in read_pdf(tmp_path / "split.pdf")]
    assert "They described Discrimination at work." in " ".join(texts)


def test_keeps_hyphen_rules():
    vocab = vocabulary("demoralizing work", "a long-term plan")
    assert not keeps_hyphen("demoral", "izing", vocab)  # the document spells it whole
    assert keeps_hyphen("long", "term", vocab)  # the document spells it hyphenated
    assert keeps_hyphen("non", "traditional", vocab)
    assert keeps_hyphen("same", "sex", vocab)
    assert keeps_hyphen("LGBTI", "related", vocab)
    assert keeps_hyphen("anti", "Russian", vocab)
    assert not keeps_hyphen("explan", "ations", vocab)  # no evidence: a plain break


def test_join_lines_hyphens():
    vocab = vocabulary()
    assert join_lines(["the situation demoral-", "izing for all"], vocab) == "the situation demoralizing for all"
    assert join_lines(["partners, non-", "traditional ones"], vocab) == "partners, non-traditional ones"
    assert join_lines(["a soft\u00ad", "hyphen"], vocab) == "a softhyphen"
    assert join_lines(["a unicode\u2010", "break"], vocab) == "a unicodebreak"
    assert join_lines(["a dash —", "then more"], vocab) == "a dash — then more"


def test_clean_line():
    assert clean_line("ﬁne   wide \u00a0\u00a0 spaces ") == "fine wide spaces"
    assert clean_line(f"word {WEAK_SPACE}next") == "word next"


def test_split_words_need_evidence():
    vocab = vocabulary("discrimination is common", "the main issue")
    assert mend_split_words(f"Discrim{WEAK_SPACE}ination", vocab) == "Discrimination"
    # two known words stay apart even if their joining is also known
    vocab = vocabulary("main stream", "mainstream", "the main stream")
    assert mend_split_words(f"main{WEAK_SPACE}stream", vocab) == "main stream"
    # no evidence: a space
    assert mend_split_words(f"foo{WEAK_SPACE}bar", vocabulary()) == "foo bar"


def test_soft_hyphens_inside_a_line_vanish():
    assert clean_line("harb\u00adour master\u00ad") == "harbour master\u00ad"


def test_symbol_font_bullets():
    assert clean_line("\uf0b7 A dredging fund") == "• A dredging fund"


def test_letter_spaced_type_is_one_word():
    spaced = WEAK_SPACE.join("PRESS") + " " + WEAK_SPACE.join("RELEASE")
    assert mend_split_words(spaced, vocabulary()) == "PRESS RELEASE"


def test_syllable_breaks_that_look_like_words_are_joined():
    vocab = vocabulary("the state said", "an old partner")
    assert not keeps_hyphen("state", "ment", vocab)
    assert not keeps_hyphen("thresh", "old", vocab)
    assert not keeps_hyphen("part", "ner", vocab)
    assert keeps_hyphen("rights", "based", vocab)
    assert keeps_hyphen("long", "standing", vocab)
    assert not keeps_hyphen("high", "ly", vocab)
    assert not keeps_hyphen("with", "out", vocabulary("with the crews", "out at sea"))
