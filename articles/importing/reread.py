"""The facts of an imported article read again, with the province chosen now.

An article whose province the import could not tell is imported without its
facts, which need a province. Once an editor has chosen one, ``reread_facts``
extracts the article's stored text again and proposes its facts for that
province, as a re-import of an edited text does: a fact the article already
has is not proposed twice, proposed facts the text no longer gives are
removed, and facts an editor has accepted or rejected are kept.
"""

from django.core.exceptions import ValidationError

from articles.extraction import ExtractionError, extract
from articles.models import Article
from common.cache import invalidate_public_pages

from .drafts import Draft
from .facts import build_facts, new_facts
from .resolve import Resolver
from .rows import Rows
from .sources import SourceFile

NO_PROVINCE = "Hãy chọn tỉnh, thành phố chính của bài trước khi đọc lại dữ kiện."


def reread_facts(article: Article, *, user=None) -> int:
    """Propose the facts of ``article``'s text for its province; how many are new.

    Raises ``ValidationError`` when the article has no province yet or its
    text cannot be read.
    """
    if article.province is None:
        raise ValidationError(NO_PROVINCE)
    try:
        extracted = extract(article_text(article), source=article.source_name)
    except ExtractionError as exc:
        raise ValidationError(str(exc)) from exc
    one = Draft(SourceFile(article.source_name), extracted, article.province)
    resolver, rows = Resolver(user=user), Rows()
    with resolver.atomic():
        facts = build_facts(one, article, resolver)
        count = rows.add_facts(new_facts(facts, article, replace=True))
        resolver.save_new()
        rows.save(user)
        article.provinces.add(article.province)
        article.units.add(*facts.units)
    if article.is_public:
        invalidate_public_pages()
    return count


def article_text(article: Article) -> str:
    """The stored article in the layout the extractor reads (``parser``).

    Title, then paragraphs one blank line apart, the photo captions after the
    first paragraph, each after a wider gap: read again, it gives the facts the
    file gave.
    """
    first, *rest = [p for p in [article.lead, *article.paragraphs()] if p] or [""]
    text = "\n\n".join(filter(None, [article.title, first]))
    text += "".join(f"\n\n\n{caption}" for caption in article.caption_list())
    return "\n\n".join([text, *rest]) + "\n"
