"""Atomic writes replace regular files only: a device or a pipe named as the
output (``--json /dev/null``, a named pipe) is written through, never
replaced by a regular file."""
from __future__ import annotations

import os
import stat
import threading

import pytest

from desktop.engine.atomic import write_atomic
from desktop.engine.errors import TandemError


def test_a_regular_file_is_replaced_whole(tmp_path):
    target = tmp_path / "out.json"
    target.write_text("old")
    write_atomic(str(target), "new")
    assert target.read_text() == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]  # no temporary left


def test_a_named_pipe_is_written_through_and_stays_a_pipe(tmp_path):
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    received = []

    def read():
        with open(pipe, "rb") as stream:
            received.append(stream.read())

    reader = threading.Thread(target=read)
    reader.start()
    write_atomic(str(pipe), "through the pipe")
    reader.join(timeout=5)
    assert received == [b"through the pipe"]
    assert stat.S_ISFIFO(os.stat(pipe).st_mode)


def test_a_folder_as_target_is_a_clear_error(tmp_path):
    with pytest.raises(TandemError, match="cannot write"):
        write_atomic(str(tmp_path), "x")
