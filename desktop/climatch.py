"""`tandem match RELEASES… --against ARTICLES…`: which articles derive from
which releases, as one table (terminal, CSV or JSON). Progress on standard
error; Ctrl-C stops at once and leaves the cache whole, so the same command
resumes where it stopped."""
from __future__ import annotations

import argparse
import os
import sys
import tempfile

from .clibatch import cache_for, pairs_folder, runner_for
from .exitstatus import EXIT_DIFFER, EXIT_INTERRUPTED, EXIT_SAME, EXIT_TROUBLE
from .output import write_output


def run_match(args: argparse.Namespace) -> int:
    from .engine.batch.cache import PairCache

    releases, articles = args.releases, args.against
    runner, cache = runner_for(args), cache_for(args)
    pairs = pairs_folder(args.pairs) if args.pairs else None
    with tempfile.TemporaryDirectory(prefix="tandem-match-") as scratch:
        if cache.folder is None and pairs:  # nothing kept after the run, but --pairs copies from it
            cache = PairCache(scratch)
        return _matched(args, releases, articles, runner, cache, pairs)


def _matched(args, releases, articles, runner, cache, pairs) -> int:
    from .engine.match.run import match_paths
    from .engine.model import Options

    progress = _Progress(args.quiet)
    try:
        result = match_paths(releases, articles, options=Options(time_budget=args.time_budget),
                             segment_mode=args.segment, index=args.index, runner=runner, cache=cache,
                             on_candidates=progress.start, on_result=progress, everything=args.all)
    except KeyboardInterrupt:
        progress.close()
        resume = "; run the same command again to resume" if cache.folder else ""
        print(f"tandem: interrupted after {progress.done} pairs (kept in the cache{resume})"
              if cache.folder else "tandem: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    progress.close()
    _write(args, result, pairs, cache)
    for path, trouble in result.troubles:
        print(f"tandem: {trouble if path in trouble else f'{path}: {trouble}'}", file=sys.stderr)
    if result.troubles:
        return EXIT_TROUBLE
    return EXIT_SAME if result.confirmed else EXIT_DIFFER


class _Progress:
    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet
        self.bar = None
        self.done = 0

    def start(self, total: int) -> None:
        from .cliprogress import make_bar

        self.bar = make_bar(total, "Confirming candidate pairs", self.quiet)

    def __call__(self, result, cached: bool) -> None:
        self.done += 1
        if self.bar is not None:
            self.bar(result, cached)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _write(args: argparse.Namespace, result, pairs, cache) -> None:
    from .engine.export.match_out import match_csv_bytes, match_json, match_text

    names = _write_pairs(result, pairs, cache) if pairs else {}
    if args.csv:
        write_output(args.csv, match_csv_bytes(result, names))
    if args.json:
        write_output(args.json, (match_json(result, names) + "\n").encode("utf-8"))
    if not (args.csv or args.json):
        sys.stdout.write(match_text(result))


def _write_pairs(result, folder: str, cache) -> dict:
    """Each listed pair's JSON, named article--release.json, copied from the
    cache (with --no-cache, a scratch one for this run)."""
    from .engine.atomic import write_atomic

    names = {}
    for row in result.rows:
        if row.trouble:
            continue
        stem = f"{_stem(row.article)}--{_stem(row.release)}"
        name = f"{stem}.json" if f"{stem}.json" not in names.values() else f"{stem}-{row.key[:8]}.json"
        write_atomic(os.path.join(folder, name), _pair_json(row, cache))
        names[row.key] = name
    return names


def _pair_json(row, cache) -> str:
    return cache.get(row.key).json_text  # every listed pair was just computed or found there


def _stem(path: str) -> str:
    return os.path.splitext(os.path.basename(path))[0] or "document"
