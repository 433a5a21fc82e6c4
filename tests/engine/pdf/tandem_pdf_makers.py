"""Test PDFs in the layouts press releases arrive in, drawn with fpdf2 from
text written for these tests (a fictional NGO; no corpus text).

``Typesetter`` lays out text itself (line breaking, justification by
placing each word, columns, hyphenation at marked points, running header and
footer), so a test controls exactly the features it exercises. The
word-processor style uses fpdf2's own ``multi_cell`` flow instead.

Text conventions: ``|`` inside a word marks a hyphenation point; the
expected text has the marks removed."""
from __future__ import annotations

import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

from fpdf import FPDF

from desktop.engine.model import BOILERPLATE
from desktop.engine.normalise import fold

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
SERIF = FONT_DIR / "DejaVuSerif.ttf"
SERIF_BOLD = FONT_DIR / "DejaVuSerif-Bold.ttf"
SANS = FONT_DIR / "DejaVuSans.ttf"
SANS_BOLD = FONT_DIR / "DejaVuSans-Bold.ttf"
MONO = FONT_DIR / "DejaVuSansMono.ttf"


def fonts_available() -> bool:
    return all(p.exists() for p in (SERIF, SERIF_BOLD, SANS, SANS_BOLD, MONO))


# ------------------------------------------------------------------ the text

TITLE = "Coastal Watch warns that small fishing towns are losing their harbours"
RELEASE = [
    ("title", TITLE),
    ("body", "Rising maintenance costs, shrinking public budgets and a wave of private "
             "marina projects have left dozens of small harbours along the northern coast "
             "without the dredging they need, the non-profit group Coastal Watch said on "
             "Tuesday in a report on twenty-three fishing communities."),
    ("body", "“Harbour Mouths: How Small Ports Silt Up” describes how boats that once "
             "landed their catch every morning now wait for the tide, and how some crews "
             "have given up fishing altogether. The report draws on interviews with "
             "skippers, harbour masters and local officials over eighteen months."),
    ("body", "“These towns were built around their harbours. When a harbour closes, the "
             "school, the shop and the boatyard follow within a few years,” said Marta "
             "Olsen, the group’s research director. “Nobody decided this. It is happening "
             "because maintenance is nobody’s job any more.”"),
    ("heading", "Dredging left undone"),
    ("body", "In fourteen of the harbours studied, the channel has not been dredged for "
             "more than five years. Harbour masters described the problem as demoral|izing: "
             "they report the silting every winter and receive the same answer every spring. "
             "Several said that the coastal authority had promised a new programme in 2019 "
             "that never started."),
    ("body", "Fishing families in three towns told Coastal Watch that they now sell their "
             "catch to buyers in larger ports, which takes them away from home for days at a "
             "time. One skipper said he had moved his boat twice in two years and was "
             "thinking of selling it."),
    ("heading", "What the group recommends"),
    ("item", "• A dredging fund shared by the coastal authority and the regional councils, "
             "with money set aside every year rather than after a closure."),
    ("item", "• Public registers of harbour depths, updated after every winter storm season."),
    ("item", "• A moratorium on converting working quays into private marinas until the "
             "regional plan is revised."),
    ("body", "“The cost of keeping a small harbour open is tiny next to the cost of losing "
             "it,” Olsen said. “We are asking for a plan, a budget and a register. None of "
             "this is new, and all of it is overdue.”"),
]

# More of the release, for layouts that need several pages.
BACKGROUND = [
    ("heading", "Background to the report"),
    ("body", "Coastal Watch is an independent group of former harbour masters, marine "
             "engineers and fishers founded in 2009. It publishes a yearly survey of the "
             "depth, traffic and condition of small ports and takes no money from port "
             "operators or developers."),
    ("body", "The group visited each harbour at least twice, measured the depth of the "
             "channel at low water, and compared the results with the charts published by "
             "the coastal authority. In nine harbours the charted depth was more than a "
             "metre deeper than the depth measured."),
    ("body", "The coastal authority said in a written reply that it had received the "
             "report and would respond to its findings after the regional budget is agreed "
             "in the spring."),
]

