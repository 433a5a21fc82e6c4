"""Inside a PDF reader process: jobs in, laid-out pages out.

A reader process lives as long as the application (see ``worker``): it is
started once, reads one job after another, and is ended from outside when
a job must stop (cancelled, over time) or after it failed. Messages, each
tagged with its job's number:
  ("open", job, encrypted, page count), then ("want", job) (answered with
  the index of a page no other reader took, or -1) and ("page", job,
  PageLayout) in turn, then ("done", job) or ("fail", job, kind, message).
Nothing here imports Qt, nor the comparison engine (see ``worker._BOOT``)."""
from __future__ import annotations

import sys
import time

from .failures import UNREADABLE, ExtractionFailure

READY = "ready"


def serve(jobs, results) -> None:
    """The process's whole life: until the job pipe closes."""
    sys.setrecursionlimit(5000)
    from .page_layout import analyse_page  # imported once, before the first job
    from .pdfium_chars import PdfiumDocument

    results.send((READY,))
    while True:
        try:
            job = jobs.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        run_job(results, job, _Pages(jobs, results, job[0]), PdfiumDocument, analyse_page)


class _Pages:
    """The pages a job's readers share: each asks the caller for the next
    one no reader has taken (so the work evens out)."""

    def __init__(self, jobs, results, number: int) -> None:
        self._jobs, self._results, self._number = jobs, results, number

    def take(self) -> int:
        """The next page's index, or -1 when there is none."""
        self._results.send(("want", self._number))
        return self._jobs.recv()


def run_job(results, job: tuple, pages: "_Pages", open_document, analyse_page) -> None:
    number, data, password, memory_limit, stall = job
    limit_memory(memory_limit)
    document = None
    try:
        if stall:
            time.sleep(stall)  # tests: a reader that hangs
        document = _opened(open_document, data, password)
        results.send(("open", number, document.encrypted, document.page_count))
        second = _SecondReader(data, password)
        index = pages.take()
        while 0 <= index < document.page_count:
            try:
                glyphs = document.page_glyphs(index)
            except ExtractionFailure:
                if index and document.ends_before(index):
                    break  # the page tree claims more pages than it holds
                raise
            results.send(("page", number, analyse_page(index + 1, second.better(index, glyphs))))
            index = pages.take()
        results.send(("done", number))
    except ExtractionFailure as failure:
        results.send(("fail", number, failure.kind, failure.message))
    except MemoryError:
        results.send(("fail", number, UNREADABLE, "this PDF needs more memory than allowed to read"))
    except RecursionError:
        results.send(("fail", number, UNREADABLE, "this PDF is damaged (its structure loops on itself)"))
    except Exception as error:  # a bug of ours must still end in a message
        results.send(("fail", number, UNREADABLE,
                      f"this PDF could not be read ({type(error).__name__}: {error})"))
    finally:
        if document is not None:
            document.close()


def _opened(open_document, data: bytes, password):
    """PDFium's document, or pdfminer.six's where PDFium finds the file
    damaged beyond its repairs (a password problem stays PDFium's answer)."""
    try:
        return open_document(data, password)
    except ExtractionFailure as failure:
        if failure.kind != UNREADABLE:
            raise
        from .pdfminer_chars import PdfminerDocument

        try:
            return PdfminerDocument(data, password)
        except ExtractionFailure:
            raise failure from None


class _SecondReader:
    """pdfminer.six for the pages where PDFium met glyphs its fonts map to
    no character (see ``pdfminer_chars``), or found no text at all: its
    reading is taken when it leaves fewer glyphs unknown."""

    def __init__(self, data: bytes, password) -> None:
        self._data, self._password = data, password
        self._pages = None

    def better(self, index: int, glyphs):
        empty = not _glyph_count(glyphs)
        if not glyphs.doubtful_chars and not empty:
            return glyphs
        if self._pages is None:
            from .pdfminer_chars import PdfminerPages

            self._pages = PdfminerPages(self._data, self._password)
        other = self._pages.page_glyphs(index)
        if other is None or not _glyph_count(other):
            return glyphs
        if empty:
            return other
        if other.undefined_chars >= glyphs.doubtful_chars:
            return glyphs
        if _glyph_count(other) < 0.9 * _glyph_count(glyphs):
            return glyphs  # pdfminer lost text PDFium has
        return other


def _glyph_count(glyphs) -> int:
    return sum(len(run.text) for frame in [glyphs, *glyphs.asides] for run in frame.runs)


def limit_memory(limit: int) -> None:
    """Cap the process's address space where the OS allows it (Linux): an
    allocation past it fails instead of starving the machine. Each job sets
    its own cap (the soft limit may go up again to the hard one). Elsewhere
    the time limits are the safeguard."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import resource

        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        cap = limit if hard == resource.RLIM_INFINITY else min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    except (ImportError, ValueError, OSError):
        pass
