"""The modules form a graph with no circle.

import-linter (``make test``, contracts in ``pyproject.toml``) keeps every
import pointing down; beside it, this test checks that the modules one level
below each app (``articles.admin``, ``public.pages``, ...) import each other in
no circle, which the layer contract allows among siblings of one layer.
"""

from collections import defaultdict

import grimp

APPS = ("common", "partners", "provinces", "articles", "facts", "public")
PACKAGES = (*APPS, "vnpost_cms")


def node(module: str) -> str:
    parts = module.split(".")
    return ".".join(parts[:2]) if parts[0] in APPS else parts[0]


def import_edges() -> dict[str, set[str]]:
    graph = grimp.build_graph(*PACKAGES)
    edges = defaultdict(set)
    for module in graph.modules:
        for imported in graph.find_modules_directly_imported_by(module):
            if node(module) != node(imported):
                edges[node(module)].add(node(imported))
    return edges


def circles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one node (Tarjan)."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(v):
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in edges.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for v in list(edges):
        if v not in index:
            visit(v)
    return found


def test_circles_are_found_when_they_exist():
    assert circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [
        ["a", "b", "c"]
    ]


def test_the_project_modules_import_each_other_in_no_circle():
    assert circles(import_edges()) == []
