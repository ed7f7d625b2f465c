#!/usr/bin/env python
"""Speed of the resolver on the TBAQ texts, next to dateparser.search_dates on the same texts, same run.

  .venv/bin/python bench/speed_resolver.py [--dateparser-kb 60] [--repeat 3]

Prints (rates in KB/s of UTF-8 text):
  - resolve() in-process (grammar already loaded; best of --repeat),
  - the whole `timeline tag --format jsonl` process on all texts and on --copies copies of them (start-up,
    imports, reading, writing; best of --repeat), on all cores (the default) and with --jobs 1, as wall
    time and per CPU-second; with --jobs 1, also without the compiled grammar store shipped in
    timeline/resolve/data/ (TIMELINE_NO_GRAMMAR_STORE=1: every rule regex compiled in the process),
  - the whole process on one short article (start-up cost),
  - dateparser.search_dates(text, languages=['en'], settings={'RELATIVE_BASE': dct}) in-process, on all
    documents (or the first --dateparser-kb KB: its speed falls with document length, so a prefix of
    short documents flatters it),
and the ratios; and, for a like-for-like view, dateparser run the same way as a whole process over the
same files (its start-up and import included), against the whole `timeline tag` process.

The whole-process lines time .venv/bin/timeline, an editable install (`pip install -e`, as the Makefile
sets it up), where a user has a regular one (a wheel). The editable install's finder costs `python -c
pass` ~45M instructions (75M against 31M), but nearly all of it is importing modules (pathlib,
urllib.parse, importlib.util) that `timeline tag` imports anyway: measured with callgrind (perf11), a
`timeline tag` run on one short article costs 317M instructions from the editable install and 315M from a
regular one, under 1%. So the lines are not corrected for it.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from tbaq import REPO, TBAQ, load_tbaq  # noqa: E402


def kb(docs) -> float:
    return sum(len(d.text.encode("utf-8")) for d in docs) / 1024


def time_resolver(docs, repeat: int) -> float:
    from timeline.resolve import resolve
    resolve("warm up on Tuesday", dt.date(2022, 2, 16))      # load the grammar outside the timing
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for d in docs:
            resolve(d.text, d.dct)
        best = min(best, time.perf_counter() - t0)
    return best


def time_cli(docs, copies: int = 1, env_extra: dict | None = None, repeat: int = 1,
             jobs: int = 0) -> tuple[float, float] | None:
    """Best wall time (and its CPU time) of one `timeline tag` process over `copies` copies of `docs`."""
    exe = REPO / ".venv" / "bin" / "timeline"
    if not exe.exists():
        return None
    # Time the package as installed from a wheel: byte-compiled. (pip compiles a wheel's modules at install
    # time; an editable checkout in an environment with PYTHONDONTWRITEBYTECODE would otherwise compile
    # every module from source in every process.)
    subprocess.run([str(REPO / ".venv" / "bin" / "python"), "-m", "compileall", "-q", str(REPO / "timeline")],
                   check=True, stdout=subprocess.DEVNULL)
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", **(env_extra or {})}
    best = None
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for c in range(copies):
            for d in docs:
                p = Path(tmp) / f"{d.name}.{c}.txt"
                p.write_text(d.text, encoding="utf-8")
                paths.append(str(p))
        for _ in range(repeat):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            t0 = time.perf_counter()
            subprocess.run([str(exe), "tag", "--format", "jsonl", "-q", "--jobs", str(jobs),
                            "--published", "1998-02-16", *paths],
                           check=True, stdout=subprocess.DEVNULL, env=env)
            wall = time.perf_counter() - t0
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
            if best is None or wall < best[0]:
                best = (wall, cpu)
    return best


def time_dateparser(docs, budget_kb: float):
    from dateparser.search import search_dates
    subset, size = [], 0.0
    for d in docs:
        subset.append(d)
        size += len(d.text.encode("utf-8")) / 1024
        if budget_kb and size >= budget_kb:
            break
    search_dates("warm up on Tuesday", languages=["en"])
    t0 = time.perf_counter()
    for d in subset:
        base = dt.datetime.combine(d.dct, dt.time()) if d.dct else None
        search_dates(d.text, languages=["en"], settings={"RELATIVE_BASE": base} if base else None)
    return time.perf_counter() - t0, subset


_DATEPARSER_PROCESS = """
import datetime as dt, sys
from pathlib import Path
from dateparser.search import search_dates
base = dt.datetime(1998, 2, 16)
for path in sys.argv[1:]:
    search_dates(Path(path).read_text(encoding="utf-8"), languages=["en"], settings={"RELATIVE_BASE": base})
