"""The user can correct a document's detected language from its pane header."""
from __future__ import annotations

import pytest

from desktop.gui.layout import RIGHT

from .conftest import wait_for_comparison

pytestmark = pytest.mark.gui


def _wait_for(qtbot, window, language: str, side: int) -> None:
    def done():
        comparison = window.session.comparison
        assert comparison is not None
        document = comparison.right if side == RIGHT else comparison.left
        assert not window.session.busy and document.language == language
    qtbot.waitUntil(done, timeout=30_000)
    wait_for_comparison(qtbot, window)


def test_choosing_a_language_reads_the_document_again(qtbot, window):
    window.open_example()
    _wait_for(qtbot, window, "en", RIGHT)
    header = window.page.view.right_header
    header.language_chosen.emit("de")
    _wait_for(qtbot, window, "de", RIGHT)
    assert window.session.languages[RIGHT] == "de"
    assert header._language.text().startswith("German")
    header.language_chosen.emit(None)  # detect again
    _wait_for(qtbot, window, "en", RIGHT)
    assert window.session.languages == [None, None]


def test_language_button_is_reachable_and_named(qtbot, window):
    button = window.page.view.left_header._language
    assert button.accessibleName() == "Language of the original"
    assert len(button.menu().actions()) > 10
