"""The import service: one transaction per file, idempotent, never half-done."""

import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from django.db import IntegrityError

from articles.importing import Outcome, SourceFile, import_files, read_upload
from articles.importing.drafts import NO_PROVINCE
from articles.models import Article, Status
from common.cache import public_version
from facts.models import (
    Ceremony,
    CeremonyAttendee,
    Commendation,
    CommendationRecipient,
    Organization,
    Person,
    ReviewState,
    YearlyFigure,
)
from provinces.models import Era, PostalUnit
from tests.factories import make_article, make_unit, make_user, province

pytestmark = pytest.mark.django_db
SAMPLES = Path(__file__).parent / "samples_import"


def sample(name: str, *, as_name: str | None = None) -> SourceFile:
    return SourceFile(as_name or name, (SAMPLES / name).read_bytes())


def edited(name: str, old: str, new: str) -> SourceFile:
    text = (SAMPLES / name).read_text(encoding="utf-8")
    assert old in text
    return SourceFile(name, text.replace(old, new).encode())


def rows() -> dict[str, int]:
    """How many rows each table the import writes holds."""
    models = [
        Article,
        YearlyFigure,
        Ceremony,
        CeremonyAttendee,
        Commendation,
        CommendationRecipient,
        Person,
        Organization,
        PostalUnit,
    ]
    counts = {m.__name__: m.objects.count() for m in models}
    counts["history"] = sum(m.history.count() for m in models)
    return counts


def test_a_new_file_becomes_a_draft_with_its_facts_proposed(provinces):
    user = make_user("bientap")
    report = import_files([sample("bac-giang-2019.txt")], user=user)

    [result] = report.results
    assert (result.outcome, result.error, result.notes) == (Outcome.NEW, "", [])
    article = Article.objects.get()
    assert article.pk == result.article_id
    assert (article.title, article.status, article.source_name, article.author) == (
        "Bưu điện tỉnh Bắc Giang bàn kế hoạch năm 2020",
        Status.DRAFT,
        "bac-giang-2019.txt",
        user,
    )
    assert (article.province.name, article.province.era) == ("Bắc Giang", Era.BEFORE)
    assert list(article.provinces.all()) == [article.province]
    assert [u.name for u in article.units.all()] == ["Bưu điện tỉnh Bắc Giang"]
    assert article.event_date_display == "26/12/2019"
    assert article.plan_year == 2020
    assert article.captions == "Bưu điện tỉnh Bắc Giang nhận Cờ thi đua của Bộ TT&TT"
    assert article.lead.startswith("Ngày 26/12/2019, Bưu điện tỉnh Bắc Giang tổ chức")
    assert article.body.split("\n\n")[0] == (
        "Năm 2019, tổng doanh thu của đơn vị đạt hơn 287 tỷ đồng, tăng 28,5% so với "
        "năm trước."
    )
    assert Article.history.get().history_user == user


def test_figures_are_proposed_with_their_clause(provinces):
    import_files([sample("bac-giang-2019.txt")])

    figures = YearlyFigure.objects.order_by("year", "metric")
    assert [
        (f.year, f.metric, f.value, f.unit, f.qualifier, f.state, f.source_text)
        for f in figures
    ] == [
        (
            2019,
            "growth_percent",
            Decimal("28.500"),
            "%",
            "",
            ReviewState.PROPOSED,
            "tăng 28,5% so với năm trước",
        ),
        (
            2019,
            "revenue",
            Decimal("287000000000.000"),
            "VND",
            "hơn",
            ReviewState.PROPOSED,
            "tổng doanh thu của đơn vị đạt hơn 287 tỷ đồng",
        ),
        (
            2020,
            "revenue_target",
            Decimal("305000000000.000"),
            "VND",
            "",
            ReviewState.PROPOSED,
            "Bưu điện tỉnh phấn đấu tổng doanh thu đạt 305 tỷ đồng",
        ),
    ]
    assert {f.province.name for f in figures} == {"Bắc Giang"}
    assert YearlyFigure.history.count() == 3


