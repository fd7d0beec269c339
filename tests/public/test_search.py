"""Search: articles.search on the database, and the /tim-kiem/ page.

Runs on SQLite and on PostgreSQL alike (``DATABASE_URL``): the same
behaviour is expected from both implementations.
"""

import datetime

import pytest
from django.core.cache import cache
from django.db import OperationalError, connection
from django.urls import reverse
from django.utils import timezone

from articles import search
from articles.models import Article
from articles.search import Query
from facts.models import CeremonyAttendee, CommendationRecipient, ReviewState
from tests.factories import (
    make_article,
    make_ceremony,
    make_commendation,
    make_person,
    make_unit,
    province,
)
from tests.public.sample_site import populate

# articles: place names, matches, count, page; provinces; people; units
# (PostgreSQL: and the statement timeout: SET LOCAL in a savepoint here)
SEARCH_QUERIES = 7 + 3 * (connection.vendor == "postgresql")


def found(text):
    return [a.title for a in search.articles(Query.parse(text))]


@pytest.fixture
def bac_giang(provinces):
    return province("bac-giang")


@pytest.mark.parametrize("text", ["bac giang", "BAC GIANG", "Bắc Giang", "bắc gia"])
def test_articles_are_found_without_accents_or_case(bac_giang, text):
    make_article(bac_giang, title="Bưu điện tỉnh Bắc Giang tổng kết năm 2019")
    make_article(province("ha-noi"), title="Hội nghị ở Hà Nội")
    assert found(text) == ["Bưu điện tỉnh Bắc Giang tổng kết năm 2019"]


def test_articles_are_found_by_lead_and_body(bac_giang):
    make_article(bac_giang, title="Một", lead="Đoàn công tác đến Đắk Lắk.")
    make_article(bac_giang, title="Hai", body="Ông Nguyễn Minh Đức phát biểu.")
    assert found("dak lak") == ["Một"]
    assert found("DUC") == ["Hai"]


def test_drafts_and_scheduled_articles_are_not_found(bac_giang):
    make_article(bac_giang, title="Bắc Giang đã xuất bản")
    make_article(bac_giang, title="Bắc Giang bản nháp", published=False)
    later = make_article(bac_giang, title="Bắc Giang hẹn giờ")
    later.published_at = timezone.now() + datetime.timedelta(days=1)
    later.save()
    assert found("bac giang") == ["Bắc Giang đã xuất bản"]


def test_every_word_must_be_found(bac_giang):
    make_article(bac_giang, title="Bắc Giang")
    assert found("bac ninh") == []


def test_words_but_the_last_match_whole_words_only(bac_giang):
    make_article(bac_giang, title="Thanh Giang")
    make_article(bac_giang, title="An Giang")
    assert found("an giang") == ["An Giang"]
    assert found("an gi") == ["An Giang"]
    assert found("than") == ["Thanh Giang"]
    assert found("than giang") == []


def test_title_matches_rank_above_body_matches(bac_giang):
    make_article(bac_giang, title="Tin trong thân bài", body="Ở Bắc Giang, ...")
    make_article(bac_giang, title="Bưu điện Bắc Giang", body="Không nhắc lại.")
    assert found("bac giang") == ["Bưu điện Bắc Giang", "Tin trong thân bài"]


def test_the_words_together_rank_above_the_words_apart(bac_giang):
    make_article(bac_giang, title="Xa", body="Giang sơn ở phía Bắc.")
    make_article(bac_giang, title="Gần", body="Ở Bắc Giang.")
    assert found("bac giang") == ["Gần", "Xa"]


def test_equal_matches_are_newest_first(bac_giang):
    old = make_article(bac_giang, title="Bắc Giang cũ")
    old.published_at -= datetime.timedelta(days=30)
    old.save()
    make_article(bac_giang, title="Bắc Giang mới")
    assert found("bac giang") == ["Bắc Giang mới", "Bắc Giang cũ"]


def test_an_unusable_query_finds_nothing(bac_giang):
    make_article(bac_giang, title="Bắc Giang")
    assert found("") == []
    assert found("!!!") == []


