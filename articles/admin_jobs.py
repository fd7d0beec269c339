"""The admin of background imports: each job's progress and file results.

Read-only: a job is made by the import's confirm step (``articles.admin``)
and written by the task worker. Its page refreshes itself every two seconds
while the job runs (a meta refresh: no script). A stalled or failed job can
be queued again (``resume_job``).
"""

from django.contrib import admin, messages
from django.db.models import Q
from django.utils import timezone

from .importing import Outcome, resume_job, stalled
from .models import ImportJob, JobStatus

REFRESH_SECONDS = 2


@admin.register(ImportJob)
class ImportJobAdmin(admin.ModelAdmin):
    list_display = ["__str__", "user", "status_shown", "progress", "created_at"]
    list_filter = ["status"]
    list_select_related = ["user"]
    actions = ["resume_selected"]
    change_form_template = "admin/articles/importjob/change_form.html"

    def get_queryset(self, request):
        jobs = super().get_queryset(request)
        if request.user.is_superuser:
            return jobs
        return jobs.filter(Q(user=request.user))

    def has_module_permission(self, request):
        return request.user.has_perm("articles.add_article")

    def has_view_permission(self, request, obj=None):
        return request.user.has_perm("articles.add_article")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return request.user.is_superuser and (obj is None or obj.finished)

    def has_resume_permission(self, request):
        return request.user.has_perm("articles.add_article")

    @admin.display(description="trạng thái")
    def status_shown(self, job):
        if stalled(job):
            return "Bị gián đoạn (có thể cho nhập tiếp)"
        return job.get_status_display()

    @admin.display(description="tiến độ")
    def progress(self, job):
        return f"{job.processed}/{job.total} tệp"

    @admin.action(
        description="Cho nhập tiếp các lượt bị gián đoạn", permissions=["resume"]
    )
    def resume_selected(self, request, queryset):
        resumed = sum(resume_job(job) for job in queryset)
        level = messages.SUCCESS if resumed else messages.WARNING
        self.message_user(request, f"Đã cho nhập tiếp {resumed} lượt nhập.", level)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        job = self.get_object(request, object_id)
        extra = {}
        if job is not None:
            counts = {o: 0 for o in Outcome}
            for result in job.results:
                counts[Outcome(result["outcome"])] += 1
            extra = {
                "job": job,
                "counts": [(o.label, n) for o, n in counts.items()],
                "rows": [
                    {**r, "label": Outcome(r["outcome"]).label} for r in job.results
                ],
                "failed": [r for r in job.results if r["outcome"] == Outcome.FAILED],
                "stalled": stalled(job, timezone.now()),
                "refresh": None if job.finished or stalled(job) else REFRESH_SECONDS,
                "running": job.status == JobStatus.RUNNING,
            }
        return super().change_view(
            request, object_id, form_url, {**extra, **(extra_context or {})}
        )
