"""People named in an article, with their title and organisation.

Input: clean paragraphs (title, body and captions). A person is a
surname-led run of two to four capitalised syllables ("Nguyễn Minh Đức",
"Nguyen Xuan Lam") written in one of these shapes:

* after an honorific: "ông Đinh Như Hạnh", "đồng chí Lê Thị Hà", "Mr. Lam";
* before a title: "Nguyễn Minh Đức, Phó Tổng Giám đốc Tổng công ty ...",
  "ông Phan Cao Thắng – Phó Chủ tịch UBND tỉnh Bình Định", also in lists
  ("Dự hội nghị có các đồng chí: A, Title Org; B, Title Org");
* after a title: "Thứ trưởng Bộ TT&TT Nguyễn Minh Hồng", "Giám đốc Hoàng Hồ Hải".

Honorifics are not part of the name. A bare "Tổng công ty" or "UBND tỉnh" is
written out in full; "Trưởng Ban Tuyên giáo Tỉnh ủy" is title "Trưởng Ban" of
"Ban Tuyên giáo Tỉnh ủy"; a party secretary's title keeps its committee
("Bí thư Đảng ủy Khối Doanh nghiệp tỉnh"). Photo credits and bylines have
been removed by the layout parser before.
"""

import re
import unicodedata
from dataclasses import dataclass

from .model import Person
from .orgs import VNPOST, expand_org, normalize_org, read_org
from .text import LOWER, UPPER, fold_same_length, lower

_SURNAMES_VI = frozenset(
    (
        "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý "
        "Đinh Đoàn Lâm Mai Trịnh Đào Cao Lương Chu Hà Tạ Lưu Tô Vương Triệu Kiều "
        "Thái La Quách Tăng Khúc Châu Lại Nông Hứa Giang Phùng Âu Kim Lò Mạc Tôn "
        "Thân Lục Doãn Ninh Đàm Nghiêm Từ Cù Đồng Bạch Diệp Tống Ung Hầu Quan Lã "
        "Lường Vi Mã Khổng Trương Viên Khương Lữ Nhữ Yên Thạch Danh Lộc "
        "Sầm Phó Bế Tiêu Đới Chế Mẫn Vòng Bành Cung Lăng"
    ).split()
)
_SURNAMES_ASCII = frozenset(fold_same_length(s) for s in _SURNAMES_VI)
_HONORIFIC_WORDS = {"Ông", "Bà", "Anh", "Chị", "Mr", "Mrs", "Ms", "Miss"}
_HONORIFIC_BEFORE = re.compile(
    r"(?:\b(?:ông|bà|đồng\s+chí|Mr|Mrs|Ms|Miss|Dr)\.?\s*)$", re.IGNORECASE
)
_NAME_WORD = rf"[{UPPER}][{LOWER}]*"
_RUN = re.compile(rf"{_NAME_WORD}(?:\s{_NAME_WORD}){{1,5}}")
_TITLES = (
    "Thành viên Hội đồng Thành viên", "Thành viên HĐTV", "Chủ tịch Hội đồng Thành viên",
    "Chủ tịch HĐTV", "Phó Tổng Giám đốc", "Tổng Giám đốc", "Phó Giám đốc phụ trách",
    "Phó Giám đốc", "Giám đốc", "Phó Chủ tịch Thường trực", "Phó Chủ tịch",
    "Chủ tịch", "Phó Bí thư Thường trực", "Phó Bí thư", "Bí thư", "Thứ trưởng",
    "Bộ trưởng", "Phó Trưởng Ban", "Trưởng Ban", "Phó Trưởng phòng", "Trưởng phòng",
    "Phó Trưởng Bưu điện", "Trưởng Bưu điện", "Kế toán trưởng", "Phó Chánh Văn phòng",
    "Chánh Văn phòng", "Phó Vụ trưởng", "Vụ trưởng", "Phó Cục trưởng", "Cục trưởng",
    "Phó Tổng Biên tập", "Tổng Biên tập", "Ủy viên Ban Thường vụ", "Tỉnh ủy viên",
    "Phó Trưởng đoàn", "Trưởng đoàn", "Đại biểu Quốc hội", "Phó Chủ nhiệm",
    "Chủ nhiệm", "Tổng Thư ký", "Chánh Thanh tra", "Phó Trưởng Đại diện",
    "Trưởng Đại diện", "Deputy General Director", "General Director",
    "Deputy Director in charge", "Director in charge", "Deputy Director",
    "Director", "Vice Chairman", "Vice Chairwoman", "Chairman", "Chairwoman",
    "Member of the Members' Council", "Member of Members' Council",
    "Member of the Board", "Deputy Minister", "Minister", "Deputy Secretary",
    "Secretary", "Deputy Head", "Head", "Vice President", "President",
)  # fmt: skip
_TITLE_ALT = "|".join(
    re.escape(t.lower()).replace(r"\ ", r"\s+")
    for t in sorted(_TITLES, key=len, reverse=True)
)
# Both searched in lower-cased text (``text.lower``).
_TITLE = re.compile(rf"(?:{_TITLE_ALT})(?![\w])")
TITLE = _TITLE
_AFTER_NAME = re.compile(rf"\s*(?:,|–|—|-|\()\s*(?=(?:{_TITLE_ALT})(?![\w]))")
_OF = re.compile(r"\s+of\s+(?:the\s+)?(?=[A-Z])")
_UNIT_TITLE = re.compile(
    r"^(?P<t>(?:Phó\s+)?Trưởng)\s+(?P<u>Ban|phòng|Bưu\s+điện)$", re.I
)
_MEMBERSHIP = re.compile(r"^(?:Ủy\s+viên|Tỉnh\s+ủy\s+viên|Đại\s+biểu)", re.I)
# A party committee seat gives way to the government or business post after it.
_PARTY_SEAT = re.compile(r"^(?:Phó\s+)?Bí\s+thư\s+Đảng\s+ủy$", re.IGNORECASE)
_POST_OFFICE = re.compile(r"Bưu\s+điện\b")
_COMPANY_COMMITTEE = re.compile(
    r"^(Đảng\s+ủy)\s+((?:Tổng\s+[Cc]ông\s+ty|Công\s+ty|Tập\s+đoàn|TCT)\b.*)$"
)
_SECRETARY = re.compile(r"^(?:Phó\s+)?Bí\s+thư$", re.IGNORECASE)
_VNPOST_TITLES = re.compile(r"Tổng\s+Giám\s+đốc|Hội\s+đồng\s+Thành\s+viên", re.I)
_UNIT_HEAD_TITLES = re.compile(r"^(?:Phó\s+)?Giám\s+đốc$", re.IGNORECASE)
_HĐTV = re.compile(r"HĐTV")
_CAPS_PAIR = re.compile(rf"[{UPPER}]{{2}}")
# A run of words in capitals, not followed by another (see ``_title_case_run``).
_CAPS_RUN = re.compile(
    rf"(?<![{UPPER}{LOWER}])[{UPPER}]+(?:\s[{UPPER}]+)+(?![{UPPER}{LOWER}])"
    rf"(?!\s[{UPPER}]+(?![{LOWER}]))"
)
_VOWELS = "".join(c for c in UPPER if unicodedata.normalize("NFD", c)[0] in "AEIOUY")
_VOWEL = re.compile(f"[{_VOWELS}]")
_CAPS_WORD_BEFORE = re.compile(rf"(?:^|\s)[{UPPER}]+\s$")


