"""Names of people, organisations and places, and job titles: a name
dropped, added or replaced; a speaker's role changed."""
from __future__ import annotations

import re
from functools import lru_cache

from ..model import Drift
from ..translit import skeleton
from .context import GroupContext, Mention
from .countries import with_capitals
from .lexicon import (
    FEMININE_SURNAME_ENDING, LISTENER_PREPOSITIONS,
    ACRONYMS_AS_WORDS, CAPITALISED_NOUNS, CURRENCY_SYMBOLS, NAME_PARTICLES, SPEECH_VERBS, TITLE_QUALIFIERS, TITLE_WORDS, currency_codes, currency_words,
    months, number_words, weekdays,
)

_CAPITAL = r"[A-ZА-ЯЁÀ-ÖØ-Þ]"
_PARTICLE = "|".join(NAME_PARTICLES)
_NAME = re.compile(
    rf"{_CAPITAL}[\w’'\-.]*\w(?:\s+(?:(?:{_PARTICLE})\s+){{0,2}}{_CAPITAL}[\w’'\-]*\w)*")
# Words too common in organisation names to tell one from another.
_GENERIC = frozenset(
    "international association organisation organization republic union committee council "
    "ministry group network foundation human rights watch national federal state office "
    "service agency centre center institute society movement the".split())
_POSSESSIVE = re.compile(r"[’']s?$")
_FEMININE = re.compile(rf"(?<=\w{{3}}){FEMININE_SURNAME_ENDING}$", re.IGNORECASE)
# Cosine of one name in two languages (Germany / Allemagne 0.96, Denmark /
# Дания 0.72, Belarus / bielorusso 0.62, Moscow / Russia 0.58). Neighbours
# score as high (Germany / Pologne 0.57): a name replaced by a neighbour is
# missed, measured and accepted, since a higher bar flags loose but faithful
# renderings on the real pairs (Moscow / Russia, Geneva / Женева 0.69).
TRANSLATED_NAME_AT = 0.55


@lru_cache(maxsize=65_536)  # asked for every capitalised word of every group, and for every word
def name_key(word: str) -> str:
    """Forms of one name meet: "Kyrgyzstan" / "Kyrgyzstani" / "Кыргызстан",
    "Russia's" / "Russia"."""
    return skeleton(_FEMININE.sub("", _POSSESSIVE.sub("", word)))[:5]


def _candidates(context: GroupContext, side: str, sentence: int) -> list[Mention]:
    return context.memo(("names", side, sentence), lambda: _find_candidates(context, side, sentence))


def _find_candidates(context: GroupContext, side: str, sentence: int) -> list[Mention]:
    s = (context.left if side == "left" else context.right)[sentence]
    language = context.left_language if side == "left" else context.right_language
    known = context.document_names
    lowercase = context.lowercase_words(side)
    found = []
    for m in _NAME.finditer(s.text):
        words = [w for w in re.split(r"\s+", m.group()) if w[:1].isupper()]
        start = m.start()
        if len(words) > 1 and words[0].lower() in number_words(language):
            words = words[1:]  # "Five UN experts": a count opening the sentence is no part of the name
            start = m.start() + m.group().index(words[0])
        if _is_common(words, s.text, m.start(), known, language, lowercase) \
                or _is_speaker(s.text, m.start(), m.end()) or _names_currency(s.text, m.end(), language) \
                or all(w in currency_codes() for w in words):
            continue  # "NOK 2.3 billion": a currency's code is a unit, not a name
        if any(w.lower() in TITLE_WORDS for w in words):
            continue  # a job title: the title check compares those
        if context.across and (_inside_quotes(s.text, m.start()) or
                               all(w.lower() in number_words(language) for w in words)):
            continue  # titles in quotes are translated; "Четырнадцать" is a number
        # "ЛГБТ-сообществу": each part of a hyphenated word may be the name
        keys = frozenset(name_key(part) for w in words for part in _parts(w) if name_key(part) not in _GENERIC)
        if keys:
            found.append(context.mention(side, sentence, start, m.end(), keys))
    return found


