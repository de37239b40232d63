"""check: the checks of the stored data, after ingest and before ranking.

- quality.py          runs the Great Expectations suites of expectations/ against the database
                      and keeps the results in quality_results
- similarity.py       copy-paste reports (report_similarity), measured before the suites run
- problems_repeat.py  problems admitted again: a statement the issuer made the year before

`import great_expectations` costs seconds: it happens inside run_checks only.
"""

from .quality import CheckError, CheckSummary, RuleResult, load_suites, run_checks

__all__ = ["CheckError", "CheckSummary", "RuleResult", "load_suites", "run_checks"]
