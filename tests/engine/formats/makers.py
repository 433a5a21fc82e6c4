"""Documents written for the tests, in each format Tandem reads: the same
short press release (a headline, a standfirst, a dateline, headings, a
table, a list) as a web page with a menu, comments and related links, as a
Word file with a footnote and tracked changes, as Writer and RTF files, and
as an e-mail with an HTML body and a PDF attached."""
from __future__ import annotations

import io
import zipfile

HEADLINE = "Harbour towns face rising flood risk"
STANDFIRST = "Ageing sea walls have left fourteen towns exposed to winter storms, a new survey finds."
DATELINE_PARAGRAPH = ("LONDON, 4 March 2025 – Fourteen harbour towns on the east coast are at serious risk of "
                      "flooding because their sea walls were built more than a century ago, according to a "
                      "survey published today by Coastal Watch.")
SURVEY = ("The survey inspected 212 kilometres of defences between March and November last year. Engineers "
          "found cracks, missing stones and eroded foundations along a third of the walls they examined.")
CAPTION = "The sea wall at Eastwick, where a 40-metre section collapsed in January."
REPAIRS_HEADING = "Repairs delayed for a decade"
REPAIRS = ("Local councils asked for repair funding in 2015, but only three of the fourteen towns have "
           "received any money so far. The total cost of the repairs is estimated at £310 million.")
QUOTE = ("“We cannot keep patching walls that were built for the storms of the nineteenth century,” said "
         "Dr Helen Marsh, the survey’s lead author.")
ITEMS = ("publish a repair timetable for every town within six months;",
         "set aside emergency funds for the five most exposed harbours;",
         "inspect the walls every two years.")
HOMES_HEADING = "Homes at risk"
HOMES = ("More than 9,000 homes lie behind the weakest sections. Insurers have already raised premiums in six "
         "of the towns, and some residents say they can no longer get flood cover at all.")
CLOSING = "Coastal Watch will present the findings to the parliamentary environment committee on 18 March."
TABLE = (("Town", "Homes at risk", "Wall built"), ("Eastwick", "2,100", "1891"), ("Saltby", "1,350", "1902"))

# What must never be read as the article.
MENU = ("News", "Reports", "Campaigns", "About us", "Donate")
RELATED = ("Storm Ciara: a year after the floods, towns still wait for help",
           "Why sea levels are rising faster on the east coast than anywhere else")
COMMENTS = ("I have lived here for forty years and the wall has never been this bad. Something has to be "
            "done before next winter.",
            "Great reporting, thank you. Our council has not replied to a single letter about this in two years.")


def web_page(lang: str = "en-GB") -> str:
    menu = "".join(f'<li><a href="/{m.lower()}">{m}</a></li>' for m in MENU)
    related = "".join(f'<li><a href="/r{n}">{title}</a></li>' for n, title in enumerate(RELATED))
    comments = "".join(f'<div class="comment"><p class="author">Reader {n}</p><p>{text}</p></div>'
                       for n, text in enumerate(COMMENTS))
    items = "".join(f"<li>{item}</li>" for item in ITEMS)
    rows = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in TABLE)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{HEADLINE} | Coastal Watch</title>
