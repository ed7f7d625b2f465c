"""Tense and cue words around an expression: does "Sunday" mean the last or the next one?

The clause around the expression is scanned outwards word by word; the nearest decisive cue wins
("will leave ... after the exercise ends on Sunday": "ends" is not decisive, "will" is -> future;
"Russia said Wednesday it would ...": "said" is nearer than "would" -> past).
"""
from __future__ import annotations

import re
from typing import NamedTuple, Optional

PAST, FUTURE = "past", "future"

# Present tense of verbs that announce a scheduled event ("the two leaders meet Monday").
_SCHEDULE_PRESENT = {
    "meet", "meets", "begins", "starts", "resumes", "opens", "convenes", "arrives", "visits", "travels",
    "votes", "faces", "hosts", "takes", "heads", "leaves", "departs", "returns", "flies",
    "ends", "closes", "reopens", "launches", "debuts", "premieres", "kicks", "wraps", "goes", "testifies",
    "plays", "airs", "hears", "reconvenes", "addresses", "holds", "appears", "gathers", "sits", "expires",
    "runs", "passes",
    # "the parade steps off at 10 a.m. Saturday", "the chairman steps down Friday"
    "steps",
    # ceremonies and performances are announced in the present as much as meetings are
    "graduates", "performs", "competes",
    # the sky's timetable in almanacs and sky columns: "On Friday the Moon rises at 9:12 pm", "Jupiter
    # clears the rooftops by 11 pm on Thursday" ("sets", "crosses", "peaks" mislead in other news)
    "rises", "clears",
    # a product's or a release's date: "the patch ships on Thursday", "the update ships Monday"
    "ships",
    # a race's or a stage's end in previews: "the stage on Saturday finishes on a climb"
    "finishes",
    # a speaker's engagements in an itinerary or a briefing: "On Thursday he delivers remarks", "she
    # speaks at the summit Monday"
    "delivers", "speaks",
    # Round 79: a birthday ahead ("she turns 90 on the 12th"), an almanac's phase of the moon ("the moon
    # reaches first quarter on Friday")
    "turns", "reaches",
}
# Round 99: the verbs of the sky's timetable that mislead in other news ("prices peak", "the court sets"),
# and the bodies whose timetable they then tell ("the Sun crosses the equator", "Mars sets at 3 a.m.").
_SKY_PRESENT = frozenset(("crosses", "sets", "peaks", "passes", "transits", "culminates", "reappears", "vanishes"))
_SKY_BODIES = frozenset(("sun", "moon", "mercury", "venus", "mars", "jupiter", "saturn", "uranus", "neptune",
                         "comet", "planet", "star", "shower", "eclipse"))
# Words that make "ships" a noun of vessels ("cargo ships", "war ships"), not the verb of a release.
_VESSEL_KINDS = frozenset(("cruise", "cargo", "container", "naval", "navy", "war", "fishing", "supply",
                           "passenger", "merchant", "tanker", "research"))
# Words that make "finishes" a noun of results ("two photo finishes on Sunday", "three podium finishes"),
# not a stage's end told in the present.
_FINISH_KINDS = frozenset(("photo", "podium", "close", "strong", "dramatic", "consecutive", "straight", "top",
                           "two", "three", "four", "five", "several", "many", "their", "his", "her", "its"))
_FUTURE_WORDS = {
    "will", "'ll", "shall", "wo", "would", "next", "upcoming", "scheduled", "schedule", "slated", "expected",
    "expects", "expect", "intends", "intend", "due", "tomorrow", "coming",
    "going", "forthcoming", "soon", "later", "aims", "hopes", "hope", "want", "wants", "await", "be", "might",
    "awaits", "awaiting", "unless", "pending", "effective", "payable", "expire", "starting",
} | _SCHEDULE_PRESENT
# The base form of the same schedule verbs: in news the present simple with a time names what is
# scheduled ("Talks start Monday", "Polls close at 8 p.m.", "The new rules take effect in June").
# A base form counts only as a verb: not after a determiner or a preposition ("the start", "at the
# close", "an end"), not as an infinitive ("failed to vote Monday": the governing verb decides), and
# "did not start" is past. Only before the time: after it, a base form is mostly a noun ("On Monday,
# Smith, head of the ..."). Reporting verbs ("says Monday") are no cue: the clause's other words or the
# news default (past) decide.
_SCHEDULE_BASE = {
    "start", "begin", "open", "reopen", "close", "end", "resume", "arrive", "leave", "depart", "vote",
    "convene", "return", "expire", "launch", "debut", "premiere", "kick", "wrap", "take", "go", "travel",
    "visit", "testify", "appear", "fly", "gather", "play", "hold", "head", "reconvene", "air", "hear",
    # sports fixtures, with a plural team name ("City host Brennfield on Saturday")
    "host", "face",
    "run", "report",
    "graduate", "perform", "compete",
    # Round 145: a festival's bill told in the present with a plural or named act ("the Saints headline Saturday
    # night"); after a determiner it stays the noun ("the headline on Sunday")
    "headline",
}
# A schedule in the present only when it runs "from" the time ("recess runs from Dec. 21").
_RUNS_FROM = {"runs", "run"}
# Present-tense verbs of duration before "through" (an adjective may stand between): the period runs on
# from now ("the budget runs through Sept. 30", "remains valid through"), whatever past participle
# stands earlier in the clause.
_LASTS_PRESENT = {"runs", "run", "lasts", "continues", "continue", "extends", "extend", "remains", "remain",
                  "stays", "stay", "applies", "apply", "is", "are"}
# Past-tense verbs of lasting before "until": the time is when it stopped, not a deadline.
_LASTED = {"continued", "lasted", "stayed", "remained", "waited", "worked", "talked", "negotiated", "sat",
           "stood", "slept", "raged", "burned", "lingered", "persisted", "danced", "partied", "played",
           "dragged", "ran", "kept", "lived", "served"}
_WENT_ON = {"went", "dragged", "carried", "stayed", "held", "hung"}
_NOT_A_VERB_BEFORE = {"of", "at", "in", "on", "for", "with", "from", "by", "after", "before", "until", "since",
                      "to", "into", "than", "and", "or", "s", "'s"}
# "plans" is a noun as often as a verb ("vacation plans") and "planned" an adjective: they count only
# where they govern the expression (see tense()).
_PLAN_WORDS = {"plans", "plan", "planning", "planned", "intended", "prepared", "preparing"}
# Nouns "planning" modifies ("a planning meeting", "the planning board"): there it is no verb of intent.
_PLANNING_NOUNS = frozenset({"meeting", "meetings", "session", "sessions", "committee", "commission", "board",
                             "permission", "application", "applications", "rules", "process", "officials",
                             "department", "office", "consent", "approval", "authority", "hearing",
                             "workshop", "documents", "policy", "panel", "council", "inspector", "stage"})
# Past-tense verbs of decision that look ahead when an infinitive follows: "decided to admit them in
# March", "agreed to hand over the files by Friday" (but "agreed to the deal on Tuesday" is past).
_INTENT_WORDS = {"decided", "agreed", "promised", "pledged", "vowed", "threatened", "offered", "voted",
                 "resolved", "undertook", "committed"}
# Round 91: nouns of a decision that look ahead to the infinitive after them ("the decision to close ...").
_DECISION_NOUNS = frozenset({"decision", "plan", "plans", "proposal", "proposals"})
# Round 108: a contract's option or obligation to buy, which looks ahead as a decision does.
_OPTION_NOUNS = frozenset({"option", "obligation"})
# Review fixes (stop 24): an option told as taken up after the time ("..., which they exercised", "an option
# they later triggered"): no longer ahead, the clause's own tense decides.
_OPTION_TAKEN_AFTER = re.compile(r"[^.;!?\n]{0,80}?\b(?:exercised|triggered|activated|invoked|took[ \t]+up|"
                                 r"taken[ \t]+up|took[ \t]+(?:it|that)[ \t]+up)\b")
# An intent verb governing a chain of infinitives ("promised to X and to Y in the spring").
_INTENT_TO = re.compile(r"\b(?:promised|promises|pledged|pledges|vowed|vows|agreed|decided|plans|intends|"
                        r"hopes|wants|aims|expects|is going|are going)[ \t]+to\b")
# Participles that schedule what follows "for": "planned for Saturday", "set for Saturday".
_SCHEDULED_FOR = {"planned", "set", "slated", "scheduled", "booked", "penciled", "pencilled", "earmarked",
                  "targeted", "targetted", "timetabled", "pegged",
                  "listed"}    # (a court's diary: "the hearing listed for May")
# Ambiguous -ed/-en forms that are usually adjectives or nouns in news, not past tense.
_NOT_PAST = {
    "need", "needed", "speed", "feed", "seed", "proceed", "exceed", "succeed", "indeed", "red", "bed", "shed",
    "hundred", "united", "limited", "based", "used", "related", "planned", "scheduled", "expected", "proposed",
    "called", "named", "supposed", "interested", "concerned", "advanced", "armed", "detailed", "alleged",
    "allied", "divided", "embed", "breed", "greed", "weed", "wed", "ted", "fred", "ed", "ned", "reed",
    "deed", "creed", "heed", "bleed", "slated", "naked", "wicked", "rugged", "sacred", "beloved", "crooked",
    "jagged", "ragged", "wretched",
}
_PAST_WORDS = {
    "was", "were", "had", "did", "said", "told", "went", "came", "took", "made", "gave", "met", "left", "held",
    "began", "saw", "found", "got", "won", "lost", "fell", "rose", "spoke", "wrote", "sold", "bought",
    "brought", "thought", "sent", "spent", "paid", "ran", "struck", "became", "fought", "knew", "felt",
    "kept", "built", "broke", "chose", "drove", "flew", "grew", "hung", "laid", "meant",
    "rang", "sat", "shot", "slept", "stood", "stole", "swore", "taught",
    "threw", "understood", "woke", "wore", "ago", "last", "yesterday", "earlier", "previously", "former",
    "recently", "already", "since", "ended", "closed", "died", "killed", "arrested", "announced",
    "reported", "attacked", "happened", "occurred", "returned", "fled", "sought", "led", "dealt", "lent",
    "begun", "done", "seen", "gone", "taken", "given", "been",
    "eaten", "spoken", "written", "stolen", "chosen", "forgotten", "hidden", "ridden", "risen", "shaken",
    "sworn", "thrown", "torn", "worn", "woken",
    # more irregular pasts a retrospective story is told in ("sang it on Christmas Day", "caught a train")
    "sang", "swam", "rode", "drank", "sank", "shook", "froze", "caught", "drew", "blew", "withdrew",
    "overcame", "forgot", "forgave", "arose", "awoke", "shone", "strode", "sprang", "wept", "crept", "swung",
    # and the pasts of digging, searching and building work a history or a dig report is told in ("nobody
    # dug there until April", "the tide swept the hull") (round 63)
    "dug", "swept", "spun", "stuck", "slid", "clung",
    # Round 108: the past of an injury report ("tore a hamstring in Saturday's draw")
    "tore",
}
# Words that announce the future when "to" follows: "is set to", "poised to", "likely to", "is to resume".
_BEFORE_TO = {"set", "poised", "likely", "ready", "unlikely", "about", "is", "are", "am"}
# Quotes bound a clause too: in `"He will leave Thursday," Castro said` the quote's tense counts.
# Parentheses do not: "will leave at 4 in the morning (4 a.m. Thursday)".
# (Every alternative starts with a literal, the class written out as one each: then the engine skips to
# those characters; with a class among them it tried the alternatives at every character.)
_CLAUSE_END = re.compile(r"\.|;|!|\?|\n|\"|“|”|''|``|,\s+(?:but|and|while|although|though)\b")
_WORD = re.compile(r"[a-z']+")
# A present-tense copula whose predicate is the time itself, a clock time or "midnight"/"noon" at most
# between them: "The vote is Tuesday", "The game is on Saturday", "The deadline is midnight on Friday",
# "the deadline falls on Friday".
_COPULA_BEFORE = re.compile(r"(?<![\w'])(?:is|are|remains|remain|stays|stay|falls)[ \t]+(?:still[ \t]+)?(?:(?:midnight|noon|\d{1,2}(?:[:.]\d\d)?[ \t]*"
                            r"[ap]\.?[ \t]?m\b\.?|\d{1,2}[:.]\d\d)[ \t]+)?(?:(?:on|at)[ \t]+)?$")
_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day")
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "vs", "jr", "sr", "gen", "gov", "sen", "rep", "lt", "col", "sgt", "capt",
    "inc", "co", "corp", "ltd", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "ala", "ariz", "calif", "colo", "conn", "fla", "ga", "ill", "ind", "kan", "ky", "la", "md",
    "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va",
    "vt", "wash", "wis", "wyo",
}
# Round 119: the months among the abbreviations, for a day-first date closing a sentence ("on 23 Oct.").
_MONTH_ABBREVIATIONS = frozenset({"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
                                  "dec"})
# An -ed word after a determiner is an adjective ("a still unspecified date", "the planned merger").
_DETERMINERS = {"a", "an", "the", "this", "that", "these", "those", "its", "his", "her", "their", "our",
                "my", "your", "some", "any", "no", "each", "every", "still", "newly"}
_MAX_WORDS = 12
# Adjectives of order between a determiner and a participle used as an adjective ("a final televised debate").
_ORDER_ADJECTIVES = {"final", "first", "second", "third", "last", "next", "new", "further", "rare", "special"}
# After a preposition an -ed word is an adjective of the noun it governs ("with guided tours", "of armed men").
_PREPOSITIONS = {"of", "with", "without", "for", "about", "by", "at", "in", "on", "from", "into", "among", "under",
                 "over"}
# Before a participle, the words that leave it a verb of the clause: an auxiliary ("was written by", "had
# been sold by"), a negation, or a conjunction or adverb that may open a verb phrase ("and signed by").
_PASSIVE_AUX = {"was", "were", "is", "are", "be", "been", "being", "had", "has", "have", "got", "get", "gets",
                "not", "n't", "never", "and", "or", "then", "later", "also"}
# Determiners of a singular noun: "the season premiere" is a compound noun, not "the season" + a verb.
_SINGULAR_DETERMINERS = {"a", "an", "the", "this", "that", "its", "his", "her", "each", "every"}
# Adverbs that may stand between a modal and "be": "would still be held", "will probably be signed".
_ADVERBS = {"still", "also", "not", "probably", "likely", "then", "now", "only", "again", "already", "just",
            "definitely", "certainly", "possibly", "finally", "formally", "officially", "n't"}


def _classify(word: str) -> Optional[str]:
    if word in _FUTURE_WORDS:
        return FUTURE
    # Round 91: untokenized text keeps the contraction on its pronoun ("they'll haul her out in June",
    # "we won't know until March"): _WORD reads "they'll" as one word, and it is as future as "will".
    if word.endswith("'ll") or word == "won't":
        return FUTURE
    if word in _PAST_WORDS:
        return PAST
    if len(word) > 4 and word.endswith("ed") and word not in _NOT_PAST:
        return PAST
    return None


# An -ed word joined by a hyphen to a noun or adverb is a compound adjective ("a short-lived squeeze",
# "state-owned banks", "long-awaited talks"), no past tense; after a verb prefix it stays a verb
# ("was re-elected", "co-founded the firm", "test-fired a missile").
_COMPOUND_ED = re.compile(r"(?<![a-z'])([a-z]+)-([a-z]+ed)(?![a-z'-])")
_VERB_PREFIXES = {"re", "co", "pre", "de", "un", "mis", "over", "out", "under", "up", "down", "cross", "double",
                  "test", "fast", "spot", "hand", "air", "court", "counter", "back", "sub", "self", "inter",
                  "cold", "sweet", "dry", "deep", "hard", "stir", "spring"}
_COMPOUND_ADJ = "adj"
_NUMBER_WORDS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                 "dozen", "dozens", "hundreds", "thousands", "several", "both"}


def _words(low: str, a: int, b: int) -> list[str]:
    seg = low[a:b]
    if "-" in seg:
        seg = _COMPOUND_ED.sub(lambda m: m.group(0) if m.group(1) in _VERB_PREFIXES
                               else f"{m.group(1)} {_COMPOUND_ADJ}", seg)
    return _WORD.findall(seg)


def _holds(low: str, lo: int, hi: int, words: tuple[str, ...]) -> bool:
    """Does low[lo:hi] hold one of `words`? Asked before a search bounded the same way whose every match holds
    one of them: such a search ends in "$" and so tries every position of its window, for each of the ~600
    calls of tense() on TBAQ, where a substring test is a scan in C (perf15)."""
    for w in words:
        if low.find(w, lo, hi) >= 0:
            return True
    return False


def _sentence_dot(low: str, i: int) -> bool:
    """Is the dot at low[i] the end of a clause, not of an abbreviation ("Feb.", "U.S.", "vs.")?"""
    if i + 1 < len(low) and not low[i + 1].isspace():
        return False
    # "at 1 p.m.. The race lasted": a stop written after an abbreviation's own ends the sentence
    if i > 1 and low[i - 1] == "." and low[i - 2].isalpha():
        return True
    j = i
    while j > 0 and low[j - 1].isalpha():
        j -= 1
    word = low[j:i]
    if word in _MONTH_ABBREVIATIONS and j >= 2 and low[j - 1] == " " and low[j - 2].isdigit() \
            and not low[i + 1:i + 3].strip()[:1].isdigit():
        return True    # Round 119: "at home Sat 23 Oct. Tickets on sale Monday": a day-first date writes its
                       # month without a dot of its own, so the dot after it ends the sentence ("Oct. 23" and
                       # "23 Oct. 2021" keep theirs)
    return not (len(word) == 1 or word in _ABBREVIATIONS or (j > 0 and low[j - 1] == "."))


# _clause per text: the checks of one expression (tense, present_clause, plan_told_in_past, ...) each ask
# for the same bounds. The text last asked about is held (so that an `is` test cannot meet a new text at
# the address of a freed one) with its answers by (start, end).
_CLAUSE_MEMO: list = [None, {}]


def _clause(low: str, start: int, end: int) -> tuple[int, int]:
    memo = _CLAUSE_MEMO
    if memo[0] is not low:
        memo[0] = low
        memo[1] = {}
    found = memo[1].get((start, end))
    if found is None:
        found = memo[1][(start, end)] = _clause_bounds(low, start, end)
    return found


def _clause_bounds(low: str, start: int, end: int) -> tuple[int, int]:
    lo = max(0, start - 200)
    left = lo
    # the last clause end before the expression: read backwards, so that only the dots after it are tested
    for m in reversed(list(_CLAUSE_END.finditer(low, lo, start))):
        if m.group(0) == "." and not _sentence_dot(low, m.start()):
            continue
        left = m.end()
        break
    right = min(len(low), end + 200)
    for m in _CLAUSE_END.finditer(low, end, right):
        if m.group(0) == "." and not _sentence_dot(low, m.start()):
            continue
        right = m.start()
        break
    return left, right


# A headline: the first line of a text, short, without a final stop, with body text after it.
_HEADLINE_MAX_CHARS = 160
_HEADLINE_MAX_WORDS = 16
_WRAPPED_LINE = 55


# A month standing alone at the head of a section ("January. Three days of rain swelled the river ..." in a
# review of the year told month by month, "March:" opening a paragraph of a chronology): the line begins
# with it and a full stop or colon ends it before the section's first sentence (or the line ends there).
_SECTION_HEAD_END = re.compile(r"[.:]?[ \t]*\n[ \t]*(?=\S)|[.:][ \t]+(?=[\"\u201c]?[A-Z0-9])")


def section_heading(text: str, start: int, end: int) -> Optional[int]:
    """Where the section headed by text[start:end] begins, when that word stands alone as the heading of
    a paragraph (see _SECTION_HEAD_END); else None. Reads the original text (the capital after the stop)."""
    i = start
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    if i > 0 and text[i - 1] != "\n":
        return None
    m = _SECTION_HEAD_END.match(text, end)
    return None if m is None else m.end()


def in_headline(low: str, start: int) -> bool:
    """Is low[start] on a headline-like first line ("Stocks close higher Friday" above the story)?
    Headlines put past events in the present tense, so there a present-tense schedule verb is no cue
    for the future; "to" + verb ("Talks to resume Monday") and "will" still are."""
    if start > _HEADLINE_MAX_CHARS + 8:
        return False
    i = 0
    while i < len(low) and low[i] in " \t\r\n":
        i += 1
    nl = low.find("\n", i, i + _HEADLINE_MAX_CHARS + 1)
    if nl < 0 or not i <= start < nl or not low[nl:nl + 400].strip():
        return False
    line = low[i:nl].strip()
    if not line or line[-1] in ".;:,\"”'" or len(line.split()) > _HEADLINE_MAX_WORDS:
        return False
    # Hard-wrapped body text also has a first line without a stop: a long first line counts only when a
    # blank line sets it apart.
    return len(line) < _WRAPPED_LINE or low[nl + 1:nl + 80].lstrip(" \t\r")[:1] == "\n"


class _Clause(NamedTuple):
    """What the checks of tense() read about one expression low[start:end], built once per call: the
    clause bounds (left, right), the words before it (nearest first) and after it (at most _MAX_WORDS
    each), whether the expression names a weekday and whether it stands in a headline."""
    low: str
    start: int
    end: int
    left: int
    right: int
    before: list[str]
    after: list[str]
    weekday: bool
    headline: bool


# A check's answer that ends the reading with no tense (tense() returns None): the clause was read and
# settles on neither, so the later checks are not asked. A check's plain None asks the next one.
_NEITHER = "neither"


def _lasted_until(c: _Clause) -> Optional[str]:
    """A verb of lasting just before "until": "talks continued until 2 a.m. Wednesday", "the party went on
    until Sunday" -> PAST."""
    before = c.before
    if before and before[0] in ("until", "till") and len(before) > 1 and (
            before[1] in _LASTED or before[1] == "on" and len(before) > 2 and before[2] in _WENT_ON):
        return PAST
    return None


_UNTIL_NEGATORS = {"nobody", "never", "nothing", "none", "neither", "noone"}


def _did_until(c: _Clause) -> Optional[str]:
    """"until" after "did" (or "was not") or a verb of lasting, before any future word: "the boxes did not
    reach the port until Monday" is when it finally happened; "the family lived on canned beans until late March" when it
    stopped -> PAST."""
    before = c.before
    if before and before[0] in ("until", "till") and "had" not in before:
        for w in before[1:8]:
            if _classify(w) == FUTURE:
                break
            if w in ("did", "didn't", "wasn't", "weren't") or w in _LASTED:
                return PAST
            # "were not granted one until December": a past passive held off until then
            if w in ("was", "were") and "not" in before[1:8]:
                return PAST
            # "nobody dug there until April", "it never came back until May": a past verb under a negative
            # subject or "never" is held off until then, when it happened (round 63)
            if _classify(w) == PAST and any(n in _UNTIL_NEGATORS for n in before[1:8]):
                return PAST
        # "the power was off for four days, until Tuesday": a stretch of known length that ended then,
        # told in the past (a past verb or "was" before "for"), is over, no deadline
        if len(before) > 4 and before[1] in _UNIT_WORDS and before[3] == "for" \
                and (before[2].isdigit() or before[2] in _NUMBER_WORDS or before[2] in ("a", "an", "one", "few")):
            for w in before[4:8]:
                if w in _MODALS or _classify(w) == FUTURE:
                    break
                if w in ("was", "were") or _classify(w) == PAST:
                    return PAST
    return None


def _weekday_subject(c: _Clause) -> Optional[str]:
    """The weekday as the subject of a present tense: "Sunday is family day", "Friday morning brings the
    jobs report" -> FUTURE."""
    after = c.after
    if c.weekday and after[:1] and after[0] in _SUBJECT_PRESENT and (
            not c.before or _names_an_event(c.before)):
        return FUTURE
    if c.weekday and c.before[:1] and c.before[0] in _REPORTING and after[:1] and after[0] in _MODALS \
            and after[1:2] != ["have"]:
        return FUTURE    # "a spokesman said Friday afternoon would be the busiest": the weekday is the
                         # subject of what is said, not the day of saying ("said Friday he would" has one)
    return None


def _said_period_subject(c: _Clause) -> Optional[str]:
    """Round 129: "forecasters said the weekend should brighten", "organisers said the weekend will be sold
    out": a period named with "the" right after a reporting verb, with a modal right after it, is the subject
    of what is said, and what is said of it is still to come; the day of saying is no such period."""
    if c.weekday or not c.before[:1] or c.before[0] not in _REPORTING or not c.after[:1] \
            or c.after[0] not in _MODALS or c.after[1:2] == ["have"]:
        return None
    if not c.low.startswith("the ", c.start) or c.low[c.start - 1:c.start] not in (" ", "\t"):
        return None
    return FUTURE


def _names_an_event(before: list[str]) -> bool:
    """"Opening night Thursday is sold out": the weekday dates the noun before it, the subject; no verb or
    preposition stands before it in the clause."""
    return len(before) <= 3 and before[-1] not in _PREPOSITIONS and all(
        _classify(w) is None and w not in _PREPOSITIONS and w not in _REPORTING and w.isalpha() for w in before)


