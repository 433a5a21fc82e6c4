"""Tandem's desktop window: a thin Qt layer over desktop.engine."""
from ..qtcompat import pin_none

pin_none()
