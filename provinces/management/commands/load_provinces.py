from django.core.management.base import BaseCommand

from common.cache import invalidate_public_pages
from provinces.reference import load_reference


class Command(BaseCommand):
    help = "Nạp (hoặc cập nhật) các tỉnh, thành phố trước và sau 01/07/2025."

    def handle(self, *args, **options):
        report = load_reference()
        created, updated = len(report.created), len(report.updated)
        if created or updated:
            invalidate_public_pages()
        self.stdout.write(
            f"Tỉnh, thành phố: {created} mới, {updated} cập nhật, "
            f"{report.unchanged} không đổi."
        )
