"""Web pages: the article, in order, with its source lines; menus, share
buttons, comments and related links left out; the page's own title, date
and language."""
import hashlib
from pathlib import Path

import pytest

from desktop.engine.errors import InputError
from desktop.engine.formats.html import read_html
from desktop.engine.load import load_document
from desktop.engine.model import BODY, BOILERPLATE, HEADING

from . import makers as m


@pytest.fixture
def page(write):
    path = write("story.html", m.web_page())
    return path, load_document(path)


def _compared(document):
    return [p for p in document.paragraphs if p.kind != BOILERPLATE]


def test_the_article_in_order_with_headline_standfirst_dateline_and_caption(page):
    _, document = page
    texts = [p.text for p in _compared(document)]
    expected = [m.HEADLINE, m.STANDFIRST, m.DATELINE_PARAGRAPH, m.SURVEY, m.CAPTION, m.REPAIRS_HEADING, m.REPAIRS,
                " | ".join(m.TABLE[0]), " | ".join(m.TABLE[1]), " | ".join(m.TABLE[2]), m.QUOTE,
                "The survey recommends that the government:", *m.ITEMS, m.HOMES_HEADING, m.HOMES, m.CLOSING]
    assert texts == expected
    kinds = {p.text: p.kind for p in document.paragraphs}
    assert kinds[m.HEADLINE] == kinds[m.REPAIRS_HEADING] == kinds[m.HOMES_HEADING] == HEADING
    assert kinds[m.CAPTION] == kinds[m.STANDFIRST] == BODY


def test_menus_comments_related_links_and_scripts_are_not_the_article(page):
    _, document = page
    everything = " ".join(p.text for p in document.paragraphs)
    for left_out in (*m.MENU, *m.RELATED, *m.COMMENTS, "Leave a comment", "cookies", "Tracking text",
                     "Registered charity", "Related articles"):
        assert left_out not in everything
    aside = [p.text for p in document.paragraphs if p.kind == BOILERPLATE]
    assert any(t.startswith("Share on Facebook") for t in aside)  # kept, but not compared
    assert any(t.startswith("By Maria Lopez") for t in aside)


def test_the_page_says_its_title_date_and_language(page):
    _, document = page
    assert document.source_format == "html"
    assert document.info.title == m.HEADLINE
    assert document.info.date == "2025-03-04"
    assert document.info.language == "en" and document.language == "en"


def test_lines_point_into_the_markup(page):
    path, document = page
    source = Path(path).read_text(encoding="utf-8").splitlines()
    for paragraph in document.paragraphs:
        lines = " ".join(source[paragraph.line - 1:paragraph.end_line])
        assert paragraph.text.split(" | ")[0][:12] in lines, paragraph


def test_the_file_is_only_read(page):
    path, _ = page
    assert hashlib.sha256(Path(path).read_bytes()).digest() == hashlib.sha256(m.web_page().encode()).digest()


def test_a_fragment_copied_from_a_browser_keeps_its_headings():
    fragment = (f'<meta charset="utf-8"><h1>{m.HEADLINE}</h1><p>{m.STANDFIRST}</p><h2>{m.REPAIRS_HEADING}</h2>'
                f"<p>{m.REPAIRS}</p>")
    units = read_html(fragment, "pasted").units
    assert [(u.text, u.kind) for u in units] == [(m.HEADLINE, HEADING), (m.STANDFIRST, None),
                                                 (m.REPAIRS_HEADING, HEADING), (m.REPAIRS, None)]


def test_a_page_where_trafilatura_finds_no_article_is_read_whole(write, monkeypatch):
    from desktop.engine.formats import html
    from desktop.engine.formats.html_main import MainText

    monkeypatch.setattr(html, "main_text_units", lambda markup: MainText([], "", ""))
    path = write("note.html", "<html><body><nav><a href='/'>Home</a></nav>"
                              "<p>Please find attached our press release on the sea walls.</p></body></html>")
    document = load_document(path)
    assert [(p.text, p.kind) for p in document.paragraphs] == [
        ("Home", BOILERPLATE), ("Please find attached our press release on the sea walls.", BODY)]


def test_paragraphs_made_of_line_breaks(write):
    path = write("old.html", f"<html><body><div>{m.SURVEY}<br>\n{m.REPAIRS}<br><br>{m.HOMES}</div></body></html>")
    texts = [p.text for p in load_document(path).paragraphs]
    assert texts == [f"{m.SURVEY} {m.REPAIRS}", m.HOMES]


def test_a_declared_legacy_charset(write):
    text = "Правозащитники опубликовали доклад о береговых стенах в пятницу, сообщили в организации."
    markup = f'<html lang="ru"><head><meta charset="windows-1251"></head><body><p>{text}</p></body></html>'
    document = load_document(write("ru.html", markup.encode("cp1251")))
    assert document.paragraphs[0].text == text and document.language == "ru"
    assert document.encoding == "cp1251"


@pytest.mark.parametrize("markup,message", [
    ("<html><body></body></html>", "no text"),
    ("<!DOCTYPE html><html><head><title>Only a title</title></head><body>  </body></html>", "no text"),
    ("<html><body><nav><ul><li><a href='/'>Home</a></li><li><a href='/n'>News</a></li></ul></nav>"
     "<footer><a href='/c'>Contact us</a></footer></body></html>", "no article"),
])
def test_pages_without_an_article_are_a_clear_error(write, markup, message):
    with pytest.raises(InputError, match=message):
        load_document(write("empty.html", markup))
