"""The review panel shows every published field of every fact and fixes it in
place (issue 9, defects 5 and 6): figures, ceremonies with their attendees,
commendations with issuer, recipients and counts; doubtful facts first."""

from decimal import Decimal

import pytest
from django.urls import reverse

from facts.models import (
    CeremonyAttendee,
    CommendationRecipient,
    Metric,
    Organization,
    ReviewState,
)
from tests.factories import (
    make_article,
    make_ceremony,
    make_commendation,
    make_figure,
    make_person,
    make_user,
    province,
)

pytestmark = pytest.mark.django_db
PROPOSED = ReviewState.PROPOSED
FRAGMENT = {"HTTP_X_REVIEW_FRAGMENT": "1"}


@pytest.fixture
def editor(client, provinces):
    client.force_login(make_user("bientap", group="Biên tập viên"))
    return client


@pytest.fixture
def article(provinces):
    prov = province("bac-giang")
    article = make_article(prov, published=False)
    make_figure(
        article,
        prov,
        metric=Metric.GROWTH_PERCENT,
        value=Decimal("103"),
        unit="%",
        state=PROPOSED,
        confidence=0.9,
        reason="“tăng” sau “doanh thu”",
    )
    make_figure(
        article,
        prov,
        year=2020,
        value=305_000_000_000,
        state=PROPOSED,
        confidence=0.35,
        reason="số đứng xa chỉ tiêu",
    )
    ceremony = make_ceremony(article, prov, state=PROPOSED)
    for order, (name, title, org) in enumerate(
        [
            ("Nguyễn Minh Đức", "Phó Tổng Giám đốc", "Tổng công ty Bưu điện Việt Nam"),
            ("Trần Văn Phó", "Phó Chủ", ""),
        ]
    ):
        CeremonyAttendee.objects.create(
            ceremony=ceremony,
            person=make_person(name),
            title=title,
            organization=Organization.objects.get_or_create(
                key=org.lower(), defaults={"name": org}
            )[0]
            if org
            else None,
            order=order,
        )
    award = make_commendation(
        article,
        prov,
        state=PROPOSED,
        kind="giay_khen",
        award_name="Giấy khen",
        collective_count=2,
        individual_count=3,
        total_count=5,
    )
    CommendationRecipient.objects.create(
        commendation=award, name="Bưu điện huyện Yên Thế"
    )
    CommendationRecipient.objects.create(commendation=award, name="Chị Hà")
    return article


def change_page(client, article):
    return client.get(reverse("admin:articles_article_change", args=[article.pk]))


def row_of(response, prefix):
    return next(r for r in response.context["review"] if r["key"].startswith(prefix))


def form_values(row, **changes) -> dict:
    """What the browser posts for a row's form, with ``changes`` typed in."""
    form = row["form"]
    data = {"fact": row["key"]}
    for field in form:
        value = field.value()
        data[field.html_name] = "" if value is None else value
    data.update({form.add_prefix(k): v for k, v in changes.items()})
    return data


def post(client, article, data, **extra):
    url = reverse("admin:articles_article_review", args=[article.pk])
    return client.post(url, data, **extra)


def test_every_published_field_is_shown(editor, article):
    html = change_page(editor, article).content.decode()
    for text in [
        "Nguyễn Minh Đức",
        "Phó Tổng Giám đốc",
        "Tổng công ty Bưu điện Việt Nam",
        "Trần Văn Phó",
        "Bộ Thông tin và Truyền thông",  # the issuer
        "Bưu điện huyện Yên Thế",
        "Chị Hà",
        'value="25/12/2019"',  # the ceremony's date, day first
        'value="103 %"',
        'value="305 tỷ đồng"',
    ]:
        assert text in html, text
    award = row_of(change_page(editor, article), "commendation")["form"]
    assert [
        award[n].value()
        for n in ("collective_count", "individual_count", "total_count")
    ] == [2, 3, 5]


def test_doubtful_facts_come_first_with_their_reason(editor, article):
    response = change_page(editor, article)
    rows = response.context["review"]
    assert [(r["key"].split("-")[0], r["confidence"]) for r in rows] == [
        ("figure", 35),
        ("figure", 90),
        ("ceremony", None),
        ("commendation", None),
    ]
    html = response.content.decode()
    assert 'title="số đứng xa chỉ tiêu"' in html
    assert "Đáng ngờ: độ tin cậy 35%" in html


def test_a_percentage_is_corrected_by_typing_it_with_a_comma(editor, article):
    row = row_of(change_page(editor, article), "figure")  # 2020 revenue first
    growth = article.figures.get(metric=Metric.GROWTH_PERCENT)
    row = next(
        r for r in change_page(editor, article).context["review"] if r["fact"] == growth
    )
    response = post(
        editor,
        article,
        {**form_values(row, value="10,3"), "action": "accept"},
        **FRAGMENT,
    )
    growth.refresh_from_db()
    assert (growth.value, growth.state) == (Decimal("10.3"), "accepted")
    html = response.content.decode()
    assert html.startswith(
        f'<section class="review-fact review-accepted" id="{row["key"]}"'
    )
    assert "Tăng trưởng năm 2019: 10,3%”: đã lưu và duyệt." in html


