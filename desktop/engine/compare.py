"""The comparison pipeline: features, alignment, word diff, summary."""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Optional

from . import relatedness
from .align.features import UnitFeatures, document_features, identical_pairs
from .align.order import heaviest_increasing
from .align.pipeline import align_features, plan
from .bilingual.pairing import is_prealigned
from .finish import Draft, finish, warm_helper
from .model import Comparison, Document, ManualAlignment, Options
from .segment import one_unit_a_line
from .progress import Deadline, Progress, ensure_progress
from .summary import summarise, word_count
from .drift import unchecked


def compare_documents(
    left: Document, right: Document, options: Options = Options(), *,
    manual: ManualAlignment = ManualAlignment(), progress: Optional[Progress] = None,
) -> Comparison:
    """``manual``: a reviewer's links, unlinks and moves, which win over
    anything inferred. The two sides of a bilingual file are compared as
    the file pairs them (and ``manual`` does not apply)."""
    progress = ensure_progress(progress)
    if is_prealigned(left, right):
        from .bilingual.compare import compare_segments

        return compare_segments(left, right, options, progress)
    deadline = Deadline(options.time_budget)
    progress.report("Reading paragraphs", 0.0)
    the_plan = replace(plan(left.language, right.language), one_a_line=one_unit_a_line(left) and one_unit_a_line(right))
    if not the_plan.across:
        warm_helper(len(left.paragraphs), len(right.paragraphs))
    identical = [] if the_plan.across else identical_pairs(left, right)
    identical = [p for p in identical if p not in set(manual.unlinks)] + _manual_pairs(manual)
    cognates = the_plan.cognates
    left_features, left_sentences = document_features(left, frozenset(i for i, _ in identical), cognates)
    right_features, right_sentences = document_features(right, frozenset(j for _, j in identical), cognates)
    progress.report("Aligning paragraphs", 0.1)
    links = align_features(the_plan, (left_features, right_features, left_sentences, right_sentences),
                           progress.sub(0.1, 0.5), deadline,
                           _feature_pairs(identical, left_features, right_features),
                           frozenset(_feature_pairs(manual.unlinks, left_features, right_features)))
    linked = [_to_ids(g, left_features, right_features) for g in links.groups]
    verdict = relatedness.judge(
        linked, _sizes(left, left_features), _sizes(right, right_features), the_plan.confident)
    if not verdict.related:
        linked = list(relatedness.strong_only(linked))
    drafts = _with_moves(linked, left, right, set(manual.moved)) + _unlinked(left, right, linked)
    groups, diff_degraded = finish(_display_order(drafts), left, right, options, progress.sub(0.5, 0.95),
                                   deadline, the_plan.across)
    degraded = tuple(name for name, hit in (("alignment", links.degraded),
                                            ("word diff and drift", diff_degraded)) if hit)
    progress.report("Done", 1.0)
    return Comparison(left, right, options, verdict.related, verdict.relatedness, groups,
                      summarise(left, right, groups), degraded, the_plan.notes + unchecked(left, right))


def compare_linked(
    left: Document, right: Document, links, options: Options = Options(), *, relatedness: float = 1.0,
    notes: tuple[str, ...] = (), progress: Optional[Progress] = None,
) -> Comparison:
    """Paragraphs already paired (``links``: (left ids, right ids) each), as
    a bilingual file pairs its segments: no alignment and no moves; every
    pair gets its word diff (or meaning, across languages) and drift checks,
    however long it takes (the time budget is for alignment's guesses)."""
    progress = ensure_progress(progress)
    across = plan(left.language, right.language).across
    linked = [(tuple(lefts), tuple(rights), 1.0) for lefts, rights in links]
    drafts = [Draft(*g) for g in linked] + _unlinked(left, right, linked)
    groups, _ = finish(_display_order(drafts), left, right, options, progress, Deadline(None), across)
    return Comparison(left, right, options, True, relatedness, groups, summarise(left, right, groups), (),
                      notes + unchecked(left, right))


def _to_ids(group, left_features: list[UnitFeatures], right_features: list[UnitFeatures]):
    left_ix, right_ix, strength = group
    return (tuple(left_features[i].pid for i in left_ix),
            tuple(right_features[j].pid for j in right_ix), strength)


def _manual_pairs(manual: ManualAlignment) -> list[tuple[int, int]]:
    """A manual group as pairs that chain its paragraphs into one group."""
    pairs = []
    for lefts, rights in manual.links:
        pairs.extend((i, rights[0]) for i in lefts)
        pairs.extend((lefts[0], j) for j in rights[1:])
    return pairs


def _feature_pairs(pairs, left_features: list[UnitFeatures], right_features: list[UnitFeatures]):
    """Paragraph-id pairs as feature indices (boilerplate, having no
    features, cannot be linked)."""
    left_at = {f.pid: n for n, f in enumerate(left_features)}
    right_at = {f.pid: n for n, f in enumerate(right_features)}
    return [(left_at[i], right_at[j]) for i, j in pairs if i in left_at and j in right_at]


def _sizes(document: Document, features: list[UnitFeatures]) -> dict[int, int]:
    return {f.pid: word_count(document.paragraphs[f.pid].text) for f in features}


def _with_moves(linked, left: Document, right: Document, marked: set[int] = frozenset()) -> list[Draft]:
    """Linked groups, those off the order-keeping backbone marked moved.
    Weights are words, so a short paragraph is the one called moved."""
    ordered = sorted(linked, key=lambda g: min(g[0]))
    keys = [min(g[1]) for g in ordered]
    weights = [
        sum(word_count(left.paragraphs[i].text) for i in g[0])
        + sum(word_count(right.paragraphs[j].text) for j in g[1]) for g in ordered]
    kept = set(heaviest_increasing(keys, weights))
    return [Draft(g[0], g[1], g[2], index not in kept or bool(marked & set(g[0])))
            for index, g in enumerate(ordered)]


def _unlinked(left: Document, right: Document, linked) -> list[Draft]:
    used_left = {i for g in linked for i in g[0]}
    used_right = {j for g in linked for j in g[1]}
    drafts = [Draft((p.id,), (), 0.0) for p in left.paragraphs if p.id not in used_left]
    drafts += [Draft((), (p.id,), 0.0) for p in right.paragraphs if p.id not in used_right]
    return drafts


def _display_order(drafts: list[Draft]) -> list[Draft]:
    """The original's order; a paragraph found only in the other version goes
    after the group holding the paragraph that precedes it there."""
    group_of_right = {j: d for d in drafts for j in d.right if d.left}

    def key(draft: Draft):
        if draft.left:
            return (min(draft.left), 0, 0)
        start = min(draft.right)
        for j in range(start - 1, -1, -1):
            anchor = group_of_right.get(j)
            if anchor is not None:
                return (min(anchor.left), 1, start)
        return (-1, 1, start)

    return sorted(drafts, key=key)


