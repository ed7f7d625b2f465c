"""Guards: the checks a regex cannot make well, named by rules in the data files (`guard = [...]`).

Every guard answers "is this match really a temporal expression?" from the original text around it
(case, the previous word, money signs...). Month and weekday names are always checked for case.
"""
from __future__ import annotations

import re
from typing import Callable

from .grammar import Rule

_PREV_WORD = re.compile(r"([\w$£€'’.-]+)[^\w$£€]*$")
_NEXT = re.compile(r"\s*([\w$%'’-]*)")


class Context:
    __slots__ = ("text", "low", "has_upper")

    def __init__(self, text: str, low: str):
        self.text = text
        self.low = low
        # A text with no capitals at all (chat, lowercased feeds) cannot be held to the case checks.
        self.has_upper = text != low

    def prev_word(self, pos: int, span: int = 40) -> str:
        m = _PREV_WORD.search(self.low, max(0, pos - span), pos)
        return m.group(1).strip(".'’") if m else ""

    def prev_char(self, pos: int) -> str:
        i = pos - 1
        while i >= 0 and self.text[i] in " \t\u00a0":
            i -= 1
        return self.text[i] if i >= 0 else ""

    def next_word(self, pos: int) -> str:
        m = _NEXT.match(self.low, pos, min(len(self.low), pos + 40))
        return m.group(1) if m else ""

    def next_char(self, pos: int) -> str:
        i = pos
        while i < len(self.text) and self.text[i] in " \t\u00a0":
            i += 1
        return self.text[i] if i < len(self.text) else ""

    def sentence_initial(self, pos: int) -> bool:
        i = pos - 1
        while i >= 0 and self.text[i] in " \t\u00a0\"'“‘(`":
            i -= 1
        return i < 0 or self.text[i] in ".!?\n:;"


# Words that make a bare "May"/"March" (or a bare season) a date rather than a verb.
_MONTH_CUES = {
    "in", "since", "until", "till", "by", "during", "through", "throughout", "of", "early", "late", "mid",
    "last", "next", "this", "that", "each", "every", "from", "to", "between", "before", "after", "and", "or",
    "around", "about", "since", "on", "for", "the", "last", "past", "previous", "coming", "following", "over",
    "beginning", "end", "middle", "start", "as",
}
_ABBREVIATION_CUES = {"in", "since", "until", "by", "early", "late", "mid", "last", "next", "this", "during"}
_AMBIGUOUS_MONTHS = {"may", "march", "mar", "jan", "sept", "sep", "dec", "oct", "jun", "jul", "aug", "apr", "feb", "nov"}
_AMBIGUOUS_DAYS = {"sun", "sat", "wed", "mon", "tue", "thu", "fri", "tues", "thur", "thurs"}
_CURRENCY = set("$£€¥#")
_COUNT_NOUNS_AFTER_YEAR = re.compile(
    r"(?:people|persons|men|women|children|troops|soldiers|workers|employees|jobs|shares|cases|votes|"
    r"units|cars|homes|houses|acres|tons|barrels|miles|kilometers|feet|meters|points|percent|copies|"
    r"students|members|residents|deaths|dead|killed|calories|pounds|dollars|yen|euros|marks|francs|"
    r"seats|beds|rooms|pages|words|tests|flights|planes|ships|guns|rounds|square|hectares|users)\b")


def _names_capitalized(rule: Rule, m: re.Match, ctx: Context) -> bool:
    """Month and weekday names must be written with a capital (march/may/sun are verbs and nouns)."""
    if not ctx.has_upper:
        return True
    for name, cls in rule.groups.items():
        if cls not in ("month", "weekday"):
            continue
        s = m.start(name)
        if s < 0:
            continue
        if not ctx.text[s].isupper():
            return False
        surface = ctx.low[s:m.end(name)].rstrip(".")
        if surface in _AMBIGUOUS_DAYS and not ctx.text[m.end(name) - 1:m.end(name)] == "." \
                and not (cls == "weekday" and "month" in rule.groups.values() and m.end() > m.end(name) + 2):
            return False      # "Sun", "Wed" without a dot; but "Tue May 16" is a weekday before a date
    return True


