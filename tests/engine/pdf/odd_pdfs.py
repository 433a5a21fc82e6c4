"""Odd PDFs, each made here from text written for these tests: forms,
annotations, overlays, turned and rotated pages, inline images, Type 3
fonts, columns, pages of nothing but repeated lines, text off the page,
hidden layers. ``ODD_PDFS`` maps a name to a maker ``(path) -> path``.

Every one has a text layer: the word check (``desktop.bench.word_coverage``)
must find in Tandem's paragraphs every word pdfminer.six finds."""
from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

from .raw_pdf import HELVETICA, escape, one_page, raw_pdf, stream, text_lines
from .tandem_pdf_makers import BACKGROUND, RELEASE, SANS, SANS_BOLD, SERIF, SERIF_BOLD, release_styles, typeset

BODY = [text for kind, text in RELEASE if kind == "body"]
TITLE = RELEASE[0][1]

# Debian's fonts-droid-fallback (.ci/setup installs it): a font with the CJK glyphs
CJK_FONT = Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf")
NEEDS_CJK_FONT = frozenset({"scripts", "vertical_writing"})


def _document(path: Path, pages: int = 1, size: float = 11) -> FPDF:
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_font("Body", "", str(SERIF))
    pdf.add_font("Body", "B", str(SERIF_BOLD))
    pdf.add_font("Sans", "", str(SANS))
    pdf.add_font("Sans", "B", str(SANS_BOLD))
    pdf.set_margins(60, 60, 60)
    pdf.set_auto_page_break(True, 60)
    for _ in range(pages):
        pdf.add_page()
    pdf.page = 1
    pdf.set_font("Body", "", size)
    return pdf


def _release_text(pdf: FPDF, paragraphs=BODY, title: bool = True) -> None:
    if title:
        pdf.set_font("Body", "B", 16)
        pdf.multi_cell(0, 20, TITLE, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(6)
    pdf.set_font("Body", "", 11)
    for text in paragraphs:
        pdf.multi_cell(0, 14, text, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(6)


# ------------------------------------------------------------ annotations

def annotations(path: Path) -> Path:
    """Sticky notes, a free-text box, a highlight and a link over the body."""
    pdf = _document(path)
    _release_text(pdf)
    pdf.text_annotation(60, 80, "Editor: check the date of the report")
    pdf.free_text_annotation("Embargoed until Tuesday", x=400, y=30, w=140, h=20)
    pdf.add_text_markup_annotation("Highlight", "Quoted in full", [60, 700, 300, 700, 60, 688, 300, 688])
    pdf.link(60, 90, 200, 14, "https://coastalwatch.example.org/report")
    pdf.output(str(path))
    return path


def acroform(path: Path) -> Path:
    """A filled form: fields with values and appearance streams beside
    ordinary page text."""
    widget = (b"<< /Type /Annot /Subtype /Widget /FT /Tx /T (harbour) /V (North Quay) "
              b"/Rect [200 600 400 620] /P 3 0 R /AP << /N 7 0 R >> /F 4 >>")
    appearance = stream(b"/Tx BMC BT /F1 10 Tf 2 5 Td (North Quay) Tj ET EMC",
                        b"/Type /XObject /Subtype /Form /BBox [0 0 200 20] /Resources << /Font << /F1 4 0 R >> >>")
    box = (b"<< /Type /Annot /Subtype /Widget /FT /Btn /T (urgent) /V /Yes /AS /Yes "
           b"/Rect [200 570 212 582] /P 3 0 R /F 4 >>")
    form = b"<< /Fields [6 0 R 8 0 R] /NeedAppearances false /DA (/F1 10 Tf 0 g) /DR << /Font << /F1 4 0 R >> >> >>"
    content = text_lines(["Harbour inspection request", "Name of the harbour:", "Urgent:",
                          "Send the form to the coastal authority before the spring budget."], top=640)
    data = raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R /AcroForm 9 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R "
        b"/Resources << /Font << /F1 4 0 R >> >> /Annots [6 0 R 8 0 R] >>",
        HELVETICA, stream(content), widget, appearance, box, form,
    ])
    path.write_bytes(data)
    return path


