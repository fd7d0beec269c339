"""Article: its slug and its derived fields."""

import pytest

from articles.models import SLUG_TRIES, Article, content_hash
from tests.factories import make_article

pytestmark = pytest.mark.django_db
TITLE = "Bưu điện tỉnh Bắc Giang bàn kế hoạch"
BASE = "buu-dien-tinh-bac-giang-ban-ke-hoach"


def test_an_article_of_a_title_already_taken_gets_the_next_number():
    slugs = [make_article(title=TITLE, body=f"Đoạn {n}.").slug for n in range(3)]
    assert slugs == [BASE, f"{BASE}-2", f"{BASE}-3"]


def test_a_slug_past_the_candidates_of_one_query_is_found(
    django_assert_num_queries,
):
    for n in range(SLUG_TRIES + 1):
        make_article(title=TITLE, body=f"Đoạn {n}.")

    with django_assert_num_queries(2):
        slug = Article(title=TITLE).make_slug()

    assert slug == f"{BASE}-{SLUG_TRIES + 2}"


def test_make_slug_asks_nothing_of_the_database_given_the_slugs_taken(
    django_assert_num_queries,
):
    with django_assert_num_queries(0):
        slug = Article(title=TITLE).make_slug({BASE, f"{BASE}-2"})
    assert slug == f"{BASE}-3"


def test_saving_keeps_the_slug_and_refreshes_the_hash_and_search_text():
    article = make_article(title=TITLE, body="Đoạn một.")
    article.body = "Đoạn HAI."
    article.save()

    article.refresh_from_db()
    assert article.slug == BASE
    assert article.content_hash == content_hash(article.full_text())
    assert article.search_text == "buu dien tinh bac giang ban ke hoach doan hai."
