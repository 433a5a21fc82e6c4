"""The main window: composes the start page, the comparison page, the
message bars and the progress strip, and routes commands to the session."""
from __future__ import annotations

import os
from dataclasses import replace
from typing import Optional

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QStackedWidget, QVBoxLayout, QWidget

from desktop.engine.api import example_paths
from desktop.engine.errors import Cancelled, PasswordRequired, TandemError
from desktop.engine.model import Comparison, ManualAlignment
from desktop.engine.pasted import keep_pasted

from . import dialogs, icons, ops, versions_export
from .actions import build_menus, build_toolbar, create_actions, refresh_icons
from .attachments import AttachmentOffer
from .comparison_page import ComparisonPage
from .drops import acceptable, clip_of, dropped_paths
from .file_watch import FileWatch
from .info_bar import InfoBar
from .layout import LEFT, RIGHT
from .messages import friendly_message
from .progress_strip import ProgressStrip
from .review_actions import build_review_menus, create_review_actions
from .review_commands import ReviewCommands
from .session import Session, SideError
from .settings import ZOOM_RANGE, Settings
from .start_page import StartPage
from .theme import apply_theme
from .versions_actions import add_to_file_menu, create_versions_actions
from .versions_page import VersionsPage
from .versions_session import VersionsSession

SIDE_NAMES = ("original", "other version")


