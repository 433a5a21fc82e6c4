"""Text in every direction: runs grouped by the angle of their baseline and
put into the frame of that angle (x along the baseline, y up the glyphs),
where the page layout can read them like upright text.

A page is read in the direction most of its characters run in (a table
turned on its side is a page of its own, read sideways); text at other
angles (a stamp, a margin note, a diagonal watermark) is read in its own
frame and set aside, so it is kept without breaking into the body."""
from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Optional

from .runs import PageGlyphs, Run

_STRAIGHT = 1e-3  # relative shear below which a matrix counts as upright
_BUCKET_DEGREES = 5.0
_LAST_GLYPH_EMS = 0.5  # width given to the last glyph of a turned run (its box is not measured)
_SPLIT_GAP = 2.0  # ems: a longer jump along the baseline starts a new run


@dataclass
class Frame:
    """Rotation by ``angle`` degrees around the page box's corner, shifted so
    the page box lies in [0, width] x [0, height]."""

    angle: Optional[float]  # None: upright
    ux: float
    uy: float
    offset_x: float
    offset_y: float
    width: float
    height: float

    def point(self, x: float, y: float) -> tuple[float, float]:
        ux, uy = self.ux, self.uy
        return x * ux + y * uy - self.offset_x, -x * uy + y * ux - self.offset_y


def oriented_bucket(a: float, b: float, c: float, d: float) -> Optional[float]:
    """None for upright text, else its baseline's angle in degrees, rounded
    to a bucket (so the glyphs of one stamp land together)."""
    if abs(b) <= _STRAIGHT * abs(a) and abs(c) <= _STRAIGHT * abs(d) and a > 0 and d > 0:
        return None
    angle = math.degrees(math.atan2(b, a))
    bucket = round(angle / _BUCKET_DEGREES) * _BUCKET_DEGREES
    return 0.0 if bucket in (0.0, -0.0, 360.0) else bucket


def frame_for(angle: Optional[float], box: tuple[float, float, float, float]) -> Frame:
    radians = math.radians(angle or 0.0)
    ux, uy = math.cos(radians), math.sin(radians)
    x0, y0, x1, y1 = box
    probe = Frame(angle, ux, uy, 0.0, 0.0, 0.0, 0.0)
    corners = [probe.point(x, y) for x in (x0, x1) for y in (y0, y1)]
    xs, ys = [p[0] for p in corners], [p[1] for p in corners]
    return Frame(angle, ux, uy, min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))


def page_glyphs(box, upright: list[Run], turned: dict, image_cover: float, undefined: int) -> PageGlyphs:
    """The page in its main direction, with the text of other directions as
    ``asides`` (each in its own frame)."""
    counts = {None: sum(len(run.text) for run in upright)}
    for angle, objects in turned.items():
        counts[angle] = sum(len(texts) for _, texts, _ in objects)
    main = max(counts, key=lambda angle: (counts[angle], angle is None))
    frames = {angle: _frame_glyphs(angle, box, upright, turned) for angle in counts if counts[angle]}
    page = frames.pop(main, None) or PageGlyphs(*_size(frame_for(None, box)))
    page.image_cover, page.undefined_chars = image_cover, undefined
    page.asides = list(frames.values())
    return page


def _size(frame: Frame) -> tuple[float, float]:
    return frame.width, frame.height


def _frame_glyphs(angle, box, upright: list[Run], turned: dict) -> PageGlyphs:
    frame = frame_for(angle, box)
    page = PageGlyphs(frame.width, frame.height)
    if angle is None:
        page.runs = [replace(r, x0=r.x0 - frame.offset_x, x1=r.x1 - frame.offset_x,
                             baseline=r.baseline - frame.offset_y) for r in upright]
        return page
    for origins, texts, style in turned[angle]:
        page.runs.extend(turned_runs(frame, origins, texts, style.size, style.em, style.bold))
    return page


def turned_runs(frame: Frame, origins, texts, size: float, em: float, bold: bool) -> list[Run]:
    """One turned text object as runs in ``frame``: glyph origins along the
    baseline, cut at long jumps."""
    points = [frame.point(x, y) for x, y in origins]
    runs: list[Run] = []
    start = 0
    for index in range(1, len(points) + 1):
        last = index == len(points)
        if last or points[index][0] - points[index - 1][0] > _SPLIT_GAP * em or points[index][0] < points[index - 1][0]:
            text = "".join(texts[start:index])
            x0 = points[start][0]
            x1 = points[index - 1][0] + _LAST_GLYPH_EMS * em
            if text.strip():
                runs.append(Run(x0, max(x1, x0), points[start][1], size, bold, text))
            start = index
    return runs
