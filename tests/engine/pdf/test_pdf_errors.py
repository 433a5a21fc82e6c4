"""Bad input gets one clear message, never a crash or a hang."""
from __future__ import annotations

import time
import zlib

import pytest
from .raw_pdf import HELVETICA, one_page, raw_pdf, stream, text_lines
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


def _pages_pdf(count: int, claimed: int) -> bytes:
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % (4 + 2 * i) for i in range(count)),
                                                            claimed), HELVETICA]
    for index in range(count):
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents %d 0 R "
                       b"/Resources << /Font << /F1 3 0 R >> >> >>" % (5 + 2 * index))
        objects.append(stream(text_lines([f"Page {index + 1} says the harbour is open."], top=100)))
    return raw_pdf(objects)


def test_zero_pages(tmp_path):
    path = tmp_path / "nothing.pdf"
    path.write_bytes(_pages_pdf(0, 0))
    with pytest.raises(InputError, match=r"^nothing\.pdf: this PDF has no pages$"):
        read_pdf(path)


def test_a_page_count_claiming_more_pages_than_there_are(tmp_path):
    path = tmp_path / "claims.pdf"
    path.write_bytes(_pages_pdf(2, 1_000_000))
    assert [p.text for p in read_pdf(path)] == ["Page 1 says the harbour is open.",
                                                "Page 2 says the harbour is open."]


def test_two_thousand_pages(tmp_path):
    path = tmp_path / "long.pdf"
    path.write_bytes(_pages_pdf(2000, 2000))
    paragraphs = read_pdf(path, check_words=False)  # every page's one line (no word check: it is slow here)
    assert len(paragraphs) == 2000 and paragraphs[-1].text == "Page 2000 says the harbour is open."
    assert [p.page for p in paragraphs] == list(range(1, 2001))


def test_a_page_a_kilometre_wide(tmp_path):
    path = tmp_path / "wide.pdf"
    path.write_bytes(one_page(text_lines(["A page a kilometre wide."]), media=b"[0 0 3000000 3000000]"))
    assert [p.text for p in read_pdf(path)] == ["A page a kilometre wide."]


@pytest.mark.slow
def test_a_stream_that_inflates_past_the_memory_cap(tmp_path):
    """3 MB that inflate to 3 GB: the reader runs out of its allowed memory,
    the caller gets one sentence, and the next file reads."""
    packer = zlib.compressobj(9)
    spaces = b" " * (1 << 20)
    data = b"".join(packer.compress(spaces) for _ in range(3000)) + packer.flush()
    content = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"
    path = tmp_path / "bomb.pdf"
    path.write_bytes(raw_pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                              b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R "
                              b"/Resources << /Font << /F1 4 0 R >> >> >>", HELVETICA, content]))
    started = time.monotonic()
    with pytest.raises(InputError, match=r"^bomb\.pdf: (reading this PDF failed|this PDF needs more memory)"):
        read_pdf(path)
    assert time.monotonic() - started < 120
    assert read_pdf(word_processor(tmp_path / "after.pdf", RELEASE))


@pytest.mark.parametrize("case", ["truncated", "garbage", "encrypted", "empty"])
def test_a_refused_file_is_left_as_it_was(makers, tmp_path, case):
    whole = word_processor(tmp_path / "whole.pdf", RELEASE).read_bytes()
    data = {"truncated": whole[: len(whole) // 2], "garbage": b"%PDF-1.7\n" + bytes(range(256)) * 8 + b"%%EOF\n",
            "encrypted": encrypted(makers, tmp_path / "locked.pdf", "harbour").read_bytes(), "empty": b""}[case]
    path = tmp_path / f"{case}.pdf"
    path.write_bytes(data)
    before = path.stat().st_mtime_ns
    with pytest.raises(InputError):
        load_document(str(path))
    assert path.read_bytes() == data and path.stat().st_mtime_ns == before
