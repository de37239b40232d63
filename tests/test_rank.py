"""The ranking engine's maths on small hand-made frames, and its database and CLI edges."""

from __future__ import annotations

import argparse
import io
import json

import numpy as np
import pandas as pd
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from govbench import cli
from govbench import rank as R

ITEMS, POLICY = "proactive_items_total", "policy_documents"


def only(**weights: float) -> dict[str, float]:
    """Weights that rank on the named metrics alone (every other default metric set to 0)."""
    silenced = {k: 0.0 for k in R.default_metrics()}
    return {**silenced, **weights}


def bodies(**columns) -> pd.DataFrame:
    n = len(next(iter(columns.values())))
    return pd.DataFrame({"issuer": [f"body{i}" for i in range(n)], "year": 2022, **columns})


def ranked(frame: pd.DataFrame, **kwargs) -> dict[str, tuple]:
    out = R.rank(frame, **kwargs)
    return {row.issuer: (row.rank, round(row.score, 6)) for row in out.itertuples()}


def test_minmax_scores_are_the_weighted_mean_of_rescaled_metrics():
    frame = bodies(**{ITEMS: [0, 5, 10], POLICY: [10, 0, 5]})
    assert ranked(frame, weights=only(**{ITEMS: 1, POLICY: 1})) == {
        "body0": (2, 0.5),
        "body1": (3, 0.25),
        "body2": (1, 0.75),
    }


def test_negative_weight_means_more_is_worse_and_equal_scores_share_the_better_rank():
    frame = bodies(**{ITEMS: [0, 5, 10], POLICY: [10, 0, 5]})
    assert ranked(frame, weights=only(**{ITEMS: 1, POLICY: -1})) == {
        "body0": (3, 0.0),
        "body1": (1, 0.75),
        "body2": (1, 0.75),
    }


def test_zscore_uses_population_standard_deviation():
    frame = bodies(**{ITEMS: [0, 5, 10]})
    z = 5 / np.sqrt(50 / 3)
    out = ranked(frame, weights=only(**{ITEMS: 1}), normalisation="zscore")
    assert out == {"body0": (3, round(-z, 6)), "body1": (2, 0.0), "body2": (1, round(z, 6))}


def test_percentile_gives_tied_values_their_average_position():
    frame = bodies(**{ITEMS: [0, 0, 10]})
    out = ranked(frame, weights=only(**{ITEMS: 1}), normalisation="percentile")
    assert out == {"body0": (2, 0.25), "body1": (2, 0.25), "body2": (1, 1.0)}


def test_a_missing_figure_scores_by_the_rule_chosen_and_lowers_coverage():
    frame = bodies(**{ITEMS: [0, 10, np.nan], POLICY: [0, 10, 10]})

    def body2(missing):
        out = R.rank(frame, weights=only(**{ITEMS: 1, POLICY: 1}), missing=missing)
        return out.set_index("issuer").loc["body2"]

    # body2 states the best policy figure and no item count. Scored on what it states alone
    # it would lead (1.0); no rule lets the silence pay that well
    assert body2("worst")["score"] == 0.5  # items as the worst peer (0)
    assert body2("exclude")["score"] == 0.5  # mean 1.0 x coverage 0.5
    assert body2("median")["score"] == 0.75  # items as the peer median (0.5)
    assert body2("worst")["rank"] == 2 and body2("median")["rank"] == 2
    assert body2("worst")["coverage"] == 0.5
    assert R.rules().defaults.missing == "worst"
    assert (
        R.rank(frame, only(**{ITEMS: 1, POLICY: 1})).set_index("issuer").loc["body2", "score"]
        == 0.5
    )


def test_body_below_coverage_threshold_is_listed_apart_without_rank():
    frame = bodies(**{ITEMS: [0, 10, np.nan], POLICY: [0, 10, 10]})
    out = R.rank(frame, weights=only(**{ITEMS: 1, POLICY: 1}), coverage_threshold=0.6)
    apart = out[out["listed_apart"]]
    assert list(apart["issuer"]) == ["body2"]
    assert apart["rank"].isna().all()
    assert list(out["issuer"]) == ["body1", "body0", "body2"]  # listed-apart rows come last
    assert list(out["rank"].dropna()) == [1, 2]


def test_score_is_the_sum_of_the_contribution_columns():
    frame = bodies(**{ITEMS: [3, 7, 1, np.nan], POLICY: [2, np.nan, 9, 4]})
    out = R.rank(frame, weights=only(**{ITEMS: 2, POLICY: -1}))
    contributions = out[[R.CONTRIBUTION_PREFIX + ITEMS, R.CONTRIBUTION_PREFIX + POLICY]]
    np.testing.assert_allclose(contributions.sum(axis=1, min_count=1), out["score"])


def test_dimension_weight_scales_a_whole_dimension():
    # body0 discloses most, body1 handles requests best
    frame = bodies(
        **{ITEMS: [100, 10], "requests_received": [10, 10], "requests_completed": [2, 10]}
    )
    volume_only = {"volume": 1, "requests": 0, "problems": 0}
    requests_only = {"volume": 0, "requests": 1, "problems": 0}
    # one of six volume metrics reported: coverage 1/6, so rank regardless of coverage
    assert ranked(frame, weights=volume_only, coverage_threshold=0)["body0"][0] == 1
    assert ranked(frame, weights=requests_only, coverage_threshold=0)["body1"][0] == 1


