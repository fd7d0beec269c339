"""Which year a business figure belongs to.

Input: a lower-cased paragraph (``year_contexts``) or a clean clause. A
paragraph starts talking about a year where it writes "năm 2019" (in English
any year), not after comparison words ("so với năm 2018", "kế hoạch năm",
"giai đoạn"); a change "so với năm Y" in an article without a year of its own
belongs to Y + 1; a sentence about a term of years ("nhiệm kỳ 2015-2020",
"sau 5 năm") gives its figures no single year unless it names one.
"""

import re

YEAR = re.compile(r"(?<![\d/.,])(?:19|20)\d{2}(?![\d/])(?!\s*[-–]\s*\d)")
_YEAR_WORD_VI = re.compile(r"(?<!\w)năm\s*$")
_YEAR_WORD_EN = re.compile(r"\b(?:in|for|of|during|made|year)\s+$")
_NOT_CONTEXT = re.compile(
    r"(?:so\s+với|\bso|cùng\s+kỳ|kế\s+hoạch|giai\s+đoạn|\bđến|\btới|\btừ|\btrước|"
    r"\bsau|period|than|plan|compared\s+(?:with|to)|since|\bon)\s*(?:of\s+)?"
    r"(?:năm\s*|in\s+|of\s+|for\s+)?$"
)
_COMPARED_YEAR = re.compile(
    r"(?:tăng|giảm)[^;,]{0,40}?so\s+với\s+(?:cùng\s+kỳ\s+)?(?:năm\s+)?((?:19|20)\d{2})(?!\d)",
    re.IGNORECASE,
)
# A sentence that starts talking about now.
_NOW = re.compile(
    r"(?:^|[.;:]\s+|,\s+)(?:hiện\s+nay|hiện\s+tại|hiện|đến\s+nay|tới\s+nay)(?=[\s,])"
)
# A sentence about a term of years ("nhiệm kỳ 2015-2020", "sau 5 năm").
TERM = re.compile(
    r"(?:nhiệm\s+kỳ|giai\s+đoạn)\s+(?:19|20)\d{2}\s*[-–]\s*\d{2,4}|"
    r"(?:sau|trong)\s+(?:\d{1,2}|hai|ba|bốn|năm)\s+năm\b"
)


def year_contexts(paragraph: str, english: bool) -> list[tuple[int, int]]:
    """Where the (lower-cased) paragraph starts talking about a year ("năm
    2019"), or about now ("Hiện nay, ...", "Đến nay ...": year 0, the
    article's own year)."""
    word = _YEAR_WORD_EN if english else _YEAR_WORD_VI
    found = []
    if "hiện" in paragraph or "nay" in paragraph:
        found = [(m.start(), 0) for m in _NOW.finditer(paragraph)]
    for match in YEAR.finditer(paragraph):
        before = paragraph[max(0, match.start() - 40) : match.start()]
        if not english and not before.rstrip().endswith("năm"):
            continue  # a cheap test before the patterns
        if (english or word.search(before)) and not _NOT_CONTEXT.search(before):
            found.append((match.start(), int(match.group())))
    return sorted(found)


def compared_year(text: str, amount, a: int, b: int, compare: bool) -> int | None:
    """Y + 1 for a change "so với năm Y" in an article that names no year of
    its own for the figure ("doanh thu năm qua tăng 8% so với năm 2022")."""
    if not compare or "so" not in text[amount.end : b]:
        return None
    start = max(a, amount.start - 50)
    for match in _COMPARED_YEAR.finditer(text, start, b):
        if match.end() > amount.start:
            return int(match.group(1)) + 1
    return None


def year_at(contexts: list[tuple[int, int]], pos: int, fallback: int | None,
            sentence=None):  # fmt: skip
    """The year talked about at ``pos``; none in a sentence about a term of
    years that names no year of its own before the figure."""
    year = fallback
    own = False
    for start, value in contexts:
        if start > pos:
            break
        year = value
        own = sentence is not None and start >= sentence.start
    if sentence is not None and sentence.term and not own:
        return None
    return year
