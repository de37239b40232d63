"""How much of a report repeats its own previous year, or another body's report of the same year.

Local assessments penalise copy-paste reports, so `check` measures it before the suites run and
keeps it in the table `report_similarity`; the rule and its threshold live in
expectations/duplicates.json. Two steps, so 10,000 reports take seconds, not hours:
1. DuckDB splits every text into sentences and finds pairs that share sentences (sentences that
   many bodies print — the regulation's boilerplate — are ignored);
2. rapidfuzz compares only those candidate pairs' narrative texts.
"""
from __future__ import annotations

import duckdb
from rapidfuzz import fuzz

MIN_SENTENCE_CHARS = 20        # shorter sentences are headings or formulae
BOILERPLATE_ISSUERS = 5        # a sentence printed by more issuers than this is boilerplate
CANDIDATE_SHARE = 0.3          # share of a report's sentences found in the other to compare them
COMPARED_CHARS = 6000          # the narrative compared: table rows (tab-separated) left out

CANDIDATES = """
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
"""


def refresh(con: duckdb.DuckDBPyConnection) -> int:
    """Recompute the table report_similarity (store.py); returns the number of pairs kept."""
    candidates = con.execute(CANDIDATES, {
        "min_chars": MIN_SENTENCE_CHARS, "boilerplate": BOILERPLATE_ISSUERS,
        "share": CANDIDATE_SHARE}).df()
    ids = sorted(set(candidates["report_id"]) | set(candidates["other_report_id"]))
    texts = {}
    if ids:
        texts = dict(con.execute(
            "SELECT report_id, text FROM reports WHERE report_id IN (SELECT unnest($1))",
            [ids]).fetchall())
    narratives = {rid: narrative(text) for rid, text in texts.items()}
    candidates["similarity"] = [
        fuzz.ratio(narratives[a], narratives[b])
        for a, b in zip(candidates["report_id"], candidates["other_report_id"])]
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("DELETE FROM report_similarity")
        if len(candidates):
            con.register("_pairs", candidates)
            con.execute("INSERT INTO report_similarity BY NAME SELECT * FROM _pairs")
            con.unregister("_pairs")
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return len(candidates)


def narrative(text: str) -> str:
    """The prose of a report: table rows (the reader writes them tab-separated) left out."""
    return "\n".join(line for line in text.splitlines() if "\t" not in line)[:COMPARED_CHARS]
