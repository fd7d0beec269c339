"""Shared text helpers: letter classes, an index-keeping fold, sentences.

The input of every helper is a clean NFC string (``common.text.clean``
has already collapsed white space and repaired the look-alike Đ).
"""

import re
import unicodedata
from functools import lru_cache

_LATIN = [chr(c) for c in range(0x41, 0x250)] + [chr(c) for c in range(0x1E00, 0x1F00)]
UPPER = "".join(ch for ch in _LATIN if ch.isupper())
LOWER = "".join(ch for ch in _LATIN if ch.islower())
# A capitalised Vietnamese (or English) word: "Bưu", "Đức", "HĐTV" is not.
CAP_WORD = f"[{UPPER}][{LOWER}]+"
WORD_CHARS = f"[{UPPER}{LOWER}0-9]"

_ABBREVIATIONS = re.compile(
    r"(?:\b(?:TP|Tp|Mr|Mrs|Ms|Dr|St|No|no|Nos|TS|ThS|PGS|GS|Q|P|TX|TT|v\.v)|"
    r"(?<!\w)[A-Z])$"
)
_SENTENCE_END = re.compile(rf"(?:[.!?]+|…)[\"”’)]*\s+(?=[\"“(‘]?[{UPPER}0-9])")


def _fold_char(ch: str) -> str:
    if ch in "đĐ":
        return "d"
    base = unicodedata.normalize("NFD", ch)[0].lower()
    return base if len(base) == 1 else ch


_FOLD = {ord(ch): _fold_char(ch) for ch in map(chr, range(0x41, 0x1F00))}
_FOLD = {k: v for k, v in _FOLD.items() if chr(k) != v}


def fold_same_length(text: str) -> str:
    """Lower-case and strip accents, keeping every index of ``text``."""
    return text.translate(_FOLD)


@lru_cache(maxsize=512)
def lower(text: str) -> str:
    """Lower case keeping the indices of ``text``, for case-blind searches.

    Searching lower-cased text with case-sensitive patterns is many times
    faster than ``re.IGNORECASE`` on Vietnamese text.
    """
    low = text.lower()
    return low if len(low) == len(text) else fold_same_length(text)


@lru_cache(maxsize=256)
def sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Start and end of each sentence of a paragraph."""
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        if _ABBREVIATIONS.search(text[max(0, match.start() - 6) : match.start()]):
            continue
        spans.append((start, match.start() + len(match.group().rstrip())))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return tuple(spans)


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]


def clause_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` at semicolons."""
    spans, pos = [], start
    index = text.find(";", start, end)
    while index != -1:
        spans.append((pos, index))
        pos = index + 1
        index = text.find(";", pos, end)
    spans.append((pos, end))
    return spans


def ends_sentence(text: str) -> bool:
    """Whether a paragraph ends with terminal punctuation (quotes aside)."""
    stripped = text.rstrip().rstrip("\"”’'»")
    return bool(stripped) and stripped[-1] in ".!?…:;,"
