"""`python -m desktop.bench quality [GOLD_DIR…]`: Tandem's alignment scored
against alignments made by hand, per pair and in total, run exactly as the
command line runs it (paragraph pairs as `tandem compare A B`, sentence-
aligned pairs as `tandem compare A B --segment lines`)."""
from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass, replace

from .driftgold import DriftScore, by_check, flags_of, mirrored, missed_items, read_drift, score_drift
from .gold import GoldPair, Link, Score, blocks_of_lines, discover, line_score, paragraph_score
from ..engine.export.table_text import text_table

DEFAULT_GOLD = os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "quality")


@dataclass(frozen=True)
class PairResult:
    pair: GoldPair
    languages: str
    scores: dict[str, Score]
    related: bool
    relatedness: float
    seconds: float
    degraded: tuple[str, ...]
    drift: DriftScore | None = None  # paragraph pairs whose gold lists drift


def run_pair(pair: GoldPair, time_budget: float | None = None, as_unknown: bool = False) -> PairResult:
    """``time_budget``: the command line's unless given (the tests give a
    generous one, so that a busy machine cannot make the answer coarser).
    ``as_unknown``: compared as if the main encoder knew the original's
    language only (see ``unknown_language_results``)."""
    if as_unknown:
        from desktop.engine import encoder
        from desktop.engine.language import detect_language

        with encoder.limited_to([detect_language(_read(pair.original))]):
            return run_pair(pair, time_budget)
    from desktop.engine.api import compare_files
    from desktop.engine.model import SEGMENT_LINES, SEGMENT_PARAGRAPHS, Options

    mode = SEGMENT_LINES if pair.kind == "lines" else SEGMENT_PARAGRAPHS
    options = Options() if time_budget is None else Options(time_budget=time_budget)
    started = time.perf_counter()
    comparison = compare_files(pair.original, pair.other, options, segment_mode=mode)
    seconds = time.perf_counter() - started
    drift = None
    if pair.kind == "lines":
        scores = line_score(list(pair.links), predicted_lines(comparison))
    else:
        scores = paragraph_score(pair, predicted_blocks(comparison, pair))
        flags = flags_of(comparison, pair)
        drift = replace(score_drift(flags, read_drift(pair)), mirrored=_mirrored(pair, flags, options))
    languages = f"{comparison.left.language}-{comparison.right.language}"
    return PairResult(pair, languages, scores, bool(comparison.related), float(comparison.relatedness),
                      seconds, tuple(comparison.degraded), drift)


def _read(path: str) -> str:
    with open(path, encoding="utf-8") as handle:
        return handle.read()


def unknown_language_results(results: list[PairResult], time_budget: float | None = None) -> list[PairResult]:
    """The paragraph pairs across two languages compared again as if the
    main encoder did not know the other one: what a pair in a language
    beyond it (Czech, Norwegian, Ukrainian, Swedish …) gets, measured where
    there is gold."""
    out = []
    for result in results:
        if result.pair.kind == "paragraphs" and result.languages.split("-")[0] != result.languages.split("-")[-1]:
            print(f"comparing {result.pair.name} as if its other language were unknown …", file=sys.stderr,
                  flush=True)
            out.append(run_pair(result.pair, time_budget, as_unknown=True))
    return out


def _mirrored(pair: GoldPair, flags, options) -> int:
    """The pair compared the other way round: how many flags come back mirrored."""
    from desktop.engine.api import compare_files

    swapped = replace(pair, original=pair.other, other=pair.original)
    return mirrored(flags, flags_of(compare_files(swapped.original, swapped.other, options), swapped))


def predicted_blocks(comparison, pair: GoldPair) -> list[Link]:
    """Linked groups as gold paragraph ids (blank-line blocks), found by the
    source line each paragraph starts on."""
    left_block, _ = blocks_of_lines(pair.original)
    right_block, _ = blocks_of_lines(pair.other)

    def ids(document, pids, block_of):
        return tuple(sorted({block_of[document.paragraphs[p].line - 1] for p in pids}))

    return [(ids(comparison.left, g.left, left_block), ids(comparison.right, g.right, right_block))
            for g in comparison.groups if g.left and g.right]


def predicted_lines(comparison) -> list[Link]:
    """Every group (unlinked ones too, as Vecalign's output has them) as
    0-based line numbers."""
    def ids(document, pids):
        return tuple(sorted(document.paragraphs[p].line - 1 for p in pids))

    return [(ids(comparison.left, g.left), ids(comparison.right, g.right)) for g in comparison.groups]


def _cells(score: Score) -> tuple[str, str, str]:
    return f"{score.precision:.3f}", f"{score.recall:.3f}", f"{score.f1:.3f}"


def _row(name: str, languages: str, main: Score, second: Score | None, verdict: str, seconds: str):
    return (name, languages, *_cells(main), f"{second.f1:.3f}" if second else "", verdict, seconds)


