"""`tandem compare`: the comparison as a text report, JSON or exports, and an
exit status as diff's (0 same text, 1 different)."""
from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from typing import Optional

from .engine.errors import TandemError
from .exitstatus import comparison_status
from .output import STDOUT, write_output


def run_compare(args: argparse.Namespace) -> int:
    from .cliversions import many_versions, run_versions
    from .engine.export.text import comparison_text

    if many_versions(args):
        return run_versions(args)

    comparison, review, reviewed = _compared(args)
    exports = _exports(args)  # a bad target is refused before anything is written
    if args.json:
        _write_json(args.json, comparison, review if reviewed else None)
    for kind, target in exports:
        _export(kind, target, comparison, review, args)
    if not (args.json or exports):
        sys.stdout.write(comparison_text(comparison))
    return comparison_status(comparison, args.exit_zero)


def _compared(args: argparse.Namespace):
    """The comparison, its review, and whether the review came from a file."""
    from .engine.pdf_early import start_reader_for

    start_reader_for([getattr(args, name, None) for name in ("original", "other")])  # boots during the imports
    from .engine.api import compare_files, example_paths
    from .engine.review import Review

    project = _project(args)
    if project is not None:
        return (*_restore(args, project), True)
    if _bilingual(args):
        return _bilingual_comparison(args), Review(), False
    if args.source_lang or args.target_lang:
        raise TandemError("--source-lang and --target-lang are for one bilingual file (XLIFF, TMX) "
                          "compared on its own")
    left, right = _pair(args, example_paths)
    comparison = compare_files(left, right, _options(args), segment_mode=args.segment,
                               left_password=args.password, right_password=args.other_password or args.password,
                               left_language=_language(args.original_language),
                               right_language=_language(args.other_language),
                               left_attachment=args.attachment, right_attachment=args.other_attachment)
    return comparison, Review(), False


def _bilingual(args: argparse.Namespace) -> bool:
    """One document named, and it is an XLIFF or a TMX: its sources against its targets."""
    from .engine.api import is_bilingual

    return bool(args.original) and not args.other and not args.example and is_bilingual(args.original)


def _bilingual_comparison(args: argparse.Namespace):
    from .engine.api import compare_bilingual

    return compare_bilingual(args.original, _options(args),
                             source_language=args.source_lang or _language(args.original_language),
                             target_language=args.target_lang or _language(args.other_language))


def _write_json(target: str, comparison, review) -> None:
    from .engine.export.jsonout import to_json

    write_output(target, (to_json(comparison, review) + "\n").encode("utf-8"))


def _options(args: argparse.Namespace, base=None):
    """The command line's options; with a saved review, its options unless a
    flag asks for more."""
    from .engine.model import Options

    base = base or Options()
    return replace(base, ignore_case=args.ignore_case or base.ignore_case,
                   ignore_punctuation=args.ignore_punctuation or base.ignore_punctuation,
                   ignore_quotes=base.ignore_quotes and not args.keep_quote_style, time_budget=args.time_budget)


def _project(args: argparse.Namespace):
    if not args.review:
        return None
    from .engine.project import load_project

    if args.example:
        raise TandemError("give either --example or --review, not both")
    if bool(args.original) != bool(args.other):
        raise TandemError("with --review, give both documents or none (the review names its own)")
    return load_project(args.review)


def _restore(args: argparse.Namespace, project):
    from .engine.restore import restore_project

    restored = restore_project(project, _options(args, project.options),
                               segment_mode=args.segment if args.segment != "paragraphs" else None,
                               left_path=args.original, right_path=args.other, left_password=args.password,
                               right_password=args.other_password or args.password)
    if restored.notice():
        print(f"tandem: note: {restored.notice()}", file=sys.stderr)
    return restored.comparison, restored.review


def _exports(args: argparse.Namespace) -> list[tuple[str, str]]:
    chosen = [(kind, getattr(args, kind)) for kind in ("html", "pdf", "csv", "tmx", "xliff", "diff")
              if getattr(args, kind)]
    if any(kind == "pdf" and target == "-" for kind, target in chosen):
        raise TandemError("the PDF report needs a file name, not '-'")
    return chosen


def _export(kind: str, target: str, comparison, review, args: argparse.Namespace) -> None:
    from .reports.exports import render, write_export

    if target == STDOUT:
        write_output(target, render(kind, comparison, review, tmx_sentences=args.tmx_sentences))
        return
    write_export(kind, target, comparison, review, tmx_sentences=args.tmx_sentences)


def _language(code: Optional[str]) -> Optional[str]:
    if code is None:
        return None
    code = code.strip().lower()
    if not (2 <= len(code) <= 3 and code.isalpha()):
        raise TandemError(f"{code!r} is not a language code (use ISO 639-1, such as en, ru, de)")
    return code


def _pair(args: argparse.Namespace, example_paths) -> tuple[str, str]:
    if args.example:
        if args.original or args.other:
            raise TandemError("give either --example or two files, not both")
        return example_paths()
    if not (args.original and args.other):
        raise TandemError("two documents are needed: tandem compare ORIGINAL OTHER (or one bilingual file, "
                          "XLIFF or TMX; or --example)")
    return args.original, args.other
