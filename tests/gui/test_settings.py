"""Settings survive a restart, typed, and a damaged file falls back to defaults."""
from __future__ import annotations

from PySide6.QtCore import QSettings

from desktop.engine.model import Options
from desktop.gui.settings import MAX_RECENT, Settings


def store(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "tandem.ini"), QSettings.Format.IniFormat)


def test_round_trip(tmp_path):
    settings = Settings(zoom=3, theme="dark", ignore_case=True, ignore_quotes=False, geometry=b"\x00\x01geo",
                        show_changes_panel=False, last_directory="/tmp")
    settings.add_recent("/a/original.txt", "/a/other.txt")
    settings.save(store(tmp_path))
    loaded = Settings.load(store(tmp_path))
    assert loaded == settings
    assert loaded.options() == Options(ignore_case=True, ignore_punctuation=False, ignore_quotes=False)


def test_damaged_values_fall_back_to_defaults(tmp_path):
    raw = store(tmp_path)
    raw.setValue("zoom", "lots")
    raw.setValue("ignore_case", "yes")
    raw.setValue("theme", 5)
    raw.setValue("geometry", "not bytes")
    raw.sync()
    loaded = Settings.load(store(tmp_path))
    assert loaded.zoom == 0
    assert loaded.ignore_case is True
    assert loaded.theme == "5"


def test_zoom_is_clamped(tmp_path):
    raw = store(tmp_path)
    raw.setValue("zoom", 99)
    raw.sync()
    assert Settings.load(store(tmp_path)).zoom <= 10


def test_recent_pairs_are_unique_newest_first_and_bounded():
    settings = Settings()
    for i in range(MAX_RECENT + 5):
        settings.add_recent(f"/o{i}", f"/x{i}")
    settings.add_recent("/o3", "/x3")
    assert len(settings.recent) == MAX_RECENT
    assert settings.recent[0].original == "/o3"
    assert sum(1 for r in settings.recent if r.original == "/o3") == 1
    assert "o3" in settings.recent[0].label()


def test_remember_options():
    settings = Settings()
    settings.remember_options(Options(ignore_case=True, ignore_punctuation=True, ignore_quotes=False))
    assert (settings.ignore_case, settings.ignore_punctuation, settings.ignore_quotes) == (True, True, False)
