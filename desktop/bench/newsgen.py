"""Generated press releases and their afterlives, for the versions and match
benchmarks. A story is kept abstract (frames and slot values from
``lexicon``) so that a version can be edited the way the fixtures are
(paragraphs omitted, moved, merged, split; a figure, a year or a job title
changed; a sentence dropped; an agency's lead and ending added) and then
rendered in any of five languages, as a rewrite or a translation."""
from __future__ import annotations

import random
from dataclasses import dataclass, replace

from . import lexicon as lx

QUOTES = ("quote", "cases")
REPORTED = tuple(f"reported:{o}:{c}" for o in range(len(lx.OPENERS)) for c in range(len(lx.CLAUSES)))
PLAIN = tuple(f for f in lx.FRAMES if f not in QUOTES) + REPORTED


@dataclass(frozen=True)
class Sentence:
    frame: str
    slots: tuple[tuple[str, object], ...]

    def get(self, name: str):
        return dict(self.slots)[name]

    def with_slot(self, name: str, value) -> "Sentence":
        return replace(self, slots=tuple((k, value if k == name else v) for k, v in self.slots))


@dataclass(frozen=True)
class Story:
    heading: Sentence
    paragraphs: tuple[tuple[Sentence, ...], ...]


NOUNS = [noun for topic in sorted(lx.TOPICS) for noun in lx.TOPICS[topic]]  # one pool: a story draws its own few


@dataclass(frozen=True)
class _Cast:
    """Who, where and what a release is about, fixed for the whole release:
    its own organisation, speaker, places, few nouns, adjectives and frames,
    so two releases rarely share a sentence, as two real ones rarely do."""

    org: int
    person: tuple[int, int]
    title: int
    places: tuple[int, ...]
    report: int
    nouns: tuple[int, ...]
    adjectives: tuple[int, ...]
    frames: tuple[str, ...]


def _cast(rng: random.Random) -> _Cast:
    return _Cast(rng.randrange(len(lx.ORG_FIRST) * len(lx.ORG_SECOND)),
                 (rng.randrange(len(lx.FIRST_NAMES)), rng.randrange(len(lx.SURNAMES))),
                 rng.randrange(len(lx.TITLES)), tuple(rng.sample(range(len(lx.PLACES)), 3)),
                 rng.randrange(len(lx.REPORT_WORDS)), tuple(rng.sample(range(len(NOUNS)), 4)),
                 tuple(rng.sample(range(len(lx.ADJECTIVES)), 4)), tuple(rng.sample(PLAIN, 12)))


def _sentence(rng: random.Random, cast: _Cast, frame: str) -> Sentence:
    nouns = rng.sample(cast.nouns, 2)
    year = rng.randint(2004, 2022)
    slots = {
        "org": cast.org, "person": cast.person, "title": cast.title, "report": cast.report,
        "place": rng.choice(cast.places), "place2": rng.choice(cast.places), "n1": nouns[0], "n2": nouns[1],
        "a1": rng.choice(cast.adjectives), "v1": rng.randrange(len(lx.VERBS)),
        "month": rng.randrange(len(lx.MONTHS)), "num": rng.randint(12, 940), "pct": rng.randint(3, 68),
        "small": rng.randint(5, 30), "year": year, "year2": year + rng.randint(2, 6),
    }
    return Sentence(frame, tuple(sorted(slots.items())))


def make_story(rng: random.Random, paragraphs: int) -> Story:
    cast = _cast(rng)
    body = []
    for number in range(paragraphs - 1):
        quoted = number % 5 == 2  # a quotation every few paragraphs, as releases have
        count = rng.randint(1, 3)
        frames = ([rng.choice(QUOTES)] if quoted else []) + [rng.choice(cast.frames) for _ in range(count - quoted)]
        body.append(tuple(_sentence(rng, cast, f) for f in frames or [rng.choice(cast.frames)]))
    return Story(_sentence(rng, cast, "heading"), tuple(body))


# --- rendering --------------------------------------------------------------

def render(story: Story, language: str) -> str:
    at = lx.LANGUAGES.index(language)
    heading = _fill(lx.HEADING[at], story.heading, at)
    paragraphs = [" ".join(_fill(_frame(s.frame, at), s, at) for s in p) for p in story.paragraphs]
    return "\n\n".join([heading, *paragraphs]) + "\n"


def _frame(name: str, at: int) -> str:
    if name.startswith("reported:"):
        _, opener, clause = name.split(":")
        return f"{lx.OPENERS[int(opener)][at]} {lx.CLAUSES[int(clause)][at]}."
    return lx.AGENCY[name][at] if name in lx.AGENCY else lx.FRAMES[name][at]


def _fill(template: str, sentence: Sentence, at: int) -> str:
    slots = dict(sentence.slots)
    russian = lx.LANGUAGES[at] == "ru"
    name = lambda text: lx.cyrillic(text) if russian else text  # noqa: E731 - one-line spelling rule
    first, last = slots["person"]
    words = {
        "org": lx.organisation(slots["org"]), "person": name(f"{lx.FIRST_NAMES[first]} {lx.SURNAMES[last]}"),
        "title": lx.TITLES[slots["title"]][at], "report": lx.REPORT_WORDS[slots["report"]][at],
        "place": name(lx.PLACES[slots["place"]]), "place2": name(lx.PLACES[slots["place2"]]),
        "n1": NOUNS[slots["n1"]][at], "n2": NOUNS[slots["n2"]][at],
        "a1": lx.ADJECTIVES[slots["a1"]][at], "v1": lx.VERBS[slots["v1"]][at], "month": lx.MONTHS[slots["month"]][at],
        "agency": lx.AGENCIES[slots.get("agency", 0)], "weekday": lx.WEEKDAYS[slots.get("weekday", 0)][at],
    }
    words.update({k: str(slots[k]) for k in ("num", "pct", "small", "year", "year2")})
    text = template.format(**words)
    return text[0].upper() + text[1:]


