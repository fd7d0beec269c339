"""What a figure measures: its metric, qualifier and label, and why.

``figures`` finds the amounts of a clause and the words around them; these
functions read those words: the verb before a percentage ("tăng", "giảm",
"đạt ... kế hoạch", "vượt ... kế hoạch", "bằng ... so với"), the hedge before a
number, the metric of an amount given its topic, and a short label for
``other`` figures.
"""

import re
from dataclasses import replace

from common.text import clean

from .amounts import Amount

_EDGE_WORDS = re.compile(
    r"^(?:[\s,;:.–-]|(?:và|and|còn|riêng|nhưng|thus|tức|Và|Còn|Riêng|Nhưng)\b)+"
)

_QUALIFIER_END = re.compile(
    r"(?:\b(?P<q>ước\s+(?:đạt\s+)?(?:hơn|trên|gần|khoảng)|ước\s+đạt|ước|hơn|trên|gần|"
    r"khoảng|xấp\s+xỉ|gần\s+như|vượt(?:\s+hơn)?|over|more\s+than|nearly|almost|"
    r"about|around|approximately)\s*)$"
)


_PLAN_AFTER = re.compile(
    r"\s*(?:so\s+với\s+)?(?:kế\s+hoạch|kh\b|chỉ\s+tiêu|of\s+(?:the|its)\s+(?:annual\s+)?(?:plan|target))"
)


_COMPARE_AFTER = re.compile(
    r"\s*(?:so\s+với|so\s+cùng\s+kỳ|cùng\s+kỳ|year[-\s]on[-\s]year|on\s+the\s+same|"
    r"over\s+the\s+same|compared|from\s+(?:the\s+)?(?:previous|last))"
)


_GROWTH_END = re.compile(
    r"\b(?:tăng|tăng\s+trưởng|đi\s+lên|tăng\s+lên|up|increased?(?:\s+by)?|grew(?:\s+by)?|rose(?:\s+by)?|"
    r"an\s+increase\s+of|growth\s+of)\s*(?:(?:hơn|gần|khoảng|trên|over|nearly)\s+)?$"
)


_EXCEED_END = re.compile(r"\bvượt\s*(?:(?:hơn|gần|khoảng|trên)\s+)?$")


_DECLINE_END = re.compile(
    r"\b(?:giảm|down|decreased?(?:\s+by)?|fell(?:\s+by)?|dropped(?:\s+by)?)\s*"
    r"(?:(?:hơn|gần|khoảng|trên)\s+)?$"
)


_RATIO_END = re.compile(r"\b(?:bằng|đạt|achieving|reached)\s*$")


_GROWTH_WORD = re.compile(r"tăng\s+trưởng|growth\b")


_LABELS = {
    "salary": "doanh thu tính lương",
    "net": "doanh thu thuần",
    "diff": "chênh lệch thu chi",
    "profit": "lợi nhuận",
    "productivity": "năng suất lao động",
    "income": "thu nhập bình quân",
    "budget": "nộp ngân sách",
    "savings": "số dư tiết kiệm",
    "revenue": "doanh thu",
    "segment": "doanh thu nhóm dịch vụ",
}


_PERCENT_LABELS = {
    "growth": "tăng trưởng so với năm trước (%)",
    "decline": "tăng trưởng so với năm trước (%)",
    "completion": "tỷ lệ hoàn thành kế hoạch (%)",
    "exceeded": "vượt kế hoạch (%)",
    "ratio": "bằng % so với năm trước",
}


def amount_metric(amount: Amount, topic, target: bool, period: bool) -> str:
    if amount.kind != "money" or period:
        return "other"
    if topic == "revenue":
        return "revenue_target" if target else "revenue"
    if topic == "income" and amount.unit == "VND/person/month":
        return "avg_income_target" if target else "avg_income_monthly"
    if topic == "budget" and not target:
        return "budget_contribution"
    return "other"


