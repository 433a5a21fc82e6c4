"""A bilingual file compared as it pairs its segments: one 1:1 group per
translated segment (nothing re-aligned, nothing moved), the planted drift
found on the right segment, an empty target reported, QA checks added."""
from __future__ import annotations

import pytest

from desktop.engine.api import compare_bilingual, compare_documents, load_pair
from desktop.engine.model import EDITED, OMITTED, SEGMENTS, UNCHANGED, ManualAlignment

from .conftest import TMX, XLIFF_1, XLIFF_2, unit, xliff_1


def _drift_by_segment(comparison):
    out = {}
    for group in comparison.groups:
        if group.left:
            segment = comparison.left.paragraphs[group.left[0]].segment.id
            out[segment] = {(d.kind, d.severity) for d in group.drift}
    return out


@pytest.fixture(scope="module")
def compared():
    return {path.name: compare_bilingual(str(path)) for path in (XLIFF_1, XLIFF_2, TMX)}


@pytest.mark.parametrize("name,prefix", [("release.en-de.xlf", "release.docx/"), ("release.en-fr.xlf", "release/"),
                                         ("release.tmx", "10")])
def test_planted_drift_found_on_its_segment(compared, name, prefix):
    comparison = compared[name]
    drift = _drift_by_segment(comparison)
    figure, date, name_, untranslated = {
        "release.docx/": ("release.docx/2", "release.docx/3", "release.docx/4", "release.docx/7"),
        "release/": ("release/lead", "release/report", "release/director", "release/contact:s6b"),
        "10": ("102", "103", "104", "106")}[prefix]
    assert ("number", "error") in drift[figure]
    assert ("date", "error") in drift[date]
    # the speaker's name dropped: said as a name, or as who the statement is credited to
    assert {("name", "warning"), ("attribution", "warning")} & drift[name_]
    group = next(g for g in comparison.groups if g.left
                 and comparison.left.paragraphs[g.left[0]].segment.id == untranslated)
    assert group.status == OMITTED and not group.right
    assert any(untranslated in note and "not translated" in note for note in comparison.notes)


@pytest.mark.parametrize("name", ["release.en-de.xlf", "release.en-fr.xlf", "release.tmx"])
def test_one_group_per_segment_in_the_file_s_order(compared, name):
    comparison = compared[name]
    assert comparison.left.positions == SEGMENTS and comparison.related
    assert all(g.shape in ("1:1", "1:0") and not g.moved for g in comparison.groups)
    linked = [g for g in comparison.groups if g.linked]
    assert len(linked) == len(comparison.right.paragraphs)
    for group in linked:  # each source with its own target, never another
        assert (comparison.left.paragraphs[group.left[0]].segment.id
                == comparison.right.paragraphs[group.right[0]].segment.id)
    assert [g.left[0] for g in comparison.groups] == list(range(len(comparison.left.paragraphs)))


def test_faithful_segments_read_unchanged_and_languages_come_from_the_file(compared):
    comparison = compared["release.en-fr.xlf"]
    assert (comparison.left.language, comparison.right.language) == ("en", "fr")
    assert (comparison.left.info.language, comparison.right.info.language) == ("en-US", "fr-FR")
    statuses = {comparison.left.paragraphs[g.left[0]].segment.id: g.status for g in comparison.groups}
    assert statuses["release/appeal"] == statuses["captions/title"] == UNCHANGED


def test_a_faithful_tmx_pair_has_no_drift():
    comparison = compare_bilingual(str(TMX), target_language="fr")
    assert all(g.status == UNCHANGED and not g.drift for g in comparison.groups)
    assert len(comparison.groups) == 6


def test_placeholder_ids_are_not_figures(compared):
    """<ph>&lt;sup&gt;1&lt;/sup&gt;</ph>: its code is no figure "1"."""
    drift = _drift_by_segment(compared["release.en-de.xlf"])
    assert drift["release.docx/5"] == set()


def test_a_missing_placeholder_is_a_tag_warning(compared):
    drift = _drift_by_segment(compared["release.en-de.xlf"])
    assert drift["release.docx/6"] == {("tags", "warning")}
    group = next(g for g in compared["release.en-de.xlf"].groups if any(d.kind == "tags" for d in g.drift))
    assert "<x 4>" in group.drift[-1].message and group.status == EDITED


def test_manual_links_do_not_re_align_a_bilingual_pair():
    left, right = load_pair(str(XLIFF_1))
    plain = compare_documents(left, right)
    forced = compare_documents(left, right, manual=ManualAlignment(links=(((0,), (3,)),), moved=(1,)))
    assert [(g.left, g.right, g.moved) for g in forced.groups] == [(g.left, g.right, g.moved) for g in plain.groups]


def _qa(write, *pairs, source="en", target="de"):
    path = write("qa.xlf", xliff_1("\n".join(unit(str(n), s, t) for n, (s, t) in enumerate(pairs, 1)),
                                   source, target))
    comparison = compare_bilingual(str(path))
    return [[(d.kind, d.severity, d.message) for d in g.drift] for g in comparison.groups]


def test_same_source_translated_two_ways_is_inconsistent(write):
    drift = _qa(write, ("Close the valve.", "Schließen Sie das Ventil."), ("Open the tap.", "Öffnen Sie den Hahn."),
                ("Close the valve.", "Machen Sie das Ventil zu."))
    assert ("consistency", "warning", "The same source is translated differently in 3") in drift[0]
    assert ("consistency", "warning", "The same source is translated differently in 1") in drift[2]
    assert not any(kind == "consistency" for kind, _, _ in drift[1])


def test_one_translation_for_two_sources_is_noted(write):
    drift = _qa(write, ("Close the valve.", "Schließen Sie das Ventil."),
                ("Shut the valve.", "Schließen Sie das Ventil."))
    assert ("consistency", "note", "The same translation stands for a different source in 2") in drift[0]


def test_target_same_as_source_repeated_word_and_end_punctuation(write):
    drift = _qa(write, ("The pumps are broken again.", "The pumps are broken again."),
                ("Is the water safe?", "Ist das das Wasser sicher."),
                ("Coastal Watch", "Coastal Watch"))
    kinds = [{kind for kind, _, _ in items} for items in drift]
    assert "same_as_source" in kinds[0]
    assert {"repeated_word", "punctuation"} <= kinds[1]
    assert "same_as_source" not in kinds[2]  # a name is the same in every language
    message = next(m for k, _, m in drift[1] if k == "punctuation")
    assert message == "The source ends with “?”, the target with “.”"


def test_end_punctuation_of_other_scripts_is_the_same_ending(write):
    drift = _qa(write, ("Is the water safe?", "水は安全ですか？"), ("The pump works.", "ポンプは動きます。"),
                target="ja")
    assert not any(kind == "punctuation" for items in drift for kind, _, _ in items)


def test_an_extra_code_in_the_target(write):
    drift = _qa(write, ("Press Save to keep it.", "Drücken Sie <x id='9'/>Speichern, um es zu behalten."))
    assert ("tags", "warning", "Inline codes differ: the target adds <x 9>") in drift[0]


def test_a_target_with_no_source_is_added(write):
    path = write("extra.xlf", xliff_1(unit("1", "One pump.", "Eine Pumpe.") + "\n" + unit("2", "", "Zwei.")))
    comparison = compare_bilingual(str(path))
    assert [g.status for g in comparison.groups][-1] == "added"
