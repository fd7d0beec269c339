"""Event dates and plan years.

Input: clean paragraphs. Dates are written ``Ngày 25/12``, ``ngày 7-1``,
``Sáng 8/1``, ``Chiều 21.1``, ``Ngày 03/1/2017``, ``30.8.1947``, ``ngày 5
tháng 1 năm 2020``, glued to a dateline (``LSO-Chiều 11/1/2021``), or in
English (``January 11``, ``11 January 2021``). A day and month without a
year need a word such as "ngày"/"sáng"/"chiều" before them (a bare ``7/10``
may be a ratio). The plan year comes from "kế hoạch (năm) 2020", "năm kế
hoạch 2019", "kế hoạch sản xuất kinh doanh cho năm 2026", "plan for 2021".
"""

import datetime
import re
from dataclasses import dataclass, replace

from .text import clause_spans, sentence_spans

_EN_MONTHS = {
    name: index
    for index, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"),
            ("april", "apr"), ("may",), ("june", "jun"), ("july", "jul"),
            ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
            ("november", "nov"), ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}  # fmt: skip
_MONTH_NAMES = "|".join(sorted(_EN_MONTHS, key=len, reverse=True))
_NUMERIC = re.compile(
    r"(?<![\d/.,\-])(?P<d>\d{1,2})\s*[/.\-]\s*(?P<m>\d{1,2})"
    r"(?:\s*[/.\-]\s*(?P<y>\d{4}))?(?![\d/]|[.,\-]\d)"
)
_DAY_WORD = re.compile(
    r"(?<!\w)(?:ngày|sáng|chiều|trưa|tối|đêm|hôm)(?:\s+(?:ngày|nay|qua))?\s*\(?$"
)
_WORDY = re.compile(
    r"\bngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})(?:\s*(?:năm|,)\s*(?P<y>\d{4}))?",
    re.IGNORECASE,
)
_ENGLISH = re.compile(
    rf"\b(?P<mn>{_MONTH_NAMES})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b"
    r"(?:,?\s+(?P<y>\d{4}))?|"
    rf"\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mn2>{_MONTH_NAMES})\b\.?"
    r"(?:,?\s+(?P<y2>\d{4}))?",
    re.IGNORECASE,
)
_DOCUMENT = re.compile(
    r"(?:quyết định|nghị quyết|thông tư|nghị định|chỉ thị|công văn|văn bản|"
    r"kế hoạch số|số\s+\d+|ký|ban hành|decision|decree|circular)[^.;]{0,40}$"
)
# Searched in lower-cased text.
_PLAN = re.compile(
    r"kế\s*hoạch(?P<gap>(?:\s+[^\W\d]+){0,6}?)\s*(?:năm\s*)?"
    r"(?P<y>(?:19|20)\d{2})(?!\d)(?!\s*[-–]\s*\d)"
)
# Targets set for a year: "mục tiêu năm 2021:", "cho năm 2026, đơn vị đặt ra ba
# chỉ tiêu chính".
_TARGETS = re.compile(
    r"(?:mục\s+tiêu|chỉ\s+tiêu)(?P<gap>(?:\s+[^\W\d]+){0,3}?)\s+năm\s*"
    r"(?P<y>(?:19|20)\d{2})(?!\d)(?!\s*[-–]\s*\d)|"
    r"(?:cho|trong)\s+năm\s+(?P<y2>(?:19|20)\d{2}),?(?:\s+[^\W\d]+){0,4}?\s+"
    r"(?:đặt\s+ra|đề\s+ra)(?:\s+[^\W\d]+){0,3}?\s+(?:chỉ\s+tiêu|mục\s+tiêu)"
)
_PLAN_EN = re.compile(
    r"plans?\s+(?:for|of)\s+(?:the\s+year\s+)?(?P<y>(?:19|20)\d{2})\b|"
    r"(?P<y2>(?:19|20)\d{2})\s+(?:business\s+|production\s+)?plans?\b"
)
_NOT_PLAN_GAP = re.compile(r"\b(?:đến|tới|giai đoạn|trước|sau)\b", re.IGNORECASE)
_PLAN_CLAUSE = re.compile(r"kế\s*hoạch|plans?\b")
_LAUNCH = re.compile(
    r"triển\s+khai|bàn|giao|xây\s+dựng|đặt|bước\s+vào|khởi\s+động|roll(?:s|ed)?\s+out|"
    r"launch"
)
_PERIOD_REVIEW = re.compile(
    r"(?:sơ\s+kết|(?:\d+|sáu|chín)\s+tháng\s+đầu|quý\s+\w+)(?:\s+[^\W\d]+){0,5}?\s+"
    r"năm\s+(?P<y>(?:19|20)\d{2})(?![\d\-–])"
)
_REVIEW = re.compile(
    r"(?:tổng\s+kết|kết\s+quả|nhìn\s+lại|results?\s+(?:of|for))(?:\s+[^\W\d]+){0,6}?"
    r"\s+(?:năm\s+)?(?P<y>(?:19|20)\d{2})(?![\d\-–])"
)
_DIGIT = re.compile(r"\d")
_SINCE = re.compile(r"(?:\bsince|kể\s+từ)\s+(?:ngày\s+)?$")
EARLIEST_EVENT_YEAR = 1990


@dataclass(frozen=True)
class DateMention:
    day: int
    month: int
    year: int | None
    planned: bool  # said in a clause about a plan
    launch: bool = False  # ... that launches the plan ("triển khai kế hoạch")
    period_of: int | None = None  # ... reviewing part of a year ("sơ kết 9 tháng")
    start_of: bool = False  # the start of a period ("since July 1"), no event


