"""TMX 1.4: parses, one unit per linked group, languages from the documents."""
import xml.etree.ElementTree as ET

from desktop.engine.export.tmx import SENTENCE, XML_LANG, to_tmx


def _units(data: bytes):
    root = ET.fromstring(data)
    assert root.tag == "tmx" and root.get("version") == "1.4"
    return root, root.findall("./body/tu")


def test_one_unit_per_linked_group(comparison, review):
    root, units = _units(to_tmx(comparison, review))
    linked = [g for g in comparison.groups if g.linked]
    assert len(units) == len(linked)
    header = root.find("header")
    assert header.get("srclang") == comparison.left.language and header.get("segtype") == "paragraph"
    for tu, group in zip(units, linked):
        tuvs = tu.findall("tuv")
        assert [t.get(XML_LANG) for t in tuvs] == [comparison.left.language, comparison.right.language]
        assert tuvs[0].find("seg").text == " ".join(comparison.left.paragraphs[i].text for i in group.left)
        assert tuvs[1].find("seg").text == " ".join(comparison.right.paragraphs[j].text for j in group.right)
    decisions = [p.text for p in root.iter("prop") if p.get("type") == "x-tandem-decision"]
    assert decisions == ["flagged"]


def test_sentence_units_cover_the_same_text(comparison):
    _, paragraphs = _units(to_tmx(comparison))
    _, sentences = _units(to_tmx(comparison, segtype=SENTENCE))
    assert len(sentences) >= len(paragraphs)

    def words(units, n):
        return " ".join(tu.findall("tuv")[n].find("seg").text for tu in units).split()

    assert words(sentences, 0) == words(paragraphs, 0) and words(sentences, 1) == words(paragraphs, 1)


def test_translation_languages(fixtures):
    from desktop.engine.api import compare_files, example_paths

    comparison = compare_files(example_paths()[0], str(fixtures / "translations" / "press-release.ru.txt"))
    root, units = _units(to_tmx(comparison))
    assert root.find("header").get("srclang") == "en" and units
    assert {t.get(XML_LANG) for tu in units for t in tu.findall("tuv")} == {"en", "ru"}
    assert any("а" <= c <= "я" for c in units[0].findall("tuv")[1].find("seg").text)
