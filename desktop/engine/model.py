"""The engine's plain, immutable results. Everything the views, the command line
and the exporters know of a comparison is in these dataclasses."""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Optional

class _Name(str, Enum):
    """A name that is also its JSON string: compares, hashes, formats and
    serialises as the plain value ("unchanged" == Status.UNCHANGED)."""

    def __str__(self) -> str:
        return self.value

    def __format__(self, spec: str) -> str:
        return format(self.value, spec)

    __hash__ = str.__hash__  # a dict keyed by "unchanged" finds Status.UNCHANGED


class ParagraphKind(_Name):
    HEADING = "heading"
    BODY = "body"
    BOILERPLATE = "boilerplate"


class Status(_Name):
    """What became of a group of paragraphs."""

    UNCHANGED = "unchanged"
    EDITED = "edited"
    REWRITTEN = "rewritten"
    MOVED = "moved"
    ADDED = "added"
    OMITTED = "omitted"
    IGNORED = "boilerplate"  # furniture on either side, kept out of the comparison (JSON: "boilerplate")


class Op(_Name):
    """A word change inside a group."""

    INSERT = "insert"
    DELETE = "delete"
    REPLACE = "replace"


class Severity(_Name):
    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"


class DriftKind(_Name):
    """What a drift item is about (the JSON's ``kind``)."""

    NUMBER = "number"
    DATE = "date"
    NAME = "name"
    TITLE = "title"
    QUOTATION = "quotation"
    ATTRIBUTION = "attribution"
    CLAIM = "claim"
    SENTENCE = "sentence"
    DATELINE = "dateline"
    REWRITTEN = "rewritten"


class SegmentMode(_Name):
    PARAGRAPHS = "paragraphs"
    LINES = "lines"


# The names every module uses, kept short.
HEADING, BODY, BOILERPLATE = ParagraphKind.HEADING, ParagraphKind.BODY, ParagraphKind.BOILERPLATE
PARAGRAPH_KINDS = tuple(ParagraphKind)
UNCHANGED, EDITED, REWRITTEN, MOVED = Status.UNCHANGED, Status.EDITED, Status.REWRITTEN, Status.MOVED
ADDED, OMITTED, IGNORED = Status.ADDED, Status.OMITTED, Status.IGNORED
GROUP_STATUSES = tuple(Status)
INSERT, DELETE, REPLACE = Op.INSERT, Op.DELETE, Op.REPLACE
ERROR, WARNING, NOTE = Severity.ERROR, Severity.WARNING, Severity.NOTE
SEGMENT_PARAGRAPHS, SEGMENT_LINES = SegmentMode.PARAGRAPHS, SegmentMode.LINES

# What a paragraph's ``line``/``end_line`` count in its source: lines of a
# text file, a web page's markup or an e-mail's body; paragraphs of a word
# processor's document (Word, Writer and RTF have no lines of their own).
LINES = "line"
PARAGRAPHS = "paragraph"
SEGMENTS = "segment"  # a bilingual file's segments: places are named by the file's own ids

# The two sides of a bilingual file (XLIFF, TMX), as SourceInfo.bilingual says.
SOURCE_SIDE = "source"
TARGET_SIDE = "target"


@dataclass(frozen=True)
class SegmentRef:
    """What a bilingual file (XLIFF, TMX) says of the segment a paragraph is:
    the id a translator knows it by, the inline codes it holds (which the
    text shows as ⟨⟩ or not at all) and the file's state for it."""

    id: str  # as shown, unique in the file: "u1", "u1:s2", "f2/u1", a TMX tuid
    unit: str = ""  # the <trans-unit>/<unit> id (or the tuid) it belongs to
    file: str = ""  # the <file> it is in ("f2/" begins the id), when the XLIFF holds several
    codes: tuple[str, ...] = ()  # inline codes in order, "x#1", "g#2", "bpt#1"…
    state: str = ""  # as the file says: "translated", "needs-review-translation", "final"…

    @property
    def local_id(self) -> str:
        """The id within its <file>: "u1" of "f2/u1"."""
        prefix = f"{self.file}/"
        return self.id[len(prefix):] if self.file and self.id.startswith(prefix) else self.id


@dataclass(frozen=True)
class Paragraph:
    """One unit as a person sees it: ``text`` is shown as written (wrapped
    lines joined by a space); ``line``/``end_line`` are 1-based source lines."""

    id: int
    text: str
    kind: str
    line: int
    end_line: int
    page: Optional[int] = None
    segment: Optional[SegmentRef] = None  # a bilingual file's segment; None elsewhere


@dataclass(frozen=True)
class Attachment:
    """A file attached to an e-mail; ``readable`` when Tandem can open it as
    the document (PDF, Word, Writer, RTF, a web page or text)."""

    name: str
    content_type: str
    size: int
    readable: bool


