"""Run the parser on the paraphrases of benchmark/paraphrase/para3_cases.txt and write para3.md.

The same runner as para2.py (its Case, load and run), on the cases of the first harvest's labelled
openings (shared/corpus/openings): a text's year is read from its label there.
Usage: python benchmark/paraphrase/para3.py [--dump FILE] [--md [--before FILE]]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import para2  # noqa: E402

HERE = Path(__file__).parent
para2.TRAIN = HERE.parent.parent.parent / "shared" / "corpus" / "openings"

KINDS = """
How to read the rate: of the 17 negatives read before, 12 are variants written after a first failure to
probe its kind. The paraphrases written first failed 11 times: 5 in the four kinds below, and 6 whose
expected answer turned out unsure, recast or dropped (listed under Left). Elsewhere the guards held: consultations,
trainings, visits, gazettes, leaders' mailboxes, carry-overs, last year's, outcomes, channels of the requests,
service and catalogue lists, zeros said in words, traditional script, figures in words.

## Kinds fixed (rules as data in rules/grammar.toml; tests/test_paraphrase_3.py)

1. Posts whose readings passed a mark, named right after their count (“…”等6条原创作品阅读量超6000 reworded:
   微信公众号共有8篇推文阅读量突破10万+, 3篇原创文章阅读量超5000, 12条原创作品阅读量过万) were read as new media
   posts: guard `reading_mark` after the unit (a post noun with 原创/优质…, or a mark per post, 均/单篇/10万+;
   推送信息1248条,阅读量突破1400万人次 and 推送320篇推文阅读量超50万 stay the year's posts).
2. Past years' plans gathered in an earlier clause (全面梳理历史规划,集中公开各类规划文件326件; 开展历史规划(计划)
   清理归集,公开各类规划文件215份) were read as documents: `stock` takes 历史规划/历史文件 with plans or papers in
   the figure's part of the sentence (policy_documents' excludes had it only in the figure's clause).
3. Village boards as the subject, with their number or as committees (全镇12个村(社区)政务公开栏公开信息560条,
   镇属各村委会通过村务公开栏公布信息230余条) were read as a town's items: `lower_level`'s village pattern
   takes 12个 and 村委会 (我镇通过村务公开栏… and a list of carriers closed by 等 stay the town's).
4. Cases decided as the reviewing authority (市政府作为复议机关,办理下级机关…行政复议案件37件; 市司法局共办理涉
   政府信息公开行政复议案件120件; 市行政复议局审结…64件; 全市法院审结…行政诉讼案件45件) were read as the body's
   reconsiderations or suits: a new metric pattern `sentence_excludes` (words anywhere before the figure in
   its sentence), unless a 被 follows (市司法局因政府信息公开被申请行政复议1件 stays).

## Left

- Recall: 集中公开六大类42项信息共6754条 (the original 七大类48项信息共8989条 is an openings miss too); an account
  named only by its quoted name (“美丽六街”发布268条) is not known as new media.
- Recast, the labels disagree (3 positives first written with it read completed too; the clause
  was then dropped from them): all requests done said after the count (8件…均按时办结 labelled as
  completed in chongqing-jiaowei-2023; 受理…5243件,已全部办结 and …55件,均在…期限内办结 not, in jiangsu-nanjing-2017
  and shaanxi-xian-yanta-bgs-2025: two of default's three wrong facts); 图解/视频解读 counted in 个 (the yanta
  original leaves 31个…图解图示 out, but 图解 is a strong reading noun elsewhere); the third default wrong fact,
  hebei-sjz-luancheng-2023's 其中,主动公开区政府文件36件, was not reworded either.
- Recast: 公开规划、财政、人事任免、监管执法等信息5075条 alone (a list of fields closed by 等 may be a total; kept
  beside its text's documents instead); 推出12个短视频系列解读和40个图解图示 (dropped, as 图解 above).
- Dropped as unsure: a sub-unit's figure alone (各县(市、区)…发布信息89289条; the fallback by design, tested
  beside the body's total instead); proposals handled 会同 the congress (办理, a verb of the metric).
"""


def main() -> None:
    cases = para2.load(HERE / "para3_cases.txt")
    para2.run(cases)
    rows = []
    stats = {"N": [0, 0, 0], "P": [0, 0, 0]}
    for case in cases:
        wrong, lost = case.misses()
        stat = stats[case.sign]
        stat[0] += 1
        stat[1] += bool(wrong)
        stat[2] += bool(lost) and not wrong
        outcome = "precision" if wrong else ("recall" if lost else "ok")
        rows.append((case, outcome))
        if outcome != "ok":
            print(f"[{case.sign} {outcome}] {case.text_id}: {case.paraphrase}")
            print(f"    expected {para2._fmt(case.expected)}  got {para2._fmt(case.got)}")
    for sign, (n, p, r) in stats.items():
        print(f"{sign}: {n} paraphrases, {p} precision failures, {r} recall failures")
    if (dump := para2._arg("--dump")) is not None:
        Path(dump).write_text(
            json.dumps([[c.paraphrase, o, para2._fmt(c.got)] for c, o in rows], ensure_ascii=False)
        )
    if "--md" not in sys.argv:
        return
    before: dict[str, tuple[str, str]] = {}
    old = {"N": [0, 0, 0], "P": [0, 0, 0]}
    if (older := para2._arg("--before")) is not None:
        before = {t: (o, g) for t, o, g in json.loads(Path(older).read_text())}
        for case, _ in rows:
            outcome = before.get(case.paraphrase, ("ok", ""))[0]
            old[case.sign][0] += 1
            old[case.sign][1] += outcome == "precision"
            old[case.sign][2] += outcome == "recall"
    out = [
        "# Paraphrase audit of the first harvest's openings (para3)",
        "",
        "Sentences of shared/corpus/openings (50 labelled openings) said again as another body of",
        "the genre would write them; generated by `python benchmark/paraphrase/para3.py --md"
        " --before FILE` from `para3_cases.txt` (FILE: `--dump` of the same run at the integ",
        "commit's src). N: a sentence the labels leave out (its paraphrase must give nothing",
        "but its context's facts); P: a labelled one. Expected facts follow the openings' labels;",
        "the parser's facts are read from the normalised text as a report's are.",
        "",
    ]
    for sign, (n, p, r) in stats.items():
        kind = "negatives" if sign == "N" else "positives"
        was = ""
        if before:
            _, op, orr = old[sign]
            was = f" (before: {op} precision, {orr} recall)"
        out.append(f"- {kind}: {n} paraphrases, {p} precision failures, {r} recall failures{was}")
    if before:
        n, p = stats["N"][0], stats["P"][0]

        def rate(k: int, total: int) -> str:
            return f"{k}/{total} ({100 * k / total:.1f}%)"

        out += [
            "",
            "| parser | negatives read (precision) | positives wrong (precision) | positives missed (recall) |",
            "|---|---|---|---|",
            f"| integ e6924be (before) | {rate(old['N'][1], n)} | {rate(old['P'][1], p)} "
            f"| {rate(old['P'][2], p)} |",
            f"| para3 (after) | {rate(stats['N'][1], n)} | {rate(stats['P'][1], p)} "
            f"| {rate(stats['P'][2], p)} |",
        ]
    out += [KINDS]
    out += para2.case_table(rows, before)
    (HERE / "para3.md").write_text("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
