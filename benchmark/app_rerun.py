"""Time the Streamlit app with AppTest on one database; prints one JSON line.

    python benchmark/app_rerun.py DB

Run from the project root (the app names its pages relative to it).
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def timed(step) -> float:
    start = time.perf_counter()
    step()
    return round(time.perf_counter() - start, 3)


def main(db: str) -> None:
    os.environ["GOVBENCH_DB"] = str(Path(db).resolve())
    os.chdir(ROOT)
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=300)
    first = timed(at.run)
    page = timed(lambda: at.switch_page("src/govbench/ui/pages/ranking.py").run())
    if at.exception:
        raise SystemExit(f"the app raised: {at.exception}")
    slider = at.slider(key="w_requests")
    original = slider.value
    moved = timed(lambda: at.slider(key="w_requests").set_value(original + 0.5).run())
    back = timed(lambda: at.slider(key="w_requests").set_value(original).run())
    if at.exception:
        raise SystemExit(f"the app raised: {at.exception}")
    print(
        json.dumps(
            {
                "first_run_s": first,
                "ranking_page_s": page,
                "rerun_after_slider_s": moved,
                "rerun_cached_s": back,
            }
        )
    )


if __name__ == "__main__":
    main(sys.argv[1])
