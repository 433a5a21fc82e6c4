"""Whether two documents are the two sides of one bilingual file, and the
pairs the file makes of their paragraphs (by segment id, not by alignment)."""
from __future__ import annotations

from ..model import Document


def is_prealigned(left: Document, right: Document) -> bool:
    """Both sides of the same bilingual file (the same bytes), one each."""
    sides = {left.info.bilingual, right.info.bilingual}
    return (bool(left.info.bilingual) and len(sides) == 2 and left.sha256 == right.sha256
            and left.source_format == right.source_format)


def segment_links(left: Document, right: Document) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    """(left id,), (right id,) for every segment with text on both sides."""
    right_of = {p.segment.id: p.id for p in right.paragraphs if p.segment is not None}
    return [((p.id,), (right_of[p.segment.id],)) for p in left.paragraphs
            if p.segment is not None and p.segment.id in right_of]
