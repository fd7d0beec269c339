"""The admin's import: upload, preview, confirm; then review and publish."""

import datetime
import io
import zipfile
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from articles.models import Article, ImportUpload, ImportUploadFile, Status
from facts.models import ReviewState, YearlyFigure
from tests.factories import make_user

pytestmark = pytest.mark.django_db
SAMPLES = Path(__file__).parent / "samples_import"
IMPORT_URL = reverse("admin:articles_article_import")


@pytest.fixture
def editor(client, provinces):
    client.force_login(make_user("bientap", group="Biên tập viên"))
    return client


def sample(name: str) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, (SAMPLES / name).read_bytes())


def archive(members: dict[str, bytes], name="bai.zip") -> SimpleUploadedFile:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for member, data in members.items():
            zf.writestr(member, data)
    return SimpleUploadedFile(name, buffer.getvalue())


def upload(client, *files, follow=False):
    return client.post(IMPORT_URL, {"files": list(files)}, follow=follow)


def preview_url(upload_row) -> str:
    return reverse("admin:articles_article_import_preview", args=[upload_row.token])


def messages_of(response) -> list[str]:
    return [str(m) for m in response.context["messages"]]


def test_the_article_list_has_an_import_button(editor):
    html = editor.get(reverse("admin:articles_article_changelist")).content.decode()
    assert f'<a href="{IMPORT_URL}" class="addlink">Nhập bài viết</a>' in html


def test_the_import_form_opens(editor):
    response = editor.get(IMPORT_URL)
    assert response.status_code == 200
    assert "Xem trước" in response.content.decode()


def test_sending_no_file_asks_for_one(editor):
    response = editor.post(IMPORT_URL, {})
    assert response.status_code == 200
    assert response.context["form"].errors == {"files": ["Hãy chọn ít nhất một tệp."]}
    assert ImportUpload.objects.count() == 0


def test_upload_preview_confirm_accept(editor):
    response = upload(editor, sample("bac-giang-2019.txt"), sample("ha-nam-2020.txt"))

    stored = ImportUpload.objects.get()
    assert response.status_code == 302
    assert response["Location"] == preview_url(stored)
    assert sorted(stored.files.values_list("name", flat=True)) == [
        "bac-giang-2019.txt",
        "ha-nam-2020.txt",
    ]
    assert Article.objects.count() == 0

    preview = editor.get(preview_url(stored))
    html = preview.content.decode()
    assert [f.title for f in preview.context["files"]] == [
        "Bưu điện tỉnh Bắc Giang bàn kế hoạch năm 2020",
        "Bưu điện tỉnh Hà Nam tổng kết năm 2020",
    ]
    first = preview.context["files"][0]
    assert (first.outcome, first.province, first.date) == (
        "new",
        "Bắc Giang (trước 2025)",
        "26/12/2019",
    )
    assert [(f.kind, f.summary) for f in first.facts] == [
        ("Số liệu", "Doanh thu năm 2019: hơn 287 tỷ đồng"),
        ("Số liệu", "Tăng trưởng năm 2019: 28,5%"),
        ("Số liệu", "Kế hoạch doanh thu năm 2020: 305 tỷ đồng"),
        (
            "Sự kiện (Hội nghị triển khai kế hoạch)",
            "Hội nghị triển khai kế hoạch năm 2020 của Bưu điện tỉnh Bắc Giang",
        ),
        (
            "Người dự",
            "Nguyễn Minh Đức, Phó Tổng Giám đốc, Tổng công ty Bưu điện Việt Nam",
        ),
        (
            "Khen thưởng (Cờ thi đua)",
            "Cờ thi đua của Bộ Thông tin và Truyền thông cho Bưu điện tỉnh Bắc Giang "
            "thành tích năm 2019",
        ),
    ]
    assert (
        "Năm 2019, <mark>tổng doanh thu của đơn vị đạt hơn 287 tỷ đồng</mark>, tăng "
        "28,5% so với năm trước." in html
    )
    assert "Xác nhận" in html

    confirm = editor.post(preview_url(stored), follow=True)

    assert confirm.redirect_chain[-1][0] == reverse("admin:articles_article_changelist")
    assert messages_of(confirm) == [
        "Đã nhập: 2 bài mới, 0 cập nhật, 0 không đổi, 0 lỗi."
    ]
    assert (ImportUpload.objects.count(), ImportUploadFile.objects.count()) == (0, 0)
    article = Article.objects.get(source_name="bac-giang-2019.txt")
    assert (article.status, article.author.username) == (Status.DRAFT, "bientap")
    assert set(YearlyFigure.objects.values_list("state", flat=True)) == {
        ReviewState.PROPOSED
    }
    assert YearlyFigure.objects.accepted().count() == 0

    # The editor accepts the draft's facts: nothing is public before publishing.
    review = reverse("admin:articles_article_review", args=[article.pk])
    editor.post(review, {"action": "accept_all"})
    assert sorted(YearlyFigure.objects.accepted().values_list("metric", flat=True)) == [
        "growth_percent",
        "revenue",
        "revenue_target",
    ]
    assert YearlyFigure.objects.public().count() == 0

    # Published (a manager's right), its accepted facts are public.
    article.status, article.published_at = Status.PUBLISHED, timezone.now()
    article.save()
    page = editor.get(article.get_absolute_url()).content.decode()
    assert "Số liệu trong bài" in page
    assert "hơn 287 tỷ đồng" in page


