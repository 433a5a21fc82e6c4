"""Small dialogs: choosing files, asking for a password, errors, help."""
from __future__ import annotations

import os
from typing import Optional

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QInputDialog, QLabel, QLineEdit, QMessageBox,
                               QPlainTextEdit, QVBoxLayout, QWidget)

from .messages import details, friendly_message

BILINGUAL_PATTERNS = "*.xlf *.xliff *.sdlxliff *.mqxliff *.tmx"
FILE_FILTER = (f"Documents (*.txt *.text *.md *.pdf *.html *.htm *.docx *.odt *.rtf *.eml {BILINGUAL_PATTERNS});;"
               "Text (*.txt *.text *.md);;PDF (*.pdf);;Web pages (*.html *.htm);;"
               "Word, Writer and RTF (*.docx *.odt *.rtf);;E-mail (*.eml);;"
               f"Translation files: XLIFF, TMX ({BILINGUAL_PATTERNS});;All files (*)")


def choose_file(parent: QWidget, title: str, directory: str = "") -> Optional[str]:
    start = directory if directory and os.path.isdir(directory) else os.path.expanduser("~")
    path, _ = QFileDialog.getOpenFileName(parent, title, start, FILE_FILTER)
    return path or None


def choose_files(parent: QWidget, title: str, directory: str = "") -> list[str]:
    start = directory if directory and os.path.isdir(directory) else os.path.expanduser("~")
    paths, _ = QFileDialog.getOpenFileNames(parent, title, start, FILE_FILTER)
    return list(paths)


def ask_password(parent: QWidget, name: str, wrong: bool) -> Optional[str]:
    prompt = (f"The password for “{name}” was not accepted. Try again:" if wrong
              else f"“{name}” is protected by a password. Enter it to open the document:")
    password, ok = QInputDialog.getText(parent, "Password required", prompt, QLineEdit.EchoMode.Password)
    return password if ok and password else None


class CommentDialog(QDialog):
    """A comment on a change: the item's words wrap above a box whose text
    wraps at word boundaries, in a dialog of reading width (a long excerpt
    must not make it as wide as the screen)."""

    WIDTH = 480

    def __init__(self, parent: Optional[QWidget], heading: str, current: str) -> None:
        super().__init__(parent)
        self.setWindowTitle("Comment")
        self.heading = QLabel(heading, self)
        self.heading.setWordWrap(True)
        self.editor = QPlainTextEdit(current, self)
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.editor.setAccessibleName("Comment")
        self.heading.setBuddy(self.editor)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.editor, 1)
        layout.addWidget(buttons)
        self.resize(self.WIDTH, 260)
        self.setMaximumWidth(self.WIDTH * 2)

    def text(self) -> str:
        return self.editor.toPlainText()


def ask_comment(parent: QWidget, heading: str, current: str) -> Optional[str]:
    """The new comment, or None when cancelled."""
    dialog = CommentDialog(parent, heading, current)
    return dialog.text() if dialog.exec() == QDialog.DialogCode.Accepted else None


def show_error(parent: QWidget, error: BaseException) -> None:
    """For errors outside the window's own message bar (rare)."""
    box = QMessageBox(QMessageBox.Icon.Warning, "Tandem", friendly_message(error), QMessageBox.StandardButton.Ok,
                      parent)
    box.setDetailedText(details(error))
    box.open()


