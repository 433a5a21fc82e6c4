"""The web page benchmark's floor: on the pages written for it, Tandem's
reader finds every article unit in order and lets in at most one piece of
furniture, and finds more than trafilatura alone (which drops headlines,
standfirsts and captions)."""
from desktop.bench import html_rows
from desktop.bench.webpages import pages


def test_tandem_finds_every_article_unit_in_order():
    total = html_rows.measure(html_rows.tandem)
    assert total["found"] == total["of"] and total["ordered"] == total["pages"] == len(pages())
    assert total["leaked"] <= 1


def test_tandem_finds_more_than_trafilatura_alone():
    assert html_rows.measure(html_rows.tandem)["found"] > html_rows.measure(html_rows.trafilatura_alone)["found"]


def test_the_score_counts_what_is_missing_and_what_leaks():
    page = pages()[0]
    result = html_rows.score(page, [text for _role, text in page.article[:-1]] + ["News", "Donate now"])
    assert result["found"] == len(page.article) - 1 and result["leaked"] == 2 and result["ordered"]
