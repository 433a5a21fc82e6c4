"""Lines in reading order with what paragraph finding needs to know about
them: page, the block they sit in, the block's alignment, and the
document's usual type size and line spacing."""
from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass

from .layout_types import Block, Line, PageLayout
from .words import clean_line


@dataclass
class BlockShape:
    left: float
    right: float
    left_aligned: bool  # most lines start at the left edge
    justified: bool  # most lines (the last aside) reach the right edge
    lines: int


@dataclass
class Placed:
    line: Line
    text: str  # cleaned
    page: int
    block: int  # document-wide block number
    shape: BlockShape
    number: int  # 1-based running line number
    furniture: bool


@dataclass
class TypeStyle:
    body_size: float
    body_bold: bool
    leading: float  # usual baseline-to-baseline step of body text, in points


def place_lines(pages: list[PageLayout], furniture: set[int]) -> list[Placed]:
    placed: list[Placed] = []
    block_number = 0
    for page in pages:
        for block in _furniture_at_edges(page, furniture):
            shape = block_shape(block)
            for line in block.lines:
                text = clean_line(line.text)
                if text:
                    placed.append(Placed(line, text, page.number, block_number, shape,
                                         len(placed) + 1, id(line) in furniture))
            block_number += 1
    return placed


def _furniture_at_edges(page: PageLayout, furniture: set[int]) -> list[Block]:
    """Blocks in reading order, but a header read first and a footer last
    (reading order alone may put a corner page number beside a column), and
    text set aside (turned, off the page) after everything."""
    def place(block: Block) -> int:
        if block.lines[0].aside:
            return 3
        if not all(id(line) in furniture for line in block.lines):
            return 1
        return 0 if block.top > page.height / 2 else 2

    return sorted(page.blocks, key=place)


def block_shape(block: Block) -> BlockShape:
    lines = block.lines
    left, right = block.x0, block.x1
    size = statistics.median(line.size for line in lines)
    at_left = sum(1 for line in lines if line.x0 <= left + 0.3 * size)
    body = lines[:-1]
    at_right = sum(1 for line in body if line.x1 >= right - 0.6 * size)
    justified = len(lines) >= 3 and at_right >= 0.6 * len(body)
    return BlockShape(left, right, at_left >= 0.6 * len(lines), justified, len(lines))


def type_style(placed: list[Placed]) -> TypeStyle:
    sizes: Counter[float] = Counter()
    bold_chars = chars = 0
    for item in placed:
        if item.furniture:
            continue
        n = len(item.text)
        sizes[round(item.line.size * 2) / 2] += n
        chars += n
        bold_chars += n if item.line.bold else 0
    body_size = sizes.most_common(1)[0][0] if sizes else 10.0
    return TypeStyle(body_size, bold_chars > 0.5 * max(chars, 1), _leading(placed, body_size))


def _leading(placed: list[Placed], body_size: float) -> float:
    steps = []
    for before, after in zip(placed, placed[1:]):
        if before.block != after.block or before.furniture or after.furniture:
            continue
        if abs(before.line.size - body_size) > 0.1 * body_size:
            continue
        step = before.line.baseline - after.line.baseline
        if 0.8 * body_size <= step <= 2.5 * body_size:
            steps.append(step)
    return statistics.median(steps) if steps else 1.2 * body_size
