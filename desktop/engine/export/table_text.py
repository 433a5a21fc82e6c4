"""Plain-text tables (Markdown-compatible pipes) for terminal reports."""
from __future__ import annotations


def text_table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    cells = [header] + rows
    widths = [max(len(c[i]) for c in cells) for i in range(len(header))]
    lines = [" | ".join(c[i].ljust(widths[i]) for i in range(len(header))).rstrip() for c in cells]
    lines.insert(1, "-+-".join("-" * w for w in widths))
    return "\n".join(lines)
