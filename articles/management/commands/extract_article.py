"""``manage.py extract_article PATH... --json``: what the importer reads.

Writes nothing to the database. Prints one JSON array, one object per file in
the order given (see ../shared/spec/extraction.md); a file that cannot be read
gets ``{"source", "error"}``, and the command exits 1 after printing (the
count of such files goes to standard error).
"""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from articles.extraction import ExtractionError, decode, extract, to_dict


class Command(BaseCommand):
    help = "Đọc bài viết từ tệp và in ra các thông tin trích được (không ghi gì)."
    requires_system_checks = []  # reads files only: no database, no models

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH")
        parser.add_argument(
            "--json", action="store_true", help="In một mảng JSON như trong đặc tả."
        )

    def handle(self, *args, paths, **options):
        objects = [read(path) for path in paths]
        if options["json"]:
            self.stdout.write(json.dumps(objects, ensure_ascii=False, indent=1))
        else:
            for obj in objects:
                self.stdout.write(summary(obj))
        failed = sum("error" in obj for obj in objects)
        if failed:
            raise CommandError(f"{failed} tệp không đọc được.", returncode=1)


def read(path: str) -> dict:
    try:
        text = decode(Path(path).read_bytes(), name=path)
        return to_dict(extract(text, source=path))
    except ExtractionError as exc:
        return {"source": path, "error": str(exc)}
    except OSError as exc:
        return {
            "source": path,
            "error": f"Không đọc được tệp “{path}”: {exc.strerror}.",
        }


def summary(obj: dict) -> str:
    if "error" in obj:
        return f"{obj['source']}: lỗi: {obj['error']}"
    return (
        f"{obj['source']}: {obj['title'] or '(không có tiêu đề)'}; "
        f"tỉnh {obj['province'] or 'chưa rõ'}; ngày {obj['event_date'] or 'chưa rõ'}; "
        f"{len(obj['figures'])} số liệu, {len(obj['people'])} người, "
        f"{len(obj['commendations'])} khen thưởng"
    )
