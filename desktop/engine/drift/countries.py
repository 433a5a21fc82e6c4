"""Capitals and the countries they stand for, from countryinfo (MIT, its
data inside the wheel): agency copy names a government by its capital
("the authorities in Moscow" for "the Russian authorities"), so a capital
on one side and its country (or the country's people) on the other is one
name, not one dropped and another added."""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _related() -> dict[str, frozenset[str]]:
    """Name key -> the keys it stands for: a capital's its country's and
    people's, a country's or people's its capital's. One-word names only
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
        for key in keys:
            related.setdefault(key, set()).add(capital_key)
    return {key: frozenset(values) for key, values in related.items()}


def with_capitals(keys: set[str] | frozenset[str]) -> set[str]:
    """``keys`` with the capitals of the countries among them and the
    countries of the capitals."""
    related = _related()
    out = set(keys)
    for key in keys:
        out |= related.get(key, frozenset())
    return out
