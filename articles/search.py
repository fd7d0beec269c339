"""Site search over published articles, provinces, people and postal units.

The query is folded (``common.text.fold``: accents and case dropped,
Đ read as D) and compared with folded text, so "bac giang" finds "Bắc Giang"
on every database. Every word of the query must be found: whole words, except
the last, which may also be the start of a word ("bac gi" finds "Bắc Giang").

Articles, on PostgreSQL: full-text search over ``Document()``, the expression
of the GIN index of migration 0005, ranked by ``ts_rank`` with the title
weighted above the lead and the lead above the body, plus the rank of the
words as a phrase (one after another). On other databases (SQLite in
development and tests): regular expressions over the folded
``Article.search_text`` column, ranked by the words found in the title, then
the phrase, then the number of occurrences.

Provinces, people and units match when every word of the query starts a word
of their folded names (``Province.search_key``, ``Person.key``,
``PostalUnit.key``); people and units only when a published article names
them, which is also where their result links to.

Highlighting (``highlight``, ``excerpt``) runs in Python on both databases:
the text is folded one character at a time to find the words, then escaped
piece by piece around the ``<mark>`` tags it adds.
"""

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from django.contrib.postgres.search import (
    SearchQuery,
    SearchRank,
    SearchVector,
    SearchVectorField,
)
from django.db import connections
from django.db.models import (
    Case,
    F,
    Func,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    TextField,
    Value,
    When,
)
from django.db.models.functions import Length, Lower, Replace, Substr
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from common.text import clean, fold
from facts.models import Ceremony, CeremonyAttendee, Person
from facts.models import ReviewState as State
from provinces.models import PostalUnit, Province

from .models import Article

MAX_LENGTH = 100
MAX_WORDS = 10
_WORD = re.compile(r"[^\W_]+")
_TSQUERY_SPECIAL = str.maketrans({"'": " ", "\\": " "})


@dataclass(frozen=True)
class Query:
    """A visitor's query: the text as typed, its folded words, or why not."""

    text: str = ""
    words: tuple[str, ...] = ()
    chunks: tuple[str, ...] = field(default=(), repr=False)
    message: str = ""

    def __bool__(self) -> bool:
        return bool(self.words)

    @classmethod
    def parse(cls, raw: str | None) -> "Query":
        text = clean(raw or "")
        if not text:
            return cls(message="Nhập tên tỉnh, thành phố, người, đơn vị hoặc từ khóa.")
        if len(text) > MAX_LENGTH:
            return cls(
                text=text[:MAX_LENGTH],
                message=f"Từ khóa quá dài: tối đa {MAX_LENGTH} ký tự.",
            )
        folded = fold(text)
        words = tuple(dict.fromkeys(_WORD.findall(folded)))
        if not words:
            return cls(text=text, message="Từ khóa cần có ít nhất một chữ hoặc số.")
        if len(words) > MAX_WORDS:
            return cls(text=text, message=f"Từ khóa quá dài: tối đa {MAX_WORDS} từ.")
        chunks = folded.translate(_TSQUERY_SPECIAL).split()
        chunks = tuple(c for c in chunks if _WORD.search(c))
        return cls(text=text, words=words, chunks=chunks)

    def patterns(self) -> list[str]:
        """One Python regular expression per word, for folded text."""
        last = len(self.words) - 1
        return [
            rf"\b{re.escape(word)}" + ("" if i == last else r"\b")
            for i, word in enumerate(self.words)
        ]

    def phrase_pattern(self) -> str:
        return r"\b" + r"\W+".join(map(re.escape, self.words))

    def tsquery(self, operator: str) -> str:
        """``to_tsquery`` text: each chunk quoted, so that PostgreSQL's parser
        splits it as it split the document ("tp.hcm", "covid-19")."""
        quoted = [f"'{chunk}'" for chunk in self.chunks]
        quoted[-1] += ":*"
        return f" {operator} ".join(quoted)


# Articles --------------------------------------------------------------------


class Unaccent(Func):
    function = "immutable_unaccent"
    output_field = TextField()


class Document(Func):
    """An article's words as migration 0005 indexes them: keep both identical."""

    template = (
        "to_tsvector('simple'::regconfig, immutable_unaccent(lower(%(expressions)s)))"
    )
    arg_joiner = " || ' ' || "

    def __init__(self):
        super().__init__(
            F("title"), F("lead"), F("body"), output_field=SearchVectorField()
        )


def articles(query: Query, queryset: QuerySet | None = None) -> QuerySet:
    """Published articles matching every word of ``query``, best first."""
    queryset = Article.objects.published() if queryset is None else queryset
    if not query:
        return queryset.none()
    if connections[queryset.db].vendor == "postgresql":
        return _full_text(queryset, query)
    return _folded_text(queryset, query)


def _full_text(queryset: QuerySet, query: Query) -> QuerySet:
    def weighted(name, weight):
        return SearchVector(Unaccent(Lower(name)), config="simple", weight=weight)

    vector = weighted("title", "A") + weighted("lead", "B") + weighted("body", "D")
    words = SearchQuery(query.tsquery("&"), search_type="raw", config="simple")
    phrase = SearchQuery(query.tsquery("<->"), search_type="raw", config="simple")
    return (
        queryset.alias(document=Document())
        .filter(document=words)
        .annotate(rank=SearchRank(vector, words) + SearchRank(vector, phrase))
        .order_by("-rank", "-published_at", "-pk")
    )


