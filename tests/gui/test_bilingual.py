"""A translator's bilingual file in the window: File › Open takes an XLIFF
or TMX and opens its sources against its targets, the segments' own ids
shown, untranslated segments named, the review exported back as XLIFF;
swapping and re-aligning are off (the file pairs its own segments)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from lxml import etree

from desktop.engine.bilingual import is_prealigned
from desktop.gui import dialogs
from desktop.gui.layout import LEFT, RIGHT

from .conftest import wait_for_comparison

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "bilingual"


@pytest.fixture
def copies(tmp_path):
    for name in ("release.en-de.xlf", "release.en-fr.xlf", "release.tmx"):
        shutil.copy(FIXTURES / name, tmp_path / name)
    return tmp_path


def _open_with_dialog(window, qtbot, monkeypatch, path, side=LEFT):
    monkeypatch.setattr(dialogs, "choose_file", lambda *_args: str(path))
    (window.actions_.open_original if side == LEFT else window.actions_.open_other).trigger()
    return wait_for_comparison(qtbot, window)


def test_the_open_dialog_offers_translation_files():
    for pattern in ("*.xlf", "*.xliff", "*.sdlxliff", "*.mqxliff", "*.tmx"):
        assert pattern in dialogs.FILE_FILTER.split(";;")[0]  # among the documents shown by default
    assert any(f.startswith("Translation files: XLIFF, TMX") for f in dialogs.FILE_FILTER.split(";;"))


@pytest.mark.parametrize("side", [LEFT, RIGHT])
def test_file_open_on_either_side_opens_the_pair(window, qtbot, monkeypatch, copies, side):
    path = copies / "release.en-de.xlf"
    comparison = _open_with_dialog(window, qtbot, monkeypatch, path, side)
    assert window.session.paths == [str(path), str(path)] and window.session.bilingual
    assert is_prealigned(comparison.left, comparison.right)
    assert (comparison.left.info.bilingual, comparison.right.info.bilingual) == ("source", "target")
    assert len(comparison.groups) == 10
    assert window.windowTitle() == "release.en-de.xlf (en-GB → de-DE) — Tandem"
    assert not window.actions_.swap.isEnabled()


def test_segment_ids_in_the_panes_and_the_list(window, qtbot, monkeypatch, copies):
    comparison = _open_with_dialog(window, qtbot, monkeypatch, copies / "release.tmx")
    view = window.page.view
    assert "6 segments · TMX" in view.left_header._meta.text()
    items = window.page.panel.visible_items()
    figure = next(i for i in items if i.kind == "drift:number")
    assert figure.text.startswith("102 · Figure “7,400” became “7.200”")
    untranslated = next(i for i in items if i.kind == "omitted")
    assert untranslated.label == "Not translated" and untranslated.text.startswith("106 · Interviews")
    group = next(g for g in comparison.groups if not g.right)  # the empty target's place says so
    row = view.rows.rows[min(view.rows.rows_of_group[group.index])]
    assert view.right_pane._slot_label(row, group) == "Not translated: the target is missing or empty"
    paragraph = comparison.left.paragraphs[group.left[0]]
    from desktop.engine.places import long_place  # a paragraph's place is its segment

    assert long_place(comparison.left, paragraph) == f"Segment 106, line {paragraph.line}"


def test_re_aligning_is_off_for_a_bilingual_file(window, qtbot, copies):
    window.open_side(LEFT, str(copies / "release.en-fr.xlf"))
    wait_for_comparison(qtbot, window)
    window.page.panel.choose_row(0)
    window.review.refresh_actions()
    actions = window.review_actions
    assert not actions.link.isEnabled() and not actions.unlink.isEnabled() and not actions.mark_moved.isEnabled()
    assert actions.flag.isEnabled()


def test_choosing_a_tmx_language_in_the_header_reads_that_language(window, qtbot, copies):
    window.open_side(LEFT, str(copies / "release.tmx"))
    assert wait_for_comparison(qtbot, window).right.language == "de"
    window.session.set_language(RIGHT, "fr")
    qtbot.waitUntil(lambda: window.session.comparison.right.language == "fr" and not window.session.busy,
                    timeout=30000)
    comparison = window.session.comparison
    assert comparison.right.info.language == "fr-FR" and all(not g.drift for g in comparison.groups)


def test_a_flag_exported_back_into_the_xliff(window, qtbot, copies, tmp_path):
    source = copies / "release.en-fr.xlf"
    original = source.read_bytes()
    window.open_side(LEFT, str(source))
    wait_for_comparison(qtbot, window)
    panel = window.page.panel
    row = next(r for r, item in enumerate(panel.visible_items()) if item.kind == "drift:date")
    panel.choose_row(row)
    window.review_actions.flag.trigger()
    target = tmp_path / "reviewed.xlf"
    assert window.review.export("xliff", str(target))
    ns = {"x": "urn:oasis:names:tc:xliff:document:2.0"}
    report = etree.parse(str(target)).find(".//x:unit[@id='report']", ns)
    assert report.find("x:segment", ns).get("subState") == "tandem:flagged"
    assert "[flagged]" in report.find("x:notes/x:note", ns).text
    assert source.read_bytes() == original
    assert not window.review.export("xliff", str(source))  # never over the file compared
    assert source.read_bytes() == original and window.error_bar.isVisible()


def test_a_damaged_xliff_is_said_and_opens_nothing(window, qtbot, tmp_path):
    path = tmp_path / "broken.xlf"
    path.write_bytes(b'<?xml version="1.0"?>\n<xliff version="1.2"><file><body><trans-unit id="1">')
    window.open_side(LEFT, str(path))
    qtbot.waitUntil(lambda: window.error_bar.isVisible() and not window.session.busy, timeout=10000)
    assert "damaged XML" in window.error_bar.text()
    assert window.session.paths == [None, None] and window.session.comparison is None


def test_a_bilingual_file_in_the_recent_list():
    from desktop.gui.settings import RecentPair

    assert RecentPair("/a/brochure.xlf", "/a/brochure.xlf").label() == "brochure.xlf  (source ⟷ target)"
    assert RecentPair("/a/x.txt", "/a/y.txt").label() == "x.txt  ⟷  y.txt"


def test_the_same_text_file_on_both_sides_is_no_bilingual_file(window, qtbot, tmp_path):
    text = tmp_path / "note.txt"
    text.write_text("Water pumps failed in twelve villages.\n\nRepairs start in April.\n", encoding="utf-8")
    window.open_pair(str(text), str(text))
    comparison = wait_for_comparison(qtbot, window)
    assert not window.session.bilingual and comparison.left.source_format == "text"
    assert window.actions_.swap.isEnabled()
