# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.6
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # What is due, and who must do it
#
# This notebook answers: **which commitments are overdue or fall due soon, which actor
# (ministry, province, committee) must deliver each one, under which decree, who
# directed it, and which sentence says so in each language** (French, Polish,
# Vietnamese). It ends with a timeline of the deadlines and with filters by province,
# ministry and decree.
#
# **Pointing it at other data.** `DATA` (next cells) is the folder of tables:
# the output of `python -m pipeline extract --output DIR` (`make extract` writes
# `../extracted`, the default), or a nightly data folder holding
# `tables/_manifest.json`. Set the environment variable `PIPELINE_DATA=DIR` before
# starting Jupyter, or edit `DATA` below. `TODAY` is the day "overdue" and "upcoming"
# are measured from: the current date, unless `PIPELINE_TODAY=2025-11-01` is set or
# you edit it.
#
# Every query is one short DuckDB SQL statement over the tables described in
# `docs/data_dictionary.md`; `$name` in a query is the parameter `name=` passed
# next to it. Copy a query, change its `WHERE`, run it.

# %%
import io
import os
from datetime import date

import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import Image, display

from pipeline import open_tables

# %%
# Parameters: change these, then run all cells.
DATA = os.environ.get("PIPELINE_DATA", "../extracted")
TODAY = date.fromisoformat(os.environ.get("PIPELINE_TODAY") or date.today().isoformat())
HORIZON_DAYS = 90  # "upcoming" = due within this many days after TODAY
PROVINCE = "Ninh Bình"  # filter examples at the end (case and accents do not matter)
MINISTRY = "Health"
DECREE = "145/NQ-CP"  # canonical number, as in decrees.number
FIGURE = None  # a file name such as "deadlines.png" also saves the timeline there

# %%
plt.switch_backend("Agg")  # no window: the figure is drawn to a PNG shown below
pd.set_option("display.max_colwidth", 160)
con = open_tables(DATA)


def sql(query: str, **params: object) -> pd.DataFrame:
    """Run one DuckDB query; `$name` in the query takes the value of `name=`."""
    return con.execute(query, params).df()


print(f"tables from {DATA}; today is {TODAY}")

# %% [markdown]
# ## Every dated commitment, overdue first
#
# `due_date` is the last allowed day ("avant le 31 décembre" → 30 December);
# `days_left` is negative when the deadline has passed.

# %%
due = sql(
    """
    SELECT
        CASE WHEN c.due_date < $today THEN 'overdue'
             WHEN c.due_date <= $today + $horizon THEN 'upcoming'
             ELSE 'later' END          AS status,
        c.due_date,
        c.due_date - $today            AS days_left,
        c.actor,
        c.action,
        c.deadline_relation || ' ' || c.deadline_value AS deadline,
        c.decree_number,
        c.directed_by,
        c.languages
    FROM commitments AS c
    WHERE c.due_date IS NOT NULL
    ORDER BY c.due_date, c.actor
    """,
    today=TODAY,
    horizon=HORIZON_DAYS,
)
display(due)

# %% [markdown]
# ## Who must act: counts per actor

# %%
by_actor = sql(
    """
    SELECT
        actor,
        count(*) FILTER (WHERE due_date < $today)                  AS overdue,
        count(*) FILTER (WHERE due_date BETWEEN $today AND $today + $horizon) AS upcoming,
        count(*) FILTER (WHERE due_date > $today + $horizon)       AS later,
        min(due_date) FILTER (WHERE due_date >= $today)            AS next_due
    FROM commitments
    WHERE due_date IS NOT NULL
    GROUP BY actor
    ORDER BY overdue DESC, next_due NULLS LAST, actor
    """,
    today=TODAY,
    horizon=HORIZON_DAYS,
)
display(by_actor)

# %% [markdown]
# ## The evidence: the sentence stating each commitment, in every language
#
# One column per language; empty where that language's article does not state it.

# %%
evidence = sql(
    """
    SELECT
        c.due_date,
        c.actor,
        string_agg(e.sentence, ' / ') FILTER (WHERE e.lang = 'fr') AS fr,
        string_agg(e.sentence, ' / ') FILTER (WHERE e.lang = 'pl') AS pl,
        string_agg(e.sentence, ' / ') FILTER (WHERE e.lang = 'vi') AS vi
    FROM commitments AS c
    JOIN commitment_evidence AS e USING (commitment_id)
    GROUP BY c.commitment_id, c.due_date, c.actor
    ORDER BY c.due_date NULLS LAST, c.actor
    """
)
display(evidence)

