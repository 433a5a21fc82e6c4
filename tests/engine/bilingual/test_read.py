"""Reading XLIFF 1.2, XLIFF 2.0 and TMX: every segment with the file's own
ids, inline markup as text and codes, languages from the file."""
from __future__ import annotations

import pytest

from desktop.engine.bilingual import read_bilingual
from desktop.engine.bilingual.inline import PLACEHOLDER
from desktop.engine.errors import InputError
from desktop.engine.formats import TMX as TMX_FORMAT, XLIFF, sniff

from .conftest import TMX, XLIFF_1, XLIFF_2, unit, xliff_1


def _by_id(path, **languages):
    read = read_bilingual(path.read_bytes(), path.name, **languages)
    return read, {s.id: s for s in read.segments}


def test_xliff_1_2_segments_of_both_files_with_their_ids():
    read, segments = _by_id(XLIFF_1)
    assert (read.format, read.version, read.source_language, read.target_language) == (XLIFF, "1.2", "en-GB", "de-DE")
    # two <file>s with units "1" and "2" each: the file's name tells them apart;
    # the unit marked translate="no" is left out; <seg-source> cuts unit 2 of captions in two
    assert list(segments) == ["release.docx/1", "release.docx/2", "release.docx/3", "release.docx/4",
                              "release.docx/5", "release.docx/6", "release.docx/7", "captions.docx/1",
                              "captions.docx/2.1", "captions.docx/2.2"]
    split = segments["captions.docx/2.2"]
    assert (split.source.text, split.target.text, split.unit, split.key) == (
        "It has not been repaired.", "Sie wurde nicht repariert.", "2", (1, "2", "2.2"))
    assert segments["release.docx/4"].state == "needs-review-translation"


def test_xliff_1_2_inline_markup_keeps_text_and_placeholders():
    _, segments = _by_id(XLIFF_1)
    headline = segments["release.docx/1"].source
    assert headline.text == "Clean Rivers Alliance warns of failing water pumps in the Sahel"  # <g> leaves no mark
    assert headline.codes == ("g#1",)
    lead = segments["release.docx/2"].target
    assert "zu sauberem Trinkwasser, teilte" in lead.text and lead.codes == ()  # a term <mrk> is no code
    report = segments["release.docx/3"].source
    assert "surveyed 96 villages along" in report.text and "<i>" not in report.text  # native code dropped
    assert report.codes == ("bpt#2", "ept#2")
    appeal = segments["release.docx/5"].source
    assert f"euros{PLACEHOLDER} to repair" in appeal.text and "sup" not in appeal.text
    assert appeal.codes == ("ph#3",)
    contact = segments["release.docx/6"]
    assert contact.source.codes == ("x#4",) and contact.target.codes == ()


def test_an_empty_target_is_no_target():
    _, segments = _by_id(XLIFF_1)
    assert segments["release.docx/7"].target is None
    assert segments["release.docx/7"].source.text == "Interviews can be arranged in French and Bambara."


def test_xliff_2_units_segments_and_inline_codes():
    read, segments = _by_id(XLIFF_2)
    assert (read.version, read.source_language, read.target_language) == ("2.0", "en-US", "fr-FR")
    assert list(segments) == ["release/title", "release/lead", "release/report", "release/director",
                              "release/appeal", "release/contact:s6a", "release/contact:s6b", "captions/title"]
    assert segments["release/report"].source.codes == ("sc#2", "ec#2")
    assert "a étudié 96 villages le long" in segments["release/report"].target.text
    assert segments["release/appeal"].target.codes == ("ph#3",)
    assert PLACEHOLDER in segments["release/appeal"].target.text
    assert segments["release/title"].source.codes == ("pc#1",)
    assert segments["release/contact:s6b"].target is None and segments["release/contact:s6b"].state == "initial"
    # notes and originalData are not text
    assert all("Figure checked" not in s.source.text for s in segments.values())


def test_tmx_source_from_srclang_and_the_first_other_language():
    read, segments = _by_id(TMX)
    assert (read.format, read.source_language, read.target_language) == (TMX_FORMAT, "en-GB", "de-DE")
    assert read.languages == ("en-GB", "de-DE", "fr-FR")
    assert list(segments) == ["101", "102", "103", "104", "105", "106"]
    assert segments["106"].target is None  # an empty <seg>
    assert segments["103"].source.codes == ("bpt#1", "ept#1") and segments["105"].target.codes == ("ph#1",)


