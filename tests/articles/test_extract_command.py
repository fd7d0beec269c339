"""``manage.py extract_article --json``: the extraction spec's command."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from articles.importing.sources import MAX_FILE_BYTES, read_paths

SHARED = Path(settings.BASE_DIR).parent / "shared"
SAMPLES = Path(__file__).parent / "samples_import"


@pytest.mark.skipif(
    not (SHARED / "corpus" / "dev").is_dir(),
    reason="../shared/ (the development corpus and its scorer) is not here",
)
def test_the_dev_corpus_scores_1():
    corpus = SHARED / "corpus" / "dev"
    extracted = subprocess.run(
        [
            sys.executable,
            str(Path(settings.BASE_DIR) / "manage.py"),
            "extract_article",
            *sorted(map(str, corpus.glob("*.txt"))),
            "--json",
        ],
        capture_output=True,
        check=True,
    )
    scored = subprocess.run(
        [
            sys.executable,
            str(SHARED / "tools" / "score_extraction.py"),
            "/dev/stdin",
            str(corpus),
        ],
        input=extracted.stdout,
        capture_output=True,
        check=True,
    )
    report = scored.stdout.decode()
    assert report.splitlines()[-1] == "overall 1.000", report


def test_prints_one_json_array_and_exits_1_when_a_file_fails(tmp_path, capsys):
    empty = tmp_path / "rong.txt"
    empty.write_bytes(b"")
    good = str(SAMPLES / "ha-nam-2020.txt")

    with pytest.raises(CommandError) as failure:
        call_command(
            "extract_article",
            good,
            str(empty),
            str(tmp_path / "khong-co.txt"),
            "--json",
        )

    assert failure.value.returncode == 1
    assert str(failure.value) == "2 tệp không đọc được."
    [article, unreadable, missing] = json.loads(capsys.readouterr().out)
    assert list(article) == [
        "source",
        "title",
        "province",
        "unit",
        "event_date",
        "plan_year",
        "figures",
        "people",
        "commendations",
        "captions",
        "body",
    ]
    assert (article["source"], article["title"], article["province"]) == (
        good,
        "Bưu điện tỉnh Hà Nam tổng kết năm 2020",
        "Hà Nam",
    )
    assert unreadable == {
        "source": str(empty),
        "error": f"Tệp “{empty}” rỗng: không có nội dung để đọc.",
    }
    assert missing == {
        "source": str(tmp_path / "khong-co.txt"),
        "error": f"Không tìm thấy tệp “{tmp_path}/khong-co.txt”.",
    }


def test_all_files_read_exits_0_with_only_json_on_stdout(capsys):
    call_command("extract_article", str(SAMPLES / "ha-nam-2020.txt"), "--json")
    [article] = json.loads(capsys.readouterr().out)
    assert article["figures"][0] == {
        "year": 2020,
        "metric": "revenue",
        "value": 150_000_000_000,
        "unit": "VND",
        "qualifier": None,
        "text": "tổng doanh thu của đơn vị đạt 150 tỷ đồng",
        "reason": "số tiền · chủ đề: doanh thu",
        "confidence": 0.9,
    }


def test_without_json_prints_a_line_per_file(capsys):
    call_command("extract_article", str(SAMPLES / "ha-nam-2020.txt"))
    assert capsys.readouterr().out == (
        f"{SAMPLES}/ha-nam-2020.txt: Bưu điện tỉnh Hà Nam tổng kết năm 2020; "
        "tỉnh Hà Nam; ngày 2021-01-12; 2 số liệu, 1 người, 1 khen thưởng\n"
    )


def _import_refusal(path: Path) -> str:
    [source] = read_paths([path])
    return source.error


@pytest.mark.parametrize(
    "name, data",
    [
        ("qua-lon.txt", b"Ng\xc3\xa0y 1/1/2020. " * (MAX_FILE_BYTES // 10)),
        ("hong.zip", b"PK not really an archive"),
    ],
)
def test_a_file_the_import_refuses_is_refused_the_same_way(
    tmp_path, capsys, name, data
):
    path = tmp_path / name
    path.write_bytes(data)
    assert len(data) > MAX_FILE_BYTES or name.endswith(".zip")

    with pytest.raises(CommandError):
        call_command("extract_article", str(path), "--json")

    [refused] = json.loads(capsys.readouterr().out)
    assert refused == {"source": str(path), "error": _import_refusal(path)}


def test_a_3_mb_article_is_not_read(tmp_path, capsys):
    big = tmp_path / "dai.txt"
    article = (SAMPLES / "ha-nam-2020.txt").read_bytes()
    big.write_bytes(article * (3 * 2**20 // len(article) + 1))
    assert big.stat().st_size > 3 * 2**20

    with pytest.raises(CommandError):
        call_command("extract_article", str(big), "--json")

    [refused] = json.loads(capsys.readouterr().out)
    assert "lớn hơn 2 MB" in refused["error"]