def test_derived_rates_follow_the_formulas_in_the_rules():
    frame = bodies(
        requests_received=[100],
        requests_carried_over=[np.nan],
        requests_completed=[80],
        requests_granted=[30],
        requests_partially_granted=[10],
        requests_carried_forward=[20],
        admin_reconsideration=[4],
        reconsideration_corrected=[1],
        admin_litigation=[0],
        litigation_corrected=[np.nan],
    )
    values = R.derive_metrics(frame, R.derived_keys()).iloc[0]
    assert values["completion_rate"] == 0.8  # carried over not stated: counted as 0
    assert values["grant_rate"] == 0.5
    assert values["carried_forward_share"] == 0.2
    assert values["reconsideration_per_100"] == 4.0
    assert values["litigation_per_100"] == 0.0
    assert values["correction_rate"] == 0.25


def test_zero_denominator_leaves_a_rate_missing():
    frame = bodies(requests_received=[0], requests_completed=[0], requests_granted=[0])
    values = R.derive_metrics(frame, ["completion_rate", "grant_rate"]).iloc[0]
    assert values.isna().all()


def test_peer_groups_are_ranked_separately():
    frame = pd.DataFrame(
        {"issuer": ["a", "b", "c", "d"], "year": [2021, 2021, 2022, 2022], ITEMS: [1, 2, 30, 40]}
    )
    out = R.rank(frame, weights=only(**{ITEMS: 1}), peer_by=["year"])
    assert dict(zip(out["issuer"], out["rank"])) == {"b": 1, "a": 2, "d": 1, "c": 2}


def test_same_seed_gives_identical_intervals_and_intervals_contain_the_rank():
    rng = np.random.default_rng(7)
    frame = bodies(
        **{
            ITEMS: rng.integers(0, 100, 40),
            POLICY: rng.integers(0, 100, 40),
            "interpretations": rng.integers(0, 100, 40),
        }
    )
    weights = only(**{ITEMS: 1, POLICY: 1, "interpretations": -1})
    first = R.rank(frame, weights, seed=3)
    again = R.rank(frame, weights, seed=3)
    pd.testing.assert_frame_equal(first, again)
    assert (first["rank_low"] <= first["rank"]).all() and (
        first["rank"] <= first["rank_high"]
    ).all()
    assert (first["rank_high"] > first["rank_low"]).any()  # perturbation does move ranks
    assert first["p_top_k"].between(0, 1).all()


def test_clear_leader_is_always_in_the_top_k():
    frame = bodies(**{ITEMS: [1000, 1, 2, 3], POLICY: [1000, 3, 2, 1]})
    out = R.rank(frame, only(**{ITEMS: 1, POLICY: 1}), top_k=1).set_index("issuer")
    assert out.loc["body0", ["rank_low", "rank_high"]].tolist() == [1, 1]
    assert out.loc["body0", "p_top_k"] == 1.0


def test_output_has_the_columns_the_cli_and_app_rely_on():
    out = R.rank(bodies(**{ITEMS: [1, 2]}), only(**{ITEMS: 1}))
    for column in [
        "rank",
        "issuer",
        "region_code",
        "province",
        "city",
        "county",
        "level",
        "year",
        "score",
        "coverage",
        "rank_low",
        "rank_high",
        "p_top_k",
        "listed_apart",
        "synthetic",
        R.CONTRIBUTION_PREFIX + ITEMS,
    ]:
        assert column in out


def test_ranks_3000_bodies_with_every_row_ranked_once():
    # Speed is measured in benchmark/, never asserted here; this checks the large case is sound.
    rng = np.random.default_rng(1)
    columns = {k: rng.integers(0, 1000, 3000).astype(float) for k in R.METRIC_KEYS}
    frame = bodies(**columns, problems_admitted=rng.integers(0, 5, 3000))
    frame = pd.concat([frame, R.derive_metrics(frame, R.derived_keys())], axis=1)
    out = R.rank(frame, {"requests": 2}, mc_draws=0)
    ranked = out[~out["listed_apart"]]
    assert len(out) == 3000
    assert ranked["rank"].min() == 1 and ranked["rank"].max() <= len(ranked)
    assert (ranked.sort_values("rank")["score"].diff().dropna() <= 0).all()


def test_parse_weights_reads_dimensions_and_metrics_with_signs():
    assert R.parse_weights("requests=2, requests_received=-1") == {
        "requests": 2.0,
        "requests_received": -1.0,
    }
    assert R.parse_weights("") == {}


@pytest.mark.parametrize(
    "spec, message",
    [
        ("nonsense=1", "valid keys: volume"),
        ("requests", "not key=number"),
        ("requests=two", "not key=number"),
    ],
)
def test_parse_weights_rejects_bad_specs_naming_what_is_valid(spec, message):
    with pytest.raises(ValueError, match=message):
        R.parse_weights(spec)


def test_unknown_normalisation_is_refused():
    with pytest.raises(ValueError, match="minmax, zscore, percentile"):
        R.rank(bodies(**{ITEMS: [1]}), normalisation="rank")


def test_load_frame_filters_and_counts_problems(small_db):
    frame = R.load_frame(small_db, year=2022)
    assert len(frame) == 4 and set(frame["year"]) == {2022}
    row = frame.set_index("issuer").loc["乙县人民政府"]
    assert row["problems_admitted"] == 2
    assert row["completion_rate"] == 1.0
    assert len(R.load_frame(small_db, province="浙江省", level="city")) == 0
    assert len(R.load_frame(small_db, province="'; DROP TABLE reports; --")) == 0
    assert len(R.load_frame(small_db)) == 8


