"""Business figures: revenue, growth, plan completion, budget, income, counts.

Input: the body paragraphs of an article. Each sentence is cut into clauses
at semicolons, and ``amounts.find_amounts`` reads the amounts of a clause.
The words before an amount name its topic ("tổng doanh thu", "nộp ngân
sách", "thu nhập bình quân", "doanh thu tính lương", "nhóm bưu chính chuyển
phát"...; in English the words after it may: "paid N into the State
budget"); a percentage belongs to the topic of the amount it follows in the
same clause, and its verb says what it measures ("tăng"/"up" growth, "giảm"
negative growth, "đạt N% kế hoạch" plan completion, "vượt N% kế hoạch"
plan exceeded, "bằng N% so với" share of last year). Only the unit's total
revenue, budget contribution and monthly income get their own metrics;
segments, periods ("9 tháng"), other targets and counts are ``other`` with
a label. A target ("phấn đấu", "kế hoạch doanh thu", a year after the
results year) belongs to the plan year; other figures to the year the text
is talking about ("Năm 2019, ..."), else to the results year.
"""

import re
from dataclasses import dataclass, replace

from common.text import clean

from .amounts import Amount, find_amounts
from .figure_kinds import (
    amount_metric,
    as_part,
    label_of,
    percent_kind,
    percent_label,
    percent_metric,
    qualifier_of,
    why,
)
from .model import Figure
from .text import CAP_WORD, clause_spans, lower, sentence_spans

_DIGIT = re.compile(r"\d")
# A post office a figure may be about; ``__init__`` keeps it as the figure's
# subject when it is not the article's main unit.
_BARE_LEVEL = re.compile(r"Bưu\s+điện\s+(?:tỉnh|thành\s+phố|TP\.?)")
_UNIT_MENTION = re.compile(
    r"(?:Công\s+đoàn\s+)?Bưu\s+điện\s+(?:tỉnh|thành\s+phố|TP\.?|huyện|quận|thị\s+xã|xã)"
    rf"(?:\s+{CAP_WORD}|\s*[A-ZĐ]{{2,}}\b)*|Bưu\s+cục(?:\s+{CAP_WORD})+"
)
_NON_LETTERS = re.compile(r"[\W\d_]+")
_ENGLISH_WORDS = re.compile(r"\b(?:the|of|and|in|to|with|was|were)\b", re.IGNORECASE)
_TOPIC = re.compile(
    r"(?P<salary>doanh\s+thu\s+tính\s+lương)|(?P<net>doanh\s+thu\s+thuần)|"
    r"(?P<diff>chênh\s+lệch\s+thu[\s\-–]*chi)|(?P<profit>lợi\s+nhuận|profit)|"
    r"(?P<productivity>năng\s+suất\s+lao\s+động|productivity)|"
    r"(?P<income>thu\s+nhập|income|salar(?:y|ies))|"
    r"(?P<budget>ngân\s+sách|budget)|(?P<savings>tiết\s+kiệm|số\s+dư|savings|balance)|"
    r"(?P<segment>nhóm|mảng|lĩnh\s+vực)|"
    r"(?P<revenue>doanh\s+thu|revenues?\b|turnover)"
)
_TOTAL_END = re.compile(r"\b(?:tổng|total)\s+$")
# Words that may follow "doanh thu" of the whole unit ("doanh thu cả năm
# của đơn vị đạt"); anything else names a segment ("doanh thu dịch vụ X").
_REVENUE_FILLER = re.compile(
    r"\b(?:cả|năm|toàn|của|đơn|vị|bưu|điện|tỉnh|thành|phố|đạt|thực|hiện|được|là|ước|"
    r"hơn|trên|gần|khoảng|lên|đi|mang|về|trong|nay|qua|đã|cũng|chung|phát|sinh|tháng|"
    r"đầu|cuối|quý|tăng|giảm|vượt|bằng|trưởng|came|to|reached|was|stood|at|of|"
    r"totaled|totalled|hit|amounted|rose|grew|fell|up|down|by|"
    r"the|its|annual|và|\d+)\b|[\s,.:]|(?<!\w)[A-ZĐ]\w*"
)
_SEGMENT_BEFORE = re.compile(r"(?:riêng|trong\s+đó|in\s+particular)\s+$")
_PERIOD = re.compile(
    r"(?<!\d)(?:[1-9]|1[01]|sáu|chín|ba)\s+tháng|quý\s+(?:i{1,3}|iv|[1-4])\b|"
    r"nửa\s+đầu\s+năm|first\s+(?:half|quarter|nine\s+months|six\s+months)|"
    r"(?:six|nine|three)\s+months"
)
_TARGET_SENTENCE = re.compile(
    r"phấn\s+đấu|quyết\s+tâm|năm\s+kế\s+hoạch|target(?:s?\s+(?:of|for|to|is)\b|ed\b)|aims?\s+to|plans?\s+to|"
    r"expect(?:s|ed)?\s+to"
)
_TARGET_WORDS = ("phấn đấu", "quyết tâm", "kế hoạch", "target", "aim", "plan", "expect")
_LIST_ITEM = re.compile(r"^(?:[-–•+*·▪◦]\s|\d{1,2}[.)]\s)")
_PARTS_LEAD_IN = re.compile(r"(?:trong\s+đó|bao\s+gồm|gồm|including)\s*:\s*$")
_PERIOD_WORDS = ("tháng", "quý", "nửa", "month", "half", "quarter")
_TARGET_CLAUSE = re.compile(
    r"(?:chỉ\s+tiêu|mục\s+tiêu|kế\s+hoạch)\s+(?:giao\s+)?(?:tổng\s+)?"
    r"(?:doanh\s+thu|thu\s+nhập|nộp\s+ngân\s+sách)|dự\s+kiến|sẽ\s+đạt"
)
_YEAR = re.compile(r"(?<![\d/.,])(?:19|20)\d{2}(?![\d/])(?!\s*[-–]\s*\d)")
_YEAR_WORD_VI = re.compile(r"(?<!\w)năm\s*$")
_YEAR_WORD_EN = re.compile(r"\b(?:in|for|of|during|made|year)\s+$")
_NOT_CONTEXT = re.compile(
    r"(?:so\s+với|\bso|cùng\s+kỳ|kế\s+hoạch|giai\s+đoạn|\bđến|\btới|\btừ|\btrước|"
    r"\bsau|period|than|plan|compared\s+(?:with|to)|since|\bon)\s*(?:of\s+)?"
    r"(?:năm\s*|in\s+|of\s+|for\s+)?$"
)
_COMPARED_YEAR = re.compile(
    r"(?:tăng|giảm)[^;,]{0,40}?so\s+với\s+(?:cùng\s+kỳ\s+)?(?:năm\s+)?((?:19|20)\d{2})(?!\d)",
    re.IGNORECASE,
)
_AND_ONLY = re.compile(r"\s*(?:,|và|and)\s*")
_SEPARATOR = re.compile(r"[,:;]\s*|\s(?:và|nhưng|còn|tức|and|while|thus)\s")
_EDGE_WORDS = re.compile(
    r"^(?:[\s,;:.–-]|(?:và|and|còn|riêng|nhưng|thus|tức|Và|Còn|Riêng|Nhưng)\b)+"
)


