"""Read the facts of a news article about a provincial post office.

Plain Python (no Django): the input is the text of one article file, the
output frozen dataclasses; the only exception raised is ``ExtractionError``.

* ``decode(data, name=...)`` turns the bytes of a file (UTF-8 with or without
  BOM, UTF-16, Windows-1258, NFD) into NFC text;
* ``extract(text, source=...)`` reads title, province and unit, event date,
  plan year, business figures, people, commendations, captions and body
  paragraphs (the layouts are described in ``parser``);
* ``to_dict(article)`` gives the JSON object of the extraction spec;
* ``normalize_org(name)`` gives the canonical name of an organisation.
"""

import re
from dataclasses import asdict, dataclass, replace

from .awards import find_commendations
from .dates import (
    date_mentions,
    infer_year,
    iso,
    pick_event,
    plan_year,
    reviewed_years,
    year_elsewhere,
)
from .encoding import decode
from .errors import ExtractionError
from .figures import find_figures, is_english
from .model import Commendation, ExtractedArticle, Figure, Person
from .orgs import expand_org, normalize_org
from .parser import Layout, parse_layout
from .people import Context, find_people
from .provinces import Province, era_of, find_province, place_names, provincial_unit
from .text import fold_same_length

__all__ = [
    "Commendation",
    "ExtractedArticle",
    "ExtractionError",
    "Figure",
    "Person",
    "decode",
    "extract",
    "normalize_org",
    "to_dict",
]

_YEAR_MENTION = re.compile(
    r"(?<!đến )(?<!tới )(?<![\d/.,])((?:19[89]|20[0-4])\d)(?![\d/])(?!\s*[-–]\s*\d)"
)
# A year the text expects, not one whose results it reports.
_EXPECTED = re.compile(r"dự\s+kiến|\bsẽ\b|expected|\bwill\b", re.IGNORECASE)
_MERGED = re.compile(r"sáp\s+nhập|hợp\s+nhất|sau\s+sắp\s+xếp|tỉnh\s+mới", re.IGNORECASE)
_MONTH_YEAR = re.compile(
    r"(?<!\d\s)tháng\s+(1[0-2]|0?[1-9])\s*(?:/|-|năm)\s*((?:19|20)\d{2})(?!\d)"
)
_POSTAL = re.compile(r"bưu\s+điện|bưu\s+chính|post\s+office|vnpost", re.IGNORECASE)


def extract(text: str, *, source: str = "") -> ExtractedArticle:
    """The facts of one article; ``ExtractionError`` if it has no body."""
    if not isinstance(text, str):
        raise ExtractionError("Nội dung bài viết phải là văn bản.")
    try:
        return _extract(text, source)
    except ExtractionError:
        raise
    except Exception as exc:  # a bug must not escape as anything else
        raise ExtractionError(
            f"Không trích xuất được bài viết {source or ''} (lỗi nội bộ: {exc!r})."
        ) from exc


def _extract(text: str, source: str) -> ExtractedArticle:
    layout = parse_layout(text)
    if not layout.body:
        name = f"“{source}” " if source else ""
        raise ExtractionError(f"Bài viết {name}không có đoạn nội dung nào để đọc.")
    when = _when(layout)
    province, ctx = _where(text, layout, when.era)
    paragraphs = [p.text for p in layout.paragraphs]
    return ExtractedArticle(
        source=source,
        title=layout.title,
        province=province.name if province else None,
        province_code=province.code if province else None,
        province_era=province.era if province else None,
        unit=ctx.unit,
        event_date=when.event_date,
        plan_year=when.plan,
        figures=tuple(_with_subject(f, ctx, when.era) for f in when.figures),
        people=find_people([t for t in (layout.title, *paragraphs) if t], ctx),
        commendations=find_commendations(
            [(p.text, p.caption) for p in layout.paragraphs], ctx
        ),
        captions=layout.captions,
        body=layout.body,
        lead=layout.body[0],
    )


@dataclass(frozen=True)
class _When:
    plan: int | None
    event_date: str | None
    figures: tuple[Figure, ...]
    era: str


