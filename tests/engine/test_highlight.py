"""The prose lexer and style shared by the window and the HTML report."""
from __future__ import annotations

from pygments import highlight
from pygments.formatters import HtmlFormatter

from desktop.engine.highlight import (DATE, NAME, NUMBER, QUOTATION, ProseDarkStyle, ProseLexer, ProseStyle,
                                      prose_tokens, style_for)


def marked(text: str) -> dict:
    return {text[s:e]: kind for s, e, kind in prose_tokens(text)}


def test_numbers_dates_names_and_quotations():
    text = ('Coastal Watch said 14 towns, 18 percent of them, flooded in January 2022; '
            '"Our engineers found cracks," said Marta Jensen on Tuesday.')
    found = marked(text)
    assert found["14"] is NUMBER
    assert found["18 percent"] is NUMBER
    assert found["January 2022"] is DATE
    assert found["Tuesday"] is DATE
    assert found["Coastal Watch"] is NAME
    assert found["Marta Jensen"] is NAME
    assert found['"Our engineers found cracks,"'] is QUOTATION


def test_offsets_index_the_text_itself():
    text = "«Nearly a third» of 212 kilometres, since 1960 — Ёлки Палки said."
    for start, end, _kind in prose_tokens(text):
        assert 0 <= start < end <= len(text)
    assert marked(text)["212"] is NUMBER
    assert marked(text)["1960"] is DATE


def test_apostrophes_do_not_open_quotations():
    text = "The group's head said the report's findings were 'stark' and it didn't wait."
    found = marked(text)
    assert "'stark'" in found and found["'stark'"] is QUOTATION
    assert not any("group" in key for key in found)


def test_single_capitalised_word_is_not_a_name():
    assert "Ageing" not in marked("Ageing sea walls put towns at risk.")


def test_number_words_and_numbers_inside_quotes():
    found = marked('Fourteen towns. "We counted 46 walls," she said.')
    assert found["Fourteen"] is NUMBER
    assert found["46"] is NUMBER


def test_lexer_round_trips_every_character():
    text = 'Unclosed "quote with 3 numbers and Name Here'
    tokens = list(ProseLexer().get_tokens_unprocessed(text))
    assert "".join(value for _, _, value in tokens) == text


def test_styles_have_light_and_dark_variants_for_every_role():
    for style in (ProseStyle, ProseDarkStyle):
        for token in (NUMBER, DATE, QUOTATION, NAME):
            assert style.style_for_token(token)["color"], (style, token)
    assert style_for(True) is ProseDarkStyle and style_for(False) is ProseStyle
    assert ProseStyle.style_for_token(NUMBER)["color"] != ProseDarkStyle.style_for_token(NUMBER)["color"]


def test_the_report_can_use_the_same_style_through_pygments():
    html = highlight("In 2022, Marta Jensen said 14.", ProseLexer(), HtmlFormatter(style=ProseStyle))
    assert "2022" in html and "Marta Jensen" in html
    css = HtmlFormatter(style=ProseStyle).get_style_defs(".prose")
    assert "#0b5394" in css.lower()


def test_german_nouns_are_not_names_but_acronyms_are():
    from desktop.engine.highlight import NAME, prose_tokens

    text = "Die Reparatur der Deiche kostet 18 Prozent mehr, sagt die EU."
    german = [text[a:b] for a, b, kind in prose_tokens(text, "de") if kind is NAME]
    default = [text[a:b] for a, b, kind in prose_tokens(text) if kind is NAME]
    assert german == ["EU"]
    assert any("Reparatur der Deiche" in name for name in default)


def test_german_quotation_keeps_its_colour_over_its_nouns():
    from desktop.engine.highlight import QUOTATION, prose_tokens

    text = "Der Bericht „Die Linie halten: Küstenschutz in Dänemark“ erschien."
    quoted = [text[a:b] for a, b, kind in prose_tokens(text, "de") if kind is QUOTATION]
    assert quoted == ["„Die Linie halten: Küstenschutz in Dänemark“"]
