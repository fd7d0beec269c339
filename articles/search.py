"""Site search over published articles, provinces, people and postal units.

The query is folded (``common.text.fold``: accents and case dropped,
Đ read as D) and compared with folded text, so "bac giang" finds "Bắc Giang"
on every database. Every word of the query must be found: whole words, except
the last, which may also be the start of a word ("bac gi" finds "Bắc Giang").

Articles: a stored full-text index on both databases (migration 0003):
PostgreSQL's generated ``search_vector`` column with its GIN index, SQLite's
FTS5 table over ``search_text``, each kept in step by the database. ``find``
asks it for every word of the query, or every word of another name of the
place the query names (``alternatives``: "hcm", "sài gòn" -> Hồ Chí Minh;
"huế" <-> Thừa Thiên Huế), or for articles filed under that place; it keeps
the newest ``CAP`` matches (the count says "more than" past that), within a
time budget (``BUDGET_MS``; PostgreSQL ``statement_timeout``, SQLite's
progress handler). ``ranked`` orders only those: filed under the place named,
then the words as a phrase in the title, as a phrase anywhere, all in the
title, then newest first.

Provinces, people and units match when every word of the query starts a word
of their folded names (``Province.search_key``, ``Person.key``,
``PostalUnit.key``); people and units only when a published article names
them, which is also where their result links to.

Highlighting (``highlight``, ``excerpt``) runs in Python on both databases:
the text is folded one character at a time to find the words, then escaped
piece by piece around the ``<mark>`` tags it adds.
"""

import operator
import re
import time
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache, reduce

