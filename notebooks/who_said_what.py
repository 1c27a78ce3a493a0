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
# # Who said what, where
#
# This notebook answers: **which officials appear in the news and which commitments
# they directed; which decrees are cited most, and in which articles and languages;
# how each story was covered in French, Polish and Vietnamese; and what each language
# edition of a story adds or drops** (dates, deadlines, decree numbers and officials
# found in one language's article but not in another's).
#
# **Pointing it at other data.** `DATA` (next cells) is the folder of tables:
# the output of `python -m pipeline extract --output DIR` (`make extract` writes
# `../extracted`, the default), or a nightly data folder holding
# `tables/_manifest.json`. Set the environment variable `PIPELINE_DATA=DIR` before
# starting Jupyter, or edit `DATA` below.
#
# Every query is one short DuckDB SQL statement over the tables described in
# `docs/data_dictionary.md`; `$name` in a query is the parameter `name=` passed
# next to it. Copy a query, change its `WHERE`, run it.

# %%
import os

import pandas as pd
from IPython.display import display

from pipeline import open_tables

# %%
# Parameters: change these, then run all cells.
DATA = os.environ.get("PIPELINE_DATA", "../extracted")
OFFICIAL = "Trần Cẩm Tú"  # one person to follow (case and accents do not matter)

# %%
pd.set_option("display.max_colwidth", 120)
con = open_tables(DATA)


def sql(query: str, **params: object) -> pd.DataFrame:
    """Run one DuckDB query; `$name` in the query takes the value of `name=`."""
    return con.execute(query, params).df()


print(f"tables from {DATA}")

# %% [markdown]
# ## Officials, how often they appear, and how many commitments they directed
#
# `name` is folded (no accents, Đ → D) so that the three languages agree;
# `name_native` keeps the Vietnamese spelling when some article has it.

# %%
officials = sql(
    """
    WITH seen AS (
        SELECT m.person_id,
               count(DISTINCT m.article_id)               AS articles,
               list_sort(list_distinct(list(a.lang)))     AS languages
        FROM official_mentions AS m JOIN articles AS a USING (article_id)
        GROUP BY m.person_id
    ), directed AS (
        SELECT directed_by AS name, count(*) AS commitments_directed
        FROM commitments WHERE directed_by IS NOT NULL
        GROUP BY directed_by
    )
    SELECT o.name, o.name_native, o.titles, s.articles, s.languages,
           coalesce(d.commitments_directed, 0) AS commitments_directed
    FROM officials AS o
    LEFT JOIN seen AS s USING (person_id)
    LEFT JOIN directed AS d USING (name)
    ORDER BY commitments_directed DESC, s.articles DESC, o.name
    """
)
display(officials)

# %% [markdown]
# ## The commitments each official directed

# %%
directed = sql(
    """
    SELECT c.directed_by, o.name_native, c.actor, c.action, c.due_date,
           c.decree_number, c.languages
    FROM commitments AS c
    LEFT JOIN officials AS o ON o.name = c.directed_by
    WHERE c.directed_by IS NOT NULL
    ORDER BY c.directed_by, c.due_date NULLS LAST
    """
)
display(directed)

# %% [markdown]
# ## One official: every mention, with the title used in each language

# %%
sql(
    """
    SELECT a.lang, m.title, m.raw, a.title AS article
    FROM official_mentions AS m JOIN articles AS a USING (article_id)
    WHERE fold(m.name) ILIKE fold($official)
    ORDER BY a.lang, a.title, m.start
    """,
    official=OFFICIAL,
)

# %% [markdown]
# ## Decrees cited most, and where
#
# `written_as` shows how the number was actually printed: translations often damage
# numbers (`QD` for `QĐ`); the canonical `number` restores them.

# %%
decrees = sql(
    """
    SELECT m.number,
           d.doc_type,
           d.issuer,
           d.issue_date,
           count(*)                                    AS mentions,
           count(DISTINCT m.article_id)                AS articles,
           count(DISTINCT a.story_id)                  AS stories,
           list_sort(list_distinct(list(a.lang)))      AS languages,
           list_sort(list_distinct(list(m.raw)))       AS written_as,
           list_sort(list_distinct(list(a.title)))     AS cited_in
    FROM decree_mentions AS m
    JOIN articles AS a USING (article_id)
    LEFT JOIN decrees AS d USING (decree_id)
    GROUP BY m.number, d.doc_type, d.issuer, d.issue_date
    ORDER BY mentions DESC, stories DESC, m.number
    """
)
display(decrees)

# %% [markdown]
# ## How each story was covered, language by language
#
# One row per article: its story, language, paper, date, and how many decrees,
# dates, deadlines, officials and commitment sentences were found in it.

