"""The command line's grammar: one argparse parser with a subcommand each for
`compare`, `extract`, `open` (the window) and `install-desktop-entry`.
`tandem A B` is `tandem open A B`: a first word that is no subcommand opens
the window, as the README has always documented."""
from __future__ import annotations

import argparse
from typing import NoReturn, Sequence

from .exitstatus import EXIT_TROUBLE

SUBCOMMANDS = ("compare", "match", "extract", "open", "install-desktop-entry")
WINDOW = "open"
TOP_LEVEL = ("-h", "--help", "--version")

EXIT_STATUS_HELP = """exit status (as diff and cmp):
  0  the versions carry the same text (with several versions: every one does)
  1  they differ (0 with --exit-zero)
  2  trouble: bad input, a file that cannot be written (one line on stderr);
     with several versions, the others are still compared and reported"""
MATCH_STATUS_HELP = """exit status (as grep):
  0  some article derives from a release
  1  none does
  2  trouble (a file that could not be read or compared; the rest are still matched)"""


class Parser(argparse.ArgumentParser):
    """Usage errors are one line on standard error and status 2, like every
    other trouble (argparse's own also prints the whole usage)."""

    subcommands: dict[str, "Parser"]

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_TROUBLE, f"{self.prog}: {message} (see '{self.prog} --help')\n")


def with_window_default(argv: Sequence[str]) -> list[str]:
    """Put `open` in front unless the first word is a subcommand or a
    top-level option."""
    argv = list(argv)
    if argv and (argv[0] in SUBCOMMANDS or argv[0] in TOP_LEVEL):
        return argv
    return [WINDOW, *argv]


def json_flag_at_end(argv: list[str]) -> list[str]:
    """`tandem extract FILE --json` (the old flag form) still means standard
    output; only a last `--json` is read so, so no file name is ever taken
    for a target by mistake."""
    if len(argv) > 1 and argv[0] == "extract" and argv[-1] == "--json":
        return [*argv, "-"]
    return argv


