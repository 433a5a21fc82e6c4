"""The engine must run where there is no display and no Qt: importing any
engine module must not import PySide6."""
import pkgutil
import subprocess
import sys

import desktop.engine


def test_engine_modules_import_no_qt():
    names = [m.name for m in pkgutil.walk_packages(desktop.engine.__path__, "desktop.engine.")]
    assert "desktop.engine.compare" in names
    code = (
        "import importlib, sys\n"
        f"for name in {names!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'PyQt')))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"engine imported Qt: {result.stdout}"


def test_comparing_imports_no_qt():
    code = (
        "import sys\n"
        "from desktop.engine.api import compare_files, example_paths\n"
        "compare_files(*example_paths())\n"
        "print(any(m.startswith('PySide6') for m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"
