"""PDF documents: text with layout through pdfminer.six, turned into the
paragraphs a person sees. (First version: plain extraction; the PDF issue
replaces it with layout analysis, furniture removal and a worker process.)"""
from __future__ import annotations

import io
from typing import Optional

from ..errors import InputError, PasswordRequired
from ..model import Paragraph
from ..progress import Progress, ensure_progress
from ..segment import segment
from ..textload import RawFile


def load_pdf_paragraphs(
    raw: RawFile, *, password: Optional[str] = None, progress: Optional[Progress] = None
) -> tuple[Paragraph, ...]:
    progress = ensure_progress(progress)
    from pdfminer.high_level import extract_text
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError

    progress.report("Reading PDF", 0.0)
    try:
        text = extract_text(io.BytesIO(raw.data), password=password or "")
    except PDFPasswordIncorrect:
        raise PasswordRequired(f"{raw.path}: this PDF is encrypted; a password is needed") from None
    except PDFSyntaxError as error:
        raise InputError(f"{raw.path}: this PDF is damaged and cannot be read ({error})") from None
    except Exception as error:  # pdfminer raises many kinds on broken files
        raise InputError(f"{raw.path}: this PDF cannot be read ({type(error).__name__})") from None
    if not text.strip():
        raise InputError(
            f"{raw.path}: this PDF has no text layer (it may be a scan); Tandem needs text"
        )
    return segment(text)
