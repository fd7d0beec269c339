"""Whether a line is a photo caption or a heading.

Input: one clean line of an article, known to be neither chrome nor a photo
credit. A caption describes a photo: it starts with who or what is shown (a
unit, a person, "Các đại biểu", "Lãnh đạo", "Quang cảnh", "Ông", "Bà", a
name) or says what happens in it ("trao", "tặng", "phát biểu", "chụp ảnh
lưu niệm", "tại hội nghị"), or ends with its photo credit ("... (Ảnh: X)").
A sub-heading is short, numbered, bulleted or in capitals and says none of
this ("Nhiều giải pháp đột phá", "2. Nhiệm vụ năm 2020"); a paragraph cut off
at the end of the text says none of it either. With its final period, a line
is a caption only as one short sentence showing the scene ("Quang cảnh ...")
or a person and what they do ("Ông X, Giám đốc ..., phát biểu khai mạc.");
a block of figures ("tăng 33%", "96 tỷ đồng") is never a caption.
"""

import re

from .people import is_surname
from .text import ends_sentence, sentence_spans

_TRAILING_CREDIT = re.compile(
    r"[\s.]*[(\[]?\s*(?:ảnh|photo|nguồn\s+ảnh)\s*:[^()\[\]]{1,40}[)\]]?\s*$",
    re.IGNORECASE,
)
# Searched in lower-cased text.
_SUBJECT = re.compile(
    r"^(?:các\s+|những\s+|nhiều\s+)?(?:đại\s+biểu|lãnh\s+đạo|quang\s+cảnh|toàn\s+cảnh|"
    r"ông|bà|đồng\s+chí|anh|chị|tập\s+thể|cá\s+nhân|đơn\s+vị|bưu\s+điện|bưu\s+cục|"
    r"bưu\s+tá|giao\s+dịch\s+viên|nhân\s+viên|cán\s+bộ|người\s+lao\s+động|đoàn|"
    r"khách\s+hàng|người\s+dân|học\s+sinh|thứ\s+trưởng|bộ\s+trưởng|phó|giám\s+đốc|"
    r"chủ\s+tịch|bí\s+thư|trưởng|tiết\s+mục|ảnh|"
    r"delegates|leaders?|representatives?|mr|ms|mrs|the\s+(?:conference|ceremony|"
    r"delegates|leaders?|meeting|event))\b"
)
_ACTION = re.compile(
    r"(?<!\w)(?:trao|tặng|phát\s+biểu|chụp\s+ảnh|lưu\s+niệm|tại\s+(?:hội\s+nghị|buổi|"
    r"lễ)|trong\s+buổi|(?<!ghi\s)nhận|cắt\s+băng|thăm|ký\s+kết|chỉ\s+đạo|"
    r"tham\s+quan|presents?|receives?|speaks?|"
    r"visits?|at\s+the|in\s+session)(?!\w)"
)
# A figure of the text: a photo's caption does not report results.
_FIGURE = re.compile(r"\d\s*%|\d\s*(?:tỷ|tỉ|triệu)\b")
# A sentence that shows a photo even with its final period: the scene, or a
# person and what they do in it ("Ông X, Giám đốc ..., phát biểu khai mạc.").
_SCENE = re.compile(r"^(?:quang|toàn)\s+cảnh\b")
_PERSON_START = re.compile(r"^(?:ông|bà|đồng\s+chí)\s+\w+\s")
_PHOTO_ACT = re.compile(
    r"^(?:phát\s+biểu|đọc\s+diễn\s+văn|trao|tặng|chụp\s+ảnh|cắt\s+băng|tham\s+quan|"
    r"thăm|nhận|ký\s+kết|bấm\s+nút)\b"
)
_REPORTING = re.compile(
    r"cho\s+biết|nhấn\s+mạnh|khẳng\s+định|đề\s+nghị|yêu\s+cầu|[“\"]"
)
_MAX_PHOTO_SENTENCE = 220
_PHOTO_STARTS = ("quang", "toàn", "ông ", "bà ", "đồng chí")
_NAME_START = re.compile(r"^(\w+)\s+[A-ZĐÀ-Ỹ]")
_HEADING_SHAPE = re.compile(r"^(?:(?:\d{1,2}|[IVX]{1,4}|[a-dđ])[.)/]\s|[-–—•*+>]\s*)")
_MAX_CAPTION = 400
_MAX_FINAL = 150  # a longer last line is a paragraph cut off


def trailing_credit(line: str) -> bool:
    """ "... (Ảnh: Minh Tâm)": a caption with its credit, final period or not."""
    tail = line[-60:]
    if ":" not in tail:
        return False
    credit = _TRAILING_CREDIT.search(tail)
    return bool(credit and (credit.start() > 0 or len(line) > len(tail)))


def heading_shaped(line: str) -> bool:
    """Numbered, bulleted or in capitals: a sub-heading, whatever it says."""
    if _HEADING_SHAPE.match(line):
        return True
    letters = [c for c in line if c.isalpha()]
    return len(letters) > 3 and all(c.isupper() for c in letters)


def describes_photo(line: str) -> bool:
    low = line.lower()
    if _SUBJECT.match(low) or _ACTION.search(low):
        return True
    name = _NAME_START.match(line)
    return bool(name and is_surname(name.group(1)))


def caption_after_gap(text: str, final: bool, after_caption: bool) -> bool:
    """A block after a wider gap than the others (the vnpost.vn layout) is a
    caption unless it is a heading; as the last block, or right after another
    caption, it must also describe a photo (else it is text cut off, or the
    paragraph after a caption), and then without final punctuation."""
    if heading_shaped(text):
        return False
    if _FIGURE.search(text) and not describes_photo(text):
        return False
    if trailing_credit(text) or not (final or after_caption):
        return True
    return describes_photo(text) and not (after_caption and ends_sentence(text))


def looks_like_caption(line: str, final: bool, gapped: bool) -> bool:
    """A line of running text that is a caption (see the module docstring).

    At the very end of the text, in a layout that marks its captions by a
    wider gap, a line without final punctuation is text cut off.
    """
    if trailing_credit(line) or photo_sentence(line):
        return True
    if ends_sentence(line) or heading_shaped(line) or final and gapped:
        return False
    longest, sentences = (_MAX_FINAL, 1) if final else (_MAX_CAPTION, 2)
    if len(line) > longest or len(sentence_spans(line)) > sentences:
        return False
    return describes_photo(line)


def photo_sentence(line: str) -> bool:
    """One sentence with its final period that shows a photo: the scene
    ("Quang cảnh hội nghị ..."), or a person and, after the last comma, what
    they do in it ("Bà X, Phó Giám đốc ..., trao Giấy khen ..."); a sentence
    that reports words or figures is text."""
    if len(line) > _MAX_PHOTO_SENTENCE or line[-1] != ".":
        return False
    if not line[:9].lower().startswith(_PHOTO_STARTS):
        return False
    if len(sentence_spans(line)) > 1:
        return False
    low = line.lower()
    if _SCENE.match(low):
        return not _FIGURE.search(low)
    if not _PERSON_START.match(low) or _REPORTING.search(low) or _FIGURE.search(low):
        return False
    last = low[low.rfind(",") + 1 :].strip()
    return "," in low and bool(_PHOTO_ACT.match(last))
