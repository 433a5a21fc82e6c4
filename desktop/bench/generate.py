"""Large document pairs with known edits, for the benchmark and the tests.

Words are drawn from a synthetic vocabulary with a Zipf distribution, so that
like real prose most words are common and a few are rare; names and figures
are sprinkled in. The other version is made from the original by known
operations, and the true links are recorded alongside."""
from __future__ import annotations

import random
from dataclasses import dataclass, field

_SYLLABLES = ("ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "de", "po", "la", "re", "ni",
              "go", "tu", "be", "fa", "ho", "ja", "ki", "ma", "no", "pe", "si", "va", "ze")
_FUNCTION = ("the", "of", "and", "to", "in", "a", "that", "is", "was", "for", "on", "with",
             "as", "by", "at", "from", "it", "its", "their", "has", "have", "said")


@dataclass
class GeneratedPair:
    left: str
    right: str
    links: set = field(default_factory=set)  # (left paragraph index, right paragraph index)
    moved: set = field(default_factory=set)  # left paragraph indices that were moved
    operations: dict = field(default_factory=dict)


class _Writer:
    def __init__(self, rng: random.Random, vocabulary_size: int = 30000, pool: int = 0) -> None:
        self.rng = rng
        self.pool: list[str] = []
        self.words = [self._word(i) for i in range(vocabulary_size)]
        weights = [1.0 / (rank + 1) for rank in range(vocabulary_size)]
        total = sum(weights)
        self.cumulative = []
        running = 0.0
        for w in weights:
            running += w / total
            self.cumulative.append(running)
        # Recurring sentences: every paragraph drawn from one small pool, so
        # each sentence stands in many paragraphs (boilerplate, formulas).
        self.pool = [self.sentence() for _ in range(pool)]

    def _word(self, index: int) -> str:
        rng = random.Random(index * 7919 + 13)
        return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4)))

    def content_word(self) -> str:
        import bisect
        return self.words[min(len(self.words) - 1, bisect.bisect(self.cumulative, self.rng.random()))]

    def sentence(self) -> str:
        rng = self.rng
        words = []
        for _ in range(rng.randint(8, 22)):
            roll = rng.random()
            if roll < 0.35:
                words.append(rng.choice(_FUNCTION))
            elif roll < 0.40:
                words.append(self.content_word().capitalize())
            elif roll < 0.43:
                words.append(str(rng.randint(2, 2030)))
            else:
                words.append(self.content_word())
        text = " ".join(words)
        return text[0].upper() + text[1:] + "."

    def paragraph(self) -> list[str]:
        if self.pool:
            return self.rng.sample(self.pool, self.rng.randint(2, 5))
        return [self.sentence() for _ in range(self.rng.randint(2, 5))]

    def edit(self, sentences: list[str]) -> list[str]:
        """One to three word edits in one sentence."""
        rng = self.rng
        index = rng.randrange(len(sentences))
        words = sentences[index].rstrip(".").split()
        for _ in range(rng.randint(1, 3)):
            spot = rng.randrange(len(words))
            kind = rng.random()
            if kind < 0.4:
                words[spot] = self.content_word()
            elif kind < 0.7:
                words.insert(spot, self.content_word())
            elif len(words) > 4:
                del words[spot]
        edited = list(sentences)
        edited[index] = " ".join(words) + "."
        return edited


def make_generated(n_paragraphs: int, seed: int = 1, edit_all: bool = False,
                   recurring: int = 0) -> GeneratedPair:
    """``edit_all``: every kept paragraph gets word edits, so no paragraph
    is identical on both sides (the hard case: no exact anchors).
    ``recurring``: paragraphs made of sentences from a pool of that many, so
    each sentence recurs in many paragraphs of both sides (each paragraph is
    still unique by its whole content)."""
    rng = random.Random(seed)
    writer = _Writer(rng, pool=recurring)
    originals = [writer.paragraph() for _ in range(n_paragraphs)]
    # Each entry: (sentences, left indices it comes from)
    out: list[tuple[list[str], tuple[int, ...]]] = []
    moved_out: list[tuple[list[str], tuple[int, ...]]] = []
    counts = {"omitted": 0, "added": 0, "moved": 0, "split": 0, "merged": 0, "edited": 0}
    i = 0
    while i < n_paragraphs:
        roll = rng.random()
        sentences = originals[i]
        if roll < 0.05:
            counts["omitted"] += 1
        elif roll < 0.09:
            out.append((writer.paragraph(), ()))
            out.append((sentences, (i,)))
            counts["added"] += 1
        elif roll < 0.13:
            moved_out.append((sentences, (i,)))
            counts["moved"] += 1
        elif roll < 0.16 and len(sentences) >= 2:
            cut = rng.randint(1, len(sentences) - 1)
            piece = writer.edit(sentences) if edit_all else sentences
            out.append((piece[:cut], (i,)))
            out.append((piece[cut:], (i,)))
            counts["split"] += 1
        elif roll < 0.19 and i + 1 < n_paragraphs:
            out.append((sentences + originals[i + 1], (i, i + 1)))
            counts["merged"] += 1
            i += 1
        elif roll < 0.39 or edit_all:
            out.append((writer.edit(sentences), (i,)))
            counts["edited"] += 1
        else:
            out.append((sentences, (i,)))
        i += 1
    for item in moved_out:  # far from where they were: anywhere, at random
        out.insert(rng.randrange(len(out) + 1), item)
    links = {(left, right) for right, (_, lefts) in enumerate(out) for left in lefts}
    moved = {lefts[0] for _, lefts in moved_out}
    left_text = "\n\n".join(" ".join(s) for s in originals) + "\n"
    right_text = "\n\n".join(" ".join(s) for s, _ in out) + "\n"
    return GeneratedPair(left_text, right_text, links, moved, counts)


def make_pair(n_paragraphs: int, seed: int = 1) -> tuple[str, str]:
    """Two texts of about ``n_paragraphs`` paragraphs each (for the GUI rows)."""
    pair = make_generated(n_paragraphs, seed)
    return pair.left, pair.right


def make_halved(n_paragraphs: int, seed: int = 3) -> GeneratedPair:
    """Short one-sentence paragraphs; the other version keeps every other
    one, unedited (the scale test: many paragraphs, nothing to search for)."""
    writer = _Writer(random.Random(seed))
    originals = [writer.sentence() for _ in range(n_paragraphs)]
    kept = list(range(0, n_paragraphs, 2))
    links = {(left, right) for right, left in enumerate(kept)}
    return GeneratedPair("\n\n".join(originals) + "\n", "\n\n".join(originals[i] for i in kept) + "\n",
                         links, set(), {"omitted": n_paragraphs - len(kept)})
