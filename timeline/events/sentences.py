"""Sentences with character offsets, and which of them can carry events.

One regular expression tokenizes a paragraph and a few rules cut it into
sentences: the decisions syntok makes (a lower-case word, a comma or a
number after a period continues the sentence; a title, an initial or a month
before "16" never ends one), plus what news copy needs on top (an abbreviation
such as "U.S." or "Inc." ends a sentence only before a typical opener; a
dateline "MOSCOW (AP) _" is not prose). Doing it in one pass is about three
times faster than running syntok and repairing its output, which matters at
10,000 articles. The lines that are not prose are labelled: datelines, outlet
names, repeated titles, credits and "See also" links.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

# Token shapes, tried in order: dotted abbreviations ("U.S.", "a.m."), numbers with inner
# punctuation ("4.5", "358,000", "10:30"), words with inner hyphens or an inner apostrophe
# ("rebel-held", "O'Brien", "iPhone"), clitics after a word ("'s", "'re", and the "'t" of "don't",
# which `tokenize` turns into "do" + "n't"), TeX-style quotes, ellipses and double dashes, then
# any other single character.
_TOKEN = re.compile(r"""
    (?:[A-Za-z]\.){2,}(?![A-Za-z0-9])
  | \d+(?:[.,:/]\d+)+(?:[-‑]\w+)*
  | [^\W_]+(?:(?:[-‑]|['’](?!(?:s|re|ve|ll|d|m|t)\b))[^\W_]+)*
  | (?<=\w)['’](?:s|re|ve|ll|d|m|t)\b
  | ``|''|\.{2,}|--+
  | \S
""", re.X)
_TERMINALS = frozenset((".", "!", "?", "…", "...", "....", "?!", "!?"))
_CLOSERS = frozenset(("”", "’", "'", "''", '"', ")", "]", "»"))
_OPENERS = frozenset(("“", "‘", "``", '"', "'", "(", "[", "«"))
# Before a period these never end a sentence: titles and name prefixes ("Gen. Omar Hale").
_NAME_PREFIXES = frozenset("""Gen Lt Col Sen Rep Gov Sgt Capt Maj Adm Cmdr Mr Mrs Ms Dr Prof St Mt Ft Rev Gens Sens
Reps No Nos Vol Pres Supt Insp Cpl Pvt Brig Hon Messrs Mme Msgr Gov Atty Det Fr Sr Jr vs""".split())
_MONTH_ABBREVIATIONS = frozenset("Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split())
# These end a sentence only before a typical opener ("moved to the U.S. The workers stayed").
_SOFT_ABBREVIATIONS = frozenset("Inc Corp Co Ltd Bros Cos Calif etc approx Ave Blvd".split())
_SENTENCE_OPENERS = frozenset("""The He She It They We But In On A An This That These Those I Officials However
Meanwhile And Its His Her Their There At For After Before When While If As Some Many Most Other Another
Still Yet Also Then Now Last Next""".split())
_TERMINAL = re.compile(r"[.!?…\"”’')\]]\s*$")
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z.'\-]{2,}(?:\s+[A-Z][A-Z.'\-]{2,}){0,3}"          # MOSCOW / NEW YORK
    r"(?:,\s*[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*)?)?"                 # , Ukraine / , Feb.
    r"(?:,?\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?))?"        # Feb. 16 / February 16, 2022
    r"\s*(?:\([A-Za-z .&\-]{2,30}\))?"                                 # (Reuters)
    r"|\([A-Za-z .&\-]{2,30}\))"                                       # or just (AP)
    r"\s*(?:[—–\-]{1,2}|_)\s+"
)
_MONTHS_DAYS = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
                r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|"
                r"thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun)\.?")
_DATE_LINE = re.compile(
    rf"^(?:(?:{_MONTHS_DAYS}|\d{{1,4}}|updated|published|posted|at|am|pm|a\.m\.|p\.m\.|gmt|utc|et|edt|est|"
    rf"\d{{1,2}}:\d{{2}})[\s,./\-|]*)+$", re.I)
_BOILERPLATE_OPENING = re.compile(
    r"\s*(?:see also|related\b|read more|read also|click here|sign up|subscribe|follow us|share this|"
    r"advertisement|watch\b|listen\b|more (?:\w+ )?coverage|photo\b|image\b|video\b|file photo)", re.I)
# Substrings of credits and legal lines, tested on the lower-cased line: plain `in` tests are many
# times faster than one case-insensitive alternation over every sentence.
_BOILERPLATE_PHRASES = ("copyright", "©", "all rights reserved", "contributed to this report", "contributed reporting",
                        "youtube video thumbnail", "may not be published", "may not be reproduced", "getty images",
                        "photo:", "photograph:", "(photo", "editing by", "reporting by", "writing by")
_AGENCY_PHOTO = re.compile(r"\b(?:ap|afp|reuters) photo\b")
_BYLINE = re.compile(r"\s*(?:[Bb]y|BY|[Ff]rom)\s+[A-Z][a-z]+ [A-Z][a-z]+\s*$")


def _boilerplate(text: str) -> bool:
    low = text.lower()
    if any(phrase in low for phrase in _BOILERPLATE_PHRASES):
        return True
    if "photo" in low and _AGENCY_PHOTO.search(low):
        return True
    return bool(_BOILERPLATE_OPENING.match(text) or _BYLINE.match(text))


_QUOTE_MARKS = re.compile(r'[“”"]|``|\'\'')
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
    lows: list[str] = field(default_factory=list)   # lower-cased token texts, filled by the clause analysis
    quoted: list[bool] = field(default_factory=list)  # per token: inside a quotation (clause analysis)

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
        for tokens in _split(tokenize(text, p_start, p_end)):
            if _bulleted(text, tokens):
                del tokens[0]
            start, end = tokens[0].start, tokens[-1].end
            sentences.append(Sentence(len(sentences), start, end, text[start:end], para_index, tokens,
                                      body_start=start))
    _label(sentences, title)
    return sentences


# fuzz2 (stop 27): the mark of a bulleted line ("* On March 3 the council voted") is no word of its sentence;
# left in, the clause had no subject and the line gave no event
_BULLETS = frozenset("*•-–·▪‣◦")


def _bulleted(text: str, tokens: list[Token]) -> bool:
    if len(tokens) < 2 or tokens[0].text not in _BULLETS or tokens[1].start == tokens[0].end:
        return False
    line_start = text.rfind("\n", 0, tokens[0].start) + 1
    return not text[line_start:tokens[0].start].strip()


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    end = len(text) if end is None else end
    tokens = [Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, end)]
    if "n't" in text[start:end] or "n’t" in text[start:end]:
        _split_negations(tokens)
    return tokens


def _split_negations(tokens: list[Token]) -> None:
    """"don't" -> "do" + "n't", "won't" -> "wo" + "n't", as syntok and the Penn Treebank split them."""
    for k in range(len(tokens) - 1, 0, -1):
        clitic, word = tokens[k], tokens[k - 1]
        if clitic.text in ("'t", "’t") and word.end == clitic.start and len(word.text) > 1 and word.text[-1] in "nN":
            word.end -= 1
            word.text = word.text[:-1]
            clitic.start -= 1
            clitic.text = "n" + clitic.text


def _split(tokens: list[Token]) -> list[list[Token]]:
    out: list[list[Token]] = []
    first = 0
    n = len(tokens)
    i = 0
    while i < n:
        text = tokens[i].text
        if text in _TERMINALS or (text[-1] == "." and _dotted(text)):
            last = i
            while last + 1 < n and tokens[last + 1].text in _CLOSERS and tokens[last + 1].start == tokens[last].end:
                last += 1
            if last + 1 < n and _ends_sentence(tokens, i, last):
                out.append(tokens[first:last + 1])
                first = last + 1
            i = last + 1
            continue
        i += 1
    if first < n:
        out.append(tokens[first:])
    return out


def _dotted(text: str) -> bool:
    """A dotted abbreviation: "U.S.", "a.m."."""
    return len(text) > 2 and text[-1] == "." and text[-3] == "." and text[0].isalpha()


def _ends_sentence(tokens: list[Token], i: int, last: int) -> bool:
    """Does the terminal tokens[i] (with its closing quotes up to tokens[last]) end a sentence?"""
    nxt = tokens[last + 1].text
    if nxt in _OPENERS and last + 2 < len(tokens):
        after = tokens[last + 2].text
    else:
        after = nxt
    if not (after[:1].isupper() or after[:1].isdigit() or nxt in _OPENERS):
        return False            # a lower-case word, a comma, a dash: the sentence goes on
    if nxt[:1].isdigit() and tokens[last + 1].start == tokens[last].end:
        return False            # "3.5" split oddly, "No.1"
    text = tokens[i].text
    if text == "." and i > 0 and tokens[i - 1].end == tokens[i].start:
        before = tokens[i - 1].text
        if before in _NAME_PREFIXES or (len(before) == 1 and before.isupper()):
            return False        # "Gen. Omar Hale", "John F. Kennedy"
        if before in _MONTH_ABBREVIATIONS and nxt[:1].isdigit():
            return False        # "Feb. 16"
        if before in _SOFT_ABBREVIATIONS:
            return after in _SENTENCE_OPENERS
    elif _dotted(text):
        return after in _SENTENCE_OPENERS     # "U.S." before "The" ends a sentence; before "Embassy" not
    return True


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
        # only counts up to 40 matter below, and a line of more than 80 tokens has more than 40 words
        n_words = sum(1 for t in s.tokens if t.text[0].isalnum()) if len(s.tokens) <= 80 else 41
        short = n_words <= 40
        # the text-level tests are only worth running on lines short enough to be headers or credits
        norm = _norm(text) if short else ""
        if s.paragraph != last_para:
            open_quote = False
            last_para = s.paragraph
        s.in_quote = open_quote
        if "“" in text or '"' in text or "”" in text or "``" in text or "''" in text:
            for mark in _QUOTE_MARKS.findall(text):
                open_quote = mark in ("“", "``") or (mark == '"' and not open_quote)
        if not n_words:
            s.kind = "header"
        elif short and (_boilerplate(text) or (_CREDIT.search(text) and n_words < 25
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