@pytest.mark.parametrize(
    ("text", "slugs"),
    [
        ("bac giang", ["bac-giang"]),
        ("dak lak", ["dak-lak", "dak-lak-truoc-2025"]),
        ("ĐẮK", ["dak-lak", "dak-lak-truoc-2025", "dak-nong"]),
        ("tp hcm", ["ho-chi-minh", "ho-chi-minh-truoc-2025"]),
        ("sai gon", ["ho-chi-minh", "ho-chi-minh-truoc-2025"]),
        ("giang bac", ["bac-giang"]),
        ("ninh", ["bac-ninh", "ninh-binh", "quang-ninh", "tay-ninh"]),
    ],
)
def test_provinces_are_found_by_name_and_alias(provinces, text, slugs):
    assert [p.slug for p in search.provinces(Query.parse(text))][: len(slugs)] == slugs


def test_provinces_match_at_word_starts_only(provinces):
    assert [p.slug for p in search.provinces(Query.parse("inh"))] == []


def test_people_named_by_published_facts_are_found_with_their_article(bac_giang):
    article = make_article(bac_giang, title="Hội nghị tổng kết")
    ceremony = make_ceremony(article, bac_giang)
    person = make_person("Trần Minh Đức")
    CeremonyAttendee.objects.create(ceremony=ceremony, person=person, title="Giám đốc")
    [hit] = search.people(Query.parse("DUC"))
    assert (hit.name, hit.role, hit.article_slug, hit.article_title) == (
        "Trần Minh Đức",
        "Giám đốc",
        article.slug,
        "Hội nghị tổng kết",
    )


@pytest.mark.parametrize(
    ("published", "state"),
    [(False, ReviewState.ACCEPTED), (True, ReviewState.REJECTED)],
)
def test_people_of_drafts_or_rejected_facts_are_not_found(bac_giang, published, state):
    article = make_article(bac_giang, published=published)
    ceremony = make_ceremony(article, bac_giang, state=state)
    CeremonyAttendee.objects.create(ceremony=ceremony, person=make_person("Lê Đức"))
    assert list(search.people(Query.parse("duc"))) == []


def test_people_honoured_by_a_commendation_are_found(bac_giang):
    article = make_article(bac_giang, title="Trao cờ thi đua")
    commendation = make_commendation(article, bac_giang)
    person = make_person("Phạm Thị Hòa")
    CommendationRecipient.objects.create(
        commendation=commendation, name=person.name, person=person
    )
    assert [(p.name, p.article_title) for p in search.people(Query.parse("hoa"))] == [
        ("Phạm Thị Hòa", "Trao cờ thi đua")
    ]


def test_units_named_by_a_published_article_are_found(bac_giang):
    unit = make_unit(bac_giang, name="Bưu điện huyện Lục Ngạn")
    make_unit(bac_giang, name="Bưu điện huyện Lục Nam")  # in no article
    article = make_article(bac_giang, title="Lục Ngạn vượt kế hoạch")
    article.units.add(unit)
    [hit] = search.found_through(search.units(Query.parse("luc")))
    assert (hit.name, hit.province.slug, hit.article_title) == (
        "Bưu điện huyện Lục Ngạn",
        "bac-giang",
        "Lục Ngạn vượt kế hoạch",
    )


def test_units_show_the_newest_article_of_any_of_the_three_links(bac_giang):
    unit = make_unit(bac_giang, name="Bưu điện huyện Lục Ngạn")
    old = make_article(bac_giang, title="Bài cũ nêu đơn vị")
    old.published_at -= datetime.timedelta(days=5)
    old.save()
    old.units.add(unit)
    newer = make_article(bac_giang, title="Bài mới có sự kiện")
    make_ceremony(newer, bac_giang, host_unit=unit)
    make_ceremony(
        make_article(bac_giang, title="Sự kiện chưa duyệt"),
        bac_giang,
        host_unit=unit,
        state=ReviewState.PROPOSED,
    )
    [hit] = search.found_through(search.units(Query.parse("luc ngan")))
    assert (hit.article_slug, hit.article_title) == (newer.slug, "Bài mới có sự kiện")


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL only")
def test_postgres_search_uses_the_gin_index(bac_giang):
    make_article(bac_giang, title="Bắc Giang")
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
    # All articles, not just published ones: on a table this small the
    # planner would rather filter the rows the status index gives.
    everything = Article.objects.all()
    plan = search.matches(Query.parse("bac giang"), everything).explain()
    assert "articles_article_search_vector" in plan


