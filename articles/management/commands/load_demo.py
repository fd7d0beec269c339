"""``manage.py load_demo``: the demo articles, imported, mostly published.

Imports ``articles/demo/*.txt`` through the importer, then publishes the
articles this run created or updated, all but one, and accepts their proposed
facts, so that the public site has something to show; the one left a draft
keeps its proposed facts for trying the review. A second run finds every text
unchanged and changes nothing, so editors' later choices stand.
"""

import datetime
from pathlib import Path

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from articles.importing import Outcome, import_files, read_paths
from articles.models import Article, Status
from common.cache import invalidate_public_pages
from facts import summary
from facts.models import ReviewState
from facts.review import review_article

DEMO_DIR = Path(__file__).resolve().parents[2] / "demo"
KEEP_DRAFT = "quang-ngai-2020-tong-ket.txt"


class Command(BaseCommand):
    help = "Nhập các bài viết mẫu, xuất bản và duyệt số liệu của chúng (trừ một bài)."

    def handle(self, *args, **options):
        report = import_files(read_paths(sorted(DEMO_DIR.glob("*.txt"))))
        self.stdout.write(f"Bài viết mẫu: {report.summary()}.")
        for result in report.failed:
            self.stdout.write(self.style.ERROR(result.error))
        changed = [
            r.article_id
            for r in report.results
            if r.outcome in {Outcome.NEW, Outcome.UPDATED}
        ]
        if not changed:
            self.stdout.write("Không có bài mới hay bài sửa: không xuất bản gì thêm.")
            return
        articles = Article.objects.filter(pk__in=changed).exclude(
            source_name=KEEP_DRAFT
        )
        published, accepted = publish(articles)
        self.stdout.write(
            f"Đã xuất bản {published} bài và duyệt {accepted} số liệu, sự kiện, "
            f"khen thưởng; bài “{KEEP_DRAFT}” để ở dạng nháp, chờ duyệt."
        )


@transaction.atomic
def publish(articles) -> tuple[int, int]:
    """Publish ``articles`` (dated at their event) and accept their facts."""
    published = accepted = 0
    for article in articles:
        accepted += review_article(article, state=ReviewState.ACCEPTED)
        if article.status != Status.PUBLISHED:
            article.status = Status.PUBLISHED
            article.published_at = publication_time(article)
            article.save()
            published += 1
    summary.refresh_articles([a.pk for a in articles])
    invalidate_public_pages()
    return published, accepted


def publication_time(article: Article) -> datetime.datetime:
    """The event's day at 8 a.m. where known (never in the future), else now."""
    now = timezone.now()
    if not (article.event_year and article.event_month and article.event_day):
        return now
    day = datetime.datetime(
        article.event_year, article.event_month, article.event_day, 8
    )
    return min(timezone.make_aware(day), now)
