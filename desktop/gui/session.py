"""The two documents being compared and their comparison, kept up to date in
the background: loading a file, swapping sides or toggling an option starts
one op that loads what is missing and compares; a newer request supersedes
(and cancels) an older one."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Optional

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop.engine.api import compare_documents, is_bilingual, load_document, load_pair
from desktop.engine.bilingual import is_prealigned
from desktop.engine.early import take as take_early
from desktop.engine.errors import Cancelled, TandemError
from desktop.engine.model import SEGMENT_LINES, SEGMENT_PARAGRAPHS, Comparison, Document, ManualAlignment, Options
from desktop.engine.progress import Progress
from desktop.engine.project import Project
from desktop.engine.restore import Restored, restore_documents

from .layout import LEFT, RIGHT
from .ops import Op

_LOG = logging.getLogger("tandem.window")


class SideError(TandemError):
    """An error loading one side, remembering which."""

    def __init__(self, side: int, error: BaseException) -> None:
        super().__init__(str(error))
        self.side = side
        self.error = error


@dataclass(frozen=True)
class _Job:
    paths: tuple[Optional[str], Optional[str]]
    documents: tuple[Optional[Document], Optional[Document]]
    passwords: tuple[Optional[str], Optional[str]]
    options: Options
    languages: tuple[Optional[str], Optional[str]] = (None, None)  # chosen by the user, else detected
    attachments: tuple[Optional[str], Optional[str]] = (None, None)  # an e-mail's attachment read instead
    manual: ManualAlignment = ManualAlignment()
    project: Optional[Project] = None  # a saved review to restore onto the documents
    segment_mode: str = SEGMENT_PARAGRAPHS  # or SEGMENT_LINES: one unit a line (a sentence-aligned text)


class Session(QObject):
    paths_changed = Signal()
    documents_loaded = Signal()
    comparison_ready = Signal(object)  # Comparison
    failed = Signal(object)  # exception (SideError for a load)
    busy_changed = Signal(bool)
    review_reset = Signal()  # other documents: the review starts afresh
    review_restored = Signal(object)  # Restored: a saved review reopened (before comparison_ready)

    def __init__(self, widget: QWidget, options: Options = Options()) -> None:
        super().__init__(widget)
        self._widget = widget
        self.paths: list[Optional[str]] = [None, None]
        self.documents: list[Optional[Document]] = [None, None]
        self.passwords: list[Optional[str]] = [None, None]
        self.languages: list[Optional[str]] = [None, None]  # the user's choice overrides detection
        self.attachments: list[Optional[str]] = [None, None]  # the e-mail attachment read as the document
        self.options = options
        self.segment_mode = SEGMENT_PARAGRAPHS
        self.comparison: Optional[Comparison] = None
        self.manual = ManualAlignment()  # the reviewer's corrections to the alignment
        self._project: Optional[Project] = None  # waiting to be restored by the next run
        self._op: Optional[Op] = None
        self._generation = 0

    # --- requests ------------------------------------------------------------
    def open(self, side: int, path: str) -> None:
        _LOG.info("open %s as the %s", os.path.basename(path), "original" if side == 0 else "other version")
        if is_bilingual(path):  # an XLIFF or TMX is both sides at once: its sources and targets
            self.open_pair(path, path)
            return
        self._new_review()
        self.paths[side] = os.path.abspath(path)
        self.documents[side] = None
        self.passwords[side] = None
        self.languages[side] = None
        self.attachments[side] = None
        self.paths_changed.emit()
        self.run()

    def open_attachment(self, side: int, name: Optional[str]) -> None:
        """Read the e-mail on ``side`` as its attachment ``name`` (None: its body)."""
        self._new_review()
        self.attachments[side] = name
        self.documents[side] = None
        self.passwords[side] = None
        self.run()

    def open_pair(self, left: str, right: str) -> None:
        self._new_review()
        self.paths = [os.path.abspath(left), os.path.abspath(right)]
        self.documents = [None, None]
        self.passwords = [None, None]
        self.languages = [None, None]
        self.attachments = [None, None]
        self.paths_changed.emit()
        self.run()

    def set_language(self, side: int, code: Optional[str]) -> None:
        """Read one side again in the language given (None: detect it; for a
        TMX, the language of the memory to read on that side)."""
        if code != self.languages[side]:
            self.languages[side] = code
            self.documents[side] = None
            self.run()

    @property
    def bilingual(self) -> bool:
        """Both sides, once read, are one bilingual file's (an XLIFF's or a TMX's)."""
        left, right = self.documents
        return left is not None and right is not None and is_prealigned(left, right)

    def swap(self) -> None:
        self._new_review()  # the sides' paragraph ids and the items' ids all change
        self.paths.reverse()
        self.documents.reverse()
        self.passwords.reverse()
        self.languages.reverse()
        self.attachments.reverse()
        self.paths_changed.emit()
        self.run()

    def set_options(self, options: Options) -> None:
        if options != self.options:
            self.options = options
            self.run()

    def set_line_by_line(self, on: bool) -> None:
        """Read both sides one unit a line (``tandem compare --segment
        lines``) or by paragraphs; the review starts afresh (its paragraph
        ids no longer hold)."""
        mode = SEGMENT_LINES if on else SEGMENT_PARAGRAPHS
        if mode != self.segment_mode:
            self.segment_mode = mode
            self._new_review()
            self.documents = [None, None]
            self.run()

    def open_project(self, project: Project) -> None:
        """Open a saved review's documents and restore the review onto them."""
        self.paths = [os.path.abspath(project.left.path), os.path.abspath(project.right.path)]
        self.documents = [None, None]
        self.passwords = [None, None]
        self.attachments = [project.left.attachment or None, project.right.attachment or None]
        # a TMX's two languages, as the review chose them
        self.languages = [project.left.language or None, project.right.language or None] \
            if project.left.bilingual else [None, None]
        self.options = project.options
        self.segment_mode = project.segment_mode
        self.manual = project.review.manual
        self._project = project
        self.paths_changed.emit()
        self.run()

    def set_manual(self, manual: ManualAlignment) -> None:
        """Re-compare with the reviewer's corrected alignment (in the background)."""
        if manual != self.manual:
            self.manual = manual
            self.run()

    def _new_review(self) -> None:
        self.manual = ManualAlignment()
        self._project = None
        self.review_reset.emit()

    def set_password(self, side: int, password: str) -> None:
        self.passwords[side] = password
        self.run()

    def reload(self, side: Optional[int] = None) -> None:
        for s in (LEFT, RIGHT) if side is None else (side,):
            self.documents[s] = None
        self.run()

    def cancel(self) -> None:
        if self._op is not None:
            self._op.cancel()

    @property
    def busy(self) -> bool:
        return self._op is not None and not self._op.done

    @property
    def ready(self) -> bool:
        return all(self.paths)

    # --- the op ----------------------------------------------------------------
    def run(self) -> None:
        if not any(self.paths):
            return
        if self._op is not None and not self._op.done:
            self._op.cancel()
        self._generation += 1
        generation = self._generation
        job = _Job(tuple(self.paths), tuple(self.documents), tuple(self.passwords), self.options,
                   manual=self.manual, project=self._project, languages=tuple(self.languages),
                   attachments=tuple(self.attachments), segment_mode=self.segment_mode)
        label = "Comparing" if all(self.paths) else "Loading"
        self._op = (Op(self._widget, lambda progress: _work(job, progress),
                       lambda result: self._finished(generation, result))
                    .failure(lambda error: self._failed(generation, error))
                    .with_progress(label)
                    .run_in_background())
        self.busy_changed.emit(True)

    def _finished(self, generation: int, result) -> None:
        if generation != self._generation:
            return  # superseded by a newer request
        documents, comparison, restored = result
        self.documents = list(documents)
        if comparison is not None:
            _LOG.info("compared %s (%s) with %s (%s): %d groups, %d drift, related %s",
                      comparison.left.name, comparison.left.language, comparison.right.name,
                      comparison.right.language, len(comparison.groups),
                      sum(len(g.drift) for g in comparison.groups), comparison.related)
        self.documents_loaded.emit()
        self.busy_changed.emit(False)
        if restored is not None:
            self._project = None
            self.manual = restored.review.manual
            self.review_restored.emit(restored)
        if comparison is not None:
            self.comparison = comparison
            self.comparison_ready.emit(comparison)

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self.busy_changed.emit(False)
        self.failed.emit(error)

    def wait(self, timeout: float = 10.0) -> bool:
        return self._op.wait(timeout) if self._op is not None else True


