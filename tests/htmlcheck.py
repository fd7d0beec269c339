"""A small HTML checker for the public pages' tests, built on ``html.parser``.

``problems(html)`` lists what is wrong, empty when the page is fine:

- no ``<!doctype html>``, or ``<html>`` without ``lang``;
- an element left open, closed in the wrong order or closed without being
  opened; an end tag on a void element (``</br>``); ``<div/>`` outside SVG;
- not exactly one ``<h1>``; an ``<img>`` without ``alt`` (``alt=""`` is fine
  for a decorative image); an ``id`` used twice;
- with ``head=True``: no ``<title>``, description, canonical link (absolute),
  or Open Graph ``og:title``, ``og:description``, ``og:type``, ``og:url``
  (the canonical URL).

Strict on purpose: every non-void element is closed explicitly, as our
templates write them, even where HTML would allow leaving it open.
"""

from html.parser import HTMLParser

VOID = {
    *("area", "base", "br", "col", "embed", "hr", "img", "input"),
    *("link", "meta", "source", "track", "wbr"),
}
OPEN_GRAPH = ("og:title", "og:description", "og:type", "og:url")


class _Checker(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self.stack: list[tuple[str, int]] = []
        self.doctype = False
        self.h1 = 0
        self.ids: set[str] = set()
        self.meta: dict[str, str] = {}
        self.title: list[str] = []

    def handle_decl(self, decl):
        self.doctype = self.doctype or decl.lower() == "doctype html"

    def handle_starttag(self, tag, attrs):
        self._element(tag, dict(attrs))
        if tag not in VOID:
            self.stack.append((tag, self.getpos()[0]))

    def handle_startendtag(self, tag, attrs):
        self._element(tag, dict(attrs))
        if tag not in VOID and not any(t in ("svg", "math") for t, _ in self.stack):
            self._problem(f"<{tag}/> is not a void element: close it with </{tag}>")

    def handle_endtag(self, tag):
        if tag in VOID:
            self._problem(f"</{tag}>: a void element has no end tag")
            return
        open_tags = [t for t, _ in self.stack]
        if tag not in open_tags:
            self._problem(f"</{tag}> closes nothing")
            return
        while self.stack:
            open_tag, line = self.stack.pop()
            if open_tag == tag:
                return
            self._problem(f"<{open_tag}> opened on line {line} is not closed")

    def handle_data(self, data):
        if self.stack and self.stack[-1][0] == "title":
            self.title.append(data)

    def close(self):
        super().close()
        for tag, line in self.stack:
            self._problem(f"<{tag}> opened on line {line} is not closed")

    def _element(self, tag, attrs):
        if tag == "html" and not attrs.get("lang"):
            self._problem("<html> has no lang")
        if tag == "h1":
            self.h1 += 1
        if tag == "img" and "alt" not in attrs:
            self._problem(f"<img src={attrs.get('src')!r}> has no alt")
        if "id" in attrs:
            if attrs["id"] in self.ids:
                self._problem(f"id {attrs['id']!r} is used twice")
            self.ids.add(attrs["id"])
        if tag == "meta" and (attrs.get("name") or attrs.get("property")):
            key = attrs.get("name") or attrs.get("property")
            self.meta[key] = (attrs.get("content") or "").strip()
        if tag == "link" and attrs.get("rel") == "canonical":
            self.meta["canonical"] = (attrs.get("href") or "").strip()

    def _problem(self, text):
        self.found.append(f"line {self.getpos()[0]}: {text}")


def parse(html: str) -> _Checker:
    checker = _Checker()
    checker.feed(html)
    checker.close()
    return checker


def problems(html: str, *, head: bool = True) -> list[str]:
    checker = parse(html)
    found = list(checker.found)
    if not checker.doctype:
        found.append("no <!doctype html>")
    if checker.h1 != 1:
        found.append(f"{checker.h1} <h1> elements, not one")
    if head:
        found += _head_problems(checker)
    return found


def _head_problems(checker: _Checker) -> list[str]:
    meta = checker.meta
    found = []
    if not "".join(checker.title).strip():
        found.append("empty <title>")
    if not meta.get("description"):
        found.append("no description meta")
    canonical = meta.get("canonical", "")
    if not canonical.startswith(("http://", "https://")):
        found.append(f"canonical URL {canonical!r} is not absolute")
    found += [f"no {name} meta" for name in OPEN_GRAPH if not meta.get(name)]
    if meta.get("og:url") and meta["og:url"] != canonical:
        found.append(f"og:url {meta['og:url']!r} is not the canonical URL")
    return found
