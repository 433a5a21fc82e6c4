"""What the drift checks see of a linked group: its sentences on each side,
which sentence became which, and helpers to make drift items with spans."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Drift, DriftKind, Group, Severity
from ..sentences import sentence_spans
from ..words import content_keys
from .lexicon import chars_per_english_char, western_digits

MATCH_AT = 0.2  # Dice of content keys for two sentences to be one and the same
ABSORBED_AT = 0.6  # share of a sentence's keys found in a matched partner (a merge)


@dataclass(frozen=True)
class Sentence:
    paragraph: int
    start: int
    end: int
    text: str
    keys: frozenset[str]


@dataclass(frozen=True)
class Mention:
    """Something found in a sentence: ``value`` is what is compared,
    ``text`` what is shown, the span is in the paragraph's text."""

    value: object
    text: str
    sentence: int
    start: int
    end: int


@dataclass
class GroupContext:
    left: list[Sentence]
    right: list[Sentence]
    left_language: str
    right_language: str
    left_texts: dict[int, str]
    right_texts: dict[int, str]
    partners_of_left: dict[int, set[int]] = field(default_factory=dict)
    partners_of_right: dict[int, set[int]] = field(default_factory=dict)
    similarity: dict[tuple[int, int], float] = field(default_factory=dict)
    headings: bool = False
    across: bool = False  # two languages: sentences are matched by meaning
    # Name keys anywhere in each whole document: a name "added" here that the
    # original has elsewhere is no news.
    documents: object = None  # DocumentNames: what the whole documents name, asked lazily
    _memo: dict = field(default_factory=dict)

    @property
    def left_document_names(self) -> frozenset[str]:
        return self.documents.left if self.documents else frozenset()

    @property
    def right_document_names(self) -> frozenset[str]:
        return self.documents.right if self.documents else frozenset()

    @property
    def document_names(self) -> frozenset[str]:
        """Names either document writes capitalised mid-sentence."""
        return self.documents.both if self.documents else frozenset()

    @property
    def left_document_speakers(self) -> frozenset[str]:
        return self.documents.left_speakers if self.documents else frozenset()

    def lowercase_words(self, side: str) -> frozenset[str]:
        """Words the side's whole document writes in lower case."""
        if not self.documents:
            return frozenset()
        return self.documents.left_lowercase if side == "left" else self.documents.right_lowercase

    def length_ratio(self) -> float:
        """Characters a translation into the other version's language takes
        per character of the original's (a version may be abridged: the
        languages' usual ratio, not the documents')."""
        return chars_per_english_char(self.right_language) / chars_per_english_char(self.left_language)

    def memo(self, key, compute):
        """Per-sentence findings are asked for by several checks: find once."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]

    @property
    def unmatched_left(self) -> list[int]:
        return [i for i in range(len(self.left)) if not self.partners_of_left.get(i)]

    @property
    def unmatched_right(self) -> list[int]:
        return [j for j in range(len(self.right)) if not self.partners_of_right.get(j)]

    def paired(self, i: int, j: int) -> bool:
        return j in self.partners_of_left.get(i, ())

    def matched_left(self) -> list[int]:
        return [i for i in range(len(self.left)) if self.partners_of_left.get(i)]

    def matched_right(self) -> list[int]:
        return [j for j in range(len(self.right)) if self.partners_of_right.get(j)]

    def clusters(self) -> list[tuple[list[int], list[int]]]:
        """Sentences that correspond, as connected groups: two sentences
        merged into one are compared with it together."""
        seen_left: set[int] = set()
        out = []
        for start in self.matched_left():
            if start in seen_left:
                continue
            lefts, rights, todo = {start}, set(), [("left", start)]
            while todo:
                side, index = todo.pop()
                partners = self.partners_of_left if side == "left" else self.partners_of_right
                for other in partners.get(index, ()):
                    bucket = rights if side == "left" else lefts
                    if other not in bucket:
                        bucket.add(other)
                        todo.append(("right" if side == "left" else "left", other))
            seen_left |= lefts
            out.append((sorted(lefts), sorted(rights)))
        return out

    def mention(self, side: str, sentence: int, start: int, end: int, value: object) -> Mention:
        """A mention from offsets within a sentence's text."""
        s = (self.left if side == "left" else self.right)[sentence]
        return Mention(value, s.text[start:end], sentence, s.start + start, s.start + end)

    def item(self, kind: str, severity: str, message: str, left: Mention | None = None,
             right: Mention | None = None) -> Drift:
        return Drift(
            kind=_kind(kind), severity=Severity(severity), message=message,
            left_text=left.text if left else "", right_text=right.text if right else "",
            left_paragraph=self.left[left.sentence].paragraph if left else None,
            right_paragraph=self.right[right.sentence].paragraph if right else None,
            left_span=(left.start, left.end) if left else None,
            right_span=(right.start, right.end) if right else None,
        )

    def whole(self, side: str, sentence: int) -> Mention:
        s = (self.left if side == "left" else self.right)[sentence]
        return Mention(None, s.text, sentence, s.start, s.end)


