"""Tandem's command line: `tandem compare`, `tandem extract`, and the window
(`tandem [ORIGINAL OTHER] [--example]`). Errors are one line on standard
error and exit status 2, never a traceback."""
from __future__ import annotations

import argparse
import os
import sys
from dataclasses import replace
from typing import Optional, Sequence

from .engine.errors import TandemError

EXIT_OK, EXIT_INTERNAL, EXIT_INPUT = 0, 1, 2
SUBCOMMANDS = ("compare", "extract", "install-desktop-entry")


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--segment", choices=("paragraphs", "lines"), default="paragraphs",
                        help="paragraphs: blank lines separate units (default); "
                             "lines: every non-empty line is a unit (CAT tool exports)")
    parser.add_argument("--password", help="password for an encrypted PDF")


def compare_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tandem compare", description="Compare an original with another version of it.")
    parser.add_argument("original", nargs="?", help="the original document (text or PDF)")
    parser.add_argument("other", nargs="?", help="the other version (rewrite or translation)")
    parser.add_argument("--example", action="store_true", help="compare the built-in example pair")
    parser.add_argument("--json", metavar="FILE", help="write the comparison as JSON ('-' for stdout)")
    parser.add_argument("--html", metavar="FILE", help="write the report as one self-contained HTML file")
    parser.add_argument("--pdf", metavar="FILE", help="write the report as PDF")
    parser.add_argument("--csv", metavar="FILE", help="write the change and drift items as CSV")
    parser.add_argument("--tmx", metavar="FILE", help="write the aligned pairs as TMX 1.4 for CAT tools")
    parser.add_argument("--tmx-sentences", action="store_true",
                        help="in the TMX, one unit per aligned sentence where the sentences pair up")
    parser.add_argument("--diff", metavar="FILE", help="write a unified diff of the normalised paragraphs")
    parser.add_argument("--review", metavar="PROJECT",
                        help="a saved review (.tandem): its documents, manual links and decisions "
                             "(give ORIGINAL OTHER to use other copies of the documents)")
    parser.add_argument("--ignore-case", action="store_true", help="case differences are not changes")
    parser.add_argument("--ignore-punctuation", action="store_true",
                        help="punctuation differences are not changes")
    parser.add_argument("--keep-quote-style", action="store_true",
                        help="count ‘quotes’ vs “quotes” as a change (ignored by default)")
    parser.add_argument("--time-budget", type=float, default=20.0, metavar="SECONDS",
                        help="past this, answer coarser rather than keep going (default 20)")
    parser.add_argument("--other-password", help="password for the other version, if it differs")
    parser.add_argument("--original-language", metavar="CODE",
                        help="language of the original (ISO 639-1, e.g. en), instead of detecting it")
    parser.add_argument("--other-language", metavar="CODE",
                        help="language of the other version (e.g. ru, de), instead of detecting it")
    _common(parser)
    return parser


def extract_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tandem extract", description="Show the paragraphs Tandem reads in a document.")
    parser.add_argument("file")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    _common(parser)
    return parser


def desktop_entry_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tandem install-desktop-entry",
        description="Add Tandem to the desktop's applications, with its icon, so text and PDF files "
                    "offer 'Open with Tandem'.")
    parser.add_argument("--data-home", metavar="DIR",
                        help="where to install (default: $XDG_DATA_HOME or ~/.local/share)")
    return parser


def run_install_desktop_entry(args: argparse.Namespace) -> int:
    from pathlib import Path

    from .integration import install

    try:
        written = install(Path(args.data_home) if args.data_home else None)
    except OSError as error:
        raise TandemError(f"could not install the desktop entry ({error.strerror or error})") from None
    for path in written:
        print(path)
    return EXIT_OK


def window_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tandem",
        description="Compare two versions of a document side by side. "
                    "Subcommands: 'tandem compare …', 'tandem extract …', 'tandem install-desktop-entry' "
                    "(see their --help).")
    parser.add_argument("original", nargs="?", help="the original, or a saved review (.tandem)")
    parser.add_argument("other", nargs="?", help="the other version")
    parser.add_argument("--example", action="store_true", help="open the built-in example")
    parser.add_argument("--screenshot", metavar="PNG",
                        help="render the window once the comparison has loaded, save it, and exit")
    parser.add_argument("--theme", choices=("system", "light", "dark"), default=None)
    return parser


def run_compare(args: argparse.Namespace) -> int:
    from .engine.api import compare_files, example_paths
    from .engine.export.jsonout import to_json
    from .engine.export.text import comparison_text
    from .engine.review import Review

    project = _project(args)
    if project is not None:
        comparison, review = _restore(args, project)
    else:
        left, right = _pair(args, example_paths)
        comparison = compare_files(left, right, _options(args), segment_mode=args.segment,
                                   left_password=args.password,
                                   right_password=args.other_password or args.password,
                                   left_language=_language(args.original_language),
                                   right_language=_language(args.other_language))
        review = Review()
    exports = _exports(args)
    if args.json:
        _write(args.json, to_json(comparison, review if project is not None else None) + "\n")
    for kind, target in exports:
        _export(kind, target, comparison, review, args)
    if not (args.json or exports):
        sys.stdout.write(comparison_text(comparison))
    return EXIT_OK


