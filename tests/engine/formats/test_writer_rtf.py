"""Writer (.odt) and RTF files: the same release, read as Word's is."""
import pytest

from desktop.engine.errors import InputError
from desktop.engine.load import load_document
from desktop.engine.model import HEADING, PARAGRAPHS

from . import makers as m


@pytest.fixture(params=["odt", "rtf"])
def document(request, write):
    content = m.writer_bytes() if request.param == "odt" else m.rtf_bytes()
    return load_document(write(f"release.{request.param}", content))


def test_headings_body_and_positions(document):
    assert document.source_format in ("odt", "rtf") and document.positions == PARAGRAPHS
    texts = [p.text for p in document.paragraphs]
    assert texts[:4] == [m.HEADLINE, m.STANDFIRST, m.DATELINE_PARAGRAPH, m.SURVEY + "¹"]
    assert [p.kind for p in document.paragraphs if p.text in (m.HEADLINE, m.REPAIRS_HEADING)] == [HEADING] * 2
    assert [p.line for p in document.paragraphs[:4]] == [1, 2, 3, 4]


def test_table_rows_footnote_and_accepted_changes(document):
    texts = [p.text for p in document.paragraphs]
    assert [t for t in texts if " | " in t] == [" | ".join(row) for row in m.TABLE]
    assert texts[-1] == f"¹ {m.FOOTNOTE}"
    joined = " ".join(texts)
    assert m.REPAIRS.rstrip(".") + m.INSERTED + "." in joined
    assert m.DELETED.strip() not in joined and "Not the text" not in joined  # nor RTF's \info


def test_rtf_code_pages_of_fonts_and_unicode_escapes(write):
    rtf = (b"{\\rtf1\\ansi\\ansicpg1252{\\fonttbl{\\f0\\fcharset0 Arial;}{\\f1\\fcharset204 Arial Cyr;}}"
           b"\\pard\\f1 \\'cf\\'f0\\'e0\\'e2\\'e0 \\f0 caf\\'e9 \\u8212?\\~2025\\par}")
    assert load_document(write("cp.rtf", rtf)).paragraphs[0].text == "Права café —\u00a02025"


def test_a_password_protected_writer_file_says_so(write):
    with pytest.raises(InputError, match="protected by a password"):
        load_document(write("secret.odt", m.writer_bytes(encrypted=True)))


def test_a_damaged_writer_file_is_a_clear_error(write):
    broken = m.zip_bytes({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<office:x"})
    with pytest.raises(InputError, match="damaged"):
        load_document(write("broken.odt", broken))
