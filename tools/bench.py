"""``make bench``: throughput, memory and stage times of ``extract`` on scaled corpora.

For each size (default 1k, 10k and 50k articles) it generates a deterministic
corpus under ``bench/corpora/`` (see :mod:`tools.benchgen`), runs
:func:`pipeline.run.run` on it in a child process, and records articles/s, MB/s,
the peak resident memory of the child (largest process, from ``wait4``) and of
its whole process tree (workers included: the sum of PSS, so pages the workers
share with the forkserver count once, polled from ``/proc``), the CPU seconds of
the tree (robust to other processes competing for the cores), and the seconds
spent per stage. In the same run it times a naive baseline on a sample
(spaCy ``fr_core_news_sm`` NER for people + ``dateparser.search_dates`` for
dates) and reports the speed ratio. A 10-article run first measures the fixed
start-up cost, so that the time per article can be compared net of it; and
:mod:`tools.benchnight` times a nightly update with 1 % new articles against
a full ``extract`` over the same history. Results are printed and written to
``bench/results.json``.

    python -m tools.bench --sizes 1000,10000 --workers 1,2
    python -m tools.bench --quick          # smoke test: 60 articles, 5 baseline
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tools.benchgen import generate

DEFAULT_SIZES = (1_000, 10_000, 50_000)
QUICK_SIZES = (60,)
#: Articles in the run that measures the fixed start-up cost (imports, worker warm-up,
#: empty tables): subtracted from each size's time for the per-article figure.
STARTUP_SIZE = 10
ROOT = Path(__file__).resolve().parent.parent
NTREX = ROOT.parent / "shared" / "data" / "ntrex"
POLL_S = 0.2
BASELINE_METHOD = "spaCy fr_core_news_sm NER (PER) + dateparser.search_dates(languages=[lang])"
TARGET_RATE, TARGET_RATIO, TARGET_MB, TARGET_FLAT = 300.0, 20.0, 1024.0, 0.20
TARGET_NIGHTLY_SHARE = 0.05
#: Issue 20: MB/s per core net of start-up with one worker; MB/s with two at 10k.
TARGET_MB_S_1W, TARGET_MB_S_2W_10K = 2.0, 3.6


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.child:
        return _child(args)
    if args.baseline_child:
        return _baseline_child(args)
    sizes = QUICK_SIZES if args.quick else tuple(_counts(args.sizes))
    sample = min(args.baseline_sample, 5) if args.quick else args.baseline_sample
    results: dict[str, Any] = {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": _machine(),
        "workers": args.workers,
        "executor": args.executor,
        "runs": [],
        "startup_s_by_workers": {},
    }
    small = generate(args.corpora / str(STARTUP_SIZE), STARTUP_SIZE, args.corpus, args.ntrex)
    for workers in args.workers:
        startup = _measure(small, args.out_dir / str(STARTUP_SIZE), args, workers)
        results["startup_s_by_workers"][str(workers)] = startup["run_s"]
        print(f"start-up, {workers} worker(s): {startup['run_s']:.2f} s", flush=True)
    results["startup_s"] = results["startup_s_by_workers"][str(max(args.workers))]
    for n in sizes:
        started = time.perf_counter()
        corpus = generate(args.corpora / str(n), n, args.corpus, args.ntrex)
        gen_s = time.perf_counter() - started
        for workers in args.workers:
            run = _measure(corpus, args.out_dir / str(n), args, workers)
            startup_s = results["startup_s_by_workers"][str(workers)]
            net_s = max(1e-9, run["run_s"] - startup_s)
            run.update(
                size=n,
                workers=workers,
                generate_s=round(gen_s, 2),
                net_ms_per_article=round(1000 * net_s / max(1, run["articles"]), 2),
                net_mb_per_s=round(run["input_mb"] / net_s, 3),
                net_mb_per_s_per_core=round(run["input_mb"] / net_s / workers, 3),
            )
            results["runs"].append(run)
            _print_run(run)
            _write(results, args.results)  # so far: a long size never loses the earlier ones
    if sample > 0:
        corpus = args.corpora / str(sizes[0])
        results["baseline"] = _measure_baseline(corpus, sample)
        _print_baseline(results["baseline"])
        for run in results["runs"]:
            run["ratio_to_baseline"] = round(
                run["articles_per_s"] / results["baseline"]["articles_per_s"], 1
            )
            run["mb_ratio_to_baseline"] = round(
                run["mb_per_s"] / results["baseline"]["mb_per_s"], 1
            )
    if args.nightly_history and not args.quick:
        from tools.benchnight import measure_nightly

        results["nightly"] = []
        for history in args.nightly_history:
            night = measure_nightly(
                args.out_dir / "nightly", history, args.corpus, args.ntrex, max(args.workers)
            )
            results["nightly"].append(night)
            print(f"nightly: {json.dumps(night)}", flush=True)
    results["targets"] = _targets(results)
    _write(results, args.results)
    print(json.dumps(results["targets"], indent=2))
    print(f"written {args.results}")
    return 0


def _write(results: dict[str, Any], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")


def _counts(text: str) -> list[int]:
    """``"1000,10000"`` -> ``[1000, 10000]``; zeros are left out (``"0"``: none)."""
    try:
        counts = [int(part) for part in text.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not a comma-separated list of integers: {text!r}"
        ) from None
    return [n for n in counts if n > 0]


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m tools.bench", description=__doc__.split("\n")[0])
    p.add_argument(
        "--sizes",
        default=",".join(map(str, DEFAULT_SIZES)),
        help="comma-separated corpus sizes in articles (default: 1000,10000,50000)",
    )
    p.add_argument(
        "--workers",
        type=_counts,
        default=sorted({1, os.cpu_count() or 1}),
        help="comma-separated worker counts, each size runs with each (default: 1 and all cores)",
    )
    p.add_argument("--executor", choices=("local", "dask"), default="local")
    p.add_argument("--quick", action="store_true", help="smoke test: one tiny corpus")
    p.add_argument(
        "--baseline-sample",
        type=int,
        default=200,
        help="articles timed with the naive baseline (0: skip)",
    )
    p.add_argument(
        "--nightly-history",
        type=_counts,
        default=[10_000, 50_000],
        help="comma-separated histories: articles already published before the timed "
        "night with 1%% new (default: 10000,50000; 0: skip)",
    )
    p.add_argument(
        "--profile",
        action="store_true",
        help="run each size under cProfile; top functions to bench/out/profile-N.txt",
    )
    p.add_argument("--corpus", type=Path, default=Path("corpus"), help="sample articles")
    p.add_argument("--ntrex", type=Path, default=NTREX, help="NTREX fra/pol/vie folders")
    p.add_argument(
        "--corpora",
        type=Path,
        default=Path("bench/corpora"),
        help="where generated corpora are kept (git-ignored)",
    )
    p.add_argument("--out-dir", type=Path, default=Path("bench/out"), help="extract output")
    p.add_argument("--results", type=Path, default=Path("bench/results.json"))
    # Internal: the measured child processes.
    p.add_argument(
        "--child", nargs=2, type=Path, metavar=("INPUT", "OUTPUT"), help=argparse.SUPPRESS
    )
    p.add_argument("--baseline-child", type=Path, metavar="INPUT", help=argparse.SUPPRESS)
    p.add_argument("--report", type=Path, help=argparse.SUPPRESS)
    return p


def _measure(corpus: Path, out: Path, args: argparse.Namespace, workers: int) -> dict[str, Any]:
    """Run ``extract`` on ``corpus`` in a child process; throughput, memory, stages."""
    report = out.with_name(f".{out.name}.report.json")
    report.parent.mkdir(parents=True, exist_ok=True)
    cmd = [
        sys.executable,
        "-m",
        "tools.bench",
        "--child",
        str(corpus),
        str(out),
        "--report",
        str(report),
        "--workers",
        str(workers),
        "--executor",
        args.executor,
    ]
    if args.profile:
        cmd.append("--profile")
    child = _run_child(cmd)
    got = json.loads(report.read_text())
    report.unlink()
    run_s = got["run_s"]
    # The child's own time, as it reported it, plus its descendants' as polled: wait4's
    # figure also holds the descendants the child reaped itself (the forkserver it stops,
    # and through it the workers), which the polling counted already.
    cpu_s = round(got["self_cpu_s"] + child["descendants_cpu_s"], 2)
    return {
        "articles": got["articles"],
        "input_mb": round(got["input_bytes"] / 1e6, 2),
        "run_s": round(run_s, 2),
        "process_s": round(child["wall_s"], 2),
        "cpu_s": cpu_s,
        "cpu_ms_per_article": round(1000 * cpu_s / max(1, got["articles"]), 2),
        "articles_per_s": round(got["articles"] / run_s, 1),
        "mb_per_s": round(got["input_bytes"] / 1e6 / run_s, 3),
        "ms_per_article": round(1000 * run_s / max(1, got["articles"]), 2),
        "peak_rss_mb": child["peak_rss_mb"],
        "peak_pss_tree_mb": child["peak_pss_tree_mb"],
        "stages_s": got["timings"],
        "stages_mb_per_s": {
            k: round(got["input_bytes"] / 1e6 / v, 2) if v > 0 else None
            for k, v in got["timings"].items()
        },
        "summary": got["summary"],
    }


def _child(args: argparse.Namespace) -> int:
    """Inside the measured process: one ``run()``, its numbers to ``--report``."""
    from pipeline.run import RunConfig, run

    corpus, out = args.child
    [workers] = args.workers
    config = RunConfig(corpus, out, workers=workers, executor=args.executor, progress=False)
    input_bytes = sum(p.stat().st_size for p in corpus.rglob("*.txt"))
    started = time.perf_counter()
    if args.profile:
        import cProfile
        import io
        import pstats

        profiler = cProfile.Profile()
        summary = profiler.runcall(run, config)
        text = io.StringIO()
        stats = pstats.Stats(profiler, stream=text)
        stats.sort_stats("cumulative").print_stats(40)
        stats.sort_stats("tottime").print_stats(25)
        (out.parent / f"profile-{out.name}.txt").write_text(text.getvalue())
    else:
        summary = run(config)
    run_s = time.perf_counter() - started
    own = os.times()
    args.report.write_text(
        json.dumps(
            {
                "self_cpu_s": own.user + own.system,
                "articles": summary.articles,
                "input_bytes": input_bytes,
                "run_s": run_s,
                "timings": summary.timings,
                "summary": summary.line(),
            }
        )
    )
    return 0


def _measure_baseline(corpus: Path, sample: int) -> dict[str, Any]:
    report = corpus.parent / f".baseline-{corpus.name}.json"
    cmd = [
        sys.executable,
        "-m",
        "tools.bench",
        "--baseline-child",
        str(corpus),
        "--baseline-sample",
        str(sample),
        "--report",
        str(report),
    ]
    child = _run_child(cmd)
    got = json.loads(report.read_text())
    report.unlink()
    got.update(
        peak_rss_mb=child["peak_rss_mb"],
        articles_per_s=round(got["articles"] / got["run_s"], 2),
        mb_per_s=round(got["input_bytes"] / 1e6 / got["run_s"], 3),
        run_s=round(got["run_s"], 2),
        load_s=round(got["load_s"], 2),
    )
    return got


def _baseline_child(args: argparse.Namespace) -> int:
    """The naive way: spaCy NER for people, dateparser for dates, one article at a time."""
    started = time.perf_counter()
    import spacy
    from dateparser.search import search_dates

    nlp = spacy.load("fr_core_news_sm")
    load_s = time.perf_counter() - started
    paths = sorted(args.baseline_child.rglob("*.txt"))[: args.baseline_sample]
    people = dates = size = 0
    started = time.perf_counter()
    for path in paths:
        text = path.read_text(encoding="utf-8")
        size += len(text.encode("utf-8"))
        lang = path.name.split("_")[1]  # benchgen names files NNNNNN_LANG_FAMILY.txt
        people += sum(1 for e in nlp(text).ents if e.label_ == "PER")
        dates += len(search_dates(text, languages=[lang] if lang != "und" else None) or [])
    args.report.write_text(
        json.dumps(
            {
                "method": BASELINE_METHOD,
                "articles": len(paths),
                "run_s": time.perf_counter() - started,
                "input_bytes": size,
                "load_s": load_s,
                "people": people,
                "dates": dates,
            }
        )
    )
    return 0


def _run_child(cmd: list[str]) -> dict[str, float]:
    """Run ``cmd``; wall time, peak RSS of its largest process and of its process tree,
    the CPU seconds of the child and every descendant it reaped (``wait4``), and those
    of its descendants alone (workers, forkserver: polled from /proc)."""
    started = time.perf_counter()
    # the child imports tools.bench from this checkout, wherever bench is started from
    path = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    proc = subprocess.Popen(cmd, env={**os.environ, "PYTHONPATH": path})
    tree_peak = 0
    cpu_ticks: dict[int, int] = {}  # pid -> last utime + stime seen
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        rss, ticks = _tree_sample(proc.pid)
        tree_peak = max(tree_peak, rss)
        cpu_ticks.update(ticks)
        time.sleep(POLL_S)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise RuntimeError(f"benchmark child failed ({proc.returncode}): {' '.join(cmd)}")
    peak = usage.ru_maxrss  # KiB on Linux: the largest single process
    cpu_ticks.pop(proc.pid, None)
    descendants = sum(cpu_ticks.values()) / os.sysconf("SC_CLK_TCK")
    return {
        "wall_s": time.perf_counter() - started,
        "cpu_s": round(usage.ru_utime + usage.ru_stime, 2),
        "descendants_cpu_s": round(descendants, 2),
        "peak_rss_mb": round(peak / 1024, 1),
        "peak_pss_tree_mb": round(max(tree_peak, peak) / 1024, 1),
    }


def _tree_sample(root: int) -> tuple[int, dict[int, int]]:
    """(sum of PSS in KiB, {pid: utime + stime ticks}) over the descendants of ``root``
    and ``root`` itself; zero and empty where /proc is unavailable."""
    stats: dict[int, list[str]] = {}
    for entry in Path("/proc").iterdir() if Path("/proc").is_dir() else ():
        if entry.name.isdigit():
            try:
                stats[int(entry.name)] = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
    tree, frontier = {root}, [root]
    while frontier:
        parent = frontier.pop()
        kids = [p for p, fields in stats.items() if int(fields[1]) == parent]
        tree.update(kids)
        frontier += kids
    rss = sum(_proportional_rss_kb(pid) for pid in tree)
    # utime and stime are fields 14 and 15 of /proc/PID/stat (11 and 12 after the name).
    ticks = {pid: int(stats[pid][11]) + int(stats[pid][12]) for pid in tree if pid in stats}
    return rss, ticks


def _proportional_rss_kb(pid: int) -> int:
    """PSS of ``pid`` (pages shared with the forkserver and other workers counted once
    over all of them), or its RSS where the kernel has no ``smaps_rollup``."""
    for name, key in (("smaps_rollup", "Pss:"), ("status", "VmRSS:")):
        try:
            text = Path(f"/proc/{pid}/{name}").read_text()
        except OSError:
            continue
        for line in text.splitlines():
            if line.startswith(key):
                return int(line.split()[1])
    return 0


def _targets(results: dict[str, Any]) -> dict[str, Any]:
    most = max(r.get("workers", 1) for r in results["runs"]) if results["runs"] else 1
    widest = [r for r in results["runs"] if r.get("workers", most) == most]
    runs = {r["size"]: r for r in widest}
    one = [r for r in results["runs"] if r.get("workers") == 1]
    two_10k = next(
        (r for r in results["runs"] if r.get("workers") == 2 and r["size"] == 10_000), None
    )
    per_article = [r["ms_per_article"] for r in widest]
    net = [r["net_ms_per_article"] for r in widest]
    out: dict[str, Any] = {
        "net_mb_per_s_per_core_1_worker": (
            one[-1]["net_mb_per_s_per_core"] if one else None  # the largest size
        ),
        "mb_per_s_2_workers_10k": two_10k["mb_per_s"] if two_10k else None,
        "articles_per_s_10k": runs.get(10_000, {}).get("articles_per_s"),
        "ratio_to_baseline_10k": runs.get(10_000, {}).get("ratio_to_baseline"),
        "peak_tree_mb_50k": runs.get(50_000, {}).get("peak_pss_tree_mb"),
        "ms_per_article_spread": (
            round(max(per_article) / min(per_article) - 1, 3) if len(per_article) > 1 else None
        ),
        "net_ms_per_article_spread": round(max(net) / min(net) - 1, 3) if len(net) > 1 else None,
    }
    checks = {
        "mb_s_1_worker_ok": (out["net_mb_per_s_per_core_1_worker"], lambda v: v >= TARGET_MB_S_1W),
        "mb_s_2_workers_10k_ok": (out["mb_per_s_2_workers_10k"], lambda v: v >= TARGET_MB_S_2W_10K),
        "rate_ok": (out["articles_per_s_10k"], lambda v: v >= TARGET_RATE),
        "ratio_ok": (out["ratio_to_baseline_10k"], lambda v: v >= TARGET_RATIO),
        "memory_ok": (out["peak_tree_mb_50k"], lambda v: v < TARGET_MB),
        "flat_ok": (out["ms_per_article_spread"], lambda v: v <= TARGET_FLAT),
        "flat_net_of_startup_ok": (out["net_ms_per_article_spread"], lambda v: v <= TARGET_FLAT),
    }
    nights = sorted(results.get("nightly", []), key=lambda n: n["history"])
    out["nightly_share_by_history"] = {n["history"]: n["next_night_share_of_full"] for n in nights}
    nightly = nights[-1]["next_night_share_of_full"] if nights else None  # largest history
    out["nightly_share_of_full"] = nightly
    checks["nightly_ok"] = (nightly, lambda v: v <= TARGET_NIGHTLY_SHARE)
    for name, (value, ok) in checks.items():
        out[name] = None if value is None else bool(ok(value))
    return out


def _machine() -> dict[str, Any]:
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    return {
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "loadavg_at_start": load,
    }


def _print_run(run: dict[str, Any]) -> None:
    stages = ", ".join(f"{k} {v:.2f}s" for k, v in run["stages_s"].items())
    per_stage = ", ".join(f"{k} {v} MB/s" for k, v in run["stages_mb_per_s"].items())
    print(
        f"{run['size']:>7} articles x{run.get('workers', '?')}: "
        f"{run['articles_per_s']:8.1f} art/s "
        f"{run['mb_per_s']:6.2f} MB/s  {run['ms_per_article']:6.2f} ms/art "
        f"({run['net_ms_per_article']:.2f} net of start-up) "
        f"(CPU {run['cpu_ms_per_article']:.2f} ms/art)  "
        f"peak {run['peak_rss_mb']:.0f} MB (tree PSS {run['peak_pss_tree_mb']:.0f} MB)  "
        f"[{stages}] [{per_stage}] net {run.get('net_mb_per_s_per_core')} MB/s per core",
        flush=True,
    )


def _print_baseline(base: dict[str, Any]) -> None:
    print(
        f"baseline ({base['method']}): {base['articles']} articles, "
        f"{base['articles_per_s']:.2f} art/s (model load {base['load_s']:.1f}s)",
        flush=True,
    )


if __name__ == "__main__":
    sys.exit(main())
