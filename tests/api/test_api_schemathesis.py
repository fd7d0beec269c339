"""Schemathesis against the schema, in process (WSGI), on a populated
database, with every check: no 5xx, every answer conforms to the schema
(status, content type, headers, body), and schema and API agree both ways:
what the schema allows is answered, what it forbids is refused (positive
and negative data). 100 examples an operation, derandomized, so a run
is repeatable."""

import datetime

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings


@pytest.fixture
def api_schema(sample, high_rates, keep_connection):
    config = schemathesis.Config.from_dict({"generation": {"mode": "all"}})
    return schemathesis.openapi.from_wsgi(
        "/api/v1/schema/?format=json", get_wsgi_application(), config=config
    )


@pytest.fixture
def high_rates(settings):
    """Rates high enough that fuzzing is not throttled."""
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "1000000/hour", "api_key": "1000000/hour"},
    }


@pytest.fixture
def keep_connection():
    """As Django's test client does: the WSGI handler would otherwise close
    the connection after each request, and with it the test's transaction."""
    signals = [request_started, request_finished]
    for signal in signals:
        signal.disconnect(close_old_connections)
    yield
    for signal in signals:
        signal.connect(close_old_connections)


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@hypothesis_settings(
    max_examples=100,
    deadline=datetime.timedelta(seconds=2),
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)
def test_the_api_keeps_its_contract(case):
    if not case.meta.generation.mode.is_negative and case.query:
        # A cursor is a token the API wrote into a next/previous link: no
        # schema can describe which strings are valid, so a generated one
        # is refused (tests/api/test_api_contract.py tests cursors).
        case.query.pop("cursor", None)
    case.call_and_validate()
