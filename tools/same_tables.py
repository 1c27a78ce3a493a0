"""Are the tables byte-identical before and after a change? (the refactoring check)

Runs ``python -m pipeline extract`` on each corpus below into a temporary folder and
records the SHA-256 of every Parquet file:

- ``corpus/`` (the seed articles) and ``tests/data/samples/`` (the fictional samples);
- the development set ``../shared/eval/dev`` as one JSONL crawl (as ``make eval`` feeds it);
- NTREX-128 (``../shared/data/ntrex``: fra, pol, vie) as plain files;
- any folder given with ``--corpus`` (e.g. a 10k benchmark corpus, ``bench/corpora/10000``).

    python tools/same_tables.py --save /tmp/before.json      # on the old code
    python tools/same_tables.py --check /tmp/before.json     # on the new code: exit 1 if not

``--workers N`` runs every extract on N workers (the tables must not depend on it).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def _inputs(work: Path, extra: list[Path]) -> dict[str, Path]:
    sys.path.insert(0, str(ROOT))
    from tools.evaluation import dev_jsonl

    inputs = {"seeds": ROOT / "corpus", "samples": ROOT / "tests" / "data" / "samples"}
    dev = SHARED / "eval" / "dev"
    if (dev / "gold.jsonl").exists():
        inputs["dev"] = dev_jsonl(dev, work / "dev")
    ntrex = SHARED / "data" / "ntrex"
    if ntrex.is_dir():
        folder = work / "ntrex"
        folder.mkdir()
        for lang in ("fra", "pol", "vie"):
            for path in sorted((ntrex / lang).glob("*.txt")):
                shutil.copy(path, folder / f"{lang}_{path.name}")
        inputs["ntrex"] = folder
    for path in extra:
        inputs[path.name] = path
    return inputs


def digests(extra: list[Path], workers: int) -> dict[str, dict[str, str]]:
    """Corpus name -> table file -> SHA-256, for every corpus."""
    out: dict[str, dict[str, str]] = {}
    with tempfile.TemporaryDirectory(prefix="same-tables-") as tmp:
        work = Path(tmp)
        for name, source in _inputs(work, extra).items():
            target = work / "out" / name
            command = [sys.executable, "-m", "pipeline", "extract", "--input", str(source),
                       "--output", str(target), "--workers", str(workers),
                       "--no-progress"]  # fmt: skip
            subprocess.run(command, cwd=ROOT, check=True, capture_output=True)
            out[name] = {
                p.name: hashlib.sha256(p.read_bytes()).hexdigest()
                for p in sorted(target.glob("*.parquet"))
            }
            print(f"{name}: {len(out[name])} tables", file=sys.stderr)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--save", type=Path, help="write the digests to this JSON file")
    parser.add_argument("--check", type=Path, help="compare with digests saved earlier")
    parser.add_argument(
        "--corpus", type=Path, action="append", default=[], help="another input folder"
    )
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args(argv)
    found = digests(args.corpus, args.workers)
    if args.save:
        args.save.write_text(json.dumps(found, indent=1, sort_keys=True) + "\n")
    if args.check:
        saved = json.loads(args.check.read_text())
        differ = [
            f"{corpus}/{table}"
            for corpus in sorted(set(saved) | set(found))
            for table in sorted(set(saved.get(corpus, {})) | set(found.get(corpus, {})))
            if saved.get(corpus, {}).get(table) != found.get(corpus, {}).get(table)
        ]
        print("identical" if not differ else "differ: " + ", ".join(differ))
        return 1 if differ else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
