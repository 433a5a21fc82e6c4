"""Light and dark palettes, and the colours every view uses for differences.

Colours come from the Okabe–Ito set, which stays distinguishable for the
common forms of colour blindness; every difference also has a non-colour
signal (strikethrough, underline, wavy underline, icon, label).
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

THEMES = ("system", "light", "dark")


@dataclass(frozen=True)
class DiffColours:
    dark: bool
    text: QColor
    muted: QColor
    paper: QColor  # pane background
    deleted_bg: QColor
    deleted_fg: QColor
    inserted_bg: QColor
    inserted_fg: QColor
    drift: QColor
    drift_bg: QColor
    moved: QColor
    edited: QColor
    omitted_slot: QColor
    added_slot: QColor
    unchanged_link: QColor
    find_bg: QColor
    focus: QColor
    boilerplate: QColor
    split: QColor  # connectors of a split or merged passage

    def for_link(self, kind: str) -> QColor:
        """Connector colour by kind (see linkmap.connector_kind): strong
        enough to read against the paper in either theme."""
        return {"edited": self.edited, "moved": self.moved, "split": self.split,
                "omitted": self.deleted_fg, "added": self.inserted_fg}.get(kind, self.unchanged_link)

    def for_severity(self, severity: str) -> QColor:
        """Drift icons: the shape says 'drift', the colour how much it matters."""
        return {"error": self.deleted_fg, "warning": self.drift}.get(severity, self.muted)

    def for_status(self, status: str) -> QColor:
        return {
            "omitted": self.deleted_fg,
            "added": self.inserted_fg,
            "moved": self.moved,
            "edited": self.edited,
            "rewritten": self.edited,
            "boilerplate": self.boilerplate,
        }.get(status, self.unchanged_link)


def _c(hex_: str, alpha: int = 255) -> QColor:
    colour = QColor(hex_)
    colour.setAlpha(alpha)
    return colour


LIGHT = DiffColours(
    dark=False, text=_c("#1d1d1f"), muted=_c("#6b6b70"), paper=_c("#ffffff"),
    deleted_bg=_c("#fbd5c4"), deleted_fg=_c("#a63a00"),
    inserted_bg=_c("#c9eedf"), inserted_fg=_c("#00704f"),
    drift=_c("#b86e00"), drift_bg=_c("#fde9b8"),
    moved=_c("#0072b2"), edited=_c("#6b7079"),
    omitted_slot=_c("#d55e00", 28), added_slot=_c("#009e73", 30),
    unchanged_link=_c("#9aa0a6", 70), find_bg=_c("#f0e442"), focus=_c("#0072b2"),
    boilerplate=_c("#9a9a9a"), split=_c("#a8508a"),
)

DARK = DiffColours(
    dark=True, text=_c("#e8e8ea"), muted=_c("#9d9da3"), paper=_c("#1e1f22"),
    deleted_bg=_c("#5c2a14"), deleted_fg=_c("#ff9e6b"),
    inserted_bg=_c("#114434"), inserted_fg=_c("#5fd3a8"),
    drift=_c("#f0b429"), drift_bg=_c("#4a3a10"),
    moved=_c("#56b4e9"), edited=_c("#9aa0a8"),
    omitted_slot=_c("#d55e00", 45), added_slot=_c("#009e73", 48),
    unchanged_link=_c("#8a9099", 60), find_bg=_c("#7a6f00"), focus=_c("#56b4e9"),
    boilerplate=_c("#77777c"), split=_c("#e39ccb"),
)


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def diff_colours(palette: QPalette | None = None) -> DiffColours:
    return DARK if is_dark(palette) else LIGHT


def system_prefers_dark() -> bool:
    scheme = QGuiApplication.styleHints().colorScheme()
    return scheme == Qt.ColorScheme.Dark


def apply_theme(app: QApplication, theme: str) -> None:
    """``system`` keeps the platform's style and palette (which follow the
    desktop's light or dark mode); ``light``/``dark`` force Fusion with our
    palette so the choice holds on every platform."""
    if theme not in ("light", "dark"):
        theme = "dark" if system_prefers_dark() and not _platform_follows_scheme() else "system"
    if theme == "system":
        app.setPalette(app.style().standardPalette())
        return
    app.setStyle("Fusion")
    app.setPalette(_dark_palette() if theme == "dark" else _light_palette())


def _platform_follows_scheme() -> bool:
    # Windows 11, macOS and recent GNOME/KDE platform themes already give a
    # dark palette when the desktop is dark; elsewhere we supply one.
    return is_dark(QGuiApplication.palette())


def _light_palette() -> QPalette:
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#f3f3f5", QPalette.ColorRole.WindowText: "#1d1d1f",
        QPalette.ColorRole.Base: "#ffffff", QPalette.ColorRole.AlternateBase: "#f6f6f8",
        QPalette.ColorRole.Text: "#1d1d1f", QPalette.ColorRole.Button: "#f7f7f9",
        QPalette.ColorRole.ButtonText: "#1d1d1f", QPalette.ColorRole.Highlight: "#0a64c2",
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#ffffff",
        QPalette.ColorRole.ToolTipText: "#1d1d1f", QPalette.ColorRole.PlaceholderText: "#8a8a90",
        QPalette.ColorRole.Link: "#0a64c2", QPalette.ColorRole.Mid: "#c8c8cc",
        QPalette.ColorRole.Midlight: "#e4e4e8", QPalette.ColorRole.Dark: "#a0a0a6",
        QPalette.ColorRole.Light: "#ffffff", QPalette.ColorRole.Shadow: "#707070",
    }
    for role, colour in roles.items():
        p.setColor(role, QColor(colour))
    _disabled(p, "#a0a0a6")
    return p


def _dark_palette() -> QPalette:
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2a2b2f", QPalette.ColorRole.WindowText: "#e8e8ea",
        QPalette.ColorRole.Base: "#1e1f22", QPalette.ColorRole.AlternateBase: "#26272b",
        QPalette.ColorRole.Text: "#e8e8ea", QPalette.ColorRole.Button: "#34353a",
        QPalette.ColorRole.ButtonText: "#e8e8ea", QPalette.ColorRole.Highlight: "#3d8ee8",
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#34353a",
        QPalette.ColorRole.ToolTipText: "#e8e8ea", QPalette.ColorRole.PlaceholderText: "#85858b",
        QPalette.ColorRole.Link: "#6cb0ff", QPalette.ColorRole.Mid: "#4a4b50",
        QPalette.ColorRole.Midlight: "#3c3d42", QPalette.ColorRole.Dark: "#18181a",
        QPalette.ColorRole.Light: "#505156", QPalette.ColorRole.Shadow: "#0a0a0a",
        QPalette.ColorRole.BrightText: "#ffffff",
    }
    for role, colour in roles.items():
        p.setColor(role, QColor(colour))
    _disabled(p, "#707076")
    return p


def _disabled(p: QPalette, colour: str) -> None:
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
