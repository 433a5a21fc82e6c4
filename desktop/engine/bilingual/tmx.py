"""TMX (1.1–1.4b): each translation unit's variants in the two languages
compared. The source is the header's srclang (or the first language the
units use), the target the first other language, unless chosen."""
from __future__ import annotations

from typing import Optional

from ..errors import InputError
from ..formats.sniff import TMX
from .inline import flatten
from .segments import BilingualFile, Segment, Side, unique_ids
from .xmlread import XML_LANG, child, children, encoding_of, local, namespace

ALL_LANGUAGES = "*all*"


def read_tmx(root, name: str, source: Optional[str] = None, target: Optional[str] = None) -> BilingualFile:
    """``source``/``target``: the languages to compare (BCP 47, "de" finds
    "de-DE" when the file has only one German)."""
    if local(root) != "tmx":
        raise InputError(f"{name}: not a TMX file (its root element is <{local(root)}>)")
    space = namespace(root)
    body = child(root, "body", space)
    units = children(body, "tu", space) if body is not None else []
    languages = _languages(units, space)
    if len(languages) < 2:
        held = f"only {languages[0]}" if languages else "no language at all"
        raise InputError(f"{name}: this translation memory holds {held}; there is nothing to compare")
    header = child(root, "header", space)
    declared = header.get("srclang", "") if header is not None else ""
    source_language = _source(source, declared, languages, name)
    target_language = _pick(target, languages, name, "target") if target else next(
        code for code in languages if code.lower() != source_language.lower())
    if target_language.lower() == source_language.lower():
        raise InputError(f"{name}: the source and target languages are both {source_language}")
    segments = [_segment(unit, n, source_language, target_language, space) for n, unit in enumerate(units)]
    kept = [s for s in segments if s.source is not None or s.target is not None]
    ids = unique_ids([s.id for s in kept], [s.unit for s in kept])
    kept = [Segment(shown, s.unit, s.key, s.source, s.target) for s, shown in zip(kept, ids)]
    return BilingualFile(TMX, root.get("version", ""), source_language, target_language, tuple(kept),
                         encoding_of(root), tuple(languages))


def _language(variant) -> str:
    return variant.get(XML_LANG) or variant.get("lang") or ""  # TMX 1.1 said "lang"


def _languages(units: list, space: str) -> list[str]:
    """Every language the units use, once, as first written, in order."""
    seen: dict[str, str] = {}
    for unit in units:
        for variant in children(unit, "tuv", space):
            code = _language(variant)
            if code:
                seen.setdefault(code.lower(), code)
    return list(seen.values())


def _source(chosen: Optional[str], declared: str, languages: list[str], name: str) -> str:
    if chosen:
        return _pick(chosen, languages, name, "source")
    if declared and declared != ALL_LANGUAGES:
        found = _match(declared, languages)
        if len(found) == 1:
            return found[0]
    return languages[0]


def _pick(wanted: str, languages: list[str], name: str, role: str) -> str:
    found = _match(wanted, languages)
    held = ", ".join(languages)
    if not found:
        raise InputError(f"{name}: no {wanted} in this translation memory (it holds {held}); "
                         f"choose the {role} language with --{role}-lang")
    if len(found) > 1:
        raise InputError(f"{name}: {wanted} is ambiguous here ({', '.join(found)}); give one of them")
    return found[0]


def _match(wanted: str, languages: list[str]) -> list[str]:
    """The exact language (case aside), else those of the same primary
    language ("de" finds "de-DE" and "de-AT")."""
    exact = [code for code in languages if code.lower() == wanted.lower()]
    if exact:
        return exact
    primary = wanted.lower().split("-")[0]
    return [code for code in languages if code.lower().split("-")[0] == primary] if "-" not in wanted else []


def _segment(unit, n: int, source: str, target: str, space: str) -> Segment:
    tuid = unit.get("tuid") or str(n + 1)
    variants = {}
    for variant in children(unit, "tuv", space):
        variants.setdefault(_language(variant).lower(), variant)
    return Segment(tuid, tuid, (0, tuid, n), _side(variants.get(source.lower()), space),
                   _side(variants.get(target.lower()), space))


def _side(variant, space: str) -> Optional[Side]:
    seg = child(variant, "seg", space) if variant is not None else None
    if seg is None:
        return None
    text, codes = flatten(seg)
    return Side(text, codes, seg.sourceline or 1) if text else None
