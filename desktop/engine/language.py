"""Offline language identification (py3langid: a small model inside its wheel,
nothing downloaded). Returns ISO 639-1 codes, "und" when there is no text."""
from __future__ import annotations

import re
import threading

_MODEL_LOCK = threading.Lock()
_SAMPLE_CHARS = 6000
_LETTERS = re.compile(r"[^\W\d_]", re.UNICODE)


def detect_language(text: str) -> str:
    sample = text[:_SAMPLE_CHARS]
    if len(_LETTERS.findall(sample[:2000])) < 3:
        return "und"
    with _MODEL_LOCK:  # the model loads on first use; keep that to one thread
        import py3langid

        code, _score = py3langid.classify(sample)
    return code
