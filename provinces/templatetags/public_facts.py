"""Links from facts to their source sentence, and province labels.

``{{ figure|source_url }}`` → ``/bai-viet/<slug>/#cau-12``; ``{{ province|era_label }}``
→ ``Bắc Giang (trước 01/07/2025)``; ``{{ figure|figure_label }}``.
"""

from django import template

from provinces import summaries

register = template.Library()

register.filter("source_url", summaries.source_url)
register.filter("source_anchor", summaries.source_anchor)
register.filter("figure_label", summaries.figure_label)
register.filter("post_office_name", summaries.post_office_name)
register.filter("place_name", summaries.place_name)


@register.filter
def era_label(province):
    return summaries.era_label(province)