# The page -------------------------------------------------------------------


def get(client, **params):
    return client.get(reverse("search"), params)


def test_search_page_lists_highlighted_results(client, bac_giang):
    article = make_article(
        bac_giang,
        title="Bưu điện tỉnh Bắc Giang tổng kết",
        body="Năm 2019, Bưu điện Bắc Giang đạt 287 tỷ đồng.",
    )
    response = get(client, q="bac giang")
    html = response.content.decode()
    assert response.status_code == 200
    assert response.context["paginator"].count == 1
    assert f'href="{article.get_absolute_url()}"' in html
    assert "Bưu điện tỉnh <mark>Bắc</mark> <mark>Giang</mark> tổng kết" in html
    assert "Năm 2019, Bưu điện <mark>Bắc</mark> <mark>Giang</mark> đạt 287" in html
    assert '<a class="province-list__name" href="/tinh/bac-giang/">' in html


def test_search_page_escapes_titles_and_the_query(client, bac_giang):
    make_article(bac_giang, title="<script>alert(1)</script> Bắc Giang")
    html = get(client, q="bac giang").content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; <mark>Bắc</mark>" in html
    echoed = get(client, q='"><img src=x>').content.decode()
    assert "<img src=x>" not in echoed
    assert "Kết quả tìm kiếm “&quot;&gt;&lt;img src=x&gt;”" in echoed


@pytest.mark.parametrize(
    ("q", "message"),
    [
        ("", "Nhập tên tỉnh, thành phố, người, đơn vị hoặc từ khóa."),
        ("x" * 300, "Từ khóa quá dài: tối đa 100 ký tự."),
    ],
)
def test_search_page_explains_an_unusable_query(client, q, message):
    with_queries = get(client, q=q)
    assert with_queries.status_code == 200
    assert message in with_queries.content.decode()
    assert list(with_queries.context["articles"]) == []


def test_search_page_without_results_says_so(client, bac_giang):
    html = get(client, q="khong co gi").content.decode()
    assert "Không có bài viết nào có “khong co gi”" in html
    assert "Không tìm thấy bài viết nào." in html


def test_search_page_paginates_and_keeps_the_query(client, bac_giang):
    for n in range(12):
        make_article(bac_giang, title=f"Bắc Giang tin {n}")
    first = get(client, q="Bắc Giang")
    second = get(client, q="Bắc Giang", trang=2)
    assert len(first.context["articles"]) == 10
    assert len(second.context["articles"]) == 2
    assert 'href="?q=B%E1%BA%AFc%20Giang&amp;trang=2"' in first.content.decode()
    assert "provinces" not in second.context  # entities on the first page only
    assert get(client, q="Bắc Giang", trang=3).status_code == 404


def test_search_page_is_not_indexed(client, bac_giang):
    html = get(client, q="bac giang").content.decode()
    assert '<meta name="robots" content="noindex, follow">' in html
    assert (
        '<link rel="canonical" href="http://testserver/tim-kiem/?q=bac%20giang">'
        in html
    )


def test_search_page_queries_do_not_grow_with_the_data(
    client, provinces, django_assert_num_queries
):
    populate(1)
    with django_assert_num_queries(SEARCH_QUERIES):
        small = get(client, q="buu")
    populate(49, skip=1)
    cache.clear()
    with django_assert_num_queries(SEARCH_QUERIES):
        large = get(client, q="buu")
    assert small.context["paginator"].count == 1
    assert large.context["paginator"].count == 50
    assert [len(large.context[k]) for k in ("people", "units")] == [11, 11]


