"""Which evidence aligns a pair of documents, in which passes:

- within a language: the word linker (``linking``: anchors by shared words,
  sentence links, settling between anchors; near-linear). Where the encoder
  knows the language (and has the time), meaning seconds the words: pairs
  that are each other's best match in meaning and share words are settled
  first (a heavy rewrite, where words alone join a paragraph to its
  neighbour's partner). Meaning never links on its own here: a second pass
  by meaning over what words leave free was measured and left out (no gain
  on the real pairs, false moves, twice the time on long generated pairs);
- across two languages the encoder knows: the block alignment (``aligner``)
  over meaning, figures and names; when reading every sentence would take
  more than half the time budget, the same alignment over figures and names
  alone (the answer says it is coarser);
- across a language the encoder does not know (Swedish, for one): the same
  block alignment over meaning read by the second encoder (``e5``, which
  knows a hundred languages but less well), with figures and names; where
  that one is not installed or a language is beyond it too, the block
  alignment over what survives translation (names, numbers, cognates). The
  comparison says which in a note."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .. import e5, encoder
from ..language import language_name
from ..progress import Deadline, Progress
from .aligner import Thresholds, align
from .cognates import CognateEvidence
from .evidence import MeaningEvidence, unit_vectors
from .features import UnitFeatures
from .linking import ANCHOR_SIMILARITY, Links, link
from .pieces import meaning_pieces
from .semantic import sentence_vectors, top_pairs, usual_length_ratio
from .sentencelinks import sentence_evidence
from .similarity import score_pairs

COGNATE_THRESHOLDS = Thresholds(link=0.05, anchor=0.15, piece=1.0, sure=0.8)  # cognates.CognateEvidence
ENCODER_CHARS_PER_SECOND = 100_000  # measured on this 2-core machine (USE v3, NumPy)
ENCODER_SHARE = 0.5  # of the time budget the sentences' encoding may take
SINGLE_SHARE = 0.75  # of a sentence-aligned text's units hold one sentence as the splitter sees it
MEANING_CONFIDENT = 0.5  # a link this sure (evidence.confidence) is an anchor for the verdict
MEANING_THRESHOLDS = Thresholds(link=0.1, anchor=0.2, piece=0.55)  # on the DP's scale (evidence.meaning_score)


@dataclass(frozen=True)
class Plan:
    across: bool  # two known, different languages
    by_meaning: bool  # the encoder knows both
    notes: tuple[str, ...] = ()
    meaning_agrees: bool = False  # within a language the encoder knows: meaning may second the words
    one_a_line: bool = False  # both texts give one unit a line (a sentence-aligned text, as aligners take it)
    second_encoder: bool = False  # meaning read by ``e5``: the main encoder does not know a language

    @property
    def cognates(self) -> bool:
        """Whether the features hold keys that survive translation, not stems."""
        return self.across and (not self.by_meaning or self.second_encoder)

    @property
    def confident(self) -> float:
        """Strength of a confident link, on the scale of the evidence used."""
        if self.across:
            return MEANING_CONFIDENT  # both block evidences give a 0–1 confidence
        return ANCHOR_SIMILARITY


def plan(left_language: str, right_language: str) -> Plan:
    known = left_language not in ("und", "") and right_language not in ("und", "")
    across = known and left_language != right_language
    if not across:
        return Plan(False, False, meaning_agrees=known and encoder.knows(left_language))
    unknown = [code for code in (left_language, right_language) if not encoder.knows(code)]
    if not unknown:
        return Plan(True, True)
    names = " and ".join(dict.fromkeys(language_name(code) for code in unknown))
    verb = "are" if len(set(unknown)) > 1 else "is"
    if all(e5.knows(code) for code in (left_language, right_language)):
        return Plan(True, True, (f"{names} {verb} not known to the main encoder; aligned by meaning with a "
                                 "smaller one (multilingual-e5-small), and on names and numbers.",),
                    second_encoder=True)
    return Plan(True, False, (f"{names} {verb} not supported for meaning-level alignment; "
                              "aligned on names, numbers and shared words.",))


def align_features(the_plan: Plan, features, progress: Progress, deadline: Deadline,
                   certain=(), forbidden=frozenset()) -> Links:
    """``features``: (left paragraphs, right paragraphs, left sentences,
    right sentences), as ``features.document_features`` makes them."""
    left, right, left_sentences, right_sentences = features
    reader = e5 if the_plan.second_encoder else None
    rate = e5.CHARS_PER_SECOND if reader else ENCODER_CHARS_PER_SECOND
    if the_plan.by_meaning and not _too_long_to_read(left_sentences + right_sentences, deadline, rate):
        evidence, pieces = meaning_evidence(left, right, left_sentences, right_sentences, progress.sub(0, 0.6),
                                            the_plan.one_a_line, reader)
        return align(evidence, len(left), len(right), MEANING_THRESHOLDS, progress.sub(0.6, 1), deadline,
                     certain, forbidden, pieces)
    if the_plan.by_meaning:  # past the budget: without the encoder (figures and names, or cognates)
        links = align(CognateEvidence(left, right, facts_only=not the_plan.cognates), len(left), len(right),
                      COGNATE_THRESHOLDS, progress, deadline, certain, forbidden)
        return Links(links.groups, True)
    if the_plan.across:
        return align(CognateEvidence(left, right), len(left), len(right), COGNATE_THRESHOLDS, progress,
                     deadline, certain, forbidden)
    scores = score_pairs(left, right)
    progress.report("Matching sentences", 0.1)
    evidence = sentence_evidence(left_sentences, right_sentences)
    meaning = None
    if the_plan.meaning_agrees and not _too_long_to_read(left_sentences + right_sentences, deadline):
        def meaning():  # read only if some pair is left to settle (the encoder takes a second to load)
            return mutual_meaning(left_sentences, right_sentences, len(left), len(right),
                                  Progress(cancel=progress.cancel))
    return link(left, right, scores, evidence, progress.sub(0.1, 0.5), deadline, list(certain), frozenset(forbidden),
                meaning=meaning)


def mutual_meaning(left_sentences: list[UnitFeatures], right_sentences: list[UnitFeatures], n_left: int,
                   n_right: int, progress: Progress) -> dict[tuple[int, int], float]:
    """Paragraph pairs each other's best match in meaning (the encoder's
    cosine of their sentence sums), with that cosine."""
    if not left_sentences or not right_sentences:
        return {}
    _, left_sums = sentence_vectors(left_sentences, n_left, progress.sub(0, 0.5))
    _, right_sums = sentence_vectors(right_sentences, n_right, progress.sub(0.5, 1))
    rows, cols, cosine = top_pairs(unit_vectors(left_sums), unit_vectors(right_sums))
    best_right, best_left = {}, {}
    for i, j, c in zip(rows.tolist(), cols.tolist(), cosine.tolist()):
        if c > best_right.get(i, (-1, -1.0))[1]:
            best_right[i] = (j, c)
        if c > best_left.get(j, (-1, -1.0))[1]:
            best_left[j] = (i, c)
    return {(i, j): c for i, (j, c) in best_right.items() if best_left.get(j, (-1,))[0] == i}


def _too_long_to_read(units: list[UnitFeatures], deadline: Deadline,
                      chars_per_second: float = ENCODER_CHARS_PER_SECOND) -> bool:
    """Whether encoding every sentence would take more than its share of the
    time budget (at the encoder's measured reading speed)."""
    remaining = deadline.remaining()
    seconds = sum(len(u.text) for u in units) / chars_per_second
    return remaining is not None and seconds > ENCODER_SHARE * remaining


def meaning_evidence(left: list[UnitFeatures], right: list[UnitFeatures], left_sentences: list[UnitFeatures],
                     right_sentences: list[UnitFeatures], progress: Progress, sentence_units: bool = False,
                     reader=None):
    """Meaning evidence over the paragraphs' sentences; ``sentence_units``:
    the units may be single sentences (see ``Plan.one_a_line``); ``reader``:
    see ``semantic.sentence_vectors``."""
    left_vectors, left_sums = sentence_vectors(left_sentences, len(left), progress.sub(0, 0.5), reader)
    right_vectors, right_sums = sentence_vectors(right_sentences, len(right), progress.sub(0.5, 1), reader)
    left_chars, right_chars = _chars(left_sentences, len(left)), _chars(right_sentences, len(right))
    learnt = usual_length_ratio(left_chars, right_chars, unit_vectors(left_sums), unit_vectors(right_sums))
    ratio = 1.0 if learnt is None else learnt
    evidence = MeaningEvidence(left, right, left_sums, right_sums, left_chars, right_chars, ratio,
                               length_known=learnt is not None,
                               sentences=sentence_units and _mostly_single(left_sentences, len(left))
                               and _mostly_single(right_sentences, len(right)))
    return evidence, meaning_pieces(left_sentences, right_sentences, left_vectors, right_vectors, ratio)


def _mostly_single(sentences: list[UnitFeatures], count: int) -> bool:
    """Whether most units hold one sentence (the splitter finds two in some
    lines of a sentence-aligned text: "8848 m. Das ist ...")."""
    return count > 0 and np.mean(np.bincount([u.owner for u in sentences], minlength=count) == 1) >= SINGLE_SHARE


def _chars(units: list[UnitFeatures], count: int) -> np.ndarray:
    chars = np.zeros(count)
    for unit in units:
        chars[unit.owner] += len(unit.text)
    return chars