def rank_args(db, **extra) -> argparse.Namespace:
    defaults = {
        "db": db,
        "year": 2022,
        "province": None,
        "level": None,
        "weights": None,
        "peer_by": "year",
        "population": None,
        "format": "json",
        "preset": None,
        "missing": None,
        "normalise": None,
        "min_coverage": None,
        "leave_out_failed": False,
        "scope": None,
    }
    return argparse.Namespace(**{**defaults, **extra})


def test_rank_command_prints_json_rows(small_db, capsys):
    assert cli.cmd_rank(rank_args(small_db)) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["rank"] for r in rows] == sorted(r["rank"] for r in rows)
    assert {
        "rank",
        "issuer",
        "region_code",
        "year",
        "score",
        "coverage",
        "rank_low",
        "rank_high",
    } <= set(rows[0])
    assert rows[0]["issuer"] == "乙县人民政府"


def test_rank_command_weights_change_the_leader(small_db, capsys):
    cli.cmd_rank(rank_args(small_db, weights="volume=1"))
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["issuer"] == "甲县人民政府"  # most items disclosed


def test_rank_command_bad_weights_exit_2_with_one_line(small_db, capsys):
    assert cli.cmd_rank(rank_args(small_db, weights="speed=1")) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "valid keys" in err


def test_table_and_csv_formats_mark_synthetic_rows(small_db):
    out = R.rank(R.load_frame(small_db, year=2022))
    table = R.format_ranking(out, "table")
    assert "丁县人民政府" in table and "SYNTHETIC" in table
    csv = R.format_ranking(out, "csv")
    assert csv.splitlines()[0].startswith("rank,") and len(csv.splitlines()) == 5


# the columns `govbench rank` prints, in order: a user's script reads the CSV by position
PRINTED = [
    "rank",
    "issuer",
    "region_code",
    "province",
    "city",
    "county",
    "level",
    "year",
    "scope",
    "score",
    "coverage",
    "rank_low",
    "rank_high",
    "p_top_k",
    "listed_apart",
]


def test_rank_command_prints_its_columns_in_a_fixed_order(small_db, tmp_path, capsys):
    assert cli.cmd_rank(rank_args(small_db)) == 0
    assert list(json.loads(capsys.readouterr().out)[0]) == [
        *PRINTED,
        "corrected_figures",
        "synthetic",
    ]
    assert cli.cmd_rank(rank_args(small_db, format="csv")) == 0
    header = next(line for line in capsys.readouterr().out.splitlines() if not line.startswith("#"))
    assert header.split(",") == [*PRINTED, "corrected_figures", "synthetic"]
    people = tmp_path / "people.csv"
    people.write_text("region_code,name,year,population\n330101,甲县,2022,1000\n", encoding="utf-8")
    assert cli.cmd_rank(rank_args(small_db, population=people)) == 0
    first = json.loads(capsys.readouterr().out)[0]
    assert list(first) == [*PRINTED, "population", "corrected_figures", "synthetic"]


def test_ranked_rows_carry_who_the_body_is_next_to_its_rank_in_a_fixed_order(small_db):
    out = R.rank(R.load_frame(small_db, year=2022))
    assert list(out.columns[:15]) == [
        "rank",
        "report_id",
        "issuer",
        "region_code",
        "province",
        "city",
        "county",
        "level",
        "body_kind",
        "department",
        "year",
        "format",
        "scope",
        "synthetic",
        "corrected_figures",
    ]
    assert out.columns[15] == "score"


def test_load_frame_keeps_one_report_per_body_year_the_one_with_more_figures(tmp_path):
    from conftest import BODIES, make_report
    from govbench import store

    issuer, code, county, volume, requests, problems, synthetic = BODIES[0]
    full = make_report(issuer, code, county, volume, requests, problems, synthetic)
    thin = make_report(issuer, code, county, {ITEMS: 1}, {}, [], synthetic)
    con = store.Database.writer(tmp_path / "two.duckdb")
    con.store_batch([("full", full), ("thin", thin)])
    frame = R.load_frame(con)
    con.close()
    assert len(frame) == 1 and frame.loc[0, ITEMS] == 5000


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 1000), st.integers(0, 1000)), min_size=2, max_size=12),
    st.sampled_from(R.NORMALISATIONS),
    st.randoms(use_true_random=False),
)
def test_ranks_do_not_depend_on_row_order(rows, method, shuffler):
    frame = bodies(**{ITEMS: [a for a, _ in rows], POLICY: [b for _, b in rows]})
    shuffled = frame.sample(frac=1, random_state=shuffler.randint(0, 10_000))
    weights = only(**{ITEMS: 1, POLICY: -2})
    first = R.rank(frame, weights, method, mc_draws=20).set_index("issuer")
    second = R.rank(shuffled, weights, method, mc_draws=20).set_index("issuer")
    assert first["rank"].to_dict() == second["rank"].to_dict()
    if method != "zscore":
        assert first["score"].between(0, 1).all()


def test_the_engine_imports_without_streamlit():
    import subprocess
    import sys

    code = "import sys, govbench.rank; assert 'streamlit' not in sys.modules"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


# --- problems repeated from the year before ------------------------------------------------