@dataclass(frozen=True)
class _Setting:
    english: bool
    plan: int | None
    default_year: int | None
    launch: bool  # the article launches the plan, after the results of plan - 1
    compare: bool = True  # a year compared with may fix the figure's year


@dataclass(frozen=True)
class _Sentence:
    """What a sentence says before each position: targets and periods."""

    start: int
    target_at: int | None
    period_at: int | None
    parts_at: int | None = None  # "trong đó": what follows are parts of a total


def is_english(paragraphs: list[str]) -> bool:
    """Whether the article is written in English (numbers the English way)."""
    text = " ".join(paragraphs)
    sample = text[:1500]
    if len(sample) - len(sample.encode("ascii", "ignore")) > 0.05 * len(sample):
        return False
    letters = _NON_LETTERS.sub("", text)
    foreign = len(letters) - len(letters.encode("ascii", "ignore"))
    return foreign < 0.03 * len(letters) and len(_ENGLISH_WORDS.findall(text)) > 5


def find_figures(
    body: list[str], plan: int | None, fallback_year: int | None, *, english: bool
) -> tuple[tuple[Figure, ...], frozenset[int]]:
    """The figures of the body, and the years whose results they report.

    Figures belong to the year the text talks about; before it names one, to
    the results year: the year before the plan launched, the plan year in a
    review of that plan ("sơ kết 9 tháng đầu năm 2019"), else ``fallback_year``.
    """
    # A paragraph repeated (a lead printed twice) gives its figures once.
    years = {p: _year_contexts(lower(p), english) for p in body if _DIGIT.search(p)}
    setting = _setting(plan, years, fallback_year, english)
    found: list[tuple[Figure, bool]] = []
    year = setting.default_year
    lead: set[tuple] = set()  # a figure of the lead said again is one fact
    kept: set[Figure] = set()
    for paragraph, contexts in years.items():
        parts = _in_parts_list(body, paragraph)
        for start, end in sentence_spans(paragraph):
            if _DIGIT.search(paragraph, start, end):
                sentence = _sentence(lower(paragraph), start, end)
                read = []
                for a, b in clause_spans(paragraph, start, end):
                    read += _clause(paragraph, a, b, sentence, contexts, year, setting)
                read = _totals(read, sentence)
                found += [(as_part(f) if parts else f, t) for f, t in read]
        if paragraph == body[0]:
            lead = {_key(f) for f, _ in found}
        elif lead:
            found = [x for x in found if x[0] in kept or _key(x[0]) not in lead]
        kept = {f for f, _ in found}
        if contexts:
            year = contexts[-1][1]
    results = frozenset(f.year for f, target in found if f.year and not target)
    return tuple(f for f, _ in found), results