@pytest.mark.parametrize("chosen,found", [("fr", "fr-FR"), ("FR-fr", "fr-FR"), ("de-DE", "de-DE")])
def test_tmx_target_language_chosen(chosen, found):
    read, segments = _by_id(TMX, target=chosen)
    assert read.target_language == found
    assert (segments["106"].target is None) == (found == "de-DE")  # only the German is missing


def test_tmx_source_language_chosen():
    read, segments = _by_id(TMX, source="fr", target="de")
    assert (read.source_language, read.target_language) == ("fr-FR", "de-DE")
    assert segments["101"].source.text.startswith("Clean Rivers Alliance alerte")


def test_tmx_language_not_in_the_file_names_those_that_are():
    with pytest.raises(InputError, match=r"no it in this translation memory \(it holds en-GB, de-DE, fr-FR\)"):
        read_bilingual(TMX.read_bytes(), TMX.name, target="it")


def test_tmx_ambiguous_language(write):
    tmx = ('<tmx version="1.4"><header srclang="en"/><body><tu>'
           '<tuv xml:lang="en"><seg>One</seg></tuv><tuv xml:lang="pt-PT"><seg>Um</seg></tuv>'
           '<tuv xml:lang="pt-BR"><seg>Um</seg></tuv></tu></body></tmx>').encode()
    with pytest.raises(InputError, match="pt is ambiguous here"):
        read_bilingual(tmx, "t.tmx", target="pt")
    read = read_bilingual(tmx, "t.tmx", target="pt-BR")
    assert read.target_language == "pt-BR" and read.segments[0].id == "1"  # no tuid: its position


def test_tmx_1_1_lang_attribute_and_star_all_srclang():
    tmx = ('<tmx version="1.1"><header srclang="*all*"/><body>'
           '<tu tuid="a"><tuv lang="EN-US"><seg>Hello</seg></tuv><tuv lang="RU-RU"><seg>Привет</seg></tuv></tu>'
           '</body></tmx>').encode()
    read = read_bilingual(tmx, "old.tmx")
    assert (read.source_language, read.target_language) == ("EN-US", "RU-RU")
    assert read.segments[0].target.text == "Привет"


def test_utf16_tmx_is_sniffed_and_read():
    tmx = ('<?xml version="1.0" encoding="UTF-16"?>\n<tmx version="1.4"><header srclang="en"/><body>'
           '<tu><tuv xml:lang="en"><seg>Water</seg></tuv><tuv xml:lang="de"><seg>Wasser</seg></tuv></tu>'
           '</body></tmx>').encode("utf-16")
    assert sniff(tmx, "t.tmx") == TMX_FORMAT
    assert read_bilingual(tmx, "t.tmx").segments[0].target.text == "Wasser"


@pytest.mark.parametrize("head", [
    b'<?xml version="1.0"?>\n<!-- a comment -->\n<xliff version="1.2">',
    b'\xef\xbb\xbf<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0">',
    b'<?xml version="1.0"?><!DOCTYPE xliff [ <!ENTITY a "b"> ]><xliff version="1.2">',
    b'<x:xliff xmlns:x="urn:oasis:names:tc:xliff:document:1.2" version="1.2">',
])
def test_xliff_sniffed_by_its_root_element(head):
    assert sniff(head + b"</xliff>", "file.txt") == XLIFF


def test_other_xml_is_not_bilingual():
    assert sniff(b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>', "a.xlf") not in (XLIFF, TMX_FORMAT)


def test_xliff_1_0_without_namespace_and_repeated_ids():
    data = (b'<xliff version="1.0"><file source-language="en" target-language="de"><body>'
            b'<trans-unit id="a"><source>One</source><target>Eins</target></trans-unit>'
            b'<trans-unit id="a"><source>Two</source><target>Zwei</target></trans-unit>'
            b'</body></file></xliff>')
    read = read_bilingual(data, "old.xlf")
    assert [s.id for s in read.segments] == ["a", "a-2"]  # every id shown is unique


def test_a_target_of_tags_only_counts_as_translated():
    read = read_bilingual(xliff_1(unit("1", "<x id='1'/>", "<x id='1'/>")), "t.xlf")
    assert read.segments[0].target.text == PLACEHOLDER


def test_a_segment_s_id_within_its_file():
    from desktop.engine.api import load_document

    ids = [(p.segment.id, p.segment.local_id) for p in load_document(str(XLIFF_1)).paragraphs]
    assert ids[1] == ("release.docx/2", "2") and ids[-1] == ("captions.docx/2.2", "2.2")
    assert [p.segment.local_id for p in load_document(str(TMX)).paragraphs][:2] == ["101", "102"]
