#!/usr/bin/env python
"""Import N generated articles through the importer; print articles per second.

    .venv/bin/python bench/import_articles.py [N]          # SQLite (default 1000)
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/vnpost_bench \\
        .venv/bin/python bench/import_articles.py [N]      # PostgreSQL

Runs in a throwaway database (Django's test database: a temporary SQLite file,
or ``test_<name>`` on PostgreSQL), so it never touches real data. The articles
are written from templates with varied provinces, years, people, awards and
numbers, in the shape of the vnpost.vn pages. Prints the rate of a first
import (everything new), of the extraction alone (no database), and of a
second import of the same files (everything unchanged), and whether the first
import reaches the target of 200 articles a second. Runs with ``DEBUG`` off,
as in production and under Django's test runner: with it on, Django keeps
the SQL of every query, which costs a tenth of an import's time.
"""

import json
import os
import random
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "vnpost_cms.settings")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.test.utils import setup_databases, teardown_databases  # noqa: E402

from articles.extraction import decode, extract  # noqa: E402
from articles.importing import Outcome, SourceFile, import_files  # noqa: E402
from provinces.reference import load_reference  # noqa: E402

PEOPLE = [
    ("Nguyễn Minh Đức", "Phó Tổng Giám đốc", "Tổng công ty Bưu điện Việt Nam"),
    ("Đinh Như Hạnh", "Phó Tổng Giám đốc", "Tổng Công ty Bưu điện Việt Nam"),
    ("Phạm Anh Tuấn", "Phó Tổng Giám đốc", "Tổng công ty Bưu điện Việt Nam"),
    (
        "Nguyễn Quốc Vinh",
        "Thành viên Hội đồng Thành viên",
        "Tổng công ty Bưu điện Việt Nam",
    ),
    ("Trần Văn Bình", "Phó Chủ tịch", "UBND tỉnh {p}"),
    ("Lê Thị Hoa", "Giám đốc", "Sở Thông tin và Truyền thông {p}"),
    ("Hoàng Văn Nam", "Giám đốc", "Bưu điện tỉnh {p}"),
]
TITLES = [
    "Bưu điện {kind} {p} triển khai kế hoạch năm {next}",
    "Bưu điện {kind} {p} đạt doanh thu {rev} tỷ đồng trong năm {year}",
    "Bưu điện {kind} {p}: nhìn lại năm {year}, hướng tới năm {next}",
]
OPENINGS = [
    "Ngày {day}/12, Bưu điện {kind} {p} tổ chức hội nghị triển khai kế hoạch năm "
    "{next}. Dự hội nghị có đồng chí {name}, {title} {org}.",
    "Sáng {day}/1/{next}, Bưu điện {kind} {p} tổng kết năm {year} và bàn nhiệm vụ "
    "năm {next}, với sự tham dự của đồng chí {name}, {title} {org}.",
]
RESULTS = [
    "Năm {year}, tổng doanh thu của đơn vị đạt {q} {rev} tỷ đồng, tăng {growth}% so "
    "với năm trước; nộp ngân sách {budget} tỷ đồng; thu nhập bình quân của người "
    "lao động đạt {income} triệu đồng/người/tháng.",
    "Trong năm {year}, Bưu điện {kind} {p} có tổng doanh thu đạt {q} {rev} tỷ đồng, "
    "tăng {growth}% so với năm trước, và nộp ngân sách {budget} tỷ đồng.",
]
FILLERS = [
    "Đơn vị tiếp tục mở rộng các dịch vụ hành chính công, chi trả an sinh xã hội "
    "và bán hàng trực tuyến cho nông sản địa phương.",
    "Mạng lưới điểm bưu điện văn hóa xã được duy trì ổn định, bảo đảm đưa báo chí "
    "và thư từ tới người dân vùng sâu, vùng xa.",
    "Hội nghị đã thảo luận những giải pháp để nâng chất lượng phục vụ và giữ vững "
    "thị phần các dịch vụ cốt lõi.",
]
TARGET = "Năm {next}, Bưu điện {kind} phấn đấu tổng doanh thu đạt {target} tỷ đồng."
AWARDS = [
    "Dịp này, Bưu điện {kind} {p} được Bộ Thông tin và Truyền thông tặng Cờ thi đua "
    "năm {year}.",
    "Nhân dịp này, Tổng công ty Bưu điện Việt Nam tặng Giấy khen cho {n} tập thể và "
    "{m} cá nhân có thành tích xuất sắc năm {year}.",
    "Dịp này, UBND tỉnh {p} tặng Bằng khen cho Bưu điện {kind} {p}.",
]
CAPTIONS = [
    "Lãnh đạo Tổng công ty trao Cờ thi đua cho Bưu điện {kind} {p}",
    "Các tập thể xuất sắc nhận Giấy khen tại hội nghị",
]


