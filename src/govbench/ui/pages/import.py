"""导入: upload report files and ingest them into the app's database, with an optional
manifest CSV of the overseer's hints (the same as `govbench ingest --manifest`).

The app otherwise only reads. DuckDB allows one writer process, so every cached read is
dropped before the write (each read opens and closes its own connection) and again after,
so the next run sees the new reports.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pandas as pd
import streamlit as st

from govbench.ingest import ingest
from govbench.parse.hints import Manifest, ManifestError
from govbench.ui import data
from govbench.ui.labels import t
from govbench.ui.safe import as_text
from govbench.ui.uploads import ACCEPTED, rejection, safe_name

# what happened to each file, worst first in the table
OUTCOMES = ("refused", "failed", "new", "new_version", "same_text", "same_file")

READONLY_ENV = "GOVBENCH_READONLY"


def load_manifest(name: str, content: bytes) -> Manifest:
    """The overseer's hints (parse/hints.py), read by the same loader as `--manifest`; its
    errors name the file as uploaded."""
    with tempfile.TemporaryDirectory(prefix="govbench-manifest-") as folder:
        path = Path(folder) / "manifest.csv"
        path.write_bytes(content)
        try:
            return Manifest.load(path)
        except ManifestError as exc:
            raise ManifestError(str(exc).replace(str(path), name)) from None


def import_files(
    uploads, db: Path, max_mb: int, manifest: Manifest | None = None
) -> list[tuple[str, str, str]]:
    """Check and ingest the uploads; per file (its own name, outcome key, detail)."""
    results: list[tuple[str, str, str]] = []
    accepted = []
    for upload in uploads:
        content = upload.getvalue()
        reason = rejection(upload.name, content, max_mb * 1024 * 1024)
        if reason is None:
            accepted.append((upload.name, content))
        else:
            results.append((upload.name, "refused", t(f"reason_{reason}", mb=max_mb)))
    if not accepted:
        return results
    known = set(data.reports()["report_id"])
    with tempfile.TemporaryDirectory(prefix="govbench-upload-") as folder:
        originals = {}
        for index, (name, content) in enumerate(accepted, 1):
            path = Path(folder) / safe_name(name, index)
            path.write_bytes(content)
            originals[str(path)] = name
        if manifest is not None:
            # the manifest names the files as uploaded; they are read from temporary copies
            hints = {path: manifest.lookup(name) for path, name in originals.items()}
            manifest = Manifest(
                by_file={path: hint for path, hint in hints.items() if hint}, by_url=manifest.by_url
            )
            st.info(t("manifest_used", n=len(manifest.by_file)))
        progress = st.progress(0.0)
        done = []

        def on_outcome(outcome) -> None:
            done.append(outcome)
            progress.progress(
                len(done) / len(originals),
                text=t("importing", i=len(done), n=len(originals), name=as_text(outcome.source)),
            )

        data.forget_cached_reads()
        try:  # the uploaded name is the source, not the temporary file
            ingest(
                list(originals),
                db,
                workers=1,
                on_outcome=on_outcome,
                sources=originals,
                manifest=manifest,
            )
        except Exception as exc:  # a locked or broken database: say so, keep the page
            st.error(t("import_failed", error=as_text(str(exc).splitlines()[0])))
            st.stop()
        finally:
            data.forget_cached_reads()
    # a new version: the body already had a report for that year before this import (the
    # store's body-year, which decides which version is ranked)
    after = data.reports()
    body_year = after.set_index("report_id")["body_year"]
    had = set(body_year[body_year.index.isin(known)])
    for outcome in done:
        if outcome.seen:
            results.append((outcome.source, "same_file", ""))
        elif outcome.error is not None:
            results.append((outcome.source, "failed", outcome.error))
        elif outcome.report_id in known:
            results.append((outcome.source, "same_text", ""))
        elif body_year.get(outcome.report_id) in had:
            results.append((outcome.source, "new_version", ""))
        else:
            results.append((outcome.source, "new", ""))
    return results


def run_checks(db: Path) -> None:
    """`govbench check` on the app's database (a few seconds: Great Expectations loads)."""
    from govbench.check.quality import run_checks as check

    data.forget_cached_reads()
    try:
        check(db)
    except Exception as exc:  # say what stopped the checks, keep the page
        st.error(t("checks_failed", error=as_text(str(exc).splitlines()[0])))
        return
    finally:
        data.forget_cached_reads()
    st.session_state["import_checked"] = True


st.title(t("page_import"))
if data.is_parquet_archive():
    st.info(t("import_archive"))
    st.stop()
if os.environ.get(READONLY_ENV, "").strip() == "1":
    st.info(t("import_disabled"))
    st.stop()
db = data.database_path()
if db is None:
    st.info(t("import_no_db"))
    st.stop()

max_mb = int(st.get_option("server.maxUploadSize"))
uploads = st.file_uploader(
    t("upload", mb=max_mb, types=" ".join(f".{suffix}" for suffix in ACCEPTED)),
    type=list(ACCEPTED),
    accept_multiple_files=True,
    key="import_files",
)
manifest_upload = st.file_uploader(t("manifest_upload"), type=["csv"], key="import_manifest")
if uploads and st.button(t("import_button"), key="import_go", type="primary"):
    manifest = None
    if manifest_upload is not None:
        try:
            manifest = load_manifest(manifest_upload.name, manifest_upload.getvalue())
        except ManifestError as exc:  # one line, naming the line of the CSV; nothing imported
            st.error(t("manifest_bad", error=as_text(str(exc))))
            st.stop()
    st.session_state["import_outcomes"] = import_files(uploads, db, max_mb, manifest)
    st.session_state["import_checked"] = False
outcomes = st.session_state.get("import_outcomes")
if outcomes is None:
    st.stop()

tally = {key: sum(1 for _, outcome, _ in outcomes if outcome == key) for key in OUTCOMES}
st.success(t("import_done", same=tally["same_file"] + tally["same_text"], **tally))
st.dataframe(
    pd.DataFrame(
        {
            t("file"): [name for name, _, _ in outcomes],
            t("import_outcome"): [t(f"outcome_{outcome}") for _, outcome, _ in outcomes],
            t("import_detail"): [detail for _, _, detail in outcomes],
        }
    ).sort_values(
        t("import_outcome"),
        key=lambda s: s.map({t(f"outcome_{k}"): i for i, k in enumerate(OUTCOMES)}),
        kind="stable",
    ),
    hide_index=True,
    width="stretch",
    key="import_outcomes_table",
)
if tally["new"] + tally["new_version"]:
    if st.session_state.get("import_checked"):
        st.success(t("checks_done"))
    elif st.button(t("run_checks"), key="import_check", help=t("run_checks_help")):
        with st.spinner(t("checking")):
            run_checks(db)
        st.rerun()
