"""Extraction in separate processes: a damaged or hostile PDF can loop or
swallow memory inside pdfminer, and only a process can be stopped from
outside. Long documents are shared among several processes (page i goes to
process i mod n), which also uses every core.

The "spawn" start method is used everywhere: it behaves the same on every
platform, inside a Qt application and in a frozen (PyInstaller) build."""
from __future__ import annotations

import multiprocessing
import os
import re
import sys
import time
from dataclasses import dataclass
from multiprocessing.connection import wait
from typing import Optional

from ..progress import Progress
from .extract import (
    UNREADABLE, ExtractionFailure, check_complete, is_encrypted, layout_pages, open_document, quiet_pdfminer,
)
from .layout_types import PageLayout

IDLE_LIMIT = 30.0  # seconds without a page finished: the file is pathological
TOTAL_LIMIT = 600.0
MEMORY_LIMIT = 2 * 1024**3  # bytes of address space per worker (where settable)
_PAGES_PER_WORKER = 6  # below this a second process costs more than it saves
_MAX_WORKERS = 4
_PAGE_OBJECT = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")


@dataclass
class Extraction:
    pages: list[PageLayout]
    encrypted: bool


def extract_layouts(
    data: bytes,
    password: Optional[str],
    progress: Progress,
    *,
    idle_limit: float = IDLE_LIMIT,
    total_limit: float = TOTAL_LIMIT,
    workers: Optional[int] = None,
    _stall_for_tests: float = 0.0,
) -> Extraction:
    """All pages laid out, in page order. Raises ExtractionFailure, or
    Cancelled (from ``progress``) when the user stops it."""
    check_complete(data)
    count = workers or worker_count(data)
    context = multiprocessing.get_context("spawn")
    team: list = []
    try:
        for first in range(count):
            team.append(_start(context, data, password, first, count, _stall_for_tests))
        return _collect(team, progress, idle_limit, total_limit)
    except OSError as error:  # no process could be started (limits, resources)
        raise ExtractionFailure(UNREADABLE, f"could not start the PDF reader ({error})") from None
    finally:
        for process, connection in team:
            _stop(process, connection)


def worker_count(data: bytes) -> int:
    """Processes for this file. Page objects are counted in the raw bytes
    (cheap, and safe on any input); files that hide them in compressed
    object streams are judged by size."""
    pages = len(_PAGE_OBJECT.findall(data)) or len(data) // 40_000
    return max(1, min(_cpus(), _MAX_WORKERS, pages // _PAGES_PER_WORKER))


def _cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))  # the cores this process may use
    except (AttributeError, OSError):
        return os.cpu_count() or 1


# The child starts from this snippet rather than from ``work`` itself: naming
# ``work`` as the target would import the ``desktop.engine`` package first,
# and with it the whole comparison engine (numpy, scipy), which costs more
# than reading a short PDF (and this package's own __init__ brings in the
# paragraph finding the worker does not need). The snippet registers the
# parent packages as bare packages (same search path, no __init__ run), then
# imports only this module and what it needs.
_BOOT = """
import sys, types
for name, path in packages:
    if name not in sys.modules:
        module = types.ModuleType(name)
        module.__path__ = list(path)
        module.__package__ = name
        sys.modules[name] = module
from desktop.engine.pdf.worker import work
work(*arguments)
"""


def _start(context, data, password, first, step, stall):
    receiver, sender = context.Pipe(duplex=False)
    memory = MEMORY_LIMIT + 4 * len(data)  # room for the file and its parsed objects
    arguments = (sender, data, password, first, step, memory, stall)
    process = context.Process(
        target=exec, args=(_BOOT, {"packages": _parent_packages(), "arguments": arguments}),
        name=f"tandem-pdf-{first}", daemon=True,
    )
    try:
        process.start()
    except BaseException:
        receiver.close()
        raise
    finally:
        sender.close()  # the child holds its own copy; EOF then means it ended
    return process, receiver