from django.db import OperationalError, connections, transaction
from django.db.models import (
    Case,
    CharField,
    F,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.expressions import RawSQL
from django.db.models.functions import (
    Cast,
    Coalesce,
    Concat,
    Greatest,
    Length,
    Substr,
)
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from common.text import clean, fold
from facts.models import (
    Ceremony,
    CeremonyAttendee,
    Commendation,
    CommendationRecipient,
    Person,
)
from facts.models import ReviewState as State
from provinces.models import PostalUnit, Province

from .models import Article, Status

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

# At most this many matches are ranked: the newest that many, which the count
# then reports as "more than". A common word matches most of the archive; no
# request ranks (or counts) a hundred thousand rows.
CAP = 1000
# Every statement that finds the matches must end within this many
# milliseconds (PostgreSQL ``statement_timeout``, SQLite's progress handler).
BUDGET_MS = 2000
# SQLite checks the clock every this many virtual machine steps.
PROGRESS_STEPS = 20_000
FTS_TABLE = "articles_article_fts"
# Words of a place's name that are not the name: "TP. Hồ Chí Minh", "tỉnh X".
_PLACE_WORDS = {("tp",), ("thanh", "pho"), ("tinh",)}
# Common names no reference alias covers, folded: what visitors type.
EXTRA_ALIASES = {"ho chi minh": ["hcm", "tphcm"]}


@dataclass(frozen=True)
class Alternatives:
    """What a query may also mean: the names of the place it names (every
    spelling of every province that shares one), and those provinces."""

    phrases: tuple[tuple[str, ...], ...]
    province_ids: tuple[int, ...] = ()


def _name_words(name: str) -> tuple[str, ...]:
    words = tuple(_WORD.findall(fold(name)))
    for prefix in _PLACE_WORDS:
        if words[: len(prefix)] == prefix and len(words) > len(prefix):
            return words[len(prefix) :]
    return words


def alternatives(query: Query) -> Alternatives:
    """The query's words, plus every name of the place they name exactly.

    "hcm", "tp hcm", "sai gon" -> Hồ Chí Minh; "hue" -> Huế and Thừa Thiên
    Huế (which has "Huế" as an alias). Provinces sharing a name are one place
    (a province of both eras). One query of the 97 provinces' names.
    """
    own = _name_words(" ".join(query.words)) or query.words
    names = {}
    for pk, name, full_name, aliases in Province.objects.values_list(
        "pk", "name", "full_name", "aliases"
    ):
        spellings = {_name_words(n) for n in [name, full_name, *aliases]}
        for canonical, extra in EXTRA_ALIASES.items():
            if _name_words(name) == tuple(canonical.split()):
                spellings |= {tuple(e.split()) for e in extra}
        names[pk] = spellings - {()}
    named = {pk for pk, spellings in names.items() if own in spellings}
    # Provinces that share a spelling with one named are the same place.
    spellings = set().union(*(names[pk] for pk in named)) if named else set()
    places = {pk for pk, s in names.items() if s & spellings}
    phrases = [query.words, *sorted(set().union(*(names[pk] for pk in places)))]
    return Alternatives(tuple(dict.fromkeys(phrases)), tuple(sorted(places)))


@dataclass
class Found:
    """The matches to rank (ids, the newest ``CAP`` at most), and whether
    there were more or the search ran out of time."""

    ids: list[int]
    capped: bool = False
    timed_out: bool = False
    alternatives: Alternatives | None = None


def _fts_query(phrases, vendor: str, query: Query) -> str:
    """Every word of one of ``phrases``; the query's own last word may be
    the start of a word."""
    groups = []
    for phrase in phrases:
        prefix = phrase == query.words
        if vendor == "postgresql":
            terms = [f"'{w}'" for w in phrase]
            if prefix:
                terms[-1] += ":*"
            groups.append("(" + " & ".join(terms) + ")")
        else:
            terms = [f'"{w}"' for w in phrase]
            if prefix:
                terms[-1] += "*"
            groups.append("(" + " AND ".join(terms) + ")")
    return (" | " if vendor == "postgresql" else " OR ").join(groups)


def matches(query: Query, queryset: QuerySet | None = None) -> QuerySet:
    """Published articles matching ``query`` (or one of its alternatives),
    unordered and unranked: what the indexes answer."""
    queryset = Article.objects.published() if queryset is None else queryset
    return _matching(queryset, query, alternatives(query))


def _matching(queryset: QuerySet, query: Query, found_in: Alternatives) -> QuerySet:
    vendor = connections[queryset.db].vendor
    text = _fts_query(found_in.phrases, vendor, query)
    if vendor == "postgresql":
        ids = RawSQL(
            "SELECT id FROM articles_article "
            "WHERE search_vector @@ to_tsquery('simple'::regconfig, %s)",
            [text],
        )
    else:
        ids = RawSQL(
            f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s", [text]
        )
    condition = Q(pk__in=ids)
    if found_in.province_ids:
        condition |= Q(pk__in=_filed_under(found_in.province_ids))
    return queryset.filter(condition)


def _filed_under(province_ids) -> QuerySet:
    links = Article.provinces.through.objects.filter(province_id__in=province_ids)
    return links.values("article_id")


def find(query: Query, queryset: QuerySet | None = None) -> Found:
    """The ids of the newest ``CAP`` matches, within the time budget."""
    queryset = Article.objects.published() if queryset is None else queryset
    if not query:
        return Found([])
    found_in = alternatives(query)
    newest = (
        _matching(queryset, query, found_in)
        .order_by("-published_at", "-pk")
        .values_list("pk", flat=True)[: CAP + 1]
    )
    try:
        ids = _within_budget(newest)
    except OperationalError:
        return Found([], timed_out=True, alternatives=found_in)
    return Found(ids[:CAP], len(ids) > CAP, alternatives=found_in)


def _within_budget(queryset: QuerySet) -> list:
    """Run ``queryset``; a statement past ``BUDGET_MS`` raises
    ``OperationalError`` (and is stopped by the database)."""
    connection = connections[queryset.db]
    if connection.vendor == "postgresql":
        with transaction.atomic(using=queryset.db):
            with connection.cursor() as cursor:
                cursor.execute(f"SET LOCAL statement_timeout = {int(BUDGET_MS)}")
            return list(queryset)
    connection.ensure_connection()
    deadline = time.monotonic() + BUDGET_MS / 1000
    raw = connection.connection
    raw.set_progress_handler(lambda: time.monotonic() > deadline, PROGRESS_STEPS)
    try:
        return list(queryset)
    finally:
        raw.set_progress_handler(None, 0)


def articles(query: Query, queryset: QuerySet | None = None) -> QuerySet:
    """Published articles matching ``query``, best first: see ``ranked``."""
    return ranked(find(query, queryset), query)


def ranked(found: Found, query: Query) -> QuerySet:
    """The matches, best first: filed under the place the query names, then
    the words as a phrase in the title, as a phrase anywhere, all in the
    title; then newest first. Only the ``CAP`` matches found are ranked.

    The index already decided what matches (whole words); ranking compares
    folded text with ``LIKE`` (in the database's C code, unlike a regular
    expression, which SQLite calls back into Python for on every row).
    """
    queryset = Article.objects.filter(pk__in=found.ids)
    if not found.ids:
        return queryset.none()
    phrases = found.alternatives.phrases if found.alternatives else (query.words,)

    def any_phrase(column: str) -> Q:
        return reduce(
            operator.or_,
            (Q(**{f"{column}__contains": " ".join(words)}) for words in phrases),
        )

    words_in_title = reduce(
        operator.or_,
        (
            reduce(operator.and_, (Q(folded_title__contains=w) for w in words))
            for words in phrases
        ),
    )
    filed = Value(0)
    if found.alternatives and found.alternatives.province_ids:
        filed = _flag(Q(pk__in=_filed_under(found.alternatives.province_ids)))
    # search_text starts with the folded title, and folding keeps the length
    # of Vietnamese text (one letter in, one letter out).
    return (
        queryset.alias(folded_title=Substr("search_text", 1, Length("title")))
        .annotate(
            score=filed * 8
            + _flag(any_phrase("folded_title")) * 4
            + _flag(any_phrase("search_text")) * 2
            + _flag(words_in_title)
        )
        .order_by("-score", "-published_at", "-pk")
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


# People and units whose names match are checked for a public mention only
# among the first this many by name: a common word ("bưu điện") names every
# postal unit, and no request checks them all.
NAMED_CAP = 200


def _first_named(queryset: QuerySet, *ordering: str) -> QuerySet:
    first = queryset.order_by(*ordering).values("pk")[:NAMED_CAP]
    return queryset.model.objects.filter(pk__in=Subquery(first))


def _with_latest_article(queryset: QuerySet, *mentions: QuerySet) -> QuerySet:
    """Annotate the newest published article of ``mentions`` (querysets of
    article ids, each read on an index of the linking table), and keep only
    the rows that have one."""
    newest = (
        Article.objects.published()
        .filter(reduce(operator.or_, (Q(pk__in=m) for m in mentions)))
        .order_by("-published_at", "-pk")
    )
    return queryset.annotate(
        article_slug=Subquery(newest.values("slug")[:1]),
        article_title=Subquery(newest.values("title")[:1]),
    ).filter(article_slug__isnull=False)


def people(query: Query) -> QuerySet:
    """People named by accepted facts of published articles, with their role."""
    role = (
        CeremonyAttendee.objects.filter(
            person=OuterRef("pk"),
            ceremony__state=State.ACCEPTED,
            ceremony__article_published_at__lte=timezone.now(),
        )
        .exclude(title="")
        .order_by(F("ceremony__year").desc(nulls_last=True), "-pk")
        .values("title")[:1]
    )
    found = _first_named(
        Person.objects.filter(_word_starts("key", query)), "name", "pk"
    )
    return (
        _with_latest_article(
            found,
            Ceremony.objects.filter(
                state=State.ACCEPTED, attendees__person=OuterRef(OuterRef("pk"))
            ).values("article_id"),
            Commendation.objects.filter(
                state=State.ACCEPTED, recipients__person=OuterRef(OuterRef("pk"))
            ).values("article_id"),
        )
        .annotate(role=Subquery(role))
        .order_by("name", "pk")
    )


def units(query: Query) -> QuerySet:
    """Postal units named by a published article or its accepted facts.

    Each of the three ways an article names a unit is its own subquery,
    driven by the linking table's index on the unit (a correlated "newest
    article among A or B or C" made SQLite walk every article per unit); the
    newest of the three wins (``found_through``, after slicing)."""
    found = _first_named(
        PostalUnit.objects.filter(_word_starts("key", query)),
        "name",
        "province__name",
        "pk",
    )
    now = timezone.now()
    published = {
        "article__status": Status.PUBLISHED,
        "article__published_at__lte": now,
    }
    links = [
        Article.units.through.objects.filter(postalunit_id=OuterRef("pk")),
        Ceremony.objects.filter(state=State.ACCEPTED, host_unit=OuterRef("pk")),
        CommendationRecipient.objects.filter(
            unit=OuterRef("pk"), commendation__state=State.ACCEPTED
        ).values("commendation__article"),
    ]
    newest = []
    for n, link in enumerate(links):
        prefix = "commendation__" if n == 2 else ""
        rows = link.filter(
            **{f"{prefix}{k}": v for k, v in published.items()}
        ).order_by(f"-{prefix}article__published_at")
        newest.append(
            Coalesce(
                Subquery(
                    rows.annotate(
                        mention=Concat(
                            Cast(f"{prefix}article__published_at", CharField()),
                            Value(SEPARATOR),
                            f"{prefix}article__slug",
                            Value(SEPARATOR),
                            f"{prefix}article__title",
                            output_field=CharField(),
                        )
                    ).values("mention")[:1]
                ),
                Value(""),
            )
        )
    return (
        found.annotate(mention=Greatest(*newest))
        .exclude(mention="")
        .select_related("province")
        .order_by("name", "province__name", "pk")
    )


SEPARATOR = "\x1f"


def found_through(units) -> list:
    """``units`` with ``article_slug`` and ``article_title`` from ``mention``."""
    units = list(units)
    for unit in units:
        _, unit.article_slug, unit.article_title = unit.mention.split(SEPARATOR, 2)
    return units


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
