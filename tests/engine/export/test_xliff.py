"""The review as XLIFF: written back into a copy of the XLIFF compared
(parses, keeps every unit and its id, adds notes, states from decisions);
a new XLIFF 1.2 for anything else; TMX keeps a bilingual file's ids."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from lxml import etree

from desktop.engine.api import compare_bilingual, compare_files, example_paths
from desktop.engine.bilingual import read_bilingual
from desktop.engine.errors import InputError
from desktop.engine.export.tmx import XML_LANG, to_tmx
from desktop.engine.export.xliff import to_xliff
from desktop.engine.review import Decision, Review, review_items

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "bilingual"
NS_1 = {"x": "urn:oasis:names:tc:xliff:document:1.2"}
NS_2 = {"x": "urn:oasis:names:tc:xliff:document:2.0"}


def _reviewed(path: Path, tmp_path: Path):
    """A copy's comparison with the figure flagged (a comment) and the date accepted."""
    copy = tmp_path / path.name
    shutil.copy(path, copy)
    comparison = compare_bilingual(str(copy))
    items = review_items(comparison)
    figure = next(i for i in items if i.kind == "number")
    date = next(i for i in items if i.kind == "date")
    review = (Review().with_decision(Decision(figure.id, "flagged", "7,400 in the PDF"))
              .with_decision(Decision(date.id, "accepted")))
    return comparison, review


def _unit_ids(root, name: str, ns: dict) -> list[str]:
    return [u.get("id") for u in root.iterfind(f".//x:{name}", ns)]


def test_xliff_1_2_round_trip(tmp_path):
    comparison, review = _reviewed(FIXTURES / "release.en-de.xlf", tmp_path)
    written = to_xliff(comparison, review)
    root = etree.fromstring(written)
    original = etree.fromstring((FIXTURES / "release.en-de.xlf").read_bytes())
    assert _unit_ids(root, "trans-unit", NS_1) == _unit_ids(original, "trans-unit", NS_1)  # unit 8 (translate=no) too
    units = {(u.getparent().getparent().get("original") if u.getparent().tag.endswith("body")
              else u.getparent().getparent().getparent().get("original"), u.get("id")): u
             for u in root.iterfind(".//x:trans-unit", NS_1)}
    lead = units[("release.docx", "2")]
    notes = [n.text for n in lead.iterfind("x:note", NS_1) if n.get("from") == "Tandem"]
    assert notes == ["Tandem error: Figure “7,400” became “7.200” [flagged] — 7,400 in the PDF"]
    assert lead.find("x:note[@from='translator']", NS_1) is not None  # the translator's note stays
    assert lead.find("x:target", NS_1).get("state") == "needs-review-translation"
    report = units[("release.docx", "3")]
    assert report.find("x:target", NS_1).get("state") == "signed-off"
    assert report.find("x:note", NS_1).get("priority") == "1"
    director = units[("release.docx", "4")]
    assert director.find("x:target", NS_1).get("state") == "needs-review-translation"  # undecided: as it was
    assert "Amara Okafor" in director.find("x:note", NS_1).text
    assert units[("release.docx", "1")].find("x:note", NS_1) is None  # nothing found there, nothing written
    # the inline markup is the file's own, untouched
    assert etree.tostring(report.find("x:source", NS_1)) == etree.tostring(
        original.find(".//x:trans-unit[@id='3']/x:source", NS_1))


def test_xliff_written_back_reads_as_the_same_segments(tmp_path):
    for name in ("release.en-de.xlf", "release.en-fr.xlf"):
        comparison, review = _reviewed(FIXTURES / name, tmp_path)
        before = read_bilingual((FIXTURES / name).read_bytes(), name)
        written = to_xliff(comparison, review)
        after = read_bilingual(written, name)
        assert [_what(s) for s in after.segments] == [_what(s) for s in before.segments]
        data = (FIXTURES / name).read_bytes()
        assert written.startswith(data[:data.index(b"<xliff")])  # declaration and comment as they were


def _what(segment):
    """All a segment says but its line (notes added above move it) and its state."""
    texts = [(side.text, side.codes) if side else None for side in (segment.source, segment.target)]
    return segment.id, segment.unit, segment.key, texts


def test_xliff_2_round_trip(tmp_path):
    comparison, review = _reviewed(FIXTURES / "release.en-fr.xlf", tmp_path)
    root = etree.fromstring(to_xliff(comparison, review))
    original = etree.fromstring((FIXTURES / "release.en-fr.xlf").read_bytes())
    assert _unit_ids(root, "unit", NS_2) == _unit_ids(original, "unit", NS_2)
    lead = root.find(".//x:unit[@id='lead']", NS_2)
    notes = lead.findall("x:notes/x:note", NS_2)
    assert [n.get("category") for n in notes] == ["translator", "tandem"]
    assert notes[1].text == "Tandem error: Figure “7,400” became “7 200” [flagged] — 7,400 in the PDF"
    segment = lead.find("x:segment", NS_2)
    assert (segment.get("state"), segment.get("subState")) == ("translated", "tandem:flagged")
    report = root.find(".//x:unit[@id='report']", NS_2)
    assert [local(e) for e in report][:2] == ["notes", "originalData"]  # <notes> where the schema puts it
    assert report.find("x:segment", NS_2).get("state") == "reviewed"
    contact = root.find(".//x:unit[@id='contact']", NS_2)
    assert contact.find("x:notes", NS_2) is None  # an untranslated segment: no note unless decided


