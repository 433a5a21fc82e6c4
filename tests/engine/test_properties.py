"""Hostile and random input, generated: the loaders, the segmenter, the
aligner and the word diff never crash, never hang, and keep their promises
(every paragraph in one group; spans that quote what they point at)."""
from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.engine.api import compare_documents, document_from_text
from desktop.engine.errors import InputError
from desktop.engine.model import Options
from desktop.engine.segment import segment
from desktop.engine.textload import decode
from desktop.engine.worddiff import diff_words

HOSTILE_CHARS = st.sampled_from(
    list("abc xyz.,;:!?\"'“”‘’«»—–-\n\n\r\t\f") +
    ["\u200b", "\u200f", "\u202e", "\u00ad", "\ufeff", "\x00", "\x07", "ש", "م", "я", "ß", "ﬁ", "😀", "\u0301"])
TEXT = st.text(HOSTILE_CHARS, max_size=400) | st.text(max_size=300)
WORDS = st.lists(st.sampled_from(
    "the sea walls harbour towns 14 2016 Jensen said “quoted” report storm flood repairs "
    "не дамбы Bericht — . , ! ?".split()), max_size=40).map(" ".join)
RUN = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@RUN
@given(st.binary(max_size=2000))
def test_decode_never_crashes(data):
    try:
        decoded = decode(data, "random.txt")
    except InputError as error:
        assert str(error).startswith("random.txt: ")
    else:
        assert isinstance(decoded.text, str)


@RUN
@given(TEXT)
def test_segment_keeps_ids_lines_and_text(text):
    paragraphs = segment(text)
    assert [p.id for p in paragraphs] == list(range(len(paragraphs)))
    for p in paragraphs:
        assert p.text.strip() and 1 <= p.line <= p.end_line
    for mode in ("lines",):
        assert all(u.text for u in segment(text, mode))


def _documents(left: str, right: str):
    try:
        return document_from_text(left, language="en"), document_from_text(right, language="en")
    except InputError:
        return None


@RUN
@given(st.lists(WORDS, min_size=1, max_size=8), st.lists(WORDS, min_size=1, max_size=8))
def test_alignment_partitions_both_documents(left_paragraphs, right_paragraphs):
    documents = _documents("\n\n".join(left_paragraphs), "\n\n".join(right_paragraphs))
    if documents is None:
        return
    comparison = compare_documents(*documents)
    for side, document in (("left", comparison.left), ("right", comparison.right)):
        ids = sorted(i for g in comparison.groups for i in getattr(g, side))
        assert ids == list(range(len(document.paragraphs)))
    for group in comparison.groups:
        for item in group.drift:
            for span, pid, doc in ((item.left_span, item.left_paragraph, comparison.left),
                                   (item.right_span, item.right_paragraph, comparison.right)):
                if span is not None:
                    assert 0 <= span[0] <= span[1] <= len(doc.paragraphs[pid].text)


@RUN
@given(TEXT, TEXT, st.booleans(), st.booleans())
def test_word_diff_spans_quote_their_text(left, right, ignore_case, ignore_punctuation):
    options = Options(ignore_case=ignore_case, ignore_punctuation=ignore_punctuation)
    diff = diff_words([(0, left)], [(0, right)], options)
    for change in diff.changes:
        if change.left_text:
            assert left[slice(*change.left_span)] == change.left_text
        if change.right_text:
            assert right[slice(*change.right_span)] == change.right_text
    assert 0.0 <= diff.similarity <= 1.0


def test_megabytes_without_a_newline_finish_in_time():
    line = ("word " * 250_000).strip()  # 1.25 MB, one line
    started = time.perf_counter()
    documents = _documents(line, line + " extra")
    comparison = compare_documents(*documents, options=Options(time_budget=10))
    assert time.perf_counter() - started < 60
    assert len(comparison.groups) == 1
