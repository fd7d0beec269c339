"""The layout of an article file: title, body paragraphs and photo captions.

Input: the text of one article as pasted from a web page, in any of the
layouts the importer meets::

    Đường dây nóng hỗ trợ   1900 54 54 81      <- site header (dropped)
                                                <- blank line
    Bưu điện tỉnh X triển khai kế hoạch 2020   <- title (first real line)
                                                <- blank line
    Ngày 25/12, Bưu điện tỉnh X tổ chức ...    <- body paragraph
                                                <- two blank lines
    Lãnh đạo Tổng công ty trao Cờ thi đua      <- caption (wider gap)
                                                <- blank line
    Năm 2019, ...                               <- body paragraph
    Thanh Nhàn/THĐT                             <- byline (dropped)

Paragraphs may also be separated by single newlines (then each line is a
paragraph) or indented. A caption is a paragraph after a wider gap than the
paragraphs around it (unless numbered or in capitals, as headings are), or
a line with no final punctuation that describes a photo (``captions``);
a caption split over two lines in one block is one caption, and a caption
repeated at once (alt text) counts once. Header, menu, share-button,
metadata and footer lines, photo credits ("Ảnh: ...") and bylines are neither
body nor caption. A capitalised section label above the title is skipped;
when the first paragraph reads as running text there is no title.
"""

import re
from dataclasses import dataclass

from common.text import clean

from .captions import caption_after_gap, looks_like_caption
from .chrome import is_chrome
from .text import UPPER, ends_sentence, sentence_spans

_FOOTER = re.compile(
    r"^(?:tin liên quan|các tin khác|tin khác|bài viết liên quan|tin cùng chuyên mục|"
    r"tin đã đưa|các bài viết khác|bài viết khác|related (?:news|articles)|"
    r"other news|ý kiến bạn đọc|gửi bình luận|bình luận)\b",
    re.IGNORECASE,
)
_LEADING_META = re.compile(
    r"^\s*(?:date|ngày đăng|đăng ngày|cập nhật|updated|posted|published)\s*:?\s*"
    r"\d{4}-\d{1,2}(?:-\d{1,2})?(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?\s+",
    re.IGNORECASE,
)
_CREDIT = re.compile(
    r"^[(\[]?\s*(?:ảnh|tin|bài|tin và ảnh|bài và ảnh|tin,\s*ảnh|bài,\s*ảnh|"
    r"tin\s*[/-]\s*ảnh|bài\s*[/-]\s*ảnh|nguồn|photo|photos|source|video|clip|"
    r"thực hiện|nhóm phóng viên|tác giả|phóng viên|người viết|ảnh và bài)\s*[:：]",
    re.IGNORECASE,
)
_PHOTO_ONLY = re.compile(
    r"^[(\[]?\s*(?:ảnh|hình|photo)\s*(?:minh\s*họa|minh\s*hoạ|tư liệu|internet|"
    r"chụp màn hình)?\s*[)\].]?$",
    re.IGNORECASE,
)
_SOURCE_LINE = re.compile(r"^(?:theo|nguồn|source)\s+\S.{0,60}$", re.IGNORECASE)
_DATELINE_START = re.compile(
    rf"^(?:[{UPPER}]{{2,8}}\s*[-–—]|\([{UPPER}]{{2,8}}\)\s*[-–—]?|"
    r"(?:ngày|sáng|chiều|trưa|tối|hôm)\s+(?:ngày\s+)?\d)",
    re.IGNORECASE,
)
_CRAWLER_DATE = re.compile(
    r"\s*(?:date|ngày đăng|đăng ngày|cập nhật|updated|posted|published)\s*:?\s*"
    r"(?P<y>\d{4})-(?P<m>\d{1,2})?",
    re.IGNORECASE,
)
_SHORT_WORD = re.compile(r"\S+")
_BYLINE_TAIL = re.compile(r"\s+[-–]\s+|/|\(")
_LIST_ITEM = re.compile(r"^(?:[-–•+*·▪◦]\s|\d{1,2}[.)]\s|[a-zđ][.)]\s|\|)")
_COMPARED = re.compile(r"so\s+với|kế\s+hoạch|compared|plan", re.IGNORECASE)
_WORD = re.compile(r"\w+")
_MAX_TITLE = 250
_MAX_GAP_CAPTION = 400


@dataclass(frozen=True)
class Paragraph:
    """A paragraph as printed; ``lines`` are the list items or table rows of a
    block printed as one paragraph, which the facts are read from one by one."""

    text: str
    caption: bool
    lines: tuple[str, ...] = ()