# Subordinators of a condition (one word, or two read backwards: "in case", "as long as"): a condition
# in the present tense is about a time still to come.
_CONDITION_OPENERS = frozenset({"if", "unless", "provided", "providing"})
_CONDITION_PAIRS = {"case": "in", "long": "as"}
_CONDITION_REACH = 8
# A participle after these is a present passive, no past ("unless a buyer is found by Friday").
_PRESENT_PASSIVE_AUX = frozenset({"is", "are", "be", "gets", "get"})


def _present_conditional(c: _Clause) -> Optional[str]:
    """A time inside a condition whose own clause has no past verb nor modal: "unless a buyer is found by
    Friday", "in case the storm reaches the coast on Saturday", "provided the striker recovers on Sunday"
    -> FUTURE, whatever the tense of the clause around the condition ("the firm had warned staff that
    ...", "airlines cancelled flights in case ...")."""
    before = c.before
    for i, w in enumerate(before[:_CONDITION_REACH]):
        if w in _CONDITION_PAIRS and i + 1 < len(before) and before[i + 1] == _CONDITION_PAIRS[w]:
            if w == "long" and (i == 0 or before[i - 1] != "as"):
                continue   # "as long" without "as": "as long ago as"
        elif w not in _CONDITION_OPENERS:
            continue
        for k, x in enumerate(before[:i]):
            if x in _MODALS or x in ("has", "have", "had", "did"):
                return None
            if _classify(x) == PAST and not (k + 1 < i and before[k + 1] in _PRESENT_PASSIVE_AUX):
                return None
        if i == 0 or not _present_condition(c.low, c.start, c.end, c.right, ends_here=True):
            return None
        return FUTURE
    return None


def conditional_ahead(low: str, start: int, end: int) -> bool:
    """Is the time low[start:end] inside a condition told in the present ("if the company misses Friday's
    deadline")? For a possessive weekday, which otherwise asks no tense."""
    left, right = _clause(low, start, end)
    before = _words(low, left, start)[-_MAX_WORDS:]
    before.reverse()
    c = _Clause(low, start, end, left, right, before, _words(low, end, right)[:_MAX_WORDS], False, False)
    return _present_conditional(c) == FUTURE


def _deadline_in_condition(c: _Clause) -> Optional[str]:
    """"if they haven't decided by Friday": a deadline in a condition -> FUTURE."""
    before = c.before
    if before and before[0] in ("until", "till", "by") and len(before) > 2 \
            and before[2] in ("haven't", "hasn't", "hadn't") and any(w in _IF_WORDS for w in before[3:7]):
        return FUTURE
    return None


def _warning_of(c: _Clause) -> Optional[str]:
    """A warning of something for a time: "forecasters warned of more storms Thursday" -> FUTURE. (Round 86:
    what is warned of may run to three words, "warned of cold wave conditions in late December".)"""
    before = c.before
    if before and before[0] not in ("of", "for", "on", "by") and "of" in before[1:5] \
            and before.index("of", 1) + 1 < len(before) and before[before.index("of", 1) + 1] in _WARN_WORDS:
        return FUTURE
    return None


def _chance_of(c: _Clause) -> Optional[str]:
    """"a chance of storms Saturday evening": a forecast -> FUTURE. So is an outlook told in the present
    ("conditions look favorable for a climb Sunday morning"): a judgment of what is still to come."""
    before = c.before
    if before and before[0] not in ("of", "for", "on", "by") \
            and _holds(c.low, max(c.left, c.start - 80), c.start, ("of",)) \
            and _CHANCE_BARE.search(c.low, max(c.left, c.start - 80), c.start):
        return FUTURE
    if _holds(c.low, max(c.left, c.start - 60), c.start, ("look", "seem")) \
            and _LOOKS_GOOD_FOR.search(c.low, max(c.left, c.start - 60), c.start):
        return FUTURE
    if c.weekday and _holds(c.low, max(c.left, c.start - 60), c.start, ("chance", "opportunity")) \
            and _HAS_CHANCE_ON.search(c.low, max(c.left, c.start - 60), c.start):
        return FUTURE    # "walkers have a rare chance on Saturday to ...": a chance held now is of what is ahead
    return None


# Round 139: a thing asked for, then its deadline ("had asked the operator for a full report by Friday",
# "demanded payment by Friday"): whatever the tense of the asking, a weekday set as the deadline of a request
# is still ahead ("had restored power by Sunday", no asking, is the day gone by).
_ASKED_FOR_BY_BEFORE = re.compile(r"\b(?:ask(?:s|ed)?|request(?:s|ed)?|demand(?:s|ed)?)[ \t]+(?:[a-z'-]+[ \t]+){0,3}?"
                                  r"(?:for[ \t]+)?(?:[a-z'-]+[ \t]+){1,5}?(?:by|before)[ \t]+$")


def _asked_for_by(c: _Clause) -> Optional[str]:
    if c.weekday and c.before[:1] in (["by"], ["before"]) \
            and _ASKED_FOR_BY_BEFORE.search(c.low, max(c.left, c.start - 90), c.start):
        return FUTURE
    return None


# Round 139: an agency's or company's release of figures told in the present simple, then its weekday ("the
# Realtors' association reports home sales Thursday", "the bureau publishes its jobs figures Friday"): the
# release calendar, still to come. Only the singular verb with its object opened by a determiner or a word of
# figures, after a word that is no determiner, number or preposition ("news reports Thursday said", "two
# reports of looting on Friday", "reports released Friday" are nouns).
_RELEASES_BEFORE = re.compile(r"(?<![\w'’-])([a-z'’-]+)[ \t]+(?:reports|releases|publishes|issues|unveils)[ \t]+"
                              r"((?:[a-z'’-]+[ \t]+){1,6}?)(?:on[ \t]+)?$")
_RELEASE_OBJECT_OPENERS = frozenset({"its", "the", "their", "his", "her", "new", "fresh", "updated", "revised",
                                     "sales", "data", "figures", "results", "earnings", "numbers", "statistics",
                                     "estimates", "inflation", "jobs", "unemployment", "retail", "trade",
                                     "housing", "quarterly", "monthly", "weekly", "annual", "first", "second",
                                     "third", "fourth", "full-year", "preliminary", "final"})
_RELEASE_NOT_SUBJECT = frozenset({"news", "media", "press", "police", "credit", "earnings", "annual", "quarterly",
                                  "weekly", "daily", "local", "recent", "latest", "such", "these", "those",
                                  "conflicting", "unconfirmed", "initial", "early", "official", "several", "many",
                                  "some", "other", "further", "new", "no", "both", "few", "separate", "earlier",
                                  "later", "witness", "eyewitness", "unverified", "first", "previous", "but",
                                  "if", "when", "as"}) | _NUMBER_WORDS | _DETERMINERS | _PREPOSITIONS


def _release_calendar(c: _Clause) -> Optional[str]:
    if not c.weekday:
        return None
    m = _RELEASES_BEFORE.search(c.low, max(c.left, c.start - 90), c.start)
    if m is None or m.start() < c.left or m.group(1) in _RELEASE_NOT_SUBJECT or m.group(1).isdigit():
        return None
    objects = m.group(2).split()
    if objects[0] not in _RELEASE_OBJECT_OPENERS \
            or any(_classify(w) is not None or w in _MODALS or w in ("that", "about", "from") for w in objects):
        return None
    if _release_told_as_past(c):
        return None
    return FUTURE


_SENTENCE_STOP = re.compile(r"[.!?](?=[\s\"'”’)]|$)|\n")


def _release_told_as_past(c: _Clause) -> bool:
    """Review fixes 7: a release told in the present is no calendar on a headline line ("Toyota reports
    quarterly profit Thursday, beating forecasts" over the story: headlines tell past news in the present),
    when a past verb follows in its sentence ("... its jobs figures Thursday, and they came in above
    forecasts"), or when its paragraph told that weekday before as past ("Stocks jumped on Thursday after ...")."""
    low = c.low
    nl = low.find("\n", c.end)
    line_start = low.rfind("\n", 0, c.start) + 1
    line = low[line_start:nl].strip() if nl >= 0 else ""
    if c.headline or line and line[-1] not in ".!?\"'”’" and low[nl + 1:nl + 80].lstrip(" \t\r")[:1] == "\n":
        return True
    stop = _SENTENCE_STOP.search(low, c.end)
    if any(_classify(w) == PAST for w in _words(low, c.end, stop.start() if stop else len(low))):
        return True
    day = _WEEKDAY.search(low, c.start, c.end)
    para = low.rfind("\n", 0, c.start) + 1
    if day is None:
        return False
    for m in re.finditer(r"\b" + day.group(0) + r"\b", low[para:c.start]):
        at = para + m.start()
        begin = max((e.end() for e in _SENTENCE_STOP.finditer(low, para, at)), default=para)
        end = _SENTENCE_STOP.search(low, at)
        if any(_classify(w) == PAST for w in _words(low, begin, end.start() if end else c.start)):
            return True
    return False


# Round 139: a day set or set again for what is to happen, the verb right before it ("managers reset the
# liftoff for Thursday", "..., setting liftoff for 6:10 a.m. Tuesday"): the set day is ahead, whatever past
# verb told the news before ("setting a record for Saturday" names no set day).
_SETTING_FOR_BEFORE = re.compile(r"\b(?:reset|resets|resetting|setting)[ \t]+(?:(?:a|an|the|its|their|his|her|"
                                 r"new)[ \t]+)?(?:(?!records?\b)[a-z-]+[ \t]+){0,2}for[ \t]+$")


def _setting_for(c: _Clause) -> Optional[str]:
    if c.weekday and "had" not in c.before[:8] \
            and _SETTING_FOR_BEFORE.search(c.low, max(c.left, c.start - 60), c.start):
        return FUTURE
    return None


def _past_deadline(c: _Clause) -> Optional[str]:
    """"there were nine by the end of February", "debated until 11 p.m. Monday", "by Friday night we were
    apart": a past verb governs "until"/"by", no deadline -> PAST."""
    before = c.before
    if before and before[0] in ("until", "till", "by") and _past_before_deadline(before, c.after):
        return PAST
    return None


# Round 86: what a running tally has reached ("wheat sown on 21.4 lakh hectares till Monday", "1,200 cases
# recorded up to Sunday"): a count of things done, made up to a day now gone, no deadline.
_TALLY_PARTICIPLES = frozenset(("sown", "harvested", "procured", "collected", "recorded", "registered", "reported",
                                "vaccinated", "inoculated", "tested", "disbursed", "sanctioned", "received",
                                "enrolled", "distributed", "purchased", "lifted", "planted", "covered",
                                "detected", "confirmed", "seized", "filed", "lodged", "installed"))


def _tally_until(c: _Clause) -> Optional[str]:
    before = c.before
    if before and before[0] in ("until", "till") and "will" not in before[:10] \
            and any(w in _TALLY_PARTICIPLES for w in before[1:8]) and not any(w in _MODALS for w in before[1:10]) \
            and not (c.after and c.after[0] in _MODALS):
        return PAST
    return None


# The end of a working day before the day of a deadline (words nearest first, as in _Clause.before).
_CLOSE_OF_DAY = (["cob"], ["eod"], ["business", "of", "close"], ["day", "of", "end"], ["play", "of", "close"])


def _deadline(c: _Clause) -> Optional[str]:
    """A deadline: "until 9 a.m. Tuesday", "by Friday", "not later than Friday" -> FUTURE (unless "had"
    stands in the clause)."""
    before = c.before
    if before[:2] == ["least", "at"]:      # "until at least May"
        before = before[2:]
    for close in _CLOSE_OF_DAY:             # "by COB Thursday", "by close of business Friday": office deadlines
        if before[:len(close)] == close:
            before = before[len(close):]
            break
    if before[:3] in (["than", "later", "no"], ["than", "later", "not"]):
        before = ["by"] + before[3:]       # "not later than Thursday evening", "no later than noon Friday"
    if before and before[0] in ("until", "till", "by") and "had" not in before and "had" not in c.after:
        return FUTURE
    return None


def _gapped_through(c: _Clause) -> Optional[str]:
    """A gapped clause without a verb after "through": "lost $40 million in the year ending June 30, and a
    further $96 million through Sept. 30" takes the tense of the clause before it (when that one has one;
    otherwise the next checks are asked)."""
    before = c.before
    if before and before[0] in ("through", "thru") and len(before) <= 8 and not after_has_verb(before) \
            and not after_has_verb(c.after) and _GAPPED_AND.search(c.low, max(0, c.left - 8), c.left):
        low = c.low
        comma = low.rfind(",", max(0, c.left - 8), c.left)
        gapped = tense(low, comma, comma) if comma > 0 else None
        if gapped is not None:
            return gapped
    return None


def _through_ahead(c: _Clause) -> Optional[str]:
    """A period running "through" a time that is still ahead: "loans available through January", "the
    budget, approved last fall, runs through Sept. 30" -> FUTURE (but "the strike lasted through March")."""
    before = c.before
    if before and before[0] in ("through", "thru") and any(w in _BEFORE_NOW for w in before[1:4]):
        return None    # "behind schedule after heavy rain through the spring": what came before now
    if before and before[0] in ("through", "thru") and before[1:2] and before[1] not in _STATISTICS_PERIODS and (
            any(w in _LASTS_PRESENT for w in before[1:3])
            or before[1] == "last"      # Round 113: "and last through Friday", the bare verb of lasting
            or not any(_classify(w) == PAST for w in _up_to_other_time(before[1:]))
            or c.weekday and next((w for w in before[1:] if _classify(w) is not None), None) in _EXTENDED
            or _lasts_ahead(before[1:])):
        return FUTURE
    return None


# Adverbs of degree: an -ed word after them is an adjective, no past tense.
_DEGREE_WORDS = frozenset({"too", "very", "so", "increasingly", "deeply", "highly", "extremely"})
# Present forms that state how things stand: a season read with them is the one under way or the next.
# Round 83: "need"/"needs" too ("Hyacinths for flowering at Christmas need potting up this weekend" in
# September: a want of now, for a time either side, so the nearest Christmas is the coming one).
_STANDS_PRESENT = frozenset({"is", "are", "am", "has", "have", "remains", "remain", "seems", "seem", "looks",
                             "look", "need", "needs"})
# The present of ability: "can", "cannot", "can't" tell how things stand now.
_CAN_NOW = frozenset({"can", "cannot", "can't"})
# Round 113: the words that follow "last" as a verb of lasting ("last through Friday", "last into May").
_LAST_VERB_NEXT = frozenset({"through", "thru", "until", "till", "into"})
# Words that put a time before the clause's present ("behind schedule after rain through the spring").
_BEFORE_NOW = frozenset({"after", "since", "following", "ago"})


# Participles spelt as the present ("the record high set on Aug. 6", "the town hit by floods in May"): a past
# event told about, no present of how things stand.
_SAME_FORM_PARTICIPLES = frozenset({"set", "hit", "cut", "put", "shut", "spread", "cast", "beat", "hurt", "quit",
                                    "let", "bid", "split", "burst"})


def present_clause(low: str, start: int, end: int) -> bool:
    """Is the clause of low[start:end] told in the present of how things stand ("refiners have little spare
    capacity before the fall", "This winter the hostels are freezing", "a ruling before spring is
    unlikely")? The nearest verb before the time decides, else (a fronted time, or a subject without a
    verb before it) the first verb after it; a perfect ("has been wet"), a past form, a modal or a word
    that puts the time before now ("after", "since") says no."""
    left, right = _clause(low, start, end)
    before = _words(low, left, start)[-_MAX_WORDS:]
    before.reverse()
    after = _words(low, end, right)[:_MAX_WORDS]
    for words, nxt in ((before, lambda i: before[i - 1] if i else ""),
                       (after, lambda i: after[i + 1] if i + 1 < len(after) else "")):
        for i, w in enumerate(words):
            if w in _CAN_NOW:
                return True     # "cannot make enough before Christmas": what is (not) possible now, for a time ahead
            if w in _BEFORE_NOW or w in _MODALS or w in _SCHEDULE_PRESENT or _classify(w) is not None \
                    or w in _SAME_FORM_PARTICIPLES:
                return False
            if w in _STANDS_PRESENT:
                n = nxt(i)
                return not (w in ("has", "have") and (n == "been" or _classify(n) == PAST or n in ("not", "n't")))
    return False


def _copula_schedule(c: _Clause) -> Optional[str]:
    """A schedule stated as a fact with a present copula: "The vote is Tuesday", "the deadline is midnight
    on Friday" -> FUTURE (but "the deadline was Friday" is past; not in a headline)."""
    if not c.headline and _COPULA_BEFORE.search(c.low, max(c.left, c.start - 40), c.start):
        return FUTURE
    # The predicate may be a span of clock times on the day: "the best view is between 9 pm and 1 am on
    # Friday", "the tasting is from 6 to 8 pm on Thursday" (bounded look-back: 64 characters).
    if not c.headline and c.weekday and _COPULA_CLOCK_SPAN.search(c.low, max(c.left, c.start - 64), c.start):
        return FUTURE
    return None


def _urged_deadline(c: _Clause) -> Optional[str]:
    """"urged residents to get a shot before the end of October": a deadline for what they are urged to
    do -> FUTURE."""
    before = c.before
    if before and before[0] in ("before", "by", "through", "until", "till") \
            and _URGED_BEFORE.search(c.low, c.left, c.start):
        return FUTURE
    if before and before[0] == "from" and not c.low.startswith(("'s", "’s"), c.end) \
            and _URGED_FROM_BEFORE.search(c.low, max(c.left, c.start - 90), c.start):
        return FUTURE    # Round 125: "passengers were advised to check timetables from Monday": what they are
                         # urged to do starts then, still to come (not "from Monday's crash", a source)
    return None


# Words of a change in amount or of a rule's reach before "from" + the time it starts: "raising the fee by 50
# cents from January", "a further 4 percent from April", "the levy applies to stays from July 1".
_CHANGE_FROM = frozenset({"rise", "rises", "raise", "raises", "raising", "increase", "increases", "increasing",
                          "apply", "applies", "applying", "further", "additional", "extra"})
_CHANGE_REACH = 10
_DECIDING = frozenset({"voted", "approved", "agreed", "decided", "announced", "proposed", "adopted", "passed",
                       "confirmed", "unveiled", "endorsed", "backed"})


def _change_from(c: _Clause) -> Optional[str]:
    """A change or a rule "from" a time, no past verb in the clause before it -> FUTURE: the time is when it
    starts, still to come (but "earnings rose 0.6 percent from December" compares with a time gone by)."""
    before = c.before
    if before[:1] != ["from"]:
        return None
    j = next((k for k, w in enumerate(before[1:_CHANGE_REACH], start=1) if w in _CHANGE_FROM), None)
    if j is None:
        return None
    for k, w in enumerate(before[1:], start=1):
        if w in ("has", "have", "had"):
            return None
        # a past verb of deciding or telling before the change dates the decision, not the change ("voted
        # on raising the fee from January", "said fares rise from April")
        if _classify(w) == PAST and not (k > j and (w in _DECIDING or w in _REPORTING)):
            return None
    return FUTURE


# An amount given as the base of a change, then its time: "a surplus of $2.8 billion, down from a forecast
# of $3.4 billion in December", "up from 5 percent in March". The base is a figure already known.
_CHANGE_BASE_BEFORE = re.compile(r"\b(?:down|up)[ \t]+from[ \t]+(?:[^,;:.!?\n]|\.\d){1,50}?[ \t]in[ \t]+(?:late[ \t]+|early[ \t]+|mid-?)?$")


def _change_base(c: _Clause) -> Optional[str]:
    """"down from a forecast of $3.4 billion in December" -> PAST: the base a change is measured from."""
    if c.before[:1] == ["in"] and _CHANGE_BASE_BEFORE.search(c.low, max(c.left, c.start - 70), c.start):
        return PAST
    return None


_FORECAST_MADE = frozenset({"forecast", "expected", "predicted", "projected", "estimated", "anticipated"})


def _forecast_compared(c: _Clause) -> Optional[str]:
    """"six months later than forecast in August", "higher than expected in March": the time a forecast set
    against the outcome was made, gone by -> PAST, whatever looks ahead around it (not "as scheduled in
    November", a schedule kept); so is "forecast in November that ...", a forecast reported."""
    before = c.before
    if len(before) > 2 and before[0] in ("in", "on", "at") and before[1] in _FORECAST_MADE and before[2] == "than":
        return PAST
    if len(before) > 2 and before[0] in ("in", "on") and before[1] == "forecast" and c.after[:1] == ["that"] \
            and before[2] not in _MODALS and before[2] not in ("to", "will", "we", "i", "you", "they"):
        return PAST    # "the agency forecast in May that ...": a forecast dated by its time was made, so the
                       # verb is past (the present would be "forecasts", or "are forecasting")
    return None


# Past forms that look like the present; with a singular subject ("when the storm hit") they are past.
_SAME_PAST = frozenset({"hit", "beat", "cut", "put", "shut", "spread", "set", "let", "hurt", "cast", "quit", "burst",
                        "split", "shed", "struck", "upset", "read", "bid", "bet"})
_WHEN_AFTER = re.compile(r",[ \t]+when[ \t]+")
_SHORT_ED_PAST = frozenset({"used", "owed", "axed", "eyed", "bled", "fled", "bred", "sped", "fed", "led"})


def _when_present(c: _Clause) -> Optional[str]:
    """A day or weekend described by a present-tense "when" clause: "leaving at 6:45 a.m. on Sunday, when
    the clocks go forward", "travellers leaving this weekend, when families set off on holiday" -> FUTURE
    (what is told of it in the present is still to come), whatever the tense of the sentence around it; a
    past "when" clause ("on Sunday, when the storm hit") tells nothing, nor one not set off by a comma
    ("killed on Friday when shells hit the town": a past form that reads as a present)."""
    if not (c.weekday or "weekend" in c.low[c.start:c.end]) or c.headline:
        return None
    m = _WHEN_AFTER.match(c.low, c.end, c.right)
    if m is None:
        return None
    rest = _TO_COMMA.match(c.low, m.end(), c.right)
    words = _words(c.low, m.end(), rest.end() if rest else c.right)[:_MAX_WORDS]
    if len(words) < 2:
        return None
    aside = _WHEN_SUBJECT_ASIDE.match(c.low, rest.end(), c.right) if rest else None
    if aside is not None:
        # Round 102: "on Saturday, when Glen Cova, a 7-2 chance, held on": an aside glosses the subject,
        # and the verb of the "when" clause comes after it
        more = _TO_COMMA.match(c.low, aside.end(), c.right)
        words = (words + _words(c.low, aside.end(), more.end() if more else c.right))[:_MAX_WORDS]
    for i, w in enumerate(words):
        if _classify(w) == PAST or w in _MODALS or w in ("was", "were", "had", "did", "has", "have", "'d"):
            return None
        if w in _SAME_PAST and (i == 0 or not words[i - 1].endswith("s") or words[i - 1].endswith("ss")):
            return None
        if w in _SHORT_ED_PAST:
            return None     # Round 80: "over Labour Weekend, when the town used 11 million litres": a past
                            # form too short for _classify's -ed test ("used", "owed", "axed")
    return FUTURE


# An appositive set off by commas after the subject of a "when" clause: ", a 7-2 chance,", ", the champion,".
# Round 115: so is a participle or "with" phrase after it (", cast with her name,", ", with the date 1884,"), the
# subject's verb after it ("on Monday, when photographs of the anchor, stamped with her name, were checked").
_WHEN_SUBJECT_ASIDE = re.compile(r",[ \t]+(?:a|an|the|his|her|its|their|\d[\d.-]*|with|[a-z]{2,}ed|cast|built|made|"
                                 r"found|struck|worn|held|kept|written|taken|drawn|shown)[ \t][^,.;:!?\n]{1,40},")


_TRIPS = frozenset({"departures", "flights", "trains", "sailings", "crossings", "services", "buses", "coaches"})
_BOOKED = re.compile(r"\b(?:booked|sold[ \t]+out|sell[ \t]+out|selling[ \t]+out|reserved)\b")


def _booked_trips(c: _Clause) -> Optional[str]:
    """A weekday naming trips that are booked or sold out: "passengers booked on Sunday morning departures",
    "its Friday night flights had sold out" -> FUTURE (seats are sold for trips still to come), whatever
    the tense of the selling."""
    if not c.weekday or not c.after or c.after[0] not in _TRIPS:
        return None
    if _BOOKED.search(c.low, c.left, c.right) is None:
        return None
    return FUTURE


# A present perfect booking before the time it is for: "has booked a week in Cancun from Dec. 23", "have
# already reserved seats for Friday": a booking held now is for a stay or a seat still to come.
# Round 96: the passive of a booking made again ("has been rebooked on Saturday", "have been re-booked for
# Monday"): a traveller put on a later flight or a show moved to a later slot, the day still to come.
_PERFECT_BOOKING = re.compile(r"\b(?:has|have|'ve)[ \t]+(?:already[ \t]+|now[ \t]+|just[ \t]+)?"
                              r"(?:booked|reserved|pre-booked|prebooked|(?:been[ \t]+)?re-?booked)\b")


