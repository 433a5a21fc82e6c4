"""Fixtures for the PDF tests: a private cache per test, the generated-PDF
makers (skipped where the DejaVu fonts are missing), and a helper that reads
a PDF the way the application does."""
from __future__ import annotations

from pathlib import Path

import pytest

from . import tandem_pdf_makers


CORPUS = Path(__file__).resolve().parents[3] / ".." / "shared" / "corpus"


@pytest.fixture(autouse=True)
def private_cache(tmp_path_factory, monkeypatch) -> Path:
    """Every test starts cold and never touches the user's cache."""
    folder = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("TANDEM_CACHE_DIR", str(folder))
    return folder


@pytest.fixture
def makers():
    if not tandem_pdf_makers.fonts_available():
        pytest.skip("the DejaVu fonts used to draw test PDFs are not installed")
    return tandem_pdf_makers


@pytest.fixture
def corpus_pdf() -> Path:
    path = CORPUS / "amnesty-release.pdf"
    if not path.exists():
        pytest.skip("../shared/corpus is absent (a fresh clone has none)")
    return path
