"""No import circles: among the entity extractor's modules (function-level and TYPE_CHECKING imports count),
and among all the core's modules (function-level imports count: a lazy import still ties two modules together)."""
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


def _without_package_edges(graph: grimp.ImportGraph) -> grimp.ImportGraph:
    """A module imports its own package's __init__ whenever it imports a sibling (`from . import x`): that is
    Python's loading order, not a dependency on the package's contents."""
    for module in list(graph.modules):
        for imported in list(graph.find_modules_directly_imported_by(module)):
            if module.startswith(imported + "."):
                graph.remove_import(importer=module, imported=imported)
    return graph


def test_the_cycle_finder_sees_a_ring_of_three():
    graph = grimp.ImportGraph()
    for name in ("pkg", "pkg.a", "pkg.b", "pkg.c"):
        graph.add_module(name)
    graph.add_import(importer="pkg.a", imported="pkg.b")
    graph.add_import(importer="pkg.b", imported="pkg.c")
    graph.add_import(importer="pkg.c", imported="pkg.a")
    assert _cycle(graph, set(graph.modules)) == ["pkg.a", "pkg.b", "pkg.c", "pkg.a"]
    graph.remove_import(importer="pkg.c", imported="pkg.a")
    assert _cycle(graph, set(graph.modules)) is None


def test_core_modules_import_no_circle():
    graph = _without_package_edges(grimp.build_graph("storage", cache_dir=None, exclude_type_checking_imports=True))
    cycle = _cycle(graph, set(graph.modules))
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])