@dataclass(frozen=True)
class Layout:
    title: str | None
    paragraphs: tuple[Paragraph, ...]
    credits: tuple[str, ...]
    page_date: tuple[int, int | None] | None = None  # a crawler prefix's date

    @property
    def body(self) -> tuple[str, ...]:
        return tuple(p.text for p in self.paragraphs if not p.caption)

    @property
    def fact_texts(self) -> tuple[str, ...]:
        """The body as the facts are read: a list or table line by line."""
        return tuple(
            line
            for p in self.paragraphs
            if not p.caption
            for line in (p.lines or (p.text,))
        )

    @property
    def captions(self) -> tuple[str, ...]:
        return tuple(p.text for p in self.paragraphs if p.caption)


@dataclass
class _Block:
    lines: list[str]
    gap: int
    crawled: bool = False


def parse_layout(text: str) -> Layout:
    """Split an article into title, body paragraphs and captions."""
    blocks, blank_mode = _blocks(text)
    credits: list[str] = []
    _drop_trailing_bylines(blocks, credits)
    # A crawler prefix stands where the page's title was left out: the line
    # it is glued to is a caption or text, never the title.
    crawled = bool(blocks) and blocks[0].crawled
    title = None if crawled else _take_title(blocks)
    baseline = min((b.gap for b in blocks if b.gap >= 1), default=0)
    gapped = blank_mode and baseline >= 1 and any(b.gap > baseline for b in blocks)
    paragraphs: list[Paragraph] = []
    after_caption = False
    for index, block in enumerate(blocks):
        final = index == len(blocks) - 1
        wide = gapped and block.gap > baseline and (final, after_caption)
        found = _classify(block, wide, final, gapped, credits)
        if blank_mode and _is_list_block(found):
            found = [_one_paragraph(found)]
        after_caption = bool(wide) and len(found) == 1 and found[0].caption
        for para in found:
            if para.text == title:
                continue
            if para.caption and paragraphs and paragraphs[-1] == para:
                continue
            paragraphs.append(para)
    return Layout(title, tuple(paragraphs), tuple(credits), _page_date(text))


def _page_date(text: str) -> tuple[int, int | None] | None:
    """The (year, month) of a crawler prefix ("date 2025-11-01 ..."), if any."""
    found = _CRAWLER_DATE.match(text.lstrip("\ufeff"))
    if not found:
        return None
    return int(found["y"]), int(found["m"]) if found["m"] else None


def _blocks(text: str) -> tuple[list[_Block], bool]:
    """Non-blank runs of lines with the number of blank lines before each."""
    blocks: list[_Block] = []
    gap, fresh, seen_blank = 0, True, False
    for raw in text.splitlines():
        line = clean(raw)
        if not line:
            gap += 1
            fresh = True
            seen_blank = seen_blank or bool(blocks)
            continue
        if blocks and _FOOTER.match(line) and len(line) <= 40 and line[-1] != ".":
            break
        if is_chrome(line):
            gap, fresh = 0, True
            continue
        crawled = False
        if not blocks:
            stripped = _LEADING_META.sub("", line) or line
            crawled, line = stripped != line, stripped
        if fresh or not blocks:
            blocks.append(_Block([line], gap, crawled))
        else:
            blocks[-1].lines.append(line)
        gap, fresh = 0, False
    if not seen_blank:
        blocks = [
            _Block([line], 0, block.crawled and index == 0)
            for block in blocks
            for index, line in enumerate(block.lines)
        ]
    return blocks, seen_blank


def _drop_trailing_bylines(blocks: list[_Block], credits: list[str]) -> None:
    """Signatures and credits at the end, as blocks or as the last lines of
    the last block (a byline right under the text)."""
    while blocks and all(_is_credit(x) or _is_byline(x) for x in blocks[-1].lines):
        credits.extend(blocks.pop().lines)
    tail: list[str] = []
    while blocks and len(blocks[-1].lines) > 1:
        line = blocks[-1].lines[-1]
        if not (_is_credit(line) or _is_byline(line)):
            break
        tail.insert(0, blocks[-1].lines.pop())
    credits.extend(tail)


def _is_credit(line: str) -> bool:
    return bool(
        _CREDIT.match(line) or _PHOTO_ONLY.match(line) or _SOURCE_LINE.match(line)
    )


def _is_byline(line: str) -> bool:
    """A signature: "Thanh Nhàn/THĐT", "HẢI YẾN", "Minh Khoa - Bưu điện X"."""
    if len(line) > 60 or ends_sentence(line) or any(c.isdigit() for c in line):
        return False
    words = _SHORT_WORD.findall(_BYLINE_TAIL.split(line, maxsplit=1)[0])
    return 0 < len(words) <= 4 and all(w[0].isupper() for w in words)


