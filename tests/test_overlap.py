"""benchmark/overlap.py: a fresh text is blind only when it is no page we (or the kept check set)
already have. It must flag the same page in another dress or cut, pass a new report that shares
only the boilerplate of the genre, and name a kept set without naming its text."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import opencc

ROOT = Path(__file__).resolve().parents[1]

KNOWN = (
    "根据《中华人民共和国政府信息公开条例》规定,现公布泾县人民政府2016年政府信息公开工作年度报告。"
    "本报告由概述、主动公开政府信息情况、依申请公开政府信息情况等部分组成。\n"
    "一、概述\n2016年,泾县坚持以公开为常态、不公开为例外,全年主动公开政府信息1234条,"
    "其中政策文件56件,受理政府信息公开申请12件,均已按期答复,未发生行政复议和行政诉讼。"
    "县政府办公室组织开展业务培训3次,更新政府信息公开指南和目录,完善保密审查机制。"
)
# another report of the genre: the same opening boilerplate, its own body and figures
OTHER = (
    "根据《中华人民共和国政府信息公开条例》规定,现公布旌德县人民政府2017年政府信息公开工作年度报告。"
    "本报告由概述、主动公开政府信息情况、依申请公开政府信息情况等部分组成。\n"
    "一、概述\n2017年,旌德县围绕县委县政府中心工作,通过门户网站发布政务动态780条,"
    "办理人大代表建议21件,政协委员提案34件,召开新闻发布会4场,开展政策解读19次。"
)


def _overlap(shared: Path, own: Path):
    spec = importlib.util.spec_from_file_location("overlap", ROOT / "benchmark" / "overlap.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["overlap"] = module
    spec.loader.exec_module(module)
    module.SHARED, module.OWN = shared, (own,)
    module.CODE = (shared.parent / "code",)
    return module


def test_the_same_page_is_flagged_and_a_new_one_passes(tmp_path, capsys):
    shared = tmp_path / "corpus"
    (shared / "openings2" / "check").mkdir(parents=True)
    (shared / "openings2" / "check" / "secret-name.txt").write_text(KNOWN, encoding="utf-8")
    own = tmp_path / "blind"
    own.mkdir()
    tool = _overlap(shared, own)
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    # the same page as a converter left it (traditional script, a page cut shorter)
    (fresh / "a.txt").write_text(opencc.OpenCC("s2t").convert(KNOWN[:200]), encoding="utf-8")
    (fresh / "b.txt").write_text(OTHER, encoding="utf-8")
    code = tool.main([str(fresh / "a.txt"), str(fresh / "b.txt")])
    out = capsys.readouterr().out
    assert code == 1
    assert f"{fresh / 'a.txt'}: overlaps openings2/check" in out
    assert f"{fresh / 'b.txt'}: ok" in out
    assert "secret-name" not in out  # a kept text is never named


def test_a_page_the_rules_quote_is_flagged_though_no_set_keeps_it(tmp_path, capsys):
    # a set kept outside the repository was lost; the rules written against it quote its figures
    shared = tmp_path / "corpus"
    shared.mkdir()
    own = tmp_path / "blind"
    own.mkdir()
    code = tmp_path / "code"
    code.mkdir()
    (code / "grammar.toml").write_text(
        "# 截止2011年12月31日,我县…政务信息426条、政府文件482条: a kind of the items\n"
        "# 主动公开政府信息46条 alone is any report's phrase\n",
        encoding="utf-8",
    )
    tool = _overlap(shared, own)
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    (fresh / "quoted.txt").write_text(
        "武隆县2011年政府信息公开年度报告\n我县公开政府信息2361条。其中,政府文件482条。",
        encoding="utf-8",
    )
    # only the genre's phrase in common: no quote of this page
    (fresh / "new.txt").write_text("某镇2011年度报告\n全年主动公开政府信息46条。", encoding="utf-8")
    code_ = tool.main([str(fresh / "quoted.txt"), str(fresh / "new.txt")])
    out = capsys.readouterr().out
    assert code_ == 1
    assert f"{fresh / 'quoted.txt'}: quoted in" in out
    assert f"{fresh / 'new.txt'}: ok" in out
