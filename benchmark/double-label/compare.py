"""Compare a second labeller's labels (A/*.json or B/*.json) with the old blind-set labels and
the parser, per fact.

    python benchmark/double-label/compare.py [A|B] [--parser-json FILE] [--original] [--first-sight]

Prints each text's disagreements and the agreement / P-R figures.
"""

import argparse
import importlib.util
import json
import pathlib
import subprocess
import sys
from collections import Counter

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))  # benchmark/: rule_precision
from rule_precision import SCORED_METRICS  # noqa: E402  (score_corpus.py's FACT_METRICS)

HERE = pathlib.Path(__file__).parent
ROOT = HERE.parent.parent
BLIND = ROOT / "benchmark" / "blind"

FACT_METRICS = SCORED_METRICS


def pairs(facts):
    return Counter((f["metric"], float(f["value"])) for f in facts if f["metric"] in FACT_METRICS)


def old_label(s: str, base: str, original: bool) -> dict:
    """The old label of BLIND/s/base.json: today's, or as the commit that added it wrote it."""
    path = BLIND / s / f"{base}.json"
    if not original:
        return json.loads(path.read_text())
    rel = path.relative_to(ROOT).as_posix()
    git = ["git", "-C", str(ROOT)]
    log = ["log", "--diff-filter=A", "--format=%H", "--", rel]
    added = subprocess.run([*git, *log], capture_output=True, text=True, check=True).stdout.split()
    shown = subprocess.run(
        [*git, "show", f"{added[-1]}:{rel}"], capture_output=True, text=True, check=True
    ).stdout
    return json.loads(shown)


def first_sight_lines(names: list[str], folder: pathlib.Path) -> list[str]:
    """The first-sight parse of each text (its set's labels' commit), as JSON Lines named after
    the copies in `folder`."""
    spec = importlib.util.spec_from_file_location("fs", ROOT / "benchmark" / "first_sight.py")
    assert spec and spec.loader
    fs = importlib.util.module_from_spec(spec)
    sys.modules["fs"] = fs
    spec.loader.exec_module(fs)
    scorer = fs.load_scorer()
    sets = sorted({BLIND / n.split("__", 1)[0] for n in names})
    want = {(n.split("__", 1)[0], n.split("__", 1)[1]) for n in names}
    texts = [t for t in fs.plan(sets, scorer).texts if (t.set, t.source.stem) in want]
    preds = fs.predictions(texts, fs.CACHE, scorer)
    out = []
    for t in texts:
        pred = dict(preds[t.source] or {"facts": []})
        pred["source"] = str(folder / f"{t.set}__{t.source.stem}.txt")
        out.append(json.dumps(pred, ensure_ascii=False))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", nargs="?", default="A", help="the second labeller's folder (A or B)")
    ap.add_argument("--parser-json", help="JSON Lines of `govbench parse FOLDER/*.txt --json`")
    ap.add_argument(
        "--first-sight",
        action="store_true",
        help="score the parser of each text's labels' commit (benchmark/first_sight.py)",
    )
    ap.add_argument(
        "--original",
        action="store_true",
        help="old labels as first committed (before any correction), not today's",
    )
    a = ap.parse_args()
    folder = HERE / a.folder
    names = sorted(p.stem for p in folder.glob("*.txt"))
    if a.first_sight:
        lines = first_sight_lines(names, folder)
    elif a.parser_json:
        lines = pathlib.Path(a.parser_json).read_text().splitlines()
    else:
        files = [str(folder / f"{n}.txt") for n in names]
        out = subprocess.run(
            [str(ROOT / ".venv/bin/govbench"), "parse", *files, "--json"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        lines = out.splitlines()
    parsed = {pathlib.Path(json.loads(x)["source"]).stem: json.loads(x) for x in lines if x.strip()}
    both = only_new = only_old = 0
    sc = {"new": Counter(), "old": Counter()}
    for n in names:
        s, base = n.split("__", 1)
        new = pairs(json.loads((folder / f"{n}.json").read_text())["facts"])
        old = pairs(old_label(s, base, a.original)["facts"])
        par = pairs(parsed[n]["facts"])
        b = sum((new & old).values())
        both += b
        only_new += sum((new - old).values())
        only_old += sum((old - new).values())
        for key, lab in (("new", new), ("old", old)):
            # scorer's way: per (metric), predicted correct if value in labelled values
            lm = {}
            for m, v in lab:
                lm.setdefault(m, set()).add(v)
            pm = {}
            for m, v in par:
                pm.setdefault(m, set()).add(v)
            for m, vs in pm.items():
                for v in vs:
                    sc[key]["tp" if v in lm.get(m, ()) else "fp"] += 1
            for m, vs in lm.items():
                if not (vs & pm.get(m, set())):
                    sc[key]["fn"] += len(vs)
                else:
                    sc[key]["fn"] += len(vs - pm.get(m, set()))
        diff = (new - old) + (old - new)
        if diff or (par - new) or (new - par):
            print(f"== {s}/{base}")
            for m, v in sorted(set(new) | set(old) | set(par)):
                k = (m, v)
                tag = "".join(c if k in d else "." for c, d in (("N", new), ("O", old), ("P", par)))
                if tag != "NOP":
                    print(f"   {tag}  {m} {v:g}")
    tot = both + only_new + only_old
    print(
        f"\nfacts: both {both}, only mine {only_new}, only old {only_old}; "
        f"agreement {both / tot:.3f} (both / union)"
    )
    for k in ("new", "old"):
        c = sc[k]
        p = c["tp"] / max(1, c["tp"] + c["fp"])
        r = c["tp"] / max(1, c["tp"] + c["fn"])
        print(f"parser vs {k} labels: P {p:.3f} R {r:.3f} tp {c['tp']} fp {c['fp']} fn {c['fn']}")


if __name__ == "__main__":
    main()
