"""The HTML report: self-contained, escaped, complete, and faithful."""
import html
import re
from html.parser import HTMLParser

from desktop.engine.export.html import to_html
from desktop.engine.export.htmltext import Mark, paragraph_html, prose_css
from desktop.engine.highlight import ProseStyle


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.attrs, self.text, self.stack = [], [], [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs.extend(attrs)
        if tag not in ("meta", "br", "link", "img", "input", "hr"):
            self.stack.append(tag)

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes <{self.stack[-1] if self.stack else None}>"
        self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)


def _parse(page: str) -> _Collector:
    parser = _Collector()
    parser.feed(page)
    parser.close()
    assert not parser.stack, f"unclosed: {parser.stack}"
    return parser


def test_well_formed_and_self_contained(comparison, review):
    page = to_html(comparison, review)
    parsed = _parse(page)
    assert "script" not in parsed.tags and "link" not in parsed.tags and "img" not in parsed.tags
    for name, value in parsed.attrs:
        if name in ("src", "href"):
            assert value.startswith("#"), f"external reference {name}={value}"
    assert not re.search(r"url\(|@import|https?://", page.split("</style>")[0].split("<style>")[1])


def test_everything_is_escaped(comparison, review):
    page = to_html(comparison, review)
    assert "<script>" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; «quotes»" in page


def test_every_group_paragraph_and_drift_message_appears(comparison, review):
    text = "".join(_parse(to_html(comparison, review)).text)
    text = re.sub(r"\s+", " ", text)
    for group in comparison.groups:
        for pid in group.left:
            assert comparison.left.paragraphs[pid].text in text
        for pid in group.right:
            assert comparison.right.paragraphs[pid].text in text
        for drift in group.drift:
            assert drift.message in text
    assert "Is the date right?" in text and "Queried" in text and "Flagged" in text


def test_changes_and_drift_are_marked(comparison):
    page = to_html(comparison)
    deleted = re.findall(r"<del>(.*?)</del>", page)
    inserted = re.findall(r"<ins>(.*?)</ins>", page)
    assert deleted and inserted
    plain = {html.unescape(re.sub(r"<[^>]+>", "", d)) for d in deleted}
    assert any("2022" in d for d in plain)
    assert '<mark class="drift error">' in page


def test_uses_the_windows_pygments_style(comparison):
    page = to_html(comparison)
    number = ProseStyle.styles[next(t for t in ProseStyle.styles if "Number" in str(t))].split()[0]
    assert number.lower() in page.lower()
    assert prose_css() in page
    assert 'class="m"' in page  # numbers carry the Pygments class the style sheet colours


def test_overlapping_marks_nest_properly():
    text = "In January 2022 two families left."
    marks = [Mark(3, 15, "drift", "error"), Mark(11, 15, "del")]
    out = paragraph_html(text, marks)
    _parse(f"<p>{out}</p>")
    assert re.sub(r"<[^>]+>", "", out) == text
    assert "<del>" in out and out.index('<mark class="drift error">') < out.index("<del>")


def test_printable(comparison):
    page = to_html(comparison)
    assert "@media print" in page and "break-inside: avoid" in page


def test_unified_diff_is_highlighted(comparison):
    page = to_html(comparison)
    assert 'class="gd"' in page and 'class="gi"' in page  # Pygments' Generic.Deleted / Inserted


def test_a_rewritten_passage_is_tinted_not_struck_through():
    marks = [Mark(0, 7, "del"), Mark(8, 13, "del")]
    struck = paragraph_html("Several words here", marks)
    soft = paragraph_html("Several words here", marks, soft=True)
    assert "<del>" in struck and "<del>" not in soft
    assert soft.count('<del class="soft">') == 2
    assert "line-through" not in paragraph_html("Several words here", marks, "qt", soft=True)
    assert "line-through" in paragraph_html("Several words here", marks, "qt")
