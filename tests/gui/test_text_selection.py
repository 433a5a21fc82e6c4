"""Selecting and copying text in either pane: drag with the mouse, double-
click a word, extend with Shift and the arrow keys, Select All, Copy."""
from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from desktop.gui.layout import LEFT, RIGHT
from desktop.gui.render import PAD_X, PAD_Y

from .fakes import PLAIN_PARAGRAPHS, plain_comparison, show



def point_of(view, side: int, pid: int, index: int) -> QPoint:
    """Where character ``index`` of a paragraph is drawn, in pane coordinates."""
    pane = view.left_pane if side == LEFT else view.right_pane
    layout = view.renderer.layout(side, pid)
    line = layout.lineForTextPosition(index)
    x = line.cursorToX(index)
    x = x[0] if isinstance(x, tuple) else x
    y, _h = view.geometry_.blocks[side][pid]
    return QPoint(int(pane.block_x() + PAD_X + x + 1), int(y - view.scroll_y + PAD_Y + line.y() + line.height() / 2))


def drag(qtbot, pane, start: QPoint, end: QPoint) -> None:
    qtbot.mousePress(pane, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(pane, end)
    # QTest's move does not carry the pressed button: send the drag event itself
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QMouseEvent

    move = QMouseEvent(QMouseEvent.Type.MouseMove, QPointF(end), QPointF(pane.mapToGlobal(end)),
                       Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(pane, move)
    qtbot.mouseRelease(pane, Qt.MouseButton.LeftButton, pos=end)


def test_drag_selects_a_span_and_ctrl_c_copies_it(window, qtbot):
    view = show(window, qtbot, plain_comparison())
    text = PLAIN_PARAGRAPHS[2]  # right pid 1
    start, end = text.index("council"), text.index(" on a quiet")
    drag(qtbot, view.right_pane, point_of(view, RIGHT, 1, start), point_of(view, RIGHT, 1, end))
    assert view.selected_text() == "council met"
    QApplication.clipboard().clear()
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == "council met"


def test_a_drag_across_paragraphs_copies_both_parts(window, qtbot):
    view = show(window, qtbot, plain_comparison())
    first, second = PLAIN_PARAGRAPHS[0], PLAIN_PARAGRAPHS[1]
    start = first.index("still")
    end = second.index(" was left")
    drag(qtbot, view.left_pane, point_of(view, LEFT, 0, start), point_of(view, LEFT, 1, end))
    assert view.selected_text() == "still stands.\n\nSomething only in the original"


def test_double_click_selects_a_word(window, qtbot):
    view = show(window, qtbot, plain_comparison())
    text = PLAIN_PARAGRAPHS[3]
    qtbot.mouseDClick(view.left_pane, Qt.MouseButton.LeftButton, pos=point_of(view, LEFT, 3, text.index("shore") + 2))
    assert view.selected_text() == "shore"


def test_keyboard_extends_from_the_click_and_copies(window, qtbot):
    view = show(window, qtbot, plain_comparison())
    text = PLAIN_PARAGRAPHS[0]
    qtbot.mouseClick(view.left_pane, Qt.MouseButton.LeftButton, pos=point_of(view, LEFT, 0, text.index("wall")))
    assert view.selected_text() == ""  # a click leaves a caret
    for _ in range(4):
        qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert view.selected_text() == "wall"
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier)
    assert view.selected_text() == "wall was"
    window.actions_.copy.trigger()  # Edit › Copy
    assert QApplication.clipboard().text() == "wall was"


def test_select_all_takes_the_side_last_clicked(window, qtbot):
    view = show(window, qtbot, plain_comparison())
    qtbot.mouseClick(view.right_pane, Qt.MouseButton.LeftButton, pos=point_of(view, RIGHT, 0, 3))
    window.actions_.select_all.trigger()
    window.actions_.copy.trigger()
    assert QApplication.clipboard().text() == "\n\n".join(PLAIN_PARAGRAPHS[:1] + PLAIN_PARAGRAPHS[2:])


def test_the_selection_is_painted_in_the_highlight_colour(window, qtbot):
    view = show(window, qtbot, plain_comparison())
    text = PLAIN_PARAGRAPHS[0]
    qtbot.mouseDClick(view.left_pane, Qt.MouseButton.LeftButton, pos=point_of(view, LEFT, 0, text.index("harbour")))
    image = view.left_pane.grab().toImage()
    where = point_of(view, LEFT, 0, text.index("harbour") + 3)
    highlight = view.left_pane.palette().color(view.left_pane.palette().ColorRole.Highlight)
    around = {image.pixelColor(where.x() + dx, where.y() + dy).rgb() for dx in range(-6, 7) for dy in (-6, 6)}
    assert highlight.rgb() in around
