"""How an extracted article maps onto the models, decided without the database.

The guesses an editor would make at a glance live here (which kind of event
an article reports, whether a recipient is a unit or a person, what kind of
body an issuer is), together with the checks a fact must pass before it can be
stored, and the sentence a fact was read from, for highlighting.
"""

import re
from dataclasses import dataclass
from decimal import Decimal

from articles.extraction import ExtractedArticle, Figure
from articles.highlight import find
from common.text import fold
from facts.models import (
    MAX_YEAR,
    MIN_YEAR,
    MONEY_UNITS,
    CeremonyKind,
    FigureUnit,
    Metric,
    OrganizationKind,
)
from provinces.models import UnitLevel

_MARKUP = re.compile(r"<\s*/?\s*[a-zA-Z!][^>]*>|javascript:", re.IGNORECASE)
_AWARD_WORDS = r"(?:cờ|bằng khen|giấy khen|kỷ niệm chương|huân chương|danh hiệu)"
# First match wins: a plan conference often also hands out awards.
_CEREMONY_RULES = [
    (re.compile(r"triển khai (?:nhiệm vụ )?kế hoạch"), CeremonyKind.PLAN_CONFERENCE),
    (re.compile(r"tổng kết"), CeremonyKind.REVIEW_CONFERENCE),
    (
        re.compile(rf"(?:\btrao\b|đón nhận).{{0,80}}{_AWARD_WORDS}"),
        CeremonyKind.AWARD_CEREMONY,
    ),
    (re.compile(r"kỷ niệm(?! chương)"), CeremonyKind.ANNIVERSARY),
    (re.compile(r"(?<!\w)(?:thăm|làm việc)(?!\w)"), CeremonyKind.VISIT),
]
_UNIT_PREFIX = re.compile(r"^bưu điện\s+", re.IGNORECASE)
_DISTRICT = re.compile(
    r"^bưu điện\s+(?:huyện|quận|thị xã|thị trấn|thành phố|tp\.?|khu vực|trung tâm)\s",
    re.IGNORECASE,
)
_ORG_KINDS = [
    (re.compile(r"^(?:bộ|chính phủ|văn phòng chính phủ|thủ tướng)\b"), "ministry"),
    (re.compile(r"^(?:tổng công ty|công ty|tập đoàn|ngân hàng)\b"), "corporation"),
    (re.compile(r"^(?:ủy ban nhân dân|ubnd|hđnd|hội đồng nhân dân)\b"), "committee"),
    (re.compile(r"^(?:sở|ban quản lý|cục|chi cục)\b"), "department"),
    (
        re.compile(r"^(?:đảng|tỉnh ủy|thành ủy|ban .*tỉnh ủy|đoàn|công đoàn|hội)\b"),
        "party",
    ),
]
# A body's name starts with what it is; "Đoàn" alone is also a surname.
_NOT_A_PERSON = re.compile(
    r"^(?:bưu|công ty|công đoàn|tổng|trung tâm|phòng|ban|tổ|đội|sở|bộ|ủy ban|ubnd|"
    r"đảng|đoàn (?:thanh niên|tncs)|hội|chi nhánh|tập thể|cụm|khối|xã|huyện|tỉnh|"
    r"thành phố)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?…][\"”’)]*(?:\s+|$)")
_FIGURE_UNITS = frozenset(FigureUnit.values)  # ``.values`` makes a new list each time


def event_parts(event_date: str | None) -> tuple[int | None, int | None, int | None]:
    """``2019-12-25`` -> (2019, 12, 25); ``--12-25`` -> (None, 12, 25)."""
    if not event_date:
        return (None, None, None)
    if event_date.startswith("--"):
        month, day = event_date[2:].split("-")
        return (None, int(month), int(day))
    year, month, day = event_date.split("-")
    return (int(year), int(month), int(day))


def year_in_range(year: int | None) -> bool:
    return year is not None and MIN_YEAR <= year <= MAX_YEAR


def ceremony_kind(article: ExtractedArticle) -> str:
    """The kind of event, guessed from the title first, then from the body."""
    for text in (article.title or "", " ".join(article.body)):
        lowered = text.casefold()
        for pattern, kind in _CEREMONY_RULES:
            if pattern.search(lowered):
                return kind
    return CeremonyKind.OTHER


