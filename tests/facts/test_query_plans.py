"""The public lists read their indexes (PostgreSQL's planner, told not to
scan whole tables when it has a choice: on a small test table it would).
``bench/scale.py`` prints the plans' full scans of every endpoint on both
databases with real volumes."""

import pytest
from django.db import connection
from django.db.models import F

from facts.api import named_in_public_facts
from facts.models import (
    Ceremony,
    CeremonyAttendee,
    Commendation,
    CommendationRecipient,
    Person,
    YearlyFigure,
)
from public import pages
from tests.factories import province

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL only"),
]


@pytest.fixture
def no_seqscan():
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")


def test_the_figures_api_order_reads_its_index(provinces, no_seqscan):
    plan = (
        YearlyFigure.objects.public().order_by(F("year").desc(), "metric", "id")[:51]
    ).explain()
    assert "figure_public_order" in plan


def test_a_province_s_events_and_awards_read_the_province_index(provinces, no_seqscan):
    units = [province("bac-giang")]
    for model in (Ceremony, Commendation):
        plan = model.objects.public().in_provinces(units).explain()
        # Either public index serves on an empty table; never the whole table.
        assert f"{model._meta.model_name}_public" in plan
        assert "Seq Scan" not in plan


def test_the_home_page_s_latest_awards_read_their_index(provinces, no_seqscan):
    assert "commendation_public_latest" in pages.latest_commendations().explain()


def test_the_people_api_walks_the_name_index(provinces, no_seqscan):
    people = named_in_public_facts(
        Person,
        (CeremonyAttendee, "person", "ceremony", Ceremony),
        (CommendationRecipient, "person", "commendation", Commendation),
    ).order_by("name", "id")[:51]
    assert "person_by_name" in people.explain()