def _options(args: argparse.Namespace, base=None):
    """The command line's options; with a saved review, its options unless a
    flag asks for more."""
    from .engine.model import Options

    base = base or Options()
    return replace(base, ignore_case=args.ignore_case or base.ignore_case,
                   ignore_punctuation=args.ignore_punctuation or base.ignore_punctuation,
                   ignore_quotes=base.ignore_quotes and not args.keep_quote_style, time_budget=args.time_budget)


def _project(args: argparse.Namespace):
    if not args.review:
        return None
    from .engine.project import load_project

    if args.example:
        raise TandemError("give either --example or --review, not both")
    if bool(args.original) != bool(args.other):
        raise TandemError("with --review, give both documents or none (the review names its own)")
    return load_project(args.review)


def _restore(args: argparse.Namespace, project):
    from .engine.restore import restore_project

    restored = restore_project(project, _options(args, project.options),
                               segment_mode=args.segment if args.segment != "paragraphs" else None,
                               left_path=args.original, right_path=args.other, left_password=args.password,
                               right_password=args.other_password or args.password)
    if restored.notice():
        print(f"tandem: note: {restored.notice()}", file=sys.stderr)
    return restored.comparison, restored.review


def _exports(args: argparse.Namespace) -> list[tuple[str, str]]:
    chosen = [(kind, getattr(args, kind)) for kind in ("html", "pdf", "csv", "tmx", "diff") if getattr(args, kind)]
    if any(kind == "pdf" and target == "-" for kind, target in chosen):
        raise TandemError("the PDF report needs a file name, not '-'")
    return chosen


def _export(kind: str, target: str, comparison, review, args: argparse.Namespace) -> None:
    from .exports import render, write_export

    if target == "-":
        sys.stdout.flush()
        sys.stdout.buffer.write(render(kind, comparison, review, tmx_sentences=args.tmx_sentences))
        sys.stdout.buffer.flush()
        return
    write_export(kind, target, comparison, review, tmx_sentences=args.tmx_sentences)


def _language(code: Optional[str]) -> Optional[str]:
    if code is None:
        return None
    code = code.strip().lower()
    if not (2 <= len(code) <= 3 and code.isalpha()):
        raise TandemError(f"{code!r} is not a language code (use ISO 639-1, such as en, ru, de)")
    return code


def _pair(args: argparse.Namespace, example_paths) -> tuple[str, str]:
    if args.example:
        if args.original or args.other:
            raise TandemError("give either --example or two files, not both")
        return example_paths()
    if not (args.original and args.other):
        raise TandemError("two documents are needed: tandem compare ORIGINAL OTHER (or --example)")
    return args.original, args.other


def _write(target: str, text: str) -> None:
    if target == "-":
        sys.stdout.write(text)
        return
    try:
        with open(target, "w", encoding="utf-8") as handle:
            handle.write(text)
    except OSError as error:
        raise TandemError(f"{target}: cannot write ({error.strerror or error})") from None


def run_extract(args: argparse.Namespace) -> int:
    from .engine.api import load_document
    from .engine.export.jsonout import document_json
    from .engine.export.text import document_text

    document = load_document(args.file, segment_mode=args.segment, password=args.password)
    sys.stdout.write(document_json(document) + "\n" if args.json else document_text(document))
    return EXIT_OK


def run_window(args: argparse.Namespace) -> int:
    # one document opens as the original and waits for the other ("Open with
    # Tandem" on one file); a .tandem file opens that review
    for path in (args.original, args.other):
        if path and not os.path.exists(path):
            raise TandemError(f"{path}: no such file")
    _choose_platform(args.screenshot)
    try:
        from .gui.app import run_gui
    except ImportError as error:
        raise TandemError(f"the window is not available here ({error})") from None
    return run_gui(args.original, args.other, args.example, args.screenshot, args.theme)


def _choose_platform(screenshot: Optional[str]) -> None:
    """Without a display, a screenshot is drawn offscreen; the window itself
    cannot open, which is said in one line rather than by Qt's abort."""
    from .gui.display import has_display, no_display_message

    if has_display():
        return
    if not screenshot:
        raise TandemError(no_display_message())
    os.environ["QT_QPA_PLATFORM"] = "offscreen"


def main(argv: Optional[Sequence[str]] = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] == "compare":
            return run_compare(compare_parser().parse_args(argv[1:]))
        if argv and argv[0] == "extract":
            return run_extract(extract_parser().parse_args(argv[1:]))
        if argv and argv[0] == "install-desktop-entry":
            return run_install_desktop_entry(desktop_entry_parser().parse_args(argv[1:]))
        return run_window(window_parser().parse_args(argv))
    except TandemError as error:
        print(f"tandem: {error}", file=sys.stderr)
        return EXIT_INPUT
    except KeyboardInterrupt:
        print("tandem: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as error:  # the promise is one line, never a traceback
        print(f"tandem: internal error: {type(error).__name__}: {error}", file=sys.stderr)
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
