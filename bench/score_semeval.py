"""SemEval-2015 Task 4 (TimeLine, Track A): build --about timelines from raw text and score them.

usage: .venv/bin/python bench/score_semeval.py [CORPUS_DIR] [--out DIR] [--show ENTITY]
       .venv/bin/python bench/score_semeval.py --speed      # KB/s of extract_events on the TBAQ texts

CORPUS_DIR defaults to ../shared/corpora/semeval2015-timeline-trial (raw_CAT/, raw_TimeML/,
gold_timelines/). For each target entity the articles go ingest-free through
Document(text, published=DCT) -> resolve -> extract_events(about=entity) -> assemble_events(about=entity),
the timeline is written in the task format and scored with the task's metric (see `score`).

The metric, as the corpus README describes it (Minard et al. 2015, after UzZaman & Allen):
position-0 lines are not scored; every other event mention is linked SIMULTANEOUS to a node for its
date string (compared as strings) and to the events of the next position (BEFORE when the position
grows, SIMULTANEOUS when equal); each graph is transitively reduced. Precision is the share of the
system's reduced links that the gold graph's closure contains, recall the mirror; both are
micro-averaged over all target entities (counts summed).
"""
from __future__ import annotations

import argparse
import bisect
import datetime as _dt
import re
import sys
import time
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT / ".." / "shared" / "corpora" / "semeval2015-timeline-trial"

SIM, BEFORE = "SIMULTANEOUS", "BEFORE"


# --------------------------------------------------------------------------- the timeline format
@dataclass(frozen=True)
class Line:
    order: int
    date: str
    mentions: tuple[str, ...]


def parse_timeline(text: str) -> tuple[str, list[Line]]:
    """(entity, lines) of a timeline file: first line the entity, then ORDER<TAB>DATE<TAB>MENTION..."""
    rows = [r for r in text.splitlines()]
    entity = rows[0].strip() if rows else ""
    lines = []
    for row in rows[1:]:
        parts = [p for p in row.strip().split("\t") if p]
        if len(parts) >= 3:
            lines.append(Line(int(parts[0]), parts[1], tuple(parts[2:])))
    return entity, lines


def format_timeline(entity: str, lines: list[Line]) -> str:
    out = [entity]
    out += ["\t".join([str(line.order), line.date, *line.mentions]) for line in lines]
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------- the metric
class Graph:
    """A temporal graph over mention and date nodes with SIMULTANEOUS and BEFORE links.

    Its closure: SIMULTANEOUS is an equivalence (classes), BEFORE composes with it and with itself.
    """

    def __init__(self, links: list[tuple[str, str, str]]):
        self.links = sorted(set(links))
        self.parent: dict[str, str] = {}
        for a, rel, b in self.links:
            self._find(a), self._find(b)
            if rel == SIM:
                self._union(a, b)
        self.before_links: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
        for a, rel, b in self.links:
            if rel == BEFORE:
                self.before_links[(self._find(a), self._find(b))].append((a, b))
        self.successors: dict[str, set[str]] = defaultdict(set)
        for ca, cb in self.before_links:
            self.successors[ca].add(cb)
        self._reach: dict[str, frozenset[str]] = {}

    def _find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def _union(self, a: str, b: str) -> None:
        ra, rb = self._find(a), self._find(b)
        if ra != rb:
            if rb < ra:
                ra, rb = rb, ra
            self.parent[rb] = ra

    def reach(self, cls: str) -> frozenset[str]:
        """Classes strictly after `cls` (contains cls itself only through a cycle)."""
        if cls not in self._reach:
            seen: set[str] = set()
            stack = list(self.successors.get(cls, ()))
            while stack:
                c = stack.pop()
                if c not in seen:
                    seen.add(c)
                    stack.extend(self.successors.get(c, ()))
            self._reach[cls] = frozenset(seen)
        return self._reach[cls]

    def implies(self, a: str, rel: str, b: str) -> bool:
        if a not in self.parent or b not in self.parent:
            return False
        ca, cb = self._find(a), self._find(b)
        if rel == SIM:
            return ca == cb
        return cb in self.reach(ca)

    def reduced(self) -> list[tuple[str, str, str]]:
        """A transitive reduction: per SIMULTANEOUS class a star from its hub (its date node when it
        has one), and the BEFORE links between classes that no longer path implies, each realised by
        its first original link."""
        classes: dict[str, list[str]] = defaultdict(list)
        for node in sorted(self.parent):
            classes[self._find(node)].append(node)
        out: list[tuple[str, str, str]] = []
        for members in classes.values():
            members.sort(key=lambda n: (not n.startswith("DATE:"), n))
            hub = members[0]
            out += [(hub, SIM, m) for m in members[1:]]
        for (ca, cb), originals in sorted(self.before_links.items()):
            if ca != cb and any(cb in self.reach(mid) for mid in self.successors[ca] if mid not in (ca, cb)):
                continue
            a, b = min(originals)
            out.append((a, BEFORE, b))
        return out