def _folded_text(queryset: QuerySet, query: Query) -> QuerySet:
    patterns = query.patterns()
    for word, pattern in zip(query.words, patterns, strict=True):
        # The LIKE is cheap and narrows the rows the (Python) REGEXP reads.
        queryset = queryset.filter(
            search_text__contains=word, search_text__regex=pattern
        )
    title_hits = sum(
        (_flag(Q(folded_title__regex=pattern)) for pattern in patterns), Value(0)
    )
    occurrences = sum(
        (
            (Length("search_text") - Length(Replace("search_text", Value(w)))) / len(w)
            for w in query.words
        ),
        Value(0),
    )
    # search_text starts with the folded title, and folding keeps the length
    # of Vietnamese text (one letter in, one letter out).
    return (
        queryset.alias(folded_title=Substr("search_text", 1, Length("title")))
        .annotate(
            title_hits=title_hits,
            phrase=_flag(Q(search_text__regex=query.phrase_pattern())),
            occurrences=occurrences,
        )
        .order_by("-title_hits", "-phrase", "-occurrences", "-published_at", "-pk")
    )


def _flag(condition: Q) -> Case:
    return Case(When(condition, then=1), default=0, output_field=IntegerField())


# Provinces, people, units ----------------------------------------------------


def _word_starts(name: str, query: Query) -> Q:
    """Every word of the query starts a word of the folded column ``name``."""
    condition = Q()
    for word in query.words:
        condition &= (
            Q(**{f"{name}__startswith": word})
            | Q(**{f"{name}__contains": f" {word}"})
            | Q(**{f"{name}__contains": f"|{word}"})
        )
    return condition


def provinces(query: Query) -> QuerySet:
    """Exact names first, then current provinces before historical ones."""
    exact = f"|{' '.join(query.words)}|"
    return (
        Province.objects.filter(_word_starts("search_key", query))
        .select_related("successor")
        .alias(inexact=Case(When(search_key__contains=exact, then=0), default=1))
        .order_by("inexact", "era", "name")
    )


def _with_latest_article(queryset: QuerySet, mentions: Q) -> QuerySet:
    """Annotate the newest published article that ``mentions`` the row, and
    keep only the rows that have one."""
    newest = (
        Article.objects.published().filter(mentions).order_by("-published_at", "-pk")
    )
    return queryset.annotate(
        article_slug=Subquery(newest.values("slug")[:1]),
        article_title=Subquery(newest.values("title")[:1]),
    ).filter(article_slug__isnull=False)


def people(query: Query) -> QuerySet:
    """People named by accepted facts of published articles, with their role."""
    role = (
        CeremonyAttendee.objects.filter(
            person=OuterRef("pk"), ceremony__in=Ceremony.objects.public()
        )
        .exclude(title="")
        .order_by(F("ceremony__year").desc(nulls_last=True), "-pk")
        .values("title")[:1]
    )
    mentions = Q(
        ceremonies__state=State.ACCEPTED, ceremonies__attendees__person=OuterRef("pk")
    ) | Q(
        commendations__state=State.ACCEPTED,
        commendations__recipients__person=OuterRef("pk"),
    )
    found = Person.objects.filter(_word_starts("key", query))
    return (
        _with_latest_article(found, mentions)
        .annotate(role=Subquery(role))
        .order_by("name", "pk")
    )


def units(query: Query) -> QuerySet:
    """Postal units named by a published article or its accepted facts."""
    mentions = (
        Q(units=OuterRef("pk"))
        | Q(ceremonies__state=State.ACCEPTED, ceremonies__host_unit=OuterRef("pk"))
        | Q(
            commendations__state=State.ACCEPTED,
            commendations__recipients__unit=OuterRef("pk"),
        )
    )
    found = PostalUnit.objects.filter(_word_starts("key", query))
    return (
        _with_latest_article(found, mentions)
        .select_related("province")
        .order_by("name", "province__name", "pk")
    )


# Highlighting ----------------------------------------------------------------


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    return " " if char.isspace() else fold(char)


def _spans(text: str, query: Query) -> list[tuple[int, int]]:
    """Where the words of ``query`` are in ``text``, merged, in order."""
    folded, origin = [], []
    for i, char in enumerate(text):
        piece = _fold_char(char)
        folded.append(piece)
        origin.extend([i] * len(piece))
    folded = "".join(folded)
    found = []
    for pattern in query.patterns():
        for match in re.finditer(pattern, folded):
            end = origin[match.end() - 1] + 1
            while end < len(text) and unicodedata.combining(text[end]):
                end += 1  # marks of a decomposed letter belong to it
            found.append((origin[match.start()], end))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(found):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def highlight(text: str, query: Query) -> SafeString:
    """``text`` escaped, its matches of ``query`` inside ``<mark>``."""
    pieces, position = [], 0
    for start, end in _spans(text, query) if query else ():
        pieces += [escape(text[position:start]), "<mark>", escape(text[start:end])]
        pieces.append("</mark>")
        position = end
    pieces.append(escape(text[position:]))
    return mark_safe("".join(pieces))  # noqa: S308 every piece of text is escaped


def excerpt(text: str, query: Query, width: int = 240) -> SafeString:
    """About ``width`` characters of ``text`` around its first match."""
    text = clean(text)
    spans = _spans(text, query) if query else []
    first = spans[0][0] if spans else 0
    start = max(0, first - width // 4)
    if start:  # begin at a word: after the first space, never past the match
        start = min(first, text.find(" ", start, first) + 1 or first)
    end = start + width
    if end < len(text):  # end at a word too
        end = text.rfind(" ", start, end) if " " in text[start:end] else end
    snippet = highlight(text[start:end].strip(), query)
    prefix = "… " if start else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(prefix + snippet + suffix)  # noqa: S308 snippet is escaped