# Words broken at line ends in the hyphenation tests: marked break points,
# and real compounds that must keep their hyphen when broken after it.
HYPHENATION_TEXT = [
    ("title", "Hyphenation at the ends of lines"),
    ("body", "The committee found the situation demoral|izing and the explan|ations "
             "unsatis|factory, while the non-traditional partners and the same-sex couples "
             "interviewed for the LGBTI-related chapter described a long-standing pattern of "
             "discrim|ination in access to housing, employment and health|care services. "
             "Their testi|monies were consis|tent across the regions and the organi|zations "
             "that collected them, and the well-known advocacy groups con|firmed the "
             "find|ings independently."),
    ("body", "A second paragraph repeats some words whole so that the document itself "
             "shows how they are spelled: demoralizing, explanations, discrimination, "
             "testimonies, organizations and findings all appear here without a break."),
]


def expected(items) -> list[str]:
    """The paragraphs a reader sees: marks removed, bullets kept."""
    return [text.replace("|", "") for _, text in items]


# ------------------------------------------------------------- typesetting

@dataclass
class Style:
    size: float = 11.0
    leading: float = 1.3  # baseline step as a multiple of size
    space_before: float = 0.0  # points
    bold: bool = False
    indent: float = 0.0  # first-line indent, points
    hang: float = 0.0  # indent of continuation lines (list items), points
    justify: bool = True
    span: bool = False  # across all columns


@dataclass
class Frame:
    x: float
    width: float
    top: float  # fpdf coordinates: y grows downwards
    bottom: float


