"""The comparison report as PDF: the HTML report (in its QTextDocument
flavour) laid out on A4 pages by Qt, with the report's title and "page n of
N" in a footer. Outside the engine because it needs Qt; the command line
uses it without a display (offscreen platform)."""
from __future__ import annotations

import os
import sys
from typing import Optional

from ..engine.atomic import write_atomic
from ..engine.errors import TandemError
from ..engine.export.html import to_html
from ..engine.export.htmltext import QT
from ..engine.model import Comparison
from ..engine.review import Review

_APP = None  # the QGuiApplication made here, kept alive for later reports
_FOOTER_MM = 10.0
_MARGINS_MM = (14.0, 14.0, 14.0, 10.0)  # left, top, right, bottom (the footer sits above)


def ensure_gui_application():
    """A Qt application for fonts and painting: the window's, if any, else an
    offscreen one (a terminal or a server has no display)."""
    global _APP
    from PySide6.QtGui import QGuiApplication

    from ..qtcompat import pin_none

    pin_none()
    app = QGuiApplication.instance()
    if app is None:
        if _headless() and not os.environ.get("QT_QPA_PLATFORM"):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        _APP = app = QGuiApplication(sys.argv[:1])
    return app


def _headless() -> bool:
    if sys.platform.startswith(("win", "darwin")):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def write_pdf(path: str, comparison: Comparison, review: Review = Review(), title: Optional[str] = None) -> int:
    """Write the report to ``path`` (atomically); returns the page count."""
    ensure_gui_application()
    title = title or f"Tandem report: {comparison.left.name} ⟷ {comparison.right.name}"
    data, pages = pdf_bytes(to_html(comparison, review, flavour=QT, title=title), title)
    write_atomic(path, data)
    return pages


def pdf_bytes(html: str, title: str) -> tuple[bytes, int]:
    """The PDF in memory: QPdfWriter says nothing when a file write fails
    (a full disk left a cut PDF in place of the old one), write_atomic does."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

    content = QByteArray()
    buffer = QBuffer(content)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("Tandem")
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(*_MARGINS_MM), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    pages = paint_pages(writer, html, title)
    del writer  # the writer finishes the file before the buffer closes
    buffer.close()
    return bytes(content.data()), pages


def print_report(printer, comparison: Comparison, review: Review = Review(), title: Optional[str] = None) -> int:
    """The same report on a printer (QPrinter) the user chose; returns the
    page count."""
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout

    title = title or f"Tandem report: {comparison.left.name} ⟷ {comparison.right.name}"
    printer.setDocName(title)
    printer.setPageMargins(QMarginsF(*_MARGINS_MM), QPageLayout.Unit.Millimeter)
    return paint_pages(printer, to_html(comparison, review, flavour=QT, title=title), title)


def paint_pages(device, html: str, title: str) -> int:
    """Lay the report out on the pages of ``device`` (a QPdfWriter or a
    QPrinter), with the title and "Page n of N" in a footer."""
    from PySide6.QtCore import QRectF, QSizeF, Qt
    from PySide6.QtGui import QColor, QFont, QPainter, QTextDocument

    page = device.pageLayout().paintRectPixels(device.resolution())
    footer = _FOOTER_MM / 25.4 * device.resolution()
    body_height = page.height() - footer

    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)  # points mean the device's points
    font = QFont("DejaVu Sans")
    font.setPointSizeF(9.0)
    document.setDefaultFont(font)
    document.setHtml(html)
    document.setPageSize(QSizeF(page.width(), body_height))
    count = document.pageCount()

    painter = QPainter()
    if not painter.begin(device):
        raise OSError("cannot start printing")
    try:
        footer_font = QFont(font)
        footer_font.setPointSizeF(7.5)
        for index in range(count):
            if index:
                device.newPage()
            painter.save()
            painter.translate(0, -index * body_height)
            document.drawContents(painter, QRectF(0, index * body_height, page.width(), body_height))
            painter.restore()
            painter.setFont(footer_font)
            painter.setPen(QColor("#57606a"))
            band = QRectF(0, body_height + footer * 0.35, page.width(), footer * 0.65)
            painter.drawLine(band.topLeft(), band.topRight())
            painter.drawText(band, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
            painter.drawText(band, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             f"Page {index + 1} of {count}")
    finally:
        painter.end()
    return count
