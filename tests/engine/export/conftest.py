"""A reviewed comparison of the example, shared by the export tests."""
import pytest

from desktop.engine.api import compare_files, example_paths
from desktop.engine.review import Decision, Review, review_items


@pytest.fixture(scope="package")
def comparison():
    return compare_files(*example_paths())


@pytest.fixture(scope="package")
def review(comparison):
    items = review_items(comparison)
    drift = next(i for i in items if i.is_drift)
    return (Review()
            .with_decision(Decision(items[0].id, "flagged", 'Headline <script>alert("x")</script> & «quotes»'))
            .with_decision(Decision(drift.id, "queried", "Is the date right?")))
