"""Words inside quotation marks: titles of works and quoted terms, direct
quotations, and who they are attributed to."""
from __future__ import annotations

import difflib
from functools import lru_cache
import re
import unicodedata
from dataclasses import dataclass

from .. import encoder
from ..model import Drift
from ..words import STOPWORDS, content_keys
from .context import GroupContext, Mention
from .lexicon import (
    LISTENER_PREPOSITIONS, ORGANISATION_WORDS, PASSIVE_AUXILIARIES, PUBLISHING_VERBS, currency_codes, QUOTATION_DASHES, QUOTE_PAIRS, SOURCE_NOUNS, SOURCE_VERBS, SPEECH_VERBS, TITLE_QUALIFIERS,
    TITLE_WORDS, months, number_words, weekdays,
)
from .lexicon import CAPITALISED_NOUNS
from .names import _GENERIC, meets, name_key, translated

SHORT_QUOTE_WORDS = 12  # up to this, a quoted span is a term
TITLE_WORDS_AT_MOST = 25


@dataclass(frozen=True)
class Quoted:
    paragraph: int
    start: int  # of the words inside the marks
    end: int
    text: str

    @property
    def words(self) -> list[str]:
        return _plain_words(self.text)

    @property
    def title_like(self) -> bool:
        """A title or a term, not speech: capitalised with no sentence ending
        ("Less equal: LGBTI human rights defenders in …"), or short."""
        text = self.text.strip()
        if word_count(text) <= 4:
            return True
        # Russian and German put the comma after the closing mark, so a quote
        # without end punctuation may still be speech: titles are short, or
        # have a subtitle after a colon.
        short_or_subtitled = word_count(text) <= 10 or ":" in text
        return (text[:1].isupper() and short_or_subtitled and word_count(text) <= TITLE_WORDS_AT_MOST
                and not re.search(r"[.!?,;…]$", text) and not re.search(r"[.!?]\s", text))


_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")  # kana and Han
UNSPACED_CHARS_PER_WORD = 2  # Chinese and Japanese write no spaces: about two characters a word


def word_count(text: str) -> int:
    """Words in ``text``, counted in Chinese and Japanese by characters."""
    unspaced = sum(len(run) for run in _UNSPACED.findall(text))
    return len(_UNSPACED.sub(" ", text).split()) + unspaced // UNSPACED_CHARS_PER_WORD


def _plain_words(text: str) -> list[str]:
    return re.findall(r"\w+(?:['’]\w+)*", text.lower().replace("-", "").replace("ё", "е"))


_SPACED_OPENINGS = "«‹"  # French typography puts a space after them (« Les militants …)
_SPACED_CLOSINGS = "»›"  # and before these
_CLOSINGS = frozenset("".join(QUOTE_PAIRS.values())) - frozenset("’'")


def quoted_spans(text: str, paragraph: int) -> list[Quoted]:
    """Quotation marks of any language, nested ones included; an apostrophe
    inside a word is not a quotation mark. A quotation still open at the end
    of a paragraph runs to its end (newspapers close it in a later one)."""
    return _scan(text, paragraph)[0]


def _scan(text: str, paragraph: int) -> tuple[list[Quoted], bool, bool]:
    """The quoted spans; whether the paragraph closes a quotation it did not
    open (one begun in an earlier paragraph); whether it leaves one open."""
    if not _ANY_QUOTE.search(text):
        return [], False, False
    stack: list[tuple[str, int]] = []
    found = []
    closes_earlier = False
    for at, char in enumerate(text):
        before = text[at - 1] if at else " "
        after = text[at + 1] if at + 1 < len(text) else " "
        # A closing mark may touch a following letter (Korean “…”고 말했다, Japanese 「…」と),
        # except the ones that are also apostrophes.
        if stack and char in QUOTE_PAIRS[stack[-1][0]] and (char not in "’'" or not _apostrophe_script(after)):
            opening, start = stack.pop()
            if text[start:at].strip():
                found.append(Quoted(paragraph, start, at, text[start:at]))
            continue
        if char in QUOTE_PAIRS and (not before.isalnum() or (char not in "'’" and _UNSPACED.match(before))) \
                and (after.strip() or char in _SPACED_OPENINGS):  # 代表は「…: the mark touches the word before
            stack.append((char, at + 1))
        elif not stack and char in _CLOSINGS and (not before.isspace() or char in _SPACED_CLOSINGS):
            closes_earlier = True  # "… Ende.“" with no opening before it here
    if stack and stack[0][1] <= 2:
        start = stack[0][1]
        found.append(Quoted(paragraph, start, len(text), text[start:]))
    return found, closes_earlier, bool(stack)