def form_xobjects(path: Path) -> Path:
    """A letterhead drawn from one form XObject on every page, and a quote
    inside a nested form, scaled."""
    letterhead = stream(text_lines(["Coastal Watch", "Harbour survey office"], x=0, top=30, size=9),
                        b"/Type /XObject /Subtype /Form /BBox [0 0 300 60] /Resources << /Font << /F1 4 0 R >> >>")
    inner = stream(text_lines(["Nobody decided this.", "It is happening because maintenance is nobody's job."],
                              x=0, top=40, size=10),
                   b"/Type /XObject /Subtype /Form /BBox [0 0 400 60] /Resources << /Font << /F1 4 0 R >> >>")
    outer = stream(b"q 1.2 0 0 1.2 10 10 cm /Inner Do Q",
                   b"/Type /XObject /Subtype /Form /BBox [0 0 500 100] /Resources << /XObject << /Inner 7 0 R >> >>")
    pages = []
    contents = []
    for number in range(2):
        body = text_lines(BODY[number].split(". "), top=650, size=11)
        contents.append(stream(b"q 1 0 0 1 72 740 cm /Head Do Q\n" + body + b"\nq 1 0 0 1 60 300 cm /Quote Do Q"))
        pages.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
                     b"/Resources << /Font << /F1 4 0 R >> /XObject << /Head 6 0 R /Quote 8 0 R >> >> >>"
                     % (9 + number))
    data = raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R 5 0 R] /Count 2 >>",
        pages[0], HELVETICA, pages[1], letterhead, inner, outer, *contents,
    ])
    path.write_bytes(data)
    return path


# --------------------------------------------------------------- overlays

def overlays(path: Path) -> Path:
    """Text under a photo and under a white box (still in the text layer),
    a caption over the photo, a heading drawn twice for a shadow, and
    invisible text over the photo (an OCR layer)."""
    from PIL import Image

    pdf = _document(path)
    _release_text(pdf, BODY[:2])
    pdf.set_font("Body", "B", 14)
    pdf.text(60, 480, "Dredging left undone")
    pdf.text(60.4, 480.3, "Dredging left undone")  # the shadow
    pdf.set_font("Body", "", 10)
    pdf.text(60, 520, "A line the photo covers on the printed page.")
    pdf.image(Image.new("RGB", (300, 150), (90, 120, 160)), x=50, y=500, w=300, h=150)
    pdf.set_text_color(255, 255, 255)
    pdf.text(60, 640, "Photo: the harbour mouth at low water")
    pdf.set_text_color(0, 0, 0)
    pdf.text(60, 700, "A sentence hidden under a white box.")
    pdf.set_fill_color(255, 255, 255)
    pdf.rect(55, 688, 300, 16, style="F")
    with pdf.local_context(text_mode="INVISIBLE"):
        pdf.text(200, 560, "boats waiting for the tide")
    pdf.output(str(path))
    return path


def ocr_scan(path: Path) -> Path:
    """A scanned page (one image) with an invisible OCR text layer: it has
    a text layer, so it must be read, not refused as a scan."""
    from PIL import Image

    pdf = _document(path)
    pdf.image(Image.new("L", (595, 842), 235), x=0, y=0, w=595, h=842)
    with pdf.local_context(text_mode="INVISIBLE"):
        _release_text(pdf)
    pdf.output(str(path))
    return path


# ------------------------------------------------------ rotation, angles

def rotated_page(path: Path) -> Path:
    """Page 2 has /Rotate 90 (a landscape page shown turned), page 3 holds a
    table drawn turned on a portrait page, and page 1 a margin note running
    up the edge and a diagonal watermark."""
    page1 = (text_lines(BODY[0].split(", "), top=700) +
             b"\nBT /F1 8 Tf 0 1 -1 0 590 200 Tm (Draft for the regional council, not for publication) Tj ET"
             b"\nBT /F1 40 Tf 0.707 0.707 -0.707 0.707 150 250 Tm (CONFIDENTIAL) Tj ET")
    page2 = text_lines(BODY[1].split(". "), top=560)
    rows = ["Harbour        Depth    Dredged", "North Quay     2.1 m    2017", "Eastness       1.4 m    2012",
            "Saltmouth      0.9 m    2009"]
    page3 = b"q 0 1 -1 0 612 0 cm\n" + text_lines(rows, x=72, top=500, size=12) + b"\nQ"
    data = raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R 6 0 R 8 0 R] /Count 3 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R /Resources << /Font << /F1 4 0 R >> >> >>",
        HELVETICA, stream(page1),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 792 612] /Rotate 90 /Contents 7 0 R "
        b"/Resources << /Font << /F1 4 0 R >> >> >>",
        stream(page2),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 9 0 R /Resources << /Font << /F1 4 0 R >> >> >>",
        stream(page3),
    ])
    path.write_bytes(data)
    return path


def upside_down(path: Path) -> Path:
    """A page turned 180 degrees by its content, and one by /Rotate 270."""
    turned = b"q -1 0 0 -1 612 792 cm\n" + text_lines(BODY[2].split(", "), top=700) + b"\nQ"
    data = raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R 6 0 R] /Count 2 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R /Resources << /Font << /F1 4 0 R >> >> >>",
        HELVETICA, stream(turned),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Rotate 270 /Contents 7 0 R "
        b"/Resources << /Font << /F1 4 0 R >> >> >>",
        stream(text_lines(BODY[3].split(". "), top=700)),
    ])
    path.write_bytes(data)
    return path


