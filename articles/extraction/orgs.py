"""Organisation names: reading one out of a sentence, and their canonical form.

Input: clean NFC text. An organisation is written as a head word ("Bộ", "Sở",
"Tổng công ty", "UBND", "Công đoàn", "Bưu điện", "Ban", "Đảng ủy"...) then
capitalised words, the lower-case second syllables of compound words
("Thông tin", "Tuyên giáo", "Doanh nghiệp"), "và"/"&", and administrative
levels ("tỉnh", "thành phố"): "Sở Thông tin và Truyền thông tỉnh Quảng Ninh".
English names are capitalised words joined by "of"/"and"/"the".
"""

import re
from functools import lru_cache

from common.text import clean, modern_tones

from .text import LOWER, UPPER

VNPOST = "Tổng công ty Bưu điện Việt Nam"
MIC = "Bộ Thông tin và Truyền thông"
MOST = "Bộ Khoa học và Công nghệ"
_ALIASES = (
    (r"(?:Tổng\s+công\s+ty|TCT)\s+(?:Bưu\s+điện\s+Việt\s+Nam|BĐVN|BĐ\s*VN)|"
     rf"(?:Tổng\s+công\s+ty|TCT)(?!\s+[{UPPER}])", VNPOST),
    (r"Bộ\s+(?:Thông\s+tin\s*(?:và|&)\s*Truyền\s+thông|TT\s*&\s*TT|TT\s*-\s*TT|"
     r"TTTT|TT&TT)", MIC),
    (r"Bộ\s+(?:Khoa\s+học\s*(?:và|&)\s*Công\s+nghệ|KH\s*&\s*CN|KHCN)", MOST),
    (r"Sở\s+(?:Thông\s+tin\s*(?:và|&)\s*Truyền\s+thông|TT\s*&\s*TT|TT\s*-\s*TT|TTTT)",
     "Sở Thông tin và Truyền thông"),
    (r"Sở\s+(?:Khoa\s+học\s*(?:và|&)\s*Công\s+nghệ|KH\s*&\s*CN|KHCN)",
     "Sở Khoa học và Công nghệ"),
    (r"HĐTV|Hội\s+đồng\s+thành\s+viên", "Hội đồng Thành viên"),
)  # fmt: skip
_ALIAS_RES = tuple(
    (re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", re.IGNORECASE), canonical)
    for pattern, canonical in _ALIASES
)
ORG_HEADS = (
    r"Tổng\s+[Cc]ông\s+ty|TCT|Công\s+ty|Bưu\s+điện|Bưu\s+cục|Sở|Bộ|Ban|Đảng\s+ủy|"
    r"Đảng\s+bộ|Chi\s+bộ|Tỉnh\s+ủy|Thành\s+ủy|Huyện\s+ủy|UBND|Ủy\s+ban|Uỷ\s+ban|"
    r"HĐND|Hội\s+đồng|Công\s+đoàn|Trung\s+tâm|Ngân\s+hàng|Cục|Vụ|Văn\s+phòng|"
    r"Chi\s+nhánh|Liên\s+đoàn|Mặt\s+trận|Hội|Đoàn|Báo|Đài|Viện|Học\s+viện|Trường|"
    r"Khối|Chính\s+phủ|Thủ\s+tướng|Chủ\s+tịch\s+nước|Nhà\s+nước|Quốc\s+hội|VNPost|"
    r"Viettel|VNPT|Vietnam\s+Post|Department|Ministry|Provincial|People's|"
    r"Vietnam|Post|Committee|Office"
)
HEAD_RE = re.compile(rf"(?<!\w)(?:{ORG_HEADS})(?!\w)")
_TOKEN = re.compile(r"\s*([^\s,;:.()\[\]“”\"‘’!?–—]+(?:\.(?=[A-ZĐ])[^\s,;:()]+)*)")
_FIXED_HEAD = re.compile(
    r"\s*((?:Hội\s+đồng|HỘI\s+ĐỒNG)\s+(?:thành\s+viên|quản\s+trị|nhân\s+dân|thi\s+đua)|"
    r"Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân)(?!\w)"
)
_ADMIN = {"tỉnh", "thành", "phố", "huyện", "quận", "thị", "xã", "phường", "trấn"}
_SECOND = frozenset(
    "công ty tin thông giáo nghiệp học nghệ điện chính vận chức tế dân nhân "
    "viên trị quan vụ tác dục tạo thương nguyên trường hoạch tư triển binh hội "
    "sự phẩm bảo hiểm hàng ngân ban ủy bộ đoàn ương soát tra động cơ sở cứu "
    "doanh thuật thác hóa hoá thao lịch tải thôn toán hợp tịch trực giá tài "
    "chúng đình ninh tộc giới tiến xuất khẩu kiện thể thống phủ nước quốc "
    "nghiệp đạo vực bưu tướng cục".split()
)
_CONNECT = {"và", "&", "of", "and", "the", "for", "'s"}
_HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Dr|Ông|Bà|Đồng\s+chí)\b\.?")
_COUNT_NOUN = re.compile(
    r"\s+(?:tập\s+thể|cá\s+nhân|đơn\s+vị|người|đồng\s+chí|bưu\s+cục|điểm)\b",
    re.IGNORECASE,
)
_PROVINCE_TAIL = re.compile(r"\s(?:tỉnh|Tỉnh\s+ủy|tỉnh\s+ủy)$")
_CITY_TAIL = re.compile(r"\s(?:thành\s+phố|TP\.?|Thành\s+ủy)$")