def _apostrophe_script(char: str) -> bool:
    """A letter of a script that writes apostrophes inside words ("it’s"):
    before Hangul or kana a ’ closes a quotation (‘서양의 가치’로써)."""
    if not char.isalnum():
        return False
    if char.isdigit() or char.isascii():
        return True
    return unicodedata.name(char, "").split(" ")[0] in ("LATIN", "CYRILLIC", "GREEK")


def _spans(texts: dict[int, str]) -> list[Quoted]:
    return [q for pid, text in texts.items() for q in quoted_spans(text, pid)]


def _mention(quoted: Quoted, side: str, context: GroupContext) -> Mention:
    sentences = context.left if side == "left" else context.right
    index = next((i for i, s in enumerate(sentences)
                  if s.paragraph == quoted.paragraph and s.start <= quoted.start < s.end + 1), 0)
    return Mention(None, quoted.text, index, quoted.start, quoted.end)


def _dice(a: list[str], b: list[str]) -> float:
    sa, sb = set(a), set(b)
    return 2 * len(sa & sb) / (len(sa) + len(sb)) if sa and sb else 0.0


def _contained(part: list[str], whole: list[str]) -> float:
    sp = set(part)
    return len(sp & set(whole)) / len(sp) if sp else 0.0


def check_quoted_terms(context: GroupContext) -> list[Drift]:
    """A short quoted span (a report's or law's title, a quoted term) whose
    nearest counterpart on the other side reads differently."""
    left = [q for q in _spans(context.left_texts) if q.title_like]
    right = [q for q in _spans(context.right_texts) if q.title_like]
    items = []
    for quote in left:
        if any(_compact(quote.text) == _compact(r.text) for r in right):
            continue
        partner = max(right, key=lambda r: _dice(quote.words, r.words), default=None)
        if partner is None or _dice(quote.words, partner.words) < 0.5:
            continue
        is_title = quote.text[:1].isupper() and len(quote.words) >= 2 and len(quote.words) > 2
        kind = "title" if is_title else "term"
        label = "Title" if is_title else "Quoted term"
        items.append(context.item(kind, "error" if is_title else "warning",
                                  f"{label} “{quote.text}” became “{partner.text}”",
                                  _mention(quote, "left", context), _mention(partner, "right", context)))
    return items


def _compact(text: str) -> str:
    return "".join(_plain_words(text))


def check_quotations(context: GroupContext) -> list[Drift]:
    """Direct quotations: words changed inside the marks, or a quotation
    turned into reported speech (and back)."""
    left = [q for q in _spans(context.left_texts) if not q.title_like]
    right = [q for q in _spans(context.right_texts) if not q.title_like]
    items = []
    accounted = {"left": set(), "right": set()}  # sentences whose quotation was matched or judged
    for quote in right:
        source = max(left, key=lambda q: _contained(quote.words, q.words), default=None)
        if source is not None and _contained(quote.words, source.words) >= 0.6:
            accounted["right"].add(_mention(quote, "right", context).sentence)
            changes = _altered(source.words, quote.words)
            if changes:
                items.append(context.item("quotation", "warning",
                                          f"Words changed inside a quotation: {changes}",
                                          _mention(source, "left", context), _mention(quote, "right", context)))
        elif _reported_in(quote, context.left_texts):
            accounted["right"].add(_mention(quote, "right", context).sentence)
            items.append(context.item("quotation", "warning", "Reported speech became a direct quotation",
                                      right=_mention(quote, "right", context)))
    for quote in left:
        if any(_contained(r.words, quote.words) >= 0.6 or _contained(quote.words, r.words) >= 0.6
               for r in right):
            accounted["left"].add(_mention(quote, "left", context).sentence)
            continue
        if _reported_in(quote, context.right_texts):
            accounted["left"].add(_mention(quote, "left", context).sentence)
            items.append(context.item("quotation", "warning", "A direct quotation became reported speech",
                                      left=_mention(quote, "left", context)))
    return items + _marks_by_meaning(context, accounted)