def timeline_graph(lines: list[Line]) -> Graph:
    links: list[tuple[str, str, str]] = []
    by_order: dict[int, list[str]] = defaultdict(list)
    for line in lines:
        if line.order <= 0:
            continue
        for mention in line.mentions:
            links.append((mention, SIM, "DATE:" + line.date))
            by_order[line.order].append(mention)
    orders = sorted(by_order)
    for k, order in enumerate(orders):
        here = sorted(set(by_order[order]))
        links += [(here[0], SIM, m) for m in here[1:]]
        if k + 1 < len(orders):
            nxt = sorted(set(by_order[orders[k + 1]]))
            links += [(a, BEFORE, b) for a in here for b in nxt]
    return Graph(links)


@dataclass
class Counts:
    precision_hits: int = 0
    system_links: int = 0
    recall_hits: int = 0
    gold_links: int = 0

    def add(self, other: "Counts") -> None:
        self.precision_hits += other.precision_hits
        self.system_links += other.system_links
        self.recall_hits += other.recall_hits
        self.gold_links += other.gold_links

    @property
    def precision(self) -> float:
        return self.precision_hits / self.system_links if self.system_links else 0.0

    @property
    def recall(self) -> float:
        return self.recall_hits / self.gold_links if self.gold_links else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score(system: list[Line], gold: list[Line]) -> Counts:
    sys_graph, gold_graph = timeline_graph(system), timeline_graph(gold)
    sys_reduced, gold_reduced = sys_graph.reduced(), gold_graph.reduced()
    return Counts(
        precision_hits=sum(gold_graph.implies(*link) for link in sys_reduced), system_links=len(sys_reduced),
        recall_hits=sum(sys_graph.implies(*link) for link in gold_reduced), gold_links=len(gold_reduced),
    )


# --------------------------------------------------------------------------- the corpus
@dataclass
class Article:
    doc_id: str
    text: str
    published: _dt.date | None
    token_starts: list[int]
    token_keys: list[tuple[str, str]]     # (sentence, token text) per token, in text order


def read_article(cat_path: Path, timeml_dir: Path) -> Article:
    root = ET.parse(cat_path).getroot()
    doc_id = root.get("doc_id") or cat_path.name.split("_")[0].split("-")[0]
    sentences: dict[int, list[str]] = defaultdict(list)
    for tok in root.iter("token"):
        sentences[int(tok.get("sentence"))].append(tok.text or "")
    parts: list[str] = []
    starts: list[int] = []
    keys: list[tuple[str, str]] = []
    pos = 0
    for number in sorted(sentences):
        for k, word in enumerate(sentences[number]):
            if k and not _glued(sentences[number][k - 1], word):
                parts.append(" ")
                pos += 1
            starts.append(pos)
            keys.append((str(number), word))
            parts.append(word)
            pos += len(word)
        # headline and dateline stand on lines of their own; the body is one paragraph
        sep = "\n\n" if number < 2 else " "
        parts.append(sep)
        pos += len(sep)
    return Article(doc_id, "".join(parts), _dct(doc_id, timeml_dir), starts, keys)


# The CAT files hold tokens, not the article's text: join them back the way the text was written
# ("February 24, 1955", not "February 24 , 1955", which reads as two expressions).
_NO_SPACE_BEFORE = frozenset(", . ; : ! ? ) ] % 's ’s n't n’t 're 've 'll 'd 'm".split())
_NO_SPACE_AFTER = frozenset("( [ $".split())


def _glued(previous: str, word: str) -> bool:
    return word in _NO_SPACE_BEFORE or previous in _NO_SPACE_AFTER


def _dct(doc_id: str, timeml_dir: Path) -> _dt.date | None:
    for path in sorted(timeml_dir.glob(f"{doc_id}[_-]*.tml")):
        m = re.search(r'functionInDocument="CREATION_TIME"[^>]*value="(\d{4})-(\d{2})-(\d{2})', path.read_text())
        if m:
            return _dt.date(*map(int, m.groups()))
    return None


_PARTICLES = frozenset("off up out down back over".split())


def mention_of(article: Article, offset: int) -> str | None:
    """DOCID-SENTENCE-TOKEN of the token at `offset`; a phrasal verb takes its particle, as the task
    writes it ("showed_off")."""
    k = bisect.bisect_right(article.token_starts, offset) - 1
    if k < 0:
        return None
    sentence, word = article.token_keys[k]
    if k + 1 < len(article.token_keys) and word.islower():
        next_sentence, particle = article.token_keys[k + 1]
        if next_sentence == sentence and particle in _PARTICLES:
            word = f"{word}_{particle}"
    return f"{article.doc_id}-{sentence}-{word}"


def task_date(date) -> str:
    if date is None:
        return "XXXX-XX-XX"
    start = date.start
    if date.granularity in ("year", "decade", "century", "half", "quarter", "season"):
        return f"{start.year:04d}"
    if date.granularity in ("month", "week"):
        return f"{start.year:04d}-{start.month:02d}"
    return start.isoformat()