# %% [markdown]
# ## Every deadline written in the articles
#
# Including those no commitment was built from (no clear actor): the cue as written,
# and the text around it. Offsets are 0-based, SQL `substr` is 1-based, and `end`
# must be quoted because it is an SQL keyword.

# %%
deadlines = sql(
    """
    SELECT
        d.due_date,
        d.relation,
        d.raw,
        a.lang,
        substr(a.text, greatest(d.start - 59, 1), d."end" - d.start + 120) AS context,
        a.title
    FROM deadlines AS d
    JOIN articles AS a USING (article_id)
    ORDER BY d.due_date, a.lang
    """
)
display(deadlines)

# %% [markdown]
# ## Timeline of deadlines
#
# One row per actor; red: overdue, orange: upcoming, grey: later; the dashed line is
# `TODAY`.

# %%
colours = {"overdue": "tab:red", "upcoming": "tab:orange", "later": "tab:gray"}
actors = sorted(due["actor"].unique(), reverse=True)
fig, ax = plt.subplots(figsize=(10, 1.2 + 0.5 * len(actors)))
for status, colour in colours.items():
    rows = due[due["status"] == status]
    ax.scatter(
        pd.to_datetime(rows["due_date"]),
        [actors.index(a) for a in rows["actor"]],
        color=colour,
        label=status,
        s=60,
        zorder=3,
    )
ax.axvline(pd.Timestamp(TODAY), color="black", linestyle="--", linewidth=1, label="today")
ax.set_yticks(range(len(actors)), actors)
ax.set_xlabel("last allowed day")
ax.set_title(f"Commitment deadlines as of {TODAY}")
ax.grid(axis="x", alpha=0.3)
ax.legend(loc="upper left", bbox_to_anchor=(1, 1))
fig.tight_layout()
png = io.BytesIO()
fig.savefig(png, format="png", dpi=100)
plt.close(fig)
if FIGURE:
    with open(FIGURE, "wb") as out:
        out.write(png.getvalue())
display(Image(png.getvalue()))

# %% [markdown]
# ## Filters
#
# Three `WHERE` clauses to reuse in the queries above. `fold()` removes accents
# (and turns Đ into D, Ł into L), so `'Ninh Bình'` also finds `Ninh Binh`.
#
# **By province**: the actor, or the evidence sentence, names the province.

# %%
sql(
    """
    SELECT c.due_date, c.actor, c.action, c.decree_number
    FROM commitments AS c
    WHERE fold(c.actor) ILIKE '%' || fold($province) || '%'
       OR c.commitment_id IN (
            SELECT e.commitment_id FROM commitment_evidence AS e
            WHERE fold(e.sentence) ILIKE '%' || fold($province) || '%')
    ORDER BY c.due_date NULLS LAST
    """,
    province=PROVINCE,
)

# %% [markdown]
# **By ministry**: actors are English canonical names such as `Ministry of Health`.

# %%
sql(
    """
    SELECT c.due_date, c.actor, c.action, c.decree_number, c.directed_by
    FROM commitments AS c
    WHERE c.actor ILIKE 'Ministry of%' AND c.actor ILIKE '%' || $ministry || '%'
    ORDER BY c.due_date NULLS LAST
    """,
    ministry=MINISTRY,
)

# %% [markdown]
# **By decree**: commitments serving the decree, or stated in a story that cites it.

# %%
sql(
    """
    SELECT c.due_date, c.actor, c.action, c.decree_number,
           coalesce(c.decree_number = $decree, false) AS serves_it
    FROM commitments AS c
    WHERE c.decree_number = $decree
       OR c.story_id IN (
            SELECT a.story_id FROM decree_mentions AS m JOIN articles AS a USING (article_id)
            WHERE m.number = $decree)
    ORDER BY c.due_date NULLS LAST
    """,
    decree=DECREE,
)

# %% [markdown]
# ## Checks
#
# The notebook is executed by the test suite; these lines fail loudly when the main
# tables come out empty.

# %%
assert len(due) > 0, f"no commitment with a due date in {DATA}"
assert len(by_actor) > 0 and len(evidence) > 0, f"no actor or no evidence in {DATA}"
assert evidence[["fr", "pl", "vi"]].notna().any(axis=None), "no evidence sentence"
print(f"{len(due)} dated commitments, {len(by_actor)} actors, {len(deadlines)} deadlines")