def _marks_by_meaning(context: GroupContext, accounted: dict[str, set[int]]) -> list[Drift]:
    """Within a language, where the words changed too much to find a
    quotation's source by them: the rule across languages (``quoted_by_cluster``)
    for the quoted sentences not judged by their words ("Walls have been
    reported to give way at night" / "“The walls give way at night,” the
    report stated")."""
    if not encoder.knows(context.left_language):
        return []
    return quoted_by_cluster(context, accounted)


def _reported_in(quote: Quoted, texts: dict[int, str]) -> bool:
    """The quotation's content is there on the other side, without marks."""
    words = quote.words
    unquoted = " ".join(_unquoted(text) for text in texts.values())
    return len(words) >= 6 and _contained(words, _plain_words(unquoted)) >= 0.6


def _unquoted(text: str) -> str:
    spans = quoted_spans(text, 0)
    out, at = [], 0
    for q in sorted(spans, key=lambda q: q.start):
        if q.start >= at:
            out.append(text[at:q.start])
            at = q.end
    out.append(text[at:])
    return " ".join(out)


def _altered(source: list[str], quote: list[str]) -> str:
    """The words of ``quote`` against the stretch of ``source`` it quotes;
    spelling variants ("marginalized" / "marginalised") and hyphenation
    ("no-one" / "no one") are not changes."""
    if "".join(quote) in "".join(source):
        return ""
    matcher = difflib.SequenceMatcher(a=source, b=quote, autojunk=False)
    blocks = [b for b in matcher.get_matching_blocks() if b.size]
    if not blocks:
        return ""
    lo, hi = blocks[0].a, blocks[-1].a + blocks[-1].size
    matcher = difflib.SequenceMatcher(a=source[lo:hi], b=quote, autojunk=False)
    changes = []
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            continue
        old, new = source[lo + a1:lo + a2], quote[b1:b2]
        if _spelling_variant(old, new):
            continue
        changes.append(f"“{' '.join(old)}” → “{' '.join(new)}”" if old and new else
                       f"“{' '.join(old)}” removed" if old else f"“{' '.join(new)}” inserted")
    return "; ".join(changes[:3])


def _spelling_variant(old: list[str], new: list[str]) -> bool:
    if "".join(old) == "".join(new):
        return True
    if len(old) != len(new):
        return False
    return all(a == b or (len(a) >= 5 and difflib.SequenceMatcher(a=a, b=b).ratio() >= 0.85)
               for a, b in zip(old, new))


def check_quotation_marks(context: GroupContext) -> list[Drift]:
    """Across languages: a sentence quoted on one side (in that language's
    marks: “ ”, « », „ “) and not on the other."""
    return quoted_by_cluster(context)


def quoted_by_cluster(context: GroupContext, accounted: dict[str, set[int]] | None = None) -> list[Drift]:
    """Per cluster of sentences paired by meaning: quoted on one side and
    not on the other. ``accounted``: sentences already judged, per side."""
    items = []
    quoted = {"left": _quoted_sentences(context.left, context.left_texts),
              "right": _quoted_sentences(context.right, context.right_texts)}
    for lefts, rights in context.clusters():
        left_quoted = any(i in quoted["left"] for i in lefts)
        right_quoted = any(j in quoted["right"] for j in rights)
        if left_quoted == right_quoted:
            continue
        side, own, other = ("left", lefts, rights) if left_quoted else ("right", rights, lefts)
        if accounted is not None and any(k in accounted[side] for k in own):
            continue
        if _inside_running(context, "right" if side == "left" else "left", other):
            continue  # a quotation run across paragraphs, marked only where it opens and closes there
        message = ("A direct quotation became reported speech" if side == "left"
                   else "Reported speech became a direct quotation")
        items.append(context.item("quotation", "warning", message,
                                  context.whole("left", lefts[0]), context.whole("right", rights[0])))
    return items


