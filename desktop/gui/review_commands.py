"""What the review's commands do in the window: decide on the current item,
correct the alignment (re-compared in the background by the session), save
and open review files, export, and offer to recover an autosaved review."""
from __future__ import annotations

import os
from contextlib import contextmanager
from typing import TYPE_CHECKING, Optional

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.engine import autosave, manual
from desktop.engine.errors import TandemError
from desktop.engine.model import SEGMENT_LINES, Group
from desktop.engine.project import EXTENSION, load_project
from desktop.engine.restore import Restored
from desktop.reports.exports import EXTENSIONS, FORMAT_NAMES, write_export

from .change_items import ChangeItem
from .layout import LEFT, RIGHT
from .messages import friendly_message
from .review_controller import ReviewController

if TYPE_CHECKING:
    from desktop.engine.project import Project

    from .main_window import MainWindow

REVIEW_FILTER = f"Tandem review (*{EXTENSION});;All files (*)"


class ReviewCommands(QObject):
    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.window = window
        self.actions = window.review_actions
        self.controller = ReviewController(self)
        self._pending: Optional[tuple[Optional[str], bool]] = None  # project path, dirty: a review being restored
        self._notice = ""
        self._connect()

    def _connect(self) -> None:
        a, w = self.actions, self.window
        a.accept.triggered.connect(lambda: self.decide("accepted"))
        a.flag.triggered.connect(lambda: self.decide("flagged"))
        a.query.triggered.connect(lambda: self.decide("queried"))
        a.clear.triggered.connect(self.clear)
        a.comment.triggered.connect(lambda: self.comment())
        a.link.triggered.connect(self.link)
        a.unlink.triggered.connect(self.unlink)
        a.mark_moved.triggered.connect(self.toggle_moved)
        a.save_review.triggered.connect(lambda: self.save_review())
        a.save_review_as.triggered.connect(lambda: self.save_review(ask=True))
        a.open_review.triggered.connect(lambda: self.open_review())
        a.print_report.triggered.connect(lambda: self.print_report())
        for kind, action in a.exports.items():
            action.triggered.connect(lambda _checked=False, k=kind: self.export(k))
        w.session.review_reset.connect(self.controller.reset)
        w.session.review_restored.connect(self._restored)
        w.session.comparison_ready.connect(self._comparison_shown)
        self.controller.changed.connect(self._review_changed)
        self.controller.autosave_failed.connect(
            lambda message: w.statusBar().showMessage(f"Could not autosave the review: {message}", 8000))
        w.page.panel.current_changed.connect(self.refresh_actions)
        w.page.view.selection_changed.connect(lambda _gi: self.refresh_actions())
        w.page.view.picked_changed.connect(self.refresh_actions)
        w.page.panel.set_context_actions(a.decision_actions() + a.alignment_actions())

    # --- what the commands act on -----------------------------------------------------
    def current_item(self) -> Optional[ChangeItem]:
        """The entry current in the changes list, or the first entry of the
        group selected in the view."""
        panel, view = self.window.page.panel, self.window.page.view
        item = panel.current_item()
        if item is not None and (view.selected < 0 or item.group == view.selected):
            return item
        if view.selected >= 0:
            entries = [i for i in panel._model.items if i.group == view.selected]
            return next((i for i in entries if not i.is_drift), entries[0] if entries else None)
        return None

    def selected_group(self) -> Optional[Group]:
        comparison, view = self.window.session.comparison, self.window.page.view
        if comparison is None:
            return None
        gi = view.selected if view.selected >= 0 else (self.current_item().group if self.current_item() else -1)
        return comparison.groups[gi] if 0 <= gi < len(comparison.groups) else None

    def _tell(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 5000)

    # --- decisions ---------------------------------------------------------------------
    def decide(self, state: str) -> None:
        item = self.current_item()
        if item is None:
            self._tell("Select a change or drift item first (in the list, or click a passage).")
            self.refresh_actions()
            return
        self.controller.decide(item.review_id, state)

    def clear(self) -> None:
        item = self.current_item()
        if item is not None:
            self.controller.clear(item.review_id)

    def comment(self, text: Optional[str] = None) -> None:
        item = self.current_item()
        if item is None:
            self._tell("Select a change or drift item to comment on.")
            return
        if text is None:
            from .dialogs import ask_comment

            current = self.controller.review.decision(item.review_id).comment
            text = ask_comment(self.window, f"{item.label}: {item.text}", current)
            if text is None:
                return
        self.controller.set_comment(item.review_id, text)

    # --- manual alignment ------------------------------------------------------------------
    def link(self) -> None:
        picked = self.window.page.view.picked
        if not (picked[LEFT] and picked[RIGHT]):
            self._tell("Click a paragraph in each document first (Ctrl+click for more), then Link Paragraphs (Ctrl+L).")
            return
        self._apply(manual.link(self.window.session.manual, picked[LEFT], picked[RIGHT]))

    def unlink(self) -> None:
        group = self.selected_group()
        if group is None or not group.linked:
            self._tell("Select a linked pair to unlink.")
            return
        self._apply(manual.unlink(self.window.session.manual, group))

    def toggle_moved(self) -> None:
        group = self.selected_group()
        if group is None or not group.linked:
            self._tell("Select a linked pair to mark as moved.")
            self.refresh_actions()
            return
        current = self.window.session.manual
        self._apply(manual.set_moved(current, group, not manual.is_marked_moved(current, group)))

    def _apply(self, alignment) -> None:
        self.controller.set_manual(alignment)
        self.window.session.set_manual(alignment)  # re-compares in the background (ops.Op)

    # --- session results ---------------------------------------------------------------------
    def _restored(self, restored: Restored) -> None:
        path, dirty = self._pending or (None, True)
        self._pending = None
        self.controller.load(restored.review, path, dirty)
        self._notice = restored.notice()
        self._sync_options(restored.comparison.options)

    def _comparison_shown(self, comparison) -> None:
        self.controller.set_comparison(comparison, self.window.session.segment_mode)
        self.window.page.panel.set_review(self.controller.review)
        self._show_decisions()
        if self._notice:
            self.window.error_bar.show_message("warning", self._notice)
            self._notice = ""
        self.refresh_actions()

    def _sync_options(self, options) -> None:
        """Show a reopened review's options on the toggles without re-comparing."""
        a = self.window.actions_
        for action, value in ((a.ignore_case, options.ignore_case), (a.ignore_punctuation, options.ignore_punctuation),
                              (a.ignore_quotes, options.ignore_quotes)):
            action.blockSignals(True)
            action.setChecked(value)
            action.blockSignals(False)

    def _review_changed(self) -> None:
        self.window.page.panel.set_review(self.controller.review)
        self._show_decisions()
        self.window.update_title()
        self.refresh_actions()

    def _show_decisions(self) -> None:
        """Marks in the panes' gutters: per passage, the decision on its
        change, else the first decided drift item in it."""
        review, decisions = self.controller.review, {}
        for item in self.window.page.panel._model.items:  # a passage's own entry comes before its drift
            state = review.decision(item.review_id).state
            if state:
                decisions.setdefault(item.group, state)
        self.window.page.view.set_decisions(decisions)

    def refresh_actions(self) -> None:
        a = self.actions
        shown = self.window.session.comparison is not None and self.window.stack.currentWidget() is self.window.page
        item = self.current_item() if shown else None
        state = self.controller.review.decision(item.review_id).state if item else ""
        for action, value in ((a.accept, "accepted"), (a.flag, "flagged"), (a.query, "queried")):
            action.setEnabled(shown)
            action.setChecked(state == value)
        a.clear.setEnabled(shown and item is not None and bool(self.controller.review.decision(item.review_id)))
        a.comment.setEnabled(shown)
        group = self.selected_group() if shown else None
        realign = shown and not self.window.session.bilingual  # a bilingual file pairs its own segments
        a.unlink.setEnabled(realign and group is not None and group.linked)
        a.mark_moved.setEnabled(realign)
        a.mark_moved.setChecked(group is not None and manual.is_marked_moved(self.window.session.manual, group))
        picked = self.window.page.view.picked
        a.link.setEnabled(realign and bool(picked[LEFT]) and bool(picked[RIGHT]))
        for action in [a.save_review, a.save_review_as, a.print_report, *a.exports.values()]:
            action.setEnabled(shown)

    # --- files ---------------------------------------------------------------------------------
    def save_review(self, path: Optional[str] = None, *, ask: bool = False) -> bool:
        path = path or (None if ask else self.controller.project_path) or self._ask_save(
            "Save review", EXTENSION, REVIEW_FILTER)
        if not path:
            return False
        if not path.endswith(EXTENSION):
            path += EXTENSION
        try:
            self.controller.save(path)
        except (TandemError, OSError) as error:
            self.window.error_bar.show_message("error", f"The review was not saved: {friendly_message(error)}")
            return False
        self._tell(f"Review saved to {path}")
        return True

    def may_discard(self) -> bool:
        """Before other documents or another review replace this one: offer
        to save decisions not yet in a review file. False: stay."""
        if not (self.controller.dirty and self.controller.review):
            return True
        answer = self.ask_unsaved()
        if answer == QMessageBox.StandardButton.Save:
            return self.save_review()
        return answer == QMessageBox.StandardButton.Discard

    def ask_unsaved(self) -> QMessageBox.StandardButton:
        buttons = (QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                   | QMessageBox.StandardButton.Cancel)
        return QMessageBox.question(self.window, "Unsaved review",
                                    "This review has decisions that are not saved in a review file. Save them?",
                                    buttons, QMessageBox.StandardButton.Save)

    def open_review(self, path: Optional[str] = None) -> None:
        if not self.may_discard():
            return
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self.window, "Open review", self._directory(), REVIEW_FILTER)
            if path:
                self.window.settings.review_directory = os.path.dirname(path)
        if not path:
            return
        try:
            project = load_project(path)
        except TandemError as error:
            self.window.error_bar.show_message("error", friendly_message(error))
            return
        self.open_project(project, path)

    def open_project(self, project: "Project", path: Optional[str], *, dirty: bool = False) -> None:
        self.window.error_bar.hide()
        self.window.reload_bar.hide()
        self.controller.reset()
        self._pending = (path, dirty)
        self.window.session.open_project(project)
        line_by_line = self.window.actions_.line_by_line
        line_by_line.blockSignals(True)  # the session reads the review's own mode already
        line_by_line.setChecked(project.segment_mode == SEGMENT_LINES)
        line_by_line.blockSignals(False)

    def export(self, kind: str, path: Optional[str] = None) -> bool:
        comparison = self.window.session.comparison
        if comparison is None:
            return False
        path = path or self._ask_save(f"Export {FORMAT_NAMES[kind]}", EXTENSIONS[kind],
                                      f"{FORMAT_NAMES[kind]} (*{EXTENSIONS[kind]});;All files (*)")
        if not path:
            return False
        try:
            with _waiting():
                write_export(kind, path, comparison, self.controller.review)
        except (TandemError, OSError) as error:
            self.window.error_bar.show_message("error", f"The export was not written: {friendly_message(error)}")
            return False
        self._tell(f"{FORMAT_NAMES[kind]} saved to {path}")
        return True

    def print_report(self, printer=None) -> bool:
        """Qt's print dialog, then the report as the PDF export lays it out."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from desktop.reports.pdf import print_report

        comparison = self.window.session.comparison
        if comparison is None:
            return False
        printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self.window)
        dialog.setWindowTitle("Print report")
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
        try:
            with _waiting():
                pages = print_report(printer, comparison, self.controller.review)
        except OSError as error:
            self.window.error_bar.show_message("error", f"The report was not printed: {friendly_message(error)}")
            return False
        self._tell(f"Report sent to the printer ({pages} page{'s' if pages != 1 else ''})")
        return True

    def _ask_save(self, title: str, extension: str, filters: str) -> Optional[str]:
        path, _ = QFileDialog.getSaveFileName(self.window, title,
                                              os.path.join(self._directory(), self._suggested_name() + extension),
                                              filters)
        if path:
            self.window.settings.review_directory = os.path.dirname(path)
        return path or None

    def _directory(self) -> str:
        """Reviews and reports go where the last one went, else beside the documents."""
        settings = self.window.settings
        for folder in (settings.review_directory, settings.last_directory):
            if folder and os.path.isdir(folder):
                return folder
        return os.path.expanduser("~")

    def _suggested_name(self) -> str:
        if self.controller.project_path:
            return os.path.splitext(os.path.basename(self.controller.project_path))[0]
        names = [os.path.splitext(os.path.basename(p or "document"))[0] for p in self.window.session.paths]
        return f"{names[0]} vs {names[1]}"

    # --- recovery ----------------------------------------------------------------------------
    def offer_recovery(self) -> bool:
        """After a crash (or a quit without saving the review), offer the
        autosaved review. Returns whether there was one to offer."""
        saved = autosave.needs_recovery()
        if saved is None:
            return False
        names = " ⟷ ".join(os.path.basename(p) for p in saved.project.paths())
        count = len(saved.project.review.decisions)
        self.window.error_bar.show_message(
            "info", f"Your review of {names} ({count} decision{'s' if count != 1 else ''}) was not saved "
                    "when Tandem last closed. Recover it?",
            (("Recover", lambda: self.recover(saved)), ("Discard", autosave.discard_autosave)))
        return True

    def recover(self, saved: autosave.Autosave) -> None:
        self.open_project(saved.project, saved.project_path, dirty=True)

    def closing(self) -> None:
        self.controller.autosave_now()


@contextmanager
def _waiting():
    """The wait cursor while a report is written or printed (on the GUI thread: they are short)."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()
