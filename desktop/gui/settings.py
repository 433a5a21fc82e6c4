"""Everything remembered between runs, as one typed object over QSettings.

Values are stored as plain strings, numbers and byte arrays (never pickles),
and read back defensively: a hand-edited or old settings file falls back to
defaults instead of breaking the window.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields

from PySide6.QtCore import QByteArray, QSettings

from desktop.engine.model import Options

ORGANISATION = "Tandem"
APPLICATION = "Tandem"
MAX_RECENT = 10
ZOOM_RANGE = (-4, 10)  # font steps from the base size


@dataclass
class RecentPair:
    original: str
    other: str

    def label(self) -> str:
        import os

        if self.original == self.other:  # a bilingual file: its sources and targets
            return f"{os.path.basename(self.original)}  (source ⟷ target)"
        return f"{os.path.basename(self.original)}  ⟷  {os.path.basename(self.other)}"


@dataclass
class Settings:
    geometry: bytes = b""
    window_state: bytes = b""
    splitter: bytes = b""
    zoom: int = 0
    theme: str = "system"
    ignore_case: bool = False
    ignore_punctuation: bool = False
    ignore_quotes: bool = True
    show_changes_panel: bool = True
    differences_only: bool = False  # unchanged runs folded into bars
    highlight_entities: bool = False  # colour numbers, names and dates everywhere, not only where changed
    last_directory: str = ""  # where the last document came from: the open dialogs start there
    review_directory: str = ""  # where the last review or export was saved
    recent: list[RecentPair] = field(default_factory=list)

    # --- options -----------------------------------------------------------
    def options(self, base: Options = Options()) -> Options:
        from dataclasses import replace

        return replace(base, ignore_case=self.ignore_case,
                       ignore_punctuation=self.ignore_punctuation, ignore_quotes=self.ignore_quotes)

    def remember_options(self, options: Options) -> None:
        self.ignore_case = options.ignore_case
        self.ignore_punctuation = options.ignore_punctuation
        self.ignore_quotes = options.ignore_quotes

    def add_recent(self, original: str, other: str) -> None:
        pair = RecentPair(original, other)
        self.recent = [pair] + [r for r in self.recent if (r.original, r.other) != (original, other)]
        del self.recent[MAX_RECENT:]

    # --- storage -----------------------------------------------------------
    @classmethod
    def load(cls, store: QSettings | None = None) -> "Settings":
        store = store or open_store()
        settings = cls()
        for f in fields(cls):
            if f.name == "recent" or not store.contains(f.name):
                continue
            default = getattr(settings, f.name)
            setattr(settings, f.name, _coerce(store.value(f.name), default))
        settings.zoom = max(ZOOM_RANGE[0], min(ZOOM_RANGE[1], settings.zoom))
        settings.recent = _read_recent(store)
        return settings

    def save(self, store: QSettings | None = None) -> None:
        store = store or open_store()
        for f in fields(self):
            if f.name == "recent":
                continue
            value = getattr(self, f.name)
            store.setValue(f.name, QByteArray(value) if isinstance(value, bytes) else value)
        store.remove("recent")
        store.beginWriteArray("recent", len(self.recent))
        for i, pair in enumerate(self.recent):
            store.setArrayIndex(i)
            store.setValue("original", pair.original)
            store.setValue("other", pair.other)
        store.endArray()
        store.sync()


def open_store() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION)


def _read_recent(store: QSettings) -> list[RecentPair]:
    pairs = []
    count = store.beginReadArray("recent")
    for i in range(min(count, MAX_RECENT)):
        store.setArrayIndex(i)
        original, other = store.value("original"), store.value("other")
        if isinstance(original, str) and isinstance(other, str) and original and other:
            pairs.append(RecentPair(original, other))
    store.endArray()
    return pairs


def _coerce(value, default):
    """QSettings hands back strings from INI files; turn them into the type
    of the default, or keep the default when that is impossible."""
    try:
        if isinstance(default, bool):
            if isinstance(value, str):
                return value.strip().lower() in ("true", "1", "yes")
            return bool(value)
        if isinstance(default, int):
            return int(value)
        if isinstance(default, bytes):
            return bytes(value.data()) if isinstance(value, QByteArray) else bytes(value or b"")
        if isinstance(default, str):
            return str(value) if value is not None else default
    except (TypeError, ValueError):
        return default
    return default
