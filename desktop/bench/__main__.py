"""`python -m desktop.bench [--quick] [--only engine,pdf,html,gui]`: every row the
issues ask for, measured now, with its goal beside it.
`python -m desktop.bench quality [GOLD_DIR…]`: alignment scored against
alignments made by hand (see ``quality``).
`python -m desktop.bench e5-direction`: re-estimate the second encoder's
common direction from the project's fixtures (see ``engine/e5``)."""
from __future__ import annotations

import argparse
import importlib
import sys

from ..engine.export.table_text import text_table

SECTIONS = ("engine", "pdf", "html", "gui", "versions", "match")


def _section_rows(name: str, quick: bool) -> list[dict]:
    try:
        module = importlib.import_module(f"desktop.bench.{name}_rows")
    except ImportError as error:
        return [{"row": f"{name}: not available", "measured": str(error), "goal": "", "ok": None}]
    try:
        if name == "engine" and quick:
            return module.rows(sizes=(2000,))
        return module.rows()
    except Exception as error:  # a broken row must not hide the others
        return [{"row": f"{name}: failed", "measured": f"{type(error).__name__}: {error}",
                 "goal": "", "ok": False}]


def format_table(rows: list[dict]) -> str:
    return text_table(("measurement", "measured", "goal", ""), [
        (r["row"], r["measured"], r["goal"], {True: "ok", False: "MISSED", None: ""}[r["ok"]])
        for r in rows])


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["quality"]:
        from .quality import main as quality_main

        return quality_main(argv[1:])
    if argv[:1] == ["e5-direction"]:
        from .e5_direction import main as direction_main

        return direction_main(argv[1:])
    parser = argparse.ArgumentParser(prog="python -m desktop.bench")
    parser.add_argument("--quick", action="store_true", help="smaller sizes only")
    parser.add_argument("--only", default=",".join(SECTIONS), help="sections, comma-separated")
    args = parser.parse_args(argv)
    rows = []
    for name in args.only.split(","):
        print(f"measuring {name} …", file=sys.stderr, flush=True)
        rows.extend(_section_rows(name.strip(), args.quick))
    print(format_table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
