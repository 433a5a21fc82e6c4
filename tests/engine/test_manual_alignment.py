"""A reviewer's corrections win over what the aligner infers."""
from desktop.engine.api import compare_documents, example_paths, load_document
from desktop.engine.model import ManualAlignment


def _example():
    left, right = example_paths()
    return load_document(left), load_document(right)


def test_manual_link_makes_the_group_given():
    left, right = _example()
    # The volunteers paragraph (omitted) linked by hand to the closing paragraph.
    comparison = compare_documents(left, right, manual=ManualAlignment(links=(((7,), (9,)),)))
    group = comparison.group_of_left(7)
    assert group.left == (7,) and group.right == (9,)


def test_unlink_separates_a_pair():
    left, right = _example()
    before = compare_documents(left, right).group_of_left(6)
    assert before.right == (6,)
    after = compare_documents(left, right, manual=ManualAlignment(unlinks=((6, 6),)))
    assert 6 not in after.group_of_left(6).right


def test_marking_a_pair_moved():
    left, right = _example()
    comparison = compare_documents(left, right, manual=ManualAlignment(moved=(5,)))
    assert comparison.group_of_left(5).moved and comparison.group_of_left(5).status == "moved"
