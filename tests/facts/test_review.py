"""Reviewing an article's facts on its admin page: accept, edit, reject."""

from decimal import Decimal

import pytest
from django.urls import reverse

from common.cache import public_version
from facts.models import ReviewState, YearlyFigure
from tests.factories import (
    make_article,
    make_ceremony,
    make_commendation,
    make_figure,
    make_user,
    province,
)

pytestmark = pytest.mark.django_db
PROPOSED = ReviewState.PROPOSED


@pytest.fixture
def editor(client, provinces):
    client.force_login(make_user("bientap", group="Biên tập viên"))
    return client


@pytest.fixture
def article(provinces):
    prov = province("bac-giang")
    article = make_article(
        prov,
        published=False,
        body="Năm 2019, tổng doanh thu đạt hơn 287 tỷ đồng, tăng 28,5%. Đoạn khác.",
    )
    make_figure(
        article,
        prov,
        state=PROPOSED,
        source_text="tổng doanh thu đạt hơn 287 tỷ đồng",
        qualifier="hơn",
    )
    make_ceremony(article, prov, state=PROPOSED, source_text="")
    make_commendation(article, prov, state=PROPOSED)
    return article


def review(client, article, **data):
    url = reverse("admin:articles_article_review", args=[article.pk])
    return client.post(url, data)


def states(article) -> list[str]:
    facts = [
        *article.figures.all(),
        *article.ceremonies.all(),
        *article.commendations.all(),
    ]
    return [f.state for f in facts]


def test_the_change_page_lists_the_facts_with_their_source_highlighted(
    editor, article, django_assert_max_num_queries
):
    url = reverse("admin:articles_article_change", args=[article.pk])
    with django_assert_max_num_queries(40):
        response = editor.get(url)
    html = response.content.decode()
    assert "Duyệt số liệu, sự kiện và khen thưởng đọc từ bài" in html
    assert (
        "Năm 2019, <mark>tổng doanh thu đạt hơn 287 tỷ đồng</mark>, tăng 28,5%." in html
    )
    assert [row["key"] for row in response.context["review"]] == [
        f"figure-{article.figures.get().pk}",
        f"ceremony-{article.ceremonies.get().pk}",
        f"commendation-{article.commendations.get().pk}",
    ]
    assert response.context["review"][0]["value"] == "287 tỷ đồng"
    assert response.context["review"][0]["summary"] == (
        "Doanh thu năm 2019: hơn 287 tỷ đồng"
    )


def test_accepting_one_fact_makes_it_public_and_clears_the_cache(editor, article):
    figure = article.figures.get()
    version = public_version()

    response = review(editor, article, action="accept", fact=f"figure-{figure.pk}")

    assert response.status_code == 302
    assert response["Location"].endswith(f"/{article.pk}/change/#figure-{figure.pk}")
    assert list(YearlyFigure.objects.accepted()) == [figure]
    assert states(article) == ["accepted", "proposed", "proposed"]
    assert public_version() == version + 1
    assert YearlyFigure.history.filter(id=figure.pk).latest().history_user.username == (
        "bientap"
    )


def test_rejecting_one_fact(editor, article):
    ceremony = article.ceremonies.get()
    review(editor, article, action="reject", fact=f"ceremony-{ceremony.pk}")
    assert states(article) == ["proposed", "rejected", "proposed"]


def test_an_edited_value_is_saved_as_it_is_accepted(editor, article):
    figure = article.figures.get()
    review(
        editor,
        article,
        action="accept",
        fact=f"figure-{figure.pk}",
        value="290.500.000.000",
    )
    figure.refresh_from_db()
    assert (figure.value, figure.state) == (Decimal("290500000000"), "accepted")


@pytest.mark.parametrize("language", ["vi", "en"])
def test_an_edited_value_is_read_the_vietnamese_way_in_any_language(
    editor, article, language
):
    figure = article.figures.get()
    url = reverse("admin:articles_article_review", args=[article.pk])
    editor.post(
        url,
        {"action": "accept", "fact": f"figure-{figure.pk}", "value": "290.500.000.000"},
        HTTP_ACCEPT_LANGUAGE=language,
    )
    figure.refresh_from_db()
    assert (figure.value, figure.state) == (Decimal(290_500_000_000), "accepted")


