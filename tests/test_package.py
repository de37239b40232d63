"""govbench as a package: what it imports is what it declares, and the wheel works alone."""

from __future__ import annotations

import ast
import importlib.metadata
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import tomllib
import urllib.request
import zipfile
from pathlib import Path

import duckdb
import pytest

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
    # an extra's packages are declared too (`govbench[dask]`): imported only by what the extra
    # is for, which says in one line to install the extra when it is missing
    specs = [
        *project["dependencies"],
        *(s for e in project["optional-dependencies"].values() for s in e),
    ]
    declared = {_normal(re.split(r"[\s<>=!~;\[]", spec, maxsplit=1)[0]) for spec in specs}
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


# --- the wheel, installed outside the checkout, behaves like the checkout -----------------


def _uv() -> str:
    # `make setup` puts uv on PATH or in .tools/ (Makefile); the test needs it to build
    found = shutil.which("uv") or ROOT / ".tools" / "bin" / "uv"
    assert Path(found).exists(), "uv not found: run make setup"
    return str(found)


def _run(cmd, cwd: Path, env: dict | None = None, timeout: int = 300) -> str:
    done = subprocess.run(
        [str(c) for c in cmd], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout
    )
    assert done.returncode == 0, f"{cmd}: exit {done.returncode}\n{done.stdout}\n{done.stderr}"
    return done.stdout


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> dict:
    """The wheel built from this checkout, installed into a new venv in a temporary folder;
    its dependencies at the versions of uv.lock (from uv's cache or the registry)."""
    tmp = tmp_path_factory.mktemp("wheel")
    uv = _uv()
    _run([uv, "build", "--wheel", "--quiet", "--out-dir", tmp / "dist"], cwd=ROOT)
    wheel = next((tmp / "dist").glob("govbench-*.whl"))
    _run(
        [
            uv,
            "export",
            "--frozen",
            "--no-dev",
            "--no-hashes",
            "--no-emit-project",
            "--quiet",
            "-o",
            tmp / "constraints.txt",
        ],
        cwd=ROOT,
    )
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH")}
    _run([uv, "venv", "--quiet", "--python", sys.executable, tmp / "venv"], cwd=tmp, env=env)
    _run(
        [
            uv,
            "pip",
            "install",
            "--quiet",
            "--python",
            tmp / "venv" / "bin" / "python",
            "-c",
            tmp / "constraints.txt",
            wheel,
        ],
        cwd=tmp,
        env=env,
    )
    work = tmp / "work"
    work.mkdir()
    return {"wheel": wheel, "bin": tmp / "venv" / "bin", "work": work, "env": env}


@pytest.mark.slow
def test_the_wheel_carries_the_suites_the_aliases_the_sample_and_the_app(installed):
    with zipfile.ZipFile(installed["wheel"]) as wheel:
        names = set(wheel.namelist())
    suites = {f"govbench/expectations/{p.name}" for p in (ROOT / "expectations").glob("*.json")}
    assert suites and suites <= names
    reports = {
        f"govbench/{p.relative_to(ROOT).as_posix()}"
        for p in (ROOT / "data" / "reports").rglob("*")
        if p.is_file()
    }
    assert len(reports) > 200 and reports <= names
    assert {
        "govbench/data/region_aliases.csv",
        "govbench/ui/app.py",
        "govbench/ui/pages/report.py",
        "govbench/rules/bodies.toml",
        "govbench/store/schema.sql",
        "govbench/store/queries.sql",
    } <= names
    # a user downloads it: the sample is most of it, and stays small
    assert installed["wheel"].stat().st_size < 3 * 2**20


@pytest.mark.slow
def test_the_installed_package_parses_ingests_checks_ranks_and_serves_like_the_checkout(installed):
    govbench, work, env = installed["bin"] / "govbench", installed["work"], installed["env"]

    # parse: the same JSON as the checkout, report for report (region aliases included)
    files = sorted(str(p) for p in (ROOT / "data" / "reports").rglob("*") if p.is_file())
    ours = _run([govbench, "parse", "--json", *files], cwd=work, env=env)
    theirs = _run([sys.executable, "-m", "govbench.cli", "parse", "--json", *files], cwd=work)
    assert ours == theirs
    zone = next(
        json.loads(line) for line in ours.splitlines() if "hebei-langfang-linkong-2022" in line
    )
    assert (zone["region"]["city"], zone["region"]["code"]) == ("廊坊市", "131000")

    # demo without the app: ingest the shipped sample, run every suite
    out = _run([govbench, "demo", "--no-app", "--db", "demo.duckdb"], cwd=work, env=env)
    assert f"{len(files)} reports added, 0 unchanged, 0 unreadable" in out
    rules = sum(
        len(json.loads(p.read_text(encoding="utf-8"))["expectations"])
        for p in (ROOT / "expectations").glob("*.json")
    )
    assert f": {rules} rules, " in out
    db = work / "demo.duckdb"
    with duckdb.connect(str(db), read_only=True) as con:
        ran = con.execute(
            "SELECT count(DISTINCT (suite, expectation)) FROM quality_results"
        ).fetchone()[0]
    assert ran == rules

    out = _run(
        [govbench, "rank", "--db", db, "--year", "2021", "--format", "csv"], cwd=work, env=env
    )
    assert "平潭综合实验区" in out

    # the app's pages, from the package alone, render without an exception
    probe = (
        "from streamlit.testing.v1 import AppTest\n"
        "import govbench.ui.app as app\n"
        "at = AppTest.from_file(app.__file__, default_timeout=60)\n"
        "at.run()\n"
        "assert not at.exception, at.exception\n"
        "print(at.title[0].value)\n"
    )
    out = _run(
        [installed["bin"] / "python", "-c", probe], cwd=work, env={**env, "GOVBENCH_DB": str(db)}
    )
    assert "总览" in out  # the landing page's title

    # and `govbench app` serves it
    port = _free_port()
    log = (work / "app.log").open("w")
    server = subprocess.Popen(
        [govbench, "app", "--db", db, "--port", str(port)],
        cwd=work,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        answer, deadline = None, time.monotonic() + 60
        while answer != "ok" and time.monotonic() < deadline and server.poll() is None:
            time.sleep(0.5)
            try:
                with urllib.request.urlopen(
                    f"http://127.0.0.1:{port}/_stcore/health", timeout=2
                ) as response:
                    answer = response.read().decode()
            except OSError:
                continue
        assert answer == "ok", (work / "app.log").read_text()
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()
    # stopping `govbench app` stops the server: no process left serving the port
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2):
                time.sleep(0.5)
        except OSError:
            break
    else:
        raise AssertionError(f"the app still answers on port {port} after govbench app stopped")


def test_a_suites_folder_without_suites_is_an_error_not_a_check_that_passes(tmp_path):
    from govbench.check.quality import load_suites

    with pytest.raises(FileNotFoundError, match="no expectation suites"):
        load_suites(tmp_path)