def _is_common(words: list[str], text: str, start: int, known: frozenset[str], language: str,
               lowercase: frozenset[str]) -> bool:
    """A capitalised word opening a sentence (or a dateline's dash) is a name
    only if the documents also write it capitalised mid-sentence; a single
    word its own document also writes in lower case ("Men" / "men", "États" /
    "états") is a common word; months and weekdays are not names."""
    calendar = months(language), weekdays(language)
    if all(w.lower().strip(".’'") in calendar[0] or w.lower() in calendar[1] for w in words):
        return True
    if len(words) == 1 and _POSSESSIVE.sub("", words[0]).lower() in lowercase:
        return True
    opens_sentence = start == 0 or bool(re.search(r"[.!?:\"“‘«„'(–—]\s*$", text[:start]))
    if opens_sentence and len(words) == 1:
        word = words[0]
        return not (word.isupper() and len(word) > 1) and name_key(word) not in known
    return False


def _names_currency(text: str, end: int, language: str) -> bool:
    """"US$45 million", "US dollars", "Swiss francs": part of a currency."""
    if text[end:end + 1] in tuple(CURRENCY_SYMBOLS):
        return True
    following = re.match(r"\s+([^\W\d_]+)", text[end:end + 30])
    if not following or not following.group(1)[0].islower():
        return False  # "Russian" after a name is no currency, "dollars" is
    word, nouns = following.group(1), currency_words(language)
    return any(word[:end] in nouns for end in range(4, len(word) + 1))  # "dollars" begins with "dollar"


def _inside_quotes(text: str, at: int) -> bool:
    """Inside quotation marks of any kind, single ones too (‘Walls of Sand’)."""
    from .quotes import quoted_spans  # quotes reads names: imported when asked

    if any(q.start <= at < q.end for q in quoted_spans(text, 0)):
        return True
    before = text[:at]
    opened = sum(before.count(c) for c in "“«„")
    closed = sum(before.count(c) for c in "”»“") - before.count("“") if "„" in before else sum(
        before.count(c) for c in "”»")
    straight = before.count('"')
    return opened > closed or straight % 2 == 1


def _is_speaker(text: str, start: int, end: int) -> bool:
    """Names next to "said" are the attribution check's to compare, and so
    is who was told ("dijo a EFE")."""
    before = re.findall(r"\w+", text[max(0, start - 20):start])[-2:]
    if len(before) == 2 and before[1].lower() not in LISTENER_PREPOSITIONS:
        before = before[1:]
    after = re.findall(r"\w+", text[end:end + 20])[:1]
    return any(w.lower() in SPEECH_VERBS for w in before + after)


def names(context: GroupContext, side: str, sentences: list[int]) -> list[Mention]:
    return [m for index in sentences for m in _candidates(context, side, index)]


def _keys(mentions: list[Mention]) -> set[str]:
    return {k for m in mentions for k in m.value}


