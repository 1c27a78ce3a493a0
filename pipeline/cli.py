"""Thin command line: parse arguments, call :func:`pipeline.run.run`, map failures to exit codes.

Exit codes follow sysexits: 0 ok, 1 partial, 2/64 usage, 65 bad data,
70 internal error, 75 try again later (lock held). A language module that breaks the
contract (``LanguageDataError``) is a configuration error: one line naming its file and
field, exit 2.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import tempfile
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from pipeline import regexstore
from pipeline.exit_codes import (
    EX_CONFIG,
    EX_INTERRUPTED,
    EX_OK,
    EX_SOFTWARE,
    EX_TEMPFAIL,
    EX_TERMINATED,
    EX_USAGE,
)
from pipeline.locks import Locked
from pipeline.settings import DEFAULT_MAX_BYTES


class Terminated(BaseException):
    """SIGTERM, raised in the main thread so that every clean-up runs (spill files)."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m pipeline",
        description="Turn French, Polish and Vietnamese news about Vietnamese government "
        "policy into Parquet tables of commitments (who must do what, under which decree, "
        "by when, directed by whom, reported where).",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    ex = sub.add_parser(
        "extract",
        help="extract every table from a folder or file of articles",
        description="Read every *.txt, *.html/*.htm and *.jsonl under --input (JSONL lines: "
        '{"url", "text" or "html", "published"?, "lang"?, "title"?}), extract decrees, dates, '
        "deadlines, officials, stories and commitments, and write one Parquet file per table "
        "into --output (replaced atomically). Inputs that cannot be used are listed in "
        "rejects.parquet with a reason; the run still exits 0.",
    )
    ex.add_argument(
        "--input",
        type=Path,
        default=Path("corpus"),
        help="folder (searched recursively) or single file (default: corpus)",
    )
    ex.add_argument(
        "--output",
        type=Path,
        default=Path("extracted"),
        help="folder for the Parquet tables (default: extracted)",
    )
    ex.add_argument(
        "--workers",
        type=int,
        default=1,
        help="worker processes for the per-article step (default: 1); output is "
        "identical for any number",
    )
    ex.add_argument(
        "--executor",
        choices=("local", "dask"),
        default="local",
        help="local processes, or Dask (default: local)",
    )
    ex.add_argument(
        "--scheduler",
        default=None,
        help="with --executor dask: address of a running Dask scheduler "
        "(tcp://host:8786); default starts a local cluster",
    )
    ex.add_argument(
        "--max-bytes",
        type=int,
        default=DEFAULT_MAX_BYTES,
        help=f"reject input files larger than this (default: {DEFAULT_MAX_BYTES})",
    )
    ex.add_argument("--no-progress", action="store_true", help="no progress bar")
    ni = sub.add_parser(
        "nightly",
        help="fetch new articles from the configured sources and update DIR/tables",
        description="Read every source of --config (RSS/Atom feeds, sitemaps, URL lists), "
        "download new pages politely (robots.txt, per-host delay, size and time limits), keep "
        "them under DIR/raw, extract them and update the partitioned Parquet tables in "
        "DIR/tables atomically (readers use DIR/tables/_manifest.json). Exit codes: 0 ok, "
        "1 some sources failed (see fetch_log), 2 bad configuration, 75 another run holds "
        "the lock. See docs/nightly.md.",
    )
    ni.add_argument("--config", type=Path, required=True, help="TOML file listing the sources")
    ni.add_argument(
        "--data",
        type=Path,
        required=True,
        help="data folder: raw/, state.sqlite, tables/ (created if missing)",
    )
    ni.add_argument(
        "--workers",
        type=int,
        default=1,
        help="worker processes for the per-article step (default: 1); with several, they "
        "start while the pages download. The tables are identical for any number",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        with _terminate_cleanly():
            if args.command == "extract":
                return _extract(args)
            if args.command == "nightly":
                return _nightly(args)
    except KeyboardInterrupt:
        print("interrupted: the tables are as the last completed run left them", file=sys.stderr)
        return EX_INTERRUPTED
    except Terminated:
        print("terminated: the tables are as the last completed run left them", file=sys.stderr)
        return EX_TERMINATED
    except Exception as err:
        if not _is_language_data_error(err):
            raise
        print(f"error: {str(err).replace(chr(10), ' ')}", file=sys.stderr)
        return EX_CONFIG
    return EX_USAGE  # pragma: no cover - argparse enforces the choices


def _is_language_data_error(err: BaseException) -> bool:
    """Whether ``err`` is a :class:`~pipeline.lang.contract.LanguageDataError`. The class is
    looked up where it is defined, not imported: importing ``pipeline.lang`` reads the
    language folders, and that import may be what raised."""
    contract = sys.modules.get("pipeline.lang.contract")
    return contract is not None and isinstance(err, contract.LanguageDataError)


def _check_language_data() -> None:
    """Read every language module and the portal's words now, in this process: one that
    breaks the contract stops the command before any worker starts."""
    from pipeline.ingest.portal import check_words
    from pipeline.lang import all_language_data

    all_language_data()
    check_words()


@contextmanager
def _terminate_cleanly() -> Iterator[None]:
    """SIGTERM raises :class:`Terminated` in the main thread while the command runs."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def on_term(_signum: int, _frame: object) -> None:
        raise Terminated

    previous = signal.signal(signal.SIGTERM, on_term)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _writable_folder(path: Path) -> str | None:
    """Why ``path`` cannot be used as an output folder (created if missing), or None."""
    try:
        path.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(prefix=".write-probe.", dir=path)
        os.close(fd)
        os.unlink(probe)
    except OSError as err:
        return f"{err.strerror or err}" if err.strerror else str(err)
    return None


def _extract(args: argparse.Namespace) -> int:
    if not args.input.exists():
        print(f"error: --input {args.input}: no such file or folder", file=sys.stderr)
        return EX_USAGE
    if args.workers < 1:
        print("error: --workers must be at least 1", file=sys.stderr)
        return EX_USAGE
    if args.output.exists() and not args.output.is_dir():
        print(f"error: --output {args.output} exists and is not a folder", file=sys.stderr)
        return EX_USAGE
    if problem := _writable_folder(args.output):
        print(f"error: --output {args.output}: cannot write there ({problem})", file=sys.stderr)
        return EX_USAGE
    if args.scheduler:
        from pipeline.executors.dask import scheduler_problem

        if problem := scheduler_problem(args.executor, args.scheduler):
            print(f"error: {problem}", file=sys.stderr)
            return EX_USAGE
    _check_language_data()
    if args.executor == "local":
        _start_workers(args.workers)
    _settle_gc()
    from pipeline.executors.local import WorkerDied
    from pipeline.run import RunConfig, run
    from pipeline.write import output_lock

    config = RunConfig(
        input=args.input,
        output=args.output,
        max_bytes=args.max_bytes,
        workers=args.workers,
        executor=args.executor,
        scheduler=args.scheduler,
        progress=not args.no_progress,
    )
    try:
        with output_lock(args.output):
            summary = run(config)
    except (Locked, WorkerDied, OSError) as err:  # the old tables stay
        return _stopped(err, f"writing {args.output}", "no table was replaced")
    regexstore.save()  # with one worker this process compiled the grammars (once)
    print(summary.line())
    from pipeline.ingest.load import discover

    if ignored := discover(args.input).ignored:  # a second walk: names only, no reads
        print(
            f"{ignored} file(s) or folder(s) skipped: hidden, or not *.txt, *.html, *.htm "
            "or *.jsonl"
        )
    print(f"tables written to {args.output}/")
    return EX_OK


def _stopped(err: Exception, where: str, kept: str) -> int:
    """One line for a run that stopped, and its exit code: another run holds the lock
    (try again later), workers kept dying, or a disk error (a full disk, a folder gone
    read-only) at ``where``, after which ``kept`` says what is left as it was."""
    if isinstance(err, Locked):
        print(f"error: {err}", file=sys.stderr)
        return EX_TEMPFAIL
    if isinstance(err, OSError):
        print(f"error: {where}: {err}; {kept}", file=sys.stderr)
    else:
        print(f"error: {err}", file=sys.stderr)
    return EX_SOFTWARE


def _settle_gc() -> None:
    """This process's garbage collector as the workers' (``worker.settle_gc``): it runs
    the per-article step itself with one worker, and the global phase."""
    from pipeline.worker import settle_gc

    settle_gc()


def _start_workers(workers: int, pages: bool = False) -> None:
    """Start the worker processes' forkserver now: it imports the per-article step and
    loads the models (about 1.3 s) while this process imports the rest and reads inputs
    (``pages``: with the warm-up of the nightly job, whose inputs are HTML pages)."""
    from pipeline.executors.local import LocalExecutor
    from pipeline.worker import warm, warm_pages

    LocalExecutor(workers, warm_pages if pages else warm).start()


def _nightly(args: argparse.Namespace) -> int:
    from pipeline.nightly.config import ConfigError, load_config

    try:
        config = load_config(args.config)
    except ConfigError as err:
        print(f"error: {err}", file=sys.stderr)
        return EX_CONFIG
    if args.workers < 1:
        print("error: --workers must be at least 1", file=sys.stderr)
        return EX_USAGE
    if args.data.exists() and not args.data.is_dir():
        print(f"error: --data {args.data} exists and is not a folder", file=sys.stderr)
        return EX_CONFIG
    if problem := _writable_folder(args.data):
        print(f"error: --data {args.data}: cannot write there ({problem})", file=sys.stderr)
        return EX_CONFIG
    _check_language_data()
    _start_workers(args.workers, pages=True)
    _settle_gc()
    from pipeline.executors.local import WorkerDied
    from pipeline.nightly.job import run_nightly

    try:
        summary = run_nightly(config, args.data, args.workers)
    except (Locked, WorkerDied, OSError) as err:  # the manifest stays
        return _stopped(err, str(args.data), "the committed tables are unchanged")
    regexstore.save()
    print(summary.line())
    return summary.exit_code