def test_a_value_that_is_no_number_is_refused(editor, article):
    figure = article.figures.get()
    url = reverse("admin:articles_article_review", args=[article.pk])
    response = editor.post(
        url,
        {"action": "accept", "fact": f"figure-{figure.pk}", "value": "1.5.6x"},
        follow=True,
    )
    figure.refresh_from_db()
    assert figure.state == "proposed"
    assert "“1.5.6x” không đọc được" in response.content.decode()


def test_an_invalid_edit_is_refused_with_a_message(editor, article):
    figure = article.figures.get()
    url = reverse("admin:articles_article_review", args=[article.pk])
    response = editor.post(
        url,
        {"action": "accept", "fact": f"figure-{figure.pk}", "value": "1,5"},
        follow=True,
    )
    figure.refresh_from_db()
    assert (figure.value, figure.state) == (Decimal("287000000000.000"), "proposed")
    assert "Số tiền tính bằng đồng, không có phần lẻ." in response.content.decode()


def test_accepting_all_accepts_only_the_proposed_facts(editor, article):
    article.ceremonies.update(state=ReviewState.REJECTED)
    version = public_version()

    review(editor, article, action="accept_all")

    assert states(article) == ["accepted", "rejected", "accepted"]
    assert public_version() == version + 1


def test_rejecting_all(editor, article):
    review(editor, article, action="reject_all")
    assert states(article) == ["rejected", "rejected", "rejected"]


def test_a_figure_disagreeing_with_an_accepted_one_is_flagged_not_changed(
    editor, article
):
    prov = province("bac-giang")
    other = make_figure(make_article(prov), prov, value=290_000_000_000)
    mine = article.figures.get()

    url = reverse("admin:articles_article_change", args=[article.pk])
    response = editor.get(url)
    assert response.context["review"][0]["conflicting"] is True
    assert "Khác với số liệu đã duyệt của bài khác" in response.content.decode()

    review(editor, article, action="accept", fact=f"figure-{mine.pk}")
    other.refresh_from_db()
    assert other.value == Decimal("290000000000.000")
    flagged = YearlyFigure.objects.with_conflicts().filter(conflicting=True)
    assert set(flagged) == {mine, other}


def test_a_fact_of_another_article_cannot_be_reviewed_here(editor, article):
    prov = province("bac-giang")
    foreign = make_figure(make_article(prov), prov, state=PROPOSED)
    url = reverse("admin:articles_article_review", args=[article.pk])
    response = editor.post(
        url, {"action": "accept", "fact": f"figure-{foreign.pk}"}, follow=True
    )
    foreign.refresh_from_db()
    assert foreign.state == PROPOSED
    assert "Không tìm thấy mục cần duyệt của bài này." in response.content.decode()


def test_a_user_who_may_not_change_facts_cannot_review(client, article):
    client.force_login(make_user("khach"))
    response = review(client, article, action="accept_all")
    assert response.status_code == 403
    assert states(article) == ["proposed", "proposed", "proposed"]


def test_the_source_sentence_is_escaped(editor, provinces):
    prov = province("bac-giang")
    article = make_article(prov, published=False, body="Câu <script>x()</script> đây.")
    make_figure(article, prov, state=PROPOSED, source_text="<script>x()</script>")
    url = reverse("admin:articles_article_change", args=[article.pk])
    html = editor.get(url).content.decode()
    assert "<mark>&lt;script&gt;x()&lt;/script&gt;</mark>" in html
    assert "<script>x()" not in html


def test_reviewing_an_article_that_does_not_exist_is_not_found(editor):
    url = reverse("admin:articles_article_review", args=["khong-co"])
    assert editor.post(url, {"action": "accept_all"}).status_code == 404
