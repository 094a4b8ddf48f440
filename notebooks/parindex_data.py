"""Load the published parindex snapshot for the notebooks (contract section 4).

    from parindex_data import *          # load, manifest, warehouse, provenance helpers, charts set up

Reads only ``<warehouse>/current/extracts/<name>.csv`` and ``<warehouse>/current/manifest.json`` -- never the
raw inputs. The warehouse is ``$PARINDEX_WAREHOUSE`` (relative paths against the working directory), else
``../data/warehouse`` next to this folder.
"""
import json
import os
from pathlib import Path

import matplotlib
import matplotlib.pyplot as plt
import pandas as pd
from matplotlib import font_manager

__all__ = ["load", "manifest", "warehouse", "extract_exists", "PROVENANCE_LABELS", "provenance_label",
           "provenance_note", "mixes_real_and_synthetic", "note_provenance", "show", "plt", "pd"]

# Column types of the extracts, by column name (the same name means the same thing in every extract).
_INTEGERS = {"year", "rank", "rank_of", "prev_rank", "prev_rank_of", "rank_change", "reported_rank", "level",
             "position", "units", "goal_year", "goal_rank", "plan_year", "line"}
_DECIMALS = {"score_total", "max_total", "index_value", "official_value", "points_lost", "prev_value", "delta",
             "reported_total", "max_points", "score", "self_score", "attainment", "prev_score", "prev_max",
             "delta_points", "delta_attainment", "share_of_loss", "mean_attainment", "min_attainment",
             "max_attainment", "total_points_lost", "target", "actual", "gap", "goal_value",
             "needed_index_points", "needed_item_points", "recoverable_item_points", "gap_to_best"}
_BOOLEANS = {"reconciled", "max_changed", "reachable"}
_DATES = {"next_due", "done_on"}
# Columns the contract added to an extract later: an older snapshot's extract lacks them, and reads them as missing.
_ADDED_LATER = {"unit_year": ["gap_to_best"]}

PROVENANCE_LABELS = {
    "published": "công bố",
    "derived": "suy ra",
    "third_party": "nguồn không chính thức",
    "synthetic": "số liệu minh họa",
}
_REAL = {"published", "derived", "third_party"}

# The task statuses of contract 2 (task_status.csv), in the order a planner chases them as the dashboard lists them,
# with the product's Vietnamese labels and a colour each: read from vocabulary.json, which the build writes from the
# product's one list (marts' TaskStatus) and checks, so a status has the same colour here as on the Kế hoạch pages
# and in the task-list workbooks. deadline_unknown (a deadline the run could not read: the planner must date it) is
# violet; no other status uses it.
with open(Path(__file__).resolve().parent / "vocabulary.json", encoding="utf-8") as _f:
    _VOCABULARY = json.load(_f)
TASK_STATUSES = {code: (status["label"], status["colour"]) for code, status in _VOCABULARY["task_status"].items()}
__all__ += ["TASK_STATUSES", "task_status_label"]


def task_status_label(status) -> str:
    """The Vietnamese label of a task_status code; anything else (a newer code) as written."""
    return TASK_STATUSES.get(status, (status, None))[0]


def warehouse() -> Path:
    """The warehouse folder: $PARINDEX_WAREHOUSE, else ../data/warehouse beside the notebooks folder."""
    configured = os.environ.get("PARINDEX_WAREHOUSE", "").strip()
    if configured:
        return Path(configured).expanduser().resolve()
    return (Path(__file__).resolve().parent.parent / "data" / "warehouse").resolve()


def _current() -> Path:
    current = warehouse() / "current"
    if not (current / "manifest.json").is_file():
        raise FileNotFoundError(
            f"no published snapshot at {current} (run ./parindex run, or set PARINDEX_WAREHOUSE)")
    return current


def manifest() -> dict:
    """The current snapshot's manifest.json (id, created_at, row_counts, ...)."""
    with open(_current() / "manifest.json", encoding="utf-8") as f:
        return json.load(f)