def _key(figure: Figure) -> tuple:
    return (figure.year, figure.metric, figure.value, figure.unit, figure.subject)


def _in_parts_list(body: list[str], text: str) -> bool:
    """A list item under a lead-in "..., trong đó:": a part of a total."""
    if not _LIST_ITEM.match(text):
        return False
    index = body.index(text)
    while index > 0 and _LIST_ITEM.match(body[index]):
        index -= 1
        if _PARTS_LEAD_IN.search(lower(body[index])):
            return True
    return False


def _totals(read: list, sentence: "_Sentence") -> list[tuple[Figure, bool]]:
    """Counts given as parts of a count before "trong đó" are not figures."""
    at = sentence.parts_at
    if at is None or not any(pos < at and f.unit == "count" for f, _, pos in read):
        return [(f, t) for f, t, _ in read]
    return [(f, t) for f, t, pos in read if pos < at or f.unit != "count"]


def _setting(plan, contexts, fallback_year, english) -> _Setting:
    years = {year for found in contexts.values() for _, year in found}
    if plan is None:
        return _Setting(english, None, fallback_year, False)
    launch = plan - 1 in years or plan not in years
    return _Setting(english, plan, plan - 1 if launch else plan, launch)


def _sentence(text: str, start: int, end: int) -> _Sentence:
    """``text`` is lower-cased; cheap word tests spare most searches."""
    words = text[start:end]
    target = period = None
    if any(w in words for w in _TARGET_WORDS):
        target = _TARGET_SENTENCE.search(text, start, end)
    if any(w in words for w in _PERIOD_WORDS):
        period = _PERIOD.search(text, start, end)
    parts = text.find("trong đó", start, end)
    return _Sentence(
        start,
        target.start() if target else None,
        period.start() if period else None,
        parts if parts != -1 else None,
    )


def _year_contexts(paragraph: str, english: bool) -> list[tuple[int, int]]:
    """Where the (lower-cased) paragraph starts talking about a year ("năm 2019")."""
    word = _YEAR_WORD_EN if english else _YEAR_WORD_VI
    found = []
    for match in _YEAR.finditer(paragraph):
        before = paragraph[max(0, match.start() - 40) : match.start()]
        if (word.search(before) or english) and not _NOT_CONTEXT.search(before):
            found.append((match.start(), int(match.group())))
    return found


def _compared(text: str, amount: Amount, a: int, b: int, setting) -> int | None:
    """Y + 1 for a change "so với năm Y" in an article that names no year of
    its own for the figure ("doanh thu năm qua tăng 8% so với năm 2022")."""
    if not setting.compare or "so" not in text[amount.end : b]:
        return None
    start = max(a, amount.start - 50)
    for match in _COMPARED_YEAR.finditer(text, start, b):
        if match.end() > amount.start:
            return int(match.group(1)) + 1
    return None


def _year_at(contexts: list[tuple[int, int]], pos: int, fallback: int | None):
    year = fallback
    for start, value in contexts:
        if start > pos:
            break
        year = value
    return year


def _clause(text, a, b, sentence, contexts, year, setting) -> list[tuple]:
    """(figure, is a target, position) of each amount of ``text[a:b]``."""
    figures, topic, subject, last_end = [], None, None, a
    amounts = find_amounts(text, a, b, setting.english)
    low = lower(text)
    clause_target = bool(amounts) and bool(_TARGET_CLAUSE.search(low, a, b))
    if year != setting.default_year or setting.plan is not None:
        setting = replace(setting, compare=False)  # the year is known already
    carried = False  # the topic was named before a percentage, not yet used
    for index, amount in enumerate(amounts):
        lead = text[last_end : amount.start]
        tail = _tail(text, amounts, index, b)
        found, topic_start = _topic_of(lead, tail.lower() if setting.english else "")
        if amount.kind == "percent":
            topic, carried = (found, True) if found else (topic, carried)
            topic_start = None
        else:
            topic = found or (topic if carried and amount.kind == "money" else None)
            carried = False
        mentions = _UNIT_MENTION.findall(lead) if "Bưu" in lead else ()
        subject = _subject_of(mentions[-1]) if mentions else subject
        target = clause_target or _before(sentence.target_at, amount.start)
        context = _Context(
            _compared(text, amount, a, b, setting)
            or _year_at(contexts, amount.start, year),
            target,
            _before(sentence.period_at, amount.start),
        )
        figure = _figure(amount, _lead_part(lead, topic_start), tail, topic, context,
                         setting)  # fmt: skip
        if figure:
            if subject:
                figure = (replace(figure[0], subject=subject), figure[1])
            figures.append((*figure, amount.start))
        last_end = amount.end
    return figures


