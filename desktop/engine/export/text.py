"""A comparison as plain text for a terminal: the summary, then each group
with its status and its word changes."""
from __future__ import annotations

import textwrap

from ..bilingual.pairing import is_prealigned
from ..model import OMITTED, SEGMENTS, Comparison, Document, Group
from ..places import line_label, paragraph_label

_WIDTH = 100


def summary_lines(comparison: Comparison) -> list[str]:
    s = comparison.summary
    verdict = "versions of the same text" if comparison.related else "NOT versions of the same text"
    counts = ", ".join(f"{n} {status}" for status, n in sorted(s.counts.items()))
    return [
        f"Original: {comparison.left.name} ({comparison.left.language}, {_units(comparison.left)})",
        f"Other:    {comparison.right.name} ({comparison.right.language}, {_units(comparison.right)})",
        f"Verdict:  {verdict} (relatedness {comparison.relatedness:.2f})",
        f"Retained {s.retained:.0%} of the original, omitted {s.omitted:.0%}; "
        f"{s.added:.0%} of the other version is new.",
        f"Groups:   {counts}; {s.moved} moved, {s.splits} split, {s.merges} merged, "
        f"{s.changes} word changes.",
    ] + [f"Note:     {note}" for note in comparison.notes]


def _units(document: Document) -> str:
    noun = "segments" if document.positions == SEGMENTS else "paragraphs"
    return f"{len(document.paragraphs)} {noun}"


def _label(document: Document, ids) -> str:
    if not ids:
        return "-"
    return ", ".join(paragraph_label(document, document.paragraphs[pid]) for pid in ids)


def _snippet(document: Document, ids) -> str:
    text = " / ".join(document.paragraphs[i].text for i in ids)
    return textwrap.shorten(text, _WIDTH - 6, placeholder=" …")


def group_lines(comparison: Comparison, group: Group) -> list[str]:
    segments = is_prealigned(comparison.left, comparison.right)
    status = "UNTRANSLATED" if segments and group.status == OMITTED else group.status.upper()
    status += f" ({group.edit})" if group.moved and group.edit else ""
    head = f"[{group.index}] {status}  {_label(comparison.left, group.left)}  →  " \
           f"{_label(comparison.right, group.right)}"
    if group.linked:
        head += f"  similarity {group.similarity:.2f}"
    lines = [head]
    if group.left:
        lines.append("   < " + _snippet(comparison.left, group.left))
    if group.right:
        lines.append("   > " + _snippet(comparison.right, group.right))
    if group.linked and comparison.left.language != comparison.right.language and not segments:
        lines.append("     (two languages: sentences, figures, dates and names are compared, not words)")
    for change in group.changes:
        left = textwrap.shorten(change.left_text, 40, placeholder="…")
        right = textwrap.shorten(change.right_text, 40, placeholder="…")
        lines.append(f"     {change.op:7s} «{left}» → «{right}»")
    for item in group.drift:
        lines.append(f"     ! {item.severity}: {item.message}")
    return lines


def comparison_text(comparison: Comparison) -> str:
    lines = summary_lines(comparison) + [""]
    for group in comparison.groups:
        lines.extend(group_lines(comparison, group))
    return "\n".join(lines) + "\n"


def document_text(document: Document) -> str:
    """The paragraphs compared, then those set aside as boilerplate (running
    headers and footers, page numbers, a repeated headline)."""
    compared = [p for p in document.paragraphs if p.kind != "boilerplate"]
    aside = [p for p in document.paragraphs if p.kind == "boilerplate"]
    lines = [f"{document.name}: {len(compared)} paragraphs, {document.encoding}, "
             f"language {document.language}"] + _source_lines(document)
    label = line_label(document)
    lines.extend(_paragraph_line(p, label) for p in compared)
    if aside:
        lines.append("")
        lines.append(f"Set aside as boilerplate, not compared ({len(aside)}):")
        lines.extend(_paragraph_line(p, label) for p in aside)
    return "\n".join(lines) + "\n"


def _source_lines(document: Document) -> list[str]:
    """What the page or message says of itself, and an e-mail's attachments."""
    info = document.info
    said = [f"{what} {value}" for what, value in (("title", info.title), ("dated", info.date),
                                                   ("declared language", info.language)) if value]
    lines = [f"  {document.source_format}: " + "; ".join(said)] if said else []
    for attached in info.attachments:
        can = "" if attached.readable else " (not a document Tandem reads)"
        lines.append(f"  attached: {attached.name}, {attached.content_type}, {attached.size} bytes{can}")
    return lines


def _paragraph_line(p, label: str = "l.") -> str:
    if p.segment is not None:
        return f"[{p.id}] seg. {p.segment.id}: {p.text}"
    where = f"p.{p.page} " if p.page else ""
    return f"[{p.id}] {p.kind:11s} {where}{label}{p.line}: {p.text}"
