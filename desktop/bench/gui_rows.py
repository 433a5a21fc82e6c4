"""Window rows of the benchmark: time from launching ``tandem ORIGINAL OTHER``
to a painted comparison, each in a fresh process (a real launch), and the
longest the window's event loop was blocked meanwhile."""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus"
CORPUS_PAIR = ("amnesty-release.txt", "interfax-version.txt")
CORPUS_PDF_PAIR = ("amnesty-release.pdf", "interfax-version.txt")  # the original as a PDF, read cold
CORPUS_GOAL = 1.0  # seconds (issue 13)
GENERATED_GOAL = 4.0
GENERATED_PARAGRAPHS = 2000
RESPONSIVE_GOAL = 0.25  # longest event-loop stall, seconds: above it the window feels stuck
MEMORY_GOAL_MIB = 1024
# Runs the window as its child and reports the child's peak memory afterwards.
_WRAPPER = ("import resource, subprocess, sys; r = subprocess.run(sys.argv[1:]); "
            "print('TANDEM_CHILD_RSS', resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, flush=True); "
            "sys.exit(r.returncode)")


LAST_PEAK_MIB: list = [None]  # the window process's peak memory, from the last launch


def launch_to_paint(original: str, other: str, timeout: float = 180.0) -> tuple[float, float]:
    """(seconds from process start to painted comparison, longest stall)."""
    seconds, stall, _engine, _window = launch_to_paint_detail(original, other, timeout)
    return seconds, stall


def launch_to_paint_detail(original: str, other: str, timeout: float = 180.0,
                           extra_env: Optional[dict] = None) -> tuple[float, float, float, float]:
    """Also the seconds spent loading and comparing (engine, off the GUI
    thread) and from the comparison's arrival to its first paint (window)."""
    env = dict(os.environ, TANDEM_BENCH_PAINT="1", **(extra_env or {}))
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY") and sys.platform.startswith("linux"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-c", _WRAPPER, sys.executable, "-m", "desktop", original, other],
                            capture_output=True, text=True, timeout=timeout, env=env, cwd=str(ROOT))
    painted = memory = None
    for line in result.stdout.splitlines():
        if line.startswith("TANDEM_PAINTED "):
            _elapsed, stall, painted_at, engine, window = line.split()[1:6]
            # both processes read the same system-wide monotonic clock
            painted = float(painted_at) - started, float(stall), float(engine), float(window)
        elif line.startswith("TANDEM_CHILD_RSS "):
            memory = int(line.split()[1]) / 1024
    if painted is not None:
        LAST_PEAK_MIB[0] = memory
        return painted
    detail = (result.stdout + result.stderr).strip().splitlines()
    raise RuntimeError(detail[-1] if detail else f"exit code {result.returncode}")


def _row(label: str, goal: float, original: str, other: str, extra_env: Optional[dict] = None) -> dict:
    try:
        seconds, stall, engine, window = launch_to_paint_detail(original, other, extra_env=extra_env)
    except (RuntimeError, subprocess.TimeoutExpired) as error:
        return {"row": label, "measured": f"failed: {error}", "goal": f"< {goal:g} s", "ok": False}
    memory = LAST_PEAK_MIB[0]
    ok = seconds < goal and stall < RESPONSIVE_GOAL and (memory is None or memory < MEMORY_GOAL_MIB)
    peak = f"; peak {memory:.0f} MiB" if memory is not None else ""
    measured = (f"{seconds:.2f} s (load+compare {engine:.2f} s, first paint {window * 1000:.0f} ms; "
                f"longest UI stall {stall * 1000:.0f} ms{peak})")
    return {"row": label, "measured": measured,
            "goal": f"< {goal:g} s, stall < {RESPONSIVE_GOAL * 1000:.0f} ms, < {MEMORY_GOAL_MIB} MiB", "ok": ok}


def corpus_row() -> dict:
    label = "window: launch to painted comparison, corpus pair"
    paths = [CORPUS / name for name in CORPUS_PAIR]
    if not all(p.exists() for p in paths):
        return {"row": label, "measured": "corpus absent", "goal": f"< {CORPUS_GOAL:g} s", "ok": None}
    return _row(label, CORPUS_GOAL, str(paths[0]), str(paths[1]))


def corpus_pdf_row() -> dict:
    """The original as a PDF never read before (a copy with a comment added
    after its end: another hash, so nothing comes from the cache): the
    reader process boots and reads it within the launch."""
    label = "window: launch to painted comparison, corpus pair with the PDF original (read cold)"
    paths = [CORPUS / name for name in CORPUS_PDF_PAIR]
    if not all(p.exists() for p in paths):
        return {"row": label, "measured": "corpus absent", "goal": f"< {CORPUS_GOAL:g} s", "ok": None}
    with tempfile.TemporaryDirectory(prefix="tandem-bench-") as folder:
        fresh = os.path.join(folder, paths[0].name)
        with open(fresh, "wb") as out:
            out.write(paths[0].read_bytes() + f"\n%{time.time_ns()}\n".encode())
        return _row(label, CORPUS_GOAL, fresh, str(paths[1]))


def generated_row(n_paragraphs: int = GENERATED_PARAGRAPHS) -> dict:
    label = f"window: launch to painted comparison, {n_paragraphs:,}-paragraph pair"
    try:
        from desktop.bench.generate import make_pair  # written alongside; imported late on purpose
    except ImportError as error:
        return {"row": label, "measured": f"generator missing ({error})", "goal": f"< {GENERATED_GOAL:g} s",
                "ok": None}
    left, right = make_pair(n_paragraphs, 11)
    with tempfile.TemporaryDirectory(prefix="tandem-bench-") as folder:
        paths = [os.path.join(folder, name) for name in ("original.txt", "other.txt")]
        for path, text in zip(paths, (left, right)):
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(text)
        return _row(label, GENERATED_GOAL, *paths)


def rows() -> list[dict]:
    return [corpus_row(), corpus_pdf_row(), generated_row()]


if __name__ == "__main__":
    for r in rows():
        print(r)