<meta property="og:title" content="{HEADLINE}">
<meta property="article:published_time" content="2025-03-04T09:30:00Z">
<script>var tracking = "Tracking text that is never shown";</script>
</head>
<body>
<div class="cookie-banner">We use cookies to improve your experience. <button>Accept all</button></div>
<header class="site-header"><a class="logo" href="/">Coastal Watch</a>
<nav class="main-menu"><ul>{menu}</ul></nav></header>
<main>
<article>
<h1>{HEADLINE}</h1>
<p class="standfirst">{STANDFIRST}</p>
<div class="byline">By Maria Lopez · <time datetime="2025-03-04">4 March 2025</time></div>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
<div class="entry-content">
<p>{DATELINE_PARAGRAPH}</p>
<p>{SURVEY}</p>
<figure><img src="wall.jpg" alt="A cracked sea wall"><figcaption>{CAPTION}</figcaption></figure>
<h2>{REPAIRS_HEADING}</h2>
<p>{REPAIRS}</p>
<table>{rows}</table>
<blockquote><p>{QUOTE}</p></blockquote>
<p>The survey recommends that the government:</p>
<ul>{items}</ul>
<h2>{HOMES_HEADING}</h2>
<p>{HOMES}</p>
<p>{CLOSING}</p>
</div>
<div class="share"><a href="#">Share</a> <a href="#">Print</a></div>
</article>
<aside class="related"><h3>Related articles</h3><ul>{related}</ul></aside>
<section class="comments"><h3>2 comments</h3>{comments}
<form><textarea>Leave a comment</textarea><button>Post comment</button></form></section>
</main>
<footer><p>© 2025 Coastal Watch. Registered charity no. 1234567.</p></footer>
</body></html>
"""


# --- Word -------------------------------------------------------------------------
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FOOTNOTE = "Survey of 212 km of sea walls, March to November 2024."
INSERTED = " and the government has promised a review"
DELETED = " and nobody has answered"


def word_document(path, *, footnote: bool = True, tracked: bool = True) -> None:
    """A .docx made with python-docx, with a footnote and tracked changes
    (an insertion and a deletion) written into its XML, as Word writes them."""
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    document = docx.Document()
    document.add_heading(HEADLINE, level=0)  # the "Title" style
    document.add_paragraph(STANDFIRST)
    document.add_paragraph(DATELINE_PARAGRAPH)
    survey = document.add_paragraph(SURVEY)
    document.add_heading(REPAIRS_HEADING, level=1)
    repairs = document.add_paragraph(REPAIRS)
    table = document.add_table(rows=len(TABLE), cols=len(TABLE[0]))
    for r, row in enumerate(TABLE):
        for c, cell in enumerate(row):
            table.cell(r, c).text = cell
    document.add_paragraph("The survey recommends that the government:")
    for item in ITEMS:
        document.add_paragraph(item, style="List Bullet")
    document.add_heading(HOMES_HEADING, level=1)
    document.add_paragraph(HOMES)
    document.add_paragraph(CLOSING)
    if footnote:
        _add_footnote(document, survey, RT.FOOTNOTES)
    if tracked:
        _add_tracked_changes(repairs)
    document.save(str(path))


def _add_footnote(document, paragraph, reltype) -> None:
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from lxml import etree

    xml = (f'<w:footnotes xmlns:w="{W}">'
           '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
           '</w:footnote>'
           f'<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {FOOTNOTE}</w:t>'
           '</w:r></w:p></w:footnote></w:footnotes>')
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                xml.encode("utf-8"), document.part.package)
    document.part.relate_to(part, reltype)
    reference = etree.fromstring(f'<w:r xmlns:w="{W}"><w:footnoteReference w:id="1"/></w:r>')
    paragraph._p.append(reference)


def _add_tracked_changes(paragraph) -> None:
    """The paragraph's last full stop gives way to an insertion and a
    deletion made with Track Changes on."""
    from lxml import etree

    run = paragraph.runs[-1]
    run.text = run.text.rstrip(".")
    ins = etree.fromstring(f'<w:ins xmlns:w="{W}" w:id="1" w:author="Editor" w:date="2025-03-03T10:00:00Z">'
                           f'<w:r><w:t xml:space="preserve">{INSERTED}</w:t></w:r></w:ins>')
    deleted = etree.fromstring(f'<w:del xmlns:w="{W}" w:id="2" w:author="Editor" w:date="2025-03-03T10:00:00Z">'
                               f'<w:r><w:delText xml:space="preserve">{DELETED}</w:delText></w:r></w:del>')
    stop = etree.fromstring(f'<w:r xmlns:w="{W}"><w:t>.</w:t></w:r>')
    paragraph._p.extend([ins, deleted, stop])


def docx_bytes(tmp_path, **kwargs) -> bytes:
    path = tmp_path / "made.docx"
    word_document(path, **kwargs)
    return path.read_bytes()


def zip_bytes(files: dict[str, bytes | str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return buffer.getvalue()


# --- Writer -----------------------------------------------------------------------
_ODT_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/"')


def writer_bytes(*, encrypted: bool = False) -> bytes:
    """An .odt as Writer writes one: a heading, a table, a footnote, and
    tracked changes (an insertion marked in the text, a deletion kept in
    <text:tracked-changes>)."""
    rows = "".join("<table:table-row>" + "".join(
        f'<table:table-cell><text:p>{cell}</text:p></table:table-cell>' for cell in row) + "</table:table-row>"
        for row in TABLE)
    items = "".join(f"<text:list-item><text:p>{item}</text:p></text:list-item>" for item in ITEMS)
    body = f"""<text:tracked-changes>
