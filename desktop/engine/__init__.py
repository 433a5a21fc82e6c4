"""Tandem's comparison engine. Imports no Qt: plain data in, frozen
dataclasses out (see ``model``); every stage takes a ``Progress``."""
from .api import compare_documents, compare_files, example_paths, load_document  # noqa: F401
