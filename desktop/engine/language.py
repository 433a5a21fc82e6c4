"""Offline language identification (py3langid: a small model inside its wheel,
nothing downloaded). Returns ISO 639-1 codes, "und" when there is no text.

The model ships xz-compressed; decompressing it costs half a second at every
start, so the first start keeps an uncompressed copy in the user's cache
directory (only ever read back by this module; any doubt, and the wheel's
own loader is used)."""
from __future__ import annotations

import os
import re
import threading

_LANGUAGES = {
    "en": "English", "ru": "Russian", "de": "German", "fr": "French", "es": "Spanish",
    "it": "Italian", "nl": "Dutch", "da": "Danish", "sv": "Swedish", "no": "Norwegian",
    "pl": "Polish", "pt": "Portuguese", "uk": "Ukrainian", "be": "Belarusian", "kk": "Kazakh",
    "ky": "Kyrgyz", "hy": "Armenian", "tr": "Turkish", "ar": "Arabic", "zh": "Chinese",
    "ja": "Japanese", "ko": "Korean", "fi": "Finnish", "cs": "Czech", "el": "Greek", "hu": "Hungarian",
    "ro": "Romanian", "bg": "Bulgarian", "sr": "Serbian", "hr": "Croatian", "ka": "Georgian",
    "az": "Azerbaijani", "tg": "Tajik", "fa": "Persian", "he": "Hebrew", "hi": "Hindi",
}


def languages() -> list[tuple[str, str]]:
    """(code, name) of the languages a user may choose, by name."""
    return sorted(_LANGUAGES.items(), key=lambda item: item[1])


def language_name(code: str) -> str:
    if not code or code in ("und", "unknown", "?"):
        return "Unknown language"
    return _LANGUAGES.get(code.lower(), code)


_MODEL_LOCK = threading.Lock()
_IDENTIFIER = None
_SAMPLE_CHARS = 6000
_LETTERS = re.compile(r"[^\W\d_]", re.UNICODE)


def writes_capitals(text: str) -> bool:
    """Whether the text's script has capital letters (Latin, Cyrillic, Greek,
    Armenian…) — what finding names by their capitals needs. Korean, Chinese,
    Japanese, Arabic, Hebrew, Thai and Devanagari have none."""
    letters = _LETTERS.findall(text[:_SAMPLE_CHARS])
    cased = sum(1 for c in letters if c.lower() != c.upper())
    return bool(letters) and cased >= 0.5 * len(letters)


def detect_language(text: str) -> str:
    sample = text[:_SAMPLE_CHARS]
    if len(_LETTERS.findall(sample[:2000])) < 3:
        return "und"
    code, _score = _identifier().classify(sample)
    return code


def warm_up() -> None:
    """Load the model now (e.g. on a background thread while the user picks files)."""
    _identifier()


def _identifier():
    global _IDENTIFIER
    with _MODEL_LOCK:  # the model loads on first use; keep that to one thread
        if _IDENTIFIER is None:
            _IDENTIFIER = _from_cache() or _from_wheel()
        return _IDENTIFIER


def _from_wheel():
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_DIR / MODEL_FILE)


def _cached_path() -> str:
    from importlib.metadata import version

    from .cache import cache_dir

    return os.path.join(cache_dir(), f"py3langid-{version('py3langid')}-model.npz")


def _from_cache():
    try:
        import numpy as np
        from py3langid.langid import LanguageIdentifier
        from py3langid.modelio import _to_array

        path = _cached_path()
        if not os.path.exists(path):
            _write_cache(path)
        with np.load(path, allow_pickle=False) as data:
            return LanguageIdentifier(
                np.asarray(data["ptc"]), np.asarray(data["pc"]), data["classes"].tolist(),
                _to_array(data["nextmove"]), data["out_feat"].tolist(),
                tk_row=_to_array(data["nextmove_row"]))
    except Exception:  # a private format of another package: never let it stop us
        return None


def _write_cache(path: str) -> None:
    import lzma

    from py3langid.langid import MODEL_DIR, MODEL_FILE

    os.makedirs(os.path.dirname(path), exist_ok=True)
    temporary = f"{path}.{os.getpid()}.tmp"
    with lzma.open(MODEL_DIR / MODEL_FILE) as source, open(temporary, "wb") as target:
        while chunk := source.read(1 << 20):
            target.write(chunk)
    os.replace(temporary, path)  # atomic: a reader never sees half a file


_LANGUAGE_TAG = re.compile(r"^\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*\s*$")


def from_language_tag(tag: str) -> str:
    """The language of a BCP 47 tag as a page or a message declares it
    ("en-GB", "pt_BR", "RU"): its ISO 639 code, "" for none."""
    match = _LANGUAGE_TAG.match(tag or "")
    return match.group(1).lower() if match else ""