def check_names(context: GroupContext) -> list[Drift]:
    """A name counts as kept if any of its distinctive words is on the other
    side ("Denis Krivosheev" / "Krivosheev"), whatever its form or case."""
    left = names(context, "left", context.matched_left())
    right = names(context, "right", context.matched_right())
    left_keys = _keys(left) | _plain_keys(context.left)
    right_keys = _keys(right) | _plain_keys(context.right)
    dropped = [m for m in left if not meets(m.value, right_keys)]
    # A name the other document has elsewhere was neither lost nor is it news
    # (the same rule both ways, so that swapping the sides mirrors the drift).
    added = [m for m in right if not meets(m.value, left_keys) and not (m.value & context.left_document_names)]
    if dropped or added:  # a capital for its country ("the authorities in Moscow") is the same name
        dropped = [m for m in dropped if not meets(frozenset(with_capitals(m.value)), right_keys)]
        added = [m for m in added if not meets(frozenset(with_capitals(m.value)), left_keys)]
    dropped, added = _first_of_each(dropped), _first_of_each(added)
    dropped = [m for m in dropped if not _spelled_out(m, context.documents.right_acronyms)] \
        if context.documents else dropped
    dropped = [m for m in dropped if not _initials_said(m, context.right)
               and not _defined_as(m, context.left, right_keys | context.right_document_names)]
    added = [m for m in added if not _defined_as(m, context.right, left_keys | context.left_document_names)]
    added = [m for m in added if not _spelled_out(m, context.documents.left_acronyms)] \
        if context.documents else added
    if context.across:
        # Names are found by their capitals: in a script without them (Korean,
        # Chinese, Arabic…) nothing can be said to be dropped or added there.
        dropped = (_translated(context, _proper_names(context, dropped, "left"), "left")
                   if context.documents.right_capitals else [])
        added = (_translated(context, _proper_names(context, added, "right"), "right")
                 if context.documents.left_capitals else [])
    dropped, added = _not_counted_out(context, dropped, "left"), _not_counted_out(context, added, "right")
    items = []
    for mention in dropped:
        partner = next((r for r in added if context.paired(mention.sentence, r.sentence)
                        and (_same_share(context, mention, r) if context.across
                             else _same_slot(context, mention, r))), None)
        replacement = None if partner else _replaced_by_word(context, mention)
        if partner is not None:
            added.remove(partner)
            items.append(context.item("name", "error", f"Name “{mention.text}” became “{partner.text}”",
                                      mention, partner))
        elif replacement is not None:
            old, new = replacement
            items.append(context.item("name", "warning", f"“{old.text}” became “{new.text}”", old, new))
        elif not mention.value & context.right_document_names:
            items.append(context.item("name", "warning", f"Name “{mention.text}” was dropped", left=mention))
    for mention in added:
        items.append(context.item("name", "note", f"Name “{mention.text}” was added", right=mention))
    return items


COUNT_REACH = 24  # characters from a count to the name it qualifies ("four former Soviet states")


def _not_counted_out(context: GroupContext, mentions: list, side: str) -> list:
    """"The four former Soviet states" where the other version names the
    four: the name qualified the count its list now spells out, and the
    names of the list spell out the count (both ways, so that swapping the
    sides mirrors the drift)."""
    from .numbers import counted_out, counts_of, name_lists, quantities

    other_side = "right" if side == "left" else "left"
    other_texts = context.right_texts if side == "left" else context.left_texts
    own_texts = context.left_texts if side == "left" else context.right_texts
    theirs = counts_of(context, other_side)
    sentences = getattr(context, side)

    def qualifies_a_count(mention) -> bool:
        return any(m.end <= mention.start <= m.end + COUNT_REACH and counted_out(m, other_texts)
                   for m in quantities(context, side, mention.sentence))

    def listed(mention) -> bool:
        text = own_texts[sentences[mention.sentence].paragraph]
        return any(n in theirs and start <= mention.start < end for n, start, end in name_lists(text))

    return [m for m in mentions if not qualifies_a_count(m) and not listed(m)]


PHRASE_WORDS = 4  # a name translated may take this many words ("Agenzia ONU per i Rifugiati")
_COMPOUND_NAME = 16  # letters of a one-word name that may hold several ("Menschenrechtskommissar")
_ELISION = re.compile(r"^\w{1,4}[’']")  # "l’Organizzazione", "d’Amnesty"


def phrases(sentences, longest: int = 1) -> list[str]:
    """Every word (a name may be translated into a common word or an
    adjective: "Russian" / "российских", "Soviet" / "ex Urss"), and with
    ``longest`` > 1 every run of up to that many words that opens with a
    capital (a name translated into several: "UN Refugee Agency" / "Agencia
    de la ONU para los Refugiados")."""
    found = []
    for s in sentences:
        words = [_POSSESSIVE.sub("", w) or w for w in re.findall(r"[^\W\d_][\w’'\-]+|[^\W\d_]", s.text)]
        found.extend(words)
        for at, word in enumerate(words):
            if _ELISION.sub("", word)[:1].isupper():
                found.extend(" ".join(words[at:at + size]) for size in range(2, longest + 1)
                             if at + size <= len(words))
    return list(dict.fromkeys(found))


