"""Which Debian packages Qt still needs here, one name a line.

Asks the dynamic linker (ldd) what the Qt plugins and modules Tandem loads
depend on, rather than trusting a hand-written list: each Qt release adds
libraries to its xcb platform plugin. Also names the X server CI uses for the
window tests (Xvfb, xauth) when missing. Standard library only; run it with
the interpreter that has PySide6 installed.
"""
from __future__ import annotations

import glob
import importlib.util
import os
import re
import shutil
import subprocess
import sys

# what the window loads: the platforms (a real X server and offscreen), the
# xcb OpenGL integrations, keyboard input contexts, SVG icons, and the Qt modules Tandem imports
PLUGIN_GLOBS = ("plugins/platforms/libqxcb.so", "plugins/platforms/libqoffscreen.so",
                "plugins/xcbglintegrations/*.so", "plugins/platforminputcontexts/lib*compose*.so",
                "plugins/imageformats/libqsvg.so", "plugins/iconengines/*.so")
MODULES = ("QtCore", "QtGui", "QtWidgets", "QtSvg", "QtPrintSupport")
COMMANDS = {"Xvfb": "xvfb", "xauth": "xauth"}

# sonames whose Debian package does not follow the usual naming rule
EXCEPTIONS = {
    "libglib-2.0.so.0": "libglib2.0-0", "libgthread-2.0.so.0": "libglib2.0-0",
    "libgobject-2.0.so.0": "libglib2.0-0", "libGLdispatch.so.0": "libglvnd0",
    "libz.so.1": "zlib1g", "libbrotlidec.so.1": "libbrotli1", "libbrotlicommon.so.1": "libbrotli1",
}
_MISSING = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)


def qt_dir() -> str:
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        sys.exit("qt_packages: PySide6 is not installed for this interpreter")
    return os.path.join(list(spec.submodule_search_locations)[0], "Qt")


def qt_binaries(root: str) -> list[str]:
    found = [p for pattern in PLUGIN_GLOBS for p in glob.glob(os.path.join(root, pattern))]
    package = os.path.dirname(root)
    for module in MODULES:
        found += glob.glob(os.path.join(package, f"{module}.*so"))
    return sorted(set(found))


def missing_sonames(binaries: list[str]) -> set[str]:
    missing: set[str] = set()
    for binary in binaries:
        result = subprocess.run(["ldd", binary], capture_output=True, text=True, check=False)
        missing.update(_MISSING.findall(result.stdout))
    return missing


def debian_package(soname: str) -> str:
    """libxcb-icccm.so.4 -> libxcb-icccm4; libxkbcommon-x11.so.0 -> libxkbcommon-x11-0
    (Debian adds a hyphen when the name already ends in a digit)."""
    if soname in EXCEPTIONS:
        return EXCEPTIONS[soname]
    name, _, version = soname.partition(".so.")
    version = version.split(".")[0]
    name = name.lower()
    return f"{name}-{version}" if name[-1:].isdigit() else f"{name}{version}"


def needed_packages() -> list[str]:
    if shutil.which("ldd") is None:
        sys.exit("qt_packages: ldd is missing (Debian: libc-bin)")
    packages = {debian_package(s) for s in missing_sonames(qt_binaries(qt_dir()))}
    packages.update(pkg for command, pkg in COMMANDS.items() if shutil.which(command) is None)
    return sorted(packages)


if __name__ == "__main__":
    print("\n".join(needed_packages()))
