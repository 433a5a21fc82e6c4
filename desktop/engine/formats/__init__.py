"""Documents as people receive them, other than plain text and PDF: web
pages, Word (.docx), Writer (.odt), RTF and e-mail (.eml). Each reader turns
its file into ``Unit``s (text, kind where the markup says it, source
position); ``sniff`` says which reader a file needs, by its content.

Nothing here imports Qt; the readers' libraries load when first needed."""
from __future__ import annotations

from dataclasses import dataclass

from ..model import LINES, SourceInfo
from .sniff import BILINGUAL, DOCX, EML, HTML, ODT, PDF, RTF, TEXT, TMX, XLIFF, sniff
from .units import Unit

__all__ = ["BILINGUAL", "DOCX", "EML", "HTML", "ODT", "PDF", "RTF", "TEXT", "TMX", "XLIFF", "Read",
           "read_structured", "sniff"]
STRUCTURED = (HTML, DOCX, ODT, RTF, EML)


@dataclass(frozen=True)
class Read:
    units: list[Unit]
    encoding: str  # of the text as stored ("utf-8", "cp1251", or the format's own: "docx")
    positions: str = LINES  # what the units' lines count
    info: SourceInfo = SourceInfo()


def read_structured(data: bytes, fmt: str, name: str) -> Read:
    """The units of a document in one of the STRUCTURED formats."""
    if fmt == HTML:
        from .encoding import decode_markup
        from .html import read_html

        decoded = decode_markup(data, name)
        page = read_html(decoded.text, name)
        return Read(page.units, decoded.encoding, LINES, page.info)
    if fmt == DOCX:
        from .word import read_docx

        return read_docx(data, name)
    if fmt == ODT:
        from .odt import read_odt

        return read_odt(data, name)
    if fmt == RTF:
        from .rtf import read_rtf

        return read_rtf(data, name)
    from .eml import read_eml

    return read_eml(data, name)
