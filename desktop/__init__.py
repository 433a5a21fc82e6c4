"""Tandem: two versions of a document side by side, offline."""
__version__ = "0.1.0"
