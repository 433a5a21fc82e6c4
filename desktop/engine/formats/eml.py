"""E-mails (.eml, RFC 5322 with MIME): the body, its HTML version through
the web page reader, else its plain text; the subject, date and declared
language as what the message says of itself; attachments listed, and any
that is a document can be read instead of the body (``attachment_data``).
``line`` counts lines of the body part."""
from __future__ import annotations

from dataclasses import replace
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import parsedate_to_datetime

from ..errors import InputError
from ..language import from_language_tag
from ..model import LINES, Attachment, SourceInfo
from ..segment import segment
from . import Read
from .sniff import DOCX, EML, HTML, ODT, PDF, RTF, sniff
from .units import Unit

_DOCUMENTS = (PDF, DOCX, ODT, RTF, HTML, EML)


def read_eml(data: bytes, name: str) -> Read:
    message = _message(data)
    attachments = tuple(_listed(part, n) for n, part in enumerate(_attachments(message), start=1))
    info = SourceInfo(title=str(message.get("subject", "") or ""), date=_date(message),
                      language=from_language_tag(str(message.get("content-language", "") or "")),
                      attachments=attachments)
    body = message.get_body(preferencelist=("html", "plain"))
    text = _content(body) if body is not None else ""
    if not text.strip():
        raise InputError(_no_body(name, attachments))
    charset = body.get_content_charset() or "us-ascii"
    if body.get_content_subtype() == "html":
        from .html import read_html

        page = read_html(text, name)
        return Read(page.units, charset, LINES, replace(info, language=info.language or page.info.language))
    units = [Unit(p.text, p.line, p.end_line) for p in segment(text)]
    return Read(units, charset, LINES, info)


def attachment_data(data: bytes, wanted: str, name: str) -> bytes:
    """The bytes of the attachment called ``wanted`` (as listed)."""
    for number, part in enumerate(_attachments(_message(data)), start=1):
        if _file_name(part, number) == wanted:
            return part.get_payload(decode=True) or b""
    listed = ", ".join(_file_name(p, n) for n, p in enumerate(_attachments(_message(data)), start=1))
    raise InputError(f"{name}: no attachment called “{wanted}”" + (f" (it has: {listed})" if listed else
                                                                   " (it has none)"))


def _message(data: bytes) -> EmailMessage:
    return BytesParser(policy=policy.default).parsebytes(data)


def _attachments(message: EmailMessage) -> list[EmailMessage]:
    return [part for part in message.walk() if not part.is_multipart()
            and (part.is_attachment() or (part.get_filename() and part.get_content_maintype() != "text"))]


def _file_name(part: EmailMessage, number: int) -> str:
    return part.get_filename() or f"attachment {number}"


def _listed(part: EmailMessage, number: int) -> Attachment:
    data = part.get_payload(decode=True) or b""
    try:
        readable = sniff(data) in _DOCUMENTS or part.get_content_maintype() == "text"
    except InputError:  # a damaged or protected document
        readable = False
    return Attachment(_file_name(part, number), part.get_content_type(), len(data), readable)


def _content(part: EmailMessage) -> str:
    try:
        return part.get_content()
    except (LookupError, UnicodeError):  # a charset Python does not know: read it as Latin-1
        return (part.get_payload(decode=True) or b"").decode("latin-1")


def _date(message: EmailMessage) -> str:
    try:
        return parsedate_to_datetime(str(message.get("date", ""))).isoformat()
    except (TypeError, ValueError, IndexError):
        return ""


def _no_body(name: str, attachments: tuple[Attachment, ...]) -> str:
    documents = [a.name for a in attachments if a.readable]
    if documents:
        return (f"{name}: this e-mail has no text of its own; open its attachment instead "
                f"(“{documents[0]}”: --attachment on the command line)")
    return f"{name}: this e-mail has no text"