def translated(names: list[str], other_sentences, languages: tuple[str, str] = ("", "")) -> list[bool]:
    """Across languages a name may be translated, not transliterated
    (Denmark / Дания / Dänemark, North Sea / Северное море): the encoder
    knows those are one name. Per name: whether the other side has such a
    counterpart, among its words first, then (for the names left) among its
    runs of words. ``languages``: the names' and the other side's (see
    ``ACRONYMS_AS_WORDS``)."""
    writes_words = tuple(language in ACRONYMS_AS_WORDS for language in languages)
    found = _near_any(names, phrases(other_sentences), writes_words)
    # A name of one word becomes several only where one word can hold several
    # ("Wereldgezondheidsorganisatie"): elsewhere it is looked for among words.
    longer_ones = [n for n, there in zip(names, found) if not there and (" " in n or len(n) >= _COMPOUND_NAME)]
    if longer_ones:
        near = dict(zip(longer_ones, _near_any(longer_ones, [p for p in phrases(other_sentences, PHRASE_WORDS)
                                                             if " " in p], writes_words)))
        found = [there or near.get(n, False) for n, there in zip(names, found)]
    return found


_ACRONYM_AS_WORD = 5  # letters of an acronym written as a word ("Urss", "Onu", "Otan"; the encoder knows "URSS")


def _near_any(names: list[str], other_phrases: list[str], acronyms_as_words=(False, False)) -> list[bool]:
    if not names or not other_phrases:
        return [False] * len(names)
    from ..encoder import embed

    own_words, other_words = acronyms_as_words
    forms = [[n] + ([n.upper()] if own_words and _acronym_as_word(n) else []) for n in names]
    flat = [f for group in forms for f in group]
    bare = [_ELISION.sub("", p) for p in other_phrases] if other_words else []  # "all’Onu"
    others = other_phrases + [p.upper() for p in bare if _acronym_as_word(p)]
    best = (embed(flat) @ embed(others).T).max(axis=1)
    at = 0
    found = []
    for group in forms:
        found.append(bool(best[at:at + len(group)].max() >= TRANSLATED_NAME_AT))
        at += len(group)
    return found


def _acronym_as_word(name: str) -> bool:
    """A word that may be an acronym written with one capital (``ACRONYMS_AS_WORDS``)."""
    return name.isalpha() and 2 < len(name) <= _ACRONYM_AS_WORD and name[0].isupper() and name[1:].islower()


def _translated(context: GroupContext, names: list[Mention], side: str) -> list[Mention]:
    """The names of ``side`` with no translated counterpart on the other side."""
    languages = (context.left_language, context.right_language)
    other_sentences = context.right if side == "left" else context.left
    kept = translated([m.text for m in names], other_sentences, languages if side == "left" else languages[::-1])
    return [m for m, found in zip(names, kept) if not found]


def _proper_names(context: GroupContext, found: list[Mention], side: str) -> list[Mention]:
    """In German every noun is capitalised: a name "added" or "dropped" there
    means nothing."""
    language = context.left_language if side == "left" else context.right_language
    return [] if language in CAPITALISED_NOUNS else found


def _plain_keys(sentences) -> set[str]:
    """Every word, whatever its case: "Constitutions" / "constitutions" is no drop."""
    return {name_key(part) for s in sentences for w in re.findall(r"[\w’'\-]+", s.text) for part in _parts(w)}


SHORT_KEY = 4  # letters: a whole name of just this length (LGBT) meets the longer keys it begins (LGBTI)


def _parts(word: str) -> list[str]:
    """The word and, where it holds several, its parts: "ЛГБТ-сообщества",
    "C.Bryne" (an initial written against the name)."""
    pieces = [p for p in re.split(r"-|(?<=\w)\.(?=\w)", word) if len(p) > 1 and p != word]
    return [word] + pieces if pieces else [word]


def meets(keys: frozenset[str], others: set[str]) -> bool:
    """A name's keys against the other side's: equal, or one a short name
    that the other begins with ("lgbt" / "lgbti")."""
    if keys & others:
        return True
    short_others = {o for o in others if len(o) == SHORT_KEY}  # shorter ones ("в", "UN") would meet anything
    return any(k[:SHORT_KEY] in short_others for k in keys if len(k) > SHORT_KEY) or any(
        o.startswith(k) for k in keys if len(k) == SHORT_KEY for o in others)


def _word_before(text: str, at: int) -> str:
    words = re.findall(r"\w+", text[:at])
    return words[-1].lower() if words else ""