def extract_exists(name: str) -> bool:
    """Whether the current snapshot has extracts/<name>.csv (older snapshots lack goal_gaps, task_status)."""
    return (_current() / "extracts" / f"{name}.csv").is_file()


def load(name: str) -> pd.DataFrame:
    """extracts/<name>.csv with its types: nullable Int64 for years, ranks and counts, floats for points,
    nullable booleans for true/false, dates for yyyy-mm-dd columns, text (codes too: "1.10" is not "1.1")
    otherwise; a blank field is missing (<NA>). A column added to the extract later (unit_year's gap_to_best)
    is there, missing throughout, when an older snapshot lacks it."""
    path = _current() / "extracts" / f"{name}.csv"
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    for column in _ADDED_LATER.get(name, []):
        if column not in frame.columns:
            frame[column] = ""
    for column in frame.columns:
        text = frame[column].where(frame[column] != "", None)
        if column in _INTEGERS:
            frame[column] = pd.to_numeric(text).astype("Int64")
        elif column in _DECIMALS:
            frame[column] = pd.to_numeric(text).astype("float64")
        elif column in _BOOLEANS:
            unknown = set(text.dropna()) - {"true", "false"}
            if unknown:
                raise ValueError(f"{name}.{column}: not true/false: {sorted(unknown)[:3]}")
            frame[column] = text.map({"true": True, "false": False}).astype("boolean")
        elif column in _DATES:
            frame[column] = pd.to_datetime(text, format="%Y-%m-%d")
        else:
            frame[column] = text.astype("string")
    return frame


def provenance_label(value) -> str:
    """The Vietnamese label of a provenance value (published -> "công bố", ...)."""
    if value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value)):
        return "không rõ nguồn"
    return PROVENANCE_LABELS.get(str(value), str(value))


def mixes_real_and_synthetic(provenance) -> bool:
    values = set(pd.Series(provenance).dropna().astype(str))
    return "synthetic" in values and bool(values & _REAL)


def provenance_note(provenance) -> str:
    """A one-line note on where the figures come from, e.g. for a chart or under a table:
    "Nguồn số liệu: 846 số liệu minh họa, 69 công bố — trộn số liệu thật và số liệu minh họa
    (mixes real and synthetic figures)"."""
    counts = pd.Series(provenance).astype("string").fillna("?").value_counts()
    parts = ", ".join(f"{n} {provenance_label(None if p == '?' else p)}" for p, n in counts.items())
    text = f"Nguồn số liệu: {parts}"
    if mixes_real_and_synthetic(provenance):
        text += " — trộn số liệu thật và số liệu minh họa (mixes real and synthetic figures)"
    elif set(counts.index) == {"synthetic"}:
        text += " — toàn bộ là số liệu minh họa (all synthetic, for demonstration)"
    return text


def note_provenance(fig, provenance) -> None:
    """Writes provenance_note under a figure."""
    fig.text(0.01, -0.02, provenance_note(provenance), ha="left", va="top", fontsize=8, style="italic",
             wrap=True)


def show(table: pd.DataFrame, provenance=None, caption: str = ""):
    """Displays a table with its caption and, when given, its provenance note (a table that mixes real and
    synthetic figures says so)."""
    from IPython.display import Markdown, display
    lines = [f"**{caption}**"] if caption else []
    if provenance is not None:
        lines.append(f"*{provenance_note(provenance)}*")
    if lines:
        display(Markdown("  \n".join(lines)))
    display(table)


def _set_up_charts() -> None:
    # DejaVu Sans has the Vietnamese glyphs (ơ, ư, ạ, ễ, ...); fail loudly rather than draw boxes.
    font_manager.findfont("DejaVu Sans", fallback_to_default=False)
    matplotlib.rcParams.update({
        "font.family": "DejaVu Sans",
        "figure.dpi": 100,
        "figure.figsize": (10, 4.5),
        "axes.grid": True,
        "grid.alpha": 0.3,
        "axes.titleweight": "bold",
        "savefig.bbox": "tight",
        "axes.unicode_minus": True,
    })
    pd.set_option("display.max_rows", 60)
    pd.set_option("display.width", 160)


_set_up_charts()
