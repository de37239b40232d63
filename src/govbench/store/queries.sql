-- Named queries: every read of the database that govbench makes, by name (Database.query).
-- A block starts with `-- name: NAME`; $word is a parameter, bound by DuckDB, never pasted in.

-- name: file_hashes
-- the files already stored or known unreadable-by-hash, so an ingest skips them
SELECT file_hash FROM files

-- name: stored_report_ids
SELECT report_id FROM reports WHERE report_id IN (SELECT unnest($ids))

-- name: report_count
SELECT count(*) AS n FROM reports

-- name: data_date
-- when the newest report was ingested: the date written into exports
SELECT CAST(max(ingested_at) AS DATE) AS d FROM reports

-- name: years
SELECT DISTINCT year FROM reports WHERE year IS NOT NULL ORDER BY 1

-- name: years_newest_first
SELECT DISTINCT year FROM reports WHERE year IS NOT NULL ORDER BY 1 DESC

-- name: provinces
SELECT DISTINCT province FROM reports WHERE province IS NOT NULL ORDER BY 1

-- name: levels
SELECT DISTINCT level FROM reports WHERE level IS NOT NULL ORDER BY 1

-- name: formats
SELECT DISTINCT format FROM reports WHERE format IS NOT NULL ORDER BY 1

-- name: report_list
-- the app's list of reports, with every version of a body-year and which one is ranked
WITH figures AS (SELECT report_id, count(*) AS figures FROM facts GROUP BY report_id),
     admitted AS (SELECT report_id, count(*) AS problems_count FROM problems GROUP BY report_id)
SELECT r.report_id, r.issuer, r.province, r.city, r.county, r.year, r.format, r.level,
       r.body_kind, r.department, r.region_code, r.synthetic, r.ingested_at,
       COALESCE(f.figures, 0) AS figures,
       COALESCE(a.problems_count, 0) AS problems_count, r.source,
       v.body_year, v.version, v.versions, v.in_ranking
FROM reports r
JOIN report_versions v USING (report_id)
LEFT JOIN figures f USING (report_id)
LEFT JOIN admitted a USING (report_id)
WHERE (CAST($province AS VARCHAR) IS NULL OR r.province = $province)
  AND (CAST($year AS INTEGER) IS NULL OR r.year = $year)
  AND (CAST($format AS VARCHAR) IS NULL OR r.format = $format)
ORDER BY r.province, r.city, r.county, r.issuer, r.year, v.version

-- name: report
SELECT report_id, source, title, issuer, region_code, province, city, county, level, body_kind,
       department, year, format, script, synthetic, text, warnings
FROM reports WHERE report_id = $report_id

