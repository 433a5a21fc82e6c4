"""The window's log file, in the user's state folder: what a user can send
with a bug report. The command line logs nothing (its one-line errors and
--debug tracebacks go to standard error).

Folder: $TANDEM_LOG_DIR, else $TANDEM_DATA_DIR/logs (so tests that point
TANDEM_DATA_DIR at a temporary folder keep logs there too), else
platformdirs' user log folder for "tandem"."""
from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from typing import Optional

LOG_DIR_ENV = "TANDEM_LOG_DIR"
DATA_DIR_ENV = "TANDEM_DATA_DIR"
LOG_NAME = "tandem.log"
MAX_BYTES = 1_000_000
BACKUPS = 3  # tandem.log.1 … .3: a few sessions' worth, never unbounded
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

_handler: Optional[logging.Handler] = None  # the one installed, so a second call adds no other


def log_dir() -> str:
    override = os.environ.get(LOG_DIR_ENV)
    if override:
        return override
    data = os.environ.get(DATA_DIR_ENV)
    if data:
        return os.path.join(data, "logs")
    from platformdirs import user_log_dir

    return user_log_dir("tandem", appauthor=False)


def log_path() -> str:
    return os.path.join(log_dir(), LOG_NAME)


def setup_logging(level: int = logging.INFO) -> Optional[str]:
    """Send the root logger's records to the log file and log uncaught
    exceptions there; returns the file's path, or None when the folder cannot
    be written (a missing log is no reason to refuse the window)."""
    global _handler
    if _handler is not None:
        return _handler.baseFilename
    path = log_path()
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        _handler = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                                        encoding="utf-8")
    except OSError:
        return None
    _handler.setFormatter(logging.Formatter(FORMAT))
    root = logging.getLogger()
    root.addHandler(_handler)
    root.setLevel(min(root.level or level, level))
    _log_uncaught_exceptions()
    return path


def _log_uncaught_exceptions() -> None:
    previous = sys.excepthook

    def hook(kind, error, trace):
        if not issubclass(kind, KeyboardInterrupt):
            logging.getLogger("tandem").critical("uncaught exception", exc_info=(kind, error, trace))
        previous(kind, error, trace)

    sys.excepthook = hook
