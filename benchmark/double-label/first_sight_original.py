"""First sight against the labels as first committed, beside first sight against today's labels.

    python benchmark/double-label/first_sight_original.py [SET ...]

benchmark/first_sight.py scores each blind text's first-sight parse against TODAY's labels (a label
corrected since was wrong at first sight too). A correction made after the parser's output was seen
can move a label toward the parser; this prints, pooled over the sets, the first-sight facts
precision against both label versions and the facts each correction added or dropped that the
first-sight parser had given, so the two figures can be told apart.
"""

import importlib.util
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))
from compare import FACT_METRICS  # noqa: E402


def load_first_sight():
    spec = importlib.util.spec_from_file_location("fs", ROOT / "benchmark" / "first_sight.py")
    assert spec and spec.loader
    fs = importlib.util.module_from_spec(spec)
    sys.modules["fs"] = fs
    spec.loader.exec_module(fs)
    return fs


def values(facts) -> dict[str, set[float]]:
    out: dict[str, set[float]] = {}
    for f in facts:
        if f["metric"] in FACT_METRICS:
            out.setdefault(f["metric"], set()).add(float(f["value"]))
    return out


def main() -> None:
    fs = load_first_sight()
    scorer = fs.load_scorer()
    sets = [Path(a) for a in sys.argv[1:]] or sorted(p.parent for p in fs.BLIND.glob("*/README.md"))
    texts = fs.plan(sets, scorer).texts
    preds = fs.predictions(texts, fs.CACHE, scorer)
    c: Counter = Counter()
    for t in texts:
        rel = t.label_path.relative_to(ROOT).as_posix()
        first = subprocess.run(
            ["git", "-C", str(ROOT), "show", f"{t.commit}:{rel}"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        orig, today = values(json.loads(first)["facts"]), values(t.label["facts"])
        pred = values((preds[t.source] or {"facts": []})["facts"])
        for m, vs in pred.items():
            for v in vs:
                ok_o, ok_t = v in orig.get(m, ()), v in today.get(m, ())
                c["tp_orig" if ok_o else "fp_orig"] += 1
                c["tp_today" if ok_t else "fp_today"] += 1
                if ok_t and not ok_o:
                    c["added_toward_parser"] += 1
                if ok_o and not ok_t:
                    c["dropped_parser_fact"] += 1
        for m in set(orig) | set(today):
            c["labels_added"] += len(today.get(m, set()) - orig.get(m, set()))
            c["labels_dropped"] += len(orig.get(m, set()) - today.get(m, set()))
    for k in ("orig", "today"):
        tp, fp = c[f"tp_{k}"], c[f"fp_{k}"]
        print(f"first sight vs {k} labels: P {tp / max(1, tp + fp):.3f} tp {tp} fp {fp}")
    print(
        f"{len(texts)} texts; labels added since {c['labels_added']}, dropped "
        f"{c['labels_dropped']}; added that the first-sight parser gave "
        f"{c['added_toward_parser']}, dropped that it gave {c['dropped_parser_fact']}"
    )


if __name__ == "__main__":
    main()
