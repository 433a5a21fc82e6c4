"""`tandem compare ORIGINAL VERSION…` with several versions (or a folder):
the versions matrix on the terminal, or as JSON, CSV and HTML, and every
pair's JSON with --pairs. A version that cannot be read is said on standard
error and the others are compared; the status is then 2."""
from __future__ import annotations

import argparse
import os
import sys

from .clibatch import cache_for, pairs_folder, runner_for
from .engine.errors import TandemError
from .exitstatus import EXIT_DIFFER, EXIT_SAME, EXIT_TROUBLE, same_text
from .output import write_output

ONE_PAIR_ONLY = ("pdf", "tmx", "xliff", "diff", "review", "tmx_sentences", "source_lang", "target_lang")


def many_versions(args: argparse.Namespace) -> bool:
    others = args.others or []
    return len(others) > 1 or (len(others) == 1 and os.path.isdir(others[0]))


def run_versions(args: argparse.Namespace) -> int:
    from .cliprogress import make_bar
    from .engine.batch.inputs import expand_paths
    from .engine.versions.compare import compare_versions
    from .clicompare import _language, _options

    _refuse_pair_options(args)
    if args.example:
        raise TandemError("give either --example or the documents, not both")
    found, troubled = expand_paths(args.others)
    paths = [p for p in found if p != os.path.abspath(args.original)]  # a folder may hold the original too
    for trouble in troubled:
        print(f"tandem: {trouble.trouble}", file=sys.stderr)
    if not paths:
        raise TandemError("no versions to compare with the original")
    runner, cache = runner_for(args), cache_for(args)
    pairs = pairs_folder(args.pairs) if args.pairs else None
    bar = make_bar(len(paths), "Comparing versions", args.quiet)
    try:
        matrix = compare_versions(args.original, paths, _options(args), segment_mode=args.segment, runner=runner,
                                  cache=cache, on_result=bar, original_language=_language(args.original_language),
                                  version_language=_language(args.other_language), password=args.password)
    finally:
        if bar is not None:
            bar.close()
    _write(args, matrix, pairs)
    return EXIT_TROUBLE if troubled else _status(matrix, args.exit_zero)


def _refuse_pair_options(args: argparse.Namespace) -> None:
    for name in ONE_PAIR_ONLY:
        if getattr(args, name, None):
            flag = "--" + name.replace("_", "-")
            raise TandemError(f"{flag} is for one pair; with several versions use --json, --csv, --html or --pairs")


def _write(args: argparse.Namespace, matrix, pairs) -> None:
    from .engine.export.versions_files import render_matrix, write_pairs
    from .engine.export.versions_text import versions_text

    names = write_pairs(matrix, pairs) if pairs else None
    for version in matrix.versions:
        if version.trouble:
            print(f"tandem: {version.trouble}", file=sys.stderr)  # the trouble names the file
    for kind in ("json", "csv", "html"):
        target = getattr(args, kind)
        if target:
            write_output(target, render_matrix(kind, matrix, names))
    if not (args.json or args.csv or args.html):
        sys.stdout.write(versions_text(matrix))


def _status(matrix, exit_zero: bool) -> int:
    if any(v.trouble for v in matrix.versions):
        return EXIT_TROUBLE
    if exit_zero or all(same_text(c) for c in matrix.comparisons):
        return EXIT_SAME
    return EXIT_DIFFER
