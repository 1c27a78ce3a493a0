"""Exit codes of ``python -m pipeline extract`` and ``nightly`` (sysexits where one fits).

| code | meaning |
|---|---|
| 0 | ok (rejected inputs are rows of ``rejects``, not failures) |
| 1 | nightly only: some source or page failed; everything else was applied |
| 2 | configuration error: the nightly configuration, a language module |
| 64 | unusable arguments, or an output that cannot be written |
| 70 | internal failure: a disk error while writing, workers that keep dying |
| 75 | try again later: another run holds the lock |
| 130, 143 | stopped by SIGINT (Ctrl-C) or SIGTERM: 128 + the signal number |
"""

from __future__ import annotations

EX_OK = 0
EX_PARTIAL = 1
EX_CONFIG = 2
EX_USAGE = 64
EX_SOFTWARE = 70
EX_TEMPFAIL = 75
EX_INTERRUPTED = 130
EX_TERMINATED = 143
