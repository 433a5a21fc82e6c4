"""Where the pairs run: inline (this process, one after another), on a local
process pool (the default), or on a Dask distributed cluster. Every runner
runs the same ``run_pair`` on the same tasks and yields the results as they
finish; which runner ran a pair never changes its JSON."""
from __future__ import annotations

import os
import signal
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from typing import Iterator, Optional, Protocol, Sequence

from ..errors import TandemError
from .task import PairResult, PairTask, run_pair

LOCAL_WINDOW = 4  # tasks in flight per worker: enough to keep it busy, few to cancel on Ctrl-C
FEWEST_FOR_POOL = 8  # below this many pairs, starting workers (a second or two each) costs more than it saves


class Runner(Protocol):
    def results(self, tasks: Sequence[PairTask]) -> Iterator[PairResult]: ...


class InlineRunner:
    """In this process: no start-up cost, the right choice for a few pairs."""

    def results(self, tasks: Sequence[PairTask]) -> Iterator[PairResult]:
        for task in tasks:
            yield run_pair(task)


class PoolRunner:
    """A local process pool. Tasks are submitted a few at a time, so an
    interrupted run (Ctrl-C, a cancelled window op) abandons queued tasks
    at once and only waits for the few in flight."""

    def __init__(self, jobs: Optional[int] = None, fewest: int = FEWEST_FOR_POOL) -> None:
        self.jobs = max(1, jobs or available_cores())
        self.fewest = fewest

    def results(self, tasks: Sequence[PairTask]) -> Iterator[PairResult]:
        if self.jobs == 1 or len(tasks) < max(2, self.fewest):
            yield from InlineRunner().results(tasks)
            return
        import multiprocessing

        context = multiprocessing.get_context("spawn")  # no fork of a process with threads (the window)
        queue = iter(tasks)
        with ProcessPoolExecutor(min(self.jobs, len(tasks)), mp_context=context,
                                 initializer=_worker_ignores_interrupts) as pool:
            running = set()
            try:
                while True:
                    running |= {pool.submit(run_pair, t) for t in _take(queue, self.jobs * LOCAL_WINDOW - len(running))}
                    if not running:
                        return
                    done, running = wait(running, return_when=FIRST_COMPLETED)
                    for future in done:
                        yield future.result()
            finally:
                for future in running:
                    future.cancel()


class DaskRunner:
    """The same tasks on a Dask distributed cluster (``--scheduler
    ADDRESS``); each worker needs only Tandem installed, since a task
    carries its documents."""

    def __init__(self, address: str) -> None:
        self.address = address

    def results(self, tasks: Sequence[PairTask]) -> Iterator[PairResult]:
        try:
            from distributed import Client, as_completed
        except ImportError:
            raise TandemError("--scheduler needs Dask distributed (pip install 'dask[distributed]')") from None
        try:
            client = Client(self.address, timeout=30, set_as_default=False)
        except (OSError, TimeoutError) as error:
            raise TandemError(f"cannot reach the Dask scheduler at {self.address} ({error})") from None
        try:
            futures = client.map(run_pair, list(tasks), key=[f"tandem-pair-{t.key}" for t in tasks], pure=False)
            try:
                for future in as_completed(futures, loop=client.loop):
                    yield future.result()
            finally:
                client.cancel(futures)
        finally:
            client.close()


def make_runner(jobs: Optional[int] = None, scheduler: Optional[str] = None) -> Runner:
    if scheduler:
        return DaskRunner(scheduler)
    return PoolRunner(jobs)


def available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _take(queue, count: int) -> list[PairTask]:
    taken = []
    for _ in range(max(0, count)):
        task = next(queue, None)
        if task is None:
            break
        taken.append(task)
    return taken


def _worker_ignores_interrupts() -> None:
    """Ctrl-C is the parent's to handle: a worker finishes its pair (written
    atomically by the parent) instead of dying with a traceback. One BLAS
    thread per worker: the pool already has a worker per core, and more
    threads than cores spin against each other."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[name] = "1"  # read when NumPy's BLAS loads, which is after this in a fresh worker
    try:
        from threadpoolctl import threadpool_limits

        threadpool_limits(1)  # and for a BLAS already loaded
    except ImportError:
        pass
    from .. import helper_process

    helper_process.disable()  # this worker has a core of its own
