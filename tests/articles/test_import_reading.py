"""Files read one chunk ahead in a forked child process, or here."""

import os
import threading
from pathlib import Path

import pytest

from articles.importing import Outcome, SourceFile, import_files, importer, reading
from articles.importing.drafts import read
from articles.models import Article
from facts.models import Ceremony, Commendation, YearlyFigure

SAMPLES = Path(__file__).parent / "samples_import"
NAMES = ["bac-giang-2019.txt", "co-ma-html.txt", "ha-nam-2020.txt", "khong-ro-tinh.txt"]


def chunks_of(names: list[str], size: int) -> list[list[SourceFile]]:
    files = [SourceFile(n, (SAMPLES / n).read_bytes()) for n in names]
    files.append(SourceFile("rong.txt", b""))
    return [files[i : i + size] for i in range(0, len(files), size)]


def essence(draft) -> tuple:
    """What reading a file gives, but the unsaved article (compared by identity)."""
    article = draft.article and (draft.article.slug_base(), draft.article.search_text)
    return (draft.error, draft.extracted, draft.values, draft.content_hash, article)


def where_read(monkeypatch) -> None:
    """Make ``read`` answer with the process that ran it."""
    monkeypatch.setattr(reading, "read", lambda source: (os.getpid(), source.name))


@pytest.fixture
def forking(monkeypatch):
    # Other tests may leave a thread behind (tqdm's monitor): fork anyway.
    monkeypatch.setattr(reading, "can_fork", lambda: True)


def test_each_chunk_after_the_first_is_read_in_a_child_process(monkeypatch, forking):
    where_read(monkeypatch)
    chunks = chunks_of(NAMES, 2)

    read_chunks = list(reading.read_ahead(chunks))

    pids = [{pid for pid, _ in results} for results in read_chunks]
    assert pids[0] == {os.getpid()}
    assert len(pids[1] | pids[2]) == 1 and os.getpid() not in pids[1]
    names = [[name for _, name in results] for results in read_chunks]
    assert names == [[f.name for f in chunk] for chunk in chunks]


def test_the_child_reads_what_this_process_would(forking):
    chunks = chunks_of(NAMES, 2)

    read_chunks = list(reading.read_ahead(chunks))

    assert [list(map(essence, results)) for results in read_chunks] == [
        [essence(read(f)) for f in chunk] for chunk in chunks
    ]
    [empty] = read_chunks[2]
    assert empty.error.startswith("Tệp “rong.txt” rỗng")


def test_the_files_are_read_here_when_the_child_dies(monkeypatch, forking):
    parent = os.getpid()

    def die_in_the_child(source):
        if os.getpid() != parent:
            os._exit(1)
        return source.name

    monkeypatch.setattr(reading, "read", die_in_the_child)
    chunks = chunks_of(NAMES, 2)

    read_chunks = list(reading.read_ahead(chunks))

    assert read_chunks == [[f.name for f in chunk] for chunk in chunks]


def test_a_single_chunk_is_read_here(monkeypatch):
    where_read(monkeypatch)
    [results] = reading.read_ahead(chunks_of(NAMES, 10))
    assert {pid for pid, _ in results} == {os.getpid()}


def test_a_process_running_threads_reads_here(monkeypatch):
    where_read(monkeypatch)
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        read_chunks = list(reading.read_ahead(chunks_of(NAMES, 2)))
    finally:
        stop.set()
        thread.join()
    assert {pid for results in read_chunks for pid, _ in results} == {os.getpid()}


def test_an_import_of_several_chunks_writes_every_file(provinces, monkeypatch, forking):
    monkeypatch.setattr(importer, "CHUNK", 2)
    [files] = chunks_of(NAMES, 10)

    report = import_files(files)

    assert [r.outcome for r in report.results] == [Outcome.NEW] * 4 + [Outcome.FAILED]
    assert sorted(Article.objects.values_list("source_name", flat=True)) == sorted(
        NAMES
    )
    assert [r.article_id for r in report.results[:4]] == [
        Article.objects.get(source_name=n).pk for n in NAMES
    ]
    facts = [YearlyFigure, Ceremony, Commendation]
    assert sum(r.facts for r in report.results) == sum(m.objects.count() for m in facts)
    assert sum(r.facts for r in report.results) > 0