def _inside_running(context: GroupContext, side: str, indices: list[int]) -> bool:
    """Whether the sentences' paragraphs all lie in a quotation that runs
    across paragraphs of their document (or open one)."""
    documents = context.documents
    if documents is None or not hasattr(documents, "running_quotations"):
        return False
    sentences = context.left if side == "left" else context.right
    running = documents.running_quotations(side)
    return all(sentences[k].paragraph in running for k in indices)


def running_quotations(texts) -> frozenset[int]:
    """The paragraphs (by position) that open a quotation left open at their
    end, or lie inside one until a paragraph closes it: a book's German
    passage marked „ in its first paragraph and “ in its last, its French
    translation opening « in every paragraph."""
    inside, found = False, set()
    for position, text in enumerate(texts):
        spans, closes_earlier, left_open = _scan(text, 0)
        if inside:
            found.add(position)
        if not (spans or closes_earlier or left_open):
            continue  # no marks: inside stays inside (German, English books)
        if left_open:
            inside = True  # it opens one, or goes on with one (French « at each paragraph)
            found.add(position)
        else:
            inside = False  # it closes it, or holds a quotation of its own
    return frozenset(found)


def _quoted_sentences(sentences, texts: dict[int, str]) -> set[int]:
    """The sentences that hold part of a quotation of speech, found over the
    whole paragraph: a quotation of two sentences (« … . … », a déclaré …)
    quotes both, though neither holds both its marks."""
    return set(quotation_of(sentences, texts))


def quotation_of(sentences, texts: dict[int, str]) -> dict[int, tuple[int, int]]:
    """Each sentence that holds part of a quotation of speech, and which
    quotation (its paragraph and where its words start)."""
    speech = {pid: _speech_spans(text) for pid, text in texts.items()}
    quoted = {}
    for index, sentence in enumerate(sentences):
        for quote in speech.get(sentence.paragraph, ()):
            start, end = max(quote.start, sentence.start), min(quote.end, sentence.end)
            if end > start and word_count(texts[sentence.paragraph][start:end]) >= QUOTED_WORDS:
                quoted.setdefault(index, (sentence.paragraph, quote.start))
    return quoted


QUOTED_WORDS = 4  # of a quotation in one sentence, for that sentence to be quoted


def _speech_spans(text: str) -> list[Quoted]:
    """Quotation marks around words that read as speech, not a title: long
    and sentence-like, or next to "said" ("…“, sagte Marta Jensen")."""
    spans = []
    # "– Vi kräver …, säger X": a sentence opening with a dash is speech, to the paragraph's end
    # (Scandinavian papers run on: "Eide sa at … – Dette er …, sa han. – De nye …").
    dash = re.search(rf"(?:^|[.!?…]\s+)\s*[{QUOTATION_DASHES}]\s+", text)
    if dash:
        spans.append(Quoted(0, dash.end(), len(text), text[dash.end():]))
    for quote in quoted_spans(text, 0):
        around = text[max(0, quote.start - 30):quote.start] + " " + text[quote.end:quote.end + 30]
        if not quote.title_like or _has_speech_verb(around) or _stands_as_sentence(text, quote):
            spans.append(quote)
    return spans


def _stands_as_sentence(text: str, quote: Quoted) -> bool:
    """A quotation that is a whole sentence of its own, the full stop after
    the closing mark as Spanish, French, Russian and German place it
    («Necesitamos refugio y agua».): speech, though short and unpunctuated
    inside, as a title never stands alone."""
    before = text[:max(0, quote.start - 1)].rstrip()
    after = text[quote.end + 1:]
    return (not before or before[-1] in ".!?…") and bool(re.match(r"[.!?…]+(?:\s|$)", after))


# Attribution ------------------------------------------------------------------

_PRESS = re.compile(r"\bpress[\s-]service\b|\bpress office\b|\bspokes(?:person|man|woman)\b|пресс-служб\w*|"
                    r"пресс-секретар\w*|pressestelle|sprecher\w*", re.IGNORECASE)
