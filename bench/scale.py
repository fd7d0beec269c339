#!/usr/bin/env python
"""Does every public page and API list cost the same at 100,000 articles as
at 1,000? Seeds articles, then times each endpoint; prints a table.

    .venv/bin/python bench/scale.py                        # SQLite, 1k and 10k
    .venv/bin/python bench/scale.py --sizes 1000,100000 --db both --load

For each size (seeded incrementally in one database: the first part through
the importer, with extraction, the rest in bulk in the same shape) and each
endpoint: the in-process median and p95 of ``--repeat`` requests through
Django's test client on a cold page cache, the bytes, the queries, and the
ratio to a plain view (``/plain/``, same middleware) measured in the same run.
At the end, each endpoint's time at the largest size as a ratio to the
smallest (the goal: at most 1.5).

``--load`` also starts gunicorn (2 workers) on the largest database and runs
``wrk`` (16 connections) against the pages, uncached (``?x=`` makes the page
cache step aside) and cached (API: ``If-None-Match``, a 304), printing
requests/s and the ratio to the plain view.

Databases: ``--db sqlite`` (a file in /tmp), ``postgres`` (``vnpost_scale``
at ``--pg``, dropped and created), ``both`` (one run of this script each).
``DEBUG`` is off, as in production.
"""

import argparse
import datetime
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
sys.path[:0] = [str(ROOT), str(BENCH)]

warnings.filterwarnings("ignore", message="No directory at")
PG_DEFAULT = "postgres://postgres@127.0.0.1:5432/vnpost_scale"


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument(
        "--db", choices=["sqlite", "postgres", "both"], default="sqlite"
    )
    parser.add_argument("--pg", default=PG_DEFAULT)
    parser.add_argument(
        "--imported", type=int, default=1000, help="articles through the importer"
    )
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--load", action="store_true", help="gunicorn + wrk too")
    parser.add_argument("--seconds", type=int, default=5, help="each wrk run")
    return parser.parse_args(argv)


def main():
    args = parse_args()
    if args.db == "both":
        for db in ("sqlite", "postgres"):
            argv = [a for a in sys.argv[1:]]
            if "--db" in argv:
                i = argv.index("--db")
                del argv[i : i + 2]
            subprocess.run([sys.executable, __file__, *argv, "--db", db], check=False)
        return
    os.environ["DJANGO_SETTINGS_MODULE"] = "scale_settings"
    os.environ["DJANGO_DEBUG"] = "0"
    os.environ.setdefault("DJANGO_SECRET_KEY", "bench-only")
    os.environ.setdefault("DJANGO_SINGLE_PROCESS", "1")
    os.environ["DJANGO_CONN_MAX_AGE"] = "600"
    if args.db == "sqlite":
        folder = tempfile.mkdtemp(prefix="vnpost-scale-")
        os.environ["DATABASE_URL"] = f"sqlite:///{folder}/scale.sqlite3"
    else:
        os.environ["DATABASE_URL"] = args.pg
        _recreate_pg(args.pg)
    import django

    django.setup()
    run(args)


def _recreate_pg(url: str) -> None:
    import psycopg

    base, name = url.rsplit("/", 1)
    with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')


# Seeding -------------------------------------------------------------------


FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ"]
MIDDLE = ["Văn", "Thị", "Minh", "Quốc", "Thanh", "Hữu", "Ngọc", "Đức", "Anh", "Xuân"]
GIVEN = [
    "An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hoa", "Hùng",
    "Khánh", "Lan", "Long", "Mai", "Nam", "Nga", "Phong", "Quang", "Sơn", "Tâm",
    "Thảo", "Thắng", "Trung", "Tuấn", "Vinh", "Yến",
]  # fmt: skip
SELECTIVE = "tem bưu chính kỷ niệm Hoa Sen Vàng"
SELECTIVE_EVERY = 1000  # one article in this many carries the selective phrase


