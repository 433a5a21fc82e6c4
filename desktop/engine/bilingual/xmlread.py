"""Reading a bilingual file's XML safely: no network, no external entities,
no DTD loaded (a file is data, never instructions); errors in one line."""
from __future__ import annotations

import re
from typing import Optional

from lxml import etree

from ..errors import InputError

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# What comes before the root element: a declaration, comments, processing
# instructions, a doctype (with its internal subset).
_PROLOG = re.compile(rb"(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*\?>\s*)?"
                     rb"(?:(?:<!--.*?-->|<\?.*?\?>|<!DOCTYPE[^\[>]*(?:\[.*?\])?\s*>)\s*)*", re.DOTALL)


def parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def parse_xml(data: bytes, name: str) -> etree._Element:
    try:
        root = etree.fromstring(data, parser())
    except etree.XMLSyntaxError as error:
        line = f" (line {error.lineno})" if error.lineno else ""
        raise InputError(f"{name}: damaged XML, it cannot be read{line}: {error.msg}") from None
    except ValueError as error:  # lxml refuses some inputs before parsing (an encoding it does not know)
        raise InputError(f"{name}: damaged XML, it cannot be read: {error}") from None
    if root is None:
        raise InputError(f"{name}: empty XML document")
    return root


def local(element) -> str:
    """An element's name without its namespace; "" for comments,
    processing instructions and entities."""
    if not isinstance(element.tag, str):
        return ""
    return etree.QName(element).localname


def namespace(element) -> str:
    return etree.QName(element).namespace or "" if isinstance(element.tag, str) else ""


def children(element, name: str, space: str) -> list:
    """Direct children called ``name`` in the namespace ``space``."""
    return [c for c in element if local(c) == name and namespace(c) == space]


def child(element, name: str, space: str):
    found = children(element, name, space)
    return found[0] if found else None


def descendants(element, name: str, space: str) -> list:
    return [e for e in element.iter() if local(e) == name and namespace(e) == space]


def prolog_end(data: bytes) -> Optional[int]:
    """Where the root element starts in a file in an ASCII-compatible
    encoding (None if it cannot be told)."""
    end = _PROLOG.match(data).end()
    return end if data[end:end + 1] == b"<" else None


def encoding_of(root) -> str:
    return (root.getroottree().docinfo.encoding or "utf-8").lower()
