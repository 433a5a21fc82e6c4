"""PDF reading in separate, long-lived processes: a damaged or hostile PDF
can loop, crash PDFium or swallow memory, and only a process can be stopped
from outside, or crash without taking the application along. Starting a Python process
costs more than reading a short PDF, so reader processes are started once
(on first use, or early by ``warm_up``) and reused; one is replaced when a
job had to be stopped (cancelled, over time) or failed. Long documents are
shared among the readers (each takes the next page no other has taken),
which also uses every core.

The "spawn" start method is used everywhere: it behaves the same on every
platform, inside a Qt application and in a frozen (PyInstaller) build."""
from __future__ import annotations

import multiprocessing
import os
import re
import threading
import time
from dataclasses import dataclass
from multiprocessing.connection import wait
from typing import Optional

from ..progress import Progress
from .failures import UNREADABLE, ExtractionFailure, check_complete
from .layout_types import PageLayout
from .reader_process import READY

IDLE_LIMIT = 30.0  # seconds without a page finished: the file is pathological
TOTAL_LIMIT = 600.0
START_LIMIT = 60.0  # seconds for a reader process to start (a loaded machine)
MEMORY_LIMIT = 2 * 1024**3  # bytes of address space per reader (where settable)
RECYCLE_BYTES = 64 * 1024**2  # a reader that read a file this large is replaced (its heap grew)
_PAGES_PER_WORKER = 6  # below this a second process costs more than it saves
_MAX_WORKERS = 4
_SHARED_BYTES = 256 * 1024  # a file this large is shared even when its pages cannot be counted
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
    job = _Job(data, password, workers or worker_count(data), _stall_for_tests)
    return shared_pool().run(job, progress, idle_limit, total_limit)


def warm_up() -> None:
    """Start a reader now, in the background, so that the first PDF opened
    does not wait for one (the window calls it at launch)."""
    shared_pool().warm_up(1)


def worker_count(data: bytes) -> int:
    """Processes for this file. Page objects are counted in the raw bytes
    (cheap, and safe on any input); a file that hides them in compressed
    object streams (LaTeX's) is shared when it is large. The readers take
    pages as they go, so one with too few pages for it just ends."""
    pages = len(_PAGE_OBJECT.findall(data))
    if not pages and len(data) >= _SHARED_BYTES:
        pages = _PAGES_PER_WORKER * _MAX_WORKERS
    return max(1, min(_cpus(), _MAX_WORKERS, pages // _PAGES_PER_WORKER))


def _cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))  # the cores this process may use
    except (AttributeError, OSError):
        return os.cpu_count() or 1


@dataclass
class _Job:
    data: bytes
    password: Optional[str]
    readers: int
    stall: float = 0.0

    def message(self, number: int) -> tuple:
        memory = MEMORY_LIMIT + 4 * len(self.data)  # room for the file and its parsed objects
        return (number, self.data, self.password, memory, self.stall)


# The child starts from this snippet rather than from a function of this
# package: naming one as the target would import the ``desktop.engine``
# package first, and with it the whole comparison engine (numpy, scipy),
# which costs more than reading a short PDF. The snippet registers the
# parent packages as bare packages (same search path, no __init__ run), then
# imports only the reader and what it needs.
_BOOT = """
import sys, types
for name, path in packages:
    if name not in sys.modules:
        module = types.ModuleType(name)
        module.__path__ = list(path)
        module.__package__ = name
        sys.modules[name] = module
from desktop.engine.pdf.reader_process import serve
serve(jobs, results)
"""


def _parent_packages() -> list[tuple[str, list[str]]]:
    import desktop
    import desktop.engine

    from .. import pdf

    return [("desktop", list(desktop.__path__)), ("desktop.engine", list(desktop.engine.__path__)),
            ("desktop.engine.pdf", list(pdf.__path__))]