def test_the_event_its_attendees_and_the_award_are_proposed(provinces):
    import_files([sample("bac-giang-2019.txt")])

    ceremony = Ceremony.objects.get()
    assert (ceremony.kind, ceremony.date_display, ceremony.state) == (
        "plan_conference",
        "26/12/2019",
        ReviewState.PROPOSED,
    )
    assert ceremony.title == (
        "Hội nghị triển khai kế hoạch năm 2020 của Bưu điện tỉnh Bắc Giang"
    )
    assert ceremony.host_unit.name == "Bưu điện tỉnh Bắc Giang"
    assert ceremony.source_text.startswith("Dự hội nghị có đồng chí Nguyễn Minh Đức")
    [attendee] = ceremony.attendees.all()
    assert (attendee.person.name, attendee.title, attendee.organization.name) == (
        "Nguyễn Minh Đức",
        "Phó Tổng Giám đốc",
        "Tổng công ty Bưu điện Việt Nam",
    )
    award = Commendation.objects.get()
    assert (award.kind, award.award_name, award.issuer.name, award.year) == (
        "co_thi_dua",
        "Cờ thi đua",
        "Bộ Thông tin và Truyền thông",
        2019,
    )
    assert (award.ceremony, award.state) == (ceremony, ReviewState.PROPOSED)
    assert award.source_text == (
        "Dịp này, Bưu điện tỉnh Bắc Giang được Bộ TT&TT tặng Cờ thi đua năm 2019."
    )
    [recipient] = award.recipients.all()
    assert (recipient.name, recipient.unit, recipient.person) == (
        "Bưu điện tỉnh Bắc Giang",
        ceremony.host_unit,
        None,
    )


def test_people_organisations_and_units_are_matched_across_spellings(provinces):
    # Existing records written with another case, tone-mark placement, alias.
    Person.objects.create(name="NGUYỄN MINH ĐỨC")
    Person.objects.create(name="Trần Thị Hoà")
    Organization.objects.create(name="Bộ TT&TT", kind="ministry")
    Organization.objects.create(name="Tổng Công ty Bưu điện Việt Nam")
    unit = make_unit(province("bac-giang"), "BƯU ĐIỆN TỈNH BẮC GIANG")
    text = (
        (SAMPLES / "ha-nam-2020.txt")
        .read_text(encoding="utf-8")
        .replace(
            "Việt Nam.\n",
            "Việt Nam và bà Trần Thị Hòa, Giám đốc Bưu điện tỉnh Hà Nam.\n",
            1,
        )
    )

    import_files(
        [sample("bac-giang-2019.txt"), SourceFile("ha-nam.txt", text.encode())]
    )

    assert sorted(Person.objects.values_list("name", flat=True)) == [
        "NGUYỄN MINH ĐỨC",
        "Trần Thị Hoà",
    ]
    assert sorted(Organization.objects.values_list("name", flat=True)) == [
        "Bưu điện tỉnh Hà Nam",
        "Bộ TT&TT",
        "Tổng Công ty Bưu điện Việt Nam",
    ]
    assert [
        (a.person.name, a.title, a.organization.name)
        for a in CeremonyAttendee.objects.filter(
            ceremony__article__source_name="ha-nam.txt"
        )
    ] == [
        ("NGUYỄN MINH ĐỨC", "Phó Tổng Giám đốc", "Tổng Công ty Bưu điện Việt Nam"),
        ("Trần Thị Hoà", "Giám đốc", "Bưu điện tỉnh Hà Nam"),
    ]
    assert set(Commendation.objects.values_list("issuer__name", flat=True)) == {
        "Bộ TT&TT"
    }
    bac_giang = Article.objects.get(source_name="bac-giang-2019.txt")
    assert list(bac_giang.units.all()) == [unit]
    assert PostalUnit.objects.filter(province=unit.province).count() == 1


def test_the_same_text_again_is_unchanged_and_writes_nothing(provinces):
    import_files([sample("bac-giang-2019.txt")])
    before = rows()

    report = import_files([sample("bac-giang-2019.txt", as_name="ban-sao.txt")])

    assert [r.outcome for r in report.results] == [Outcome.UNCHANGED]
    assert report.results[0].article_id == Article.objects.get().pk
    assert rows() == before


def test_an_edited_text_updates_the_article_and_adds_only_new_facts(provinces):
    import_files([sample("bac-giang-2019.txt")])
    article = Article.objects.get()
    accepted = YearlyFigure.objects.get(metric="revenue")
    accepted.state = ReviewState.ACCEPTED
    accepted.save()
    YearlyFigure.objects.filter(metric="revenue_target").update(
        state=ReviewState.REJECTED
    )

    report = import_files([edited("bac-giang-2019.txt", "tăng 28,5%", "tăng 29%")])

    assert [r.outcome for r in report.results] == [Outcome.UPDATED]
    assert Article.objects.get().pk == article.pk
    assert "tăng 29% so với năm trước" in Article.objects.get().body
    assert sorted((f.metric, f.value, f.state) for f in YearlyFigure.objects.all()) == [
        ("growth_percent", Decimal("29.000"), ReviewState.PROPOSED),
        ("revenue", Decimal("287000000000.000"), ReviewState.ACCEPTED),
        ("revenue_target", Decimal("305000000000.000"), ReviewState.REJECTED),
    ]
    assert (Ceremony.objects.count(), Commendation.objects.count()) == (1, 1)
    assert report.results[0].facts == 1


