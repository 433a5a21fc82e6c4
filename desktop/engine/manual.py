"""Editing a reviewer's manual alignment: link, unlink, mark moved. Pure
functions from one ManualAlignment to the next; the comparison is re-run
with the result (compare_documents(..., manual=...))."""
from __future__ import annotations

from .model import Group, ManualAlignment


def link(manual: ManualAlignment, left_ids, right_ids) -> ManualAlignment:
    """Link these paragraphs as one group. A paragraph belongs to one group,
    so earlier manual links touching any of them give way, and so do unlinks
    between them."""
    left, right = tuple(sorted(set(left_ids))), tuple(sorted(set(right_ids)))
    if not (left and right):
        raise ValueError("a link needs at least one paragraph on each side")
    links = tuple(g for g in manual.links if not (set(g[0]) & set(left) or set(g[1]) & set(right)))
    unlinks = tuple(p for p in manual.unlinks if not (p[0] in left and p[1] in right))
    return ManualAlignment(links + ((left, right),), unlinks, manual.moved)


def unlink(manual: ManualAlignment, group: Group) -> ManualAlignment:
    """Never link this group's paragraphs to each other again."""
    links = tuple(g for g in manual.links
                  if not (set(g[0]) & set(group.left) and set(g[1]) & set(group.right)))
    pairs = [(i, j) for i in group.left for j in group.right if (i, j) not in manual.unlinks]
    moved = tuple(m for m in manual.moved if m not in group.left)
    return ManualAlignment(links, manual.unlinks + tuple(pairs), moved)


def set_moved(manual: ManualAlignment, group: Group, moved: bool = True) -> ManualAlignment:
    """Show a linked group as moved (or stop insisting that it is). A group
    the aligner itself finds out of order stays moved either way."""
    others = tuple(m for m in manual.moved if m not in group.left)
    return ManualAlignment(manual.links, manual.unlinks, others + (tuple(group.left[:1]) if moved else ()))


def is_marked_moved(manual: ManualAlignment, group: Group) -> bool:
    return bool(set(manual.moved) & set(group.left))
