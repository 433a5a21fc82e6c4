"""Running many pairs: what the cache has is taken from it, the rest goes to
the runner, and every finished pair is cached the moment it arrives, so an
interrupted run loses at most the pairs in flight."""
from __future__ import annotations

from typing import Callable, Optional, Sequence

from ..progress import Progress, ensure_progress
from .cache import PairCache
from .runners import Runner
from .task import PairResult, PairTask

OnResult = Callable[[PairResult, bool], None]  # the result, and whether it came from the cache


def run_pairs(tasks: Sequence[PairTask], runner: Runner, cache: PairCache = PairCache(None), *,
              progress: Optional[Progress] = None, on_result: Optional[OnResult] = None,
              stage: str = "Comparing pairs") -> dict[str, PairResult]:
    progress = ensure_progress(progress)
    results: dict[str, PairResult] = {}
    todo: list[PairTask] = []
    for task in tasks:
        cached = cache.get(task.key)
        if cached is None:
            todo.append(task)
        else:
            _arrived(results, cached, True, on_result)
    progress.report(stage, len(results) / max(1, len(tasks)))
    unique = list({t.key: t for t in todo}.values())  # a pair named twice runs once
    for result in runner.results(unique):
        cache.put(result)
        _arrived(results, result, False, on_result)
        progress.report(stage, len(results) / max(1, len(tasks)))
    return results


def _arrived(results: dict, result: PairResult, cached: bool, on_result: Optional[OnResult]) -> None:
    results[result.key] = result
    if on_result is not None:
        on_result(result, cached)