def comma(value: float) -> str:
    """Vietnamese decimal comma: 287.5 -> 287,5."""
    return f"{value:g}".replace(".", ",")


def article(rng: random.Random, provinces: list[dict], n: int) -> str:
    province = rng.choice(provinces)
    kind = "thành phố" if province["type"].startswith("thành phố") else "tỉnh"
    name, title, org = rng.choice(PEOPLE)
    year = rng.randint(2010, 2023)
    revenue = rng.randint(80, 900) + rng.choice([0, 0.5, 0.25])
    values = {
        "p": province["name"],
        "kind": kind,
        "year": year,
        "next": year + 1,
        "day": rng.randint(10, 28),
        "name": name,
        "title": title,
        "org": org.format(p=province["name"]),
        "q": rng.choice(["hơn", "gần", "trên", "khoảng"]),
        "rev": comma(revenue),
        "growth": comma(rng.randint(1, 40) + rng.choice([0, 0.5])),
        "budget": comma(rng.randint(2, 30) + rng.choice([0, 0.2, 0.5])),
        "income": comma(rng.randint(6, 15) + rng.choice([0, 0.5, 0.18])),
        "target": comma(round(revenue * 1.08) + n % 7),
        "n": rng.randint(2, 9),
        "m": rng.randint(5, 30),
    }
    body = [
        rng.choice(OPENINGS),
        rng.choice(RESULTS) + " " + rng.choice(FILLERS),
        TARGET,
        rng.choice(AWARDS),
    ]
    caption = rng.choice(CAPTIONS)
    lines = [
        "Đường dây nóng hỗ trợ   1900 54 54 81",
        "",
        rng.choice(TITLES),
        "",
        body[0],
        "",
        body[1],
        "",
        "",
        caption,
        "",
        *"\n\n".join(body[2:]).split("\n"),
    ]
    return "\n".join(lines).format(**values) + "\n"


def generate(count: int) -> list[SourceFile]:
    data = json.loads((ROOT / "provinces/data/provinces.json").read_text("utf-8"))
    rng = random.Random(20250701)
    return [
        SourceFile(f"bench-{n:05d}.txt", article(rng, data["before"], n).encode())
        for n in range(count)
    ]


TARGET_RATE = 200  # articles a second, first import


def main(count: int) -> None:
    settings.DEBUG = False
    backend = connection.vendor
    if backend == "sqlite":
        folder = tempfile.mkdtemp(prefix="vnpost-bench-")
        settings.DATABASES["default"]["TEST"]["NAME"] = f"{folder}/bench.sqlite3"
    old = setup_databases(verbosity=0, interactive=False)
    try:
        load_reference()
        sources = generate(count)
        extraction = timed(
            lambda: [
                extract(decode(s.data, name=s.name), source=s.name) for s in sources
            ]
        )
        first = timed(lambda: import_files(sources))
        again = timed(lambda: import_files(sources))
    finally:
        teardown_databases(old, verbosity=0)
    report = first.value
    facts = sum(r.facts for r in report.results)
    print(f"Cơ sở dữ liệu: {backend}; {count} bài sinh từ mẫu")
    print(f"  nhập lần đầu: {report.summary()}; {facts} mục chờ duyệt")
    for failed in report.failed[:5]:
        print(f"  lỗi: {failed.error}")
    print(
        "  (bài/giây theo đồng hồ; theo thời gian CPU của tiến trình này, không kể"
        " tiến trình con đọc trước các tệp)"
    )
    print(f"  chỉ trích xuất, không ghi: {extraction.rates(count)}")
    print(f"  nhập lần đầu (bài mới):    {first.rates(count)}")
    print(f"  nhập lại (không đổi):      {again.rates(count)}")
    verdict = "đạt" if count / first.wall >= TARGET_RATE else "CHƯA ĐẠT"
    print(f"  mục tiêu {TARGET_RATE} bài/giây khi nhập lần đầu: {verdict}")
    unchanged = again.value.count(Outcome.UNCHANGED)
    if unchanged != report.count(Outcome.NEW):
        print(f"  LỖI: lần nhập lại có {unchanged} bài không đổi")


@dataclass
class Timed:
    value: object
    wall: float
    cpu: float

    def rates(self, count: int) -> str:
        return (
            f"{count / self.wall:7.1f} bài/giây ({self.wall:6.2f} s); "
            f"{count / self.cpu:7.1f} bài/giây CPU ({self.cpu:6.2f} s)"
        )


def timed(function) -> Timed:
    wall, cpu = time.perf_counter(), time.process_time()
    value = function()
    return Timed(value, time.perf_counter() - wall, time.process_time() - cpu)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
