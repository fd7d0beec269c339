"""Tags for the page head: canonical URL and a block reused as meta text.

``{% reuse_block "description" %}`` renders a block of the current template
once more (Django allows each block once), as plain text fit for a
``content="…"`` attribute: tags stripped, white space collapsed, escaped.
"""

import html
import json
import re

from django import template
from django.template.loader_tags import BLOCK_CONTEXT_KEY
from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe

register = template.Library()

_SPACES = re.compile(r"\s+")


@register.filter
def meta_text(value) -> str:
    """Text fit for a meta attribute, from a block's (already escaped) output."""
    text = html.unescape(strip_tags(str(value)))
    return escape(_SPACES.sub(" ", text).strip())


@register.simple_tag(takes_context=True)
def reuse_block(context, name: str) -> str:
    block_context = context.render_context.get(BLOCK_CONTEXT_KEY)
    block = block_context.get_block(name) if block_context else None
    if block is None:
        return ""
    return meta_text(block.render(context))


@register.simple_tag(takes_context=True)
def canonical_url(context) -> str:
    """This page's absolute URL without its query string."""
    request = context.get("request")
    return request.build_absolute_uri(request.path) if request else ""


# As Django's json_script: nothing in the data can close the script element.
_JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag
def json_ld(data: dict) -> str:
    """``<script type="application/ld+json">`` holding ``data`` (not run by
    the browser, so a Content-Security-Policy does not concern it)."""
    text = json.dumps(data, ensure_ascii=False).translate(_JSON_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')
