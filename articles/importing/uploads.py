"""Uploaded files kept in the database between the preview and the confirm.

The confirm request may reach any server process, so nothing is kept in a
process's memory or temporary folder: the files are rows of ``ImportUpload``
and ``ImportUploadFile``, deleted once imported; uploads left unconfirmed are
purged after a day.
"""

import datetime
import uuid

from django.utils import timezone

from articles.models import ImportUpload, ImportUploadFile, JobStatus

from .sources import SourceFile

KEEP_UPLOADS = datetime.timedelta(days=1)


def store_upload(files: list[SourceFile], *, user) -> ImportUpload | None:
    """Keep the readable ``files``; None when there is none to keep."""
    readable = [f for f in files if not f.error]
    if not readable:
        return None
    upload = ImportUpload.objects.create(token=uuid.uuid4(), user=user)
    ImportUploadFile.objects.bulk_create(
        ImportUploadFile(upload=upload, name=f.name[:255], data=f.data)
        for f in readable
    )
    return upload


def upload_sources(upload: ImportUpload) -> list[SourceFile]:
    return [SourceFile(f.name, bytes(f.data)) for f in upload.files.all()]


def purge_uploads(now: datetime.datetime | None = None) -> int:
    """Delete uploads older than a day; returns how many."""
    cutoff = (now or timezone.now()) - KEEP_UPLOADS
    old = ImportUpload.objects.filter(created_at__lt=cutoff)
    # The files of a job not yet done are the job's to delete.
    old = old.exclude(jobs__status__in=[JobStatus.QUEUED, JobStatus.RUNNING])
    deleted, per_model = old.delete()
    return per_model.get(ImportUpload._meta.label, 0)
