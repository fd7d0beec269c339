"""A small published site for the public pages' tests: per province, one
published article with accepted figures, a ceremony (host unit, attendee)
and a commendation (unit recipient). Names are chosen so that the query
"buu" finds every article, unit and person."""

from articles.models import Article
from facts.models import CeremonyAttendee, CommendationRecipient
from provinces.models import Province
from tests.factories import (
    make_article,
    make_ceremony,
    make_commendation,
    make_figure,
    make_person,
    make_unit,
)


def populate(count: int, *, skip: int = 0) -> list[Article]:
    """Content for ``count`` reference provinces (current ones first)."""
    chosen = Province.objects.order_by("era", "code")[skip : skip + count]
    return [province_content(p) for p in chosen]


def province_content(province: Province) -> Article:
    article = make_article(
        province,
        title=f"Bưu điện {province} tổng kết năm 2019",
        lead=f"Năm 2019, Bưu điện {province} vượt kế hoạch doanh thu.",
        body=(
            f"Hội nghị tổng kết của Bưu điện {province} diễn ra ngày 25/12/2019."
            "\n\nTổng doanh thu đạt 287 tỷ đồng, tăng 28,5% so với năm 2018."
        ),
    )
    unit = make_unit(province)
    article.units.add(unit)
    make_figure(article, province, year=2018, value=224_000_000_000)
    make_figure(article, province, year=2019, value=287_000_000_000)
    ceremony = make_ceremony(article, province, host_unit=unit)
    person = make_person(f"Nguyễn Bửu {province}")
    CeremonyAttendee.objects.create(ceremony=ceremony, person=person, title="Giám đốc")
    commendation = make_commendation(article, province)
    CommendationRecipient.objects.create(
        commendation=commendation, name=unit.name, unit=unit
    )
    return article
