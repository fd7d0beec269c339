"""Who grants an award: the body, never the person who hands it over.

Input: a clean sentence and the span of an award in it. The issuer is read,
strongest first, from "Bằng khen của X" (after the award), "Cờ thi đua do X
trao tặng", "thừa ủy quyền (của) X" or "thay mặt (lãnh đạo) X" before it,
"được X tặng", and last from whoever does the giving verb: a body ("Bộ X
tặng", "Lãnh đạo Tổng công ty trao") or a person, whose organisation is then
the issuer ("Ông A, Phó Tổng Giám đốc Tổng công ty, trao ...", "Phó Chủ tịch
UBND tỉnh Nguyễn Văn B trao ...", "Giám đốc Bưu điện tỉnh trao ..."). A
person's name glued to the end of an organisation ("UBND tỉnh Nguyễn Văn B")
is not part of it.
"""

import re

from .orgs import HEAD_RE, expand_org, read_org, read_org_at_head
from .people import TITLE, Context, implied_org, is_surname
from .recipients import GIVE, LIST_SEP
from .text import CAP_WORD, fold_same_length, lower

_ADVERBS = re.compile(r"(?:\s+(?:đã|cũng|vừa|sẽ|trực\s+tiếp|vinh\s+dự))*\s*$")
_OF = re.compile(r"\s*(?:của|from)\s+")
_BY = re.compile(r"(?<!\w)do\s+")
_PROXY = re.compile(
    r"(?:thừa\s+(?:ủy|uỷ)\s+quyền|(?P<behalf>thay\s+mặt))\s+(?:của\s+|cho\s+)?"
    r"(?:lãnh\s+đạo\s+)?"
)
_RECEIVING = re.compile(r"\b(?:nhận|đón)\b")
_OFFICE = re.compile(
    r"(?:Bộ\s+trưởng|Thứ\s+trưởng|(?:Phó\s+)?Chủ\s+tịch(?!\s+nước)|"
    r"(?:Phó\s+)?(?:Tổng\s+)?Giám\s+đốc|Thủ\s+trưởng|Trưởng\s+ban)\s+(?=\S)",
    re.IGNORECASE,
)
_TRAILING_CAPS = re.compile(rf"(?:\s{CAP_WORD})+$")
_ORG_TAIL_OK = re.compile(rf"(?:{CAP_WORD}|\S*[A-ZĐ&]\S*|tỉnh|phố|ủy|uỷ)$")
# Between a presenter's title (and body) and the verb: only his name.
_PRESENTER_REST = re.compile(
    rf"[\s,–—-]*(?:(?:ông|bà|đồng\s+chí)\s+)?(?:{CAP_WORD}\s*){{0,4}}[\s,–—-]*",
    re.IGNORECASE,
)


def issuers_after(text: str, pos: int, end: int, ctx: Context) -> list[str]:
    """ "(Bằng khen) của Bộ A và Tổng công ty B": one issuer per award."""
    of = _OF.match(lower(text), pos, end)
    if not of:
        return []
    return [_expand(o, ctx) for o in _org_list(text, of.end(), end)]


def issuer_by(text: str, pos: int, end: int, ctx: Context) -> str | None:
    for match in _BY.finditer(lower(text), pos, end):
        orgs = _org_list(text, match.end(), end)
        if orgs:
            return _expand(orgs[0], ctx)
    return None


def issuer_proxy(text: str, start: int, end: int, ctx: Context) -> str | None:
    """ "Thừa ủy quyền của Bộ trưởng Bộ X", "Thay mặt lãnh đạo Tổng công ty"."""
    low = lower(text)
    match = _PROXY.search(low, start, end)
    if not match or match["behalf"] and _RECEIVING.search(low, match.end(), end):
        return None
    orgs = _org_list(text, match.end(), end)
    return _expand(orgs[0], ctx) if orgs else None