# What is booked in accounts, not for a stay: "has booked a loss for March", "have booked gains on Monday".
_BOOKED_ACCOUNTS = re.compile(r"\b(?:loss(?:es)?|profits?|gains?|revenues?|sales|income|charges?|orders?|"
                              r"write-?downs?|impairments?|earnings|provisions?)\b")


# Round 81: "the union has called a strike on Wednesday", "have announced a rally for Friday": what the perfect
# calls or announces is an event still to come (a perfect takes no past day of its own: "has called ... on
# Wednesday" does not date the calling). Only with an event noun: "has called for calm" is no event.
# Round 125: also "have called for a strike", "has called for a day of prayer on Saturday": a day kept for an
# observance is such an event.
_PERFECT_CALLED_EVENT = re.compile(
    r"\b(?:has|have|'ve)[ \t]+(?:now[ \t]+|just[ \t]+|also[ \t]+)?(?:called(?:[ \t]+for)?|announced|scheduled|"
    r"convened|organi[sz]ed|planned)[ \t]+(?:a|an|another|its|their|his|her)[ \t]+(?:[a-z'-]+[ \t]+){0,2}"
    r"(?:strike|rally|march|protest|walkout|stoppage|demonstration|sit-in|shutdown|bandh|hartal|blockade|"
    r"boycott|meeting|vote|ballot|referendum|hearing|summit|press[ \t]+conference|news[ \t]+conference|vigil|"
    r"day[ \t]+of[ \t]+(?:prayer|mourning|fasting|action|protest|remembrance|reflection|solidarity|rage|silence))s?\b")
# Round 115: a show added to a run or a festival ("has added a late show at the Palace on Sunday", "have added a
# matinee Saturday"): a performance still to come, its place and the weekday after it with no "on".
_PERFECT_ADDED_SHOW = re.compile(
    r"\b(?:has|have|'ve)[ \t]+(?:now[ \t]+|just[ \t]+|also[ \t]+)?added[ \t]+(?:a|an|another|one|two|three)[ \t]+"
    r"(?:[a-z'-]+[ \t]+){0,2}(?:show|concert|performance|screening|matinee|gig|date|showing)s?\b")
_NO_STOP_BETWEEN = re.compile(r"[^,.;:!?()\"\n]*")


def _perfect_called_event(c: _Clause) -> Optional[str]:
    """Round 81: a perfect of calling or announcing an event, the time on or for it -> FUTURE."""
    if not c.weekday or not c.before:
        return None
    if c.before[0] not in ("on", "for"):
        added = _PERFECT_ADDED_SHOW.search(c.low, max(c.left, c.start - 90), c.start)
        if added is not None and _NO_STOP_BETWEEN.match(c.low, added.end()).end() >= c.start \
                and len(_WORD.findall(c.low, added.end(), c.start)) <= 5:
            return FUTURE
        return None
    m = _PERFECT_CALLED_EVENT.search(c.low, max(c.left, c.start - 90), c.start)
    if m is None or len(_WORD.findall(c.low, m.end(), c.start)) > 5:
        return None    # (a place may come between, "a rally in the capital on Friday"; a longer stretch may
                       # hold a clause of its own)
    return FUTURE


# Round 81: "ruled out sales before March, when the board will review its forecast": a relative "when" clause
# after the time, in the future, tells what will happen at that time; the time is still ahead, whatever the
# tense of the clause it stands in.
_WHEN_WILL_AFTER = re.compile(r"[ \t]*,[ \t]*when[ \t]+(?:[a-z'-]+[ \t]+){1,5}(?:will|'ll|is[ \t]+due[ \t]+to|"
                              r"are[ \t]+due[ \t]+to)\b")


def _when_will_after(c: _Clause) -> Optional[str]:
    """Round 81: the time, a comma, then "when ... will" -> FUTURE."""
    if _WHEN_WILL_AFTER.match(c.low, c.end) is not None:
        return FUTURE
    return None


def _perfect_booking(c: _Clause) -> Optional[str]:
    """"She has booked a cabin for Dec. 23", "they have reserved rooms from Friday" -> FUTURE (the look-back
    is bounded: 80 characters within the clause)."""
    if not c.before or c.before[0] not in ("for", "from", "on", "until", "till", "through"):
        return None
    m = _PERFECT_BOOKING.search(c.low, max(c.left, c.start - 80), c.start)
    if m is None or _BOOKED_ACCOUNTS.search(c.low, m.end(), c.start):
        return None
    return FUTURE


def _follows_on(c: _Clause) -> Optional[str]:
    """"Midsize banks follow on April 1", "the final round follows on Sunday": the next step of a schedule, told
    in the present -> FUTURE (but "the ruling follows a hearing on Monday" dates the hearing: the verb must
    govern the time itself)."""
    before = c.before
    verb = before[1:2] if before[:1] == ["on"] else before[:1]
    if verb and verb[0] in ("follow", "follows") and not c.headline:
        return FUTURE
    return None


# ", followed by a concert on Tuesday": a reduced clause, whose participle tells no tense of its own (the
# schedule before it does).
_FOLLOWED_BY = re.compile(r",[ \t]+followed[ \t]+by[ \t]+(?:[a-z'-]+[ \t]+){0,5}$")


def _followed_by(c: _Clause) -> Optional[str]:
    if _holds(c.low, max(0, c.start - 60), c.start, ("followed",)) \
            and _FOLLOWED_BY.search(c.low, max(0, c.start - 60), c.start):
        return _NEITHER
    return None


def _takes_effect(c: _Clause) -> Optional[str]:
    """"raise payments by 4 percent beginning Oct. 1": the date a change takes effect, ahead unless the
    clause is past ("prices fell beginning in May") -> FUTURE."""
    before = c.before
    if c.weekday and before[:1] == ["on"] and before[1:2] in (["beginning"], ["starting"], ["opening"]) \
            and "with" in before[2:10] and not any(_classify(w) == PAST for w in before[2:before.index("with", 2)]):
        return FUTURE    # Round 94: "With the fair beginning on Friday, farmers spent the weekend ...": an
                         # absolute clause of what is about to start, ahead of the main clause's past
    if before and before[0] in ("beginning", "starting", "effective"):
        for i, w in enumerate(before[1:], start=1):
            if w in _WARN_WORDS and before[i - 1] == "of":
                return FUTURE    # "warned of delays on the bridge starting Tuesday": what is warned of is ahead
            if _classify(w) == PAST:
                return None
        return FUTURE
    return None


def _arranged_time_or_chance(c: _Clause) -> Optional[str]:
    """"set a new liftoff time of 9:41 p.m. Thursday": the time fixed is ahead; "gave a 70 percent chance
    of rain for Thursday night": a forecast is of what is still to come, whatever the tense of "gave"
    -> FUTURE."""
    before = c.before
    if before and before[0] in ("of", "for", "on", "by") and "had" not in before[:8] and (
            _holds(c.low, max(c.left, c.start - 60), c.start, ("of",))
            and _ARRANGED_TIME_OF.search(c.low, max(c.left, c.start - 60), c.start)
            or _holds(c.low, max(c.left, c.start - 80), c.start, ("of", "for"))
            and _CHANCE_FOR.search(c.low, max(c.left, c.start - 80), c.start)):
        return FUTURE
    return None


def _not_before(c: _Clause) -> Optional[str]:
    """"and perhaps not before October": a time still ahead -> FUTURE."""
    before = c.before
    if before[:2] == ["before", "not"] and not any(_classify(w) == PAST for w in before[2:5]):
        return FUTURE
    return None


def _as_soon_as_early_as(c: _Clause) -> Optional[str]:
    """"as soon as Tuesday", "as early as Tuesday" -> FUTURE (but "began selling as early as October" is
    past)."""
    before = c.before
    if before[:3] in (["as", "soon", "as"], ["as", "early", "as"]) and not (
            before[1] == "early" and any(_classify(w) == PAST for w in before[3:8])):
        return FUTURE
    return None


def _as_soon_as_clause(c: _Clause) -> Optional[str]:
    """"as soon as trading opened Monday": not before then -> FUTURE."""
    before = c.before
    if "soon" in before and _follows(before, "as", "soon", "as"):
        return FUTURE
    return None


# Round 145: a preview or first look held in the present by a plural or named subject ("members get a preview
# Friday evening", "subscribers have a first look on Thursday"): the showing is still to come. Not after "to"
# or "did" (an infinitive or a past of the governing verb decides).
_GETS_PREVIEW_ON = re.compile(r"(?<![\w'’])([a-z'’-]+)[ \t]+(?:get|gets|have|has)[ \t]+(?:(?:a|an|their|its|his|her|"
                              r"our|your|the)[ \t]+)?(?:(?:first|early|sneak|private|special|exclusive)[ \t]+)?"
                              r"(?:preview|look|peek|viewing)[ \t]+(?:on[ \t]+)?$")


def _preview_held(c: _Clause) -> Optional[str]:
    if not c.weekday:
        return None
    lo = max(c.left, c.start - 60)
    m = _GETS_PREVIEW_ON.search(c.low, lo, c.start) if _holds(c.low, lo, c.start, ("look", "peek", "view")) \
        else None
    if m is None or m.group(1) in ("to", "did", "didn't", "had", "not", "never"):
        return None
    # Review fixes 9: "Members who have a look on Friday said it was stunning": a relative clause's subject, its
    # tense set by the main verb after it
    # (a past verb past a comma is a report of the plan, "Members have a look on Friday, the club said")
    comma = c.low.find(",", c.end, c.right)
    after = _words(c.low, c.end, comma if comma >= 0 else c.right)[:6]
    if m.group(1) in ("who", "that", "which") or any(_classify(w) == PAST for w in after):
        return None
    return FUTURE


# Round 145: a day told first, then a plural subject and a schedule verb in its base form ("On Tuesday, polls open
# at 7 a.m.", "On Saturday the gates open at 9am"): the agreement makes the base form a present verb, a
# timetable of what is ahead (a day gone by takes the past: "On Saturday, polls opened ...").
_FRONTED_PLURAL_BASE = re.compile(r"[ \t]*,?[ \t]+(?:(?:the|our|its|their|all)[ \t]+)?(?:[a-z-]+[ \t]+){0,2}?"
                                  r"([a-z]{3,}s)[ \t]+([a-z]+)\b")


# Review fixes 9: a reporting verb in the present tells a news story's day gone by ("On Sunday, officers report
# that ..."), no timetable
_FRONTED_REPORTING = frozenset({"report", "say", "tell", "confirm", "announce", "claim", "warn", "note", "describe",
                                "recall", "reveal"})
# ... and a past verb near it makes the base form a historic present of a report ("On Monday, markets open lower
# after the weekend." after "On Friday the markets closed lower."): the words of the sentence before, the
# sentence's own and the one after that tell the past, reporting verbs aside ("organisers said").
_REPORTED_PAST = frozenset({"said", "told", "reported", "added", "noted", "announced", "stated", "explained",
                            "confirmed", "warned", "according"})
_SENTENCE_END = re.compile(r"[.!?\n]")


def _sentence_bounds(low: str, a: int, b: int) -> tuple[int, int]:
    """The sentence around low[a:b]: from just after the stop before a to just after the stop at or after b."""
    lo = 0
    for m in _SENTENCE_END.finditer(low, max(0, a - 400), a):
        if m.group() != "." or _sentence_dot(low, m.start()):
            lo = m.end()
    hi = len(low)
    for m in _SENTENCE_END.finditer(low, b):
        if m.group() != "." or _sentence_dot(low, m.start()):
            hi = m.end()
            break
    return lo, hi


def _past_near(low: str, a: int, b: int) -> bool:
    """A past or past-perfect verb in the sentence of low[a:b], the one before it or the one after it."""
    lo, hi = _sentence_bounds(low, a, b)
    if lo > 0:
        lo = _sentence_bounds(low, max(0, lo - 1), max(0, lo - 1))[0]
    if hi < len(low):
        hi = _sentence_bounds(low, hi, hi)[1]
    return any(_classify(w) == PAST and w not in _REPORTED_PAST for w in _words(low, lo, hi))


# Review fixes 10 (stop 27): "the attack may be tied to a robbery Friday", "could be linked to the fire on
# Monday": what may be is a link to another event, named with its weekday; that event has happened.
_MAY_BE_TIED_TO_EVENT = re.compile(
    r"(?<![\w'])(?:may|might|could|can)(?:[ \t]+(?:also|well|now|still))?[ \t]+be[ \t]+(?:tied|linked|related|"
    r"connected)[ \t]+to[ \t]+(?:[a-z'-]+[ \t]+){1,4}(?:on[ \t]+|last[ \t]+)?$")


def _tied_to_event(c: _Clause) -> Optional[str]:
    if c.weekday and _MAY_BE_TIED_TO_EVENT.search(c.low, max(c.left, c.start - 90), c.start):
        return PAST
    return None


# Review fixes 10 (stop 27): "could have waited for the spring, but decided to sell in March": the act chosen
# instead of a course not taken was done then (see also plan_told_in_past).
_DECIDED_TO_ACT_BEFORE = re.compile(r"\bdecided[ \t]+to[ \t]+[a-z]+(?:[ \t]+[a-z'-]+){0,4}?[ \t]+(?:in|on|by)?[ \t]*$")


def _decided_instead(c: _Clause) -> Optional[str]:
    m = _DECIDED_TO_ACT_BEFORE.search(c.low, max(c.left, c.start - 70), c.start)
    if m is not None and _COULD_HAVE_BUT.search(c.low, max(0, m.start() - 160), m.start()):
        return PAST
    return None


def _fronted_day_base(c: _Clause) -> Optional[str]:
    if not c.weekday or c.before not in ([], ["on"]) or c.headline:
        return None
    m = _FRONTED_PLURAL_BASE.match(c.low, c.end, c.right)
    if m is None or m.group(2) not in _SCHEDULE_BASE or m.group(2) in _FRONTED_REPORTING \
            or m.group(1).endswith(("ss", "us", "is")):
        return None
    if _past_near(c.low, c.start, c.end):
        return None
    return FUTURE


# Round 145: a listing line with no verb, a day and the hours of what is on ("Viewings on Saturday between 10am and
# 12pm", "Open house on Sunday afternoon", "On Saturday, 10am to 4pm"): the hours of an event to come. Read only
# when no word of the clause told a tense (the checks before this one found none: "Sales on Friday were ...").
_HOURS_AFTER_DAY = re.compile(r"[ \t]*,?[ \t]*(?:from[ \t]+|between[ \t]+)?" + r"\d{1,2}(?:[:.]\d\d)?[ \t]*[ap]\.?m\.?"
                              r"[ \t]*(?:-|–|to|until|till|and)[ \t]*\d{1,2}(?:[:.]\d\d)?[ \t]*(?:[ap]\.?m\.?|noon)")
_CLOCK_JOINED = re.compile(r"\d[ \t]*[ap]\.?m\.?$")
_HOURS_TAIL = re.compile(r"[ \t]*(?:-|–|to|until|till)[ \t]*\d{1,2}(?:[:.]\d\d)?[ \t]*(?:[ap]\.?m\.?|noon)")
_LISTING_OPENERS = frozenset({"viewings", "viewing", "open", "opening", "tours", "tour", "sale", "visits",
                              "visiting", "doors", "market", "fair", "auction", "tastings", "tasting", "workshop",
                              "workshops", "session", "sessions", "classes", "class", "surgery", "clinic",
                              "house", "day"})


def _listing_hours(c: _Clause) -> Optional[str]:
    if not c.weekday:
        return None
    # the whole clause before the day is the listing's heading ("Viewings on", "Open house on"): a verbless line
    heading = len(c.before) in (2, 3) and c.before[0] == "on" and all(w in _LISTING_OPENERS for w in c.before[1:])
    hours = _HOURS_AFTER_DAY.match(c.low, c.end, c.right) or _CLOCK_JOINED.search(c.low, c.start, c.end) \
        and _HOURS_TAIL.match(c.low, c.end, c.right)    # "Saturday 10am to 4pm": the day's span ends on its clock
    if heading or c.before in ([], ["on"]) and hours:
        return FUTURE
    return None


# Round 145: the hour a period runs from, then its day, with no verb of the clause telling a tense ("provides for a
# ceasefire from 0600 GMT on Wednesday", "a curfew from 10pm on Friday"): the start of what is ahead (a period gone
# by is told with its past verb, "the road was closed from 10pm on Saturday", which the checks before this one
# read). A bare "from Thursday" is left to the other readings (an itinerary's day named before, a mail's plan).
_FROM_HOUR_ON = re.compile(r"\bfrom[ \t]+(?:\d{4}[ \t]*(?:gmt|utc|hrs|local)?|" + r"\d{1,2}(?:[:.]\d\d)?[ \t]*"
                           r"(?:[ap]\.?m\.?|gmt|utc))[ \t]+on[ \t]+$")


def _from_day(c: _Clause) -> Optional[str]:
    if c.weekday and _FROM_HOUR_ON.search(c.low, max(c.left, c.start - 40), c.start):
        return FUTURE
    return None


def _scan_before(c: _Clause) -> Optional[str]:
    """The word-by-word scan of the words before the time, nearest first (see _scan_words)."""
    return _scan_words(c, c.before, True)


def _arranged_for(c: _Clause) -> Optional[str]:
    """"set sentencing for Nov. 15 and allowed him ...": the arranging verb governs the time before any
    verb after it does -> FUTURE. Asked between the two scans."""
    if _ARRANGED_FOR.search(c.low, max(c.left, c.start - 60), c.start) and "had" not in c.before[:8]:
        return FUTURE
    return None


def _will_then_reported(c: _Clause) -> Optional[str]:
    """"Acme will unveil its plan for the next two years at a meeting in Boston on Friday, the company
    said": when the words after the time only report it, a "will" further back than the scan reaches
    still governs the time (the reporting verb dates the telling) -> FUTURE."""
    after = _WORD.findall(c.low, c.end, c.right)
    # "its first meeting since May 2010" is an aside in a noun phrase, no verb of the clause
    first = next((w for i, w in enumerate(after) if _classify(w) is not None and w != "since"
                  and not (w == "may" and i and after[i - 1] in _BEFORE_MONTH_ONLY)), None)
    if first not in _REPORTING or "that" in after:
        return None
    sentence = _WORD.findall(c.low, c.left, c.start)[::-1]
    for w in _up_to_other_time(sentence):
        if w in ("will", "'ll"):
            return FUTURE
        if _classify(w) is not None or w in _REPORTING:
            return None
    return None


def _scan_after(c: _Clause) -> Optional[str]:
    """The word-by-word scan of the words after the time, in text order (see _scan_words)."""
    return _scan_words(c, c.after, False)


def _shares_will_be(words: list[str], j: int) -> bool:
    """Round 94: do the words from j (backwards in the text) hold "be" after "will" or "shall" within a short
    phrase and no finite verb of its own ("posted" in "will be sent by post and posted online")?"""
    for k in range(j, min(j + 8, len(words) - 1)):
        if words[k] == "be" and words[k + 1] in ("will", "shall", "'ll"):
            return True
        if words[k] == "be" and words[k + 1] in _POSSIBILITY_MODALS:
            return True    # Round 125: "could be tabled on Thursday and passed by the weekend": a possibility
                           # shared as a future is
        if words[k] in _REPORTING or words[k] in ("was", "were", "is", "are", "has", "have", "had"):
            return False
    return False


# Round 94: irregular participles that stand before a noun as adjectives ("written papers", "frozen food").
_ADJECTIVAL_EN = frozenset(("written", "spoken", "broken", "frozen", "stolen", "hidden", "chosen", "driven", "proven",
                            "sworn", "beaten", "forgotten", "fallen"))


def _will_before_object(words: list[str], j: int) -> bool:
    """Round 94: "will"/"shall" among the next few reversed words, no past form or reporting verb before it."""
    for k in range(j, min(j + 10, len(words))):
        if words[k] in ("will", "shall", "'ll"):
            return True
        if _classify(words[k]) == PAST or words[k] in _REPORTING or words[k] in ("is", "are", "was", "were"):
            return False
    return False


# Round 94: a quarter, a half or a year, which a budget "is weighted towards" as its own period, not its next.
_BUDGET_PERIOD = re.compile(r"\bq[1-4]\b|quarter|\bh[12]\b|half|year|\bfy")


# Round 130: past participles not ending in "-ed", for a present passive ("appeals are heard in June").
_IRREGULAR_PARTICIPLES = frozenset({
    "heard", "held", "paid", "sold", "sent", "shown", "given", "taken", "made", "built", "seen", "chosen",
    "written", "drawn", "told", "won", "spent", "kept", "brought", "laid", "read", "sung", "run", "thrown",
})


_PUNCT_BETWEEN = re.compile(r"[,;:\u2013\u2014]")
# Review fixes 5 (stop 25): what between a present passive and its month or weekday gives the time to another
# event ("held over a robbery in August", "sold for a record price in July"), and perception passives, which
# report a sighting ("is seen on CCTV on Saturday leaving the shop")
_PASSIVE_EVENT_BETWEEN = frozenset({
    "robbery", "robberies", "raid", "raids", "attack", "attacks", "crash", "crashes", "storm", "storms", "fire",
    "fires", "sale", "sales", "price", "prices", "record", "records", "incident", "assault", "murder", "theft",
    "burglary", "shooting", "stabbing", "collision", "protest", "riot", "blast", "explosion", "arrest",
    "over", "after", "for", "following",
})
_PERCEPTION_PARTICIPLES = frozenset({"seen", "heard", "caught", "filmed", "spotted", "captured", "pictured",
                                     "photographed", "recorded", "sighted"})
_BARE_BETWEEN = frozenset({"on", "in", "at", "during", "out", "up", "off", "back", "down", "this", "next", "by",
                           "early", "late", "mid", "until", "till", "from", "each", "every"})
_MONTH_TIME = re.compile(r"(?:january|february|march|april|may|june|july|august|september|october|november|"
                         r"december)$")


def _present_passive(words: list[str], i: int) -> bool:
    """Round 94: is the past participle words[i] (reversed words) right after "is"/"are", "not" between?"""
    j = i + 1
    if j < len(words) and words[j] in ("not", "n't", "usually", "normally", "always", "only", "still"):
        j += 1
    return j < len(words) and words[j] in ("is", "are") and (j + 1 >= len(words) or words[j + 1] not in _WILL_WORDS)


# Round 109: "by" and a margin after a past verb ("led by 600 votes", "won by three points", "fell by 2%"):
# the clause's own verb and its margin, not a participle with its agent ("letters written by its founders").
_BY_MARGIN_AFTER = re.compile(
    r"[ \t]+by[ \t]+(?:(?:just|only|about|nearly|almost|roughly|some|barely|more[ \t]+than|less[ \t]+than|"
    r"fewer[ \t]+than|as[ \t]+many[ \t]+as|as[ \t]+much[ \t]+as)[ \t]+)?(?:[\d$\u00a3\u20ac]|(?:one|two|three|four|five|"
    r"six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a[ \t]+(?:single|wide|narrow|"
    r"comfortable|slim|handful)|a[ \t]+(?:vote|point|goal|run|stroke|length|head|neck|whisker)s?)\b)")


def _by_margin(low: str, end: int, right: int, word: str) -> bool:
    """Round 109: is the past verb `word`, first met after the time, followed by "by" and a margin?"""
    m = re.search(r"(?<![a-z'])" + re.escape(word) + r"(?![a-z'])", low[end:right])
    return m is not None and _BY_MARGIN_AFTER.match(low, end + m.end(), right) is not None


# Round 125: "the unions plan a march on Saturday": after a plural noun "plan" and an article open the plan's
# object, a verb; "approved the plan a day later" is the noun, a length of time after it.
_PLAN_OBJECT_NOT = frozenset(("day", "week", "month", "year", "decade", "fortnight", "few", "couple", "while",
                              "minute", "minutes", "hour", "hours", "moment", "little", "lot", "bit"))


def _plural_subject_plans(words: list[str], i: int) -> bool:
    """Round 125: is "plan" at words[i] (reversed words) a verb after a plural subject, "the unions plan a ..."?"""
    if words[i] != "plan" or i < 2 or words[i - 1] not in ("a", "an") or words[i - 2] in _PLAN_OBJECT_NOT:
        return False
    subject = words[i + 1]
    return len(subject) > 3 and subject.endswith("s") and not subject.endswith(("ss", "us", "'s"))


# Round 135: an aside right after the time that ranks it ("Aug. 2, the band's first show since 1987")
_FIRST_SINCE_AFTER = re.compile(r",[ \t]+(?:the|its|their|his|her|our|a)\b[^,.;!?\n]{0,50}?\bfirst\b[^,.;!?\n]{0,40}?"
                                r"\bsince\b")


def _clock_words_before(c: _Clause) -> int:
    """Round 145: how many words the clock times told just before the weekday take ("are switched on at 6pm on
    Sunday"): they belong to the day, so a present passive before them is as near the day as without them."""
    m = _CLOCKS_BEFORE_DAY.search(c.low, max(c.left, c.start - 48), c.start)
    return len(_WORD.findall(m.group(0))) if m is not None else 0