def percent_kind(lead: str, tail: str) -> str | None:
    end = lead[-40:]
    if _PLAN_AFTER.match(tail):
        return "exceeded" if _EXCEED_END.search(end) else "completion"
    if _DECLINE_END.search(end):
        return "decline"
    if _GROWTH_END.search(end) or _EXCEED_END.search(end):
        return "growth"
    if _GROWTH_WORD.search(lead) and _COMPARE_AFTER.search(lead):
        return "growth"  # "tăng trưởng so với năm 2014 | gần 45%" (a table row)
    if _RATIO_END.search(end):
        if _COMPARE_AFTER.match(tail):
            return "ratio"
        return "growth" if _GROWTH_WORD.search(lead) else None
    return None


def percent_metric(kind: str, topic: str | None, special: bool) -> str:
    if topic not in (None, "revenue") or special:
        return "other"
    if kind in ("growth", "decline"):
        return "growth_percent"
    return "plan_completion_percent" if kind == "completion" else "other"


def qualifier_of(lead: str) -> str | None:
    end = lead[-30:]
    match = _QUALIFIER_END.search(end.lower())
    return clean(end[match.start("q") : match.end("q")]) if match else None


def label_of(lead: str, amount: Amount, topic, period: bool, target: bool) -> str:
    if amount.noun and amount.noun.lower() != "điểm":
        return amount.noun
    words = _EDGE_WORDS.sub("", lead)
    qualifier = _QUALIFIER_END.search(words.lower())
    words = (words[: qualifier.start()] if qualifier else words).strip(" ,:")
    label = _LABELS.get(topic or "") or " ".join(words.split()[-8:]) or "khác"
    return decorate(label, period, target)


def percent_label(topic, kind: str, period: bool, target: bool) -> str:
    base = _LABELS.get(topic or "") if topic != "revenue" else None
    what = _PERCENT_LABELS[kind]
    return decorate(f"{base}: {what}" if base else what, period, target)


def decorate(label: str, period: bool, target: bool) -> str:
    if period:
        label = f"{label} (lũy kế kỳ)"
    return f"{label} (mục tiêu)" if target else label


_KIND_WORDS = {
    "money": "số tiền",
    "count": "số đếm",
    "times": "tăng N lần",
    "growth": "tăng N%",
    "decline": "giảm N%",
    "completion": "đạt N% kế hoạch",
    "exceeded": "vượt N% kế hoạch",
    "ratio": "bằng N% so với",
}
_SURE = {
    "revenue": 0.9,
    "revenue_target": 0.85,
    "growth_percent": 0.85,
    "plan_completion_percent": 0.85,
    "budget_contribution": 0.85,
    "avg_income_monthly": 0.85,
    "avg_income_target": 0.8,
}


def why(kind: str, topic, metric: str, target: bool, ctx) -> tuple[str, float]:
    """The rule that read a figure (short Vietnamese label) and its confidence.

    ``kind`` is the amount's kind or the percentage's verb; ``ctx`` has the
    figure's ``year``, ``target`` and ``period``. A figure without a topic,
    or without a year, is less certain.
    """
    parts = [_KIND_WORDS.get(kind, kind)]
    if topic:
        parts.append(f"chủ đề: {_LABELS.get(topic, topic)}")
    if target:
        parts.append("mục tiêu")
    if ctx.period:
        parts.append("lũy kế kỳ")
    confidence = _SURE.get(metric, 0.7 if topic or kind == "count" else 0.55)
    if ctx.year is None:
        confidence -= 0.1
    return " · ".join(parts), round(confidence, 2)


_TOTAL_METRICS = {
    "revenue": "doanh thu nhóm dịch vụ",
    "revenue_target": "doanh thu nhóm dịch vụ (mục tiêu)",
    "growth_percent": "doanh thu nhóm dịch vụ: tăng trưởng (%)",
    "plan_completion_percent": "doanh thu nhóm dịch vụ: hoàn thành kế hoạch (%)",
}


def as_part(figure):
    """A figure of one part of a total (an item of a "trong đó:" list): the
    metrics of the unit's total become ``other`` with a segment label."""
    label = _TOTAL_METRICS.get(figure.metric)
    if label is None:
        return figure
    return replace(
        figure, metric="other", label=label, reason=figure.reason + " · phần"
    )
