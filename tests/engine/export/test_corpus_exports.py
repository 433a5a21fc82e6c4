"""Every export of a real pair (the NGO release and an agency's rewrite):
well-formed and complete. Skipped without ../shared/corpus."""
import csv
import io
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import pytest

from desktop.engine.api import compare_files
from desktop.engine.export.csv import to_csv_bytes
from desktop.engine.export.html import to_html
from desktop.engine.export.tmx import to_tmx
from desktop.engine.export.unified import to_unified_diff
from desktop.engine.review import review_items
from tests.conftest import CORPUS

pytestmark = pytest.mark.corpus


@pytest.fixture(scope="module")
def real():
    if not (CORPUS / "interfax-version.txt").exists():
        pytest.skip("../shared/corpus is absent (a fresh clone has none)")
    return compare_files(str(CORPUS / "amnesty-release.txt"), str(CORPUS / "interfax-version.txt"))


def test_real_pair_exports(real):
    items = review_items(real)
    rows = list(csv.DictReader(io.StringIO(to_csv_bytes(real).decode("utf-8-sig"))))
    assert len(rows) == len(items) > 10
    units = ET.fromstring(to_tmx(real)).findall("./body/tu")
    assert len(units) == sum(1 for g in real.groups if g.linked)
    page = to_html(real)
    HTMLParser().feed(page)
    for item in items:
        if item.is_drift:
            assert _escaped(item.message) in page
    assert to_unified_diff(real).startswith("--- amnesty-release.txt")


def _escaped(text: str) -> str:
    import html

    return html.escape(text, quote=True)