class _Reader:
    """One reader process and its two pipes (jobs in, results out: each pipe
    has one writer, so a job can be sent from a thread while results are
    read)."""

    def __init__(self, context) -> None:
        job_reader, self.jobs = context.Pipe(duplex=False)
        self.results, result_writer = context.Pipe(duplex=False)
        self.process = context.Process(
            target=exec, name="tandem-pdf-reader", daemon=True,
            args=(_BOOT, {"packages": _parent_packages(), "jobs": job_reader, "results": result_writer}),
        )
        try:
            self.process.start()
        except BaseException:
            for end in (job_reader, self.jobs, self.results, result_writer):
                end.close()
            raise
        job_reader.close()  # the child holds its own copies; EOF then means it ended
        result_writer.close()
        self.ready = False
        self.started = time.monotonic()
        self.sender: Optional[threading.Thread] = None

    def send(self, message: tuple) -> None:
        """In a thread: a large file fills the pipe, and a reader that hangs
        before reading it must not hang the caller."""
        def deliver() -> None:
            try:
                self.jobs.send(message)
            except (OSError, ValueError):
                pass  # the reader died or was stopped: its silence is noticed
        self.sender = threading.Thread(target=deliver, name="tandem-pdf-send", daemon=True)
        self.sender.start()

    def alive(self) -> bool:
        return self.process.is_alive()

    def stop(self) -> None:
        if self.process.is_alive():
            self.process.terminate()
            self.process.join(2)
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        for end in (self.jobs, self.results):
            end.close()
        if self.sender is not None:
            self.sender.join(1)
        self.process.close()


class _Pool:
    """The application's reader processes. One job at a time (a second
    caller waits); readers that finished a job cleanly are kept."""

    def __init__(self) -> None:
        self._owner = os.getpid()
        self._context = multiprocessing.get_context("spawn")
        self._idle: list[_Reader] = []
        self._lock = threading.Lock()
        self._jobs = 0

    def warm_up(self, count: int) -> None:
        if not self._lock.acquire(blocking=False):
            return  # a job is running: it starts what it needs
        try:
            self._discard_dead()
            while len(self._idle) < count:
                self._idle.append(_Reader(self._context))
        except OSError:
            pass  # the job will report it
        finally:
            self._lock.release()

    def run(self, job: _Job, progress: Progress, idle_limit: float, total_limit: float) -> Extraction:
        while not self._lock.acquire(timeout=0.1):
            progress.check()
        try:
            team = self._team(job.readers)
            self._jobs += 1
            return self._collect(team, job, self._jobs, progress, idle_limit, total_limit)
        finally:
            self._lock.release()

    def _team(self, count: int) -> list[_Reader]:
        self._discard_dead()
        team, self._idle = self._idle[:count], self._idle[count:]
        try:
            while len(team) < count:
                team.append(_Reader(self._context))
        except OSError as error:  # no process could be started (limits, resources)
            self._idle.extend(team)
            raise ExtractionFailure(UNREADABLE, f"could not start the PDF reader ({error})") from None
        return team

    def _discard_dead(self) -> None:
        for reader in [r for r in self._idle if not r.alive()]:
            self._idle.remove(reader)
            reader.stop()

    def _collect(self, team, job: _Job, number: int, progress, idle_limit, total_limit) -> Extraction:
        for reader in team:
            reader.send(job.message(number))
        session = _Session(team, number)
        try:
            extraction = session.collect(progress, idle_limit, total_limit)
        except BaseException:
            for reader in team:
                reader.stop()  # stopped mid-job, or it failed: replaced next time
            raise
        for reader in team:
            if len(job.data) >= RECYCLE_BYTES:
                reader.stop()
            else:
                self._idle.append(reader)
        return extraction

    def idle_pids(self) -> list[int]:
        return [reader.process.pid for reader in self._idle if reader.alive()]

    def shut_down(self) -> None:
        with self._lock:
            for reader in self._idle:
                reader.stop()
            self._idle = []