SHORTCUTS_HTML = """
<h3>Keyboard</h3>
<table cellspacing=6>
<tr><td><b>Alt+Down</b> / <b>Alt+Up</b></td><td>Next / previous change</td></tr>
<tr><td><b>F7</b> / <b>Shift+F7</b></td><td>Next / previous drift</td></tr>
<tr><td>Drag, double-click, <b>Shift+←/→</b> (with Ctrl: by word), <b>Shift+Home/End</b></td>
    <td>Select text in either document; <b>Ctrl+C</b> copies it, <b>Ctrl+A</b> selects a whole document</td></tr>
<tr><td><b>Ctrl+F</b></td><td>Find in both documents; Enter / Shift+Enter for next / previous match</td></tr>
<tr><td><b>Ctrl++</b> / <b>Ctrl+−</b> / <b>Ctrl+0</b></td><td>Larger / smaller / normal text</td></tr>
<tr><td><b>Ctrl+1</b> / <b>Ctrl+2</b></td><td>Open original / other version</td></tr>
<tr><td><b>Ctrl+Alt+V</b> / <b>Ctrl+Shift+V</b></td><td>Paste text (or a web page's) as the original / other
    version; text can be dropped on either side too</td></tr>
<tr><td><b>Ctrl+Shift+S</b></td><td>Swap sides</td></tr>
<tr><td><b>F5</b></td><td>Reload both files</td></tr>
<tr><td><b>F9</b></td><td>Show or hide the list of changes</td></tr>
<tr><td><b>A</b> / <b>F</b> / <b>Q</b></td><td>Accept / flag / query the selected change or drift
    (again to undo)</td></tr>
<tr><td><b>C</b> / <b>Backspace</b></td><td>Comment on it / clear its decision</td></tr>
<tr><td>Click a paragraph on each side, <b>Ctrl+L</b></td><td>Link them by hand
    (Ctrl+click picks several, for a split or merge)</td></tr>
<tr><td><b>Ctrl+Shift+L</b> / <b>M</b></td><td>Unlink the selected pair / mark it as moved</td></tr>
<tr><td><b>Ctrl+S</b> / <b>Ctrl+Shift+O</b></td><td>Save / open the review (.tandem)</td></tr>
<tr><td><b>Up</b>, <b>Down</b>, <b>Page Up</b>, <b>Page Down</b>, <b>Home</b>, <b>End</b></td>
    <td>Scroll both documents</td></tr>
</table>
"""


def legend_html(colours) -> str:
    """What the marks and colours mean, drawn in the theme's own colours."""
    from .render import _soft

    def sample(text: str, style: str) -> str:
        return f"<span style='{style}'>{text}</span>"

    def swatch(colour, label: str, dashed: bool = False) -> str:
        border = "dashed" if dashed else "solid"
        return (f"<tr><td><span style='border:2px {border} {colour.name()}; background:{colour.name()}; "
                f"color:{colour.name()}'>&nbsp;&nbsp;&nbsp;&nbsp;</span></td><td>{label}</td></tr>")

    c = colours
    words = [
        (sample("struck through", f"background:{c.deleted_bg.name()}; color:{c.deleted_fg.name()}; "
                                  "text-decoration:line-through"), "words left out of the other version"),
        (sample("underlined", f"background:{c.inserted_bg.name()}; color:{c.inserted_fg.name()}; "
                              "text-decoration:underline"), "words only in the other version"),
        (sample("softly tinted", f"background:{_soft(c.inserted_bg, c.paper).name()}"),
         "changes inside a reworded passage, kept quiet"),
        (sample("wavy underline", f"text-decoration:underline; color:{c.drift.name()}"),
         "drift: a figure, date, name, title or claim that changed meaning (⚠ in the gutter)"),
    ]
    rows = "".join(f"<tr><td>{s}</td><td>{what}</td></tr>" for s, what in words)
    links = (swatch(c.edited, "edited passage") + swatch(c.moved, "moved passage (“Moved here from …”)")
             + swatch(c.split, "split or merged passage")
             + swatch(c.deleted_fg, "omitted: not in the other version", True)
             + swatch(c.inserted_fg, "added: not in the original", True))
    return (f"<h3>In the text</h3><table cellspacing=6>{rows}</table>"
            f"<h3>Between the documents</h3><table cellspacing=6>{links}</table>"
            "<p>Unchanged text is plain. In the gutter: ✓ accepted, ⚑ flagged, ? queried.</p>")


def show_legend(parent: QWidget) -> None:
    from .theme import diff_colours

    QMessageBox.information(parent, "Legend", legend_html(diff_colours()))


def show_shortcuts(parent: QWidget) -> None:
    QMessageBox.information(parent, "Keyboard shortcuts", SHORTCUTS_HTML)


def show_about(parent: QWidget) -> None:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    from desktop import __version__

    QMessageBox.about(parent, "About Tandem",
                      f"<h3>Tandem</h3><p><b>Version {__version__}</b> · Qt {qVersion()} · "
                      f"PySide6 {pyside_version}</p><p>Puts two versions of a document side by side — "
                      "an original press release and its rewrite or translation — and shows what was added, omitted, moved, "
                      "and where the meaning drifted.</p><p>Works offline; your files never leave this "
                      "computer and are never changed.</p>")
