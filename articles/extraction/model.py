"""The facts read out of one article, as frozen dataclasses.

Each fact (figure, person, commendation) also carries ``reason``, the rule
or phrase that read it, and ``confidence``, a float from 0 to 1.

Lists are tuples so that an ``ExtractedArticle`` is hashable and immutable;
``articles.extraction.to_dict`` turns one into the JSON object of the spec.
"""

from dataclasses import dataclass

AWARD_KINDS = (
    "huan_chuong",
    "co_thi_dua",
    "co_don_vi_xuat_sac",
    "bang_khen",
    "giay_khen",
    "ky_niem_chuong",
    "chien_si_thi_dua",
    "other",
)


@dataclass(frozen=True)
class Figure:
    """A business figure: money in whole đồng (int), percentages as float."""

    year: int | None
    metric: str
    value: float | int
    unit: str
    qualifier: str | None
    text: str
    label: str | None = None
    subject: str | None = None
    reason: str = ""  # the rule or phrase that fired, for the review panel
    confidence: float = 0.5  # 0-1: how sure the rule is; the panel sorts by it


@dataclass(frozen=True)
class Person:
    name: str
    title: str | None
    organization: str | None
    reason: str = ""
    confidence: float = 0.5


@dataclass(frozen=True)
class Commendation:
    award: str
    issuer: str | None
    recipients: tuple[str, ...]
    collective_count: int | None
    individual_count: int | None
    total_count: int | None
    year: int | None
    kind: str
    reason: str = ""
    confidence: float = 0.5


@dataclass(frozen=True)
class ExtractedArticle:
    source: str
    title: str | None
    province: str | None
    province_code: int | None
    province_era: str | None
    unit: str | None
    event_date: str | None
    plan_year: int | None
    figures: tuple[Figure, ...]
    people: tuple[Person, ...]
    commendations: tuple[Commendation, ...]
    captions: tuple[str, ...]
    body: tuple[str, ...]
    lead: str | None