def build_parser(version: str) -> Parser:
    parser = Parser(prog="tandem", description="Compare two versions of a document, paragraph by paragraph.",
                    epilog="'tandem ORIGINAL OTHER', 'tandem REVIEW.tandem' and 'tandem --example' open the\n"
                           "window: they are 'tandem open …'.\n\n" + EXIT_STATUS_HELP,
                    formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"tandem {version}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for add in (_compare, _match, _extract, _window, _desktop_entry):
        add(commands)
    parser.subcommands = commands.choices
    return parser


def _shared() -> argparse.ArgumentParser:
    """Options every subcommand takes."""
    shared = argparse.ArgumentParser(add_help=False)
    shared.add_argument("--debug", action="store_true", help="on trouble, show the full traceback")
    return shared


def _reading() -> argparse.ArgumentParser:
    """Options of the subcommands that read documents."""
    reading = argparse.ArgumentParser(add_help=False)
    reading.add_argument("--segment", choices=("paragraphs", "lines"), default="paragraphs",
                         help="paragraphs: blank lines separate units (default); "
                              "lines: every non-empty line is a unit (CAT tool exports)")
    reading.add_argument("--password", help="password for an encrypted PDF")
    reading.add_argument("--attachment", metavar="NAME",
                         help="read the e-mail's attachment NAME (a PDF, Word file…) as the document "
                              "(for compare: the original's; 'tandem extract MAIL.eml' lists them)")
    reading.add_argument("--json", metavar="FILE|-", help="write JSON to FILE ('-' for standard output)")
    return reading


def _compare(commands) -> None:
    parser = commands.add_parser("compare", parents=[_shared(), _reading()],
                                 help="compare an original with another version, or with many "
                                      "(a report, JSON, exports; the versions matrix)",
                                 description="Compare an original with another version of it; with several "
                                             "versions (files or folders), the versions matrix: what each "
                                             "version kept, edited, moved and omitted of each paragraph. "
                                             "With several versions --json, --csv and --html write the "
                                             "matrix, --pairs every pair's JSON.",
                                 epilog=EXIT_STATUS_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("original", nargs="?",
                        help="the original document (text, PDF, web page, Word, Writer, RTF or e-mail; '-': standard "
                             "input), or alone, a bilingual file (XLIFF, TMX): its sources against its targets")
    parser.add_argument("others", nargs="*", metavar="VERSION",
                        help="the other version (rewrite or translation); several, or a folder, for the "
                             "versions matrix")
    parser.add_argument("--example", action="store_true", help="compare the built-in example pair")
    parser.add_argument("--exit-zero", action="store_true",
                        help="exit 0 when the versions differ (2 still means trouble)")
    _exports(parser)
    _comparing(parser)
    _bilingual(parser)
    _batch(parser)


def _bilingual(parser: argparse.ArgumentParser) -> None:
    """Options of a bilingual file (XLIFF, TMX) compared on its own."""
    parser.add_argument("--source-lang", metavar="LANG",
                        help="a TMX's language to read as the source (default: its srclang), e.g. en or en-GB")
    parser.add_argument("--target-lang", metavar="LANG",
                        help="a TMX's language to read as the target (default: the first other one), e.g. fr")


def _batch(parser: argparse.ArgumentParser) -> None:
    """Options of the commands that compare many pairs."""
    parser.add_argument("--pairs", metavar="DIR", help="write every pair's comparison JSON into DIR")
    parser.add_argument("--jobs", type=int, metavar="N",
                        help="processes comparing pairs on this machine (default: one per core)")
    parser.add_argument("--scheduler", metavar="ADDRESS",
                        help="run the pairs on the Dask distributed cluster at ADDRESS (tcp://host:8786) "
                             "instead of this machine's processes")
    parser.add_argument("--cache", metavar="DIR",
                        help="where finished pairs are kept (default: Tandem's cache folder)")
    parser.add_argument("--no-cache", action="store_true", help="compare every pair afresh, keep nothing")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")


def _match(commands) -> None:
    parser = commands.add_parser("match", parents=[_shared()],
                                 help="find which articles derive from which releases",
                                 description="Find which articles derive from which releases: candidates "
                                             "from a shingle index (and the multilingual encoder across "
                                             "languages), each confirmed by the full comparison. Resumable: "
                                             "pairs already compared are taken from the cache; Ctrl-C "
                                             "stops cleanly.",
                                 epilog=MATCH_STATUS_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("releases", nargs="+", metavar="RELEASE", help="releases: files or folders")
    parser.add_argument("--against", nargs="+", metavar="ARTICLE", required=True,
                        help="articles: files or folders")
    parser.add_argument("--csv", metavar="FILE", help="write the table as CSV ('-' for standard output)")
    parser.add_argument("--json", metavar="FILE", help="write the table as JSON ('-' for standard output)")
    parser.add_argument("--all", action="store_true",
                        help="list every candidate pair, also those the comparison found unrelated")
    parser.add_argument("--index", choices=("shingles", "minhash"), default="shingles",
                        help="the candidate index: exact shingle overlap (default) or MinHash LSH (datasketch)")
    parser.add_argument("--segment", choices=("paragraphs", "lines"), default="paragraphs",
                        help="how documents are cut into units (as in compare)")
    parser.add_argument("--time-budget", type=float, default=20.0, metavar="SECONDS",
                        help="per pair: past this, answer coarser (default 20)")
    _batch(parser)


def _exports(parser: argparse.ArgumentParser) -> None:
    for name, what in (("html", "the report as one self-contained HTML file"), ("pdf", "the report as PDF"),
                       ("csv", "the change and drift items as CSV"),
                       ("tmx", "the aligned pairs as TMX 1.4 for CAT tools"),
                       ("xliff", "the review as XLIFF: notes and states in a copy of the XLIFF compared "
                                 "(else a new XLIFF 1.2)"),
                       ("diff", "a unified diff of the normalised paragraphs")):
        stdout = "" if name == "pdf" else " ('-' for standard output)"
        parser.add_argument(f"--{name}", metavar="FILE", help=f"write {what}{stdout}")
    parser.add_argument("--tmx-sentences", action="store_true",
                        help="in the TMX, one unit per aligned sentence where the sentences pair up")
    parser.add_argument("--review", metavar="PROJECT",
                        help="a saved review (.tandem): its documents, manual links and decisions "
                             "(give ORIGINAL OTHER to use other copies of the documents)")


def _comparing(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--ignore-case", action="store_true", help="case differences are not changes")
    parser.add_argument("--ignore-punctuation", action="store_true", help="punctuation differences are not changes")
    parser.add_argument("--keep-quote-style", action="store_true",
                        help="count ‘quotes’ vs “quotes” as a change (ignored by default)")
    parser.add_argument("--time-budget", type=float, default=20.0, metavar="SECONDS",
                        help="past this, answer coarser rather than keep going (default 20)")
    parser.add_argument("--other-password", help="password for the other version, if it differs")
    parser.add_argument("--other-attachment", metavar="NAME",
                        help="read the other version's attachment NAME (it is an e-mail) as the document")
    parser.add_argument("--original-language", metavar="CODE",
                        help="language of the original (ISO 639-1, e.g. en), instead of detecting it")
    parser.add_argument("--other-language", metavar="CODE",
                        help="language of the other version (e.g. ru, de), instead of detecting it")


def _extract(commands) -> None:
    parser = commands.add_parser("extract", parents=[_shared(), _reading()],
                                 help="show the paragraphs Tandem reads in a document",
                                 description="Show the paragraphs Tandem reads in a document, with kinds and lines.",
                                 epilog="exit status: 0, or 2 on trouble.")
    parser.add_argument("file")


def _window(commands) -> None:
    parser = commands.add_parser(WINDOW, parents=[_shared()],
                                 help="the window (the default: 'tandem A B' is 'tandem open A B')",
                                 description="Compare two versions of a document side by side in the window.")
    parser.add_argument("original", nargs="?", help="the original, or a saved review (.tandem)")
    parser.add_argument("others", nargs="*", metavar="VERSION",
                        help="the other version; several, or a folder, open the versions matrix")
    parser.add_argument("--example", action="store_true", help="open the built-in example")
    parser.add_argument("--screenshot", metavar="PNG",
                        help="render the window once the comparison has loaded, save it, and exit")
    parser.add_argument("--theme", choices=("system", "light", "dark"), default=None)
    parser.add_argument("--segment", choices=("paragraphs", "lines"), default="paragraphs",
                        help="paragraphs (by blank lines, the default) or lines: one unit a line, as a "
                             "sentence-aligned text gives them (Options > Compare Line by Line)")


def _desktop_entry(commands) -> None:
    parser = commands.add_parser("install-desktop-entry", parents=[_shared()],
                                 help="add Tandem and its icon to the desktop's applications",
                                 description="Add Tandem to the desktop's applications, with its icon, "
                                             "so text and PDF files offer 'Open with Tandem'.")
    parser.add_argument("--data-home", metavar="DIR",
                        help="where to install (default: $XDG_DATA_HOME or ~/.local/share)")


def parse(argv: Sequence[str], version: str) -> argparse.Namespace:
    argv = json_flag_at_end(with_window_default(argv))
    parser = build_parser(version)
    args, unknown = parser.parse_known_args(argv)
    if unknown:  # said by the subcommand, whose --help lists what it takes
        parser.subcommands[args.command].error(f"unrecognized arguments: {' '.join(unknown)}")
    if args.command in ("compare", WINDOW):  # one version is the pair of old; more make the versions matrix
        args.other = args.others[0] if len(args.others) == 1 else None
    return args

