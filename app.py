"""`streamlit run app.py` from the project folder: the app itself is src/govbench/ui/app.py,
shipped in the package (`govbench app --db FILE` runs that one directly)."""

from govbench.ui.app import main

main()