# Ranking, aliases, provinces filed under; capped counts and time budget ----


def test_the_place_named_ranks_above_its_words_scattered(provinces):
    lam_dong = province("lam-dong")
    make_article(province("ha-noi"), title="Làm việc", body="Tiết kiệm đồng vốn.")
    make_article(province("ha-noi"), title="Tin Lâm Đồng", body="Bưu điện Lâm Đồng.")
    make_article(lam_dong, title="Hội nghị ở Đà Lạt", body="Không nêu tên tỉnh.")
    assert found("lam dong") == ["Hội nghị ở Đà Lạt", "Tin Lâm Đồng", "Làm việc"]


def test_an_article_is_found_by_the_province_it_is_filed_under(provinces):
    make_article(province("bac-ninh"), title="Trao thưởng", body="Không nêu tên.")
    make_article(province("ha-noi"), title="Hà Nội", body="Không nêu tên.")
    assert found("bac ninh") == ["Trao thưởng"]
    assert found("Bắc Ninh") == ["Trao thưởng"]


@pytest.mark.parametrize("text", ["hcm", "HCM", "tp.hcm", "TP HCM", "sài gòn", "tphcm"])
def test_aliases_of_ho_chi_minh_city_find_its_articles(provinces, text):
    make_article(
        province("ha-noi"), title="Hội nghị", body="Tại Thành phố Hồ Chí Minh, ..."
    )
    make_article(province("ha-noi"), title="Khác", body="Ở Hà Nội.")
    assert found(text) == ["Hội nghị"]


def test_hue_and_thua_thien_hue_find_each_other(provinces):
    make_article(province("ha-noi"), title="Thừa Thiên Huế tổng kết", body="...")
    make_article(province("ha-noi"), title="Huế đón khách", body="...")
    make_article(province("ha-noi"), title="Khác", body="...")
    assert set(found("hue")) == {"Thừa Thiên Huế tổng kết", "Huế đón khách"}
    assert set(found("thua thien hue")) == {"Thừa Thiên Huế tổng kết", "Huế đón khách"}


def test_only_the_newest_matches_are_ranked_and_the_count_is_capped(
    client, bac_giang, monkeypatch
):
    monkeypatch.setattr(search, "CAP", 2)
    oldest = make_article(province("ha-noi"), title="Bưu điện Bắc Giang cũ nhất")
    oldest.published_at -= datetime.timedelta(days=3)
    oldest.save()
    for n in range(2):
        make_article(province("ha-noi"), title=f"Giang sơn phía Bắc {n}")
    result = search.find(Query.parse("bac giang"))
    assert result.capped and len(result.ids) == 2
    assert oldest.pk not in result.ids
    response = get(client, q="bac giang")
    assert "Hơn 2 bài viết có “bac giang”" in response.content.decode()
    assert response.context["paginator"].count == 2


def test_a_search_past_its_time_budget_is_stopped(bac_giang, monkeypatch):
    make_article(bac_giang, title="Bắc Giang")
    monkeypatch.setattr(search, "PROGRESS_STEPS", 1)
    monkeypatch.setattr(search, "BUDGET_MS", 0 if connection.vendor == "sqlite" else 1)
    slow = Article.objects.all()
    if connection.vendor == "postgresql":
        slow = slow.extra(where=["pg_sleep(0.05) IS NOT NULL"])
    else:
        slow = slow.filter(search_text__regex="b")
    with pytest.raises(OperationalError):
        search._within_budget(slow)
    assert Article.objects.count() == 1  # the connection is usable afterwards


def test_the_search_page_says_when_it_ran_out_of_time(client, bac_giang, monkeypatch):
    monkeypatch.setattr(
        search, "_within_budget", lambda qs: (_ for _ in ()).throw(OperationalError())
    )
    html = get(client, q="bac giang").content.decode()
    assert "mất quá nhiều thời gian: hãy thử từ khóa cụ thể hơn" in html
