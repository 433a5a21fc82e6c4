"""Icons from one place: resources/icons/*.svg, drawn in ``currentColor`` and
tinted from the palette, so one file serves the light and the dark theme and
renders sharply at any device pixel ratio."""
from __future__ import annotations

import functools
import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
ICON_DIR = RESOURCES / "icons"
APP_ICON = RESOURCES / "tandem.svg"
_SIZES = (16, 20, 24, 32, 48)


@functools.lru_cache(maxsize=None)
def _svg_text(name: str) -> str:
    path = ICON_DIR / f"{name}.svg"
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return ""


def icon(name: str, colour: QColor | str | None = None) -> QIcon:
    """The named icon in ``colour`` (default: the palette's text colour),
    with a muted variant for disabled controls."""
    palette = QGuiApplication.palette()
    normal = QColor(colour) if colour is not None else palette.color(QPalette.ColorRole.WindowText)
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    return _icon(name, normal.name(QColor.NameFormat.HexArgb), disabled.name(QColor.NameFormat.HexArgb),
                 _ratio())


@functools.lru_cache(maxsize=512)
def _icon(name: str, normal: str, disabled: str, ratio: float) -> QIcon:
    result = QIcon()
    svg = _svg_text(name)
    if not svg:
        return result
    for size in _SIZES:
        result.addPixmap(render_svg(svg, normal, size, ratio), QIcon.Mode.Normal)
        result.addPixmap(render_svg(svg, disabled, size, ratio), QIcon.Mode.Disabled)
    return result


def render_svg(svg: str, colour: str, size: int, ratio: float = 1.0) -> QPixmap:
    rgb = QColor(colour)
    tinted = svg.replace("currentColor", rgb.name())
    renderer = QSvgRenderer(QByteArray(tinted.encode("utf-8")))
    pixmap = QPixmap(QSize(round(size * ratio), round(size * ratio)))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setOpacity(rgb.alphaF())
    renderer.render(painter, QRectF(0, 0, pixmap.width(), pixmap.height()))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def pixmap(name: str, colour: QColor | str, size: int) -> QPixmap:
    return _pixmap(name, QColor(colour).name(QColor.NameFormat.HexArgb), size, _ratio())


@functools.lru_cache(maxsize=256)
def _pixmap(name: str, colour: str, size: int, ratio: float) -> QPixmap:
    return render_svg(_svg_text(name), colour, size, ratio)


def app_icon() -> QIcon:
    result = QIcon()
    try:
        svg = APP_ICON.read_text(encoding="utf-8")
    except OSError:
        return result
    for size in (16, 24, 32, 48, 64, 128, 256):
        renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
        pm = QPixmap(size, size)
        pm.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pm)
        renderer.render(painter)
        painter.end()
        result.addPixmap(pm)
    return result


def available() -> list[str]:
    return sorted(p[:-4] for p in os.listdir(ICON_DIR) if p.endswith(".svg")) if ICON_DIR.is_dir() else []


def _ratio() -> float:
    screen = QGuiApplication.primaryScreen()
    return max(1.0, screen.devicePixelRatio()) if screen is not None else 1.0
