"""E-mails: the HTML body through the web page reader, attachments listed,
a PDF attachment opened as the document."""
import pytest

from desktop.engine.errors import InputError
from desktop.engine.load import load_document
from desktop.engine.model import BOILERPLATE, LINES

from . import makers as m


def test_the_html_body_is_read_as_a_web_page(write):
    document = load_document(write("release.eml", m.mail_bytes()))
    assert document.source_format == "eml" and document.positions == LINES
    compared = [p.text for p in document.paragraphs if p.kind != BOILERPLATE]
    assert compared[:3] == [m.HEADLINE, m.STANDFIRST, m.DATELINE_PARAGRAPH]
    assert not any(menu in compared for menu in m.MENU) and m.COMMENTS[0] not in compared
    assert "plain" not in document.encoding and document.encoding == "utf-8"


def test_subject_date_language_and_attachments(write):
    info = load_document(write("release.eml", m.mail_bytes())).info
    assert info.title == f"PRESS RELEASE: {m.HEADLINE}"
    assert info.date == "2025-03-04T09:30:00+00:00" and info.language == "en"
    assert [(a.name, a.content_type, a.readable) for a in info.attachments] == [
        ("release.pdf", "application/pdf", True), ("logo.png", "image/png", False)]
    assert info.attachments[0].size == len(m.release_pdf())


def test_a_plain_body_when_there_is_no_html(write):
    document = load_document(write("plain.eml", m.mail_bytes(html=False)))
    assert [p.text for p in document.paragraphs] == [m.HEADLINE, m.STANDFIRST, m.DATELINE_PARAGRAPH, m.SURVEY]
    assert [p.line for p in document.paragraphs] == [1, 3, 5, 7]  # lines of the body


def test_the_pdf_attachment_opens_as_the_document(write):
    path = write("release.eml", m.mail_bytes())
    document = load_document(path, attachment="release.pdf")
    assert document.source_format == "pdf" and document.path == path
    assert document.name == "release.pdf (attached to release.eml)"
    assert document.paragraphs[0].text.startswith(m.HEADLINE) and document.paragraphs[0].page == 1


def test_a_missing_attachment_names_those_there_are(write):
    with pytest.raises(InputError, match="release.pdf, logo.png"):
        load_document(write("release.eml", m.mail_bytes()), attachment="other.pdf")


def test_a_message_with_only_an_attachment_points_at_it(write):
    with pytest.raises(InputError, match="release.pdf"):
        load_document(write("bare.eml", m.mail_bytes(body=False)))


def test_an_attachment_of_something_that_is_no_e_mail(write):
    with pytest.raises(InputError, match="not an e-mail"):
        load_document(write("page.html", m.web_page()), attachment="release.pdf")


def test_a_saved_review_of_an_attachment_reopens_the_attachment(write, tmp_path):
    from desktop.engine.compare import compare_documents
    from desktop.engine.project import load_project, save_project
    from desktop.engine.restore import restore_project
    from desktop.engine.review import Review

    mail = write("release.eml", m.mail_bytes())
    page = write("story.html", m.web_page())
    comparison = compare_documents(load_document(page), load_document(mail, attachment="release.pdf"))
    assert comparison.right.info.attached_as == "release.pdf"
    review_path = str(tmp_path / "review.tandem")
    save_project(review_path, comparison, Review())
    project = load_project(review_path)
    assert project.right.attachment == "release.pdf" and project.left.attachment == ""
    restored = restore_project(project)
    assert restored.comparison.right.source_format == "pdf" and not restored.changed
