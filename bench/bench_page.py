"""How big the page is, how fast Python writes it, and how fast it becomes interactive in Chromium.

    .venv/bin/python bench/bench_page.py                          # synthetic, 10,000 events (target < 3 s)
    .venv/bin/python bench/bench_page.py --events 150000 --runs 1 # synthetic, 150,000 events
    .venv/bin/python bench/bench_page.py --events 100000 --undated 56000 --runs 1   # the first scale run's shape
    .venv/bin/timeline build corpus.jsonl --format json -o big.json
    .venv/bin/python bench/bench_page.py --from-json big.json     # a real run, re-rendered
    .venv/bin/python bench/bench_page.py --page output/timeline.html  # browser figures of an existing page

Synthetic timelines come from tests/render/synthetic_timelines.py; --from-json reads what
`timeline build --format json` wrote (timeline.render.json_export.timeline_from_dict).
Prints:
  page     size, and bytes per event beyond the text of the quoted sentences
  python   seconds to write the page (write_timeline, streamed to disk), the process's resident
           memory before, and its peak while writing (sampled every 10 ms)
  json     the same for --format json (with --json)
and, per browser run (Playwright driving /usr/bin/chromium, the page opened from disk, network off):
  interactive  ms from navigation start until the chart is drawn, the list is there and the main
           thread is free to handle a click: the later of the two below, then one frame and a task
  chart    until the chart is drawn and wired (the page sets window.__timelineReady when plotly's
           newPlot has resolved)
  dom      DOMContentLoaded (the list's first page is rendered and search/filters wired by then)
  search   ms from typing a word to the list and the chart both updated (includes the
           search box's debounce, 60-250 ms by size)
  filter   ms from picking a status to the list and the chart both updated
and the median over runs.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests" / "render"))
sys.path.insert(0, str(REPO))

from synthetic_timelines import make_timeline  # noqa: E402
from timeline.render import write_timeline  # noqa: E402
from timeline.render.json_export import timeline_from_dict  # noqa: E402

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
TARGET_MS = 3000


class PeakRSS:
    """The process's peak resident memory while the block runs (psutil, sampled every 10 ms)."""

    def __enter__(self):
        import psutil
        self.process = psutil.Process()
        self.before = self.peak = self.process.memory_info().rss
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._sample, daemon=True)
        self.thread.start()
        return self

    def _sample(self):
        while not self.done.is_set():
            self.peak = max(self.peak, self.process.memory_info().rss)
            time.sleep(0.01)

    def __exit__(self, *exc):
        self.done.set()
        self.thread.join()
        self.peak = max(self.peak, self.process.memory_info().rss)


def timed_write(timeline, path: Path, **options) -> tuple[float, PeakRSS]:
    with PeakRSS() as rss:
        started = time.perf_counter()
        write_timeline(timeline, path, **options)
        seconds = time.perf_counter() - started
    return seconds, rss