def local(element) -> str:
    return etree.QName(element).localname


def test_a_note_in_a_unit_of_several_segments_names_its_segment(tmp_path):
    comparison = compare_bilingual(str(FIXTURES / "release.en-fr.xlf"))
    items = review_items(comparison)
    untranslated = next(i for i in items if i.kind == "omitted")
    review = Review().with_decision(Decision(untranslated.id, "queried", "Translate for Mali?"))
    contact = etree.fromstring(to_xliff(comparison, review)).find(".//x:unit[@id='contact']", NS_2)
    assert contact.find("x:notes/x:note", NS_2).text == "[release/contact:s6b] Tandem: queried — Translate for Mali?"
    assert contact.findall("x:segment", NS_2)[1].get("state") == "initial"  # no target: its state stays


def test_a_changed_file_is_not_written_into(tmp_path):
    comparison, review = _reviewed(FIXTURES / "release.en-de.xlf", tmp_path)
    copy = tmp_path / "release.en-de.xlf"
    copy.write_bytes(copy.read_bytes().replace(b"Mopti", b"Gao"))
    with pytest.raises(InputError, match="changed since it was compared"):
        to_xliff(comparison, review)


def test_a_tmx_comparison_becomes_a_new_xliff_1_2():
    comparison = compare_bilingual(str(FIXTURES / "release.tmx"))
    root = etree.fromstring(to_xliff(comparison))
    file = root.find("x:file", NS_1)
    assert (file.get("source-language"), file.get("target-language")) == ("en-GB", "de-DE")
    assert _unit_ids(root, "trans-unit", NS_1) == ["101", "102", "103", "104", "105"]  # 106 is untranslated
    appeal = root.find(".//x:trans-unit[@id='105']/x:target", NS_1)
    assert appeal.text == "Das Bündnis bittet Geber um 3,2 Millionen Euro" and appeal[0].tag.endswith("}x")
    assert appeal[0].tail.startswith(", um vor der Regenzeit")
    assert "Figure" in root.find(".//x:trans-unit[@id='102']/x:note", NS_1).text


def test_any_comparison_becomes_a_new_xliff():
    comparison = compare_files(*example_paths())
    root = etree.fromstring(to_xliff(comparison))
    assert len(root.findall(".//x:trans-unit", NS_1)) == sum(1 for g in comparison.groups if g.linked)


def test_tmx_of_a_bilingual_file_keeps_its_ids_languages_and_placeholders():
    comparison = compare_bilingual(str(FIXTURES / "release.en-fr.xlf"))
    root = etree.fromstring(to_tmx(comparison))
    units = root.findall("./body/tu")
    assert [tu.get("tuid") for tu in units] == ["release/title", "release/lead", "release/report",
                                                "release/director", "release/appeal", "release/contact:s6a",
                                                "captions/title"]
    assert {t.get(XML_LANG) for tu in units for t in tu.findall("tuv")} == {"en-US", "fr-FR"}
    seg = units[4].findall("tuv")[1].find("seg")
    assert seg.text.endswith("d’euros") and seg[0].tag == "ph" and seg[0].tail.startswith(" pour réparer")
    assert "Figure" in units[1].find("note").text


def test_one_state_for_a_trans_unit_of_several_segments(tmp_path):
    path = tmp_path / "segmented.xlf"
    path.write_text(
        '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
        '<file original="a.txt" source-language="en" target-language="de" datatype="plaintext"><body>'
        '<trans-unit id="u1"><source>The pump broke in 2019. It cost 400 euros.</source>'
        '<seg-source><mrk mtype="seg" mid="1">The pump broke in 2019.</mrk> '
        '<mrk mtype="seg" mid="2">It cost 400 euros.</mrk></seg-source>'
        '<target state="translated"><mrk mtype="seg" mid="1">Die Pumpe ging 2018 kaputt.</mrk> '
        '<mrk mtype="seg" mid="2">Sie kostete 500 Euro.</mrk></target></trans-unit>'
        '</body></file></xliff>', encoding="utf-8")
    comparison = compare_bilingual(str(path))
    drift = [i for i in review_items(comparison) if i.is_drift]
    first = next(i for i in drift if comparison.groups[i.group].left == (0,))
    second = next(i for i in drift if comparison.groups[i.group].left == (1,))
    review = Review().with_decision(Decision(first.id, "flagged")).with_decision(Decision(second.id, "accepted"))
    unit = etree.fromstring(to_xliff(comparison, review)).find(".//x:trans-unit", NS_1)
    assert unit.find("x:target", NS_1).get("state") == "needs-review-translation"  # the flag wins
    notes = [n.text for n in unit.findall("x:note", NS_1)]
    assert notes[0].startswith("[1] Tandem error: ") and "[flagged]" in notes[0]
    assert any(n.startswith("[2] Tandem ") and "[accepted]" in n for n in notes)
    assert notes == sorted(notes, key=lambda n: n[:3])  # in the order of their segments
