"""The PDF report: a real PDF, with pages, page numbers and the report's text."""
import os
import unicodedata

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from pdfminer.high_level import extract_pages, extract_text  # noqa: E402

from desktop.engine.api import compare_files, example_paths  # noqa: E402
from desktop.engine.review import Decision, Review, review_items  # noqa: E402
from desktop.reports.pdf import write_pdf  # noqa: E402


@pytest.fixture(scope="module")
def comparison():
    return compare_files(*example_paths())


def test_pdf_has_numbered_pages_and_the_report(qapp, tmp_path, comparison):
    item = review_items(comparison)[0]
    review = Review().with_decision(Decision(item.id, "flagged", "Check the headline"))
    path = tmp_path / "report.pdf"
    pages = write_pdf(str(path), comparison, review)
    assert path.read_bytes().startswith(b"%PDF")
    assert len(list(extract_pages(str(path)))) == pages >= 2
    # pdfminer puts tabs between words and keeps the ligatures (ﬁ) Qt draws
    text = " ".join(unicodedata.normalize("NFKC", extract_text(str(path))).split())
    assert f"Page 1 of {pages}" in text and f"Page {pages} of {pages}" in text
    for needle in ("Summary", "Drift", "Side by side", "Unified diff", "Check the headline", "Flagged"):
        assert needle in text
    assert "Esbjerg" in text
    assert sorted(os.listdir(tmp_path)) == ["report.pdf"], "no temporary file left behind"


def test_tandem_reads_its_own_report_without_losing_a_word(qapp, tmp_path, comparison, monkeypatch):
    from desktop.bench.word_coverage import pdf_coverage
    from desktop.engine.pdf import load_pdf_paragraphs
    from desktop.engine.textload import read_file

    monkeypatch.setenv("TANDEM_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "report.pdf"
    write_pdf(str(path), comparison)
    paragraphs = load_pdf_paragraphs(read_file(str(path)))
    coverage = pdf_coverage(str(path), [p.text for p in paragraphs])
    assert coverage.reference > 100 and not coverage.missing, str(coverage)


def test_unwritable_target_is_one_clear_error(qapp, tmp_path, comparison):
    from desktop.engine.errors import TandemError

    with pytest.raises(TandemError, match="cannot write"):
        write_pdf(str(tmp_path / "missing-folder" / "r.pdf"), comparison)
