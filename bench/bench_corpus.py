"""End-to-end scale benchmark: N articles -> HTML timeline, wall time, docs/s, peak RSS.

The corpus is generated at run time from the TBAQ texts (../shared/corpora/tbaq), each copy
with a shifted publication date, and written to a temporary directory (never committed).

    .venv/bin/python bench/bench_corpus.py                 # 10,000 articles, --jobs 2, to HTML
    .venv/bin/python bench/bench_corpus.py -n 2000 --jobs 1 --jobs 2 --compare
    .venv/bin/python bench/bench_corpus.py --folder        # one .txt + sidecar per article instead of JSONL

Peak RSS is the largest sum of the resident memory of the `timeline` process and its
workers, sampled every 50 ms (psutil).
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
TIMELINE = REPO / ".venv" / "bin" / "timeline"

def tbaq_articles() -> list[tuple[str, str, dt.date]]:
    """(name, plain text, creation date) of every TBAQ document, via the shared TimeML reader."""
    from tbaq import load_tbaq

    return [(doc.name, doc.text.strip(), doc.dct) for doc in load_tbaq() if doc.dct and doc.text.strip()]


def make_corpus(n: int, folder: bool, target: Path) -> tuple[Path, int]:
    articles = tbaq_articles()
    if not articles:
        sys.exit("no TBAQ texts found under ../shared/corpora/tbaq")
    total = 0
    if folder:
        root = target / "corpus"
        root.mkdir()
        for i in range(n):
            name, text, dct = articles[i % len(articles)]
            published = dct + dt.timedelta(days=7 * (i // len(articles)))
            sub = root / f"{i // 1000:03d}"
            sub.mkdir(exist_ok=True)
            (sub / f"{i:05d}_{name}.txt").write_text(text, encoding="utf-8")
            (sub / f"{i:05d}_{name}.txt.meta.json").write_text(json.dumps({"published": published.isoformat()}))
            total += len(text.encode())
        return root, total
    path = target / "corpus.jsonl"
    with open(path, "w", encoding="utf-8") as handle:
        for i in range(n):
            name, text, dct = articles[i % len(articles)]
            published = dct + dt.timedelta(days=7 * (i // len(articles)))
            handle.write(json.dumps({"id": f"{i:05d}_{name}", "text": text, "published": published.isoformat(),
                                     "source": name.split("_")[0][:3]}) + "\n")
            total += len(text.encode())
    return path, total


def run_measured(command: list[str]) -> tuple[float, float, int]:
    """(wall seconds, peak RSS MB of the process tree, exit code)."""
    import psutil

    started = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    done = threading.Event()

    def sample():
        nonlocal peak
        try:
            root = psutil.Process(proc.pid)
        except psutil.NoSuchProcess:
            return
        while not done.is_set():
            try:
                procs = [root] + root.children(recursive=True)
                peak = max(peak, sum(p.memory_info().rss for p in procs if p.is_running()))
            except (psutil.NoSuchProcess, psutil.AccessDenied):
                pass
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = proc.communicate()
    wall = time.perf_counter() - started
    done.set()
    sampler.join()
    if proc.returncode != 0:
        print(err.decode(errors="replace")[-2000:], file=sys.stderr)
    return wall, peak / 1e6, proc.returncode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", type=int, default=10_000, help="number of articles (default 10,000)")
    parser.add_argument("--jobs", type=int, action="append", help="worker counts to run (default: 2)")
    parser.add_argument("--folder", action="store_true", help="a folder of .txt files instead of one JSONL")
    parser.add_argument("--format", default="html", help="output format (default html)")
    parser.add_argument("--compare", action="store_true", help="also check the JSON output is identical across --jobs")
    args = parser.parse_args()
    if not TIMELINE.exists():
        sys.exit("run `make demo` first: .venv/bin/timeline is missing")
    jobs_list = args.jobs or [2]
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        corpus, size = make_corpus(args.n, args.folder, tmpdir)
        print(f"corpus: {args.n} articles, {size / 1e6:.1f} MB of text ({'folder' if args.folder else 'jsonl'})")
        digests = {}
        for jobs in jobs_list:
            out = tmpdir / f"timeline-{jobs}.{args.format}"
            wall, rss, code = run_measured([str(TIMELINE), "build", str(corpus), "-o", str(out),
                                            "--format", args.format, "--jobs", str(jobs), "--quiet"])
            status = "ok" if code == 0 else f"FAILED (exit {code})"
            print(f"--jobs {jobs}: {wall:.1f} s wall, {args.n / wall:.0f} docs/s, {size / 1e6 / wall:.2f} MB/s, "
                  f"peak RSS {rss:.0f} MB, output {out.stat().st_size / 1e6 if out.exists() else 0:.1f} MB: {status}")
            if args.compare:
                jout = tmpdir / f"timeline-{jobs}.json"
                subprocess.run([str(TIMELINE), "build", str(corpus), "-o", str(jout), "--jobs", str(jobs), "--quiet"],
                               check=True)
                digests[jobs] = hashlib.sha256(jout.read_bytes()).hexdigest()
        if args.compare and len(digests) > 1:
            same = len(set(digests.values())) == 1
            print("JSON output identical across --jobs " + ", ".join(map(str, digests)) + f": {same}")


if __name__ == "__main__":
    main()
