"""A/B of the speed changes against the code before them, in one process on the same inputs:
the base commit's table_split, sections and store modules against the working tree's,
interleaved round by round so a noisy machine hits both alike. Writes history/ab.json.

The parse half measured a rewrite of table_split.splits and a cache in sections: both gave
the same reports and no measurable speed (1.0x on 865 txt/html reports), so they were taken
back out; the parse half now compares equal modules and stays as a check that it would.

    python benchmark/ab.py [REPORTS] [BASE]

BASE defaults to the commit the benchmark work started from (recorded in
history/quick-before-optimisation.json).

Only the modules named are swapped; everything else (read/, the rest of parse/) is shared,
so the difference is what these edits did and nothing another engineer changed meanwhile.
"""
from __future__ import annotations

import importlib.util
import json
import shlex
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(HERE), str(ROOT / "src")]

import measure  # noqa: E402
from corpus import corpus, report_files  # noqa: E402


def committed(module: str, path: str, tmp: Path, base: str):
    """The `base` version of `path`, imported as a sibling of the package module it replaces."""
    source = subprocess.run(["git", "show", f"{base}:{path}"], cwd=ROOT, capture_output=True,
                            text=True, check=True).stdout
    file = tmp / (module.replace(".", "_") + ".py")
    file.write_text(source)
    spec = importlib.util.spec_from_file_location(module + "_head", file,
                                                  submodule_search_locations=None)
    mod = importlib.util.module_from_spec(spec)
    mod.__package__ = module.rsplit(".", 1)[0]      # its relative imports resolve as before
    sys.modules[spec.name] = mod                    # dataclasses look their module up there
    spec.loader.exec_module(mod)
    return mod


def main(reports: int = 1000, base: str | None = None, rounds: int = 3) -> None:
    base = base or json.loads((HERE / "history" / "quick-before-optimisation.json")
                              .read_text())["git"]["commit"]
    from govbench import store as new_store
    from govbench.ingest import _init_worker, process_file
    from govbench.parse import facts, problems, tables
    from govbench.parse import sections as new_sections
    from govbench.parse import table_split as new_split
    from govbench.read import read_document

    folder, _ = corpus(reports, 1)
    files = [f for f in report_files(folder) if f.suffix in (".txt", ".html")]
    docs = [read_document(f) for f in files]
    with tempfile.TemporaryDirectory() as tmp:
        old_split = committed("govbench.parse.table_split", "src/govbench/parse/table_split.py",
                              Path(tmp), base)
        old_sections = committed("govbench.parse.sections", "src/govbench/parse/sections.py",
                                 Path(tmp), base)
        old_store = committed("govbench.store", "src/govbench/store.py", Path(tmp), base)

        def use(split, sections) -> None:
            tables.splits = split.splits
            facts.split_sections = sections.split_sections
            problems.find_section = sections.find_section

        from govbench.parse import parse_document
        parse_best = {"base": float("inf"), "tree": float("inf")}
        same = True
        for _ in range(rounds):
            results = {}
            for name, split, secs in (("base", old_split, old_sections),
                                      ("tree", new_split, new_sections)):
                use(split, secs)
                start = time.process_time()
                results[name] = [parse_document(d) for d in docs]
                parse_best[name] = min(parse_best[name], time.process_time() - start)
            same &= all(a.to_json() == b.to_json() and a.warnings == b.warnings
                        for a, b in zip(results["base"], results["tree"]))
        use(new_split, new_sections)

        _init_worker(frozenset())
        outcomes = [process_file(f) for f in report_files(folder)]
        parsed = [(o.file_hash, report) for o, report in outcomes if report is not None]
        store_best = {"base": float("inf"), "tree": float("inf")}
        for r in range(rounds):
            for name, mod in (("base", old_store), ("tree", new_store)):
                db = Path(tmp) / f"{name}-{r}.duckdb"
                con = new_store.connect(db)
                start = time.process_time()
                for i in range(0, len(parsed), 200):
                    mod.store_batch(con, parsed[i:i + 200])
                store_best[name] = min(store_best[name], time.process_time() - start)
                con.close()
        tables_equal = True
        import duckdb
        for query in ("SELECT * EXCLUDE (ingested_at) FROM reports ORDER BY report_id",
                      "SELECT * FROM facts ORDER BY ALL", "SELECT * FROM table_cells ORDER BY ALL",
                      "SELECT * FROM problems ORDER BY ALL", "SELECT * FROM files ORDER BY ALL"):
            got = []
            for name in ("base", "tree"):
                con = duckdb.connect(str(Path(tmp) / f"{name}-0.duckdb"), read_only=True)
                got.append(con.execute(query).fetchall())
                con.close()
            tables_equal &= got[0] == got[1]

    n = len(docs)
    result = {
        "measured_at": measure.now(), "command": shlex.join(["python", *sys.argv]),
        "git": measure.git_state(), "base": base, "machine": measure.machine(), "rounds": rounds,
        "how": "CPU time in one process, best of the rounds, base and working tree interleaved",
        "parse_txt_html": {"reports": n,
                           "base_reports_per_s": round(n / parse_best["base"], 1),
                           "tree_reports_per_s": round(n / parse_best["tree"], 1),
                           "speedup": round(parse_best["base"] / parse_best["tree"], 2),
                           "identical_reports": same},
        "store_batch": {"reports": len(parsed),
                        "base_reports_per_cpu_s": round(len(parsed) / store_best["base"], 1),
                        "tree_reports_per_cpu_s": round(len(parsed) / store_best["tree"], 1),
                        "speedup": round(store_best["base"] / store_best["tree"], 2),
                        "identical_tables": tables_equal},
    }
    (HERE / "history").mkdir(exist_ok=True)
    (HERE / "history" / "ab.json").write_text(json.dumps(result, indent=1) + "\n")
    print(json.dumps(result["parse_txt_html"]), json.dumps(result["store_batch"]))


if __name__ == "__main__":
    main(*(int(a) if a.isdigit() else a for a in sys.argv[1:]))
