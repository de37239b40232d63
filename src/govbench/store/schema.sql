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
    evidence_text  VARCHAR
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
    checked_at  TIMESTAMP
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

-- Versions of one body's report for one year (same issuer, place and year, different text):
-- all are kept and shown; the ranking uses the one ingested last (a re-published or corrected
-- report), and among reports ingested in the same batch the one with more figures.
CREATE OR REPLACE VIEW report_versions AS
WITH figures AS (SELECT report_id, count(*) AS figures FROM facts GROUP BY report_id),
ordered AS (
    SELECT r.report_id, r.ingested_at, COALESCE(f.figures, 0) AS figures,
           COALESCE(r.issuer, r.report_id) || '|' || COALESCE(r.region_code, '') || '|'
               || COALESCE(CAST(r.year AS VARCHAR), '') AS body_year
    FROM reports r LEFT JOIN figures f USING (report_id))
SELECT report_id,
       row_number() OVER (PARTITION BY body_year
                          ORDER BY ingested_at, figures, report_id DESC) AS version,
       count(*) OVER (PARTITION BY body_year) AS versions,
       row_number() OVER (PARTITION BY body_year
                          ORDER BY ingested_at DESC, figures DESC, report_id) = 1 AS in_ranking
FROM ordered;