-- name: report_facts
-- a report's figures, corrections applied (parsed_value: the parser's; corrected: a reviewer's),
-- each with the rule that read it (facts.rule; NULL when stored before schema 5, or when the
-- figure is a reviewer's where the parser found none)
SELECT c.metric, c.value, c.approx, c.method, c.evidence_start, c.evidence_end, c.evidence_text,
       c.parsed_value, c.corrected, f.rule
FROM corrected_facts c
LEFT JOIN facts f ON f.report_id = c.report_id AND f.metric = c.metric
WHERE c.report_id = $report_id ORDER BY c.evidence_start NULLS LAST, c.metric

-- name: report_cells
SELECT "table", row_key, col_key, value, raw, parsed_value, corrected
FROM corrected_cells WHERE report_id = $report_id ORDER BY "table", row_key, col_key

-- name: report_problems
SELECT ordinal, category, text FROM problems WHERE report_id = $report_id ORDER BY ordinal

-- name: report_texts
SELECT report_id, text FROM reports WHERE report_id IN (SELECT unnest($ids))

-- name: body_years
SELECT report_id, issuer, year FROM reports

-- name: statements
-- every problem statement with its body, for repeats (rank) and the 问题 page
SELECT p.report_id, r.issuer, r.region_code, r.province, r.city, r.county, r.level, r.year,
       r.body_kind, r.department, r.synthetic, p.ordinal, p.category, p.text
FROM problems p JOIN reports r USING (report_id)
ORDER BY r.issuer, r.year, p.report_id, p.ordinal

-- name: ranking_frame
-- one row per body-year: of several versions of a report, the one report_versions names.
-- Filled in by database.ranking_frame_sql: metric_columns, report_metrics' columns, pivoted here
-- in the same pass over corrected_facts that counts the figures and the reviewers' corrections
-- among them (one read of the view instead of two), and derived, the derived metrics' formulas
-- from rules/ranking.toml
SELECT base.*, {derived} FROM (
    WITH metrics AS (
        SELECT {metric_columns},
               count(f.metric) AS figures,
               count(*) FILTER (WHERE f.corrected) AS corrected_figures
        FROM reports r
        JOIN (SELECT report_id FROM report_versions WHERE in_ranking) v USING (report_id)
        LEFT JOIN corrected_facts f USING (report_id)
        WHERE (CAST($year AS INTEGER) IS NULL OR r.year = $year)
          AND (CAST($province AS VARCHAR) IS NULL OR r.province = $province)
          AND (CAST($level AS VARCHAR) IS NULL OR r.level = $level)
        GROUP BY ALL),
         admitted AS (SELECT report_id, count(*) AS problems_admitted FROM problems
                      GROUP BY report_id)
    SELECT m.* EXCLUDE (figures, corrected_figures),
           COALESCE(a.problems_admitted, 0) AS problems_admitted, m.figures, m.corrected_figures
    FROM metrics m
    LEFT JOIN admitted a USING (report_id)
) AS base
ORDER BY year, region_code, issuer

-- name: latest_run
-- the latest check run (empty: never checked)
SELECT run_id, max(checked_at) AS checked_at FROM quality_results
GROUP BY run_id ORDER BY max(checked_at) DESC NULLS LAST, run_id DESC LIMIT 1

-- name: failures
-- the latest check run's failing (report, rule) rows, each with its review decision; dismissed
-- ones are listed too (see counted_failures)
SELECT * FROM quality_hits ORDER BY report_id, suite, rule, result_id

-- name: counted_failures
-- the failing rows that count against a body: not dismissed by a reviewer; a report without
-- one passed every rule
SELECT * FROM quality_hits WHERE NOT dismissed ORDER BY report_id, suite, rule, result_id

-- name: similarity_candidates
-- pairs of reports that share sentences (check/similarity.py step 1): sentences that many
-- issuers print, the regulation's boilerplate, are ignored
WITH sentences AS (
    SELECT report_id, issuer, year, hash(trim(s)) AS h
    FROM (SELECT report_id, issuer, year,
                 unnest(regexp_split_to_array(text, '[。；;！？!?\n]')) AS s
          FROM reports WHERE issuer IS NOT NULL AND year IS NOT NULL)
    WHERE length(trim(s)) >= $min_chars AND strpos(s, chr(9)) = 0
    GROUP BY ALL),
common AS (
    SELECT h FROM sentences GROUP BY h HAVING count(DISTINCT issuer) > $boilerplate),
kept AS (
    SELECT * FROM sentences WHERE h NOT IN (SELECT h FROM common)),
sizes AS (
    SELECT report_id, count(*) AS n FROM kept GROUP BY report_id)
SELECT a.report_id, b.report_id AS other_report_id,
       CASE WHEN a.issuer = b.issuer THEN 'previous_year' ELSE 'other_body' END AS relation,
       count(*) / any_value(z.n) AS shared_sentences
FROM kept a
JOIN kept b ON a.h = b.h AND a.report_id <> b.report_id
           AND ((a.issuer = b.issuer AND b.year = a.year - 1)
             OR (a.issuer <> b.issuer AND b.year = a.year))
JOIN sizes z ON z.report_id = a.report_id
GROUP BY a.report_id, b.report_id, relation
HAVING count(*) / any_value(z.n) >= $share

-- name: year_facts
-- how each figure of a year's reports was found (approximate, table or text): the report card
SELECT f.report_id, f.metric, f.approx, f.method FROM facts f JOIN reports r USING (report_id)
WHERE r.year = $year

-- name: year_statements
-- the problems admitted in a year and the year before, so a card can mark the repeated ones
SELECT p.report_id, r.issuer, r.year, p.ordinal, p.category, p.text
FROM problems p JOIN reports r USING (report_id)
WHERE r.year IN ($year, $year - 1)
ORDER BY r.issuer, r.year, p.ordinal

-- name: year_sources
SELECT report_id, source, published, ingested_at FROM reports WHERE year = $year

-- name: received
-- the reports of a year (one version per body), with what the template check needs
SELECT r.report_id, r.issuer, r.province, r.city, r.county, r.level, r.body_kind, r.year,
       r.format, r.published, r.text,
       (SELECT list(DISTINCT c."table") FROM table_cells c WHERE c.report_id = r.report_id)
           AS tables
FROM reports r JOIN report_versions v USING (report_id)
WHERE v.in_ranking AND r.year = $year
  AND (CAST($province AS VARCHAR) IS NULL OR r.province = $province)

-- name: reported_before
-- the bodies that reported in the `lookback` years before a year: expected by default
SELECT issuer, any_value(province) AS province, any_value(city) AS city,
       any_value(county) AS county, any_value(level) AS level, max(year) AS last_year
FROM reports
WHERE year < $year AND year >= $year - $lookback AND issuer IS NOT NULL
  AND (CAST($province AS VARCHAR) IS NULL OR province = $province)
GROUP BY issuer

-- name: reports_like
-- the reports whose id is `report`, or starts with it (a shortened id), with their identity
SELECT report_id, issuer, region_code, year FROM reports
WHERE report_id = $report OR starts_with(report_id, $report) ORDER BY report_id LIMIT 2

-- name: parsed_figure
-- what the parser found for one target of one report (no row: nothing)
SELECT max(value) AS value, count(*) AS n FROM parsed_figures
WHERE report_id = $report_id AND target = $target

-- name: quality_hit
-- one failing rule hit of any check run, by result_id, with its report's identity
SELECT q.result_id, q.suite, q.expectation AS rule, q.report_id, r.issuer, r.region_code,
       r.year
FROM quality_results q LEFT JOIN reports r USING (report_id)
WHERE q.result_id = $result_id AND NOT q.success
ORDER BY q.checked_at DESC NULLS LAST LIMIT 1

-- name: review_notes
-- the latest decision on each quality hit with its report's body and year (check/quality.py
-- writes them into the Data Docs)
SELECT d.result_id, d.decision, d.reason, d.made_by, r.issuer, r.year
FROM review_decisions d
LEFT JOIN (SELECT DISTINCT result_id, report_id FROM quality_results
           WHERE result_id IS NOT NULL) q USING (result_id)