def seed(target: int, args, state: dict) -> None:
    """Bring the database to ``target`` published articles."""
    from django.db import connection, transaction

    from articles.models import Article, Status

    have = Article.objects.count()
    if have == 0:
        imported = min(args.imported, target)
        state["import_rate"] = _import(imported)
        have = imported
    if have < target:
        started = time.perf_counter()
        with transaction.atomic():
            _bulk(have, target - have, state)
        took = time.perf_counter() - started
        print(
            f"  seeded {target - have} articles in bulk in {took:.1f} s "
            f"({(target - have) / took:.0f}/s)",
            flush=True,
        )
    assert Article.objects.filter(status=Status.PUBLISHED).count() == target
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    else:
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def _import(count: int) -> float:
    """Import ``count`` generated files (extraction included), then publish
    them and accept their facts as editors would; returns articles/s."""
    import import_articles
    from django.utils import timezone

    from articles.importing import import_files
    from articles.models import Article, Status
    from facts import review
    from facts.models import ReviewState

    sources = import_articles.generate(count)
    started = time.perf_counter()
    report = import_files(sources)
    took = time.perf_counter() - started
    rate = count / took
    print(f"  imported {count} articles: {report.summary()}; {rate:.0f} articles/s")
    now = timezone.now()
    # The admin's publish action and the review panel, in bulk.
    articles = list(Article.objects.all())
    rng = random.Random(1)
    for article in articles:
        article.status = Status.PUBLISHED
        article.published_at = now - datetime.timedelta(days=rng.randint(1, 900))
    Article.objects.bulk_update(articles, ["status", "published_at"], batch_size=500)
    for model in review.FACT_MODELS.values():
        model.objects.filter(state=ReviewState.PROPOSED).update(
            state=ReviewState.ACCEPTED
        )
    _after_bulk()
    return rate


def _after_bulk() -> None:
    """What the write paths keep in step, brought up to date after the bulk
    inserts (a hook the optimisations fill in)."""
    try:
        from facts import summary
    except ImportError:
        return
    summary.rebuild()


