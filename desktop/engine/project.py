"""The review project file, format "tandem-project/1" (docs/project-file.md):
both documents (path and sha256), the options, the manual alignment and the
decisions, as JSON. Reopening it restores the review; if a document changed
since, the decisions and manual links that still apply are kept.

The documents themselves are only ever read."""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass, fields, replace
from datetime import datetime, timezone
from typing import Optional

from .atomic import write_atomic
from .errors import InputError
from .model import Comparison, Document, ManualAlignment, Options, SEGMENT_PARAGRAPHS
from .normalise import fold
from .review import STATES, Decision, Review, review_items

FORMAT = "tandem-project/1"
EXTENSION = ".tandem"
LEFT, RIGHT = "left", "right"


@dataclass(frozen=True)
class DocumentRef:
    path: str  # absolute, as saved
    sha256: str
    name: str = ""
    relative_path: str = ""  # from the project file's folder: found again after moving both
    paragraph_keys: tuple[tuple[int, str], ...] = ()  # (id, key) of paragraphs the manual links name
    attachment: str = ""  # the e-mail's attachment that was read as the document
    bilingual: str = ""  # "source" / "target": this side of the bilingual file at ``path``
    language: str = ""  # that side's language as the file declared it (a TMX's choice among several)


@dataclass(frozen=True)
class Project:
    left: DocumentRef
    right: DocumentRef
    options: Options
    segment_mode: str
    review: Review
    saved: str = ""

    def paths(self) -> tuple[str, str]:
        return self.left.path, self.right.path


@dataclass(frozen=True)
class Reopened:
    """What reopening a project against the documents as they are now gives."""

    review: Review
    changed: tuple[str, ...]  # "left" / "right": documents whose content changed since the save
    dropped_links: int  # manual corrections naming paragraphs that no longer exist


# --- writing -----------------------------------------------------------------------
def paragraph_key(text: str) -> str:
    return hashlib.sha256(fold(text).encode("utf-8")).hexdigest()[:16]


def project_dict(comparison: Comparison, review: Review, segment_mode: str = SEGMENT_PARAGRAPHS,
                 project_path: Optional[str] = None) -> dict:
    manual = review.manual
    left_ids = {i for g in manual.links for i in g[0]} | {i for i, _ in manual.unlinks} | set(manual.moved)
    right_ids = {j for g in manual.links for j in g[1]} | {j for _, j in manual.unlinks}
    about = {item.id: item for item in review_items(comparison)}
    return {
        "format": FORMAT,
        "saved": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "documents": {
            LEFT: _document_ref(comparison.left, left_ids, project_path),
            RIGHT: _document_ref(comparison.right, right_ids, project_path),
        },
        "options": asdict(comparison.options),
        "segment": segment_mode,
        "manual": {
            "links": [[list(lefts), list(rights)] for lefts, rights in manual.links],
            "unlinks": [list(pair) for pair in manual.unlinks],
            "moved": list(manual.moved),
        },
        "decisions": [_decision_dict(d, about.get(d.item_id)) for d in review.decisions],
    }


def _document_ref(document: Document, ids: set[int], project_path: Optional[str]) -> dict:
    path = os.path.abspath(document.path) if document.path else ""
    relative = ""
    if path and project_path:
        try:
            relative = os.path.relpath(path, os.path.dirname(os.path.abspath(project_path)))
        except ValueError:  # another drive on Windows
            relative = ""
    return {
        "path": path, "relative_path": relative, "name": document.name, "sha256": document.sha256,
        **({"attachment": document.info.attached_as} if document.info.attached_as else {}),
        **({"bilingual": document.info.bilingual, "language": document.info.language}
           if document.info.bilingual else {}),
        "paragraphs": {str(i): paragraph_key(document.paragraphs[i].text)
                       for i in sorted(ids) if 0 <= i < len(document.paragraphs)},
    }


def _decision_dict(decision: Decision, item) -> dict:
    out = {"id": decision.item_id, "state": decision.state, "comment": decision.comment}
    if item is not None:  # for a person reading the file; ignored when reading it back
        out["kind"] = item.kind
        out["about"] = (item.message if item.is_drift else (item.left_text or item.right_text))[:120]
    return out


def save_project(path: str, comparison: Comparison, review: Review,
                 segment_mode: str = SEGMENT_PARAGRAPHS, extra: Optional[dict] = None,
                 make_folder: bool = False) -> None:
    data = project_dict(comparison, review, segment_mode, path)
    data.update(extra or {})
    write_atomic(path, json.dumps(data, ensure_ascii=False, indent=1) + "\n", make_folder=make_folder)


