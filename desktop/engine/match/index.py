"""Candidate releases for an article, within one language: shingles the two
share. Two indexes, measured against each other by the benchmark:

* ``ShingleIndex`` (the default): an exact inverted index, shingle → the
  releases holding it. A query costs the postings of the article's
  shingles, so the time grows with the articles and what they share, not
  with articles × releases. It sees containment (a release quoted once in
  a longer story), which Jaccard similarity hides.
* ``MinHashIndex``: datasketch's MinHash LSH on Jaccard similarity, the
  classic near-duplicate index (and lighter on memory for millions of
  documents)."""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Sequence

# Measured on the benchmark's generated feed (1,000 articles, 100 releases):
# every same-language derivation shares at least 0.19 of the smaller side's
# shingles, while pairs of stories merely on one topic reach 0.29; 0.1 keeps
# a release quoted for one paragraph in ten, and the comparison decides.
MIN_SHARED = 12  # shingles in common: about half a sentence's worth of three-word runs
MIN_CONTAINMENT = 0.1  # of the smaller document's shingles
COMMON_SHARE = 0.05  # a shingle in more releases than this is a formula, not evidence
COMMON_FLOOR = 4  # ... but with few releases, a shingle in up to this many still counts


@dataclass(frozen=True)
class Hit:
    release: int
    shared: int
    containment: float


class ShingleIndex:
    def __init__(self, releases: Sequence[frozenset[int]]) -> None:
        postings: dict[int, list[int]] = defaultdict(list)
        for number, shingle_set in enumerate(releases):
            for shingle in shingle_set:
                postings[shingle].append(number)
        limit = max(COMMON_FLOOR, int(COMMON_SHARE * len(releases)))
        self._postings = {s: tuple(r) for s, r in postings.items() if len(r) <= limit}
        self._sizes = [len(s) for s in releases]

    def query(self, article: frozenset[int]) -> list[Hit]:
        shared: Counter = Counter()
        postings = self._postings
        for shingle in article:
            found = postings.get(shingle)
            if found:
                shared.update(found)
        hits = []
        for release, count in shared.items():
            containment = count / max(1, min(len(article), self._sizes[release]))
            if count >= MIN_SHARED and containment >= MIN_CONTAINMENT:
                hits.append(Hit(release, count, round(containment, 4)))
        return sorted(hits, key=lambda h: (-h.shared, h.release))


class MinHashIndex:
    """datasketch MinHash LSH; ``threshold`` is the Jaccard similarity above
    which a pair should come out (it trades recall for candidates)."""

    def __init__(self, releases: Sequence[frozenset[int]], threshold: float = 0.05, permutations: int = 128) -> None:
        from datasketch import MinHash, MinHashLSH

        self._permutations = permutations
        self._lsh = MinHashLSH(threshold=threshold, num_perm=permutations)
        self._sets = list(releases)
        for number, minhash in enumerate(self._minhashes(releases, MinHash)):
            self._lsh.insert(number, minhash)

    def _minhashes(self, sets: Sequence[frozenset[int]], MinHash):

        values = [[(s & 0xFFFFFFFFFFFFFFFF).to_bytes(8, "little") for s in shingle_set] or [b""] for shingle_set in sets]
        return MinHash.bulk(values, num_perm=self._permutations)

    def query(self, article: frozenset[int]) -> list[Hit]:
        from datasketch import MinHash

        minhash = self._minhashes([article], MinHash)[0]
        hits = []
        for release in self._lsh.query(minhash):
            count = len(article & self._sets[release])
            hits.append(Hit(release, count, round(count / max(1, min(len(article), len(self._sets[release]))), 4)))
        return sorted(hits, key=lambda h: (-h.shared, h.release))


def make_index(kind: str, releases: Sequence[frozenset[int]]):
    if kind == "minhash":
        try:
            return MinHashIndex(releases)
        except ImportError:
            from ..errors import TandemError

            raise TandemError("--index minhash needs datasketch (pip install datasketch)") from None
    return ShingleIndex(releases)
