"""The quality benchmark's scorer, on gold written here: paragraph pairs
(strict and weak links, a headline printed twice) and Vecalign's strict and
lax measures for sentence-aligned pairs."""
from __future__ import annotations

import json

import pytest

from desktop.bench.gold import discover, line_score, paragraph_score
from desktop.bench.quality import report, run_pair


def _paragraph_pair(tmp_path, links, weak=()):
    (tmp_path / "original.txt").write_text(
        "Harbour towns at risk\n\nSea walls are ageing fast.\nRepairs lag behind.\n\n"
        "Budgets fell by 18 percent.\n\nVolunteers walk the walls.\n", encoding="utf-8")
    (tmp_path / "other.txt").write_text(
        "Harbour towns at risk\n\nHarbour towns at risk\n\nThe walls are old and repairs lag.\n\n"
        "Budgets were cut by 18 percent.\n", encoding="utf-8")
    (tmp_path / "gold.json").write_text(json.dumps({"links": links, "weak_links": list(weak)}),
                                        encoding="utf-8")
    return discover([str(tmp_path)])[0]


def test_paragraph_pairs_scored_on_blank_line_blocks(tmp_path):
    pair = _paragraph_pair(tmp_path, [[[0], [0]], [[1], [2]], [[2], [3]]])
    scores = paragraph_score(pair, [((0,), (0,)), ((1,), (2,)), ((3,), (3,))])
    strict = scores["strict"]
    assert (strict.true, strict.predicted, strict.gold) == (2, 3, 3)
    assert strict.precision == pytest.approx(2 / 3) and strict.f1 == pytest.approx(2 / 3)


def test_a_headline_printed_twice_counts_once(tmp_path):
    pair = _paragraph_pair(tmp_path, [[[0], [0]]])
    assert paragraph_score(pair, [((0,), (1,))])["strict"].true == 1


def test_weak_links_leave_the_strict_gold_and_predictions_on_them_are_ignored(tmp_path):
    pair = _paragraph_pair(tmp_path, [[[0], [0]], [[1], [2]]], weak=[0])
    scores = paragraph_score(pair, [((0,), (0,)), ((2,), (3,))])
    assert (scores["strict"].true, scores["strict"].predicted, scores["strict"].gold) == (0, 1, 1)
    assert (scores["all"].true, scores["all"].predicted, scores["all"].gold) == (1, 2, 2)


def test_line_links_strict_and_lax_as_vecalign_scores_them():
    gold = [((0,), (0,)), ((1, 2), (1,)), ((), (2,)), ((3,), (3, 4))]
    test = [((0,), (0,)), ((1,), (1,)), ((2,), ()), ((), (2,)), ((3,), (3,)), ((), (4,))]
    scores = line_score(gold, test)
    # precision over the 6 test links: 2 exact; lax adds (1)->(1) and (3)->(3)
    assert scores["strict"].precision == pytest.approx(2 / 6)
    assert scores["lax"].precision == pytest.approx(4 / 6)
    # recall over the 3 gold links with both sides, against test links with both sides
    assert scores["strict"].recall == pytest.approx(1 / 3)
    assert scores["lax"].recall == pytest.approx(3 / 3)


def test_line_gold_read_from_its_three_files(tmp_path):
    (tmp_path / "doc.de").write_text("Der Berg ist hoch .\nEr misst 8848 m .\n", encoding="utf-8")
    (tmp_path / "doc.fr").write_text("La montagne est haute .\nElle mesure 8848 m .\n", encoding="utf-8")
    (tmp_path / "doc.defr").write_text("[0]:[0]\n[1]:[1]\n", encoding="utf-8")
    (pair,) = discover([str(tmp_path)])
    assert pair.kind == "lines" and pair.links == (((0,), (0,)), ((1,), (1,)))
    result = run_pair(pair)
    assert result.scores["strict"].f1 == 1.0
    table = report([result])
    assert "TOTAL sentence-aligned" in table and "1.000" in table


def test_drift_found_and_false_alarms_against_gold_items():
    from desktop.bench.driftgold import Flag, GoldDrift, score_drift

    gold = [GoldDrift(frozenset({2}), frozenset({1}), "date", "real", "2016 became last year"),
            GoldDrift(frozenset({3}), frozenset({2}), "quotation", "minor", "quote cut"),
            GoldDrift(frozenset({4}), frozenset({3}), "title", "benign", "title reworded")]
    flags = [Flag("number", "warning", "Year 2016 dropped", frozenset({2}), frozenset()),  # a year: date family
             Flag("attribution", "note", "Attribution changed", frozenset({3}), frozenset({2})),
             Flag("title", "warning", "Job title changed", frozenset({4}), frozenset({3})),  # on a benign item
             Flag("name", "error", "Name dropped", frozenset({2}), frozenset())]  # wrong kind there
    score = score_drift(flags, gold)
    assert (score.gold, score.found, score.flags) == (2, 2, 4)
    assert [f.message for f in score.false_alarms] == ["Job title changed", "Name dropped"]
    assert (score.serious_false, score.serious_flags) == (2, 3)


def test_the_gold_items_no_flag_points_at_are_listed_for_a_reader(tmp_path):
    from desktop.bench.driftgold import Flag, GoldDrift, missed_items, score_drift
    from desktop.bench.gold import Score
    from desktop.bench.quality import PairResult, drift_report

    gold = [GoldDrift(frozenset({2}), frozenset({1}), "date", "real", "2016 became last year"),
            GoldDrift(frozenset({3}), frozenset({2}), "title", "minor", "Deputy Director became expert"),
            GoldDrift(frozenset({4}), frozenset({3}), "name", "benign", "spelling of a name")]
    flags = [Flag("number", "warning", "Year 2016 dropped", frozenset({2}), frozenset())]
    score = score_drift(flags, gold)
    assert [g.description for g in missed_items(score)] == ["Deputy Director became expert"]  # benign: not wanted
    result = PairResult(_paragraph_pair(tmp_path, [[[1], [2]]]), "en-de", {"strict": Score(1, 1, 1)}, True, 1.0,
                        0.1, (), score)
    listing = drift_report([result]).split("Gold items no flag points at:\n")[1]
    assert "title (minor; orig [3], other [2]): Deputy Director became expert" in listing
    assert "2016" not in listing


def test_the_drift_report_gives_found_and_false_alarms_per_pair_of_languages(tmp_path):
    from desktop.bench.driftgold import DriftScore, Flag
    from desktop.bench.gold import Score
    from desktop.bench.quality import PairResult, drift_report

    pair = _paragraph_pair(tmp_path, [[[1], [2]]])
    false = Flag("name", "warning", "Name dropped", frozenset({1}), frozenset())

    def result(languages, found, gold, flags, false_alarms):
        drift = DriftScore(gold, found, flags, false_alarms, flags, len(false_alarms), mirrored=flags)
        return PairResult(pair, languages, {"strict": Score(1, 1, 1)}, True, 1.0, 0.1, (), drift)

    table = drift_report([result("en-fr", 2, 3, 4, (false,)), result("en-fr", 1, 1, 2, ()),
                          result("en-ko", 0, 2, 1, (false,))])
    by_language = table[table.index("languages | pairs"):]
    assert "en-fr     | 2     | 3 / 4 (75%)      | 6     | 1 (17%)" in by_language
    assert "en-ko     | 1     | 0 / 2 (0%)       | 1     | 1 (100%)" in by_language