def _kind(kind: str):
    try:
        return DriftKind(kind)
    except ValueError:
        return kind  # a check's own kind (the bilingual QA checks name theirs)


def _sentences(texts: dict[int, str], language: str) -> list[Sentence]:
    found = []
    for pid, text in texts.items():
        for start, end in sentence_spans(text):
            part = text[start:end]
            found.append(Sentence(pid, start, end, part, frozenset(content_keys(part, language))))
    return found


def _without_identical(left: list[Sentence], right: list[Sentence]) -> tuple[list[Sentence], list[Sentence]]:
    """Sentences found unchanged on both sides can hold no drift: what they
    say cancels out, so the checks only read the sentences that changed."""
    from collections import Counter

    from ..normalise import fold

    def key(sentence: Sentence) -> str:
        return fold(sentence.text, ignore_case=True)

    common = Counter(map(key, left)) & Counter(map(key, right))
    kept = []
    for side in (left, right):
        budget = Counter(common)
        out = []
        for sentence in side:
            k = key(sentence)
            if budget[k] > 0:
                budget[k] -= 1
            else:
                out.append(sentence)
        kept.append(out)
    return kept[0], kept[1]


def _dice(a: frozenset, b: frozenset) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


def document_context(document, pid: int) -> GroupContext:
    """A paragraph of a document as the left side of a context with nothing
    on the right: for reading what it says."""
    texts = {pid: document.paragraphs[pid].text}
    return GroupContext(_sentences(texts, document.language), [], document.language, document.language, texts, {})


def said_elsewhere(context: GroupContext, side: str, kind: int, mention: Mention) -> bool:
    """Whether the other document says the mention's value (kind 0: a
    figure, 1: a day) anywhere: a distinctive one missing from this group
    moved there."""
    documents = context.documents
    runs = re.findall(r"\d+", western_digits(mention.text))
    if documents is None or not hasattr(documents, "says") or not runs:
        return False
    return documents.says("right" if side == "left" else "left", kind, mention.value, max(runs, key=len))


def build_context(group: Group, left_texts: dict[int, str], right_texts: dict[int, str],
                  left_language: str, right_language: str, headings: bool,
                  documents=None, across: bool = False) -> GroupContext:
    left, right = _sentences(left_texts, left_language), _sentences(right_texts, right_language)
    if not across:
        left, right = _without_identical(left, right)
    context = GroupContext(left, right, left_language, right_language, left_texts, right_texts,
                           headings=headings, documents=documents,
                           across=across)
    if across and _encoder_knows(left_language, right_language):
        _match_meaning(context)
    elif across and _second_encoder_pairs(left_language, right_language):
        _match_meaning(context, read=_second_encoder_vectors)
    elif across:
        _match_all(context)
    else:
        _match(context)
        _absorb(context)
        if (context.unmatched_left or context.unmatched_right) and _encoder_knows(left_language):
            # A paraphrase shares too few words to be matched by them.
            _match_meaning(context, SAME_LANGUAGE_ABSORBED_AT)
    return context


