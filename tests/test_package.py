"""govbench as a package: what it imports is what it declares."""
from __future__ import annotations

import ast
import importlib.metadata
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _imported_modules(files: list[Path]) -> dict[str, set[str]]:
    """Top-level module name -> the files importing it (absolute imports only)."""
    found: dict[str, set[str]] = {}
    for f in files:
        for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                found.setdefault(name.split(".")[0], set()).add(str(f.relative_to(ROOT)))
    return found


def test_every_third_party_import_is_a_declared_dependency():
    # a module that comes only by way of another package's dependencies may vanish from an
    # install (rich did: the progress bar crashed every terminal ingest)
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = {_normal(re.split(r"[\s<>=!~;\[]", spec, maxsplit=1)[0])
                for spec in project["dependencies"]}
    files = sorted((ROOT / "src").rglob("*.py")) + [ROOT / "app.py"]
    providers = importlib.metadata.packages_distributions()
    undeclared = {}
    for module, where in _imported_modules(files).items():
        if module in sys.stdlib_module_names or module == "govbench":
            continue
        dists = {_normal(d) for d in providers.get(module, [])}
        if not dists & declared:
            undeclared[module] = sorted(where)
    assert undeclared == {}