def _one_bilingual_file(job: _Job) -> bool:
    return job.paths[LEFT] is not None and job.paths[LEFT] == job.paths[RIGHT] and is_bilingual(job.paths[LEFT])


def _load_pair(job: _Job, progress: Progress):
    """Both sides of an XLIFF or TMX at once; its languages as the user chose."""
    try:
        return load_pair(job.paths[LEFT], source_language=job.languages[LEFT],
                         target_language=job.languages[RIGHT], progress=progress)
    except Cancelled:
        raise
    except (TandemError, OSError) as error:
        raise SideError(LEFT, error) from error


def _plain_pair(job: _Job) -> bool:
    """Two files opened as they are: what ``tandem A B`` asks for first."""
    return (all(job.paths) and job.documents == (None, None) and job.passwords == (None, None)
            and job.languages == (None, None) and job.attachments == (None, None)
            and not job.manual and job.project is None and job.segment_mode == SEGMENT_PARAGRAPHS)


def _work(job: _Job, progress: Progress):
    """Worker thread: load what is missing, then compare. Touches no Qt."""
    if _plain_pair(job):
        early = take_early(*job.paths, job.options, progress)  # compared while the window was starting
        if early is not None:
            progress.report("Done", 1.0)
            return (early.left, early.right), early, None
    documents = list(job.documents)
    if _one_bilingual_file(job) and None in documents:
        documents = list(_load_pair(job, progress.sub(0.0, 0.3)))
    missing = [s for s in (LEFT, RIGHT) if job.paths[s] and documents[s] is None]
    load_share = 0.3 if all(job.paths) else 1.0
    for n, side in enumerate(missing):
        part = progress.sub(load_share * n / len(missing), load_share * (n + 1) / len(missing))
        try:
            documents[side] = load_document(job.paths[side], password=job.passwords[side],
                                            language=job.languages[side], attachment=job.attachments[side],
                                            segment_mode=job.segment_mode, progress=part)
        except Cancelled:
            raise
        except TandemError as error:
            raise SideError(side, error) from error
        except OSError as error:
            raise SideError(side, error) from error
    comparison: Optional[Comparison] = None
    restored: Optional[Restored] = None
    compare_part = progress.sub(load_share if missing else 0.0, 1.0)
    if documents[LEFT] is not None and documents[RIGHT] is not None:
        if job.project is not None:
            restored = restore_documents(job.project, documents[LEFT], documents[RIGHT], job.options, compare_part)
            comparison = restored.comparison
        else:
            corrected = {"manual": job.manual} if job.manual else {}  # the plain call when nothing was corrected
            comparison = compare_documents(documents[LEFT], documents[RIGHT], job.options, progress=compare_part,
                                           **corrected)
    progress.report("Done", 1.0)
    return tuple(documents), comparison, restored
