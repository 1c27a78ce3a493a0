"""Polish language data (same names in every language module)."""

from __future__ import annotations

# ---- dates, periods, decrees, deadline cues (extract/dates, decrees, deadlines) ----

# ---- official titles, Party/State bodies (extract/officials) ----

# ---- obligation cues and actor names (stages/commitments) ----
