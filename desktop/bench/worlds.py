"""The benchmark's generated worlds, written to a folder: one release and its
many versions (with dates in the file names, some versions copied from
earlier ones so that their changes recur), and a news feed of articles
against releases with the true derivations known."""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from . import newsgen as ng
from .lexicon import LANGUAGES

OTHER_LANGUAGES = tuple(lang for lang in LANGUAGES if lang != "en")


@dataclass
class VersionsWorld:
    original: Path
    versions: list[Path]
    recurring: int  # changes of meaning planted in one version and copied into later ones


def write_versions(folder: Path, count: int = 50, paragraphs: int = 30, seed: int = 15) -> VersionsWorld:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    release = ng.make_story(rng, paragraphs)
    original = folder / "release.txt"
    original.write_text(ng.render(release, "en"), encoding="utf-8")
    made: list[tuple[ng.Story, frozenset]] = []  # each version's story and the drifting edits it carries
    paths = []
    for k in range(count):
        parent, carried = (release, frozenset()) if k < 5 or rng.random() < 0.4 else rng.choice(made)
        story, planted = parent, set(carried)
        for _ in range(rng.randint(1, 3)):
            edit = rng.choice(ng.EDITS)
            story = edit(story, rng)
            if edit in ng.DRIFTING:
                planted.add((k, len(planted)))
        made.append((story, frozenset(planted)))
        language = "en" if rng.random() < 0.7 else rng.choice(OTHER_LANGUAGES)
        day = date(2026, 3, 2) + timedelta(days=k // 5)
        path = folder / f"{day.isoformat()}-outlet{k + 1:02d}.{language}.txt"
        path.write_text(ng.render(story, language), encoding="utf-8")
        paths.append(path)
    seen: dict = {}
    for _, planted in made:
        for edit in planted:
            seen[edit] = seen.get(edit, 0) + 1
    return VersionsWorld(original, paths, sum(1 for n in seen.values() if n >= 2))


@dataclass
class MatchWorld:
    releases: list[Path]
    articles: list[Path]
    truth: dict = field(default_factory=dict)  # article path -> release path it derives from (absent: none)


def write_match_world(folder: Path, releases: int = 100, articles: int = 1000, paragraphs: int = 14,
                      seed: int = 7, derived_share: float = 0.7) -> MatchWorld:
    rng = random.Random(seed)
    (folder / "releases").mkdir(parents=True, exist_ok=True)
    (folder / "articles").mkdir(parents=True, exist_ok=True)
    world = MatchWorld([], [])
    stories = []
    for number in range(releases):
        language = "en" if rng.random() < 0.85 else rng.choice(OTHER_LANGUAGES)
        story = ng.make_story(rng, paragraphs)
        path = folder / "releases" / f"release{number:03d}.{language}.txt"
        path.write_text(ng.render(story, language), encoding="utf-8")
        stories.append((story, language))
        world.releases.append(path)
    for number in range(articles):
        source = rng.randrange(releases) if rng.random() < derived_share else None
        story, language = _article(rng, stories[source] if source is not None else None, paragraphs)
        path = folder / "articles" / f"article{number:04d}.{language}.txt"
        path.write_text(ng.render(story, language), encoding="utf-8")
        world.articles.append(path)
        if source is not None:
            world.truth[path] = world.releases[source]
    return world


def _article(rng: random.Random, source, paragraphs: int) -> tuple[ng.Story, str]:
    if source is None:  # news of its own, on one of the same topics
        return ng.make_story(rng, paragraphs), "en" if rng.random() < 0.6 else rng.choice(OTHER_LANGUAGES)
    story, language = source
    if rng.random() < 0.25:  # a translation
        language = rng.choice([lang for lang in LANGUAGES if lang != language])
    if rng.random() < 0.1:  # a longer story quoting a few paragraphs of the release
        return ng.excerpt(story, rng, ng.make_story(rng, paragraphs + 4)), language
    return ng.derive(story, rng, rng.randint(1, 4)), language
