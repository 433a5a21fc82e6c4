"""A long typeset report for the PDF benchmark: sections, justified and
hyphenated paragraphs, footnotes, tables, a raster chart and a vector
figure with labels, a running header and page numbers.

Set with LaTeX when ``pdflatex`` is installed (the closest to a real
report: TeX's kerning, ligatures and hyphenation, Type 1 fonts, compressed
object streams), else drawn with fpdf2. The text is generated here."""
from __future__ import annotations

import os
import random
import re
import shutil
import subprocess
import tempfile

_WORDS = (
    "harbour council said dredging northern channel would resume after winter storms fishing crews "
    "reported boats waited tide several skippers moved vessels larger ports buyers paid less catch quays "
    "deep enough loading hour authority budget regional plan survey depth traffic condition small "
    "ports engineers measured water charts published metre deeper than found families towns "
    "interviews officials months maintenance costs shrinking public marina projects dozens coast"
).split()


def write_report(path: str, pages: int = 100) -> str:
    """Writes the report; returns how it was made ("LaTeX" or "fpdf2")."""
    if shutil.which("pdflatex"):
        try:
            _latex_report(path, pages)
            return "LaTeX"
        except (OSError, RuntimeError, subprocess.SubprocessError):
            pass  # a broken TeX installation: draw it instead
    _fpdf_report(path, pages)
    return "fpdf2"


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(_WORDS) for _ in range(rng.randint(8, 24))]
    return " ".join(words).capitalize() + "."


def _paragraph(rng: random.Random) -> str:
    return " ".join(_sentence(rng) for _ in range(rng.randint(3, 7)))


# ------------------------------------------------------------------ LaTeX

