"""Province labels: ``{{ province|era_label }}`` → ``Bắc Giang (trước 01/07/2025)``.

A fact's link to its source sentence is the model's ``source_url``.
"""

from django import template

from public import glossary, summaries

register = template.Library()

register.filter("post_office_name", summaries.post_office_name)
register.filter("place_name", summaries.place_name)
register.filter("glossary_anchor", glossary.glossary_anchor)


@register.filter
def era_label(province):
    return summaries.era_label(province)
