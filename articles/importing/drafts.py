"""A file read as an article, before anything is written: the preview sees this.

``draft(source, resolver)`` decodes and extracts one file and maps it onto the
Article fields (``read``, no database), then finds its province (``place``);
``Known`` tells, for a chunk of drafts, which texts are already
in the database (unchanged) and which file names already have an article
(an edited text: updated). Both the preview and the import use them, so the
preview says exactly what the import will do.
"""

import datetime
from dataclasses import dataclass, field
from enum import StrEnum
from itertools import chain

from articles.extraction import ExtractedArticle, ExtractionError, decode, extract
from articles.models import Article, slug_candidates
from provinces.models import Province

from .mapping import event_parts, figure_problem, has_markup, year_in_range
from .mojibake import undo_double_utf8
from .resolve import Resolver
from .sources import SourceFile

NO_PROVINCE = (
    "Chưa xác định được tỉnh, thành phố của bài: bài được nhập và đánh dấu để "
    "biên tập viên chọn tỉnh; số liệu, sự kiện và khen thưởng của bài chưa được "
    "lưu vì chúng cần một tỉnh."
)


DOUBLE_UTF8 = (
    "Tệp “{name}” bị mã hóa UTF-8 hai lần (chữ hiện ra kiểu “Bưu Ä‘iá»‡n”): "
    "đã được đọc lại đúng chữ trước khi nhập; hãy kiểm tra lại bài."
)
DUPLICATE = (
    "Tệp “{name}” có nội dung trùng với tệp “{first}” của lần nhập này: "
    "chỉ nhập một lần."
)


class Outcome(StrEnum):
    NEW = "new"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    FAILED = "failed"

    @property
    def label(self) -> str:
        return {
            "new": "bài mới",
            "updated": "cập nhật",
            "unchanged": "không đổi",
            "failed": "lỗi",
        }[self.value]


@dataclass
class Draft:
    """One file: its extracted article and Article fields, or why it failed."""

    source: SourceFile
    extracted: ExtractedArticle | None = None
    province: Province | None = None
    values: dict = field(default_factory=dict)
    article: Article | None = None  # unsaved, of ``values``, text fields derived
    content_hash: str = ""
    error: str = ""
    notes: list[str] = field(default_factory=list)
    repaired: bool = False  # the text was encoded as UTF-8 twice
    duplicate_of: str = ""  # the file of this batch with the same text

    @property
    def name(self) -> str:
        return self.source.name

    @property
    def source_name(self) -> str:
        return self.source.source_name


def draft(source: SourceFile, resolver: Resolver) -> Draft:
    return place(read(source), resolver)


def read(source: SourceFile) -> Draft:
    """Decode and extract one file, as an unsaved article.

    No database: the import reads the files in another process (``reading``).
    """
    if source.error:
        return Draft(source, error=source.error)
    repaired = undo_double_utf8(source.data)
    try:
        text = decode(repaired or source.data, name=source.name)
        extracted = extract(text, source=source.source_name)
    except ExtractionError as exc:
        return Draft(source, error=str(exc))
    if not extracted.body:
        return Draft(
            source, error=f"Tệp “{source.name}” không có đoạn nội dung nào để nhập."
        )
    values = article_values(extracted, source.source_name)
    article = Article(**values)
    article.derive_text_fields()
    return Draft(
        source,
        extracted,
        values=values,
        article=article,
        content_hash=article.content_hash,
        repaired=repaired is not None,
    )


def place(result: Draft, resolver: Resolver) -> Draft:
    """Find the province of a file ``read``, and what to tell about the file."""
    if (extracted := result.extracted) is not None:
        era, code = extracted.province_era, extracted.province_code
        result.province = resolver.province(era, code)
        result.notes = notes(result.name, extracted, result.province)
        if result.repaired:
            result.notes.insert(0, DOUBLE_UTF8.format(name=result.name))
    return result


def article_values(extracted: ExtractedArticle, source_name: str) -> dict:
    year, month, day = event_parts(extracted.event_date)
    if not year_in_range(year):
        year = None
    plan_year = extracted.plan_year if year_in_range(extracted.plan_year) else None
    lead, body = extracted.lead or "", list(extracted.body)
    if len(body) > 1 and body[0] == lead:
        body = body[1:]  # the lead is the first paragraph: shown once, as the lead
    elif body[0] == lead:
        lead = ""
    dated = {}
    if year and month and day:
        dated["news_date"] = datetime.date(year, month, day)  # the news's own date
    return {
        **dated,
        "title": (extracted.title or "")[:300],
        "lead": lead,
        "body": "\n\n".join(body),
        "captions": "\n".join(extracted.captions),
        "event_year": year,
        "event_month": month,
        "event_day": day,
        "plan_year": plan_year,
        "source_name": source_name[:255],
    }


