"""Tandem's command line: `tandem compare`, `tandem extract`, `tandem open`
(the window, also `tandem [ORIGINAL OTHER] [--example]`) and `tandem
install-desktop-entry`. Trouble is one line on standard error and exit
status 2 (--debug adds the traceback); `compare` exits 0 for the same text
and 1 for different texts, as diff does."""
from __future__ import annotations

import argparse
import os
import sys
import traceback
from typing import Optional, Sequence

from .engine.errors import TandemError
from .exitstatus import EXIT_INTERRUPTED, EXIT_SAME, EXIT_TROUBLE


def version() -> str:
    """The installed package's version (a frozen build without its metadata
    falls back on the source's)."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed

    try:
        return installed("tandem")
    except PackageNotFoundError:
        from . import __version__

        return __version__


def run_extract(args: argparse.Namespace) -> int:
    from .engine.api import load_document
    from .engine.export.jsonout import document_json
    from .engine.export.text import document_text
    from .output import write_output

    document = load_document(args.file, segment_mode=args.segment, password=args.password,
                             attachment=args.attachment)
    if args.json:
        write_output(args.json, (document_json(document) + "\n").encode("utf-8"))
    else:
        sys.stdout.write(document_text(document))
    return EXIT_SAME


def run_install_desktop_entry(args: argparse.Namespace) -> int:
    from pathlib import Path

    from .integration import install

    try:
        written = install(Path(args.data_home) if args.data_home else None)
    except OSError as error:
        raise TandemError(f"could not install the desktop entry ({error.strerror or error})") from None
    for path in written:
        print(path)
    return EXIT_SAME


def run_window(args: argparse.Namespace) -> int:
    # one document opens as the original and waits for the other ("Open with
    # Tandem" on one file); a .tandem file opens that review
    for path in (args.original, *args.others):
        if path and not os.path.exists(path):
            raise TandemError(f"{path}: no such file")
    versions = list(args.others) if len(args.others) > 1 or any(os.path.isdir(p) for p in args.others) else None
    _choose_platform(args.screenshot)
    try:
        from .gui.app import run_gui
    except ImportError as error:
        raise TandemError(f"the window is not available here ({error})") from None
    _start_log()
    if versions:
        return run_gui(args.original, None, args.example, args.screenshot, args.theme, versions=versions)
    return run_gui(args.original, args.other, args.example, args.screenshot, args.theme,
                   line_by_line=args.segment == "lines")


def _start_log() -> None:
    import logging

    from .logs import setup_logging

    if setup_logging():
        logging.getLogger("tandem").info("tandem %s: the window starts (Python %s, %s)",
                                         version(), sys.version.split()[0], sys.platform)


def _choose_platform(screenshot: Optional[str]) -> None:
    """Without a display, a screenshot is drawn offscreen; the window itself
    cannot open, which is said in one line rather than by Qt's abort."""
    from .gui.display import has_display, no_display_message

    if has_display():
        return
    if not screenshot:
        raise TandemError(no_display_message())
    os.environ["QT_QPA_PLATFORM"] = "offscreen"


def run(args: argparse.Namespace) -> int:
    from .clicompare import run_compare
    from .climatch import run_match

    commands = {"compare": run_compare, "match": run_match, "extract": run_extract, "open": run_window,
                "install-desktop-entry": run_install_desktop_entry}
    return commands[args.command](args)


def main(argv: Optional[Sequence[str]] = None) -> int:
    from .cliargs import parse

    args = parse(sys.argv[1:] if argv is None else argv, version())
    try:
        return run(args)
    except TandemError as error:
        return _trouble(str(error), args.debug)
    except KeyboardInterrupt:
        print("tandem: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return EXIT_SAME  # the reader (head, less) has what it wanted
    except Exception as error:  # one line unless --debug: the traceback is for developers
        return _trouble(f"internal error: {type(error).__name__}: {error}", args.debug)


def _trouble(message: str, debug: bool) -> int:
    if debug:
        traceback.print_exc()
    print(f"tandem: {message}", file=sys.stderr)
    return EXIT_TROUBLE


if __name__ == "__main__":
    sys.exit(main())
