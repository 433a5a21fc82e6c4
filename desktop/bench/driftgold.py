"""Drift flags scored against the changes a careful bilingual editor listed
in a gold pair's ``gold.json`` (``drift``: orig and other paragraph ids,
kind, severity ``real`` | ``minor`` | ``benign``, description).

A gold item is **found** when a flag of a matching kind points into one of
its paragraphs. A flag is a **false alarm** when it points at no real or
minor item (a flag on a ``benign`` item is noise by definition). Kinds match
when equal, or within one family (a year is a figure and a date; who said a
quotation is part of the quotation)."""
from __future__ import annotations

import json
import os
from dataclasses import dataclass

from .gold import GoldPair, blocks_of_lines

FAMILIES = ({"number", "date"}, {"quotation", "attribution"})
FOUND_SEVERITIES = ("real", "minor")


@dataclass(frozen=True)
class GoldDrift:
    orig: frozenset[int]
    other: frozenset[int]
    kind: str
    severity: str
    description: str


@dataclass(frozen=True)
class Flag:
    kind: str
    severity: str  # error | warning | note
    message: str
    orig: frozenset[int]  # gold paragraph ids it points at
    other: frozenset[int]


@dataclass(frozen=True)
class DriftScore:
    gold: int  # real and minor items
    found: int
    flags: int
    false_alarms: tuple[Flag, ...]
    serious_flags: int  # errors and warnings
    serious_false: int
    raised: tuple[Flag, ...] = ()
    items: tuple[GoldDrift, ...] = ()
    mirrored: int | None = None  # flags that come back mirrored when the versions swap sides


def read_drift(pair: GoldPair) -> list[GoldDrift]:
    path = os.path.join(os.path.dirname(pair.original), "gold.json")
    with open(path, encoding="utf-8") as handle:
        items = json.load(handle).get("drift", [])
    return [GoldDrift(frozenset(d.get("orig") or ()), frozenset(d.get("other") or ()), d["kind"],
                      d["severity"], d.get("description", "")) for d in items]


def flags_of(comparison, pair: GoldPair) -> list[Flag]:
    """Every drift item of the comparison, placed in the gold's paragraph ids
    (the block of lines each Tandem paragraph starts in)."""
    left_block, _ = blocks_of_lines(pair.original)
    right_block, _ = blocks_of_lines(pair.other)

    def ids(document, block_of, pids):
        return frozenset(block_of[document.paragraphs[p].line - 1] for p in pids if p is not None)

    flags = []
    for group in comparison.groups:
        for drift in group.drift:
            left = [drift.left_paragraph] if drift.left_paragraph is not None else list(group.left)
            right = [drift.right_paragraph] if drift.right_paragraph is not None else list(group.right)
            flags.append(Flag(drift.kind, drift.severity, drift.message,
                              ids(comparison.left, left_block, left), ids(comparison.right, right_block, right)))
    return flags


def _kinds_match(flag: str, gold: str) -> bool:
    return flag == gold or any(flag in family and gold in family for family in FAMILIES)


def _points_at(flag: Flag, item: GoldDrift) -> bool:
    return _kinds_match(flag.kind, item.kind) and bool(flag.orig & item.orig or flag.other & item.other)


def score_drift(flags: list[Flag], gold: list[GoldDrift]) -> DriftScore:
    wanted = [g for g in gold if g.severity in FOUND_SEVERITIES]
    found = sum(1 for g in wanted if any(_points_at(f, g) for f in flags))
    false = tuple(f for f in flags if not any(_points_at(f, g) for g in wanted))
    serious = [f for f in flags if f.severity != "note"]
    return DriftScore(len(wanted), found, len(flags), false, len(serious),
                      sum(1 for f in false if f.severity != "note"), tuple(flags), tuple(gold))


def missed_items(score: DriftScore) -> list[GoldDrift]:
    """The real and minor gold items no flag points at."""
    return [g for g in score.items if g.severity in FOUND_SEVERITIES
            and not any(_points_at(f, g) for f in score.raised)]


def mirrored(forward: list[Flag], reverse: list[Flag]) -> int:
    """How many of the forward flags come back, mirrored, when the two
    versions swap sides (reverse flags are in the swapped pair's ids: their
    ``orig`` is the forward ``other``)."""
    def meets(a: frozenset, b: frozenset) -> bool:
        return bool(a & b) or not (a or b)

    return sum(1 for f in forward if any(g.kind == f.kind and meets(g.orig, f.other) and meets(g.other, f.orig)
                                         for g in reverse))


def by_check(scores: list[DriftScore]) -> dict[str, tuple[int, int, int, int]]:
    """Per kind, over every pair: flags raised, false alarms among them, gold
    items of that kind, found among them."""
    table: dict[str, list[int]] = {}
    for score in scores:
        for f in score.raised:
            row = table.setdefault(f.kind, [0, 0, 0, 0])
            row[0] += 1
            row[1] += any(f is x for x in score.false_alarms)
        for g in score.items:
            if g.severity in FOUND_SEVERITIES:
                row = table.setdefault(g.kind, [0, 0, 0, 0])
                row[2] += 1
                row[3] += any(_points_at(f, g) for f in score.raised)
    return {kind: tuple(row) for kind, row in sorted(table.items())}
