"""The documents a batch command names: files, or folders of them. A file
that cannot be read is a trouble for that file, said once; the others go on."""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Optional, Sequence

from ..errors import TandemError
from ..textload import read_file
from .task import DocumentInput


@dataclass(frozen=True)
class Troubled:
    path: str
    trouble: str


def expand_paths(paths: Sequence[str]) -> tuple[list[str], list[Troubled]]:
    """Files as given, folders as the files inside them (recursively, in
    name order, hidden files and our own temporary files left out). An empty
    folder is a trouble, said, while the other paths go on: it is almost
    always the wrong folder."""
    files: list[str] = []
    troubles: list[Troubled] = []
    for path in paths:
        if os.path.isdir(path):
            found = _folder_files(path)
            if not found:
                troubles.append(Troubled(path, f"{path}: the folder has no documents in it"))
            files.extend(found)
        else:
            files.append(path)
    return list(dict.fromkeys(os.path.abspath(p) for p in files)), troubles


def _folder_files(folder: str) -> list[str]:
    found = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(os.path.join(root, n) for n in sorted(names) if not n.startswith((".", "~")))
    return found


def read_input(path: str, language: Optional[str] = None, password: Optional[str] = None) -> DocumentInput:
    raw = read_file(path)  # raises InputError with a message a user reads
    return DocumentInput(os.path.abspath(path), raw.data, raw.sha256, language, password)


def read_inputs(paths: Sequence[str], language: Optional[str] = None, password: Optional[str] = None
                ) -> tuple[list[DocumentInput], list[Troubled]]:
    inputs, troubles = [], []
    for path in paths:
        try:
            inputs.append(read_input(path, language, password))
        except TandemError as error:
            troubles.append(Troubled(path, str(error)))
    return inputs, troubles