@dataclass
class Typesetter:
    """Flows paragraphs through frames (columns) page after page."""

    family: str = "serif"  # serif | sans | mono
    page_size: tuple[float, float] = (595.0, 842.0)
    margins: tuple[float, float, float, float] = (56.0, 60.0, 56.0, 60.0)  # left, top, right, bottom
    columns: int = 1
    gutter: float = 18.0
    styles: dict = field(default_factory=dict)
    header: Optional[Callable[[int], list[tuple[str, str]]]] = None  # page -> [(align, text)]
    footer: Optional[Callable[[int], list[tuple[str, str]]]] = None
    furniture_size: float = 8.0
    break_hyphen: str = "-"  # what a marked break shows at the line end
    word_spaces: bool = False  # justified lines as strings with spaces (else word by word)
    first_page_top: float = 0.0  # extra room on page 1 (for a spanning title)
    eager_hyphens: bool = False  # break every marked word that is not first on a line
    boxes: list = field(default_factory=list)  # (page, x, y, w, h, lines, size)
    reserved: dict = field(default_factory=dict)  # (page, column) -> bottom limit

    def __post_init__(self) -> None:
        self.pdf = FPDF(unit="pt", format=self.page_size)
        self.pdf.set_auto_page_break(False)
        self.pdf.set_margins(0, 0, 0)
        files = {"serif": (SERIF, SERIF_BOLD), "sans": (SANS, SANS_BOLD), "mono": (MONO, MONO)}
        regular, bold = files[self.family]
        self.pdf.add_font("Body", "", str(regular))
        self.pdf.add_font("Body", "B", str(bold))
        self.pages = 0
        self.breaks: list[str] = []  # hyphen breaks made (for tests to assert)
        self._new_page()

    # -- pages and frames

    def _new_page(self) -> None:
        self.pdf.add_page()
        self.pages += 1
        self.column = 0
        left, top, right, bottom = self.margins
        width, height = self.page_size
        self.y = top + (self.first_page_top if self.pages == 1 else 0.0)
        self.span_bottom = self.y

    def frame(self) -> Frame:
        left, top, right, bottom = self.margins
        width, height = self.page_size
        usable = width - left - right
        col_width = (usable - self.gutter * (self.columns - 1)) / self.columns
        x = left + self.column * (col_width + self.gutter)
        limit = self.reserved.get((self.pages, self.column), height - bottom)
        return Frame(x, col_width, self.span_bottom, limit)

    def _next_frame(self) -> None:
        if self.column + 1 < self.columns:
            self.column += 1
            self.y = self.span_bottom
        else:
            self._new_page()

    # -- paragraphs

    def add(self, kind: str, text: str) -> None:
        style = self.styles.get(kind) or Style()
        self.pdf.set_font("Body", "B" if style.bold else "", style.size)
        if style.span:
            self._add_spanning(style, text)
            return
        step = style.size * style.leading
        if self.y > self.frame().top:
            self.y += style.space_before
        frame = self.frame()
        lines = self._break_lines(text, frame.width, style)
        for index, (words, last) in enumerate(lines):
            if self.y + step > self.frame().bottom:
                self._next_frame()
            frame = self.frame()
            self.y += step
            offset = style.indent if index == 0 else style.hang
            self._draw_line(words, frame.x + offset, self.y, frame.width - offset,
                            style.justify and not last)

    def add_balanced(self, items) -> None:
        """Items set in columns of equal height below what is already on the
        page (the section must fit on it), as magazines and newsletters do
        between headings that span the page."""
        frame = self.frame()
        placed = []  # (step, style, words, justify, first line of its paragraph)
        for kind, text in items:
            style = self.styles.get(kind) or Style()
            self.pdf.set_font("Body", "B" if style.bold else "", style.size)
            for index, (words, last) in enumerate(self._break_lines(text, frame.width, style)):
                step = style.size * style.leading + (style.space_before if index == 0 and placed else 0)
                placed.append((step, style, words, style.justify and not last, index == 0))
        target = sum(item[0] for item in placed) / self.columns
        top, column, depth, deepest = self.y, 0, 0.0, 0.0
        for step, style, words, justify, first in placed:
            if depth + step > target + 1 and column < self.columns - 1:
                column, depth = column + 1, 0.0
                step = style.size * style.leading  # no paragraph space at a column top
            depth += step
            deepest = max(deepest, depth)
            self.column = column
            frame = self.frame()
            offset = style.indent if first else style.hang
            self.pdf.set_font("Body", "B" if style.bold else "", style.size)
            self._draw_line(words, frame.x + offset, top + depth, frame.width - offset, justify)
        self.column = 0
        self.y = self.span_bottom = top + deepest + 6

    def _add_spanning(self, style: Style, text: str) -> None:
        left, _, right, _ = self.margins
        width = self.page_size[0] - left - right
        step = style.size * style.leading
        for words, last in self._break_lines(text, width, style):
            self.y += step
            self._draw_line(words, left, self.y, width, False)
        self.y += style.size * 0.8
        self.span_bottom = self.y

    def _break_lines(self, text: str, width: float, style: Style) -> list[tuple[list[str], bool]]:
        """Greedy line breaking; a word with marked break points is split at
        the last point that fits (the break hyphen ends the line)."""
        words = text.split()
        lines: list[list[str]] = []
        current: list[str] = []
        first_width = width - style.indent
        rest_width = width - style.hang
        while words:
            word = words.pop(0)
            limit = first_width if not lines else rest_width
            trial = " ".join(current + [word.replace("|", "")])
            eager = self.eager_hyphens and "|" in word and current
            if self.pdf.get_string_width(trial) <= limit and not eager:
                current.append(word.replace("|", ""))
                continue
            head, tail = self._split_word(word, current, limit)
            if head and current:
                current.append(head)
                words.insert(0, tail)
                self.breaks.append(head)
            elif not current:
                current.append(word.replace("|", ""))  # longer than the line
                lines.append(current)
                current = []
                continue
            else:
                words.insert(0, word)
            lines.append(current)
            current = []
        if current:
            lines.append(current)
        return [(line, i == len(lines) - 1) for i, line in enumerate(lines)]

    def _split_word(self, word: str, current: list[str], limit: float) -> tuple[str, str]:
        parts = word.split("|")
        for cut in range(len(parts) - 1, 0, -1):
            head = "".join(parts[:cut]) + self.break_hyphen
            if self.pdf.get_string_width(" ".join(current + [head])) <= limit:
                return head, "|".join(parts[cut:])
        if "-" in word.replace("|", "") and "|" not in word:
            head, tail = word.split("-", 1)
            if self.pdf.get_string_width(" ".join(current + [head + "-"])) <= limit:
                return head + "-", tail
        return "", word

    def _draw_line(self, words: list[str], x: float, y: float, width: float, justify: bool) -> None:
        if not justify or len(words) < 2:
            self.pdf.text(x, y, " ".join(words))
            return
        widths = [self.pdf.get_string_width(w) for w in words]
        gap = (width - sum(widths)) / (len(words) - 1)
        if self.word_spaces:
            self._draw_spaced(words, x, y, gap)
            return
        for word, w in zip(words, widths):
            self.pdf.text(x, y, word)
            x += w + gap

    def _draw_spaced(self, words: list[str], x: float, y: float, gap: float) -> None:
        """Words drawn with their space characters and stretched apart, the
        way browsers justify (the PDF holds real spaces and wide gaps)."""
        for word in words[:-1]:
            self.pdf.text(x, y, word + " ")
            x += self.pdf.get_string_width(word) + gap
        self.pdf.text(x, y, words[-1])

    # -- furniture, boxes, output

    def _furniture(self) -> None:
        left, top, right, bottom = self.margins
        width, height = self.page_size
        for number in range(1, self.pages + 1):
            self.pdf.page = number
            self._force_font("", self.furniture_size)
            for producer, y in ((self.header, top * 0.55), (self.footer, height - bottom * 0.45)):
                for align, text in (producer(number) if producer else []):
                    w = self.pdf.get_string_width(text)
                    x = {"left": left, "center": (width - w) / 2, "right": width - right - w}[align]
                    self.pdf.text(x, y, text)
        for page, x, y, w, h, lines, size in self.boxes:
            self.pdf.page = page
            self.pdf.rect(x, y, w, h)
            self._force_font("", size)
            for index, line in enumerate(lines):
                self.pdf.text(x + 6, y + 6 + size * 1.25 * (index + 1), line)

    def _force_font(self, style: str, size: float) -> None:
        """fpdf2 skips a font it thinks is current, but that state is not
        per page: going back to a page needs the font set again."""
        self.pdf.set_font("Body", style, size + 1)
        self.pdf.set_font("Body", style, size)

    def save(self, path: Path) -> Path:
        self._furniture()
        self.pdf.page = self.pages
        self.pdf.output(str(path))
        return path


