"""The partner API's test data: public content around the Bắc Ninh merger
(former Bắc Giang and Bắc Ninh, current Bắc Ninh), next to content that must
never leave the building: a draft, a scheduled article, proposed and rejected
facts, and the people only those name."""

import datetime
from dataclasses import dataclass

from django.utils import timezone

from articles.models import Article
from facts.models import (
    CeremonyAttendee,
    CommendationRecipient,
    Metric,
    Organization,
    ReviewState,
)
from partners.models import ApiKey
from tests.factories import (
    make_article,
    make_ceremony,
    make_commendation,
    make_figure,
    make_person,
    make_unit,
    province,
)

SECRET = "bí-mật"  # in every text that must stay hidden


@dataclass
class Sample:
    old_article: Article
    new_article: Article
    draft: Article
    scheduled: Article
    figures: dict
    ceremony: object
    commendation: object


def make_sample() -> Sample:
    bac_giang = province("bac-giang")
    old_bac_ninh = province("bac-ninh-truoc-2025")
    bac_ninh = province("bac-ninh")
    old_article = make_article(
        bac_giang,
        title="Bưu điện tỉnh Bắc Giang tổng kết năm 2019",
        body="Tổng doanh thu đạt 287 tỷ đồng.\n\nBưu điện Bắc Giang vượt kế hoạch.",
    )
    set_published_at(old_article, timezone.now() - datetime.timedelta(days=400))
    old_article.provinces.add(old_bac_ninh)
    new_article = make_article(
        bac_ninh,
        title="Bưu điện Bắc Ninh triển khai kế hoạch năm 2026",
        body="Năm 2026, Bưu điện Bắc Ninh phấn đấu doanh thu 600 tỷ đồng.",
    )
    draft = make_article(bac_ninh, published=False, title=f"Bản nháp {SECRET}")
    scheduled = make_article(bac_ninh, title=f"Bài hẹn giờ {SECRET}")
    set_published_at(scheduled, timezone.now() + datetime.timedelta(days=1))
    figures = {
        "bac_giang_2019": make_figure(old_article, bac_giang, year=2019),
        "old_bac_ninh_2019": make_figure(
            old_article, old_bac_ninh, year=2019, value=310_000_000_000
        ),
        "bac_ninh_2026": make_figure(
            new_article,
            bac_ninh,
            year=2026,
            metric=Metric.REVENUE_TARGET,
            value=600_000_000_000,
            source_text="phấn đấu doanh thu 600 tỷ đồng",
        ),
        "growth": make_figure(
            old_article,
            bac_giang,
            year=2019,
            metric=Metric.GROWTH_PERCENT,
            value="28.500",
            unit="%",
        ),
    }
    hidden = [
        (old_article, ReviewState.PROPOSED),
        (old_article, ReviewState.REJECTED),
        (draft, ReviewState.ACCEPTED),
        (scheduled, ReviewState.ACCEPTED),
    ]
    for n, (article, state) in enumerate(hidden):
        make_figure(
            article,
            bac_ninh,
            year=2021,
            value=111_000 + n,
            state=state,
            source_text=f"Câu {SECRET}",
        )
    ceremony = make_public_ceremony(old_article, bac_giang)
    commendation = make_public_commendation(old_article, bac_giang)
    make_hidden_facts(old_article, draft, bac_ninh)
    return Sample(
        old_article, new_article, draft, scheduled, figures, ceremony, commendation
    )


def set_published_at(article, when):
    Article.objects.filter(pk=article.pk).update(published_at=when)
    article.refresh_from_db()


def make_public_ceremony(article, prov):
    unit = make_unit(prov, name=f"Bưu điện tỉnh {prov.name}")
    ceremony = make_ceremony(article, prov, host_unit=unit)
    ministry = Organization.objects.create(name="Tổng công ty Bưu điện Việt Nam")
    CeremonyAttendee.objects.create(
        ceremony=ceremony,
        person=make_person("Nguyễn Văn Hòa"),
        title="Giám đốc",
        organization=ministry,
        order=1,
    )
    CeremonyAttendee.objects.create(
        ceremony=ceremony,
        person=make_person("Trần Thị Lan"),
        title="Phó Giám đốc",
        order=2,
    )
    return ceremony


def make_public_commendation(article, prov):
    commendation = make_commendation(
        article,
        prov,
        kind="bang_khen",
        award_name="Bằng khen của Bộ trưởng Bộ Thông tin và Truyền thông",
        collective_count=2,
        individual_count=3,
        total_count=5,
    )
    CommendationRecipient.objects.create(
        commendation=commendation,
        name="Bưu điện huyện Lục Nam",
        unit=make_unit(prov, name="Bưu điện huyện Lục Nam", level="district"),
    )
    CommendationRecipient.objects.create(
        commendation=commendation,
        name="Ông Lê Văn Minh",
        person=make_person("Lê Văn Minh"),
    )
    return commendation


def make_hidden_facts(article, draft, prov):
    """Facts the public must not see, naming people and bodies only they name."""
    secret_body = Organization.objects.create(name=f"Cơ quan {SECRET}")
    for source, state in [
        (article, ReviewState.PROPOSED),
        (draft, ReviewState.ACCEPTED),
    ]:
        ceremony = make_ceremony(
            source, prov, state=state, title=f"Sự kiện {SECRET} {state}"
        )
        CeremonyAttendee.objects.create(
            ceremony=ceremony,
            person=make_person(f"Người {SECRET} {state}"),
            organization=secret_body,
        )
        make_commendation(
            source,
            prov,
            state=state,
            award_name=f"Khen {SECRET} {state}",
            issuer=secret_body,
        )
    make_commendation(
        article, prov, state=ReviewState.REJECTED, award_name=f"Khen {SECRET} bị loại"
    )


def make_key(name="Đối tác thử", rate="1000/hour") -> tuple[ApiKey, str]:
    key = ApiKey(name=name, rate=rate)
    raw = key.issue()
    key.save()
    return key, raw


def make_many(count: int) -> None:
    """``count`` public articles, each with a figure, a ceremony with two
    attendees and a commendation with two recipients, all different."""
    bac_ninh = province("bac-ninh")
    for n in range(count):
        article = make_article(bac_ninh, title=f"Bài số {n}")
        make_figure(article, bac_ninh, year=2000 + n % 26, value=n)
        ceremony = make_ceremony(article, bac_ninh, title=f"Sự kiện {n}")
        body = Organization.objects.create(name=f"Cơ quan số {n}")
        for order in range(2):
            CeremonyAttendee.objects.create(
                ceremony=ceremony,
                person=make_person(f"Người dự {n}-{order}"),
                organization=body,
                order=order,
            )
        commendation = make_commendation(article, bac_ninh, issuer=body)
        for order in range(2):
            CommendationRecipient.objects.create(
                commendation=commendation,
                name=f"Người được khen {n}-{order}",
                person=make_person(f"Người được khen {n}-{order}"),
            )
