"""Names across scripts: Krivosheev / Кривошеев, Kyrgyzstan / Кыргызстан,
Jensen / Йенсен meet on a common Latin skeleton."""
from __future__ import annotations

import unicodedata
from functools import lru_cache

_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya", "і": "i", "ї": "i", "є": "e", "ґ": "g",
}
# Spellings of one sound in different transliteration habits, folded together.
_FOLDS = (("shch", "sh"), ("kh", "h"), ("ck", "k"), ("ph", "f"), ("x", "ks"), ("w", "v"),
          ("j", "i"), ("y", "i"), ("c", "k"), ("q", "k"), ("ii", "i"), ("ie", "e"), ("ue", "u"),
          ("oe", "o"), ("ae", "a"), ("ß", "ss"),
          # German V and Ü as Russian writes them: Volker Türk / Фолькер Тюрк
          ("v", "f"), ("iu", "u"))


@lru_cache(maxsize=100_000)
def skeleton(word: str) -> str:
    """A case-, script- and accent-free spelling for comparing names."""
    text = "".join(_CYRILLIC.get(c, c) for c in word.lower())
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = text.replace("ü", "ue").replace("ö", "oe").replace("ä", "ae")
    for old, new in _FOLDS:
        text = text.replace(old, new)
    return "".join(c for c in text if c.isalnum())
