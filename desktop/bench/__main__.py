"""`python -m desktop.bench [--quick] [--only engine,pdf,gui]`: every row the
issues ask for, measured now, with its goal beside it."""
from __future__ import annotations

import argparse
import importlib
import sys

SECTIONS = ("engine", "pdf", "gui")


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
    header = ("measurement", "measured", "goal", "")
    cells = [header] + [
        (r["row"], r["measured"], r["goal"], {True: "ok", False: "MISSED", None: ""}[r["ok"]])
        for r in rows]
    widths = [max(len(c[i]) for c in cells) for i in range(4)]
    lines = [" | ".join(c[i].ljust(widths[i]) for i in range(4)).rstrip() for c in cells]
    lines.insert(1, "-+-".join("-" * w for w in widths))
    return "\n".join(lines)


def main(argv=None) -> int:
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
