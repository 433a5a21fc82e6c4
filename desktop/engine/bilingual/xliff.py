"""XLIFF 1.2 (also Trados' .sdlxliff and memoQ's .mqxliff, which are 1.2
with extensions) and XLIFF 2.x: every translatable segment of every
<file>, in order, with its source, its target and the file's own ids.

1.2: a <trans-unit> is one segment, unless its <seg-source> cuts it into
<mrk mtype="seg"> segments (as Trados and memoQ do), which pair by "mid"
with the <mrk>s of its <target>. 2.x: a <unit> holds <segment>s."""
from __future__ import annotations

import os
from dataclasses import replace
from typing import Optional

from ..errors import InputError
from ..formats.sniff import XLIFF
from .inline import flatten
from .segments import BilingualFile, Segment, Side, unique_ids
from .xmlread import child, children, descendants, encoding_of, local, namespace

NS_1 = "urn:oasis:names:tc:xliff:document:1.2"
NS_2 = "urn:oasis:names:tc:xliff:document:2.0"  # 2.1 and 2.2 keep the 2.0 core namespace


def read_xliff(root, name: str) -> BilingualFile:
    if local(root) != "xliff":
        raise InputError(f"{name}: not an XLIFF file (its root element is <{local(root)}>)")
    version = root.get("version", "")
    if namespace(root) == NS_2 or version.startswith("2"):
        return _read_2(root, name, version or "2.0")
    return _read_1(root, name, version or "1.2")


def is_version_2(root) -> bool:
    return namespace(root) == NS_2 or root.get("version", "").startswith("2")


# --- XLIFF 1.2 --------------------------------------------------------------------
def _read_1(root, name: str, version: str) -> BilingualFile:
    space = namespace(root)  # 1.2 files name their namespace; 1.0 and 1.1 often none
    files = children(root, "file", space)
    if not files:
        raise InputError(f"{name}: an XLIFF file with no <file> in it")
    segments = []
    labels = _file_labels([os.path.basename(f.get("original", "")) for f in files])
    for index, file in enumerate(files):
        for unit in descendants(file, "trans-unit", space):
            if unit.get("translate", "yes") != "no":
                segments.extend(_unit_1(unit, index, labels[index], space))
    first = files[0]
    return _file(XLIFF, version, first.get("source-language", ""), first.get("target-language", ""),
                 segments, encoding_of(root))


def _unit_1(unit, index: int, label: str, space: str) -> list[Segment]:
    unit_id = unit.get("id", "")
    source, target = child(unit, "source", space), child(unit, "target", space)
    state = target.get("state", "") if target is not None else ""
    marks = _segment_marks(child(unit, "seg-source", space), space)
    file = label.rstrip("/")
    if not marks:
        shown = label + unit_id
        return [Segment(shown, unit_id, (index, unit_id, None), _side(source), _side(target), state, file)]
    targets = {m.get("mid"): m for m in _segment_marks(target, space)}
    return [Segment(label + (mark.get("mid") or unit_id), unit_id, (index, unit_id, mark.get("mid")),
                    _side(mark), _side(targets.get(mark.get("mid"))), state, file)
            for mark in marks]


def _segment_marks(element, space: str) -> list:
    if element is None:
        return []
    return [m for m in descendants(element, "mrk", space) if m.get("mtype") == "seg"]


# --- XLIFF 2.x ----------------------------------------------------------------------
def _read_2(root, name: str, version: str) -> BilingualFile:
    space = namespace(root)
    files = children(root, "file", space)
    if not files:
        raise InputError(f"{name}: an XLIFF file with no <file> in it")
    labels = _file_labels([f.get("id", "") for f in files])
    segments = []
    for index, file in enumerate(files):
        for unit in descendants(file, "unit", space):
            if unit.get("translate", "yes") != "no":
                segments.extend(_unit_2(unit, index, labels[index], space))
    return _file(XLIFF, version, root.get("srcLang", ""), root.get("trgLang", ""), segments, encoding_of(root))


def _unit_2(unit, index: int, label: str, space: str) -> list[Segment]:
    unit_id = unit.get("id", "")
    parts = children(unit, "segment", space)
    out = []
    for n, segment in enumerate(parts):
        own = segment.get("id") or str(n + 1)
        shown = label + (unit_id if len(parts) == 1 else f"{unit_id}:{own}")
        out.append(Segment(shown, unit_id, (index, unit_id, n), _side(child(segment, "source", space)),
                           _side(child(segment, "target", space)), segment.get("state", ""), label.rstrip("/")))
    return out


# --- shared -----------------------------------------------------------------------
def _side(element) -> Optional[Side]:
    """None for a missing or empty element: nothing to compare."""
    if element is None:
        return None
    text, codes = flatten(element)
    return Side(text, codes, element.sourceline or 1) if text else None


def _file_labels(names: list[str]) -> list[str]:
    """What goes before a unit's id when the XLIFF holds several files
    ("intro.docx/u1"); nothing when it holds one."""
    if len(names) == 1:
        return [""]
    return [f"{n or f'file{i + 1}'}/" for i, n in enumerate(names)]


def _file(fmt: str, version: str, source: str, target: str, segments: list[Segment], encoding: str):
    ids = unique_ids([s.id for s in segments], [s.unit for s in segments])
    segments = [s if s.id == shown else replace(s, id=shown) for s, shown in zip(segments, ids)]
    return BilingualFile(fmt, version, source, target, tuple(segments), encoding)