MEANING_MATCH_AT = 0.5  # cosine of two sentences that say the same in two languages
MEANING_ABSORBED_AT = 0.4  # a sentence whose meaning went into an already matched one
SAME_LANGUAGE_ABSORBED_AT = 0.65  # within a language cosines run higher: only a plain split or merge
LEFTOVER_MATCH_AT = 0.3  # the group's last unmatched sentences, each the other's nearest
MERGED_SENTENCES = (2, 3)  # sentences a translator may merge into one (or split one into)


def _encoder_knows(*languages: str) -> bool:
    from .. import encoder

    return all(encoder.knows(language) for language in languages)


def _match_all(context: GroupContext) -> None:
    """Where the encoder does not know a language, sentences cannot be
    paired: the group is compared as a whole (figures, dates, names and
    titles over all its sentences)."""
    for i in range(len(context.left)):
        for j in range(len(context.right)):
            _pair(context, i, j, 0.0)


def _second_encoder_pairs(*languages: str) -> bool:
    """Where the main encoder does not know a language, the second one
    pairs the sentences (``e5``: its vectors on the main one's scale)."""
    from .. import e5

    return all(e5.knows(language) for language in languages)


def _second_encoder_vectors(texts):
    from .. import e5

    return e5.document_vectors(texts)


def _match_meaning(context: GroupContext, absorbed_at: float = MEANING_ABSORBED_AT, read=None) -> None:
    from ..encoder import embed

    if not context.left or not context.right:
        return
    read = read or embed
    left_vectors, right_vectors = read([s.text for s in context.left]), read([s.text for s in context.right])
    cosine = left_vectors @ right_vectors.T
    order = sorted(((float(cosine[i, j]), i, j) for i in range(cosine.shape[0])
                    for j in range(cosine.shape[1])), reverse=True)
    for value, i, j in order:
        if value < MEANING_MATCH_AT:
            break
        if not context.partners_of_left.get(i) and not context.partners_of_right.get(j):
            _pair(context, i, j, value)
    _absorb_meaning(context, cosine, left_vectors, right_vectors, absorbed_at)
    _match_runs(context, left_vectors, right_vectors)
    _absorb_by_sum(context, left_vectors, right_vectors)
    if context.across:
        _absorb_by_length(context, left_vectors, right_vectors)
    if _match_leftovers(context, cosine):
        # a pair made last may have the halves of a split beside it
        _absorb_by_sum(context, left_vectors, right_vectors)
    if context.across:
        _absorb_by_figures(context)


def _absorb_by_sum(context: GroupContext, left_vectors, right_vectors) -> None:
    """An unmatched sentence beside a matched one, where the two together
    mean their partner better than the matched one alone: one sentence
    split in two ("… could soon give way. The authorities have failed …")."""
    partners_of_left, partners_of_right = _snapshot(context)
    found = []
    for k in context.unmatched_left:
        other = _split_from(k, partners_of_left, partners_of_right, left_vectors, right_vectors)
        if other is not None and not _figures_elsewhere(context, ("left", k), ("right", other)):
            found.append((k, other))
    for k in context.unmatched_right:
        other = _split_from(k, partners_of_right, partners_of_left, right_vectors, left_vectors)
        if other is not None and not _figures_elsewhere(context, ("right", k), ("left", other)):
            found.append((other, k))
    for i, j in found:
        _pair(context, i, j, MEANING_ABSORBED_AT)


