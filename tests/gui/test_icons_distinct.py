"""Next and previous drift have icons told apart at a glance: the arrows
are not a corner detail but half the picture, pointing down and up like
next and previous change."""
from __future__ import annotations

from desktop.gui import icons


def ink(name: str, size: int = 24) -> set[tuple[int, int]]:
    image = icons.pixmap(name, "#000000", size).toImage()
    return {(x, y) for x in range(image.width()) for y in range(image.height()) if image.pixelColor(x, y).alpha() > 100}


def test_next_and_previous_drift_differ_in_much_of_their_ink(qapp):
    nxt, prev = ink("next-drift"), ink("prev-drift")
    differing = len(nxt ^ prev)
    assert differing >= 0.5 * min(len(nxt), len(prev)), differing  # before: 32 of about 140


def test_drift_arrows_point_like_the_change_arrows(qapp):
    """The arrow half of each drift icon matches the change icon's direction:
    its ink sits low for next (↓ head at the bottom), high for previous."""
    def arrow_head_row(name):
        right_half = [(x, y) for x, y in ink(name) if x >= 17]
        widest = max(range(24), key=lambda y: sum(1 for x, yy in right_half if yy == y))
        return widest

    assert arrow_head_row("next-drift") > 12 > arrow_head_row("prev-drift")
