"""Write A/<name>.json from labels_A.py (dblA's independent labels)."""

import json
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from labels_A import L  # noqa: E402

here = pathlib.Path(__file__).parent / "A"
for name, facts in L.items():
    txt = here / f"{name}.txt"
    assert txt.exists(), name
    text = txt.read_text()
    out = []
    for f in facts:
        metric, value, quote = f[0], f[1], f[2]
        approx = bool(f[3]) if len(f) > 3 else False
        if (
            quote.replace("\n", "") not in text.replace("\n", "").replace(" ", "")
            and quote not in text
        ):
            print("quote not found:", name, quote)
        out.append({"metric": metric, "value": value, "approx": approx, "quote": quote})
    (here / f"{name}.json").write_text(
        json.dumps({"id": name, "facts": out}, ensure_ascii=False, indent=1) + "\n"
    )
print(len(L), "labelled")
