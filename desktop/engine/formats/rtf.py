"""RTF documents: paragraphs as ``rtf_parse`` reads them, headings by style
or outline level, table rows as paragraphs, footnotes after the body.
``line`` counts the document's paragraphs, as for Word."""
from __future__ import annotations

from ..errors import InputError
from ..model import BODY, HEADING, PARAGRAPHS
from . import Read
from .rtf_parse import parse_rtf
from .units import Unit, clean_text
from .wordml import superscript


def read_rtf(data: bytes, name: str) -> Read:
    try:
        parsed = parse_rtf(data)
    except (ValueError, LookupError, IndexError) as error:  # a code page Python lacks, a broken escape
        raise InputError(f"{name}: this RTF document cannot be read ({error})") from None
    units = []
    kinds = {"heading": HEADING, "row": BODY, "": None}
    for number, (text, role) in enumerate(parsed.paragraphs, start=1):
        text = clean_text(text)
        if text:
            units.append(Unit(text, number, number, kinds[role]))
    for number, (text, position) in enumerate(parsed.notes, start=1):
        units.append(Unit(f"{superscript(number)} {clean_text(text)}", position, position, BODY))
    return Read(units, "rtf", PARAGRAPHS)
