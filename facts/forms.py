"""Form fields and forms for the facts: amounts typed the Vietnamese way."""

from decimal import Decimal

from django import forms

from common.formatting import (
    AmountError,
    amount_input,
    parse_amount,
    parse_partial_date,
    partial_date,
)

from .models import (
    MONEY_UNITS,
    AwardKind,
    Ceremony,
    CeremonyKind,
    Commendation,
    FigureUnit,
    Metric,
    YearlyFigure,
)


def amount_kind_error(kind: str, unit: str) -> str | None:
    """Why an amount typed as ``kind`` (``%``, ``money``, ``""``) does not fit
    a figure in ``unit``, or None."""
    if kind == "%" and unit and unit != FigureUnit.PERCENT:
        return "Số liệu này không tính bằng phần trăm: bỏ dấu %."
    if kind == "money" and unit and unit not in MONEY_UNITS:
        return "Số liệu này không phải là tiền: bỏ “tỷ”, “triệu”, “đồng”."
    return None


class AmountField(forms.Field):
    """An amount or percentage as a Vietnamese editor types and reads it.

    Accepts ``10,3``, ``28,5%``, ``305 tỷ``, ``12,18 triệu``, ``23.000.000``,
    ``314,6 tỷ đồng``; shows ``10,3 %`` or ``118,9 tỷ đồng`` for the figure's
    ``unit``. A text input: ``type=number`` drops the decimal comma.
    """

    widget = forms.TextInput
    default_error_messages = {"invalid": "Không đọc được số này."}

    def __init__(self, *, unit: str = "", **kwargs):
        self.unit = unit
        kwargs.setdefault(
            "help_text", "Ví dụ: 10,3 — 28,5% — 314,6 tỷ — 12,18 triệu — 23.000.000."
        )
        super().__init__(**kwargs)

    def widget_attrs(self, widget):
        return {**super().widget_attrs(widget), "inputmode": "decimal", "size": 22}

    def prepare_value(self, value):
        if isinstance(value, Decimal | int | float):
            return amount_input(value, self.unit)
        return value

    def to_python(self, value) -> Decimal | None:
        if value in self.empty_values or not str(value).strip():
            return None
        if isinstance(value, Decimal | int):
            return Decimal(value)
        try:
            number, kind = parse_amount(str(value))
        except AmountError as error:
            raise forms.ValidationError(str(error), code="invalid") from error
        if message := amount_kind_error(kind, self.unit):
            raise forms.ValidationError(message, code="unit")
        return number

    def has_changed(self, initial, data):
        try:
            return self.to_python(data) != (
                None if initial is None else Decimal(initial)
            )
        except forms.ValidationError:
            return True


class YearlyFigureForm(forms.ModelForm):
    """A figure in the admin (its page and the article's inline)."""

    value = AmountField(label="giá trị")

    class Meta:
        model = YearlyFigure
        fields = "__all__"  # noqa: DJ007 (the admin narrows it to its fieldsets)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        unit = self.instance.unit if self.instance.pk else ""
        if self.is_bound:
            unit = self.data.get(self.add_prefix("unit"), unit)
        self.fields["value"].unit = unit


class ObjectChoiceField(forms.ChoiceField):
    """A choice among objects read once for the whole page (a ModelChoiceField
    would query its table again for every form)."""

    def __init__(self, objects, **kwargs):
        self.objects = {str(o.pk): o for o in objects}
        choices = [(pk, str(o)) for pk, o in self.objects.items()]
        if not kwargs.get("required", True):
            choices = [("", "—"), *choices]
        super().__init__(choices=choices, **kwargs)

    def prepare_value(self, value):
        return str(getattr(value, "pk", value) or "")

    def clean(self, value):
        value = super().clean(value)
        return self.objects.get(value) if value else None


class PartialDateField(forms.CharField):
    """``25/12/2019``, ``12/2019`` or ``2019``: (day, month, year)."""

    def clean(self, value):
        try:
            return parse_partial_date(super().clean(value) or "")
        except AmountError as error:
            raise forms.ValidationError(str(error)) from error


def _text(label, **kwargs):
    kwargs.setdefault("required", False)
    return forms.CharField(label=label, **kwargs)


class FactReviewForm(forms.Form):
    """One fact's published fields on the review panel, edited in place.

    ``changes()`` gives the model fields to set; ``people()`` and
    ``recipients()`` the attendees or recipients to correct or add, each
    ``(row or None, values)``; ``removals()`` nothing: removing is its own
    button. Named by the fact's key (``figure-12``) so a page holds many.
    """

    model_fields: list[str] = []

    def __init__(self, fact, *args, key: str, provinces, units=(), **kwargs):
        super().__init__(*args, prefix=key, **kwargs)
        self.fact = fact
        self.fields["province"] = ObjectChoiceField(provinces, label="tỉnh, thành phố")
        self.initial.setdefault("province", fact.province_id)
        for name in self.model_fields:
            self.initial.setdefault(name, getattr(fact, name))

    def changes(self) -> dict:
        data = self.cleaned_data
        return {
            name: data[name]
            for name in [*self.model_fields, "province"]
            if name in data and data[name] != getattr(self.fact, name)
        }

    def people(self):
        return []

    def recipients(self):
        return []

    def disable(self):
        for field in self.fields.values():
            field.disabled = True


