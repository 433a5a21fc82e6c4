"""`tandem match`: read every release and article, find candidate pairs,
confirm each with the full comparison (as batch tasks: a process pool or a
Dask cluster, cached by content hash, so an interrupted run resumes), and
make the table."""
from __future__ import annotations

import json
from typing import Optional, Sequence

from ..batch.cache import PairCache, pair_key
from ..batch.inputs import expand_paths, read_inputs
from ..batch.run import OnResult, run_pairs
from ..batch.runners import InlineRunner, Runner
from ..batch.task import DocumentInput, PairResult, PairTask
from ..errors import TandemError
from ..load import load_document
from ..model import SEGMENT_PARAGRAPHS, Options
from ..progress import Progress, ensure_progress
from .candidates import Candidate, find_candidates
from .evidence import derived, figures_kept
from .model import MatchResult, MatchRow

SEVERITIES = ("error", "warning", "note")


def match_paths(release_paths: Sequence[str], article_paths: Sequence[str], *, options: Options = Options(),
                segment_mode: str = SEGMENT_PARAGRAPHS, index: str = "shingles", runner: Optional[Runner] = None,
                cache: PairCache = PairCache(None), progress: Optional[Progress] = None,
                on_candidates=None, on_result: Optional[OnResult] = None, everything: bool = False) -> MatchResult:
    """Paths are files or folders. ``on_candidates(n)`` is told how many pairs will be compared, before
    they are; ``everything``: list the pairs found unrelated too."""
    progress = ensure_progress(progress)
    release_paths, troubled = expand_paths(release_paths)
    article_paths, troubled_articles = expand_paths(article_paths)
    releases, release_docs, troubles = _read(release_paths, segment_mode)
    troubles = [(t.path, t.trouble) for t in troubled + troubled_articles] + troubles
    articles, article_docs, article_troubles = _read(article_paths, segment_mode)
    troubles += article_troubles
    progress.report("Finding candidate pairs", 0.05)
    candidates = [c for c in find_candidates(release_docs, article_docs, index, progress.sub(0.05, 0.2))
                  if releases[c.release].sha256 != articles[c.article].sha256 or
                  releases[c.release].path != articles[c.article].path]
    tasks = [_task(releases[c.release], articles[c.article], options, segment_mode) for c in candidates]
    if on_candidates is not None:
        on_candidates(len(tasks))
    computed = []
    results = run_pairs(tasks, runner or InlineRunner(), cache, progress=progress.sub(0.2, 1.0),
                        on_result=_counting(on_result, computed), stage="Confirming candidate pairs")
    rows = [_row(c, t, results[t.key], releases, articles) for c, t in zip(candidates, tasks)]
    troubles += [(r.article, r.trouble) for r in rows if r.trouble]
    matched = {r.article for r in rows if r.related}
    return MatchResult(
        tuple(r for r in rows if everything or r.related), len(releases), len(articles), len(tasks), len(computed),
        tuple(troubles), tuple(a.path for a in articles if a.path not in matched))


def _read(paths: Sequence[str], segment_mode: str):
    inputs, troubled = read_inputs(paths)
    kept, documents, troubles = [], [], [(t.path, t.trouble) for t in troubled]
    for source in inputs:
        try:
            documents.append(load_document(source.path, segment_mode=segment_mode))
            kept.append(source)
        except TandemError as error:
            troubles.append((source.path, str(error)))
    return kept, documents, troubles


def _task(release: DocumentInput, article: DocumentInput, options: Options, segment_mode: str) -> PairTask:
    return PairTask(pair_key(release, article, options, segment_mode), release, article, options, segment_mode)


def _counting(on_result: Optional[OnResult], computed: list) -> OnResult:
    def arrived(result: PairResult, cached: bool) -> None:
        if not cached:
            computed.append(result.key)
        if on_result is not None:
            on_result(result, cached)

    return arrived


def _row(candidate: Candidate, task: PairTask, result: PairResult, releases, articles) -> MatchRow:
    release, article = releases[candidate.release].path, articles[candidate.article].path
    if not result.ok:
        return MatchRow(article, release, candidate.found_by, key=task.key, trouble=result.trouble)
    data = json.loads(result.json_text)
    drift = data["summary"]["drift"]
    counts = tuple((s, drift[f"severity:{s}"]) for s in SEVERITIES if drift.get(f"severity:{s}"))
    return MatchRow(article, release, candidate.found_by, derived(data), data["relatedness"],
                    data["summary"]["retained"], counts, task.key, figures_kept=figures_kept(data))
