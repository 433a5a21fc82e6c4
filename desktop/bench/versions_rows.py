"""Benchmark rows of the versions matrix (issue 15): 50 generated versions of
one 30-paragraph release (rewrites and translations into French, German,
Spanish and Russian, each edited as the fixtures are, some copied from
earlier versions with their changes), compared by the engine, and shown in
a freshly launched window."""
from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from .worlds import write_versions

GOAL = 20.0  # seconds: compared and the matrix painted
VERSIONS, PARAGRAPHS = 50, 30


def rows() -> list[dict]:
    with tempfile.TemporaryDirectory(prefix="tandem-bench-versions-") as folder:
        world = write_versions(Path(folder) / "versions", VERSIONS, PARAGRAPHS)
        out = [_engine_row(world)]
        out.append(_window_row(world, Path(folder) / "cache"))
    return out


def _engine_row(world) -> dict:
    from desktop.engine.batch.runners import PoolRunner
    from desktop.engine.versions.compare import compare_versions

    started = time.monotonic()
    matrix = compare_versions(str(world.original), [str(p) for p in world.versions], runner=PoolRunner(2))
    seconds = time.monotonic() - started
    languages = sorted({v.language for v in matrix.versions})
    return {"row": f"versions: {VERSIONS} versions of a {PARAGRAPHS}-paragraph release ({', '.join(languages)}) "
                   f"compared on 2 processes; {len(matrix.families)} drift families "
                   f"({world.recurring} planted changes copied between versions)",
            "measured": f"{seconds:.1f} s", "goal": f"< {GOAL:g} s", "ok": seconds < GOAL}


def _window_row(world, cache: Path) -> dict:
    from .gui_rows import RESPONSIVE_GOAL, launch_to_paint_detail

    label = "versions: launch `tandem RELEASE FOLDER` to the painted versions matrix (cold cache)"
    previous = os.environ.get("TANDEM_CACHE_DIR")
    os.environ["TANDEM_CACHE_DIR"] = str(cache)  # nothing from an earlier run
    try:
        seconds, stall, engine, window = launch_to_paint_detail(str(world.original), str(world.original.parent))
    except Exception as error:  # a failed launch is a missed row, not a crash of the table
        return {"row": label, "measured": f"failed: {error}", "goal": f"< {GOAL:g} s", "ok": False}
    finally:
        if previous is None:
            os.environ.pop("TANDEM_CACHE_DIR", None)
        else:
            os.environ["TANDEM_CACHE_DIR"] = previous
    return {"row": label,
            "measured": f"{seconds:.1f} s (compare {engine:.1f} s, first paint {window * 1000:.0f} ms; "
                        f"longest UI stall {stall * 1000:.0f} ms)",
            "goal": f"< {GOAL:g} s, stall < {RESPONSIVE_GOAL * 1000:.0f} ms",
            "ok": seconds < GOAL and stall < RESPONSIVE_GOAL}
