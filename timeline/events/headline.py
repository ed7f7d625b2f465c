"""The short line a person would write for an event: subject + verb phrase, dates cut out.

"Port authority reopened the northern pier", not the whole sentence: at most HEADLINE_WORDS
words, the date expressions (the chart shows the date) and the words that introduced them cut
cleanly ("from ... to ..."), no quotation marks, leading conjunctions or dangling prepositions,
and a capital first letter.
"""
from __future__ import annotations

import re
from typing import Optional

from . import lexicon as lx
from .clauses import Clause
from .sentences import Sentence

HEADLINE_WORDS = 12
QUOTE_WORDS = 10
_QUOTE = re.compile(r"(?:“|``|\")(.{8,}?)(?:”|''|\"|$)")
_CLOSE = re.compile(r"”|''|\"")
# words that introduce a date and go with it when it is cut out of a headline
_TIMEX_LEAD_WORDS = frozenset("on in at last this next since by from to until till through during before after "
                              "between and as early late mid of around about circa the a an".split())
_PRONOUNS = frozenset("he she it they we i you who which that this these those".split())
# words a headline must not end on once a date or a clause has been cut away
_DANGLING = lx.PREPOSITIONS | lx.DETERMINERS | lx.COORDINATORS | lx.SUBORDINATORS | lx.AUXILIARIES | frozenset(
    "as early late shortly starting beginning ending ’s 's to".split())
_PHRASE_OPENERS = lx.PREPOSITIONS | lx.SUBORDINATORS | lx.COORDINATORS
_LEADING = frozenset("and but or so then yet also plus meanwhile however".split())
_CUT = None                     # marks where a date was cut out of the word list


def headline(clause: Clause, clauses: list[Clause], subject: Optional[str], quote: Optional[str],
             date_tokens: frozenset[int], names: frozenset[str] | set[str] = frozenset()) -> str:
    """`subject` is the resolved name of the clause's subject; `date_tokens` the tokens of the
    dates that govern the sentence's clauses, which the chart shows anyway."""
    tokens = clause.sentence.tokens
    if clause.kind == "noun" and clause.extra.get("possessed"):
        noun = tokens[clause.trigger].text
        return finish(f"{subject}’s {noun}" if subject else noun, keep_case=True)
    if clause.kind == "noun":
        t_start = clause.extra["timex"][0]
        return finish(join([t.text for t in tokens[:clause.trigger + 1] if t.start >= t_start]))
    last = clause.last
    if clause.reporting:
        said = [c for c in clauses if c.complement_of is not None and clauses[c.complement_of] is clause]
        if said:
            last = said[-1].last
        elif quote and (quote_before(clause) or not _words_after(clause)):
            speaker = subject or _plain_subject(clause) or _subject_after_text(clause)
            if speaker:
                return finish(f"{speaker}: “{trim_words(quote, QUOTE_WORDS)}”")
    words = cut_dates(tokens, range(clause.group[0], last + 1), date_tokens)
    if words and words[-1] == tokens[clause.trigger].text and "object" not in clause.extra and clause.kind == "verb":
        # the headline would stop at its verb ("Residents learned", "Zelensky declared"): what was
        # learned or declared follows in a "that" clause or a quotation
        at = next((k for k, c in enumerate(clauses) if c is clause), None)
        nxt = clauses[at + 1] if at is not None and at + 1 < len(clauses) else None
        if nxt is not None and nxt.marker == "that" and nxt.first <= clause.last + 2:
            last = nxt.last
            words = cut_dates(tokens, range(clause.group[0], last + 1), date_tokens)
        elif quote and clause.reporting and len(quote.split()) <= QUOTE_WORDS:
            words = words + [f"“{quote}”"]
    if last > clause.last:
        said = cut_dates(tokens, range(clause.group[0], clause.last + 1), date_tokens)
        _lower_opener(words, len(said), names)
    if "object" in clause.extra:
        # "an announcement that it made" -> "made an announcement"
        a, b = clause.extra["object"]
        at = len([g for g in clause.group if g not in date_tokens])
        words[at:at] = [t.text for t in tokens[a:b + 1]]
        _lower_opener(words, at, names)           # "The ferry, which the city bought" -> "bought the ferry"
    plain = _plain_subject(clause)
    generic = plain is None or plain.lower() in _PRONOUNS or plain.lower().split()[0] in ("it", "he", "she") \
        or (tokens[clause.subject[0]].text.lower() == "the" and len(plain.split()) == 1)
    who = (subject or plain or "") if generic else plain
    owner = clause.extra.get("owner")
    if owner and plain and plain.split()[0].lower() in ("its", "their"):
        # "its boats" -> "Harbor Transit Authority’s boats", "their sales" -> "shop owners’ sales"
        mark = "’" if owner.endswith("s") and owner[-1:].islower() and owner.split()[-1][:1].islower() else "’s"
        who = f"{owner}{mark} {plain.split(' ', 1)[1]}"
    return finish(trim_words(f"{who} {join(words)}".strip(), HEADLINE_WORDS))


