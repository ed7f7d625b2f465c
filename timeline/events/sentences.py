"""Sentences with character offsets, and which of them can carry events.

syntok segments; this module only repairs what it gets wrong on news copy
(title abbreviations such as "Lt. Col.", an abbreviation that really ends a
sentence, one-paragraph-per-line text) and labels the lines that are not
prose: datelines, outlet names, repeated titles, credits and "See also" links.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from syntok.segmenter import segment as _segment
from syntok.tokenizer import Tokenizer

_TOKENIZER = Tokenizer(replace_not_contraction=False)

# An abbreviation that ends a sentence when a typical sentence opener follows.
_ABBREV_THEN_OPENER = re.compile(
    r"\b(?:U\.S|U\.K|U\.N|E\.U|D\.C|Inc|Corp|Ltd|Co|Jr|Sr|a\.m|p\.m)\.\s+"
    r"(?=(?:The|He|She|It|They|We|But|In|On|A|An|This|That|These|Those|I|Officials|However)\s)"
)
_TERMINAL = re.compile(r"[.!?…\"”’')\]]\s*$")
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z.'\-]{2,}(?:\s+[A-Z][A-Z.'\-]{2,}){0,3}"          # MOSCOW / NEW YORK
    r"(?:,\s*[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*)?)?"                 # , Ukraine / , Feb.
    r"(?:,?\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?))?"        # Feb. 16 / February 16, 2022
    r"\s*(?:\([A-Za-z .&\-]{2,30}\))?"                                 # (Reuters)
    r"|\([A-Za-z .&\-]{2,30}\))"                                       # or just (AP)
    r"\s*[—–\-]{1,2}\s+"
)
_MONTHS_DAYS = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
                r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|"
                r"thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun)\.?")
_DATE_LINE = re.compile(
    rf"^(?:(?:{_MONTHS_DAYS}|\d{{1,4}}|updated|published|posted|at|am|pm|a\.m\.|p\.m\.|gmt|utc|et|edt|est|"
    rf"\d{{1,2}}:\d{{2}})[\s,./\-|]*)+$", re.I)
_BOILERPLATE = re.compile(
    r"^\s*(?:see also|related\b|read more|read also|click here|sign up|subscribe|follow us|share this|"
    r"advertisement|watch\b|listen\b|more (?:\w+ )?coverage|photo\b|image\b|video\b|file photo)"
    r"|copyright|©|all rights reserved|contributed to this report|contributed reporting|"
    r"youtube video thumbnail|may not be (?:published|reproduced)|getty images|\b(?:ap|afp|reuters) photo\b|"
    r"\bphoto(?:graph)?:|\(photo\b|editing by|reporting by|writing by|^\s*(?:by|from)\s+[A-Z][a-z]+ [A-Z][a-z]+\s*$",
    re.I)
_QUOTE_MARKS = re.compile(r'[“”"]')
_CREDIT = re.compile(r"\breports? from [A-Z]", re.I)


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str

    @property
    def lower(self) -> str:
        return self.text.lower()


@dataclass(slots=True)
class Sentence:
    index: int                 # position among all the document's sentences
    start: int
    end: int
    text: str
    paragraph: int
    tokens: list[Token] = field(default_factory=list)
    kind: str = "body"         # "body" | "header" | "boilerplate"
    body_start: int = 0        # offset where prose starts (after a dateline)
    in_quote: bool = False     # starts inside a quotation opened earlier

    @property
    def is_body(self) -> bool:
        return self.kind == "body"


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: a blank line or a line break that ends a
    sentence or a heading separates paragraphs; a line wrapped mid-sentence does not."""
    spans: list[tuple[int, int]] = []
    start = None
    pos = prev_end = 0
    lines = text.split("\n")
    for i, line in enumerate(lines):
        line_start, line_end = pos, pos + len(line)
        pos = line_end + 1
        stripped = line.strip()
        if not stripped:
            if start is not None:
                spans.append((start, prev_end))
                start = None
            continue
        if start is None:
            start = line_start + (len(line) - len(line.lstrip()))
        prev_end = line_start + len(line.rstrip())
        nxt = lines[i + 1].lstrip() if i + 1 < len(lines) else ""
        wrapped = bool(nxt) and (stripped[-1].isalnum() or stripped[-1] in ",;-") and nxt[:1].islower()
        if not wrapped:
            spans.append((start, prev_end))
            start = None
    if start is not None:
        spans.append((start, prev_end))
    return spans