def issuer_passive(text, start, end, ctx, verb_included=False) -> str | None:
    """ "được X tặng": X granted the award that follows."""
    for match in re.finditer(r"\bđược\s+", text[start:end]):
        orgs = _org_list(text, start + match.end(), end)
        if orgs:
            after = text.find(orgs[-1], start + match.end()) + len(orgs[-1])
            if verb_included or GIVE.match(lower(text), _skip_space(text, after)):
                return _expand(orgs[0], ctx)
    return None


def subject(text: str, start: int, end: int, ctx: Context) -> str | None:
    """The body doing the giving verb before ``end`` ("Bộ ... tặng")."""
    for stop in _verb_stops(text, start, end):
        org = _org_ending_at(text, start, stop, ctx)
        if org:
            return org
    return None


def presenter(text: str, start: int, end: int, ctx: Context) -> str | None:
    """The organisation of the person doing the giving verb before ``end``
    ("Ông A, Giám đốc Bưu điện tỉnh, trao"; "Phó Tổng Giám đốc B trao")."""
    for stop in _verb_stops(text, start, end):
        org = _presenter_org(text, start, stop, ctx)
        if org:
            return org
    return None


def _verb_stops(text: str, start: int, end: int) -> list[int]:
    """Where the doer of each giving verb ends, last verb first."""
    stops = []
    for verb in reversed(list(GIVE.finditer(lower(text), start, end))):
        before = text[start : verb.start()]
        stops.append(start + len(before) - len(_ADVERBS.search(before[-40:]).group()))
    return stops


def _org_ending_at(text: str, start: int, stop: int, ctx: Context) -> str | None:
    for head in HEAD_RE.finditer(text, max(start, stop - 120), stop):
        org = read_org(text, head.start(), stop)
        if org and org[1] == stop:
            return _expand(org[0], ctx)
    return None


def _presenter_org(text: str, start: int, stop: int, ctx: Context) -> str | None:
    low = lower(text)
    titles = list(TITLE.finditer(low, max(start, stop - 120), stop))
    if not titles:
        return None
    title = titles[-1]
    org = read_org_at_head(text, _skip_space(text, title.end()), stop)
    rest = org[1] if org else None
    if not _PRESENTER_REST.fullmatch(text, rest or title.end(), stop):
        return None
    if rest:
        return _expand(org[0], ctx)
    return implied_org(text[title.start() : title.end()], ctx)


def _org_list(text: str, pos: int, end: int) -> list[str]:
    """Organisations listed from ``pos`` ("Bộ A, Tổng công ty B và Sở C").

    A head's title before its body is skipped: "Bộ trưởng Bộ A" is "Bộ A",
    "Chủ tịch UBND tỉnh" is "UBND tỉnh".
    """
    orgs = []
    while True:
        office = _OFFICE.match(text, pos, end)
        pos = office.end() if office else pos
        org = read_org_at_head(text, pos, end)
        if not org:
            return orgs
        orgs.append(org[0])
        sep = LIST_SEP.match(text, org[1], end)
        if not sep:
            return orgs
        pos = sep.end()


def _expand(org: str, ctx: Context) -> str:
    return expand_org(without_person(org, ctx.places), ctx.province, ctx.central)


def without_person(org: str, places: frozenset[str] = frozenset()) -> str:
    """ "UBND tỉnh Nguyễn Văn An" is "UBND tỉnh": a surname-led name of two to
    four words at the end is a person, unless it is a place ("huyện Lương
    Sơn", a name of ``places``) or nothing of the organisation would be left."""
    caps = _TRAILING_CAPS.search(org)
    if not caps:
        return org
    words = caps.group().split()
    for first in range(max(0, len(words) - 4), len(words) - 1):
        name = " ".join(words[first:])
        if not is_surname(words[first]) or fold_same_length(name) in places:
            continue
        rest = org[: caps.start()] + "".join(f" {w}" for w in words[:first])
        if _ORG_TAIL_OK.search(rest) and HEAD_RE.match(rest):
            return rest
    return org


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    return pos
