"""Comparisons built by hand, so the views can be tested without the engine's
comparison (and with drift, which the engine does not report yet)."""
from __future__ import annotations

from desktop.engine.api import document_from_text, example_paths, load_document
from desktop.engine.model import Change, Comparison, Drift, Group, Options, Summary


def _span(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


def _replace(left, right, lp: int, rp: int, old: str, new: str) -> Change:
    lt, rt = left.paragraphs[lp].text, right.paragraphs[rp].text
    return Change("replace", lp, rp, _span(lt, old), _span(rt, new), old, new)


def example_comparison(options: Options = Options()) -> Comparison:
    """The built-in example, aligned as a person would align it, with every
    kind of difference: edits, a split, a merge that moved, omissions, an
    addition and drift of each severity."""
    left_path, right_path = example_paths()
    left, right = load_document(left_path), load_document(right_path)
    date = _replace(left, right, 6, 6, "2022", "2023")
    title = Drift("title_changed", "error", "The speaker's job title changed.",
                  "Director of Research", "head of campaigns", 3, 4,
                  _span(left.paragraphs[3].text, "Director of Research"),
                  _span(right.paragraphs[4].text, "head of campaigns"))
    groups = (
        Group(0, (0,), (0,), "rewritten", 0.35, "rewritten"),
        Group(1, (1,), (1,), "rewritten", 0.45, "rewritten",
              changes=(_replace(left, right, 1, 1, "14", "Fourteen"),),
              drift=(Drift("number_changed", "note", "14 is written as a word: Fourteen.", "14", "Fourteen",
                           1, 1, _span(left.paragraphs[1].text, "14"), _span(right.paragraphs[1].text, "Fourteen")),)),
        Group(2, (2,), (3,), "edited", 0.8, "edited",
              changes=(Change("insert", 2, 3, (0, 0), _span(right.paragraphs[3].text, "The 48-page report, "),
                              "", "The 48-page report, "),
                       Change("delete", 2, 3, _span(left.paragraphs[2].text, "In all three countries"), (0, 0),
                              "In all three countries", ""))),
        Group(3, (3,), (4, 7), "edited", 0.7, "edited", drift=(title,)),
        Group(4, (4,), (), "omitted", 0.0, ""),
        Group(5, (5,), (5,), "edited", 0.9, "edited",
              changes=(_replace(left, right, 5, 5, "must now", "may soon have to"),)),
        Group(6, (6,), (6,), "edited", 0.95, "edited", changes=(date,),
              drift=(Drift("date_changed", "warning", "The date changed from 2022 to 2023.", "2022", "2023",
                           6, 6, date.left_span, date.right_span),)),
        Group(7, (7,), (), "omitted", 0.0, ""),
        Group(8, (8, 9), (2,), "moved", 0.9, "edited", moved=True),
        Group(9, (10,), (8,), "edited", 0.9, "edited"),
        Group(10, (), (9,), "added", 0.0, ""),
    )
    summary = Summary(left_words=250, right_words=220, retained=0.78, omitted=0.22, added=0.08,
                      counts={"rewritten": 2, "edited": 5, "omitted": 2, "moved": 1, "added": 1},
                      moved=1, splits=1, merges=1, changes=5,
                      drift={"severity:error": 1, "severity:warning": 1, "severity:note": 1,
                             "kind:title_changed": 1, "kind:date_changed": 1, "kind:number_changed": 1})
    return Comparison(left, right, options, True, 0.82, groups, summary)


PLAIN_PARAGRAPHS = (
    "The harbour wall was built long ago and it still stands.",
    "Something only in the original was left out entirely here.",
    "The town council met on a quiet evening to talk about the future.",
    "The people of the town walked along the shore every morning.",
)


def plain_comparison(**summary) -> Comparison:
    """Identical plain paragraphs (no numbers, names or dates) on both sides,
    except the second, which the other version omits: the omitted slot is
    painted on the right before the unchanged paragraphs below it."""
    left = document_from_text("\n\n".join(PLAIN_PARAGRAPHS), name="left.txt", language="en")
    right = document_from_text("\n\n".join(PLAIN_PARAGRAPHS[:1] + PLAIN_PARAGRAPHS[2:]), name="right.txt",
                               language="en")
    groups = (
        Group(0, (0,), (0,), "unchanged", 1.0, "unchanged"),
        Group(1, (1,), (), "omitted", 0.0, ""),
        Group(2, (2,), (1,), "unchanged", 1.0, "unchanged"),
        Group(3, (3,), (2,), "unchanged", 1.0, "unchanged"),
    )
    values = dict(left_words=44, right_words=33, retained=0.75, omitted=0.25, added=0.0,
                  counts={"unchanged": 3, "omitted": 1})
    values.update(summary)
    return Comparison(left, right, Options(), True, 0.9, groups, Summary(**values))


def unrelated_comparison() -> Comparison:
    """Two documents with nothing in common: every paragraph omitted or added."""
    left = document_from_text("\n\n".join(f"Flood defences paragraph {n}." for n in range(3)), name="a.txt",
                              language="en")
    right = document_from_text("\n\n".join(f"Football results paragraph {n}." for n in range(5)), name="b.txt",
                               language="en")
    groups = tuple(Group(i, (i,), (), "omitted", 0.0, "") for i in range(3)) + tuple(
        Group(3 + i, (), (i,), "added", 0.0, "") for i in range(5))
    summary = Summary(9, 15, 0.0, 1.0, 1.0, {"omitted": 3, "added": 5})
    return Comparison(left, right, Options(), False, 0.0, groups, summary)


def show(window, qtbot, comparison):
    """Put ``comparison`` in ``window`` as if it had just been computed, and
    wait until its view is laid out."""
    window.session.paths = [comparison.left.path, comparison.right.path]
    window.session.comparison = comparison
    window._show_comparison(comparison)
    qtbot.waitUntil(lambda: not window.page.view.measuring(), timeout=5000)
    return window.page.view