def plan_year(texts: list[str]) -> int | None:
    """The latest year whose plan the article launches or reports on."""
    years = []
    for text in texts:
        low = text.lower()
        if "tiêu" in low:
            for match in _TARGETS.finditer(low):
                if not _NOT_PLAN_GAP.search(match.group("gap") or ""):
                    years.append(int(match.group("y") or match.group("y2")))
        if "hoạch" not in low and "plan" not in low:
            continue
        for match in _PLAN.finditer(low):
            if not _NOT_PLAN_GAP.search(match.group("gap")):
                years.append(int(match.group("y")))
        for match in _PLAN_EN.finditer(low):
            years.append(int(match.group("y") or match.group("y2")))
    return max(years, default=None)


def date_mentions(paragraph: str, *, english: bool = False) -> list[DateMention]:
    """Dates of events in a paragraph, in order (document dates left out)."""
    found = []
    if not _DIGIT.search(paragraph):
        return found
    for start, end in sentence_spans(paragraph):
        for a, b in clause_spans(paragraph, start, end):
            clause = paragraph[a:b]
            if _DIGIT.search(clause):
                found.extend(_dates_in(clause, _clause_facts(clause), english))
    return found


def _clause_facts(clause: str) -> tuple[bool, bool, int | None]:
    """Whether a clause is about a plan, launches it, reviews part of a year."""
    low = clause.lower()
    planned = bool(_PLAN_CLAUSE.search(low))
    period = _PERIOD_REVIEW.search(low) if "tháng" in low or "quý" in low else None
    return (
        planned,
        planned and bool(_LAUNCH.search(low)),
        int(period.group("y")) if period else None,
    )


def _dates_in(clause: str, planned: tuple, english: bool) -> list[DateMention]:
    hits = []
    for match in _NUMERIC.finditer(clause):
        if (
            match.group("y") is None
            or clause[match.start() - 1 : match.start()].isalpha()
        ):
            window = clause[max(0, match.start() - 16) : match.start()]
            if not _DAY_WORD.search(window.lower()):
                continue
        hits.append((match.start(), match.group("d"), match.group("m"), match["y"]))
    if "tháng" in clause:
        for match in _WORDY.finditer(clause):
            hits.append((match.start(), match["d"], match["m"], match["y"]))
    for match in _ENGLISH.finditer(clause) if english else ():
        name = (match.group("mn") or match.group("mn2")).lower()
        day = match.group("d") or match.group("d2")
        hits.append((match.start(), day, _EN_MONTHS[name], match["y"] or match["y2"]))
    mentions = []
    since = "từ" in clause or "ince" in clause
    for start, day, month, year in sorted(hits, key=lambda h: h[0]):
        if _DOCUMENT.search(clause[max(0, start - 60) : start].lower()):
            continue
        mention = _valid(int(day), int(month), int(year) if year else None, planned)
        if (
            mention
            and since
            and _SINCE.search(clause[max(0, start - 12) : start].lower())
        ):
            mention = replace(mention, start_of=True)
        if mention:
            mentions.append(mention)
    return mentions


def _valid(
    day: int, month: int, year: int | None, planned: tuple
) -> DateMention | None:
    try:
        datetime.date(year or 2000, month, day)
    except ValueError:
        return None
    if year is not None and year < EARLIEST_EVENT_YEAR:
        return None
    return DateMention(day, month, year, *planned)


def pick_event(mentions: list[DateMention], plan: int | None) -> DateMention | None:
    """The first date; in a plan article, the first said about the plan.

    A date that starts a period ("since July 1", "kể từ ngày 1/7") is none."""
    mentions = [m for m in mentions if not m.start_of]
    if plan is not None:
        for mention in mentions:
            if mention.planned:
                return mention
    return mentions[0] if mentions else None


def reviewed_years(texts: list[str]) -> frozenset[int]:
    """Years whose results the article reviews ("tổng kết công tác năm 2019")."""
    years = set()
    for text in texts:
        low = text.lower()
        if "kết" in low or "nhìn lại" in low or "results" in low:
            years.update(int(m.group("y")) for m in _REVIEW.finditer(low))
    return frozenset(years)


def infer_year(mention: DateMention, plan: int | None, results) -> int | None:
    """A year for a day and month, only where the article makes it certain.

    A plan launched for P (or with the results of P-1) puts December in P-1
    and the first months in P; the results of R alone (a plan P = R being
    reviewed included) put December in R and January or February in R+1.
    """
    month = mention.month
    if mention.period_of and month > 1:
        return mention.period_of
    if plan is not None and plan not in results:
        if month == 12 and (mention.launch or plan - 1 in results):
            return plan - 1
        return plan if month <= 3 else None
    if results:
        latest = max(results)
        if month == 12:
            return latest
        return latest + 1 if month <= 2 else None
    return None


def year_elsewhere(
    mention: DateMention, mentions: list[DateMention], page: tuple | None
) -> int | None:
    """The year of a day and month the article writes out in full elsewhere
    ("July 1" and "from July 1, 2025"), else of the crawler's page date
    ``page`` (year, month or None) when the month is not after it."""
    for other in mentions:
        if other.year and (other.day, other.month) == (mention.day, mention.month):
            return other.year
    if page and page[1] and mention.month <= page[1]:
        return page[0]
    return None


def iso(mention: DateMention | None, year: int | None) -> str | None:
    if mention is None:
        return None
    year = mention.year or year
    prefix = f"{year:04d}" if year else "-"
    return f"{prefix}-{mention.month:02d}-{mention.day:02d}"
