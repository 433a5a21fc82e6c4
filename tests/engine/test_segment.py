from desktop.engine.model import BODY, BOILERPLATE, HEADING
from desktop.engine.segment import segment

RELEASE = """\
 Coastal towns brace for the winter storms
   
The agency said on Monday that the sea walls in
six towns need urgent repairs before winter. 
   
"We cannot wait for another flood," said the
mayor, who asked for help from the government.

Repairs ahead

Engineers found that the gates in two harbours
no longer close properly. In one town the
\f
Page 2

harbour wall had lost several stones since
the last inspection.

Coastal towns brace for the winter storms
"""


def test_blank_lines_with_spaces_separate_and_wrapped_lines_join():
    paragraphs = segment(RELEASE)
    assert paragraphs[1].text == (
        "The agency said on Monday that the sea walls in six towns need urgent repairs before winter.")
    assert paragraphs[2].text.startswith('"We cannot wait for another flood," said the mayor,')


def test_paragraph_cut_by_a_page_break_is_joined():
    paragraphs = segment(RELEASE)
    texts = [p.text for p in paragraphs]
    joined = [t for t in texts if t.startswith("Engineers found")]
    assert joined == ["Engineers found that the gates in two harbours no longer close properly. "
                      "In one town the harbour wall had lost several stones since the last inspection."]


def test_kinds_heading_body_boilerplate():
    paragraphs = segment(RELEASE)
    kinds = {p.text: p.kind for p in paragraphs}
    assert paragraphs[0].kind == HEADING
    assert kinds["Repairs ahead"] == HEADING
    assert kinds["Page 2"] == BOILERPLATE
    assert paragraphs[-1].kind == BOILERPLATE  # the repeated headline
    assert paragraphs[1].kind == BODY


def test_line_numbers_and_pages_are_kept():
    paragraphs = segment(RELEASE)
    assert (paragraphs[0].line, paragraphs[0].end_line) == (1, 1)
    assert (paragraphs[1].line, paragraphs[1].end_line) == (3, 4)
    engineers = next(p for p in paragraphs if p.text.startswith("Engineers"))
    assert engineers.line == 11 and engineers.page == 1
    assert engineers.end_line == 17  # the second half is on page 2
    assert next(p for p in paragraphs if p.text == "Page 2").page == 2


def test_ids_are_positions():
    paragraphs = segment(RELEASE)
    assert [p.id for p in paragraphs] == list(range(len(paragraphs)))


def test_lines_mode_makes_every_line_a_unit():
    text = "First segment\nSecond segment.\n\nThird one, after a blank\n"
    units = segment(text, "lines")
    assert [u.text for u in units] == ["First segment", "Second segment.", "Third one, after a blank"]
    assert [u.line for u in units] == [1, 2, 4]


def test_furniture_glued_to_a_headline_is_split_off():
    paragraphs = segment("Now Reading\nMayors ask for money to repair sea walls\n\nBody text here.")
    assert [(p.text, p.kind) for p in paragraphs] == [
        ("Now Reading", BOILERPLATE), ("Mayors ask for money to repair sea walls", HEADING),
        ("Body text here.", BODY)]


def test_display_text_is_kept_as_written():
    text = "“Curly quotes” and ‘single’ — dashes, and  double  spaces stay."
    assert segment(text)[0].text == text


def test_line_ending_hyphen_joins_without_space():
    paragraphs = segment("A well-\nknown non-\ntraditional case.")
    assert paragraphs[0].text == "A well-known non-traditional case."


def test_a_last_paragraph_cut_short_is_body_not_a_heading():
    cut = ("Harbour towns ask for help\n\nThe agency said on Monday that six towns need repairs.\n\n"
           "Repairs ahead\n\nTwo of the towns have already asked the")
    kinds = [p.kind for p in segment(cut)]
    assert kinds == [HEADING, BODY, HEADING, BODY]


def test_a_last_heading_that_ends_a_name_or_stands_alone_stays_a_heading():
    assert [p.kind for p in segment("Notes\n\nThe towns met.\n\nContact Anna Berg")][-1] == HEADING
    assert [p.kind for p in segment("Harbour towns ask for help")] == [HEADING]


def test_a_line_sending_the_reader_elsewhere_is_furniture_in_any_language():
    teasers = ["Read more about the sea walls in our report here!",
               "Läs mer om rapporten om hamnstäderna här!",
               "Ti suggeriamo anche: Le dighe del nord, un anno dopo",
               "Lesen Sie auch: Die Deiche im Norden",
               "Читайте также: Дамбы на севере"]
    body = "The council read more than forty letters from residents before it voted."
    for teaser in teasers:
        kinds = [p.kind for p in segment(f"Harbour towns brace for storms\n\n{body}\n\n{teaser}\n")]
        assert kinds == [HEADING, BODY, BOILERPLATE], teaser
    assert segment(f"{body}\n\nRead more than ten reports, the minister said, before voting on the walls.\n")[1].kind \
        == BODY
