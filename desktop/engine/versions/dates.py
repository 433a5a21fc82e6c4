"""When a version appeared, where it says: an ISO date in its file name
(2026-03-05-agency.txt), else the publication date the document declares (a
web page's or an e-mail's), else a date in its first paragraphs (a dateline,
"5 March 2026", "March 5, 2026", "2026-03-05")."""
from __future__ import annotations

import os
import re
from typing import Optional

from ..model import Document

_ISO = re.compile(r"(?<!\d)(19\d\d|20\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?!\d)")
_MONTHS = ("january february march april may june july august september october november december").split()
_MONTH = "(" + "|".join(_MONTHS) + ")"
_DAY_MONTH_YEAR = re.compile(r"\b(\d{1,2})\s+" + _MONTH + r"\s+(\d{4})\b", re.IGNORECASE)
_MONTH_DAY_YEAR = re.compile(r"\b" + _MONTH + r"\s+(\d{1,2}),?\s+(\d{4})\b", re.IGNORECASE)
_LOOK_IN = 3  # paragraphs of the text searched for a date


def version_date(document: Document, path: str = "") -> Optional[str]:
    declared = _iso_in(document.info.date or "")
    return _iso_in(os.path.basename(path or document.name)) or declared or _date_in_text(document)


def _iso_in(text: str) -> Optional[str]:
    found = _ISO.search(text)
    return "-".join(found.groups()) if found else None


def _date_in_text(document: Document) -> Optional[str]:
    for paragraph in document.paragraphs[:_LOOK_IN]:
        text = paragraph.text
        found = _iso_in(text)
        if found:
            return found
        match = _DAY_MONTH_YEAR.search(text)
        if match:
            return _iso(match.group(3), match.group(2), match.group(1))
        match = _MONTH_DAY_YEAR.search(text)
        if match:
            return _iso(match.group(3), match.group(1), match.group(2))
    return None


def _iso(year: str, month: str, day: str) -> Optional[str]:
    number = _MONTHS.index(month.lower()) + 1
    return f"{year}-{number:02d}-{int(day):02d}" if 1 <= int(day) <= 31 else None
