"""Whole-text paraphrases of train (half 1): each of the first 65 texts of train (by name) rewritten by one
meaning-keeping transform, scored against its own labels — where the parser depends on train's
exact punctuation, lead words or units rather than what the sentences say.

Usage (from the worktree root): .venv/bin/python benchmark/paraphrase/para1_whole.py [OUT_DIR]
Writes one corpus per transform under OUT_DIR (default /tmp/para1-whole) and prints the scorer's
facts line for each (../shared/tools/score_corpus.py)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import opencc

TRAIN = Path("../shared/corpus/openings2/train")
HALF = 65  # half 1: the first 65 texts of train in name order (para2 takes the rest)
_S2T = opencc.OpenCC("s2t")
# A request's or a case's 件 said 宗 (广东's unit): only where the sentence is about requests or cases.
_CASES = re.compile(r"(申请|依申请|复议|诉讼)([^。;\n]{0,30}?\d+)件")


def _thousands(m: re.Match[str]) -> str:
    return f"{int(m.group(1)):,}"


TRANSFORMS: dict[str, Callable[[str], str]] = {
    "original": lambda t: t,
    "traditional": _S2T.convert,
    # 、 between items said with a comma, as many pages write lists
    "dun-as-comma": lambda t: t.replace("、", ","),
    "thousands": lambda t: re.sub(r"(?<![\d.〔\[])(\d{4,})(?=\s*[条件篇份宗个次])", _thousands, t),
    "spaced-figures": lambda t: re.sub(
        r"(?<=[\u4e00-\u9fff])(\d+)(?=[条件篇份宗个次场期])", r" \1 ", t
    ),
    "requests-in-zong": lambda t: _CASES.sub(r"\1\2宗", t),
    "quannian-as-bendu": lambda t: t.replace("全年", "本年度"),
    # the parts of a total with no lead word
    "no-qizhong": lambda t: t.replace("其中,", "").replace("其中", ""),
    # other verbs and words of the same meaning
    "zhudong-dropped": lambda t: t.replace("主动公开", "公开"),
    "fabu-as-gongbu": lambda t: re.sub(r"发布(?!会)", "公布", t),
    "shoudao-as-jieshou": lambda t: t.replace("收到", "接收"),
    "shouli-as-shoudao": lambda t: t.replace("受理", "收到"),
    "gong-as-gongji": lambda t: re.sub(r"共(?!计|同|享|建|产|青|和)", "共计", t),
    "self-as-benjiguan": lambda t: re.sub(r"我(?:局|委|办|厅|中心)", "本机关", t),
    "tiao-as-pian": lambda t: re.sub(r"(信息\s*\d+\s*(?:余|多)?)条", r"\1篇", t),
    "niandu-dropped": lambda t: re.sub(r"(\d{4})年度", r"\1年", t),
    "small-in-words": lambda t: re.sub(
        r"(?<![\d.,〔第])([2-9])(?=\s*[件条篇场次宗份个期])",
        lambda m: "二三四五六七八九"[int(m.group(1)) - 2],
        t,
    ),
    # run-on sentences: a paragraph's sentences joined by commas
    "period-as-comma": lambda t: re.sub(r"。(?=[^\n])", ",", t),
    # the year said once less: a sentence's leading 2023年, dropped
    "year-lead-dropped": lambda t: re.sub(r"(^|[。\n])\s*(?:19|20)\d\d\s*年度?\s*,", r"\1", t),
    "tongshi-lead": lambda t: re.sub(r"。(?=[\u4e00-\u9fff])", "。同时,", t),
}


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/para1-whole")
    names = sorted(p.name for p in TRAIN.glob("*.txt"))[:HALF]
    env = {**os.environ, "PATH": f"{Path('.venv/bin').resolve()}:{os.environ['PATH']}"}
    for name, transform in TRANSFORMS.items():
        corpus = out / name
        corpus.mkdir(parents=True, exist_ok=True)
        for txt in names:
            label = txt.replace(".txt", ".json")
            shutil.copy(TRAIN / label, corpus / label)
            text = (TRAIN / txt).read_text(encoding="utf-8")
            (corpus / txt).write_text(transform(text), encoding="utf-8")
        score = subprocess.run(
            ["python3", "../shared/tools/score_corpus.py", "--corpus", str(corpus)],
            capture_output=True,
            text=True,
            env=env,
            check=False,
        ).stdout.splitlines()
        line = score[-1] if score else ""
        print(f"{name:18} {line[line.find('fact_precision') :]}")


if __name__ == "__main__":
    main()
