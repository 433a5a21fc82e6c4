"""What the batch commands (`compare` with many versions, `match`) share:
the runner and the cache the options ask for, and writing every pair's
JSON into a folder."""
from __future__ import annotations

import argparse
import os

from .engine.errors import TandemError


def runner_for(args: argparse.Namespace):
    from .engine.batch.runners import make_runner

    if args.jobs is not None and args.jobs < 1:
        raise TandemError("--jobs needs a number of processes, 1 or more")
    if args.scheduler and args.jobs:
        raise TandemError("give either --jobs (this machine) or --scheduler (a Dask cluster), not both")
    return make_runner(args.jobs, args.scheduler)


def cache_for(args: argparse.Namespace):
    from .engine.batch.cache import PairCache, default_folder

    if args.no_cache and args.cache:
        raise TandemError("give either --cache DIR or --no-cache, not both")
    return PairCache(None if args.no_cache else (args.cache or default_folder()))


def pairs_folder(target: str) -> str:
    """The folder for --pairs, made if missing; refused if it is a file."""
    if os.path.exists(target) and not os.path.isdir(target):
        raise TandemError(f"{target}: --pairs needs a folder, and this is a file")
    try:
        os.makedirs(target, exist_ok=True)
    except OSError as error:
        raise TandemError(f"{target}: cannot make the folder ({error.strerror or error})") from None
    return target
