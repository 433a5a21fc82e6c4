"""Capitals, countries and their peoples, from countryinfo (MIT, its data
inside the wheel): agency copy names a government by its capital ("the
authorities in Moscow" for "the Russian authorities") or its country ("Denmark's
government" for "the Danish government"), so the one on one side and the
other on the other is one name, not one dropped and another added."""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _related() -> dict[str, frozenset[str]]:
    """Name key -> the keys it stands for: a capital's its country's and
    people's, a country's its capital's and its people's, and so on. One-word names only
    ("United States" and "United Nations" share a word; "Mexico City" is
    "Mexico"), and none that is its own capital (Singapore, Kuwait)."""
    from .names import name_key  # names asks this module; the keys are its

    try:
        import countryinfo
    except ImportError:
        return {}
    related: dict[str, set[str]] = {}
    for country in countryinfo.all_countries():
        try:
            capital, names = country.capital(), [country.name(), country.demonym()]
        except Exception:  # an entry without a field: nothing to relate
            continue
        if not isinstance(capital, str) or " " in capital.strip():
            continue
        capital_key = name_key(capital)
        keys = {name_key(n) for n in names if isinstance(n, str) and n and " " not in n.strip()} - {capital_key}
        if not keys:
            continue
        related.setdefault(capital_key, set()).update(keys)
        for key in keys:  # the country and its people ("Denmark's government" / "the Danish government")
            related.setdefault(key, set()).update({capital_key} | keys - {key})
    return {key: frozenset(values) for key, values in related.items()}


def with_capitals(keys: set[str] | frozenset[str]) -> set[str]:
    """``keys`` with the capitals, countries and peoples they stand for."""
    related = _related()
    out = set(keys)
    for key in keys:
        out |= related.get(key, frozenset())
    return out
