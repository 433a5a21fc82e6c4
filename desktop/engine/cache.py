"""Where Tandem keeps what it can rebuild: the user's cache directory, or
TANDEM_CACHE_DIR (tests point it at a temporary folder)."""
from __future__ import annotations

import os


def cache_dir() -> str:
    override = os.environ.get("TANDEM_CACHE_DIR")
    if override:
        return override
    import platformdirs

    return platformdirs.user_cache_dir("tandem")