# ------------------------------------------------ content stream oddities

def inline_images(path: Path) -> Path:
    """Inline images (BI ... ID ... EI) between lines of text, one whose
    data holds the bytes "EI" and another compressed."""
    import zlib

    tricky = bytes([0x45, 0x49, 0x20, 0x00, 0xFF] * 12)  # "EI " inside the image data
    packed = zlib.compress(bytes(range(48)))
    content = b"\n".join([
        text_lines(["Before the first image: the harbour mouth."], top=720),
        b"q 60 0 0 20 72 680 cm BI /W 10 /H 6 /CS /G /BPC 8 ID " + tricky + b" EI Q",
        text_lines(["Between the images: boats wait for the tide."], top=660),
        b"q 40 0 0 20 72 620 cm BI /W 8 /H 6 /CS /G /BPC 8 /F /Fl /L %d ID " % len(packed) + packed + b" EI Q",
        text_lines(["After the second image: the quay is silted up."], top=600),
    ])
    path.write_bytes(one_page(content))
    return path


def split_content_streams(path: Path) -> Path:
    """A page whose content is an array of streams, one text object cut
    across two of them."""
    first = b"BT /F1 12 Tf 72 700 Td (The channel has not been dredged) Tj"
    second = b"( for more than five years.) Tj 0 -16 Td (Harbour masters report it every winter.) Tj ET"
    data = raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents [5 0 R 6 0 R] "
        b"/Resources << /Font << /F1 4 0 R >> >> >>",
        HELVETICA, stream(first), stream(second, compress=True),
    ])
    path.write_bytes(data)
    return path


def type3_fonts(path: Path) -> Path:
    """Text in two Type 3 fonts (glyphs drawn as boxes): one maps its glyph
    names through an encoding, the other has a ToUnicode map."""
    names = "Harbouts"  # the letters used below
    glyph = b"500 0 0 0 400 600 d1 0 0 400 600 re f"
    procs = b" ".join(b"/%s %d 0 R" % (c.encode(), 8 + i) for i, c in enumerate(names))
    codes = {c: 65 + i for i, c in enumerate(names)}
    differences = b"[65 " + b" ".join(b"/" + c.encode() for c in names) + b"]"

    def encoded(word: str) -> bytes:
        return bytes(codes[c] for c in word)

    font = (b"<< /Type /Font /Subtype /Type3 /FontBBox [0 0 500 700] /FontMatrix [0.001 0 0 0.001 0 0] "
            b"/CharProcs << %s >> /Encoding << /Type /Encoding /Differences %s >> /FirstChar 65 /LastChar %d "
            b"/Widths [%s] %s>>")
    widths = b" ".join(b"500" for _ in names)
    cmap = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /T3 def "
            "1 begincodespacerange <00> <FF> endcodespacerange %d beginbfchar %s endbfchar endcmap "
            "CMapName currentdict /CMap defineresource pop end end" % (
                len(names), " ".join(f"<{codes[c]:02X}> <{ord(c):04X}>" for c in names))).encode()
    content = (b"BT /T1 14 Tf 72 700 Td (" + encoded("Harbour") + b") Tj 0 -24 Td (" + encoded("boats") +
               b") Tj ET BT /T2 14 Tf 72 640 Td (" + encoded("Harbours") + b") Tj ET BT /F1 12 Tf 72 600 Td "
               b"(Ordinary text under the boxes.) Tj ET")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R "
        b"/Resources << /Font << /F1 4 0 R /T1 6 0 R /T2 7 0 R >> >> >>",
        HELVETICA, stream(content),
        font % (procs, differences, 64 + len(names), widths, b""),
        font % (procs, differences, 64 + len(names), widths, b"/ToUnicode %d 0 R " % (8 + len(names))),
    ]
    objects += [stream(glyph) for _ in names] + [stream(cmap)]
    path.write_bytes(raw_pdf(objects))
    return path


def hidden_layer(path: Path) -> Path:
    """Optional content: a layer switched off in the viewer, one on."""
    content = (text_lines(["Visible body text about the harbour survey."], top=700) +
               b"\n/OC /Off BDC " + text_lines(["Internal note: figures not yet checked."], top=660) + b" EMC"
               b"\n/OC /On BDC " + text_lines(["Published figures from the coastal authority."], top=620) + b" EMC")
    data = raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R /OCProperties << /OCGs [6 0 R 7 0 R] "
        b"/D << /ON [7 0 R] /OFF [6 0 R] >> >> >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R "
        b"/Resources << /Font << /F1 4 0 R >> /Properties << /Off 6 0 R /On 7 0 R >> >> >>",
        HELVETICA, stream(content),
        b"<< /Type /OCG /Name (Notes) >>", b"<< /Type /OCG /Name (Figures) >>",
    ])
    path.write_bytes(data)
    return path


