"""One paragraph as HTML: its text escaped, with the word changes (deleted on
the original's side, inserted on the other's), the drift passages, and the
prose highlighting the window shows (numbers, dates, quotations, names, by
the shared Pygments style).

Marks may overlap, so the text is cut at every boundary and each piece is
wrapped in what covers it: drift outermost, then the change, then the prose
token. Two flavours: "browser" (semantic <del>/<ins>/<mark> and classes) and
"qt" (spans with inline styles: QTextDocument, which prints the PDF, knows
neither those tags nor descendant selectors)."""
from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Optional

from pygments.formatters import HtmlFormatter

from ..highlight import ProseStyle, prose_tokens
from ..model import DELETE, INSERT, Group

SEVERITY_RANK = {"error": 0, "warning": 1, "note": 2}
BROWSER, QT = "browser", "qt"
# QTextDocument colours (mirroring the browser CSS): change, then drift backgrounds
QT_DEL = "background-color:#fde2e1; color:#8a1c16; text-decoration:line-through"
QT_DEL_SOFT = "background-color:#fde2e1; color:#8a1c16"
QT_INS = "background-color:#dcf5e3; color:#0f5c2a"
QT_DRIFT = {"error": "#ffd7a8", "warning": "#fff0b3", "note": "#e4ecf7"}

_FORMATTER = HtmlFormatter(style=ProseStyle)


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: str  # "del" | "ins" | "drift"
    severity: str = ""  # drift only


def side_marks(group: Group, side: str, pid: int) -> list[Mark]:
    """The change and drift marks that fall in paragraph ``pid`` of ``side``
    ("left" or "right")."""
    marks = []
    for change in group.changes:
        if side == "left" and change.op != INSERT and change.left_paragraph == pid:
            marks.append(Mark(*change.left_span, "del"))
        if side == "right" and change.op != DELETE and change.right_paragraph == pid:
            marks.append(Mark(*change.right_span, "ins"))
    for drift in group.drift:
        span = drift.left_span if side == "left" else drift.right_span
        where = drift.left_paragraph if side == "left" else drift.right_paragraph
        if span is not None and where == pid and span[1] > span[0]:
            marks.append(Mark(span[0], span[1], "drift", drift.severity))
    return marks


def paragraph_html(text: str, marks: list[Mark], flavour: str = BROWSER, language: str = "",
                   soft: bool = False) -> str:
    """``soft``: a rewritten passage, where nearly every word changed: the
    changes are tinted, not struck through word by word (as in the window)."""
    tokens = prose_tokens(text, language)
    cuts = sorted({0, len(text)} | {m.start for m in marks} | {m.end for m in marks}
                  | {t[0] for t in tokens} | {t[1] for t in tokens})
    cuts = [c for c in cuts if 0 <= c <= len(text)]
    runs: list[tuple[tuple, list[str]]] = []  # (wrapping, inner pieces)
    for start, end in zip(cuts, cuts[1:]):
        if start == end:
            continue
        wrapping = (_covering_change(marks, start, end), _covering_drift(marks, start, end))
        piece = _token_html(text[start:end], _covering_token(tokens, start, end), flavour)
        if runs and runs[-1][0] == wrapping:
            runs[-1][1].append(piece)
        else:
            runs.append((wrapping, [piece]))
    return "".join(_wrap("".join(pieces), change, drift, flavour, soft) for (change, drift), pieces in runs)


def _covering_change(marks: list[Mark], start: int, end: int) -> Optional[str]:
    return next((m.kind for m in marks if m.kind != "drift" and m.start <= start and end <= m.end), None)


def _covering_drift(marks: list[Mark], start: int, end: int) -> Optional[str]:
    found = [m.severity for m in marks if m.kind == "drift" and m.start <= start and end <= m.end]
    return min(found, key=lambda s: SEVERITY_RANK.get(s, 3)) if found else None


def _covering_token(tokens, start: int, end: int):
    return next((kind for a, b, kind in tokens if a <= start and end <= b), None)


def _token_html(piece: str, token, flavour: str) -> str:
    escaped = html.escape(piece, quote=False)
    if token is None:
        return escaped
    if flavour == QT:
        return f'<span style="{_qt_token_style(token)}">{escaped}</span>'
    return f'<span class="{_FORMATTER.ttype2class.get(token, "")}">{escaped}</span>'


def _qt_token_style(token) -> str:
    style = ProseStyle.style_for_token(token)
    css = [f"color:#{style['color']}"] if style["color"] else []
    if style["underline"]:
        css.append("text-decoration:underline")
    return "; ".join(css)


def _wrap(inner: str, change: Optional[str], drift: Optional[str], flavour: str, soft: bool = False) -> str:
    if flavour == QT:
        if change:
            style = (QT_DEL_SOFT if soft else QT_DEL) if change == "del" else QT_INS
            inner = f'<span style="{style}">{inner}</span>'
        if drift:
            inner = f'<span style="background-color:{QT_DRIFT.get(drift, QT_DRIFT["note"])}">{inner}</span>'
        return inner
    if change:
        inner = f'<{change} class="soft">{inner}</{change}>' if soft else f"<{change}>{inner}</{change}>"
    if drift:
        inner = f'<mark class="drift {html.escape(drift)}">{inner}</mark>'
    return inner


def prose_css(selector: str = ".prose") -> str:
    """The window's prose style as CSS, scoped to ``selector``."""
    lines = _FORMATTER.get_style_defs(selector).splitlines()
    return "\n".join(line for line in lines if line.startswith(selector + " ."))
