"""What an import would do, file by file, without writing anything.

Per file: the outcome (new, updated, unchanged, failed), the title, province
and date read, every fact found with the sentence it came from, the notes
(facts that cannot be stored, a province to choose, markup kept as text) and
the figures that disagree with a figure already accepted. A constant number
of queries whatever the number of files.
"""

from dataclasses import dataclass, field

from articles.extraction import ExtractedArticle
from common.formatting import figure_value
from facts.models import AwardKind, CeremonyKind, Metric, YearlyFigure

from .drafts import Draft, Known, Outcome, draft
from .mapping import (
    Highlight,
    ceremony_kind,
    ceremony_title,
    figure_problem,
    figure_values,
    highlight,
    sentence_with,
)
from .resolve import Resolver
from .sources import SourceFile


@dataclass
class FoundFact:
    kind: str
    summary: str
    source: Highlight | None = None
    warning: str = ""


@dataclass
class FilePreview:
    name: str
    outcome: Outcome
    error: str = ""
    title: str = ""
    province: str = ""
    date: str = ""
    notes: list[str] = field(default_factory=list)
    facts: list[FoundFact] = field(default_factory=list)


def preview_files(sources: list[SourceFile]) -> list[FilePreview]:
    resolver, known = Resolver(), Known()
    drafts = [draft(source, resolver) for source in sources]
    known.load(drafts)
    accepted = _AcceptedFigures(drafts)
    return [_preview(d, known.outcome(d), known, accepted) for d in drafts]


def _preview(one: Draft, outcome: Outcome, known: Known, accepted) -> FilePreview:
    if outcome == Outcome.FAILED:
        return FilePreview(one.name, outcome, error=one.error)
    ex, values = one.extracted, one.values
    existing = known.by_name.get(one.source_name)
    preview = FilePreview(
        one.name,
        outcome,
        title=values["title"] or "(không có tiêu đề)",
        province=str(one.province) if one.province else "Chưa xác định",
        date=one.article.event_date_display or "Chưa rõ",
        notes=one.notes,
    )
    texts = [*ex.body, *ex.captions, ex.title or ""]
    preview.facts = [
        *(_figure(f, texts, one, accepted, existing) for f in ex.figures),
        *_event(ex, texts),
        *(_commendation(c, texts) for c in ex.commendations),
    ]
    return preview


def _figure(figure, texts, one: Draft, accepted, existing) -> FoundFact:
    summary = f"{Metric(figure.metric).label} năm {figure.year or '?'}: "
    summary += " ".join(
        filter(None, [figure.qualifier, figure_value(figure.value, figure.unit)])
    )
    if figure.label:
        summary += f" ({figure.label})"
    if figure.subject:
        summary += f", của {figure.subject}"
    warning = figure_problem(figure) or ""
    if not warning and one.province is not None:
        warning = accepted.conflict(one.province.pk, figure, existing)
    return FoundFact("Số liệu", summary, highlight(texts, figure.text), warning)


def _event(ex: ExtractedArticle, texts) -> list[FoundFact]:
    if not ex.people:
        return []
    kind = ceremony_kind(ex)
    sentence = sentence_with(texts, ex.people[0].name)
    facts = [
        FoundFact(
            f"Sự kiện ({CeremonyKind(kind).label})",
            ceremony_title(ex, kind),
            highlight([sentence], sentence) if sentence else None,
        )
    ]
    for person in ex.people:
        role = ", ".join(filter(None, [person.title, person.organization]))
        summary = f"{person.name}, {role}" if role else person.name
        facts.append(FoundFact("Người dự", summary, highlight(texts, person.name)))
    return facts


def _commendation(award, texts) -> FoundFact:
    parts = [award.award]
    if award.issuer:
        parts.append(f"của {award.issuer}")
    if award.recipients:
        parts.append("cho " + ", ".join(award.recipients))
    counts = [
        (award.collective_count, "tập thể"),
        (award.individual_count, "cá nhân"),
        (award.total_count, "suất"),
    ]
    parts += [f"{n} {word}" for n, word in counts if n]
    if award.year:
        parts.append(f"thành tích năm {award.year}")
    sentence = sentence_with(texts, award.award, award.issuer or "") or sentence_with(
        texts, award.award
    )
    kind = AwardKind(award.kind).label if award.kind in AwardKind.values else ""
    return FoundFact(
        f"Khen thưởng ({kind})" if kind else "Khen thưởng",
        " ".join(parts),
        highlight([sentence], award.award) if sentence else None,
    )


class _AcceptedFigures:
    """Accepted figures for the provinces and years of a batch (one query)."""

    def __init__(self, drafts: list[Draft]):
        provinces = {d.province.pk for d in drafts if d.province}
        years = {f.year for d in drafts if d.extracted for f in d.extracted.figures}
        rows = YearlyFigure.objects.accepted().filter(
            province__in=provinces, year__in=years - {None}
        )
        self.values: dict[tuple, list[tuple]] = {}
        for f in rows.values_list(
            "province", "year", "metric", "label", "subject", "value", "article"
        ):
            self.values.setdefault(f[:5], []).append(f[5:])

    def conflict(self, province_id: int, figure, existing) -> str:
        v = figure_values(figure)
        key = (province_id, v["year"], v["metric"], v["label"], v["subject"])
        others = [
            value
            for value, article in self.values.get(key, [])
            if value != v["value"] and (existing is None or article != existing.pk)
        ]
        if not others:
            return ""
        shown = ", ".join(figure_value(o, v["unit"]) for o in others)
        return f"Khác với số liệu đã duyệt từ bài khác ({shown}): sẽ được đánh dấu."