def test_an_amount_is_corrected_by_typing_ty(editor, article):
    row = row_of(change_page(editor, article), "figure")
    post(editor, article, {**form_values(row, value="314,6 tỷ"), "action": "save"})
    figure = row["fact"]
    figure.refresh_from_db()
    assert (figure.value, figure.state) == (Decimal(314_600_000_000), PROPOSED)


def test_a_wrong_value_is_shown_again_where_it_was_typed(editor, article):
    row = row_of(change_page(editor, article), "figure")
    response = post(
        editor,
        article,
        {**form_values(row, value="3,14 tỷ %"), "action": "accept"},
        **FRAGMENT,
    )
    html = response.content.decode()
    assert 'value="3,14 tỷ %"' in html
    assert "một số không thể vừa là phần trăm vừa là tiền" in html
    figure = row["fact"]
    figure.refresh_from_db()
    assert (figure.value, figure.state) == (Decimal(305_000_000_000), PROPOSED)


def test_the_issuer_recipients_and_counts_are_corrected_in_place(editor, article):
    row = row_of(change_page(editor, article), "commendation")
    award = row["fact"]
    data = form_values(
        row,
        issuer_name="Ủy ban nhân dân tỉnh Bắc Giang",
        total_count="6",
        new_recipient="Anh Nam",
    )
    data[f"{row['key']}-r{award.recipients.get(name='Chị Hà').pk}_name"] = "Chị Thu Hà"
    post(editor, article, {**data, "action": "accept"})
    award.refresh_from_db()
    assert award.issuer.name == "Ủy ban nhân dân tỉnh Bắc Giang"
    assert (award.total_count, award.state) == (6, "accepted")
    assert sorted(award.recipients.values_list("name", flat=True)) == [
        "Anh Nam",
        "Bưu điện huyện Yên Thế",
        "Chị Thu Hà",
    ]


def test_one_wrong_attendee_is_removed_and_one_added(editor, article):
    row = row_of(change_page(editor, article), "ceremony")
    ceremony = row["fact"]
    wrong = ceremony.attendees.get(person__name="Trần Văn Phó")
    response = post(
        editor,
        article,
        {**form_values(row), "action": f"remove_attendee:{wrong.pk}"},
        **FRAGMENT,
    )
    assert "Đã bỏ “Trần Văn Phó” khỏi danh sách người dự." in response.content.decode()
    assert list(ceremony.attendees.values_list("person__name", flat=True)) == [
        "Nguyễn Minh Đức"
    ]
    assert (
        CeremonyAttendee.history.filter(id=wrong.pk).latest().history_user.username
        == "bientap"
    )
    row = row_of(change_page(editor, article), "ceremony")
    post(
        editor,
        article,
        {
            **form_values(
                row,
                new_name="Lê Thị Mai",
                new_title="Giám đốc",
                new_org="Sở Thông tin và Truyền thông",
                date="26/12/2019",
            ),
            "action": "accept",
        },
    )
    ceremony.refresh_from_db()
    assert (ceremony.day, ceremony.month, ceremony.year, ceremony.state) == (
        26,
        12,
        2019,
        "accepted",
    )
    assert [
        (a.person.name, a.title, str(a.organization or ""))
        for a in ceremony.attendees.all()
    ] == [
        ("Nguyễn Minh Đức", "Phó Tổng Giám đốc", "Tổng công ty Bưu điện Việt Nam"),
        ("Lê Thị Mai", "Giám đốc", "Sở Thông tin và Truyền thông"),
    ]


def test_one_wrong_recipient_is_removed(editor, article):
    row = row_of(change_page(editor, article), "commendation")
    award = row["fact"]
    wrong = award.recipients.get(name="Chị Hà")
    post(
        editor, article, {**form_values(row), "action": f"remove_recipient:{wrong.pk}"}
    )
    assert list(award.recipients.values_list("name", flat=True)) == [
        "Bưu điện huyện Yên Thế"
    ]


def test_accept_all_answers_with_the_whole_panel(editor, article):
    response = post(editor, article, {"action": "accept_all"}, **FRAGMENT)
    html = response.content.decode()
    assert html.startswith('<div class="module review" id="duyet-so-lieu">')
    assert "Đã duyệt 4 mục chờ duyệt." in html


def test_the_panels_queries_do_not_grow_with_the_facts(
    editor, provinces, django_assert_num_queries
):
    prov = province("bac-giang")

    def article_with(n):
        article = make_article(prov, published=False)
        for i in range(n):
            make_figure(article, prov, year=2000 + i, state=PROPOSED)
            ceremony = make_ceremony(article, prov, state=PROPOSED, title=f"Lễ {i}")
            CeremonyAttendee.objects.create(
                ceremony=ceremony, person=make_person(f"Người {i}")
            )
            award = make_commendation(
                article, prov, state=PROPOSED, award_name=f"Khen {i}"
            )
            CommendationRecipient.objects.create(commendation=award, name=f"Đơn vị {i}")
        return article

    small, large = article_with(1), article_with(10)
    change_page(editor, small)  # warm the caches (content types, sessions)
    counts = []
    for article in (small, large):
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as queries:
            response = change_page(editor, article)
        assert response.status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1]
    with django_assert_num_queries(counts[0]):
        change_page(editor, large)
    assert len(change_page(editor, large).context["review"]) == 30