def _take_title(blocks: list[_Block]) -> str | None:
    if not blocks:
        return None
    first = blocks[0].lines[0]
    if len(blocks[0].lines) > 1 or len(blocks) > 1:
        following = blocks[0].lines[1] if len(blocks[0].lines) > 1 else None
        following = following or blocks[1].lines[0]
        if _is_label(first) and _is_title(following):
            _pop_first_line(blocks)
            first = blocks[0].lines[0]
    if not _is_title(first):
        return None
    lines = blocks[0].lines
    if len(lines) == 2 and _wrapped_title(first, lines[1]):
        first = f"{first} {lines[1]}"
        _pop_first_line(blocks)
    _pop_first_line(blocks)
    return first


def _wrapped_title(title: str, line: str) -> bool:
    """A title block on two lines ("... được vinh danh" / "“Lao động giỏi”...")."""
    wrapped = line[0].islower() or line[0] in '“"(' or title[-1] in "-–"
    return wrapped and _is_title(f"{title} {line}")


def _pop_first_line(blocks: list[_Block]) -> None:
    blocks[0].lines.pop(0)
    if not blocks[0].lines:
        blocks.pop(0)
    elif blocks:
        blocks[0].gap = max(blocks[0].gap, 1)


def _is_title(line: str) -> bool:
    if len(line) > _MAX_TITLE or line[-1] in ",;:" or _DATELINE_START.match(line):
        return False
    if len(sentence_spans(line)) > 1:
        return False
    letters = [c for c in line if c.isalpha()]
    shouting = bool(letters) and sum(c.isupper() for c in letters) > 0.8 * len(letters)
    return shouting or not ends_sentence(line) or line[-1] in "!?"


def _is_label(line: str) -> bool:
    """A section label such as "TIN TỨC" or "Hoạt động ngành »"."""
    words = _SHORT_WORD.findall(line)
    if not words or len(words) > 6 or len(line) > 50 or ends_sentence(line):
        return False
    if any(c.isdigit() for c in line):
        return False
    return line.isupper() or all(w[0].isupper() or not w[0].isalpha() for w in words)


def _classify(
    block: _Block, wide, final: bool, gapped: bool, credits: list[str]
) -> list[Paragraph]:
    """The paragraphs of a block; ``wide`` is false or, after a wider gap,
    (is the last block, follows a caption)."""
    lines = []
    for line in block.lines:
        (credits if _is_credit(line) else lines).append(line)
    if not lines:
        return []
    if len(lines) == 2 and _words(lines[0]) == _words(lines[1]):
        # a photo's caption and its alt text, the same words
        return [Paragraph(lines[0], True)]
    text = " ".join(_dedupe(lines))
    if wide and _caption_sized(text) and caption_after_gap(text, *wide):
        return [Paragraph(text, True)]
    paragraphs = []
    joined = _join_wrapped(lines)
    for index, line in enumerate(joined):
        at_end = final and index == len(joined) - 1
        paragraphs.append(Paragraph(line, looks_like_caption(line, at_end, gapped)))
    return paragraphs


def _words(line: str) -> list[str]:
    return _WORD.findall(line.lower())


def _is_list_block(found: list[Paragraph]) -> bool:
    """Lines of one block that are list items or table rows (after a lead-in):
    printed as one paragraph in a file whose paragraphs are blank-separated."""
    if len(found) < 2 or any(p.caption for p in found):
        return False
    items = [p.text for p in found[1:]]
    return all(_LIST_ITEM.match(x) for x in items) or all("|" in p.text for p in found)


def _one_paragraph(found: list[Paragraph]) -> Paragraph:
    lines = tuple(p.text for p in found)
    rows = _table_rows(lines) if all("|" in x for x in lines) else lines
    return Paragraph(" ".join(lines), False, rows)


def _table_rows(lines: tuple[str, ...]) -> tuple[str, ...]:
    """The rows of a table as the facts read them: a percentage in a column
    headed "so với kế hoạch" is followed by its header ("bằng 100%" becomes
    "bằng 100% so với kế hoạch giao")."""
    header = [cell.strip() for cell in lines[0].strip("| ").split("|")]
    rows = [lines[0]]
    for line in lines[1:]:
        cells = [cell.strip() for cell in line.strip("| ").split("|")]
        for index, cell in enumerate(cells[: len(header)]):
            if index and "%" in cell and not _COMPARED.search(cell):
                cells[index] = f"{cell} {header[index].lower()}"
        rows.append(" | ".join(cells))
    return tuple(rows)


def _dedupe(lines: list[str]) -> list[str]:
    return [x for i, x in enumerate(lines) if i == 0 or x != lines[i - 1]]


def _join_wrapped(lines: list[str]) -> list[str]:
    """Join hard-wrapped lines: no final punctuation, next starts lower-case."""
    out: list[str] = []
    for line in lines:
        if out and not ends_sentence(out[-1]) and line[0].islower():
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def _caption_sized(text: str) -> bool:
    return len(text) <= _MAX_GAP_CAPTION and len(sentence_spans(text)) <= 2
