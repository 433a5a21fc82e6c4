"""Reading order of a page's blocks (T. Breuel's rules, as in OCRopus):
a block comes before another that it overlaps horizontally and sits above;
a block comes before one entirely to its right unless something between
them vertically (a heading spanning both columns) separates the two.
A topological sort of that relation gives column after column, with
headings and boxes that span columns where they belong."""
from __future__ import annotations

from .layout_types import Block

_TOLERANCE = 1.0  # points: touching boxes do not overlap


# The rules compare every pair against every other block (cubic time); a
# page with more blocks than this (a big table, scattered labels) is read
# top to bottom, left to right instead.
_MAX_BLOCKS = 60


def order_blocks(blocks: list[Block]) -> list[Block]:
    blocks = sorted(blocks, key=lambda b: (-b.top, b.x0))
    if len(blocks) < 2 or len(blocks) > _MAX_BLOCKS:
        return blocks
    boxes = _widen_separators([(b.x0, b.x1, b.bottom, b.top, b.lines[0].size) for b in blocks])
    before = _precedence(boxes)
    return [blocks[i] for i in _topological(before, len(blocks))]


def _widen_separators(boxes):
    """A heading over two columns is often short: it covers one column's
    width only. What shows it spans the page is that it stands alone across
    the page, with columns under it or over it. Such a block is given the
    width of the whole text area, so it separates the sections."""
    left, right = min(b[0] for b in boxes), max(b[1] for b in boxes)
    widened = []
    for box in boxes:
        if _alone_across(box, boxes) and (_columns_next_to(box, boxes, below=True)
                                          or _columns_next_to(box, boxes, below=False)):
            box = (left, right, box[2], box[3], box[4])
        widened.append(box)
    return widened


def _alone_across(box, boxes) -> bool:
    return not any(o is not box and o[2] < box[3] and o[3] > box[2] for o in boxes)


def _columns_next_to(box, boxes, below: bool) -> bool:
    """Two or more side-by-side blocks of one type size (columns of text,
    not a column and a box of notes) start just under (or end just over)
    the box."""
    reach = 3 * (box[3] - box[2])
    near = [
        o for o in boxes
        if o is not box and 0 <= ((box[2] - o[3]) if below else (o[2] - box[3])) <= reach
    ]
    return any(
        not _x_overlaps(a, b) and abs(a[4] - b[4]) <= 0.1 * max(a[4], b[4])
        for i, a in enumerate(near) for b in near[i + 1:]
    )


def _precedence(boxes) -> list[list[int]]:
    """``before[j]`` lists the blocks that must be read before block j."""
    n = len(boxes)
    before: list[list[int]] = [[] for _ in range(n)]
    for i, u in enumerate(boxes):
        for j, v in enumerate(boxes):
            if i != j and _precedes(u, v, boxes):
                before[j].append(i)
    return before


def _precedes(u, v, boxes) -> bool:
    if _x_overlaps(u, v):
        return u[3] > v[3]  # u's top is higher
    if u[1] > v[0] + _TOLERANCE:  # u is not left of v
        return False
    return not any(_separates(w, u, v) for w in boxes if w is not u and w is not v)


def _x_overlaps(u, v) -> bool:
    return u[0] < v[1] - _TOLERANCE and u[1] > v[0] + _TOLERANCE


def _separates(w, u, v) -> bool:
    """w lies vertically between u and v and reaches across from u to v."""
    if w[3] < min(u[2], v[2]) or w[2] > max(u[3], v[3]):
        return False
    if not (w[0] < u[1] and w[1] > v[0]):
        return False
    # w must be above one and below the other, not beside both
    return (w[3] <= u[2] + _TOLERANCE or w[2] >= u[3] - _TOLERANCE) or (
        w[3] <= v[2] + _TOLERANCE or w[2] >= v[3] - _TOLERANCE
    )


def _topological(before: list[list[int]], n: int) -> list[int]:
    order: list[int] = []
    state = [0] * n  # 0 new, 1 visiting, 2 done
    for start in range(n):
        _visit(start, before, state, order)
    return order


def _visit(start: int, before: list[list[int]], state: list[int], order: list[int]) -> None:
    # iterative depth-first search: a page with many blocks must not hit the
    # recursion limit; cycles (from odd overlaps) are broken where met
    stack = [(start, iter(before[start]))]
    if state[start]:
        return
    state[start] = 1
    while stack:
        node, preds = stack[-1]
        for pred in preds:
            if state[pred] == 0:
                state[pred] = 1
                stack.append((pred, iter(before[pred])))
                break
        else:
            stack.pop()
            state[node] = 2
            order.append(node)