def _tail(text: str, amounts: list[Amount], index: int, b: int) -> str:
    """The words after an amount; "đạt 156% và 126,4% kế hoạch": the second
    percentage's words also tell what the first one measures."""
    amount = amounts[index]
    limit = amounts[index + 1].start if index + 1 < len(amounts) else b
    tail = text[amount.end : _tail_end(text, amount.end, limit)]
    following = amounts[index + 1] if index + 1 < len(amounts) else None
    if (
        amount.kind == "percent"
        and following is not None
        and following.kind == "percent"
        and _AND_ONLY.fullmatch(text, amount.end, following.start)
    ):
        return _tail(text, amounts, index + 1, b)
    return tail


def _subject_of(mention: str) -> str | None:
    """A unit named by level alone ("Bưu điện tỉnh") is the article's own."""
    return None if _BARE_LEVEL.fullmatch(mention) else mention


@dataclass(frozen=True)
class _Context:
    year: int | None
    target: bool
    period: bool


def _before(found_at: int | None, pos: int) -> bool:
    return found_at is not None and found_at < pos


def _tail_end(text: str, start: int, limit: int) -> int:
    ends = [i for i in (text.find(c, start, limit) for c in ",;(") if i != -1]
    return min(ends, default=limit)


def _topic_of(lead: str, tail: str) -> tuple[str | None, int | None]:
    """The topic named last before a figure (or after, in English), and where."""
    matches = list(_TOPIC.finditer(lead.lower()))
    match = matches[-1] if matches else None
    if match is None:
        match = _TOPIC.search(tail) if tail else None
        return (match.lastgroup if match else None), None
    kind = match.lastgroup
    before = lead[max(0, match.start() - 12) : match.start()].lower()
    if kind == "revenue" and not _TOTAL_END.search(before):
        if _SEGMENT_BEFORE.search(before) or _REVENUE_FILLER.sub(
            "", lead[match.end() :]
        ):
            kind = "segment"
    return kind, match.start()


def _lead_part(lead: str, topic_start: int | None) -> str:
    """The words of the clause that belong to the figure."""
    cut = 0
    for match in _SEPARATOR.finditer(lead):
        if topic_start is not None and match.end() > topic_start:
            break
        cut = match.end()
    return lead[cut:]


def _figure(amount: Amount, lead, tail, topic, ctx: _Context, setting):
    """The figure of an amount and whether it is a target, or None."""
    target = ctx.target or _future(ctx.year, setting)
    year = setting.plan if target and setting.plan is not None else ctx.year
    qualifier, text = qualifier_of(lead), _text(lead, amount, tail)
    kind = amount.kind
    if amount.kind == "percent":
        kind = percent_kind(lead.lower(), tail.lower())
        if kind is None:
            return None
        metric = percent_metric(kind, topic, ctx.period or target)
        value = float(-amount.value if kind == "decline" else amount.value)
        label = percent_label(topic, kind, ctx.period, target)
    else:
        metric = amount_metric(amount, topic, target, ctx.period)
        whole = amount.kind != "times" and amount.value == int(amount.value)
        value = int(amount.value) if whole else float(amount.value)
        label = label_of(lead, amount, topic, ctx.period, target)
    label = label if metric == "other" else None
    reason, confidence = why(kind, topic, metric, target, ctx)
    figure = Figure(year, metric, value, amount.unit, qualifier, text, label,
                    None, reason, confidence)  # fmt: skip
    return figure, target


def _future(year: int | None, setting: _Setting) -> bool:
    return bool(setting.launch and year and year >= setting.plan)


def _text(lead: str, amount: Amount, tail: str) -> str:
    """The clause the figure was read from."""
    cut = _SEPARATOR.search(tail.lower())
    tail = tail[: cut.start()] if cut else tail
    return clean(_EDGE_WORDS.sub("", lead) + amount.raw + tail).rstrip(" .…")