class _Session:
    """One job's messages from its team, until every reader is done."""

    def __init__(self, team: list[_Reader], number: int) -> None:
        self.running = {reader.results: reader for reader in team}
        self.number = number
        self.pages: list[PageLayout] = []
        self.encrypted = False
        self.expected = 0
        self.opened_empty = False  # the document opened and has no pages
        self.next_page = 0  # the next page a reader may take

    def collect(self, progress: Progress, idle_limit: float, total_limit: float) -> Extraction:
        started = last_news = time.monotonic()
        while self.running:
            progress.check()
            now = time.monotonic()
            if now - last_news > self._allowed_silence(idle_limit) or now - started > total_limit:
                raise ExtractionFailure(UNREADABLE, _too_long(now - started))
            for connection in wait(list(self.running), timeout=0.1):
                if self._handle(connection, _receive(connection), progress):
                    last_news = time.monotonic()
        if not self.pages and self.opened_empty:
            raise ExtractionFailure(UNREADABLE, "this PDF has no pages")
        if not self.pages:
            raise ExtractionFailure(UNREADABLE, "this PDF is damaged and cannot be read (no pages found)")
        self.pages.sort(key=lambda page: page.number)
        return Extraction(self.pages, self.encrypted)

    def _give_page(self, reader: _Reader) -> None:
        """The next page to a reader that asks (the page count is known:
        a reader asks only after it opened the document)."""
        index = self.next_page if self.next_page < self.expected else -1
        self.next_page += index >= 0
        try:
            reader.jobs.send(index)
        except (OSError, ValueError):
            pass  # it died: its silence is noticed

    def _allowed_silence(self, idle_limit: float) -> float:
        """A reader still starting up (the first read) may take longer than a
        page does: its start is allowed for separately."""
        starting = any(not reader.ready for reader in self.running.values())
        return idle_limit + (START_LIMIT if starting else 0.0)

    def _handle(self, connection, message: tuple, progress: Progress) -> bool:
        """True when the message was news about this job."""
        kind = message[0]
        if kind == READY:
            self.running[connection].ready = True
            return False
        if kind == "fail" and message[1] is None:
            raise ExtractionFailure(message[2], message[3])
        if message[1] != self.number:
            return False  # from an earlier job (cannot happen: such readers are stopped)
        self.running[connection].ready = True
        if kind == "want":
            self._give_page(self.running[connection])
        elif kind == "open":
            self.encrypted, self.expected = message[2], max(self.expected, message[3])
            self.opened_empty = message[3] == 0
        elif kind == "page":
            self.pages.append(message[2])
            progress.report("Reading PDF pages", len(self.pages) / max(self.expected, len(self.pages), 1))
        elif kind == "fail":
            raise ExtractionFailure(message[2], message[3])
        elif kind == "done":
            del self.running[connection]
        return True


def _receive(connection) -> tuple:
    try:
        return connection.recv()
    except (EOFError, OSError):
        # The process died without a word: killed for memory, or crashed
        # inside a C library.
        return ("fail", None, UNREADABLE, "reading this PDF failed (the reader stopped: the file may "
                "be damaged or need more memory than allowed)")


def _too_long(seconds: float) -> str:
    return (f"reading this PDF took too long (stopped after {seconds:.0f} s); "
            "the file may be damaged")


_POOL: Optional[_Pool] = None
_POOL_LOCK = threading.Lock()


def shared_pool() -> _Pool:
    """The pool of this process (a forked child gets a fresh one: the
    parent's readers are not its own)."""
    global _POOL
    with _POOL_LOCK:
        if _POOL is None or _POOL._owner != os.getpid():
            _POOL = _Pool()
        return _POOL


def shut_down() -> None:
    """End the idle readers (they end anyway with the application)."""
    with _POOL_LOCK:
        pool = _POOL
    if pool is not None and pool._owner == os.getpid():
        pool.shut_down()
