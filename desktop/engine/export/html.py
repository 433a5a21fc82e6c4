"""The comparison report as one self-contained HTML file: the summary, the
drift list, the reviewers' decisions and comments, the aligned paragraphs
side by side with their changes, and the unified diff. Inline CSS only, no
script, no external fonts or images; it prints well (print CSS).

The same report, in a flavour QTextDocument can lay out, becomes the PDF
(desktop/reports/pdf.py)."""
from __future__ import annotations

import html
from datetime import datetime, timezone
from typing import Optional

from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexers import DiffLexer
from pygments.token import Generic

from ..highlight import ProseStyle
from ..model import IGNORED, REWRITTEN, UNCHANGED, Comparison, Document, Group
from ..review import STATE_LABELS, STATES, Review, ReviewItem, decision_counts, review_items
from .htmltext import BROWSER, QT, paragraph_html, prose_css, side_marks
from .report_css import browser_css, qt_css
from .unified import to_unified_diff

STATUS_LABELS = {"unchanged": "Unchanged", "edited": "Edited", "rewritten": "Rewritten", "moved": "Moved",
                 "added": "Added", "omitted": "Omitted", "boilerplate": "Boilerplate"}
SEVERITY_LABELS = {"error": "Error", "warning": "Warning", "note": "Note"}


class ReportDiffStyle(ProseStyle):
    """The window's prose style, with the diff's own tokens in the same palette."""

    name = "tandem-report"
    styles = {
        **ProseStyle.styles,
        Generic.Inserted: "#0f5c2a bg:#dcf5e3",
        Generic.Deleted: "#8a1c16 bg:#fde2e1",
        Generic.Heading: "bold #40456e",
        Generic.Subheading: "#0b5394",
    }


def _e(text) -> str:
    return html.escape(str(text), quote=True)


