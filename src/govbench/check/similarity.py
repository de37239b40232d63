"""How much of a report repeats its own previous year, or another body's report of the same year.

Local assessments penalise copy-paste reports, so `check` measures it before the suites run and
keeps it in the table `report_similarity`; the rule and its threshold live in
expectations/duplicates.json. Two steps, so 10,000 reports take seconds, not hours:
1. DuckDB splits every text into sentences and finds pairs that share sentences (sentences that
   many bodies print — the regulation's boilerplate — are ignored): the query
   similarity_candidates of store/queries.sql;
2. rapidfuzz compares only those candidate pairs' narrative texts.
"""

from __future__ import annotations

from rapidfuzz import fuzz

MIN_SENTENCE_CHARS = 20  # shorter sentences are headings or formulae
BOILERPLATE_ISSUERS = 5  # a sentence printed by more issuers than this is boilerplate
CANDIDATE_SHARE = 0.3  # share of a report's sentences found in the other to compare them
COMPARED_CHARS = 6000  # the narrative compared: table rows (tab-separated) left out


def refresh(database) -> int:
    """Recompute the table report_similarity on a writer `database` (store.Database);
    returns the number of pairs kept."""
    candidates = database.query(
        "similarity_candidates",
        min_chars=MIN_SENTENCE_CHARS,
        boilerplate=BOILERPLATE_ISSUERS,
        share=CANDIDATE_SHARE,
    )
    ids = sorted(set(candidates["report_id"]) | set(candidates["other_report_id"]))
    texts = dict(database.rows("report_texts", ids=ids)) if ids else {}
    narratives = {rid: narrative(text) for rid, text in texts.items()}
    candidates["similarity"] = [
        fuzz.ratio(narratives[a], narratives[b])
        for a, b in zip(candidates["report_id"], candidates["other_report_id"])
    ]
    database.replace_similarity(candidates)
    return len(candidates)


def narrative(text: str) -> str:
    """The prose of a report: table rows (the reader writes them tab-separated) left out."""
    return "\n".join(line for line in text.splitlines() if "\t" not in line)[:COMPARED_CHARS]
