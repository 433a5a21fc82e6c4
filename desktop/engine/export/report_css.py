"""The report's style sheets: one for browsers (and print), one within what
QTextDocument understands (class selectors, no layout tricks) for the PDF.
System fonts only: nothing is fetched."""
from __future__ import annotations

_BROWSER = """
:root { color-scheme: light; }
body { font-family: "Segoe UI", "Noto Sans", "DejaVu Sans", Helvetica, Arial, sans-serif; font-size: 14px;
       line-height: 1.45; color: #1f2328; background: #ffffff; margin: 24px auto; max-width: 1200px;
       padding: 0 16px; }
h1 { font-size: 22px; margin: 0 0 10px; }
h2 { font-size: 17px; margin: 28px 0 8px; padding-bottom: 4px; border-bottom: 1px solid #d0d7de; }
code { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 12px; }
table { border-collapse: collapse; }
table.meta th { text-align: left; color: #57606a; font-weight: 600; padding-right: 12px; }
table.figures td.figure { border: 1px solid #d0d7de; border-radius: 6px; min-width: 88px; vertical-align: top; }
.figure .value { font-size: 20px; font-weight: 600; }
.figure .label { font-weight: 600; } .figure .sub { color: #57606a; font-size: 12px; }
table.list { width: 100%; }
td.nowrap { white-space: nowrap; }
table.list th, table.list td, table.aligned th, table.aligned td { border: 1px solid #d0d7de;
       vertical-align: top; text-align: left; }
table.list th, table.aligned th { background: #f6f8fa; }
table.aligned { width: 100%; table-layout: fixed; }
table.aligned td.status { font-size: 12px; color: #57606a; }
.num { font-weight: 600; color: #1f2328; }
p.prose { margin: 0 0 8px; overflow-wrap: anywhere; }
p.prose:last-child { margin-bottom: 0; }
p.prose.heading { font-weight: 600; }
p.prose.boilerplate, tr.quiet td { color: #6e7781; }
.where { font-size: 11px; color: #8c959f; margin-right: 4px; }
p.missing { color: #8c959f; font-style: italic; margin: 0; }
del { background: #fde2e1; color: #8a1c16; text-decoration: line-through; }
ins { background: #dcf5e3; color: #0f5c2a; text-decoration: none; }
del.soft { text-decoration: none; }
mark.drift { background: #e4ecf7; padding: 0 1px; border-bottom: 2px solid #6b8fc4; }
mark.drift.warning { background: #fff0b3; border-bottom-color: #c79a00; }
mark.drift.error { background: #ffd7a8; border-bottom-color: #d1242f; }
.tag { display: inline-block; padding: 0 6px; border-radius: 9px; background: #eaeef2; color: #1f2328; }
.tag.omitted { background: #fde2e1; } .tag.added { background: #dcf5e3; }
.tag.moved { background: #efe3fb; } .tag.edited, .tag.rewritten { background: #fff0b3; }
tr.group.omitted td.status { box-shadow: inset 3px 0 #d1242f; }
tr.group.added td.status { box-shadow: inset 3px 0 #1a7f37; }
tr.group.moved td.status { box-shadow: inset 3px 0 #8250df; }
tr.group.edited td.status, tr.group.rewritten td.status { box-shadow: inset 3px 0 #bf8700; }
tr.notes td { background: #fbfbfc; font-size: 13px; border-top: none; }
.note { margin: 2px 0; }
.sev { font-weight: 600; } .sev.error { color: #b3261e; } .sev.warning { color: #8a6100; } .sev.note { color: #3b6aa8; }
.badge { display: inline-block; padding: 0 6px; border-radius: 9px; font-size: 12px; font-weight: 600;
         border: 1px solid #d0d7de; color: #57606a; }
.badge.accepted { background: #dcf5e3; color: #0f5c2a; border-color: #9bd8ad; }
.badge.flagged { background: #fde2e1; color: #8a1c16; border-color: #f0a8a4; }
.badge.queried { background: #fff0b3; color: #6b4b00; border-color: #e6cf73; }
.comment { color: #24292f; font-style: italic; }
.quote { font-family: Georgia, "DejaVu Serif", serif; color: #57606a; }
.legend { color: #57606a; font-size: 13px; }
.warning { color: #8a6100; }
.footer { margin-top: 32px; color: #8c959f; font-size: 12px; }
a { color: inherit; }
.diff pre { white-space: pre-wrap; overflow-wrap: anywhere; font-size: 12px; padding: 10px;
            border: 1px solid #d0d7de; border-radius: 6px; background: #ffffff; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2 { break-after: avoid; }
  tr, .note { break-inside: avoid; }
  thead { display: table-header-group; }
  a { text-decoration: none; }
}
@page { margin: 16mm 14mm;
        @bottom-right { content: "Page " counter(page) " of " counter(pages); font-size: 9pt; color: #57606a; } }
"""

_QT = """
body { font-family: "DejaVu Sans", "Segoe UI", Helvetica, sans-serif; font-size: 9pt; color: #1f2328; }
h1 { font-size: 15pt; } h2 { font-size: 12pt; margin-top: 14px; }
table { border-collapse: collapse; border-color: #d0d7de; }
th { background-color: #f0f2f5; text-align: left; font-weight: bold; }
.meta th { background-color: #ffffff; color: #57606a; }
.value { font-size: 13pt; font-weight: bold; } .sub { color: #57606a; }
.status { color: #57606a; font-size: 8pt; } .num { color: #1f2328; font-weight: bold; }
.where { font-size: 7pt; color: #8c959f; }
.missing { color: #8c959f; font-style: italic; }
.heading { font-weight: bold; } .boilerplate { color: #6e7781; } .quiet { color: #6e7781; }
.notes { background-color: #fbfbfc; }
.sev { font-weight: bold; } .error { color: #b3261e; } .warning { color: #8a6100; }
.badge { font-weight: bold; font-size: 8pt; }
.accepted { color: #0f5c2a; background-color: #dcf5e3; } .flagged { color: #8a1c16; background-color: #fde2e1; }
.queried { color: #6b4b00; background-color: #fff0b3; } .undecided { color: #57606a; }
.tag { background-color: #eaeef2; }
.comment { font-style: italic; } .quote { color: #57606a; } .legend { color: #57606a; } .footer { color: #8c959f; font-size: 8pt; }
pre { font-family: "DejaVu Sans Mono", monospace; font-size: 7pt; white-space: pre-wrap; }
"""


def browser_css(prose: str, diff: str) -> str:
    return _BROWSER.strip() + "\n" + prose + "\n" + diff


def qt_css() -> str:
    return _QT.strip()