<text:changed-region text:id="ct1"><text:insertion><office:change-info><dc:creator>Editor</dc:creator>
</office:change-info></text:insertion></text:changed-region>
<text:changed-region text:id="ct2"><text:deletion><office:change-info><dc:creator>Editor</dc:creator>
</office:change-info><text:p>{DELETED}</text:p></text:deletion></text:changed-region>
</text:tracked-changes>
<text:h text:outline-level="1">{HEADLINE}</text:h>
<text:p>{STANDFIRST}</text:p>
<text:p>{DATELINE_PARAGRAPH}</text:p>
<text:p>{SURVEY}<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation>
<text:note-body><text:p>{FOOTNOTE}</text:p></text:note-body></text:note></text:p>
<text:h text:outline-level="2">{REPAIRS_HEADING}</text:h>
<text:p>{REPAIRS.rstrip(".")}<text:change-start text:change-id="ct1"/>{INSERTED}<text:change-end text:change-id="ct1"/><text:change text:change-id="ct2"/>.</text:p>
<table:table table:name="Towns">{rows}</table:table>
<text:p>The survey recommends that the government:</text:p>
<text:list>{items}</text:list>
<text:h text:outline-level="2">{HOMES_HEADING}</text:h>
<text:p>{HOMES}</text:p>
<text:p>{CLOSING}</text:p>"""
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_ODT_NS} office:version="1.3">'
               f"<office:body><office:text>{body}</office:text></office:body></office:document-content>")
    encryption = '<manifest:encryption-data manifest:checksum-type="SHA1"/>' if encrypted else ""
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                f'<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">{encryption}'
                '</manifest:file-entry></manifest:manifest>')
    return zip_bytes({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": content,
                      "META-INF/manifest.xml": manifest})


# --- RTF --------------------------------------------------------------------------
def _rtf_escape(text: str) -> str:
    return "".join(c if ord(c) < 128 else f"\\u{ord(c) if ord(c) < 32768 else ord(c) - 65536}?" for c in text)


def rtf_bytes() -> bytes:
    """An RTF as Word writes one: a style sheet naming "heading 1", a font
    table, \\uN escapes, a table, a footnote and tracked changes."""
    e = _rtf_escape
    rows = "".join("\\trowd\\cellx3000\\cellx6000\\cellx9000 " + "".join(f"\\intbl {e(c)}\\cell " for c in row)
                   + "\\row\n" for row in TABLE)
    return (f"{{\\rtf1\\ansi\\ansicpg1252\\uc1\\deff0{{\\fonttbl{{\\f0\\froman\\fcharset0 Times New Roman;}}}}\n"
            f"{{\\stylesheet{{\\s0 Normal;}}{{\\s1\\outlinelevel0 heading 1;}}}}\n"
            f"{{\\info{{\\title Not the text}}{{\\author Coastal Watch}}}}\n"
            f"{{\\*\\generator Tests}}\n"
            f"\\pard\\plain\\s1 {e(HEADLINE)}\\par\n"
            f"\\pard\\plain {e(STANDFIRST)}\\par\n"
            f"\\pard\\plain {e(DATELINE_PARAGRAPH)}\\par\n"
            f"\\pard\\plain {e(SURVEY)}{{\\super\\chftn}}{{\\footnote\\pard\\plain{{\\super\\chftn}} {e(FOOTNOTE)}}}\\par\n"
            f"\\pard\\plain\\s1 {e(REPAIRS_HEADING)}\\par\n"
            f"\\pard\\plain {e(REPAIRS.rstrip('.'))}{{\\added {e(INSERTED)}}}{{\\deleted {e(DELETED)}}}.\\par\n"
            f"{rows}"
            f"\\pard\\plain {e(HOMES)}\\par\n"
            f"\\pard\\plain {e(CLOSING)}\\par\n}}").encode("ascii")


# --- e-mail -----------------------------------------------------------------------
def release_pdf() -> bytes:
    fpdf = __import__("fpdf")
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.multi_cell(0, 8, f"{HEADLINE}\n\nAgeing sea walls have left fourteen towns exposed to floods.")
    return bytes(pdf.output())


def mail_bytes(*, html: bool = True, pdf: bool = True, body: bool = True) -> bytes:
    """An e-mail as a mail client saves it (.eml): a plain and an HTML
    body (the web page), a PDF attached."""
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"] = "Coastal Watch <press@coastalwatch.example>"
    message["To"] = "desk@agency.example"
    message["Subject"] = f"PRESS RELEASE: {HEADLINE}"
    message["Date"] = "Tue, 04 Mar 2025 09:30:00 +0000"
    if body:
        message.set_content("\n\n".join((HEADLINE, STANDFIRST, DATELINE_PARAGRAPH, SURVEY)))
        if html:
            message.add_alternative(web_page(), subtype="html")
    if pdf:
        message.add_attachment(release_pdf(), maintype="application", subtype="pdf", filename="release.pdf")
    message.add_attachment(b"\x89PNG\r\n\x1a\n" + b"\x00" * 32, maintype="image", subtype="png", filename="logo.png")
    message["Content-Language"] = "en-GB"  # after the body: setting content drops Content-* headers
    return bytes(message)