def _snapshot(context: GroupContext) -> tuple[dict[int, set[int]], dict[int, set[int]]]:
    """The pairs as they stand before a pass: each side's sentences are
    judged against them, so that neither side's turn decides the other's
    (swapped, a pair absorbs the same sentences)."""
    return ({i: set(js) for i, js in context.partners_of_left.items()},
            {j: set(is_) for j, is_ in context.partners_of_right.items()})


def _figures_elsewhere(context: GroupContext, half: tuple[str, int], whole: tuple[str, int]) -> bool:
    """Whether the half of a supposed split carries figures of which the
    sentence it was split from has none: a sentence that only adds to the
    topic ("In all four countries attitudes have hardened …") was dropped,
    not merged, whatever its few words add to the cosine."""
    from .numbers import quantities

    own = {m.value for m in quantities(context, *half)}
    return bool(own) and not own & {m.value for m in quantities(context, *whole)}


def _split_from(k: int, partners: dict[int, set[int]], their_partners: dict[int, set[int]], mine,
                theirs) -> int | None:
    """The sentence of the other side that sentence ``k`` and its nearest
    matched neighbour on its own side were split from, if any: with ``k``, the
    sentences matched to it alone mean it better than without (a sentence
    also matched elsewhere says only part of it)."""
    before = next((n for n in range(k - 1, -1, -1) if partners.get(n)), None)
    after = next((n for n in range(k + 1, len(mine)) if partners.get(n)), None)
    for near in (n for n in (before, after) if n is not None):  # the nearest matched on each side
        for other in sorted(partners.get(near, ())):
            already = sorted({near} | {p for p in their_partners.get(other, ()) if partners.get(p) == {other}})
            alone = _cosine_to_sum(theirs[other], mine[already])
            if _cosine_to_sum(theirs[other], mine[already + [k]]) > max(alone, MEANING_ABSORBED_AT):
                return other
    return None


SPLIT_LENGTH_AT_MOST = 1.3  # a split's two halves together, against the length its source implies


def _absorb_by_length(context: GroupContext, left_vectors, right_vectors) -> None:
    """An unmatched sentence beside a matched one in the same paragraph (or
    the next line of a sentence-aligned text), where the two together are about as long as their partner implies (the
    documents' length ratio) and the one alone is too short: the translator
    split a sentence, and the short half ("이는 인권사회 내부에서도
    마찬가지다.", "This is so within the community too") means little to the
    encoder on its own."""
    ratio = context.length_ratio()
    partners_of_left, partners_of_right = _snapshot(context)
    found = []
    for k in context.unmatched_right:
        other = _split_by_length(k, context.right, context.left, partners_of_right,
                                 partners_of_left, ratio, right_vectors, left_vectors)
        if other is not None:
            found.append((other, k))
    for k in context.unmatched_left:
        other = _split_by_length(k, context.left, context.right, partners_of_left,
                                 partners_of_right, 1 / ratio, left_vectors, right_vectors)
        if other is not None:
            found.append((k, other))
    for i, j in found:
        _pair(context, i, j, MEANING_ABSORBED_AT)


def _absorb_by_figures(context: GroupContext) -> None:
    """An unmatched sentence whose every figure is one its neighbour's
    partner has, and the neighbour lacks: the translator split the sentence
    there ("… profit of NOK 2.3 billion …, on revenue of NOK 14.6 billion." /
    "…23億クローネだった。売上高は146億クローネだった。")."""
    from .numbers import quantities

    def values(side: str, index: int) -> set:
        return {m.value for m in quantities(context, side, index)}

    for side, mine, partners, their_side in (("right", context.right, context.partners_of_right, "left"),
                                             ("left", context.left, context.partners_of_left, "right")):
        for k in [k for k in range(len(mine)) if not partners.get(k)]:
            own = values(side, k)
            for near in (k - 1, k + 1):
                if not own or not 0 <= near < len(mine) or mine[near].paragraph != mine[k].paragraph:
                    continue
                for other in sorted(partners.get(near, ())):
                    theirs = values(their_side, other)
                    if own <= theirs and not own & values(side, near):
                        _pair(context, *((other, k) if side == "right" else (k, other)), MEANING_ABSORBED_AT)
                        own = set()  # paired: look no further
                        break


