"""Words shown to the user for engine values (no Qt here)."""
from __future__ import annotations

from ..engine.language import language_name, languages  # noqa: F401 (the window's names for them)

STATUS_LABELS = {
    "unchanged": "Unchanged", "edited": "Edited", "rewritten": "Rewritten", "moved": "Moved",
    "added": "Added", "omitted": "Omitted", "boilerplate": "Boilerplate",
}

STATUS_HELP = {
    "unchanged": "The same text in both versions.",
    "edited": "Kept, with some words changed.",
    "rewritten": "The same passage, largely reworded.",
    "moved": "Kept, but placed elsewhere in the other version.",
    "added": "Only in the other version.",
    "omitted": "In the original, left out of the other version.",
    "boilerplate": "Page furniture (headers, footers, captions), kept out of the comparison.",
}

SEVERITY_LABELS = {"error": "Error", "warning": "Warning", "note": "Note"}
SEVERITY_ORDER = {"error": 0, "warning": 1, "note": 2}


def drift_label(kind: str) -> str:
    """'number_changed' -> 'Number changed'."""
    words = kind.replace("_", " ").replace("-", " ").strip()
    return words[:1].upper() + words[1:] if words else "Drift"


def percent(share: float) -> str:
    value = share * 100
    if 0 < value < 1:
        return "<1%"
    if 99 < value < 100:
        return ">99%"
    return f"{value:.0f}%"


def excerpt(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
