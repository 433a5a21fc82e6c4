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
