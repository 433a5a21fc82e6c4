"""Word files: paragraphs with the kinds their styles give, tables as rows,
footnotes after the body, tracked changes accepted, paragraphs counted as
positions; damaged and protected files refused in words."""
import hashlib
from pathlib import Path

import pytest

from desktop.engine.errors import InputError
from desktop.engine.formats.word import read_docx
from desktop.engine.load import load_document
from desktop.engine.model import BODY, HEADING, PARAGRAPHS

from . import makers as m


@pytest.fixture
def word(tmp_path):
    path = tmp_path / "release.docx"
    m.word_document(path)
    return path


def test_headings_by_style_and_body_in_order(word):
    document = load_document(str(word))
    assert document.source_format == "docx" and document.positions == PARAGRAPHS
    kinds = {p.text: p.kind for p in document.paragraphs}
    assert kinds[m.HEADLINE] == kinds[m.REPAIRS_HEADING] == kinds[m.HOMES_HEADING] == HEADING
    texts = [p.text for p in document.paragraphs]
    assert texts[:3] == [m.HEADLINE, m.STANDFIRST, m.DATELINE_PARAGRAPH]
    assert texts.index(m.ITEMS[0]) + 1 == texts.index(m.ITEMS[1])


def test_a_table_is_one_paragraph_a_row(word):
    document = load_document(str(word))
    rows = [p for p in document.paragraphs if " | " in p.text]
    assert [p.text for p in rows] == [" | ".join(row) for row in m.TABLE]
    assert all(p.kind == BODY for p in rows)
    assert rows[0].end_line - rows[0].line == len(m.TABLE[0]) - 1  # one position per cell's paragraph


def test_tracked_changes_are_read_accepted(word):
    text = " ".join(p.text for p in load_document(str(word)).paragraphs)
    assert m.REPAIRS.rstrip(".") + m.INSERTED + "." in text
    assert m.DELETED.strip() not in text


def test_the_footnote_follows_the_body_and_its_mark_stays_in_the_text(word):
    paragraphs = load_document(str(word)).paragraphs
    cited = next(p for p in paragraphs if p.text.startswith(m.SURVEY[:30]))
    assert cited.text == m.SURVEY + "¹"
    note = paragraphs[-1]
    assert note.text == f"¹ {m.FOOTNOTE}" and note.line == cited.line


def test_positions_count_the_documents_paragraphs(word):
    paragraphs = load_document(str(word)).paragraphs
    assert [p.line for p in paragraphs[:6]] == [1, 2, 3, 4, 5, 6]


def test_a_deleted_paragraph_mark_joins_the_paragraphs_and_hidden_text_is_left_out(tmp_path):
    import docx
    from lxml import etree

    document = docx.Document()
    first = document.add_paragraph("Fourteen towns are at risk")
    document.add_paragraph("of flooding, the survey says.")
    hidden = document.add_paragraph("Visible words.")
    hidden.add_run(" Secret words.").font.hidden = True
    ppr = first._p.get_or_add_pPr()
    ppr.append(etree.fromstring(f'<w:rPr xmlns:w="{m.W}"><w:del w:id="9" w:author="E" w:date="2025-03-03T10:00:00Z"/>'
                                "</w:rPr>"))
    path = tmp_path / "joined.docx"
    document.save(str(path))
    texts = [p.text for p in load_document(str(path)).paragraphs]
    assert texts == ["Fourteen towns are at risk of flooding, the survey says.", "Visible words."]


def test_the_file_is_only_read(word):
    before = hashlib.sha256(word.read_bytes()).hexdigest()
    load_document(str(word))
    assert hashlib.sha256(word.read_bytes()).hexdigest() == before


@pytest.mark.parametrize("damage", ["truncated", "no document part", "bad xml"])
def test_damaged_word_files_are_a_clear_error(tmp_path, damage):
    data = m.docx_bytes(tmp_path)
    if damage == "truncated":
        data = data[: len(data) // 2]
    elif damage == "no document part":
        data = m.zip_bytes({"word/document.xml": "<w:document/>", "[Content_Types].xml": "<Types/>"})
    else:
        import io
        import zipfile

        source = zipfile.ZipFile(io.BytesIO(data))
        data = m.zip_bytes({n: (b"<w:document><unclosed>" if n == "word/document.xml" else source.read(n))
                            for n in source.namelist()})
    path = tmp_path / "broken.docx"
    path.write_bytes(data)
    with pytest.raises(InputError, match="damaged"):
        load_document(str(path))


def test_a_password_protected_word_file_says_so(tmp_path):
    # Word keeps a protected .docx in an OLE compound file with an EncryptedPackage stream.
    path = tmp_path / "protected.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1000 + "EncryptedPackage".encode("utf-16-le")
                     + b"\x00" * 1000)
    with pytest.raises(InputError, match="protected by a password"):
        load_document(str(path))


def test_an_empty_word_document_has_no_text(tmp_path):
    import docx

    path = tmp_path / "empty.docx"
    docx.Document().save(str(path))
    with pytest.raises(InputError, match="no text"):
        load_document(str(path))


def test_units_come_straight_from_the_reader(tmp_path):
    read = read_docx(m.docx_bytes(tmp_path, footnote=False, tracked=False), "x.docx")
    assert read.encoding == "docx"
    assert not any(u.text.startswith("¹") for u in read.units)
