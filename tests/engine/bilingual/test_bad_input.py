"""Bad bilingual files are refused in one clear line (InputError), never a
crash; the file read is never written to."""
from __future__ import annotations

import hashlib

import pytest

from desktop.engine.api import compare_bilingual, load_document, load_pair
from desktop.engine.errors import InputError

from .conftest import TMX, XLIFF_1, XLIFF_2, unit, xliff_1

CASES = {
    "malformed XLIFF": ("broken.xlf", b'<?xml version="1.0"?>\n<xliff version="1.2"><file><body>\n'
                                      b'<trans-unit id="1"><source>Water</target></trans-unit>',
                        r"broken\.xlf: damaged XML, it cannot be read \(line 3\)"),
    "an undefined entity": ("entity.xlf", b'<xliff version="1.2"><file><body><trans-unit id="1">'
                                          b'<source>A&nbsp;B</source></trans-unit></body></file></xliff>',
                            r"entity\.xlf: damaged XML"),
    "XLIFF with no targets": ("empty.xlf", xliff_1(unit("1", "Water", None) + unit("2", "Pumps", "  ")),
                              r"empty\.xlf: no segment has a translation yet"),
    "XLIFF with no file": ("nofile.xlf", b'<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0"/>',
                           r"nofile\.xlf: an XLIFF file with no <file> in it"),
    "TMX in one language": ("one.tmx", b'<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en">'
                                       b'<seg>Water</seg></tuv></tu><tu><tuv xml:lang="en"><seg>Pumps</seg></tuv>'
                                       b'</tu></body></tmx>',
                        r"one\.tmx: this translation memory holds only en; there is nothing to compare"),
    "TMX with no units": ("none.tmx", b'<tmx version="1.4"><header srclang="en"/><body/></tmx>',
                          r"none\.tmx: this translation memory holds no language at all"),
    "an XLIFF cut short": ("cut.xlf", XLIFF_2.read_bytes()[:700], r"cut\.xlf: damaged XML"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_refused_in_one_line(write, case):
    name, data, message = CASES[case]
    path = write(name, data)
    with pytest.raises(InputError, match=message) as caught:
        compare_bilingual(str(path))
    assert "\n" not in str(caught.value)


def test_an_entity_pointing_outside_is_not_followed(write, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET")
    data = (f'<?xml version="1.0"?><!DOCTYPE xliff [<!ENTITY s SYSTEM "file://{secret}">]>'
            '<xliff version="1.2"><file source-language="en" target-language="de"><body>'
            '<trans-unit id="1"><source>Water &s;</source><target>Wasser</target></trans-unit>'
            '</body></file></xliff>').encode()
    left, _ = load_pair(str(write("xxe.xlf", data)))
    assert "SECRET" not in left.paragraphs[0].text


def test_a_source_side_alone_is_read_as_a_document():
    document = load_document(str(XLIFF_1))
    assert document.source_format == "xliff" and document.info.bilingual == "source"
    assert document.paragraphs[0].segment.id == "release.docx/1"
    assert len(document.paragraphs) == 10


@pytest.mark.parametrize("path", [XLIFF_1, XLIFF_2, TMX])
def test_the_file_compared_and_exported_is_never_written(path, tmp_path):
    from desktop.reports.exports import FORMATS, write_export

    before = hashlib.sha256(path.read_bytes()).hexdigest()
    mtime = path.stat().st_mtime_ns
    comparison = compare_bilingual(str(path))
    for kind in FORMATS:
        if kind != "pdf":  # the PDF needs Qt; the command-line tests write it
            write_export(kind, str(tmp_path / f"out.{kind}"), comparison)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before and path.stat().st_mtime_ns == mtime


def test_an_export_over_the_file_compared_is_refused(tmp_path):
    from desktop.engine.errors import TandemError
    from desktop.reports.exports import write_export

    copy = tmp_path / "copy.xlf"
    copy.write_bytes(XLIFF_1.read_bytes())
    comparison = compare_bilingual(str(copy))
    with pytest.raises(TandemError, match="that is the document compared"):
        write_export("xliff", str(copy), comparison)
    assert copy.read_bytes() == XLIFF_1.read_bytes()