def statements(*rows: tuple[str, int, str]) -> pd.DataFrame:
    return pd.DataFrame(
        [(f"{issuer}-{year}", issuer, year, text) for issuer, year, text in rows],
        columns=["report_id", "issuer", "year", "text"],
    )


def test_a_statement_copied_with_small_edits_from_last_year_is_a_repeat():
    from govbench.check.problems_repeat import mark_repeats

    marked = mark_repeats(
        statements(
            ("甲县", 2021, "政策解读形式较为单一，图解、视频等解读方式运用不够"),
            ("甲县", 2022, "政策解读形式仍较为单一，图解、视频等解读方式运用不够"),
            ("甲县", 2022, "公开平台建设滞后，栏目更新不及时"),
            ("乙县", 2022, "政策解读形式较为单一，图解、视频等解读方式运用不够"),
        ),
        threshold=80,
    )
    assert list(marked["repeated"]) == [False, True, False, False]
    assert marked.loc[1, "repeats"] == "政策解读形式较为单一，图解、视频等解读方式运用不够"
    # 乙县 has no 2021 statements: its copy of 甲县's text is not a repeat of its own
    assert np.isnan(marked.loc[3, "similarity"])


def test_repeat_count_is_unknown_without_last_years_report_and_zero_with_it():
    from govbench.check.problems_repeat import repeated_per_report

    reports = pd.DataFrame(
        {
            "report_id": ["甲县-2021", "甲县-2022", "乙县-2022"],
            "issuer": ["甲县", "甲县", "乙县"],
            "year": [2021, 2022, 2022],
        }
    )
    counts = repeated_per_report(
        statements(("甲县", 2021, "人员力量不足"), ("乙县", 2022, "人员力量不足")), reports, 80
    )
    assert np.isnan(counts[0]) and counts[1] == 0 and np.isnan(counts[2])


def test_load_frame_counts_problems_repeated_from_the_year_before(small_db):
    frame = R.load_frame(small_db).set_index(["issuer", "year"])["problems_repeated"]
    # the fixture repeats each body's 2021 problems word for word in 2022
    assert frame[("甲县人民政府", 2022)] == 1 and frame[("乙县人民政府", 2022)] == 2
    assert frame[("丙县人民政府", 2022)] == 0
    assert frame.xs(2021, level="year").isna().all()


def test_repeated_problems_count_against_a_body():
    metric = R.rules().metrics["problems_repeated"]
    assert metric.dimension == "problems" and metric.weight < 0
    frame = bodies(problems_repeated=[0.0, 3.0])
    assert ranked(frame, weights=only(problems_repeated=-1)) == {
        "body0": (1, 1.0),
        "body1": (2, 0.0),
    }


# --- what-if and leaving out figures that failed checks ---------------------------------------


def test_what_if_recomputes_the_rates_and_moves_only_the_body_changed(small_db):
    frame = R.load_frame(small_db, year=2022)
    jia = frame.set_index("issuer").loc["甲县人民政府", "report_id"]
    changed = R.what_if(frame, jia, "requests_completed", 100)
    rates = changed.set_index("issuer")["completion_rate"]
    assert rates["甲县人民政府"] == pytest.approx(1.0)  # was 60 / 100
    assert rates["乙县人民政府"] == pytest.approx(1.0)  # untouched
    assert frame.set_index("issuer").loc["甲县人民政府", "completion_rate"] == pytest.approx(0.6)
    before = R.rank(frame, only(completion_rate=1), mc_draws=0).set_index("issuer")["rank"]
    after = R.rank(changed, only(completion_rate=1), mc_draws=0).set_index("issuer")["rank"]
    assert (before["甲县人民政府"], after["甲县人民政府"]) == (4, 1)


def test_leave_out_failing_blanks_the_request_figures_of_the_failing_report_only(small_db):
    frame = R.load_frame(small_db, year=2022)
    jia = frame.set_index("issuer").loc["甲县人民政府", "report_id"]
    failures = pd.DataFrame({"report_id": [jia, jia], "rule": ["table3_balance", "issuer_present"]})
    kept = R.leave_out_failing(frame, failures).set_index("issuer")
    assert np.isnan(kept.loc["甲县人民政府", "requests_received"])
    assert np.isnan(kept.loc["甲县人民政府", "completion_rate"])
    assert kept.loc["甲县人民政府", "admin_reconsideration"] == 10  # table 4 still stands
    assert kept.loc["甲县人民政府", "proactive_items_total"] == 5000
    assert kept.loc["乙县人民政府", "requests_received"] == 50
    coverage = R.rank(kept.reset_index(), mc_draws=0).set_index("issuer")["coverage"]
    assert coverage["甲县人民政府"] < coverage["乙县人民政府"]


def test_quality_exclusions_name_rules_that_exist_in_the_suites():
    from govbench.check.quality import load_suites

    rules_in_suites = {e["meta"]["rule"] for s in load_suites() for e in s["expectations"]}
    assert set(R.rules().quality_exclusions) <= rules_in_suites
    assert "requests_received" in R.rules().quality_exclusions["table3_balance"]