def notes(name: str, extracted: ExtractedArticle, province) -> list[str]:
    found = []
    texts = [extracted.title or "", extracted.lead or "", *extracted.body]
    if any(has_markup(t) for t in [*texts, *extracted.captions]):
        found.append(
            f"Tệp “{name}” có thẻ HTML hoặc mã script: được lưu nguyên là văn bản "
            "và luôn hiển thị dưới dạng chữ, không bao giờ được chạy."
        )
    if province is None:
        found.append(NO_PROVINCE)
    else:
        found += [p for p in map(figure_problem, extracted.figures) if p]
    if not extracted.title:
        found.append("Bài không có dòng tiêu đề: hãy đặt tiêu đề trước khi xuất bản.")
    return found


class Known:
    """What the database already holds for the drafts of one batch.

    ``load`` a chunk of drafts first (three queries), then ask ``outcome`` for
    each draft in order: a second file of the same name in one batch fails
    rather than overwrite the first. An import ``remember``s each article it
    writes (their texts are then known: Article.validate_text_unique holds
    for the whole chunk) and ``settle``s once the chunk is saved.
    """

    def __init__(self):
        self.by_hash: dict[str, int] = {}
        self.by_name: dict[str, Article] = {}
        self.claimed: set[str] = set()
        self.first_of: dict[str, str] = {}  # hash: the batch's first file of it
        self.written: dict[str, Article] = {}  # by hash; ids once saved
        self.slugs: set[str] = set()

    def load(self, drafts: list[Draft]) -> None:
        hashes = {d.content_hash for d in drafts if d.content_hash}
        names = {d.source_name for d in drafts if d.content_hash}
        self.by_hash.update(
            Article.objects.filter(content_hash__in=hashes).values_list(
                "content_hash", "pk"
            )
        )
        if missing := hashes - self.by_hash.keys():
            # A text imported before and then edited by an editor is not new:
            # importing it again must not undo the editor's work.
            self.by_hash.update(
                Article.history.filter(
                    content_hash__in=missing, id__in=Article.objects.values("pk")
                ).values_list("content_hash", "id")
            )
        self.by_name.update(
            (a.source_name, a)
            for a in Article.objects.filter(source_name__in=names).order_by(
                "updated_at"
            )
        )

    def load_slugs(self, drafts: list[Draft]) -> None:
        """The slugs in use that the chunk's new articles could take (a query)."""
        bases = {
            d.article.slug_base()
            for d in drafts
            if d.content_hash
            and d.content_hash not in self.by_hash
            and d.source_name not in self.by_name
        }
        candidates = chain.from_iterable(map(slug_candidates, bases))
        self.slugs = Article.objects.slugs_in_use(list(candidates)) if bases else set()

    def outcome(self, draft: Draft) -> Outcome:
        if draft.error:
            return Outcome.FAILED
        if first := self.first_of.get(draft.content_hash):
            draft.duplicate_of = first
            draft.notes = [DUPLICATE.format(name=draft.name, first=first)]
            return Outcome.UNCHANGED
        if draft.content_hash in self.by_hash or draft.content_hash in self.written:
            return Outcome.UNCHANGED
        if draft.source_name in self.claimed:
            draft.error = (
                f"Tệp “{draft.name}” trùng tên với một tệp khác của lần nhập này "
                "nhưng khác nội dung: không nhập, để không ghi đè bài kia."
            )
            return Outcome.FAILED
        self.claimed.add(draft.source_name)
        self.first_of[draft.content_hash] = draft.name
        return Outcome.UPDATED if draft.source_name in self.by_name else Outcome.NEW

    def copy(self) -> "Known":
        known = Known()
        known.by_hash = dict(self.by_hash)
        known.by_name = dict(self.by_name)
        known.claimed = set(self.claimed)
        known.first_of = dict(self.first_of)
        known.written = dict(self.written)
        known.slugs = set(self.slugs)
        return known

    def remember(self, draft: Draft, article: Article) -> None:
        self.written[draft.content_hash] = article
        self.by_name[draft.source_name] = article
        self.slugs.add(article.slug)

    def settle(self) -> None:
        """The articles written are saved: their ids are known."""
        self.by_hash.update((h, a.pk) for h, a in self.written.items())
        self.written.clear()
