"""Two imports of the same files at once: the loser is told, in Vietnamese,
that another import wrote the files; nothing is written twice.

The race is played in one process: the winner runs, whole, between the
moment the loser reads what the database holds and the moment it writes."""

from pathlib import Path

import pytest

from articles.importing import Outcome, SourceFile, import_files
from articles.importing.drafts import Known
from articles.models import Article
from facts.models import YearlyFigure

pytestmark = pytest.mark.django_db
SAMPLES = Path(__file__).parent / "samples_import"
NAMES = ["bac-giang-2019.txt", "ha-nam-2020.txt", "khong-ro-tinh.txt"]


def files(edit: bool = False) -> list[SourceFile]:
    out = []
    for name in NAMES:
        text = (SAMPLES / name).read_text(encoding="utf-8")
        if edit:
            text += "\n\nBài được biên tập lại.\n"
        out.append(SourceFile(name, text.encode()))
    return out


@pytest.fixture
def race(monkeypatch):
    """``import_files`` whose first look at the database is followed by a
    whole other import of the same files."""
    real_load = Known.load
    state = {"raced": False}

    def load_then_lose(self, drafts):
        real_load(self, drafts)
        if not state["raced"]:
            state["raced"] = True
            winner = import_files([d.source for d in drafts])
            assert winner.count(Outcome.NEW) == 3

    monkeypatch.setattr(Known, "load", load_then_lose)
    return state


def raced_note(name: str) -> str:
    return (
        f"Tệp “{name}” vừa được một lượt nhập khác (chạy cùng lúc) nhập vào: "
        "không nhập lại lần nữa."
    )


def test_the_loser_of_a_race_on_new_files_is_told_in_vietnamese(provinces, race):
    loser = import_files(files())
    assert [r.outcome for r in loser.results] == [Outcome.UNCHANGED] * 3
    assert [r.notes for r in loser.results] == [[raced_note(n)] for n in NAMES]
    assert all("duplicate key" not in r.error for r in loser.results)
    assert Article.objects.count() == 3
    assert Article.history.count() == 3


def test_the_loser_of_a_race_on_edited_files_writes_no_second_history(provinces):
    import_files(files())
    facts_before = YearlyFigure.objects.count()
    with pytest.MonkeyPatch.context() as patch:
        real_load = Known.load
        state = {"raced": False}

        def load_then_lose(self, drafts):
            real_load(self, drafts)
            if not state["raced"]:
                state["raced"] = True
                winner = import_files([d.source for d in drafts])
                assert winner.count(Outcome.UPDATED) == 3

        patch.setattr(Known, "load", load_then_lose)
        loser = import_files(files(edit=True))
    assert [r.outcome for r in loser.results] == [Outcome.UNCHANGED] * 3
    assert [r.notes for r in loser.results] == [[raced_note(n)] for n in NAMES]
    assert Article.history.count() == 6  # created, then updated once: per article
    assert YearlyFigure.objects.count() == facts_before  # the same figures again