def test_the_upload_is_kept_in_the_database_for_any_process(editor, client):
    upload(editor, sample("bac-giang-2019.txt"))
    stored = ImportUpload.objects.get()
    assert (
        bytes(stored.files.get().data) == (SAMPLES / "bac-giang-2019.txt").read_bytes()
    )

    # Another server process: nothing shared but the database and the login.
    from django.test import Client

    other = Client()
    other.force_login(stored.user)
    response = other.post(preview_url(stored))

    assert response.status_code == 302
    assert Article.objects.count() == 1


def test_another_users_upload_cannot_be_seen_or_confirmed(editor, client):
    upload(editor, sample("bac-giang-2019.txt"))
    stored = ImportUpload.objects.get()
    from django.test import Client

    other = Client()
    other.force_login(make_user("nguoikhac", group="Biên tập viên"))
    assert other.get(preview_url(stored)).status_code == 404
    assert other.post(preview_url(stored)).status_code == 404
    assert Article.objects.count() == 0


def test_uploads_older_than_a_day_are_purged(editor):
    upload(editor, sample("bac-giang-2019.txt"))
    ImportUpload.objects.update(created_at=timezone.now() - datetime.timedelta(days=2))

    upload(editor, sample("ha-nam-2020.txt"))

    assert list(ImportUpload.objects.values_list("files__name", flat=True)) == [
        "ha-nam-2020.txt"
    ]


def test_the_preview_makes_the_same_few_queries_for_any_number_of_files(
    editor, django_assert_max_num_queries
):
    upload(editor, sample("bac-giang-2019.txt"))
    one = ImportUpload.objects.get()
    upload(
        editor,
        sample("bac-giang-2019.txt"),
        sample("ha-nam-2020.txt"),
        sample("khong-ro-tinh.txt"),
        sample("co-ma-html.txt"),
    )
    four = ImportUpload.objects.latest("created_at")

    # Session, user, upload, its files, provinces, known texts (3), figures.
    for stored in [one, four]:
        with django_assert_max_num_queries(11):
            assert editor.get(preview_url(stored)).status_code == 200


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("rong.txt", b"", "Tệp “rong.txt” rỗng: không có nội dung để đọc."),
        ("anh.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "“anh.txt”"),
        (
            "utf32.txt",
            "Bưu điện tỉnh".encode("utf-32"),
            "“utf32.txt”",
        ),
    ],
)
def test_an_unreadable_file_is_shown_with_its_reason_and_imports_nothing(
    editor, name, data, message
):
    upload(editor, SimpleUploadedFile(name, data), sample("ha-nam-2020.txt"))
    stored = ImportUpload.objects.get()

    preview = editor.get(preview_url(stored))
    [bad, good] = preview.context["files"]
    assert (bad.outcome, good.outcome) == ("failed", "new")
    assert message in bad.error
    assert message in preview.content.decode()

    confirm = editor.post(preview_url(stored), follow=True)
    assert (
        messages_of(confirm)[0] == "Đã nhập: 1 bài mới, 0 cập nhật, 0 không đổi, 1 lỗi."
    )
    assert message in messages_of(confirm)[1]
    assert list(Article.objects.values_list("source_name", flat=True)) == [
        "ha-nam-2020.txt"
    ]


def test_a_file_over_2_mb_is_refused_before_it_is_stored(editor):
    big = SimpleUploadedFile("lon.txt", b"a" * (2 * 1024 * 1024 + 1))
    response = upload(editor, big, sample("ha-nam-2020.txt"), follow=True)

    assert messages_of(response) == [
        "Tệp “lon.txt” lớn hơn 2 MB: không phải một bài viết, không nhập."
    ]
    assert list(ImportUploadFile.objects.values_list("name", flat=True)) == [
        "ha-nam-2020.txt"
    ]


def test_an_upload_with_nothing_readable_stays_on_the_form(editor):
    response = upload(editor, SimpleUploadedFile("lon.txt", b"a" * (3 * 1024 * 1024)))

    assert response.status_code == 200
    assert "lớn hơn 2 MB" in response.content.decode()
    assert ImportUpload.objects.count() == 0


def test_a_zip_is_unpacked_and_its_unsafe_members_refused(editor):
    zipped = archive(
        {
            "2019/bac-giang.txt": (SAMPLES / "bac-giang-2019.txt").read_bytes(),
            "../../etc/passwd": b"root:x:0:0",
        }
    )
    response = upload(editor, zipped, follow=True)

    assert messages_of(response) == [
        "Tệp “../../etc/passwd” trong tệp nén “bai.zip” có đường dẫn không an toàn "
        "(tuyệt đối hoặc có “..”): bỏ qua, không nhập."
    ]
    assert [f.name for f in response.context["files"]] == ["bai.zip/2019/bac-giang.txt"]
    editor.post(preview_url(ImportUpload.objects.get()))
    assert list(Article.objects.values_list("source_name", flat=True)) == [
        "bac-giang.txt"
    ]