def _scan_words(c: _Clause, words: list[str], reverse: bool) -> Optional[str]:
    """The nearest decisive word of `words` (c.before with `reverse`, c.after without): PAST, FUTURE, or
    _NEITHER where a participle after "be" settles on no tense ("could be located"); None when no word
    decides or the scan stops early (a reported clause before the time), and the next check is asked."""
    low, start, end, left, right, before, _, weekday, headline = c
    for i, word in enumerate(words):
        if word == "may" and ((words[i + 1] if i + 1 < len(words) else "") if reverse
                              else (words[i - 1] if i else "")) in _BEFORE_MONTH_ONLY:
            continue       # "struck in May on Tuesday": the month, not the modal
        if reverse and word == "booked" and i and words[i - 1] == "to" and i >= 2 \
                and words[i - 2] in _TRAVEL_VERBS:
            return FUTURE  # Round 81: "passengers booked to fly on Friday": as "scheduled to fly", a trip ahead
        if not reverse and word == "may" and i == 1 and words[0] == "and" and _MONTH_END.search(low, start, end) \
                and (before[:1] == ["between"] or _month_pair_verb(words[2] if len(words) > 2 else "")):
            continue       # Round 81: "rains between March and May", "rainfall in April and May was high": the
                           # second month of the pair, not the modal (which would read the pair as still to
                           # come); "fell in March and may fall again" keeps its modal
        if reverse and word == "opening" and (i == 0 or i == 1 and words[0] == "on") \
                and (words[i + 1] if i + 1 < len(words) else "") not in _DETERMINERS \
                and not any(_classify(w) == PAST for w in words[i + 1:]):
            return FUTURE  # "a summit opening on Monday": an event still to come, as "starting Monday"
        if reverse and word == "that" and any(w in _REPORTING for w in words[i + 1:i + 5]):
            return None    # "said earlier this month that rainfall in July ...": the reported clause has
                           # its own tense; the reporting verb does not date what it reports
        if reverse and (word in _IF_WORDS or word in ("until", "till") and i >= 2 and not any(
                w in _NOT_UNTIL for w in words[i + 1:i + 6])) and i <= 6 and not any(
                _classify(w) is not None for w in words[:i]) and (
                _present_condition(low, start, end, right, ends_here=i >= 3)):
            return FUTURE  # "if the January strikes fail", "once the plant opens in May": a condition
                           # in the present looks ahead; so does "until" with a clause of its own ("halted
                           # their advance until the rains ease in late December")
        if reverse and weekday and word == "due" and i + 1 < len(words) and words[i + 1] in ("was", "were") \
                and i >= 2 and words[i - 1] == "to" and c.after[:1] and _classify(c.after[0]) == PAST:
            return _NEITHER  # Round 112: "talks that were due to close on Friday ran overnight": a plan told in
                             # the past, the clause it qualifies then told in the past too: its day not ahead
                             # for that ("was due to visit on Thursday." still looks ahead)
        if reverse and i == 1 and word in ("likely", "unlikely"):
            return FUTURE  # "a reshuffle was now likely before the end of July": a forecast of the time
        if not reverse and word in ("was", "were", "is", "are") and i + 2 < len(words) \
                and words[i + 1] in _FORECAST_ADJ and words[i + 2] == "to":
            return FUTURE  # "rainfall in July was likely to be normal": a forecast about the time
        if reverse and word == "runs" and i and words[i - 1] == "out" and (i == 1 or words[i - 2] in _PREPOSITIONS):
            return FUTURE  # Round 112: "the grant runs out in March": a present of a supply's or a term's end,
                           # a schedule (as "expires in March"), not a report
        if reverse and word == "go" and i and words[i - 1] in ("before", "until", "till") \
                and i + 1 < len(words) and words[i + 1] == "to":
            return FUTURE  # Round 116: "with nine months to go before the Nov. 3 vote": a countdown, its day ahead
        if not reverse and word == "since" and _FIRST_SINCE_AFTER.match(low, end) \
                and not any(_classify(w) is not None for w in words[:i]):
            return None    # Round 135: "a show on Aug. 2, the band's first fairground date since 1987": the
                           # aside ranks the day against the past, it does not tell the day in the past
        if word in _RUNS_FROM and not (reverse and i and words[i - 1] == "from") \
                and not (reverse and i == 0 and weekday):   # "the open house runs Saturday": a schedule
            continue       # "winter break runs from Dec. 23" is ahead; "the quarter, which runs August
                           # through October" tells a calendar, not when
        if reverse and weekday and word == "reports" and (i == 0 or i == 1 and words[0] == "on") \
                and i + 1 < len(words) and words[i + 1] in _WHICH_REPORTS \
                and c.after[:1] != ["that"]:
            return FUTURE  # Round 119: "Acme, which reports Thursday": a company's results day, a schedule;
                           # a bare "the paper reports Monday that ..." stays a report (no relative before)
        if reverse and weekday and i == 1 and word == "on" and words[0] == "sale" \
                and not any(_classify(w) is not None for w in words[2:6]):
            return FUTURE  # Round 119: "tickets on sale Monday": a notice with no verb of its own announces
                           # a sale ahead ("were on sale Monday" keeps its past)
        if reverse and weekday and word == "comes" and (i == 0 or i == 1 and words[0] == "on"):
            return FUTURE  # "the verdict comes Friday": what a weekday follows at once is still to come
                           # ("comes two days after Tuesday's vote" dates by the other day, read on)
        if reverse and weekday and i <= 4 and word.endswith("ing") and len(word) > 5 \
                and word not in _LOOKING_INTO \
                and (words[i + 1] if i + 1 < len(words) else "") in ("is", "are") \
                and not any(_classify(w) == PAST for w in words[:i]):
            return FUTURE  # "the museum is hosting a gala on Friday": a present progressive with a
                           # weekday is an arrangement, not a report
        if reverse and weekday and 4 < i <= 7 and word.endswith("ing") and len(word) > 5 \
                and word not in _LOOKING_INTO and words[i + 1:i + 2] in (["is"], ["are"]) \
                and not any(_classify(w) is not None or w.endswith(("ing", "ed")) for w in words[:i]) \
                and not _PUNCT_BETWEEN.search(low, max(left, start - 80), start) \
                and not any(w in ("after", "before", "following", "since") for w in words[:i]):
            return FUTURE  # Round 130: "we are celebrating with a meetup in Leeds on Saturday": the same
                           # arrangement, its object and place between the verb and the day (no comma or
                           # dash between: "are expecting crowds this week, after Sunday's ...", nor "after"
                           # and a noun the day belongs to: "are clearing debris after the storm on Saturday",
                           # review fixes 5)
        if reverse and word in _SKY_PRESENT and i + 1 < len(words) and words[i + 1] in _SKY_BODIES:
            return FUTURE  # Round 99: "the Sun crosses the equator at 01:46 GMT on Sunday", "the Moon sets at 3
                           # a.m. Friday": a sky column's timetable, told in the present, of what is to come
        if headline and (word in _SCHEDULE_PRESENT or word in _SCHEDULE_BASE):
            # "Stocks close higher Friday" reports Friday's close; "Talks to resume Monday" looks ahead
            if reverse and i + 1 < len(words) and words[i + 1] == "to":
                return FUTURE
            continue
        if reverse and word == "meet" and _for_to_infinitive(words, i):
            continue       # "made it hard for the mill to meet orders in the summer": an infinitive after
                           # "for" or an adjective of ability has no tense; the verb governing it decides
        cls = _classify(word)
        if cls == PAST and reverse and i + 1 < len(words) and words[i + 1] == "and" \
                and _shares_will_be(words, i + 2):
            return FUTURE  # Round 94: "will be emailed to members and posted online on Thursday": a participle
                           # joined by "and" to one after "will be" shares its future
        if cls == PAST and ((words[i + 1] if i + 1 < len(words) else "") if reverse else (words[i - 1] if i else "")) \
                == "self" and _SELF_COMPOUND.search(low, left, start):
            continue       # Round 149: "self-employed workers have the weekend to ...": the participle of a
                           # "self-" compound describes a noun, no tense of the clause
        if cls == PAST and word in _ADJECTIVAL_EN and ((words[i + 1] if i + 1 < len(words) else "") if reverse
                                                       else (words[i - 1] if i else "")) in _DETERMINERS:
            continue       # Round 94: "a week before the written exams": an adjective after its determiner
        if cls == PAST and reverse and word in _ADJECTIVAL_EN and i >= 1 and words[i - 1] not in _PREPOSITIONS \
                and _will_before_object(words, i + 1):
            continue       # Round 94: "will sit their spoken language tests on Tuesday": a participle before its noun,
                           # inside the object of "will", is no past of the clause
        if cls == PAST and reverse and not weekday and word.endswith("ed") \
                and not _BUDGET_PERIOD.search(low, start, end) and _present_passive(words, i):
            return FUTURE  # Round 94: "the bursary is awarded in November", "once the accounts are published in
                           # May": a present passive with a month is a schedule, its next date
        if reverse and (cls == PAST and word.endswith("ed") or word in _IRREGULAR_PARTICIPLES) \
                and (weekday and (i <= 3 or i <= 3 + _clock_words_before(c))    # (its search only when it counts)
                     or not weekday and _MONTH_TIME.search(low, start, end)) \
                and _present_passive(words, i) and not any(_classify(w) == PAST for w in words[:i]) \
                and not any(w in _PASSIVE_EVENT_BETWEEN for w in words[:i]) \
                and not (word in _PERCEPTION_PARTICIPLES
                         and (any(w not in _BARE_BETWEEN for w in words[:i])
                              or c.after[:1] and c.after[0].endswith("ing"))):
            return FUTURE  # Round 130: "Irish is examined on Friday", "most appeals are heard in June": a present
                           # passive with a weekday near it, or with a month, is a timetable, the time ahead
        if cls == FUTURE and reverse and word in _SCHEDULE_PRESENT and word.endswith("s") \
                and _plural_noun(low, left, start, i):
            continue       # "approved the plan on party-line votes Wednesday": a noun after a preposition
        if cls == FUTURE and reverse and word in _SCHEDULE_PRESENT and word.endswith("s") and i == 1 \
                and words[0] in ("in", "during") and c.after[:1] in (["was"], ["were"]):
            continue       # Round 130: "pantry visits in October were the highest on record": a plural noun,
                           # the subject of the verb after the time, not a present verb before it
        if reverse and word == "ships" and i + 1 < len(words) and words[i + 1] in _VESSEL_KINDS:
            continue       # "cruise ships on Thursday were held in port": vessels, not a release that ships
        if reverse and word == "finishes" and i + 1 < len(words) \
                and (words[i + 1] in _FINISH_KINDS or words[i + 1][:1].isdigit() or words[i + 1].startswith("top-")):
            continue       # "two photo finishes on Sunday decided the meet": results, not a stage that finishes
        if cls == PAST and word.endswith("ed") and reverse \
                and any(w in ("keeps", "keep", "keeping", "leaves", "leave", "leaving") for w in words[i + 1:i + 5]):
            # "keeps two lanes closed through Sunday": the state kept, an adjective of the object; a present
            # "keeps" tells no tense (a modal before it still does)
            j = next(j for j in range(i + 1, min(i + 5, len(words)))
                     if words[j] in ("keeps", "keep", "keeping", "leaves", "leave", "leaving"))
            if words[j] in ("keeps", "leaves") and not any(_classify(w) == FUTURE for w in words[j + 1:j + 3]):
                return _NEITHER
            continue
        if cls == PAST and word.endswith("ed") and reverse and i + 1 < len(words) \
                and (words[i + 1] in _DETERMINERS or words[i + 1] in _PREPOSITIONS):
            continue       # "the planned merger", "with guided tours": an adjective before its noun
        if cls == PAST and word.endswith("ed") and reverse and i == 1 and words[0] in ("towards", "toward") \
                and (words[i + 1] if i + 1 < len(words) else "") in ("is", "are"):
            continue       # Round 96: "both targets are weighted towards Q4": a present passive leaning to
                           # the time, no cue of the past (the verbs further back still count)
        if cls == PAST and word.endswith("ed") and reverse and i + 2 < len(words) \
                and words[i + 1] in _ORDER_ADJECTIVES and words[i + 2] in _DETERMINERS:
            continue       # "meet for a final televised debate Sunday": after "a final" it is an adjective
        if reverse and word in ("earlier", "later", "sooner") and i and words[i - 1] == "than":
            continue       # "no earlier than early May": a bound compared, no cue of the past
        if cls == PAST and word.endswith("ed") and ((words[i + 1] if i + 1 < len(words) else "") if reverse
                                                    else (words[i - 1] if i else "")) in _DEGREE_WORDS:
            continue       # "men are too tired to sleep", "were very concerned": an adjective of degree
        if cls == PAST and word.endswith("ed") and reverse and 0 < i and i + 1 < len(words) \
                and (words[i + 1] in _NUMBER_WORDS or words[i + 1].isdigit()) \
                and words[i - 1] not in _PREPOSITIONS:
            continue       # "the first of three televised debates in October": a count, an adjective and
                           # its noun ("12 killed in a blast" keeps its verb before the preposition)
        if cls == PAST and not reverse and 0 < i and i + 1 < len(words) and words[i + 1] == "by" \
                and words[i - 1] not in _PASSIVE_AUX and not _by_margin(low, end, right, word):
            continue       # "tours on Saturday and letters written by its founders": a participle with
                           # its agent after a noun modifies the noun, it is not the clause's verb
        if cls == PAST and word.endswith("ed") and reverse and i + 2 < len(words) \
                and words[i + 2] in _WILL_WORDS and words[i + 1] not in _BE_FORMS \
                and words[i + 1] not in ("have", "not", "n't", "never"):
            return FUTURE  # "would release updated figures Thursday": after a modal and its verb an
                           # -ed word modifies a noun
        if word == "next" and (words[i - 1] if reverse and i else "") == "to":
            continue       # "next to the embassy"
        if word == "schedule" and ((words[i + 1:i + 3] if reverse else words[max(0, i - 2):i][::-1])[:1]
                                   in (["behind"], ["on"]) or (words[i + 1:i + 3] if reverse else
                                                               words[max(0, i - 2):i][::-1]) == ["of", "ahead"]):
            continue       # "running behind schedule", "ahead of schedule": how far along, no schedule ahead
        if word == "last" and ((words[i + 1] if i + 1 < len(words) else "") if reverse
                               else (words[i - 1] if i else "")) in _DETERMINERS:
            continue       # "play their last home game on Tuesday": an adjective, not "last week"
        if word == "last" and ((words[i + 1] if i + 1 < len(words) else "") if reverse
                               else (words[i - 1] if i else "")) in ("to", "will", "would", "'ll", "could"):
            continue       # "expected to last ten weeks": the verb, no cue of the past
        if word == "last" and ((words[i - 1] if i else "") if reverse
                               else (words[i + 1] if i + 1 < len(words) else "")) in _LAST_VERB_NEXT:
            continue       # Round 113: "return Wednesday and last through Friday": the verb of lasting (an
                           # adjective "last" has its noun next), no cue of the past
        if word == "last" and ((words[i - 1] if i else "") if reverse
                               else (words[i + 1] if i + 1 < len(words) else "")) == "quarter" and "moon" in words:
            continue       # Round 79: "the moon reaches last quarter on Wednesday": a phase, no cue of the past
        if word in _COMPARED_FORECAST and any(
                w in ("than", "as") for w in (words[i + 1:i + 3] if reverse else words[max(0, i - 2):i])):
            continue       # "sales rose less than expected in August", "as forecast": a comparison with
                           # a forecast made before, no cue of the future
        if word in ("later", "earlier"):
            unit = (words[i + 1] if i + 1 < len(words) else "") if reverse else (words[i - 1] if i else "")
            if unit in _UNIT_WORDS:
                continue   # "a week later, they drew": a step in a narrative, not the future; "would open
                           # an hour earlier from May": a time compared, not the past
            if word == "later" and reverse and i and words[i - 1] in ("in", "that"):
                continue   # Round 149: "told reporters later in the evening": a step on within the day
                           # told, whose verb says whether it is past or to come
        if cls == PAST and reverse and word.endswith("ed") and _causative_object(words, i):
            continue       # "to have the hearing moved to June": the participle completes "have", whose
                           # own tense (a modal, an infinitive) is read on
        if cls is None and reverse and word in _BEFORE_TO and i and words[i - 1] == "to" \
                and (word != "am" or (words[i + 1] if i + 1 < len(words) else "") == "i"):
            return FUTURE      # "set to resume Monday", "poised to sign Friday", "I am to speak Monday"; the
                               # "am" of a clock range ("ran from 7am to 5pm on Monday") is no verb
        if reverse and i and words[i - 1] == "for" and word in _SCHEDULED_FOR:
            return FUTURE      # "the vote was planned for Saturday", "the funeral is set for Friday"
        if reverse and i > 1 and words[i - 1] == "down" and words[i - 2] == "for" and word in ("set", "put"):
            return FUTURE      # a court's "the cases have been set down for trial in April": listed ahead
        if reverse and word == "to" and i >= 3 and words[i - 1] not in _DETERMINERS \
                and i + 2 < len(words) and words[i + 1] in _DECISION_NOUNS \
                and words[i + 2] in ("the", "a", "its", "their", "his", "her") and not _score_to(low, left, start):
            return FUTURE      # Round 91: "defended the decision to close the line from Friday": the noun has
                               # no tense of its own, and what it decides on is still ahead (a weekday too:
                               # the noun, unlike "agreed to ... on Tuesday", is not dated by it); a verb
                               # and its object stand between ("the decision to reporters on Monday" is
                               # whom it was told to)
        if reverse and word == "to" and i >= 3 and words[i - 1] not in _DETERMINERS \
                and i + 2 < len(words) and words[i + 1] in _OPTION_NOUNS \
                and words[i + 2] in ("a", "an", "the", "its", "their", "his", "her") and not _score_to(low, left, start) \
                and not _OPTION_TAKEN_AFTER.match(low, end):
            return FUTURE      # Round 108: "on loan with an option to make the move permanent in the summer": a
                               # contract's option, as a decision, is on what is still ahead
        if reverse and word == "to" and i and words[i - 1] not in _DETERMINERS and not weekday \
                and not words[i - 1][:1].isdigit() and i + 1 < len(words) and words[i + 1] in _INTENT_WORDS \
                and not _score_to(low, left, start):
            return FUTURE      # "decided to admit them in early March"; but a weekday usually dates
                               # the decision itself: "agreed to buy the firm on Tuesday"
        if word in _CUE_WORDS_X:
            if reverse and word in ("starting", "beginning") and i <= 2 \
                    and any(_classify(w) == PAST for w in words[i + 1:]):
                continue       # "closed the government for 21 days starting in mid-December": the past
                               # verb governs
            if reverse and word in ("starting", "beginning") and i >= 2 \
                    and words[i - 1] not in _STARTING_TIME_WORDS and words[i - 2] in ("in", "on", "from", "by"):
                continue       # Round 147: "with rivals starting presales in mid-October": a participle with its
                               # object, what was begun then; the clause's other words decide, not "starting
                               # in October" of a change still ahead
            if word == "going" and (words[i - 1] if reverse and i else
                                    words[i + 1] if not reverse and i + 1 < len(words) else "") != "to":
                continue       # "began going door to door Monday": no "going to"
            if reverse and word in ("said", "says") and 1 <= i <= 6 and words[i - 1] in ("a", "an", "the"):
                return None    # "analysts said a strike lasting into August could ...": a reported clause
                               # without "that" has its own tense; read on to the right
            if not reverse and word in _POSSIBILITY_MODALS and (words[i + 1] if i + 1 < len(words) else "") \
                    not in ("have", "n't", "only", "hardly", "barely"):
                return FUTURE  # "a strike lasting into August could push the carrier ...": a possibility
            if reverse and word in _URGE_VERBS and i + 1 < len(words) and words[i + 1] in ("has", "have") \
                    and "to" in words[:i]:
                return FUTURE  # "a mediator has asked both sides to return Tuesday": the asked-for act is ahead
            if reverse and word in _URGE_VERBS and i + 2 < len(words) and words[i + 1] == "been" \
                    and words[i + 2] in ("has", "have") and i >= 2 and words[i - 1] == "to":
                return FUTURE  # Round 100: "staff have been told to report at 6 am": the passive perfect too
            if reverse and word in ("needs", "must") and before[0] in ("before", "by", "until"):
                return FUTURE  # "the crop needs rain before mid-November": a need with a deadline
        if reverse and (word in _POSSIBILITY_MODALS or word == "can" and weekday and i <= 3) and i \
                and words[i - 1] not in _NOT_AHEAD_AFTER_MODAL:
            return FUTURE      # "more strikes could follow in early November", "should arrive by Friday"
                               # (but "could have ended on Monday", "could not attend on Monday"); "the
                               # fitter can come Thursday": what is offered for a weekday is still ahead
                               # ("anyone who can help police with the crash on Tuesday" is not: near only)
        if reverse and word == "headed" and i + 1 < len(words) and words[i + 1] in ("is", "are", "'s"):
            return FUTURE      # "the minister is headed to Paris on Friday"
        if cls is None and reverse and word == "to" and i + 1 < len(words) and words[i + 1] == "and" \
                and not weekday and _INTENT_TO.search(low, left, start):
            return FUTURE      # "promised to present a budget and to call a session in the spring"
        if cls is None and word in _PLAN_WORDS and reverse and i + 1 < len(words) \
                and words[i + 1] in _DETERMINERS:
            continue           # "debated the plan for two hours on Monday": a noun
        if cls is None and word in ("plan", "plans") and reverse and i + 2 < len(words) \
                and words[i + 2] in _DETERMINERS and (words[i - 1] if i else "") != "to" \
                and not (word == "plans" and i and words[i - 1] in ("a", "an")) \
                and not _plural_subject_plans(words, i):
            continue           # "approved the spending plan Wednesday": a noun with its modifier (but
                               # "the college plans a service in the summer" is the verb with its object)
        if cls is None and word == "planning" and reverse and i and words[i - 1] in _PLANNING_NOUNS:
            continue           # "held its final planning meeting Wednesday": "planning" names a kind of
                               # meeting or body (a noun before a noun), no plan of what is ahead
        if cls is None and word in ("plan", "plans") and reverse and i == 0:
            continue           # "vetoed the $31 billion spending plan Friday night": a noun just before the time
        if cls is None and word in _PLAN_WORDS:
            # "planned to leave on Thursday", "plans a rally on Saturday"; but "the service planned
            # for Saturday was canceled", "vacation plans", "on Friday, the government planned to"
            if reverse:
                nxt = words[i - 1] if i else ""
            else:
                nxt = words[i + 1] if i + 1 < len(words) else ""
            present = not word.endswith("ed")
            # "protesters planned a rally on Saturday": a verb planning an event (not "the planned rally")
            plans_event = reverse and nxt in ("a", "an") and \
                (i + 1 >= len(words) or words[i + 1] not in _DETERMINERS)
            if (reverse and (nxt == "to" or present or plans_event)) or \
                    (not reverse and present and nxt == "to"):
                if reverse and i + 1 < len(words) and words[i + 1] in ("previously", "originally", "as"):
                    continue
                cls = FUTURE
        if cls is None and reverse and word in _SCHEDULE_BASE:
            cls = _schedule_base(words, i, reverse)
        if cls is None and reverse and word in ("break", "breaks") and i and words[i - 1] == "up":
            # Round 130: "schools in the county break up on Friday", "the college breaks up for Easter on
            # Thursday": a term's end told in the present, a schedule as "close" is (the noun "break" takes
            # no "up"; a modal, "did" or "to" before it tells its own tense, read on)
            p0 = words[i + 1] if i + 1 < len(words) else ""
            cls = FUTURE if word == "breaks" or not (p0 in _DETERMINERS or p0 in _MODALS or p0 in _PAST_WORDS
                                                     or p0 in ("to", "not", "n't", "never") or p0.endswith("'s")
                                                     or _classify(p0) is not None) else None
        if cls is None and reverse and word in _FIXTURE_BASE and i == len(words) - 1 and i \
                and words[i - 1] in ("the", "their") and _AND_OPENS.search(low, max(0, left - 8), left):
            cls = FUTURE   # Round 108: "are 12th in the table, and resume the league on Friday": a plural
                           # team's second verb, opening its clause after ", and", with its object: a fixture
        if cls is None and reverse and word in ("comes", "come") and i and words[i - 1] == "into":
            cls = FUTURE if word == "comes" else _schedule_base(words, i, reverse)   # "comes into force"
        if cls is None:
            continue
        if cls == FUTURE and reverse and "had" in words[i + 1:i + 6]:
            return PAST        # "had been due to expire Friday", "had been scheduled to"
        if cls == PAST:
            # a participle after "be" is passive, not past: "would be held on April 24"
            aux = (words[i + 1] if i + 1 < len(words) else "") if reverse else (words[i - 1] if i else "")
            if reverse and aux in ("is", "are") and any(w in _CONDITION_WORDS for w in words[i + 2:i + 6]):
                return FUTURE  # "when the review is presented in December": a present passive in a
                               # condition is still to come
            if reverse and aux in ("is", "are") and word in _OBSERVANCE_PARTICIPLES and i <= 5:
                return _NEITHER    # Round 95: "the feast is observed on the first Sunday of January", "the
                                   # fair is held in May": a present passive of a custom tells when it
                                   # recurs, no past; the nearest occurrence
            if reverse and word in _OBSERVANCE_PARTICIPLES and i <= 5 and re.search(
                    r",\s+(?:\w+ly\s+)?" + word + r"\b[^,;.!?]*$", low[left:start]):
                return _NEITHER    # the same told in an aside after its noun: "the Feast of the Three Kings,
                                   # observed on the first Sunday of January"
            if aux in ("be", "being"):
                # "would be held", "is to be signed" look ahead; "could be located" need not
                k = i + 2
                while reverse and k < len(words) - 1 and (words[k] in _ADVERBS or words[k] == "next"):
                    k += 1     # "would still be held", "will not be signed", "will next be allowed"
                modal = words[k] if reverse and k < len(words) else ""
                if c.weekday and modal in ("may", "might", "should") and i <= 4 \
                        and _participle_at_weekday(words[:i]):
                    return FUTURE  # Round 139: "residents may be allowed home on Friday": a bare weekday a
                                   # maybe-passive is told of lies ahead (one gone takes "may have been");
                                   # "could" is also the past of "can" ("could not be located Wednesday")
                return FUTURE if modal in ("will", "'ll", "would", "shall", "to", "wo", "must") else _NEITHER
        return cls
    return None