def off_page_and_tiny(path: Path) -> Path:
    """Text parked outside the page box, text at half a point, text clipped
    away, text letter-spaced and stretched."""
    content = b"\n".join([
        text_lines(["Body text that every reader sees on the page."], top=700),
        b"BT /F1 12 Tf -400 500 Td (Text left outside the page box.) Tj ET",
        b"BT /F1 0.5 Tf 72 650 Td (Microscopic metadata line.) Tj ET",
        b"q 72 600 10 10 re W n BT /F1 12 Tf 72 600 Td (A line clipped away almost entirely.) Tj ET Q",
        b"BT /F1 12 Tf 3 Tc 72 560 Td (PRESS RELEASE) Tj 0 Tc ET",
        b"BT /F1 12 Tf 150 Tz 72 530 Td (Stretched across the page) Tj 100 Tz ET",
    ])
    path.write_bytes(one_page(content))
    return path


def scripts(path: Path) -> Path:
    """Greek, Cyrillic, accented Latin and CJK text in embedded fonts."""
    pdf = _document(path)
    pdf.add_font("CJK", "", str(CJK_FONT))
    pdf.set_font("Sans", "", 12)
    for line in ("Ο λιμένας κλείνει τον χειμώνα.", "Порт закрывается зимой, сообщили в Coastal Watch.",
                 "Les pêcheurs déçus à Sæby, Größe und Maß."):
        pdf.multi_cell(0, 16, line, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("CJK", "", 12)
    pdf.multi_cell(0, 16, "港口在冬季关闭。渔民等待潮水。", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


def vertical_writing(path: Path) -> Path:
    """Chinese set in vertical columns (a CID font written top to bottom,
    Identity-V), with a horizontal title."""
    pdf = _document(path)
    pdf.add_font("CJK", "", str(CJK_FONT))
    pdf.set_font("Sans", "", 14)
    pdf.text(60, 60, "Harbour notice")
    pdf.set_font("CJK", "", 14)
    for column, text in enumerate(("港口在冬季关闭", "渔民等待潮水", "报告将于春季发布")):
        pdf.text(400 - 30 * column, 120, text)
    data = bytearray(pdf.output())
    # the same length, so the cross-reference offsets hold: the CJK font now writes downwards
    at = data.index(b"/Identity-H", data.index(b"DroidSansFallback"))
    data[at:at + 11] = b"/Identity-V"
    path.write_bytes(bytes(data))
    return path


# ---------------------------------------------------------- page layouts

def three_columns(path: Path) -> Path:
    typeset(path, RELEASE + BACKGROUND, columns=3, gutter=12, page_size=(842.0, 595.0),
            styles=release_styles(9, spacing=4, span_title=True))
    return path


def only_repeated_lines(path: Path) -> Path:
    """Three pages, each holding the same two lines and a page number: by
    repetition every line is furniture, yet it is all the document says."""
    pdf = _document(path)
    for number in range(1, 4):
        if number > 1:
            pdf.add_page()
        pdf.set_font("Body", "", 12)
        pdf.text(60, 80, "Coastal Watch statement on the harbour closures")
        pdf.text(60, 100, "The group will publish its full report in the spring.")
        pdf.text(290, 800, f"Page {number} of 3")
    pdf.output(str(path))
    return path


def table_page(path: Path) -> Path:
    """A table with ruled cells and numbers, as word processors export."""
    pdf = _document(path)
    _release_text(pdf, BODY[:1])
    rows = [("Harbour", "Depth (m)", "Last dredged"), ("North Quay", "2.1", "2017"),
            ("Eastness", "1.4", "2012"), ("Saltmouth", "0.9", "2009")]
    pdf.set_font("Sans", "", 10)
    with pdf.table(col_widths=(200, 100, 120), width=420) as table:
        for cells in rows:
            row = table.row()
            for cell in cells:
                row.cell(cell)
    pdf.output(str(path))
    return path


ODD_PDFS = {
    "annotations": annotations,
    "acroform": acroform,
    "form-xobjects": form_xobjects,
    "overlays": overlays,
    "ocr-scan": ocr_scan,
    "rotated-pages": rotated_page,
    "upside-down": upside_down,
    "inline-images": inline_images,
    "split-content-streams": split_content_streams,
    "type3-fonts": type3_fonts,
    "hidden-layer": hidden_layer,
    "off-page-and-tiny": off_page_and_tiny,
    "scripts": scripts,
    "vertical-writing": vertical_writing,
    "three-columns": three_columns,
    "only-repeated-lines": only_repeated_lines,
    "table": table_page,
}

__all__ = ["ODD_PDFS", "escape"]
