"""Shared test helpers: the corpus beside the checkout (skipped when absent)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
FIXTURES = Path(__file__).resolve().parent / "fixtures"

# Keep every test away from the user's real cache and settings.
os.environ.setdefault("TANDEM_CACHE_DIR", str(ROOT / ".pytest_cache" / "tandem-cache"))
os.environ.setdefault("TANDEM_DATA_DIR", str(ROOT / ".pytest_cache" / "tandem-data"))


@pytest.fixture
def corpus() -> Path:
    if not (CORPUS / "amnesty-release.txt").exists():
        pytest.skip("../shared/corpus is absent (a fresh clone has none)")
    return CORPUS


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture
def small_pdf(tmp_path) -> Path:
    """A one-page PDF written for the tests: a title and one paragraph."""
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.multi_cell(0, 8, "Harbour towns face rising flood risk.\n\n"
                         "Ageing sea walls have left fourteen towns exposed to floods.")
    path = tmp_path / "release.pdf"
    pdf.output(str(path))
    return path


QUALITY = ROOT.parent / "shared" / "quality"


@pytest.fixture(scope="session")
def quality() -> Path:
    if not (QUALITY / "README.md").exists():
        pytest.skip("../shared/quality is absent (a fresh clone has none)")
    return QUALITY
