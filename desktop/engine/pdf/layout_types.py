"""What page analysis hands on: plain, picklable records (they cross the
process boundary), coordinates in points with y upwards from the page bottom."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Line:
    text: str
    x0: float
    x1: float
    baseline: float
    size: float
    bold: bool
    aside: bool = False  # off the page or in another direction: kept as boilerplate

    @property
    def top(self) -> float:
        return self.baseline + 0.8 * self.size

    @property
    def bottom(self) -> float:
        return self.baseline - 0.25 * self.size


@dataclass
class Block:
    """Lines that belong together on the page (a column stretch, a heading, a
    text box), top to bottom."""

    lines: list[Line] = field(default_factory=list)

    @property
    def x0(self) -> float:
        return min(line.x0 for line in self.lines)

    @property
    def x1(self) -> float:
        return max(line.x1 for line in self.lines)

    @property
    def top(self) -> float:
        return max(line.top for line in self.lines)

    @property
    def bottom(self) -> float:
        return min(line.bottom for line in self.lines)


@dataclass
class PageLayout:
    number: int  # 1-based
    width: float
    height: float
    blocks: list[Block] = field(default_factory=list)  # in reading order
    image_cover: float = 0.0  # the share of the page its largest image covers (a scan: all)
    undefined_chars: int = 0
    chars: int = 0