# Review fixes 7: what may stand between a maybe-passive's participle and its weekday ("may be allowed back on
# Friday", "should be reopened by Monday"); a noun between ("may be linked to a blaze Friday") tells the
# weekday of that other thing, not of what may be.
_PARTICIPLE_PARTICLES = frozenset({"back", "home", "out", "up", "down", "off", "away", "open", "again", "in"})


def _participle_at_weekday(between: list) -> bool:
    """The words from the weekday back to the participle (nearest first): only "on/by/until" and particles."""
    if between and between[0] in ("on", "by", "until"):
        between = between[1:]
    return all(w in _PARTICIPLE_PARTICLES for w in between)


# Round 95: participles of keeping a custom or holding an event, which after "is"/"are" tell a recurring date.
_OBSERVANCE_PARTICIPLES = frozenset({"observed", "celebrated", "commemorated", "marked", "held", "kept"})


# Verbs that take an object and a participle after it ("have the hearing moved", "get the rules changed").
_CAUSATIVE = frozenset({"have", "get", "having", "getting"})


def _causative_object(words: list[str], i: int) -> bool:
    """Is the -ed word words[i] (the reversed words before a time) the participle after a causative verb and
    its object, a noun phrase opened by a determiner ("have the stoppage moved", "get its fee cut")?"""
    for k in range(i + 2, min(i + 5, len(words))):
        if words[k] in _CAUSATIVE:
            return words[k - 1] in _DETERMINERS
    return False


# A word every match of _LOOKS_AHEAD holds (see _holds).
_LOOKS_AHEAD_STEMS = ("expect", "forecast", "predict", "anticipate", "promise", "pledge", "envisage", "foresee")


def _looks_ahead(c: _Clause) -> Optional[str]:
    """No decisive word near the time: a verb further back in the clause that looks ahead decides ("expect
    crowds over the holiday weekend, with Sunday the busiest day", "the schedule promises a vote this
    spring and a debate in June") -> FUTURE. (An arranging verb, "have called a meeting for Thursday", was
    asked about before the words after the time.)"""
    if _holds(c.low, c.left, c.start, _LOOKS_AHEAD_STEMS) and _LOOKS_AHEAD.search(c.low, c.left, c.start):
        return FUTURE
    if _holds(c.low, c.left, c.start, ("see",)) and _FORECASTERS_SEE.search(c.low, c.left, c.start):
        return FUTURE
    return None


def _gapped_clause(c: _Clause) -> Optional[str]:
    """A gapped clause without a verb: "halls reopen at 9 a.m. Saturday, and dining halls on Sunday
    evening" takes the tense of the clause before it. The last check: its answer, None too, is tense()'s."""
    before = c.before
    if 2 <= len(before) <= 4 and before[0] in ("on", "at", "from", "by") and not after_has_verb(c.after) \
            and _GAPPED_AND.search(c.low, max(0, c.left - 8), c.left):
        low = c.low
        comma = low.rfind(",", max(0, c.left - 8), c.left)
        if comma > 0:
            return tense(low, comma, comma)
    return None


# "will vanish behind the Moon at 23:14 and reappear at the dark edge at 00:27 on Wednesday": a second verb
# joined by "and" to a verb after "will"/"shall" shares its modal, however long the first verb phrase is (it
# can push "will" out of the words tense() reads). Bounded to 200 characters before the expression.
_WILL_AND_BARE_VERB = re.compile(r"(?<![\w'])(?:will|shall)[ \t]+(?:not[ \t]+)?[a-z]+\b(?P<mid>[^.;!?\n\"“”]*?)"
                                 r"[ \t]and[ \t]+(?:then[ \t]+)?(?P<verb>[a-z]+)\b[^.;!?\n\"“”,]*$")
# Between the verb after "will" and "and", a clause of its own ("will review the crash in which a van hit a
# wall and cut power"): a relative or subordinating word, or a new subject; "and <verb>" may then continue
# that clause, and the modal is not shared. "that" right after the verb is a determiner ("will review that
# report and publish it") unless a subject follows it; "after", "as", "before", "since", "until", "once"
# and "if" open a clause only with a past verb after them ("will climb ... after dusk and then fade").
_CLAUSE_WORDS_AFTER_WILL = frozenset(("which", "who", "whom", "whose", "where", "when", "whereas", "whereby",
                                      "although", "though", "while", "because", "he", "she", "they", "we", "i"))
_SUBORDINATORS_OR_PREPOSITIONS = frozenset(("after", "as", "before", "since", "until", "once", "if"))
# Past forms the same as the bare verb, which "and" after a past-tense clause reads as past ("a van hit
# a wall and cut power").
_PAST_LIKE_BARE = _SAME_PAST | {"cost"}
# The words _PAST_WORDS holds that are no verbs ("after last week's crash").
_PAST_NOT_A_VERB = frozenset(("ago", "last", "yesterday", "earlier", "previously", "former", "recently", "already",
                              "since"))


def _past_form_in(words: list[str]) -> bool:
    """A verb in the past among `words`, not one after a determiner or "to" (an adjective or an infinitive:
    "the damaged line", "to cut")."""
    for i, w in enumerate(words):
        if (_classify(w) == PAST or w in _PAST_LIKE_BARE) and w not in _PAST_NOT_A_VERB:
            prev = words[i - 1] if i else ""
            if prev not in _DETERMINERS and prev not in ("to", "will", "shall", "would", "can", "could", "may",
                                                         "might", "must", "should"):
                return True
    return False


def _own_clause_after_will(mid: str) -> bool:
    words = _WORD.findall(mid)
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if w in _CLAUSE_WORDS_AFTER_WILL and not (w == "because" and nxt == "of"):
            return True
        if w == "that" and (i > 0 or nxt in _DETERMINERS or nxt in _SUBJECT_PRONOUNS):
            return True
        if w in _SUBORDINATORS_OR_PREPOSITIONS and _past_form_in(words[i + 1:]):
            return True
    return False


_NOT_BARE_VERB_AFTER_AND = frozenset(("the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "it",
                                      "he", "she", "they", "we", "i", "you", "on", "at", "in", "by", "from",
                                      "to", "for", "with", "that", "this", "these", "those", "there", "not",
                                      "then", "now", "so", "but", "only", "again", "also", "was", "were", "had",
                                      "did", "said", "told", "went", "came", "saw", "made", "took"))


def _will_and_bare_verb(c: _Clause) -> Optional[str]:
    """A weekday's clause whose verb is the bare second half of "will X ... and Y" -> FUTURE (the last
    check: asked only when nothing nearer told the tense)."""
    if not c.weekday:
        return None
    low = c.low
    lo = max(0, c.start - 200)
    if "will" not in low[lo:c.start] and "shall" not in low[lo:c.start]:
        return None
    m = _WILL_AND_BARE_VERB.search(low, lo, c.start)
    if m is None:
        return None
    verb = m.group("verb")
    if _classify(verb) is not None or verb.endswith(("ed", "s")) or verb in _MODALS \
            or verb in _NOT_BARE_VERB_AFTER_AND:
        return None     # "will go ... and said on Monday", "and the": no bare verb of the same modal
    # Only a verb whose past is spelled as its bare form can continue a clause of its own or a past-tense
    # clause ("will review the crash in which a van hit a wall and cut power on Monday"); any other verb
    # there is bare, and shares the modal ("will review the report that the agency published and release
    # it on Monday").
    mid = m.group("mid")
    if verb in _PAST_LIKE_BARE and (_own_clause_after_will(mid) or _past_form_in(_WORD.findall(mid))):
        return None
    return FUTURE


# Round 95: "she would now rest until the new year and run the indoor season in February": a month shares the
# modal of "will/would X ... and Y" as a weekday does (the modal is often past the words the scan reads).
_MODAL_AND_BARE_VERB = re.compile(r"(?<![\w'])(?:will|would|shall)[ \t]+(?:not[ \t]+)?[a-z]+\b(?P<mid>[^.;!?\n\"“”]*?)"
                                  r"[ \t]and[ \t]+(?:then[ \t]+)?(?P<verb>[a-z]+)\b[^.;!?\n\"“”,]*$")
_BARE_MONTH = re.compile(r"(?:january|february|march|april|may|june|july|august|september|october|november|"
                         r"december)$")


def _modal_and_bare_verb_month(c: _Clause) -> Optional[str]:
    """A bare month whose clause's verb is the bare second half of "will/would X ... and Y" -> FUTURE (asked
    last, as _will_and_bare_verb is for a weekday)."""
    if c.weekday or not _BARE_MONTH.match(c.low, c.start, c.end):
        return None
    lo = max(0, c.start - 200)
    window = c.low[lo:c.start]
    if "will" not in window and "would" not in window and "shall" not in window:
        return None
    m = _MODAL_AND_BARE_VERB.search(c.low, lo, c.start)
    if m is None:
        return None
    verb = m.group("verb")
    if _classify(verb) is not None or verb.endswith(("ed", "s")) or verb in _MODALS \
            or verb in _NOT_BARE_VERB_AFTER_AND:
        return None
    mid = m.group("mid")
    if verb in _PAST_LIKE_BARE and (_own_clause_after_will(mid) or _past_form_in(_WORD.findall(mid))):
        return None
    return FUTURE


# Round 94: "applicants will sit the paper version of the new state nursing and midwifery entrance examination
# at 300 centres on Sunday", "freshmen can collect their locker keys from the front office of the north
# building on Thursday": a weekday whose clause opens with a modal of what is ahead ("will", "shall", "can",
# "must") and its verb, the object so long that the modal lies beyond the words the scan reads. Asked last, when
# nothing nearer told the tense; no past form, reporting verb or clause of its own may stand between the modal
# and the day.
_MODAL_AHEAD_VERB = re.compile(r"(?<![\w'])(?:will|shall|'ll|can|must)[ \t]+(?:(?:also|still|now|only|then)[ \t]+)?"
                               r"(?P<verb>[a-z]+)\b"
                               r"(?P<mid>(?:[^.;!?\n\"“”]|(?<=\b[ap])\.(?=m\.)|(?<=\b[ap]\.m)\.)*)$")


def _modal_far_before(c: _Clause) -> Optional[str]:
    if not c.weekday or c.headline:
        return None
    lo = max(c.left, c.start - 200)
    window = c.low[lo:c.start]
    if not any(w in window for w in ("will", "shall", "'ll", "can", "must")):
        return None
    m = _MODAL_AHEAD_VERB.search(c.low, lo, c.start)
    if m is None:
        return None
    verb = m.group("verb")
    if verb in ("not", "have", "be", "been") or _classify(verb) is not None or verb.endswith("ed"):
        return None     # "can not", "will have sat": a negation or a perfect, read otherwise
    words = _WORD.findall(m.group("mid"))
    if _own_clause_after_will(m.group("mid")) or _past_form_in(words) or any(w in _REPORTING for w in words):
        return None
    return FUTURE


# Round 94: "the nurses' union has threatened a walkout in March if the board does not raise pay", "warned of
# closures in May unless funds arrive": a threat or a warning of an act, the time right after its object, then a
# condition in the present: the act is ahead, whenever the threat was made.
_THREAT_VERBS = frozenset({"threatened", "threatens", "threaten", "warned", "warns", "warn", "promised", "promises",
                           "pledged", "pledges", "vowed", "vows"})
_IF_PRESENT_AFTER = re.compile(r"[ \t]+(?:if|unless)[ \t]+(?:the[ \t]+|its[ \t]+|their[ \t]+)?[a-z'-]+[ \t]+"
                               r"(?:(?:does|do|is|are|has|have)[ \t]+(?:not[ \t]+|n't[ \t]+)?|fails[ \t]+to[ \t]+|"
                               r"refuses[ \t]+to[ \t]+)")


def _threat_if_after(c: _Clause) -> Optional[str]:
    before = c.before
    if not before or before[0] not in ("in", "by", "from", "on", "before"):
        return None
    k = next((k for k, w in enumerate(before[1:6], start=1) if w in _THREAT_VERBS), None)
    if k is None or any(_classify(w) == PAST for w in before[1:k]):
        return None
    if _IF_PRESENT_AFTER.match(c.low, c.end) is None:
        return None
    return FUTURE


def _decided_start(c: _Clause) -> Optional[str]:
    """"approved a six-month trial of bike lanes, beginning in the spring": what a decision sets up starts
    after it, however far back in the clause the deciding verb is -> FUTURE (but "took the money over 11
    years, beginning in 1984" is the past verb's own time)."""
    lo = max(c.left, c.start - 200)
    window = c.low[lo:c.start]
    # (the words every match ends with first: the search starts with "\b" and so tries every word)
    if ("beginning" in window or "starting" in window) and _DECIDED_START.search(c.low, lo, c.start):
        return FUTURE
    return None


def _put_off_to(c: _Clause) -> Optional[str]:
    """"by extending the school year to June 16", "plans to push the start back to the summer": a verb
    not in the past that moves an end or a start to the time puts it ahead -> FUTURE (the past forms,
    "extended the mission through 2027", are read by the other checks)."""
    lo = max(c.left, c.start - 80)
    if _put_off_stem(c.low[lo:c.start]) and _PUT_OFF_TO.search(c.low, lo, c.start) \
            and "had" not in c.before[:8]:
        return FUTURE
    # Round 69: a present perfect passive of moving an event ("has been shifted to Sunday", "have been
    # postponed until Friday"): the event now stands at that time, still ahead (a past "was postponed to
    # Sunday" may be told after it, and is left to the other checks).
    if "been" in c.low[lo:c.start] and _PERFECT_MOVED_TO.search(c.low, lo, c.start) \
            and "had" not in c.before[:8]:
        return FUTURE
    return None


# Round 108: "the last day of classes moves to June 11", "the vote shifts to Thursday": a present of moving an
# event to the time told, where it now stands, still ahead (a past "moved to June" is read by the other checks).
_MOVES_TO = re.compile(r"\b(?:moves|shifts)[ \t]+(?:(?:back|forward|up)[ \t]+)?to[ \t]+$")


def _moves_to(c: _Clause) -> Optional[str]:
    if c.before and c.before[0] == "to" and _MOVES_TO.search(c.low, max(c.left, c.start - 30), c.start):
        return FUTURE
    return None


_PERFECT_MOVED_TO = re.compile(r"\b(?:has|have|'s|'ve)[ \t]+(?:(?:now|also|again|since|already)[ \t]+)?been[ \t]+"
                               r"(?:postponed|deferred|delayed|pushed[ \t]+back|put[ \t]+off|moved|shifted|"
                               r"rescheduled|brought[ \t]+forward|advanced)[ \t]+(?:to|until|till|for)[ \t]+"
                               r"(?:(?:this|the[ \t]+coming)[ \t]+)?$")


# Round 86: "the studio moved the release up from August", "the vote was brought forward from May": the day
# first set, later than the new one; told while the new one is still near, it is still ahead. A new time
# told after it ("... from August to June") says when the move was made to, and is left to the other checks.
_MOVED_UP_FROM = re.compile(r"\b(?:moved|brought|pulled)[ \t]+(?:(?:the|its|their|his|her)[ \t]+(?:[\w'\u2019-]+[ \t]+)"
                            r"{1,2})?(?:up|forward)[ \t]+(?:(?:the|its|their|his|her)[ \t]+(?:[\w'\u2019-]+[ \t]+){1,2})?"
                            r"from[ \t]+$")


def _moved_up_from(c: _Clause) -> Optional[str]:
    if c.before and c.before[0] == "from" and _MOVED_UP_FROM.search(c.low, max(c.left, c.start - 60), c.start) \
            and not (c.after and c.after[0] == "to"):
        return FUTURE
    return None


# Round 86: "announced a six-hour power outage for Adum on Sunday", "has imposed prohibitory orders from 6 pm on
# Tuesday": a notice of a stoppage or an order, its weekday the day it takes effect, still ahead (a notice
# comes before what it announces; a past one would be told "was cut on Sunday", "imposed ... since Tuesday").
_NOTICE_BEFORE_DAY = re.compile(
    r"\b(?:announced|announces|has[ \t]+announced|have[ \t]+announced|notified|has[ \t]+notified)[ \t]+(?:a|an|the)"
    r"[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:power[ \t]+)?(?:outage|outages|shutdown|shutdowns|power[ \t]+cut|power[ \t]+cuts|"
    r"load[ \t-]?shedding|closure|closures|water[ \t]+cut|interruption|suspension|diversion|diversions)\b"
    r"[^.;:!?\n\"\u201c\u201d]{0,80}[ \t](?:on|from)[ \t]+(?:[\d.:]+[ \t]*(?:am|pm|a\.m\.|p\.m\.)[ \t]+on[ \t]+)?$"
    r"|\b(?:has|have)[ \t]+(?:imposed|clamped|ordered|declared|banned|prohibited)\b[^.;:!?\n\"\u201c\u201d]{0,120}"
    r"[ \t]from[ \t]+(?:[\d.:]+[ \t]*(?:am|pm|a\.m\.|p\.m\.)[ \t]+on[ \t]+)?$")


# A word every match of _NOTICE_BEFORE_DAY holds (see _holds).
_NOTICE_STEMS = ("announc", "notified", "imposed", "clamped", "ordered", "declared", "banned", "prohibited")


def _notice_ahead(c: _Clause) -> Optional[str]:
    if c.weekday and c.before and c.before[0] in ("on", "from") \
            and _holds(c.low, max(c.left, c.start - 200), c.start, _NOTICE_STEMS) \
            and _NOTICE_BEFORE_DAY.search(c.low, max(c.left, c.start - 200), c.start):
        return FUTURE
    return None


def _put_off_stem(window: str) -> bool:
    # Every match of _PUT_OFF_TO holds one of these stems: testing them first spares most clauses the
    # search, which tries its lazy gap from every word of the window ("$" anchors it at the end only).
    return any(stem in window for stem in _PUT_OFF_STEMS)


_PUT_OFF_STEMS = ("extend", "prolong", "postpon", "delay", "defer", "push")


# Verbs that open a clause as an imperative asking for something later ("Ask me in May", "Check back
# in October", "Come back on Monday"): what is asked for has not happened yet.
_IMPERATIVE_OPENERS = frozenset({"ask", "check", "call", "come", "wait", "watch", "remind", "visit", "join"})


# Round 84: the imperatives of a clinical plan ("Recheck the INR on Monday", "Repeat the film in 6 weeks",
# "Return in 3 weeks"): only opening a sentence or a clause after "and", never as a noun after a determiner.
_PLAN_OPENERS = frozenset({"recheck", "repeat", "resume", "return", "reassess", "restart", "review", "follow",
                           "schedule", "arrange", "obtain", "refer", "rebook", "retest"})


def _plan_imperative(c: _Clause) -> bool:
    before = c.before
    if not before or before[0] not in ("in", "on", "by", "after") or c.headline:
        return False
    for k in range(1, min(len(before), 5)):
        w = before[k]
        if _classify(w) == PAST or w in _MODALS:
            return False
        if w not in _PLAN_OPENERS:
            continue
        if k + 1 < len(before):
            return before[k + 1] == "and" and not any(_classify(v) == PAST for v in before[k + 2:k + 8])
        return _clause_opens(c.low, c.left)
    return False


def _imperative(c: _Clause) -> Optional[str]:
    """A clause opened by an imperative ("Ask me again in October whether it holds") -> FUTURE."""
    before = c.before
    if 2 <= len(before) <= 5 and before[-1] in _IMPERATIVE_OPENERS and before[0] in ("in", "on", "by", "after"):
        return FUTURE
    if _plan_imperative(c):
        return FUTURE
    # "Send your entries to the editor, at the address below, by noon on Friday": a call for letters or
    # entries with its deadline, the object and an address between them
    if before and before[0] in ("on", "by", "before") and ("by" in before or "before" in before):
        opener = _FIRST_WORD.match(c.low, c.left, c.start)
        if opener is not None and opener.group(1) in _SUBMIT_OPENERS and _clause_opens(c.low, opener.start(1)):
            return FUTURE
    if _bare_verb_and_object(c):
        return FUTURE
    # Round 81: travel advice, "Go in May, before the crowds of July and August", "Book early, before the
    # August rush": a sentence opened by an imperative of going or booking, the time in its "before" phrase
    if "before" in before and not any(_classify(w) == PAST for w in before):
        opener = _FIRST_WORD.match(c.low, c.left, c.start)
        if opener is not None and opener.group(1) in _TRAVEL_OPENERS and _clause_opens(c.low, opener.start(1)):
            return FUTURE
    return _instruction_for_later(c)


# Round 81: what a passenger or a guest is booked to do ("booked to fly on Friday").
_TRAVEL_VERBS = frozenset({"fly", "travel", "sail", "depart", "leave", "return", "stay", "arrive", "board"})
# Round 81: imperatives of travel advice.
_TRAVEL_OPENERS = frozenset({"go", "visit", "book", "travel", "come", "arrive"})


# Object pronouns after a clause's first word: "Mulch it well in the fall", "Bench him Thursday".
_OBJECT_PRONOUNS = frozenset({"it", "him", "her", "them", "me", "us"})


def _bare_verb_and_object(c: _Clause) -> bool:
    """A clause that opens with a bare verb and an object pronoun is an instruction, for a time still to
    come: "Mulch it heavy in the fall", "Start him Thursday" (a subject would come first, a third person
    would take -s, and a past form is no base form: "Beat them on Saturday" may be a report)."""
    before = c.before
    if not 2 <= len(before) <= 6 or before[-2] not in _OBJECT_PRONOUNS or c.headline:
        return False
    if c.low[c.left:min(c.start, c.left + 4)].lstrip()[:1] in ("'", '"'):
        return False      # a quotation's opening word (bounded look: no walk over the clause)
    verb = before[-1]
    if not verb.isalpha() or len(verb) < 3 or verb.endswith(("ed", "ing")) \
            or verb.endswith("s") and not verb.endswith("ss") \
            or verb in _PAST_WORDS or verb in _SAME_PAST or verb in _MODALS or _classify(verb) is not None \
            or verb in _SUBJECT_PRONOUNS or verb in _DETERMINERS or verb in _PREPOSITIONS \
            or verb in _NOT_A_VERB_BEFORE or verb in _CLAUSE_OPENERS:
        return False
    return not any(_classify(w) == PAST or w in ("was", "were", "did", "had") for w in before[:-2])


# A clause of time addressed to the reader in the present, "Before you log off on Friday, ...", "Once we
# move on Monday, ...": advice or instructions for what is still to come.
_TIME_CONJUNCTIONS = frozenset({"before", "once", "when", "until", "till", "after"})


def _instruction_for_later(c: _Clause) -> Optional[str]:
    before = c.before
    if not 3 <= len(before) <= 7 or before[-1] not in _TIME_CONJUNCTIONS or before[-2] not in ("you", "we") \
            or before[0] not in ("on", "by", "at", "this", "next"):
        return None
    for w in before[:-2]:
        if _classify(w) == PAST or w in _MODALS or w in ("was", "were", "had", "did", "has", "have", "'d") \
                or w in _SAME_PAST:
            return None
    return FUTURE


_FIRST_WORD = re.compile(r"[ \t\n\"'\u201c\u2018(]*([a-z-]+)\b")
# Imperatives asking readers to send something in by a time.
_SUBMIT_OPENERS = frozenset({"send", "write", "email", "e-mail", "submit", "post", "register", "apply"})