def ceremony_title(article: ExtractedArticle, kind: str) -> str:
    if kind in {CeremonyKind.OTHER, CeremonyKind.VISIT} and article.title:
        return article.title[:300]
    title = CeremonyKind(kind).label
    if kind == CeremonyKind.PLAN_CONFERENCE and article.plan_year:
        title += f" năm {article.plan_year}"
    if article.unit:
        title += f" của {article.unit}"
    return title[:300]


def is_unit_name(name: str) -> bool:
    return bool(_UNIT_PREFIX.match(name))


def unit_level(name: str, main_unit: str | None) -> str:
    if main_unit and fold(name) == fold(main_unit):
        return UnitLevel.PROVINCE
    if re.match(r"^bưu điện\s+tỉnh\s", name, re.IGNORECASE):
        return UnitLevel.PROVINCE
    if _DISTRICT.match(name):
        return UnitLevel.DISTRICT
    return UnitLevel.OTHER


def organization_kind(name: str) -> str:
    lowered = name.casefold()
    for pattern, kind in _ORG_KINDS:
        if pattern.search(lowered):
            return kind
    return OrganizationKind.OTHER


def looks_like_person(name: str) -> bool:
    """Two to five capitalised words and no word naming a body: a person."""
    words = name.split()
    return (
        2 <= len(words) <= 5
        and all(w[:1].isupper() for w in words)
        and not _NOT_A_PERSON.search(name)
    )


def has_markup(text: str) -> bool:
    return bool(_MARKUP.search(text))


def figure_problem(figure: Figure) -> str | None:
    """Why a figure cannot be stored, or None."""
    if figure.year is None:
        return f"Chưa lưu số liệu “{figure.text}”: bài không cho biết năm."
    if not year_in_range(figure.year):
        return f"Chưa lưu số liệu “{figure.text}”: năm {figure.year} không hợp lệ."
    if figure.unit in MONEY_UNITS and figure.value < 0:
        return f"Chưa lưu số liệu “{figure.text}”: số tiền âm."
    return None


def figure_values(figure: Figure) -> dict:
    """The YearlyFigure fields (besides article and province) of a figure."""
    unit = figure.unit if figure.unit in _FIGURE_UNITS else FigureUnit.COUNT
    value = Decimal(str(figure.value))
    if unit in MONEY_UNITS:
        value = value.quantize(Decimal(1))
    label = figure.label or ""
    if figure.metric == Metric.OTHER and not label:
        label = figure.text
    return {
        "year": figure.year,
        "metric": figure.metric,
        "label": label[:160],
        "value": value,
        "unit": unit,
        "qualifier": (figure.qualifier or "")[:20],
        "subject": (figure.subject or "")[:160],
        "source_text": figure.text,
        **confidence_values(figure),
    }


def confidence_values(extracted) -> dict:
    """How sure the extractor was of a fact and why (``confidence``, ``reason``),
    when it says so: older extractors do not."""
    confidence = getattr(extracted, "confidence", None)
    return {
        "confidence": None if confidence is None else float(confidence),
        "reason": str(getattr(extracted, "reason", "") or "")[:300],
    }


@dataclass(frozen=True)
class Highlight:
    """A sentence split around the words a fact was read from."""

    before: str
    match: str
    after: str


def highlight(texts: list[str], needle: str) -> Highlight | None:
    """The sentence of ``texts`` holding ``needle``, split around it."""
    if not needle:
        return None
    for text in texts:
        if span := find(text, needle.strip()):
            return _sentence_around(text, *span)
    return None


def _sentence_around(text: str, start: int, end: int) -> Highlight:
    begin = 0
    for match in _SENTENCE_END.finditer(text, 0, start):
        begin = match.end()
    stop = _SENTENCE_END.search(text, end)
    finish = stop.end() if stop else len(text)
    return Highlight(text[begin:start], text[start:end], text[end:finish].rstrip())


class Sentences:
    """The sentences of an article, to find the one a fact was read from."""

    def __init__(self, texts: list[str]):
        self.items = [(s, s.casefold()) for text in texts for s in _split(text)]

    def find(self, *words: str) -> str:
        """The first sentence that holds every one of ``words``, or ``""``."""
        wanted = [w.casefold() for w in words if w]
        return next((s for s, f in self.items if all(w in f for w in wanted)), "")


def sentence_with(texts: list[str], *words: str) -> str:
    return Sentences(texts).find(*words)


def _split(text: str) -> list[str]:
    sentences, begin = [], 0
    for match in [*_SENTENCE_END.finditer(text), None]:
        finish = match.end() if match else len(text)
        if sentence := text[begin:finish].strip():
            sentences.append(sentence)
        begin = finish
    return sentences