def _parent_packages() -> list[tuple[str, list[str]]]:
    import desktop
    import desktop.engine

    from .. import pdf

    return [("desktop", list(desktop.__path__)), ("desktop.engine", list(desktop.engine.__path__)),
            ("desktop.engine.pdf", list(pdf.__path__))]


def _collect(team, progress: Progress, idle_limit: float, total_limit: float) -> Extraction:
    pages: list[PageLayout] = []
    encrypted = False
    expected = 0
    running = {connection: process for process, connection in team}
    started = last_news = time.monotonic()
    while running:
        progress.check()
        now = time.monotonic()
        if now - last_news > idle_limit or now - started > total_limit:
            raise ExtractionFailure(UNREADABLE, _too_long(now - started))
        for connection in wait(list(running), timeout=0.1):
            message = _receive(connection)
            last_news = time.monotonic()
            kind = message[0]
            if kind == "open":
                encrypted, expected = message[1], max(expected, message[2])
            elif kind == "page":
                pages.append(message[1])
                progress.report("Reading PDF pages", len(pages) / max(expected, len(pages), 1))
            elif kind == "fail":
                raise ExtractionFailure(message[1], message[2])
            elif kind == "done":
                del running[connection]
    if not pages:
        raise ExtractionFailure(UNREADABLE, "this PDF is damaged and cannot be read (no pages found)")
    pages.sort(key=lambda page: page.number)
    return Extraction(pages, encrypted)


def _receive(connection):
    try:
        return connection.recv()
    except (EOFError, OSError):
        # The process died without a word: killed for memory, or crashed
        # inside a C library.
        return ("fail", UNREADABLE, "reading this PDF failed (the reader stopped: the file may "
                "be damaged or need more memory than allowed)")


def _too_long(seconds: float) -> str:
    return (f"reading this PDF took too long (stopped after {seconds:.0f} s); "
            "the file may be damaged")


def _stop(process, connection) -> None:
    process.join(0.05)  # a worker that sent "done" is on its way out
    if process.is_alive():
        process.terminate()
        process.join(2)
    if process.is_alive():
        process.kill()
    process.join()
    process.close()
    connection.close()


# ---------------------------------------------------------------- child side

def work(connection, data: bytes, password, first: int, step: int, memory_limit: int, stall: float) -> None:
    """Entry point of a worker process: messages are ("open", encrypted,
    page count), ("page", PageLayout)..., then ("done",) or ("fail", kind,
    message)."""
    _limit_memory(memory_limit)
    quiet_pdfminer()
    sys.setrecursionlimit(5000)
    try:
        if stall:
            time.sleep(stall)
        document = open_document(data, password)
        connection.send(("open", is_encrypted(document), _page_count(document)))
        for layout in layout_pages(document, first, step):
            connection.send(("page", layout))
        connection.send(("done",))
    except ExtractionFailure as failure:
        connection.send(("fail", failure.kind, failure.message))
    except MemoryError:
        connection.send(("fail", UNREADABLE, "this PDF needs more memory than allowed to read"))
    except Exception as error:  # a bug of ours must still end in a message
        connection.send(("fail", UNREADABLE, f"this PDF could not be read ({type(error).__name__}: {error})"))
    finally:
        connection.close()


def _page_count(document) -> int:
    from pdfminer.pdftypes import resolve1

    try:
        count = resolve1(resolve1(document.catalog.get("Pages")).get("Count"))
        return int(count) if isinstance(count, int) and 0 < count < 1_000_000 else 0
    except Exception:
        return 0


def _limit_memory(limit: int) -> None:
    """Cap the worker's address space where the OS allows it (Linux): an
    allocation past it fails with MemoryError instead of starving the
    machine. Elsewhere the idle time limit is the safeguard."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import resource

        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        cap = limit if hard == resource.RLIM_INFINITY else min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    except (ImportError, ValueError, OSError):
        pass