_PRESS_STEMS = ("press", "пресс", "spokes", "sprecher")  # a cheap first look for _PRESS, in lower case
_PRONOUNS = frozenset("he she they it his her him them он она они его её ее er sie".split())


_LOWER_WORD = re.compile(r"\w+")


def _has_speech_verb(text: str) -> bool:
    """A set lookup per word: one regex of every language's verbs costs more."""
    return not SPEECH_VERBS.isdisjoint(_LOWER_WORD.findall(text.lower()))
_ANY_QUOTE = re.compile("[" + re.escape("".join(QUOTE_PAIRS)) + "]")
_LISTENER_VERBS = frozenset("told tells informed сообщил сообщила sagte".split())


@dataclass(frozen=True)
class Speaker:
    keys: frozenset[str]  # name keys, "press service" or "pronoun"
    words: str
    unnamed: bool = False  # "the experts", "our sources": a change there is worth a warning, not an error


@lru_cache(maxsize=65536)
def speakers(text: str, language: str) -> tuple[Speaker, ...]:
    """Who is said to speak in a text. "said X" is read before "X said" (so
    "… the former Soviet Union said Amnesty International" names Amnesty),
    and "X told Y" names X, not Y."""
    lower = text.lower()
    found = [Speaker(frozenset({"press service"}), m.group()) for m in _PRESS.finditer(text)] \
        if any(stem in lower for stem in _PRESS_STEMS) else []
    if not _has_speech_verb(lower):
        return tuple(found)  # most paragraphs: no need to walk their words
    every_word = list(re.finditer(r"\w[\w’'\-]*", text))
    # A verb outside the quotation looks past it for its speaker (Turkish
    # and Japanese name the speaker before the quote and say "said" after it:
    # Lars Holm, “Setler çöküyor,” dedi); one inside it reads the quote's words.
    spans = quoted_spans(text, 0)
    unquoted = [w for w in every_word if not any(q.start <= w.start() < q.end for q in spans)]
    place = {w.start(): k for k, w in enumerate(unquoted)}  # a word's index among the unquoted ones
    for number, w in enumerate(every_word):
        verb = w.group().lower()
        if verb not in SPEECH_VERBS:
            continue
        words, at = (unquoted, place[w.start()]) if w.start() in place else (every_word, number)
        if at and words[at - 1].group().lower() in PASSIVE_AUXILIARIES:
            continue
        for step in ((-1,) if verb in _LISTENER_VERBS else (1, -1)):
            name = _name_near(text, words, at, step, language)
            if name == "pronoun":
                found.append(Speaker(frozenset({"pronoun"}), words[at + step].group()))
                break
            if name:
                found.append(Speaker(frozenset(name_key(n) for n in name.split()), name))
                break
    return tuple(found)


_POSSESSIVE_OWNER = re.compile(r"[’']s$")
_SKIPPABLE = frozenset("the to by of for at and in programmes activists group".split())
_STOPPERS = frozenset("that which who what whose что как dass".split())