def test_importing_the_original_after_an_editor_changed_it_keeps_the_edit(provinces):
    import_files([sample("bac-giang-2019.txt")])
    article = Article.objects.get()
    article.title = "Tiêu đề do biên tập viên sửa"
    article.save()

    report = import_files([sample("bac-giang-2019.txt")])

    assert [r.outcome for r in report.results] == [Outcome.UNCHANGED]
    assert Article.objects.get().title == "Tiêu đề do biên tập viên sửa"


def test_updating_a_published_article_clears_the_public_pages(provinces):
    import_files([sample("bac-giang-2019.txt")])
    Article.objects.update(
        status=Status.PUBLISHED, published_at=datetime.datetime.now(datetime.UTC)
    )
    version = public_version()

    import_files([edited("bac-giang-2019.txt", "287 tỷ", "288 tỷ")])

    assert public_version() == version + 1


BAD_FILES = [
    ("rong.txt", b"", "Tệp “rong.txt” rỗng"),
    (
        "nhi-phan.txt",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01" * 20,
        "“nhi-phan.txt”",
    ),
    ("latin1.txt", "Bưu điện tỉnh".encode("utf-32"), "“latin1.txt”"),
]


@pytest.mark.parametrize(("name", "data", "message"), BAD_FILES)
def test_a_bad_file_is_reported_by_name_and_writes_nothing(
    provinces, name, data, message
):
    report = import_files([SourceFile(name, data)])

    [result] = report.results
    assert result.outcome == Outcome.FAILED
    assert message in result.error
    assert Article.objects.count() == 0


def test_a_file_over_2_mb_is_reported_and_writes_nothing(provinces):
    report = import_files(read_upload("lon.txt", 3 * 1024 * 1024, []))
    assert report.failed[0].error == (
        "Tệp “lon.txt” lớn hơn 2 MB: không phải một bài viết, không nhập."
    )
    assert Article.objects.count() == 0


def test_one_broken_file_does_not_stop_the_others(provinces):
    report = import_files(
        [
            sample("bac-giang-2019.txt"),
            SourceFile("hong.txt", b"\x00\xff\xfe\x00" * 100),
            sample("ha-nam-2020.txt"),
        ]
    )
    assert [r.outcome for r in report.results] == [
        Outcome.NEW,
        Outcome.FAILED,
        Outcome.NEW,
    ]
    assert report.summary() == "2 bài mới, 0 cập nhật, 0 không đổi, 1 lỗi"
    assert Article.objects.count() == 2


def test_a_file_the_database_refuses_leaves_nothing_behind(provinces, monkeypatch):
    from articles.importing import importer

    real = importer.new_facts

    def refuse_bac_giang(facts, article, **kwargs):
        if "Bắc Giang" in article.title:
            raise IntegrityError("giả lập lỗi")
        return real(facts, article, **kwargs)

    monkeypatch.setattr(importer, "new_facts", refuse_bac_giang)
    report = import_files([sample("bac-giang-2019.txt"), sample("ha-nam-2020.txt")])

    assert [r.outcome for r in report.results] == [Outcome.FAILED, Outcome.NEW]
    assert report.results[0].error.startswith(
        "Tệp “bac-giang-2019.txt” không nhập được: cơ sở dữ liệu từ chối"
    )
    assert list(Article.objects.values_list("source_name", flat=True)) == [
        "ha-nam-2020.txt"
    ]
    assert PostalUnit.objects.filter(name__contains="Bắc Giang").count() == 0
    # The person the failed file created was rolled back, then made again.
    assert CeremonyAttendee.objects.get().person.name == "Nguyễn Minh Đức"
    assert Article.history.count() == 1


@pytest.mark.django_db(transaction=True)
def test_a_file_failing_only_at_commit_fails_alone(provinces, monkeypatch):
    """A foreign key is checked at commit: the chunk is redone file by file."""
    from articles.importing import importer

    real = importer.build_facts

    def dangling_province(draft, article, resolver):
        facts = real(draft, article, resolver)
        if "Bắc Giang" in article.title:
            facts.figures[0].province_id = 999_999
        return facts

    monkeypatch.setattr(importer, "build_facts", dangling_province)
    report = import_files([sample("bac-giang-2019.txt"), sample("ha-nam-2020.txt")])

    assert [r.outcome for r in report.results] == [Outcome.FAILED, Outcome.NEW]
    assert "bac-giang-2019.txt" in report.results[0].error
    assert list(Article.objects.values_list("source_name", flat=True)) == [
        "ha-nam-2020.txt"
    ]
    assert YearlyFigure.objects.count() == 2
    assert Article.history.count() == 1


