"""Translators' QA on each segment, in the manner of Xbench, added to the
drift checks' findings (figures, dates, names are theirs):

- tags: inline codes of the source missing from the target, or added;
- same_as_source: a target that is its source, word for word (untranslated?);
- consistency: one source translated in different ways, or one translation
  standing for different sources;
- repeated_word: "the the" in the target (and not in the source);
- punctuation: the source ends as a sentence, question or exclamation,
  the target otherwise.
Untranslated segments are groups of their own (status "omitted")."""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import replace

from ..model import EDITED, UNCHANGED, Document, Drift, Group, Paragraph
from ..normalise import fold

_WORD = re.compile(r"[^\W\d_]{2,}")
_REPEATED = re.compile(r"\b([^\W\d_]+)\s+\1\b", re.IGNORECASE)
# A sentence's end, whatever the script writes it with.
_ENDINGS = {".": ".", "…": ".", "。": ".", "．": ".", "।": ".", "۔": ".", "!": "!", "！": "!",
            "?": "?", "？": "?", "؟": "?", ":": ":", "：": ":", ";": ";", "；": ";"}
_CLOSERS = " \u00a0\"'”’»›)]」』⟨⟩"  # closing quotes, brackets and placeholders stand after the end


def with_qa(groups: tuple[Group, ...], left: Document, right: Document) -> tuple[Group, ...]:
    pairs = {g.index: (left.paragraphs[g.left[0]], right.paragraphs[g.right[0]])
             for g in groups if g.shape == "1:1"}
    across = left.language != right.language
    consistency = _consistency(pairs)
    out = []
    for group in groups:
        if group.index not in pairs:
            out.append(group)
            continue
        source, target = pairs[group.index]
        found = (_tags(source, target) + (_same_as_source(source, target) if across else [])
                 + _repeated_word(source, target) + _punctuation(source, target)
                 + consistency.get(group.index, []))
        out.append(_with_items(group, found))
    return tuple(out)


def _with_items(group: Group, items: list[Drift]) -> Group:
    """An unchanged group with a QA finding is one to look at: edited."""
    if not items:
        return group
    if group.edit == UNCHANGED:
        group = replace(group, edit=EDITED, status=EDITED if not group.moved else group.status)
    return replace(group, drift=group.drift + tuple(items))


def _item(kind: str, severity: str, message: str, source: Paragraph, target: Paragraph, *,
          left_text: str = "", right_text: str = "", right_span=None) -> Drift:
    return Drift(kind, severity, message, left_text, right_text, source.id, target.id, None, right_span)


def _codes(paragraph: Paragraph) -> tuple[str, ...]:
    return paragraph.segment.codes if paragraph.segment is not None else ()


def code_label(code: str) -> str:
    """"x#1" -> "<x 1>", as a translator would recognise the tag."""
    name, _, ident = code.partition("#")
    return f"<{name} {ident}>" if ident else f"<{name}>"


def _tags(source: Paragraph, target: Paragraph) -> list[Drift]:
    ours, theirs = Counter(_codes(source)), Counter(_codes(target))
    missing, extra = list((ours - theirs).elements()), list((theirs - ours).elements())
    if not (missing or extra):
        return []
    parts = []
    if missing:
        parts.append("the target lacks " + ", ".join(map(code_label, missing)))
    if extra:
        parts.append("the target adds " + ", ".join(map(code_label, extra)))
    return [_item("tags", "warning", "Inline codes differ: " + "; ".join(parts), source, target,
                  left_text=" ".join(map(code_label, missing)), right_text=" ".join(map(code_label, extra)))]


def _same_as_source(source: Paragraph, target: Paragraph) -> list[Drift]:
    if fold(source.text) != fold(target.text) or not any(w.islower() for w in _WORD.findall(source.text)):
        return []  # names, figures, codes ("Coastal Watch", "CRA-2025"): the same in every language
    return [_item("same_as_source", "note", "The target is the same as the source: not translated?",
                  source, target, left_text=source.text, right_text=target.text)]


def _repeated_word(source: Paragraph, target: Paragraph) -> list[Drift]:
    said = {m.group(1).casefold() for m in _REPEATED.finditer(source.text)}
    return [_item("repeated_word", "note", f"“{m.group(1)}” twice in a row in the target", source, target,
                  right_text=m.group(0), right_span=m.span())
            for m in _REPEATED.finditer(target.text) if m.group(1).casefold() not in said]


def _ending(text: str) -> str:
    stripped = text.rstrip(_CLOSERS)
    return _ENDINGS.get(stripped[-1:], "") if stripped else ""


def _punctuation(source: Paragraph, target: Paragraph) -> list[Drift]:
    ours, theirs = _ending(source.text), _ending(target.text)
    if ours == theirs:
        return []
    said = f"with “{theirs}”" if theirs else "without one"
    return [_item("punctuation", "note",
                  f"The source ends with “{ours}”, the target {said}" if ours
                  else f"The target ends with “{theirs}”, the source without one", source, target,
                  left_text=ours, right_text=theirs)]


def _consistency(pairs: dict[int, tuple[Paragraph, Paragraph]]) -> dict[int, list[Drift]]:
    """Across the file: the same source translated differently (a warning),
    the same translation of different sources (a note)."""
    by_source, by_target = defaultdict(list), defaultdict(list)
    for index, (source, target) in pairs.items():
        if _WORD.search(source.text) and _WORD.search(target.text):
            by_source[fold(source.text)].append(index)
            by_target[fold(target.text)].append(index)
    found: dict[int, list[Drift]] = defaultdict(list)
    _differing(by_source, pairs, found, side=1, kind_message="The same source is translated differently in",
               severity="warning")
    _differing(by_target, pairs, found, side=0,
               kind_message="The same translation stands for a different source in", severity="note")
    return found


def _differing(groups_of: dict, pairs, found: dict, *, side: int, kind_message: str, severity: str) -> None:
    """For each set of groups sharing one side's text, those whose other
    side (``side``: 0 source, 1 target) differs."""
    for indices in groups_of.values():
        if len({fold(pairs[i][side].text) for i in indices}) < 2:
            continue
        for index in indices:
            others = [i for i in indices if fold(pairs[i][side].text) != fold(pairs[index][side].text)]
            source, target = pairs[index]
            ids = ", ".join(_segment_id(pairs[i][0]) for i in others)
            texts = " | ".join(pairs[i][side].text for i in others)  # the other side's other wordings
            found[index].append(_item("consistency", severity, f"{kind_message} {ids}", source, target,
                                      left_text="" if side else texts, right_text=texts if side else ""))


def _segment_id(paragraph: Paragraph) -> str:
    return paragraph.segment.id if paragraph.segment is not None else f"¶{paragraph.id}"
