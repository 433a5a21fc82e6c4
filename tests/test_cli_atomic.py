"""Every report the command line writes is written atomically, run as a user
runs it: a real process whose files may not grow past a limit (as on a full
disk), and a named pipe as the target."""
from __future__ import annotations

import json
import os
import resource
import signal
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

REPO = str(Path(__file__).resolve().parents[1])
EXAMPLE = os.path.join(REPO, "desktop", "examples", "press-release.txt")


def run(*args: str, env_extra: dict | None = None, limit_file_bytes: int | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["PYTHONPATH"] = REPO
    env.update(env_extra or {})
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True, text=True,
                          timeout=120, env=env, preexec_fn=_file_size_limit(limit_file_bytes))


def _file_size_limit(limit: int | None):
    """In the child: files cannot grow past ``limit`` bytes, as on a full
    disk (write fails with EFBIG instead of killing the process)."""
    if limit is None:
        return None

    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def one_line(result: subprocess.CompletedProcess) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    return lines[0]


OLD = b"the previous report, which a failed write must leave whole\n"


@pytest.mark.parametrize("args, name", [
    (("compare", "--example", "--json"), "out.json"),
    (("compare", "--example", "--html"), "out.html"),
    (("compare", "--example", "--csv"), "out.csv"),
    (("compare", "--example", "--tmx"), "out.tmx"),
    (("compare", "--example", "--diff"), "out.diff"),
    (("compare", "--example", "--pdf"), "out.pdf"),
    (("extract", EXAMPLE, "--json"), "paragraphs.json"),
])
def test_a_failed_write_leaves_the_old_file_and_no_partial_one(tmp_path, warm_cache, args, name):
    target = tmp_path / name
    target.write_bytes(OLD)
    # files may not grow past 1,000 bytes in the child, as on a full disk: every report is larger
    result = run(*args, str(target), limit_file_bytes=1000, env_extra={"TANDEM_CACHE_DIR": warm_cache})
    assert result.returncode == 2, (result.returncode, result.stderr)
    assert f"{target}: cannot write" in one_line(result)
    assert target.read_bytes() == OLD
    assert [p.name for p in tmp_path.iterdir()] == [name], "no temporary file left behind"


@pytest.fixture(scope="module")
def warm_cache(tmp_path_factory) -> str:
    """A cache holding what a first run writes there (the language model), so
    the size limit strikes the report alone."""
    folder = str(tmp_path_factory.mktemp("warm-cache"))
    assert run("extract", EXAMPLE, env_extra={"TANDEM_CACHE_DIR": folder}).returncode == 0
    return folder


def test_output_files_keep_a_plain_files_mode(tmp_path):
    out = tmp_path / "out.json"
    result = run("extract", EXAMPLE, "--json", str(out))
    assert result.returncode == 0, result.stderr
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask  # not mkstemp's 0600


def test_a_pipe_given_as_the_target_is_written_not_replaced(tmp_path):
    """`--json /dev/stdout` or a named pipe: renaming over it would put a plain
    file in its place (as once happened to /dev/null), so it is written in place."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    result = run("extract", EXAMPLE, "--json", str(fifo))
    reader.join(timeout=30)
    assert result.returncode == 0, result.stderr
    assert stat.S_ISFIFO(os.stat(fifo).st_mode), "the pipe is still a pipe"
    assert received and json.loads(received[0])["name"] == "press-release.txt"
    assert [p.name for p in tmp_path.iterdir()] == ["pipe"]