def test_two_files_of_one_name_and_other_content_in_a_batch(provinces):
    report = import_files(
        [
            sample("bac-giang-2019.txt", as_name="a/bai.txt"),
            sample("ha-nam-2020.txt", as_name="b/bai.txt"),
        ]
    )
    assert [r.outcome for r in report.results] == [Outcome.NEW, Outcome.FAILED]
    assert report.results[1].error.startswith("Tệp “b/bai.txt” trùng tên")


def test_an_article_whose_province_cannot_be_told_is_flagged(provinces):
    report = import_files([sample("khong-ro-tinh.txt")])

    [result] = report.results
    assert result.outcome == Outcome.NEW
    assert NO_PROVINCE in result.notes
    article = Article.objects.get()
    assert article.province is None
    assert list(Article.objects.needing_province()) == [article]
    assert YearlyFigure.objects.count() == 0


def test_markup_is_stored_as_plain_text(provinces):
    report = import_files([sample("co-ma-html.txt")])

    article = Article.objects.get()
    assert article.title == (
        'Bưu điện tỉnh Nam Định mở rộng dịch vụ <script>alert("xss")</script>'
    )
    assert "<b>tại trung tâm thành phố</b>" in article.lead
    assert report.results[0].notes[0] == (
        "Tệp “co-ma-html.txt” có thẻ HTML hoặc mã script: được lưu nguyên là văn "
        "bản và luôn hiển thị dưới dạng chữ, không bao giờ được chạy."
    )


def test_a_dry_run_reports_but_writes_nothing(provinces):
    before = rows()
    version = public_version()

    report = import_files(
        [sample("bac-giang-2019.txt"), sample("ha-nam-2020.txt")], dry_run=True
    )

    assert [r.outcome for r in report.results] == [Outcome.NEW, Outcome.NEW]
    assert rows() == before
    assert public_version() == version


def test_the_import_makes_few_queries_per_article(
    provinces, django_assert_max_num_queries
):
    text = (SAMPLES / "bac-giang-2019.txt").read_text(encoding="utf-8")
    files = [
        SourceFile(
            f"bai-{n}.txt",
            text.replace("287 tỷ", f"{200 + n} tỷ")
            .replace("bàn kế hoạch", f"bàn kế hoạch (kỳ {n})")
            .encode(),
        )
        for n in range(10)
    ]
    import_files(files[:1])  # people, organisations and units now exist

    # None per article. Per chunk, whatever the number of articles: 8 look-ups
    # (slugs included), a savepoint and its release, 14 bulk inserts (articles,
    # their history, links, facts and the facts' history).
    with django_assert_max_num_queries(24):
        report = import_files(files[1:])

    assert report.count(Outcome.NEW) == 9


def test_every_row_written_has_one_history_row_of_its_values_and_user(provinces):
    user = make_user("bientap")
    import_files([sample("bac-giang-2019.txt"), sample("ha-nam-2020.txt")], user=user)

    for model in [
        Article,
        YearlyFigure,
        Ceremony,
        CeremonyAttendee,
        Commendation,
        CommendationRecipient,
        Person,
        Organization,
        PostalUnit,
    ]:
        fields = [f.attname for f in model.history.model.tracked_fields]
        written = model.objects.order_by("pk").values_list(*fields)
        assert list(model.history.order_by("id").values_list(*fields)) == list(written)
        assert set(model.history.values_list("history_type", "history_user")) == {
            ("+", user.pk)
        }


def test_articles_of_one_title_are_given_the_next_free_slugs(provinces):
    title = "Bưu điện tỉnh Bắc Giang bàn kế hoạch năm 2020"
    make_article(title=title)
    text = (SAMPLES / "bac-giang-2019.txt").read_text(encoding="utf-8")
    files = [
        SourceFile(f"bai-{n}.txt", text.replace("287 tỷ", f"{n} tỷ").encode())
        for n in (100, 200)
    ]

    report = import_files(files)

    assert [Article.objects.get(pk=r.article_id).slug for r in report.results] == [
        "buu-dien-tinh-bac-giang-ban-ke-hoach-nam-2020-2",
        "buu-dien-tinh-bac-giang-ban-ke-hoach-nam-2020-3",
    ]
