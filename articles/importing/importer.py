"""The import write path: files in, draft articles with proposed facts out.

``import_files`` is the one entry point the admin, the management commands,
the bench and the tests call. Each file is its own atomic unit (its rows are
inserted together with those of its chunk of files, in one transaction, see
``_Batch.import_chunk``): a file that fails leaves nothing behind and the next
file goes on. The same text again is *unchanged* and writes nothing; an edited
text (same file name, other content) *updates* its article and proposes its
new facts beside the old ones. The files are decoded and extracted a chunk
ahead, in a second process when there is more than one chunk (``reading``).
"""

import copy
import logging
from collections.abc import Callable, Iterable, Iterator
from contextlib import nullcontext
from dataclasses import dataclass, field
from functools import partial
from itertools import islice

from django.core.exceptions import ValidationError
from django.db import DatabaseError, transaction

from articles.models import Article, Status
from common.cache import invalidate_public_pages
from facts import summary

from .drafts import Draft, Known, Outcome, place
from .facts import build_facts, new_facts
from .reading import read_ahead
from .resolve import Resolver
from .rows import Rows
from .sources import SourceFile

logger = logging.getLogger(__name__)
CHUNK = 100
RACED = (
    "Tệp “{name}” vừa được một lượt nhập khác (chạy cùng lúc) nhập vào: "
    "không nhập lại lần nữa."
)
# Derived by Article.derive_fields() or resolved by this module.
ARTICLE_DERIVED = ["slug", "content_hash", "search_text", "province", "author"]


@dataclass
class FileResult:
    name: str
    outcome: Outcome
    article_id: int | None = None
    title: str = ""
    error: str = ""
    notes: list[str] = field(default_factory=list)
    facts: int = 0


@dataclass
class ImportReport:
    results: list[FileResult] = field(default_factory=list)
    dry_run: bool = False

    def count(self, outcome: Outcome) -> int:
        return sum(r.outcome == outcome for r in self.results)

    @property
    def failed(self) -> list[FileResult]:
        return [r for r in self.results if r.outcome == Outcome.FAILED]

    def summary(self) -> str:
        """``2 bài mới, 1 cập nhật, 0 không đổi, 1 lỗi``."""
        return ", ".join(f"{self.count(o)} {o.label}" for o in Outcome)


def import_files(
    sources: Iterable[SourceFile],
    *,
    user=None,
    dry_run: bool = False,
    on_result: Callable[[FileResult], None] | None = None,
) -> ImportReport:
    """Import every file of ``sources``; with ``dry_run``, write nothing.

    ``on_result`` is called after each file (the command's progress bar).
    """
    report = ImportReport(dry_run=dry_run)
    batch = _Batch(Resolver(user=user), Known(), user)
    with transaction.atomic() if dry_run else nullcontext():
        for read_files in read_ahead(_chunks(sources)):
            for result in batch.import_chunk(read_files):
                report.results.append(result)
                if on_result:
                    on_result(result)
        if dry_run:
            transaction.set_rollback(True)
    if batch.public_articles and not dry_run:
        # Figures of published articles may have gone (read again, replaced):
        # the home page's summary of them follows.
        summary.refresh_articles(batch.public_articles, batch.public_provinces)
    if batch.touched_public and not dry_run:
        invalidate_public_pages()
    return report


def _chunks(sources: Iterable[SourceFile]) -> Iterator[list[SourceFile]]:
    iterator = iter(sources)
    while chunk := list(islice(iterator, CHUNK)):
        yield chunk


