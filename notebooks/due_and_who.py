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
# (ministry, province, committee) must deliver each one, who directed it, under which
# decree, and which sentence says so in each language** (French, Polish, Vietnamese),
# with the article and the character offsets where that sentence stands. It counts
# how many dated commitments name their actor and their director, and ends with a
# timeline of the deadlines and with filters by province, ministry and decree.
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
PROVINCE = "Quảng Trị"  # filter examples at the end (case and accents do not matter)
MINISTRY = "Health"
DECREE = "72-NQ/TW"  # canonical number, as in decrees.number
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
# ## Every dated commitment: who must act, who directed it, and the sentence that says so
#
# One row per dated commitment and per language whose article states it, overdue
# first. `due_date` is the last allowed day ("avant le 30 octobre 2025" → 29 October);
# `days_left` is negative when the deadline has passed. `actor` is `Unspecified` when
# the article names no body that must act; `directed_by` is empty when it names no
# one who asked for it. `article` is the file (or URL) the sentence comes from, and
# `start`/`end` its character offsets in `articles.text`: `text[start:end]` (SQL
# `substr(text, start + 1, "end" - start)`) is `sentence`, to quote or to check.

# %%
dated = sql(
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
        c.directed_by,
        c.languages,
        e.lang,
        a.source_path                  AS article,
        e.start,
        e."end",
        e.sentence,
        c.decree_number,
        c.commitment_id
    FROM commitments AS c
    LEFT JOIN commitment_evidence AS e USING (commitment_id)
    LEFT JOIN articles AS a USING (article_id)
    WHERE c.due_date IS NOT NULL
    ORDER BY c.due_date, c.actor, c.commitment_id, e.lang, a.source_path, e.start
    """,
    today=TODAY,
    horizon=HORIZON_DAYS,
)
display(dated)

# %% [markdown]
# How many of them name the body that must act, and the person who directed it.

# %%
named = sql(
    """
    SELECT
        count(*)                                                      AS dated,
        count(*) FILTER (WHERE coalesce(actor, 'Unspecified') <> 'Unspecified')
                                                                      AS with_named_actor,
        count(*) FILTER (WHERE directed_by IS NOT NULL)               AS with_director
    FROM commitments
    WHERE due_date IS NOT NULL
    """
).iloc[0]
print(
    f"{named.dated} dated commitments: {named.with_named_actor} with a named actor "
    f"({named.dated - named.with_named_actor} Unspecified), {named.with_director} with "
    f"a director ({named.dated - named.with_director} without)"
)
# one row per commitment, for the counts and the timeline below
due = dated.drop_duplicates("commitment_id").drop(
    columns=["lang", "article", "start", "end", "sentence"]
)

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
# ## Every commitment, dated or not, side by side in every language
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
# (and turns Đ into D, Ł into L), so `'Quảng Trị'` also finds `Quang Tri`.
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
assert dated["sentence"].notna().all(), "a dated commitment without its sentence"
assert named.dated == len(due), "the counts and the table disagree"
print(
    f"{len(due)} dated commitments ({named.with_named_actor} with a named actor, "
    f"{named.with_director} with a director), {len(by_actor)} actors, "
    f"{len(deadlines)} deadlines"
)
