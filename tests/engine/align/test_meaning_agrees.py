"""A rewrite in the same language, reworded so far that words alone go
astray: the second paragraph shares more words with a paragraph that says
something else ("national authorities") than with its own rewrite, and the
linker joins it, beside the lead, to the wrong one. Two paragraphs that are
each other's best match in meaning and share words as well are linked
first, where the anchors' order leaves room for them."""
from __future__ import annotations

import pytest

from desktop.engine import encoder
from desktop.engine.api import compare_documents, document_from_text

pytestmark = pytest.mark.skipif(not encoder.available(), reason="the sentence encoder is not installed")

ORIGINAL = (
    "Men held in the northern province simply for their beliefs must be released at once and their abuse ended, "
    "UN experts said on Friday.\n\n"
    "The experts are also calling on the national authorities to firmly condemn all hateful statements, which "
    "incite violence.\n\n"
    "“We are one storm away from disaster in several of these towns,” said Anna Berg, the director of the group.\n\n"
    "The report found that one in three of the 212 sea walls it inspected needs urgent repair.")
REWRITE = (
    "Five UN experts urged officials in the northern province to stop persecuting detained believers and end "
    "their abuse, according to a statement on their website.\n\n"
    "Representatives of the group also called on the national authorities to release at once all the men held.\n\n"
    "The UN has urged the government to resolutely condemn hateful remarks, which incite violence, and to open "
    "an independent inquiry into every report of such crimes.\n\n"
    "“We are one storm away from disaster in several of these towns,” said Anna Berg, the director of the group.\n\n"
    "The report found that one in three of the 212 sea walls it inspected needs urgent repair.")


def test_paragraphs_that_meaning_and_words_both_pair_are_linked():
    comparison = compare_documents(document_from_text(ORIGINAL, name="a.txt", language="en"),
                                   document_from_text(REWRITE, name="b.txt", language="en"))
    right_of = {i: g.right for g in comparison.groups for i in g.left}
    assert 0 in right_of[0]  # the lead and its rewrite
    assert 2 in right_of[1]  # "condemn all hateful statements" and "condemn hateful remarks"
    assert right_of[2] == (3,) and right_of[3] == (4,)


def test_no_encoder_pass_for_a_language_it_does_not_know():
    from desktop.engine.align.pipeline import plan

    assert plan("en", "en").meaning_agrees == encoder.available()
    assert not plan("sv", "sv").meaning_agrees
    assert not plan("und", "und").meaning_agrees


def test_meaning_is_not_read_when_words_settle_everything(monkeypatch):
    from desktop.engine.align import pipeline

    def refuse(*args):
        raise AssertionError("the encoder was asked")

    monkeypatch.setattr(pipeline, "mutual_meaning", refuse)
    edited = ORIGINAL.replace("on Friday", "on Thursday")
    comparison = compare_documents(document_from_text(ORIGINAL, name="a.txt", language="en"),
                                   document_from_text(edited, name="b.txt", language="en"))
    assert [(g.left, g.right) for g in comparison.groups] == [((0,), (0,)), ((1,), (1,)), ((2,), (2,)), ((3,), (3,))]
