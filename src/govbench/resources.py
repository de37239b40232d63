"""Files govbench ships beside its code: the sample reports and reference data (`data/`) and
the expectation suites (`expectations/`).

Both folders live at the top of the project, where a user looks for them. The wheel carries
copies of them inside the package (pyproject.toml, `force-include`), so an installed govbench
finds them with importlib.resources; a checkout (an editable install, or `src/` on the path)
has no such copies and reads the project's own folders.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def shipped(relative: str) -> Path:
    """The shipped file or folder `relative` (e.g. "data/region_aliases.csv"), as a path.

    When neither the package nor the checkout holds it, the path inside the package is
    returned, so that reading it fails with that path named rather than finding nothing."""
    package = Path(str(resources.files("govbench")))
    inside = package / relative
    if inside.exists():
        return inside
    checkout = package.parents[1] / relative  # src/govbench -> the project folder
    if (package.parents[1] / "pyproject.toml").is_file() and checkout.exists():
        return checkout
    return inside
