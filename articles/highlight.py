"""Mark the sentences facts were read from in an article's text.

Each accepted fact keeps the clause it was read from (``source_text``). On the
article page that clause is wrapped in ``<mark id="cau-12">``, so a link to
``…/#cau-12`` scrolls to it and CSS (``:target``) highlights it without
JavaScript. Facts read from the same clause nest their marks. A clause found
nowhere in the text (or overlapping one already marked) is reported back, and
the page then puts the anchor on the quotation in its list of facts instead.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe


@dataclass(frozen=True)
class Source:
    anchor: str
    text: str


@dataclass(frozen=True)
class MarkedArticle:
    lead: SafeString
    paragraphs: list[SafeString]
    captions: list[SafeString]
    unmatched: frozenset[str]


def find(text: str, clause: str) -> tuple[int, int] | None:
    """Where ``clause`` is in ``text``: exactly, else ignoring case and spacing."""
    start = text.find(clause)
    if start >= 0:
        return start, start + len(clause)
    words = clause.split()
    if not words:
        return None
    pattern = r"\s+".join(re.escape(word) for word in words)
    match = re.search(pattern, text, re.IGNORECASE)
    return match.span() if match else None


def mark(text: str, sources: Iterable[Source]) -> tuple[SafeString, set[str]]:
    """``text`` escaped with its clauses marked, and the anchors placed."""
    spans: dict[tuple[int, int], list[str]] = {}
    for source in sources:
        span = find(text, source.text.strip())
        if span:
            spans.setdefault(span, []).append(source.anchor)
    kept, end = [], -1
    for span in sorted(spans, key=lambda s: (s[0], s[0] - s[1])):
        if span[0] >= end:
            kept.append(span)
            end = span[1]
    out, position, placed = [], 0, set()
    for start, stop in kept:
        inner = escape(text[start:stop])
        for anchor in reversed(spans[start, stop]):
            inner = (
                f'<mark id="{escape(anchor)}" class="source-sentence">{inner}</mark>'
            )
            placed.add(anchor)
        out.append(escape(text[position:start]) + inner)
        position = stop
    out.append(escape(text[position:]))
    return mark_safe("".join(out)), placed


def marked_article(article, sources: list[Source]) -> MarkedArticle:
    """The lead, paragraphs and captions with each source marked once."""
    remaining = [s for s in sources if s.text.strip()]
    placed_anywhere: set[str] = set()
    blocks = []
    for text in [article.lead, *article.paragraphs(), *article.caption_list()]:
        html, placed = mark(text, remaining)
        remaining = [s for s in remaining if s.anchor not in placed]
        placed_anywhere |= placed
        blocks.append(html)
    count = len(article.paragraphs())
    return MarkedArticle(
        lead=blocks[0],
        paragraphs=blocks[1 : 1 + count],
        captions=blocks[1 + count :],
        unmatched=frozenset(s.anchor for s in sources) - placed_anywhere,
    )
