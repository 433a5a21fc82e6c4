"""The review's commands: decisions on the current change or drift item,
manual corrections to the alignment, the review file and the exports. Each
is a QAction with its shortcut shown in the menus."""
from __future__ import annotations

from dataclasses import dataclass, fields

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from desktop.reports.exports import FORMAT_NAMES, FORMATS

from .actions import make_action


@dataclass
class ReviewActions:
    accept: QAction
    flag: QAction
    query: QAction
    clear: QAction
    comment: QAction
    link: QAction
    unlink: QAction
    mark_moved: QAction
    open_review: QAction
    save_review: QAction
    save_review_as: QAction
    print_report: QAction
    exports: dict  # format -> QAction

    def decision_actions(self) -> list[QAction]:
        return [self.accept, self.flag, self.query, self.clear, self.comment]

    def alignment_actions(self) -> list[QAction]:
        return [self.link, self.unlink, self.mark_moved]

    def comparison_actions(self) -> list[QAction]:
        """Enabled only while a comparison is shown."""
        return (self.decision_actions() + self.alignment_actions()
                + [self.save_review, self.save_review_as, self.print_report] + list(self.exports.values()))


def _action(window: QMainWindow, text: str, shortcut: str | None = None, tip: str = "",
            checkable: bool = False) -> QAction:
    return make_action(window, text, shortcut, tip=tip, checkable=checkable)


def create_review_actions(window: QMainWindow) -> ReviewActions:
    exports = {kind: _action(window, f"{FORMAT_NAMES[kind]}…", tip=f"Save the comparison and review as {FORMAT_NAMES[kind]}")
               for kind in FORMATS}
    return ReviewActions(
        accept=_action(window, "&Accept", "A", "Accept the selected change or drift", checkable=True),
        flag=_action(window, "&Flag as Error", "F", "Flag the selected item as an error to fix", checkable=True),
        query=_action(window, "&Query", "Q", "Mark the selected item as a question for the writer",
                      checkable=True),
        clear=_action(window, "Clea&r Decision", "Backspace", "Remove the decision and comment"),
        comment=_action(window, "&Comment…", "C", "Write a comment on the selected item"),
        link=_action(window, "&Link Paragraphs", "Ctrl+L",
                     "Link the paragraphs clicked on the left with those clicked on the right "
                     "(Ctrl+click to pick several)"),
        unlink=_action(window, "&Unlink", "Ctrl+Shift+L", "Separate the selected pair: they are not versions of each other"),
        mark_moved=_action(window, "Mark as &Moved", "M", "Show the selected pair as moved", checkable=True),
        open_review=_action(window, "Open Rev&iew…", "Ctrl+Shift+O", "Open a saved review (.tandem)"),
        save_review=_action(window, "&Save Review", "Ctrl+S",
                            "Save the decisions and manual links (.tandem)"),
        save_review_as=_action(window, "Save Review &As…", "Ctrl+Alt+S"),
        print_report=make_action(window, "&Print…", QKeySequence.StandardKey.Print, None,
                                 "Print the report, laid out as the PDF report"),
        exports=exports,
    )


def build_review_menus(window: QMainWindow, a: ReviewActions, file_menu: QMenu) -> QMenu:
    """File gains the review file and Export; a Review menu holds the rest."""
    anchor = _after_recent(file_menu)
    file_menu.insertSeparator(anchor)
    for action in (a.open_review, a.save_review, a.save_review_as):
        file_menu.insertAction(anchor, action)
    export = QMenu("&Export", window)
    for action in a.exports.values():
        export.addAction(action)
    file_menu.insertMenu(anchor, export)
    file_menu.insertAction(anchor, a.print_report)
    review = QMenu("&Review", window)
    for action in a.decision_actions():
        review.addAction(action)
    review.addSeparator()
    for action in a.alignment_actions():
        review.addAction(action)
    bar = window.menuBar()
    go_menu = next((m.menuAction() for m in bar.findChildren(QMenu) if m.title() == "&Go"), None)
    bar.insertMenu(go_menu, review) if go_menu else bar.addMenu(review)
    return export


def _after_recent(menu: QMenu):
    """The action after the Open Recent submenu, where the review entries go."""
    actions = menu.actions()
    for n, action in enumerate(actions):
        if action.menu() is not None and n + 1 < len(actions):
            return actions[n + 1]
    return None


def all_actions(a: ReviewActions) -> list[QAction]:
    out = [getattr(a, f.name) for f in fields(a) if f.name != "exports"]
    return out + list(a.exports.values())
