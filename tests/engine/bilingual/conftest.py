"""The bilingual fixtures (tests/fixtures/bilingual, written for these tests)
and small files made on the spot for the cases they do not cover."""
from __future__ import annotations

from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parents[2] / "fixtures" / "bilingual"
XLIFF_1 = HERE / "release.en-de.xlf"
XLIFF_2 = HERE / "release.en-fr.xlf"
TMX = HERE / "release.tmx"

NS_1 = "urn:oasis:names:tc:xliff:document:1.2"


def xliff_1(units: str, source: str = "en", target: str = "de") -> bytes:
    """An XLIFF 1.2 file of one <file> holding ``units``."""
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="{NS_1}">\n'
            f' <file original="t.txt" source-language="{source}" target-language="{target}" datatype="plaintext">\n'
            f'  <body>\n{units}\n  </body>\n </file>\n</xliff>\n').encode("utf-8")


def unit(ident: str, source: str, target: str | None) -> str:
    target_xml = "" if target is None else f"<target>{target}</target>"
    return f'   <trans-unit id="{ident}"><source>{source}</source>{target_xml}</trans-unit>'


@pytest.fixture
def write(tmp_path):
    def written(name: str, data: bytes) -> Path:
        path = tmp_path / name
        path.write_bytes(data)
        return path

    return written