def test_a_zip_with_more_than_500_files_is_refused(editor):
    response = upload(editor, archive({f"{n}.txt": b"x" for n in range(501)}))

    assert "có 501 tệp, quá giới hạn 500 tệp" in response.content.decode()
    assert ImportUpload.objects.count() == 0


def test_a_zip_over_50_mb_unpacked_is_refused(editor):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for n in range(26):
            zf.writestr(f"{n}.txt", b"0" * (2 * 1024 * 1024))
    response = upload(editor, SimpleUploadedFile("bom.zip", buffer.getvalue()))

    assert "Tệp nén “bom.zip” lớn hơn 50 MB khi giải nén" in response.content.decode()
    assert ImportUpload.objects.count() == 0


def test_markup_in_an_article_is_shown_as_text(editor):
    upload(editor, sample("co-ma-html.txt"))
    stored = ImportUpload.objects.get()

    html = editor.get(preview_url(stored)).content.decode()
    assert "&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;" in html
    assert '<script>alert("xss")' not in html
    assert "có thẻ HTML hoặc mã script" in html

    editor.post(preview_url(stored))
    article = Article.objects.get()
    change = editor.get(reverse("admin:articles_article_change", args=[article.pk]))
    assert '<script>alert("xss")' not in change.content.decode()


def test_an_article_without_a_province_is_imported_and_flagged(editor):
    upload(editor, sample("khong-ro-tinh.txt"))
    stored = ImportUpload.objects.get()
    [file] = editor.get(preview_url(stored)).context["files"]
    assert file.province == "Chưa xác định"

    editor.post(preview_url(stored))
    needing = editor.get(
        reverse("admin:articles_article_changelist"), {"province_known": "no"}
    )
    assert [a.source_name for a in needing.context["cl"].result_list] == [
        "khong-ro-tinh.txt"
    ]


def test_importing_the_same_text_again_is_reported_unchanged(editor):
    upload(editor, sample("bac-giang-2019.txt"))
    editor.post(preview_url(ImportUpload.objects.get()))

    upload(editor, sample("bac-giang-2019.txt"))
    stored = ImportUpload.objects.get()
    [file] = editor.get(preview_url(stored)).context["files"]
    assert file.outcome == "unchanged"
    response = editor.post(preview_url(stored), follow=True)

    assert messages_of(response) == [
        "Đã nhập: 0 bài mới, 0 cập nhật, 1 không đổi, 0 lỗi."
    ]
    assert (Article.objects.count(), YearlyFigure.objects.count()) == (1, 3)


def test_a_figure_disagreeing_with_an_accepted_one_is_flagged_in_the_preview(editor):
    upload(editor, sample("bac-giang-2019.txt"))
    editor.post(preview_url(ImportUpload.objects.get()))
    YearlyFigure.objects.update(state=ReviewState.ACCEPTED)
    text = (SAMPLES / "bac-giang-2019.txt").read_text(encoding="utf-8")
    other = text.replace("287 tỷ", "290 tỷ").replace("bàn kế hoạch", "họp bàn")

    upload(editor, SimpleUploadedFile("khac.txt", other.encode()))
    [file] = editor.get(preview_url(ImportUpload.objects.get())).context["files"]

    assert [f.warning for f in file.facts if f.warning] == [
        "Khác với số liệu đã duyệt từ bài khác (287 tỷ đồng): sẽ được đánh dấu."
    ]


def test_a_user_without_the_right_to_add_articles_cannot_import(client, provinces):
    client.force_login(make_user("khach"))
    assert client.get(IMPORT_URL).status_code == 403
    assert upload(client, sample("bac-giang-2019.txt")).status_code == 403


def test_the_preview_has_its_summary_and_confirm_on_top_and_each_file_folded(editor):
    upload(editor, sample("bac-giang-2019.txt"), sample("ha-nam-2020.txt"))
    html = editor.get(preview_url(ImportUpload.objects.get())).content.decode()
    confirm = html.index('<input type="submit" class="default" value="Xác nhận">')
    assert confirm < html.index("<details")
    assert html.index("2 tệp; 2 tệp có thể nhập.") < confirm
    assert html.count('<details class="import-file"') == 2
    assert html.count('type="checkbox" name="include"') == 2


def test_a_file_left_out_on_the_preview_is_not_imported(editor):
    upload(editor, sample("bac-giang-2019.txt"), sample("ha-nam-2020.txt"))
    stored = ImportUpload.objects.get()
    names = list(stored.files.values_list("name", flat=True))
    kept = names.index("ha-nam-2020.txt")
    response = editor.post(
        preview_url(stored), {"choosing": "1", "include": [str(kept)]}, follow=True
    )
    assert messages_of(response) == [
        "Đã nhập: 1 bài mới, 0 cập nhật, 0 không đổi, 0 lỗi."
    ]
    assert list(Article.objects.values_list("source_name", flat=True)) == [
        "ha-nam-2020.txt"
    ]