class FigureReviewForm(FactReviewForm):
    year = forms.IntegerField(label="năm", min_value=1945, max_value=2100)
    metric = forms.ChoiceField(label="chỉ tiêu", choices=Metric.choices)
    label = _text("nhãn", max_length=160)
    value = AmountField(label="giá trị", help_text="")
    unit = forms.ChoiceField(label="đơn vị", choices=FigureUnit.choices)
    qualifier = _text("từ chỉ mức", max_length=20)
    subject = _text("đối tượng", max_length=160)
    model_fields = ["year", "metric", "label", "value", "unit", "qualifier", "subject"]

    def __init__(self, fact, *args, **kwargs):
        super().__init__(fact, *args, **kwargs)
        unit = (
            self.data.get(self.add_prefix("unit"), fact.unit)
            if self.is_bound
            else fact.unit
        )
        self.fields["value"].unit = unit


class CeremonyReviewForm(FactReviewForm):
    title = forms.CharField(label="tên sự kiện", max_length=300)
    kind = forms.ChoiceField(label="loại", choices=CeremonyKind.choices)
    date = PartialDateField(label="ngày", required=False, max_length=12)
    model_fields = ["title", "kind"]

    def __init__(self, fact, *args, units=(), **kwargs):
        super().__init__(fact, *args, **kwargs)
        self.fields["host_unit"] = ObjectChoiceField(
            units, label="đơn vị tổ chức", required=False
        )
        self.initial.setdefault("host_unit", fact.host_unit_id)
        self.initial.setdefault("date", partial_date(fact.day, fact.month, fact.year))
        for attendee in fact.attendees.all():
            self._person_fields(f"a{attendee.pk}", attendee)
        self._person_fields("new", None)

    def _person_fields(self, stem, attendee):
        required = attendee is not None
        self.fields[f"{stem}_name"] = _text("họ tên", max_length=120, required=required)
        self.fields[f"{stem}_title"] = _text("chức danh", max_length=200)
        self.fields[f"{stem}_org"] = _text("cơ quan", max_length=200)
        if attendee is not None:
            self.initial.setdefault(f"{stem}_name", attendee.person.name)
            self.initial.setdefault(f"{stem}_title", attendee.title)
            self.initial.setdefault(
                f"{stem}_org",
                attendee.organization.name if attendee.organization else "",
            )

    def attendee_rows(self):
        """(attendee, name, title, organisation bound fields) for the template."""
        rows = [(a, f"a{a.pk}") for a in self.fact.attendees.all()]
        return [
            (a, self[f"{stem}_name"], self[f"{stem}_title"], self[f"{stem}_org"])
            for a, stem in rows
        ]

    def new_attendee(self):
        return self["new_name"], self["new_title"], self["new_org"]

    def changes(self) -> dict:
        changes = super().changes()
        day, month, year = self.cleaned_data["date"]
        new = {
            "day": day,
            "month": month,
            "year": year,
            "host_unit": self.cleaned_data["host_unit"],
        }
        changes.update({k: v for k, v in new.items() if v != getattr(self.fact, k)})
        return changes

    def people(self):
        rows = []
        data = self.cleaned_data
        for attendee in self.fact.attendees.all():
            stem = f"a{attendee.pk}"
            values = {
                "name": data[f"{stem}_name"],
                "title": data[f"{stem}_title"],
                "organization": data[f"{stem}_org"],
            }
            before = {
                "name": attendee.person.name,
                "title": attendee.title,
                "organization": attendee.organization.name
                if attendee.organization
                else "",
            }
            if values != before:
                rows.append((attendee, values))
        if data["new_name"].strip():
            rows.append(
                (
                    None,
                    {
                        "name": data["new_name"],
                        "title": data["new_title"],
                        "organization": data["new_org"],
                    },
                )
            )
        return rows


class CommendationReviewForm(FactReviewForm):
    award_name = forms.CharField(label="tên khen thưởng", max_length=300)
    kind = forms.ChoiceField(label="loại", choices=AwardKind.choices)
    issuer_name = _text("cơ quan tặng", max_length=200)
    year = forms.IntegerField(
        label="năm", required=False, min_value=1945, max_value=2100
    )
    year_end = forms.IntegerField(
        label="đến năm", required=False, min_value=1945, max_value=2100
    )
    collective_count = forms.IntegerField(
        label="số tập thể", required=False, min_value=0
    )
    individual_count = forms.IntegerField(
        label="số cá nhân", required=False, min_value=0
    )
    total_count = forms.IntegerField(label="tổng số", required=False, min_value=0)
    new_recipient = _text("thêm người, đơn vị được khen", max_length=200)
    model_fields = [
        "award_name",
        "kind",
        "year",
        "year_end",
        "collective_count",
        "individual_count",
        "total_count",
    ]

    def __init__(self, fact, *args, **kwargs):
        super().__init__(fact, *args, **kwargs)
        self.initial.setdefault("issuer_name", fact.issuer.name if fact.issuer else "")
        for recipient in fact.recipients.all():
            self.fields[f"r{recipient.pk}_name"] = forms.CharField(
                label="tên", max_length=200
            )
            self.initial.setdefault(f"r{recipient.pk}_name", recipient.name)

    def recipient_rows(self):
        return [(r, self[f"r{r.pk}_name"]) for r in self.fact.recipients.all()]

    def changes(self) -> dict:
        changes = super().changes()
        issuer = " ".join(self.cleaned_data["issuer_name"].split())
        if issuer != (self.fact.issuer.name if self.fact.issuer else ""):
            changes["issuer_name"] = issuer
        return changes

    def recipients(self):
        rows = [
            (r, self.cleaned_data[f"r{r.pk}_name"])
            for r in self.fact.recipients.all()
            if " ".join(self.cleaned_data[f"r{r.pk}_name"].split()) != r.name
        ]
        if self.cleaned_data["new_recipient"].strip():
            rows.append((None, self.cleaned_data["new_recipient"]))
        return rows


REVIEW_FORMS = {
    YearlyFigure: FigureReviewForm,
    Ceremony: CeremonyReviewForm,
    Commendation: CommendationReviewForm,
}
