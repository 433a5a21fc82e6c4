"""Which evidence aligns a pair of documents, in which passes:

- within a language: the word linker (``linking``: anchors by shared words,
  sentence links, settling between anchors; near-linear); then, when that
  found the two related, meaning from the encoder for what words could not
  place (a paraphrase, a rewrite by another hand): the block alignment of
  ``aligner`` over the paragraphs still free on both sides, between the
  groups already made;
- across two languages the encoder knows: the block alignment over meaning,
  figures and names;
- across languages it does not know (Swedish, for one): the word linker on
  words that survive translation (names, numbers, cognates); the comparison
  says so in a note."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .. import encoder
from ..language import language_name
from ..progress import Deadline, Progress
from ..relatedness import judge
from .aligner import Thresholds, align
from .evidence import MeaningEvidence
from .features import UnitFeatures
from .linking import ANCHOR_SIMILARITY, Links, link
from .pieces import meaning_pieces
from .semantic import sentence_vectors, usual_length_ratio
from .sentencelinks import sentence_evidence
from .similarity import score_pairs

MEANING_THRESHOLDS = Thresholds(link=0.12, anchor=0.45, piece=0.55)
# Meaning for the leftovers of a same-language pair costs encoder time: only
# while the sentences left free are this few.
SECOND_PASS_SENTENCES = 3000


@dataclass(frozen=True)
class Plan:
    across: bool  # two known, different languages
    by_meaning: bool  # the encoder knows both
    notes: tuple[str, ...] = ()

    @property
    def confident(self) -> float:
        """Strength of a confident link, on the scale of the evidence used."""
        return MEANING_THRESHOLDS.anchor if self.by_meaning else ANCHOR_SIMILARITY


def plan(left_language: str, right_language: str) -> Plan:
    known = left_language not in ("und", "") and right_language not in ("und", "")
    across = known and left_language != right_language
    if not across:
        return Plan(False, False)
    unknown = [code for code in (left_language, right_language) if not encoder.knows(code)]
    if not unknown:
        return Plan(True, True)
    names = " and ".join(dict.fromkeys(language_name(code) for code in unknown))
    verb = "are" if len(set(unknown)) > 1 else "is"
    return Plan(True, False, (f"{names} {verb} not supported for meaning-level alignment; "
                              "aligned on names, numbers and shared words.",))


def align_features(the_plan: Plan, features, progress: Progress, deadline: Deadline,
                   certain=(), forbidden=frozenset()) -> Links:
    """``features``: (left paragraphs, right paragraphs, left sentences,
    right sentences), as ``features.document_features`` makes them."""
    left, right, left_sentences, right_sentences = features
    if the_plan.by_meaning:
        evidence, pieces = meaning_evidence(left, right, left_sentences, right_sentences, progress.sub(0, 0.6))
        return align(evidence, len(left), len(right), MEANING_THRESHOLDS, progress.sub(0.6, 1), deadline,
                     certain, forbidden, pieces)
    scores = score_pairs(left, right)
    progress.report("Matching sentences", 0.1)
    evidence = sentence_evidence(left_sentences, right_sentences)
    links = link(left, right, scores, evidence, progress.sub(0.1, 0.5), deadline, list(certain),
                 frozenset(forbidden), beside=not the_plan.across)
    if the_plan.across or not _related(links, left, right):
        return links  # the encoder does not know one of the languages, or nothing to frame it
    return _second_pass(links, features, progress.sub(0.5, 1), deadline, forbidden)


def _related(links: Links, left: list[UnitFeatures], right: list[UnitFeatures]) -> bool:
    """The words' verdict: only two related documents have gaps worth
    filling by meaning (two articles on one topic mean alike throughout)."""
    sizes_l = {n: f.size for n, f in enumerate(left)}
    sizes_r = {n: f.size for n, f in enumerate(right)}
    return judge(links.groups, sizes_l, sizes_r).related


def _second_pass(links: Links, features, progress: Progress, deadline: Deadline, forbidden) -> Links:
    left, right, left_sentences, right_sentences = features
    if links.degraded or deadline.expired() or not encoder.available():
        return links
    taken_l = {i for g in links.groups for i in g[0]}
    taken_r = {j for g in links.groups for j in g[1]}
    free_l = [u for u in left_sentences if u.owner not in taken_l]
    free_r = [u for u in right_sentences if u.owner not in taken_r]
    if not free_l or not free_r or len(free_l) + len(free_r) > SECOND_PASS_SENTENCES:
        return links
    evidence, pieces = meaning_evidence(left, right, free_l, free_r, progress.sub(0, 0.6))
    second = align(evidence, len(left), len(right), MEANING_THRESHOLDS, progress.sub(0.6, 1), deadline,
                   forbidden=forbidden, pieces=pieces, fixed=links.groups)
    return Links(second.groups, second.degraded)


def meaning_evidence(left: list[UnitFeatures], right: list[UnitFeatures], left_sentences: list[UnitFeatures],
                     right_sentences: list[UnitFeatures], progress: Progress):
    """Meaning evidence over the paragraphs whose sentences are given (the
    others keep zero vectors: nothing to find)."""
    left_vectors, left_sums = sentence_vectors(left_sentences, len(left), progress.sub(0, 0.5))
    right_vectors, right_sums = sentence_vectors(right_sentences, len(right), progress.sub(0.5, 1))
    left_chars, right_chars = _chars(left_sentences, len(left)), _chars(right_sentences, len(right))
    ratio = usual_length_ratio(left_chars, right_chars, _unit(left_sums), _unit(right_sums))
    evidence = MeaningEvidence(left, right, left_sums, right_sums, left_chars, right_chars, ratio)
    return evidence, meaning_pieces(left_sentences, right_sentences, left_vectors, right_vectors, ratio)


def _chars(units: list[UnitFeatures], count: int) -> np.ndarray:
    chars = np.zeros(count)
    for unit in units:
        chars[unit.owner] += len(unit.text)
    return chars


def _unit(vectors: np.ndarray) -> np.ndarray:
    return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)