def _word_after(text: str, at: int) -> str:
    words = re.findall(r"\w+", text[at:])
    return words[0].lower() if words else ""


def _replaced_by_word(context: GroupContext, mention: Mention):
    """A name whose place is taken by a plain word before the same noun
    ("LGBTI rights" / "gay rights"): the term was narrowed or changed."""
    left = context.left[mention.sentence]
    at = mention.end - left.start
    following = re.match(r"\s+([\w’'\-]+)", left.text[at:])
    if not following:
        return None
    noun = following.group(1)
    before = _word_before(left.text, mention.start - left.start)
    after = _word_after(left.text, at + following.end())
    for j in context.partners_of_left.get(mention.sentence, ()):
        right = context.right[j]
        for m in re.finditer(rf"([\w’'\-]+)\s+{re.escape(noun)}\b", right.text):
            word = m.group(1)
            same_slot = before == _word_before(right.text, m.start()) or after == _word_after(right.text, m.end())
            if word.lower() not in left.text.lower() and word[0].islower() and same_slot:
                old = context.mention("left", mention.sentence, mention.start - left.start,
                                      at + following.end(), None)
                new = context.mention("right", j, m.start(), m.end(), None)
                return old, new
    return None


def _first_of_each(mentions: list[Mention]) -> list[Mention]:
    seen, out = set(), []
    for m in mentions:
        if m.value not in seen:
            seen.add(m.value)
            out.append(m)
    return out


SAME_SHARE_WITHIN = 0.25  # of a sentence's length: where a translated name stands


def _same_share(context: GroupContext, left: Mention, right: Mention) -> bool:
    """Across languages words move, but a name that took another's place
    stands about as far into its sentence ("… in Esbjerg …" / "… в Рибе …");
    a source credit at the end ("передает Caravan.kz") took no one's place."""
    def share(sentences, mention: Mention) -> float:
        s = sentences[mention.sentence]
        return (mention.start - s.start) / max(1, s.end - s.start)

    return abs(share(context.left, left) - share(context.right, right)) <= SAME_SHARE_WITHIN


def _same_slot(context: GroupContext, left: Mention, right: Mention) -> bool:
    """Both names sit between the same words: one replaced the other."""
    l_text = context.left[left.sentence].text.lower()
    r_text = context.right[right.sentence].text.lower()
    l_at = left.start - context.left[left.sentence].start
    r_at = right.start - context.right[right.sentence].start
    before_l = re.findall(r"\w+", l_text[:l_at])[-2:]
    before_r = re.findall(r"\w+", r_text[:r_at])[-2:]
    return bool(before_l) and before_l[-1:] == before_r[-1:]


# Job titles -----------------------------------------------------------------

_LINK = frozenset("for of at and the in on de des der du für und по и".split())
_TITLE_TOKEN = re.compile(r"[\w’'\-]+|[,.;:()—–]")


def titles(context: GroupContext, side: str, sentences: list[int]) -> list[Mention]:
    found = []
    for index in sentences:
        s = (context.left if side == "left" else context.right)[index]
        tokens = [(m.group(), m.start(), m.end()) for m in _TITLE_TOKEN.finditer(s.text)]
        for at, (word, start, end) in enumerate(tokens):
            if word.lower() in TITLE_WORDS and (at == 0 or tokens[at - 1][0].lower() not in TITLE_WORDS):
                first, last = _extend(tokens, at)
                phrase = s.text[tokens[first][1]:tokens[last][2]]
                # "ILGA-Europe" and "ILGA’s … in Europe" name the same two things.
                keys = frozenset(name_key(part) for w, *_ in tokens[first:last + 1] if w[0].isalnum()
                                 and w.lower() not in _LINK for part in w.split("-") if part)
                found.append(context.mention(side, index, tokens[first][1], tokens[last][2], keys))
    return found