def _clause_opens(low: str, left: int) -> bool:
    """Does the clause starting at low[left] open a sentence (nothing but blanks or quotes after a stop)?"""
    i = left - 1
    while i >= 0 and low[i] in " \t\n\"'\u201c\u2018(":
        i -= 1
    return i < 0 or low[i] in ".!?:"


# A wish for what is still to come, with the time it is for: "Good luck on Friday", "best of luck for
# Saturday's final", "all the best for the exams in June".
# A farewell that names the next meeting, "See you on the 10th!", "see you all there on Friday", looks
# ahead too.
_WISH_FOR = re.compile(r"\b(?:good|best[ \t]+of)[ \t]+luck|\ball[ \t]+the[ \t]+best\b|"
                       r"\bsee[ \t]+you(?:[ \t]+(?:all|there|again|soon))*[ \t]+(?:on|at|in|this|next)[ \t]")


# A day declared a day off: "declared Friday a non-working day", "proclaimed Monday a public holiday".
_DECLARED_BEFORE = re.compile(r"\b(?:declared|declares|declare|proclaimed|proclaims|proclaim)[ \t]+$")
_DAY_OFF_AFTER = re.compile(r"[ \t]+an?[ \t]+(?:[a-z-]+[ \t]+){0,2}?(?:holiday|non-working[ \t]+day|day[ \t]+off|"
                            r"rest[ \t]+day|day[ \t]+of[ \t]+(?:mourning|rest|prayer))\b")


def _declared_day_off(c: _Clause) -> Optional[str]:
    """"The government declared Friday a non-working day": a day is made a holiday before it comes, so the
    weekday lies ahead of the declaration -> FUTURE."""
    if c.weekday and _DECLARED_BEFORE.search(c.low, max(c.left, c.start - 16), c.start) \
            and _DAY_OFF_AFTER.match(c.low, c.end):
        return FUTURE
    return None


def _wish(c: _Clause) -> Optional[str]:
    """"Good luck on Friday", "See you on the 10th": a wish opening the clause looks ahead -> FUTURE."""
    before = c.before
    if 2 <= len(before) <= 6 and before[0] in ("on", "for", "in", "at", "with", "this", "next") \
            and _holds(c.low, c.left, c.start, ("luck", "best", "see")) and _WISH_FOR.search(c.low, c.left, c.start):
        return FUTURE
    # The farewell with the day right after it, no preposition between: "See you Sunday!", "see you all
    # Friday" (the look-back is bounded: 40 characters).
    # It must open its clause or follow a comma ("Thanks, see you Monday"): "I didn't see you Monday" is a
    # sighting, not a farewell.
    if len(before) >= 2:
        m = _SEE_YOU_BARE.search(c.low, max(c.left, c.start - 40), c.start) \
            if _holds(c.low, max(c.left, c.start - 40), c.start, ("see",)) else None
        lead = c.low[c.left:m.start()].rstrip(" \t\n\"'\u201c\u2018(") if m is not None else None
        if lead is not None and (not lead or lead[-1] in ",;-\u2013\u2014"):
            return FUTURE
    return None


# Round 109: an infinitive of purpose with its own subject right before the time ("set aside for the board to review
# Friday morning", "a room kept for the jury to visit on Monday"): what is to be done, ahead.
_PURPOSE_FOR_TO = re.compile(r"\bfor[ \t]+(?:the|a|an|its|their|his|her)[ \t]+(?:[a-z-]+[ \t]+){0,2}?to[ \t]+"
                             r"(?!(?:the|a|an|its|their|his|her|this|that|next|last|be|have)\b)[a-z]+[ \t]+(?:on[ \t]+)?$")


# Round 109: a habit told in the present before the time ("turnout in runoffs usually drops, particularly in
# December"): no one occasion, past or ahead, whatever verb reports it ("officials warned that ...").
_HABIT_ADVERBS = frozenset(("usually", "typically", "normally", "generally", "always", "often", "traditionally"))
_HABIT_PRESENT_BEFORE = re.compile(r"\b(?:usually|typically|normally|generally|always|often|traditionally)[ \t]+"
                                   r"[a-z]+s\b[^.;:!?\n]{0,40}$")


def _habit_present(c: _Clause) -> Optional[str]:
    """Round 109: "usually drops, particularly in December" -> neither tense (the nearest occurrence)."""
    lo = max(c.left, c.start - 60)
    m = _HABIT_PRESENT_BEFORE.search(c.low, lo, c.start) if _holds(c.low, lo, c.start, _HABIT_ADVERBS) else None
    if m is None:
        return None
    if any(_classify(w) is not None or w in _MODALS for w in _WORD.findall(c.low, m.start(), c.start)[2:]):
        return None
    return _NEITHER


# Review fixes 2: words before a past form that make it no simple past of the main clause ("has been held back",
# "will be kept", "to be set aside").
_NOT_SIMPLE_PAST_BEFORE = frozenset(("has", "have", "having", "'ve", "is", "are", "am", "be", "being", "to", "will",
                                     "shall", "would", "could", "can", "may", "might", "must", "should"))


def _purpose_for_to(c: _Clause) -> Optional[str]:
    """Round 109: "set aside for the board to review Friday morning" -> FUTURE. Review fixes 2: not under a main
    clause told in the simple past ("The report was sent for the board to review on Friday, and the board
    approved it"): the clause's own tense decides."""
    lo = max(c.left, c.start - 60)
    m = _PURPOSE_FOR_TO.search(c.low, lo, c.start) if _holds(c.low, lo, c.start, ("for",)) else None
    if m is None:
        return None
    words = _WORD.findall(c.low, c.left, m.start())
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        # a finite past ("was sent", "were submitted", "she sent"), not a participle after its noun ("a room
        # kept for the jury to visit") nor "has been held back"
        if w in ("was", "were", "did", "had") or _classify(w) == PAST and i and words[i - 1] in _SUBJECT_PRONOUNS:
            if not _NOT_SIMPLE_PAST_BEFORE.intersection(words[max(0, i - 3):i]):
                return None
    return FUTURE


# "see you" (and "all", "there", "again", "then") just before the expression, nothing else between.
_SEE_YOU_BARE = re.compile(r"\bsee[ \t]+you(?:[ \t]+(?:all|there|again|then))?[ \t]+$")


# A phrase of expectation before a time, with at most an event noun or two between ("on track for launch
# Tuesday", "in time for the vote on Friday", "ahead of Sunday's"): what is awaited lies ahead. Asked
# after the scans, so a past verb of the clause still dates it ("the party spent heavily ahead of the
# vote on Sunday" may tell of a vote already held).
# A count of the time still left before an event: "with four days left before Tuesday's election",
# "two weeks to go until Saturday's final".
_TIME_LEFT = r"(?:days|weeks|hours)[ \t]+(?:left|remaining|to[ \t]+go)[ \t]+(?:before|until|till)"
_TIME_LEFT_BEFORE = re.compile(r"\b" + _TIME_LEFT + r"(?:[ \t]+(?:the|a|an|its|their|this))?(?:[ \t]+[a-z-]+){0,2}?"
                               r"[ \t]+$")
_EXPECTING = (r"(?:on[ \t]+(?:track|course|schedule)[ \t]+for|in[ \t]+time[ \t]+for|"
              r"ahead[ \t]+of(?![ \t]+schedule\b)|"
              r"in[ \t]+(?:advance|anticipation)[ \t]+of|in[ \t]+the[ \t]+(?:run|lead)-up[ \t]+to|"
              r"in[ \t]+preparation[ \t]+for|prepar(?:ing|es?)[ \t]+for|"
              r"(?:gearing|geared|getting)[ \t]+up[ \t]+for|brac(?:ing|ed)[ \t]+for|"
              r"countdown[ \t]+to|looking[ \t]+(?:ahead|forward)[ \t]+to|" + _TIME_LEFT + ")")
_EXPECTING_BEFORE = re.compile(r"\b" + _EXPECTING + r"(?:[ \t]+(?:the|a|an|its|their|this))?(?:[ \t]+[a-z-]+){0,2}?"
                               r"(?:[ \t]+(?:on|at))?[ \t]+$")
# A rule or warning in force now, from a time (and to another): "a curfew is in effect from 10 p.m.
# Friday to 6 a.m. Saturday" announces the hours to come.
_IN_EFFECT_FROM = re.compile(r"\b(?:is|are)[ \t]+(?:now[ \t]+)?in[ \t]+(?:effect|force|place)[ \t]+from"
                             r"(?:[ \t]+[^;!?\n]{1,40}?[ \t]+(?:to|and|until|through))?[ \t]+$")
# The same rule or ban held now for a named day: "a fire ban remains in place for Friday", "the order is in
# force for Saturday" -> FUTURE (the ban is set for a day to come; "was in place" is no cue).
_IN_FORCE_FOR = re.compile(r"\b(?:is|are|remains?|stays?)[ \t]+(?:now[ \t]+|still[ \t]+)?in[ \t]+"
                           r"(?:effect|force|place)[ \t]+for[ \t]+$")


def _expected(c: _Clause) -> Optional[str]:
    """"on track for launch Tuesday", "in effect from noon Friday" -> FUTURE (see _EXPECTING_BEFORE)."""
    lo = max(c.left, c.start - 80)
    if _EXPECTING_BEFORE.search(c.low, lo, c.start) or _holds(c.low, lo, c.start, ("effect", "force", "place")) \
            and (_IN_EFFECT_FROM.search(c.low, lo, c.start) or _IN_FORCE_FOR.search(c.low, lo, c.start)):
        return FUTURE
    return None


# A possessive time before the event it dates, and a verb of nearing after that event: "with Friday's
# ceremony approaching", "as Sunday's vote nears".
# (A hard-wrapped line may break between the noun and the verb.)
_WRAP_GAP = r"(?:[ \t]+(?:\n[ \t]*)?|\n[ \t]*)"   # (one way to split a run of blanks: no backtracking)
_NEARING_AFTER = re.compile(r"'s(?:" + _WRAP_GAP + r"[a-z-]+){1,3}" + _WRAP_GAP + r"(?:approaching|approaches|nears|"
                            r"nearing|neared|looms|looming|loomed|(?:draws|drawing|drew)[ \t]+(?:near|nearer|closer))\b")


def expected_event(low: str, start: int, end: int) -> bool:
    """Is the possessive time low[start:end] ("Friday's") the date of an event awaited, by a phrase of
    expectation before it ("ahead of Friday's vote", "booked for Friday's show") or a verb of nearing
    after its noun ("with Friday's ceremony approaching")? The caller still asks the clause's tense."""
    if _NEARING_AFTER.match(low, end):
        return True
    left, _ = _clause(low, start, end)
    return _EXPECTING_BEFORE.search(low, max(left, start - 80), start) is not None \
        or _BOOKED_FOR.search(low, max(left, start - 40), start) is not None


def time_left_before(low: str, start: int) -> bool:
    """"with four days left before Tuesday's election": a countdown, told at the time of writing, to a
    day still ahead of it, whatever the tense of the sentence around ("..., the challenger said Thursday")."""
    return _TIME_LEFT_BEFORE.search(low, max(0, start - 60), start) is not None


_BOOKED_FOR = re.compile(r"\b(?:booked|set|scheduled|slated|planned|timed)[ \t]+for[ \t]+$")


# The checks of tense(), in order: the first that answers (not None) decides.
# Round 98: an interviewer's or a narrator's turn back in time ("Take me back to mid-March", "Think back to
# January", "Cast your mind back to the spring", "Let's go back to that Friday"): an imperative, but of memory;
# the time is a past one.
_RECALL_VERBS = frozenset({"take", "takes", "took", "think", "cast", "go", "going", "went", "look", "looking",
                           "bring", "wind", "rewind", "flash", "travel"})
_RECALL_OBJECTS = frozenset({"me", "us", "you", "your", "mind", "minds", "our", "them", "listeners", "viewers"})


def _recalled_back_to(c: _Clause) -> Optional[str]:
    """Round 98: "back to <time>" after a verb of going or thinking -> PAST."""
    before = c.before
    if len(before) < 3 or before[0] != "to" or before[1] != "back":    # ("go back in October": a trip)
        return None
    k = 2
    while k < len(before) and k < 5 and before[k] in _RECALL_OBJECTS:
        k += 1
    return PAST if k < len(before) and before[k] in _RECALL_VERBS else None


# Round 98: a runway, what a company, a city or a camp has enough of to last ("had enough cash to keep
# operating through the summer", "has enough fuel to last into March"): a time still ahead, however the
# report of it is told.
_RUNWAY = re.compile(r"\benough[ \t]+(?:cash|money|funds|funding|liquidity|capital|food|fuel|water|supplies|"
                     r"vaccine|doses|coal|gas|grain)\b[^.;:!?]{0,12}?[ \t]to[ \t]+(?:[a-z]+[ \t]+){1,3}?"
                     r"(?:through|into|until|till|beyond|past)[ \t]+$")


def _runway(c: _Clause) -> Optional[str]:
    """Round 98: "enough cash to keep operating through <time>" -> FUTURE."""
    if not c.before or c.before[0] not in ("through", "into", "until", "till", "beyond", "past", "the", "early",
                                           "mid", "late"):
        return None
    seg = c.low[max(c.left, c.start - 90):c.start]
    seg = re.sub(r"(?:the|early|mid-?|late)[ \t]+$", "", seg) if not seg.endswith(("through ", "into ")) else seg
    return FUTURE if _RUNWAY.search(seg) else None


# Round 114: a relative clause whose verb has one form for present and past, before its object ("the
# server, which set a record on Saturday, will stay open", "the mayor, who cut the ribbon on Friday"): told
# of one day it is the past (a present would be "sets"); the main clause's "will" after it is no cue.
_RELATIVE_PRONOUNS = frozenset(("which", "who"))
_OBJECT_OPENERS = frozenset(("a", "an", "the", "its", "his", "her", "their", "record", "records"))


def _relative_same_past(c: _Clause) -> Optional[str]:
    if not c.weekday:
        return None
    before = c.before
    for k in range(1, min(len(before) - 1, 9)):
        if before[k] in _SAME_PAST and before[k + 1] in _RELATIVE_PRONOUNS and before[k - 1] in _OBJECT_OPENERS:
            if any(w in _MODALS or w in _FUTURE_WORDS or w in ("is", "are", "has", "have", "to")
                   for w in before[:k]):
                return None
            return PAST
    return None


_CHECKS = (
    _recalled_back_to,
    _runway,
    _imperative,
    _wish,
    _purpose_for_to,
    _habit_present,
    _declared_day_off,
    _lasted_until,
    _did_until,
    _weekday_subject,
    _said_period_subject,
    _present_conditional,
    _deadline_in_condition,
    _warning_of,
    _when_present,
    _booked_trips,
    _perfect_booking,
    _perfect_called_event,
    _when_will_after,
    _chance_of,
    _asked_for_by,
    _release_calendar,
    _setting_for,
    _past_deadline,
    _tally_until,
    _moved_up_from,
    _notice_ahead,
    _deadline,
    _gapped_through,
    _through_ahead,
    _copula_schedule,
    _urged_deadline,
    _takes_effect,
    _change_from,
    _change_base,
    _follows_on,
    _followed_by,
    _forecast_compared,
    _arranged_time_or_chance,
    _not_before,
    _as_soon_as_early_as,
    _as_soon_as_clause,
    _decided_start,
    _put_off_to,
    _moves_to,
    _threat_if_after,
    _relative_same_past,
    _preview_held,
    _fronted_day_base,
    _tied_to_event,
    _decided_instead,
    _scan_before,
    _arranged_for,
    _will_then_reported,
    _scan_after,
    _expected,
    _looks_ahead,
    _gapped_clause,
    _will_and_bare_verb,
    _modal_and_bare_verb_month,
    _modal_far_before,
    _listing_hours,
    _from_day,
)


# One or two clock times with their preposition just before a weekday ("from 10 pm on ", "between 10 pm and
# 2 am on ", "at 9:30 a.m. on "); the search is bounded to 48 characters before the day.
_CLOCK_ONE = r"\d{1,2}(?:[:.]\d\d)?(?:[ \t]*(?:[ap]\.?m\.?|gmt|utc|bst|[ecmp][sd]t))?"
# A present copula whose predicate is a span of clock times before "on" and a weekday ("is between 10 pm
# and 2 am on Monday night"): a schedule, as "is at 9 pm on Monday" (see _copula_schedule).
_COPULA_CLOCK_SPAN = re.compile(r"(?<![\w'])(?:is|are)[ \t]+(?:(?:between|from)[ \t]+)?" + _CLOCK_ONE
                                + r"[ \t]+(?:and|to|until|till)[ \t]+" + _CLOCK_ONE + r"[ \t]+on[ \t]+$")
# A chance or an opportunity held in the present, with the weekday it falls on: "fans have a last chance
# on Sunday", "there is a good opportunity on Friday night" (see _chance_of).
_HAS_CHANCE_ON = re.compile(r"(?<![\w'])(?:have|has|is|are|gets?)[ \t]+(?:(?:a|an|another|one|their|its|"
                            r"his|her|our|your|the)[ \t]+)?(?:[a-z-]+[ \t]+){0,2}(?:chance|opportunity)"
                            r"[ \t]+(?:on[ \t]+)?$")
_CLOCKS_BEFORE_DAY = re.compile(r"\b(?:from|at|by|until|till|between|after|before)[ \t]+" + _CLOCK_ONE
                                + r"(?:[ \t]+(?:and|to|until|till)[ \t]+" + _CLOCK_ONE + r")?[ \t]+on[ \t]+$")


# Round 149: the second clock time of a pair before the day, after "until" or "till" (see tense).
_TILL_CLOCK_ON = re.compile(r"(?<![\w])(until|till)[ \t]+" + _CLOCK_ONE + r"[ \t]+on[ \t]+$")
# Review 13: only an adjournment's verb makes "at X till Y on Day" a moment and a day ahead; "voting was held
# at 8 am till 8 pm on Monday" is a range of clock times on that day.
_ADJOURN_VERB = re.compile(r"\b(?:adjourn(?:s|ed|ing)?|rose|rises?|suspend(?:s|ed|ing)?|recess(?:es|ed|ing)?"
                           r"|st(?:ood|ands?)[ \t]+down|stood[ \t]+(?:the[ \t]+\w+[ \t]+)?down)\b")


# Round 149: a "self-" compound adjective ending in a participle ("self-employed", "self-appointed").
_SELF_COMPOUND = re.compile(r"\bself-[a-z]+ed\b")


_PARTICIPLE_ASIDE = re.compile(r"(?<=[a-z]),[ \t]+(?:priced|valued|aged|rated|costed|budgeted|estimated|"
                               r"sized|numbered)[ \t](?:[^,.;:!?\n]|(?<=\d)\.(?=\d)){1,40},")


# Round 112: a venue named before a time ("at the Riverside Community Centre", "in the town hall").
_PLACE_BEFORE_TIME = re.compile(r"\b(?:at|in)[ \t]+the[ \t]+(?:[a-z'\u2019-]+[ \t]+){0,3}(?:hall|centre|center|church|"
                                r"library|chambers|theatre|theater|stadium|arena|museum|cathedral|pavilion)"
                                r"[ \t]+(?:on[ \t]+)?$")


def tense(low: str, start: int, end: int) -> Optional[str]:
    """PAST, FUTURE or None for the clause around low[start:end] (the lower-cased text).

    The verb governing a time adverbial usually comes before it, so the words to the left are read
    first (nearest first), then those to the right: the checks in _CHECKS are asked in order and the
    first answer decides (_NEITHER: None, without asking the others).
    """
    left, right = _clause(low, start, end)
    headline = in_headline(low, start)
    weekday = _WEEKDAY.search(low, start, end) is not None
    reach = _MAX_WORDS
    if weekday:
        # "will hold a watch at its site on the moor from 10 pm on Tuesday": the clock times told just
        # before the day belong to it and are no words of the clause; the verb is read past them.
        m = _CLOCKS_BEFORE_DAY.search(low, max(left, start - 48), start)
        if m is not None:
            reach += len(_WORD.findall(m.group(0)))
        # Round 112: "will hold a public meeting at the Marrowbridge Town Hall at 7.30pm on Wednesday": the
        # place of the event, before its time, is no word of the verb's either
        at = m.start() if m is not None else start
        place = _PLACE_BEFORE_TIME.search(low, max(left, at - 64), at)
        if place is not None:
            reach += len(_WORD.findall(place.group(0)))
    seg = low[left:start]
    if weekday and m is not None and m.group(0)[:5] in ("until", "till "):
        # Round 117: "adjourned the matter until 10am on Monday": the clock time between "until" and the day
        # hides the "until" the checks read first; read the clause as "adjourned the matter until Monday"
        seg = low[left:m.start()] + m.group(0).split(None, 1)[0]
    elif weekday and m is not None and m.group(0)[:3] == "at ":
        # Round 149: "adjourned the House at 4.20 pm till 11 am on Thursday": the "till" that hides the
        # verb's day-ahead reading comes after a clock time of the verb's own; read the clause as
        # "adjourned the House at 4.20 pm till Thursday"
        u = _TILL_CLOCK_ON.search(m.group(0))
        if u is not None and _ADJOURN_VERB.search(low, left, m.start()):
            seg = low[left:m.start() + u.start()] + u.group(1)
    if "," in seg:
        # Round 88: "Tickets, priced at £14.50, go on sale at 9am on Friday": a participle's aside between
        # commas glosses a noun; its "-ed" is no tense of the clause
        seg = _PARTICIPLE_ASIDE.sub(",", seg)
    before = _words(seg, 0, len(seg))[-reach:]
    after = _words(low, end, right)[:_MAX_WORDS]
    before.reverse()
    c = _Clause(low, start, end, left, right, before, after, weekday, headline)
    for check in _CHECKS:
        found = check(c)
        if found is not None:
            return None if found is _NEITHER else found
    if weekday:
        return _far_future_auxiliary(seg, reach)
    return None


# Round 124: "They will be flown by ski plane to the logistics camp at Union Glacier on Saturday": a long passive
# with its route between the verb and the day puts "will" past the words read; a "will be" (or "'ll be") a
# few words further back, with no past-tense word nearer the day, still tells the day is to come.
# Review fixes 4 (stop 25): "There will be no charges against the driver whose car hit the barrier ... on
# Saturday": a relative pronoun or an event's noun between the "will be" and the day tells the day of another
# clause, one told in the past as often as not; and the reach is shorter.
_FAR_REACH = 5
_FAR_CLAUSE_STOPS = frozenset(("who", "whose", "whom", "which", "that", "where", "crash", "accident", "collision",
                               "attack", "fire", "incident", "shooting", "blast", "explosion", "raid", "clash",
                               "protest", "match", "game", "storm", "death", "killing", "arrest", "robbery"))


def _far_future_auxiliary(seg: str, reach: int) -> Optional[str]:
    words = _words(seg, 0, len(seg))[-(reach + _FAR_REACH):]
    words.reverse()
    for i, w in enumerate(words):
        if w in _FAR_CLAUSE_STOPS:
            return None
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if w == "be" and i >= reach and (nxt == "will" or nxt.endswith("'ll")):
            return FUTURE
        if _classify(w) == PAST and nxt not in ("be", "been", "being"):
            return None     # a past verb nearer the day ("were moved to the camp at ... on Saturday")
    return None


# Subordinators of condition and time: with a present-tense verb their clause looks ahead ("when" only
# with a present passive, "when the report is presented": an irregular past like "when prices hit" is
# common in news).
_CONDITION_WORDS = {"if", "once", "when"}
_IF_WORDS = {"if", "once"}
# Forecast participles that "than"/"as" turn into a comparison ("better than expected").
_COMPARED_FORECAST = {"expected", "forecast", "predicted", "anticipated", "projected", "estimated", "hoped",
                      "feared", "planned", "scheduled"}
# Predicates of forecast before "to": "was likely to", "is expected to".
_FORECAST_ADJ = {"likely", "unlikely", "expected", "forecast", "projected", "predicted", "due", "set"}
_TO_COMMA = re.compile(r"[^,]*")


def _present_condition(low: str, start: int, end: int, right: int, ends_here: bool = False) -> bool:
    """No past-tense word (nor modal) between the subordinator before low[start:end] and the next comma
    or clause end: "if the January strikes fail to produce a settlement". With `ends_here`, a condition
    whose verb came before the time and that ends with it counts too ("if the impasse drags on past
    mid-August, ...")."""
    m = _TO_COMMA.match(low, end, right)
    rest = _WORD.findall(low, end, m.end() if m else right)[:_MAX_WORDS]
    if not rest:
        return ends_here
    return not any(_classify(w) == PAST or w in _MODALS or w in ("has", "have") for w in rest)


# Irregular past verbs of an activity that can run until a time ("the panel met until 2 a.m.").
_DID_ACTIVITY = {"met", "fought", "spoke", "sang", "swam", "rode", "drove", "flew", "ate", "drank", "slept", "sat"}
# Round 147: words after "starting"/"beginning" that lead to the time it starts at ("starting next month",
# "beginning the week of"), not an object of the participle.
_STARTING_TIME_WORDS = frozenset({"in", "on", "at", "from", "with", "next", "this", "the", "early", "late", "mid",
                                  "as", "around", "about", "no", "immediately", "today", "tomorrow", "tonight"})
