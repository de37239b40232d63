"""导入: upload report files and ingest them into the app's database.

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
from govbench.ui import data
from govbench.ui.labels import t
from govbench.ui.safe import as_text
from govbench.ui.uploads import ACCEPTED, rejection, safe_name

READONLY_ENV = "GOVBENCH_READONLY"

st.title(t("page_import"))
if os.environ.get(READONLY_ENV, "").strip() == "1":
    st.info(t("import_disabled"))
    st.stop()
db = data.database_path()
if db is None:
    st.info(t("import_no_db"))
    st.stop()

max_mb = int(st.get_option("server.maxUploadSize"))
uploads = st.file_uploader(t("upload", mb=max_mb), type=list(ACCEPTED),
                           accept_multiple_files=True, key="import_files")
if not uploads or not st.button(t("import_button"), key="import_go", type="primary"):
    st.stop()

accepted = []
for upload in uploads:
    content = upload.getvalue()
    reason = rejection(upload.name, content, max_mb * 1024 * 1024)
    if reason is None:
        accepted.append((upload.name, content))
    else:
        st.warning(t("rejected", name=as_text(upload.name),
                     reason=t(f"reason_{reason}", mb=max_mb)))
if not accepted:
    st.stop()

errors: list[tuple[str, str]] = []
with tempfile.TemporaryDirectory(prefix="govbench-upload-") as folder:
    originals = {}
    for index, (name, content) in enumerate(accepted, 1):
        path = Path(folder) / safe_name(name, index)
        path.write_bytes(content)
        originals[str(path)] = name
    progress = st.progress(0.0)
    done = []

    def on_outcome(outcome) -> None:
        done.append(outcome)
        name = originals.get(outcome.source, outcome.source)
        progress.progress(len(done) / len(originals),
                          text=t("importing", i=len(done), n=len(originals), name=as_text(name)))
        if outcome.error:
            errors.append((name, outcome.error))

    data.forget_cached_reads()
    try:
        counts = ingest(list(originals), db, workers=1, on_outcome=on_outcome,
                        sources=originals)      # the uploaded name, not the temporary file
    except Exception as exc:   # a locked or broken database: say so, keep the page
        st.error(t("import_failed", error=as_text(str(exc).splitlines()[0])))
        st.stop()
    finally:
        data.forget_cached_reads()

st.success(t("import_done", added=counts.added, unchanged=counts.unchanged,
             failed=counts.failed))
if errors:
    st.subheader(t("import_errors"))
    st.dataframe(pd.DataFrame(errors, columns=[t("file"), t("error")]), hide_index=True,
                 width="stretch", key="import_errors")
