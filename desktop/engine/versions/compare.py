"""Comparing one original with many versions: each pair is one task (run
inline, on a process pool or a Dask cluster, cached), and the results make
the versions matrix. A version that cannot be read or compared is a column
that says why; the others are compared all the same."""
from __future__ import annotations

import os
from typing import Optional, Sequence

from ..batch.cache import PairCache, pair_key
from ..batch.inputs import read_input
from ..batch.readback import comparison_from_json
from ..batch.run import OnResult, run_pairs
from ..batch.runners import InlineRunner, Runner
from ..batch.task import PairTask
from ..errors import TandemError
from ..load import load_document
from ..model import SEGMENT_PARAGRAPHS, Comparison, Document, Options
from ..progress import Progress, ensure_progress
from .dates import version_date
from .matrix import build_matrix
from .model import Version, VersionsMatrix


def compare_versions(original_path: str, version_paths: Sequence[str], options: Options = Options(), *,
                     segment_mode: str = SEGMENT_PARAGRAPHS, runner: Optional[Runner] = None,
                     cache: PairCache = PairCache(None), progress: Optional[Progress] = None,
                     on_result: Optional[OnResult] = None, original_language: Optional[str] = None,
                     version_language: Optional[str] = None, password: Optional[str] = None) -> VersionsMatrix:
    """Raises only when the original itself cannot be read."""
    progress = ensure_progress(progress)
    original = load_document(original_path, segment_mode=segment_mode, password=password,
                             language=original_language)
    source = read_input(original_path, original_language, password)
    tasks: dict[int, PairTask] = {}
    troubles: dict[int, str] = {}
    for index, path in enumerate(version_paths):
        try:
            other = read_input(path, version_language, password)
        except TandemError as error:
            troubles[index] = str(error)
            continue
        tasks[index] = PairTask(pair_key(source, other, options, segment_mode), source, other, options, segment_mode)
    results = run_pairs(list(tasks.values()), runner or InlineRunner(), cache, progress=progress.sub(0.0, 0.95),
                        on_result=on_result)
    comparisons: list[Optional[Comparison]] = []
    versions: list[Version] = []
    for index, path in enumerate(version_paths):
        result = results.get(tasks[index].key) if index in tasks else None
        trouble = troubles.get(index) or (result.trouble if result is not None else "not compared")
        comparison = comparison_from_json(result.json_text) if result is not None and result.ok else None
        comparisons.append(comparison)
        versions.append(_version(index, path, comparison, "" if comparison else trouble))
    progress.report("Building the versions matrix", 0.97)
    return build_matrix(original, versions, comparisons)


def _version(index: int, path: str, comparison: Optional[Comparison], trouble: str) -> Version:
    name = os.path.basename(path)
    if comparison is None:
        return Version(index, name, os.path.abspath(path), trouble=trouble)
    document: Document = comparison.right
    return Version(index, name, os.path.abspath(path), document.language, version_date(document, path))


def pair_file_names(matrix: VersionsMatrix) -> list[str]:
    """Where each pair's JSON goes in an export folder: the version's file
    name with .json, numbered where two versions share a name."""
    names: list[str] = []
    for version in matrix.versions:
        stem = os.path.splitext(version.name)[0] or "version"
        name = f"{stem}.json"
        if name in names:
            name = f"{stem}-{version.index + 1}.json"
        names.append(name)
    return names
