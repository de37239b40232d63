"""What an overseer hands out and checks, built on the stored reports and the ranking:
- benchmarks.py  peer P25/P50/P75 per metric (same year, level, scope) and outliers
- movers.py      进步/退步榜: rank change judged against the rank intervals
- compliance.py  报送情况: expected bodies, the publication deadline, the template's parts
- card.py        the report card (成绩单) of one body and year; render.py writes it as
                 HTML, PDF (WeasyPrint) or DOCX (python-docx); command.py: `govbench report-card`
The rules (peers, deadlines, template, the card's words) are rules/oversight.toml.
"""

from .benchmarks import figures_against_peers, peer_benchmarks
from .card import CardBook, CardError, ReportCard
from .compliance import ExpectedListError, compliance, read_expected
from .movers import biggest as biggest_movers, movers, rank_year
from .render import card_html, render as render_card

__all__ = [
    "CardBook",
    "CardError",
    "ExpectedListError",
    "ReportCard",
    "biggest_movers",
    "card_html",
    "compliance",
    "figures_against_peers",
    "movers",
    "peer_benchmarks",
    "rank_year",
    "read_expected",
    "render_card",
]
