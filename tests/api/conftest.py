import copy

import pytest
from django.db import transaction
from rest_framework.test import APIClient

from provinces.reference import load_reference
from tests.api.sample import make_key, make_sample


@pytest.fixture(scope="module")
def stored_sample(django_db_setup, django_db_blocker):
    """The reference provinces and the sample, built once per module inside
    a transaction rolled back at its end; each test runs in a savepoint."""
    with django_db_blocker.unblock(), transaction.atomic():
        load_reference()
        stored = make_sample()
        yield stored
        transaction.set_rollback(True)


@pytest.fixture
def provinces(stored_sample, db):
    """Overrides the suite's fixture: the reference is already loaded."""


@pytest.fixture
def sample(stored_sample, db):
    return copy.deepcopy(stored_sample)  # tests may change the instances


@pytest.fixture
def api():
    return APIClient()


@pytest.fixture
def key(db):
    return make_key()