@dataclass(frozen=True)
class Context:
    """What the article makes certain: its province and main unit."""

    province: str | None
    central: bool
    unit: str | None
    places: frozenset[str]


def find_people(paragraphs: list[str], ctx: Context) -> tuple[Person, ...]:
    found: dict[str, list] = {}
    for text in map(title_case_names, paragraphs):
        for match in _RUN.finditer(text):
            person = _person_at(text, match, ctx)
            if person:
                _merge(found, person)
    return tuple(_finish(p, ctx) for p in found.values())


def title_case_names(text: str) -> str:
    """Names written in capitals in running text in title case, same length:
    "ông NGUYỄN VĂN BÌNH, Giám đốc" gives "ông Nguyễn Văn Bình, Giám đốc".

    Only a run of two to four capitalised words led by a surname counts, so
    acronyms ("UBND", "HĐTV") and headlines in capitals stay as they are.
    """
    if not _CAPS_PAIR.search(text):
        return text
    return _CAPS_RUN.sub(_title_case_run, text)


def _title_case_run(match: re.Match) -> str:
    run = match.group()
    words = run.split()
    before = match.string[max(0, match.start() - 12) : match.start()]
    if _CAPS_WORD_BEFORE.search(before):
        return run
    lead = 0  # acronyms before the name: "Bộ TT&TT PHẠM ĐỨC LONG"
    while lead < len(words) and not _VOWEL.search(words[lead]):
        lead += 1
    name = words[lead:]
    if not 2 <= len(name) <= 4 or not is_surname(name[0].capitalize()):
        return run
    titled = " ".join(words[:lead] + [w.capitalize() for w in name])
    return titled if len(titled) == len(run) else run


def _merge(found: dict[str, list], person: tuple) -> None:
    key = fold_same_length(person[0])
    if key not in found:
        found[key] = list(person)
        return
    old = found[key]
    old[1] = old[1] or person[1]
    old[2] = old[2] or person[2]


