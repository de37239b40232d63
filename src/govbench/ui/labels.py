"""Every label the app shows, Chinese first, English second, in one place.

Metric and dimension names are not repeated here: they come from metrics.toml and
ranking.toml through `metric_label` and `dimension_label`.
"""
from __future__ import annotations

import streamlit as st

from ..rank import rules

LABELS: dict[str, tuple[str, str]] = {
    "app_title": ("政府信息公开年度报告比较", "Disclosure annual reports compared"),
    "english": ("English", "English"),
    "page_reports": ("报告列表", "Reports"),
    "page_report": ("报告", "Report"),
    "page_ranking": ("排名", "Ranking"),
    "no_db": ("未设置数据库：请用 `govbench app --db 文件` 启动，或设置环境变量 GOVBENCH_DB。",
              "No database: start with `govbench app --db FILE` or set GOVBENCH_DB."),
    "missing_db": ("找不到数据库文件：{path}", "Database file not found: {path}"),
    "bad_db": ("无法读取数据库 {path}：{error}", "Cannot read database {path}: {error}"),
    "empty_db": ("数据库中还没有报告。先运行 `govbench ingest 报告文件夹 --db 文件` 导入报告。",
                 "The database holds no reports yet. Run `govbench ingest FOLDER --db FILE` first."),
    "all": ("全部", "All"),
    "province": ("省份", "Province"),
    "city": ("城市", "City"),
    "county": ("区县", "County"),
    "place": ("地区", "Place"),
    "year": ("年度", "Year"),
    "format": ("格式", "Format"),
    "level": ("层级", "Level"),
    "issuer": ("发布机关", "Issuer"),
    "figures": ("提取数字数", "Figures found"),
    "problems_count": ("问题数", "Problems"),
    "synthetic": ("合成", "Synthetic"),
    "synthetic_mark": ("〔合成〕", " [synthetic]"),
    "synthetic_note": ("标有〔合成〕的是 govbench generate 生成的合成报告，仅供测试，不是真实报告。",
                       "Rows marked [synthetic] are generated test reports, not real ones."),
    "open": ("打开报告", "Open report"),
    "reports_found": ("共 {n} 份报告", "{n} reports"),
    "no_match": ("没有符合条件的报告。", "No report matches the filters."),
    "choose_report": ("选择报告", "Choose a report"),
    "figures_header": ("提取的数字", "Figures found"),
    "metric": ("指标", "Metric"),
    "value": ("数值", "Value"),
    "method": ("来源", "Method"),
    "approx": ("约数", "Approximate"),
    "evidence": ("原文", "Evidence"),
    "method_table": ("表格", "table"),
    "method_narrative": ("正文", "narrative"),
    "text_header": ("报告原文（黄色为数字出处）", "Report text (figures' sources highlighted)"),
    "tables_header": ("统计表", "Tables"),
    "table3": ("表三 收到和处理政府信息公开申请情况", "Table 3: requests received and handled"),
    "table4": ("表四 行政复议和行政诉讼情况", "Table 4: reconsideration and litigation"),
    "problems_header": ("存在的主要问题", "Problems admitted"),
    "category": ("类别", "Category"),
    "problem": ("问题", "Problem"),
    "no_figures": ("未提取到数字。", "No figures found."),
    "no_problems": ("报告未列出问题。", "The report lists no problems."),
    "warnings": ("解析提示", "Parser warnings"),
    "weights": ("权重（负数表示越多越差）", "Weights (negative: more is worse)"),
    "normalisation": ("标准化方法", "Normalisation"),
    "minmax": ("最小-最大", "min-max"),
    "zscore": ("标准分 z", "z-score"),
    "percentile": ("百分位", "percentile"),
    "coverage_threshold": ("最低覆盖率", "Minimum coverage"),
    "peers": ("比较范围", "Peers"),
    "rank": ("名次", "Rank"),
    "score": ("得分", "Score"),
    "coverage": ("覆盖率", "Coverage"),
    "rank_interval": ("名次区间(5%–95%)", "Rank interval (5–95%)"),
    "p_top_k": ("进入前{k}名概率", "P(top {k})"),
    "leaders": ("前三名：{names}", "Top three: {names}"),
    "ranked_n": ("参与排名 {n} 个机关", "{n} bodies ranked"),
    "listed_apart": ("单列：数据覆盖率不足 {pct}，不参与排名", "Listed apart: coverage below {pct}"),
    "no_bodies": ("没有符合条件的机关。", "No body matches the filters."),
    "explain": ("得分构成", "Why this score"),
    "explain_body": ("选择机关", "Choose a body"),
    "contribution": ("贡献", "Contribution"),
    "caveat": ("注意", "Caveat"),
    "chart_rank": ("名次", "Rank"),
    "uncertainty_note": ("名次区间：权重上下浮动 20%、并随机换用三种标准化方法重算 200 次的第 5–95 百分位。",
                         "Rank interval: 5th–95th percentile over 200 re-rankings with weights "
                         "varied ±20% and the normalisation method drawn at random."),
    "level_province": ("省级", "province"),
    "level_city": ("市级", "city"),
    "level_county": ("县级", "county"),
    "level_township": ("乡镇", "township"),
    "format_legacy": ("旧版（2018年前）", "legacy (to 2018)"),
    "format_standard_2019": ("2019版", "standard 2019"),
    "format_standard_2021": ("2021版", "standard 2021"),
}


def language() -> str:
    return "en" if st.session_state.get("lang_en") else "zh"


def t(key: str, **fields) -> str:
    zh, en = LABELS[key]
    text = en if language() == "en" else zh
    return text.format(**fields) if fields else text


def option(prefix: str, value) -> str:
    """Label of a coded value (level, format, method), the code itself when unknown."""
    key = f"{prefix}_{value}"
    return t(key) if key in LABELS else str(value)


def metric_label(key: str) -> str:
    metric = rules().metrics.get(key)
    if metric is None:
        return key
    return metric.en if language() == "en" else metric.zh


def dimension_label(key: str) -> str:
    dimension = rules().dimensions[key]
    return dimension.en if language() == "en" else dimension.zh
