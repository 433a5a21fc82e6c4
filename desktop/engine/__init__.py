"""Tandem's comparison engine. Imports no Qt: plain data in, frozen
dataclasses out (see ``model``); every stage takes a ``Progress``.

The front door (``api``) loads lazily, so that importing ``engine.model``
alone does not pull in NumPy and SciPy. The window, the command line and a
Python user call the same few functions::

    from desktop.engine import compare_files
    from desktop.reports.exports import render
    from desktop.engine.review import Review

    comparison = compare_files("release.txt", "rewrite.html")
    for group in comparison.groups:
        print(group.status, group.left, group.right, [d.message for d in group.drift])
    open("report.html", "wb").write(render("html", comparison, Review()))"""
from __future__ import annotations

_API = ("compare_bilingual", "compare_documents", "compare_files", "document_from_text", "example_paths",
        "is_bilingual", "load_document", "load_pair")


def __getattr__(name: str):
    if name in _API:
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