def to_html(comparison: Comparison, review: Review = Review(), *, flavour: str = BROWSER,
            title: Optional[str] = None) -> str:
    items = review_items(comparison)
    title = title or f"Tandem report: {comparison.left.name} ⟷ {comparison.right.name}"
    css = qt_css() if flavour == QT else browser_css(prose_css(".prose"), _diff_css())
    body = "\n".join([
        _header(comparison, title),
        _summary(comparison, review, items),
        _drift_section(items, review, flavour),
        _decisions_section(items, review, flavour),
        _side_by_side(comparison, review, items, flavour),
        _diff_section(comparison, flavour),
        f'<p class="footer">Made by Tandem on {_e(_now())}. The documents were only read, never changed.</p>',
    ])
    return (f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{_e(title)}</title>\n<style>\n{css}\n</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n")


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")


# --- header and summary ---------------------------------------------------------
def _header(comparison: Comparison, title: str) -> str:
    rows = "".join(
        f"<tr><th>{label}</th><td>{_document_line(doc)}</td></tr>"
        for label, doc in (("Original", comparison.left), ("Other version", comparison.right)))
    o = comparison.options
    ignored = [name for name, on in (("case", o.ignore_case), ("punctuation", o.ignore_punctuation),
                                     ("quote style", o.ignore_quotes)) if on]
    rows += f"<tr><th>Ignoring</th><td>{_e(', '.join(ignored) or 'nothing')}</td></tr>"
    return f'<h1>{_e(title)}</h1>\n<table class="meta" cellspacing="0" cellpadding="3">{rows}</table>'


def _document_line(document: Document) -> str:
    body = sum(1 for p in document.paragraphs if p.kind != "boilerplate")
    return (f"<b>{_e(document.name)}</b> · language {_e(document.language)} · {body} paragraphs · "
            f"{_e(document.source_format.upper())} · sha256 <code>{_e(document.sha256[:12])}</code>")


def _summary(comparison: Comparison, review: Review, items: list[ReviewItem]) -> str:
    s = comparison.summary
    verdict = ("The two documents are versions of the same text" if comparison.related
               else "<b>These documents do not look like versions of the same text</b>; the links are guesses")
    figures = [("Retained", f"{s.retained:.0%}", "of the original"), ("Omitted", f"{s.omitted:.0%}", "of the original"),
               ("Added", f"{s.added:.0%}", "of the other version"), ("Word changes", str(s.changes), ""),
               ("Moved", str(s.moved), "passages")]
    for severity in ("error", "warning", "note"):
        figures.append((SEVERITY_LABELS[severity] + "s", str(s.drift.get(f"severity:{severity}", 0)), "drift"))
    cells = "".join(f'<td class="figure"><span class="value">{_e(v)}</span><br>'
                    f'<span class="label">{_e(k)}</span> <span class="sub">{_e(sub)}</span></td>'
                    for k, v, sub in figures)
    counts = ", ".join(f"{n} {STATUS_LABELS.get(st, st).lower()}" for st, n in sorted(s.counts.items()) if n)
    decided = decision_counts(review, items)
    review_line = " · ".join(f'<span class="badge {state or "undecided"}">{STATE_LABELS[state]}</span> {decided[state]}'
                             for state in (*STATES, ""))
    degraded = (f'<p class="warning">Simplified to finish in time: {_e(", ".join(comparison.degraded))}.</p>'
                if comparison.degraded else "")
    degraded += "".join(f'<p class="warning">{_e(note)}</p>' for note in comparison.notes)
    manual = _manual_line(review)
    return (f'<h2>Summary</h2>\n<p>{verdict} (relatedness {comparison.relatedness:.2f}).</p>\n{degraded}'
            f'<table class="figures" cellspacing="4" cellpadding="6"><tr>{cells}</tr></table>\n'
            f"<p>Passages: {_e(counts)}.</p>\n"
            f"<p>Review of {len(items)} items: {review_line}{manual}</p>")


def _manual_line(review: Review) -> str:
    m = review.manual
    if not m:
        return ""
    parts = [f"{n} {what}" for n, what in ((len(m.links), "linked"), (len(m.unlinks), "unlinked"),
                                            (len(m.moved), "marked moved")) if n]
    return f"<br>Alignment corrected by hand: {_e(', '.join(parts))}."


# --- lists -------------------------------------------------------------------------
def _borders(flavour: str) -> str:
    """QTextDocument draws cell borders from the table's attribute, not CSS."""
    return ' border="1"' if flavour == QT else ""


def _badge(state: str) -> str:
    return f'<span class="badge {state or "undecided"}">{_e(STATE_LABELS.get(state, state))}</span>'


def _where(item: ReviewItem) -> str:
    return " → ".join(x for x in (item.left_where or "—", item.right_where or "—"))


def _drift_section(items: list[ReviewItem], review: Review, flavour: str) -> str:
    drift = [i for i in items if i.is_drift]
    if not drift:
        return "<h2>Drift</h2>\n<p>No change of meaning found.</p>"
    rows = []
    for item in drift:
        decision = review.decision(item.id)
        quoted = ""
        if item.left_text or item.right_text:
            quoted = (f'<br><span class="quote">{_e(item.left_text or "—")}</span> → '
                      f'<span class="quote">{_e(item.right_text or "—")}</span>')
        comment = f'<div class="comment">{_e(decision.comment)}</div>' if decision.comment else ""
        rows.append(f'<tr class="sev-{_e(item.severity)}"><td><a href="#g{item.group}">{item.group + 1}</a></td>'
                    f'<td><span class="sev {_e(item.severity)}">{_e(SEVERITY_LABELS.get(item.severity, item.severity))}'
                    f"</span></td><td>{_e(item.kind)}</td><td>{_e(item.message)}{quoted}</td>"
                    f"<td class='nowrap'>{_e(_where(item))}</td><td>{_badge(decision.state)}{comment}</td></tr>")
    return (f'<h2>Drift</h2>\n<table class="list"{_borders(flavour)} cellspacing="0" cellpadding="4" width="100%"><thead><tr><th>#</th>'
            "<th>Severity</th><th>Kind</th><th>What changed</th><th>Where</th><th>Decision</th></tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>")


def _decisions_section(items: list[ReviewItem], review: Review, flavour: str) -> str:
    decided = [(item, review.decision(item.id)) for item in items if review.decision(item.id)]
    if not decided:
        return "<h2>Decisions and comments</h2>\n<p>No decisions recorded yet.</p>"
    rows = "".join(
        f'<tr><td><a href="#g{item.group}">{item.group + 1}</a></td><td>{_badge(d.state)}</td>'
        f"<td>{_e('Drift: ' + item.message if item.is_drift else STATUS_LABELS.get(item.kind, item.kind))}</td>"
        f'<td class="comment">{_e(d.comment)}</td></tr>'
        for item, d in decided)
    return (f'<h2>Decisions and comments</h2>\n<table class="list"{_borders(flavour)} cellspacing="0" cellpadding="4" width="100%">'
            "<thead><tr>"
            "<th>#</th><th>Decision</th><th>Item</th><th>Comment</th></tr></thead>"
            f"<tbody>{rows}</tbody></table>")


# --- the aligned paragraphs ----------------------------------------------------------
def _side_by_side(comparison: Comparison, review: Review, items: list[ReviewItem], flavour: str) -> str:
    by_group: dict[int, list[ReviewItem]] = {}
    for item in items:
        by_group.setdefault(item.group, []).append(item)
    rows = [_group_rows(comparison, group, by_group.get(gi, []), review, flavour)
            for gi, group in enumerate(comparison.groups)]
    legend = ('<p class="legend"><del>deleted</del> <ins>inserted</ins> <mark class="drift error">drift</mark>'
              " — numbers, dates, quotations and names coloured as in the window.</p>\n"
              if flavour == BROWSER else "")
    return ("<h2>Side by side</h2>\n" + legend
            + f'<table class="aligned"{_borders(flavour)} cellspacing="0" cellpadding="5" width="100%"><thead><tr>'
            f'<th width="12%">#</th><th width="44%">Original: {_e(comparison.left.name)}</th>'
            f'<th width="44%">Other version: {_e(comparison.right.name)}</th></tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table>")


def _group_rows(comparison: Comparison, group: Group, items: list[ReviewItem], review: Review,
                flavour: str) -> str:
    quiet = " quiet" if group.status in (UNCHANGED, IGNORED) else ""
    label = STATUS_LABELS.get(group.status, group.status)
    if group.moved and group.edit not in ("", UNCHANGED):
        label += f" and {group.edit}"
    change = next((i for i in items if not i.is_drift), None)
    badge = f"<br>{_badge(review.decision(change.id).state)}" if change and review.decision(change.id).state else ""
    left = _cell(comparison.left, group, "left", flavour)
    right = _cell(comparison.right, group, "right", flavour)
    row = (f'<tr id="g{group.index}" class="group {group.status}{quiet}"><td class="status">'
           f'<span class="num">{group.index + 1}</span><br><span class="tag {group.status}">{_e(label)}</span>'
           f"{badge}</td><td>{left}</td><td>{right}</td></tr>")
    notes = _item_notes(items, review)
    return row + (f'<tr class="notes"><td></td><td colspan="2">{notes}</td></tr>' if notes else "")


def _cell(document: Document, group: Group, side: str, flavour: str) -> str:
    pids = group.left if side == "left" else group.right
    if not pids:
        return f'<p class="missing">{"omitted from the other version" if side == "right" else "not in the original"}</p>'
    parts = []
    for pid in pids:
        p = document.paragraphs[pid]
        where = f"p. {p.page}, l. {p.line}" if p.page else f"l. {p.line}"
        text = paragraph_html(p.text, side_marks(group, side, pid), flavour, document.language,
                              soft=group.edit == REWRITTEN)
        parts.append(f'<p class="prose {p.kind}"><span class="where">¶{pid + 1} · {_e(where)}</span> {text}</p>')
    return "".join(parts)


def _item_notes(items: list[ReviewItem], review: Review) -> str:
    lines = []
    for item in items:
        decision = review.decision(item.id)
        if not item.is_drift and not decision:
            continue
        head = (f'<span class="sev {_e(item.severity)}">{_e(SEVERITY_LABELS.get(item.severity, ""))}</span> '
                f"{_e(item.message)}" if item.is_drift else _e(item.message))
        badge = " " + _badge(decision.state) if decision.state else ""
        comment = f' <span class="comment">“{_e(decision.comment)}”</span>' if decision.comment else ""
        lines.append(f'<div class="note">{head}{badge}{comment}</div>')
    return "".join(lines)


# --- unified diff -----------------------------------------------------------------------
def _diff_css() -> str:
    lines = HtmlFormatter(style=ReportDiffStyle).get_style_defs(".diff").splitlines()
    return "\n".join(line for line in lines if line.startswith(".diff"))


def _diff_section(comparison: Comparison, flavour: str) -> str:
    diff = to_unified_diff(comparison)
    if not diff:
        return "<h2>Unified diff</h2>\n<p>The normalised paragraphs are identical.</p>"
    intro = ('<h2>Unified diff</h2>\n<p class="legend">The normalised paragraphs in alignment order, '
             "one paragraph a line.</p>\n")
    if flavour == QT:
        formatter = HtmlFormatter(style=ReportDiffStyle, noclasses=True, nobackground=True)
    else:
        formatter = HtmlFormatter(style=ReportDiffStyle, cssclass="diff")
    return intro + highlight(diff, DiffLexer(), formatter)
