"""The window starts as a user starts it, or says in one line why not: no
display at all, a display that cannot be reached, and (where Xvfb is
installed) the README's first command on a real X server through Qt's xcb
platform, screenshotted and closed."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
_DISPLAY_VARIABLES = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")


def _env(**extra) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in _DISPLAY_VARIABLES}
    env["PYTHONPATH"] = REPO + os.pathsep + env.get("PYTHONPATH", "")
    env.update(extra)
    return env


def _tandem(*args, env: dict, timeout: int = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True, text=True,
                          timeout=timeout, env=env, cwd=REPO)


def _assert_one_line_refusal(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 2, (result.returncode, result.stderr)  # not -6 (abort), not 134
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("tandem: ")
    assert "tandem compare" in lines[0] and "--screenshot" in lines[0]
    return lines[0]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="display servers are an X11/Wayland matter")
def test_no_display_is_one_line_and_status_2():
    line = _assert_one_line_refusal(_tandem("--example", env=_env()))
    assert "no display" in line


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="display servers are an X11/Wayland matter")
def test_unreachable_display_is_one_line_and_status_2():
    result = _tandem("--example", env=_env(DISPLAY=":473", QT_QPA_PLATFORM="xcb"))
    _assert_one_line_refusal(result)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="display servers are an X11/Wayland matter")
def test_screenshot_without_display_is_drawn_offscreen(tmp_path):
    out = tmp_path / "offscreen.png"
    result = _tandem("--example", "--screenshot", str(out), env=_env(TANDEM_SCREENSHOT_SIZE="800x500"))
    assert result.returncode == 0, result.stderr
    _assert_painted(str(out), (800, 500))


@pytest.fixture
def xvfb_display():
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed (bash .ci/setup installs it)")
    read_end, write_end = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1920x1080x24",
                               "-nolisten", "tcp"], pass_fds=(write_end,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    with os.fdopen(read_end) as announced:
        number = announced.readline().strip()  # Xvfb writes its display number once it accepts clients
    try:
        assert number, "Xvfb did not start"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_readme_first_command_under_a_real_x_server(xvfb_display, tmp_path):
    out = tmp_path / "xcb.png"
    env = _env(DISPLAY=xvfb_display, QT_QPA_PLATFORM="xcb", TANDEM_SCREENSHOT_SIZE="1100x700")
    result = _tandem("--example", "--screenshot", str(out), env=env)
    assert result.returncode == 0, result.stderr
    _assert_painted(str(out), (1100, 700))


def _assert_painted(path: str, size: tuple[int, int]) -> None:
    """The image is the window with text in it, not one flat colour."""
    from PySide6.QtGui import QImage

    image = QImage(path)
    assert not image.isNull(), path
    assert (image.width(), image.height()) == size
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 50, f"only {len(colours)} colours: a blank window"
    assert _contrast_share(image) > 0.01, "no text drawn"


def _contrast_share(image) -> float:
    """Share of sampled pixels far from the background: text and icons."""
    background = image.pixelColor(image.width() // 2, image.height() - 5).lightness()
    samples = [(x, y) for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)]
    far = sum(1 for x, y in samples if abs(image.pixelColor(x, y).lightness() - background) > 80)
    return far / len(samples)