def _split_by_length(k: int, mine: list[Sentence], theirs: list[Sentence], partners, their_partners,
                     ratio: float, mine_vectors, their_vectors) -> int | None:
    import math

    for near in (k - 1, k + 1):
        # in its paragraph, or in the next one of the group (one sentence a line: the halves of a
        # split sentence stand on two lines the aligner linked as one block)
        if not 0 <= near < len(mine) or abs(mine[near].paragraph - mine[k].paragraph) > 1:
            continue
        others = partners.get(near, set())
        if len(others) != 1:
            continue
        other = next(iter(others))
        if their_partners.get(other) != {near}:
            continue  # a one-to-one pair only: a merge already has its parts
        expected = max(1.0, len(theirs[other].text) * ratio)
        alone, joined = len(mine[near].text), len(mine[near].text) + len(mine[k].text)
        if abs(math.log(joined / expected)) < abs(math.log(alone / expected)) \
                and joined <= SPLIT_LENGTH_AT_MOST * expected \
                and _cosine_to_sum(their_vectors[other], mine_vectors[[near, k]]) >= MEANING_ABSORBED_AT:
            return other
    return None


def _cosine_to_sum(vector, rows) -> float:
    import numpy as np

    total = rows.sum(axis=0)
    return float(vector @ total) / max(float(np.linalg.norm(total)), 1e-9)


def _match_leftovers(context: GroupContext, cosine) -> bool:
    """The one sentence dropped and the one added in a group, each the
    other's nearest: a free translation of each other, not two changes.
    Whether any pair was made."""
    lefts, rights = context.unmatched_left, context.unmatched_right
    made = False
    for i in lefts:
        j = max(rights, key=lambda j: cosine[i, j], default=None)
        if j is None or cosine[i, j] < LEFTOVER_MATCH_AT:
            continue
        if max(lefts, key=lambda k: cosine[k, j]) == i and not context.partners_of_right.get(j):
            _pair(context, i, j, float(cosine[i, j]))
            made = True
    return made


def _absorb_meaning(context: GroupContext, cosine, left_vectors, right_vectors, absorbed_at: float) -> None:
    """A sentence whose meaning went into one already matched (a merge):
    near enough to it, and adding to what its partners already say of it. A
    sentence that only shares its topic lowers the cosine of their sum: the
    translator dropped it (see ``_snapshot``)."""
    partners_of_left, partners_of_right = _snapshot(context)
    absorbed = []
    for i in context.unmatched_left:
        j = int(cosine[i].argmax())
        if cosine[i, j] >= absorbed_at and _adds_to(i, partners_of_right.get(j), right_vectors[j], left_vectors):
            absorbed.append((i, j))
    for j in context.unmatched_right:
        i = int(cosine[:, j].argmax())
        if cosine[i, j] >= absorbed_at and _adds_to(j, partners_of_left.get(i), left_vectors[i], right_vectors):
            absorbed.append((i, j))
    for i, j in absorbed:
        _pair(context, i, j, float(cosine[i, j]))


def _adds_to(k: int, partners, vector, mine) -> bool:
    """Sentence ``k`` of ``mine`` joins the ``partners`` of ``vector``'s
    sentence only if their sum means it at least as well with ``k`` as without."""
    if not partners:
        return False
    already = sorted(partners)
    return _cosine_to_sum(vector, mine[already + [k]]) >= _cosine_to_sum(vector, mine[already])


