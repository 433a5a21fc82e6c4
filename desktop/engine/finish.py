"""The last stage of a comparison: each linked group's word diff (or,
across languages, its meaning) and drift checks, and each lone
paragraph's status. Groups are independent of each other, so on a long
pair the helper process (``helper_process``) takes chunks of them from the
back while this process works from the front; the groups are the same
whichever process made them."""
from __future__ import annotations

import time
from concurrent.futures import Future
from dataclasses import dataclass, replace

from . import encoder, helper_process
from .align.semantic import meaning_similarity
from .drift import DocumentNames, group_drift, with_outliers
from .model import (
    ADDED, BOILERPLATE, EDITED, IGNORED, MOVED, OMITTED, REWRITTEN, UNCHANGED, Document, Group, Options,
)
from .progress import Deadline, Progress
from .worddiff import diff_words

EDITED_AT = 0.5  # word similarity below which a linked group reads as rewritten
FAITHFUL_AT = 0.85  # meaning similarity of a translation that says the same
CHUNK = 48  # groups the helper is given at a time
PARALLEL_AT = 400  # changed linked groups: below this the helper's share saves less than shipping the pair costs


@dataclass(frozen=True)
class Draft:
    left: tuple[int, ...]
    right: tuple[int, ...]
    strength: float
    moved: bool = False


def warm_helper(left_paragraphs: int, right_paragraphs: int) -> None:
    """A pair long enough for the helper to take a share of its groups: start
    it now, while this process aligns."""
    if min(left_paragraphs, right_paragraphs) >= PARALLEL_AT:
        helper_process.warm(_prepare)


def _prepare() -> None:
    """In the helper: the tables every pair's first groups would load."""
    from .drift.lexicon import months_after_ordinal_dot

    months_after_ordinal_dot()


