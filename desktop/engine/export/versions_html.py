"""The versions matrix as one self-contained HTML file: each version's
one-line summary, the matrix (the original's paragraphs as rows, a coloured
cell per version with its drift), and the drift that recurs across
versions. Inline CSS only, no script; nothing is fetched."""
from __future__ import annotations

import html
import textwrap

from ..versions.model import VersionsMatrix
from .versions_text import LEGEND, cell_symbol, family_line, summary_line

_CSS = """
body { font-family: "Segoe UI", "Noto Sans", "DejaVu Sans", Helvetica, Arial, sans-serif; font-size: 13px;
       color: #1f2328; margin: 20px; }
h1 { font-size: 20px; } h2 { font-size: 16px; margin-top: 24px; border-bottom: 1px solid #d0d7de; }
table { border-collapse: collapse; }
th, td { border: 1px solid #d0d7de; padding: 2px 5px; vertical-align: top; }
th { background: #f6f8fa; font-weight: 600; text-align: left; }
th.v { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; font-weight: 500; }
td.text { max-width: 420px; } td.kept { text-align: right; }
td.c { text-align: center; min-width: 22px; font-family: "DejaVu Sans Mono", monospace; }
td.kept-state { background: #eaf5ec; } td.edited { background: #fff4cc; } td.moved { background: #e4ecf7; }
td.omitted { background: #fde2e1; } td.unknown { background: #eeeeee; }
td.error { box-shadow: inset 0 -3px 0 #d1242f; } td.warning { box-shadow: inset 0 -3px 0 #c79a00; }
.muted { color: #57606a; }
"""
_CLASSES = {"kept": "kept-state", "edited": "edited", "moved": "moved", "omitted": "omitted", "": "unknown"}


def _e(text) -> str:
    return html.escape(str(text), quote=True)


def to_versions_html(matrix: VersionsMatrix) -> str:
    title = f"Tandem: {matrix.original.name} and {len(matrix.versions)} versions"
    body = "\n".join([f"<h1>{_e(title)}</h1>", _versions(matrix), _matrix(matrix), _families(matrix),
                      '<p class="muted">Made by Tandem. The documents were only read, never changed.</p>'])
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{_e(title)}</title>'
            f"<style>{_CSS}</style></head>\n<body>\n{body}\n</body></html>\n")


def _versions(matrix: VersionsMatrix) -> str:
    rows = "".join(
        f"<tr><td>v{v.index + 1}</td><td>{_e(v.name)}</td><td>{_e(v.language)}</td><td>{_e(v.date or '')}</td>"
        f"<td>{_e(summary_line(matrix, v.index))}</td></tr>" for v in matrix.versions)
    return ("<h2>Versions</h2><table><tr><th></th><th>version</th><th>language</th><th>date</th>"
            f"<th>summary</th></tr>{rows}</table>")


def _matrix(matrix: VersionsMatrix) -> str:
    head = "".join(f'<th class="v" title="{_e(v.name)}">v{v.index + 1} {_e(v.name)}</th>' for v in matrix.versions)
    rows = "".join(_matrix_row(matrix, r) for r in range(len(matrix.rows)))
    return (f"<h2>What each version did with each paragraph</h2><p class=\"muted\">{_e(LEGEND)}</p>"
            f"<table><tr><th>¶</th><th>original paragraph</th><th>kept by</th>{head}</tr>{rows}</table>")


def _matrix_row(matrix: VersionsMatrix, r: int) -> str:
    row = matrix.rows[r]
    cells = []
    for v, cell in enumerate(row.cells):
        classes = " ".join(c for c in ("c", _CLASSES[cell.state], cell.worst) if c)
        tip = f"{matrix.versions[v].name}: {cell.state or 'not compared'}" + (
            f", {cell.drift} drift ({cell.worst})" if cell.drift else "")
        cells.append(f'<td class="{classes}" title="{_e(tip)}">{_e(cell_symbol(matrix, r, v))}</td>')
    text = textwrap.shorten(row.text, 160, placeholder=" …")
    return (f'<tr><td>{row.paragraph}</td><td class="text">{_e(text)}</td>'
            f'<td class="kept">{row.kept_by}/{len(row.cells)}</td>{"".join(cells)}</tr>')


def _families(matrix: VersionsMatrix) -> str:
    if not matrix.families:
        return "<h2>Drift in several versions</h2><p>None: no change recurs in two versions.</p>"
    items = "".join(f"<li>{_e(family_line(matrix, f))}</li>" for f in matrix.families)
    return f"<h2>Drift in several versions</h2><ul>{items}</ul>"
