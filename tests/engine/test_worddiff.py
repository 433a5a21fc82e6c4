import pytest

from desktop.engine.model import Options
from desktop.engine.worddiff import diff_words


def _check_spans(left, right, diff):
    texts_l, texts_r = dict(left), dict(right)
    for change in diff.changes:
        if change.left_text:
            a, b = change.left_span
            assert texts_l[change.left_paragraph][a:b] == change.left_text
        if change.right_text:
            a, b = change.right_span
            assert texts_r[change.right_paragraph][a:b] == change.right_text


def test_identical_after_normalisation_has_no_changes():
    left = [(0, "“Less equal”, said the director — today.")]
    right = [(4, '"Less  equal", said the director - today.')]
    diff = diff_words(left, right, Options())
    assert diff.identical and diff.changes == () and diff.similarity == 1.0


def test_insert_delete_replace_with_spans():
    left = [(0, "The 46 engineers found cracks in the old walls of the harbour.")]
    right = [(1, "The 48 engineers found deep cracks in the walls of the harbour.")]
    diff = diff_words(left, right, Options())
    ops = [(c.op, c.left_text, c.right_text) for c in diff.changes]
    assert ("replace", "46", "48") in ops
    assert ("insert", "", "deep") in ops
    assert ("delete", "old", "") in ops
    _check_spans(left, right, diff)
    assert 0.7 < diff.similarity < 1.0


def test_semantic_cleanup_makes_one_change_of_a_rewritten_clause():
    left = [(0, "Local councils told the agency that they must now choose between repairs and schools.")]
    right = [(0, "Local councils said they may soon have to pick between repairs and schools.")]
    diff = diff_words(left, right, Options())
    assert 1 <= len(diff.changes) <= 3
    _check_spans(left, right, diff)


def test_changes_across_paragraphs_of_a_split_group():
    left = [(3, "First sentence stays. Second sentence moves away.")]
    right = [(5, "First sentence stays."), (9, "Second sentence moves far away.")]
    diff = diff_words(left, right, Options())
    assert [(c.op, c.right_text, c.right_paragraph) for c in diff.changes] == [("insert", "far", 9)]
    _check_spans(left, right, diff)


@pytest.mark.parametrize("options,left,right", [
    (Options(ignore_case=True), "The Report was Published.", "the report was published."),
    (Options(ignore_punctuation=True), "Yes, the report; was published!", "Yes the report was published"),
])
def test_ignore_options(options, left, right):
    assert diff_words([(0, left)], [(0, right)], options).identical
    assert not diff_words([(0, left)], [(0, right)], Options()).identical
