"""Matching articles to releases on the fixtures: two releases (the sea-wall
release and a feature on a fishing village), articles that derive from them
in English, German and Russian, and one on the same topic that derives from
neither."""
from __future__ import annotations

import os
import shutil

import pytest

from desktop.engine.api import example_paths, load_document
from desktop.engine.match.candidates import MEANING, SHINGLES, find_candidates
from desktop.engine.match.index import ShingleIndex
from desktop.engine.match.run import match_paths
from desktop.engine.match.shingles import shingles
from tests.conftest import FIXTURES

RELEASE, FEATURE = example_paths()[0], str(FIXTURES / "seawall-feature.txt")
DERIVED_FROM_RELEASE = ["press-release-rewrite.txt", "press-release.de.txt", "press-release.ru.txt",
                        "seawall-agency.txt", "2026-03-04-daily.txt"]
DERIVED_FROM_FEATURE = ["unrelated.ru.txt"]  # a Russian version of the feature


@pytest.fixture(scope="module")
def folders(tmp_path_factory):
    root = tmp_path_factory.mktemp("match")
    releases, articles = root / "releases", root / "articles"
    releases.mkdir()
    articles.mkdir()
    for path in (RELEASE, FEATURE):
        shutil.copy(path, releases)
    for path in (example_paths()[1], FIXTURES / "translations" / "press-release.de.txt",
                 FIXTURES / "translations" / "press-release.ru.txt", FIXTURES / "seawall-agency.txt",
                 FIXTURES / "versions" / "2026-03-04-daily.txt", FIXTURES / "translations" / "unrelated.ru.txt"):
        shutil.copy(path, articles)
    (articles / "bridges.txt").write_text(
        "City engineers close an old bridge over the river\n\nThe stone bridge over the river Aa was closed "
        "to traffic on Monday after engineers found cracks in two of its arches, the city council said.\n\n"
        "Repairs will take at least eight months and cost about 3.4 million euros.\n", encoding="utf-8")
    return releases, articles


@pytest.fixture(scope="module")
def result(folders):
    releases, articles = folders
    return match_paths([str(releases)], [str(articles)], everything=True)


def _pairs(rows):
    return {(os.path.basename(r.article), os.path.basename(r.release)) for r in rows}


def test_every_derivation_is_found_and_confirmed(result):
    expected = {(a, "press-release.txt") for a in DERIVED_FROM_RELEASE} | {
        (a, "seawall-feature.txt") for a in DERIVED_FROM_FEATURE}
    assert _pairs(result.confirmed) == expected
    assert [os.path.basename(a) for a in result.unmatched] == ["bridges.txt"]


def test_across_languages_the_encoder_finds_the_candidates(result):
    found_by = {(os.path.basename(r.article)): r.found_by for r in result.confirmed}
    assert found_by["press-release.ru.txt"] == MEANING and found_by["unrelated.ru.txt"] == MEANING
    assert found_by["press-release-rewrite.txt"] == SHINGLES


def test_the_table_says_retained_share_and_drift(result):
    daily = next(r for r in result.confirmed if r.article.endswith("2026-03-04-daily.txt"))
    assert daily.retained > 0.9 and daily.drift_count("error") == 1
    assert result.articles == 7 and result.releases == 2 and result.computed == result.candidates


def test_a_shared_topic_is_not_a_shared_text():
    """The feature and the release are both about sea defences; they share
    vocabulary, not passages, so the index offers no pair."""
    index = ShingleIndex([shingles(load_document(RELEASE))])
    assert index.query(shingles(load_document(FEATURE))) == []
    assert index.query(shingles(load_document(str(FIXTURES / "seawall-agency.txt"))))


def test_candidates_grow_with_what_is_shared_not_with_the_product():
    release = load_document(RELEASE)
    unrelated = [load_document(FEATURE)] * 40
    candidates = find_candidates([release], [load_document(example_paths()[1])] + unrelated)
    assert [(c.release, c.article) for c in candidates] == [(0, 0)]


def test_an_unreadable_article_is_said_and_the_others_are_matched(folders, tmp_path):
    releases, articles = folders
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"\x00\x01\x02\x03" * 300)
    result = match_paths([str(releases)], [str(articles), str(broken)])
    assert [p for p, _ in result.troubles] == [str(broken)]
    assert len(result.confirmed) == len(DERIVED_FROM_RELEASE) + len(DERIVED_FROM_FEATURE)


def test_minhash_index_finds_the_close_rewrites(folders):
    pytest.importorskip("datasketch")
    releases, articles = folders
    result = match_paths([str(releases)], [str(articles)], index="minhash")
    assert ("2026-03-04-daily.txt", "press-release.txt") in _pairs(result.confirmed)