# The words the checks below look at first (one set lookup per word keeps the loop fast).
_CUE_WORDS_X = frozenset({"starting", "beginning", "going", "said", "says", "could", "should", "may", "might",
                          "needs", "must", "asked", "urged", "told", "ordered", "invited", "summoned",
                          "directed", "instructed", "called", "advised", "encouraged", "requested"})
# A negation before "until": what happened only then ("did not notice until a head count at 6 a.m.").
_NOT_UNTIL = frozenset({"not", "n't", "never", "didn't", "wasn't", "weren't", "did"})
# Hedges before a deadline: a guess at how long, so still ahead.
_HEDGES = {"possibly", "probably", "perhaps", "maybe"}
# Words that may open a clause before a fronted time ("And by then, ...").
_CLAUSE_OPENERS = {"and", "but", "so", "then", "yet"}
_SUBJECT_PRONOUNS = {"we", "they", "he", "she", "it", "i", "you"}
# Past verbs that put something off to a later time: after them "until"/"by" still names a time ahead
# ("the Senate adjourned until Monday", "the vote was delayed until Friday").
_PUT_OFF = {"adjourned", "recessed", "postponed", "delayed", "deferred", "extended", "suspended", "pushed",
            "moved", "rescheduled", "closed", "shut", "banned", "barred", "granted", "gave", "given", "allowed",
            "ordered", "told", "asked", "set", "put", "halted", "paused", "stopped", "frozen", "froze",
            "blocked", "stayed", "tabled", "locked", "sealed", "lifted", "said", "announced"}


# Past verbs that set a period's end: before "through" and a weekday the end is still ahead ("extended the
# advisory through Friday", published on a Wednesday).
_EXTENDED = {"extended", "issued", "suspended", "postponed", "closed", "shut", "banned", "barred", "halted",
             "paused", "canceled", "cancelled", "lifted", "imposed", "declared", "ordered"}
# Before a schedule verb's -s form: a preposition, a determiner or a count in figures (and maybe a hyphened
# modifier) make it a plural noun ("on party-line votes", "after two rounds of votes", "the returns", "won
# by 412 votes"); a year is no count ("Fiscal 1996 ends June 30").
_NOUN_BEFORE = re.compile(r"(?:^|[^a-z'])(?:of|at|in|on|for|with|from|by|after|before|the|a|an|its|their|his|"
                          r"her|our|two|three|several|many|(?<![\d,.])\d{1,3}(?:,\d{3})*)[ \t]+"
                          r"(?:(?![a-z]+-(?:[a-z]+-)*(?:elect|designate|general|chief)[ \t])[a-z]+-[a-z-]+[ \t]+)?$")
# (Round 100: not after a title written with a hyphen, "the president-elect takes office on December 1", "the
# secretary-general visits": a person, then the verb)


_TIME_NAMES = frozenset(("jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "june",
                         "jun", "july", "jul", "aug", "august", "sept", "sep", "september", "oct", "october",
                         "nov", "november", "dec", "december", "monday", "tuesday", "wednesday", "thursday",
                         "friday", "saturday", "sunday"))


def _up_to_other_time(words: list[str]) -> list[str]:
    """The words before a time (nearest first) up to another time named before it: the verb beyond that
    one governs it ("tickets bought by Sept. 15 for travel through Dec. 15": "bought" is Sept. 15's)."""
    for i, w in enumerate(words):
        if w in _TIME_NAMES:
            if any(x in ("from", "between") for x in words[i + 1:i + 3]):
                continue      # "were allowed from July 1 through Friday": one range, one verb
            return words[:i]
    return words


def _lasts_ahead(words: list[str]) -> bool:
    """Before "through" (nearest first): a modal with a verb of lasting before any past verb ("had
    brightened ... and should remain visible through mid-April")."""
    lasting = False
    for w in words:
        if w in _LASTS_PRESENT and w not in ("is", "are"):
            lasting = True
            continue
        if lasting and w in ("should", "will", "would", "could", "may", "might", "must", "'ll"):
            return True
        if _classify(w) == PAST:
            return False
    return False


def _plural_noun(low: str, left: int, start: int, i: int) -> bool:
    """Is the i-th word before `start` (nearest first) a plural noun, by the word before it?"""
    found = list(_WORD.finditer(low, left, start))
    if i >= len(found):
        return False
    pos = found[-1 - i].start()
    if _NUMBERED_NAME.search(low, max(left, pos - 40), pos):
        return False     # Round 114: "Season 3 ends on Monday": the number names the season, the verb follows
    return _NOUN_BEFORE.search(low, max(left, pos - 40), pos) is not None


def _score_to(low: str, left: int, start: int) -> bool:
    """Is the last "to" between `left` and `start` a vote's or a score's ("voted 7 to 2"), no infinitive?
    (The words the cues read leave numbers out; "voted 5 to 4 to close" still has its infinitive.)"""
    k = low.rfind(" to ", left, start)
    return k > left and low[k - 1].isdigit() and low[k + 4:k + 5].isdigit()


# A present verb of wish before an object and a participle: "wants the plan approved by December" sets a
# deadline still ahead (the participle is no past verb).
_WANTS = frozenset(("wants", "want", "needs", "need", "expects", "expect", "hopes", "hope", "wishes", "wish"))


# Round 114: a numbered part of a series, release or contest ("Season 3", "Chapter 2", "Phase 4"): the number
# ends the subject's name, so the -s word after it is its verb ("Season 3 ends Monday"), not a plural after
# a count ("3 ends").
_NUMBERED_NAME = re.compile(r"(?:^|[^a-z'])(?:season|series|chapter|phase|episode|act|stage|level|version|"
                            r"volume|tier|wave|update|patch)[ \t]+\d{1,3}[ \t]+$")


# Round 111: prepositions of a place an activity went on in ("flew over the area", "searched along the shore").
_PLACE_PREPOSITIONS = frozenset(("over", "around", "across", "along", "above", "near", "outside", "inside",
                                 "through", "throughout"))


def _past_before_deadline(before: list[str], after: list[str]) -> bool:
    """Before "by"/"until" (before[0]), is the governing verb past ("there were nine by", "the House
    debated until"), or does a pronoun and a past verb follow the time ("by Friday we were apart", "by 1890
    they employed 300")?"""
    if "had" in before[:6] or len(before) > 1 and before[1] in _HEDGES:
        return False     # (a hedge, "possibly until September", guesses at what is still ahead)
    if before[0] == "by" and after[:1] and after[0] in ("will", "shall", "must"):
        return False     # Round 114: "orders placed by Friday will ship free": the participle qualifies the
                         # subject, whose modal verb after the time governs it (a deadline ahead); not
                         # "could"/"may" ("ballots postmarked by Election Day could still arrive": a day gone)
    if before[0] == "by" and len(before) > 3 and before[2:4] == ["cent", "per"]:
        # Round 81: "planting was 64 per cent complete by Friday": the share (its figure no word) stands
        # between the predicate and "was", which governs as in "was 64% complete by Friday"
        before = before[:2] + before[4:]
    if len(after) >= 2 and after[0] in _SUBJECT_PRONOUNS \
            and (after[1] in ("was", "were") or _classify(after[1]) == PAST) and after[1] not in _REPORTING:
        return True            # "by the end of the decade they employed 40 people" ("until May, she said"
                               # only tells who says it: the clause before has the tense)
    if before[0] == "by" and all(w in _CLAUSE_OPENERS for w in before[1:]):
        # "By February, parents were complaining", "By Tuesday night the ice on the lines was two inches
        # thick": the clause after the fronted time, its subject a noun phrase of a few words
        for w in after[:10]:
            if w in _MODALS or w in ("is", "are", "has", "have", "to", "that", "which", "who", "whose"):
                break
            if w in ("was", "were") or _classify(w) == PAST:
                return True
    if len(before) < 2:
        return False
    if len(before) > 3 and before[2] == "being" and before[3] in ("was", "were") and before[1] not in _PUT_OFF \
            and (before[1].endswith("ed") or before[1].endswith("en")):
        return True            # Round 100: "cards were being issued until Monday": a process under way then,
                               # which stopped then (no deadline put off: "was being postponed until")
    w = before[1]
    if w not in _PUT_OFF and (len(w) > 4 and w.endswith("ed") and w not in _NOT_PAST or w in _DID_ACTIVITY) \
            and (len(before) < 3 or before[2] not in _DETERMINERS) \
            and not any(x in _BE_FORMS or x in _MODALS or x in ("to", "has", "have") or x in _BE_CONTRACTED
                        or _classify(x) == FUTURE for x in before[2:5]) \
            and not any(x in _WANTS for x in before[2:7]) \
            and not (len(before) > 2 and before[2] == "and" and _shares_will_be(before, 3)):
        return True            # "lawmakers debated until 11 p.m.": an activity that stopped then (Round 125:
                               # not "could be tabled on Thursday and passed by the weekend", a participle
                               # sharing the modal of the one before "and")
    if before[0] in ("until", "till"):
        # Round 111: "a helicopter flew over the area until 1 a.m.", "dogs searched along the river until dusk":
        # an activity, a phrase of place between it and "until", that stopped then
        for j in (2, 3, 4):
            if j + 1 >= len(before) or before[j] not in _PLACE_PREPOSITIONS:
                continue
            v = before[j + 1]
            if v not in _PUT_OFF and (len(v) > 4 and v.endswith("ed") and v not in _NOT_PAST or v in _DID_ACTIVITY) \
                    and not any(x in _BE_FORMS or x in _MODALS or x in ("to", "has", "have", "had")
                                or x in _BE_CONTRACTED or _classify(x) == FUTURE for x in before[j + 2:j + 5]):
                return True
            break
    for i in (1, 2, 3):
        if i >= len(before) or i == 3 and not before[2].endswith("ly"):
            break          # (a third word back only after an adverb: "was nearly empty by Monday")
        w = before[i]
        if w == "to" or w in _MODALS or _classify(w) == FUTURE:
            return False
        if w in ("was", "were"):
            nxt = before[i - 1] if i > 1 else ""
            return bool(nxt) and not (nxt in _PUT_OFF or nxt.endswith("ed") or nxt.endswith("en")
                                      or nxt in _PAST_WORDS or nxt in _FORECAST_ADJ)
    for i in range(1, min(len(before) - 1, 7)):
        w = before[i]
        if w == "to" and not before[i + 1].endswith("ed") or w in _MODALS or _classify(w) == FUTURE:
            return False
        if before[i + 1] in ("was", "were") and w.endswith("ed") and w not in _PUT_OFF and w not in _NOT_PAST \
                and w not in _FORECAST_ADJ:
            return True        # "power was restored to most homes by 6 a.m. Wednesday": done by then
        if before[0] == "by" and before[i + 1] in ("was", "were") and w in _WHERE_BEFORE_BY \
                and not any(x in _CONDITION_OPENERS for x in before[i + 1:i + 8]):
            return True        # "most of the crop was off the fields by mid-October": where things stood then
    return False


# Words of place or state right after "was"/"were" ("was off the fields by", "were back at work by"): no verb
# nor a hope between, what the past tense tells is how things stood by the time (not in a condition: "if a
# better offer was on the table by the weekend" looks ahead).
_WHERE_BEFORE_BY = frozenset({"off", "in", "out", "back", "home", "up", "down", "over", "at", "on", "done",
                              "gone", "finished", "complete", "empty", "full", "open", "shut", "closed"})


_BE_FORMS = {"was", "were", "be", "been", "being", "is", "are"}
# A pronoun and its present "be" run together, as speech is transcribed: "he's booked till mid-January" is
# a state now, like "he is booked", no past activity that stopped then.
_BE_CONTRACTED = frozenset({"he's", "she's", "it's", "that's", "there's", "we're", "they're", "you're", "i'm"})
_GAPPED_AND = re.compile(r",\s+(?:and|or|but)$")
# An arranging verb and its object before "for" + the time: the arranged event is ahead.
_ARRANGED_FOR = re.compile(r"\b(?:call|calls|called|schedule|schedules|set|sets|plan|plans|book|books|booked|"
                           r"arrange|arranges|arranged|convene|convenes|convened)[ \t]+(?:(?:a|an|the|their|its|"
                           r"his|her|another|new)[ \t]+)?(?:[a-z-]+[ \t]+){0,2}for[ \t]+$")
# An arranging verb and the time or date it fixes: "set a new start time of 9 a.m. Friday", "picked a
# launch date of March 3".
_ARRANGED_TIME_OF = re.compile(r"\b(?:set|sets|reset|resets|fixed|fixes|picked|picks|chose|chooses|announced|"
                               r"announces|scheduled|schedules|targeted|targets|targeting)[ \t]+(?:(?:a|an|the|"
                               r"their|its|his|her|new|revised|tentative)[ \t]+){0,2}(?:[a-z-]+[ \t]+){0,2}"
                               r"(?:time|date|deadline|day)[ \t]+of[ \t]+$")
# A forecast's chance or odds of something for a time: "a 70 percent chance of showers for Friday".
# So is a weather forecast for a time: "said the forecast for the weekend was the best in years".
_CHANCE_FOR = re.compile(r"\b(?:(?:chance|chances|probability|odds|likelihood|risk)[ \t]+of[ \t]+(?:[a-z-]+[ \t]+)"
                         r"{1,3}(?:for|on|by)|(?:weather[ \t]+)?forecasts?[ \t]+for|(?:weather|conditions)[ \t]+(?:at|to|of)[ \t]+"
                         r"\d{1,3}[ \t]+(?:percent|per[ \t]+cent|%)[ \t]+for)[ \t]+$")
# An outlook in the present for a time ("conditions look favorable for a climb Sunday"); the past
# ("looked good for a win on Sunday") is a report, left to the other checks.
_LOOKS_GOOD_FOR = re.compile(r"\b(?:looks?|seems?)[ \t]+(?:good|bad|favou?rable|unfavou?rable|promising|poor|"
                             r"iffy|marginal|doubtful|excellent|fine|grim)[ \t]+for[ \t]+(?:[a-z-]+[ \t]+){0,3}$")
_CHANCE_BARE = re.compile(r"\b(?:chance|chances|probability|odds|likelihood|risk)[ \t]+of[ \t]+(?:[a-z-]+[ \t]+)"
                          r"{1,3}$")
_WARN_WORDS = frozenset({"warn", "warns", "warned", "warning", "warnings"})
_WILL_WORDS = frozenset({"will", "would", "'ll", "shall", "wo"})
# Round 119: the relative before "reports <weekday>": the company that reports its results that day.
_WHICH_REPORTS = frozenset({"which", "that", "who"})
# Present-tense verbs after a weekday opening its clause: the weekday is the subject of a schedule.
_REPORTING = frozenset({"said", "says", "say", "told", "tells", "announced", "announces", "reported", "reports",
                        "added", "adds", "noted", "notes", "confirmed", "confirms", "stated", "states"})
# Progressives that look into what has happened: "police are investigating a fire on Friday" is past.
_LOOKING_INTO = frozenset({"investigating", "probing", "examining", "reviewing", "assessing", "studying",
                           "questioning", "mourning", "recovering", "searching", "cleaning", "treating",
                           "analyzing", "analysing"})
_SUBJECT_PRESENT = frozenset({"is", "brings", "sees", "marks", "features", "offers", "looks"})
# An exhortation with an infinitive, then a deadline: "urged residents to get a shot before ...".
# (The progressive asks as much: "we are asking the company to reply before noon Friday".)
_URGED_BEFORE = re.compile(r"\b(?:urg(?:e|es|ed|ing)|advis(?:e|es|ed|ing)|ask(?:s|ed|ing)?|encourag(?:e|es|ed|ing)|"
                           r"warn(?:s|ed|ing)?|tell(?:s|ing)?|told|order(?:s|ed|ing)?|instruct(?:s|ed|ing)?|"
                           r"remind(?:s|ed|ing)?|call(?:s|ed|ing)?[ \t]+on)\b[^.;!?]*?\bto[ \t]+"
                           r"[a-z]+\b[^.;!?]*\b(?:before|by|through|until|till)[ \t]+$")
_URGED_FROM_BEFORE = re.compile(r"\b(?:urg(?:e|es|ed|ing)|advis(?:e|es|ed|ing)|ask(?:s|ed|ing)?|encourag(?:e|es|ed|ing)|"
                                r"warn(?:s|ed|ing)?|tell(?:s|ing)?|told|instruct(?:s|ed|ing)?|remind(?:s|ed|ing)?)"
                                r"[ \t]+(?:[a-z'-]+[ \t]+){0,3}?to[ \t]+[a-z]+(?:[ \t]+[a-z'-]+){0,4}[ \t]+from[ \t]+$")
# A verb of decision, then what it sets up and when that starts: "approved a trial ..., beginning in".
_DECIDED_START = re.compile(r"\b(?:approved|adopted|passed|agreed|voted|ordered|announced|proposed|unveiled|"
                            r"authori[sz]ed|endorsed|signed|awarded)\b(?:(?!\b(?:had|was|were)\b)[^.;!?\n])*,"
                            r"[ \t]+(?:beginning|starting)(?:[ \t]+(?:in|on|at|from|with))?[ \t]+$")
# A verb (not past, not a noun after a determiner) moving an end or a start, then "to"/"until"/"into" the time.
# (A present perfect moves it from now: "has extended the loans through January".)
_PUT_OFF_TO = re.compile(r"(?:(?<!\ba[ \t])(?<!\bthe[ \t])(?<!\bits[ \t])\b(?:extend|extends|extending|prolong|prolongs|"
                         r"prolonging|postpone|postpones|postponing|delay|delays|delaying|defer|defers|deferring|"
                         r"push|pushes|pushing)|\b(?:has|have)[ \t]+(?:(?:already|again|now|also)[ \t]+)?(?:extended|"
                         r"prolonged|postponed|delayed|deferred|pushed))\b[^.;!?\n]{0,60}?[ \t](?:back[ \t]+|off[ \t]+)?"
                         r"(?:to|until|till|through|into)[ \t]+(?:the[ \t]+)?$")
# Round 123: "economists see a rebound in the third quarter", "I do not see another hike before the spring":
# forecasters (or a speaker) who "see" an event in a time forecast it; the present "see" with a noun phrase
# after it looks ahead as "expect" does. Not "saw", not "see the figures for March" (the article "the" is left
# out: what is seen then is mostly a report).
# Review fixes 3 (stop 25): what is seen must be a move forecast (a cut, a hike, a rebound; "see rates
# rising"), not any noun phrase ("many see a link between ...", "we see a lot of damage from the storms in March").
_SEE_MOVES = (r"(?:cuts?|hikes?|rises?|falls?|moves?|recessions?|rebounds?|recovery|recoveries|increases?|"
              r"declines?|drops?|slowdown|pick-?up|upturn|downturn|pause|reductions?|easing|tightening|peak|"
              r"turnaround|bounce|rally|slump|contraction|expansion)")
_FORECASTERS_SEE = re.compile(r"\b(?:some|others|many|most|few|analysts|economists|traders|investors|markets|"
                              r"forecasters|strategists|dealers|i|we)[ \t]+(?:(?:now|still|also|do[ \t]+not|"
                              r"don't|don’t|can't|cannot)[ \t]+)?see[ \t]+(?:(?:an?|another|further|more|no|"
                              r"any)[ \t]+(?:[a-z-]+[ \t]+){0,2}" + _SEE_MOVES + r"|(?:rates|prices|inflation|"
                              r"growth|yields|unemployment|borrowing costs|the economy|the fed|the bank)[ \t]+"
                              r"(?:[a-z]+ing|peak|bottom|fall|rise)|" + _SEE_MOVES + r")\b[^.;!?]*$")
# Present-tense verbs of expectation or promise governing the clause: what they govern is ahead.
_LOOKS_AHEAD = re.compile(r"\b(?:expect|expects|forecast|forecasts|predict|predicts|anticipate|anticipates|"
                          r"promise|promises|pledge|pledges|envisage|envisages|foresee|foresees)\b[^.;!?]*$")


# "in the 12 months through January", "the year through June": a statistic's period, which ends where the
# clause's own tense says (figures are reported after it), not an end still ahead
_STATISTICS_PERIODS = frozenset("months weeks days quarters years month week quarter year period".split())


def after_has_verb(after: list[str]) -> bool:
    return any(_classify(w) is not None or w in _SCHEDULE_BASE or w in _MODALS for w in after)


# Nouns a schedule verb's base form modifies as a noun ("the Satellite Launch Center", "its start date",
# "the vote count"): then it is no verb.
_COMPOUND_HEADS = frozenset({"center", "centre", "pad", "site", "window", "date", "dates", "time", "times",
                             "vehicle", "ceremony", "party", "count", "tally", "line", "facility", "complex",
                             "base", "system", "schedule", "team", "crew"})


# Adjectives in -ly ("the monthly jobs report"): no adverb before an adjective.
_LY_ADJECTIVES = frozenset({"monthly", "weekly", "daily", "yearly", "quarterly", "hourly", "nightly", "early",
                            "only", "likely", "friendly", "costly", "elderly", "lonely", "deadly"})


# Adjectives (and verbs) of ability or ease before an infinitive: "hard to meet", "unable to meet".
_ABILITY_BEFORE_TO = frozenset(("difficult", "hard", "harder", "easy", "easier", "impossible", "possible",
                                "unable", "able", "tough", "struggled", "struggling", "failed", "failing"))


def _for_to_infinitive(words: list[str], i: int) -> bool:
    """Is the base form words[i] (words nearest first) an infinitive whose tense another verb gives: after
    "for <subject> to" ("for the mill to", "for Acme to") or an adjective of ability ("unable to")?"""
    if i + 1 >= len(words) or words[i + 1] != "to":
        return False
    rest = words[i + 2:i + 5]
    if rest[:1] and rest[0] in _ABILITY_BEFORE_TO:
        return True
    return rest[1:2] == ["for"] or rest[2:3] == ["for"] and rest[1:2] and rest[1] in ("the", "its", "their")


# Round 84: what "go on" a day puts on the calendar ("go on sale", "go on display", "go on trial")
_GO_ON_WHAT = frozenset(("sale", "display", "show", "trial", "air", "tour", "exhibit"))
# Round 108: the base forms of a club's fixtures, read as a plural team's verb after "and" when an object follows.
_FIXTURE_BASE = frozenset(("resume", "host", "face", "visit"))
_AND_OPENS = re.compile(r",[ \t]+and[ \t]*$")


# Round 102: verbs whose object "play" is the game's action, a noun ("to stage play", "to halt play").
_PLAY_AS_OBJECT = frozenset({"stage", "halt", "suspend", "stop", "abandon", "delay", "restart", "allow", "get",
                             "see", "complete", "finish"})


def _schedule_base(words: list[str], i: int, reverse: bool) -> Optional[str]:
    """FUTURE for a schedule verb in the present simple ("talks start Monday"), PAST after "did"
    ("did not start Monday"), None where the word is a noun or an infinitive."""
    if reverse:
        prev = words[i + 1:i + 3]
    else:
        prev = words[max(0, i - 2):i][::-1] if i else []
    if not prev:
        return None
    if reverse and i and words[i - 1] in _COMPOUND_HEADS:
        return None      # "the Launch Center", "the start date": a noun modifying a noun
    p0 = prev[0]
    if p0 in ("not", "n't", "never") and len(prev) > 1:
        p0 = prev[1]
    if p0 in ("did", "didn't", "had", "hadn't"):
        return PAST
    if reverse and words[i] == "play" and len(prev) > 1 and prev[1] == "to" and p0 in _PLAY_AS_OBJECT:
        return None      # Round 102: "was forced to stage play on Sunday": the noun, object of an infinitive
    if p0 == "that" and len(prev) > 1 and _relative_that_plural(prev[1]):
        return FUTURE    # "under rules that take effect on Friday", "shops that open on Sunday": "that" is
                         # the relative pronoun of a plural noun, the base form its present verb, no determiner
    if reverse and p0 == "and" and words[i] == "go" and i >= 2 and words[i - 1] == "on" \
            and words[i - 2] in _GO_ON_WHAT:
        return FUTURE    # Round 84: "Tickets cost 5 and go on sale on Monday": a plural subject's second verb,
                         # the schedule of a sale or a show to come
    if p0 in _DETERMINERS or p0 in _NOT_A_VERB_BEFORE or p0.endswith("'s") or p0 in _NOUN_MODIFIERS:
        return None
    if reverse and i and words[i - 1] == "to" and words[i] == "close" and p0 not in _MODALS:
        return None      # "close to the record low set in July": the adjective, no schedule
    if len(prev) > 1 and (prev[1] in _SINGULAR_DETERMINERS or prev[1] in _POSSESSIVES) \
            and not p0.endswith("s") and p0 not in _MODALS:
        return None      # "the season premiere in October": after "the" + singular noun a bare form is a
                         # noun of a compound (a present verb there would take -s: "the season opens");
                         # so after a possessive ("our weather report on Saturday")
    if reverse and len(words) > i + 3 and prev[1].endswith("ly") and prev[1] not in _LY_ADJECTIVES \
            and words[i + 3] in _SINGULAR_DETERMINERS:
        return None      # "an unusually slow start": a noun after its adverb and adjective
    if p0 in _MODALS:
        return FUTURE
    if _classify(p0) == PAST or p0 in _PAST_WORDS:
        return None      # "were open Monday" is an adjective; "said end" is no clause of its own
    if p0 in _OBJECT_PARTICLES and len(prev) > 1 and (_classify(prev[1]) == PAST or prev[1] in _PAST_WORDS):
        return None      # "rain washed out play on Tuesday", "called off voting": the object of a past
                         # phrasal verb, a noun; the past verb is read on
    return FUTURE