class _Batch:
    def __init__(self, resolver: Resolver, known: Known, user):
        self.resolver, self.known, self.user = resolver, known, user
        self.touched_public = False
        self.public_articles: set[int] = set()
        self.public_provinces: set[int] = set()
        self.raced: set[str] = set()  # texts another import wrote meanwhile

    def _lock_updated(self, drafts: list[Draft]) -> None:
        """Lock the articles the chunk would update, and read them afresh.

        Another import of the same files at the same time updates them first
        (then this one waits for it to commit) or after. Without this, both
        took the texts for new and both wrote them: the same history and
        facts twice. A new text another import wrote first is caught by the
        unique content hash instead (see ``_reload``).
        """
        known = self.known
        updated = [
            known.by_name[d.source_name].pk
            for d in drafts
            if d.content_hash
            and d.content_hash not in known.by_hash
            and d.source_name in known.by_name
        ]
        if not updated:
            return
        seen = set(known.by_hash)
        for article in Article.objects.select_for_update().filter(pk__in=updated):
            known.by_hash.setdefault(article.content_hash, article.pk)
            known.by_name[article.source_name] = article
        self._raced(drafts, seen)

    def _reload(self, drafts: list[Draft]) -> None:
        seen = set(self.known.by_hash)
        self.known.load(drafts)
        self.known.load_slugs(drafts)
        self._raced(drafts, seen)

    def _raced(self, drafts: list[Draft], seen: set[str]) -> None:
        self.raced |= {d.content_hash for d in drafts} & (
            self.known.by_hash.keys() - seen
        )

    def import_chunk(self, read_files: list[Draft]) -> list[FileResult]:
        """Import a chunk of files: the chunk's rows in bulk, one commit.

        Each file is validated and turned into unsaved rows (a new article,
        its facts, the people, units and organisations it names) on its own:
        one that fails leaves nothing. Only an updated article is written at
        once, in a savepoint. The rows of the whole chunk are then
        inserted together and the chunk commits once: a disk flush and a
        dozen bulk inserts per chunk rather than per file. Should those
        inserts or the commit fail (foreign keys are checked at commit), the
        chunk is imported again one transaction per file, so that the file
        at fault alone fails.
        """
        drafts = [place(one, self.resolver) for one in read_files]
        self.known.load(drafts)
        self.known.load_slugs(drafts)
        self.resolver.prefetch(d.extracted for d in drafts if d.extracted)
        before = self.known.copy()
        try:
            with self.resolver.atomic():
                self._lock_updated(drafts)
                rows = Rows()
                results = [self.import_one(one, rows) for one in drafts]
                self.resolver.save_new()
                rows.save(self.user)
        except Exception:  # the database refused the chunk, or a bug: go slowly
            logger.warning(
                "a chunk failed to commit; importing file by file", exc_info=True
            )
            self.known = before
            self._reload(drafts)  # what another import wrote meanwhile
            results = [self.import_one(one) for one in drafts]
        self.known.settle()
        for one, result in zip(drafts, results, strict=True):
            if result.outcome != Outcome.FAILED:
                result.article_id = self.known.by_hash[one.content_hash]
        return results

    def import_one(self, one: Draft, rows: Rows | None = None) -> FileResult:
        """One file; its rows go to ``rows``, or are saved at once without."""
        outcome = self.known.outcome(one)
        result = FileResult(one.name, outcome, title=one.values.get("title", ""))
        if outcome == Outcome.FAILED:
            result.error = one.error
        elif outcome == Outcome.UNCHANGED:
            if one.content_hash in self.raced:
                result.notes = [RACED.format(name=one.name)]
            elif one.duplicate_of:
                result.notes = one.notes
        else:
            result.notes = one.notes
            try:
                self._write(one, result, rows)
            except ValidationError as exc:
                result.outcome, result.error = Outcome.FAILED, _invalid(one, exc)
            except DatabaseError as exc:
                result.outcome, result.error = Outcome.FAILED, _refused(one, exc)
            except Exception:  # one file's bug must not stop the batch
                logger.exception("import of %s failed", one.name)
                result.outcome, result.error = Outcome.FAILED, _unexpected(one)
        return result

    def _write(self, one: Draft, result: FileResult, rows: Rows | None) -> None:
        existing = self.known.by_name.get(one.source_name)
        mine = Rows()
        # Within a chunk, a new article writes nothing before the chunk's end:
        # no savepoint to roll back to.
        with self.resolver.atomic(savepoint=rows is None or existing is not None):
            if existing is None:
                # A copy: should the chunk be imported again file by file, the
                # article that the failed insert numbered is not used again.
                article = copy.copy(one.article)
                article.status, article.author = Status.DRAFT, self.user
            else:
                article = existing
                for name, value in one.values.items():
                    setattr(article, name, value)
            article.province = one.province or article.province
            self._validate(article)
            if existing is not None:
                article.save_without_historical_record()  # history: with ``mine``
            facts = build_facts(one, article, self.resolver)
            mine.add_article(
                article,
                created=existing is None,
                provinces=[one.province] if one.province else [],
                units=facts.units,
            )
            replace = existing is not None
            result.facts = mine.add_facts(new_facts(facts, article, replace=replace))
            if existing is None:
                article.derive_fields(taken_slugs=self.known.slugs)
            if rows is None:
                self.resolver.save_new()
                mine.save(self.user)
        if rows is not None:
            rows.extend(mine)
        self.known.remember(one, article)
        if existing is not None and existing.status == Status.PUBLISHED:
            self.touched_public |= existing.is_public
            self.public_articles.add(existing.pk)
            self.public_provinces.add(article.province_id)

    @staticmethod
    def _validate(article: Article) -> None:
        """``full_clean`` but for the duplicate text (``Known`` checked the
        chunk's texts at once) and the constraints (the database checks them
        on insert; Django would run one query per constraint)."""
        errors: dict = {}
        checks = [
            partial(article.clean_fields, exclude=ARTICLE_DERIVED),
            article.validate_publication,
        ]
        for check in checks:
            try:
                check()
            except ValidationError as exc:
                errors = exc.update_error_dict(errors)
        if errors:
            raise ValidationError(errors)


def _invalid(one: Draft, exc: ValidationError) -> str:
    messages = "; ".join(exc.messages)
    return f"Tệp “{one.name}” không nhập được: {messages}"


def _refused(one: Draft, exc: DatabaseError) -> str:
    # The database's own words name tables and constraints: for the log only.
    logger.warning("import of %s refused by the database: %s", one.name, exc)
    return (
        f"Tệp “{one.name}” không nhập được: cơ sở dữ liệu từ chối dữ liệu của bài "
        "(đã ghi vào nhật ký). Không có gì của tệp này được lưu."
    )


def _unexpected(one: Draft) -> str:
    return (
        f"Tệp “{one.name}” không nhập được do một lỗi của chương trình (đã ghi vào "
        "nhật ký để sửa). Không có gì của tệp này được lưu."
    )
