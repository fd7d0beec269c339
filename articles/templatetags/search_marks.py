"""Search results' highlighting: ``{% load search_marks %}``.

``{{ article.title|highlight:query }}`` and ``{{ article|excerpt:query }}``
with ``query`` an ``articles.search.Query``; both escape the text themselves.
"""

from django import template

from articles import search

register = template.Library()


@register.filter
def highlight(text, query):
    return search.highlight(str(text), query)


@register.filter
def excerpt(article, query):
    return search.excerpt(" ".join(filter(None, [article.lead, article.body])), query)
