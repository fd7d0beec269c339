"""``manage.py load_demo``: the demo articles, published but one, facts accepted."""

import io

import pytest
from django.core.management import call_command

from articles.management.commands.load_demo import DEMO_DIR, KEEP_DRAFT
from articles.models import Article, Status
from common.cache import public_version
from facts.models import Ceremony, Commendation, Metric, ReviewState, YearlyFigure

pytestmark = pytest.mark.django_db


def load() -> list[str]:
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue().splitlines()


def test_the_demo_is_imported_and_all_but_one_published(provinces):
    version = public_version()

    lines = load()

    count = len(list(DEMO_DIR.glob("*.txt")))
    assert 6 <= count <= 8
    assert lines[0] == f"Bài viết mẫu: {count} bài mới, 0 cập nhật, 0 không đổi, 0 lỗi."
    assert lines[1].startswith(f"Đã xuất bản {count - 1} bài và duyệt ")
    draft = Article.objects.get(status=Status.DRAFT)
    assert draft.source_name == KEEP_DRAFT
    assert {f.state for f in draft.figures.all()} == {ReviewState.PROPOSED}
    published = Article.objects.published()
    assert published.count() == count - 1
    assert not YearlyFigure.objects.proposed().exclude(article=draft).exists()
    assert public_version() > version


def test_publication_is_dated_at_the_event(provinces):
    load()
    article = Article.objects.get(source_name="bac-giang-2019-ke-hoach-2020.txt")
    assert article.published_at.date().isoformat() == "2019-12-25"


def test_the_demo_covers_both_eras_awards_and_yearly_series(provinces):
    load()
    eras = set(Article.objects.values_list("province__era", flat=True))
    assert eras == {"before", "after"}
    kinds = set(Commendation.objects.accepted().values_list("kind", flat=True))
    assert {"co_thi_dua", "bang_khen", "giay_khen", "ky_niem_chuong"} <= kinds
    assert Ceremony.objects.accepted().filter(attendees__isnull=False).exists()
    revenue = YearlyFigure.objects.accepted().filter(metric=Metric.REVENUE)
    targets = YearlyFigure.objects.accepted().filter(metric=Metric.REVENUE_TARGET)
    for name in ["Bắc Giang", "Bắc Ninh"]:
        assert (
            set(revenue.filter(province__name=name).values_list("year", flat=True))
            == ({"Bắc Giang": {2019, 2020}, "Bắc Ninh": {2017, 2018}}[name])
        )
        assert (
            set(targets.filter(province__name=name).values_list("year", flat=True))
            == ({"Bắc Giang": {2020, 2021}, "Bắc Ninh": {2018, 2019}}[name])
        )


def test_a_second_run_changes_nothing(provinces):
    load()
    Article.objects.filter(source_name="bac-ninh-2018-ke-hoach.txt").update(
        status=Status.DRAFT, published_at=None
    )

    lines = load()

    assert lines[0] == "Bài viết mẫu: 0 bài mới, 0 cập nhật, 8 không đổi, 0 lỗi."
    assert lines[1] == "Không có bài mới hay bài sửa: không xuất bản gì thêm."
    # An editor's choice (unpublishing) stands.
    assert Article.objects.get(source_name="bac-ninh-2018-ke-hoach.txt").status == (
        Status.DRAFT
    )