LEFT JOIN reports r USING (report_id)
ORDER BY d.made_at, d.result_id

-- name: correction_entries
-- every correction and review decision, oldest first (govbench corrections)
SELECT entry_id, kind, report_id, issuer, region_code, year, target, rule, old_value,
       new_value, decision, reason, made_by, made_at
FROM corrections ORDER BY made_at, entry_id

-- name: corrections_to_review
-- a correction made on one version of a report whose figure changed in the version ranked now:
-- it does not carry over, and the figure needs a reviewer's look
SELECT m.report_id, r.issuer, r.region_code, r.year, m.target, m.parsed_then, m.parsed_now,
       m.new_value, m.made_on, m.entry_id, m.reason, m.made_by, m.made_at
FROM correction_matches m
JOIN report_versions v ON v.report_id = m.report_id AND v.in_ranking
JOIN reports r ON r.report_id = m.report_id
WHERE NOT m.applies
  AND NOT EXISTS (SELECT 1 FROM correction_matches a WHERE a.applies
                  AND a.report_id = m.report_id AND a.target = m.target)
QUALIFY row_number() OVER (PARTITION BY m.report_id, m.target
                           ORDER BY m.made_at DESC, m.entry_id DESC) = 1
ORDER BY r.issuer, r.year, m.target