# --- reading -----------------------------------------------------------------------
def load_project(path: str) -> Project:
    try:
        with open(path, encoding="utf-8") as stream:
            data = json.load(stream)
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror or error})") from None
    except (ValueError, UnicodeDecodeError):
        raise InputError(f"{path}: not a Tandem project (not JSON)") from None
    return project_from_dict(data, path)


def project_from_dict(data: dict, path: str = "") -> Project:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise InputError(f"{path or 'project'}: not a Tandem project (format {FORMAT} expected)")
    try:
        documents = data["documents"]
        return Project(
            left=_read_ref(documents[LEFT], path), right=_read_ref(documents[RIGHT], path),
            options=_read_options(data.get("options") or {}),
            segment_mode=str(data.get("segment") or SEGMENT_PARAGRAPHS),
            review=Review(_read_decisions(data.get("decisions") or []), _read_manual(data.get("manual") or {})),
            saved=str(data.get("saved", "")),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise InputError(f"{path or 'project'}: damaged Tandem project ({error})") from None


def _read_ref(ref: dict, project_path: str) -> DocumentRef:
    saved = str(ref["path"])
    relative = str(ref.get("relative_path") or "")
    path = saved
    if not os.path.exists(saved) and relative and project_path:
        moved = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(project_path)), relative))
        path = moved if os.path.exists(moved) else saved
    keys = tuple(sorted((int(i), str(k)) for i, k in (ref.get("paragraphs") or {}).items()))
    return DocumentRef(path, str(ref.get("sha256", "")), str(ref.get("name", "")), relative, keys,
                       str(ref.get("attachment") or ""), str(ref.get("bilingual") or ""),
                       str(ref.get("language") or ""))


def _read_options(raw: dict) -> Options:
    known = {f.name: f.type for f in fields(Options)}
    values = {}
    for name, value in raw.items():
        if name in known and isinstance(value, (bool, int, float)):
            values[name] = value
    return replace(Options(), **values)


def _read_manual(raw: dict) -> ManualAlignment:
    links = tuple((tuple(int(i) for i in lefts), tuple(int(j) for j in rights))
                  for lefts, rights in raw.get("links", []))
    unlinks = tuple((int(i), int(j)) for i, j in raw.get("unlinks", []))
    moved = tuple(int(i) for i in raw.get("moved", []))
    return ManualAlignment(links, unlinks, moved)


def _read_decisions(raw: list) -> tuple[Decision, ...]:
    decisions = []
    for entry in raw:
        state = str(entry.get("state", ""))
        decision = Decision(str(entry["id"]), state if state in STATES else "", str(entry.get("comment", "")))
        if decision:
            decisions.append(decision)
    return tuple(decisions)


# --- reopening against the documents as they are now -------------------------------
def reopen(project: Project, left: Document, right: Document) -> Reopened:
    """The project's review with its manual links moved to where their
    paragraphs are now (found by content when a document changed); links to
    paragraphs that are gone are dropped. Decisions are filtered later, by
    review.applicable, once the comparison has run."""
    changed = tuple(side for side, ref, doc in ((LEFT, project.left, left), (RIGHT, project.right, right))
                    if ref.sha256 and ref.sha256 != doc.sha256)
    left_map = _id_map(project.left, left)
    right_map = _id_map(project.right, right)
    manual, dropped = _remap(project.review.manual, left_map, right_map)
    return Reopened(project.review.with_manual(manual), changed, dropped)


def _id_map(ref: DocumentRef, document: Document) -> dict[int, int]:
    """Saved paragraph id -> its id now (absent when it no longer exists)."""
    where: dict[str, list[int]] = {}
    for p in document.paragraphs:
        where.setdefault(paragraph_key(p.text), []).append(p.id)
    mapping = {}
    for pid, key in ref.paragraph_keys:
        candidates = where.get(key, [])
        if candidates:
            mapping[pid] = min(candidates, key=lambda c: abs(c - pid))  # nearest of identical paragraphs
    return mapping


def _remap(manual: ManualAlignment, left_map: dict[int, int], right_map: dict[int, int]):
    dropped = 0
    links = []
    for lefts, rights in manual.links:
        new_left = tuple(left_map[i] for i in lefts if i in left_map)
        new_right = tuple(right_map[j] for j in rights if j in right_map)
        if len(new_left) == len(lefts) and len(new_right) == len(rights):
            links.append((new_left, new_right))
        else:
            dropped += 1
    unlinks = []
    for i, j in manual.unlinks:
        if i in left_map and j in right_map:
            unlinks.append((left_map[i], right_map[j]))
        else:
            dropped += 1
    moved = []
    for i in manual.moved:
        if i in left_map:
            moved.append(left_map[i])
        else:
            dropped += 1
    return ManualAlignment(tuple(links), tuple(unlinks), tuple(moved)), dropped