def _bulk(start: int, count: int, state: dict) -> None:
    import import_articles
    from django.utils import timezone

    from articles.models import Article, Status
    from common.text import slugify_vi
    from facts.models import (
        AwardKind,
        Ceremony,
        CeremonyAttendee,
        CeremonyKind,
        Commendation,
        CommendationRecipient,
        Metric,
        Organization,
        Person,
        ReviewState,
        YearlyFigure,
        entity_key,
    )
    from provinces.models import Era, Province

    rng = random.Random(start)
    data = json.loads((ROOT / "provinces/data/provinces.json").read_text("utf-8"))
    provinces = {p.name: p for p in Province.objects.filter(era=Era.BEFORE)}
    current = list(Province.objects.filter(era=Era.AFTER))
    people = _pool(
        Person,
        max(50, (start + count) // 20),
        lambda i: (
            f"{FAMILY[i % 10]} {MIDDLE[i // 10 % 10]} "
            f"{GIVEN[i // 100 % 26]} {i // 2600 or ''}".strip()
        ),
        entity_key,
    )
    orgs = _pool(
        Organization,
        200,
        lambda i: f"Sở Thông tin và Truyền thông số {i}",
        entity_key,
    )
    now = timezone.now()
    batch = 2000
    for first in range(start, start + count, batch):
        n_batch = min(batch, start + count - first)
        articles = []
        for n in range(first, first + n_batch):
            text = import_articles.article(rng, data["before"], n)
            lines = [line for line in text.split("\n")]
            title = lines[2]
            body = "\n\n".join(p for p in "\n".join(lines[4:]).split("\n\n") if p)
            if n % SELECTIVE_EVERY == 7:
                body += f"\n\nĐơn vị phát hành bộ {SELECTIVE} số {n}."
            named = [p for p in provinces if f" {p}" in title]
            province = provinces[max(named, key=len)] if named else rng.choice(current)
            if rng.random() < 0.2:
                province = rng.choice(current)
            article = Article(
                title=title,
                slug=f"{slugify_vi(title)[:90]}-{n}",
                body=body,
                province=province,
                status=Status.PUBLISHED,
                published_at=now
                - datetime.timedelta(minutes=rng.randint(60, 20 * 525600)),
                source_name=f"bulk-{n}.txt",
            )
            article.derive_text_fields()
            articles.append(article)
        Article.objects.bulk_create(articles, batch_size=500)
        links = Article.provinces.through
        links.objects.bulk_create(
            [links(article_id=a.pk, province_id=a.province_id) for a in articles],
            batch_size=1000,
        )
        figures, ceremonies, commendations = [], [], []
        for a in articles:
            year = rng.randint(2005, 2024)
            if rng.random() < 0.25:
                figures.append(
                    YearlyFigure(
                        article=a,
                        province_id=a.province_id,
                        year=year,
                        metric=rng.choice(
                            [
                                Metric.REVENUE,
                                Metric.REVENUE_TARGET,
                                Metric.GROWTH_PERCENT,
                                Metric.BUDGET_CONTRIBUTION,
                            ]
                        ),
                        value=rng.randint(50, 900) * 1_000_000_000,
                        unit="VND",
                        qualifier=rng.choice(["", "hơn", "gần"]),
                        state=ReviewState.ACCEPTED,
                        source_text=a.body[:200],
                    )
                )
            if rng.random() < 0.20:
                ceremonies.append(
                    Ceremony(
                        article=a,
                        province_id=a.province_id,
                        title=f"Hội nghị triển khai kế hoạch năm {year + 1}",
                        kind=rng.choice(CeremonyKind.values),
                        year=year,
                        month=rng.randint(1, 12),
                        day=rng.randint(1, 28),
                        state=ReviewState.ACCEPTED,
                        source_text=a.body[:200],
                    )
                )
            if rng.random() < 0.24:
                commendations.append(
                    Commendation(
                        article=a,
                        province_id=a.province_id,
                        kind=rng.choice(AwardKind.values),
                        award_name=f"Cờ thi đua năm {year}",
                        issuer_id=rng.choice(orgs),
                        year=year,
                        state=ReviewState.ACCEPTED,
                        source_text=a.body[:200],
                    )
                )
        YearlyFigure.objects.bulk_create(figures, batch_size=500)
        Ceremony.objects.bulk_create(ceremonies, batch_size=500)
        Commendation.objects.bulk_create(commendations, batch_size=500)
        attendees = []
        for c in ceremonies:
            for order, person in enumerate(
                rng.sample(people, 2 if rng.random() < 0.6 else 1)
            ):
                attendees.append(
                    CeremonyAttendee(
                        ceremony=c,
                        person_id=person,
                        title="Giám đốc",
                        organization_id=rng.choice(orgs),
                        order=order,
                    )
                )
        CeremonyAttendee.objects.bulk_create(attendees, batch_size=1000)
        CommendationRecipient.objects.bulk_create(
            [
                CommendationRecipient(
                    commendation=c,
                    name="Bưu điện tỉnh",
                    person_id=rng.choice(people) if rng.random() < 0.5 else None,
                )
                for c in commendations
            ],
            batch_size=1000,
        )
    _after_bulk()


def _pool(model, size: int, name, key) -> list[int]:
    """Ids of ``size`` rows of ``model`` (Person, Organization), created once."""
    have = model.objects.count()
    if have < size:
        model.objects.bulk_create(
            [model(name=name(i), key=key(name(i))) for i in range(have, size)],
            batch_size=1000,
            ignore_conflicts=True,
        )
    return list(model.objects.values_list("pk", flat=True))


# Measuring -----------------------------------------------------------------


def endpoints() -> dict[str, str]:
    from articles.models import Article

    article = Article.objects.order_by("-published_at").first()
    return {
        "plain view": "/plain/",
        "home": "/",
        "province (current)": "/tinh/bac-ninh/",
        "province (former)": "/tinh/bac-giang/",
        "province, page 2": "/tinh/bac-ninh/?trang=2",
        "article": article.get_absolute_url(),
        "search, selective": "/tim-kiem/?q=hoa+sen+vang",
        "search, common": "/tim-kiem/?q=b%C6%B0u+%C4%91i%E1%BB%87n",
        "sitemap": "/sitemap.xml",
        "revenue CSV": "/tinh/bac-ninh/doanh-thu.csv",
        "API articles": "/api/v1/articles/",
        "API provinces": "/api/v1/provinces/",
        "API figures": "/api/v1/figures/",
        "API ceremonies": "/api/v1/ceremonies/",
        "API commendations": "/api/v1/commendations/",
        "API people": "/api/v1/people/",
    } | extra_endpoints()


def extra_endpoints() -> dict[str, str]:
    """Pages added since (the sitemap sections, the full lists), if present."""
    from django.urls import NoReverseMatch, reverse

    found = {}
    for name, args, label in [
        ("sitemap-section", ["articles", 1], "sitemap section"),
        ("provinces:ceremonies", ["bac-ninh"], "province events list"),
        ("provinces:commendations", ["bac-ninh"], "province awards list"),
    ]:
        try:
            if name == "sitemap-section":
                found[label] = (
                    reverse("django.contrib.sitemaps.views.sitemap", args=[args[0]])
                    + f"?p={args[1]}"
                )
            else:
                found[label] = reverse(name, args=args)
        except NoReverseMatch:
            pass
    return found


def measure(url: str, repeat: int) -> dict:
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client

    client = Client()
    cache.clear()
    response = client.get(url)
    status = response.status_code
    size = len(response.content)
    cache.clear()
    queries = []

    def count(execute, sql, params, many, context):
        queries.append((sql, params))
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        client.get(url)
    times = []
    for _ in range(repeat):
        cache.clear()
        started = time.perf_counter()
        client.get(url)
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return {
        "median": statistics.median(times),
        "p95": times[min(len(times) - 1, round(0.95 * (len(times) - 1)))],
        "bytes": size,
        "queries": len(queries),
        "status": status,
        "scans": full_scans(queries),
    }


BIG_TABLES = (
    "articles_article",
    "articles_article_provinces",
    "facts_yearlyfigure",
    "facts_ceremony",
    "facts_ceremonyattendee",
    "facts_commendation",
    "facts_commendationrecipient",
    "facts_person",
)


def full_scans(queries) -> list[str]:
    """The plan lines of ``queries`` that read a whole large table (EXPLAIN
    on either database): what grows with the archive."""
    from django.db import connection

    found = []
    with connection.cursor() as cursor:
        for sql, params in queries:
            if not sql.lstrip().upper().startswith("SELECT"):
                continue
            if connection.vendor == "postgresql":
                cursor.execute("EXPLAIN " + sql, params)
                lines = [row[0] for row in cursor.fetchall()]
                lines = [
                    line.strip()
                    for line in lines
                    if "Seq Scan on" in line
                    and any(f" {t} " in line + " " for t in BIG_TABLES)
                ]
            else:
                cursor.execute("EXPLAIN QUERY PLAN " + sql, params)
                lines = [row[-1] for row in cursor.fetchall()]
                lines = [
                    line
                    for line in lines
                    if line.startswith("SCAN ")
                    and "USING" not in line
                    and line.split()[1] in BIG_TABLES
                ]
            found += lines
    return sorted(set(found))


def run(args) -> None:
    from django.core.management import call_command
    from django.db import connection

    from provinces.reference import load_reference

    sizes = sorted(int(s) for s in args.sizes.split(","))
    vendor = connection.vendor
    print(f"# {vendor}: sizes {sizes}, {args.repeat} requests each", flush=True)
    call_command("migrate", verbosity=0)
    load_reference()
    state: dict = {}
    results = {}
    for size in sizes:
        print(f"## {vendor}, {size} articles", flush=True)
        seed(size, args, state)
        urls = endpoints()
        rows = {name: measure(url, args.repeat) for name, url in urls.items()}
        plain = rows["plain view"]["median"]
        print(
            "| endpoint | median ms | p95 ms | × plain | bytes | queries |"
            " full scans (EXPLAIN) |\n"
            "| --- | ---: | ---: | ---: | ---: | ---: | --- |"
        )
        for name, row in rows.items():
            print(
                f"| {name} | {row['median']:.2f} | {row['p95']:.2f} | "
                f"{row['median'] / plain:.0f} | {row['bytes']:,} | {row['queries']} |"
                f" {'; '.join(row['scans']) or '-'} |"
                + ("" if row["status"] == 200 else f" HTTP {row['status']}"),
                flush=True,
            )
        results[size] = rows
    if "import_rate" in state:
        print(f"import with extraction: {state['import_rate']:.0f} articles/s")
    if len(sizes) > 1:
        small, large = sizes[0], sizes[-1]
        print(f"## {vendor}: time at {large:,} as a ratio to {small:,}")
        print("| endpoint | ratio of medians | ratio, each × plain | ≤ 1.5 |")
        print("| --- | ---: | ---: | --- |")
        for name in results[large]:
            if name == "plain view" or name not in results[small]:
                continue
            raw = results[large][name]["median"] / results[small][name]["median"]
            a = results[small][name]["median"] / results[small]["plain view"]["median"]
            b = results[large][name]["median"] / results[large]["plain view"]["median"]
            verdict = "yes" if min(raw, b / a) <= 1.5 else "NO"
            print(f"| {name} | {raw:.2f} | {b / a:.2f} | {verdict} |")
    if args.load:
        load(args, endpoints())


# Load ----------------------------------------------------------------------


LOADED = [
    "plain view",
    "home",
    "province (current)",
    "article",
    "search, selective",
    "API figures",
    "API articles",
]


def load(args, urls: dict[str, str]) -> None:
    import socket

    from django.db import connections

    connections.close_all()
    wrk = shutil.which("wrk")
    if wrk is None:
        print("wrk not found (apt-get install -y wrk): load part skipped")
        return
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "scale_settings"}
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "-w",
            "2",
            "-b",
            f"127.0.0.1:{port}",
            "--pythonpath",
            f"{ROOT},{BENCH}",
            "--log-level",
            "warning",
            "scale_wsgi:application",
        ],  # fmt: skip
        env=env,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        _wait(base + "/plain/")
        print(f"## gunicorn 2 workers, wrk 16 connections, {args.seconds} s each")
        print("| endpoint | uncached req/s | × plain | cached req/s | × plain |")
        print("| --- | ---: | ---: | ---: | ---: |")
        plain = None
        for name in LOADED:
            url = base + urls[name]
            sep = "&" if "?" in url else "?"
            uncached = _wrk(wrk, url + f"{sep}x=1", args.seconds)
            headers = []
            if "/api/" in url:
                etag = _etag(url)
                headers = ["-H", f"If-None-Match: {etag}"]
            else:
                _wrk(wrk, url, 1)  # fill the cache
            cached = _wrk(wrk, url, args.seconds, headers)
            if plain is None:
                plain = cached
            print(
                f"| {name} | {uncached:.0f} | {uncached / plain:.0%} | "
                f"{cached:.0f} | {cached / plain:.0%} |",
                flush=True,
            )
    finally:
        server.terminate()
        server.wait(timeout=30)


def _wait(url: str) -> None:
    import urllib.request

    for _ in range(100):
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("gunicorn did not start")


def _etag(url: str) -> str:
    import urllib.request

    with urllib.request.urlopen(url, timeout=30) as response:
        return response.headers["ETag"]


def _wrk(wrk: str, url: str, seconds: int, headers=()) -> float:
    out = subprocess.run(
        [wrk, "-t2", "-c16", f"-d{seconds}s", "--timeout", "10s", *headers, url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    for line in out.splitlines():
        if line.startswith("Requests/sec:"):
            return float(line.split()[1])
    raise RuntimeError(out)


if __name__ == "__main__":
    main()