def search_word(timeline) -> str:
    """A word to search for: the longest of the middle event's headline (deterministic, matches something)."""
    events = [e for e in timeline.events if e.headline]
    words = sorted((w.strip(".,;:'\"()").lower() for w in events[len(events) // 2].headline.split()),
                   key=lambda w: (-len(w), w)) if events else []
    return words[0] if words else "the"


def measure(browser, path: Path, word: str) -> dict:
    context = browser.new_context(viewport={"width": 1300, "height": 1000})
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.route("http*://**/*", lambda route: route.abort())
    page.goto(path.as_uri(), wait_until="commit", timeout=120000)
    page.wait_for_function("() => window.__timelineReady !== undefined", timeout=120000, polling=20)
    chart = page.evaluate("window.__timelineReady")
    page.wait_for_load_state("domcontentloaded")
    dom = page.evaluate("performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd")
    # the first moment the main thread is free again after both: a reader's click would be handled
    idle = page.evaluate("() => new Promise(r => requestAnimationFrame(() => setTimeout(() => r(performance.now()))))")
    update = """([how, value]) => new Promise(resolve => {
        const root = document.querySelector('[data-timeline-root]');
        const gd = root.querySelector('.tl-chart');
        const t0 = performance.now();
        gd.once('plotly_afterplot', () => resolve(performance.now() - t0));
        const input = root.querySelector(how === 'search' ? '.tl-search' : '.tl-status');
        input.value = value;
        input.dispatchEvent(new Event(how === 'search' ? 'input' : 'change'));
    })"""
    search_ms = page.evaluate(update, ["search", word])
    shown = int(page.evaluate("document.querySelector('[data-timeline-root]').dataset.shown"))
    page.evaluate("() => { const s = document.querySelector('.tl-search'); s.value = ''; }")
    status = page.evaluate("document.querySelector('.tl-status').options[1].value")
    filter_ms = page.evaluate(update, ["status", status])
    context.close()
    if errors:
        raise SystemExit(f"page errors: {errors[:3]}")
    return {"chart": chart, "dom": dom, "idle": max(idle, chart, dom), "search": search_ms, "filter": filter_ms,
            "shown": shown}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000, help="synthetic events (default 10,000)")
    parser.add_argument("--undated", type=int, default=3, help="synthetic undated events (default 3)")
    parser.add_argument("--from-json", type=Path, help="re-render a `timeline build --format json` output instead")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--plotlyjs", choices=["inline", "cdn"], default="inline")
    parser.add_argument("--json", action="store_true", help="also time the json export")
    parser.add_argument("--keep", type=Path, help="also copy the page here")
    parser.add_argument("--page", type=Path, help="only the browser figures, for an existing page")
    parser.add_argument("--search", help="the word to search for (default: from the timeline, or 'the')")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args()
    if args.page:
        print(f"page: {args.page}, {args.page.stat().st_size / 1e6:.1f} MB")
        browse(args, args.page.resolve(), args.search or "the")
        return
    if args.from_json:
        with open(args.from_json, encoding="utf-8") as handle:
            timeline = timeline_from_dict(json.load(handle))
        what = f"{args.from_json.name}"
    else:
        timeline = make_timeline(args.events, seed=1, undated=args.undated)
        what = "synthetic"
    n_events = len(timeline.events) + len(timeline.undated)
    sentences = sum(len(s.sentence.encode("utf-8")) for e in timeline.events + timeline.undated for s in e.sources)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.html"
        seconds, rss = timed_write(timeline, path, plotlyjs=args.plotlyjs)
        size = path.stat().st_size
        from timeline.render.page import _plotlyjs
        plotly_bytes = len(_plotlyjs().encode("utf-8")) if args.plotlyjs == "inline" else 0
        per_event = (size - plotly_bytes - sentences) / max(n_events, 1)
        print(f"page: {what}, {len(timeline.events):,} dated + {len(timeline.undated):,} undated events, "
              f"{size / 1e6:.1f} MB ({args.plotlyjs} plotly.js), {per_event:.0f} bytes/event beyond plotly.js and "
              f"the {sentences / 1e6:.1f} MB of quoted sentences")
        print(f"python: written in {seconds:.2f} s; RSS {rss.before / 1e6:.0f} MB before, peak {rss.peak / 1e6:.0f} MB "
              f"(+{(rss.peak - rss.before) / 1e6:.0f} MB)")
        if args.json:
            json_seconds, json_rss = timed_write(timeline, Path(tmp) / "bench.json")
            print(f"json: {(Path(tmp) / 'bench.json').stat().st_size / 1e6:.1f} MB in {json_seconds:.2f} s, "
                  f"peak RSS +{(json_rss.peak - json_rss.before) / 1e6:.0f} MB")
        if args.keep:
            args.keep.write_bytes(path.read_bytes())
        word = search_word(timeline)
        del timeline
        browse(args, path, args.search or word)


def browse(args, path: Path, word: str) -> None:
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=args.chromium, args=ARGS)
        runs = []
        for i in range(args.runs):
            r = measure(browser, path, word)
            runs.append(r)
            print(f"run {i + 1}: interactive {r['idle']:.0f} ms (chart drawn {r['chart']:.0f} ms, DOMContentLoaded "
                  f"{r['dom']:.0f} ms), "
                  f"search '{word}' ({r['shown']:,} events) -> list+chart {r['search']:.0f} ms, "
                  f"status filter {r['filter']:.0f} ms")
        browser.close()
    idle = statistics.median(r["idle"] for r in runs)
    print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores (figures grow with other work on the machine)")
    print(f"median: interactive {idle:.0f} ms, chart drawn {statistics.median(r['chart'] for r in runs):.0f} ms, "
          f"DOMContentLoaded {statistics.median(r['dom'] for r in runs):.0f} ms, "
          f"search {statistics.median(r['search'] for r in runs):.0f} ms, "
          f"filter {statistics.median(r['filter'] for r in runs):.0f} ms -> "
          f"{'PASS' if idle < TARGET_MS else 'over'} (target for 10,000 events: < {TARGET_MS} ms)")


if __name__ == "__main__":
    main()