def bare_month(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    s = m.start()
    word = ctx.low[s:m.end()].rstrip(".")
    if ctx.text[s:m.end()].isupper() and len(word) > 3:
        return False          # "MAY" in a headline
    if word in _AMBIGUOUS_MONTHS:
        if word != "may" and word != "march":
            # Bare abbreviations ("Dec", "Jan") only with a dot or a cue.
            if not ctx.text[m.end() - 1] == "." and ctx.prev_word(s) not in _ABBREVIATION_CUES:
                return False
        elif ctx.prev_word(s) not in _MONTH_CUES or ctx.low[m.end():m.end() + 4] == " of ":
            return False
        if word == "may" and ctx.sentence_initial(s):
            return False
    return True


_DIGITS_AFTER_HYPHEN = re.compile(r"[-\u2013](\d+)")
# "2019-2021": the second year of a range follows a year and a hyphen.
_YEAR_RANGE_LEFT = re.compile(r"(?<!\d)(?:1[89]|20)\d\d ?-$")


def year_bare(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """A bare 4-digit number is a year unless it looks like an amount, a count or part of a number."""
    s, e = m.start(), m.end()
    year = int(ctx.low[s:e][:4]) if ctx.low[s:e][:4].isdigit() else 0
    if ctx.prev_char(s) in _CURRENCY or (s > 0 and ctx.text[s - 1] in ",.:/-+#"
                                         and not _YEAR_RANGE_LEFT.search(ctx.text, max(0, s - 6), s)):
        return False
    if e < len(ctx.text) and (ctx.text[e:e + 1] in ("%",) or ctx.text[e:e + 2] in (",0", ",1", ",2", ",3", ",4", ",5", ",6", ",7", ",8", ",9") or ctx.text[e:e + 1] in (":", "/") or ctx.text[e:e + 2].startswith(".") and ctx.text[e + 1:e + 2].isdigit()):
        return False
    run = _DIGITS_AFTER_HYPHEN.match(ctx.text, e)
    if run and len(run.group(1)) not in (2, 4):
        return False          # "2023-555-0199": a phone number
    nxt = ctx.next_word(e)
    if nxt and _COUNT_NOUNS_AFTER_YEAR.match(nxt):
        return False
    prev = ctx.prev_word(s)
    if prev in ("than", "of", "some", "about", "nearly", "almost", "over", "to", "and", "only", "just", "the",
                "page", "pages", "no", "number", "route", "flight", "room", "at", "by", "paragraph", "version",
                "model", "chapter", "section", "article", "rule", "resolution", "code", "interstate", "highway"):
        # Weak contexts: keep only years that look like years in news (1900-2099) and are followed by
        # something a year is followed by.
        if not 1900 <= year <= 2099:
            return False
        if prev in ("than", "some", "about", "nearly", "almost", "over", "only", "just", "page", "pages",
                    "number", "route", "flight", "room", "paragraph", "version", "model", "chapter",
                    "section", "article", "rule", "resolution", "code", "interstate", "highway", "no"):
            return False
    if not 1800 <= year <= 2099:
        return prev in ("in", "since", "until", "of", "from", "year", "by")
    return True


def year_apostrophe(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    return ctx.prev_word(m.start()) in ("in", "since", "until", "of", "from", "through", "by", "class", "the",
                                        "fiscal", "and", "to", "before", "after", "season", "summer", "spring",
                                        "fall", "winter")


def _ordinals(rule: Rule, fields: dict) -> list[str]:
    return [fields[name] for name, cls in rule.groups.items() if cls == "ordinal" and fields.get(name)]


def quarter_ordinal(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    return all(o in ("1", "2", "3", "4") for o in _ordinals(rule, fields))


def half_ordinal(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    return all(o in ("1", "2") for o in _ordinals(rule, fields))


def century_ordinal(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    return 1 <= int(fields.get("ordinal", "0") or 0) <= 21


_SEASON_CUES = {"in", "since", "until", "till", "by", "during", "through", "throughout", "of", "early", "late",
                "mid", "last", "next", "this", "that", "each", "every", "the", "past", "previous", "coming",
                "following", "over", "before", "after"}


def season_context(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    if ctx.low[m.start():m.start() + 4] == "the ":
        return True
    return ctx.prev_word(m.start()) in _SEASON_CUES


def not_fraction(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """'three-quarters of its food', 'a quarter of the market' are fractions, not durations."""
    if "quarter" not in ctx.low[m.start():m.end()]:
        return True
    return ctx.next_word(m.end()) != "of"


_AMOUNT_BEFORE = re.compile(
    r"(?:\d|percent|%|million|billion|thousand|hundred|dollars|cents|times|twice|once)(?:[ \t]+[a-z]+){0,2}[ \t]*$")


def amount_before(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """'a year' is a rate ('$5 million a year', '3 percent a year', '500 cars a day')."""
    before = ctx.low[max(0, m.start() - 30):m.start()].rstrip()
    return bool(_AMOUNT_BEFORE.search(before))


def duration_context(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """Bare plural units are durations after for/over/within... ('for years'), not 'days of rage'."""
    return ctx.prev_word(m.start()) in ("for", "over", "within", "took", "lasted", "spent", "last", "lasting",
                                        "take", "takes", "after", "in", "than", "about", "nearly", "only",
                                        "few", "several", "many", "some")


def not_a_name(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """'USA Today', 'Daily Mail', 'High Noon': capitalized mid-sentence next to another capitalized word."""
    s = m.start()
    if not ctx.has_upper or not ctx.text[s].isupper() or ctx.sentence_initial(s):
        return True
    prev = ctx.text[max(0, s - 20):s].rstrip().split(" ")[-1:]
    after = ctx.text[m.end():m.end() + 20]
    # a name runs on to the next word; "Today, I'm here" does not
    nxt = after.lstrip().split(" ")[:1] if after[:1].isspace() else []
    cap = lambda w: bool(w and w[0] and w[0][:1].isupper())
    return not (cap(prev) or cap(nxt))


def no_digit_after(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    e = m.end()
    return not (ctx.text[e:e + 1].isdigit() or ctx.text[e:e + 2] in (":0", ":1", ":2", ":3", ":4", ":5"))


def not_clock_or_score(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    return no_digit_after(rule, m, fields, ctx) and ctx.prev_char(m.start()) not in _CURRENCY


_COMPARISON = re.compile(r"\b(?:compared|comparison|from|versus|vs|against|than|over)\b[^.;]*$")


def comparison(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """'compared with $3 million last year', 'from last year's $1.5 billion': a comparison of periods."""
    if ctx.low[m.end():m.end() + 2] == "'s":
        return True
    return bool(_COMPARISON.search(ctx.low, max(0, m.start() - 80), m.start()))


_GENERIC_AFTER_TODAY = re.compile(
    r"'s\s+(?:[a-z-]+\s+)?(?:world|society|youth|generation|young|children|kids|economy|culture|standards|"
    r"terms|dollars|money|technology|computers|age|era|times|climate|environment|politics|families|"
    r"students|workers|consumers|women|men|people)\b")


def not_generic_today(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """"in today's world", "today's personal computers": the present age, not the publication day
    (but "today's editions", "today's vote" are that day)."""
    return not _GENERIC_AFTER_TODAY.match(ctx.low, m.end(), m.end() + 40)


def after_modal(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """"will one day be": an indefinite future time, not a duration."""
    return ctx.prev_word(m.start()) in ("will", "would", "could", "may", "might", "shall", "can", "ll")


# "version 1.5.2023", "build 10.12.20": numbers that name a release, not a day.
_VERSION_WORDS = {"version", "versions", "v", "ver", "build", "release", "firmware", "patch", "model", "ip", "no",
                  "number", "nr", "ios", "android", "windows", "macos", "chapter", "section", "rule", "article"}
_NUMERIC_NEIGHBOR = re.compile(r"[./\-\u2013]?\d")


def numeric_date(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """"16/02/2022", "30.05.2023", "2023-05": not part of a longer run of numbers (a version "1.16.2022.3",
    a phone number, a fraction "1/2/3"), not an amount ("$5.16.23")."""
    s, e = m.start(), m.end()
    if s > 0 and (ctx.text[s - 1] in "./-\u2013+#$£€" or ctx.text[s - 1].isdigit()):
        return False
    if ctx.prev_word(s) in _VERSION_WORDS:
        return False
    return _NUMERIC_NEIGHBOR.match(ctx.text, e) is None


# Words after which a bare month/day ("on 5/16") is a date; elsewhere "3/4" is a fraction, a score, a ratio.
_SLASH_DATE_CUES = {"in", "on", "by", "until", "till", "since", "from", "through", "thru", "before", "after",
                    "dated", "starting", "effective", "posted", "updated", "published", "released", "due",
                    "and", "to", "between", "of", "as", "for"}
# After these, a small fraction ("cut by 1/3", "rose to 2/3") is more likely than 3 January.
_FRACTION_CUES = {"by", "to", "and", "of", "as", "for", "from", "between"}


def slash_date_cue(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """A month/day without a year ("on 5/16") only after a preposition that takes a date; "9/11" is the
    name of the 2001 attacks, not this year's 11 September; "24/7" means round the clock."""
    if not numeric_date(rule, m, fields, ctx):
        return False
    if ctx.low[m.start():m.end()] in ("9/11", "24/7"):
        return False
    if ctx.next_word(m.end()) in ("of", "the", "a", "an"):
        return False          # "on 3/4 of the projects"
    prev = ctx.prev_word(m.start())
    a, b = int(fields.get("month_num") or 0), int(fields.get("day") or 99)
    if prev in _FRACTION_CUES and a < b <= 4:
        return False          # "cut by 1/3", "to 2/3": fractions
    return prev in _SLASH_DATE_CUES


def iso_month(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """"2023-05" is a month, but "2011-12" (the 2011-12 season) is a span of two years when the second
    number is the year after the first."""
    if not numeric_date(rule, m, fields, ctx):
        return False
    year, month = int(fields.get("year") or 0), int(fields.get("month_2d") or 0)
    return month != (year + 1) % 100


_STYLE_NOUNS = {"modern", "design", "designs", "furniture", "architecture", "style", "styles", "home", "homes",
                "house", "houses", "building", "buildings", "decor", "chair", "chairs", "classic", "classics"}


def mid_period(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """"by mid-century", "midyear": the middle of the current period; "mid-century modern furniture" is a
    style (of the 1950s), not a time."""
    return ctx.next_word(m.end()) not in _STYLE_NOUNS


_CLOCK_BEFORE_GLOSS = re.compile(r"\d(?::\d\d)? ?[ap]\.? ?m\b\.?[^()\n]{0,30}\($")


def not_zone_gloss(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """"10:35 a.m. (0735 GMT)": the parenthesis restates the time before it in another zone; TimeBank
    tags the local time only. A wire time on its own ("at 1400 GMT") is kept."""
    return _CLOCK_BEFORE_GLOSS.search(ctx.low, max(0, m.start() - 50), m.start()) is None


_CLOCK_CUES = {"at", "by", "until", "till", "from", "around", "about", "before", "after", "since", "to",
               "approximately", "roughly", "circa", "ca", "between", "and", "until", "starting", "updated",
               "posted", "published", "modified", "edited"}
_YEAR_WORD = re.compile(r"(?:1[89]|20)\d\d$")


def clock_24h(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """"at 15:30", "9:45 local time": a clock time; "John 3:16", "a 2:1 ratio", "1:45:30" are not."""
    if not numeric_date(rule, m, fields, ctx) or ctx.text[m.end():m.end() + 1] == ":":
        return False
    if ctx.prev_char(m.start()) in _CURRENCY:
        return False
    tail = ctx.low[m.start():m.end()]
    prev = ctx.prev_word(m.start())
    # "16 May 2023, 10:00": a clock time right after a date's year
    return tail[-1].isalpha() or prev in _CLOCK_CUES or bool(_YEAR_WORD.match(prev))


_PERIOD_CODE_CUES = {"in", "for", "by", "during", "the", "of", "until", "till", "since", "before", "after",
                     "its", "this", "last", "next", "through", "from", "to", "and", "or", "than", "over", "into"}


def period_code(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """A bare "Q3"/"H2" is a period after a preposition or determiner ("slated for Q3", "in the H2");
    elsewhere it is a model or a code ("the Audi Q3", "H2 hydrogen")."""
    name = "quarter_code" if "quarter_code" in rule.groups else "half_code"
    code_at = m.start(name) if name in rule.groups and m.start(name) >= 0 else m.start()
    if ctx.has_upper and not ctx.text[code_at].isupper():
        return False
    if ctx.next_word(m.end()) in ("hydrogen", "gas", "receptor", "blocker", "blockers", "antagonist"):
        return False
    return ctx.prev_word(m.start()) in _PERIOD_CODE_CUES


GUARDS: dict[str, Callable[[Rule, re.Match, dict, Context], bool]] = {
    "after_modal": after_modal,
    "not_generic_today": not_generic_today,
    "bare_month": bare_month,
    "year_bare": year_bare,
    "year_apostrophe": year_apostrophe,
    "quarter_ordinal": quarter_ordinal,
    "half_ordinal": half_ordinal,
    "century_ordinal": century_ordinal,
    "season_context": season_context,
    "amount_before": amount_before,
    "duration_context": duration_context,
    "not_a_name": not_a_name,
    "no_digit_after": no_digit_after,
    "not_fraction": not_fraction,
    "comparison": comparison,
    "not_clock_or_score": not_clock_or_score,
    "numeric_date": numeric_date,
    "slash_date_cue": slash_date_cue,
    "iso_month": iso_month,
    "mid_period": mid_period,
    "not_zone_gloss": not_zone_gloss,
    "clock_24h": clock_24h,
    "period_code": period_code,
}


def _count_agrees(rule: Rule, m: re.Match, fields: dict) -> bool:
    """'a decades-long feud' is no 'a decade': a count of one takes a singular unit."""
    if fields.get("num") != "1":
        return True
    for name, cls in rule.groups.items():
        if cls in ("unit", "units", "cunit", "cunits") and m.start(name) >= 0:
            surface = m.group(name)
            if surface.endswith("s") and not m.group("num")[:1].isdigit():
                return False
    return True


_DAYS_IN_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _real_day(fields: dict) -> bool:
    """'February 31' and '2022-02-29' are no dates (typos, scores, version numbers)."""
    month = fields.get("month") or fields.get("month_num") or fields.get("m2")
    day = fields.get("day") or fields.get("d2")
    if not (month and day and month.isdigit() and day.isdigit()):
        return True
    mo, d = int(month), int(day)
    if not (1 <= mo <= 12 and 1 <= d <= _DAYS_IN_MONTH[mo - 1]):
        return False
    year = fields.get("year") or fields.get("y2")
    if mo == 2 and d == 29 and year and year.isdigit():
        y = int(year)
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    return True


# "start", "end", "beginning", "middle" are positions only as nouns: "the end of March", "end-March".
# Bare, they are verbs ("talks end March 3", "repairs start next week"): taking them in would swallow
# the day ("March 3" -> "end March", a month) or put a verb into the expression.
_POSITION_NOUN = re.compile(r"(?:start|end|beginning|middle)(?!\s+of\b|-)\b")


def _position_noun_has_of(m: re.Match, ctx: Context) -> bool:
    return _POSITION_NOUN.match(ctx.low, m.start()) is None


def accept(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    if not _names_capitalized(rule, m, ctx) or not _count_agrees(rule, m, fields) or not _real_day(fields):
        return False
    if rule.mod and not _position_noun_has_of(m, ctx):
        return False
    for g in rule.guards:
        if not GUARDS[g](rule, m, fields, ctx):
            return False
    return True
