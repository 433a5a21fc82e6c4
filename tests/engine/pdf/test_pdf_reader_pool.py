"""The PDF reader processes: started once and reused, yet a read that hangs,
is cancelled or kills its reader is stopped, reported in one sentence, and
leaves the pool able to read the next file."""
from __future__ import annotations

import os
import subprocess
import sys
import threading
import time

import pytest

from desktop.engine.errors import Cancelled
from desktop.engine.pdf.failures import ExtractionFailure
from desktop.engine.pdf.worker import extract_layouts, shared_pool, warm_up
from desktop.engine.progress import CancelToken, Progress

from .tandem_pdf_makers import BACKGROUND, RELEASE, content, expected, folded, read_pdf, word_processor

LONG = RELEASE + BACKGROUND  # two pages: the running header repeats and is set aside
HANGING = b"%PDF-1.4\n%%EOF\n"  # with a stall: a reader that never answers


def release(path, items=LONG):
    return word_processor(path, items, size=13)


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def wait_dead(pid: int, seconds: float = 5.0) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if not alive(pid):
            return True
        time.sleep(0.05)
    return False


def test_readers_are_reused_from_one_read_to_the_next(makers, tmp_path):
    read_pdf(release(tmp_path / "one.pdf"))
    before = shared_pool().idle_pids()
    second = release(tmp_path / "two.pdf", BACKGROUND + RELEASE)
    assert content(read_pdf(second)) == folded(expected(BACKGROUND + RELEASE))
    assert before and sorted(shared_pool().idle_pids()) == sorted(before), "the second read started a process"


def test_warm_up_starts_a_reader_in_advance():
    shared_pool().shut_down()
    warm_up()
    pids = shared_pool().idle_pids()
    assert len(pids) == 1 and alive(pids[0])


def test_time_limit_stops_a_stuck_reader(makers, tmp_path):
    warm_up()
    stuck = shared_pool().idle_pids()[0]
    started = time.monotonic()
    with pytest.raises(ExtractionFailure, match="took too long"):
        extract_layouts(HANGING, None, Progress(), idle_limit=0.5, workers=1, _stall_for_tests=30)
    assert time.monotonic() - started < 10
    assert wait_dead(stuck), "the stuck reader was left running"
    assert content(read_pdf(release(tmp_path / "after.pdf"))) == folded(expected(LONG))


def test_cancel_stops_the_reader(makers, tmp_path):
    warm_up()
    busy = shared_pool().idle_pids()[0]
    token = CancelToken()
    timer = threading.Timer(0.5, token.cancel)
    timer.start()
    started = time.monotonic()
    try:
        with pytest.raises(Cancelled):
            extract_layouts(HANGING, None, Progress(cancel=token), workers=1, _stall_for_tests=30)
    finally:
        timer.cancel()
    assert time.monotonic() - started < 10
    assert wait_dead(busy)
    assert read_pdf(word_processor(tmp_path / "after.pdf", RELEASE))


def test_reader_that_dies_gives_a_clear_message(makers, tmp_path):
    # A reader killed from outside (as the OS does when memory runs out, or
    # as a crash inside PDFium would end it) must end in a message, not a hang.
    warm_up()
    victim = shared_pool().idle_pids()[0]
    killer = threading.Timer(0.5, os.kill, (victim, 9))
    killer.start()
    try:
        with pytest.raises(ExtractionFailure, match="reader stopped"):
            extract_layouts(HANGING, None, Progress(), idle_limit=20, workers=1, _stall_for_tests=10)
    finally:
        killer.cancel()
    assert read_pdf(word_processor(tmp_path / "after.pdf", RELEASE))
    assert victim not in shared_pool().idle_pids()


def test_two_threads_reading_at_once_get_their_own_pages(makers, tmp_path):
    paths = [release(tmp_path / f"{n}.pdf", items) for n, items in enumerate((LONG, BACKGROUND + RELEASE))]
    results: dict[int, list[str]] = {}

    def read(index: int) -> None:
        results[index] = content(read_pdf(paths[index]))

    threads = [threading.Thread(target=read, args=(n,)) for n in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert results == {0: folded(expected(LONG)), 1: folded(expected(BACKGROUND + RELEASE))}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="address-space limits are Linux-only")
def test_reader_memory_cap():
    code = (
        "from desktop.engine.pdf.reader_process import limit_memory\n"
        "limit_memory(1024 ** 3)\n"
        "try:\n"
        "    block = bytearray(1536 * 1024 ** 2)\n"
        "except MemoryError:\n"
        "    print('capped')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "capped"


def test_a_reader_starts_early_only_for_a_pdf(makers, tmp_path):
    from desktop.engine.pdf_early import start_reader_for

    shared_pool().shut_down()
    text = tmp_path / "release.txt"
    text.write_text("A release as text.\n", encoding="utf-8")
    assert not start_reader_for([str(text), str(tmp_path / "missing.pdf"), None])
    assert shared_pool().idle_pids() == []
    assert start_reader_for([str(text), str(release(tmp_path / "release.pdf"))])
    assert len(shared_pool().idle_pids()) == 1