def _finish(person: list, ctx: Context) -> Person:
    """The person, with why it was read and how sure that reading is."""
    name, title, org = person
    implied = None if org else implied_org(title, ctx)
    if title and org:
        reason, confidence = "tên + chức danh + tổ chức", 0.9
    elif title and implied:
        reason, confidence = "tên + chức danh (tổ chức suy ra)", 0.75
    elif title:
        reason, confidence = "tên + chức danh", 0.7
    else:
        reason, confidence = "tên sau danh xưng", 0.55
    return Person(name, title, org or implied, reason, confidence)


def implied_org(title: str | None, ctx: Context) -> str | None:
    """The body a bare title belongs to: "Phó Tổng Giám đốc" heads VNPost."""
    if title and _VNPOST_TITLES.search(title):
        return VNPOST
    if title and _UNIT_HEAD_TITLES.match(title):
        return ctx.unit
    return None


def _person_at(text: str, match: re.Match, ctx: Context) -> tuple | None:
    words = match.group().split()
    while words and words[0] in _HONORIFIC_WORDS:
        words.pop(0)
    name_words = _pick_name(words) or _named_by_honorific(text, match, words)
    if not name_words:
        return None
    name = " ".join(name_words)
    start = match.end() - len(name)
    if fold_same_length(name) in ctx.places:
        return None
    title_org = _title_after(text, match.end(), ctx)
    if title_org:
        return (name, *title_org)
    title_org = _title_before(text, start, ctx)
    if title_org:
        return (name, *title_org)
    before = text[max(0, start - 15) : start]
    if _HONORIFIC_BEFORE.search(before) or words != match.group().split():
        return (name, None, None)
    return None


def _named_by_honorific(text: str, match: re.Match, words: list[str]):
    """A name without a common surname ("ông A Pớt"): honorific and title."""
    before = text[max(0, match.start() - 15) : match.start()]
    if 2 <= len(words) <= 4 and words == match.group().split():
        if _HONORIFIC_BEFORE.search(before) and _AFTER_NAME.match(
            lower(text), match.end()
        ):
            return words
    return None


def is_surname(word: str) -> bool:
    if word.isascii():
        return word.lower() in _SURNAMES_ASCII
    return word in _SURNAMES_VI


def _pick_name(words: list[str]) -> list[str] | None:
    """The surname-led tail of a run of capitalised words."""
    if 2 <= len(words) <= 4 and is_surname(words[0]):
        return words
    for size in (3, 4, 2):
        tail = words[-size:]
        if len(tail) == size and is_surname(tail[0]):
            return tail
    return None


def _title_after(text: str, end: int, ctx: Context) -> tuple | None:
    """ "Name, Title Org"; a party membership first gives way to the office:
    "Name, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh"."""
    sep = _AFTER_NAME.match(lower(text), end)
    if not sep:
        return None
    title = _TITLE.match(lower(text), sep.end())
    found = _title_and_org(text, title, ctx)
    if _MEMBERSHIP.match(found[0]) or _PARTY_SEAT.match(found[0]):
        stop = _org_end(text, title)
        if _AFTER_NAME.match(lower(text), stop):
            return _title_after(text, stop, ctx) or found
    return found


def _org_end(text: str, title: re.Match) -> int:
    org = read_org(text, title.end())
    return org[1] if org else title.end()


def _title_before(text: str, start: int, ctx: Context) -> tuple | None:
    window_start = max(0, start - 120)
    for title in reversed(list(_TITLE.finditer(lower(text), window_start, start))):
        rest = text[title.end() : start]
        if not rest.strip():
            return _clean_title(text[title.start() : title.end()]), None
        org = read_org(text, title.end(), start)
        if org and org[1] == title.end() + len(rest.rstrip()):
            return _title_and_org(text, title, ctx, start)
        return None
    return None


def _title_and_org(text: str, title: re.Match, ctx: Context, end=None) -> tuple:
    name = _clean_title(text[title.start() : title.end()])
    pos = title.end()
    of = _OF.match(text, pos, end or len(text))
    if of:
        pos = of.end()
    unit = _UNIT_TITLE.match(name)
    if unit:
        org = read_org(text, title.start() + len(unit.group("t")) + 1, end)
        name = f"{unit.group('t')} {unit.group('u')}"
    else:
        org = read_org(text, pos, end)
    if org is None:
        return name, None
    written = org[0]
    if _SECRETARY.match(name) and not of:
        committee = _COMPANY_COMMITTEE.match(written)
        if committee is None:
            name = f"{name} {written}"
        else:  # "Phó Bí thư Đảng ủy Tổng công ty X": the committee of a company
            name, written = f"{name} {committee.group(1)}", committee.group(2)
    org = expand_org(written, ctx.province, ctx.central)
    # a post office keeps the reference name of its province; other bodies
    # ("UBND tỉnh") are written with modern tone marks
    return name, org if _POST_OFFICE.match(org) else normalize_org(org)


def _clean_title(title: str) -> str:
    return normalize_org(_HĐTV.sub("Hội đồng Thành viên", title))