def _name_near(text: str, words, verb_at: int, step: int, language: str) -> str:
    """Capitalised words next to a speech verb, passing over titles, "the",
    and a few plain words ("Kyrgyzstan activists told", "said the Deputy
    Director of programmes, … Denis Krivosheev"); a person's name ends at a
    comma."""
    picked, skipped, at = [], 0, verb_at + step
    title_seen = named_after_title = source_seen = False
    while 0 <= at < len(words) and len(picked) < 8 and skipped < 8:
        word = words[at].group()
        lower = word.lower()
        previous = words[at - step]
        gap = text[min(words[at].end(), previous.end()):max(words[at].start(), previous.start())]
        if step > 0 and not picked and not title_seen and re.search(r"[,.;:!?—–()]", gap):
            break  # "… coûteront 4,5 M€, selon le rapport.": what follows "according to" ends at its comma
        if step < 0 and not picked and re.search(r"[.!?]", gap) and not _ANY_QUOTE.search(gap):
            break  # "Exact numbers are hard to confirm. According to …": no speaker in the sentence before
        if picked and re.search(r"[,.;:!?—–()]", gap):
            if not (step > 0 and title_seen and not named_after_title and gap.strip() == ","
                    and word[:1].isupper()):
                break
            # "said ILGA’s executive director in Europe, Evelyne Paradis": what
            # followed the title was its place; the holder comes after the comma.
            picked, named_after_title = [], True
        if lower in _PRONOUNS:
            return "pronoun" if not picked and at == verb_at + step else " ".join(picked)
        if lower in _STOPPERS:
            break
        if step > 0 and not picked and (lower.isdigit() or lower in number_words(language)):
            break  # "said the three Danish towns had …": a count opens what was said, not who said it
        if source_seen and not picked and not word[:1].isupper():
            break  # "the experts said": the speaker is unnamed, not a name further off
        if lower in SOURCE_NOUNS and not picked:
            source_seen = True  # "Kyrgyzstan activists told": only a name right beside it
            skipped += 1
        elif _POSSESSIVE_OWNER.search(word) and step > 0 and not picked:
            skipped += 1  # "Amnesty’s director": the owner of a title, not its holder
        elif step > 0 and not picked and words[at - 1].group().lower() in LISTENER_PREPOSITIONS:
            return ""  # "dijo a EFE", "a déclaré à l’AFP": who was told, not who spoke
        elif word[:1].isupper() and len(word) > 1 and lower not in STOPWORDS and lower not in TITLE_WORDS \
                and lower not in months(language) \
                and lower not in weekdays(language) and word not in currency_codes() \
                and lower not in number_words(language):  # "Five UN experts say": a count, no name
            picked.append(word)
        elif lower in TITLE_WORDS or lower in TITLE_QUALIFIERS or lower in _SKIPPABLE or not picked:
            title_seen = title_seen or lower in TITLE_WORDS
            skipped += 1
        else:
            break
        at += step
    if step < 0:
        picked.reverse()
    return " ".join(picked)


def check_attribution(context: GroupContext) -> list[Drift]:
    """Speakers compared over the group. A speaker whose name is still there
    on the other side (if no longer next to "said") is not a change, nor is
    "she added" for "said Marta Jensen"."""
    left = _named(_group_speakers(context.left_texts, context.left_language), context.lowercase_words("left"))
    right = _named(_group_speakers(context.right_texts, context.right_language),
                   context.lowercase_words("right"))
    left_words, right_words = _group_keys(context.left), _group_keys(context.right)
    pronoun_right = any("pronoun" in s.keys for s in right)
    left = [s for s in left if "pronoun" not in s.keys]
    right = [s for s in right if "pronoun" not in s.keys]
    left_keys = frozenset().union(*(s.keys for s in left))
    right_keys = frozenset().union(*(s.keys for s in right))
    items = []
    replaced = False
    spelled = context.documents.left_acronyms if context.documents else frozenset()
    for speaker in _distinct(right):
        if speaker.keys & (left_keys | left_words) or speaker.words.strip() in spelled:
            continue  # "UN" for "United Nations" is the same speaker
        where = _find(context, speaker.words)
        if left and not (left_keys & right_keys):
            message = f"Statement attributed to “{speaker.words}” instead of “{left[0].words}”"
            severity = "warning" if speaker.unnamed or left[0].unnamed else "error"
            items.append(context.item("attribution", severity, message,
                                      left=_find(context, left[0].words, "left"), right=where))
            replaced = True
        elif left:
            items.append(context.item("attribution", "note", f"Also attributed to “{speaker.words}”", right=where))
        elif not speaker.keys & context.left_document_speakers:
            items.append(context.item("attribution", "note" if speaker.unnamed else "warning",
                                      f"Attribution added: “{speaker.words}”", right=where))
    dropped = [s for s in left if not s.keys & (right_keys | right_words)]
    if dropped and not pronoun_right and not (left_keys & right_keys) and not replaced:
        items.append(context.item("attribution", "note" if dropped[0].unnamed else "warning",
                                  f"Attribution to “{dropped[0].words}” was dropped",
                                  left=_find(context, dropped[0].words, "left")))
    return items


