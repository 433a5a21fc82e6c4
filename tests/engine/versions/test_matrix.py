"""The versions matrix of the fixture versions: what each version did with
each paragraph, the per-version summaries and the drift families."""
from __future__ import annotations

from desktop.engine.export.versions_text import summary_line, versions_text
from desktop.engine.versions.model import EDITED, KEPT, MOVED, OMITTED, UNKNOWN


def _row(matrix, start: str):
    return next(r for r, row in enumerate(matrix.rows) if row.text.startswith(start))


def test_versions_are_named_dated_and_in_their_languages(matrix):
    assert [v.date for v in matrix.versions] == ["2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06"]
    assert [v.language for v in matrix.versions] == ["en", "en", "en", "de"]
    assert all(not v.trouble for v in matrix.versions)


def test_rows_are_the_originals_paragraphs_with_one_cell_per_version(matrix):
    assert [row.paragraph for row in matrix.rows] == list(range(11))
    assert all(len(row.cells) == 4 for row in matrix.rows)


def test_cells_say_kept_edited_moved_omitted(matrix):
    volunteers = _row(matrix, "The report also documents")
    assert matrix.cell(volunteers, 0).state == OMITTED  # the wire dropped it
    assert matrix.rows[volunteers].kept_by == 3
    interviewed = _row(matrix, "Coastal Watch interviewed")
    assert matrix.cell(interviewed, 1).state == MOVED  # the daily put it at the top
    assert matrix.cell(interviewed, 2).state == KEPT
    heading = _row(matrix, "Funding gaps")
    assert matrix.cell(heading, 1).state == OMITTED
    assert matrix.rows[_row(matrix, "Ageing sea walls")].unchanged_in == 4


def test_a_cell_counts_its_drift_and_its_worst_severity(matrix):
    budgets = _row(matrix, "National budgets")
    wire = matrix.cell(budgets, 0)
    assert (wire.state, wire.drift, wire.worst) == (EDITED, 1, "error")  # 18 percent became 13
    esbjerg = matrix.cell(_row(matrix, "In the town of Esbjerg"), 2)
    assert esbjerg.worst == "error" and esbjerg.drift >= 1  # January 2022 became 2021
    assert matrix.cell(_row(matrix, "Ageing sea walls"), 0).drift == 0


def test_one_line_summary_per_version(matrix):
    wire = summary_line(matrix, 0)
    assert wire.startswith("retained 91%") and "1 omitted" in wire and "1 error" in wire
    assert matrix.summaries[1].moved == 1 and matrix.summaries[1].omitted == 1
    assert matrix.summaries[2].drift == (("error", 1),)


def test_a_changed_figure_and_title_recur_as_families_with_the_earliest_version(matrix):
    by_kind = {f.kind: f for f in matrix.families}
    figure = by_kind["number"]
    assert figure.original == "18 percent"
    assert figure.versions == (0, 1, 3)  # the German translation has the wire's figure too
    assert "13 Prozent" in figure.changed and "13 percent" in figure.changed
    assert figure.earliest == 0
    title = by_kind["title"]
    assert title.versions == (0, 1) and title.earliest == 0
    assert all(len(f.versions) >= 2 for f in matrix.families)  # one version's own change is no family


def test_a_version_that_cannot_be_read_is_a_column_that_says_why(version_paths, tmp_path):
    from desktop.engine.api import example_paths
    from desktop.engine.versions.compare import compare_versions

    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    matrix = compare_versions(example_paths()[0], [version_paths[0], str(tmp_path / "gone.txt"), str(empty)])
    assert [bool(v.trouble) for v in matrix.versions] == [False, True, True]
    assert "no such file" in matrix.versions[1].trouble and "empty" in matrix.versions[2].trouble
    assert matrix.comparisons[0] is not None and matrix.comparisons[1] is None
    assert {row.cells[1].state for row in matrix.rows} == {UNKNOWN}
    assert summary_line(matrix, 1).startswith("not compared: ")
    assert "?" in versions_text(matrix)


def test_dates_from_the_text_when_the_name_has_none(tmp_path):
    from desktop.engine.load import document_from_text
    from desktop.engine.versions.dates import version_date

    doc = document_from_text("LONDON, 5 March 2026 - A report.\n\nMore text here.", name="agency.txt")
    assert version_date(doc, "agency.txt") == "2026-03-05"
    doc = document_from_text("Washington, March 7, 2026. A report.", name="wire.txt")
    assert version_date(doc) == "2026-03-07"
    assert version_date(document_from_text("No date at all.", name="x.txt")) is None


def test_families_come_most_serious_first(matrix):
    from desktop.engine.versions.model import SEVERITY_ORDER

    ranks = [SEVERITY_ORDER.index(f.severity) for f in matrix.families]
    assert ranks == sorted(ranks, reverse=True)
    assert matrix.families[0].kind == "number" and matrix.families[0].severity == "error"
