"""The engine's front door: what the command line and the window call."""
from __future__ import annotations

import os
from typing import Optional

from .bilingual.documents import load_pair
from .compare import compare_documents
from .formats import BILINGUAL, sniff
from .load import document_from_text, load_document
from .errors import InputError
from .model import SEGMENT_PARAGRAPHS, Comparison, Options
from .textload import STDIN
from .progress import Progress, ensure_progress

__all__ = ["compare_bilingual", "compare_documents", "compare_files", "document_from_text", "example_paths",
           "is_bilingual", "load_document", "load_pair"]

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


def is_bilingual(path: str) -> bool:
    """Whether ``path`` is a translator's bilingual file (XLIFF, TMX), by its
    content; False for anything that cannot be read (loading will say why)."""
    if path == STDIN:
        return False
    try:
        with open(path, "rb") as stream:
            head = stream.read(4096)
        return sniff(head, os.path.basename(path)) in BILINGUAL
    except (OSError, InputError):
        return False


def compare_bilingual(
    path: str,
    options: Options = Options(),
    *,
    source_language: Optional[str] = None,
    target_language: Optional[str] = None,
    progress: Optional[Progress] = None,
) -> Comparison:
    """A bilingual file (XLIFF 1.2/2.x, TMX): each segment's source compared
    with its target as the file pairs them. ``*_language`` choose a TMX's two
    languages (BCP 47; "de" finds "de-DE")."""
    progress = ensure_progress(progress)
    left, right = load_pair(path, source_language=source_language, target_language=target_language,
                            progress=progress.sub(0.0, 0.2))
    return compare_documents(left, right, options, progress=progress.sub(0.2, 1.0))