class MainWindow(QMainWindow):
    comparison_shown = Signal()  # a comparison is on screen and painted
    versions_shown = Signal()  # a versions matrix is on screen and painted

    def __init__(self, settings: Optional[Settings] = None, *, remember: bool = True) -> None:
        super().__init__()
        self.settings = settings or Settings()
        self._remember = remember  # False for screenshots and tests that must not write settings
        self.setWindowTitle("Tandem")
        self.setWindowIcon(icons.app_icon())
        self.setAcceptDrops(True)
        self.session = Session(self, self.settings.options())
        self.versions = VersionsSession(self)
        self.watch = FileWatch(self)
        self._build()
        self._connect()
        self.review = ReviewCommands(self)  # decisions, manual links, review files, exports
        self.attachments = AttachmentOffer(self.session, self.attachment_bar, self.open_attachment)
        self._restore_layout()
        self._update_enabled()

    # --- construction ------------------------------------------------------------
    def _build(self) -> None:
        self.actions_ = create_actions(self)
        self.recent_menu = QMenu("Open Recen&t", self)
        self.theme_group = build_menus(self, self.actions_, self.recent_menu, self.set_theme, self.settings.theme)
        self.review_actions = create_review_actions(self)
        build_review_menus(self, self.review_actions, self.menuBar().actions()[0].menu())
        self.versions_actions = create_versions_actions(self)
        add_to_file_menu(self, self.versions_actions)
        self.toolbar = build_toolbar(self, self.actions_)
        self.progress = ProgressStrip(self)
        self.error_bar = InfoBar(self)
        self.reload_bar = InfoBar(self)
        self.attachment_bar = InfoBar(self)
        self.start_page = StartPage(self)
        self.page = ComparisonPage(self)
        self.versions_page = VersionsPage(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.start_page)
        self.stack.addWidget(self.page)
        self.stack.addWidget(self.versions_page)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        for widget in (self.progress, self.error_bar, self.reload_bar, self.attachment_bar):
            layout.addWidget(widget)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        a = self.actions_
        a.ignore_case.setChecked(self.settings.ignore_case)
        a.ignore_punctuation.setChecked(self.settings.ignore_punctuation)
        a.ignore_quotes.setChecked(self.settings.ignore_quotes)
        a.toggle_panel.setChecked(self.settings.show_changes_panel)
        a.highlight_entities.setChecked(self.settings.highlight_entities)
        a.differences_only.setChecked(self.settings.differences_only)
        self.page.view.set_differences_only(self.settings.differences_only)
        self.page.view.set_entities(self.settings.highlight_entities)
        self.page.panel.setVisible(self.settings.show_changes_panel)
        self.page.view.set_zoom(self.settings.zoom)
        self._fill_recent()

    def _connect(self) -> None:
        a = self.actions_
        a.open_original.triggered.connect(lambda: self.choose_file(LEFT))
        a.open_other.triggered.connect(lambda: self.choose_file(RIGHT))
        a.open_example.triggered.connect(self.open_example)
        a.swap.triggered.connect(self.swap)
        a.reload.triggered.connect(lambda: self.session.reload())
        a.close_pair.triggered.connect(self.close_comparison)
        a.quit.triggered.connect(self.close)
        a.copy.triggered.connect(self._copy)
        a.select_all.triggered.connect(self._select_all)
        a.paste_original.triggered.connect(lambda: self.paste_as(LEFT))
        a.paste_other.triggered.connect(lambda: self.paste_as(RIGHT))
        a.find.triggered.connect(self.page.find_bar.open_bar)
        a.find_next.triggered.connect(lambda: self._find_step(True))
        a.find_previous.triggered.connect(lambda: self._find_step(False))
        a.next_change.triggered.connect(lambda: self._go(drift=False, forward=True))
        a.previous_change.triggered.connect(lambda: self._go(drift=False, forward=False))
        a.next_drift.triggered.connect(lambda: self._go(drift=True, forward=True))
        a.previous_drift.triggered.connect(lambda: self._go(drift=True, forward=False))
        a.zoom_in.triggered.connect(lambda: self.zoom(+1))
        a.zoom_out.triggered.connect(lambda: self.zoom(-1))
        a.zoom_reset.triggered.connect(lambda: self.zoom(None))
        a.toggle_panel.toggled.connect(self._toggle_panel)
        a.highlight_entities.toggled.connect(self._toggle_entities)
        a.differences_only.toggled.connect(self._toggle_differences_only)
        for action in (a.ignore_case, a.ignore_punctuation, a.ignore_quotes):
            action.toggled.connect(self._options_toggled)
        a.line_by_line.toggled.connect(self.session.set_line_by_line)
        a.shortcuts.triggered.connect(lambda: dialogs.show_shortcuts(self))
        a.legend.triggered.connect(lambda: dialogs.show_legend(self))
        a.about.triggered.connect(lambda: dialogs.show_about(self))

        self.start_page.open_requested.connect(self.choose_file)
        self.start_page.files_dropped.connect(self.open_dropped)
        self.start_page.clip_dropped.connect(self.open_clip)
        self.start_page.example_requested.connect(self.open_example)
        self.start_page.recent_requested.connect(lambda pair: self.open_pair(pair.original, pair.other))
        self.page.view.left_header.language_chosen.connect(lambda code: self.session.set_language(LEFT, code))
        self.page.view.right_header.language_chosen.connect(lambda code: self.session.set_language(RIGHT, code))
        self.session.paths_changed.connect(self._paths_changed)
        self.session.comparison_ready.connect(self._show_comparison)
        self.session.failed.connect(self._failed)
        self.session.busy_changed.connect(lambda _busy: self._update_enabled())
        self.session.documents_loaded.connect(self._watch_documents)
        self.watch.changed.connect(self._file_changed)
        self.page.view.painted.connect(self.comparison_shown)
        self._connect_versions()
        QApplication.styleHints().colorSchemeChanged.connect(self._system_scheme_changed)

    def _connect_versions(self) -> None:
        v = self.versions_actions
        v.add_versions.triggered.connect(self.choose_versions)
        v.show_versions.triggered.connect(self.show_versions_page)
        self.versions.matrix_ready.connect(self._show_matrix)
        self.versions.failed.connect(self._versions_failed)
        self.versions.busy_changed.connect(lambda _busy: self._update_enabled())
        self.versions_page.pair_requested.connect(self._open_version_pair)
        self.versions_page.painted.connect(self.versions_shown)
        self.versions_page.export_matrix_requested.connect(
            lambda: versions_export.export_matrix(self, self.versions.matrix) if self.versions.matrix else None)
        self.versions_page.export_pairs_requested.connect(
            lambda: versions_export.export_pairs(self, self.versions.matrix) if self.versions.matrix else None)

    def progress_sink(self) -> ProgressStrip:
        return self.progress

    # --- opening -------------------------------------------------------------------
    def choose_file(self, side: int) -> None:
        title = "Open the original" if side == LEFT else "Open the other version"
        path = dialogs.choose_file(self, title, self.settings.last_directory)
        if path:
            self.settings.last_directory = os.path.dirname(path)
            self.open_side(side, path)

    def open_side(self, side: int, path: str) -> None:
        if not self.review.may_discard():
            return
        self.error_bar.hide()
        self.session.open(side, path)

    def open_pair(self, left: str, right: str) -> None:
        if not self.review.may_discard():
            return
        self.error_bar.hide()
        self.session.open_pair(left, right)

    def swap(self) -> None:
        if self.review.may_discard():  # swapped sides make other items: the review starts afresh
            self.session.swap()

    def open_example(self) -> None:
        self.open_pair(*example_paths())

    def open_dropped(self, side: int, paths: list) -> None:
        if len(paths) > 2 or any(os.path.isdir(p) for p in paths):
            self.drop_versions(paths)
        elif len(paths) >= 2:
            self.open_pair(paths[0], paths[1])
        elif paths:
            self.open_side(side, paths[0])

    # --- many versions ---------------------------------------------------------------
    def versions_original(self) -> Optional[str]:
        return self.session.paths[LEFT] or self.versions.original

    def choose_versions(self) -> None:
        original = self.versions_original()
        if original is None:
            self.statusBar().showMessage("Open the original first, then add its versions.", 5000)
            return
        paths = dialogs.choose_files(self, "Add versions of the original", self.settings.last_directory)
        if paths:
            self.settings.last_directory = os.path.dirname(paths[0])
            self.compare_versions(original, self._known_versions() + paths)

    def drop_versions(self, paths: list) -> None:
        """A folder (or more than two files) dropped: versions of the open
        original, or, with none open, the first file is the original."""
        from desktop.engine.batch.inputs import expand_paths

        files, troubles = expand_paths(paths)
        original = self.versions_original()
        if original is None and files and not os.path.isdir(paths[0]):
            original, files = files[0], files[1:]
        if original is None:
            self.error_bar.show_message("info", "Open the original first, then drop the folder of its versions.")
            return
        if troubles and not files:
            self.error_bar.show_message("error", troubles[0].trouble)
            return
        self.compare_versions(original, self._known_versions() + files)

    def _known_versions(self) -> list:
        other = self.session.paths[RIGHT]
        return list(self.versions.versions) or ([other] if other else [])

    def compare_versions(self, original: str, versions: list) -> None:
        self.error_bar.hide()
        self.versions.compare(original, versions, self.session.options)

    def show_versions_page(self) -> None:
        if self.versions.matrix is not None:
            self.stack.setCurrentWidget(self.versions_page)
            self._update_title()
            self._update_enabled()

    def _show_matrix(self, matrix) -> None:
        self.stack.setCurrentWidget(self.versions_page)
        self.versions_page.set_matrix(matrix)
        troubled = [v for v in matrix.versions if v.trouble]
        if troubled:
            names = ", ".join(v.name for v in troubled[:3]) + ("…" if len(troubled) > 3 else "")
            self.error_bar.show_message("warning", f"{len(troubled)} version{'s' if len(troubled) != 1 else ''} "
                                                   f"could not be compared ({names}): {troubled[0].trouble}")
        self._update_title()
        self._update_enabled()

    def _versions_failed(self, error: BaseException) -> None:
        if isinstance(error, Cancelled):
            self.error_bar.show_message("info", "Cancelled. The versions were not compared.")
        else:
            self.error_bar.show_message("error", "Could not compare the versions: " + friendly_message(error))

    def _open_version_pair(self, index: int) -> None:
        matrix = self.versions.matrix
        if matrix is not None:
            self.open_pair(self.versions.original, matrix.versions[index].path)

    def paste_as(self, side: int) -> None:
        clip = clip_of(QApplication.clipboard().mimeData())
        if clip is None:
            self.statusBar().showMessage("The clipboard holds no text to paste.", 4000)
            return
        self.open_clip(side, clip)

    def open_clip(self, side: int, clip) -> None:
        """Pasted or dropped text: kept as a file of its own, then opened."""
        try:
            path = keep_pasted(clip.content, clip.kind, SIDE_NAMES[side])
        except TandemError as error:
            self.error_bar.show_message("error", f"Could not paste the {SIDE_NAMES[side]}: {friendly_message(error)}")
            return
        self.open_side(side, path)

    def open_attachment(self, side: int, name: Optional[str]) -> None:
        if self.review.may_discard():
            self.error_bar.hide()
            self.session.open_attachment(side, name)

    def close_comparison(self) -> None:
        if not self.review.may_discard():
            return
        self.versions.clear()
        self.versions_page.clear()
        self.session.cancel()
        self.session.paths = [None, None]
        self.session.documents = [None, None]
        self.session.comparison = None
        self.session.manual = ManualAlignment()
        self.review.controller.reset()
        self.page.view.clear()
        self.page.panel.clear()
        self.watch.watch(LEFT, None, None)
        self.watch.watch(RIGHT, None, None)
        self.reload_bar.hide()
        self.attachment_bar.hide()
        self._paths_changed()

    # --- session results -----------------------------------------------------------
    def _paths_changed(self) -> None:
        left, right = self.session.paths
        # however the documents came (dialog, drop, recent list, command line),
        # the open dialogs start beside them; the built-in example's folder is no place to start
        if (left or right) and [left, right] != list(example_paths()):
            self.settings.last_directory = os.path.dirname(os.path.abspath(right or left))
        self.start_page.set_paths(left, right)
        on_versions = self.stack.currentWidget() is self.versions_page and self.versions.matrix is not None
        if (not (left and right) or self.session.comparison is None) and not on_versions:
            self.stack.setCurrentWidget(self.start_page)  # the versions matrix stays while a pair of it loads
        self._update_title()
        self._update_enabled()

    def _show_comparison(self, comparison: Comparison) -> None:
        self.error_bar.hide()
        self.stack.setCurrentWidget(self.page)  # first, so the view lays out once, at its real size
        self.page.set_comparison(comparison)
        view = self.page.view
        view.left_header.set_document(comparison.left, self.session.languages[LEFT])
        view.right_header.set_document(comparison.right, self.session.languages[RIGHT])
        view.setFocus()
        left, right = self.session.paths
        if left and right and self._remember:
            self.settings.add_recent(left, right)
            self._fill_recent()
        self._update_title()
        self._update_enabled()

    def _watch_documents(self) -> None:
        for side in (LEFT, RIGHT):
            doc = self.session.documents[side]
            self.watch.watch(side, self.session.paths[side], doc.sha256 if doc else None)

    def _failed(self, error: BaseException) -> None:
        inner = error.error if isinstance(error, SideError) else error
        side = error.side if isinstance(error, SideError) else None
        if isinstance(inner, PasswordRequired) and side is not None:
            self._ask_password(side)
            return
        if isinstance(inner, Cancelled):
            again = (("Compare again", lambda: self.session.run()),) if self.session.ready else ()
            self.error_bar.show_message("info", "Cancelled. The comparison was not updated.", again)
        else:
            prefix = f"Could not open the {SIDE_NAMES[side]}: " if side is not None else ""
            self.error_bar.show_message("error", prefix + friendly_message(inner))
        if side is not None:
            one_file = self.session.paths[LEFT] == self.session.paths[RIGHT]  # a bilingual file: both sides
            for lost in (LEFT, RIGHT) if one_file else (side,):
                self.session.paths[lost] = None
                self.session.documents[lost] = None
            self.session.comparison = None
        self._paths_changed()

    def _ask_password(self, side: int) -> None:
        name = os.path.basename(self.session.paths[side] or "")
        password = dialogs.ask_password(self, name, wrong=self.session.passwords[side] is not None)
        if password:
            self.session.set_password(side, password)
        else:
            self.error_bar.show_message("info", f"“{name}” needs a password; it was not opened.")
            self.session.paths[side] = None
            self._paths_changed()

    def _file_changed(self, side: int) -> None:
        name = os.path.basename(self.session.paths[side] or "")
        self.reload_bar.show_message(
            "info", f"“{name}” ({SIDE_NAMES[side]}) has changed on disk.",
            (("Reload", lambda: self.session.reload(side)),))

    # --- commands --------------------------------------------------------------------
    def _go(self, *, drift: bool, forward: bool) -> None:
        view = self.page.view
        if not view.go(drift=drift, forward=forward):
            what = "drift" if drift else "change"
            where = "after" if forward else "before"
            message = f"No {what} {where} this point." if view.has_stops(drift=drift) else f"No {what} found."
            self.statusBar().showMessage(message, 3000)
        elif drift:
            self._say_drift(view)

    def _say_drift(self, view) -> None:
        """Which drift item F7 reached, in words: the frame in the panes and
        the list row show where, this says what."""
        from .text import SEVERITY_LABELS, drift_label

        item = view.shown_drift()
        place, total = view.stop_position(drift=True)
        if item is not None:
            self.statusBar().showMessage(
                f"Drift {place} of {total} · {drift_label(item.kind)} "
                f"({SEVERITY_LABELS.get(item.severity, item.severity).lower()}): {item.message}", 10000)

    def _copy(self) -> None:
        focused = QApplication.focusWidget()
        if hasattr(focused, "copy") and focused is not self.page.view:  # the find box, a message
            focused.copy()
        elif not self.page.view.copy_selection():
            self.statusBar().showMessage("Select some text first: drag across it, or double-click a word.", 3000)

    def _select_all(self) -> None:
        focused = QApplication.focusWidget()
        if hasattr(focused, "selectAll") and focused is not self.page.view:
            focused.selectAll()
        else:
            self.page.view.select_all()

    def _find_step(self, forward: bool) -> None:
        bar = self.page.find_bar
        if not bar.isVisible() or not bar.edit.text():
            bar.open_bar()
            return
        bar.flush()
        self.page.view.find_next(forward)

    def zoom(self, step: Optional[int]) -> None:
        zoom = 0 if step is None else self.settings.zoom + step
        self.settings.zoom = max(ZOOM_RANGE[0], min(ZOOM_RANGE[1], zoom))
        self.page.view.set_zoom(self.settings.zoom)

    def _options_toggled(self, _checked: bool) -> None:
        a = self.actions_
        options = replace(self.session.options, ignore_case=a.ignore_case.isChecked(),
                          ignore_punctuation=a.ignore_punctuation.isChecked(),
                          ignore_quotes=a.ignore_quotes.isChecked())
        self.settings.remember_options(options)
        self.session.set_options(options)

    def _toggle_panel(self, visible: bool) -> None:
        self.settings.show_changes_panel = visible
        self.page.panel.setVisible(visible)

    def _toggle_differences_only(self, on: bool) -> None:
        self.settings.differences_only = on
        self.page.view.set_differences_only(on)

    def _toggle_entities(self, on: bool) -> None:
        self.settings.highlight_entities = on
        self.page.view.set_entities(on)

    def set_theme(self, theme: str) -> None:
        self.settings.theme = theme
        apply_theme(QApplication.instance(), theme)
        self.refresh_theme()

    def _system_scheme_changed(self, _scheme) -> None:
        if self.settings.theme == "system":  # follow the desktop's light or dark mode as it changes
            self.set_theme("system")

    def refresh_theme(self) -> None:
        for action in self.theme_group.actions():
            action.setChecked(action.data() == self.settings.theme)
        refresh_icons(self.actions_)
        self.page.refresh_theme()
        self.start_page.refresh_theme()
        for bar in (self.error_bar, self.reload_bar):
            if bar.isVisible():
                bar.refresh_theme()

    # --- state -------------------------------------------------------------------------
    def _update_title(self) -> None:
        matrix = self.versions.matrix
        if matrix is not None and self.stack.currentWidget() is self.versions_page:
            self.setWindowTitle(f"{matrix.original.name} and {len(matrix.versions)} versions — Tandem")
            return
        names = [os.path.basename(p) if p else "…" for p in self.session.paths]
        unsaved = "• " if getattr(self, "review", None) is not None and self.review.controller.dirty else ""
        pair = f"{names[0]} ⟷ {names[1]}" if not self.session.bilingual else f"{names[0]} ({self._languages()})"
        self.setWindowTitle("Tandem" if not any(self.session.paths) else f"{unsaved}{pair} — Tandem")

    def _languages(self) -> str:
        """"en-GB → de-DE": a bilingual file's two languages, once read."""
        documents = self.session.documents
        if None in documents:
            return "source → target"
        return " → ".join(d.info.language or d.language for d in documents)

    def update_title(self) -> None:
        self._update_title()

    def _update_enabled(self) -> None:
        shown = self.session.comparison is not None and self.stack.currentWidget() is self.page
        for action in self.actions_.comparison_actions():
            action.setEnabled(shown)
        # a bilingual file's source and target are not two documents to swap
        self.actions_.swap.setEnabled(self.session.ready and not self.session.bilingual)
        self.actions_.reload.setEnabled(self.session.ready)
        if getattr(self, "versions_actions", None) is not None:
            self.versions_actions.add_versions.setEnabled(self.versions_original() is not None)
            self.versions_actions.show_versions.setEnabled(self.versions.matrix is not None)
        if getattr(self, "review", None) is not None:
            self.review.refresh_actions()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for pair in self.settings.recent:
            action = self.recent_menu.addAction(pair.label())
            action.setToolTip(f"{pair.original}\n{pair.other}")
            action.triggered.connect(lambda _c=False, p=pair: self.open_pair(p.original, p.other))
        self.recent_menu.setEnabled(bool(self.settings.recent))
        self.start_page.set_recent(self.settings.recent)

    def _restore_layout(self) -> None:
        if self.settings.geometry:
            self.restoreGeometry(QByteArray(self.settings.geometry))
        else:
            self.resize(1280, 820)
        if self.settings.window_state:
            self.restoreState(QByteArray(self.settings.window_state))
        if self.settings.splitter:
            self.page.splitter.restoreState(QByteArray(self.settings.splitter))

    def save_settings(self) -> None:
        self.settings.geometry = bytes(self.saveGeometry().data())
        self.settings.window_state = bytes(self.saveState().data())
        self.settings.splitter = bytes(self.page.splitter.saveState().data())
        self.settings.save()

    # --- events --------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if acceptable(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Files, or text, dropped on a side open there (two files: both)."""
        paths = dropped_paths(event.mimeData())
        clip = None if paths else clip_of(event.mimeData())
        if not paths and clip is None:
            return
        event.acceptProposedAction()
        side = LEFT if event.position().x() < self.width() / 2 else RIGHT
        if paths:
            self.open_dropped(side, paths)
        else:
            self.open_clip(side, clip)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_toolbar()

    def _fit_toolbar(self) -> None:
        """Labels beside the toolbar icons while they fit; icons alone when
        the window is narrow (tooltips still name every button)."""
        a = self.actions_
        first_to_go = [a.open_original, a.open_other, a.swap, a.next_change, a.next_drift, a.find, a.toggle_panel]
        self._toolbar_labels(first_to_go, True)
        self._toolbar_labels([a.ignore_case, a.ignore_punctuation, a.ignore_quotes], True)
        if self._toolbar_width() > self.width():
            self._toolbar_labels(first_to_go, False)  # the option toggles keep their words longest
        if self._toolbar_width() > self.width():
            self._toolbar_labels([a.ignore_case, a.ignore_punctuation, a.ignore_quotes], False)

    def _toolbar_width(self) -> int:
        """What the toolbar needs now (its own size hint lags a style change)."""
        from PySide6.QtWidgets import QToolButton

        bar = self.toolbar
        needed = 0
        for action in bar.actions():
            widget = bar.widgetForAction(action)
            if action.isSeparator():
                needed += 12
            elif isinstance(widget, QToolButton):
                needed += widget.sizeHint().width() + 2
            elif widget is not None and widget.sizePolicy().horizontalPolicy().name != "Expanding":
                needed += widget.sizeHint().width() + 2
        return needed + 24

    def _toolbar_labels(self, actions, shown: bool) -> None:
        style = Qt.ToolButtonStyle.ToolButtonTextBesideIcon if shown else Qt.ToolButtonStyle.ToolButtonIconOnly
        for action in actions:
            button = self.toolbar.widgetForAction(action)
            if button is not None:
                button.setToolButtonStyle(style)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(+1 if event.angleDelta().y() > 0 else -1)
            event.accept()
        else:
            super().wheelEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.review.may_discard():  # unsaved decisions: Save, Discard or stay
            event.ignore()
            return
        self.review.closing()  # the autosave: clean unless the review has unsaved changes
        self.session.cancel()
        self.versions.cancel()
        ops.cancel_all(timeout=3.0)
        if self._remember:
            self.save_settings()
        super().closeEvent(event)