"""


def time_dateparser_process(docs) -> float:
    """Wall time of one Python process running search_dates over the same files as `timeline tag`
    (start-up, import and reading included, like the timeline process it is compared with)."""
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for d in docs:
            p = Path(tmp) / f"{d.name}.txt"
            p.write_text(d.text, encoding="utf-8")
            paths.append(str(p))
        t0 = time.perf_counter()
        subprocess.run([str(REPO / ".venv" / "bin" / "python"), "-c", _DATEPARSER_PROCESS, *paths], check=True)
        return time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dateparser-kb", type=float, default=0,
                    help="time dateparser on the first documents up to this many KB (default: all; ~3 s)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--copies", type=int, default=4,
                    help="also time one `timeline tag` run over this many copies of TBAQ (default 4)")
    args = ap.parse_args()
    if not TBAQ.is_dir():
        print(f"no corpus at {TBAQ}", file=sys.stderr)
        return 2
    docs = load_tbaq()
    size = kb(docs)
    print(f"TBAQ: {len(docs)} documents, {size:.0f} KB of text")

    t = time_resolver(docs, args.repeat)
    ours = size / t
    print(f"resolve() in-process:        {t:6.3f} s  {ours:8.0f} KB/s  ({ours / 1024:.2f} MB/s per core)")

    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    runs = []          # (label, KB, wall, cpu)
    if not (REPO / ".venv" / "bin" / "timeline").exists():
        print("timeline tag:                (no .venv/bin/timeline; whole-process timing skipped)")
    else:
        for copies in (1, args.copies) if args.copies > 1 else (1,):
            for jobs, label in ((0, f"all {cores} cores"), (1, "--jobs 1")):
                wall, cpu = time_cli(docs, copies, repeat=args.repeat, jobs=jobs)
                what = "TBAQ" if copies == 1 else f"TBAQ x{copies}"
                runs.append((f"{what}, {label}", size * copies, wall, cpu))
                print(f"timeline tag, {what:8} {label:12} {wall:6.3f} s  {size * copies / wall:8.0f} KB/s wall, "
                      f"{size * copies / max(cpu, 1e-9):6.0f} KB/s per CPU-second "
                      f"(start-up included{'; ' + format(wall / t / copies, '.1f') + 'x the in-process time' if jobs == 1 else ''})")
        cold_wall, _ = time_cli(docs, env_extra={"TIMELINE_NO_GRAMMAR_STORE": "1"}, repeat=args.repeat, jobs=1)
        print(f"  TBAQ, --jobs 1, compiled store ignored: {cold_wall:6.3f} s  {size / cold_wall:8.0f} KB/s wall "
              "(every rule regex compiled in the process)")
        short = min(docs, key=lambda d: abs(len(d.text) - 2000))
        one_wall, _ = time_cli([short], repeat=args.repeat)
        print(f"  one {len(short.text.encode('utf-8')) / 1024:.1f} KB article:       {one_wall:6.3f} s  "
              "(start-up dominated)")

    dp_time, subset = time_dateparser(docs, args.dateparser_kb)
    dp_size = kb(subset)
    dp_rate = dp_size / dp_time
    print(f"dateparser.search_dates:     {dp_time:6.3f} s  {dp_rate:8.1f} KB/s  "
          f"(timed on the first {len(subset)} documents, {dp_size:.0f} KB)")
    print(f"ratio in-process:            {ours / dp_rate:6.1f}x dateparser")
    for label, size_kb, wall, cpu in runs:
        print(f"ratio whole process, {label + ':':27} {size_kb / wall / dp_rate:5.1f}x dateparser wall, "
              f"{size_kb / cpu / dp_rate:5.1f}x per CPU-second")
    if runs and not args.dateparser_kb:
        # The ratios above set our whole process (start-up included) against dateparser's loop alone, the
        # strict reading of the target. A process against a process counts dateparser's start-up too.
        dp_process = time_dateparser_process(docs)
        ours_process = runs[0][2]
        print(f"dateparser as a process:     {dp_process:6.3f} s  (python -c: import, read the same files, "
              f"search_dates)\nratio process to process, TBAQ, all {cores} cores: "
              f"{dp_process / ours_process:5.1f}x dateparser wall")
    return 0


if __name__ == "__main__":
    sys.exit(main())
