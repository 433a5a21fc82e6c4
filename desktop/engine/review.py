"""A reviewer's work on a comparison, as plain data: a decision on each change
and drift item, and the manual corrections to the alignment.

Items are named by ids derived from their content (the texts of the group's
paragraphs, the kind, the quoted texts), never from list positions, so a
decision survives re-running the comparison with other options or manual
links, and is dropped only when the passage it was about no longer exists.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from typing import Optional

from .bilingual.pairing import is_prealigned
from .model import IGNORED, UNCHANGED, Comparison, Group, ManualAlignment
from .places import short_place

ACCEPTED = "accepted"
FLAGGED = "flagged"  # an error to fix
QUERIED = "queried"  # a question for the writer or translator
STATES = (ACCEPTED, FLAGGED, QUERIED)
STATE_LABELS = {ACCEPTED: "Accepted", FLAGGED: "Flagged", QUERIED: "Queried", "": "Undecided"}


@dataclass(frozen=True)
class Decision:
    item_id: str
    state: str = ""  # one of STATES, or "" for none (a comment alone)
    comment: str = ""

    def __bool__(self) -> bool:
        return bool(self.state or self.comment.strip())


@dataclass(frozen=True)
class ReviewItem:
    """One thing a reviewer decides on: a changed group or one drift item."""

    id: str
    group: int  # position in comparison.groups
    drift: Optional[int]  # index into the group's drift; None for the group's change
    kind: str  # the group's status (edited, moved, …) or the drift's kind
    severity: str  # drift: error | warning | note; "" for a change
    message: str
    left_text: str
    right_text: str
    left_where: str  # "p. 2", "l. 14–16" or "par. 7"; "" when the side has no paragraph
    right_where: str

    @property
    def is_drift(self) -> bool:
        return self.drift is not None


@dataclass(frozen=True)
class Review:
    decisions: tuple[Decision, ...] = ()
    manual: ManualAlignment = ManualAlignment()

    def decision(self, item_id: str) -> Decision:
        return next((d for d in self.decisions if d.item_id == item_id), Decision(item_id))

    def with_decision(self, decision: Decision) -> "Review":
        """The review with ``decision`` replacing any earlier one for its
        item; an empty decision removes it."""
        kept = tuple(d for d in self.decisions if d.item_id != decision.item_id)
        return replace(self, decisions=kept + ((decision,) if decision else ()))

    def with_manual(self, manual: ManualAlignment) -> "Review":
        return replace(self, manual=manual)

    def __bool__(self) -> bool:
        return bool(self.decisions or self.manual)


# --- item ids ---------------------------------------------------------------------
def _digest(*parts: str) -> str:
    hasher = hashlib.sha256()
    for part in parts:
        hasher.update(part.encode("utf-8"))
        hasher.update(b"\x1f")  # a separator no text holds, so ("ab", "c") != ("a", "bc")
    return hasher.hexdigest()[:16]


def _group_texts(comparison: Comparison, group: Group) -> tuple[str, str]:
    left = "\n".join(comparison.left.paragraphs[i].text for i in group.left)
    right = "\n".join(comparison.right.paragraphs[j].text for j in group.right)
    return left, right


def is_change(group: Group) -> bool:
    return group.status not in (UNCHANGED, IGNORED)


def review_items(comparison: Comparison) -> list[ReviewItem]:
    """Every change and drift item in display order, each with a stable id.
    The status is kept out of a change's id so marking a pair moved by hand
    does not lose the decision taken on it."""
    items: list[ReviewItem] = []
    seen: dict[str, int] = {}
    segments = is_prealigned(comparison.left, comparison.right)
    for gi, group in enumerate(comparison.groups):
        left, right = _group_texts(comparison, group)
        where = (_where(comparison.left, group.left), _where(comparison.right, group.right))
        if is_change(group):
            base = _digest("change", left, right)
            items.append(ReviewItem(_unique(base, seen), gi, None, group.status, "",
                                    _change_message(group, segments), left, right, *where))
        for di, drift in enumerate(group.drift):
            base = _digest("drift", left, right, drift.kind, drift.left_text, drift.right_text)
            items.append(ReviewItem(_unique(base, seen), gi, di, drift.kind, drift.severity, drift.message,
                                    drift.left_text, drift.right_text, *where))
    return items


def _unique(base: str, seen: dict[str, int]) -> str:
    """Identical passages (a repeated paragraph) get -2, -3… in order."""
    seen[base] = seen.get(base, 0) + 1
    return base if seen[base] == 1 else f"{base}-{seen[base]}"


def _change_message(group: Group, segments: bool = False) -> str:
    """``segments``: the groups are a bilingual file's segments."""
    if not group.linked and segments:
        return "Not translated: the target is missing or empty" if group.left else "A target with no source"
    if not group.linked:
        return "Omitted from the other version" if group.left else "Added in the other version"
    moved = "Moved" + (f" and {group.edit}" if group.edit not in ("", UNCHANGED) else "") if group.moved else ""
    words = f"{len(group.changes)} word change{'s' if len(group.changes) != 1 else ''}"
    return (moved or group.status.capitalize()) + f" ({group.shape}, similarity {group.similarity:.0%}, {words})"


def _where(document, pids) -> str:
    if not pids:
        return ""
    return short_place(document, document.paragraphs[min(pids)], document.paragraphs[max(pids)])


# --- applying a review to a comparison ------------------------------------------
def applicable(review: Review, comparison: Comparison) -> tuple[Review, tuple[Decision, ...]]:
    """The review keeping only decisions whose items exist in ``comparison``,
    and the decisions dropped."""
    ids = {item.id for item in review_items(comparison)}
    kept = tuple(d for d in review.decisions if d.item_id in ids)
    dropped = tuple(d for d in review.decisions if d.item_id not in ids)
    return replace(review, decisions=kept), dropped


def decision_counts(review: Review, items: list[ReviewItem]) -> dict[str, int]:
    """How many items are in each state ("" for undecided)."""
    counts = {state: 0 for state in (*STATES, "")}
    states = {d.item_id: d.state for d in review.decisions}
    for item in items:
        counts[states.get(item.id, "")] += 1
    return counts
