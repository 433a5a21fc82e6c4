"""Bad input gets one clear message, never a crash or a hang."""
from __future__ import annotations

import time

import pytest
from .raw_pdf import raw_pdf, stream
from .tandem_pdf_makers import RELEASE, read_pdf, word_processor

from desktop.engine.errors import InputError, PasswordRequired
from desktop.engine.load import load_document

NO_TEXT = "this PDF has no text layer (it may be a scan); Tandem needs text"


def encrypted(makers, path, user_password, method="RC4"):
    from fpdf import FPDF
    from fpdf.enums import EncryptionMethod

    pdf = FPDF()
    pdf.add_font("Body", "", str(makers.SANS))
    pdf.set_encryption(owner_password="owner-secret", user_password=user_password,
                       encryption_method=getattr(EncryptionMethod, method))
    pdf.add_page()
    pdf.set_font("Body", "", 12)
    pdf.multi_cell(0, 8, "A confidential draft of the harbour report.")
    pdf.output(str(path))
    return path


@pytest.mark.parametrize("method", ["RC4", "AES_128", "AES_256"])
def test_encrypted_pdf_asks_for_the_password(makers, tmp_path, method):
    path = encrypted(makers, tmp_path / "locked.pdf", "harbour", method)
    with pytest.raises(PasswordRequired, match=r"^locked\.pdf: this PDF is encrypted; a password is needed$"):
        read_pdf(path)
    with pytest.raises(PasswordRequired, match=r"^locked\.pdf: the password is wrong$"):
        read_pdf(path, password="tide")
    paragraphs = read_pdf(path, password="harbour")
    assert paragraphs[0].text == "A confidential draft of the harbour report."


def test_password_protected_text_is_not_cached(makers, tmp_path, private_cache):
    path = encrypted(makers, tmp_path / "locked.pdf", "harbour")
    read_pdf(path, password="harbour")
    assert not list(private_cache.rglob("*.json"))
    with pytest.raises(PasswordRequired):
        read_pdf(path)  # still locked: nothing came from the cache


def test_owner_password_only_opens_without_asking(makers, tmp_path):
    # Permissions-only encryption (printing, copying) needs no password to read.
    path = encrypted(makers, tmp_path / "restricted.pdf", None)
    assert read_pdf(path)[0].text == "A confidential draft of the harbour report."


@pytest.mark.parametrize("stamp", [None, "Page 1"], ids=["bare", "page-number-stamped"])
def test_scan_without_text_layer(makers, tmp_path, stamp):
    from fpdf import FPDF
    from PIL import Image

    pdf = FPDF()
    pdf.add_font("Body", "", str(makers.SANS))
    pdf.add_page()
    pdf.image(Image.new("L", (400, 560), 200), x=10, y=10, w=190)
    if stamp:  # scanners and printers often stamp a page number as text
        pdf.set_font("Body", "", 8)
        pdf.text(100, 290, stamp)
    pdf.output(str(tmp_path / "scan.pdf"))
    with pytest.raises(InputError) as caught:
        read_pdf(tmp_path / "scan.pdf")
    assert str(caught.value) == f"scan.pdf: {NO_TEXT}"


def test_truncated_pdf(makers, tmp_path):
    data = word_processor(tmp_path / "whole.pdf", RELEASE).read_bytes()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(data[: len(data) * 2 // 3])
    with pytest.raises(InputError, match=r"^cut\.pdf: this PDF is incomplete"):
        read_pdf(cut)


def test_garbage_after_the_header(tmp_path):
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40 + b"\nstartxref\n999999\n%%EOF\n")
    with pytest.raises(InputError, match=r"^broken\.pdf: this PDF is damaged"):
        read_pdf(path)


def test_damaged_page_content(makers, tmp_path):
    data = bytearray(word_processor(tmp_path / "ok.pdf", RELEASE).read_bytes())
    start = data.index(b"stream\n") + 7
    data[start:start + 200] = b"\x00\xff" * 100  # the first content stream is now noise
    path = tmp_path / "noise.pdf"
    path.write_bytes(bytes(data))
    try:
        paragraphs = read_pdf(path)
    except InputError as error:  # either a clear message ...
        assert str(error).startswith("noise.pdf: ")
    else:  # ... or what could be read
        assert isinstance(paragraphs, tuple)


def test_not_a_pdf_despite_the_name(tmp_path):
    png = tmp_path / "photo.pdf"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    with pytest.raises(InputError, match="PNG image"):
        load_document(str(png))
    text = tmp_path / "notes.pdf"
    text.write_text("A plain text file.\n\nWith two paragraphs.\n", encoding="utf-8")
    assert load_document(str(text)).source_format == "text"  # decided by content


def test_empty_file(tmp_path):
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    with pytest.raises(InputError, match="empty"):
        load_document(str(empty))


def test_self_referencing_form_does_not_hang(tmp_path):
    """A form XObject that draws itself: pdfminer must not recurse forever."""
    path = tmp_path / "loop.pdf"
    path.write_bytes(_self_drawing_pdf())
    started = time.monotonic()
    try:
        paragraphs = read_pdf(path)
        assert paragraphs[0].text == "Hello"
    except InputError as error:
        assert str(error).startswith("loop.pdf: ")
    assert time.monotonic() - started < 30


def _self_drawing_pdf() -> bytes:
    return raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R "
        b"/Resources << /XObject << /X0 5 0 R >> /Font << /F1 6 0 R >> >> >>",
        stream(b"BT /F1 12 Tf 20 100 Td (Hello) Tj ET /X0 Do"),
        stream(b"/X0 Do", b"/Type /XObject /Subtype /Form /BBox [0 0 200 200] "
                           b"/Resources << /XObject << /X0 5 0 R >> >>"),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ])


def _unmapped_font_pdf() -> bytes:
    """Text in a font whose glyph names mean nothing and that has no
    ToUnicode map: the shapes print, the characters are unknown."""
    names = b" ".join(b"/g%d" % code for code in range(1, 27))
    text = bytes(range(1, 27)).replace(b"\n", b"\\n").replace(b"\r", b"\\r")  # codes outside any encoding
    return raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        stream(b"BT /F1 12 Tf 20 100 Td (" + text + b") Tj ET"),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Obscure "
        b"/Encoding << /Type /Encoding /Differences [1 " + names + b"] >> >>",
    ])


def test_font_without_character_map(tmp_path):
    path = tmp_path / "glyphs.pdf"
    path.write_bytes(_unmapped_font_pdf())
    with pytest.raises(InputError, match=r"^glyphs\.pdf: this PDF's text cannot be read: its fonts carry no character map"):
        read_pdf(path)