# %%
coverage = sql(
    """
    SELECT s.title AS story,
           s.languages AS story_languages,
           a.lang,
           a.paper,
           a.published_date,
           length(a.text) AS characters,
           (SELECT count(*) FROM decree_mentions m WHERE m.article_id = a.article_id)
               AS decrees,
           (SELECT count(*) FROM date_mentions d WHERE d.article_id = a.article_id) AS dates,
           (SELECT count(*) FROM deadlines d WHERE d.article_id = a.article_id) AS deadlines,
           (SELECT count(*) FROM official_mentions o WHERE o.article_id = a.article_id)
               AS officials,
           (SELECT count(*) FROM commitment_evidence e WHERE e.article_id = a.article_id)
               AS commitment_sentences,
           a.title
    FROM articles AS a
    JOIN stories AS s USING (story_id)
    ORDER BY s.article_count DESC, s.title, a.lang
    """
)
display(coverage)

# %% [markdown]
# ## What each language edition adds or drops
#
# For every story told in more than one language: each fact (a date, a deadline, a
# decree number, an official) found in some of its language editions but not in all.
# `missing_in` lists the editions that drop it. A dropped fact may be a translation
# that left it out, or an extraction the pipeline missed: the evidence is one query
# away in `date_mentions`, `deadlines`, `decree_mentions` and `official_mentions`.

# %%
gaps = sql(
    """
    WITH editions AS (
        SELECT DISTINCT story_id, lang FROM articles WHERE extracted
    ), multilingual AS (
        SELECT story_id FROM editions GROUP BY story_id HAVING count(*) > 1
    ), facts AS (
        SELECT a.story_id, a.lang, 'date' AS kind, x.value AS fact
        FROM date_mentions AS x JOIN articles AS a USING (article_id)
        UNION
        SELECT a.story_id, a.lang, 'deadline', x.relation || ' ' || x.value
        FROM deadlines AS x JOIN articles AS a USING (article_id)
        UNION
        SELECT a.story_id, a.lang, 'decree', x.number
        FROM decree_mentions AS x JOIN articles AS a USING (article_id)
        UNION
        SELECT a.story_id, a.lang, 'official', x.name
        FROM official_mentions AS x JOIN articles AS a USING (article_id)
    ), present AS (
        SELECT story_id, kind, fact, list_sort(list(DISTINCT lang)) AS present_in
        FROM facts WHERE story_id IN (SELECT story_id FROM multilingual)
        GROUP BY story_id, kind, fact
    )
    SELECT s.title AS story, p.kind, p.fact, p.present_in,
           list_sort(list(e.lang)) AS missing_in
    FROM present AS p
    JOIN editions AS e ON e.story_id = p.story_id AND NOT list_contains(p.present_in, e.lang)
    JOIN stories AS s ON s.story_id = p.story_id
    GROUP BY s.title, p.kind, p.fact, p.present_in
    ORDER BY s.title, p.kind, p.fact
    """
)
display(gaps)

# %% [markdown]
# The same, counted per edition: facts this edition has that at least one other
# edition lacks (`adds`), and facts other editions have that it lacks (`drops`).

# %%
con.register("gaps", gaps)  # a result DataFrame can be queried like a table
edition_summary = sql(
    """
    WITH adds AS (
        SELECT story, lang, count(*) AS adds
        FROM (SELECT story, unnest(present_in) AS lang FROM gaps)
        GROUP BY story, lang
    ), drops AS (
        SELECT story, lang, count(*) AS drops
        FROM (SELECT story, unnest(missing_in) AS lang FROM gaps)
        GROUP BY story, lang
    )
    SELECT story, lang, coalesce(adds, 0) AS adds, coalesce(drops, 0) AS drops
    FROM adds FULL JOIN drops USING (story, lang)
    ORDER BY story, lang
    """
)
display(edition_summary)

# %% [markdown]
# ## Commitments stated in only some languages of their story, and disagreements

# %%
sql(
    """
    SELECT c.actor, c.action, c.due_date, c.languages AS stated_in,
           s.languages AS story_languages, c.conflict
    FROM commitments AS c JOIN stories AS s USING (story_id)
    WHERE len(c.languages) < len(s.languages) OR coalesce(c.conflict, '') <> ''
    ORDER BY c.actor, c.due_date NULLS LAST
    """
)

# %% [markdown]
# ## Checks
#
# The notebook is executed by the test suite; these lines fail loudly when the main
# tables come out empty.

# %%
assert len(officials) > 0, f"no officials in {DATA}"
assert len(decrees) > 0, f"no decree cited in {DATA}"
assert len(coverage) > 0, f"no article belongs to a story in {DATA}"
print(
    f"{len(officials)} officials, {len(directed)} directed commitments, "
    f"{len(decrees)} decrees, {coverage['story'].nunique()} stories, "
    f"{len(gaps)} facts missing from some edition"
)
