"""PDFs written byte by byte, for what no generator makes on purpose:
objects numbered from 1 in the order given, the first being the catalog."""
from __future__ import annotations

import io
import zlib


def stream(data: bytes, extra: bytes = b"", compress: bool = False) -> bytes:
    if compress:
        data = zlib.compress(data)
        extra += b" /Filter /FlateDecode"
    return b"<< /Length %d %s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def raw_pdf(objects: list[bytes]) -> bytes:
    out = io.BytesIO()
    out.write(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


HELVETICA = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"


def text_lines(lines: list[str], x: float = 72, top: float = 720, size: float = 12, font: bytes = b"/F1") -> bytes:
    """A content stream showing ``lines`` one under the other."""
    out = [b"BT %s %g Tf %g TL %g %g Td" % (font, size, size * 1.3, x, top)]
    for line in lines:
        out.append(b"(%s) Tj T*" % escape(line))
    out.append(b"ET")
    return b"\n".join(out)


def escape(text: str) -> bytes:
    raw = text.encode("cp1252")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def one_page(content: bytes, resources: bytes = b"<< /Font << /F1 4 0 R >> >>", extra_objects=(),
             page_extra: bytes = b"", media: bytes = b"[0 0 612 792]") -> bytes:
    """Catalog, pages, one page (object 3), Helvetica (4), its content (5),
    then ``extra_objects`` from 6 on."""
    return raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox %s /Contents 5 0 R /Resources %s %s >>"
        % (media, resources, page_extra),
        HELVETICA,
        stream(content),
        *extra_objects,
    ])