def test_dimension_scores_rank_each_dimension_alone(small_db):
    frame = R.load_frame(small_db, year=2022)
    scores = R.dimension_scores(frame).set_index(
        frame.set_index("report_id")["issuer"].reindex(frame["report_id"]).to_numpy()
    )
    # 甲县 publishes most, 乙县 least; 乙县 handles requests best
    assert (
        scores["volume"].idxmax() == "甲县人民政府" and scores.loc["乙县人民政府", "volume"] == 0.0
    )
    # three of the six volume metrics are stated by no one: they count 0 for everyone alike
    assert scores.loc["甲县人民政府", "volume"] == 0.5
    assert scores["requests"].idxmax() == "乙县人民政府"
    assert "money" not in scores  # nothing weighted by default: no score to show


def test_yearly_quartiles_of_a_peer_group(small_db):
    quartiles = R.yearly_quartiles(R.load_frame(small_db), "proactive_items_total")
    assert list(quartiles["year"]) == [2021, 2022]
    assert list(quartiles["median"]) == [2500.0, 2500.0] and list(quartiles["bodies"]) == [4, 4]


# --- per capita and peer groups ---------------------------------------------------------------


def people(*rows: tuple[str, int | None, int]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "region_code": [r[0] for r in rows],
            "name": "",
            "year": pd.array([r[1] for r in rows], dtype="Int64"),
            "population": [r[2] for r in rows],
        }
    )


def test_per_capita_divides_volume_metrics_per_10000_people_and_leaves_rates_alone():
    frame = bodies(
        region_code=["330101", "330102"],
        **{ITEMS: [5000.0, 1000.0]},
        requests_received=[100, 50],
        requests_completed=[60, 50],
    )
    out = R.per_capita(frame, people(("330101", 2022, 500_000), ("330102", 2022, 50_000)))
    assert R.rules().per_capita.per == 10_000
    assert list(out[ITEMS]) == [100.0, 200.0]  # 5000 / 50 万人, 1000 / 5 万人
    assert list(out["population"]) == [500_000, 50_000]
    assert list(out["requests_received"]) == [100, 50]  # requests are not volumes
    # per head the smaller county discloses more and leads
    assert ranked(out, weights=only(**{ITEMS: 1}))["body1"][0] == 1
    assert ranked(frame, weights=only(**{ITEMS: 1}))["body0"][0] == 1


def test_per_capita_takes_the_latest_population_up_to_the_report_year():
    frame = pd.DataFrame(
        {
            "issuer": ["a", "a", "a"],
            "region_code": "330101",
            "year": [2019, 2021, 2023],
            ITEMS: [100.0, 100.0, 100.0],
        }
    )
    table = people(("330101", 2020, 10_000), ("330101", 2022, 20_000))
    # 2019 predates every figure: the nearest later one (2020) stands in
    assert list(R.per_capita(frame, table)["population"]) == [10_000, 10_000, 20_000]
    undated = people(("330101", None, 40_000), ("330101", 2022, 20_000))
    assert list(R.per_capita(frame, undated)["population"]) == [40_000, 40_000, 20_000]


def test_body_without_population_keeps_volume_missing_not_zero_and_loses_coverage():
    frame = bodies(
        region_code=["330101", "330102", "330103"],
        **{ITEMS: [10.0, 20.0, 30.0]},
        requests_received=[10, 10, 10],
        requests_completed=[10, 5, 8],
    )
    out = R.per_capita(frame, people(("330101", 2022, 10_000), ("330102", 2022, 10_000)))
    assert np.isnan(out.loc[2, ITEMS]) and np.isnan(out.loc[2, "population"])
    result = R.rank(
        out,
        only(**{ITEMS: 1, "completion_rate": 1}),
        missing="median",
        coverage_threshold=0,
        mc_draws=0,
    ).set_index("issuer")
    assert result.loc["body2", "coverage"] == 0.5 and result.loc["body0", "coverage"] == 1.0
    assert np.isnan(result.loc["body2", ITEMS])
    # volume as the peers' median (0.5, not a zero), completion 0.8 midway (0.6)
    assert result.loc["body2", "score"] == pytest.approx(0.55)


def test_peer_groups_by_province_give_each_province_its_own_first():
    frame = pd.DataFrame(
        {
            "issuer": ["a", "b", "c", "d"],
            "year": 2022,
            "province": ["浙江省", "浙江省", "福建省", "福建省"],
            ITEMS: [1, 2, 30, 40],
        }
    )
    together = R.rank(frame, only(**{ITEMS: 1}), mc_draws=0)
    assert dict(zip(together["issuer"], together["rank"])) == {"d": 1, "c": 2, "b": 3, "a": 4}
    apart = R.rank(frame, only(**{ITEMS: 1}), peer_by=["year", "province"], mc_draws=0)
    assert dict(zip(apart["issuer"], apart["rank"])) == {"b": 1, "a": 2, "d": 1, "c": 2}


def test_parse_peer_by_names_the_valid_groups():
    assert R.parse_peer_by("year, province") == ["year", "province"]
    assert R.parse_peer_by("") == []
    with pytest.raises(ValueError, match="year, province, level, body_kind"):
        R.parse_peer_by("city")