def _when(layout: Layout) -> _When:
    """Plan year, event date, figures (their years need the first two), era."""
    body = list(layout.fact_texts)
    texts = [t for t in (layout.title, *body) if t]
    plan = plan_year(texts)
    english = is_english(body)
    mentions = [m for p in body for m in date_mentions(p, english=english)]
    event = pick_event(mentions, plan)
    figures, results = find_figures(
        body, plan, _fallback_year(event, body), english=english
    )
    year = event.year if event else None
    if event and year is None:
        year = infer_year(event, plan, results | reviewed_years(texts))
    if event and year is None:
        year = year_elsewhere(event, mentions, layout.page_date)
    month = event.month if event and year else None
    era_year, era_month = (year, month) if year else _first_dated(mentions, texts)
    era = _era(era_year, era_month, plan, figures, texts)
    return _When(plan, iso(event, year), figures, era)


def _where(text: str, layout: Layout, era: str) -> tuple[Province | None, Context]:
    """The province of the article and what it makes certain for names."""
    texts = [layout.title or "", *(p.text for p in layout.paragraphs)]
    province, level = find_province(texts, list(layout.credits), era)
    if province is None:
        return None, Context(None, False, None, place_names())
    unit = province.unit(level) if _POSTAL.search(text) else None
    return province, Context(province.name, province.central, unit, place_names())


def _with_subject(figure: Figure, ctx: Context, era: str) -> Figure:
    """Keep a figure's subject only when it is not the main unit."""
    if figure.subject is None:
        return figure
    subject = expand_org(figure.subject, ctx.province, ctx.central)
    subject = provincial_unit(subject, era) or subject
    bare = subject.split()[-1] in ("tỉnh", "phố", "TP", "TP.")
    if bare or ctx.unit and fold_same_length(subject) == fold_same_length(ctx.unit):
        subject = None
    return replace(figure, subject=subject)


def _fallback_year(event, body) -> int | None:
    """The year of figures in an article without a plan or a year named."""
    if event is not None and event.year:
        return event.year
    years = []
    for p in body:
        expects = ("sẽ" in p or "kiến" in p or "xpect" in p or "will" in p) and bool(
            _EXPECTED.search(p)
        )
        for m in _YEAR_MENTION.finditer(p):
            if expects and _EXPECTED.search(p, max(0, m.start() - 50), m.start()):
                continue
            years.append(int(m.group(1)))
    return max(years, default=None)


def _first_dated(mentions, texts) -> tuple[int | None, int | None]:
    """The first date of the text with its year, or its first "tháng 8/2025".

    When the event date has no year, this is what places an article written
    in 2025 before or after the reorganisation of 1 July 2025: "ngày
    15/8/2025" in a later paragraph, a dateline, "trong tháng 8 năm 2025".
    """
    dated = next((m for m in mentions if m.year), None)
    if dated:
        return dated.year, dated.month
    for text in texts:
        match = _MONTH_YEAR.search(text) if "tháng" in text else None
        if match:
            return int(match.group(2)), int(match.group(1))
    return None, None


def _era(year, month, plan, figures, texts) -> str:
    merged = year in (None, 2025) and any(_MERGED.search(t) for t in texts)
    if year is not None:
        return era_of(year, month, merged)
    if plan is not None:
        return era_of(plan, 1, merged)
    years = [f.year for f in figures if f.year]
    years += [int(y) for t in texts for y in _YEAR_MENTION.findall(t)]
    return era_of(max(years, default=None), None, merged)


def to_dict(article: ExtractedArticle) -> dict:
    """The JSON object of the extraction spec for one article."""
    return {
        "source": article.source,
        "title": article.title,
        "province": article.province,
        "unit": article.unit,
        "event_date": article.event_date,
        "plan_year": article.plan_year,
        "figures": [_figure_dict(f) for f in article.figures],
        "people": [asdict(p) for p in article.people],
        "commendations": [_commendation_dict(c) for c in article.commendations],
        "captions": list(article.captions),
        "body": list(article.body),
    }


def _figure_dict(figure: Figure) -> dict:
    data = {
        "year": figure.year,
        "metric": figure.metric,
        "value": figure.value,
        "unit": figure.unit,
        "qualifier": figure.qualifier,
        "text": figure.text,
    }
    if figure.metric == "other":
        data["label"] = figure.label
    if figure.subject:
        data["subject"] = figure.subject
    data["reason"] = figure.reason
    data["confidence"] = figure.confidence
    return data


def _commendation_dict(award: Commendation) -> dict:
    data = asdict(award)
    del data["kind"]
    data["recipients"] = list(award.recipients)
    return data
