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
from articles.importing.sources import SourceFile, read_paths


class Command(BaseCommand):
    help = "Đọc bài viết từ tệp và in ra các thông tin trích được (không ghi gì)."
    requires_system_checks = []  # reads files only: no database, no models

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH")
        parser.add_argument(
            "--json", action="store_true", help="In một mảng JSON như trong đặc tả."
        )

    def handle(self, *args, paths, **options):
        objects = [obj for path in paths for obj in read(path)]
        if options["json"]:
            self.stdout.write(json.dumps(objects, ensure_ascii=False, indent=1))
        else:
            for obj in objects:
                self.stdout.write(summary(obj))
        failed = sum("error" in obj for obj in objects)
        if failed:
            raise CommandError(f"{failed} tệp không đọc được.", returncode=1)


def read(path: str) -> list[dict]:
    """The objects of one path, refused exactly as the import refuses it.

    The files come from the import's own reader (``read_paths``): the same
    size limits, archives and messages; a plain file keeps its name as given.
    """
    files = list(read_paths([path]))
    if len(files) == 1 and not Path(path).is_dir():
        files = [SourceFile(path, files[0].data, files[0].error)]
    return [_extracted(source) for source in files]


def _extracted(source: SourceFile) -> dict:
    if source.error:
        return {"source": source.name, "error": source.error}
    try:
        text = decode(source.data, name=source.name)
        return to_dict(extract(text, source=source.name))
    except ExtractionError as exc:
        return {"source": source.name, "error": str(exc)}


def summary(obj: dict) -> str:
    if "error" in obj:
        return f"{obj['source']}: lỗi: {obj['error']}"
    return (
        f"{obj['source']}: {obj['title'] or '(không có tiêu đề)'}; "
        f"tỉnh {obj['province'] or 'chưa rõ'}; ngày {obj['event_date'] or 'chưa rõ'}; "
        f"{len(obj['figures'])} số liệu, {len(obj['people'])} người, "
        f"{len(obj['commendations'])} khen thưởng"
    )
