"""The session's review, saved after every decision so a crash or a power cut
loses nothing. The file is a project file with an "autosave" note: whether
the session closed cleanly, and the project file it belongs to, if any. A
session that did not close cleanly is offered for recovery on the next start.

Location: platformdirs' user data folder for "tandem", or $TANDEM_DATA_DIR
(tests point it at a temporary folder)."""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from typing import Optional

from .errors import InputError
from .model import Comparison, SEGMENT_PARAGRAPHS
from .project import Project, project_from_dict, save_project
from .review import Review

DATA_DIR_ENV = "TANDEM_DATA_DIR"
AUTOSAVE_NAME = "autosave.tandem"


@dataclass(frozen=True)
class Autosave:
    project: Project
    clean: bool  # the session that wrote it closed normally
    project_path: Optional[str]  # the .tandem file the review was opened from or saved to


def data_dir() -> str:
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return override
    from platformdirs import user_data_dir

    return user_data_dir("tandem", appauthor=False)


def autosave_path() -> str:
    return os.path.join(data_dir(), AUTOSAVE_NAME)


def write_autosave(comparison: Comparison, review: Review, *, segment_mode: str = SEGMENT_PARAGRAPHS,
                   project_path: Optional[str] = None, clean: bool = False) -> str:
    path = autosave_path()
    save_project(path, comparison, review, segment_mode,
                 extra={"autosave": {"clean": clean, "project_path": project_path}}, make_folder=True)
    return path


def read_autosave() -> Optional[Autosave]:
    """The last autosave, or None when there is none or it cannot be read
    (a damaged autosave is not worth an error at start-up)."""
    path = autosave_path()
    try:
        with open(path, encoding="utf-8") as stream:
            data = json.load(stream)
        project = project_from_dict(data, path)
    except (OSError, ValueError, InputError):
        return None
    note = data.get("autosave") or {}
    return Autosave(project, bool(note.get("clean", True)), note.get("project_path") or None)


def needs_recovery() -> Optional[Autosave]:
    """The autosave of a session that ended without closing, with something
    in it worth recovering."""
    saved = read_autosave()
    if saved is None or saved.clean or not saved.project.review:
        return None
    return saved


def discard_autosave() -> None:
    try:
        os.unlink(autosave_path())
    except FileNotFoundError:
        pass
