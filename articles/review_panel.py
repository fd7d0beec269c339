"""The review panel on an article's change page: every fact with every field
the public will see, its source sentence, edited and judged in place.

Rows are built here; the admin view (``ArticleAdmin.review_view``) posts to
``facts.review``, the one write path. A query count that does not grow with
the number of facts: the facts and their attendees and recipients are read
in five queries, provinces and units once for every form.
"""

from django.core.exceptions import ValidationError

from common.formatting import amount_input, figure_value
from facts.forms import REVIEW_FORMS
from facts.models import ReviewState, YearlyFigure
from facts.review import (
    article_facts,
    correct_and_review,
    doubtful_first,
    fact_key,
    remove_attendee,
    remove_recipient,
    review_fact,
)
from provinces.models import PostalUnit, Province

from .importing.mapping import highlight

# How sure the extractor must be for a fact not to be marked doubtful.
SURE = 0.8


def choices_for(facts) -> dict:
    """The provinces and the host units the forms offer, read once."""
    provinces = list(Province.objects.order_by("era", "name"))
    places = {c.province_id for c in facts.ceremonies}
    units = (
        list(PostalUnit.objects.filter(province__in=places).order_by("name"))
        if places
        else []
    )
    return {"provinces": provinces, "units": units}


def summary(fact) -> str:
    """``Doanh thu năm 2019: hơn 287 tỷ đồng``; other facts as they print."""
    if not isinstance(fact, YearlyFigure):
        return str(fact)
    value = " ".join(
        filter(None, [fact.qualifier, figure_value(fact.value, fact.unit)])
    )
    return f"{fact.display_label} năm {fact.year}: {value}"


def make_form(fact, choices, data=None, *, editable=True):
    form = REVIEW_FORMS[type(fact)](fact, data, key=fact_key(fact), **choices)
    if not editable:
        form.disable()
    return form


def review_rows(article, *, editable=True, bound=None) -> list[dict]:
    """One row per fact, doubtful first; ``bound``: a fact key and the form
    posted for it (shown with its errors)."""
    facts = article_facts(article)
    choices = choices_for(facts)
    texts = [*article.paragraphs(), article.lead, *article.caption_list()]
    rows = []
    for fact in doubtful_first(facts):
        key = fact_key(fact)
        form = (
            bound[1]
            if bound and bound[0] == key
            else make_form(fact, choices, editable=editable)
        )
        rows.append(row_for(fact, key, form, texts))
    return rows


def row_for(fact, key, form, texts) -> dict:
    confidence = fact.confidence
    return {
        "key": key,
        "fact": fact,
        "kind": fact._meta.verbose_name,
        "type": type(fact).__name__.lower(),
        "form": form,
        "summary": summary(fact),
        "source": highlight(texts, fact.source_text),
        "conflicting": getattr(fact, "conflicting", False),
        "doubtful": confidence is not None and confidence < SURE,
        "confidence": None if confidence is None else round(confidence * 100),
        "reason": fact.reason,
        "value": (
            amount_input(fact.value, fact.unit)
            if isinstance(fact, YearlyFigure)
            else None
        ),
    }


def apply(fact, action: str, data, choices, user) -> tuple[str, object]:
    """Carry out one action of the panel on ``fact``; returns the message and
    the form to show again (bound, with errors) or ``None``.

    Raises ``ValidationError`` with the reason when nothing was saved.
    """
    kind, _, pk = action.partition(":")
    if kind == "remove_attendee":
        attendee = next((a for a in fact.attendees.all() if str(a.pk) == pk), None)
        if attendee is None:
            raise ValidationError("Người dự này không còn trong danh sách.")
        remove_attendee(attendee, user=user)
        return f"Đã bỏ “{attendee.person}” khỏi danh sách người dự.", None
    if kind == "remove_recipient":
        recipient = next((r for r in fact.recipients.all() if str(r.pk) == pk), None)
        if recipient is None:
            raise ValidationError("Người, đơn vị này không còn trong danh sách.")
        remove_recipient(recipient, user=user)
        return f"Đã bỏ “{recipient}” khỏi danh sách được khen.", None
    if kind == "reject":
        review_fact(fact, state=ReviewState.REJECTED, user=user)
        return f"“{summary(fact)}”: đã loại.", None
    if kind not in {"accept", "save"}:
        raise ValidationError("Không rõ thao tác.")
    state = ReviewState.ACCEPTED if kind == "accept" else None
    key = fact_key(fact)
    if not any(name.startswith(f"{key}-") for name in data):
        # A short form: only a figure's value, or nothing (accept as it is).
        value = None
        if data.get("value") and isinstance(fact, YearlyFigure):
            form = make_form(fact, choices)
            value = form.fields["value"].clean(data["value"])
        review_fact(fact, state=state, user=user, value=value)
    else:
        form = make_form(fact, choices, data)
        if not form.is_valid():
            return "", form
        correct_and_review(
            fact,
            changes=form.changes(),
            people=form.people(),
            recipients=form.recipients(),
            state=state,
            user=user,
        )
    verb = "đã lưu và duyệt" if state else "đã lưu"
    return f"“{summary(fact)}”: {verb}.", None