def _extend(tokens, at: int) -> tuple[int, int]:
    """From a title word, take the capitalised words before it and the words
    of the role after it ("Deputy Director for Europe and Central Asia")."""
    first = at
    while first > 0 and tokens[first - 1][0][0].isalpha() and (
            tokens[first - 1][0][:1].isupper() or tokens[first - 1][0].lower() in TITLE_QUALIFIERS):
        first -= 1
    last = at
    lowercase_used = False
    while last + 1 < len(tokens):
        word = tokens[last + 1][0]
        if word[0].isupper() or word.lower() in TITLE_WORDS:
            last += 1
        elif word.lower() in _LINK and last + 2 < len(tokens) and tokens[last + 2][0][0].isalpha():
            last += 1
        elif word[0].isalpha() and not lowercase_used and tokens[last][0].lower() in _LINK:
            last += 1
            lowercase_used = True  # "Director of programmes": one plain word after a link
        else:
            break
    while tokens[last][0].lower() in _LINK and last > at:
        last -= 1
    return first, last


def check_titles(context: GroupContext) -> list[Drift]:
    """A role on the original side with no close counterpart on the other,
    where the other side names a role too: the title changed."""
    left = titles(context, "left", context.matched_left())
    right = titles(context, "right", context.matched_right())
    items = []
    for mention in left:
        if not right or any(_close(mention.value, r.value) for r in right):
            continue
        partner = max(right, key=lambda r: (len(mention.value & r.value),
                                            context.paired(mention.sentence, r.sentence)))
        items.append(context.item("title", "warning",
                                  f"Job title “{mention.text}” became “{partner.text}”", mention, partner))
    return items


def _close(a: frozenset, b: frozenset) -> bool:
    return bool(a and b) and 2 * len(a & b) / (len(a) + len(b)) >= 0.75


def lowercase_words(texts) -> frozenset[str]:
    """Every word a document writes starting in lower case."""
    return frozenset(w for text in texts for w in re.findall(r"(?<![\w’'\-])[^\W\d_A-ZА-ЯЁÀ-ÖØ-Þ][\w’'\-]*", text))


_RUN_OF_CAPITALS = re.compile(rf"{_CAPITAL}[\w’'\-]*(?:\s+(?:(?:of|for|the|and|on|de|des|du|der|für)\s+)?"
                              rf"{_CAPITAL}[\w’'\-]*)+")


def acronyms(texts) -> frozenset[str]:
    """The initials of every run of capitalised words ("United Nations" UN,
    "European Court of Human Rights" ECHR): an acronym names what its
    document spells out."""
    found = set()
    for text in texts:
        for m in _RUN_OF_CAPITALS.finditer(text):
            words = [w for w in m.group().split() if w[:1].isupper()]
            # Any part of the run: "The European …", "Chief Financial Officer Ingrid Solberg" (CFO)
            for start in range(len(words) - 1):
                for end in range(start + 2, len(words) + 1):
                    found.add("".join(w[0] for w in words[start:end]).upper())
    return frozenset(found)


def _initials_said(mention: Mention, sentences) -> bool:
    """"United Nations" / "UN": the other side names it by its initials."""
    words = [w for w in mention.text.split() if w[:1].isupper()]
    initials = "".join(w[0] for w in words).upper()
    return len(words) > 1 and any(re.search(rf"(?<!\w){initials}(?!\w)", s.text) for s in sentences)


ACRONYM_AFTER = re.compile(rf"\s*\(\s*({_CAPITAL}[A-ZА-ЯЁ0-9\-]+)\s*\)")  # "… Agency (UNHCR)": the acronym it defines


def _defined_as(mention: Mention, sentences, other_keys) -> bool:
    """A name the text defines by an acronym the other side uses ("the UN
    Refugee Agency (UNHCR)" / "UNHCR"): the same organisation."""
    s = sentences[mention.sentence]
    defined = ACRONYM_AFTER.match(s.text, mention.end - s.start)
    return bool(defined) and name_key(defined.group(1)) in other_keys


def _spelled_out(mention: Mention, spelled: frozenset[str]) -> bool:
    return mention.text.isupper() and len(mention.text) > 1 and mention.text in spelled


def document_name_keys(texts) -> frozenset[str]:
    """Keys of every capitalised word past the start of a sentence."""
    keys = set()
    for text in texts:
        for m in re.finditer(rf"(?<=[\w,;] ){_CAPITAL}[\w’'\-]+", text):
            keys.add(name_key(m.group()))
    return frozenset(keys)