_PREAMBLE = r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}\usepackage{lmodern}\usepackage{graphicx}\usepackage{fancyhdr}
\pagestyle{fancy}\fancyhead[L]{Coastal Watch}\fancyhead[R]{Annual harbour survey}\fancyfoot[C]{\thepage}
\begin{document}\title{Harbour Mouths: the annual survey}\author{Coastal Watch}\maketitle\tableofcontents
"""


def _latex_report(path: str, pages: int) -> None:
    sections = max(1, pages // 4)
    with tempfile.TemporaryDirectory(prefix="tandem-report-") as folder:
        _chart(os.path.join(folder, "chart.png"))
        for _ in range(3):  # a few rounds to land on the page count
            made = _compile(folder, sections)
            if abs(made - pages) <= 1:
                break
            sections = max(1, round(sections * pages / made))
        shutil.copyfile(os.path.join(folder, "report.pdf"), path)


def _compile(folder: str, sections: int) -> int:
    with open(os.path.join(folder, "report.tex"), "w", encoding="utf-8") as out:
        out.write(_latex_source(sections))
    for _ in range(2):  # the second run sets the table of contents
        result = subprocess.run(["pdflatex", "-interaction=batchmode", "-halt-on-error", "report.tex"],
                                cwd=folder, capture_output=True, timeout=300)
    if result.returncode:
        raise RuntimeError("pdflatex failed")
    log = open(os.path.join(folder, "report.log"), encoding="latin-1").read()
    match = re.search(r"Output written on report\.pdf \((\d+) pages?", log)
    if not match:
        raise RuntimeError("pdflatex wrote no PDF")
    return int(match.group(1))


def _latex_source(sections: int) -> str:
    rng = random.Random(5)
    parts = [_PREAMBLE]
    for number in range(1, sections + 1):
        parts.append(r"\section{Findings in region %d}" % number)
        for sub in range(3):
            parts.append(r"\subsection{Harbour group %d.%d}" % (number, sub + 1))
            for _ in range(4):
                text = _paragraph(rng)
                if rng.random() < 0.2:
                    text += r"\footnote{%s}" % _sentence(rng)
                parts.append(text + "\n")
            if sub == 1:
                parts.append(_latex_table(rng, number))
            elif number % 2 and sub == 2:
                parts.append(r"\begin{figure}[h]\centering\includegraphics[width=0.6\textwidth]{chart.png}"
                             r"\caption{Boats landing their catch, region %d}\end{figure}" % number)
            elif sub == 2:
                parts.append(_latex_plot(rng, number))
    parts.append(r"\end{document}")
    return "\n".join(parts)


def _latex_table(rng: random.Random, number: int) -> str:
    rows = "\n".join(r"%s & %d & %.1f & %d \\" % (rng.choice(_WORDS).capitalize(), rng.randint(1, 99),
                                                   rng.random() * 9, rng.randint(1990, 2024)) for _ in range(8))
    return (r"\begin{table}[h]\centering\begin{tabular}{lrrr}\hline Harbour & Boats & Depth (m) & Dredged\\"
            r"\hline %s\hline\end{tabular}\caption{Depths measured in region %d}\end{table}" % (rows, number))


def _latex_plot(rng: random.Random, number: int) -> str:
    """A vector line chart (LaTeX's picture environment): many path
    operators and tick labels, as plotted figures have."""
    points = [(x * 6, 20 + rng.randint(0, 60)) for x in range(40)]
    segments = "".join(r"\qbezier(%d,%d)(%d,%d)(%d,%d)" % (a[0], a[1], (a[0] + b[0]) // 2, (a[1] + b[1]) // 2,
                                                            b[0], b[1]) for a, b in zip(points, points[1:]))
    ticks = "".join(r"\put(%d,-8){\tiny %d}" % (x, 2000 + x // 24) for x in range(0, 240, 48))
    return (r"\begin{figure}[h]\centering\setlength{\unitlength}{1pt}\begin{picture}(240,100)"
            r"\put(0,0){\line(1,0){240}}\put(0,0){\line(0,1){100}}%s%s\end{picture}"
            r"\caption{Channel depth over the years, region %d}\end{figure}" % (segments, ticks, number))


def _chart(path: str) -> None:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (600, 300), "white")
    draw = ImageDraw.Draw(image)
    rng = random.Random(3)
    for index in range(12):
        draw.rectangle([20 + index * 48, 280 - rng.randint(20, 260), 50 + index * 48, 280], fill=(40, 90, 160))
    image.save(path)


# ------------------------------------------------------------------ fpdf2

def _fpdf_report(path: str, pages: int) -> None:
    from fpdf import FPDF

    class Report(FPDF):
        def header(self) -> None:
            self.set_font("Times", "", 9)
            self.cell(0, 10, "Coastal Watch - Annual harbour survey", align="R", new_x="LMARGIN", new_y="NEXT")

        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("Times", "", 9)
            self.cell(0, 10, str(self.page_no()), align="C")

    rng = random.Random(5)
    with tempfile.TemporaryDirectory(prefix="tandem-report-") as folder:
        chart = os.path.join(folder, "chart.png")
        _chart(chart)
        pdf = Report(format="A4")
        pdf.set_auto_page_break(True, 20)
        pdf.add_page()
        section = 0
        while pdf.page_no() < pages or pdf.get_y() < 150:
            section += 1
            _fpdf_section(pdf, rng, section, chart)
        pdf.output(path)


def _fpdf_section(pdf, rng: random.Random, number: int, chart: str) -> None:
    pdf.set_font("Times", "B", 14)
    pdf.multi_cell(0, 8, f"{number} Findings in region {number}", new_x="LMARGIN", new_y="NEXT")
    for _ in range(3):
        pdf.set_font("Times", "", 11)
        pdf.multi_cell(0, 5.2, _paragraph(rng), align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    if number % 3 == 0:
        pdf.image(chart, w=100)
        pdf.set_font("Times", "I", 9)
        pdf.multi_cell(0, 5, f"Figure {number}: Boats landing their catch", new_x="LMARGIN", new_y="NEXT")
    else:
        pdf.set_font("Times", "", 9)
        with pdf.table(col_widths=(60, 30, 30, 30), width=150, first_row_as_headings=False) as table:
            for _ in range(6):
                row = table.row()
                for cell in (rng.choice(_WORDS).capitalize(), str(rng.randint(1, 99)),
                             f"{rng.random() * 9:.1f}", str(rng.randint(1990, 2024))):
                    row.cell(cell)
    pdf.ln(3)