def split_sentences(text: str, title: str | None = None) -> list[Sentence]:
    """All sentences of `text` in order, with offsets and a kind."""
    sentences: list[Sentence] = []
    for para_index, (p_start, p_end) in enumerate(paragraphs(text)):
        chunk = text[p_start:p_end]
        raw = [_glue(chunk, p_start, sent) for sent in _segment(_TOKENIZER.tokenize(chunk))]
        for tokens in _repair(text, [t for t in raw if t]):
            start, end = tokens[0].start, tokens[-1].end
            sentences.append(Sentence(len(sentences), start, end, text[start:end], para_index, tokens,
                                      body_start=start))
    _label(sentences, title)
    return sentences


def _glue(chunk: str, base: int, sent) -> list[Token]:
    """syntok's tokens, with the word pieces it splits put back together: "iPhone" (not "i", "Phone"),
    "McDonald", "rebel-held", "de-escalation"."""
    out: list[Token] = []
    prev = None
    for t in sent:
        value = t.value
        if not value:
            continue
        start = t.offset + base
        if prev is not None and t.spacing in _GLUE_GAPS and value[0].isalnum() and prev.text[-1].isalnum() \
                and "'" not in value and "’" not in value and "'" not in prev.text and "’" not in prev.text:
            prev.end = start + len(value)
            prev.text = chunk[prev.start - base:prev.end - base]
            continue
        prev = Token(start, start + len(value), value)
        out.append(prev)
    return out


_GLUE_GAPS = frozenset(("", "-", "‑"))


def _repair(text: str, sents: list[list[Token]]) -> list[list[Token]]:
    merged: list[list[Token]] = []
    for tokens in sents:
        if merged:
            prev = merged[-1]
            if (len(prev) >= 2 and prev[-1].text == "." and prev[-2].text in _NAME_PREFIXES
                    and tokens[0].text[:1].isupper()) or tokens[0].text in _DASHES:
                prev.extend(tokens)
                continue
        merged.append(list(tokens))
    out: list[list[Token]] = []
    for tokens in merged:
        if len(tokens) > 3 and any(t.text in _SENTENCE_FINAL_ABBREVIATIONS for t in tokens[:-2]):
            sent_text = text[tokens[0].start:tokens[-1].end]
            for m in _ABBREV_THEN_OPENER.finditer(sent_text):
                cut = tokens[0].start + m.end()
                head = [t for t in tokens if t.start < cut]
                tail = [t for t in tokens if t.start >= cut]
                if head and tail:
                    out.append(head)
                    tokens = tail
        out.append(tokens)
    return out


_NAME_PREFIXES = frozenset("""Gen Lt Col Sen Rep Gov Sgt Capt Maj Adm Cmdr Mr Mrs Ms Dr Prof St Mt Ft Rev Gens Sens
Reps No Nos Vol Pres Supt Insp Cpl Pvt Brig Hon""".split())
_SENTENCE_FINAL_ABBREVIATIONS = frozenset("U.S U.K U.N E.U D.C Inc Corp Ltd Co Jr Sr a.m p.m".split())
_DASHES = frozenset("—–-")


def _norm(s: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", s.lower()).split())


def _label(sentences: list[Sentence], title: str | None) -> None:
    seen_body = False
    title_norm = _norm(title) if title else None
    seen_texts: set[str] = set()
    open_quote = False
    last_para = -1
    for s in sentences:
        text = s.text
        n_words = sum(1 for t in s.tokens if t.text[0].isalnum())
        short = n_words <= 40
        # the text-level tests are only worth running on lines short enough to be headers or credits
        norm = _norm(text) if short else ""
        if s.paragraph != last_para:
            open_quote = False
            last_para = s.paragraph
        s.in_quote = open_quote
        if "“" in text or '"' in text or "”" in text:
            for mark in _QUOTE_MARKS.findall(text):
                open_quote = mark == "“" or (mark == '"' and not open_quote)
        if not n_words:
            s.kind = "header"
        elif short and (_BOILERPLATE.search(text) or (_CREDIT.search(text) and n_words < 25
                                                      and " said" not in text)):
            s.kind = "boilerplate"
        elif n_words <= 12 and _DATE_LINE.match(text.strip()):
            s.kind = "header"
        elif short and (norm == title_norm or norm in seen_texts and not text.rstrip().endswith((".", "”", '"'))):
            s.kind = "header"
        elif not _TERMINAL.search(text) and (n_words <= 8 or not seen_body and n_words <= 16):
            s.kind = "header"
        elif text.rstrip().endswith(":") and n_words <= 12:
            s.kind = "header"
        else:
            seen_body = True
            if s.tokens[0].text[:1].isupper() or s.tokens[0].text == "(":
                m = _DATELINE.match(text)
                if m and m.end() < len(text):
                    s.body_start = s.start + m.end()
        if short:
            seen_texts.add(norm)