def build_timeline(entity: str, articles: list[Article], timexes: dict[str, list]) -> list[Line]:
    from timeline.events import assemble_events, extract_events
    from timeline.model import Document

    per_document = []
    by_id = {a.doc_id: a for a in articles}
    for article in articles:
        doc = Document(id=article.doc_id, text=article.text, published=article.published,
                       published_source="record" if article.published else None)
        events = extract_events(doc, timexes[article.doc_id], about=entity)
        per_document.append((doc.info(), events))
    result = assemble_events(per_document, about=entity)
    lines: list[Line] = []
    order = 0
    previous = None
    for event in result.events:
        date = task_date(event.date)
        if date != previous:
            order += 1
            previous = date
        mentions = tuple(m for m in (mention_of(by_id[s.doc], s.trigger.start) for s in event.sources) if m)
        if mentions:
            lines.append(Line(order, date, mentions))
    for event in result.undated:
        mentions = tuple(m for m in (mention_of(by_id[s.doc], s.trigger.start) for s in event.sources) if m)
        if mentions:
            lines.append(Line(0, "XXXX-XX-XX", mentions))
    return lines


def resolve_all(articles: list[Article]) -> tuple[dict[str, list], str]:
    try:
        from timeline.resolve import resolve
    except Exception as err:  # noqa: BLE001 - the bench reports and goes on without dates
        return {a.doc_id: [] for a in articles}, f"resolver unavailable ({err})"
    out, note = {}, ""
    for a in articles:
        try:
            out[a.doc_id] = list(resolve(a.text, a.published))
        except Exception as err:  # noqa: BLE001
            out[a.doc_id], note = [], f"resolver failed ({type(err).__name__}: {err})"
    return out, note


def speed(repeat: int = 3) -> int:
    """Throughput of extract_events alone (timexes resolved beforehand) on the TBAQ news texts."""
    from timeline.events import extract_events
    from timeline.model import Document
    from timeline.resolve import resolve

    tbaq = ROOT / ".." / "shared" / "corpora" / "tbaq"
    docs = []
    for path in sorted(tbaq.glob("*/*.tml")):
        raw = path.read_text(encoding="utf-8")
        dct = re.search(r'<DCT>.*?value="(\d{4})-(\d{2})-(\d{2})', raw, re.S)
        body = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S)
        if not body:
            continue
        text = re.sub(r"<[^>]+>", "", body.group(1)).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
        published = _dt.date(*map(int, dct.groups())) if dct else None
        docs.append(Document(id=path.stem, text=text.strip(), published=published, published_source="record"))
    if not docs:
        print(f"no TBAQ texts under {tbaq}")
        return 1
    t0 = time.perf_counter()
    timexes = [resolve(d.text, d.published) for d in docs]
    t_resolve = time.perf_counter() - t0
    size = sum(len(d.text.encode("utf-8")) for d in docs) / 1024
    best = float("inf")
    count = 0
    for _ in range(repeat):
        # CPU time of this process: other work on the machine does not count against it
        t0 = time.process_time()
        count = sum(len(extract_events(d, tx)) for d, tx in zip(docs, timexes))
        best = min(best, time.process_time() - t0)
    print(f"{len(docs)} articles, {size:.0f} KB, {count} events: {count / len(docs):.1f} per article, "
          f"{count / (size / 2):.1f} per 2 KB")
    print(f"extract_events: {size / best:.0f} KB/s of CPU time (best of {repeat}); "
          f"resolve: {size / t_resolve:.0f} KB/s wall")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    parser.add_argument("--out", default=str(ROOT / "bench" / "out" / "semeval"))
    parser.add_argument("--show", help="print the system timeline of this entity")
    parser.add_argument("--speed", action="store_true", help="measure extract_events throughput instead")
    args = parser.parse_args(argv)
    if args.speed:
        return speed()
    corpus = Path(args.corpus)
    if not (corpus / "raw_CAT").is_dir():
        print(f"no corpus at {corpus}")
        return 1
    articles = [read_article(p, corpus / "raw_TimeML") for p in sorted((corpus / "raw_CAT").glob("*.xml"))]
    t0 = time.perf_counter()
    timexes, note = resolve_all(articles)
    if note:
        print(f"warning: {note}; events fall back to publication/narrative dates only")
    out_dir = Path(args.out)
    out_dir.mkdir(parents=True, exist_ok=True)
    total = Counts()
    print(f"{'entity':28} {'P':>6} {'R':>6} {'F1':>6}  sys/gold links")
    for gold_path in sorted((corpus / "gold_timelines").glob("*.txt")):
        entity, gold = parse_timeline(gold_path.read_text())
        system = build_timeline(entity, articles, timexes)
        (out_dir / gold_path.name).write_text(format_timeline(entity, system))
        counts = score(system, gold)
        total.add(counts)
        print(f"{entity:28} {100 * counts.precision:6.2f} {100 * counts.recall:6.2f} {100 * counts.f1:6.2f}"
              f"  {counts.system_links}/{counts.gold_links}")
        if args.show and args.show.lower() == entity.lower():
            print(format_timeline(entity, system))
    print(f"{'micro':28} {100 * total.precision:6.2f} {100 * total.recall:6.2f} {100 * total.f1:6.2f}"
          f"  {total.system_links}/{total.gold_links}")
    print(f"{len(articles)} articles, {time.perf_counter() - t0:.1f} s; timelines in {out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
