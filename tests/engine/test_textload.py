import codecs
import hashlib
import os

import pytest

from desktop.engine.errors import InputError
from desktop.engine.load import load_document
from desktop.engine.textload import decode

RUSSIAN = "Правозащитники опубликовали доклад \"Меньше, чем равные\" в пятницу.\n"
GERMAN = "Die Organisation veröffentlichte am Freitag einen Bericht über Grundrechte.\n"
FRENCH = "L'organisation a publié vendredi un rapport sur les défenseurs des droits.\n"


@pytest.mark.parametrize("text,encoding", [
    (RUSSIAN * 3, "cp1251"),
    (RUSSIAN * 3, "koi8-r"),
    (GERMAN * 3, "latin-1"),
    (FRENCH * 3 + "“Quoted” – dash €\n", "cp1252"),
    (RUSSIAN + GERMAN, "utf-8"),
])
def test_legacy_and_utf8_encodings_decode_to_the_same_text(text, encoding):
    decoded = decode(text.encode(encoding))
    assert decoded.text == text


@pytest.mark.parametrize("bom,encoding", [
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
    (b"", "utf-16-le"),
    (b"", "utf-16-be"),
])
def test_unicode_with_and_without_bom(bom, encoding):
    text = "Press release\n\nThe report was published today.\n" + RUSSIAN
    decoded = decode(bom + text.encode(encoding))
    assert decoded.text == text


def test_undecodable_bytes_do_not_crash():
    data = ("The report was published today. " * 4).encode() + b"\xff\xfe\xfa broken \x81\n"
    decoded = decode(data)
    assert "The report was published today." in decoded.text


@pytest.mark.parametrize("data,message", [
    (b"", "empty"),
    (b"   \n\n \t\n", "empty"),
    (b"\x00\x01\x02\x03binary\x00\x00\x05" * 50, "binary"),
    (b"PK\x03\x04" + b"\x00" * 100, "ZIP"),
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "PNG"),
])
def test_bad_input_is_a_clear_error(data, message):
    with pytest.raises(InputError, match=message):
        decode(data, "doc.txt")


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_newlines_of_every_platform(tmp_path, newline):
    text = newline.join(["Headline here", "", "First line of a", "wrapped paragraph.", "",
                         "Second paragraph."])
    path = tmp_path / "doc.txt"
    path.write_bytes(text.encode())
    document = load_document(str(path))
    assert [p.text for p in document.paragraphs] == [
        "Headline here", "First line of a wrapped paragraph.", "Second paragraph."]


def test_input_file_is_never_modified(tmp_path):
    path = tmp_path / "doc.txt"
    path.write_bytes("Title\r\n\r\nBody text of the release.\r\n".encode("cp1252"))
    before = (hashlib.sha256(path.read_bytes()).hexdigest(), os.stat(path).st_mtime_ns)
    document = load_document(str(path))
    after = (hashlib.sha256(path.read_bytes()).hexdigest(), os.stat(path).st_mtime_ns)
    assert before == after
    assert document.sha256 == before[0]


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        load_document(str(tmp_path / "absent.txt"))
    with pytest.raises(InputError, match="folder"):
        load_document(str(tmp_path))


def test_language_is_detected(tmp_path):
    path = tmp_path / "ru.txt"
    path.write_text(RUSSIAN * 4, encoding="koi8-r")
    assert load_document(str(path)).language == "ru"
