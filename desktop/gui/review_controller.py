"""The review in the window: the decisions, the project file it belongs to,
whether it has unsaved changes, and the autosave that keeps it safe.

Decisions are stored by the engine's stable item ids, so they survive the
re-comparisons that options and manual links cause. The autosave is written
shortly after each change (debounced: a burst of key presses is one write)
and when the window closes."""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.engine import autosave
from desktop.engine.errors import TandemError
from desktop.engine.model import Comparison, ManualAlignment, SEGMENT_PARAGRAPHS
from desktop.engine.project import save_project
from desktop.engine.review import Decision, Review, decision_counts, review_items

AUTOSAVE_DELAY_MS = 800


class ReviewController(QObject):
    changed = Signal()  # decisions, manual alignment or the project file changed
    autosave_failed = Signal(str)

    def __init__(self, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self.review = Review()
        self.project_path: Optional[str] = None
        self.dirty = False  # changes since the project file was last saved or opened
        self.comparison: Optional[Comparison] = None
        self.segment_mode = SEGMENT_PARAGRAPHS  # how the compared documents were read, saved with the review
        self._timer = QTimer(self, singleShot=True, interval=AUTOSAVE_DELAY_MS, timeout=self.autosave_now)

    # --- state -------------------------------------------------------------------
    def set_comparison(self, comparison: Optional[Comparison], segment_mode: str = SEGMENT_PARAGRAPHS) -> None:
        self.comparison = comparison
        self.segment_mode = segment_mode

    def reset(self) -> None:
        self._timer.stop()
        self.review = Review()
        self.project_path = None
        self.dirty = False
        self.changed.emit()

    def load(self, review: Review, project_path: Optional[str], dirty: bool = False) -> None:
        self.review = review
        self.project_path = project_path
        self.dirty = dirty
        self.changed.emit()

    def counts(self) -> dict[str, int]:
        items = review_items(self.comparison) if self.comparison is not None else []
        return decision_counts(self.review, items)

    # --- edits -------------------------------------------------------------------
    def decide(self, item_id: str, state: str) -> None:
        """Set the state; choosing the state an item already has clears it
        (the menu's check mark toggles). The comment stays."""
        if not item_id:
            return
        current = self.review.decision(item_id)
        new_state = "" if current.state == state else state
        self._set(replace(current, state=new_state))

    def set_comment(self, item_id: str, comment: str) -> None:
        if item_id:
            self._set(replace(self.review.decision(item_id), comment=comment.strip()))

    def clear(self, item_id: str) -> None:
        if item_id:
            self._set(Decision(item_id))

    def set_manual(self, manual: ManualAlignment) -> None:
        if manual != self.review.manual:
            self.review = self.review.with_manual(manual)
            self._touched()

    def _set(self, decision: Decision) -> None:
        review = self.review.with_decision(decision)
        if review != self.review:
            self.review = review
            self._touched()

    def _touched(self) -> None:
        self.dirty = True
        self.changed.emit()
        self._timer.start()

    # --- files -------------------------------------------------------------------
    def save(self, path: str, segment_mode: Optional[str] = None) -> None:
        if self.comparison is None:
            raise TandemError("there is no comparison to save")
        save_project(path, self.comparison, self.review, segment_mode or self.segment_mode)
        self.project_path = path
        self.dirty = False
        self.changed.emit()
        self.autosave_now()

    def autosave_now(self) -> None:
        """Write the autosave. It is "clean" when everything in it is also
        in the project file; otherwise the next start offers to recover it
        (after a crash, or a quit without saving the review)."""
        self._timer.stop()
        if self.comparison is None or not (self.review or self.project_path or self.dirty):
            return
        try:
            autosave.write_autosave(self.comparison, self.review, project_path=self.project_path,
                                    clean=not self.dirty, segment_mode=self.segment_mode)
        except (TandemError, OSError) as error:
            self.autosave_failed.emit(str(error))

    def pending(self) -> bool:
        return self._timer.isActive()
