"""The engine's front door: what the command line and the window call."""
from __future__ import annotations

import os
from typing import Optional

from .compare import compare_documents
from .load import document_from_text, load_document
from .errors import InputError
from .model import SEGMENT_PARAGRAPHS, Comparison, Options
from .textload import STDIN
from .progress import Progress, ensure_progress

__all__ = ["compare_documents", "compare_files", "document_from_text", "example_paths", "load_document"]

_EXAMPLES = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "examples")


def example_paths() -> tuple[str, str]:
    """The built-in example: a short press release and a rewrite of it."""
    return (
        os.path.join(_EXAMPLES, "press-release.txt"),
        os.path.join(_EXAMPLES, "press-release-rewrite.txt"),
    )


def compare_files(
    left_path: str,
    right_path: str,
    options: Options = Options(),
    *,
    segment_mode: str = SEGMENT_PARAGRAPHS,
    left_password: Optional[str] = None,
    right_password: Optional[str] = None,
    left_language: Optional[str] = None,
    right_language: Optional[str] = None,
    left_attachment: Optional[str] = None,
    right_attachment: Optional[str] = None,
    progress: Optional[Progress] = None,
) -> Comparison:
    """``*_language`` (ISO 639-1) overrides detection for that document;
    ``*_attachment`` reads that attachment of an e-mail as the document."""
    progress = ensure_progress(progress)
    if left_path == right_path == STDIN:
        raise InputError("only one of the two documents can come from standard input ('-')")
    left = load_document(left_path, segment_mode=segment_mode, password=left_password,
                         language=left_language, attachment=left_attachment, progress=progress.sub(0.0, 0.2))
    right = load_document(right_path, segment_mode=segment_mode, password=right_password,
                          language=right_language, attachment=right_attachment,
                          progress=progress.sub(0.2, 0.4))
    return compare_documents(left, right, options, progress=progress.sub(0.4, 1.0))
