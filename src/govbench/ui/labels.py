"""Every label the app shows, Chinese first, English second, in one place.

Metric and dimension names are not repeated here: they come from metrics.toml and
ranking.toml through `metric_label` and `dimension_label`.
"""
from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources

import streamlit as st

from ..rank import rules

LABELS: dict[str, tuple[str, str]] = {
    "app_title": ("政府信息公开年度报告比较", "Disclosure annual reports compared"),
    "english": ("English", "English"),
    "page_reports": ("报告列表", "Reports"),
    "page_report": ("报告", "Report"),
    "page_ranking": ("排名", "Ranking"),
    "page_compare": ("对比", "Compare"),
    "page_trends": ("趋势", "Trends"),
    "page_problems": ("问题", "Problems"),
    "page_quality": ("数据质量", "Data quality"),
    "page_import": ("导入", "Import"),
    # 对比
    "compare_bodies": ("选择 2–4 个机关", "Choose 2 to 4 bodies"),
    "compare_pick_more": ("请至少选择两个机关。", "Choose at least two bodies."),
    "dimension": ("维度", "Dimension"),
    "dimension_scores": ("各维度得分（0–1，同年同类比较）", "Dimension scores (0–1, among peers)"),
    "dimension_chart_note": ("分组柱状图：每个维度一组，每个机关一根柱。",
                             "Grouped bars: one group per dimension, one bar per body."),
    "body": ("机关", "Body"),
    "figures_side_by_side": ("数字对照", "Figures side by side"),
    # 趋势
    "trend_mode": ("查看", "Show"),
    "trend_body": ("单个机关逐年数字", "One body over the years"),
    "trend_peers": ("同类机关的中位数与四分位数", "Peers' median and quartiles"),
    "trend_metrics": ("指标", "Metrics"),
    "trend_metric": ("指标", "Metric"),
    "median": ("中位数", "Median"),
    "q1": ("下四分位数", "Lower quartile"),
    "q3": ("上四分位数", "Upper quartile"),
    "bodies_n": ("机关数", "Bodies"),
    "no_trend": ("所选指标没有数据。", "No data for the chosen metrics."),
    # 问题
    "heatmap": ("各机关问题类别（条数）", "Problem categories by body (count)"),
    "statements": ("问题陈述", "Statements"),
    "search_text": ("包含文字", "Text contains"),
    "only_repeats": ("只看重复（与上年相似）", "Repeats only (similar to last year)"),
    "repeated": ("重复", "Repeated"),
    "repeats_text": ("上年相似表述", "Last year's statement"),
    "similarity": ("相似度", "Similarity"),
    "repeat_note": ("与同一机关上一年度的某条问题相似度（partial_ratio）≥ {t} 即标为重复。",
                    "A statement is a repeat when its similarity (partial_ratio) to one of the "
                    "same body's statements of the year before reaches {t}."),
    "statements_found": ("共 {n} 条，其中重复 {r} 条", "{n} statements, {r} repeated"),
    # 数据质量
    "no_run": ("还没有检查结果。请先运行 `govbench check --db 文件`。",
               "No check results yet. Run `govbench check --db FILE` first."),
    "run_info": ("最近一次检查：{run}（{at}）", "Latest check run: {run} ({at})"),
    "status": ("状态", "Status"),
    "status_error": ("错误", "error"),
    "status_warning": ("警告", "warning"),
    "status_info": ("提示", "info"),
    "status_ok": ("通过", "ok"),
    "status_counts": ("错误 {error} · 警告 {warning} · 提示 {info} · 通过 {ok}",
                      "errors {error} · warnings {warning} · info {info} · ok {ok}"),
    "only_failing": ("只看未通过的报告", "Failing reports only"),
    "failing_rules": ("未通过的规则", "Rules failed"),
    "rule": ("规则", "Rule"),
    "observed": ("实际值", "Observed"),
    "severity": ("级别", "Severity"),
    "cells": ("涉及单元格", "Cells"),
    "open_cells": ("在报告中查看", "Show in the report"),
    "choose_failure": ("选择一条未通过的规则", "Choose a failed rule"),
    "highlighted_cells": ("已标出检查未通过的单元格：{cells}", "Cells flagged by checks: {cells}"),
    # 导入
    "import_disabled": ("此应用以只读方式运行（GOVBENCH_READONLY=1），不能导入。",
                        "This app runs read-only (GOVBENCH_READONLY=1): imports are disabled."),
    "import_no_db": ("未设置数据库：请用 `govbench app --db 文件` 启动。",
                     "No database set: start with `govbench app --db FILE`."),
    "upload": ("上传报告文件（.txt .html .htm .pdf .docx，每个不超过 {mb} MB）",
               "Upload report files (.txt .html .htm .pdf .docx, at most {mb} MB each)"),
    "import_button": ("导入", "Import"),
    "rejected": ("未接受 {name}：{reason}", "Not accepted {name}: {reason}"),
    "reason_type": ("文件类型不符（扩展名或内容）", "wrong type (by extension or content)"),
    "reason_size": ("超过 {mb} MB", "larger than {mb} MB"),
    "reason_empty": ("空文件", "empty file"),
    "importing": ("正在导入 {i}/{n}：{name}", "Importing {i}/{n}: {name}"),
    "import_done": ("导入完成：新增 {added}，已有 {unchanged}，失败 {failed}",
                    "Import done: {added} added, {unchanged} already there, {failed} failed"),
    "import_errors": ("无法导入的文件", "Files that could not be imported"),
    "file": ("文件", "File"),
    "error": ("错误", "Error"),
    "import_failed": ("导入失败：{error}", "Import failed: {error}"),
    # 排名 additions
    "metric_weights": ("各指标权重", "Metric weights"),
    "leave_out_failing": ("剔除检查未通过的数字", "Leave out figures whose checks failed"),
    "leave_out_note": ("依据最近一次检查：表三/表四等勾稽关系不成立的报告，其相应申请办理数字不参与排名。",
                       "From the latest check run: where a table identity fails, that report's "
                       "request-handling figures are left out."),
    "presets": ("方案", "Presets"),
    "preset_download": ("下载当前方案（JSON）", "Download these settings (JSON)"),
    "preset_upload": ("载入方案（JSON）", "Load settings (JSON)"),
    "preset_loaded": ("已载入方案。", "Settings loaded."),
    "preset_bad": ("无法读取方案：{error}", "Cannot read the settings: {error}"),
    "preset_compare": ("与另一方案比较（JSON）", "Compare with another preset (JSON)"),
    "preset_moves": ("名次变化（当前方案 → 对比方案）", "Rank changes (current → other preset)"),
    "rank_now": ("当前名次", "Rank now"),
    "rank_other": ("对比方案名次", "Rank in other"),
    "moved": ("变化", "Moved"),
    "what_if": ("假设分析（不写入数据库）", "What-if (nothing is written)"),
    "what_if_body": ("机关", "Body"),
    "what_if_metric": ("指标", "Metric"),
    "what_if_value": ("假设数值", "Scenario value"),
    "what_if_result": ("{body}：名次 {before} → {after}，得分 {s0:.3f} → {s1:.3f}",
                       "{body}: rank {before} → {after}, score {s0:.3f} → {s1:.3f}"),
    "what_if_unranked": ("{body} 在此假设下不参与排名（覆盖率不足）。",
                         "{body} is not ranked in this scenario (coverage too low)."),
    "exports": ("导出", "Export"),
    "export_csv": ("排名 CSV", "Ranking CSV"),
    "export_xlsx": ("排名 XLSX", "Ranking XLSX"),
    "export_vega": ("图表 Vega-Lite JSON", "Chart as Vega-Lite JSON"),
    "export_svg": ("图表 SVG", "Chart as SVG"),
    "export_png": ("图表 PNG", "Chart as PNG"),
    "export_note": ("PNG 需要 vl-convert（未安装）；SVG 为简化的得分柱状图。",
                    "PNG needs vl-convert (not installed); the SVG is a plain score bar chart."),
    "peer_by": ("分组比较（各组分别排名）", "Rank within groups of"),
    "body_kind": ("机关类型", "Body kind"),
    "population": ("人口数据", "Population"),
    "population_upload": ("人口数据 CSV（格式见 data/population_template.csv）",
                          "Population CSV (layout: data/population_template.csv)"),
    "population_bad": ("无法读取人口数据：{error}", "Cannot read the population data: {error}"),
    "per_capita": ("数量指标按{unit}计算", "Volume metrics {unit}"),
    "no_population": ("未载入人口数据：数量指标按总量比较",
                      "No population data loaded: volume metrics are compared as totals"),
    "population_loaded": ("已载入人口数据（{n} 行）；数量指标仍按总量比较。",
                          "Population data loaded ({n} rows); volume metrics are still totals."),
    "per_capita_note": ("数量指标按{unit}计算；{n} 个机关所在地区无人口数据，其数量指标记为缺失（见覆盖率）。",
                        "Volume metrics {unit}; {n} bodies have no population row, so their "
                        "volume metrics are missing (see coverage)."),
    "setting_weights": ("权重", "Weights"),
    "named_preset": ("方案", "Preset"),
    "missing_rule": ("缺失数字的处理", "Missing figures"),
    "missing_exclude": ("不计入（按覆盖率扣减）", "left out, with a coverage penalty"),
    "missing_median": ("按同组中位数补", "the peer median"),
    "missing_worst": ("按同组最差值补", "the worst peer value"),
    "missing_help": ("报告未列出的数字如何计分。默认“按同组最差值补”：不报不会得分更高。",
                     "How a figure a report does not state is scored. The default, the worst "
                     "peer value, never lets silence pay."),
    "missing_note_exclude": ("缺失数字不计入，得分乘以覆盖率", "missing figures left out, score x coverage"),
    "missing_note_median": ("缺失数字按同组中位数计", "missing figures scored as the peer median"),
    "missing_note_worst": ("缺失数字按同组最差值计", "missing figures scored as the worst peer value"),
    "scope": ("统计范围", "Scope"),
    "scope_whole_area": ("全域（辖区各级机关）", "whole area"),
    "scope_own_body": ("本机关", "own body"),
    "scope_all": ("全部（各范围分别排名）", "all (each scope ranked apart)"),
    "scope_unknown": ("范围未知", "scope unknown"),
    "scope_help": ("全市/全县各级行政机关的汇总数字与单个机关自身的数字不在同一组排名；范围未知的报告单独成组。",
                   "Area-wide totals and a body's own figures are never ranked together; "
                   "reports of unknown scope form their own group."),
    "scope_shown": ("范围：{scope}（本页分组：{groups}）", "Scope: {scope} (groups shown: {groups})"),
    "unknown": ("未知", "unknown"),
    "ranking_method": ("方法", "Method"),
    "key": ("代码", "Key"),
    "definition": ("定义", "Definition"),
    "direction": ("方向", "Direction"),
    "direction_1": ("越多越好", "more is better"),
    "direction_-1": ("越多越差", "more is worse"),
    "direction_0": ("中性（默认不计）", "neutral (not ranked by default)"),
    "default_weight": ("默认权重", "Default weight"),
    "method_text": (
        "1. **同类比较**：按所选分组（默认按年度）且按报告统计范围分组，各组分别标准化、分别排名。\n"
        "2. **标准化**：最小-最大（0–1）、标准分 z 或百分位，在组内计算；负权重表示越多越差，方向翻转。\n"
        "3. **缺失数字**：默认按同组最差值计（不报不会更好）；也可按同组中位数计，或不计入并按覆盖率扣减。"
        "覆盖率为所报数字占总权重的比例，低于最低覆盖率的机关单列、不排名。\n"
        "4. **得分**：各指标的有效权重（维度权重 × 指标权重 ÷ 维度内指标权重绝对值之和）加权平均；"
        "“得分构成”列出每项贡献。\n"
        "5. **名次区间**：权重各自随机浮动 ±20%、并随机换用三种标准化方法，重算 200 次，取名次的第 5–95 百分位；"
        "进入前 {k} 名概率为其中名次 ≤ {k} 的比例（随机种子固定，结果可重现）。\n"
        "6. 名次相同（得分相等）时共用较好的名次，按机关名称、地区代码列出。\n\n"
        "详见 docs/method.md（含与 JRC/OECD《综合指标编制手册》和 COINr 的比较）。",
        "1. **Like with like**: bodies are ranked within the chosen peer groups (by default the "
        "year) and always within the report's scope; each group is normalised and ranked on its own.\n"
        "2. **Normalisation** within the group: min-max (0–1), z-score or percentile; a negative "
        "weight means more is worse and flips the metric.\n"
        "3. **Missing figures**: by default the worst peer value (silence never pays); or the peer "
        "median; or left out with a coverage penalty. Coverage is the share of the weight a body "
        "states; below the minimum coverage a body is listed apart, unranked.\n"
        "4. **Score**: the weighted mean with effective weights (dimension weight × metric weight ÷ "
        "the sum of |metric weights| in the dimension); 'Why this score' lists each contribution.\n"
        "5. **Rank interval**: 200 re-rankings with every weight varied ±20% and the normalisation "
        "drawn at random; the 5th–95th percentile of the rank; P(top {k}) is the share of draws "
        "ranked {k} or better (fixed seed: reproducible).\n"
        "6. Equal scores share the better rank and are listed by issuer name, then region code.\n\n"
        "docs/method.md has the details and the comparison with the JRC/OECD Handbook and COINr."),
    "setting_data_date": ("数据日期", "Data date"),
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
    "version": ("版本", "Version"),
    "version_of": ("第{version}/{versions}版", "{version} of {versions}"),
    "in_ranking": (" · 排名采用", " · used in ranking"),
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
    "method_ocr": ("OCR识别（需核对）", "OCR (check it)"),
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
    "leaders_group": ("{group}：{names}", "{group}: {names}"),
    "name_sep": ("、", ", "),
    "group_sep": ("；", "; "),
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
    "body_kind_government": ("人民政府", "government"),
    "body_kind_department": ("部门", "department"),
    "body_kind_development_zone": ("开发区", "development zone"),
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


def category_label(key: str) -> str:
    """Problem category: its Chinese name from rules/problems.toml, the key in English."""
    return key if language() == "en" else _categories().get(key, key)


@cache
def _categories() -> dict[str, str]:
    raw = tomllib.loads(
        resources.files("govbench.rules").joinpath("problems.toml").read_text("utf-8"))
    return {k: v["zh"] for k, v in raw.get("categories", {}).items()}


def dimension_label(key: str) -> str:
    dimension = rules().dimensions[key]
    return dimension.en if language() == "en" else dimension.zh


@cache
def table_axes(table: str) -> tuple[dict[str, str], dict[str, str]]:
    """(rows, columns) of a standard table, key -> the template's own words, in template order."""
    raw = tomllib.loads(
        resources.files("govbench.rules").joinpath("tables.toml").read_text("utf-8"))
    display = raw["display"]
    if table == "table3":
        rows = {row["key"]: row["labels"][0] for row in raw["table3"]["rows"]}
        return rows, display["table3_columns"]
    return display["table4_rows"], display["table4_columns"]