# --- edits, as the fixtures make them ------------------------------------------

def omit(story: Story, rng: random.Random) -> Story:
    if len(story.paragraphs) < 4:
        return story
    gone = rng.randrange(1, len(story.paragraphs))
    return replace(story, paragraphs=story.paragraphs[:gone] + story.paragraphs[gone + 1:])


def move(story: Story, rng: random.Random) -> Story:
    paragraphs = list(story.paragraphs)
    moved = paragraphs.pop(rng.randrange(len(paragraphs)))
    paragraphs.insert(rng.randrange(len(paragraphs) + 1), moved)
    return replace(story, paragraphs=tuple(paragraphs))


def merge(story: Story, rng: random.Random) -> Story:
    at = rng.randrange(len(story.paragraphs) - 1)
    joined = story.paragraphs[at] + story.paragraphs[at + 1]
    return replace(story, paragraphs=story.paragraphs[:at] + (joined,) + story.paragraphs[at + 2:])


def split(story: Story, rng: random.Random) -> Story:
    long = [i for i, p in enumerate(story.paragraphs) if len(p) >= 2]
    if not long:
        return story
    at = rng.choice(long)
    p = story.paragraphs[at]
    return replace(story, paragraphs=story.paragraphs[:at] + (p[:1], p[1:]) + story.paragraphs[at + 1:])


def drop_sentence(story: Story, rng: random.Random) -> Story:
    long = [i for i, p in enumerate(story.paragraphs) if len(p) >= 2]
    if not long:
        return story
    at = rng.choice(long)
    p = list(story.paragraphs[at])
    p.pop(rng.randrange(len(p)))
    return replace(story, paragraphs=story.paragraphs[:at] + (tuple(p),) + story.paragraphs[at + 1:])


def _change_slot(story: Story, rng: random.Random, slot: str, new) -> Story:
    spots = [(i, j) for i, p in enumerate(story.paragraphs) for j, s in enumerate(p)
             if s.frame not in lx.AGENCY and "{" + slot + "}" in _frame(s.frame, 0)]
    if not spots:
        return story
    i, j = rng.choice(spots)
    p = list(story.paragraphs[i])
    p[j] = p[j].with_slot(slot, new(p[j].get(slot)))
    return replace(story, paragraphs=story.paragraphs[:i] + (tuple(p),) + story.paragraphs[i + 1:])


def change_number(story: Story, rng: random.Random) -> Story:
    return _change_slot(story, rng, "num", lambda n: n + rng.choice((-10, -5, 5, 10, 100)))


def change_year(story: Story, rng: random.Random) -> Story:
    return _change_slot(story, rng, "year", lambda y: y + rng.choice((-1, 1)))


def change_title(story: Story, rng: random.Random) -> Story:
    """A wrong job title: every quotation of the release's speaker gets it."""
    spots = [s for p in story.paragraphs for s in p if s.frame == "quote"]
    if not spots:
        return story
    wrong = (spots[0].get("title") + rng.randint(1, len(lx.TITLES) - 1)) % len(lx.TITLES)
    return replace(story, paragraphs=tuple(tuple(s.with_slot("title", wrong) if s.frame == "quote" else s for s in p)
                                           for p in story.paragraphs))


def reword(story: Story, rng: random.Random) -> Story:
    return _change_slot(story, rng, "a1", lambda a: (a + rng.randint(1, len(lx.ADJECTIVES) - 1)) % len(lx.ADJECTIVES))



def add_agency(story: Story, rng: random.Random) -> Story:
    """An agency's own lead on top and a line about the organisation below."""
    base = story.paragraphs[0][0]
    if base.frame == "lead":
        return story  # an agency adds its lead once
    extra = dict(base.slots, agency=rng.randrange(len(lx.AGENCIES)), weekday=rng.randrange(len(lx.WEEKDAYS)))
    lead = Sentence("lead", tuple(sorted(extra.items())))
    about = Sentence("about", tuple(sorted(extra.items())))
    return replace(story, paragraphs=((lead,),) + story.paragraphs + ((about,),))


EDITS = (omit, move, merge, split, drop_sentence, change_number, change_year, change_title, reword, add_agency)
DRIFTING = (change_number, change_year, change_title)  # the edits a reader would call a change of meaning


def derive(story: Story, rng: random.Random, edits: int) -> Story:
    for _ in range(edits):
        story = rng.choice(EDITS)(story, rng)
    return story


def excerpt(story: Story, rng: random.Random, other: Story, keep: int = 4) -> Story:
    """A longer story that quotes a few of the release's paragraphs."""
    start = rng.randrange(max(1, len(story.paragraphs) - keep))
    quoted = story.paragraphs[start:start + keep]
    mixed = list(other.paragraphs)
    at = rng.randrange(1, len(mixed))
    return replace(other, paragraphs=tuple(mixed[:at]) + quoted + tuple(mixed[at:]))