def test_rank_command_per_capita_from_a_population_csv(small_db, tmp_path, capsys):
    csv = tmp_path / "people.csv"
    # 甲县 publishes most in total; per head 乙县 (a tenth of the people) comes first.
    # 丙县 and 丁县 have no row: their volume is missing, so volume alone cannot rank them
    csv.write_text(
        "# test figures, not real\nregion_code,name,year,population\n"
        "330101,甲县,2021,1000000\n330102,乙县,,100000\n",
        encoding="utf-8",
    )
    weights = "volume=1"
    assert cli.cmd_rank(rank_args(small_db, weights=weights, population=csv)) == 0
    rows = {r["issuer"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows["乙县人民政府"]["rank"] == 1 and rows["甲县人民政府"]["rank"] == 2
    assert rows["乙县人民政府"]["population"] == 100000
    assert rows["丙县人民政府"]["rank"] is None and rows["丙县人民政府"]["coverage"] == 0
    assert rows["丙县人民政府"]["population"] is None


def test_rank_command_bad_population_file_exits_2_naming_the_line(small_db, tmp_path, capsys):
    csv = tmp_path / "people.csv"
    csv.write_text("region_code,name,year,population\n330101,甲县,2022,0\n", encoding="utf-8")
    assert cli.cmd_rank(rank_args(small_db, population=csv)) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--population" in err and "line 2" in err


def test_cli_rank_population_end_to_end(small_db, tmp_path, capsys):
    from govbench.cli import main

    csv = tmp_path / "people.csv"
    csv.write_text(
        "region_code,name,year,population\n330101,甲县,2022,1000000\n"
        "330102,乙县,2022,100000\n330103,丙县,2022,100000\n330104,丁县,2022,100000\n",
        encoding="utf-8",
    )
    assert (
        main(
            [
                "rank",
                "--db",
                str(small_db),
                "--year",
                "2022",
                "--format",
                "json",
                "--weights",
                "volume=1",
                "--population",
                str(csv),
                "--peer-by",
                "year,province",
            ]
        )
        == 0
    )
    rows = json.loads(capsys.readouterr().out)
    # per 10,000 people: 丙县 3000 items / 10 万人 = 300 beats 甲县 5000 / 100 万人 = 50
    assert [r["issuer"] for r in rows][:1] == ["丙县人民政府"]
    assert rows[-1]["issuer"] == "甲县人民政府"


# --- a weighting means what it says (issue #14) ---------------------------------------------


def test_given_weights_are_the_whole_weighting():
    assert R.effective_weights({"requests_received": 1}) == {"requests_received": 1.0}
    assert R.effective_weights({"requests_received": -1}) == {"requests_received": -1.0}
    # a dimension named alone keeps its default metric weights inside
    assert set(R.effective_weights({"volume": 1})) == {
        k for k in R.default_metrics() if R.rules().metrics[k].dimension == "volume"
    }
    # a preset is a starting weighting that the given weights change where they name
    assert R.effective_weights(preset="default") == R.effective_weights()
    extended = R.effective_weights({"requests_received": 2}, preset="default")
    assert extended["requests_received"] > 0 and set(R.effective_weights()) < set(extended)


def test_unknown_preset_is_refused_naming_the_presets():
    with pytest.raises(ValueError, match="unknown preset 'fast'; presets: default"):
        R.effective_weights(preset="fast")


def test_rank_by_one_figure_orders_by_it_with_ties_listed_by_name():
    frame = pd.DataFrame(
        {
            "issuer": ["丁", "甲", "丙", "乙", "戊"],
            "year": 2024,
            "region_code": ["5", "1", "3", "2", "4"],
            "requests_received": [30.0, 100.0, 50.0, 50.0, np.nan],
        }
    )
    down = R.rank(frame, {"requests_received": 1}, mc_draws=0)
    # 乙 and 丙 tie: they share rank 2 and are listed by issuer name (Unicode order: 丙 < 乙)
    assert list(down["issuer"]) == ["甲", "丙", "乙", "丁", "戊"]
    assert list(down["rank"].astype("float")[:4]) == [1, 2, 2, 4]
    assert down.set_index("issuer").loc["戊", "listed_apart"]  # states nothing weighted
    up = R.rank(frame, {"requests_received": -1}, mc_draws=0)
    assert list(up["issuer"])[:4] == ["丁", "丙", "乙", "甲"]


def test_cli_weights_rank_2024_bodies_by_requests_received(small_db, capsys):
    from govbench.cli import main

    def order(weight: str) -> list[float]:
        assert (
            main(
                [
                    "rank",
                    "--db",
                    str(small_db),
                    "--year",
                    "2022",
                    "--format",
                    "json",
                    "--weights",
                    f"requests_received={weight}",
                ]
            )
            == 0
        )
        rows = json.loads(capsys.readouterr().out)
        received = R.load_frame(small_db, year=2022).set_index("report_id")["requests_received"]
        names = R.load_frame(small_db, year=2022).set_index("issuer")["requests_received"]
        assert len(received) == len(rows)
        return [names[r["issuer"]] for r in rows if r["rank"] is not None]

    assert order("1") == [100, 80, 50, 30]
    assert order("-1") == [30, 50, 80, 100]


def test_cli_preset_default_is_the_default_and_weights_adjust_it(small_db, capsys):
    from govbench.cli import main

    def rows(*extra: str) -> list[tuple]:
        assert (
            main(["rank", "--db", str(small_db), "--year", "2022", "--format", "json", *extra]) == 0
        )
        return [(r["issuer"], r["score"]) for r in json.loads(capsys.readouterr().out)]

    assert rows("--preset", "default") == rows()
    assert rows("--preset", "default", "--weights", "requests_received=3") != rows()
    assert main(["rank", "--db", str(small_db), "--preset", "fast"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--preset" in err and "presets: default" in err


# --- no reward for silence ---------------------------------------------------------------------

FIGURES = st.one_of(st.none(), st.integers(0, 1000))


def figure_frames(min_size: int = 3):
    """Bodies with three more-is-better figures, any of them missing, each body stating one."""
    rows = st.lists(
        st.tuples(FIGURES, FIGURES, st.integers(0, 1000)), min_size=min_size, max_size=9
    )
    return rows.map(
        lambda rs: bodies(
            **{
                ITEMS: [np.nan if a is None else a for a, _, _ in rs],
                POLICY: [np.nan if b is None else b for _, b, _ in rs],
                "interpretations": [c for _, _, c in rs],
            }
        )
    )


PROPERTY_WEIGHTS = only(**{ITEMS: 1, POLICY: 2, "interpretations": 1})


def scored(frame: pd.DataFrame, method: str, missing: str) -> pd.DataFrame:
    return R.rank(
        frame, PROPERTY_WEIGHTS, method, coverage_threshold=0, mc_draws=0, missing=missing
    ).set_index("issuer")


@settings(max_examples=150, deadline=None)
@given(
    figure_frames(),
    st.data(),
    st.sampled_from(["minmax", "percentile"]),
    st.sampled_from(R.MISSING_RULES),
)
def test_raising_a_more_is_better_figure_never_lowers_score_or_rank(frame, data, method, missing):
    body = data.draw(st.integers(0, len(frame) - 1))
    metric = data.draw(st.sampled_from([ITEMS, POLICY, "interpretations"]))
    assume_stated = frame.loc[body, metric]
    if np.isnan(assume_stated):
        return
    raised = frame.copy()
    raised.loc[body, metric] = assume_stated + data.draw(st.integers(1, 2000))
    before = scored(frame, method, missing).loc[f"body{body}"]
    after = scored(raised, method, missing).loc[f"body{body}"]
    assert after["score"] >= before["score"] - 1e-9
    assert after["rank"] <= before["rank"]


@settings(max_examples=150, deadline=None)
@given(
    figure_frames(),
    st.data(),
    st.sampled_from(["minmax", "percentile"]),
    st.sampled_from(R.MISSING_RULES),
)
def test_stating_a_missing_figure_at_or_above_the_peer_median_never_lowers_it(
    frame, data, method, missing
):
    # the stated exception (docs/method.md): under percentiles the median rule imputes the
    # median of the peers' positions, and a body joining a tie ([0, 1, 1] + 1) sits lower
    # among four than the tie did among three
    assume(not (method == "percentile" and missing == "median"))
    body = data.draw(st.integers(0, len(frame) - 1))
    metric = data.draw(st.sampled_from([ITEMS, POLICY]))
    stated = frame[metric].dropna()
    if not np.isnan(frame.loc[body, metric]) or stated.empty:
        return
    added = frame.copy()
    added.loc[body, metric] = stated.median() + data.draw(st.integers(0, 1000))
    before = scored(frame, method, missing).loc[f"body{body}"]
    after = scored(added, method, missing).loc[f"body{body}"]
    assert after["score"] >= before["score"] - 1e-9
    assert after["rank"] <= before["rank"]


@settings(max_examples=150, deadline=None)
@given(figure_frames(), st.data())
def test_under_the_default_rule_leaving_a_figure_out_never_pays(frame, data):
    body = data.draw(st.integers(0, len(frame) - 1))
    metric = data.draw(st.sampled_from([ITEMS, POLICY]))
    value = frame.loc[body, metric]
    others = frame[metric].drop(index=body).dropna()
    # the stated exception (docs/method.md): a body that alone states the lowest figure moves
    # the lowest to the next peer when it leaves its figure out; under percentiles so does one
    # tied at the lowest (its tie partners drop to the bottom, and the next peer with them)
    if np.isnan(value):
        return
    silent = frame.copy()
    silent.loc[body, metric] = np.nan
    for method in ("minmax", "percentile"):
        lowest = len(others) and (
            value < others.min() if method == "minmax" else value <= others.min()
        )
        if lowest:
            continue
        stated = R.rank(frame, PROPERTY_WEIGHTS, method, coverage_threshold=0, mc_draws=0)
        quiet = R.rank(silent, PROPERTY_WEIGHTS, method, coverage_threshold=0, mc_draws=0)
        s0 = stated.set_index("issuer").loc[f"body{body}"]
        s1 = quiet.set_index("issuer").loc[f"body{body}"]
        assert s1["score"] <= s0["score"] + 1e-9 and s1["rank"] >= s0["rank"]


def test_the_issues_example_stating_a_large_figure_no_longer_costs_the_leader():
    # a leader that omits its item count; 1,000 items, more than most peers state, used to
    # drop it from 1st to 3rd because the score averaged only what it stated
    frame = bodies(
        **{
            ITEMS: [np.nan, 200, 5000, 1200, 50],
            POLICY: [90, 10, 60, 80, 5],
            "interpretations": [40, 5, 30, 35, 1],
        }
    )
    for missing in R.MISSING_RULES:
        before = (
            R.rank(frame, PROPERTY_WEIGHTS, coverage_threshold=0, mc_draws=0, missing=missing)
            .set_index("issuer")
            .loc["body0", "rank"]
        )
        frame_1000 = frame.assign(**{ITEMS: [1000, 200, 5000, 1200, 50]})
        after = (
            R.rank(frame_1000, PROPERTY_WEIGHTS, coverage_threshold=0, mc_draws=0, missing=missing)
            .set_index("issuer")
            .loc["body0", "rank"]
        )
        assert after <= before, missing


def test_unknown_missing_rule_is_refused():
    with pytest.raises(ValueError, match="exclude, median, worst"):
        R.rank(bodies(**{ITEMS: [1]}), missing="zero")


# --- like with like: the report's scope -----------------------------------------------------------


def test_scopes_are_never_ranked_together_and_unknown_is_its_own_group():
    frame = pd.DataFrame(
        {
            "issuer": ["全市", "全县", "办公室", "局", "某"],
            "year": 2024,
            "scope": ["whole_area", "whole_area", "own_body", "own_body", None],
            ITEMS: [90000.0, 40000.0, 300.0, 200.0, 50.0],
        }
    )
    out = R.rank(frame, only(**{ITEMS: 1}), mc_draws=0)
    assert dict(zip(out["issuer"], out["rank"])) == {
        "全市": 1,
        "全县": 2,
        "办公室": 1,
        "局": 2,
        "某": 1,
    }
    assert dict(zip(out["issuer"], out["scope"]))["某"] == R.UNKNOWN_SCOPE
    assert list(R.select_scope(frame, "own_body")["issuer"]) == ["办公室", "局"]
    with pytest.raises(ValueError, match="whole_area, own_body, all"):
        R.select_scope(frame, "city")


@pytest.fixture
def scoped_db(tmp_path):
    """The small database with scopes set by hand, as the parser or a manifest will set them."""
    import duckdb
    from conftest import build_db

    path = build_db(tmp_path / "scoped.duckdb", years=(2022,))
    con = duckdb.connect(str(path))
    con.execute(
        "UPDATE reports SET scope = 'whole_area' WHERE issuer IN ('甲县人民政府', '丙县人民政府')"
    )
    con.execute("UPDATE reports SET scope = 'own_body' WHERE issuer = '乙县人民政府'")
    con.close()
    return path


def test_cli_scope_chooses_one_scope_and_all_keeps_them_apart(scoped_db, capsys):
    from govbench.cli import main

    def rows(*extra: str) -> list[dict]:
        assert (
            main(
                ["rank", "--db", str(scoped_db), "--format", "json", "--min-coverage", "0", *extra]
            )
            == 0
        )
        return json.loads(capsys.readouterr().out)

    whole = rows("--scope", "whole_area")
    assert {r["issuer"] for r in whole} == {"甲县人民政府", "丙县人民政府"}
    every = rows()
    assert {r["scope"] for r in every} == {"whole_area", "own_body", "unknown"}
    firsts = sorted(r["scope"] for r in every if r["rank"] == 1)
    assert firsts == ["own_body", "unknown", "whole_area"]  # one first per scope


# --- CLI refusals and the CSV export ---------------------------------------------------------------


@pytest.mark.parametrize(
    "option, value, named",
    [("--year", "1999", "years in"), ("--province", "火星省", "provinces in")],
)
def test_cli_filter_that_matches_nothing_names_what_exists(small_db, capsys, option, value, named):
    from govbench.cli import main

    assert main(["rank", "--db", str(small_db), option, value]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1
    assert named in captured.err and ("2021, 2022" in captured.err or "浙江省" in captured.err)


def test_cli_min_coverage_outside_0_to_1_is_refused(small_db, capsys):
    assert cli.cmd_rank(rank_args(small_db, min_coverage=1.5)) == 2
    assert "--min-coverage" in capsys.readouterr().err


def test_cli_csv_neutralises_formula_cells_through_the_apps_export(tmp_path, capsys):
    from conftest import BODIES, make_report
    from govbench import export, store
    from govbench.cli import main

    path = tmp_path / "hostile.duckdb"
    con = store.Database.writer(path)
    reports = [
        make_report('=HYPERLINK("http://x")', *BODIES[0][1:]),
        make_report("@SUM(A1)", *BODIES[1][1:]),
        make_report("-2+3", *BODIES[2][1:]),
    ]
    con.store_batch([(f"h{i}", r) for i, r in enumerate(reports)])
    con.close()
    assert main(["rank", "--db", str(path), "--format", "csv", "--min-coverage", "0"]) == 0
    out = capsys.readouterr().out
    assert "'=HYPERLINK" in out and "'@SUM(A1)" in out and "'-2+3" in out
    assert "\n=" not in out and ",=" not in out and ",@" not in out
    assert out.startswith("# weights: ")  # the settings, as in the app's download
    # one writer: the app's download is these very bytes with a BOM
    frame = pd.read_csv(io.StringIO(out), comment="#")
    assert list(frame.columns[:2]) == ["rank", "issuer"]
    assert export.ranking_csv_text.__module__ == "govbench.export"


def test_cli_leave_out_failed_matches_the_library(checked_db, capsys):
    args = rank_args(checked_db, leave_out_failed=True, format="json", min_coverage=0.0)
    assert cli.cmd_rank(args) == 0
    rows = {r["issuer"]: r for r in json.loads(capsys.readouterr().out)}
    assert cli.cmd_rank(rank_args(checked_db, format="json", min_coverage=0.0)) == 0
    kept = {r["issuer"]: r for r in json.loads(capsys.readouterr().out)}
    # 甲县 failed table3_balance in the latest run: its request figures are left out
    assert rows["甲县人民政府"]["coverage"] < kept["甲县人民政府"]["coverage"]
    assert rows["乙县人民政府"]["coverage"] == kept["乙县人民政府"]["coverage"]
