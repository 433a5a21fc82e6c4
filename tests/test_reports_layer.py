"""The reports sit below the window: nothing in desktop/reports imports
desktop.gui (the window and the command line both write through them)."""
from __future__ import annotations

import ast
from pathlib import Path

REPORTS = Path(__file__).resolve().parents[1] / "desktop" / "reports"


def _imports(path: Path) -> list[str]:
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            names.append("." * node.level + module)
    return names


def test_reports_never_import_the_window():
    files = sorted(REPORTS.glob("*.py"))
    assert files
    for path in files:
        assert not [n for n in _imports(path) if "gui" in n.split(".")], path.name
