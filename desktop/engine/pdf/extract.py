"""Opening a PDF and laying out its pages (runs inside the worker process).

Every failure becomes an ``ExtractionFailure`` with a message for the user;
the worker sends it back instead of a traceback."""
from __future__ import annotations

import io
import logging
from typing import Iterator, Optional

from .glyphs import GlyphCollector
from .layout_types import PageLayout
from .page_layout import analyse_page

# Failure kinds the parent turns into typed errors.
NEEDS_PASSWORD = "needs-password"
WRONG_PASSWORD = "wrong-password"
UNREADABLE = "unreadable"


class ExtractionFailure(Exception):
    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message


def quiet_pdfminer() -> None:
    """pdfminer logs a warning for every oddity of real-world files; the
    user gets one clear message from us instead. Its parser also calls
    ``log.debug`` for every token read; in a worker process (and only there)
    those calls are made no-ops, which saves a tenth of the reading time."""
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    for name in ("psparser", "pdfinterp", "pdfparser", "pdfdocument", "pdfpage", "pdffont", "cmapdb"):
        logging.getLogger(f"pdfminer.{name}").debug = _no_debug


def _no_debug(*args, **kwargs) -> None:
    pass


def check_complete(data: bytes) -> None:
    """A PDF ends with its cross-reference pointer and an end-of-file mark;
    a file cut off while downloading has neither at its end. pdfminer would
    read what pages it can find, and the user would compare half a document
    without knowing."""
    tail = data[-2048:]
    if b"%%EOF" not in tail and b"startxref" not in tail:
        raise ExtractionFailure(UNREADABLE, "this PDF is incomplete: the file ends early "
                                "(it may have been cut off while downloading or copying)")


def open_document(data: bytes, password: Optional[str]):
    """The parsed document, or an ExtractionFailure saying why not."""
    from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFParser

    try:
        return PDFDocument(PDFParser(io.BytesIO(data)), password=password or "")
    except PDFPasswordIncorrect:
        if password:
            raise ExtractionFailure(WRONG_PASSWORD, "the password is wrong") from None
        raise ExtractionFailure(NEEDS_PASSWORD, "this PDF is encrypted; a password is needed") from None
    except PDFEncryptionError as error:
        raise ExtractionFailure(
            UNREADABLE, f"this PDF uses an encryption Tandem cannot open ({error})"
        ) from None
    except MemoryError:
        raise ExtractionFailure(UNREADABLE, "this PDF needs more memory than allowed to read") from None
    except Exception as error:  # pdfminer raises many kinds on damaged files
        raise damaged(error) from None


def damaged(error: BaseException) -> ExtractionFailure:
    detail = str(error).strip().splitlines()[0][:120] if str(error).strip() else type(error).__name__
    return ExtractionFailure(UNREADABLE, f"this PDF is damaged and cannot be read ({detail})")


def is_encrypted(document) -> bool:
    return bool(getattr(document, "encryption", None))


def layout_pages(document, first: int, step: int) -> Iterator[PageLayout]:
    """Pages first, first+step, ... (0-based) laid out; the page tree is
    walked by every worker but only its own pages are interpreted."""
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage

    manager = PDFResourceManager(caching=True)
    device = GlyphCollector(manager)
    interpreter = PDFPageInterpreter(manager, device)
    try:
        for index, page in enumerate(PDFPage.create_pages(document)):
            if index % step != first:
                continue
            try:
                interpreter.process_page(page)
            except (MemoryError, RecursionError):
                raise
            except Exception as error:
                raise _page_damaged(index + 1, error) from None
            yield analyse_page(index + 1, device.page)
    except ExtractionFailure:
        raise
    except MemoryError:
        raise ExtractionFailure(UNREADABLE, "this PDF needs more memory than allowed to read") from None
    except RecursionError:
        raise ExtractionFailure(UNREADABLE, "this PDF is damaged (its structure loops on itself)") from None
    except Exception as error:
        raise damaged(error) from None


def _page_damaged(number: int, error: BaseException) -> ExtractionFailure:
    failure = damaged(error)
    failure.message = f"page {number} of this PDF is damaged and cannot be read"
    return failure