def release_styles(size: float = 11.0, indent: float = 0.0, spacing: float = 6.0, justify=True,
                   span_title: bool = False) -> dict:
    return {
        "title": Style(size=size * 1.8, leading=1.2, bold=True, justify=False, span=span_title),
        "heading": Style(size=size * 1.25, leading=1.3, bold=True, justify=False,
                         space_before=spacing + 4),
        "body": Style(size=size, leading=1.3, indent=indent, justify=justify, space_before=spacing),
        "item": Style(size=size, leading=1.3, hang=size, justify=justify, space_before=spacing / 2),
    }


def typeset(path: Path, items, **options) -> Typesetter:
    setter = Typesetter(**options)
    for kind, text in items:
        setter.add(kind, text)
    setter.save(path)
    return setter


# --------------------------------------------------------- browser print

URL = "https://coastalwatch.example.org/news/2026/harbour-mouths-report"
PRINTED_AT = "21/11/2026, 09:15"


def browser_print(path: Path, items, browser: str = "chromium", page_size=(595.0, 842.0)) -> Typesetter:
    """A web page printed to PDF: ragged sans text, headings in bold, a
    date and title header and a URL and page-number footer, laid out the way
    Chromium ("1/3") or Firefox ("1 of 3") print them."""
    size = 9.0
    styles = {
        "title": Style(size=18, leading=1.25, bold=True, justify=False, space_before=10),
        "heading": Style(size=13.5, leading=1.25, bold=True, justify=False, space_before=14),
        "body": Style(size=size, leading=1.45, justify=False, space_before=9),
        "item": Style(size=size, leading=1.45, justify=False, indent=24, hang=33, space_before=3),
    }
    setter = Typesetter(family="sans", page_size=page_size, margins=(40, 50, 40, 50),
                        styles=styles, furniture_size=7.5)
    title = items[0][1]
    if browser == "chromium":
        setter.header = lambda n: [("left", PRINTED_AT), ("center", title[:60])]
        setter.footer = lambda n: [("left", URL), ("right", f"{n}/{setter.pages}")]
    else:
        setter.header = lambda n: [("left", title[:60]), ("right", URL)]
        setter.footer = lambda n: [("left", f"{n} of {setter.pages}"), ("right", PRINTED_AT)]
    for kind, text in items:
        setter.add(kind, text)
    setter.save(path)
    return setter


