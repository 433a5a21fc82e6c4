"""An e-mail's attachments in the window: once a message is read, the ones
that are documents (a PDF, a Word file…) are offered, one button each, to
be read instead of the message's text; an attachment being shown offers
the message's text back."""
from __future__ import annotations

import os
from typing import Callable

from .info_bar import InfoBar
from .layout import LEFT, RIGHT

_MAX_BUTTONS = 3
SIDE_NAMES = ("original", "other version")


def size_text(size: int) -> str:
    return f"{size} bytes" if size < 1024 else f"{size / 1024:.0f} KB" if size < 1 << 20 else f"{size / (1 << 20):.1f} MB"


class AttachmentOffer:
    def __init__(self, session, bar: InfoBar, open_attachment: Callable[[int, object], None]) -> None:
        self._session = session
        self._bar = bar
        self._open = open_attachment  # (side, name or None); the window asks about an unsaved review first
        session.documents_loaded.connect(self.refresh)

    def refresh(self) -> None:
        for side in (LEFT, RIGHT):
            message = self._offer(side)
            if message is not None:
                self._bar.show_message("info", *message)
                return
        self._bar.hide()

    def _offer(self, side: int):
        document = self._session.documents[side]
        if document is None:
            return None
        mail = os.path.basename(self._session.paths[side] or "")
        shown = self._session.attachments[side]
        if shown is not None:
            return (f"The {SIDE_NAMES[side]} is “{shown}”, attached to “{mail}”.",
                    (("Read the e-mail instead", lambda: self._open(side, None)),))
        readable = [a for a in document.info.attachments if a.readable]
        if not readable:
            return None
        listed = ", ".join(f"{a.name} ({size_text(a.size)})" for a in readable)
        noun = "an attachment" if len(readable) == 1 else f"{len(readable)} attachments"
        buttons = tuple((f"Open {a.name}", lambda _checked=False, name=a.name: self._open(side, name)) for a in readable[:_MAX_BUTTONS])
        return f"“{mail}” ({SIDE_NAMES[side]}) has {noun} that can be read instead of its text: {listed}.", buttons
