"""Comparing a bilingual file's sides: one group per segment, source with
its own target, then the translators' QA checks on top of the drift checks."""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from .. import encoder
from ..compare import compare_linked
from ..model import Comparison, Document, Options
from ..progress import Progress, ensure_progress
from ..summary import summarise
from .documents import file_label
from .pairing import segment_links
from .qa import with_qa

_LISTED = 12  # untranslated segments named in the note; the rest counted


def compare_segments(left: Document, right: Document, options: Options = Options(),
                     progress: Optional[Progress] = None) -> Comparison:
    progress = ensure_progress(progress)
    links = segment_links(left, right)
    if left.language != right.language and encoder.knows(left.language) and encoder.knows(right.language):
        # one batched pass over every segment, so each pair's meaning is a cache look-up
        texts = [p.text for p in left.paragraphs] + [p.text for p in right.paragraphs]
        encoder.embed_passages(texts, progress.sub(0.0, 0.5))
    comparison = compare_linked(left, right, links, options, relatedness=len(links) / max(1, len(left.paragraphs)),
                                notes=_notes(left, right, links), progress=progress.sub(0.5, 1.0))
    groups = with_qa(comparison.groups, left, right)
    return replace(comparison, groups=groups, summary=summarise(left, right, groups))


def _notes(left: Document, right: Document, links) -> tuple[str, ...]:
    name = file_label(left)
    notes = [f"Compared segment by segment as {name} pairs them ({len(left.paragraphs)} segments; "
             "no re-alignment)."]
    linked = {i for lefts, _ in links for i in lefts}
    untranslated = [p.segment.id for p in left.paragraphs if p.id not in linked and p.segment is not None]
    if untranslated:
        shown = ", ".join(untranslated[:_LISTED]) + (f" and {len(untranslated) - _LISTED} more"
                                                     if len(untranslated) > _LISTED else "")
        noun = "segment is" if len(untranslated) == 1 else "segments are"
        notes.append(f"{len(untranslated)} {noun} not translated (no target, or an empty one): {shown}.")
    return tuple(notes)
