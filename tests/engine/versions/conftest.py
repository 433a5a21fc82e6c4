"""The fixture versions of the example release: a wire copy (13 percent, a
wrong job title), a daily paper that copied the wire and moved a paragraph,
a regional paper with a wrong year, and a German translation that has the
wire's figure."""
from __future__ import annotations

import pytest

from desktop.engine.api import example_paths
from desktop.engine.versions.compare import compare_versions
from tests.conftest import FIXTURES

VERSIONS = FIXTURES / "versions"
NAMES = ("2026-03-03-wire.txt", "2026-03-04-daily.txt", "2026-03-05-regional.txt", "2026-03-06-de.txt")


@pytest.fixture(scope="session")
def version_paths() -> list[str]:
    return [str(VERSIONS / name) for name in NAMES]


@pytest.fixture(scope="session")
def matrix(version_paths):
    return compare_versions(example_paths()[0], version_paths)
