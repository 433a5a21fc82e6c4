"""Pasting and dropping text, and documents in other formats, in the window:
Edit › Paste as Original / Other Version with plain text or a browser's HTML,
text dropped on a side, a web page and a Word file side by side, an
e-mail's PDF attachment opened from the bar that offers it."""
from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from desktop.engine.pasted import pasted_folder
from desktop.gui.layout import LEFT, RIGHT
from desktop.gui.main_window import MainWindow
from tests.engine.formats import makers as m

PLAIN = "\n\n".join((m.HEADLINE, m.STANDFIRST, m.DATELINE_PARAGRAPH, m.SURVEY, m.REPAIRS))


@pytest.fixture
def window(qtbot):
    w = MainWindow(remember=False)
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    return w


def _compared(qtbot, window):
    qtbot.waitUntil(lambda: window.session.comparison is not None and not window.session.busy, timeout=30000)
    return window.session.comparison


def _clipboard(html: str | None = None, text: str | None = None) -> None:
    mime = QMimeData()
    if html is not None:
        mime.setHtml(html)
    if text is not None:
        mime.setText(text)
    QApplication.clipboard().setMimeData(mime)


def test_paste_plain_text_as_original_and_a_web_page_as_the_other_version(qtbot, window):
    _clipboard(text=PLAIN)
    window.actions_.paste_original.trigger()
    _clipboard(html=m.web_page(), text="the browser's plain copy")
    window.actions_.paste_other.trigger()
    comparison = _compared(qtbot, window)
    assert comparison.left.source_format == "text" and comparison.right.source_format == "html"
    assert [p.text for p in comparison.left.paragraphs] == PLAIN.split("\n\n")
    assert comparison.right.paragraphs[0].text == m.HEADLINE
    assert not any(menu == p.text for p in comparison.right.paragraphs for menu in m.MENU)
    assert comparison.left.name.startswith("Pasted original") and comparison.right.name.endswith(".html")
    assert os.path.dirname(window.session.paths[RIGHT]) == pasted_folder()


def test_an_empty_clipboard_is_said_and_opens_nothing(qtbot, window):
    _clipboard(text="   ")
    window.actions_.paste_original.trigger()
    assert window.session.paths == [None, None]
    assert "no text" in window.statusBar().currentMessage()


def test_text_dropped_on_the_right_half_opens_there(qtbot, window, tmp_path):
    original = tmp_path / "release.docx"
    m.word_document(original)
    window.open_side(LEFT, str(original))
    mime = QMimeData()
    mime.setText(PLAIN)
    event = QDropEvent(QPointF(window.width() * 0.75, 300), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    comparison = _compared(qtbot, window)
    assert comparison.left.source_format == "docx" and comparison.right.source_format == "text"
    assert comparison.related


def test_html_dropped_on_a_start_page_card(qtbot, window):
    from desktop.gui.start_page import _SideCard as SideCard

    mime = QMimeData()
    mime.setHtml(f"<h1>{m.HEADLINE}</h1><p>{m.STANDFIRST}</p><p>{m.SURVEY}</p>")
    card = next(c for c in window.start_page.findChildren(SideCard) if c.side == RIGHT)
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.session.documents_loaded, timeout=30000):
        card.dropEvent(event)
    document = window.session.documents[RIGHT]
    assert document.source_format == "html"
    assert [p.text for p in document.paragraphs] == [m.HEADLINE, m.STANDFIRST, m.SURVEY]


def test_the_pane_tooltip_counts_paragraphs_for_word_files(qtbot, window, tmp_path):
    from desktop.engine.places import long_place

    original = tmp_path / "release.docx"
    m.word_document(original)
    page = tmp_path / "story.html"
    page.write_text(m.web_page(), encoding="utf-8")
    window.open_pair(str(original), str(page))
    comparison = _compared(qtbot, window)
    assert long_place(comparison.left, comparison.left.paragraphs[3]) == "Paragraph 4"
    assert long_place(comparison.right, comparison.right.paragraphs[0]).startswith("Line ")
    assert "web page" in window.page.view.right_header.toolTip()


def test_an_e_mails_pdf_attachment_is_offered_and_opens(qtbot, window, tmp_path):
    mail = tmp_path / "release.eml"
    mail.write_bytes(m.mail_bytes())
    page = tmp_path / "story.html"
    page.write_text(m.web_page(), encoding="utf-8")
    window.open_pair(str(page), str(mail))
    _compared(qtbot, window)
    bar = window.attachment_bar
    qtbot.waitUntil(bar.isVisible)
    assert "release.pdf" in bar.text() and "logo.png" not in bar.text()
    button = next(b for b in bar._buttons if b.text() == "Open release.pdf")
    with qtbot.waitSignal(window.session.comparison_ready, timeout=30000):
        button.click()
    comparison = window.session.comparison
    assert comparison.right.source_format == "pdf"
    assert comparison.right.name == "release.pdf (attached to release.eml)"
    qtbot.waitUntil(lambda: "Read the e-mail instead" in [b.text() for b in bar._buttons])
