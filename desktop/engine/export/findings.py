"""What a review says of each passage, for the formats that carry notes and
states per unit (XLIFF, TMX): every drift item, and a change only where
the reviewer decided on it or commented."""
from __future__ import annotations

from dataclasses import dataclass

from ..model import Comparison
from ..review import ACCEPTED, FLAGGED, QUERIED, STATE_LABELS, Review, review_items


@dataclass(frozen=True)
class Finding:
    severity: str  # error | warning | note; "" for a change (which says only the decision)
    message: str
    state: str  # the reviewer's decision, "" for none
    comment: str

    def text(self) -> str:
        """"Tandem error: Figure “7,400” became “7,200” [flagged] — see the PDF";
        a decision on the passage as a whole: "Tandem: flagged — see the PDF"."""
        comment = f" — {self.comment.strip()}" if self.comment.strip() else ""
        state = STATE_LABELS[self.state].lower() if self.state else ""
        if not self.severity:
            return f"Tandem: {state or 'comment'}{comment}"
        return f"Tandem {self.severity}: {self.message}" + (f" [{state}]" if state else "") + comment


def findings_by_group(comparison: Comparison, review: Review = Review()) -> dict[int, list[Finding]]:
    out: dict[int, list[Finding]] = {}
    for item in review_items(comparison):
        decision = review.decision(item.id)
        if item.is_drift or decision:
            out.setdefault(item.group, []).append(Finding(
                item.severity if item.is_drift else "", item.message, decision.state, decision.comment))
    return out


def decided_state(findings: list[Finding]) -> str:
    """One state for a passage: flagged or queried if anything is; accepted
    when everything said of it is accepted; else none."""
    states = [f.state for f in findings]
    for state in (FLAGGED, QUERIED):
        if state in states:
            return state
    return ACCEPTED if states and all(s == ACCEPTED for s in states) else ""


NOTE_PRIORITY = {"error": "1", "warning": "3", "note": "5", "": "5"}  # XLIFF's 1 (highest) to 10