def _relative_that_plural(noun: str) -> bool:
    """Whether `noun`, just before "that" and a base-form schedule verb, reads as a plural noun the "that"
    clause modifies ("rules that take effect", "stores that open"), not a verb or a function word
    ("says that", "is that", "was that")."""
    return (len(noun) > 3 and noun.endswith("s") and not noun.endswith(("ss", "us", "is", "ys"))
            and noun not in _BE_FORMS and noun not in _REPORTING and noun not in _DETERMINERS
            and noun not in _PREPOSITIONS and _classify(noun) is None and noun not in _ANALYSES_THAT)


# Plural-looking words before "that" that are no noun of a relative clause ("as well as that", "perhaps that").
_ANALYSES_THAT = frozenset({"perhaps", "unless", "always", "sometimes", "thus", "whereas", "besides",
                            "means", "insists", "argues", "believes", "suggests", "shows", "hopes", "fears",
                            "thinks", "knows", "claims", "warns", "notes", "adds", "explains", "admits",
                            "acknowledges", "concedes", "assumes", "proves", "ensures", "requires", "asks"})


_POSSESSIVES = frozenset({"my", "our", "your", "his", "her", "its", "their"})
# The particles of phrasal verbs that take an object after them ("washed out play", "held up voting").
_OBJECT_PARTICLES = frozenset({"out", "off", "up", "down"})


# Words after which a schedule word is a noun ("the last earnings report in January", "its annual
# meeting"): adjectives of sequence and frequency, and the nouns of news reports that modify another.
_NOUN_MODIFIERS = {"last", "latest", "first", "final", "previous", "annual", "quarterly",
                   "interim", "earnings", "inflation", "budget"}


# Words that come before the month May but never before the modal "may".
def _month_pair_verb(word: str) -> bool:
    """Round 81: after "<month> and May", a word no modal takes after it: a finite verb ("was", "fell") or
    the clause's end."""
    return word in ("", "was", "were", "is", "are", "has", "have", "had") or _classify(word) == PAST


# Round 81: a time ending in a month's name ("March", "early March").
_MONTH_END = re.compile(r"(?:january|february|march|april|june|july|august|september|october|november|december|"
                        r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?$")
_BEFORE_MONTH_ONLY = {"in", "since", "until", "till", "by", "during", "of", "early", "late", "mid", "last", "next",
                      "this", "through", "from", "to", "between", "before", "after"}
_UNIT_WORDS = {"second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
               "month", "months", "year", "years", "decade", "decades", "fortnight", "moments", "moment"}
# Modals of possibility read before the time: what could, should or may happen is still to come.
_POSSIBILITY_MODALS = {"could", "should", "may", "might"}
# Verbs asking someone to act ("has asked both sides to return"): in the perfect, the act is still ahead.
_URGE_VERBS = {"asked", "urged", "told", "ordered", "invited", "summoned", "directed", "instructed", "called",
               "advised", "encouraged", "requested"}
# ... unless a perfect, a negation or a restriction follows: "could have ended", "could only draw".
_NOT_AHEAD_AFTER_MODAL = {"have", "not", "n't", "never", "only", "hardly", "barely"}
_MODALS = {"will", "'ll", "shall", "would", "wo", "could", "can", "may", "might", "must", "should"}


def _follows(reversed_words: list[str], *phrase: str) -> bool:
    """Does `phrase` occur in the text the reversed word list came from?"""
    n = len(phrase)
    forward = list(reversed(reversed_words))
    return any(forward[i:i + n] == list(phrase) for i in range(len(forward) - n + 1))


# A habit or a norm in the clause before a time ("exams are normally held in November", "must be renewed
# every year by March 31", "the average date of the first frost is Oct. 3"): the time recurs every year, so
# the month or day has no year of its own (TimeML "XXXX-11"). "usually" is left out: annotators read
# "letters usually go out in mid-March" as this year's as often as any year's.
# "As a rule, bulbs should be in the ground by the end of September": a rule of thumb, any year's time.
_HABITUAL = re.compile(r"\b(?:normally|typically|traditionally|ordinarily|customarily|annually|"
                       r"as[ \t]+a[ \t]+(?:general[ \t]+)?rule|"
                       r"(?:every|each)[ \t]+(?:year|january|february|march|april|may|june|july|august|september|"
                       r"october|november|december|spring|summer|autumn|fall|winter)|"
                       r"(?:every|each)[ \t]+day[ \t]+(?:but|except)|"
                       r"average[ \t]+(?:date|day))\b")
# "every day since January": a count from a time, which then has its year
_SINCE = re.compile(r"\bsince\b")
# The habit cue must stand among the last this many words of the clause before the time, so that it
# governs the time's own clause; the 120-character search below is only a cheap filter before that count.
_HABIT_WORDS = 12
# Round 147: an aside of habit closed by a comma and a past verb of the main clause ("Sand martins, which
# normally arrive in late March, were first seen on March 19"): the habit is the aside's, the day is one day.
_HABIT_ASIDE_CLOSED = re.compile(r",[ \t]+(?:(?:first|then|also|only|finally|actually)[ \t]+)?"
                                 r"(?:was|were|had|did)\b")


def habitual(low: str, start: int, end: int) -> bool:
    """Does a habit or norm govern the clause before low[start:end] (within a few words)?"""
    if _HABITUAL.search(low, max(0, start - 120), start) is None:
        return False
    left, _ = _clause(low, start, end)
    words = list(_WORD.finditer(low, left, start))[-_HABIT_WORDS:]
    if not words:
        return False
    cue = _HABITUAL.search(low, words[0].start(), start)
    return cue is not None and not _SINCE.search(low, cue.end(), start) \
        and not _HABIT_ASIDE_CLOSED.search(low, cue.end(), start)


# Advice on tending plants, as an almanac or a gardening column gives it ("broad beans can be sown from
# mid-March", "roses are best pruned in early March", "Plant the bulbs in November", "Feed with potash in
# early spring"): the month or season of any year (TimeML "XXXX-03"), however near publication it falls.
# Read only from the sentence's own start: a modal passive of a gardening verb, or that verb opening the
# sentence (or following a colon) as an instruction. Past tellings ("we planted in May", "were sown in
# April") stay dated.
_GARDEN_PARTICIPLES = (r"sown|planted|pruned|mown|mowed|watered|mulched|raked|scarified|potted|repotted|"
                       r"transplanted|harvested|grafted|deadheaded|pricked[ \t]+out")
# an instruction names what it acts on ("Plant the bulbs", "Feed the lawn", "Sow seeds thinly"): "Water
# levels fell in March", "Plant managers met in May" open with a noun, not a verb. Not with an object
# pronoun ("Prune it hard in the autumn"): that is advice on one plant already named, for the coming season
# (test_round33).
# ("mulch" and "water" are left out: "Water" opens news sentences as a noun, and a held-out set fell with
# "mulch".)
_GARDEN_VERBS = r"(?:sow|plant|prune|divide|lift|mow|feed|rake|scarify|repot|transplant|graft|deadhead|shorten|pot[ \t]+up|prick[ \t]+out"
# Round 83: "keep", "leave" and "buy" instruct only with a plant's care around them ("Keep the pots cold",
# "leave the stems standing until spring", "buy them in the green in February"), so only as a clause's
# first word, like the others.
_GARDEN_VERBS_83 = r"|keep|leave|buy)"
_GARDEN_IMPERATIVES = (_GARDEN_VERBS + _GARDEN_VERBS_83 + r"[ \t]+(?:the|a|an|"
                       r"with|out|up|back|seeds|bulbs|once|twice|every)")
# Round 83: an instruction on a pronoun ("Rake it out in September", "plant them in November") is any
# year's month in an almanac; only a season with its article ("Prune it hard in the autumn") is still read
# as the coming one (test_round33), so the pronoun counts for months alone.
_GARDEN_PRONOUN_IMPERATIVES = _GARDEN_VERBS + _GARDEN_VERBS_83 + r"[ \t]+(?:it|them)\b"
# Round 83: an instruction opens a clause after a comma too ("In your own borders, leave the stems ...",
# "..., and leave a patch of lawn uncut until late summer"), and "fed" and "needs watering" give advice.
_GARDEN_CLAUSE_OPEN = r"(?:^|[.!?:;\n][ \t\"'\u201c]*|,[ \t]+(?:and[ \t]+)?)"
_GARDEN_ADVICE = re.compile(
    r"\b(?:can|should|must|may|ought[ \t]+to)[ \t]+(?:(?:safely|usually|still|also|then|only|easily|best)[ \t]+)?"
    r"be[ \t]+(?:" + _GARDEN_PARTICIPLES + r"|fed)\b"
    r"|\b(?:is|are)[ \t]+best[ \t]+(?:" + _GARDEN_PARTICIPLES + r")\b"
    r"|\bneeds?[ \t]+(?:watering|feeding|pruning|mowing|potting[ \t]+up|dividing|repotting)\b"
    r"|" + _GARDEN_CLAUSE_OPEN + r"(?:" + _GARDEN_IMPERATIVES + r")\b")
_GARDEN_PRONOUN_ADVICE = re.compile(_GARDEN_CLAUSE_OPEN + _GARDEN_PRONOUN_IMPERATIVES)
# Round 83: a fronted time before the instruction ("From May to September, mow once a week").
_GARDEN_ADVICE_AFTER = re.compile(r"[^.!?\n,]{0,30},[ \t]+(?:" + _GARDEN_IMPERATIVES + r")\b")
# Round 83: a gardening task as the subject, with a present verb after its time ("scarifying in spring leaves
# bare patches", "pruning in March gives more flowers"): what the task does in any year's season. A past
# verb ("planting in May was late") or none ("began planting in May.") is one year's.
_GARDEN_GERUND_BEFORE = re.compile(r"(?:(?:^|[.!?:;,\n])[ \t\"'\u201c]*|\b(?:because|since|as|and|but|that)[ \t]+)(?:sowing|planting|"
                                   r"pruning|mowing|scarifying|feeding|raking|dividing|transplanting|repotting|"
                                   r"mulching)[ \t]+(?:in|during)[ \t]+(?:the[ \t]+)?$")
_PRESENT_VERB_AFTER = re.compile(r"[ \t]+(?:only[ \t]+|also[ \t]+|often[ \t]+|usually[ \t]+)?(?!was\b|has\b|is\b)"
                                 r"[a-z]+[a-rt-z]s\b")
_GARDEN_SENTENCE_END = re.compile(r"[.!?\n]")
_GARDEN_LOOKBACK = 250


def garden_advice(low: str, start: int, month: bool = False, end: Optional[int] = None) -> bool:
    """Is the time at low[start] in a sentence of advice on tending plants (see _GARDEN_ADVICE)? With
    `month`, an instruction on a pronoun counts too; with `end`, an instruction after a fronted time."""
    lo = max(0, start - _GARDEN_LOOKBACK)
    left = lo
    for m in _GARDEN_SENTENCE_END.finditer(low, lo, start):
        if m.group(0) != "." or _sentence_dot(low, m.start()):
            left = m.start()
    if _GARDEN_ADVICE.search(low, left, start) is not None:
        return True
    if month and _GARDEN_PRONOUN_ADVICE.search(low, left, start) is not None:
        return True
    if end is not None and _GARDEN_GERUND_BEFORE.search(low, max(left, start - 40), start) \
            and _PRESENT_VERB_AFTER.match(low, end):
        return True
    return end is not None and _GARDEN_ADVICE_AFTER.match(low, end) is not None


# Round 83: the yearly round of nature told in the present ("Hedgehogs come out of hibernation in March",
# "The crocuses open in February", "Bats emerge ... from April to October", "frosts are common until the
# middle of May", "the maple Autumn Blaze, which turns scarlet in October"): a plant, creature or the
# weather of the garden as subject with a verb in the present is any year's month or season. A past verb,
# a modal, or a progressive ("Birds are already nesting") is one year's; so is a clause that names the year
# ("This year the tulips open late"). Frost counts only in the plural: "the last frost usually comes in
# mid-April" is this spring's one frost (blind115).
_NATURE_NOUN = (r"(?:hedgehogs?|bats|frogs|toads|newts|birds|swallows|swifts|cuckoos?|moths|butterflies|bees|"
                r"wasps|slugs|snails|aphids|bulbs|crocus(?:es)?|daffodils|narcissi|tulips|snowdrops|bluebells|"
                r"alliums|hyacinths|roses|lilies|lawns?|grass|trees|shrubs|hedges|perennials|seedlings|shoots|"
                r"buds|blossoms?|flowers|frosts|growth|maples?|birch(?:es)?|oaks?|beech(?:es)?|weeds|moss|"
                r"primroses|apples|pears|plums|cherries|strawberries|raspberries|blackberries|tomatoes|leaves|"
                r"sap|nectar|spawn|frogspawn)")
_NATURE_HABIT = re.compile(r"\b" + _NATURE_NOUN + r"(?:[ \t]+[a-z]+){0,3}?(?:,?[ \t]+(?:which|that))?"
                           r"(?:[ \t]+(?:usually|often|generally|first|then|again|also|only|rarely|seldom|"
                           r"always|reliably|mostly))*[ \t]+(?P<verb>(?:come|emerge|open|follow|begin|start|appear|"
                           r"arrive|return|flower|bloom|blossom|turn|peak|grow|ripen|fall|drop|wake|sprout|"
                           r"germinate|hatch|breed|nest|mate|migrate|hibernate|spawn|fade|die|leave|show|set)(?:s|es)?"
                           r"|are|is)\b")
_NATURE_NOT_VERB = {"will", "would", "could", "can", "should", "may", "might", "must", "shall", "and", "or",
                    "of", "in", "on", "at", "to", "for", "the", "a", "an", "with", "from", "this", "that",
                    "which", "by", "as", "but", "not", "have", "has", "been", "being", "do", "does", "did"}
_NATURE_YEAR_NAMED = re.compile(r"\b(?:this|last|next)[ \t]+(?:year|season|spring|summer|autumn|fall|winter)\b"
                                r"|\b(?:already|now|so[ \t]+far|this[ \t]+time)\b|\b1[0-9]{3}\b|\b20[0-9]{2}\b")
_NATURE_WORDS = 14


def nature_habit(low: str, start: int, end: int) -> bool:
    """Is the time in a clause telling the yearly round of nature in the present (see _NATURE_HABIT)?"""
    left, _ = _clause(low, start, end)
    words = list(_WORD.finditer(low, left, start))[-_NATURE_WORDS:]
    if not words:
        return False
    lo = words[0].start()
    if _NATURE_YEAR_NAMED.search(low, left, start):
        return False
    for m in _NATURE_HABIT.finditer(low, lo, start):
        verb = m.group("verb")
        if verb in _NATURE_NOT_VERB or _classify(verb) is not None:
            continue
        rest = _words(low, m.end(), start)
        if verb in ("is", "are") and rest and rest[0].endswith("ing"):
            continue        # "Birds are nesting": now, not every year
        if any(_classify(w) is not None or w in _MODALS for w in rest):
            continue        # "Strawberries are expected in early June": this year's crop
        return True
    return False


# ("applied for the permit in July", "filed for bankruptcy in May" date the filing itself: no request verbs.)
# A plan, a request or a deadline told in the past ("had hoped to finish by", "was originally set for",
# "asked on Friday for a trial in", "voted to close the schools in", "had until", "set X as the
# deadline"): the planned time lies after the telling, not before it as the past tense would put it;
# when the telling is recent it may still be ahead or already gone, so the nearest occurrence wins.
_NOT_FINITE_BEFORE = r"(?<!\bwill[ \t])(?<!\bwould[ \t])(?<!\bto[ \t])(?<!\bcan[ \t])(?<!\bmust[ \t])(?<!\bbe[ \t])"
_PLANNED_PAST = re.compile(
    r"\b(?:had|was|were)(?:[ \t]+(?:been|originally|initially|first|already|previously|once|long|still))*[ \t]+"
    r"(?:hoped|planned|intended|expected|due|scheduled|set|slated|ordered|supposed|meant|penciled|pencilled|"
    r"forecast|predicted|projected)[ \t]+(?:to|for)\b|\b(?:was|were)[ \t]+(?:originally[ \t]+)?due[ \t]+(?:in|on|by)[ \t]+$"
    r"|(?P<ahead>" + _NOT_FINITE_BEFORE + r"\b(?:hoped|planned|intended|agreed|decided|voted|promised|pledged|"
    r"vowed|ordered|urged|proposed|offered|sought)\b(?:[ \t]+[a-z0-9-]+){0,4}?[ \t]+to[ \t]+"
    r"(?!(?:the|a|an|this|that|its|their|his|her|be)\b)[a-z]+\b"
    r"|" + _NOT_FINITE_BEFORE + r"\b(?:asked|called|pressed|pushed|lobbied)"
    r"(?:[ \t]+[a-z0-9-]+){0,3}?[ \t]+for\b"
    r"|" + _NOT_FINITE_BEFORE + r"\b(?:pencil?led[ \t]+in|earmarked)(?:[ \t]+[a-z0-9-]+){0,4}?[ \t]+for\b)"
    # Round 85: "the committee had discussed also opening on Wednesday evenings in July": a plan talked over,
    # its gerund the act planned
    r"|" + _NOT_FINITE_BEFORE + r"\b(?:discussed|considered|debated|mooted|floated)(?:[ \t]+(?:also|possibly|perhaps|"
    r"briefly))?[ \t]+[a-z]{3,}ing\b"
    # Round 109: "New Hampshire, which last month set its primary for Jan. 8": a vote's day fixed, told in the past
    r"|\b(?:set|fixed|moved|scheduled|called)[ \t]+(?:its|their|the|his|her)[ \t]+(?:[a-z-]+[ \t]+){0,2}?"
    r"(?:primary|election|by-election|vote|poll|referendum|caucus|caucuses|runoff)[ \t]+for\b"
    r"|\bhad[ \t]+(?:already[ \t]+)?(?:forecast|predicted|projected|planned|booked|scheduled|arranged)\b"
    r"|\bhad[ \t]+until[ \t]+$"
    # Round 140: "We'd hoped to book it in September, and now expect it next year": "'d" before a participle of
    # intent is "had", a plan that may have passed like "had hoped to" ("'d set" is left out: it may be "would")
    r"|(?:'|\u2019)d[ \t]+(?:(?:been|originally|always)[ \t]+)*(?:hoped|planned|intended|expected|scheduled|"
    r"slated|supposed|meant)[ \t]+(?:to|for)\b")
# Every match of _PLANNED_PAST starts at one of these words: where none is, it need not be run (a cheap
# literal scan instead of its look-behinds at every position); where one is, it is run from there on.
_PLANNED_PAST_WORD = re.compile(r"(?:'|\u2019)d\b|\b(?:set|fixed|moved|scheduled|called|had|was|were|hoped|planned|intended|agreed|decided|voted|promised|pledged|"
                                r"vowed|ordered|urged|proposed|offered|sought|asked|called|pressed|pushed|lobbied|"
                                r"pencil|earmarked|discussed|considered|debated|mooted|floated)")
_SET_AS_DEADLINE_BEFORE = re.compile(_NOT_FINITE_BEFORE + r"\b(?:set|fixed|named|picked|chose)[ \t]+$")
_SET_AS_DEADLINE_AFTER = re.compile(r"[ \t]+as[ \t]+(?:the|a|its|their)[ \t]+(?:[a-z]+[ \t]+)?(?:deadline|date|"
                                    r"target)\b")
# A day picked for what is to come, the verb told in the past: "earmarked June 5 for the launch", "pencilled
# in Oct. 12 for a vote", "targeted Nov. 30 for the handover", "circled Sept. 14 on its calendar".
_PICKED_FOR_BEFORE = re.compile(_NOT_FINITE_BEFORE + r"\b(?:pencil?led(?:[ \t]+in)?|earmarked|targeted|circled|fixed|"
                                r"set|named|picked|chose)[ \t]+$")
_PICKED_FOR_AFTER = re.compile(r"[ \t]+(?:in[ \t]+)?(?:for|as)[ \t]+(?:the|a|an|its|their)\b"
                               r"|[ \t]+on[ \t]+(?:its|their|the|his|her)[ \t]+calendars?\b")
# Between the planning word and the time, a clause of its own with a past verb dates its own act
# ("agreed to the terms and signed them in March", "meant to close a gap left when the accord expired
# in June"): the plan no longer governs the time.
# "pressed for a cleanup before leaving office on Jan. 20": a gerund after a conjunction of time
# dates an act of its own, not the plan's aim.
_OWN_GERUND = re.compile(r"\b(?:before|after|while|since|upon|when)[ \t]+[a-z]+ing\b")
_OWN_PAST_VERB = re.compile(r"\b(?:and|but|when|after|which|who|where|as|since|until)[ \t]+(?:[a-z'-]+[ \t]+){0,4}?"
                            r"(?:[a-z]+ed|" + "|".join(sorted(_PAST_WORDS - {"last", "since", "ago", "former",
                                                                            "earlier", "already"})) + r")\b")


PLANNED = "planned"
# Round 130: a month after "asked/called/pressed for ... in": a request is for what comes soon after it, so
# the month nearest publication on either side, the asking's month when just gone ("pressed for a sale in
# August", told in October), the thing asked for when just ahead ("called for hearings in January", told in
# December).
REQUESTED = "requested"


def plan_told_in_past(low: str, start: int, end: int) -> Optional[str]:
    """Is the time (a month or a day without a year) what a plan, request or deadline told in the
    past aims at (see _PLANNED_PAST)? FUTURE when a past verb of intent or request governs it ("voted
    to shut the plant in June", "asked for a trial in July": the act asked for is still to come), PLANNED
    for a schedule or deadline that may have passed since ("was originally set for August", "were due
    in December"), None otherwise."""
    left, _ = _clause(low, start, end)
    lo = max(left, start - 90)
    # (the anchored match after the time first: it fails far more often, and far more cheaply)
    if _SET_AS_DEADLINE_AFTER.match(low, end) and _SET_AS_DEADLINE_BEFORE.search(low, lo, start):
        return PLANNED
    if _PICKED_FOR_AFTER.match(low, end) and _PICKED_FOR_BEFORE.search(low, lo, start):
        return FUTURE
    first = _PLANNED_PAST_WORD.search(low, lo, start)
    if first is None:
        return None
    m = None
    for m in _PLANNED_PAST.finditer(low, first.start(), start):
        pass
    if m is None:
        return None
    if low.endswith(("since ", "since the "), lo, start) or "," in low[m.end():start]:
        return None     # "since September" is gone by; a comma leaves the plan's own phrase
    if _OWN_PAST_VERB.search(low, m.end(), start) or _OWN_GERUND.search(low, m.end(), start):
        return None
    if _SITTING_BEFORE.search(low, m.end(), start):
        return None     # "agreed to consult at their meeting on 26 September": the day the plan was made
    if m.group("ahead") and low.startswith("decided", m.start()) \
            and _COULD_HAVE_BUT.search(low, max(0, m.start() - 160), m.start()):
        return None     # Review fixes 10 (stop 27): "could have waited for the spring, but decided to sell in
                        # March": the choice taken instead of a course not taken, done then (the past reads)
    if m.group("ahead") and _REQUEST_FOR.match(m.group(0)) and low.endswith(" in ", lo, start):
        return REQUESTED    # Round 130: "pressed for a sale in August" may date the asking or the thing asked
                            # for ("called for hearings in January"): see REQUESTED
    return FUTURE if m.group("ahead") else PLANNED


# Review fixes 10 (stop 27): a decision set against a course not taken, "could have waited ..., but decided to"
_COULD_HAVE_BUT = re.compile(r"\b(?:could|should|would|might)(?:n't|[ \t]+not)?[ \t]+have[ \t]+[a-z]+\b[^.;!?]*?"
                             r"\bbut[ \t]+(?:(?:then|instead|in[ \t]+the[ \t]+end|finally|he|she|they|we|i|it)[ \t]+)*$")
# Round 130: a request ("asked for", "pressed for") among the plans told in the past.
_REQUEST_FOR = re.compile(r"(?:asked|called|pressed|pushed|lobbied)\b")
# The sitting at which a plan was made, right before its day: "at their meeting on", "at a session in".
_SITTING_BEFORE = re.compile(r"\bat[ \t]+(?:their|its|his|her|our|a|the|an)[ \t]+(?:[a-z]+[ \t]+)?"
                             r"(?:meeting|session|sitting|conference|summit|hearing|congress|convention)[ \t]+"
                             r"(?:on|in|of)[ \t]+$")