@lru_cache(maxsize=1024)
def normalize_org(name: str) -> str:
    """The canonical name of an organisation, so that aliases match.

    "Tổng Công ty", "TCT BĐVN" and "Tổng công ty Bưu điện Việt Nam" give
    "Tổng công ty Bưu điện Việt Nam"; "Bộ TT&TT", "Bộ TT-TT" and "Bộ Thông tin
    & Truyền Thông" give "Bộ Thông tin và Truyền thông" (likewise "Bộ KH&CN",
    "Sở TT&TT"); "HĐTV" gives "Hội đồng Thành viên"; "Thanh Hoá" gives
    "Thanh Hóa". Other names are kept as written.
    """
    text = modern_tones(name)
    for pattern, canonical in _ALIAS_RES:
        text = pattern.sub(canonical, text)
    return clean(text)


def read_org(text: str, start: int, end: int | None = None) -> tuple[str, int] | None:
    """The organisation written at ``text[start:end]`` and where it ends."""
    end = len(text) if end is None else end
    tokens, pos, lower_run = [], start, 0
    fixed = _FIXED_HEAD.match(text, pos, end)
    if fixed:  # "Hội đồng thành viên": lower-case words of a known head
        tokens.append((fixed.group(1), fixed.end(), "cap"))
        pos = fixed.end()
    while True:
        match = _TOKEN.match(text, pos, end)
        if not match:
            break
        word = match.group(1)
        kind = _kind(word, tokens, lower_run)
        if kind == "cap" and word[0].isdigit() and _COUNT_NOUN.match(text, match.end()):
            break
        if kind is None or kind == "connect" and _starts_other(text, match, end):
            break
        lower_run = lower_run + 1 if kind == "lower" else 0
        tokens.append((word, match.end(), kind))
        pos = match.end()
    while tokens and tokens[-1][2] == "connect":
        tokens.pop()
    if not tokens or tokens[0][2] != "cap":
        return None
    stop = tokens[-1][1]
    return clean(text[start:stop]), stop


def _starts_other(text: str, match: re.Match, end: int) -> bool:
    """After "và": another organisation or a person, not the same name."""
    pos = match.end()
    while pos < end and text[pos].isspace():
        pos += 1
    return bool(HEAD_RE.match(text, pos, end) or _HONORIFIC.match(text, pos, end))


def _kind(word: str, tokens: list, lower_run: int) -> str | None:
    if word[0] in UPPER:
        return "cap"
    if word[0].isdigit():
        # "Bưu cục Quận 3", never the count of "Bưu điện tỉnh X và 6 tập thể".
        return "cap" if tokens and tokens[-1][2] == "cap" else None
    if word.lower() in _CONNECT:
        return "connect" if tokens else None
    if not tokens or word[0] not in LOWER:
        return None
    if word in _ADMIN:
        return "lower"
    previous = tokens[-1][2]
    if word in _SECOND and previous in ("cap", "lower") and lower_run < 2:
        return "lower"
    return None


def read_org_at_head(
    text: str, start: int, end: int | None = None
) -> tuple[str, int] | None:
    """Like ``read_org``, but only when the text starts with an org head."""
    end = len(text) if end is None else end
    if not HEAD_RE.match(text, start, end):
        return None
    return read_org(text, start, end)


@lru_cache(maxsize=1024)
def expand_org(org: str, province: str | None, central: bool) -> str:
    """Canonical form, with a bare "tỉnh"/"Tỉnh ủy" given its province."""
    org = normalize_org(org)
    if province is None:
        return org
    if not central and _PROVINCE_TAIL.search(org):
        return f"{org} {province}"
    if central and _CITY_TAIL.search(org):
        return f"{org} {province}"
    return org
