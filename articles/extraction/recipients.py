"""Who receives an award: named units and people around the award's words.

Input: a clean sentence and the span of an award in it. Receivers are read
where Vietnamese puts them: after "cho" or "tặng" ("trao Cờ thi đua cho Bưu
điện huyện X và tập thể Bưu điện tỉnh", "Cờ thi đua của Chính phủ tặng X"),
between the verb and the award ("tặng Bưu điện tỉnh Cờ ..."), or before a
receiving verb ("Bưu điện tỉnh và Bưu điện huyện Y được ...", "Tập thể Bưu
điện tỉnh X nhận ...", "đơn vị cũng được ..." -- the article's own unit).
Generic receivers ("những đơn vị", "các tập thể", "2 tập thể") are no names.
Bare levels are written out ("Bưu điện tỉnh" in an article about Sơn La is
"Bưu điện tỉnh Sơn La").
"""

import re
from functools import lru_cache

from .orgs import expand_org, read_org
from .people import is_surname
from .text import CAP_WORD, UPPER, fold_same_length, lower

_folded = lru_cache(maxsize=2048)(fold_same_length)
GIVE = re.compile(
    r"(?:trao\s+tặng|tặng|trao|khen\s+thưởng|biểu\s+dương|tuyên\s+dương|vinh\s+danh|"
    r"công\s+nhận)\b"
)
# Between receivers and their verb: "X long trọng tổ chức lễ đón nhận ...".
_RECEIVER_FILLER = re.compile(
    r"(?:\s+(?:đã|cũng|vừa|sẽ|vinh\s+dự|long\s+trọng|tổ\s+chức(?:\s+(?:buổi\s+)?lễ)?))*"
    r"\s*$"
)
_RECEIVE = re.compile(r"(?:vinh\s+dự\s+)?(?:được|đón\s+nhận|(?<!ghi\s)nhận|đón)\b")
# After the award: "... cho X", "Cờ thi đua của Chính phủ tặng X".
_FOR = re.compile(r"(?<!\w)(?:cho|tặng)\s+")
_ITEM_PREFIX = re.compile(r"\s*(?:(?:[Tt]ập\s+thể|[Ôô]ng|[Bb]à|[Đđ]ồng\s+chí)\s+)?")
LIST_SEP = re.compile(r"\s*(?:,|và|cùng)\s*")
_RECIPIENT_HEAD = re.compile(
    r"(?:Công\s+đoàn|Bưu\s+điện|Bưu\s+cục|Trung\s+tâm|Chi\s+nhánh|Phòng|Công\s+ty|"
    r"Đảng\s+bộ|Chi\s+bộ)(?!\w)"
)
_BARE_UNIT = re.compile(r"[đĐ]ơn\s+vị(?!\s*\w)|[đĐ]ơn\s+vị(?=\s+(?:cũng|đã|vinh|vừa))")
_CANDIDATE = re.compile(rf"(?<!\w)(?:[{UPPER}]|[tT]ập\s+thể|đơn\s+vị)")
_NAME = re.compile(rf"{CAP_WORD}(?:\s{CAP_WORD}){{1,3}}")


def find_recipients(text, start, award_start, after, end, ctx) -> list[str]:
    """Receivers of the award at ``text[award_start:after]``, once each.

    ``start``/``end`` bound the words that belong to this award in its clause.
    """
    found = _object_recipients(text, start, award_start, ctx)
    found += _subject_recipients(text, start, award_start, ctx)
    for match in _FOR.finditer(lower(text), after, end):
        items = _recipient_list(text, match.end(), end, ctx)
        if items:
            found += items
            break
    unique: list[str] = []
    for item in found:
        if _folded(item) not in map(fold_same_length, unique):
            unique.append(item)
    return unique


def _object_recipients(text, start, award_start, ctx) -> list[str]:
    """The recipient between verb and award: tặng Bưu điện tỉnh Cờ ..."""
    verbs = list(GIVE.finditer(lower(text), start, award_start))
    if not verbs:
        return []
    pos = verbs[-1].end()
    cho = re.match(r"\s+cho\s+", text[pos:award_start])
    pos = pos + cho.end() if cho else pos
    items, stop = _recipient_list_end(text, pos, award_start, ctx)
    return items if not text[stop:award_start].strip() else []


def _subject_recipients(text, start, award_start, ctx) -> list[str]:
    """Receivers before their verb: Bưu điện tỉnh và Bưu điện huyện Y được ..."""
    receive = list(_RECEIVE.finditer(lower(text), start, award_start))
    if not receive:
        return []
    verb = receive[0]
    before = text[start : verb.start()]
    stop = start + len(before) - len(_RECEIVER_FILLER.search(before[-50:]).group())
    for head in _candidate_starts(text, start, stop):
        items, end = _recipient_list_end(text, head, stop, ctx)
        if items and not text[end:stop].strip():
            return items
    return []


def _candidate_starts(text: str, start: int, stop: int) -> list[int]:
    """Where a list of receivers may begin: a capital, "tập thể", "đơn vị"."""
    start = max(start, stop - 200)
    return [m.start() for m in _CANDIDATE.finditer(text, start, stop)]


def _recipient_list(text, pos, end, ctx) -> list[str]:
    return _recipient_list_end(text, pos, end, ctx)[0]


def _recipient_list_end(text, pos, end, ctx) -> tuple[list[str], int]:
    items: list[str] = []
    last = pos
    while True:
        prefix = _ITEM_PREFIX.match(text, pos, end)
        item = _recipient_at(text, prefix.end(), end, ctx)
        if not item:
            return items, last
        items.append(item[0])
        last = item[1]
        sep = LIST_SEP.match(text, last, end)
        if not sep:
            return items, last
        pos = sep.end()


def _recipient_at(text, pos, end, ctx) -> tuple[str, int] | None:
    if _RECIPIENT_HEAD.match(text, pos, end):
        org = read_org(text, pos, end)
        if org:
            return expand_org(org[0], ctx.province, ctx.central), org[1]
    bare = _BARE_UNIT.match(text, pos, end)
    if bare and ctx.unit:
        return ctx.unit, bare.end()
    name = _NAME.match(text, pos, end)
    if name and is_surname(name.group().split()[0]):
        return name.group(), name.end()
    return None
