"""File › Print: Qt's print dialog, then the report laid out as the PDF
report is."""
from __future__ import annotations

from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter

from desktop.reports.pdf import write_pdf

from .fakes import example_comparison, show



def test_print_goes_through_the_dialog_and_prints_the_report(window, qtbot, tmp_path, monkeypatch):
    show(window, qtbot, example_comparison())
    asked = []
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: asked.append(1) or QPrintDialog.DialogCode.Accepted)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # a file stands in for the printer
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))  # the PDF report's paper
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    assert window.review.print_report(printer)
    assert asked == [1]
    data = printed.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 2000
    assert "Report sent to the printer" in window.statusBar().currentMessage()
    exported = write_pdf(str(tmp_path / "report.pdf"), window.session.comparison)
    assert f"({exported} page" in window.statusBar().currentMessage()  # as many pages as the PDF report


def test_cancelling_the_dialog_prints_nothing(window, qtbot, tmp_path, monkeypatch):
    show(window, qtbot, example_comparison())
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QPrintDialog.DialogCode.Rejected)
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "none.pdf"))
    assert not window.review.print_report(printer)
    assert not (tmp_path / "none.pdf").exists()


def test_print_is_in_the_file_menu_with_ctrl_p(window):
    action = window.review_actions.print_report
    file_menu = window.menuBar().actions()[0].menu()
    assert action in file_menu.actions()
    assert action.shortcut().toString() == "Ctrl+P"
