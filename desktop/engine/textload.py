"""Reading text files as a newsroom receives them: any common encoding, any
platform's newlines, with or without BOM. The input file is only ever read."""
from __future__ import annotations

import codecs
import hashlib
import os
import sys
import unicodedata
from dataclasses import dataclass

from .errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Signatures of formats that are certainly not text (decided by content, not name).
_BINARY_MAGIC = (
    (b"PK\x03\x04", "a ZIP archive (perhaps a .docx or .odt: save it as text or PDF)"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file (save it as text or PDF)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x7fELF", "a program"),
    (b"MZ", "a program"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"{\\rtf", "an RTF document (save it as text or PDF)"),
)
PDF_MAGIC = b"%PDF-"


@dataclass(frozen=True)
class RawFile:
    path: str
    data: bytes
    sha256: str


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str


STDIN = "-"  # a document's path that means standard input, as diff tools read it


def read_file(path: str) -> RawFile:
    """Read a whole file, turning every OS error into one clear message."""
    if path == STDIN:
        data = sys.stdin.buffer.read()
        return RawFile(path, data, hashlib.sha256(data).hexdigest())
    if not os.path.exists(path):
        raise InputError(f"{path}: no such file")
    if os.path.isdir(path):
        raise InputError(f"{path}: is a folder, not a document")
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror or error})") from None
    return RawFile(path, data, hashlib.sha256(data).hexdigest())


def looks_like_pdf(data: bytes) -> bool:
    # The PDF spec allows junk before the header; readers look in the first KiB.
    return PDF_MAGIC in data[:1024]


def decode(data: bytes, name: str = "input") -> DecodedText:
    """Bytes to text: BOM first, then strict UTF-8, then a detector; never
    crashes on undecodable bytes (they become U+FFFD)."""
    if not data.strip():
        raise InputError(f"{name}: the file is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return DecodedText(_decode_lossy(data[len(bom):], encoding), _label(encoding))
    utf16 = _bomless_utf16(data)
    if utf16:
        text = _decode_lossy(data, utf16)
        if _mostly_text(text):
            return DecodedText(text, utf16)
    _reject_binary(data, name)
    try:
        return DecodedText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    encoding = _detect_legacy(data)
    return DecodedText(_decode_lossy(data, encoding), encoding)


def _label(encoding: str) -> str:
    return {"utf-8-sig": "utf-8 (BOM)"}.get(encoding, encoding)


def _decode_lossy(data: bytes, encoding: str) -> str:
    return data.decode(encoding, errors="replace")


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without BOM shows as a NUL in every other byte of Latin text."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0) / max(1, len(sample[0::2]))
    odd_nuls = sample[1::2].count(0) / max(1, len(sample[1::2]))
    if odd_nuls > 0.3 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.3 and odd_nuls < 0.05:
        return "utf-16-be"
    return None


def _mostly_text(text: str) -> bool:
    """Binary data that happens to have NULs in every other byte decodes to
    control characters and unassigned code points, not to prose."""
    sample = text[:4096]
    odd = sum(1 for c in sample if (ord(c) < 32 and c not in "\t\n\r\f") or unicodedata.category(c) in ("Cn", "Co", "Cs"))
    return odd <= max(2, len(sample) // 50)


def _reject_binary(data: bytes, name: str) -> None:
    for magic, what in _BINARY_MAGIC:
        if data.startswith(magic):
            raise InputError(f"{name}: this is {what}, not a text document")
    sample = data[:65536]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    if b"\x00" in sample or controls > max(8, len(sample) // 50):
        raise InputError(f"{name}: this looks like binary data, not a text document")


def _detect_legacy(data: bytes) -> str:
    """Cyrillic single-byte encodings (Windows-1251, KOI8-R) and the Western
    ones (Latin-1, Windows-1252) are told apart by a statistical detector."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None or not best.encoding:
        return "cp1252"
    return codecs.lookup(best.encoding).name
