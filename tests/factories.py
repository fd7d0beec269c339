"""Small ``make_*`` helpers that build test data (no dumped fixtures)."""

import itertools

from django.contrib.auth.models import Group, User
from django.utils import timezone

from articles.models import Article, Status
from facts import summary
from facts.models import (
    Ceremony,
    CeremonyKind,
    Commendation,
    Metric,
    Organization,
    Person,
    ReviewState,
    YearlyFigure,
)
from provinces.models import Era, PostalUnit, Province, UnitLevel

_seq = itertools.count(1)


def province(slug: str) -> Province:
    return Province.objects.get(slug=slug)


def make_province(name=None, era=Era.AFTER, **extra) -> Province:
    n = next(_seq)
    name = name or f"Tỉnh Thử {n}"
    values = {
        "code": 200 + n,
        "full_name": f"Tỉnh {name}",
        "type": "tỉnh",
        "slug": f"tinh-thu-{n}",
        "region": "bac",
        **extra,
    }
    return Province.objects.create(name=name, era=era, **values)


def make_unit(prov: Province, name=None, level=UnitLevel.PROVINCE) -> PostalUnit:
    return PostalUnit.objects.create(
        province=prov, name=name or f"Bưu điện tỉnh {prov.name}", level=level
    )


def make_article(
    prov=None, *, published=True, title=None, body=None, **extra
) -> Article:
    n = next(_seq)
    article = Article(
        title=title or f"Bài viết thử số {n}",
        body=body or f"Đoạn văn thứ nhất của bài {n}.\n\nĐoạn văn thứ hai.",
        province=prov,
        status=Status.PUBLISHED if published else Status.DRAFT,
        published_at=timezone.now() if published else None,
        source_name=f"bai-{n}.txt",
        **extra,
    )
    article.save()
    if prov is not None:
        article.provinces.add(prov)
    return article


def make_figure(
    article,
    prov,
    *,
    year=2019,
    metric=Metric.REVENUE,
    value=287_000_000_000,
    unit="VND",
    state=ReviewState.ACCEPTED,
    **extra,
) -> YearlyFigure:
    figure = YearlyFigure.objects.create(
        article=article,
        province=prov,
        year=year,
        metric=metric,
        value=value,
        unit=unit,
        state=state,
        source_text=extra.pop("source_text", "Tổng doanh thu đạt con số này"),
        **extra,
    )
    summary.refresh([prov.pk])  # as the review would
    return figure


def make_ceremony(article, prov, *, state=ReviewState.ACCEPTED, **extra) -> Ceremony:
    values = {
        "title": "Hội nghị triển khai kế hoạch",
        "kind": CeremonyKind.PLAN_CONFERENCE,
        "year": 2019,
        "month": 12,
        "day": 25,
        **extra,
    }
    return Ceremony.objects.create(
        article=article, province=prov, state=state, **values
    )


def make_commendation(
    article, prov, *, state=ReviewState.ACCEPTED, **extra
) -> Commendation:
    issuer = Organization.objects.get_or_create(
        key="bo thong tin va truyen thong",
        defaults={"name": "Bộ Thông tin và Truyền thông", "kind": "ministry"},
    )[0]
    values = {
        "kind": "co_don_vi_xuat_sac",
        "award_name": "Cờ đơn vị xuất sắc",
        "year": 2019,
        "issuer": issuer,
        **extra,
    }
    return Commendation.objects.create(
        article=article, province=prov, state=state, **values
    )


def make_person(name="Nguyễn Văn Thử") -> Person:
    return Person.objects.get_or_create(name=name, defaults={})[0]


def make_user(username, *, group=None, superuser=False) -> User:
    user = User.objects.create_user(
        username=username,
        password="mat-khau-thu-123",
        is_staff=True,
        is_superuser=superuser,
    )
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user
