"""Drift that recurs across versions: the same figure, date, name or title
changed the same way in several versions is one family (a wrong title copied
from one agency by the others), told with the earliest version among them
when the versions' dates are known."""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import replace
from typing import Optional, Sequence

from ..model import Comparison, Drift, Group
from .model import SEVERITY_ORDER, DriftFamily, Version

_DIGITS = re.compile(r"\d+")
_BY_VALUE = ("number", "date")  # compared by their figures, so "18 %" in one language is "18 Prozent" in another


def family_key(drift: Drift) -> tuple[str, str, str]:
    """What makes two drift items the same change."""
    if drift.kind in _BY_VALUE and (_DIGITS.search(drift.left_text) or _DIGITS.search(drift.right_text)):
        return drift.kind, _figures(drift.left_text), _figures(drift.right_text)
    return drift.kind, _words(drift.left_text), _words(drift.right_text)


def _figures(text: str) -> str:
    return " ".join(_DIGITS.findall(text))


def _words(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(re.findall(r"[^\W_]+", folded))


def changes(group: Group) -> list[Drift]:
    """The group's drift, where one figure (or date) dropped and one added
    of the same kind read as one change: that is how a changed figure shows
    across languages ("18 percent" dropped, "13 Prozent" added)."""
    items = list(group.drift)
    for kind in _BY_VALUE:
        dropped = [d for d in items if d.kind == kind and d.left_text and not d.right_text]
        added = [d for d in items if d.kind == kind and d.right_text and not d.left_text]
        if len(dropped) == 1 and len(added) == 1:
            was, now = dropped[0], added[0]
            items = [d for d in items if d is not was and d is not now]
            items.append(replace(was, right_text=now.right_text, right_paragraph=now.right_paragraph,
                                 right_span=now.right_span,
                                 message=f"“{was.left_text}” became “{now.right_text}”"))
    return items


def drift_families(versions: Sequence[Version], comparisons: Sequence[Optional[Comparison]],
                   least: int = 2) -> tuple[DriftFamily, ...]:
    """Families found in at least ``least`` versions: the most serious first
    (a changed figure before a dropped month), then the most widespread."""
    found: dict[tuple, list[tuple[int, Drift, Group]]] = defaultdict(list)
    for index, comparison in enumerate(comparisons):
        if comparison is None:
            continue
        for group in comparison.groups:
            for drift in changes(group):
                key = family_key(drift)
                if key[1] or key[2]:  # an item with no words on either side is no figure to follow
                    found[key].append((index, drift, group))
    families = [_family(key, items, versions) for key, items in found.items()
                if len({i for i, _, _ in items}) >= least]
    return tuple(sorted(families, key=lambda f: (-_rank(f.severity), -len(f.versions), f.versions, f.kind,
                                                 f.original)))


def _rank(severity: str) -> int:
    return SEVERITY_ORDER.index(severity) if severity in SEVERITY_ORDER else -1


def _family(key: tuple, items: list[tuple[int, Drift, Group]], versions: Sequence[Version]) -> DriftFamily:
    indices = tuple(sorted({i for i, _, _ in items}))
    first = items[0][1]
    paragraphs = tuple(sorted({d.left_paragraph if d.left_paragraph is not None else g.left[0]
                               for _, d, g in items}))
    changed = tuple(dict.fromkeys(d.right_text for _, d, _ in items))
    severity = max((d.severity for _, d, _ in items), key=_rank)
    return DriftFamily(key[0], first.left_text, changed, indices, paragraphs, first.message, severity,
                       earliest_version(indices, versions))


def earliest_version(indices: Sequence[int], versions: Sequence[Version]) -> Optional[int]:
    dated = [(versions[i].date, i) for i in indices if versions[i].date]
    return min(dated)[1] if dated else None
