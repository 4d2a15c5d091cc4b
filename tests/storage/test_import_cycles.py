"""No import circles among the entity extractor's modules (function-level and TYPE_CHECKING imports count)."""
from __future__ import annotations

import grimp

PACKAGE = "storage.extraction.entities"


def _cycle(graph: grimp.ImportGraph, modules: set[str]) -> list[str] | None:
    """One import cycle among modules (as a chain that returns to its start), else None."""
    edges = {m: sorted(graph.find_modules_directly_imported_by(m) & modules) for m in modules}
    done: set[str] = set()
    for root in sorted(modules):
        if root in done:
            continue
        path, stack = [root], [iter(edges[root])]
        while stack:
            nxt = next(stack[-1], None)
            if nxt is None:
                done.add(path.pop())
                stack.pop()
                continue
            if nxt in path:
                return path[path.index(nxt):] + [nxt]
            if nxt not in done:
                path.append(nxt)
                stack.append(iter(edges[nxt]))
    return None


def test_entity_modules_import_no_circle():
    graph = grimp.build_graph("storage", cache_dir=None)
    modules = {m for m in graph.modules if m.startswith(PACKAGE)}  # the package, or the old flat entities_* modules
    assert len(modules) > 1
    cycle = _cycle(graph, modules)
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])
