"""Writing a file so that a crash or a power cut leaves either the old file
or the new one, never half of each: write a temporary file beside it, flush
it to disk, then rename it over the target."""
from __future__ import annotations

import os
import stat
import tempfile

from .errors import TandemError


def write_atomic(path: str, data: bytes | str, *, encoding: str = "utf-8", make_folder: bool = False) -> None:
    """``make_folder``: create the folder if missing (for Tandem's own data;
    a report asked for in a folder that does not exist is an error)."""
    payload = data.encode(encoding) if isinstance(data, str) else data
    if is_special(path):
        _write_through(path, payload)
        return
    folder = os.path.dirname(os.path.abspath(path))
    try:
        if make_folder:
            os.makedirs(folder, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=".tandem-", suffix=".tmp", dir=folder)
        try:
            os.chmod(temporary, file_mode(path))
            with os.fdopen(handle, "wb") as stream:
                stream.write(payload)
                stream.flush()
                os.fsync(stream.fileno())
            os.replace(temporary, path)
        except BaseException:
            if os.path.exists(temporary):
                os.unlink(temporary)
            raise
    except OSError as error:
        raise TandemError(f"{path}: cannot write ({error.strerror or error})") from None


def is_special(path: str) -> bool:
    """A device, a pipe or a socket (/dev/null, /dev/stdout, a FIFO): renaming
    over it would put a plain file in its place, so it is written in place."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False  # absent: a new plain file
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def _write_through(path: str, payload: bytes) -> None:
    try:
        with open(path, "wb") as stream:
            stream.write(payload)
    except OSError as error:
        raise TandemError(f"{path}: cannot write ({error.strerror or error})") from None


def file_mode(path: str) -> int:
    """The mode a plainly created file would get: the existing file's, else
    0666 less the umask (mkstemp's 0600 would hide a report from others)."""
    try:
        return os.stat(path).st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
