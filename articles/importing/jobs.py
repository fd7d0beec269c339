"""Imports of many files, run by the task worker rather than the request.

``start_job`` records an ``ImportJob`` for an upload and puts it on the queue
(django-tasks, database backend: ``manage.py db_worker`` runs it), so that
the confirm request returns at once; ``run_job`` imports the files with
``import_files`` (each chunk of files commits on its own: a worker killed in
the middle leaves whole articles or none of an article) and records each
file's result on the job as it goes. A job whose worker died stays "running"
with no progress: ``stalled`` says so after ``STALLED_AFTER``, and
``resume_job`` queues it again; it goes on from the first file with no
result (files imported but not yet recorded come out "unchanged").
"""

import datetime
import logging
import time

from django.db import transaction
from django.utils import timezone
from django_tasks import task

from articles.models import ImportJob, ImportUpload, JobStatus

from .importer import FileResult, import_files
from .uploads import upload_sources

logger = logging.getLogger(__name__)
BACKGROUND_FROM = 10  # files; fewer are imported within the request
STALLED_AFTER = datetime.timedelta(minutes=2)
SAVE_EVERY = 1.0  # seconds between two saves of a job's progress


def start_job(upload: ImportUpload, *, user) -> ImportJob:
    job = ImportJob.objects.create(upload=upload, user=user, total=upload.files.count())
    transaction.on_commit(lambda: import_job.enqueue(job.pk))
    return job


def resume_job(job: ImportJob) -> bool:
    """Queue a stalled or failed job again; False if it cannot go on."""
    if job.status == JobStatus.DONE or job.upload_id is None:
        return False
    if job.status in (JobStatus.QUEUED, JobStatus.RUNNING) and not stalled(job):
        return False
    ImportJob.objects.filter(pk=job.pk).update(
        status=JobStatus.QUEUED, error="", updated_at=timezone.now()
    )
    transaction.on_commit(lambda: import_job.enqueue(job.pk))
    return True


def stalled(job: ImportJob, now: datetime.datetime | None = None) -> bool:
    """Running or queued, and no progress for ``STALLED_AFTER``."""
    waiting = job.status in (JobStatus.QUEUED, JobStatus.RUNNING)
    return waiting and (now or timezone.now()) - job.updated_at > STALLED_AFTER


@task()
def import_job(job_id: int) -> None:
    run_job(job_id)


def run_job(job_id: int) -> ImportJob:
    job = ImportJob.objects.select_related("upload", "user").get(pk=job_id)
    if job.finished:
        return job
    if job.upload is None:
        return _finish(job, JobStatus.FAILED, "Các tệp của lượt nhập này không còn.")
    sources = upload_sources(job.upload)[job.processed :]
    job.status = JobStatus.RUNNING
    job.save(update_fields=["status", "updated_at"])
    progress = _Progress(job)
    try:
        import_files(sources, user=job.user, on_result=progress.add)
    except Exception:
        logger.exception("import job %s stopped", job.pk)
        progress.save()
        return _finish(
            job,
            JobStatus.FAILED,
            "Lượt nhập dừng giữa chừng do một lỗi của chương trình (đã ghi vào nhật "
            "ký). Các bài đã nhập được giữ nguyên; có thể cho nhập tiếp.",
        )
    progress.save()
    upload = job.upload
    _finish(job, JobStatus.DONE)
    upload.delete()
    return job


def _finish(job: ImportJob, status: str, error: str = "") -> ImportJob:
    job.status, job.error, job.finished_at = status, error, timezone.now()
    job.save(update_fields=["status", "error", "finished_at", "updated_at"])
    return job


class _Progress:
    """Each file's result appended to the job, saved at most once a second."""

    def __init__(self, job: ImportJob):
        self.job, self.saved_at = job, time.monotonic()

    def add(self, result: FileResult) -> None:
        self.job.results.append(
            {
                "name": result.name,
                "outcome": str(result.outcome),
                "title": result.title,
                "article_id": result.article_id,
                "error": result.error,
                "notes": result.notes,
                "facts": result.facts,
            }
        )
        if time.monotonic() - self.saved_at >= SAVE_EVERY:
            self.save()

    def save(self) -> None:
        self.job.save(update_fields=["results", "updated_at"])
        self.saved_at = time.monotonic()