def report(results: list[PairResult]) -> str:
    header = ("pair", "languages", "precision", "recall", "F1", "F1 lax/all", "verdict", "time")
    rows = []
    for r in results:
        main, second = (r.scores["strict"], r.scores.get("lax") or r.scores.get("all"))
        verdict = f"{'related' if r.related else 'UNRELATED'} {r.relatedness:.2f}"
        if r.degraded:
            verdict += " (degraded)"
        rows.append(_row(r.pair.name, r.languages, main, second, verdict, f"{r.seconds:.2f} s"))
    for kind, label in (("paragraphs", "paragraph pairs"), ("lines", "sentence-aligned")):
        chosen = [r for r in results if r.pair.kind == kind]
        if not chosen:
            continue
        total = _total(chosen, "strict")
        second = _total(chosen, "lax" if kind == "lines" else "all")
        related = sum(r.related for r in chosen)
        worst = min(r.scores["strict"].f1 for r in chosen)
        rows.append(_row(f"TOTAL {label} ({len(chosen)}; lowest F1 {worst:.3f})", "", total, second,
                         f"{related}/{len(chosen)} related", f"{sum(r.seconds for r in chosen):.2f} s"))
        across = [r for r in chosen if r.languages.split("-")[0] != r.languages.split("-")[1]]
        if kind == "paragraphs" and across:
            rows.append(_row(f"  across languages ({len(across)})", "", _total(across, "strict"),
                             _total(across, "all"), "", ""))
    return text_table(header, rows)


def drift_report(results: list[PairResult]) -> str:
    """Gold drift found and flags that point at nothing in the gold, per pair
    and in total, then each false alarm and each gold item missed, so a
    person can read them."""
    header = ("pair", "languages", "gold items found", "flags", "false alarms", "errors+warnings false",
              "mirrored when swapped")
    rows, lines, missed = [], [], []
    chosen = [r for r in results if r.drift is not None]
    for r in chosen:
        d = r.drift
        rows.append((r.pair.name, r.languages, f"{d.found} / {d.gold}", str(d.flags),
                     f"{len(d.false_alarms)} ({_share(len(d.false_alarms), d.flags)})",
                     f"{d.serious_false} / {d.serious_flags}", f"{d.mirrored} / {d.flags}"))
        lines += [f"  {r.pair.name}: [{f.severity}] {f.kind}: {f.message}" for f in d.false_alarms]
        missed += [f"  {r.pair.name}: {g.kind} ({g.severity}; orig {sorted(g.orig)}, other {sorted(g.other)}): "
                   f"{g.description}" for g in missed_items(d)]
    if chosen:
        gold, found = sum(r.drift.gold for r in chosen), sum(r.drift.found for r in chosen)
        flags = sum(r.drift.flags for r in chosen)
        false = sum(len(r.drift.false_alarms) for r in chosen)
        serious = sum(r.drift.serious_flags for r in chosen)
        serious_false = sum(r.drift.serious_false for r in chosen)
        mirror = sum(r.drift.mirrored or 0 for r in chosen)
        rows.append(("TOTAL", "", f"{found} / {gold} ({_share(found, gold)})", str(flags),
                     f"{false} ({_share(false, flags)})", f"{serious_false} / {serious}",
                     f"{mirror} / {flags} ({_share(mirror, flags)})"))
    checks = [(kind, str(raised), f"{false} ({_share(false, raised)})", f"{found} / {items}")
              for kind, (raised, false, items, found) in by_check([r.drift for r in chosen]).items()]
    by_kind = "\n\n" + text_table(("check", "flags", "false alarms", "gold items of the kind found"), checks)
    return (text_table(header, rows) + (by_kind if checks else "") + _by_language(chosen)
            + ("\n\nFlags that point at no gold item:\n" + "\n".join(lines) if lines else "")
            + ("\n\nGold items no flag points at:\n" + "\n".join(missed) if missed else ""))


def _by_language(results: list[PairResult]) -> str:
    """Gold items found and false alarms per pair of languages (within a
    language: a rewrite), over every pair of those languages."""
    table: dict[str, list[int]] = {}
    for r in results:
        row = table.setdefault(r.languages, [0, 0, 0, 0, 0])
        d = r.drift
        for k, value in enumerate((1, d.found, d.gold, d.flags, len(d.false_alarms))):
            row[k] += value
    rows = [(languages, str(pairs), f"{found} / {gold} ({_share(found, gold)})", str(flags),
             f"{false} ({_share(false, flags)})")
            for languages, (pairs, found, gold, flags, false) in sorted(table.items())]
    if not rows:
        return ""
    return "\n\n" + text_table(("languages", "pairs", "gold items found", "flags", "false alarms"), rows)


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.0%}" if whole else "-"


def _total(results: list[PairResult], key: str) -> Score:
    total = results[0].scores[key]
    for r in results[1:]:
        total = total + r.scores[key]
    return total


def main(argv: list[str]) -> int:
    as_unknown = "--as-unknown" in argv
    argv = [a for a in argv if a != "--as-unknown"]
    paths = argv or [os.path.normpath(DEFAULT_GOLD)]
    pairs = discover(paths)
    if not pairs:
        print(f"quality: no gold pairs found in {', '.join(paths)} (see docs/quality.md)", file=sys.stderr)
        return 2
    results = []
    for pair in pairs:
        print(f"comparing {pair.name} …", file=sys.stderr, flush=True)
        results.append(run_pair(pair))
    print(report(results))
    print()
    print(drift_report(results))
    if as_unknown:
        unknown = unknown_language_results(results)
        print()
        print("As if the main encoder did not know the other language (the path of Czech, Swedish, Ukrainian …):")
        print(report(unknown))
        print()
        print(drift_report(unknown))
    return 0