# ------------------------------------------------------- word processor

class _WordProcessor(FPDF):
    def header(self) -> None:
        self.set_font("Body", "", 9)
        self.cell(0, 12, "Coastal Watch · Press release · For immediate release", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.ln(10)

    def footer(self) -> None:
        self.set_y(-40)
        self.set_font("Body", "", 9)
        self.cell(0, 12, f"Page {self.page_no()} of {{nb}}", align="C")


def word_processor(path: Path, items, size: float = 12.0) -> Path:
    """Single column, justified by word spacing, headings in bold, a header
    and a "Page n of N" footer: the shape of a release saved from a word
    processor."""
    pdf = _WordProcessor(unit="pt", format="A4")
    pdf.add_font("Body", "", str(SERIF))
    pdf.add_font("Body", "B", str(SERIF_BOLD))
    pdf.set_margins(72, 60, 72)
    pdf.set_auto_page_break(True, 70)
    pdf.add_page()
    for kind, text in items:
        text = text.replace("|", "")
        if kind == "title":
            pdf.set_font("Body", "B", size * 1.6)
            pdf.multi_cell(0, size * 1.9, text, align="L", new_x="LMARGIN", new_y="NEXT")
        elif kind == "heading":
            pdf.ln(6)
            pdf.set_font("Body", "B", size * 1.2)
            pdf.multi_cell(0, size * 1.5, text, align="L", new_x="LMARGIN", new_y="NEXT")
        elif kind == "item":
            pdf.set_font("Body", "", size)
            pdf.set_x(90)
            pdf.multi_cell(0, size * 1.3, text, align="J", new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("Body", "", size)
            pdf.multi_cell(0, size * 1.3, text, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(size * 0.6)
    pdf.output(str(path))
    return path


# ---------------------------------------------------- plain-text printing

def plain_text_print(path: Path, items, width: int = 72, lines_per_page: int = 52,
                     name: str = "release.txt") -> Path:
    """A text file printed as is: monospaced, wrapped at a fixed width, blank
    lines between paragraphs, a header line with the file name and page."""
    text_lines: list[str] = []
    for _, text in items:
        text_lines.extend(textwrap.wrap(text.replace("|", ""), width))
        text_lines.append("")
    pages = [text_lines[i:i + lines_per_page] for i in range(0, len(text_lines), lines_per_page)]
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_font("Mono", "", str(MONO))
    pdf.set_auto_page_break(False)
    for number, lines in enumerate(pages, start=1):
        pdf.add_page()
        pdf.set_font("Mono", "", 10)
        header = f"2026-11-21 09:15{name:^40}Page {number}/{len(pages)}"
        pdf.text(50, 40, header)
        for index, line in enumerate(lines):
            pdf.text(50, 70 + 13 * index, line)
    pdf.output(str(path))
    return path


# ------------------------------------------------------------ reading back

def read_pdf(path: Path, password: Optional[str] = None, progress=None, check_words: bool = True):
    """The paragraphs, read as the application reads them; and, unless told
    otherwise, checked to hold every word pdfminer.six finds in the file
    (so every PDF these tests read is checked for lost text)."""
    from desktop.engine.pdf import load_pdf_paragraphs
    from desktop.engine.textload import read_file

    paragraphs = load_pdf_paragraphs(read_file(str(path)), password=password, progress=progress)
    if check_words:
        assert_no_word_lost(path, paragraphs, password)
    return paragraphs


def assert_no_word_lost(path: Path, paragraphs, password: Optional[str] = None) -> None:
    from desktop.bench.word_coverage import pdf_coverage

    coverage = pdf_coverage(str(path), [p.text for p in paragraphs], password or "")
    assert not coverage.missing, f"{Path(path).name}: words lost: {coverage}"


def content(paragraphs) -> list[str]:
    """The compared paragraphs, in the form the comparison sees them."""
    return [fold(p.text) for p in paragraphs if p.kind != BOILERPLATE]


def folded(texts) -> list[str]:
    return [fold(t) for t in texts]
