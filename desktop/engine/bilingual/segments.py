"""What a bilingual file holds, as its readers hand it on: segments, each a
source and (if translated) a target, with the ids and the key that finds
the segment again in the file."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional


@dataclass(frozen=True)
class Side:
    """One language's text of a segment: inline codes shown as ⟨⟩ (a
    placeholder) or not at all (formatting), white space cleaned."""

    text: str
    codes: tuple[str, ...]
    line: int  # where it stands in the XML


@dataclass(frozen=True)
class Segment:
    id: str  # as shown to the translator, unique in the file
    unit: str  # the <trans-unit>/<unit> id, or the TMX tuid
    key: tuple  # (file index, unit id, segment id or position): finds it again for the XLIFF export
    source: Optional[Side]  # None: an empty source
    target: Optional[Side]  # None: no target, or an empty one (untranslated)
    state: str = ""  # the file's state: "translated", "needs-review-translation", "final"…
    file: str = ""  # the <file>'s label that begins ``id`` when the XLIFF holds several


@dataclass(frozen=True)
class BilingualFile:
    format: str  # sniff.XLIFF or sniff.TMX
    version: str  # "1.2", "2.0", "1.4"…
    source_language: str  # BCP 47 as declared ("en-GB"), "" where the file says none
    target_language: str
    segments: tuple[Segment, ...]
    encoding: str = "utf-8"
    languages: tuple[str, ...] = ()  # a TMX's languages, in the order they first appear

    @property
    def untranslated(self) -> tuple[Segment, ...]:
        return tuple(s for s in self.segments if s.source is not None and s.target is None)


def unique_ids(ids: list[str], units: list[str]) -> list[str]:
    """The ids as shown, made unique: a repeated one takes its unit's id in
    front, and if still repeated, its position (-2, -3…)."""
    counts: dict[str, int] = {}
    for shown in ids:
        counts[shown] = counts.get(shown, 0) + 1
    out, seen = [], set()
    for shown, unit in zip(ids, units):
        candidate = shown if counts[shown] == 1 or shown == unit else f"{unit}:{shown}"
        base, n = candidate, 1
        while candidate in seen:
            n += 1
            candidate = f"{base}-{n}"
        seen.add(candidate)
        out.append(candidate)
    return out
