"""The dev corpus beside the repository scores 1.000 with the shared scorer.

``../shared/corpus/dev`` holds articles with hand-made truth files and
``../shared/tools/score_extraction.py`` compares the JSON array of the
``extract_article`` command with them. The library functions are called
directly, as the command does.
"""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from articles.extraction import ExtractionError, decode, extract, to_dict

SHARED = Path(__file__).resolve().parents[3] / "shared"
CORPUS = SHARED / "corpus" / "dev"
SCORER = SHARED / "tools" / "score_extraction.py"


def read(path: Path) -> dict:
    try:
        text = decode(path.read_bytes(), name=path.name)
        return to_dict(extract(text, source=path.name))
    except ExtractionError as exc:
        return {"source": path.name, "error": str(exc)}


def test_dev_corpus_scores_one(tmp_path):
    if not CORPUS.is_dir() or not SCORER.is_file():
        pytest.skip(f"no dev corpus and scorer in {SHARED}")
    output = tmp_path / "out.json"
    objects = [read(path) for path in sorted(CORPUS.glob("*.txt"))]
    output.write_text(json.dumps(objects, ensure_ascii=False), encoding="utf-8")
    run = subprocess.run(
        [sys.executable, str(SCORER), str(output), str(CORPUS), "--verbose"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert run.stdout.splitlines()[-1] == "overall 1.000", run.stdout
