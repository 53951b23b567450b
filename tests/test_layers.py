"""The shape of the code holds: layers import downwards only, Qt stays where it belongs, no cycles.

Read from the source with `ast`, so imports inside functions and under TYPE_CHECKING count too.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import newsdesk

SOURCE = Path(newsdesk.__file__).parent

# Each top-level module or package of newsdesk and its layer: a module may import from its own
# package and from packages of the same or a lower layer, never from a higher one.
LAYERS: dict[str, int] = {
    "newsdesk": 0,
    "errors": 0,
    "paths": 0,
    "appinfo": 0,
    "filemodes": 0,
    "livefiles": 0,
    "timeutil": 0,
    "atomic": 0,
    "logs": 0,
    "display": 0,
    "process_pool": 0,
    "domain": 1,
    "text": 1,
    "settings": 2,
    "storage": 3,
    "render": 4,
    "export": 5,
    "importers": 6,
    "services": 7,
    "gui": 8,
    "app": 9,
    "cli": 10,
}
# Qt's widgets belong to the desktop app; QtGui is also used to lay out and write PDFs.
WIDGETS_ALLOWED = ("gui", "app")
QT_ALLOWED = ("gui", "app", "render.pdf")


def module_name(path: Path) -> str:
    """The dotted name of a source file of the package."""
    parts = list(path.relative_to(SOURCE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {
    module_name(path): path for path in SOURCE.rglob("*.py") if "migrations" not in path.parts
}


def imported_names(path: Path) -> Iterator[str]:
    """Every absolute module name `path` imports, at any depth of the file."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module
            yield from (f"{node.module}.{alias.name}" for alias in node.names)


def newsdesk_imports(path: Path) -> set[str]:
    """The modules of newsdesk that `path` imports."""
    return {name for name in imported_names(path) if name in MODULES}


def top(module: str) -> str:
    """The top-level package or module of newsdesk that `module` belongs to."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def inside(module: str, places: tuple[str, ...]) -> bool:
    return any(module == f"newsdesk.{p}" or module.startswith(f"newsdesk.{p}.") for p in places)


def test_every_module_has_a_layer() -> None:
    assert sorted({top(m) for m in MODULES} - set(LAYERS)) == []


def test_imports_go_down_the_layers_only() -> None:
    upward = [
        f"{module} imports {target}"
        for module, path in MODULES.items()
        for target in newsdesk_imports(path)
        if top(target) != top(module) and LAYERS[top(target)] > LAYERS[top(module)]
    ]
    assert upward == []


def test_qt_stays_in_the_desktop_app_and_the_pdf_writer() -> None:
    widgets, qt = [], []
    for module, path in MODULES.items():
        names = set(imported_names(path))
        if not inside(module, WIDGETS_ALLOWED) and any("QtWidgets" in n for n in names):
            widgets.append(module)
        if not inside(module, QT_ALLOWED) and any(n.startswith("PySide6") for n in names):
            qt.append(module)
    assert (widgets, qt) == ([], [])


def test_no_import_cycles_not_even_type_only_ones() -> None:
    graph = {module: newsdesk_imports(path) - {module} for module, path in MODULES.items()}
    cycles = strongly_connected(graph)
    assert cycles == []


def strongly_connected(graph: dict[str, set[str]]) -> list[list[str]]:
    """The groups of modules that import each other, directly or round about (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_cycle_finder_finds_a_cycle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert strongly_connected(graph) == [["a", "b", "c"]]