def finish(ordered: list, left: Document, right: Document, options: Options, progress: Progress,
           deadline: Deadline, across: bool = False) -> tuple[tuple[Group, ...], bool]:
    """``ordered``: drafts (left ids, right ids, strength, moved) in display order."""
    make = _translated_group if across else _group
    changed = sum(1 for d in ordered if _changed(d, left, right))
    helped = _submit(ordered, left, right, options, deadline, across) \
        if not across and changed >= PARALLEL_AT and helper_process.wanted(changed) else {}
    names = DocumentNames(left, right)
    results: list = [None] * len(ordered)
    try:
        for index, draft in enumerate(ordered):
            if index % 256 == 0:
                progress.report("Comparing words", index / max(1, len(ordered)))
            chunk = helped.pop(index // CHUNK, None)
            if chunk is not None and not chunk.cancel():
                _take(chunk, index, results, progress)  # the helper got here first
            if results[index] is None:
                results[index] = make(index, draft, left, right, options, deadline, names)
    except BaseException:
        if helped:
            helper_process.abandon()  # cancelled: the helper must not work on
        raise
    groups = tuple(group for group, _ in results)
    return with_outliers(groups, left, right), any(coarse for _, coarse in results)


def _changed(draft: Draft, left: Document, right: Document) -> bool:
    """A linked group with work to do (a paragraph kept as it was has none)."""
    if not (draft.left and draft.right):
        return False
    if len(draft.left) == len(draft.right) == 1:
        return left.paragraphs[draft.left[0]].text != right.paragraphs[draft.right[0]].text
    return True


def _submit(ordered: list, left: Document, right: Document, options: Options, deadline: Deadline,
            across: bool) -> dict[int, Future]:
    """The chunks in the helper, last first; none if it cannot start."""
    remaining = deadline.remaining()
    if helper_process.submit(_load, left, right) is None:
        return {}
    helped = {}
    for number in reversed(range((len(ordered) + CHUNK - 1) // CHUNK)):
        start = number * CHUNK
        future = helper_process.submit(_finish_chunk, start, ordered[start:start + CHUNK], options,
                                       remaining, time.time(), across)
        if future is None:
            break
        helped[number] = future
    return helped


def _take(chunk: Future, index: int, results: list, progress: Progress) -> None:
    """The helper's groups of ``chunk``, which starts at ``index``; left to
    be made here if the helper failed."""
    for offset, made in enumerate(helper_process.result(chunk, progress, failed=())):
        results[index + offset] = made


_PAIR: list = []  # in the helper: the two documents being finished


def _load(left: Document, right: Document) -> None:
    _PAIR[:] = [left, right, DocumentNames(left, right)]


def _finish_chunk(start: int, drafts: list, options: Options, remaining, submitted: float, across: bool) -> list:
    left, right, names = _PAIR
    seconds = None if remaining is None else max(1e-9, remaining - (time.time() - submitted))
    deadline = Deadline(seconds)
    make = _translated_group if across else _group
    return [make(start + k, draft, left, right, options, deadline, names) for k, draft in enumerate(drafts)]


def _group(index: int, draft, left: Document, right: Document, options: Options,
           deadline: Deadline, names: DocumentNames) -> tuple[Group, bool]:
    if not (draft.left and draft.right):
        return Group(index, draft.left, draft.right, _lone_status(draft, left, right), 0.0, ""), False
    left_texts = [(i, left.paragraphs[i].text) for i in draft.left]
    right_texts = [(j, right.paragraphs[j].text) for j in draft.right]
    if deadline.expired():
        # Past the budget: link without word detail rather than keep the user waiting.
        edit = REWRITTEN if draft.strength < EDITED_AT else EDITED
        status = MOVED if draft.moved else edit
        return Group(index, draft.left, draft.right, status, round(draft.strength, 3), edit, draft.moved), True
    remaining = deadline.remaining()
    diff = diff_words(left_texts, right_texts, options, timeout=min(1.0, remaining or 1.0))
    edit = UNCHANGED if diff.identical else EDITED if diff.similarity >= EDITED_AT else REWRITTEN
    status = MOVED if draft.moved else edit
    group = Group(index, draft.left, draft.right, status, round(diff.similarity, 3), edit,
                  draft.moved, diff.changes)
    if deadline.expired():
        return group, True  # the words are in; the drift checks wait for a larger budget
    return replace(group, drift=group_drift(group, left, right, names)), False


def _translated_group(index: int, draft, left: Document, right: Document, options: Options,
                      deadline: Deadline, names: DocumentNames) -> tuple[Group, bool]:
    """Across languages a word diff means nothing: the group's similarity is
    its meaning's, and its drift comes from sentence alignment, figures,
    dates and names. A faithful translation with no drift reads unchanged."""
    if not (draft.left and draft.right):
        return _group(index, draft, left, right, options, deadline, names)
    coarse = deadline.expired()
    if coarse:  # past the budget: the link's own confidence stands for its meaning
        similarity = draft.strength
    else:
        similarity = meaning_similarity("\n".join(left.paragraphs[i].text for i in draft.left),
                                        "\n".join(right.paragraphs[j].text for j in draft.right))
    group = Group(index, draft.left, draft.right, REWRITTEN, round(float(similarity), 3), REWRITTEN, draft.moved)
    drift = () if coarse else group_drift(replace(group, edit=EDITED), left, right, names)
    serious = any(d.severity != "note" for d in drift)
    if not (encoder.knows(left.language) and encoder.knows(right.language)):
        edit = EDITED  # the encoder cannot read one of them: how much was rewritten is not known
    else:
        edit = (UNCHANGED if similarity >= FAITHFUL_AT and not serious
                else EDITED if similarity >= EDITED_AT else REWRITTEN)
    status = MOVED if draft.moved else edit
    return replace(group, status=status, edit=edit, drift=drift), coarse


def _lone_status(draft, left: Document, right: Document) -> str:
    if draft.left:
        return IGNORED if left.paragraphs[draft.left[0]].kind == BOILERPLATE else OMITTED
    return IGNORED if right.paragraphs[draft.right[0]].kind == BOILERPLATE else ADDED
