"""Imports of many files run by the task worker, with the job's progress
shown in the admin; a worker killed in the middle leaves whole articles and
a job that can go on."""

import datetime
import io
import zipfile

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from articles.importing import importer, purge_uploads, resume_job, rows, run_job
from articles.models import Article, ImportJob, ImportUpload, JobStatus
from tests.articles.test_import_admin import upload
from tests.factories import make_user

pytestmark = pytest.mark.django_db
FILES = 12  # more than the admin imports within the request


def text(n: int) -> bytes:
    return (
        f"Bưu điện tỉnh Bắc Giang tổng kết số {n}\n\n"
        f"Ngày 26/12/2019, Bưu điện tỉnh Bắc Giang tổ chức hội nghị số {n}.\n"
    ).encode()


def many(count=FILES):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for n in range(count):
            zf.writestr(f"bai-{n:02}.txt", text(n))
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile("nhieu-bai.zip", buffer.getvalue())


@pytest.fixture
def editor(client, provinces):
    client.force_login(make_user("bientap", group="Biên tập viên"))
    return client


def confirm(client, django_capture_on_commit_callbacks):
    upload(client, many())
    stored = ImportUpload.objects.get()
    url = reverse("admin:articles_article_import_preview", args=[stored.token])
    with django_capture_on_commit_callbacks(execute=True):
        return client.post(url)


def test_confirming_many_files_queues_a_job_and_returns_at_once(
    editor, django_capture_on_commit_callbacks
):
    response = confirm(editor, django_capture_on_commit_callbacks)
    job = ImportJob.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse(
        "admin:articles_importjob_change", args=[job.pk]
    )
    assert (job.status, job.total, job.processed) == (JobStatus.QUEUED, FILES, 0)
    assert Article.objects.count() == 0
    assert DBTaskResult.objects.filter(status="READY").count() == 1
    page = editor.get(response["Location"]).content.decode()
    assert '<meta http-equiv="refresh" content="2">' in page
    assert "đã xử lý 0/12 tệp" in page


# The worker closes its database connection after a task: these tests commit.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_worker_imports_the_job_and_the_page_shows_each_file(
    editor, django_capture_on_commit_callbacks
):
    confirm(editor, django_capture_on_commit_callbacks)
    call_command("db_worker", batch=True, no_startup_delay=True, verbosity=0)
    job = ImportJob.objects.get()
    assert (job.status, job.processed, job.upload) == (JobStatus.DONE, FILES, None)
    assert Article.objects.count() == FILES
    assert [r["outcome"] for r in job.results] == ["new"] * FILES
    assert ImportUpload.objects.count() == 0
    page = editor.get(reverse("admin:articles_importjob_change", args=[job.pk]))
    html = page.content.decode()
    assert 'http-equiv="refresh"' not in html
    assert "12 bài mới" in html and "bai-11.txt" in html


def test_sending_the_confirm_twice_queues_one_job(
    editor, django_capture_on_commit_callbacks
):
    first = confirm(editor, django_capture_on_commit_callbacks)
    stored = ImportUpload.objects.get()
    url = reverse("admin:articles_article_import_preview", args=[stored.token])
    assert editor.post(url)["Location"] == first["Location"]
    assert ImportJob.objects.count() == 1


class Killed(BaseException):
    """The worker's process dies: nothing of Python's runs after it."""


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_worker_killed_mid_way_leaves_whole_articles_and_a_resumable_job(
    editor, django_capture_on_commit_callbacks, monkeypatch
):
    confirm(editor, django_capture_on_commit_callbacks)
    job = ImportJob.objects.get()
    monkeypatch.setattr(importer, "CHUNK", 5)
    monkeypatch.setattr("articles.importing.jobs.SAVE_EVERY", 0)
    real_copy, calls = rows.copy_history, []

    def dies_in_the_second_chunk(model, objs, **kwargs):
        calls.append(model)
        if model is Article and calls.count(Article) == 3:  # 2nd chunk: new, changed
            raise Killed
        return real_copy(model, objs, **kwargs)

    monkeypatch.setattr(rows, "copy_history", dies_in_the_second_chunk)
    with pytest.raises(Killed):
        run_job(job.pk)
    job.refresh_from_db()
    # The first chunk committed whole; nothing of the second chunk is left.
    assert (job.status, job.processed) == (JobStatus.RUNNING, 5)
    assert Article.objects.count() == 5
    assert all(a.history.count() == 1 for a in Article.objects.all())
    assert not resume_job(job)  # not stalled yet: maybe still running
    ImportJob.objects.filter(pk=job.pk).update(
        updated_at=timezone.now() - datetime.timedelta(minutes=3)
    )
    job.refresh_from_db()
    monkeypatch.setattr(rows, "copy_history", real_copy)
    with django_capture_on_commit_callbacks(execute=True):
        assert resume_job(job)
    call_command("db_worker", batch=True, no_startup_delay=True, verbosity=0)
    job.refresh_from_db()
    assert (job.status, job.processed) == (JobStatus.DONE, FILES)
    assert [r["outcome"] for r in job.results] == ["new"] * FILES
    assert Article.objects.count() == FILES


def test_a_stalled_job_says_so_in_the_list(editor, django_capture_on_commit_callbacks):
    confirm(editor, django_capture_on_commit_callbacks)
    ImportJob.objects.update(
        status=JobStatus.RUNNING,
        updated_at=timezone.now() - datetime.timedelta(hours=1),
    )
    html = editor.get(reverse("admin:articles_importjob_changelist")).content.decode()
    assert "Bị gián đoạn (có thể cho nhập tiếp)" in html


def test_the_files_of_a_queued_job_are_not_purged(
    editor, django_capture_on_commit_callbacks
):
    confirm(editor, django_capture_on_commit_callbacks)
    assert purge_uploads(timezone.now() + datetime.timedelta(days=2)) == 0
    assert ImportUpload.objects.count() == 1


def test_a_jobs_pages_open_for_an_admin(client, provinces):
    client.force_login(make_user("quantri", superuser=True))
    job = ImportJob.objects.create(total=3, status=JobStatus.DONE)
    for name, args in [("changelist", []), ("change", [job.pk]), ("history", [job.pk])]:
        url = reverse(f"admin:articles_importjob_{name}", args=args)
        assert client.get(url).status_code == 200, name
    assert client.get(reverse("admin:articles_importjob_add")).status_code == 403
