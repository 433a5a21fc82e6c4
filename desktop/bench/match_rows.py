"""Benchmark rows of `tandem match` (issue 15): 1,000 generated articles
against 100 generated releases with known derivations, some rewritten, some
translated, some quoting a few paragraphs, some derived from nothing.
Candidate recall, final precision and recall, the time, how the time grows
(with the candidate pairs, not articles × releases), the MinHash index
measured against the exact one, and the same bytes through Dask."""
from __future__ import annotations

import tempfile
import time
from pathlib import Path

from .worlds import MatchWorld, write_match_world

CANDIDATE_RECALL_GOAL = 0.99
FINAL_GOAL = 0.95
TIME_GOAL = 300.0
FULL, SMALL = (100, 1000), (25, 250)  # releases, articles


def _match(world: MatchWorld, cache_folder: str, runner=None, index: str = "shingles"):
    from desktop.engine.batch.cache import PairCache
    from desktop.engine.batch.runners import PoolRunner
    from desktop.engine.match.run import match_paths

    started = time.monotonic()
    result = match_paths([str(p) for p in world.releases], [str(p) for p in world.articles], index=index,
                         runner=runner or PoolRunner(2), cache=PairCache(cache_folder), everything=True)
    return result, time.monotonic() - started


def _scores(world: MatchWorld, result) -> tuple[float, float, float]:
    truth = {(str(a), str(r)) for a, r in world.truth.items()}
    candidates = {(r.article, r.release) for r in result.rows}
    confirmed = {(r.article, r.release) for r in result.rows if r.related}
    hits = len(truth & confirmed)
    return (len(truth & candidates) / max(1, len(truth)), hits / max(1, len(confirmed)), hits / max(1, len(truth)))


def _candidates_only(world: MatchWorld, index: str) -> tuple[float, int, float]:
    from desktop.engine.api import load_document
    from desktop.engine.match.candidates import find_candidates

    releases = [load_document(str(p)) for p in world.releases]
    articles = [load_document(str(p)) for p in world.articles]
    started = time.monotonic()
    found = find_candidates(releases, articles, index)
    seconds = time.monotonic() - started
    at = {str(p): n for n, p in enumerate(world.releases)}
    truth = {(at[str(r)], n) for n, a in enumerate(world.articles) for r in [world.truth.get(a)] if r}
    pairs = {(c.release, c.article) for c in found}
    return len(truth & pairs) / max(1, len(truth)), len(pairs), seconds


def rows() -> list[dict]:
    with tempfile.TemporaryDirectory(prefix="tandem-bench-match-") as folder:
        root = Path(folder)
        full = write_match_world(root / "full", *FULL)
        small = write_match_world(root / "small", *SMALL, seed=8)
        result, seconds = _match(full, str(root / "cache-full"))
        small_result, small_seconds = _match(small, str(root / "cache-small"))
        out = _quality_rows(full, result, seconds)
        out.append(_growth_row(result, seconds, small_result, small_seconds))
        out.append(_minhash_row(full))
        out.append(_dask_row(small, small_result, root))
    return out


def _quality_rows(world: MatchWorld, result, seconds: float) -> list[dict]:
    candidate_recall, precision, recall = _scores(world, result)
    derived = len(world.truth)
    return [
        {"row": f"match: {FULL[1]:,} articles × {FULL[0]} releases ({derived} derivations): candidate recall "
                f"({result.candidates} candidate pairs of {FULL[0] * FULL[1]:,})",
         "measured": f"{candidate_recall:.3f}", "goal": f"≥ {CANDIDATE_RECALL_GOAL}",
         "ok": candidate_recall >= CANDIDATE_RECALL_GOAL},
        {"row": "  derivations confirmed: precision / recall", "measured": f"{precision:.3f} / {recall:.3f}",
         "goal": f"≥ {FINAL_GOAL}", "ok": precision >= FINAL_GOAL and recall >= FINAL_GOAL},
        {"row": "  time (read, index, compare every candidate on 2 processes)", "measured": f"{seconds:.0f} s",
         "goal": f"< {TIME_GOAL:.0f} s", "ok": seconds < TIME_GOAL},
    ]


def _growth_row(result, seconds: float, small, small_seconds: float) -> dict:
    """Four times the articles and releases is 16 times the product; the
    time should follow the candidate pairs (about 4 times)."""
    pairs = result.candidates / max(1, small.candidates)
    product = (FULL[0] * FULL[1]) / (SMALL[0] * SMALL[1])
    growth = seconds / max(1e-9, small_seconds)
    return {"row": f"  time growth {SMALL[1]}×{SMALL[0]} → {FULL[1]}×{FULL[0]} (product ×{product:.0f}, "
                   f"candidate pairs ×{pairs:.1f})",
            "measured": f"×{growth:.1f} ({small_seconds:.0f} s → {seconds:.0f} s)",
            "goal": "≤ 1.5 × the candidate pairs' growth", "ok": growth <= 1.5 * pairs}


def _minhash_row(world: MatchWorld) -> dict:
    try:
        recall, count, seconds = _candidates_only(world, "minhash")
        exact_recall, exact_count, exact_seconds = _candidates_only(world, "shingles")
    except Exception as error:  # datasketch absent: the row says so
        return {"row": "  candidates by datasketch MinHash LSH", "measured": f"not measured: {error}", "goal": "",
                "ok": None}
    return {"row": "  candidate index: exact shingles vs datasketch MinHash LSH (Jaccard 0.05, 128 perms)",
            "measured": f"recall {exact_recall:.3f} / {recall:.3f}, pairs {exact_count} / {count}, "
                        f"{exact_seconds:.1f} s / {seconds:.1f} s", "goal": "", "ok": None}


def _dask_row(world: MatchWorld, local, root: Path) -> dict:
    from desktop.engine.batch.cache import PairCache

    try:
        from distributed import LocalCluster

        from desktop.engine.batch.runners import DaskRunner
    except ImportError as error:
        return {"row": "  Dask LocalCluster: same results", "measured": f"not measured: {error}", "goal": "",
                "ok": None}
    with LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None) as cluster:
        remote, seconds = _match(world, str(root / "cache-dask"), DaskRunner(cluster.scheduler_address))
    local_cache, remote_cache = PairCache(str(root / "cache-small")), PairCache(str(root / "cache-dask"))
    same = [local_cache.get(r.key).json_text == remote_cache.get(r.key).json_text for r in local.rows if not r.trouble]
    ok = all(same) and local.rows == remote.rows
    return {"row": f"  Dask LocalCluster (1 worker, 2 threads), {SMALL[1]}×{SMALL[0]}: same pair JSON byte for byte",
            "measured": f"{sum(same)} of {len(same)} identical, table {'identical' if local.rows == remote.rows else 'DIFFERS'}"
                        f" ({seconds:.0f} s)", "goal": "all identical", "ok": ok}