def said_headline(subject: Optional[str], clause: Clause, content: tuple[int, int],
                  date_tokens: frozenset[int], names: frozenset[str] | set[str] = frozenset()) -> str:
    """"The economy is strong, economists said" -> "Economists said the economy is strong"."""
    tokens = clause.sentence.tokens
    speaker = subject or _plain_subject(clause) or ""
    verb = "said" if clause.lemma in ("say", "add") else tokens[clause.trigger].text
    words = cut_dates(tokens, range(content[0], content[1] + 1), date_tokens)
    _lower_opener(words, 0, names)
    return finish(trim_words(f"{speaker} {verb} {join(words)}".strip(), HEADLINE_WORDS))


def _lower_opener(words: list[str], at: int, names: frozenset[str] | set[str] = frozenset()) -> None:
    """"said A phony address ...", "said Boats will leave": a reported sentence keeps no capital on a
    word the dictionary knows, unless the article writes it capitalised mid-sentence too (a name)."""
    if at >= len(words):
        return
    word = words[at]
    if not word[:1].isupper() or word == "I" or word.isupper() or word in names:
        return
    low = word.lower()
    if low in _FUNCTION_WORDS or lx.is_dictionary_word(low):
        words[at] = low


_FUNCTION_WORDS = lx.STOPWORDS | lx.DETERMINERS | lx.SUBORDINATORS | lx.CONDITIONALS | lx.PREPOSITIONS


def cut_dates(tokens, span, date_tokens: frozenset[int]) -> list[str]:
    """The words of tokens[span] without the date expressions, the words that introduced them
    ("on", "from ... to"), quotation marks and trailing loose ends."""
    words: list = []
    for k in span:
        text = tokens[k].text
        if k in date_tokens or text in ("’s", "'s") and k - 1 in date_tokens:
            while words and words[-1] is not _CUT and words[-1].lower() in _TIMEX_LEAD_WORDS:
                words.pop()
            if not words or words[-1] is not _CUT:
                words.append(_CUT)
            continue
        if text in lx.QUOTES or text in ("‘", "’", "'", "`"):
            continue
        words.append(text)
    # "from [March 3] to [April 14]": a lead word between two cuts goes too
    out: list[str] = []
    for k, w in enumerate(words):
        if w is _CUT:
            continue
        between = k > 0 and words[k - 1] is _CUT and k + 1 < len(words) and words[k + 1] is _CUT
        if between and w.lower() in _TIMEX_LEAD_WORDS:
            continue
        if w == "," and out and out[-1] == ",":
            continue
        out.append(w)
    _drop_loose_ends(out)
    # "... on [Sunday], the day" / "... on [April 14], six weeks": once the date is cut, a short
    # lower-case tail after the last comma is the stump of an appositive or of a cut-off phrase
    if "," in out[-3:]:
        comma = len(out) - 1 - out[::-1].index(",")
        tail = out[comma + 1:]
        if 0 < len(tail) <= 2 and all(w.isalpha() and w.islower() for w in tail):
            del out[comma:]
            _drop_loose_ends(out)
    return out


def _drop_loose_ends(words: list[str]) -> None:
    while words and (words[-1].lower() in _DANGLING or not (words[-1][:1].isalnum() or words[-1] in _KEPT_AT_END)):
        words.pop()


_KEPT_AT_END = frozenset(("%", ")", "”"))


def quote_of(sentence: Sentence) -> Optional[str]:
    """The quoted words of a sentence, including the end of a quotation opened before it."""
    text = sentence.text
    parts = []
    if sentence.in_quote:
        close = _CLOSE.search(text)
        if close and close.start() > 0:
            parts.append(text[:close.start()].strip(" ,.…"))
            text = text[close.end():]
    parts += [m.group(1).strip(" ,.") for m in _QUOTE.finditer(text)]
    parts = [p for p in parts if len(p.split()) >= 3]
    return " … ".join(parts) if parts else None