def check_credited_across(context: GroupContext) -> list[Drift]:
    """Across languages, who a statement is credited to, by name (names
    meet across scripts: Кривошеев / Krivosheev): a speaker on the other
    side whom the original's group never names, where no speaker of the
    original is named there any more, took the statement over; a speaker
    named on one side only was dropped or added."""
    if not context.across:
        return []
    left, right = _named_speakers(context, "left"), _named_speakers(context, "right")
    if not (left or right):
        return []  # most groups: nobody is quoted by name
    left_words, right_words = _group_keys(context.left), _group_keys(context.right)
    newcomers = _untranslated(context, [s for s in right if not s.keys & left_words], context.left)
    gone = _untranslated(context, [s for s in left if not s.keys & right_words], context.right)
    if newcomers and gone and len(gone) == len(left):
        new, old = newcomers[0], gone[0]
        persons = " " in new.words.strip() and " " in old.words.strip()
        return [context.item("attribution", "error" if persons else "warning",
                             f"Statement attributed to “{new.words}” instead of “{old.words}”",
                             left=_find(context, old.words, "left"), right=_find(context, new.words))]
    # As with names: not where the other script has no capitals to find a speaker by, nor a name
    # the other document has elsewhere.
    documents = context.documents
    gone = [s for s in gone if documents.right_capitals and not meets(_part_keys(s), set(documents.right))]
    newcomers = [s for s in newcomers if documents.left_capitals and not meets(_part_keys(s), set(documents.left))]
    items = [context.item("attribution", "warning", f"Attribution to “{s.words}” was dropped",
                          left=_find(context, s.words, "left")) for s in gone]
    return items + [context.item("attribution", "warning", f"Attribution added: “{s.words}”",
                                 right=_find(context, s.words)) for s in newcomers]


def _untranslated(context: GroupContext, found: list[Speaker], other_sentences) -> list[Speaker]:
    """Speakers with no translated counterpart on the other side ("World
    Health Organization" / "Wereldgezondheidsorganisatie", "UNHCR" /
    "ACNUR"), by the encoder. Where it cannot read one of the languages,
    only a person's name can be followed across (it is transliterated; an
    organisation's is translated): other speakers are not judged."""
    if not found:
        return found
    persons = [s for s in found if _person_like(s.words)]
    if not (encoder.knows(context.left_language) and encoder.knows(context.right_language)):
        return persons
    # A person's name is followed by its letters, not its meaning: to the encoder every two
    # people's names are alike ("Helena Marsh" / "Мария Хольм").
    others = [s for s in found if s not in persons]
    languages = ((context.right_language, context.left_language) if other_sentences is context.left
                 else (context.left_language, context.right_language))
    kept = dict(zip((s.words for s in others), translated([s.words for s in others], other_sentences, languages)))
    return [s for s in found if s in persons or not kept[s.words]]


def _person_like(words: str) -> bool:
    """Two to four capitalised words, no acronym, no word of an organisation's name."""
    parts = words.split()
    return 2 <= len(parts) <= 4 and all(p[:1].isupper() and not p.isupper() and p.lower() not in _NOT_PERSONS
                                        for p in parts)


_NOT_PERSONS = _GENERIC | SOURCE_NOUNS | TITLE_WORDS | ORGANISATION_WORDS  # "Monetary Policy Report", "Health Ministry"


def _part_keys(speaker: Speaker) -> frozenset[str]:
    """The keys of each part of a hyphenated word too ("ЛГБТ-сообщества")."""
    return frozenset(name_key(p) for w in speaker.words.split() for p in w.split("-") if p)


def _named_speakers(context: GroupContext, side: str) -> list[Speaker]:
    """Speakers that are names: two words or more, or one the documents
    write as a name ("Krivosheev said"; not in German, which capitalises
    every noun), not the capital that opens a sentence ("Local councils
    told…", "Местные советы сообщили…"). Unnamed sources ("the report
    shows") and press services are read in English and Russian only, so
    they cannot be compared across."""
    texts, language = (context.left_texts, context.left_language) if side == "left" else \
        (context.right_texts, context.right_language)
    known = context.document_names if language not in CAPITALISED_NOUNS else frozenset()
    return _distinct([s for s in speakers_of(texts, language) if not s.keys & {"pronoun", "press service"} and (
        len(s.words.split()) > 1 or s.keys & known)])


