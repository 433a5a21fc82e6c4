"""The background-op helper: work off the GUI thread, results and progress
back on it, cancel and failure handled."""
from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtWidgets import QWidget

from desktop.engine.errors import Cancelled, InputError
from desktop.gui.ops import Op, cancel_all, running_ops


class Sink:
    def __init__(self):
        self.events = []

    def begin(self, label, cancel):
        self.events.append(("begin", label))
        self.cancel = cancel

    def report(self, stage, fraction):
        self.events.append(("report", stage, round(fraction, 2)))

    def end(self):
        self.events.append(("end",))


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_success_runs_on_the_gui_thread(qtbot, parent):
    gui_thread = threading.current_thread()
    seen = {}

    def work(progress):
        seen["worker"] = threading.current_thread()
        progress.report("Working", 0.5)
        return 42

    def success(result):
        seen["result"] = result
        seen["callback"] = threading.current_thread()

    sink = Sink()
    Op(parent, work, success).with_progress("Test", sink).run_in_background()
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen["result"] == 42
    assert seen["worker"] is not gui_thread
    assert seen["callback"] is gui_thread
    assert sink.events[0] == ("begin", "Test") and sink.events[-1] == ("end",)
    assert not running_ops()


def test_failure_reaches_the_failure_callback(qtbot, parent):
    errors = []

    def work(progress):
        raise InputError("unreadable.txt: not a text file")

    Op(parent, work, lambda r: None).failure(errors.append).run_in_background()
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], InputError)


def test_cancel_stops_the_work(qtbot, parent):
    errors = []
    started = threading.Event()

    def work(progress):
        started.set()
        while True:
            progress.check()
            time.sleep(0.01)

    sink = Sink()
    op = Op(parent, work, lambda r: None).failure(errors.append).with_progress("Slow", sink).run_in_background()
    assert started.wait(5)
    sink.cancel()  # what the Cancel button does
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], Cancelled)
    assert op.done


def test_results_for_a_closed_parent_are_dropped(qtbot):
    widget = QWidget()
    calls = []
    gate = threading.Event()
    op = Op(widget, lambda progress: gate.wait(5), calls.append).run_in_background()
    widget.deleteLater()
    qtbot.wait(20)
    gate.set()
    qtbot.waitUntil(lambda: op.done, timeout=5000)
    assert calls == []


def test_cancel_all_waits_for_workers(parent):
    gate = threading.Event()

    def work(progress):
        while not progress.cancel.cancelled:
            time.sleep(0.01)
        gate.set()
        raise Cancelled()

    Op(parent, work, lambda r: None).failure(lambda e: None).run_in_background()
    assert cancel_all(timeout=5)
    assert gate.is_set()
