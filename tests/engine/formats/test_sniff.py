"""A document's format is told by its content, whatever its name says."""
import pytest

from desktop.engine.errors import InputError
from desktop.engine.formats import sniff
from desktop.engine.formats.sniff import DOCX, EML, HTML, ODT, PDF, RTF, TEXT

from .makers import docx_bytes, mail_bytes, rtf_bytes, web_page, writer_bytes, zip_bytes


def test_each_format_by_its_content(tmp_path):
    assert sniff(web_page().encode()) == HTML
    assert sniff(docx_bytes(tmp_path)) == DOCX
    assert sniff(writer_bytes()) == ODT
    assert sniff(rtf_bytes()) == RTF
    assert sniff(mail_bytes()) == EML
    assert sniff(b"%PDF-1.4\n...") == PDF


@pytest.mark.parametrize("head", [
    b"<html><body><p>x</p></body></html>", b"  <!-- saved -->\n<!DOCTYPE html><html>", b"<P>Paragraph</P>",
    b'<meta charset="utf-8"><h1>Copied from a browser</h1>', b'<?xml version="1.0"?>\n<html xmlns="x">',
    "<h1>Заголовок</h1>".encode("utf-16"),
])
def test_markup_is_sniffed_as_browsers_do(head):
    assert sniff(head) == HTML


@pytest.mark.parametrize("text", [
    b"Press release\n\nThe <p> tag is HTML's paragraph.\n",
    b"Subject: floods\nThe council met on Tuesday.\n",  # one header-like line is not a message
    b"Date: 4 March\nContact: press office\n\nText.\n",  # no header saying where it came from
    b"Title: Harbour towns\nAuthor: Coastal Watch\n\nBody.\n",
])
def test_text_that_mentions_tags_or_looks_like_headers_stays_text(text):
    assert sniff(text) == TEXT


def test_a_mailbox_line_and_received_headers_make_a_message():
    assert sniff(b"From press@example.org Tue Mar  4 09:30:00 2025\nSubject: x\nDate: y\n\nBody\n") == EML
    assert sniff(b"Received: from mx\n\tby relay\nMessage-ID: <1@x>\n\nBody\n") == EML


@pytest.mark.parametrize("data,message", [
    (b"PK\x03\x04" + b"\x00" * 100, "damaged"),
    (zip_bytes({"photo.jpg": b"\xff\xd8\xff"}), "not a Word"),
    (zip_bytes({"mimetype": "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<x/>"}),
     "not a text document"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64 + "EncryptedPackage".encode("utf-16-le"), "password"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512, r"\.doc"),
])
def test_containers_tandem_cannot_read_are_named(data, message):
    with pytest.raises(InputError, match=message):
        sniff(data, "file")