def _named(found: list[Speaker], lowercase: frozenset[str]) -> list[Speaker]:
    """Speakers whose one word the document also writes in lower case are
    no one ("Much of the abuse is reported…")."""
    return [s for s in found if s.unnamed or " " in s.words.strip() or s.words.strip().lower() not in lowercase
            or s.keys & {"pronoun", "press service"}]


def _distinct(found: list[Speaker]) -> list[Speaker]:
    seen: set[frozenset] = set()
    out = []
    for speaker in found:
        if speaker.keys not in seen:
            seen.add(speaker.keys)
            out.append(speaker)
    return out


def _group_keys(sentences) -> set[str]:
    keys = {name_key(w) for s in sentences for w in re.findall(r"\w[\w’'\-]*", s.text)}
    if any(_PRESS.search(s.text) for s in sentences):
        keys.add("press service")
    return keys


def speakers_of(texts: dict[int, str], language: str) -> list[Speaker]:
    return [speaker for text in texts.values() for speaker in speakers(text, language)]


def _group_speakers(texts: dict[int, str], language: str) -> list[Speaker]:
    return [speaker for text in texts.values()
            for speaker in _qualified(speakers(text, language), unnamed_sources(text, language), text)]


def _qualified(named: tuple[Speaker, ...], unnamed: tuple[Speaker, ...], text: str) -> list[Speaker]:
    """A capitalised word that only qualifies an unnamed source ("Local
    activists said", "Azeri lawyers said") is part of it, not a second
    speaker: one source, "Local activists", keyed by both."""
    kept, sources = [], list(unnamed)
    for speaker in named:
        n = next((k for k, source in enumerate(sources) if f"{speaker.words} {source.words}" in text), None)
        if n is None:
            kept.append(speaker)
        else:
            source = sources[n]
            sources[n] = Speaker(source.keys | speaker.keys, f"{speaker.words} {source.words}", unnamed=True)
    return kept + sources


# Up to two words before the noun, but not a preposition: "said in a statement" names the medium, not who spoke.
_SOURCE_PHRASE = r"((?:(?!(?:in|on|at|by|to|for|with|from|during)\b)[a-z][\w\-]* ){0,2}(%s))" % "|".join(
    sorted(SOURCE_NOUNS, key=len, reverse=True))
_SOURCE_VERB = "|".join(sorted(SOURCE_VERBS, key=len, reverse=True))
_DETERMINER = r"(?:(?:the|our|local|some|other|many|several) )?"
_UNNAMED = (
    re.compile(rf"\b[Aa]ccording to {_DETERMINER}{_SOURCE_PHRASE}\b"),
    re.compile(rf"\b{_DETERMINER}{_SOURCE_PHRASE} (?:{_SOURCE_VERB})\b"),
    re.compile(rf"\b(?:{_SOURCE_VERB}) {_DETERMINER}{_SOURCE_PHRASE}\b[.,;]"),
    re.compile(rf"\bin (?:a|an|the|its|their) {_SOURCE_PHRASE} (?:{'|'.join(sorted(PUBLISHING_VERBS))})\b"),
)


@lru_cache(maxsize=65536)
def unnamed_sources(text: str, language: str) -> tuple[Speaker, ...]:
    """Statements credited to no one by name ("according to our sources",
    "the experts said", "said human rights activists", "the report shows",
    "in a statement published on its website"):
    English only. Keyed by their noun ("sources", "activists")."""
    if language != "en":
        return ()
    found = []
    for pattern in _UNNAMED:
        for m in pattern.finditer(text):
            found.append(Speaker(frozenset({name_key(m.group(2))}), m.group(1), unnamed=True))
    return tuple(found)


def _find(context: GroupContext, words: str, side: str = "right") -> Mention | None:
    for index, s in enumerate(context.left if side == "left" else context.right):
        at = s.text.find(words)
        if at >= 0:
            return context.mention(side, index, at, at + len(words), None)
    return None
