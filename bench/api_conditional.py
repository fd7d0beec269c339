#!/usr/bin/env python
"""What a conditional GET saves on the partner API: time of a full answer
and of a 304 for each list, pages of 200 rows, median of 30 requests.

    .venv/bin/python bench/api_conditional.py [N]        # SQLite (default 300)
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/vnpost_bench \\
        .venv/bin/python bench/api_conditional.py [N]    # PostgreSQL

Runs in a throwaway test database with the reference provinces and N
generated public articles (each with a figure, a ceremony and a
commendation, people and organisations). The 304 is decided from the data's
last change (one query) before any list is read, so its time should not
grow with the page.
"""

import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "vnpost_cms.settings")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.test import override_settings  # noqa: E402
from django.test.utils import setup_databases, teardown_databases  # noqa: E402
from rest_framework.test import APIClient  # noqa: E402

LISTS = ["provinces", "figures", "ceremonies", "commendations", "articles", "people"]
RUNS = 30


def median_ms(call) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        call()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main(count: int) -> None:
    from provinces.reference import load_reference
    from tests.api.sample import make_many

    load_reference()
    make_many(count)
    api = APIClient()
    print(f"{count} articles; page_size=200; median of {RUNS} requests")
    print(f"{'list':<15}{'200 (ms)':>10}{'304 (ms)':>10}")
    for name in LISTS:
        url = f"/api/v1/{name}/"
        etag = api.get(url, {"page_size": 200})["ETag"]

        def full(url=url):
            return api.get(url, {"page_size": 200})

        def conditional(url=url, etag=etag):
            assert (
                api.get(url, {"page_size": 200}, HTTP_IF_NONE_MATCH=etag).status_code
                == 304
            )

        print(f"{name:<15}{median_ms(full):>10.1f}{median_ms(conditional):>10.1f}")


if __name__ == "__main__":
    settings.DEBUG = False
    rates = {"anon": "1000000/hour", "api_key": "1000000/hour"}
    unthrottled = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": rates}
    databases = setup_databases(verbosity=0, interactive=False)
    try:
        with override_settings(REST_FRAMEWORK=unthrottled):
            main(int(sys.argv[1]) if len(sys.argv) > 1 else 300)
    finally:
        teardown_databases(databases, verbosity=0)
