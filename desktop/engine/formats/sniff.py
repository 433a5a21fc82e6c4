"""Which reader a document needs, decided by its content, never by its
name: a PDF by its header, a Word or Writer file by what its ZIP holds, RTF
by its first control word, a web page by its first tag (as browsers sniff,
WHATWG MIME Sniffing 7.1), an e-mail by its header block, a translator's
bilingual file (XLIFF, TMX) by its XML root element."""
from __future__ import annotations

import io
import re
import zipfile

from ..errors import InputError
from ..textload import looks_like_pdf

PDF, DOCX, ODT, RTF, HTML, EML, TEXT = "pdf", "docx", "odt", "rtf", "html", "eml", "text"
XLIFF, TMX = "xliff", "tmx"
BILINGUAL = (XLIFF, TMX)

_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ODT_MIME = b"application/vnd.oasis.opendocument.text"
# Tags a page or a copied fragment starts with (after space and comments).
_HTML_START = re.compile(
    rb"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|script|style|iframe|h[1-6]|div"
    rb"|font|table|a|b|br|p|span|section|article|main|header|ul|ol|blockquote|pre|img)[\s/>]",
    re.IGNORECASE | re.DOTALL)
_XHTML = re.compile(rb"<\?xml[^>]*\?>\s*(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html)", re.IGNORECASE | re.DOTALL)
# An XML document's first element, after the prolog (declaration, comments,
# processing instructions, a doctype): <xliff …> or <tmx …>, with or without a prefix.
_XML_ROOT = re.compile(
    rb"\s*(?:<\?xml[^>]*\?>\s*)?(?:(?:<!--.*?-->|<\?.*?\?>|<!DOCTYPE[^\[>]*(?:\[.*?\])?\s*>)\s*)*"
    rb"<(?:[\w.-]+:)?(xliff|tmx)[\s/>]", re.DOTALL)
# A message's first block: "Name: value" lines (continuations indented).
_HEADER_LINE = re.compile(rb"^(?:[!-9;-~]+:.*|[ \t].*|From .*)$")
_MAIL_HEADERS = {b"from", b"to", b"subject", b"date", b"message-id", b"mime-version", b"received",
                 b"return-path", b"content-type", b"delivered-to", b"reply-to", b"cc", b"x-mailer"}
_MAIL_ORIGIN = {b"from", b"received", b"mime-version", b"message-id", b"return-path"}


def sniff(data: bytes, name: str = "input") -> str:
    """One of PDF, DOCX, ODT, RTF, HTML, EML, XLIFF, TMX, TEXT; InputError for a file
    that is a container Tandem cannot read (a damaged or encrypted one)."""
    if looks_like_pdf(data):
        return PDF
    if data.startswith(_ZIP_MAGIC):
        return _zip_kind(data, name)
    if data.startswith(_OLE_MAGIC):
        raise InputError(_ole_message(data, name))
    head = _ascii_head(data)
    if head.lstrip().startswith(b"{\\rtf"):
        return RTF
    root = _XML_ROOT.match(head)
    if root:
        return XLIFF if root.group(1) == b"xliff" else TMX
    if _HTML_START.match(head) or _XHTML.match(head):
        return HTML
    if looks_like_mail(head):
        return EML
    return TEXT


def _ascii_head(data: bytes) -> bytes:
    """The first KiB as bytes an ASCII pattern can match (UTF-16 loses its
    NULs, a UTF-8 BOM goes)."""
    head = data[:4096]
    if head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        head = head[2:].replace(b"\x00", b"")
    return head.removeprefix(b"\xef\xbb\xbf")[:1024]


def _zip_kind(data: bytes, name: str) -> str:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = set(archive.namelist())
        mimetype = archive.read("mimetype").strip() if "mimetype" in names else b""
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, KeyError, OSError, ValueError):
        raise InputError(f"{name}: this ZIP archive (a .docx or .odt?) is damaged and cannot be opened") from None
    if "word/document.xml" in names:
        return DOCX
    if mimetype == _ODT_MIME or (not mimetype and "content.xml" in names):
        return ODT
    if mimetype.startswith(b"application/vnd.oasis.opendocument"):
        raise InputError(f"{name}: this is an OpenDocument file but not a text document "
                         "(save it from Writer as .odt, .docx or PDF)")
    raise InputError(f"{name}: this is a ZIP archive, not a Word (.docx) or Writer (.odt) document")


def _ole_message(data: bytes, name: str) -> str:
    # Office keeps a password-protected .docx/.xlsx in an OLE container with these streams.
    if "EncryptedPackage".encode("utf-16-le") in data:
        return (f"{name}: this Office document is protected by a password; remove the password "
                "in Word (File › Info › Protect Document) and save it again, or save it as PDF")
    return f"{name}: this is an old Microsoft Office file (.doc); save it as .docx, text or PDF"


def looks_like_mail(head: bytes) -> bool:
    """A header block of mail headers only, at least two of them known,
    one that says where the message came from."""
    parts = re.split(rb"\r?\n\r?\n", head, maxsplit=1)
    lines = [line for line in re.split(rb"\r?\n", parts[0]) if line]
    if len(parts) == 1:
        lines = lines[:-1]  # the head may cut the block's last line short
    if len(lines) < 2 or not all(_HEADER_LINE.match(line) for line in lines):
        return False
    names = {line.split(b":", 1)[0].strip().lower() for line in lines if not line[:1].isspace()}
    if lines[0].startswith(b"From "):
        names.add(b"from")
    return len(names & _MAIL_HEADERS) >= 2 and bool(names & _MAIL_ORIGIN)
