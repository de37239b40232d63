-- The database's schema: every table and view govbench keeps, in one place (store/database.py
-- runs it when a writer opens a database; store/migrations.py brings older ones up to it).
-- The view report_metrics (one column per metric of vocabulary.METRIC_KEYS) is the one thing
-- generated in code, from that list.

CREATE TABLE IF NOT EXISTS meta (                -- schema_version: see store/migrations.py
    key         VARCHAR PRIMARY KEY,
    value       VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS reports (
    report_id   VARCHAR PRIMARY KEY,
    source      VARCHAR NOT NULL,
    title       VARCHAR,
    issuer      VARCHAR,
    region_code VARCHAR,
    province    VARCHAR,
    city        VARCHAR,
    county      VARCHAR,
    level       VARCHAR,
    body_kind   VARCHAR,
    department  VARCHAR,
    year        INTEGER,
    format      VARCHAR,
    script      VARCHAR,
    synthetic   BOOLEAN NOT NULL,
    text        VARCHAR NOT NULL,
    warnings    VARCHAR[],
    ingested_at TIMESTAMP NOT NULL,
    scope       VARCHAR,                  -- whole_area | own_body | NULL (unknown)
    published   DATE                      -- 发布日期/成文日期 when stated
);
CREATE TABLE IF NOT EXISTS files (
    file_hash   VARCHAR PRIMARY KEY,      -- sha256 of the bytes
    source      VARCHAR NOT NULL,
    report_id   VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS facts (
    report_id      VARCHAR NOT NULL,
    metric         VARCHAR NOT NULL,
    value          DOUBLE NOT NULL,
    approx         BOOLEAN NOT NULL,
    method         VARCHAR NOT NULL,      -- table | narrative
    evidence_start INTEGER,
    evidence_end   INTEGER,
    evidence_text  VARCHAR,
    rule           VARCHAR                -- the rule that produced it (parse.rule_ids()); NULL before schema 5
);
CREATE TABLE IF NOT EXISTS table_cells (
    report_id      VARCHAR NOT NULL,
    "table"        VARCHAR NOT NULL,      -- table2 | table3 | table4
    row_key        VARCHAR NOT NULL,
    col_key        VARCHAR NOT NULL,
    value          DOUBLE,                -- NULL: blank, "/" or "—"; "无" is 0 (see raw)
    raw            VARCHAR NOT NULL,      -- as printed: "0", "无" and "" stay different
    evidence_start INTEGER,
    evidence_end   INTEGER
);
CREATE TABLE IF NOT EXISTS problems (
    report_id      VARCHAR NOT NULL,
    ordinal        INTEGER NOT NULL,
    text           VARCHAR NOT NULL,
    category       VARCHAR NOT NULL,
    evidence_start INTEGER,
    evidence_end   INTEGER
);
CREATE TABLE IF NOT EXISTS quality_results (
    run_id      VARCHAR NOT NULL,
    suite       VARCHAR NOT NULL,
    expectation VARCHAR NOT NULL,
    severity    VARCHAR,
    report_id   VARCHAR,
    success     BOOLEAN NOT NULL,
    observed    VARCHAR,
    details     VARCHAR,
    checked_at  TIMESTAMP,
    result_id   VARCHAR                   -- hash of suite, rule, report and cells: the same hit
                                          -- in every run (check/quality.py result_id)
);
CREATE TABLE IF NOT EXISTS report_similarity (   -- written by check (check/similarity.py)
    report_id        VARCHAR NOT NULL,
    other_report_id  VARCHAR NOT NULL,
    relation         VARCHAR NOT NULL,   -- previous_year | other_body
    shared_sentences DOUBLE NOT NULL,    -- share of this report's sentences found in the other
    similarity       DOUBLE NOT NULL     -- rapidfuzz ratio of the two narratives, 0..100
);
CREATE TABLE IF NOT EXISTS ingest_errors (
    file_hash   VARCHAR PRIMARY KEY,      -- sha256 of the bytes, '' when unreadable
    source      VARCHAR NOT NULL,
    error       VARCHAR NOT NULL,
    failed_at   TIMESTAMP NOT NULL
);

-- Human review (review.py): corrections of figures and decisions on quality hits. Append-only:
-- a later entry on the same target supersedes an earlier one, nothing is updated or deleted.
CREATE TABLE IF NOT EXISTS corrections (
    entry_id    VARCHAR PRIMARY KEY,      -- hash of the entry's content: an import adds it once
    kind        VARCHAR NOT NULL,         -- correction | review
    report_id   VARCHAR NOT NULL,         -- the version it was made on (hash of its text)
    issuer      VARCHAR,                  -- with region_code and year: the body-year, so that
    region_code VARCHAR,                  -- a new version of the report can inherit it
    year        INTEGER,
    target      VARCHAR NOT NULL,         -- a metric, a table cell (table3.total.c1), or a
                                          -- quality_results.result_id (review)
    rule        VARCHAR,                  -- review: suite.rule of the hit
    old_value   DOUBLE,                   -- correction: the parser's value in that version
                                          -- (NULL: it found none)
    new_value   DOUBLE,                   -- correction: NULL = cleared (the figure is missing)
    decision    VARCHAR NOT NULL,         -- set | clear (correction); confirm | dismiss (review)
    reason      VARCHAR NOT NULL,
    made_by     VARCHAR NOT NULL,
    made_at     TIMESTAMP NOT NULL
);

-- The body-year a report belongs to: versions of one body's report for one year share it.
-- A report without an issuer is a body-year of its own. A correction carries the body-year of
-- the version it was made on (correction_matches).
CREATE OR REPLACE MACRO body_year(issuer, region_code, year, report_id) AS
    COALESCE(issuer, report_id) || '|' || COALESCE(region_code, '') || '|'
        || COALESCE(CAST(year AS VARCHAR), '');
CREATE OR REPLACE VIEW report_bodies AS
SELECT report_id, ingested_at, body_year(issuer, region_code, year, report_id) AS body_year
FROM reports;

-- Versions of one body's report for one year (same issuer, place and year, different text):
-- all are kept and shown; the ranking uses the one ingested last (a re-published or corrected
-- report), and among reports ingested in the same batch the one with more figures.
CREATE OR REPLACE VIEW report_versions AS
WITH figures AS (SELECT report_id, count(*) AS figures FROM facts GROUP BY report_id),
ordered AS (
    SELECT b.report_id, b.ingested_at, COALESCE(f.figures, 0) AS figures, b.body_year
    FROM report_bodies b LEFT JOIN figures f USING (report_id))
SELECT report_id, body_year,
       row_number() OVER (PARTITION BY body_year
                          ORDER BY ingested_at, figures, report_id DESC) AS version,
       count(*) OVER (PARTITION BY body_year) AS versions,
       row_number() OVER (PARTITION BY body_year
                          ORDER BY ingested_at DESC, figures DESC, report_id) = 1 AS in_ranking
FROM ordered;

-- Every figure as the parser found it: facts by metric, table cells by table.row_key.col_key.
CREATE OR REPLACE VIEW parsed_figures AS
SELECT report_id, 'fact' AS kind, metric AS target, metric, NULL::VARCHAR AS "table",
       NULL::VARCHAR AS row_key, NULL::VARCHAR AS col_key, value, NULL::VARCHAR AS raw,
       approx, method, evidence_start, evidence_end, evidence_text
FROM facts
UNION ALL
SELECT report_id, 'cell', "table" || '.' || row_key || '.' || col_key, NULL, "table", row_key,
       col_key, value, raw, NULL, NULL, evidence_start, evidence_end, NULL
FROM table_cells;

-- Each correction against each version of its body-year: it applies to the version it was
-- made on, and to another version whose parser's value of the target is the one it corrected
-- (unchanged in the new text); otherwise that version's figure needs review. The parser's values
-- are looked up for the corrected targets only (a join on the few corrections, never a pass
-- over every figure): without corrections this costs nothing.
CREATE OR REPLACE VIEW correction_matches AS
WITH made AS (
    SELECT c.*, body_year(c.issuer, c.region_code, c.year, c.report_id) AS body_year
    FROM corrections c WHERE kind = 'correction'),
candidates AS (
    SELECT DISTINCT b.report_id, m.target,
           regexp_matches(m.target, '^table[0-9]\.') AS is_cell,
           split_part(m.target, '.', 1) AS "table", split_part(m.target, '.', 2) AS row_key,
           split_part(m.target, '.', 3) AS col_key
    FROM made m JOIN report_bodies b USING (body_year)),
parsed AS (
    SELECT c.report_id, c.target, max(f.value) AS value
    FROM candidates c JOIN facts f ON f.report_id = c.report_id AND f.metric = c.target
    WHERE NOT c.is_cell GROUP BY ALL
    UNION ALL
    SELECT c.report_id, c.target, max(t.value)
    FROM candidates c
    JOIN table_cells t ON t.report_id = c.report_id AND t."table" = c."table"
                      AND t.row_key = c.row_key AND t.col_key = c.col_key
    WHERE c.is_cell GROUP BY ALL)
SELECT b.report_id, m.target, m.entry_id, m.new_value, m.decision, m.reason, m.made_by,
       m.made_at, m.report_id AS made_on, m.old_value AS parsed_then, p.value AS parsed_now,
       b.report_id = m.report_id OR p.value IS NOT DISTINCT FROM m.old_value AS applies,
       p.report_id IS NOT NULL AS found_now    -- the parser found the target in this version
FROM made m
JOIN report_bodies b USING (body_year)
LEFT JOIN parsed p ON p.report_id = b.report_id AND p.target = m.target;

-- The correction in force on each corrected figure: the latest one that applies.
CREATE OR REPLACE VIEW applied_corrections AS
SELECT report_id, target, entry_id, new_value, found_now,
       regexp_matches(target, '^table[0-9]\.') AS is_cell,
       split_part(target, '.', 1) AS "table", split_part(target, '.', 2) AS row_key,
       split_part(target, '.', 3) AS col_key
FROM correction_matches WHERE applies
QUALIFY row_number() OVER (PARTITION BY report_id, target
                           ORDER BY made_at DESC, entry_id DESC) = 1;

-- THE figures of every report, corrections applied: everything downstream reads figures
-- through this view (corrected_facts, corrected_cells, report_metrics). The latest correction
-- that applies to a target wins; `parsed_value` is the parser's, `corrected` says the value
-- shown is a reviewer's and differs from it. Three parts: the facts and the table cells, each
-- with its correction if any (a join on the few corrections), and the figures a reviewer set
-- where the parser found none. A reader of one kind (kind = 'fact') reads one part.
CREATE OR REPLACE VIEW figures AS
SELECT f.report_id, f.metric AS target, 'fact' AS kind, f.metric, NULL::VARCHAR AS "table",
       NULL::VARCHAR AS row_key, NULL::VARCHAR AS col_key,
       CASE WHEN a.entry_id IS NULL THEN f.value ELSE a.new_value END AS value,
       NULL::VARCHAR AS raw, f.approx AND a.entry_id IS NULL AS approx, f.method,
       f.evidence_start, f.evidence_end, f.evidence_text, f.value AS parsed_value,
       a.entry_id IS NOT NULL AND a.new_value IS DISTINCT FROM f.value AS corrected,
       a.entry_id AS correction_id
FROM facts f
LEFT JOIN applied_corrections a ON a.report_id = f.report_id AND a.target = f.metric
                               AND NOT a.is_cell
UNION ALL
SELECT t.report_id, t."table" || '.' || t.row_key || '.' || t.col_key, 'cell', NULL, t."table",
       t.row_key, t.col_key, CASE WHEN a.entry_id IS NULL THEN t.value ELSE a.new_value END,
       t.raw, false, NULL, t.evidence_start, t.evidence_end, NULL, t.value,
       a.entry_id IS NOT NULL AND a.new_value IS DISTINCT FROM t.value, a.entry_id
FROM table_cells t
LEFT JOIN applied_corrections a ON a.report_id = t.report_id AND a.is_cell
                               AND a."table" = t."table" AND a.row_key = t.row_key
                               AND a.col_key = t.col_key
UNION ALL
SELECT a.report_id, a.target, CASE WHEN a.is_cell THEN 'cell' ELSE 'fact' END,
       CASE WHEN NOT a.is_cell THEN a.target END,
       CASE WHEN a.is_cell THEN a."table" END, CASE WHEN a.is_cell THEN a.row_key END,
       CASE WHEN a.is_cell THEN a.col_key END, a.new_value, NULL, false, 'correction', NULL,
       NULL, NULL, NULL, a.new_value IS NOT NULL, a.entry_id
FROM applied_corrections a WHERE NOT a.found_now;

-- The facts and table cells as the checks, the ranking and the app read them (from figures).
CREATE OR REPLACE VIEW corrected_facts AS
SELECT report_id, metric, value, approx, method, evidence_start, evidence_end, evidence_text,
       parsed_value, corrected, correction_id
FROM figures WHERE kind = 'fact' AND value IS NOT NULL;
CREATE OR REPLACE VIEW corrected_cells AS
SELECT report_id, "table", row_key, col_key, value, raw, evidence_start, evidence_end,
       parsed_value, corrected, correction_id
FROM figures WHERE kind = 'cell';

-- The latest decision on each quality hit (by result_id).
CREATE OR REPLACE VIEW review_decisions AS
SELECT target AS result_id, decision, reason, made_by, made_at
FROM corrections WHERE kind = 'review'
QUALIFY row_number() OVER (PARTITION BY target ORDER BY made_at DESC, entry_id DESC) = 1;

-- The latest check run's failing (report, rule) rows with the review decision on each: a
-- dismissed hit stays listed but no longer counts against its body.
CREATE OR REPLACE VIEW quality_hits AS
WITH latest AS (SELECT run_id FROM quality_results
                ORDER BY checked_at DESC NULLS LAST, run_id DESC LIMIT 1)
SELECT q.result_id, q.run_id, q.report_id, q.suite, q.expectation AS rule, q.severity,
       q.observed, q.details, d.decision AS review, d.reason AS review_reason,
       d.made_by AS reviewed_by, d.made_at AS reviewed_at,
       COALESCE(d.decision = 'dismiss', false) AS dismissed
FROM quality_results q JOIN latest USING (run_id)
LEFT JOIN review_decisions d USING (result_id)
WHERE NOT q.success AND q.report_id IS NOT NULL;
