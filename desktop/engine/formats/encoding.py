"""A web page's bytes to text: a byte-order mark first, then strict UTF-8
(pages declare a legacy charset they do not use more often than they use
one), then the charset the page declares (Latin-1 read as Windows-1252, as
browsers do), then the plain-text rules' detector."""
from __future__ import annotations

import codecs
import re

from ..textload import DecodedText, decode

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_BROWSER_ALIASES = {"iso8859-1": "cp1252", "latin-1": "cp1252", "ascii": "cp1252"}


def decode_markup(data: bytes, name: str) -> DecodedText:
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return decode(data, name)
    try:
        return DecodedText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    declared = _declared(data[:4096])
    if declared and declared != "utf-8":
        return DecodedText(data.decode(declared, errors="replace"), declared)
    return decode(data, name)


def _declared(head: bytes) -> str:
    match = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    if not match:
        return ""
    try:
        name = codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return ""
    return _BROWSER_ALIASES.get(name, name)