def _match_runs(context: GroupContext, left_vectors, right_vectors) -> None:
    """A sentence still unmatched may say what two or three consecutive
    sentences of the other side say together (the translator merged them,
    or split one): paired with that run where their sum means it."""
    for i in context.unmatched_left:
        run = _best_run(left_vectors[i], right_vectors)
        for j in run:
            _pair(context, i, j, MEANING_MATCH_AT)
    for j in context.unmatched_right:
        run = _best_run(right_vectors[j], left_vectors)
        for i in run:
            _pair(context, i, j, MEANING_MATCH_AT)


def _best_run(vector, others) -> range:
    best, best_run = MEANING_MATCH_AT, range(0)
    for size in MERGED_SENTENCES:
        for start in range(len(others) - size + 1):
            cosine = _cosine_to_sum(vector, others[start:start + size])
            if cosine >= best:
                best, best_run = cosine, range(start, start + size)
    return best_run


def _match(context: GroupContext) -> None:
    """Greedy one-to-one sentence matching, best pairs first."""
    scored = sorted(
        ((_dice(a.keys, b.keys), i, j) for i, a in enumerate(context.left)
         for j, b in enumerate(context.right)), reverse=True)
    for value, i, j in scored:
        if value < MATCH_AT:
            break
        if context.partners_of_left.get(i) or context.partners_of_right.get(j):
            continue
        _pair(context, i, j, value)


def _pair(context: GroupContext, i: int, j: int, value: float) -> None:
    context.partners_of_left.setdefault(i, set()).add(j)
    context.partners_of_right.setdefault(j, set()).add(i)
    context.similarity[(i, j)] = value


def _absorb(context: GroupContext) -> None:
    """A sentence left over because its content went into a matched sentence
    on the other side (two sentences merged into one) is not dropped."""
    for i in context.unmatched_left:
        best = max(context.matched_right(), default=None,
                   key=lambda j: _contained(context.left[i].keys, context.right[j].keys))
        if best is not None and _contained(context.left[i].keys, context.right[best].keys) >= ABSORBED_AT:
            _pair(context, i, best, _dice(context.left[i].keys, context.right[best].keys))
    for j in context.unmatched_right:
        best = max(context.matched_left(), default=None,
                   key=lambda i: _contained(context.right[j].keys, context.left[i].keys))
        if best is not None and _contained(context.right[j].keys, context.left[best].keys) >= ABSORBED_AT:
            _pair(context, best, j, _dice(context.left[best].keys, context.right[j].keys))


def _contained(part: frozenset, whole: frozenset) -> float:
    return len(part & whole) / len(part) if part else 0.0


def same_place(context: GroupContext, left: Mention, right: Mention) -> int:
    """How many of the words around the two mentions agree (0, 1 or 2): two
    words agreeing, or the word after, say one took the other's place."""
    def around(sentences: list[Sentence], mention: Mention) -> tuple[str, str]:
        sentence = sentences[mention.sentence]
        at, end = mention.start - sentence.start, mention.end - sentence.start
        # Content words only: "in 2019" and "in 2022" share nothing but "in".
        window = 80  # a few words either side; never the whole (maybe huge) sentence
        before = [w for w in re.findall(r"[^\W\d_]+", sentence.text[max(0, at - window):at]) if len(w) > 3][-1:]
        after = [w for w in re.findall(r"[^\W\d_]+", sentence.text[end:end + window]) if len(w) > 3][:1]
        return (before[0].lower()[:5] if before else "", after[0].lower()[:5] if after else "")

    (lb, la), (rb, ra) = around(context.left, left), around(context.right, right)
    return int(bool(la and la == ra)) + int(bool(lb and lb == rb))


def surplus(mine: list[Mention], theirs: list[Mention]) -> list[Mention]:
    """The mentions on one side with no equal value left on the other (as
    multisets: two "2016" against one leaves one)."""
    from collections import Counter

    available = Counter(m.value for m in theirs)
    out = []
    for mention in mine:
        if available[mention.value] > 0:
            available[mention.value] -= 1
        else:
            out.append(mention)
    return out
