"""Shared TimeML loading for the benchmarks: plain text, DCT and gold TIMEX3 spans of a .tml file."""
from __future__ import annotations

import datetime as _dt
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))
TBAQ = SHARED / "corpora" / "tbaq"
DEVSET = REPO / "fixtures" / "timeml"      # invented multi-genre dev set, in the repository


@dataclass(frozen=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None
    tid: str = ""


@dataclass(frozen=True)
class GoldDoc:
    name: str
    path: Path
    text: str
    dct: _dt.date | None
    timexes: tuple[GoldTimex, ...]


def parse_tml(source: str, name: str = "", path: Path | None = None) -> GoldDoc:
    from timeline.resolve.timeml import read_timeml
    doc = read_timeml(source)
    gold = tuple(GoldTimex(t.start, t.end, t.text, t.type, t.value, t.mod, t.tid) for t in doc.timexes)
    return GoldDoc(name, path or Path(name), doc.text, doc.dct, gold)


def load_tbaq(root: Path = TBAQ) -> list[GoldDoc]:
    docs = []
    for path in sorted(root.glob("*/*.tml")):
        docs.append(parse_tml(path.read_text(encoding="utf-8"), path.stem, path))
    return docs


def load_corpus(root: Path) -> list[GoldDoc]:
    """Every .tml file under root, at any depth, in path order (TBAQ itself loads as with load_tbaq)."""
    root = Path(root)
    if root.resolve() == TBAQ.resolve():
        return load_tbaq(root)
    return [parse_tml(path.read_text(encoding="utf-8"), path.stem, path)
            for path in sorted(root.rglob("*.tml"))]


# ---- TempEval-3 style scoring ------------------------------------------------------------------------

@dataclass
class Counts:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type_ok: int = 0
    value_ok: int = 0

    def add(self, other: "Counts") -> None:
        for k in ("gold", "system", "strict", "relaxed", "type_ok", "value_ok"):
            setattr(self, k, getattr(self, k) + getattr(other, k))

    @staticmethod
    def _f1(hit: int, sys_n: int, gold_n: int) -> tuple[float, float, float]:
        p = hit / sys_n if sys_n else 0.0
        r = hit / gold_n if gold_n else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return 100 * p, 100 * r, 100 * f

    def scores(self) -> dict:
        out = {"gold": self.gold, "system": self.system}
        for name, hit in (("strict", self.strict), ("relaxed", self.relaxed), ("type", self.type_ok),
                          ("value", self.value_ok)):
            p, r, f = self._f1(hit, self.system, self.gold)
            out[name] = {"P": round(p, 2), "R": round(r, 2), "F1": round(f, 2)}
        return out


def align(gold: Sequence, system: Sequence) -> list[tuple[object, object]]:
    """One-to-one pairs of overlapping gold/system spans, largest overlap first (TempEval-3 relaxed match)."""
    cands = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            ov = min(g.end, s.end) - max(g.start, s.start)
            if ov > 0:
                cands.append((-ov, gi, si))
    cands.sort()
    used_g, used_s, pairs = set(), set(), []
    for _, gi, si in cands:
        if gi in used_g or si in used_s:
            continue
        used_g.add(gi)
        used_s.add(si)
        pairs.append((gold[gi], system[si]))
    return pairs


def score_doc(gold: Sequence, system: Sequence) -> tuple[Counts, list]:
    c = Counts(gold=len(gold), system=len(system))
    pairs = align(gold, system)
    for g, s in pairs:
        c.relaxed += 1
        if g.start == s.start and g.end == s.end:
            c.strict += 1
        if g.type == s.type:
            c.type_ok += 1
        if g.value == s.value:
            c.value_ok += 1
    return c, pairs


def run_resolver(docs: Sequence[GoldDoc]):
    from timeline.resolve import resolve
    return [resolve(d.text, d.dct) for d in docs]


def score_all(docs: Sequence[GoldDoc], outputs: Sequence) -> Counts:
    total = Counts()
    for d, out in zip(docs, outputs):
        c, _ = score_doc(d.timexes, out)
        total.add(c)
    return total
