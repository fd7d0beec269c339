"""``manage.py import_articles PATH...``: files, folders and .zip archives."""

import sys

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from articles.importing import Outcome, import_files, read_paths


class Command(BaseCommand):
    help = (
        "Nhập bài viết từ tệp .txt, thư mục hoặc tệp nén .zip: mỗi bài là một bản "
        "nháp với các số liệu chờ duyệt."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Đọc và báo cáo như khi nhập thật, nhưng không ghi gì.",
        )
        parser.add_argument(
            "--user", help="Tên đăng nhập ghi là người nhập (mặc định: không ai)."
        )

    def handle(self, *args, paths, dry_run, user, **options):
        author = self._user(user)
        bar = tqdm(
            unit=" tệp",
            desc="Đang nhập",
            disable=not sys.stderr.isatty() or options["verbosity"] == 0,
        )
        with bar:
            report = import_files(
                read_paths(paths),
                user=author,
                dry_run=dry_run,
                on_result=lambda result: bar.update(),
            )
        self._print(report)
        if report.failed:
            # Scripts and schedulers must see that some files were not imported.
            raise CommandError(
                f"{len(report.failed)} tệp không nhập được (xem các dòng “Lỗi”).",
                returncode=2,
            )

    def _user(self, username):
        if not username:
            return None
        try:
            return get_user_model().objects.get(username=username)
        except get_user_model().DoesNotExist as exc:
            raise CommandError(f"Không có người dùng “{username}”.") from exc

    def _print(self, report):
        for result in report.results:
            if result.outcome == Outcome.FAILED:
                self.stdout.write(self.style.ERROR(f"Lỗi: {result.error}"))
            for note in result.notes:
                self.stdout.write(self.style.WARNING(f"Lưu ý ({result.name}): {note}"))
        prefix = "Chạy thử, không ghi gì: " if report.dry_run else "Đã nhập: "
        style = self.style.ERROR if report.failed else self.style.SUCCESS
        self.stdout.write(style(prefix + report.summary() + "."))