@dataclass(frozen=True)
class SourceInfo:
    """What a document says of itself, where it says it: a web page's or an
    e-mail's title, publication date (ISO 8601) and declared language."""

    title: str = ""
    date: str = ""
    language: str = ""  # ISO 639-1, as declared (the detected one is Document.language)
    attachments: tuple[Attachment, ...] = ()
    attached_as: str = ""  # read from the e-mail at Document.path: the attachment's name
    bilingual: str = ""  # SOURCE_SIDE or TARGET_SIDE of the bilingual file at Document.path


@dataclass(frozen=True)
class Document:
    path: Optional[str]
    name: str
    encoding: str
    language: str
    paragraphs: tuple[Paragraph, ...]
    sha256: str
    source_format: str = "text"  # "text" | "pdf" | "html" | "docx" | "odt" | "rtf" | "eml" | "xliff" | "tmx"
    positions: str = LINES  # what Paragraph.line counts: LINES or PARAGRAPHS (SEGMENTS: lines, named by id)
    info: SourceInfo = SourceInfo()

    def paragraph(self, pid: int) -> Paragraph:
        return self.paragraphs[pid]


@dataclass(frozen=True)
class Options:
    """What counts as a difference. Every field re-runs the comparison."""

    ignore_case: bool = False
    ignore_punctuation: bool = False
    ignore_quotes: bool = True  # quote style is never a change in prose
    time_budget: float = 20.0  # seconds for alignment + word diff before coarser answers


@dataclass(frozen=True)
class ManualAlignment:
    """A reviewer's corrections, applied before anything is inferred:
    ``links`` are groups to make as given (left ids, right ids), ``unlinks``
    pairs (left id, right id) never to link, ``moved`` left ids to show as
    moved whatever their order."""

    links: tuple[tuple[tuple[int, ...], tuple[int, ...]], ...] = ()
    unlinks: tuple[tuple[int, int], ...] = ()
    moved: tuple[int, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.links or self.unlinks or self.moved)


@dataclass(frozen=True)
class Change:
    """A word-level difference. Spans index the displayed ``Paragraph.text``;
    an insertion's left span (and a deletion's right span) is empty and marks
    where it happened."""

    op: str
    left_paragraph: Optional[int]
    right_paragraph: Optional[int]
    left_span: tuple[int, int]
    right_span: tuple[int, int]
    left_text: str
    right_text: str


@dataclass(frozen=True)
class Drift:
    """A change of meaning inside a linked group (filled by the drift checks)."""

    kind: str
    severity: str  # "error" | "warning" | "note"
    message: str
    left_text: str = ""
    right_text: str = ""
    left_paragraph: Optional[int] = None
    right_paragraph: Optional[int] = None
    left_span: Optional[tuple[int, int]] = None
    right_span: Optional[tuple[int, int]] = None


@dataclass(frozen=True)
class Group:
    """Paragraphs of the original (``left``) linked to paragraphs of the other
    version (``right``). ``status`` is one of GROUP_STATUSES; ``edit`` says how
    the text changed (unchanged/edited/rewritten) independently of a move."""

    index: int
    left: tuple[int, ...]
    right: tuple[int, ...]
    status: str
    similarity: float
    edit: str
    moved: bool = False
    changes: tuple[Change, ...] = ()
    drift: tuple[Drift, ...] = ()

    @property
    def linked(self) -> bool:
        return bool(self.left) and bool(self.right)

    @property
    def shape(self) -> str:
        if not self.linked:
            return "1:0" if self.left else "0:1"
        if len(self.left) == 1 and len(self.right) == 1:
            return "1:1"
        if len(self.left) == 1:
            return "split"
        if len(self.right) == 1:
            return "merge"
        return "n:m"


@dataclass(frozen=True)
class Summary:
    """Shares are of words (boilerplate excluded) so a one-word heading does
    not weigh as much as a long paragraph."""

    left_words: int
    right_words: int
    retained: float  # share of the original's words found in linked groups
    omitted: float  # share of the original's words in omitted paragraphs
    added: float  # share of the other version's words in added paragraphs
    counts: dict = field(default_factory=dict)  # status -> number of groups
    moved: int = 0
    splits: int = 0
    merges: int = 0
    changes: int = 0
    drift: dict = field(default_factory=dict)  # "kind" / "severity" -> counts


@dataclass(frozen=True)
class Comparison:
    left: Document
    right: Document
    options: Options
    related: bool
    relatedness: float
    groups: tuple[Group, ...]
    summary: Summary
    degraded: tuple[str, ...] = ()  # stages that hit the time budget
    notes: tuple[str, ...] = ()  # what the user should know of how it was compared

    def group_of_left(self, pid: int) -> Group:
        return self._index()[0][pid]

    def group_of_right(self, pid: int) -> Group:
        return self._index()[1][pid]

    def _index(self) -> tuple[dict, dict]:
        cached = self.__dict__.get("_group_index")
        if cached is None:
            left = {p: g for g in self.groups for p in g.left}
            right = {p: g for g in self.groups for p in g.right}
            cached = (left, right)
            object.__setattr__(self, "_group_index", cached)
        return cached
