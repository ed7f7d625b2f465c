#!/usr/bin/env python
"""Score the resolver on TimeBank+AQUAINT (../shared/corpora/tbaq), or any folder of .tml files, the TempEval-3 way.

Strict and relaxed span P/R/F1, type and value F1 (attribute correct on relaxed matches, divided by the
system count and by the gold count). The DCT timex (t0) is not scored.

The value line is TempEval-3 string equality: it is the primary figure and the one pinned. A second,
labelled line "value (notation-equivalent)" also counts values that differ only in notation
("1949-XX" = "1949", "2000-W7" = "2000-W07"; see canonical_value) and says how many value errors are
notation-only. It is a diagnostic for reading the errors; the resolver keeps emitting canonical values.

  .venv/bin/python bench/score_tbaq.py                 # scores
  .venv/bin/python bench/score_tbaq.py --errors 40     # plus the first 40 errors of each kind
  .venv/bin/python bench/score_tbaq.py --doc wsj_0006 --errors 100
  .venv/bin/python bench/score_tbaq.py --cli           # through `.venv/bin/timeline tag --format jsonl FILE.tml...`
  .venv/bin/python bench/score_tbaq.py --pin           # write bench/baselines/tbaq.json

Any other TimeML folder (searched recursively for *.tml; the DCT is the TIMEX3 inside <DCT>):
  .venv/bin/python bench/score_tbaq.py --corpus fixtures/timeml --errors 100   # the invented dev set
  .venv/bin/python bench/score_tbaq.py --corpus fixtures/timeml --pin          # write bench/baselines/devset.json
  .venv/bin/python bench/score_tbaq.py --corpus DIR --pin --baseline PATH      # any other folder
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tbaq import DEVSET, REPO, TBAQ, Counts, load_corpus, run_resolver, score_doc  # noqa: E402

BASELINE = REPO / "bench" / "baselines" / "tbaq.json"
DEVSET_BASELINE = REPO / "bench" / "baselines" / "devset.json"


def default_baseline(corpus: Path) -> Path | None:
    """Where --pin writes without --baseline: tbaq.json for TBAQ, devset.json for fixtures/timeml, else none."""
    if corpus.resolve() == TBAQ.resolve():
        return BASELINE
    if corpus.resolve() == DEVSET.resolve():
        return DEVSET_BASELINE
    return None


def corpus_label(corpus: Path) -> str:
    if corpus.resolve() == TBAQ.resolve():
        return "TBAQ"
    try:
        return str(corpus.resolve().relative_to(REPO))
    except ValueError:
        return str(corpus)

_UNIT_YEARS = {"E": 10, "C": 100, "L": 1000}


def canonical_value(value: str) -> str:
    """A TIMEX3 value in one canonical notation, for the secondary "notation-equivalent" value line.

    Only spellings of the same value are merged; nothing that changes what the value denotes:
      - trailing unknown groups after a known year: "1949-XX" and "1949-XX-XX" -> "1949",
        "1998-10-XX" -> "1998-10" (an unknown month/day of a known period is read as that period);
        unknown digits of a decade or century: "198X" -> "198", "19XX" -> "19"
      - unpadded week, month and day numbers: "2000-W7" -> "2000-W07", "1998-2" -> "1998-02"
      - an hour without minutes: "T17" -> "T17:00"
      - decade/century/millennium duration units: "P1E" -> "P10Y", "P1C" -> "P100Y", "P2L" -> "P2000Y"
    The primary value figure stays TempEval-3 string equality; this is a diagnostic, not a score to pin.
    """
    v = value.strip()
    m = re.fullmatch(r"P(\d+)([ECL])", v)
    if m:
        return f"P{int(m.group(1)) * _UNIT_YEARS[m.group(2)]}Y"
    date, sep, time = v.partition("T")
    if sep and re.fullmatch(r"\d{1,2}", time):
        time = f"{int(time):02d}:00"
    parts = date.split("-")
    out = []
    for i, part in enumerate(parts):
        if i and re.fullmatch(r"\d", part):
            part = "0" + part                      # "1998-2" -> "1998-02"
        elif i and re.fullmatch(r"W\d", part):
            part = "W0" + part[1:]                 # "2000-W7" -> "2000-W07"
        out.append(part)
    if not sep:
        if out[0][:1].isdigit():
            while len(out) > 1 and re.fullmatch(r"X+|WXX", out[-1]):
                out.pop()                          # "1949-XX" -> "1949", "1994-XX-XX" -> "1994"
        if len(out) == 1 and re.fullmatch(r"\d{1,3}X+", out[0]) and len(out[0]) <= 4:
            out[0] = out[0].rstrip("X")            # "198X" -> "198", "19XX" -> "19"
    date = "-".join(out)
    return date + (sep + time if sep else "")


def notation_equal(gold: str, system: str) -> bool:
    return gold == system or canonical_value(gold) == canonical_value(system)


def run_cli(docs):
    """Run `timeline tag --format jsonl` on the .tml files themselves, as a user would (the tool reads the
    <TEXT> and takes the <DCT> as publication date), and read the timexes back.

    The JSONL has one line per document: {"id", "path", "published", "published_source", "timexes": [...]}.
    """
    exe = REPO / ".venv" / "bin" / "timeline"
    paths = [str(d.path) for d in docs]
    res = subprocess.run([str(exe), "tag", "--format", "jsonl", "-q", *paths], capture_output=True, text=True,
                         check=True)
    found: dict[str, list] = {}
    for line in res.stdout.splitlines():
        if line.strip():
            rec = json.loads(line)
            found[rec["path"]] = [SimpleNamespace(**t) for t in rec["timexes"]]
    return [found.get(p, []) for p in paths]


def context(text: str, start: int, end: int, width: int = 60) -> str:
    left = text[max(0, start - width):start].replace("\n", " ")
    right = text[end:end + width].replace("\n", " ")
    return f"...{left}[[{text[start:end]}]]{right}..."


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--errors", type=int, default=0, help="list up to N errors of each kind")
    ap.add_argument("--doc", help="only documents whose name contains this")
    ap.add_argument("--cli", action="store_true", help="run the `timeline tag` command instead of the function")
    ap.add_argument("--corpus", type=Path, default=TBAQ,
                    help="folder of TimeML .tml files, searched recursively (default: ../shared/corpora/tbaq)")
    ap.add_argument("--pin", action="store_true",
                    help=f"write the scores to {BASELINE.relative_to(REPO)} (TBAQ), "
                         f"{DEVSET_BASELINE.relative_to(REPO)} (--corpus fixtures/timeml) or --baseline")
    ap.add_argument("--baseline", type=Path, help="the file --pin writes (needed for other corpora)")
    ap.add_argument("--json", action="store_true", help="print the scores as JSON")
    ap.add_argument("--kind", choices=["missing", "spurious", "value", "span", "type"], action="append",
                    help="error kinds to list (default: all)")
    args = ap.parse_args()
    corpus = args.corpus
    if not corpus.is_dir():
        print(f"no corpus at {corpus}", file=sys.stderr)
        return 2
    docs = load_corpus(corpus)
    if not docs:
        print(f"no .tml files under {corpus}", file=sys.stderr)
        return 2
    if args.doc:
        docs = [d for d in docs if args.doc in d.name]
    t0 = time.perf_counter()
    outputs = run_cli(docs) if args.cli else run_resolver(docs)
    elapsed = time.perf_counter() - t0
    total = Counts()
    errors = {"missing": [], "spurious": [], "value": [], "span": [], "type": []}
    notation_ok = 0          # value errors that are notation-only ("1949-XX" vs "1949")
    for d, out in zip(docs, outputs):
        c, pairs = score_doc(d.timexes, out)
        total.add(c)
        paired_g = {id(g) for g, _ in pairs}
        paired_s = {id(s) for _, s in pairs}
        for g in d.timexes:
            if id(g) not in paired_g:
                errors["missing"].append(f"{d.name} dct={d.dct} gold {g.type} {g.value!r}: {context(d.text, g.start, g.end)}")
        for s in out:
            if id(s) not in paired_s:
                errors["spurious"].append(f"{d.name} dct={d.dct} sys {s.type} {s.value!r} ({s.rule}): {context(d.text, s.start, s.end)}")
        for g, s in pairs:
            if g.value != s.value:
                only_notation = notation_equal(g.value, s.value)
                notation_ok += only_notation
                errors["value"].append(f"{d.name} dct={d.dct} gold {g.value!r} sys {s.value!r} ({s.rule}) "
                                       f"{'[notation-only] ' if only_notation else ''}"
                                       f"gold-span {g.text!r}: {context(d.text, s.start, s.end)}")
            if (g.start, g.end) != (s.start, s.end):
                errors["span"].append(f"{d.name} gold {g.text!r} sys {s.text!r} ({s.rule})")
            if g.type != s.type:
                errors["type"].append(f"{d.name} gold {g.type} sys {s.type} {s.text!r} ({s.rule})")
    scores = total.scores()
    scores["docs"] = len(docs)
    # Secondary figure: value equality up to notation (see canonical_value). Never pinned.
    eq = total.value_ok + notation_ok
    p, r, f = Counts._f1(eq, total.system, total.gold)
    notation = {"P": round(p, 2), "R": round(r, 2), "F1": round(f, 2), "notation_only_errors": notation_ok,
                "value_errors": len(errors["value"])}
    if args.json:
        print(json.dumps({**scores, "value_notation_equivalent": notation}, indent=2))
    else:
        print(f"{corpus_label(corpus)}: {len(docs)} docs, {total.gold} gold timexes, {total.system} system timexes "
              f"({elapsed:.2f} s, {'timeline tag' if args.cli else 'in-process'})")
        for name in ("strict", "relaxed", "type", "value"):
            s = scores[name]
            print(f"  {name:8s} P {s['P']:6.2f}  R {s['R']:6.2f}  F1 {s['F1']:6.2f}")
        print(f"  value (notation-equivalent, secondary; not pinned) P {notation['P']:6.2f}  R {notation['R']:6.2f}  "
              f"F1 {notation['F1']:6.2f}")
        print(f"    {notation_ok} of {len(errors['value'])} value errors are notation-only "
              "(\"1949-XX\" = \"1949\", \"2000-W7\" = \"2000-W07\", \"198X\" = \"198\", \"T17\" = \"T17:00\")")
    if args.errors:
        for kind in args.kind or list(errors):
            print(f"\n== {kind} ({len(errors[kind])}) ==")
            for line in errors[kind][:args.errors]:
                print(line)
    if args.pin:
        if args.doc:
            print("refusing to pin scores of a subset", file=sys.stderr)
            return 2
        target = args.baseline or default_baseline(corpus)
        if target is None:
            print("--pin on this corpus needs --baseline PATH", file=sys.stderr)
            return 2
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(scores, indent=2) + "\n", encoding="utf-8")
        shown = target.resolve().relative_to(REPO) if target.resolve().is_relative_to(REPO) else target
        print(f"pinned to {shown}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