_INNER_QUOTES = re.compile(r"``|''|[“”\"]")


def quote_runs(sentence: Sentence) -> list[tuple[int, int, str]]:
    """The quotations of a sentence as (first token, last token, words): maximal runs of quoted
    tokens (the clause analysis marks them) of at least three words."""
    quoted = sentence.quoted
    tokens = sentence.tokens
    runs = []
    k = 0
    n = len(quoted)
    while k < n:
        if not quoted[k]:
            k += 1
            continue
        j = k
        while j + 1 < n and quoted[j + 1] and not (tokens[j + 1].text in lx.OPEN_QUOTES and tokens[j].text in lx.CLOSE_QUOTES
                                                     and j > k):
            j += 1
        a, b = k, j
        while a <= b and not tokens[a].text[:1].isalnum():
            a += 1
        while b >= a and not (tokens[b].text[:1].isalnum() or tokens[b].text in _KEPT_AT_END - {"”"}):
            b -= 1
        if b >= a:
            words = sentence.text[tokens[a].start - sentence.start:tokens[b].end - sentence.start]
            words = " ".join(_INNER_QUOTES.sub(" ", words).split()).strip(" ,.…:;")
            if len(words.split()) >= 3:
                runs.append((k, j, words))
        k = j + 1
    return runs


def clause_quotes(clauses: list[Clause]) -> dict[int, str]:
    """Which reporting clause each quotation of the sentence belongs to (clause index -> quoted
    words): a quotation inside a statement's stretch (from its first token to the next statement
    that is not part of it) is that statement's ("Ben Ortiz said it was “far too early”"); a
    quotation before any statement goes to the first statement that follows it with no other words
    between ("“We waited,” she said"). "Lena Moss said on Monday that repairs were done, and Ben
    Ortiz said it was “too early”": the quotation is Ortiz's, not Moss's."""
    if not clauses:
        return {}
    sentence = clauses[0].sentence
    if not any(sentence.quoted):
        return {}
    runs = quote_runs(sentence)
    if not runs:
        return {}
    tokens = sentence.tokens
    # a ", noting that …" inside what a statement reports is still that statement's speaker talking
    heads = [i for i, c in enumerate(clauses) if c.kind == "verb" and c.reporting and not c.quoted
             and c.complement_of is None
             and not (c.extra.get("participle") and c.marker not in ("", "and", "but", "or"))]
    if not heads:
        return {}
    stretches = []
    for i in heads:
        first = clauses[i].first
        last = len(tokens) - 1
        for j, nxt in enumerate(clauses[i + 1:], start=i + 1):
            # the statement's stretch ends at the next statement, or where another main clause with a
            # subject of its own begins ("…, and the mayor called it “a triumph”"); what it reports
            # does not end it
            if j in heads:
                last = (nxt.subject[0] if nxt.subject and nxt.subject[0] < nxt.trigger else nxt.first) - 1
                break
            if nxt.complement_of is None and nxt.marker in ("", "and", "but", "or") and not nxt.quoted \
                    and nxt.subject is not None and nxt.first <= nxt.subject[0] < nxt.trigger:
                last = nxt.first - 1
                break
        stretches.append((first, last))
    found: dict[int, list[str]] = {}
    for a, b, words in runs:
        owner = None
        for i, (first, last) in zip(heads, stretches):
            if first <= a <= last and not (a < clauses[i].trigger and b < clauses[i].trigger
                                           and _words_between(tokens, b + 1, clauses[i].trigger, clauses[i])):
                owner = i
                break
        if owner is None:
            for i in heads:
                if clauses[i].trigger > b and not _words_between(tokens, b + 1, clauses[i].trigger, clauses[i]):
                    owner = i
                    break
        if owner is not None:
            found.setdefault(owner, []).append(words)
    return {i: " … ".join(parts) for i, parts in found.items()}


def _words_between(tokens, a: int, b: int, clause: Clause) -> bool:
    """Words in tokens[a:b] other than the clause's own subject and verb group?"""
    subject = range(clause.subject[0], clause.subject[1] + 1) if clause.subject else range(0)
    return any(tokens[k].text[:1].isalnum() and k not in subject and k not in clause.group
               for k in range(a, b))


