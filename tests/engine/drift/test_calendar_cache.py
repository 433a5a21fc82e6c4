"""CLDR month and weekday names are read from Babel once and kept in the
user's cache: what is read back is what Babel gives, and a cache that
cannot be read is rebuilt, never the comparison's problem."""
from __future__ import annotations

import pytest

from desktop.engine.drift import lexicon


@pytest.fixture
def fresh_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("TANDEM_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(lexicon, "_CALENDARS", None)
    return tmp_path


def test_names_read_back_are_babels(fresh_cache):
    built = lexicon._calendar_names("de", "month")
    assert built["dezember"] == 12 and built == lexicon._babel_calendar_names("de", "month", ("wide", "abbreviated"))
    lexicon._CALENDARS = None  # a new process: read from the file
    assert lexicon._calendar_names("de", "month") == built
    assert any(p.name.startswith("calendar-names-babel-") for p in fresh_cache.iterdir())


def test_a_broken_cache_is_rebuilt(fresh_cache):
    lexicon._calendar_names("fr", "day")
    path = lexicon._calendars_path()
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("{not json")
    lexicon._CALENDARS = None
    rebuilt = lexicon._calendar_names("fr", "day")
    assert rebuilt == lexicon._babel_calendar_names("fr", "day", ("wide", "abbreviated")) and "lundi" in rebuilt
