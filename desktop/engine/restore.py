"""Reopening a saved review: load both documents as they are now, put the
manual links back where their paragraphs are, compare, and keep every
decision whose item still exists. Used by the command line (--review) and by
the window (in its background op)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from .compare import compare_documents
from .bilingual.documents import load_pair
from .load import load_document
from .model import Comparison, Document, Options
from .progress import Progress, ensure_progress
from .project import Project, reopen
from .review import Decision, Review, applicable


@dataclass(frozen=True)
class Restored:
    comparison: Comparison
    review: Review
    changed: tuple[str, ...]  # "left" / "right": changed since the review was saved
    dropped_links: int
    dropped_decisions: tuple[Decision, ...]

    def notice(self) -> str:
        """What a person should be told, in a sentence; "" when all is as saved."""
        if not (self.changed or self.dropped_links or self.dropped_decisions):
            return ""
        names = {"left": "the original", "right": "the other version"}
        parts = []
        if self.changed:
            parts.append(" and ".join(names[side] for side in self.changed).capitalize()
                         + " changed since the review was saved.")
        kept = len(self.review.decisions)
        lost = len(self.dropped_decisions)
        parts.append(f"{kept} decision{'s' if kept != 1 else ''} still appl{'y' if kept != 1 else 'ies'}"
                     + (f"; {lost} no longer do (their passages changed)" if lost else "") + ".")
        if self.dropped_links:
            parts.append(f"{self.dropped_links} manual alignment correction"
                         f"{'s' if self.dropped_links != 1 else ''} named paragraphs that are gone.")
        return " ".join(parts)


def restore_documents(project: Project, left: Document, right: Document, options: Optional[Options] = None,
                      progress: Optional[Progress] = None) -> Restored:
    reopened = reopen(project, left, right)
    comparison = compare_documents(left, right, options or project.options, manual=reopened.review.manual,
                                   progress=progress)
    review, dropped = applicable(reopened.review, comparison)
    return Restored(comparison, review, reopened.changed, reopened.dropped_links, dropped)


def restore_project(project: Project, options: Optional[Options] = None, *, segment_mode: Optional[str] = None,
                    left_path: Optional[str] = None, right_path: Optional[str] = None,
                    left_password: Optional[str] = None, right_password: Optional[str] = None,
                    progress: Optional[Progress] = None) -> Restored:
    """``left_path``/``right_path`` replace the saved documents' paths (the
    files were moved, or a new version arrived). Passwords are never saved
    in a project, so they are asked for again."""
    progress = ensure_progress(progress)
    if project.left.bilingual and project.right.bilingual:  # both sides of one XLIFF or TMX
        left, right = load_pair(left_path or project.left.path, source_language=project.left.language or None,
                                target_language=project.right.language or None, progress=progress.sub(0.0, 0.4))
        return restore_documents(project, left, right, options, progress.sub(0.4, 1.0))
    mode = segment_mode or project.segment_mode
    left = load_document(left_path or project.left.path, segment_mode=mode, password=left_password,
                         attachment=None if left_path else project.left.attachment or None,
                         progress=progress.sub(0.0, 0.2))
    right = load_document(right_path or project.right.path, segment_mode=mode, password=right_password,
                          attachment=None if right_path else project.right.attachment or None,
                          progress=progress.sub(0.2, 0.4))
    return restore_documents(project, left, right, options, progress.sub(0.4, 1.0))