def _words_after(clause: Clause) -> bool:
    """Does the verb have words of its own after it ("told reporters the plan"), not just a quote?"""
    tokens = clause.sentence.tokens
    for k in range(clause.trigger + 1, clause.last + 1):
        if tokens[k].text in lx.QUOTES:
            return False
        if tokens[k].text[:1].isalnum():
            return True
    return False


def quote_before(clause: Clause) -> bool:
    """Does a quotation end right before the reporting verb ("…,” he said)?"""
    tokens = clause.sentence.tokens
    return any(t.text in lx.CLOSE_QUOTES for t in tokens[max(0, clause.first - 1):clause.trigger])


def _plain_subject(clause: Clause) -> Optional[str]:
    if clause.subject is None:
        return None
    a, b = clause.subject
    words = [t.text for t in clause.sentence.tokens[a:b + 1] if t.text not in lx.QUOTES]
    if len(words) > 6:
        return None               # too long to head a headline: the resolved name will do
    if words and words[0].lower() in ("the", "a", "an") and len(words) > 1:
        words = words[1:]
    return join(words) or None


def _subject_after_text(clause: Clause) -> Optional[str]:
    """"…,” said a spokesman for the port": the words after the verb name the speaker."""
    tokens = clause.sentence.tokens
    words = []
    for k in range(clause.trigger + 1, min(clause.last + 1, clause.trigger + 5)):
        if not tokens[k].text[:1].isalnum() or tokens[k].text.lower() in lx.PREPOSITIONS:
            break
        words.append(tokens[k].text)
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words) or None


def join(words: list[str]) -> str:
    out = " ".join(words)
    for a, b in ((" ,", ","), (" .", "."), (" ' ", "' "), (" ’ ", "’ "), (" ’s", "’s"), (" 's", "'s"),
                 (" n’t", "n’t"), (" n't", "n't"), ("“ ", "“"), (" ”", "”"), (" ’", "’"), ("( ", "("),
                 (" )", ")"), (" ;", ";"), (" :", ":"), (" %", "%"), ("$ ", "$"), (" 're", "'re"),
                 (" 've", "'ve"), (" 'll", "'ll"), (" ’re", "’re"), (" ’ve", "’ve"), (" ’ll", "’ll")):
        out = out.replace(a, b)
    return out


def trim_words(s: str, limit: int) -> str:
    words = s.split()
    if len(words) <= limit:
        return s
    cut = words[:limit]
    # end on a comma, or before a preposition, when one is near the limit rather than mid-phrase
    for k in range(len(cut) - 1, limit * 2 // 3, -1):
        if cut[k].endswith(","):
            cut = cut[:k + 1]
            break
        if cut[k].lower() in _PHRASE_OPENERS:
            cut = cut[:k]
            break
    while len(cut) > limit // 2 and (cut[-1].lower().strip(",;:") in _DANGLING or cut[-1] == "…"):
        cut.pop()         # no "life … …" where two quotations were joined
    return " ".join(cut).rstrip(",;:") + " …"


_LOOSE_PUNCTUATION = ",;:—–-."


def finish(s: str, keep_case: bool = False) -> str:
    """The last pass every headline takes: whatever path built it, no leading conjunction, no stray
    bracket and no word left hanging at the end ("approved on )", "Crews said to")."""
    if s.count("(") != s.count(")"):
        s = s.replace("(", " ").replace(")", " ")
    s = re.sub(r"\s+", " ", s).strip()
    while True:
        s = s.lstrip(" ,;:.—–-_`'\"“”‘’)]")
        first = s.split(" ", 1)
        if len(first) == 2 and first[0].lower().rstrip(".,;:") in _LEADING:
            s = first[1]                       # "But the council", "But. said", "And: “…”"
        else:
            break
    s = s.rstrip(" ,;:—–-.(")
    words = s.split()
    while len(words) > 1 and (not (last := words[-1].lower().rstrip(_LOOSE_PUNCTUATION)) or last in _DANGLING):
        words.pop()           # "repaired from", "repaired from ,"
    s = " ".join(words).rstrip(" ,;:—–-")
    if s and not keep_case and not (len(s) > 1 and s[0].islower() and s[1].isupper()):
        s = s[0].upper() + s[1:]      # sentence case, but "iPhone" stays
    return s
