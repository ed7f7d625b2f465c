"""Guards: the checks a regex cannot make well, named by rules in the data files (`guard = [...]`).

Every guard answers "is this match really a temporal expression?" from the original text around it
(case, the previous word, money signs...). Month and weekday names are always checked for case.
"""
from __future__ import annotations

import bisect
import re
from typing import Callable, Optional

from .cues import FUTURE as _FUTURE
from .cues import PAST as _PAST
from .cues import _NOT_PAST as _CUE_NOT_PAST
from .cues import _PAST_WORDS as _CUE_PAST_WORDS
from .cues import section_heading as _section_heading
from .cues import tense as _tense
from .grammar import Rule

_PREV_WORD = re.compile(r"([\w$£€'’.-]+)[^\w$£€]*$")
_NEXT = re.compile(r"\s*([\w$%'’-]*)")


def _word_or_money(c: str) -> bool:
    r"""[\w$£€] (\w as `re` reads it: alphanumeric or "_")."""
    return c.isalnum() or c in "_$£€"


def _prev_word_char(c: str) -> bool:
    r"""[\w$£€'’.-], _PREV_WORD's word."""
    return c.isalnum() or c in "_$£€'’.-"


class Context:
    __slots__ = ("text", "low", "has_upper", "grammar", "memo")

    def __init__(self, text: str, low: str, grammar=None):
        self.text = text
        self.low = low
        self.memo = {}                     # document-wide facts a guard works out once per text (one scan)
        self.grammar = grammar             # the language's Grammar, for guards that read its vocabulary
        # A text with no capitals at all (chat, lowercased feeds) cannot be held to the case checks.
        self.has_upper = text != low

    def prev_word(self, pos: int, span: int = 40) -> str:
        """What _PREV_WORD.search(self.low, max(0, pos - span), pos) finds (group 1, stripped), read
        backwards from `pos`: the search, anchored at the end by "$", tried every word of the window and
        backtracked through each (~9 us a call, ~3% of resolve()); this reads a dozen characters."""
        low = self.low
        lo = max(0, pos - span)
        k = pos
        while k > lo and not _word_or_money(low[k - 1]):    # the trailing run of [^\w$£€]
            k -= 1
        if k > lo:
            # The match starts where the run of word characters ending at low[k - 1] starts.
            i = k - 1
            while i > lo and _prev_word_char(low[i - 1]):
                i -= 1
        else:
            # Nothing but [^\w$£€] in the window: the first of its characters that is also a word character.
            i = lo
            while i < pos and not _prev_word_char(low[i]):
                i += 1
            if i == pos:
                return ""
        e = i + 1
        while e < pos and _prev_word_char(low[e]):
            e += 1
        return low[i:e].strip(".'’")

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
    "around", "about", "on", "for", "the", "past", "previous", "coming", "following", "over",
    "beginning", "end", "middle", "start", "as",
    # "until at least May"
    "least",
}
# "in February, May and August": one of a list of months, after a comma
_LIST_GOES_ON = re.compile(r",|,?[ \t]+(?:and|or)[ \t]")
_LISTED_MONTHS = {"january", "february", "march", "april", "june", "july", "august", "september", "october",
                  "november", "december"}
_ABBREVIATION_CUES = {"in", "since", "until", "by", "early", "late", "mid", "last", "next", "this", "during"}
_AMBIGUOUS_MONTHS = {"may", "march", "mar", "jan", "sept", "sep", "dec", "oct", "jun", "jul", "aug", "apr", "feb", "nov"}
_AMBIGUOUS_DAYS = {"sun", "sat", "wed", "mon", "tue", "thu", "fri", "tues", "thur", "thurs"}
_CURRENCY = set("$£€¥#")
# A four-digit number before a plural count or measure is an amount ("1999 grams", "2000 people").
_COUNT_NOUNS_AFTER_YEAR = re.compile(
    r"(?:people|persons|men|women|children|kids|troops|soldiers|police|officers|workers|employees|staff|"
    r"residents|inhabitants|citizens|voters|votes|ballots|points|percent|grams|kilograms|kilos|kg|"
    r"milligrams|tons|tonnes|pounds|lbs|ounces|feet|foot|inches|yards|meters|metres|miles|kilometers|"
    r"kilometres|km|acres|hectares|square|liters|litres|gallons|barrels|cases|deaths|dead|killed|"
    r"infections|jobs|homes|houses|apartments|units|vehicles|cars|trucks|buses|planes|ships|guns|rounds|"
    r"tests|shares|students|pupils|teachers|patients|doctors|nurses|refugees|migrants|prisoners|detainees|"
    r"fans|spectators|visitors|tourists|members|words|pages|calories|copies|items|animals|sheep|cattle|"
    r"trees|flights|passengers|beds|rooms|seats|signatures|complaints|arrests|participants|runners|"
    r"delegates|volunteers|customers|users|households|families|firms|companies|businesses|schools|"
    r"villages|buildings|rockets|missiles|drones|tanks|dollars|euros|yen|francs|marks|rupees|yuan|pesos)\b")


# Per rule: its month and weekday groups (worked out once; accept() runs on every candidate).
_NAME_GROUPS: dict[str, tuple] = {}


def _name_groups(rule: Rule) -> tuple:
    found = _NAME_GROUPS.get(rule.id)
    if found is None:
        found = _NAME_GROUPS[rule.id] = tuple((n, c) for n, c in rule.groups.items() if c in ("month", "weekday"))
    return found


def _names_capitalized(rule: Rule, m: re.Match, ctx: Context) -> bool:
    """Month and weekday names must be written with a capital (march/may/sun are verbs and nouns)."""
    if not ctx.has_upper:
        return True
    for name, cls in _name_groups(rule):
        s = m.start(name)
        if s < 0:
            continue
        if not ctx.text[s].isupper():
            return False
        surface = ctx.low[s:m.end(name)].rstrip(".")
        if surface in _AMBIGUOUS_DAYS and not ctx.text[m.end(name) - 1:m.end(name)] == "." \
                and not (cls == "weekday" and "month" in rule.groups.values() and m.end() > m.end(name) + 2) \
                and not rule.id.startswith("set.weekday_dash_listing"):
            # (a listing's "Tue\u2013Sat": two capitalised day names joined by a dash; its guard checks them)
            return False      # "Sun", "Wed" without a dot; but "Tue May 16" is a weekday before a date
    return True


_POSSESSIVES = {"their", "his", "her", "its", "our", "my", "your"}
_LOWER_NOUN_AFTER = re.compile(r" ([a-z]{3,})\b")
_NOT_A_NOUN = {"the", "and", "for", "with", "from", "into", "onto", "upon", "against", "toward", "towards",
               "through", "past", "down", "across", "out", "off", "back", "again", "ahead", "along", "away",
               "not", "have", "has", "had", "was", "were", "will", "would", "could", "might", "must", "should",
               "also", "be", "been", "that", "this", "then", "well", "there", "here"}


def _month_modifier(ctx: Context, s: int, e: int) -> bool:
    """A capitalised "March"/"May" after a possessive, modifying a lower-case noun: "their March pass",
    "her May payment", or after "a" ("a March win over Denver": one event of that month) (but "their march
    through the city" is lower case, "his march toward" a verb's noun)."""
    if not ctx.text[s:s + 1].isupper() or (ctx.prev_word(s) not in _POSSESSIVES and ctx.prev_word(s) != "a"):
        return False
    m = _LOWER_NOUN_AFTER.match(ctx.text, e)
    return m is not None and m.group(1) not in _NOT_A_NOUN


# Round 83: "the cold, wet March", "a dry May": a capitalised "March"/"May" after a word of its weather, with an
# article before it, is the month (the verb "march" and the modal "may" take no such adjective).
_WEATHER_ADJ = frozenset({"wet", "dry", "cold", "warm", "mild", "hot", "sunny", "dull", "bleak", "frosty", "windy",
                          "rainy", "snowy", "chilly", "balmy", "soggy", "stormy", "grey", "gray", "freezing"})
_ARTICLE_WEATHER_BEFORE = re.compile(r"\b(?:the|a|an|this|that|last)[ \t]+(?:[a-z]+,?[ \t]+){0,2}$")


def _weathered_month(ctx: Context, s: int) -> bool:
    if not ctx.has_upper or not ctx.text[s:s + 1].isupper() or ctx.prev_word(s) not in _WEATHER_ADJ:
        return False
    return _ARTICLE_WEATHER_BEFORE.search(ctx.low, max(0, s - 40), s) is not None


# Months that are also first names, and what a capitalized word after one may be without making a name.
_NAME_MONTHS = frozenset(("april", "may", "june", "august"))
# A courtesy or professional title, written with its capital, right before a first name.
_TITLE_BEFORE = re.compile(r"\b(?:Dr|Mrs|Mr|Ms|Miss|Prof|Rev|Sr|Sister|Nurse)\.? $")
_CAPITALIZED_AFTER = re.compile(r" ([A-Z][a-z]+)\b")
# A surname with a lower-case particle: "de Villiers", "van Wyk", "du Toit", "von Essen", "da Silva".
_PARTICLE_SURNAME_AFTER = re.compile(r" (?:de|da|di|du|del|della|des|van|von|der|den|la|le|ter|ten|dos|das)"
                                     r"(?: (?:der|den|de|la|le))? [A-Z][a-z]+\b")
# A month name set in apposition to a child or a widow: ", only daughter of", ", younger son", ", widow of".
_CHILD_APPOSITION_AFTER = re.compile(r", (?:(?:only|elder|eldest|younger|youngest|second|third|twin) "
                                     r"(?:daughter|son)\b|(?:daughter|son|widow) of\b)")
_INITIAL_AND_SURNAME_AFTER = re.compile(r" [A-Z]\. [A-Z][a-z]+\b")
_NOT_A_SURNAME = frozenset(("day", "madness", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                            "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
                            "september", "october", "november", "december", "i", "and", "or", "but", "the"))


def _first_name(ctx: Context, s: int, e: int, word: str) -> bool:
    """"board president June Kessler said": a month that is also a first name, after a lower-case word that
    cannot introduce a date (not "in", "last", "since"...) and before a capitalized surname."""
    if word not in _NAME_MONTHS or not ctx.has_upper:
        return False
    if _TITLE_BEFORE.search(ctx.text, max(0, s - 12), s) and _CAPITALIZED_AFTER.match(ctx.text, e):
        return True     # "Dr. June Okafor", "Mrs. May Hollis": a courtesy title names a person, never a date
    # "Mrs. June de Villiers", "Miss April van Wyk": after a courtesy title the surname may begin with a
    # lower-case particle; a capitalized month right after the title is still a first name (not "Mr. May 5").
    if ctx.text[s:s + 1].isupper() and _TITLE_BEFORE.search(ctx.text, max(0, s - 12), s) \
            and _PARTICLE_SURNAME_AFTER.match(ctx.text, e):
        return True
    # "the engagement is announced of June, only daughter of ...": a month set in apposition to a child
    # ("only daughter", "younger son", "widow of") is the person's name; a date has no such apposition.
    if ctx.text[s:s + 1].isupper() and _CHILD_APPOSITION_AFTER.match(ctx.text, e):
        return True
    if _INITIAL_AND_SURNAME_AFTER.match(ctx.text, e) and ctx.prev_word(s) not in _MONTH_CUES:
        return True     # "Judge August L. Pryor", "June K. Marsh": a middle initial, then the surname
    if _surname(ctx, s, e):
        return True
    after = _CAPITALIZED_AFTER.match(ctx.text, e)
    if after is None or after.group(1).lower() in _NOT_A_SURNAME:
        return False
    if _ROLE_AFTER_NAME.match(ctx.text, after.end()):
        return True     # "Signed by April Kestrel, director, ...": the person's role follows, whatever before
    if _APPOSED_BEFORE.search(ctx.text, max(0, s - 30), s) and ctx.text[after.end():after.end() + 1] == ",":
        return True     # "our complaints officer, June Marley, can be reached": a name set in apposition
    prev = ctx.prev_word(s)
    if prev not in _MONTH_CUES and _PERSON_AFTER_NAME.match(ctx.text, after.end()):
        return True     # "June Kessler, the chief executive, said", "Contact: April Morgan, Geneva, +41 22 ..."
    return prev.isalpha() and prev not in _MONTH_CUES and prev not in _FUNCTION_WORDS_BEFORE_NAME \
        and ctx.text[s - 1:s] == " " and ctx.text[s - len(prev) - 1:s - 1] == prev


# After a first name and a surname: the apposition or the verb of saying that follows a person's name, or a
# contact's place and telephone number.
_PERSON_AFTER_NAME = re.compile(r",? (?:said|says|told|added|explained)\b|, (?:the|a|an|who|whose) [a-z]"
                                r"|, [A-Z][a-z]+, \+?\d")
# A person's role after the name: "April Kestrel, director, for the Landlord".
_ROLE_AFTER_NAME = re.compile(r", (?:director|partner|secretary|chair(?:man|woman|person)?|president|founder|"
                              r"co-founder|manager|treasurer|trustee|owner|solicitor|editor|"
                              r"spokes(?:man|woman|person))\b")
# A lower-case noun and a comma before the name, which a comma closes: "the officer, May Lister, ...".
_APPOSED_BEFORE = re.compile(r"\b[a-z]{3,}, $")
# "manager Tom August, who ...": a month after a capitalized first name, as a surname; "August is unworried"
# later in the same text, the same person.
_FIRST_NAME_BEFORE = re.compile(r"(?<![.!?:]\s)(?<!^)\b([A-Z][a-z]+) $")
_SURNAME_VERB_AFTER = re.compile(r" (?:is|was|says|said|has|had|adds|added|thinks|thought)\b")


def _surname(ctx: Context, s: int, e: int) -> bool:
    if ctx.text[e:e + 1] == " " and ctx.text[e + 1:e + 2].isdigit():
        return False
    first = _FIRST_NAME_BEFORE.search(ctx.text, max(0, s - 20), s)
    if first is not None and first.group(1).lower() not in _NOT_A_SURNAME \
            and first.group(1).lower() not in _MONTH_CUES and first.group(1).lower() not in _FUNCTION_WORDS_BEFORE_NAME \
            and _PERSON_AFTER_NAME.match(ctx.text, e):
        return True     # "general manager Tom August, who ran hotels"
    if _SURNAME_VERB_AFTER.match(ctx.text, e):
        month = ctx.text[s:e]
        return re.search(r"\b[A-Z][a-z]+ " + re.escape(month) + r"(?:,? (?:said|says|told|added|who)\b|, (?:the|a|an|who) )",
                         ctx.text[:s]) is not None
    return False


# Round 80: "the district's wettest March since 1950", "its driest May on record": a superlative before a
# capitalized May or March and the measure of a record after it make it the month (no verb, no modal).
_SUPERLATIVE_BEFORE_MONTH = re.compile(r"\b[a-z]{3,}est[ \t]+$")
_RECORD_AFTER_MONTH = re.compile(r"[ \t]+(?:since\b|on[ \t]+record\b|in[ \t]+(?:\d+|[a-z]+)[ \t]+years\b|ever\b)")


def _record_month(ctx: Context, s: int, e: int) -> bool:
    return ctx.has_upper and ctx.text[s].isupper() \
        and _SUPERLATIVE_BEFORE_MONTH.search(ctx.low, max(0, s - 20), s) is not None \
        and _RECORD_AFTER_MONTH.match(ctx.low, e) is not None


def bare_month(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    s = m.start()
    word = ctx.low[s:m.end()].rstrip(".")
    if _first_name(ctx, s, m.end(), word):
        return False
    if ctx.text[s:m.end()].isupper() and len(word) > 3:
        return False          # "MAY" in a headline
    if ctx.has_upper and ctx.text[s:s + 1].isupper() and _section_heading(ctx.text, s, m.end()) is not None:
        return True           # "May. The toy factory announced ...": a month heading its section of a review
    if word == "jan" and ctx.has_upper and ctx.text[m.end() - 1] != ".":
        after = _CAPITALIZED_AFTER.match(ctx.text, m.end())
        if after is not None and after.group(1).lower() not in _NOT_A_SURNAME:
            return False      # "a painting by Jan Verhulst": a first name before a surname
    if word in _AMBIGUOUS_MONTHS:
        if word != "may" and word != "march":
            # Bare abbreviations ("Dec", "Jan") only with a dot or a cue.
            if not ctx.text[m.end() - 1] == "." and ctx.prev_word(s) not in _ABBREVIATION_CUES:
                return False
        elif ctx.prev_word(s) not in _MONTH_CUES or ctx.low[m.end():m.end() + 4] == " of ":
            if _record_month(ctx, s, m.end()):
                return True   # Round 80: "the wettest March since 1950": a record month, capitalized
            if not _month_modifier(ctx, s, m.end()) and not _weathered_month(ctx, s) \
                    and not (ctx.prev_word(s) in _LISTED_MONTHS and ctx.text[s - 2:s] == ", "
                             and _LIST_GOES_ON.match(ctx.low, m.end())):
                return False
        if word == "may" and ctx.sentence_initial(s):
            return False
    return True


_DIGITS_AFTER_HYPHEN = re.compile(r"[-\u2013](\d+)")
# "2019-2021": the second year of a range follows a year and a hyphen.
_YEAR_RANGE_LEFT = re.compile(r"(?<!\d)(?:1[89]|20)\d\d ?-$")


# Round 80: verbs that take a count as their object ("sold 1800 meals", "planted 2000 trees"), and a
# lower-case word after the number; the words that follow a year in a clause instead ("sold 1998 in full").
_COUNT_VERBS_BEFORE = frozenset(("sold", "sells", "planted", "served", "serves", "bought", "fed", "vaccinated",
                                 "screened", "tested", "rescued", "evacuated", "employs", "employed", "hired",
                                 "cooked", "baked", "handed", "delivered", "collected", "raised", "caught"))
_NOUN_AFTER_COUNT = re.compile(r"[ \t]+[a-z]")
_WORDS_AFTER_YEAR = frozenset(("in", "on", "at", "and", "or", "but", "when", "after", "before", "to", "for",
                               "with", "until", "from", "as", "by", "through"))


_CODE_YEAR_SPAN_BEFORE = re.compile(r"\w[/\\]\d{4}[-\u2013]$")


def year_bare(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """A bare 4-digit number is a year unless it looks like an amount, a count or part of a number."""
    s, e = m.start(), m.end()
    year = int(ctx.low[s:e][:4]) if ctx.low[s:e][:4].isdigit() else 0
    if ctx.prev_char(s) in _CURRENCY or (s > 0 and ctx.text[s - 1] in ",.:/-+#"
                                         and not _YEAR_RANGE_LEFT.search(ctx.text, max(0, s - 6), s)):
        return False
    if e < len(ctx.text) and (ctx.text[e:e + 1] in ("%",) or ctx.text[e:e + 2] in (",0", ",1", ",2", ",3", ",4", ",5", ",6", ",7", ",8", ",9") or ctx.text[e:e + 1] in (":", "/") or ctx.text[e:e + 2].startswith(".") and ctx.text[e + 1:e + 2].isdigit()) \
            and not _chronology_entry(rule, m, fields, ctx):
        return False
    if _LETTER_CODE_AFTER.match(ctx.text, e):
        return False          # "box 1847-B", "form 1040-A": a code with its letter, not a year
    if _CODE_YEAR_SPAN_BEFORE.search(ctx.text, max(0, s - 8), s):
        return False          # Round 123: "ref. KW/PW/04/2019-2020": the end of a span of years inside a
                              # reference code, whose start (after its slash) is no year either
    run = _DIGITS_AFTER_HYPHEN.match(ctx.text, e)
    if run and len(run.group(1)) not in (2, 4):
        return False          # "2023-555-0199": a phone number
    if _PHONE_GROUPS_AFTER.match(ctx.text, e):
        return False          # "call 1800 555 012": a phone number in groups of digits
    if _PHONE_GROUPS_BEFORE.search(ctx.text, max(0, s - 12), s):
        return False          # "helpline 0300 123 1800": the last group of a phone number
    if _PHONE_TRUNK_BEFORE.search(ctx.text, max(0, s - 8), s):
        return False          # "the hotline, 0800 1902": a number after a trunk prefix with its leading 0
    nxt = ctx.next_word(e)
    if nxt and _COUNT_NOUNS_AFTER_YEAR.fullmatch(nxt) and not constant_money_year(rule, m, fields, ctx):
        return False
    prev = ctx.prev_word(s)
    if prev in _COUNT_VERBS_BEFORE and _NOUN_AFTER_COUNT.match(ctx.text, e) \
            and ctx.next_word(e) not in _WORDS_AFTER_YEAR:
        return False          # Round 80: "stalls sold 1800 hangi meals", "volunteers planted 2000 native trees":
                              # the number of what the verb acts on, not a year
    if _MODEL_YEAR_MAKE.match(ctx.text, e) and _MODEL_YEAR_OWNER.search(ctx.low, max(0, s - 40), s):
        return False          # "his 1987 Chevrolet", "the suspect's 1994 Ford Escort": the model year of a
                              # car, part of the car's name, not a time of anything told
    if prev in _PHONE_WORDS_BEFORE_YEAR:
        return False          # "on ext. 2013", "extension 1998": an internal telephone number
    if prev in _WORK_BEFORE_YEAR and ctx.text[s - 1:s] == " ":
        return False          # "the band's album 1999", "the novel 1984": a work named by a year, its title
    if prev in _NAMES_BEFORE_YEAR and ctx.has_upper and ctx.text[s - 1:s] == " " \
            and ctx.text[s - 1 - len(prev):s - 1][:1].isupper():
        return False          # "Expo 2000", "Windows 2000": the name of a fair or a product
    if ctx.has_upper and ctx.text[s - 2:s] == ", " and _STATUTE_COMMA_YEAR.search(ctx.text, max(0, s - 30), s):
        return False          # Round 112: "the Employment Standards Act, 2000": a statute's title in Canadian
                              # and Indian style, its year after a comma, part of the name
    if prev and ctx.has_upper and ctx.text[s - 1:s] == " " and ctx.text[s - 1 - len(prev):s - 1][:1].isupper() \
            and _CALLED_BEFORE_YEAR_NAME.search(ctx.low, max(0, s - len(prev) - 16), s - 1 - len(prev)):
        return False          # "a joint venture called Orion 1980", "a plan dubbed Vision 2030": the year is the
                              # last word of the name just given, no time of anything told
    if prev and ctx.has_upper and ctx.text[s - 1:s] == " " and ctx.text[s - 1 - len(prev):s - 1][:1].isupper() \
            and _WORK_KIND_BEFORE_NAME.search(ctx.low, max(0, s - len(prev) - 24), s - 1 - len(prev)):
        return False          # Round 114: "the strategy game Orbit 2049", "the film Blade 2040": a work's kind,
                              # then its title ending in a year
    if prev == "than" and 1900 <= year <= 2099 and _TIME_COMPARATIVE_THAN.search(ctx.low, max(0, s - 30), s):
        return True           # "no earlier than 2027", "later than 2015": a comparison of times, not of counts
    if prev == "than" and 1900 <= year <= 2099 and e < len(ctx.low) and ctx.low[e] in ",.;:!?\"'\u201d" \
            and re.search(r"\b(?:in|since|during|until)[ \t]+" + str(year) + r"(?!\d)", ctx.low):
        return True           # Round 109: "In 2008, ... can't get busier than 2008": a year the text has told as
                              # one, closing its clause, not a count
    if prev in ("than", "of", "some", "about", "nearly", "almost", "over", "to", "and", "only", "just", "the",
                "page", "pages", "no", "number", "route", "flight", "room", "at", "by", "paragraph", "version",
                "model", "chapter", "section", "article", "rule", "resolution", "code", "interstate", "highway",
                "box", "suite", "build", "builds", "revision", "ticket", "bill", "hb", "sb"):
        # Weak contexts: keep only years that look like years in news (1900-2099) and are followed by
        # something a year is followed by.
        if not 1900 <= year <= 2099 and not (1000 <= year < 1900 and prev == "of"
                                              and _EVENT_OF_YEAR.search(ctx.low, max(0, s - 40), s)) \
                and not (1000 <= year < 1900 and _old_year_in_history(prev, nxt, ctx, s, e)):
            return False
        if prev in ("than", "some", "about", "nearly", "almost", "over", "only", "just", "page", "pages",
                    "number", "route", "flight", "room", "paragraph", "version", "model", "chapter",
                    "section", "article", "rule", "resolution", "code", "interstate", "highway", "no",
                    # "PO Box 2000", "Suite 1900": an address
                    "box", "suite",
                    # "build 2031 of the installer", "revision 2019", "ticket 2007": a software build's or a
                    # tracker's serial number
                    "build", "builds", "revision", "ticket",
                    # "Senate Bill 1994", "HB 2001": a bill's number in the legislature, no year
                    "bill", "hb", "sb"):
            return False
    if not 1800 <= year <= 2099:
        # "an inscription dated 1587", "the oldest bell carries the date 1641": the year written on a thing
        return prev in ("in", "since", "until", "of", "from", "year", "by", "dated", "date") \
            or _closes_year_span(prev, ctx, s, year)
    return True



# Round 79: a chronology's or a birthday list's entry opens its line with the year and a colon ("1984: the
# firm buys the quarry", "1931: Tobias Wren, pianist"): a year, unless the text is a log whose lines open
# with clock times so (guard clock_log_lines: "2140: casualty landed").
_LINE_OPENS_BEFORE = re.compile(r"(?:^|(?<=\n))[ \t]*$")


def _chronology_entry(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    e = m.end()
    digits = ctx.low[m.start():e][:4]
    return ctx.text[e:e + 2] in (": ", ":\t") and digits.isdigit() and 1000 <= int(digits) <= 2099 \
        and _LINE_OPENS_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start()) is not None \
        and not GUARDS["clock_log_lines"](rule, m, fields, ctx)


# A hyphen and one capital letter after four digits: a catalogue or form code ("1847-B").
_LETTER_CODE_AFTER = re.compile(r"-[A-Z](?![\w'’-])")

# "the storm of 1898", "the centennial of 1876", "the Revolution of 1848": an event or a period named by
# its year, so a year before 1900 after "of" (elsewhere a weak context: "a crowd of 1500").
_EVENT_OF_YEAR = re.compile(
    r"\bthe[ \t]+(?:great[ \t]+)?(?:storms?|gales?|floods?|fires?|war|revolution|rising|uprising|rebellion|panic|"
    r"crash|famine|plague|epidemic|drought|blizzard|earthquake|eruption|winter|summer|spring|autumn|fall|"
    r"harvest|census|elections?|strikes?|riots?|treaty|act|exhibition|expedition|siege|battle|campaign|"
    r"coronation|jubilee|centenary|centennial|bicentenary|bicentennial|anniversary|peace|voyage|season|"
    r"constitution|charter|reforms?|class|games|olympics|convention|armistice|invasion|mutiny|"
    r"depression|slump|boom|collapse|fair|expo)[ \t]+of[ \t]+$")

# A car make, capitalized, after a four-digit year: with a determiner or an owner before the year
# ("a 1966 Ford Mustang", "Kay's 1991 Toyota."), the year is the car's model year.
_MODEL_YEAR_MAKE = re.compile(
    r"[ \t]+(?:Chevrolet|Chevy|Ford|Buick|Cadillac|Dodge|Chrysler|Pontiac|Oldsmobile|Plymouth|Lincoln|Mercury|Jeep|"
    r"Toyota|Honda|Nissan|Datsun|Mazda|Subaru|Volkswagen|VW|Mercedes|BMW|Audi|Porsche|Volvo|Saab|Jaguar|"
    r"Ferrari|Lamborghini|Rolls-Royce|Bentley|Hyundai|Kia|Mustang|Corvette|Camaro|Thunderbird|Peugeot|Renault|"
    r"Citroen|Citroën|Fiat|Lada|Trabant|Skoda|Opel|Vauxhall|Lexus|Acura|Mitsubishi|Suzuki|Isuzu|Studebaker|"
    r"Packard|Edsel|Rambler|GMC|Harley-Davidson|"
    # trucks, farm machines, motorcycles and other makes a police log names ("a 1987 John Deere tractor")
    r"John[ \t]+Deere|Infiniti|Land[ \t]+Rover|Range[ \t]+Rover|Hummer|Kubota|"
    r"Kawasaki|Ducati|Freightliner|Peterbilt|Kenworth|Winnebago)"
    # then a model name, a word for a vehicle, or the end of the noun phrase ("the 1987 Ford strike" is
    # a year of a strike)
    r"(?:[ \t]+[A-Z0-9]|[ \t]+(?:sedan|coupe|convertible|pickup|truck|van|minivan|wagon|station|car|hatchback|"
    r"limousine|jeep|motorcycle|tractor|mower|trailer|camper|motorhome|scooter|snowmobile|with|that|which|was|is|"
    r"parked|in|on|at|and|or)\b|[,.;:)]|$)"
    # makes that are also names of other things ("the 2010 Saturn Award", "the 1969 Saturn V launch", "a 2008
    # Yamaha concert grand") count only before a word for a vehicle or "Model X"
    r"|[ \t]+(?:Tesla|Scion|Saturn|Yamaha|Polaris)[ \t]+(?:Model[ \t]+[A-Z0-9]|(?:sedan|coupe|convertible|pickup|"
    r"truck|van|minivan|wagon|car|hatchback|motorcycle|scooter|snowmobile|quad|ATV|outboard)\b)")
_MODEL_YEAR_OWNER = re.compile(r"(?:(?<![\w'’])(?:a|an|the|his|her|their|its|my|our|your|whose)|\w['’]s)[ \t]+"
                               # a colour or a state between ("a silver 2004 Pontiac", "a stolen 1999 Honda")
                               r"(?:(?:silver|black|white|red|blue|gr[ae]y|green|gold|tan|maroon|beige|brown|"
                               r"yellow|orange|purple|dark|light|stolen|rented|abandoned|restored|vintage|rusty|"
                               r"battered|damaged|dark-colou?red|light-colou?red)[ \t]+)?$")

# Words after which four digits are a telephone extension, not a year.
# Round 86: "on the hotline 1939", "dial 1912": the short numbers of public helplines (four digits in much of
# South Asia and Africa) read as years after the word that names them.
_PHONE_WORDS_BEFORE_YEAR = frozenset(("ext", "extn", "extension", "tel", "phone", "fax", "hotline", "hotlines",
                                      "helpline", "helplines", "dial"))

# A history's older years in the weak contexts "by" and "the": "By 1850 the mills employed ...", "by 1790,
# the town ...", where the year opens the clause (a comma, a subject after it; "rose by 1500 to 3,000" is an
# amount), and "the 1867 collapse", a year naming an event ("the 1500 workers" is a count).
_SUBJECT_AFTER_YEAR = frozenset(("the", "a", "an", "his", "her", "its", "their", "he", "she", "it", "they",
                                 "we", "there", "this", "that", "most", "many", "some", "all"))
_EVENT_AFTER_YEAR = re.compile(
    r"(?:storms?|gales?|floods?|fires?|war|revolution|rising|uprising|rebellion|panic|crash|famine|plague|"
    r"epidemic|drought|blizzard|earthquake|eruption|census|elections?|strikes?|riots?|treaty|act|exhibition|"
    r"expedition|siege|battle|campaign|coronation|jubilee|constitution|charter|reforms?|convention|armistice|"
    r"invasion|mutiny|depression|slump|boom|collapse|explosion|disaster|wreck|sinking|massacre|outbreak|"
    r"fair|expo)")


# "from 1885 to 1890", "from 1540 until 1560": the closing year of a span whose opening year, after "from"
# (itself a year there), comes just before; a later year within a century of it is a year too, however old
# (alone, "to 1890" is a weak context, read as a count).
_YEAR_SPAN_OPENING = re.compile(r"\bfrom[ \t]+(1\d{3}|20\d\d)[ \t]+(?:to|until|till)[ \t]+$")


def _closes_year_span(prev: str, ctx: Context, s: int, year: int) -> bool:
    if prev not in ("to", "until", "till"):
        return False
    m = _YEAR_SPAN_OPENING.search(ctx.low, max(0, s - 24), s)
    return m is not None and 0 < year - int(m.group(1)) <= 100


def _old_year_in_history(prev: str, nxt: str, ctx: Context, s: int, e: int) -> bool:
    if _closes_year_span(prev, ctx, s, int(ctx.low[s:s + 4])):
        return True
    if prev == "by":
        return ctx.text[e:e + 1] == "," or nxt in _SUBJECT_AFTER_YEAR
    if prev == "the":
        return _EVENT_AFTER_YEAR.fullmatch(nxt) is not None
    return False


# Round 114: the kind of a work before a capitalized title of a word and a year ("the game Orbit 2049").
_WORK_KIND_BEFORE_NAME = re.compile(r"\b(?:game|games|film|movie|album|novel|sequel|shooter|roguelike|"
                                    r"app|musical)[ \t]+$")

# Nouns for a work right before its title: a year there is the title ("the album 1999", "the film 1917").
_WORK_BEFORE_YEAR = frozenset(("album", "single", "song", "film", "movie", "novel", "musical", "documentary",
                               "lp", "ep", "mixtape"))

# The verbs that give a name just before it: a capitalized word and a year after them are that name
# ("a firm called Orion 1980").
_CALLED_BEFORE_YEAR_NAME = re.compile(r"\b(?:called|named|dubbed|titled|entitled|christened)[ \t]+$")

# Names that take a year as their number ("EXPO 2000", "Windows 2000"), written with a capital.
# (and the short title of a British law, which ends in its year with no "of": "the Highways Act 1980", "the
# Building Regulations 2010", "the ... (England) Order 2015": part of the law's name, no time told)
_NAMES_BEFORE_YEAR = frozenset(("expo", "windows", "act", "regulations", "order",
                                # Round 108: "played for Germany at Euro 2008": a championship named by its year
                                "euro"))
# Round 112: the short title of a Canadian or Indian law writes a comma before its year ("the Income Tax Act,
# 1961", "the Ontario Regulations, 2019"); capitalized, the word is the law's name, not "the act, 2000 times".
_STATUTE_COMMA_YEAR = re.compile(r"\b(?:Act|Regulations|Code)(?: \([A-Z][a-z]+\))?, $")

# Two groups of three or four digits after a four-digit number, space-separated: the rest of a phone number.
_PHONE_GROUPS_AFTER = re.compile(r" \d{3,4} \d{3,4}(?![\d,.]\d)(?!\w)")

# Two groups of digits before a four-digit number, space-separated, the first of three or more digits: the
# start of a phone number whose last group it is ("0300 123 1800", "020 7946 2011").
_PHONE_GROUPS_BEFORE = re.compile(r"(?<![\w,.$£€])\d{3,5} \d{3,4} $")

# One group of digits opening with 0 before a four-digit number: a trunk or free-phone prefix ("0800 1902",
# "020 1999"); no count or year starts with a 0.
_PHONE_TRUNK_BEFORE = re.compile(r"(?<![\w,.$£€])0\d{2,4} $")

# A comparative of time before "than": what follows is a time ("no earlier than 2027"), not an amount.
_TIME_COMPARATIVE_THAN = re.compile(r"\b(?:earlier|later|sooner)[ \t]+than[ \t]+$")


def year_apostrophe(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    return ctx.prev_word(m.start()) in ("in", "since", "until", "of", "from", "through", "by", "class", "the",
                                        "fiscal", "and", "to", "before", "after", "season", "summer", "spring",
                                        "fall", "winter")


def _ordinals(rule: Rule, fields: dict) -> list[str]:
    return [fields[name] for name, cls in rule.groups.items() if cls == "ordinal" and fields.get(name)]


def quarter_ordinal(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    if not all(o in ("1", "2", "3", "4") for o in _ordinals(rule, fields)):
        return False
    # "scored 19 in the fourth quarter of a March win": the quarter of a game, not of a year (the game named
    # within a few words after "of", or points scored in it just before).
    return not (_GAME_QUARTER_AFTER.match(ctx.low, m.end())
                or _SCORED_IN_BEFORE.search(ctx.low, max(0, m.start() - 40), m.start())
                or _FOR_A_NTH_BEFORE.search(ctx.low, max(0, m.start() - 8), m.start()))


_GAME_QUARTER_AFTER = re.compile(
    r" of (?:a|an|the|that|this|their|his|her|its|our|sunday's|saturday's|friday's|last night's)"
    r"(?: [\w'’-]+){0,3}? (?:win|wins|loss|losses|game|games|match|victory|defeat|contest|rout|blowout|"
    r"shootout|playoff|final|semifinal|opener|clash|derby)\b")
# Round 148: "housing investment declined for a second quarter": how many quarters in a row, a count, no
# quarter of the year (as "for a second straight quarter").
_FOR_A_NTH_BEFORE = re.compile(r"\bfor a $")
_SCORED_IN_BEFORE = re.compile(r"\b(?:scored|scoring|scores) (?:\d+|[a-z]+)(?: (?:points|of (?:his|her|their) \d+))? in (?:the )?$")


def half_ordinal(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    if not all(o in ("1", "2") for o in _ordinals(rule, fields)):
        return False
    # "took the lead in the first half", "started the second half asleep": the half of a match, not of a
    # year, when the text around it talks of a game being played.
    if _HALF_OF_YEAR.search(ctx.low, m.start(), m.end()):
        return True     # Round 146: "the second half of 2025" is a year's, whatever game or landing ("touchdown")
                        # the text talks of: no match has a half of a year
    return not _MATCH_CUES.search(ctx.low, max(0, m.start() - 400), m.end() + 400)


_HALF_OF_YEAR = re.compile(r"half[ \t]+of[ \t]+(?:fiscal[ \t]+|calendar[ \t]+)?(?:1[89]|20)\d\d\b")


_MATCH_CUES = re.compile(
    r"\b(?:goals?|scored|scorers?|equali[sz]\w*|header|penalty|penalties|kick-?off|striker|goalkeeper|"
    r"half-?time|full-?time|touchdowns?|quarterback|referee|innings|free kick|fixture|the whistle|"
    r"league leaders|relegation|points? clear|touchline)\b")


# "the 21st Century Schools Act", "a 20th Century Heritage Fund": a capitalized "Century" opening the name of
# a law, a fund or a body (its head noun a few capitalized words on) names that thing, no century.
_CENTURY_IN_NAME_AFTER = re.compile(r"(?:[ \t]+[A-Z][a-z]+){0,3}[ \t]+(?:Act|Acts|Bill|Fund|Foundation|Initiative|"
                                    r"Program|Programme|Project|Society|Coalition|Commission|Council|Institute|"
                                    r"Trust|Partnership|Club|Fox|Limited|Award|Awards|Prize)(?![\w'-])")


def century_ordinal(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    if ctx.has_upper and ctx.text.endswith("Century", m.start(), m.end()) \
            and _CENTURY_IN_NAME_AFTER.match(ctx.text, m.end()):
        return False
    return 1 <= int(fields.get("ordinal", "0") or 0) <= 21


_SEASON_CUES = {"in", "since", "until", "till", "by", "during", "through", "throughout", "of", "early", "late",
                "mid", "last", "next", "this", "that", "each", "every", "the", "past", "previous", "coming",
                "following", "over", "before", "after",
                # "Meteorological winter ended on Saturday": the season as the calendar defines it
                "meteorological", "astronomical", "calendar",
                # Round 108: "linked with the striker all summer": the whole of the season
                "all"}


_NAME_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")


_YEAR_LATER_IN_CLAUSE = re.compile(r"[^.;!?\n,]{0,40}?\b(?:1[5-9]|20)\d\d\b")


def season_context(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    e = m.end()
    if ctx.has_upper and _NAME_AFTER.match(ctx.text, e):
        w = ctx.text.rfind(" ", m.start(), e) + 1 or m.start()
        if ctx.text[w].isupper() and ctx.text[e - 1].islower() and not ctx.sentence_initial(w):
            return False    # "the Spring River", "Winter Street": a capitalized season opening a name
    if ctx.low[e:e + 1] == " " and ctx.next_word(e) in _SEASON_ATTRIBUTIVE_NOUNS:
        return False        # "the winter band concert", "sowing of winter grains": a kind of thing, no time
    if ctx.low[m.start():m.start() + 4] == "the ":
        return True
    if _SEASON_POSITION_FIRST.match(ctx.low, m.start()):
        return True         # "slip to early summer": the position word is itself the cue the bare season
                            # would be accepted on, so the whole "early summer" (mod START) is the expression
    if _SEASON_ARRIVES_AFTER.match(ctx.low, e):
        return True         # "Summer is here", "Spring has arrived early": the season itself, now
    if _ITEM_LABEL_COLON.match(ctx.low, e) and _ITEM_LINE_OPENS.search(ctx.low, max(0, m.start() - 12), m.start()):
        return True         # Round 99: "Summer: Three restaurants open ...": the item of a chronology it labels
    prev = ctx.prev_word(m.start())
    if prev == "all" and _YEAR_LATER_IN_CLAUSE.match(ctx.low, e):
        return False        # Review fixes (stop 24): "scored all summer long in 2019": round 108's "all" cue
                            # would date the season near publication, not in the year named after it
    return prev in _SEASON_CUES


# Round 99: a line's opening label, a colon after it ("Summer: Three restaurants open on the pier.").
_ITEM_LABEL_COLON = re.compile(r"[ \t]*:(?!\d)")
_ITEM_LINE_OPENS = re.compile(r"(?:^|\n)[ \t]*(?:[-*\u2022][ \t]*)?$")


# A season match that opens with its position word ("early summer", "late autumn", "mid winter").
_SEASON_POSITION_FIRST = re.compile(r"(?:early|late|mid|middle)[ \t]")


# A bare season as the subject of its own coming or going: the current (or that) season, with no cue before.
_SEASON_ARRIVES_AFTER = re.compile(r"[ \t]+(?:is|was|has|had)[ \t]+(?:(?:finally|now|already|at[ \t]+last)[ \t]+)?"
                                   r"(?:here|come|came|arrived|over|gone|upon[ \t]+us)(?![\w-])"
                                   r"|[ \t]+(?:arrived|came|arrives|comes)(?:[ \t]+(?:early|late))?[ \t]*[.,;!]")


# Nouns a season classifies ("winter wheat", "the summer band concert", "spring lambs"): the season is an
# adjective of the thing, not the time of an event.
_SEASON_ATTRIBUTIVE_NOUNS = frozenset((
    "wheat", "grain", "grains", "crop", "crops", "barley", "rye", "oats", "squash", "vegetables", "lambs",
    "band", "bands", "concert", "concerts", "choir", "play", "musical", "coat", "coats", "jacket", "jackets",
    "boots", "tires", "tyres", "clothing", "clothes", "gear", "uniform", "uniforms", "collection",
    "collections", "fashion", "fashions", "menu", "catalog", "catalogue", "camp", "camps", "league",
    "leagues", "olympics", "games", "sports", "sport", "athletes", "issue", "edition", "blockbuster",
    "blockbusters", "movie", "movies", "interns", "intern", "internship", "internships", "residents",
    "home", "homes", "house", "cottage", "cabin", "palace", "pasture", "pastures", "plumage",
    # "the winter session of Parliament", "the autumn session of the trade fair": a sitting, named
    "session", "sessions",
    # "spring onions", "spring greens", "summer bedding": kinds of crop and plant named by their season
    "onion", "onions", "greens", "cabbage", "cabbages", "bulbs", "bedding",
    # Round 108: "the summer transfer window", "the winter window": a football registration period named by
    # its season, the window the subject, not the season's time
    "transfer", "window",
    # Round 124: "the spring tides" (the biggest tides of a lunar month, in any season) and "the spring permits"
    # (climbing or fishing permits named by the season they are for): the kind of tide or permit, no time
    "tide", "tides", "permit", "permits",
    # Round 125: "close for the summer holiday", "before the summer holidays": a break named by its season, its own
    # stretch (left untagged in gold), not the season's time ("recess", "vacation" and "break" are tagged in
    # some sets, so kept)
    "holiday", "holidays",
))


def not_fraction(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """'three-quarters of its food', 'a quarter of the market', 'a quarter less likely', 'three quarters
    full' are fractions, not durations."""
    if _YEAR_THEN_UNIT.match(ctx.low, m.start(), m.end()):
        return False      # "the 2010 full year", "the 2011 legislative year": a year, not 2,010 years
    if "quarter" not in ctx.low[m.start():m.end()]:
        return True
    if _BY_BEFORE.search(ctx.low, max(0, m.start() - 24), m.start()) \
            and not _DELAY_BEFORE_BY.search(ctx.low, max(0, m.start() - 60), m.start()):
        return False      # "cut the crop by more than a quarter": a share, not three months
    return ctx.next_word(m.end()).lstrip("-") not in _FRACTION_WORD_AFTER


_YEAR_THEN_UNIT = re.compile(r"(?:1[5-9]|20)\d\d[ \t]+(?:[a-z]+[ \t]+)?[a-z]*[^s\W]$")
_BY_BEFORE = re.compile(r"\bby[ \t]+(?:(?:(?:more|less|fewer)[ \t]+than|about|almost|nearly|roughly|over|under|around|"
                        r"just|some|at[ \t]+least)[ \t]+)?$")
# "delayed by a quarter", "pushed back by a quarter": there "by" measures time.
_DELAY_BEFORE_BY = re.compile(r"\b(?:delay\w*|postpon\w*|push\w*|put off|moved?|late|behind|ahead|extend\w*|"
                              r"slipp?\w*)\b[^.;!?]*$")


_FRACTION_WORD_AFTER = frozenset(("of", "less", "more", "fewer", "lower", "higher", "smaller", "larger", "bigger",
                                  "cheaper", "full", "empty",
                                  # "a quarter point", "a quarter-point cut": a step of an interest rate
                                  "point", "points", "percent", "percentage"))


# A counted amount a few words back: "$5 million a year", "500 cars a day", and counts in words ("three or four
# films a day", "a dozen tornadoes a year", "one incident a week", "40 gigabytes of images a day").
_AMOUNT_BEFORE = re.compile(
    r"(?:\d|percent|%|million|billion|thousand|hundred|dollars|cents|times|twice|once|"
    r"(?<![\w-])(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
    r"dozen|dozens|hundreds|thousands)(?![\w-]))"
    r"(?:[ \t]+(?:or[ \t]+\w+[ \t]+)?[a-z]+(?:-[a-z]+)?){0,2}(?:[ \t]+of[ \t]+[a-z]+)?"
    r"[ \t]*$")


def amount_before(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """'a year' is a rate ('$5 million a year', '3 percent a year', '500 cars a day'); after a preposition
    it is a length ('up 12 percent in a month', 'to reach 2,000 within a year', 'free for a year')."""
    if ctx.prev_word(m.start(), 16) in _LENGTH_PREPOSITIONS:
        return False
    if ctx.prev_word(m.start(), 16) in _RATE_LENGTH_BEFORE:
        return False          # Round 143: "was postponed a week", "it took a week": a length put off or taken
    if ctx.prev_word(m.start(), 16) in _SPEED_UNITS and not _DISTANCE_PER_DAY.match(ctx.low, m.start()):
        return False          # "90 miles an hour", "15 kilometres per hour": a speed, no recurrence
    if ctx.prev_word(m.start(), 16) in _SPEED_UNITS and _DISTANCE_SHIFT_AFTER.match(ctx.low, m.end()):
        return False          # "ran 10 kilometres a week before the marathon": when, no distance per week
    if _SHIFT_AFTER_RATE.match(ctx.low, m.end()) or _EMERGENCY_CALL_BEFORE.search(ctx.low, max(0, m.start() - 30),
                                                                                    m.start()):
        return False          # Round 111: "called 911 an hour later": a shift from a time, no rate of 911
    before = ctx.low[max(0, m.start() - 30):m.start()].rstrip()
    if _AMOUNT_BEFORE.search(before):
        return True
    return _rate_amount_far(ctx, m)


# Round 143: a rate whose counted amount sits further back than _AMOUNT_BEFORE reaches: a longer noun phrase
# ("two additional planning periods a week", "14,000 concerts and games a year"), a longer "of" phrase ("200
# minutes of preparation time a week", "$40 billion of mortgage-backed securities a month"), a unit written onto
# the figure ("220km a week", "25s. a week"), or a length spent each day ("more than an hour a day").
_AMOUNT_FAR_BEFORE = re.compile(
    r"(?:(?<![\w,.])(?P<num>\d(?:[\d,.]*\d)?)(?:[a-z]{1,3}\.?)?|(?:million|billion|thousand|hundred)|"
    r"(?<![\w-])(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
    r"dozen|dozens|hundreds|thousands)(?![\w-]))"
    r"(?:(?:[ \t]+[a-z]+){0,2}[ \t]+(?:in|of)(?:[ \t]+[a-z]+(?:[-+][a-z]+)?\+?){1,3}"
    r"|(?:[ \t]+(?:[a-z]+(?:-[a-z]+)?)){1,3})?"
    r"[ \t]*$")
_SPENT_LENGTH_BEFORE = re.compile(r"(?<![\w-])(?:an?|\d+|one|two|three|four|five|six|seven|eight|nine|ten|"
                                  r"half[ \t]+an?)[ \t]+(?:hours?|minutes?)[ \t]+$")
_LENGTH_COMPARED_AFTER = frozenset(("too", "shorter", "longer", "off", "early", "late", "ahead", "behind", "old",
                                    "older", "younger", "sooner"))
# Review fixes 9: a length measured from an event ("rescued a week into the ordeal", "dropped out a week out from
# the election", "freed a day short of the deadline", "a month before the vote")
_LENGTH_FROM_EVENT_AFTER = re.compile(r"[ \t]+(?:into|out[ \t]+(?:from|of|before)|(?:short|shy)[ \t]+of|before|after|"
                                      r"ahead)\b")
# A verb of lasting or putting off, or a count's coordination, just before "a week": a length, not a rate
# ("was postponed a week", "it took a week", "this one lasts a week", "six months and a year", "from a month").
_RATE_LENGTH_BEFORE = frozenset(("took", "take", "takes", "taking", "lasts", "lasted", "last", "lasting",
                                 "postponed", "delayed", "deferred", "spent", "spend", "from", "and", "to",
                                 "extended", "waited"))


# Round 143: "about ten days earlier each year", "six days earlier per decade", "three days earlier on average":
# a steady drift (duration.drift_each), the amount each step moves, not a day before another.
_STEADY_DRIFT_AFTER = re.compile(r"[ \t]+(?:(?:each|every|per)[ \t]+(?:day|night|week|month|season|spring|autumn|"
                                 r"year|decade|century|generation)\b|on[ \t]+average\b)")


def not_steady_drift(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    return _STEADY_DRIFT_AFTER.match(ctx.low, m.end()) is None


def _rate_amount_far(ctx: Context, m: re.Match) -> bool:
    if ctx.next_word(m.end()).lstrip("-") in _FRACTION_WORD_AFTER:
        return False          # "displaced a quarter of the population": a share
    if ctx.next_word(m.end()) in _LENGTH_COMPARED_AFTER:
        return False          # "a week too early", "a week shorter than", "a year off": a length measured
    if _LENGTH_FROM_EVENT_AFTER.match(ctx.low, m.end()):
        return False          # Review fixes 9: "a week into the ordeal", "a day short of the deadline": a length
    if _SHIFT_AFTER_RATE.match(ctx.low, m.end()) or _DISTANCE_SHIFT_AFTER.match(ctx.low, m.end()):
        return False
    if _SPENT_LENGTH_BEFORE.search(ctx.low, max(0, m.start() - 20), m.start()):
        return True
    a = _AMOUNT_FAR_BEFORE.search(ctx.low, max(0, m.start() - 50), m.start())
    if not a:
        return False
    num = a.group("num")
    return not (num and re.fullmatch(r"(?:1[5-9]|20)\d\d", num))    # "in 2019 the plant closed a week": a year


# Round 124: "averaged 20 miles a day", "skied 25 km a day": a distance covered each day (or week) is a daily
# stint, a recurrence as "500 cars a day" is; only "an hour" ("per hour") after a distance makes a speed.
_DISTANCE_PER_DAY = re.compile(r"(?:an?|per)[ \t]+(?:day|week|month|year)\b")
# Review fixes 4 (stop 25): "ran 10 kilometres a week before the marathon": a shift from an event, no stint.
_DISTANCE_SHIFT_AFTER = re.compile(r"[ \t]+(?:before|after|earlier|later|ago)\b")
# Round 111: after "a day", "an hour": a shift from another time ("an hour later", "a day earlier"), never a rate.
_SHIFT_AFTER_RATE = re.compile(r"[ \t]+(?:later|earlier|ago)\b")
# Round 111: an emergency number called just before "an hour" ("his wife dialled 999 an hour after ..."): no amount.
_EMERGENCY_CALL_BEFORE = re.compile(r"\b(?:call|calls|called|calling|dial|dials|dialed|dialled|dialing|dialling|phoned|"
                                    r"rang)[ \t]+(?:911|999|112|000|111)[ \t]+$")


_SPEED_UNITS = frozenset(("miles", "mile", "kilometres", "kilometers", "kilometre", "kilometer", "km", "kms",
                          "metres", "meters", "metre", "meter", "feet", "foot", "knots", "knot", "yards"))
_LENGTH_PREPOSITIONS = frozenset(("in", "within", "for", "over", "under", "after", "than", "by", "inside", "about",
                                  "nearly", "almost", "roughly", "around"))


def duration_context(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """Bare plural units are durations after for/over/within... ('for years', 'the coming months'), and
    after a verb or a noun when "of <noun>" or "earlier than" follows ('ended months of doubt', 'sold herds
    months earlier than usual'); not after a determiner ('the days of rage', 'a matter of days before'), nor
    as the second of a pair ('weeks or months of ...'), nor in a fraction ('three-quarters of')."""
    prev = ctx.prev_word(m.start())
    if prev in _PLURAL_LENGTH_BEFORE or ctx.low.startswith("coming ", m.start()) \
            or ctx.low.startswith("the coming ", m.start()):
        return True
    # Round 83: "have waited days for a reply", "the doctors went days without sleep": a length waited or gone
    # without (not "went months later", "go years back").
    if prev in _WAITED_BEFORE or prev in _WENT_BEFORE and ctx.low.startswith(" without ", m.end()):
        return True
    # Round 141: "will take months, not weeks", "within weeks, not months": the length set against another
    # length is one too
    if prev == "not" and _UNITS_NOT_BEFORE.search(ctx.low, max(0, m.start() - 20), m.start()):
        return True
    if prev in _PLURAL_NO_LENGTH_BEFORE or ctx.low[m.end():m.end() + 1] != " " \
            or ctx.low[m.start() - 1:m.start()] == "-":      # "three-quarters of": a fraction
        return False
    if _MINUTES_OF_A_MEETING.match(ctx.low, m.start()):
        return False          # Round 123: "Minutes of every council session go online": the record
    return _PLURAL_LENGTH_AFTER.match(ctx.low, m.end() + 1) is not None


# Round 123: "minutes" as the record kept of a meeting ("Minutes of every council session", "minutes of the
# board's March session"), not a length of time.
_MINUTES_OF_A_MEETING = re.compile(r"minutes[ \t]+of[ \t]+(?:(?:each|every|its|their|the|this|that|a|an|[a-z]+'s)"
                                   r"[ \t]+)?(?:[\w'.-]+[ \t]+){0,3}?(?:meetings?|sessions?|hearings?|board|"
                                   r"committee|council|assembly|proceedings|conference|cabinet)\b")


_UNITS_NOT_BEFORE = re.compile(r"\b(?:minutes|hours|days|weeks|months|years|decades),[ \t]+not[ \t]+$")
_WAITED_BEFORE = frozenset(("waited", "wait", "waits", "waiting"))
_WENT_BEFORE = frozenset(("went", "go", "goes", "going", "gone"))
_PLURAL_LENGTH_BEFORE = frozenset(("for", "over", "within", "took", "lasted", "spent", "last", "lasting", "take",
                                   "takes", "after", "in", "than", "about", "nearly", "only", "few", "several",
                                   "many", "some", "through", "spend", "spends", "spending",
                                   # Round 96: "a story that lasts months" (not "taking": "taking days
                                   # away from instruction" takes days off, no length)
                                   "lasts"))
_PLURAL_NO_LENGTH_BEFORE = frozenset(("the", "of", "these", "those", "its", "his", "her", "their", "our", "my",
                                      "your", "early", "first", "last", "final", "dark", "old", "good", "bad",
                                      "glory", "happy", "salad", "dog", "halcyon", "school", "business", "working",
                                      "office", "opening", "closing", "visiting", "whose", "what", "which", "or",
                                      "and", "to"))
# "of" with a noun after it ("months of talks"), not "of the" nor a number ("days of 2020"); "earlier/later
# than". Not before/after: "days after the attack" is a date in TimeBank, "seconds before the blast" untagged.
# Round 81: nor "of" a month's or a season's name ("in the dry months of January and February", "the weeks of
# Lent"): the noun then says which stretch it is, no length.
_PLURAL_LENGTH_AFTER = re.compile(r"(?:of[ \t]+(?!the\b|a\b|an\b|this\b|that\b|his\b|her\b|its\b|their\b|\d|"
                                  r"(?:january|february|march|april|may|june|july|august|september|october|"
                                  r"november|december|spring|summer|autumn|winter|lent|ramadan|advent)\b)[a-z]|"
                                  r"(?:earlier|later|longer|sooner)[ \t]+than\b)")


_NAME_AFTER_NOON = re.compile(r"[ \t]+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|"
                              r"Oct|Nov|Dec|Eastern|Central|Pacific|Mountain|GMT|UTC|[ECMP][SD]?T\b|Local|Today|"
                              r"Tomorrow|Yesterday|On\b|In\b|At\b|I\b)[A-Z][a-z]+\b")


# A title in quotes, every word capitalized: ABC's "This Week," the film "High Noon": a programme, film or
# song, no time. Two words or more: a one-word quote ("Tomorrow," she said) is still the time it says.
_TITLE_QUOTE_OPEN = frozenset('"“')
_TITLE_QUOTE_CLOSE = re.compile(r'[,.]?["”]')


def _quoted_title(ctx: Context, s: int, e: int) -> bool:
    if s == 0 or ctx.text[s - 1] not in _TITLE_QUOTE_OPEN or _TITLE_QUOTE_CLOSE.match(ctx.text, e) is None:
        return False
    words = ctx.text[s:e].split()
    return len(words) > 1 and all(w[:1].isupper() for w in words)


_PREPOSITIONS_BEFORE_MIDNIGHT = frozenset(("past", "after", "until", "till", "at", "before", "by", "around",
                                          "near", "since", "from", "to", "toward", "towards"))


def not_a_name(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """'USA Today', 'Daily Mail', 'High Noon': capitalized mid-sentence next to another capitalized word."""
    s = m.start()
    if not ctx.has_upper or not ctx.text[s].isupper():
        return True
    if _quoted_title(ctx, s, m.end()):
        return False
    if ctx.sentence_initial(s):
        # "Midday Forum continues after the news": a programme's name opening the sentence (not "Noon
        # Tuesday is the deadline", "Noon Eastern time")
        return not (rule.id == "time.noon" and _NAME_AFTER_NOON.match(ctx.text, m.end()) is not None)
    # the word before on the same line: a heading above ("HOLIDAY SERVICE\n\nOn Good Friday") is no part of it
    before = ctx.text[max(0, s - 20):s].rstrip(" \t")
    prev = [] if before.endswith("\n") else before.split()[-1:]
    after = ctx.text[m.end():m.end() + 20]
    # a name runs on to the next word of its line; "Today, I'm here" does not
    nxt = after.lstrip(" \t").split()[:1] if after[:1] in (" ", "\t") else []
    cap = lambda w: bool(w and w[0] and w[0][:1].isupper())
    # "On Boxing Day, buses ...": a capitalized preposition opening the sentence is no part of a name
    if prev and prev[0].lower() in _FUNCTION_WORDS_BEFORE_NAME and ctx.sentence_initial(s - len(prev[0]) - 1):
        prev = []
    # "said Monday, Presidents' Day, that": a name does not run on across a comma
    if prev and prev[0][-1:] in (",", ";", ":"):
        prev = []
    # "Talks Drag Past Midnight in Brussels": in a title-case headline a time of day after a preposition
    # is the time ("Midnight Kitchen" is a name)
    if rule.id == "time.midnight" and prev and prev[0].lower() in _PREPOSITIONS_BEFORE_MIDNIGHT:
        return True
    # "the St Patrick's Day Mass", "the Christmas Day Parade": a holiday of two words or more is a name of
    # its own, and one that modifies the next capitalized noun still names the day
    if rule.id == "date.holiday" and " " in m.group(0).strip():
        nxt = []
    # Round 103: "Happy Labor Day!", "Merry Christmas to all": a greeting's capital opens no name, it wishes
    # the day itself
    if rule.id == "date.holiday" and prev and prev[0].lower().strip("\"'“‘(") in _HOLIDAY_GREETINGS:
        prev = []
    return not (cap(prev) or cap(nxt))


_HOLIDAY_GREETINGS = frozenset(("happy", "merry", "joyous", "joyful", "blessed"))


# Round 129: "with Bristol band Seventeen Seconds headlining", "the novel Forty Days": a count and its unit both
# capitalized mid-sentence after a lower-case word is a name, not a length (a title-case headline capitalizes
# the word before too: "Talks Drag On For Three Days").
_TITLE_CASE_COUNT = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)?[ \t]+[A-Z][a-z]+")


def count_not_title_case_name(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    s = m.start()
    if not ctx.has_upper or not _TITLE_CASE_COUNT.fullmatch(ctx.text, s, m.end()) or ctx.sentence_initial(s):
        return True
    before = ctx.text[max(0, s - 30):s]
    if not before.endswith((" ", "\t")):
        return True
    prev = before.split()[-1:] if before.strip() else []
    return not (prev and prev[0][:1].islower())




# A weekday inside a name: "the Sunday Times", "a report in the Sunday Telegraph", "the maker of Sunday
# Best soap": capitalized, after an article or "of", with a capitalized word after it that is no date word.
_NAME_AFTER_WEEKDAY = re.compile(r"[ \t\u00a0]+([A-Z][a-z]+)")
_DATE_WORDS_AFTER_WEEKDAY = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                             "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
                             "sep", "sept", "oct", "nov", "dec", "morning", "afternoon", "evening", "night",
                             "noon", "midnight", "eastern", "central", "pacific", "mountain", "local", "gmt", "utc"}


# The title word of a newspaper after its weekday edition ("Sunday Gazette", "Saturday Telegraph"); not a
# place named after it ("Times Square").
_PAPER_AFTER_WEEKDAY = re.compile(r"[ \t\u00a0]+(?:Times|Telegraph|Gazette|Herald|Post|Mail|Express|Mirror|Tribune|"
                                  r"Independent|Observer|Chronicle|Courier|Argus|Mercury|Examiner|Star)\b"
                                  r"(?![ \t\u00a0]+Square)")
# A firm named after a weekday: "the fund Tuesday Capital", "Friday Robotics, which builds ...": the weekday
# before the word a firm's name ends in. Not after a word that dates ("on Tuesday Capital Economics said",
# "said Friday Labs would ...").
_FIRM_WORD_AFTER = re.compile(r"[ \t\u00a0]+(?:Capital|Ventures|Partners|Holdings|Robotics|Labs|Technologies|"
                              r"Systems|Studios|Pictures|Records|Foods|Industries|Analytics|Networks|Software|"
                              r"Group|Inc|Ltd|LLC|Corp|Bank)(?![\w'\u2019-])")
_DATING_WORDS_BEFORE_FIRM = {"on", "by", "last", "next", "this", "every", "each", "since", "until", "till", "before",
                             "after", "through", "during", "early", "late", "said", "says", "told", "announced",
                             "reported", "added", "and", "or", "from", "to"}


def weekday_not_a_name(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """"the Sunday Times", "the maker of Sunday Best": a capitalized weekday after "the", "a" or "of" and
    before another capitalized word (not a month or a part of the day) is part of a name; so is one before a
    surname and what follows a person's name ("Sunday Okafor, the director, said")."""
    s = m.start()
    if ctx.has_upper and ctx.text[s].isupper():
        nxt = _NAME_AFTER_WEEKDAY.match(ctx.text, m.end())
        if nxt is not None and nxt.group(1).lower() not in _DATE_WORDS_AFTER_WEEKDAY \
                and nxt.group(1).lower() not in _NOT_A_SURNAME and _PERSON_AFTER_NAME.match(ctx.text, nxt.end()):
            return False      # "the director, Sunday Okafor, said": a first name before its surname
        if nxt is not None and nxt.group(1).lower() in _STREET_WORDS:
            return False      # "22 Sunday Lane", "Friday Street": a street's name, in an address or not
        title = _TITLED_WORD_BEFORE.search(ctx.text, max(0, s - 12), s)
        if title is not None and title.group(1).lower() in _TITLES:
            return False      # "a hero called Captain Thursday", "Mr Tuesday": a title before a name
        if _TITLE_FIRST_NAME_BEFORE.search(ctx.text, max(0, s - 30), s) and _PERSON_GLOSS_AFTER.match(ctx.text, m.end()):
            return False      # Round 112: "an engineer, Mr Alan Sunday, who examined it": the surname after a
                              # title and a first name, the person then glossed (not "said Dr Jones Monday")
        if _r136_titled_weekday_surname(ctx, s, m.end()):
            return False      # Round 136: "Judge Sunday", "Mrs Ada Sunday, retires": a weekday as a surname
        if _r136_untitled_weekday_surname(ctx, s, m.end()):
            return False      # Round 136: "Ada Sunday-Price", "Tom Friday, Club Secretary" signing off
        if _FIRM_WORD_AFTER.match(ctx.text, m.end()) and ctx.prev_word(s) not in _DATING_WORDS_BEFORE_FIRM:
            return False      # "analysts at Tuesday Capital", "Friday Robotics, which builds pickers"
    if ctx.has_upper and ctx.text[s].isupper() and _PAPER_AFTER_WEEKDAY.match(ctx.text, m.end()):
        return False          # "this week's Kestwick Sunday Gazette": the weekday edition of a paper, whatever
                              # comes before its name
    # Round 85: "the Rotary Club's Friday Fish Fry": a weekday opening an event's name of two capitalized words
    # or more after a possessive is that name (not "Tuesday's Monday Night meeting", where the words date)
    if ctx.has_upper and ctx.text[s].isupper() and ctx.prev_word(s).endswith(("'s", "\u2019s")) \
            and not ctx.sentence_initial(s):
        pair = _NAME_PAIR_AFTER_WEEKDAY.match(ctx.text, m.end())
        if pair is not None and not {w.lower() for w in pair.groups()} & _DATE_WORDS_AFTER_WEEKDAY:
            return False
    # "his bandmates from Sunday Best": a band's or a show's name after "from" as after "of"
    if not ctx.has_upper or not ctx.text[s].isupper() or ctx.prev_word(s) not in ("the", "a", "an", "of", "from"):
        return True
    nxt = _NAME_AFTER_WEEKDAY.match(ctx.text, m.end())
    if nxt is not None and ctx.prev_word(s) == "from" and nxt.group(1).lower() in _RANGE_WORDS_AFTER_FROM:
        return True           # "Roadworks Close Lane From Monday To Friday": a headline's range of days
    return nxt is None or nxt.group(1).lower().rstrip(".") in _DATE_WORDS_AFTER_WEEKDAY


_RANGE_WORDS_AFTER_FROM = frozenset(("to", "through", "thru", "until", "till", "and", "or"))


# Round 136: titles for which a weekday right after them is a surname ("Judge Sunday rejected the motion",
# "Cllr Friday voted against"), beyond the courtesy titles of _TITLES.
_R136_SURNAME_TITLES = frozenset(("judge", "justice", "cllr", "councillor", "rev", "reverend"))
_R136_TITLE_THEN_WEEKDAY = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Judge|Justice|Cllr|"
                                      r"Councillor|Rev|Reverend)\.?[ \t]+(Monday|Tuesday|Wednesday|Thursday|"
                                      r"Friday|Saturday|Sunday)(?![\w'\u2019-])")
_R136_TITLE_FIRST_NAME_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Judge|Justice|Cllr|"
                                           r"Councillor|Rev|Reverend)\.?[ \t]+[A-Z][a-z]+[ \t]+$")
# An apposition opened by a comma before the title and closed by one after the weekday: "our treasurer,
# Mrs Ada Sunday, retires" (not "Mr. Biden Tuesday said", where nothing sets the name off).
_R136_APPOSITION_OPENS = re.compile(r",[ \t]+(?:U\.S\.[ \t]+)?(?:[A-Z][a-z]+[ \t]+)?"
                                    r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Judge|Justice|Cllr|Councillor|"
                                    r"Rev|Reverend)\.?[ \t]+[A-Z][a-z]+[ \t]+$")


def _r136_titled_weekday_surname(ctx: Context, s: int, e: int) -> bool:
    """A capitalized weekday that is a person's surname: right after a judge's or councillor's title; after a
    title and a first name when the name stands in apposition between commas; or after a title and a first
    name when the same document names the person by title and weekday alone ("Judge Warren Sunday ... Judge
    Sunday said"), as news does on a second mention."""
    title = _TITLED_WORD_BEFORE.search(ctx.text, max(0, s - 14), s)
    if title is not None and title.group(1).lower() in _R136_SURNAME_TITLES:
        return True
    if not _R136_TITLE_FIRST_NAME_BEFORE.search(ctx.text, max(0, s - 34), s):
        return False
    if ctx.text[e:e + 1] == "," and _R136_APPOSITION_OPENS.search(ctx.text, max(0, s - 50), s):
        return True
    word = ctx.text[s:e]
    return any(t.group(1) == word for t in _R136_TITLE_THEN_WEEKDAY.finditer(ctx.text))


# Round 136: a weekday as a surname without a title. Double-barrelled: "Ada Sunday-Price" (not "Monday-Friday",
# a range). Signing off a line: "Tom Friday, Club Secretary" alone on its line, the name then a role in
# capitalized words (not "Posted Monday, Jan. 6", "Effective Sunday, March 30", "Every Monday, Ruth Anand
# unlocks the gate": digits, a date word or a lower-case word follow).
_R136_DOUBLE_BARREL_AFTER = re.compile(r"-([A-Z][a-z]{2,})(?![\w'\u2019-])")
_R136_GIVEN_NAME_BEFORE = re.compile(r"(?:^|(?<=\n)|(?<=: ))[ \t]*([A-Z][a-z]+)[ \t]+$")
_R136_ROLE_LINE_AFTER = re.compile(r",[ \t]+((?:(?:[A-Z][a-z]+|of|and|&)[ \t]*){1,5})[ \t]*(?:\n|$)")
_R136_DATE_WORDS = frozenset(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                              "january", "february", "march", "april", "may", "june", "july", "august",
                              "september", "october", "november", "december", "morning", "afternoon", "evening",
                              "night", "noon", "midnight", "week", "weekend", "next", "last", "this", "and", "or",
                              "through", "to", "until", "till"))


def _r136_untitled_weekday_surname(ctx: Context, s: int, e: int) -> bool:
    given = _R136_GIVEN_NAME_BEFORE.search(ctx.text, max(0, s - 30), s)
    if given is None or given.group(1).lower() in _FUNCTION_WORDS_BEFORE_NAME \
            or given.group(1).lower() in _DATE_INTRO or given.group(1).lower() in _R136_DATE_WORDS:
        return False
    barrel = _R136_DOUBLE_BARREL_AFTER.match(ctx.text, e)
    if barrel is not None:
        return barrel.group(1).lower() not in _R136_DATE_WORDS
    role = _R136_ROLE_LINE_AFTER.match(ctx.text, e)
    return role is not None and not {w.lower() for w in role.group(1).split()} & _R136_DATE_WORDS
# Round 85: two capitalized words after a weekday, as in an event's name ("Friday Fish Fry").
_NAME_PAIR_AFTER_WEEKDAY = re.compile(r"[ \t\u00a0]+([A-Z][a-z]+)[ \t\u00a0]+([A-Z][a-z]+)")


# Titles that make a capitalized weekday after them a name ("Captain Thursday", "Mrs Friday").
_TITLED_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+)\.?[ \t]+$")
# Round 112: a title and a first name before a capitalized word: a surname ("Mr Alan Sunday", "Dr Ruth Friday").
_TITLE_FIRST_NAME_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Judge|Justice)\.?[ \t]+"
                                      r"[A-Z][a-z]+[ \t]+$")
# Review fixes 2: a gloss after a comma only; a bare "said" after "Mr. Biden Tuesday" is the weekday's verb
# ("Mr. Biden Tuesday said the deal was done"), a title and one name being a surname as often as a first name.
_PERSON_GLOSS_AFTER = re.compile(r",[ \t]+(?:who|whose|whom|aged|\d{2},)\b")
_TITLES = frozenset(("captain", "capt", "mr", "mrs", "ms", "miss", "dr", "doctor", "professor", "prof", "sir",
                     "lady", "lord", "king", "queen", "prince", "princess", "colonel",
                     "sergeant", "uncle", "aunt", "brother", "sister", "saint"))
# The kinds of street a capitalized word can name ("Sunday Lane", "Friday Street").
_STREET_WORDS = frozenset(("street", "lane", "road", "avenue", "close", "drive", "terrace", "crescent", "place",
                           "boulevard", "row", "alley", "court", "gardens", "square", "mews", "way"))


_FUNCTION_WORDS_BEFORE_NAME = {"on", "in", "by", "since", "until", "till", "before", "after", "from", "at", "during",
                               "over", "for", "through", "last", "next", "this", "every", "each", "and", "but",
                               "so", "around", "about", "like", "as", "of"}


def no_digit_after(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    e = m.end()
    if ctx.text[e:e + 1] in (".", ")") and re.search(r"\n[ \t]*\d{1,2}$", ctx.text[m.start():e]):
        return False    # Round 78: "last reviewed in September\n8. Trustee recruitment": the number opening
        #                 the next line is an agenda item's, no day of the month
    if _ZERO_YEAR_AFTER.match(ctx.text, e):
        return False    # stop 27: "January 1, 0001", a year no rule reads, is not this year's day
    return not (ctx.text[e:e + 1].isdigit() or ctx.text[e:e + 2] in (":0", ":1", ":2", ":3", ":4", ":5"))


_ZERO_YEAR_AFTER = re.compile(r" ?,? ?0\d{3}\b")


# "from" compares only an amount ("to $5 million from $3 million last year"), not a source ("repaid members
# from its insurance fund and merged ... last year").
_COMPARISON = re.compile(r"(?:\b(?:compared|comparison|versus|vs|against|than|over)\b|\bfrom[ \t]+(?:(?:an?|about|"
                         r"nearly|almost|roughly|around|some|just)[ \t]+)?[$£€\d])[^.;]*$")


_ADJECTIVE_DETERMINERS = {"a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "an'"}
# Nouns an adjective like "overnight" qualifies even without a determiner: "kept overnight interest rates
# low", "offers overnight stays" (the word is then no time of the story).
_ATTRIBUTIVE_NOUNS = {"interest", "rate", "rates", "lending", "borrowing", "loan", "loans", "deposit", "deposits",
                      "repo", "index", "trading", "stay", "stays", "shift", "shifts", "flight", "flights", "train",
                      "trains", "bus", "buses", "trip", "trips", "bag", "bags", "delivery", "deliveries", "shipping",
                      "success", "sensation", "guests", "guest", "visit", "visits", "parking", "accommodation",
                      "camp", "camps", "funding", "money", "markets", "market", "lows", "highs"}
# A part of the day naming a daily event, not a time: "the morning rush", "the evening commute".
# "the night shift", "the night waitress": a part of the day naming a work shift or the people on it
# "the evening service was cut", "students on the evening course", "the morning paper": a bus, a class or
# a paper that runs at that part of every day, a kind of thing rather than a time
_DAILY_EVENT_NOUNS = frozenset(("rush", "commute", "lows", "highs", "shift", "shifts", "waitress", "waiter",
                                "nurse", "nurses", "porter", "watchman", "staff", "crew",
                                "service", "services", "course", "courses", "class", "classes", "paper", "papers",
                                "bus", "buses", "train", "trains"))


def not_daily_event(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """'just as the morning rush was building', 'overnight lows': an attributive part of the day."""
    return ctx.low[m.end():m.end() + 1] != " " or ctx.next_word(m.end()) not in _DAILY_EVENT_NOUNS


# Round 110: a part of the day written with a capital inside a sentence and followed by "of" and another
# capitalised word ("the Night of Power", "the Night of the Long Knives", "an Evening of Remembrance"): a name.
_NAMED_PART_OF_DAY = re.compile(r"(?:Morning|Afternoon|Evening|Night)[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z]")


def not_named_part_of_day(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """Round 110: "Laylat al-Qadr, the Night of Power": the capital makes it a name, no part of a day (not
    "The night of December 31", with the part of the day in lower case)."""
    if not ctx.has_upper:
        return True
    k = m.end()
    while k > m.start() and ctx.text[k - 1].isalpha():
        k -= 1
    return _NAMED_PART_OF_DAY.match(ctx.text, k) is None


def not_attributive(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """'after an overnight count', 'the overnight rate': a determiner then the word then a noun is an
    adjective of the noun, no time ('rebels struck overnight' and 'the overnight hours' aside, the
    latter being rare)."""
    nxt = ctx.next_word(m.end())
    if nxt in _ATTRIBUTIVE_NOUNS and ctx.low[m.end():m.end() + 1] == " ":
        return False
    if ctx.prev_word(m.start(), 12) not in _ADJECTIVE_DETERMINERS:
        return True
    return not (nxt[:1].isalpha() and ctx.low[m.end():m.end() + 1] == " ")


def lower_case(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """'early in the new year' is a time, 'New Year' a holiday: no capital after the first letter."""
    s = m.start() + 1
    return not ctx.has_upper or ctx.text[s:m.end()] == ctx.low[s:m.end()]


# Review fixes 4 (stop 25): "Fans greet the new year at the harbour every year": a habit, no year greeted.
_GREETING_HABIT = re.compile(r"\b(?:every|each)[ \t]+(?:new[ \t]+)?year\b|\bannually\b|\btraditionally\b|"
                             r"\b(?:always|usually|often)\b|\byear[ \t]+after[ \t]+year\b")


def greeting_not_habit(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    low = ctx.low
    lo = max(low.rfind(". ", 0, m.start()) + 1, low.rfind("\n", 0, m.start()) + 1, m.start() - 200, 0)
    stops = [i for i in (low.find(". ", m.end()), low.find("\n", m.end())) if i >= 0]
    hi = min(stops + [m.end() + 200, len(low)])
    return _GREETING_HABIT.search(low, lo, hi) is None

# A feast named by a common word and its weekday ("Ash Wednesday", "Good Friday", "Palm Sunday"), and the
# shopping days named so ("Black Friday", "Cyber Monday").
_WEEKDAY_FEAST = re.compile(r"\b(?:ash|palm|holy|maundy|shrove|whit|good|black|cyber)[ \t]+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b")


# A holiday named by a common noun: "a service of thanksgiving", "in thanksgiving" is a prayer, not the day;
# "would put election day in May" is the day of any election, not the American Election Day.
_COMMON_NOUN_FEAST = re.compile(r"\b(?:thanksgiving|election[ \t]+day)\b")


def feast_capitalized(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """'Ash Wednesday', 'Good Friday': a feast named with its weekday is a name, written with a capital;
    'the volcano spewed ash Wednesday', 'it had a good Friday' are a noun or an adjective and a weekday."""
    f = _WEEKDAY_FEAST.search(ctx.low, m.start(), m.end()) or _COMMON_NOUN_FEAST.search(ctx.low, m.start(), m.end())
    return f is None or not ctx.has_upper or ctx.text[f.start()].isupper()


def holiday_not_plant(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """"the Christmas rose", "Michaelmas daisies", "an Easter lily": a holiday naming a plant that flowers
    near it is part of the plant's common name, no date."""
    e = m.end()
    return not (ctx.low[e:e + 1] == " " and ctx.next_word(e) in _HOLIDAY_PLANT_NOUNS)


_HOLIDAY_PLANT_NOUNS = frozenset(("rose", "roses", "daisy", "daisies", "cactus", "cacti", "cactuses", "lily",
                                  "lilies", "fern", "ferns"))


# Round 142: a holiday naming a thing made or set up for it, "the Christmas market", "Christmas lights", "the
# children's Christmas pageant", "Easter eggs": the thing, no day (no set tags these; "the Christmas holiday"
# and "Christmas celebrations" are tagged in some sets and not in others, and are left alone).
_HOLIDAY_OBJECT_NOUNS = frozenset(("market", "markets", "lights", "tree", "trees", "pageant", "pageants", "card",
                                   "cards", "decorations", "egg", "eggs", "jumper", "jumpers", "cracker", "crackers",
                                   "bonnet", "bonnets", "wreath", "wreaths"))
# Round 142: "Cllrs R. Easter (chair)", "Mr Christmas": a surname after an initial or a title, in a text with
# capitals (a lone capital letter before a full stop ending a sentence is rare next to a holiday).
_INITIAL_OR_TITLE_BEFORE_HOLIDAY = re.compile(r"(?:(?<![\w.])[A-Z]\.|\b(?:Mr|Mrs|Ms|Dr|Cllr|Cllrs|Councillor))[ \t]+$")


# Review fixes 6 (stop 26): "Easter Monday market", "Palm Sunday eggs": a feast ending in its weekday is
# kept, or the bare weekday inside it would take a day of its own.
_WEEKDAY_END = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day$")
# Review fixes 6: "Christmas lights went up", no determiner before the holiday and a verb after the noun: the
# lights going up at Christmas, a time ("the Christmas lights were stolen" stays the thing).
_VERB_AFTER_HOLIDAY_OBJECT = frozenset(("went", "go", "goes", "come", "came", "comes", "are", "were", "will",
                                        "appear", "appeared", "appears", "arrive", "arrived", "arrives"))
_DETERMINER_BEFORE_HOLIDAY = re.compile(r"(?:\b(?:the|a|an|this|that|these|those|his|her|its|our|their|my|your|"
                                        r"of|some|many|no)|\d|['\u2019]s|s['\u2019])[ \t]+$")
# Review fixes 6: "Plan B. Christmas shopping": a label's letter ending a sentence, no initial of a name.
_LABEL_BEFORE_LETTER = re.compile(r"\b(?:plan|part|phase|vitamin|type|class|grade|section|appendix|group|option|"
                                  r"category|level|block|team|wing|gate|terminal|platform|exhibit|article|"
                                  r"chapter|figure|table|division|league|route|stage|step|tier|zone)[ \t]+\S\.[ \t]+$")


def holiday_not_object_or_surname(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """"the Christmas market", "Easter eggs": a holiday before a thing of it; "Cllr R. Easter": a surname."""
    s, e = m.start(), m.end()
    if _WEEKDAY_END.search(ctx.low, s, e):
        return True
    if ctx.low[e:e + 1] == " " and ctx.next_word(e) in _HOLIDAY_OBJECT_NOUNS:
        obj_end = ctx.low.find(" ", e + 1)
        if obj_end < 0 or ctx.next_word(obj_end) not in _VERB_AFTER_HOLIDAY_OBJECT \
                or _DETERMINER_BEFORE_HOLIDAY.search(ctx.low, max(0, s - 12), s):
            return False
    if not (ctx.has_upper and _INITIAL_OR_TITLE_BEFORE_HOLIDAY.search(ctx.text, max(0, s - 14), s)):
        return True
    return _LABEL_BEFORE_LETTER.search(ctx.low, max(0, s - 24), s) is not None


def after_in(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """'resume in the new year', 'into the new year': the phrase as a time adverbial only ('the new year
    brought hope' and 'a new year's resolution' are no dates)."""
    return ctx.prev_word(m.start(), 10) in ("in", "into", "until", "till", "by")


_PERIOD_NOUN_AFTER = {"", "did", "does", "is", "was", "ends", "ended", "began", "begins", "turned", "turns",
                      "closes", "closed", "draws", "drew", "and", "or", "to", "when", "as", "runs", "ran",
                      "has", "had", "will", "would", "opened", "opens", "started", "starts", "wore", "wears"}


def period_noun(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """'quit when the century did', 'before the century ends': the period itself, not 'the storm of the
    century', 'the century mark' nor 'a century-old barn'."""
    if ctx.prev_word(m.start(), 12) in ("of", "a"):
        return False
    if ctx.low[m.end():m.end() + 1] == "-":
        return False
    return ctx.next_word(m.end()) in _PERIOD_NOUN_AFTER


_VERB_LAST_BEFORE = {"to", "will", "would", "could", "may", "might", "should", "can", "must", "ll", "not", "t",
                     "did", "does", "do", "shall", "only",
                     # a subject pronoun or an adverb of frequency: "sessions often last two hours",
                     # "hearings normally last three hours" (any "-ly" adverb, see not_verb_last)
                     "they", "which", "who", "often", "sometimes", "seldom", "still", "also", "generally"}


def not_verb_last(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """'expected to last ten weeks', 'will last two days': the verb, outside the extent (the count after
    it is the duration)."""
    if not ctx.low.startswith("last", m.start()):
        return True
    prev = ctx.prev_word(m.start(), 16).rsplit("'", 1)[-1]
    return prev not in _VERB_LAST_BEFORE and not (len(prev) > 4 and prev.endswith("ly"))


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


_GENERIC_NOUN_BEFORE_TODAY = re.compile(
    r"\b(?:habits|people|children|kids|students|workers|consumers|families|women|men|youth|teenagers|"
    r"society|lifestyles|diets|attitudes|standards|values|parents|adults|patients|voters|readers|"
    r"audiences|viewers|shoppers|drivers|companies|businesses)[ \t]+$")
_GENERIC_TODAY_AFTER = re.compile(r"[ \t]*(?:[,.;:!?)]|(?:are|have|face|live|spend|want|need|expect|use|can|"
                                  r"must|tend|seem|do|don't|rarely|often|still)\b)")


def generic_today(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """"may not reflect habits today,", "children today face ...": the present in general (PRESENT_REF),
    not the publication day; the noun before is a class of people or ways, the clause not past."""
    return bool(_GENERIC_TODAY_AFTER.match(ctx.low, m.end())) and \
        bool(_GENERIC_NOUN_BEFORE_TODAY.search(ctx.low, max(0, m.start() - 20), m.start()))


def after_modal(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """"will one day be": an indefinite future time, not a duration; "Some day I will" as well, in a clause
    that looks ahead."""
    if ctx.prev_word(m.start()) in ("will", "would", "could", "may", "might", "shall", "can", "ll"):
        return True
    return ctx.low.startswith("some day", m.start()) and future_clause(rule, m, fields, ctx)


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


# Round 84: a score out of ten ("pain improved from 8/10 to 4/10", "rated her pain 7/10"): a pain or a
# severity word shortly before, or a second score out of ten beside it.
_SCORE_WORD = re.compile(r"\b(?:pain|painful|score[sd]?|scoring|rat(?:ed|es|ing)|severity|vas|nrs|itch|nausea)\b")
_OUT_OF_TEN = re.compile(r"(?<![\d/.])\d{1,2}/10(?![\d/])")


_FULL_SLASH_DATE = re.compile(r"(?<![\d/])(?:0[1-9]|1[0-2])/(?:0[1-9]|[12]\d|3[01])/(?:19|20)\d\d(?![\d/])")


def _score_out_of_ten(m: re.Match, ctx: Context) -> bool:
    if not ctx.low.endswith("/10", m.start(), m.end()):
        return False
    if _SCORE_WORD.search(ctx.low, max(0, m.start() - 50), m.start()):
        return True
    return any(o.start() != m.start() for o in _OUT_OF_TEN.finditer(ctx.low, max(0, m.start() - 40),
                                                                      min(len(ctx.low), m.end() + 40)))


def slash_date_cue(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """A month/day without a year ("on 5/16") only after a preposition that takes a date; "9/11" is the
    name of the 2001 attacks, not this year's 11 September; "24/7" means round the clock."""
    if not numeric_date(rule, m, fields, ctx):
        return False
    if ctx.low[m.start():m.end()] in ("9/11", "24/7"):
        return False
    if ctx.next_word(m.end()) in ("of", "the", "a", "an"):
        return False          # "on 3/4 of the projects"
    if _score_out_of_ten(m, ctx):
        return False
    prev = ctx.prev_word(m.start())
    a, b = int(fields.get("month_num") or 0), int(fields.get("day") or 99)
    if prev in _FRACTION_CUES and a < b <= 4:
        return False          # "cut by 1/3", "to 2/3": fractions
    if prev not in _SLASH_DATE_CUES and ctx.prev_char(m.start()) == "(" and ctx.text[m.end():m.end() + 1] == ")" \
            and ctx.low[m.start()] == "0":
        # Round 84: "down from 1,960 on admission (07/22)": a month written with its zero, in parentheses
        # after the event it dates, in a text that writes full dates the same way ("07/25/2003")
        habit = ctx.memo.get("full_slash_dates")
        if habit is None:
            habit = ctx.memo["full_slash_dates"] = _FULL_SLASH_DATE.search(ctx.low) is not None
        return habit
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
    """"4:12 a.m. (0912 GMT)": the parenthesis restates the time before it in another zone, and is a
    time of its own (TimeML tags both). Only a gloss that splits a local time from its day ("10:35 a.m.
    (0735 GMT) Friday", where TimeBank tags the local time and the day) is left out. A wire time on its own
    ("at 1400 GMT") is kept."""
    if _CLOCK_BEFORE_GLOSS.search(ctx.low, max(0, m.start() - 50), m.start()) is None:
        return True
    return _DAY_AFTER_GLOSS.match(ctx.low, m.end()) is None


# After the closing parenthesis of a zone gloss: the day of the local time before it.
_DAY_AFTER_GLOSS = re.compile(r"[ \t]*\)[ \t]*(?:on[ \t]+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|"
                              r"tomorrow|yesterday|tonight)\b")


def future_clause(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """The clause around the match looks ahead ("rain will spread inland overnight")."""
    return _tense(ctx.low, m.start(), m.end()) == _FUTURE


# Round 85: a recipe's or a guide's instruction ("Let it cool, then refrigerate it overnight", "Cover the bowl and
# leave it overnight"): a sentence opening with the verb of an instruction asks for what is still to come (the
# coming night), as a clause with "will" does ("Leaders met and let the talks run overnight" is a report).
_INSTRUCTION_OPENING = re.compile(
    r"[ \t]*[\"'“‘(]*(?:then[ \t]+|now[ \t]+)?(?:leave|let|chill|refrigerate|soak|marinate|marinade|cover|keep|"
    r"prove|steep|brine|cure|hang|put|place|transfer|wrap|mix|stir|whisk|combine|pour|bake|roast|rub|sprinkle|"
    r"add|prepare|remove|tip|fold|knead|shape|drain|rinse|sow|dissolve|simmer)\b(?![-'’])")


def future_or_instruction(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    if _tense(ctx.low, m.start(), m.end()) == _FUTURE:
        return True
    lo = max(0, m.start() - 200)
    cut = _SENTENCE_START.search(ctx.low[lo:m.start()])
    if cut is None and lo > 0:
        return False
    opening = lo + (cut.end() if cut else 0)
    return _INSTRUCTION_OPENING.match(ctx.low, opening) is not None and "\n" not in ctx.low[opening:m.start()]


_CLOCK_CUES = {"at", "by", "until", "till", "from", "around", "about", "before", "after", "since", "to",
               "approximately", "roughly", "circa", "ca", "between", "and", "starting", "updated",
               "posted", "published", "modified", "edited",
               # a presenter giving the time on air: "It's 7:08 on this Friday morning"
               "it's",
               # Round 78: a timetable's or an itinerary's times: "AC849, departing 13:10", "arrives 15:55"
               "departing", "departs", "arriving", "arrives", "leaving", "leaves", "landing", "lands"}
_YEAR_WORD = re.compile(r"(?:1[89]|20)\d\d$")
# The start of a range of 24-hour clock times, whatever comes before it ("Sundays, 12:00 to 22:30", "bar:
# 10:00-23:00"): the other end, with its two-digit minutes, makes both clock times (a verse runs "3:16-18").
_TWO_DIGIT_HOUR_END = re.compile(r"(?<!\d)\d\d:\d\d$")
_CLOCK_24H_RANGE_NEXT = re.compile(r"[ \t]*(?:to|until|till|-|\u2013)[ \t]*\d{1,2}:\d\d(?![\d:])")


def clock_24h(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """"at 15:30", "9:45 local time": a clock time; "John 3:16", "a 2:1 ratio", "1:45:30" are not."""
    if not numeric_date(rule, m, fields, ctx) or ctx.text[m.end():m.end() + 1] == ":":
        return False
    if ctx.prev_char(m.start()) in _CURRENCY:
        return False
    tail = ctx.low[m.start():m.end()]
    if tail[:2] == "0:" and not ctx.prev_char(m.start()).isdigit():
        return False          # "leads by 0:48", "a gap of 0:12": a margin in minutes and seconds (the
        #                       small hours are written "00:48" on a 24-hour clock)
    if "approx_point" in rule.groups and m.start("approx_point") >= 0:
        return True           # "by about 22:45": the hedge, part of the extent, is the cue itself
    prev = ctx.prev_word(m.start())
    # "16 May 2023, 10:00": a clock time right after a date's year
    return tail[-1].isalpha() or prev in _CLOCK_CUES or bool(_YEAR_WORD.match(prev)) \
        or (tail[-3:-2] == ":" and _TWO_DIGIT_HOUR_END.search(tail) is not None
            and _CLOCK_24H_RANGE_NEXT.match(ctx.low, m.end()) is not None)
        # (a two-digit hour opens the range, "12:00 to 22:30": "dilute it 1:10 to 1:20" is a ratio)


# Round 78: "weighted towards Q4", "we closed Q1 at 104 per cent": a period a target leans to or a
# period closed is a quarter as after "in" or "by".
_PERIOD_CODE_CUES = {"in", "for", "by", "during", "the", "of", "until", "till", "since", "before", "after",
                     "its", "this", "last", "next", "through", "from", "to", "and", "or", "than", "over", "into",
                     "towards", "toward", "within", "throughout", "closed", "ended", "finished"}


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


def bare_hour_cue(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """"at 9 tonight" is a clock time, "scored 9 tonight" a count: an hour without minutes or a.m./p.m.
    before its day word needs a preposition of time before it."""
    for name in ("clock_pm", "clock_am"):
        if name in rule.groups and m.start(name) == m.start():
            clock = m.group(name)
            if any(c in clock for c in ":.") or any(cls == "ampm" and m.start(g) >= 0
                                                    for g, cls in rule.groups.items()):
                return True
            return ctx.prev_word(m.start()) in _CLOCK_CUES
    for name in ("c2",):
        if name in rule.groups and m.start(name) >= 0 and not any(c in m.group(name) for c in ":.") \
                and m.end(name) == m.end() and ctx.has_upper and ctx.next_char(m.end())[:1].isupper():
            return False      # "tonight at 10 Downing Street": an address, not 10 o'clock
    return True


# Round 94: a pilot's or an aircraft's flying hours ("had 11,400 hours on type", "had flown 18,250 hours", "6,900
# hours of flying"): a tally from a logbook, in thousands, no length of time of anything told.
_LOGBOOK_BEFORE = re.compile(r"\b(?:flown|accumulated)[ \t]+(?:(?:a[ \t]+total[ \t]+of|about|more[ \t]+than|"
                             r"over|some|nearly|almost)[ \t]+)?$")
_LOGBOOK_AFTER = re.compile(r"[ \t]+(?:on[ \t]+(?:the[ \t]+)?(?:type|[a-z0-9-]+[ \t]+type)\b|(?:of[ \t]+)?flying\b|"
                            r"(?:of[ \t]+)?flight[ \t]+(?:time|experience)\b|in[ \t]+command\b|total\b)")
_THOUSANDS_HOURS = re.compile(r"\d{1,3}(?:,\d{3})+[ \t]+hours\b")


def not_logbook_hours(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    if not _THOUSANDS_HOURS.search(ctx.low, m.start(), m.end()):
        return True
    return not (_LOGBOOK_BEFORE.search(ctx.low, max(0, m.start() - 40), m.start())
                or _LOGBOOK_AFTER.match(ctx.low, m.end()))


# Round 94: a numbered school term ("Term 3"): written with its capital, in a text about schools.
_SCHOOL_WORDS = re.compile(r"\b(?:schools?|pupils?|students?|teachers?|principals?|classrooms?|students?)\b")


def school_term(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    if not ctx.text.startswith("Term", m.start()):
        return False
    found = ctx.memo.get("school_words")
    if found is None:
        found = ctx.memo["school_words"] = _SCHOOL_WORDS.search(ctx.low) is not None
    return found


# Round 120: a text that numbers school terms as "Term 1" to "Term 4" (Australia, New Zealand).
_NUMBERED_TERM = re.compile(r"\bTerm[ \t\u00a0][1-4](?![\d.,:/-]\d|\d)")


def numbered_school_terms(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """"this term" in a school story that numbers its terms as quarters: the current one. Elsewhere "this term"
    is a word ("this term is misleading"), a term of office or a British school term (no quarter)."""
    if ctx.prev_word(m.start(), 16) == "of":
        return False    # "the final week of this term": a part of the term, whose dates we do not know
    found = ctx.memo.get("numbered_school_terms")
    if found is None:
        found = ctx.memo["numbered_school_terms"] = _NUMBERED_TERM.search(ctx.text) is not None \
            and _SCHOOL_WORDS.search(ctx.low) is not None
    return found


def not_speed(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """"94 miles an hour", "300 km per hour": the time unit of a speed is no length of time."""
    return ctx.prev_word(m.start(), 16) not in _SPEED_UNITS


# An age stated as a count of months or weeks: "aged six months and over", "at 2, 4 and 13 months of age",
# "the 2-month and 4-month visits", "a booster at 12 months" in a vaccination schedule.
# Round 84: a pregnancy's age in weeks: "born at 36 weeks", "delivered at 34 weeks", "at 28 weeks' gestation",
# "20 weeks pregnant", "24 weeks gestational age"
_GESTATION_BEFORE = re.compile(r"\b(?:born|delivered|birth|induced)[ \t\u00a0]+at[ \t\u00a0]+(?:about[ \t\u00a0]+)?$")
_GESTATION_AFTER = re.compile(r"['\u2019]?[ \t\u00a0]+(?:of[ \t\u00a0]+)?(?:gestation(?:al)?|pregnant|pregnancy)\b")
_AGE_AFTER = re.compile(r"[ \t\u00a0]+(?:of[ \t\u00a0]+age|old)\b")
# ... and the upper end of an age range: "aged 6 to 59 months", "aged six months to 15 years"
_AGE_BEFORE = re.compile(r"\b(?:aged|ages?)[ \t\u00a0]+(?:(?:from|of|under|over|between)[ \t\u00a0]+)?"
                         r"(?:[\w.]+(?:[ \t\u00a0]+(?:months?|weeks?|years?))?[ \t\u00a0]*(?:to|and|-|\u2013)[ \t\u00a0]*)?$")
_AGE_NOUN_AFTER = re.compile(r"(?:(?:,|[ \t\u00a0]+(?:and|or|to))[ \t\u00a0]+[\w]+[-\u2010\u2011][a-z]+)*[ \t\u00a0]+"
                             r"(?:well[-\u2010\u2011]baby[ \t\u00a0]+)?(?:visits?|appointments?|check[-\u2010\u2011]?ups?|"
                             r"jabs?|vaccines?|vaccinations?|immuni[sz]ations?|shots?|boosters?)\b")
_AT_AGE_BEFORE = re.compile(r"\bat[ \t\u00a0]+(?:(?:\d+|[a-z]+)(?:,|[ \t\u00a0]+(?:and|or))[ \t\u00a0]+)*$")
_VACCINE_CUE = re.compile(r"\b(?:vaccin\w*|immuni[sz]\w*|boosters?|jabs?|infants?|babies|baby|newborns?)\b")


def not_an_age(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """A count of months or weeks that gives a child's age is no length of time: "aged six months and
    over", "13 months of age", "the 2-month visit", and in a vaccination schedule "a booster at 12
    months", "drops at 2 and 4 months"."""
    s, e = m.start(), m.end()
    if _AGE_AFTER.match(ctx.low, e) or _AGE_BEFORE.search(ctx.low, max(0, s - 20), s):
        return False
    if _GESTATION_BEFORE.search(ctx.low, max(0, s - 20), s) or _GESTATION_AFTER.match(ctx.low, e):
        return False          # Round 84: "born at 36 weeks", "32 weeks' gestation": an age in the womb
    if _AGE_NOUN_AFTER.match(ctx.low, e) and _VACCINE_CUE.search(ctx.low, max(0, s - 300), min(len(ctx.low), e + 300)):
        return False
    if _AT_AGE_BEFORE.search(ctx.low, max(0, s - 40), s):
        lo = max(ctx.low.rfind(".", 0, s), ctx.low.rfind("\n", 0, s), s - 200, 0)
        stop = [i for i in (ctx.low.find(".", e), ctx.low.find("\n", e)) if i >= 0]
        if _VACCINE_CUE.search(ctx.low, lo, min(stop + [len(ctx.low)])):
            return False
    return True


def hhmm_clock_cue(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """"from 0800 hours", "at 1400 hrs", "left at 0630": a four-digit clock time after a preposition of
    time; "for 1400 hours" or "spent 1200 hours" is a length, and a lone number needs its leading zero
    too ("at 0630", not "at 1200" or "room 0630")."""
    if ctx.prev_word(m.start()) not in _CLOCK_CUES:
        return False
    text = ctx.low[m.start():m.end()]
    return text.startswith("0") or " " in text


_ERA_CUES = {"in", "of", "from", "by", "until", "till", "since", "around", "about", "circa", "c", "ca", "to",
             "and", "before", "after", "between", "year", "the"}
_ERA_MARK = re.compile(r"(?<![a-z])(?:a\.?d|b\.?c(?:\.?e)?|c\.?e)\.?(?![a-z])", re.I)


def era_marker(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """"AD 79", "44 BC" with the era in capitals ("an ad 79 times", "to BC in 1999" are no years); a
    number before "BC" must not run on as an amount ("44 BC" but not "$44 BC")."""
    if ctx.prev_char(m.start()) in _CURRENCY:
        return False
    if not ctx.has_upper and ctx.prev_word(m.start()) not in _ERA_CUES:
        return False          # no capitals to tell "ad" from "AD": only after "in 79 ad", "from ..."
    text = ctx.text[m.start():m.end()]
    for mark in _ERA_MARK.finditer(text):
        if ctx.has_upper and not mark.group(0).replace(".", "").isupper():
            return False
    return True


_SPAN = re.compile(r"((?:1[0-9]|20)\d\d)[-\u2013/]((?:1[0-9]|20)?\d\d)")


def year_span(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """"2019-20", "2021/22", "2021/2022": a span of years when the second number ends a few years after the
    first (one year after, with a slash or in full); "2023-05" is a month (date.iso_month), "2019-2021" a
    range of two years, a run of more numbers a code or a phone number."""
    if not numeric_date(rule, m, fields, ctx):
        return False
    span = _SPAN.search(ctx.low, m.start(), m.end())
    if span is None:
        return False
    first, second_s = int(span.group(1)), span.group(2)
    prev = ctx.prev_word(m.start())
    if prev in ("page", "pages", "pp", "p", "no", "nos", "number", "numbers", "room", "rooms", "route", "flight"):
        return False          # "pages 1510-15": a range of numbers
    if first < 1800 and prev not in ("in", "of", "from", "since", "until", "by", "during", "the", "winter"):
        return False          # an early year needs a preposition: "in 1861-62", but "1030-35 GMT" is no span
    sep = ctx.low[span.end(1)]
    if len(second_s) == 4:
        return sep == "/" and int(second_s) == first + 1
    y2 = int(second_s)
    if y2 == (first + 1) % 100:
        return True
    if rule.value.startswith("UNDEF-winterspan") or sep == "/":
        return False
    second = first - first % 100 + y2
    second += 100 if second < first else 0
    return y2 > 12 and 1 < second - first <= 9


def bilingual_month_code(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """"Best Before 2010 DE 04": the two-letter month codes of Canadian labels are written in capitals;
    "2010 de 04" in running (French, Spanish) text is no date."""
    code = ctx.text[m.start():m.end()].split()[1]
    return code.isupper()


# "01 MAR 24", "Tue 05 MAR 24": logbooks, rosters and military copy write a date as day, month abbreviation
# in capitals, two-digit year. Only the capital abbreviation tells it from "on 15 March 24 people died".
_DAY_MON_YY_CAPS = re.compile(r"\d (?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC) \d\d$")


def day_mon_yy_caps(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """The month of "01 MAR 24" is a capital three-letter abbreviation and nothing numeric runs on."""
    e = m.end()
    if ctx.text[e:e + 1].isdigit() or ctx.text[e:e + 1] in (":", "/", "-", "%") \
            or ctx.text[e:e + 2] in (".0", ".1", ".2", ".3", ".4", ".5", ".6", ".7", ".8", ".9", ",0"):
        return False
    return _DAY_MON_YY_CAPS.search(ctx.text, max(0, e - 12), e) is not None


GUARDS: dict[str, Callable[[Rule, re.Match, dict, Context], bool]] = {
    "bilingual_month_code": bilingual_month_code,
    "day_mon_yy_caps": day_mon_yy_caps,
    "year_span": year_span,
    "bare_hour_cue": bare_hour_cue,
    "hhmm_clock_cue": hhmm_clock_cue,
    "not_speed": not_speed,
    "not_logbook_hours": not_logbook_hours,
    "school_term": school_term,
    "numbered_school_terms": numbered_school_terms,
    "era_marker": era_marker,
    "after_modal": after_modal,
    "not_generic_today": not_generic_today,
    "generic_today": generic_today,
    "bare_month": bare_month,
    "year_bare": year_bare,
    "year_apostrophe": year_apostrophe,
    "quarter_ordinal": quarter_ordinal,
    "half_ordinal": half_ordinal,
    "century_ordinal": century_ordinal,
    "season_context": season_context,
    "not_daily_event": not_daily_event,
    "amount_before": amount_before,
    "not_steady_drift": not_steady_drift,
    "duration_context": duration_context,
    "not_a_name": not_a_name,
    "feast_capitalized": feast_capitalized,
    "no_digit_after": no_digit_after,
    "not_fraction": not_fraction,
    "comparison": comparison,
    "not_attributive": not_attributive,
    "lower_case": lower_case,
    "after_in": after_in,
    "period_noun": period_noun,
    "not_verb_last": not_verb_last,
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


# Review fixes 10 (stop 27): a spelled month with its day and a written year ("Feb 29 2021", "April 31, 2019")
# is a date the writer got wrong, not a score or a version number: the whole phrase stays one mention and
# keeps the year it gives (anchor.py resolves it to the month), instead of the day moving to another year.
_WRONG_DAY_RULES = frozenset({"date.month_day_year", "date.day_month_year", "date.nth_day_of_month_year"})


def _real_day(fields: dict, rule: Optional[Rule] = None) -> bool:
    """'February 31' and '2022-02-29' are no dates (typos, scores, version numbers)."""
    month = fields.get("month") or fields.get("month_num") or fields.get("m2")
    day = fields.get("day") or fields.get("d2")
    if not (month and day and month.isdigit() and day.isdigit()):
        return True
    mo, d = int(month), int(day)
    if rule is not None and rule.id in _WRONG_DAY_RULES and fields.get("month") and 1 <= mo <= 12 \
            and 1 <= d <= 31 and len(fields.get("year") or "") == 4:
        return True
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


# Words after which a bare "over" before a number means "more than" ("for over a decade", "in over two
# hours", "lasted over a week"). After other words it belongs to the verb ("took over 18 months ago",
# "handed over two years ago") or means "during" ("filmed over 38 days", "responded over eight weeks"):
# then the expression starts at the number.
_OVER_AS_MORE_THAN_AFTER = {
    "", "for", "in", "of", "after", "within", "than", "to", "by", "from", "with", "and", "or", "at", "since",
    "lasted", "lasting", "lasts", "last", "spent", "spend", "spends", "spending", "waited", "wait", "is", "was",
    "are", "were", "be", "been", "just", "well", "took", "take", "takes", "taking", "taken",
    "waiting", "waits", "stayed", "stay", "stays", "staying",
}
_OVER_NUMBER = re.compile(r"over[ \t]+(?:\d|a\b|an\b|one|two|three|four|five|six|seven|eight|nine|ten|"
                          r"eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|"
                          r"several|half|a few|a dozen|\w+teen)")
_PHRASAL_OVER_BEFORE_AGO = re.compile(r"over[ \t][^.;!?\n]*\bago\b")


def _over_as_more_than(m: re.Match, ctx: Context) -> bool:
    """A leading bare "over" is "more than" only after a preposition, a verb of lasting or the start of
    a clause; "took over 18 months ago" is the phrasal verb (the expression is "18 months ago")."""
    if not ctx.low.startswith("over", m.start()) or _OVER_NUMBER.match(ctx.low, m.start()) is None:
        return True
    prev = ctx.prev_word(m.start())
    if prev and not prev[-1:].isalnum():
        prev = ""
    if ctx.prev_char(m.start()) in ",;:(\"“—–":
        prev = ""
    if prev in ("took", "take", "takes", "taking", "taken") and _PHRASAL_OVER_BEFORE_AGO.match(ctx.low, m.start(),
                                                                                              m.end()):
        return False
    return prev in _OVER_AS_MORE_THAN_AFTER


_PERIOD_DEFINED_AFTER = re.compile(r"[ \t]+(?:from|between|of|since|when|in which|during|covered|before|after|"
                                   r"until|to)\b")
_FINANCIAL_WORDS = re.compile(r"\b(?:earnings|profits?|net income|net (?:loss|earnings)|revenues?|per share|"
                              r"quarter|quarterly|fiscal|operating (?:income|loss|profit)|results)\b")


def financial_period(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """"the period" is the quarter reported on only in an earnings report (a quarter, profit, revenue or
    per-share figures in the text before it or just after it), and not when the period is defined on the
    spot ("the period from July 1 to June 30", "the period of the strike")."""
    if "period" not in ctx.low[m.start():m.end()]:
        return True
    if _PERIOD_DEFINED_AFTER.match(ctx.low, m.end()):
        return False
    return _FINANCIAL_WORDS.search(ctx.low, max(0, m.start() - 1500), min(len(ctx.low), m.end() + 200)) is not None


_HABITUAL = re.compile(r"\b(?:used to|usually|often|always|never|rarely|seldom|sometimes|typically|generally|"
                       r"normally|tends? to|each|every|would)\b")


def habitual_clause(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """"I used to leave the shutters up at night": a habit (SET), told by a habitual word in the same
    sentence; "the fire started at night" is one night, left alone. Only after "at"."""
    if ctx.prev_word(m.start()) != "at":
        return False
    a = max(ctx.low.rfind(".", 0, m.start()), ctx.low.rfind("\n", 0, m.start()), m.start() - 160) + 1
    b = [i for i in (ctx.low.find(".", m.end()), ctx.low.find("\n", m.end())) if i >= 0]
    e = min(b + [m.end() + 120])
    return _HABITUAL.search(ctx.low, a, e) is not None


# "the quarter-finals", "the first quarter-final": a round of a knock-out contest, no quarter of the year.
_CONTEST_ROUND_AFTER = re.compile(r"[ \t-]?finals?(?:ists?)?\b")


# Round 132: "the index (2015=100)", "prices on a 1982-84 = 100 base": the base period of an index number, set
# equal to 100 so later figures read as percentages of it; a unit of the scale, no time of anything told.
# (The rest of the base may follow the part a shorter rule matched: "1982" of "1982-84=100", "December" of
# "December 2001 = 100".)
_INDEX_BASE_AFTER = re.compile(r"(?:[-/\u2013]\d{2,4}|[ \t]+\d{4})?[ \t]*=[ \t]*100(?:\.0+)?(?![\d.,]\d)")


# A capitalized street word after a date's last word: the date word names the street ("March Lane",
# "Sunday Road", "12 April Close", "4 May Cottages"). Abbreviations ("St.", "Dr.") are left out: "in June
# St. Louis", "in May Dr. Ames". A hill or a district named the same way ("May Hill", "April Heights",
# "June Gardens") is a place too.
_STREET_AFTER = re.compile(r"[ \t]+(?:Street|Road|Lane|Avenue|Boulevard|Crescent|Terrace|Cottages|Mews)(?![\w'-])")
# Words that name a place as often as they are a surname or a verb ("In March Hill resigned", "In May Close
# won", "Rains in March Drive Farmers Off"): a place only after a house number ("3 June Close") or a word of
# going or being somewhere ("to May Hill", "Ashford and May Hill", "the edge of June Gardens").
_PLACE_AFTER = re.compile(r"[ \t]+(?:Drive|Square|Close|Hill|Hills|Heights|Vale|Gardens)(?![\w'-])")
_PLACE_WORDS_BEFORE = frozenset(("to", "and", "of", "on", "at", "near", "from", "up", "down", "along", "off",
                                 "via", "past", "towards", "toward", "around", "outside", "into"))


# Round 59: "the April 6 Youth Movement", "the March 14 Alliance", "the 17 February Coalition": a day and a
# month after "the" and before a capitalized word for a political group name the group after the day of
# its founding or its first protest; the date is no time of the text (as "4 May Street" names a street).
_GROUP_NOUN_AFTER = re.compile(r"(?:[ \t]+\d{1,2})?(?:st|nd|rd|th)?[ \t]+(?:[A-Z][a-z]+[ \t]+)?(?:Movement|Front|Youth|Coalition|"
                               r"Alliance|Brigades?|Bloc|Martyrs)(?![\w'-])(?![ \t]+[A-Z])")
_THE_DAY_NUMBER_BEFORE = re.compile(r"the[ \t]+\d{1,2}[ \t]+$")    # "the 14 [October Alliance]"


def _last_word_capitalized(text: str, s: int, e: int) -> bool:
    w = max(text.rfind(" ", s, e), text.rfind("\t", s, e)) + 1 or s
    return text[max(w, s)].isupper()


# Round 94: British, Irish and Australian schools name a grade "Year" with its number, capitalized ("Year 11
# pupils", "pupils in Years 7 and 8", "the Year 9 reading test"): no length of time and no year. The number
# has one or two digits ("the Year 2000 problem" is a year).
_SCHOOL_YEAR_AFTER = re.compile(r"[ \t]+\d{1,2}(?![\d,.:/]\d|[\d%])")


def accept(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    if not _names_capitalized(rule, m, ctx) or not _count_agrees(rule, m, fields) or not _real_day(fields, rule):
        return False
    if ctx.low.endswith("quarter", m.start(), m.end()) and _CONTEST_ROUND_AFTER.match(ctx.low, m.end()):
        return False
    if ctx.low.endswith("-quarters", m.start(), m.end()) and rule.type == "DURATION" \
            and ctx.next_word(m.end()) != "of":
        return False    # "three-quarters complete", "two-quarters full": a fraction, no length of time
    if not _over_as_more_than(m, ctx):
        return False
    if rule.type == "DATE" and _INDEX_BASE_AFTER.match(ctx.low, m.end()):
        return False    # Round 132: an index's base period ("2015 = 100"), a point of its scale
    if ctx.has_upper and ctx.text.endswith(("Year", "Years"), m.start(), m.end()) \
            and not ctx.text.endswith("New Year", m.start(), m.end()) and _SCHOOL_YEAR_AFTER.match(ctx.text, m.end()):
        return False    # Round 94: "Year 12 students", "pupils in Years 3 and 5": a school's grade
    if ctx.has_upper and rule.type == "DATE" and ctx.text[m.end() - 1:m.end()].isalpha() \
            and (_STREET_AFTER.match(ctx.text, m.end())
                 or _PLACE_AFTER.match(ctx.text, m.end())
                 and (ctx.text[m.start()].isdigit() or ctx.prev_word(m.start()) in _PLACE_WORDS_BEFORE
                      or ctx.prev_word(m.start()).isdigit())) \
            and _last_word_capitalized(ctx.text, m.start(), m.end()):
        return False    # "on March Lane", "at 4 May Street": a month or a day naming a street
    if ctx.has_upper and rule.type == "DATE" \
            and (ctx.low.startswith("the ", max(0, m.start() - 4)) or ctx.low.startswith("the ", m.start())
                 or _THE_DAY_NUMBER_BEFORE.search(ctx.low, max(0, m.start() - 8), m.start()) is not None) \
            and _GROUP_NOUN_AFTER.match(ctx.text, m.end()) and ctx.text[m.end() - 1:m.end()].isalnum() \
            and any(c.isalpha() for c in m.group()) \
            and (any(c.isdigit() for c in m.group()) or ctx.text[m.end():m.end() + 3].strip()[:1].isdigit()
                 or _THE_DAY_NUMBER_BEFORE.search(ctx.low, max(0, m.start() - 8), m.start()) is not None):
        # "the April 6 Youth Movement": a group named after a day (a month and its day: "the 2010 Youth
        # Olympic Games" is a year, and a title-case word after the noun, "the July 4 Youth Parade", names
        # an event on that day)
        return False
    if rule.mod and not _position_noun_has_of(m, ctx):
        return False
    if ctx.has_upper and (ctx.text[m.start()].isupper() or ctx.low.startswith("the ", m.start())
                          and ctx.text[m.start() + 4:m.start() + 5].isupper()
                          or _FIGURE_THEN_CAPITAL.match(ctx.text, m.start(), m.end())) and _in_a_title(m, ctx):
        # (Round 79: a title may open with a figure, "the thriller 24 Hours in Lagos", or hold a decade, "the
        # sitcom That '70s Kitchen")
        return False    # (a title's "the Morning" as well: '"Three in the Morning"')
    for g in rule.guards:
        if not GUARDS[g](rule, m, fields, ctx):
            return False
    return True


# ---- titles of works ----
_FIGURE_THEN_CAPITAL = re.compile(r"\d+[ \t]+[A-Z]|['\u2019]\d\ds\b")
# A song, film, album or show is often named with time words ("Snow on Tuesday", "Seven Days in
# December", the comedy "Monday Mourning"); in arts and entertainment news those are no expressions. A
# capitalized match is part of a title when it lies in a short title-cased run of words that either is
# quoted right after a noun for a work ('the single, "Half Past Seven"') or holds a capitalized word that is
# no time word ("Snow", "Girl", "Child"): quoted, or unquoted right after the noun for the work ("the
# thriller Ten Past Midnight"). A title of time words alone and unquoted ("the album Friday") stays tagged,
# as does a quoted holiday name ("so-called "Black Friday"").
_WORK_NOUN = (r"(?:single|song|singles|songs|album|albums|track|ballad|hit|anthem|film|movie|sitcom|comedy|drama|"
              r"thriller|musical|novel|memoir|closer|opener|debut|follow-up|episode|documentary|"
              r"series|show|titled|entitled|tune|opera|poem|lp|ep)")
_WORK_NOUN_BEFORE = re.compile(r"\b" + _WORK_NOUN + r",?[ \t]+$")
# Unquoted, only the nouns that sport and politics do not use before a day ("his debut Sunday at Anfield",
# "the series opener Friday in Boston", "the drama Tuesday in Parliament").
# Round 79: a television serial or soap is named so ("the serial Night Train to Agra"), and a work noun may
# take "called" or "named" before its title ("a comedy called Tuesday's Child").
_WORK_NOUN_BEFORE_UNQUOTED = re.compile(r"\b(?:(?:single|song|album|track|ballad|film|movie|sitcom|comedy|thriller|"
                                        r"musical|novel|memoir|documentary|titled|entitled|lp|ep|serial|soap)"
                                        r"(?:,?[ \t]+(?:called|named))?|(?:drama|series|show|programme|program|"
                                        r"play|game|podcast|book)[ \t]+(?:called|named)),?[ \t]+$")
# The nouns of _WORK_NOUN_BEFORE_UNQUOTED anywhere (a necessary condition, cheap to search for); "lp" and
# "ep" only as words, as there: inside words ("help", "step", "September") they are in one window of six.
_WORK_NOUN_ANYWHERE = re.compile(r"single|song|album|track|ballad|film|movie|sitcom|comedy|thriller|musical|novel|"
                                 r"memoir|documentary|titled|entitled|lp(?<!\wlp)|ep(?<!\wep)|serial|soap|called|named")
_OPEN_QUOTE_BEFORE = re.compile(r"(?:^|[ \t(\[])([\"\u201c])([^\"\u201c\u201d\n]{0,60})$")
_CLOSE_QUOTE_AFTER = re.compile(r"([^\"\u201c\u201d\n]{0,60})[\"\u201d](?![A-Za-z])")
_TITLE_WORD = re.compile(r"[A-Za-z][\w'\u2019-]*")
# Unquoted: the capitalized run (small words allowed inside) that ends at the match's start.
_TITLE_RUN_BEFORE = re.compile(r"((?:[A-Z][\w'\u2019-]*[ \t]+(?:(?:of|in|at|on|the|a|to|and|too|for)[ \t]+)*){0,5})$")
_TITLE_RUN_AFTER = re.compile(r"(?:['\u2019]s)?(?:[ \t]+(?:(?:of|in|at|on|the|a|to|and|too|for)[ \t]+)*[A-Z][\w'\u2019-]*){0,5}")
_TITLE_SMALL = frozenset(("of", "in", "at", "on", "the", "a", "an", "to", "and", "too", "for", "is", "my", "me",
                          "with", "from", "by", "or", "no", "so", "up", "it", "be"))
_TIME_WORDS: dict[int, frozenset] = {}


def _time_words(ctx: Context) -> frozenset:
    g = ctx.grammar
    found = _TIME_WORDS.get(id(g))
    if found is None:
        words = set(_NOT_A_SURNAME) | set(_DATE_WORDS_AFTER_WEEKDAY)
        if g is not None:
            for table in g.vocab.values():
                if isinstance(table, dict):
                    for w in table:
                        words.update(re.findall(r"[a-z]+", w))
        words |= {"day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours",
                  "minute", "minutes", "o'clock", "o\u2019clock", "past", "half", "quarter", "tonight", "today",
                  "tomorrow", "yesterday"}
        found = _TIME_WORDS[id(g)] = frozenset(words)
    return found


def _other_word(ctx: Context, words: list[tuple[int, str]], s: int, e: int) -> bool:
    """A capitalized word of the run, outside the match, that is no time word."""
    times = _time_words(ctx)
    return any(not s <= at < e and w[:1].isupper() and w.lower().rstrip("'\u2019s") not in times
               and w.lower() not in times for at, w in words)


# Common nouns of time that prose writes in lower case: written with a capital inside a title-cased run
# ("Seven Days in December", "Forty Hours", "Ten Past Midnight") they mark the run as a title even when all
# its words are time words; a capital month or weekday ("the album Friday") does not.
_CAPITAL_TIME_NOUN = frozenset(("day", "days", "week", "weeks", "month", "months", "year", "years", "hour",
                                "hours", "minute", "minutes", "morning", "mornings", "night", "nights",
                                "evening", "evenings", "afternoon", "midnight", "noon", "past", "o'clock",
                                "o\u2019clock", "tonight", "today", "tomorrow", "yesterday"))


def _capital_time_noun(words: list[tuple[int, str]]) -> bool:
    """A word after the run's first written with a capital that prose writes in lower case ("Days")."""
    return any(w[:1].isupper() and w.lower() in _CAPITAL_TIME_NOUN for _, w in words[1:])


def _in_a_title(m: re.Match, ctx: Context) -> bool:
    s, e = m.start(), m.end()
    text = ctx.text
    # The substring tests spare most matches the searches below, which end in "$" and so try every
    # position of their window: no opening quote in the 62 characters before, no noun for a work in the
    # 100 (the title run reaches 80 back, the noun 20 before it), no title.
    before = text[max(0, s - 62):s]
    op = _OPEN_QUOTE_BEFORE.search(text, max(0, s - 62), s) if '"' in before or "\u201c" in before else None
    if op is not None:
        cl = _CLOSE_QUOTE_AFTER.match(text, e, min(len(text), e + 62))
        if cl is None:
            return False
        body_start, body_end = op.start(2), cl.end(1)
        body = text[body_start:body_end]
        if not body.strip() or body.rstrip()[-1:] in ".,;:!?":
            return False        # a quotation of speech ("... on Tuesday," she said)
        words = [(body_start + w.start(), w.group(0)) for w in _TITLE_WORD.finditer(body)]
        if not words or len(words) > 10 or not words[0][1][:1].isupper():
            return False
        if any(not w[:1].isupper() and w.lower() not in _TITLE_SMALL for _, w in words):
            return False        # not title case
        if _WORK_NOUN_BEFORE.search(ctx.low, max(0, op.start(1) - 20), op.start(1)):
            return True
        return len(words) >= 3 and (_other_word(ctx, words, s, e) or _capital_time_noun(words))
    # unquoted: right after the noun for the work
    if _WORK_NOUN_ANYWHERE.search(ctx.low, max(0, s - 100), s) is None:
        return False
    run = _TITLE_RUN_BEFORE.search(text, max(0, s - 80), s)
    start = run.start(1) if run is not None else s
    if not _WORK_NOUN_BEFORE_UNQUOTED.search(ctx.low, max(0, start - 20), start):
        return False
    after = _TITLE_RUN_AFTER.match(text, e)
    end = after.end() if after is not None else e
    words = [(start + w.start(), w.group(0)) for w in _TITLE_WORD.finditer(text[start:end])]
    # (Round 79: an article written with its capital after the work's noun opens a title, "his serial, The
    # Ides of March": prose would write "the")
    return _other_word(ctx, words, s, e) or _capital_time_noun(words) \
        or start < s and words[0][1] in ("The", "A", "An") and not ctx.sentence_initial(start)


# ---- compound phrases, day ranges, day-of-month ordinals, false years (rules in data/en/compound.toml) ----

def part_of_day_of(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """"the night of 3 May": a part of the day ("overnight" is an adverb, not "the overnight of")."""
    return fields.get("part_of_day") != "NI" or "overnight" not in ctx.low[m.start():m.end()]


# After these a digit ordinal is a day of the month ("on the 25th", "by the 31st", "until the 4th").
# "booked for the 31st", "set for the 9th": what a date is fixed for.
_DAY_OF_MONTH_CUES = {"on", "by", "until", "till", "before", "after", "since", "from", "through", "to", "for"}
# ...and it must end the phrase: a pause, or a word that cannot be the noun it counts ("the 4th floor").
_AFTER_DAY_OF_MONTH = {"", "at", "in", "and", "or", "when", "after", "before", "with", "but", "for", "from",
                       "to", "until", "till", "if", "because", "while", "so", "that", "this", "next", "last",
                       "as", "he", "she", "it", "they", "we", "i", "the", "a", "an", "his", "her", "its",
                       "their", "our", "said", "says", "will", "would", "is", "was", "are", "were",
                       "have", "has", "had",   # "showers on the 9th and on the 11th have helped"
                       "itself"}               # Round 85: "on the 14th itself the doors open early"


def day_of_month_cue(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """"on the 25th" is a day of the month; "the 25th anniversary", "on the 4th floor", "the 21st
    century", "for the 3rd time", "by the 2nd quarter" are not."""
    if ctx.prev_word(m.start()) not in _DAY_OF_MONTH_CUES:
        return False
    e = m.end()
    if e < len(ctx.text) and (ctx.text[e].isalnum() or ctx.text[e] in "-%$"):
        return False
    return ctx.next_word(e) in _AFTER_DAY_OF_MONTH


# Round 110: the first of two days of the month joined by "and"/"or" ("peak on the 22nd and 23rd"), itself
# after a cue of a day of the month.
_FIRST_OF_DAY_PAIR = re.compile(r"(?<![\w-])the[ \t\u00a0]+\d{1,2}(?:st|nd|rd|th)[ \t\u00a0]+(?:and|or)[ \t\u00a0]+$")


def day_of_month_second(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """Round 110: "on the 22nd and 23rd": the bare second ordinal is a day of the same month, as the first is
    (guard day_of_month_cue); not "the 2nd and 3rd floors", "the 1st and 2nd rounds" (a noun after it)."""
    left = _FIRST_OF_DAY_PAIR.search(ctx.low, max(0, m.start() - 24), m.start())
    if left is None or ctx.prev_word(left.start()) not in _DAY_OF_MONTH_CUES:
        return False
    e = m.end()
    if e < len(ctx.text) and (ctx.text[e].isalnum() or ctx.text[e] in "-%$"):
        return False
    return ctx.next_word(e) in _AFTER_DAY_OF_MONTH


_RANGE_LEFTS: dict[str, re.Pattern] = {}


def _range_left(month_words: str) -> re.Pattern:
    """What comes before the second end of a day range: "June 9-", "May 22 through ", "between May 3 and ",
    with the language's month names (its vocabulary's [month] table)."""
    found = _RANGE_LEFTS.get(month_words)
    if found is None:
        found = _RANGE_LEFTS[month_words] = re.compile(
            r"(?<![\w.])(between[ \t\u00a0]+)?(" + month_words + r")\.?[ \t\u00a0]+(\d{1,2})(?:st|nd|rd|th)?"
            r"(?:[ \t\u00a0]*[-\u2013][ \t\u00a0]*|[ \t\u00a0]+(to|through|until|till|and)[ \t\u00a0]+)$")
    return found
_RANGE_WORDS = {"to", "through", "until", "till", "and"}
# What may follow the second of two days joined by "and" ("the summit on April 24 and 25."): the end of the
# clause or a preposition, not the noun a count would have ("April 24 and 25 delegates").
_AFTER_DAY_PAIR = re.compile(r"[ \t\u00a0]*(?:[.,;:)!?\"'”’]|\n|$|(?:in|at|on|to|for|with|from|by|when|where|"
                             r"respectively|this|next|last|and|or|but|the|a|an)\b)")
# Round 81: a past verb after a pair of days ("the sale of May 3 and 4 offered"), no noun counted; not a
# participle that counts people ("a crash on May 3 and 4 injured passengers": four of them).
_PAST_VERB_AFTER = re.compile(r"[ \t\u00a0]+(?!(?:injured|killed|wounded|arrested|detained|rescued|infected|"
                              r"hospitali[sz]ed|displaced|evacuated)\b)(?:[a-z]{2,}ed|was|were|drew|saw|sold|"
                              r"brought|fell|rose)\b")
_AFTER_RANGE_END = re.compile(r"[ \t\u00a0]*(?:%|percent\b|per[ \t]?cent\b|pct\b|points?\b|[:.,/]?\d)")


def day_range_first(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """The first end of "14-16 July", "from 14 to 16 July", "June 9-11, 2021": the first day before the
    second, no amount ("$14-16"); joined by "and", the pair needs "between" or "on" before it."""
    s = m.start()
    if ctx.prev_char(s) in _CURRENCY or (s > 0 and (ctx.text[s - 1].isdigit() or ctx.text[s - 1] in ".,:/-\u2013")):
        return False
    try:
        first, second = int(fields.get("day") or 0), int(fields.get("d2") or 0)
    except ValueError:
        return False
    if not 0 < first < second:
        return False
    gap = ctx.low[m.end():m.end() + 12].split()
    word = gap[0] if gap and gap[0].isalpha() else ""
    prev = ctx.prev_word(s)
    if word == "and":
        return prev in ("between", "on")     # "on 11 and 12 January": two days the same thing happened on
    # "June 9 through 11, 2021", "will cover 9 to 15 May": a span of days opened or closed by its month
    # name needs no "from" (the month guard has checked its capital: "aged 9 to 15 may apply" is no date)
    if not ctx.has_upper and word and prev not in ("from", "between") \
            and not ("month" in rule.groups and m.start("month") == s):
        return False          # (a text without capitals cannot tell "9 to 15 May" from "9 to 15 may apply")
    return True


def day_range_second(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """The second end of "June 9-11", "from May 22 through 24", "between May 3 and 5": right after a
    month name (with its capital) and a smaller day; not "June 9 rose 9-11 percent"."""
    s = m.start()
    j = s - 1
    while j >= 0 and ctx.low[j] in " \t\u00a0":
        j -= 1
    if j < 0 or (ctx.low[j] not in "-\u2013" and ctx.low[max(0, j - 6):j + 1].rsplit(" ", 1)[-1]
                 not in _RANGE_WORDS):
        return False          # the cheap test first: this guard is asked about most small numbers
    left = _range_left(ctx.grammar.class_regex("month")).search(ctx.low, max(0, s - 40), s)
    if left is None:
        return False
    if ctx.has_upper and not ctx.text[left.start(2)].isupper():
        return False
    if left.group(4) == "and" and not left.group(1) and _AFTER_DAY_PAIR.match(ctx.text, m.end()) is None \
            and not (ctx.prev_word(left.start(2)) in ("on", "of") and _PAST_VERB_AFTER.match(ctx.low, m.end())):
        return False          # "May 3 and 4 others": a count; "on April 24 and 25, in Oslo": two days;
                              # (Round 81) so are "the auction of May 3 and 4 offered ...", a past verb next
    if not 0 < int(left.group(3)) < int(fields.get("day") or 0):
        return False
    return _AFTER_RANGE_END.match(ctx.text, m.end()) is None


# Round 123: what makes two days in a row one event: a meeting or a weekend named just before them ("the board
# meets on June 9-10", "a two-day meeting on May 12-13", "the weekend of July 4-5"), or a meeting named right
# after ("the May 2-3 meeting"). A listing's "Spring recess: March 9-10" or a survey "conducted March 9-10"
# names no such event.
# Review fixes 3: the meeting word must govern the pair ("meets on", "meeting on", "met June 9-10"), not sit
# anywhere nearby ("the council met Tuesday and said the fair will run Aug. 5-6"); a written year after the
# pair ("May 2-3, 2019") is left to compound.event_day_pair_year, which reads it.
_EVENT_PAIR_BEFORE = re.compile(r"\b(?:meets?|meetings?|met|summit|talks|weekend of|two[- ]day(?: [a-z]+){1,2}"
                                r"(?: (?:on|from|over|for))?)(?: (?:on|from|over|for|during))?[ \t\u00a0]+$")
_EVENT_PAIR_YEAR_AFTER = re.compile(r"(?: ?,)?[ \t\u00a0]+\d{4}\b")
_EVENT_PAIR_AFTER = re.compile(r"[ \t\u00a0]+(?:[a-z-]+ ){0,2}(?:meeting|meetings|summit|talks)\b")


def event_day_pair(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """"the board meets on June 9-10", "the May 2-3 meeting": two days in a row holding one meeting or
    weekend, one expression valued by its first day."""
    try:
        first, second = int(fields.get("day") or 0), int(fields.get("d2") or 0)
    except ValueError:
        return False
    if not (0 < first and second == first + 1):
        return False
    if ctx.prev_char(m.start()) in _CURRENCY:
        return False
    if not (_real_day({"month": fields.get("month"), "day": str(second)}) and _real_day(fields)):
        return False          # "June 30-31": no such pair of days
    if not fields.get("year") and _EVENT_PAIR_YEAR_AFTER.match(ctx.text, m.end()):
        return False
    if _EVENT_PAIR_AFTER.match(ctx.low, m.end()):
        return True
    return _EVENT_PAIR_BEFORE.search(ctx.low, max(0, m.start() - 60), m.start()) is not None


# Round 123: a list of three or more days of one month, "on June 4, 6 and 9", "May 1, 8, 15 or 22": each
# later day is a DATE in that month. Two days ("May 3 and 4") are the day range's business.
_DAY_LIST_ITEM = re.compile(r"[ \t\u00a0]*\d{1,2}(?:st|nd|rd|th)?")
_DAY_LIST_JOIN = re.compile(r",[ \t\u00a0]+|,?[ \t\u00a0]+(?:and|or)[ \t\u00a0]+")


def _day_list(ctx: Context, s: int) -> list | None:
    """The days of "June 4, 6 and 9" around the one at `s`, if `s` sits in such a list after its month."""
    left = re.compile(r"(?<![\w.])(" + ctx.grammar.class_regex("month") + r")\.?[ \t\u00a0]+(\d{1,2})"
                      r"((?:(?:,[ \t\u00a0]+|,?[ \t\u00a0]+(?:and|or)[ \t\u00a0]+)\d{1,2})*)"
                      r"(?:,[ \t\u00a0]+|,?[ \t\u00a0]+(?:and|or)[ \t\u00a0]+)$")
    lm = left.search(ctx.low, max(0, s - 40), s)
    if lm is None or (ctx.has_upper and not ctx.text[lm.start(1)].isupper()):
        return None
    return [lm.start(1), lm.end()]


def day_list_item(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """"on June 4, 6 and 9": a later day of a list of three or more days after one month name; the list
    ascends, ends with "and"/"or" and its last day, and is followed by the end of the clause."""
    s = m.start()
    span = _day_list(ctx, s)
    if span is None:
        return False
    start = span[0]
    # the whole list, from the month's first day to its last
    days = [int(x) for x in re.findall(r"\d{1,2}", ctx.low[start:m.end()])]
    pos = m.end()
    joins = re.findall(r"\b(?:and|or)\b", ctx.low[start:m.end()])
    while True:
        j = _DAY_LIST_JOIN.match(ctx.low, pos)
        if j is None:
            break
        d = _DAY_LIST_ITEM.match(ctx.low, j.end())
        if d is None or (j.end() < len(ctx.low) and not ctx.low[j.end()].isdigit()):
            break
        nxt = d.end()
        if nxt < len(ctx.low) and (ctx.low[nxt].isdigit() or ctx.low[nxt] in ",." and
                                   ctx.low[nxt + 1:nxt + 2].isdigit()):
            return False
        joins += re.findall(r"\b(?:and|or)\b", ctx.low[pos:j.end()])
        days.append(int(ctx.low[j.end():d.end()].rstrip("stndrh")))
        pos = d.end()
    if len(days) < 3 or len(joins) != 1 or any(b <= a for a, b in zip(days, days[1:])) or days[-1] > 31:
        return False
    # the last "and"/"or" closes the list: nothing after the final day but the end of a clause
    return _AFTER_DAY_PAIR.match(ctx.text, pos) is not None


# "in 1999 dollars", "constant 2010 euros": money valued at a year's prices; the number is a year.
_MONEY_OF_A_YEAR = re.compile(r"(?:dollars|euros|pounds|yen|francs|marks|rupees|yuan|pesos)\b")
_PRICES_OF_A_YEAR_CUES = {"in", "constant", "real", "nominal", "current", "inflation-adjusted", "adjusted", "of"}


def constant_money_year(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """"in 1999 dollars", "constant 2010 euros": a year whose prices value the amount."""
    year = ctx.low[m.start():m.end()]
    if not (year.isdigit() and 1900 <= int(year) <= 2099) or ctx.prev_char(m.start()) in _CURRENCY:
        return False
    return bool(_MONEY_OF_A_YEAR.fullmatch(ctx.next_word(m.end()))) \
        and ctx.prev_word(m.start()) in _PRICES_OF_A_YEAR_CUES


def not_complementizer_that(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """"a truce signed that November": the month of the year in focus; "said that March was the worst
    month" is a clause after "that", where the month is named on its own."""
    if not ctx.low.startswith("that", m.start()):
        return True
    if ctx.prev_word(m.start()) in _THAT_CLAUSE_BEFORE:
        return False
    # Round 88: "told analysts on a conference call that November had been disappointing": the verb of
    # saying a few words back, and a verb right after the month, make "that" the clause's conjunction (a
    # month only: a weekday so told, "said on Monday that Thursday is the last day", keeps its reading)
    if rule.id == "anaphoric.that_month" and ctx.next_word(m.end()) in _VERB_AFTER_CLAUSE_MONTH:
        before = ctx.low[max(0, m.start() - _SAYING_REACH):m.start()]
        before = re.split(r"[.;:!?\n\"“”]", before)[-1]
        return not any(w in _THAT_CLAUSE_BEFORE and w not in _NOT_SAYING_ALONE
                       for w in re.findall(r"[a-z]+", before))
    return True


_SAYING_REACH = 60
_VERB_AFTER_CLAUSE_MONTH = frozenset({"was", "is", "had", "has", "would", "will", "could", "might", "remained",
                                      "proved", "looked", "seemed", "marked", "brought"})
# Words of _THAT_CLAUSE_BEFORE that only right before "that" make it a conjunction ("was", "so", "now").
_NOT_SAYING_ALONE = frozenset({"so", "such", "now", "than", "is", "was", "are", "were", "be", "given", "mean",
                               "means", "meant", "show", "find"})


_THAT_CLAUSE_BEFORE = {
    "said", "says", "say", "saying", "told", "tell", "tells", "noted", "notes", "added", "adds", "believe",
    "believes", "believed", "think", "thinks", "thought", "know", "knows", "knew", "hope", "hopes", "hoped",
    "expect", "expects", "expected", "announced", "announces", "reported", "reports", "warned", "warns",
    "argued", "argues", "insisted", "insists", "stressed", "suggested", "suggests", "show", "shows", "showed",
    "shown", "found", "find", "finds", "means", "meant", "mean", "so", "such", "now", "than", "is", "was",
    "are", "were", "be", "predicted", "predicts", "feared", "fears", "agreed", "agree", "claimed", "claims",
    "confirmed", "confirms", "estimated", "estimates", "indicated", "indicates", "recalled", "recalls",
    "explained", "explains", "wrote", "writes", "realized", "decided", "ensure", "ensured", "given",
}


def during_before(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """"during summers", "in winters": a bare plural season after these is each such season."""
    return ctx.prev_word(m.start()) in _HABIT_SEASON_BEFORE


# "worked summers at the mill", "spent summers at the lake": each summer as well
_HABIT_SEASON_BEFORE = frozenset(("during", "in", "working", "worked", "works", "work", "spent", "spend",
                                  "spends", "spending", "taught", "teaching", "teaches"))


def season_month_range(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """"the wet season runs from November to April": in a guide to a place's seasons, the months that
    bound a season are any year's months (XXXX-11), not this year's."""
    s = m.start()
    for r in _SEASON_MONTH_RANGE.finditer(ctx.low, max(0, s - 90), min(len(ctx.low), m.end() + 40)):
        if r.start(1) == s or r.start(2) == s:
            return True
    return False


_SEASON_MONTH_RANGE = re.compile(
    r"\b(?:season|wet|dry|monsoon|rains|summer|winter|spring|autumn|fall)s? "
    r"(?:usually |normally |generally |typically |roughly )?(?:runs|lasts|stretches|extends|goes) "
    r"from ([a-z]+\.?) (?:to|until|through|till|into) ([a-z]+)(?![\w'-])(?!\.? ?\d)")


def after_winters_of(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """"the winters of 1994-95 and 2013-14": a year span named as a winter."""
    return _WINTERS_OF_BEFORE.search(ctx.low, max(0, m.start() - 40), m.start()) is not None


_WINTERS_OF_BEFORE = re.compile(r"\bwinters[ \t]+(?:of|in)[ \t]+(?:\d{4}[-–/]\d\d,?[ \t]+(?:and|or)[ \t]+)?$")


def not_the_last_season(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """"missed most of last season": the season before this one; "the last season of the show", "its
    last season" name a final one, and "last season's" before a noun of clothes is fashion, not a year."""
    return ctx.prev_word(m.start()) not in _FINAL_SEASON_BEFORE


_FINAL_SEASON_BEFORE = {"the", "its", "his", "her", "their", "our", "my", "your", "a", "this", "that", "whose"}


# "weekly" before the noun of a figure, a report or a ticket ("the weekly export sales report", "its worst
# weekly showing", "a weekly pass") classifies it; it is no recurrence of its own (TimeBank tags "weekly"
# as an adverb and in "his weekly radio address", an event held every week).
_WEEKLY_FIGURE_AFTER = re.compile(
    r" (?:[a-z-]+ ){0,2}?(?:reports?|figures|data|statistics|numbers|sales|survey|index|claims|showing|gains?|"
    r"loss|losses|declines?|drops?|rises?|advances?|average|total|chart|passes|pass|tickets?|ratings|"
    r"inventor(?:y|ies)|stocks?|supplies)\b")


# "the weekly Mesa Sun", "a weekly newspaper": a paper that comes out every week, no event told.
_WEEKLY_PAPER_AFTER = re.compile(r" (?:(?:[a-z-]+ )?(?:news)?papers?|magazines?|journals?|tabloids?|publications?)\b")
_NAME_WORD_AFTER = re.compile(r" ([A-Z][a-z]+)\b")


def not_weekly_figure(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    if _WEEKLY_PAPER_AFTER.match(ctx.low, m.end()):
        return False
    if ctx.has_upper and ctx.low.startswith("weekly", m.start()):
        name = _NAME_WORD_AFTER.match(ctx.text, m.end())
        if name is not None and name.group(1).lower() not in _NOT_A_SURNAME:
            return False      # "the weekly Mesa Sun": a paper's name after it
    return not _WEEKLY_FIGURE_AFTER.match(ctx.low, m.end())


# Round 148: "the largest weekly increase since May", "their first yearly increase since 2020": the change
# from one week's or year's figure to the next, no recurrence (as "the biggest weekly gain", _WEEKLY_FIGURE_AFTER).
_CHANGE_AFTER = re.compile(r" (?:increases?|decreases?|rises?|gains?|declines?|drops?|falls?|jumps?|changes?)\b")


# Review 13: only a superlative's or an ordinal's change ("the largest weekly increase", "their first yearly
# rise"); "a yearly increase in fees of 2 percent" recurs.
_RANKED_BEFORE = re.compile(r"\b(?:[a-z]{2,}est|most|least|first|second|third|fourth|fifth|sixth|last|latest|next|"
                            r"\d+(?:st|nd|rd|th))[ \t]+$")


def not_period_change(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    return not (ctx.low.startswith(("weekly", "yearly"), m.start()) and _CHANGE_AFTER.match(ctx.low, m.end())
                and _RANKED_BEFORE.search(ctx.low, max(0, m.start() - 24), m.start()))


# Round 148: the album "1977", the debut single "3:45am", a mini-album, "Summer 1988": a year or a clock time that
# is (the end of) a title in quotes, named as a work by the noun before it ("album", "single") or by a
# possessive ("Harbour Lights' \"1977\""); the same quoted title told again elsewhere in the text is the work
# too ("\"1977\" entered at No. 1"). A quote that only says a time ("Tomorrow," she said) has no such noun.
_WORK_NOUN_BEFORE_QUOTE = re.compile(
    r"(?:\b(?:album|mini-album|lp|ep|single|song|track|record|hit|anthem|film|movie|novel|book|play|musical|"
    r"opera|poem|painting|titled|entitled|called)|[a-z]'s?|[a-z]s')[ \t]*,?[ \t]*$")
_QUOTED_TITLE_ANY = re.compile(r"([\"“])([^\"“”\n]{1,40}?)[,.]?[\"”]")
_TITLE_WORDS = re.compile(r"(?:[A-Z0-9][\w'’-]*[ \t]+)*")


def _work_titles(ctx: Context) -> frozenset:
    titles = ctx.memo.get("r148_work_titles")
    if titles is None:
        found = set()
        for q in _QUOTED_TITLE_ANY.finditer(ctx.text):
            if _WORK_NOUN_BEFORE_QUOTE.search(ctx.low, max(0, q.start() - 30), q.start()):
                found.add(q.group(2).strip())
        titles = ctx.memo["r148_work_titles"] = frozenset(found)
    return titles


def not_quoted_work_title(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    s, e = m.start(), m.end()
    if _TITLE_QUOTE_CLOSE.match(ctx.text, e) is None:
        return True
    line = max(ctx.text.rfind("\n", 0, s) + 1, s - 30)
    q = max(ctx.text.rfind('"', line, s), ctx.text.rfind("“", line, s))
    if q < 0 or not _TITLE_WORDS.fullmatch(ctx.text, q + 1, s):
        return True
    bare_year = q == s - 1 and _BARE_YEAR_QUOTED_IN_CLAUSE.match(ctx.text, s) is not None
    if bare_year and _PREP_BEFORE_QUOTE.search(ctx.low, max(0, q - 12), q):
        return True     # Review 13: 'opened in "1982" but records show otherwise': a year put in quotes
    noun = _WORK_NOUN_BEFORE_QUOTE.search(ctx.low, max(0, q - 30), q)
    if noun is not None and bare_year and noun.group(0).rstrip(" \t,").endswith(("'", "'s")) \
            and not _WORK_CONTEXT.search(ctx.low, max(0, q - 60), min(len(ctx.low), e + 40)):
        return True     # Review 13: 'Smith's "1999" remark': a possessive alone makes no year a work's title
    if noun is not None:
        return False
    if bare_year:
        return False    # 'sales put "1977" ahead', '"1977" entered at No. 1': a quoted year the clause runs on past
    return ctx.text[q + 1:e].strip() not in _work_titles(ctx)


# (a year alone in quotes, nothing inside the quotes after it, the sentence going on in lower case: no quoted
# answer, '"1977," he said', but a name used as a noun)
_BARE_YEAR_QUOTED_IN_CLAUSE = re.compile(r"\d{4}[\"”][ \t]+[a-z]")
# Review 13: a preposition before the quoted year makes it a date; a work's noun or a release verb near it a title.
_PREP_BEFORE_QUOTE = re.compile(r"\b(?:in|since|by|until|till|from|before|after|during|of)[ \t]+$")
_WORK_CONTEXT = re.compile(r"\b(?:album|mini-album|single|song|film|movie|novel|play|book|ep|record|show|track|"
                           r"title|released|recorded|titled|entitled|called|named)\b")


# "the workers of tomorrow", "the cities of tomorrow": the future in general, no day (TimeBank leaves it
# untagged); "the end of tomorrow", "the rest of tomorrow's session" still name the day.
_OF_TOMORROW_BEFORE = re.compile(r"\b([a-z'’-]+)[ \t]+of[ \t]+$")
_DAY_PART_OF = frozenset(("end", "start", "beginning", "morning", "afternoon", "evening", "night", "middle", "rest",
                          "close", "opening", "course", "part", "half", "hours", "noon", "midday", "all", "most",
                          "much", "schedule", "agenda", "results", "order", "session", "edition", "issue", "meeting",
                          "events", "business"))


def not_generic_tomorrow(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    if ctx.low.startswith(("'s", "’s"), m.end()):
        return True
    b = _OF_TOMORROW_BEFORE.search(ctx.low, max(0, m.start() - 40), m.start())
    return b is None or b.group(1) in _DAY_PART_OF


_LENGTH_WORDS = frozenset(("for", "over", "in", "during", "within", "throughout", "through", "after", "lasted", "took",
                           "spent", "last", "lasts", "lasting", "take", "takes", "taking", "since", "until", "till"))


def about_the_hedge(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """"for about the next two years" is hedged; in "asked about the next two years" "about" is the
    preposition of the verb, and the expression starts at "the"."""
    if not ctx.low.startswith("about the ", m.start()):
        return True
    return ctx.prev_word(m.start()) in _LENGTH_WORDS


def not_hyphen_compound(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """"the after-Christmas sale", "pre-Easter crowds": a holiday inside a hyphenated adjective is no date."""
    s = m.start()
    return not (s >= 2 and ctx.text[s - 1] == "-" and ctx.text[s - 2].isalpha())


# "the current swept boats downstream", "loans booked as current between 2007 and 2010": the noun or a
# predicate, not "current" before the noun it dates
_NOT_AFTER_CURRENT = frozenset(("of", "and", "or", "between", "in", "on", "at", "to", "from", "with", "by", "for",
                                "was", "is", "were", "are", "swept", "sweeps", "ran", "runs", "carried", "carries",
                                "flowed", "flows", "pulled", "pulls", "took", "dragged", "had", "has",
                                # "said current would be available by spring", "current can be switched on":
                                # the noun (electric current) before a modal, no present time
                                "would", "will", "could", "can", "should", "may", "might", "must"))


# "keep its current hours", "stay on the current schedule", "the current plan covers three years": the
# arrangement in force, set against a new one, dates nothing
_ARRANGEMENT_AFTER_CURRENT = frozenset(("schedule", "schedules", "hours", "plan", "rules", "timetable", "arrangements",
                                       "arrangement", "guidelines", "guidance", "regime",
                                       # "the current terms continue to apply", "handled under the current
                                       # policy": the terms in force, set against new ones; "at the current
                                       # pace": the rate things go at, extended ahead
                                       "terms", "policy", "policies", "conditions", "version", "pace",
                                       # "moved to its current building in 1958": the place in use, set
                                       # against an earlier or a later one
                                       "building", "home", "location", "site", "premises", "headquarters",
                                       "address", "quarters",
                                       # Round 96: "the current contract expires on 31 March", "under the
                                       # current agreement": the agreement in force, set against the next one
                                       # (not "lease": test_current_before_a_noun_is_the_present keeps it)
                                       "contract", "contracts", "agreement", "agreements", "tenancy",
                                       "licence", "license"))


_AS_OF_AFTER_CURRENT = re.compile(r"[ \t]+as[ \t]+of\b")
# Round 99: "the current contract runs through 2027", "the current series of occultations", "the Sun's current
# 11-year cycle": a term or a run in force (a contract, a cycle), set against the one before or after it, no
# time of its own; a length may stand between ("current 11-year cycle", "current five-year contract"). (A
# lease stays: "The current lease ends soon" is the present in test_anchoring_cases.)
_TERM_AFTER_CURRENT = re.compile(r"[ \t]+(?:(?:\d+|[a-z]+)-(?:year|month|week|day)[ \t]+)?(?:contract|contracts|"
                                 r"agreement|agreements|series|cycle|cycles)\b")


# Round 123: a stance, a view or a setting in force ("the bank's current stance", "in my current view", "the
# current voters' register", "rates at current levels"); a cycle named by its kind ("the current tightening
# cycle", "the current business cycle").
_VIEW_AFTER_CURRENT = frozenset(("stance", "assessment", "assessments", "view", "views", "thinking", "register",
                                 "setting", "settings", "level", "levels"))
_KIND_OF_CYCLE_AFTER_CURRENT = re.compile(r"[ \t]+[a-z]+[ \t]+(?:cycle|cycles)\b")


def attributive_current(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    if not ctx.low.startswith("current", m.start()):
        return True
    e = m.end()
    if ctx.low[e:e + 1] not in (" ", "\t"):
        return False
    nxt = ctx.next_word(e)
    if nxt == "as" and _AS_OF_AFTER_CURRENT.match(ctx.low, e):
        return False    # "the figures are current as of noon Friday": up to date at the time after it
    if _TERM_AFTER_CURRENT.match(ctx.low, e):
        return False    # Round 99: "the current lease", "its current 11-year cycle"
    if nxt in _VIEW_AFTER_CURRENT or _KIND_OF_CYCLE_AFTER_CURRENT.match(ctx.low, e):
        return False    # Round 123: "the bank's current stance", "in my current view", "the current
                        # tightening cycle": a view or a setting held now, set against a later one, dates nothing
    return nxt not in _NOT_AFTER_CURRENT and nxt not in _ARRANGEMENT_AFTER_CURRENT


# "we now expect", "the company now estimates": a forecast revised, no time of its own
_FORECAST_AFTER_NOW = re.compile(r"[ \t]+(?:expects?|estimates?|assumes?|forecasts?|anticipates?|projects?|"
                                 r"predicts?|sees)\b")


# Round 85: "the present owners", "members of the present forces", "the present fastest schedule": "present"
# an adjective before its noun, no time; "from 1900 to the present", "the present is uncertain" stay.
_PRESENT_ATTRIBUTIVE = re.compile(r"[ \t\u00a0]+([a-z]+)\b")
_PRESENT_NOUN_NEXT = frozenset(("is", "was", "were", "are", "has", "had", "have", "will", "would", "can", "could",
                                "may", "might", "must", "should", "shall", "and", "or", "but", "nor", "of", "in",
                                "on", "at", "to", "for", "with", "by", "from", "as", "than", "that", "which", "who",
                                "when", "where", "while", "if", "so", "yet", "day", "time", "moment", "year",
                                "century", "age", "era", "generation", "seems", "looks", "remains", "holds", "offers",
                                "brings", "belongs", "matters", "moves", "appears", "does", "did", "into", "onto"))


def present_not_attributive(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    if not ctx.low.endswith("the present", m.start(), m.end()):
        return True
    nxt = _PRESENT_ATTRIBUTIVE.match(ctx.low, m.end())
    return nxt is None or nxt.group(1) in _PRESENT_NOUN_NEXT


GUARDS["present_not_attributive"] = present_not_attributive


def not_revised_forecast(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """"We now expect profit of ...", "the bank now assumes": "now" before a verb of forecasting marks the
    forecast as revised; TimeML leaves it untagged."""
    return not (ctx.low.startswith("now", m.start()) and m.end() - m.start() == 3 and ctx.prev_word(m.start()) == "we"
                and _FORECAST_AFTER_NOW.match(ctx.low, m.end()))


# "moved the start an hour earlier", "trains will leave eight minutes earlier": a schedule shifted by an
# amount (TimeML DURATION), not a time that long before another
_SHIFTED_BEFORE = re.compile(r"\b(?:start|starts|begin|begins|open|opens|close|closes|leave|leaves|depart|"
                             r"departs|arrive|arrives|run|runs|finish|finishes|end|ends|kick[ \t]+off|"
                             r"kicks[ \t]+off|tee[ \t]+off|"
                             # the sky's timetable drifting day by day: "sunrise creeps six minutes earlier",
                             # "the Moon rises 50 minutes later each night"
                             r"rise|rises|creep|creeps|sunrise|sunset)(?:[ \t]+(?:the|its|their)[ \t]+[a-z]+)?[ \t]+$|"
                             r"\b(?:moved|move|moves|brought|bring|brings|pushed|push|pushes)[ \t]+(?:the|its|their)"
                             r"[ \t]+[a-z]+(?:[ \t]+[a-z]+)?[ \t]+$")


def shifted_schedule(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    return _SHIFTED_BEFORE.search(ctx.low, max(0, m.start() - 40), m.start()) is not None


# Round 99: "wants to move the budget deadline six weeks earlier", "pushed the vote two days later": a date or a
# deadline moved by an amount (TimeML DURATION, duration.shifted), not a time that long before another; only
# after a verb of moving (a bare "the store opens two days later" stays a day).
_MOVED_BEFORE = re.compile(r"\b(?:moved|move|moves|moving|brought|bring|brings|bringing|pushed|push|pushes|pushing|"
                           r"shifted|shift|shifts|shifting)[ \t]+(?:the|its|their|his|her)[ \t]+[a-z]+(?:[ \t]+[a-z]+)?"
                           r"[ \t]+$")


def not_moved_by(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    return _MOVED_BEFORE.search(ctx.low, max(0, m.start() - 45), m.start()) is None


GUARDS["not_moved_by"] = not_moved_by


_KIND_OF_AFTER = re.compile(r"[ \t]+like[ \t]+(?:that|this|it|those|these|today)\b")


def not_a_kind_of_day(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """"We waited years for a day like that": a kind of day, no amount of time ("for two minutes like that"
    still counts minutes)."""
    if not ctx.low.startswith(("a ", "an ", "one "), m.start()):
        return True
    if _KIND_OF_AFTER.match(ctx.low, m.end()):
        return False
    if ctx.low.startswith("a weekend", m.start()) and m.end() - m.start() == 9 \
            and (_WEEKEND_KIND_AFTER.match(ctx.low, m.end())
                 or _FALLS_ON_BEFORE.search(ctx.low, max(0, m.start() - 16), m.start())):
        return False    # Round 149: "held a weekend sitting", "the date falls on a weekend": a kind of days, no length
    # Round 85: "kept each year as a day of remembrance", "has become a day of bicycles": a day given a
    # character, no amount of time
    if ctx.low.startswith("a day", m.start()) and m.end() - m.start() == 5 \
            and _DAY_OF_OBSERVANCE_AFTER.match(ctx.low, m.end()) \
            and _CALLED_FOR_BEFORE.search(ctx.low, max(0, m.start() - 20), m.start()):
        return False    # Round 125: "called for a day of prayer": a day kept for an observance, no length
    return not (ctx.low.startswith("a day", m.start()) and m.end() - m.start() == 5
                and _DAY_OF_KIND_AFTER.match(ctx.low, m.end())
                and ctx.prev_word(m.start()) in _DAY_OF_KIND_BEFORE)


# Round 149: "a weekend sitting", "a weekend getaway": the weekend as a kind, before the noun it qualifies; and
# a day that "falls on a weekend".
_WEEKEND_KIND_AFTER = re.compile(r"[ \t]+(?:sittings?|sessions?|trips?|breaks?|getaways?|visits?|jobs?|shifts?|"
                                 r"editions?|camps?|retreats?|courses?|passes|pass|rates?|services?|markets?)\b")
_FALLS_ON_BEFORE = re.compile(r"\b(?:falls?|fell|falling|lands?|landed|landing)[ \t]+on[ \t]+$")
_DAY_OF_KIND_AFTER = re.compile(r"[ \t]+of[ \t]+(?!the\b|a\b|an\b|\d)[a-z]+")
_DAY_OF_KIND_BEFORE = frozenset(("as", "become", "becomes", "became", "declared", "proclaimed", "named"))
_DAY_OF_OBSERVANCE_AFTER = re.compile(r"[ \t]+of[ \t]+(?:national[ \t]+)?(?:prayer|mourning|fasting|action|protest|"
                                      r"remembrance|reflection|solidarity|rage|silence)\b")
_CALLED_FOR_BEFORE = re.compile(r"\b(?:call|calls|called|calling)[ \t]+for[ \t]+$")


def not_someday(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """"I live in hope that one day an editor will agree", "One day, you will see": "one day" before a
    subject and a modal is "some day", no length of time (TimeML leaves it untagged)."""
    if ctx.low[m.start():m.end()] != "one day" or ctx.prev_word(m.start()) in _LENGTH_WORDS:
        return True       # ("for one day the bridge will close": a length after "for")
    return not _SOMEDAY_AFTER.match(ctx.low, m.end())


_SOMEDAY_AFTER = re.compile(r",?[ \t]+(?:(?:an?|the|this|that|my|our|your|his|her|their|some|every)[ \t]+[a-z'-]+"
                            r"(?:[ \t]+[a-z'-]+)?|i|we|you|he|she|they|it|people|someone|somebody)[ \t]+"
                            r"(?:will|would|could|might|may|shall|can|must)\b")


# Review 13: "spent two nights later in the week in hospital": a count of nights stayed, and "later" there opens
# "later in the week"; neither is a date that many nights on.
_LATER_IN_PERIOD_AFTER = re.compile(r"[ \t]+(?:in|that|this)[ \t]+(?:the[ \t]+)?(?:week|month|year|day|evening|"
                                    r"night|morning|afternoon|season|term|summer|winter|spring|autumn|fall|decade|"
                                    r"quarter|weekend|century)\b")
_NIGHTS_STAYED = frozenset({"spent", "spend", "spends", "spending", "stayed", "stay", "stays", "staying", "slept",
                            "sleep", "sleeps", "had", "have", "has"})


def not_nights_stayed(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """"He spent two nights later in the week in hospital": neither a stay's count of nights nor a "later"
    that opens "later in the week" is a date that many nights on."""
    if ctx.prev_word(m.start()) in _NIGHTS_STAYED:
        return False
    return not (m.group(0).lower().endswith("later") and _LATER_IN_PERIOD_AFTER.match(ctx.low, m.end()))


def not_after_for(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """"for 30 days afterward": a length after "for", not a date that many days on."""
    return ctx.prev_word(m.start()) != "for"


# Review fixes 9: "for" after a verb of lasting, closing, running is a length ("will close for three days from
# Monday"), never after a verb that fixes a date: "set for a week from Monday", "scheduled for two weeks from Friday"
_DATED_BEFORE_FOR = re.compile(
    r"\b(?:set|scheduled|planned|slated|fixed|due|booked|postponed|adjourned|delayed|put[ \t]+off|pushed|moved|"
    r"rescheduled|penciled|pencilled|timed|called|expected|arranged)(?:[ \t]+[a-z]+)?[ \t]+for[ \t]+$")


def not_lasting_for(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """"will close for three days from Monday": after a verb of lasting and "for", a length that starts on the
    weekday; "set for a week from Monday" is the day itself."""
    if ctx.prev_word(m.start()) != "for":
        return True
    lo = max(0, m.start() - 60)
    if _DATED_BEFORE_FOR.search(ctx.low, lo, m.start()):
        return True
    # the verb of lasting often stands before its object ("suspend its service for at least three weeks from
    # Monday", "visit without a visa for up to 15 days from Friday"): any other "for" keeps the length reading
    return False


# (Round 100: a span's first bound too, "most recently from 1977 to 1988", "most recently between May and July")
_DATE_AFTER_RECENTLY = re.compile(
    r",?[ \t]+(?:(?:on|in|at|during|last|this|from|between)[ \t]+)?(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|"
    r"mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|(?:last|this)\b|(?:early|late|mid)[- ])")


def not_before_a_date(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """"most recently on June 29", "most recently in 1998", "as recently as 1986": the date that follows says
    when; "recently" only points at it."""
    prev = ctx.prev_word(m.start())
    if prev == "as" and ctx.low.startswith(" as ", m.end()):
        return False      # "as recently as 1986", "as recently as last summer": the date that follows says when
    return not (prev == "most" and _DATE_AFTER_RECENTLY.match(ctx.low, m.end()))


# A market's words before "the previous session" in its sentence: a price, an index, a close.
_MARKET_WORDS = re.compile(r"\b(?:clos(?:e|ed|es|ing)|finish(?:ed|ing)|settl(?:ed|ing)|shares?|stocks?|index|"
                           r"indexes|indices|points?|percent|cents|barrel|trading|traded|dollar|yen|euro|"
                           r"yields?|futures|nasdaq|dow|s&p)\b")


def market_session(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """"closing at 1,881 in the previous session": a trading day only in a market's words; a parliament's
    "previous session" (of the legislature) is no day."""
    if ctx.low.startswith(" of ", m.end()):
        return False
    stop = max(ctx.low.rfind(". ", 0, m.start()), ctx.low.rfind("\n", 0, m.start()))
    return _MARKET_WORDS.search(ctx.low, max(stop, m.start() - 160), m.start()) is not None


# ---- weekly schedules ("The gallery is open Monday to Saturday", rules in data/en/sets.toml) ----

_WEEKDAY_WORD = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_WEEKDAY_RANGE_SECOND = re.compile(_WEEKDAY_WORD + r"[ \t\u00a0]+(?:to|through|thru|till|until)[ \t\u00a0]+$")
_WEEKDAY_RANGE_REST = re.compile(r"[ \t\u00a0]+(?:to|through|thru|till|until)[ \t\u00a0]+" + _WEEKDAY_WORD)
# What opens a weekly schedule right before its days: hours of opening ("is open", "are open"), the
# performances of a run ("Performances are", "acts perform"). "runs" and a bare "is" are left out: "the
# festival runs Wednesday through Sunday" is one week's run.
_SCHEDULE_BEFORE = re.compile(
    r"(?:\b(?:is|are|stays?|remains?)[ \t]+open|\bopens?|\b(?:performances|shows|screenings|showings|"
    r"matinees|sessions|tours|classes|concerts|services|hours)[ \t]+(?:are|run)|\b(?:perform|operate|trade)"
    r"|\b(?:runs|plays|is[ \t]+on|continues)\b[^.;:!?\n]*\b(?:until|till)\b[^.;:!?\n]*,"
    # a service kept or held every week: "the helpline is staffed", "visits are held (from)"
    r"|\b(?:is|are)[ \t]+(?:staffed|manned|answered|held|offered|run)(?:[ \t]+from)?)[ \t]+$")
# Hours of business right before the days: "(is open) 8.30am to 5pm, Monday to Friday", "9-5 Monday to
# Saturday": the hours of every such week, like the days after "is open".
_CLOCK_WORD = r"(?:\d{1,2}(?:[.:]\d\d)?[ \t]*(?:[ap]\.?m\.?)?|noon|midday|midnight)"
_HOURS_BEFORE = re.compile(r"(?:\bbetween[ \t]+" + _CLOCK_WORD + r"[ \t]+and|" + _CLOCK_WORD
                           + r"[ \t]*(?:to|until|till|-|\u2013))[ \t]*" + _CLOCK_WORD
                           + r"(?:[ \t]+(?:[ecmp][sd]?t|gmt|utc|bst|local[ \t]+time))?[ \t]*,?[ \t]+$")
# Hours of business right after the days, past a comma: "Monday to Saturday, 10:00 to 23:00" in a list of
# licensed hours or opening times, with no verb before the days: the hours of every such week too.
_HOURS_AFTER_DAYS = re.compile(r"[ \t]*,[ \t]*(?:from[ \t]+|between[ \t]+)?" + _CLOCK_WORD
                               + r"[ \t]*(?:to|until|till|and|-|\u2013)[ \t]*" + _CLOCK_WORD + r"(?![\w:]|\.\d)")
# Round 80: a telephone number right before the days: "call the helpline on 0800 555 210, Monday to Friday":
# the days the line is answered, every week.
_PHONE_BEFORE = re.compile(r"\d(?:[ -]?\d){6,},[ \t]+$")
# A tense or a week that makes the range one week's days: "will be open", "was open", "next week".
_ONE_WEEK_CUES = re.compile(r"\b(?:will|would|was|were|had|did|next|this|last|coming)\b|'ll\b")
_DATE_AFTER_RANGE = re.compile(r",?[ \t]+(?:the[ \t]+)?(?:next|this|last|coming|of|\d{1,2}(?:st|nd|rd|th)?(?![\d.:]|[ \t]?[ap]\.?m)|(?:jan|feb|mar|apr|may|jun|"
                               r"jul|aug|sep|oct|nov|dec)[a-z]*\b)")


def weekly_schedule_range(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """"The gallery is open Monday to Saturday", "Performances are Tuesday to Sunday at 8pm": the two ends of
    a range of weekdays in a present-tense schedule recur every week (SET). One week's range stays dated:
    "will be open Monday to Friday", "closed Monday to Wednesday next week", "from Friday to Sunday"."""
    s, e = m.start(), m.end()
    if ctx.low.startswith(" ", e) and _WEEKDAY_RANGE_REST.match(ctx.low, e):
        first = s
        e = _WEEKDAY_RANGE_REST.match(ctx.low, e).end()
    else:
        left = _WEEKDAY_RANGE_SECOND.search(ctx.low, max(0, s - 24), s)
        if left is None:
            return False
        first = left.start()
    clause = max(ctx.low.rfind(ch, 0, first) for ch in ".;:!?\n")
    before = ctx.low[max(clause + 1, first - 120):first]
    cue = _SCHEDULE_BEFORE.search(before) or _HOURS_BEFORE.search(ctx.low, max(0, first - 40), first) \
        or _HOURS_AFTER_DAYS.match(ctx.low, e) or _PHONE_BEFORE.search(ctx.low, max(0, first - 30), first)
    if not cue or ctx.prev_word(first) in ("between", "on", "this", "next") \
            or (ctx.prev_word(first) == "from" and not cue.group(0).rstrip().endswith("from")):
        return False
    stop = min([i for i in (ctx.low.find(ch, e) for ch in ".;!?\n") if i >= 0] + [len(ctx.low)])
    if _ONE_WEEK_CUES.search(ctx.low, max(clause + 1, first - 120), first) \
            or _ONE_WEEK_CUES.search(ctx.low, e, min(stop, e + 60)):
        return False
    return _DATE_AFTER_RANGE.match(ctx.low, e) is None


# Listings of opening hours join two weekdays with a dash, often abbreviated, and give the hours after
# them ("Dinner Tue\u2013Sat, 5\u201310pm", "Mon-Fri 9am-5pm") or an opening word before ("Open Wed-Sun"):
# every week's days (SET), as "open Tuesday to Saturday" is. One week's range ("Mon-Fri next week",
# "Tuesday-Thursday, May 3-5", "will be shut Mon-Wed") stays dated.
_WEEKDAY_DASH_HOURS_AFTER = re.compile(r",?[ \t\u00a0]*(?:from[ \t]+)?" + _CLOCK_WORD + r"[ \t]*(?:to|until|till|-|\u2013)[ \t]*"
                                       + _CLOCK_WORD)
_WEEKDAY_DASH_OPEN_BEFORE = re.compile(r"\b(?:open|opens|opening|hours|closed|shut)[ \t\u00a0:]*$")
_WEEKDAY_DASH_NAMES = {"mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun", "monday",
                       "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_WEEKDAY_DASH_PAIR = re.compile(r"[a-z]{3,9}\.?[-\u2013][a-z]{3,9}\.?")


def weekday_dash_listing(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    s, e = m.start(), m.end()
    if ctx.text[e:e + 1] in "-\u2013":
        pair = _WEEKDAY_DASH_PAIR.match(ctx.low, s)
    else:
        start = max(0, s - 11)
        pair = None
        for i in range(start, s - 1):
            found = _WEEKDAY_DASH_PAIR.match(ctx.low, i)
            if found and found.end() == e and (i == 0 or not ctx.low[i - 1].isalpha()):
                pair = found
                break
    if pair is None:
        return False
    first, last = pair.start(), pair.end()
    dash = first + min(i for i in (pair.group(0).find("-"), pair.group(0).find("\u2013")) if i >= 0)
    if not all(w.rstrip(".") in _WEEKDAY_DASH_NAMES for w in (ctx.low[first:dash], ctx.low[dash + 1:last])):
        return False
    if ctx.has_upper and not (ctx.text[first].isupper() and ctx.text[dash + 1].isupper()):
        return False          # "mon-fri" in cased text is no listing's days
    clause = max(ctx.low.rfind(ch, 0, first) for ch in ".;!?\n")
    stop = min([i for i in (ctx.low.find(ch, last) for ch in ";!?\n") if i >= 0] + [len(ctx.low)])
    if _ONE_WEEK_CUES.search(ctx.low, max(clause + 1, first - 60), first) \
            or _ONE_WEEK_CUES.search(ctx.low, last, min(stop, last + 40)):
        return False
    if _WEEKDAY_DASH_HOURS_AFTER.match(ctx.low, last):
        return True
    return _DATE_AFTER_RANGE.match(ctx.low, last) is None \
        and _WEEKDAY_DASH_OPEN_BEFORE.search(ctx.low, max(0, first - 30), first) is not None


GUARDS["weekday_dash_listing"] = weekday_dash_listing


# A quarter named in the sentence before: "sales in the first quarter ... the same period of 2019".
_QUARTER_WORD = re.compile(r"\bquarter\b")


def quarter_in_sentence(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """"the same period of 2019" is a quarter only when a quarter is in focus in its own sentence."""
    stop = max(ctx.low.rfind(". ", 0, m.start()), ctx.low.rfind("\n", 0, m.start()))
    return _QUARTER_WORD.search(ctx.low, max(stop, m.start() - 200), m.start()) is not None


GUARDS.update({
    "market_session": market_session,
    "quarter_in_sentence": quarter_in_sentence,
    "weekly_schedule_range": weekly_schedule_range,
    "not_an_age": not_an_age,
    "weekday_not_a_name": weekday_not_a_name,
    "not_revised_forecast": not_revised_forecast,
    "about_the_hedge": about_the_hedge,
    "not_before_a_date": not_before_a_date,
    "not_after_for": not_after_for,
    "not_nights_stayed": not_nights_stayed,
    "not_lasting_for": not_lasting_for,
    "not_someday": not_someday,
    "not_hyphen_compound": not_hyphen_compound,
    "not_a_kind_of_day": not_a_kind_of_day,
    "shifted_schedule": shifted_schedule,
    "attributive_current": attributive_current,
    "not_weekly_figure": not_weekly_figure,
    "not_period_change": not_period_change,
    "not_quoted_work_title": not_quoted_work_title,
    "not_generic_tomorrow": not_generic_tomorrow,
    "part_of_day_of": part_of_day_of,
    "day_of_month_cue": day_of_month_cue,
    "day_of_month_second": day_of_month_second,
    "not_named_part_of_day": not_named_part_of_day,
    "day_range_first": day_range_first,
    "day_range_second": day_range_second,
    "event_day_pair": event_day_pair,
    "day_list_item": day_list_item,
    "financial_period": financial_period,
    "habitual_clause": habitual_clause,
    "holiday_not_plant": holiday_not_plant,
    "holiday_not_object_or_surname": holiday_not_object_or_surname,
    "not_the_last_season": not_the_last_season,
    "after_winters_of": after_winters_of,
    "during_before": during_before,
    "season_month_range": season_month_range,
    "not_complementizer_that": not_complementizer_that,
})


# Clock times in words ("at five-fifteen", "from nine to three", "around seven last night").
_SPOKEN_TIME_GROUPS = ("spoken_time", "spoken_time_pm", "tpm")
_SPOKEN_CUES = {"at", "by", "until", "till", "from", "around", "about", "before", "after", "to", "since",
                "approximately", "roughly", "and", "or", "it's", "it’s"}
# What may follow a clock time in words that ends the expression ("at five, the doors ..."): a count is
# followed by its noun ("at five stores").
_SPOKEN_NEXT = {"", "to", "until", "till", "and", "or", "tonight", "today", "tomorrow", "this", "in", "at", "on",
                "when", "for", "sharp", "that", "then", "with", "the", "local", "eastern", "central", "pacific",
                "mountain", "gmt", "utc", "est", "edt", "pst", "pdt", "cst", "cdt", "we", "i", "he", "she", "they",
                "it", "you", "there", "but", "so", "if", "as", "every", "each", "precisely", "exactly", "here", "now"}
_HOUR_WORDS = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# Another clock reading near a bare hour word makes it one ("goes on at five" after "at four o'clock").
_CLOCK_NEAR = re.compile(r"o['’]clock|\d ?[ap]\.?m\b|(?<![a-z])[ap]\.m\.|\d:\d\d|(?<![a-z])(?:noon|midnight)(?![a-z])"
                         r"|(?<![a-z])" + _HOUR_WORDS + r"(?:-(?:oh|ten|fifteen|twenty|thirty|forty|fifty)| [ap]\.?m(?![a-z]))"
                         r"|(?<![a-z])(?:past|quarter to|half past) " + _HOUR_WORDS + r"(?![a-z])")


_RANGE_TO = re.compile(r"\s(?:to|before|of)\s")
# Round 109: a figure set against an earlier one ("up from nine", "down from twelve", "rose from six").
_COMPARED_FROM_BEFORE = re.compile(r"\b(?:up|down|rose|fell|grew|climbed|dropped|increased|decreased|rising|falling)"
                                   r"[ \t]+from[ \t]+$")
_SURE_CLOCK = re.compile(r"\spast\s|quarter|half")


def spoken_clock(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """A number word is a clock time when the words make it one: "o'clock" or "p.m." after it, a day word
    ("nine tomorrow morning"), or minutes ("nine-thirty"); a bare hour ("at five") needs a preposition of
    time or a hedge before it, no noun after it (not "at five stores") and another clock time nearby."""
    name = next((g for g in _SPOKEN_TIME_GROUPS if g in rule.groups and m.start(g) >= 0), None)
    if name is None:
        return True
    if ctx.prev_char(m.start()) in _CURRENCY or ctx.prev_char(m.start()).isdigit():
        return False
    clock = m.group(name)
    approx = any(cls == "approx_point" and m.start(g) >= 0 for g, cls in rule.groups.items())
    prev = ctx.prev_word(m.start())
    if prev in ("from", "between") and _RANGE_TO.search(clock):
        return False                               # "from ten to five": a range of hours
    if prev == "from" and _COMPARED_FROM_BEFORE.search(ctx.low, max(0, m.start() - 30), m.start()):
        return False                               # Round 109: "at 14 locations, up from nine": a count compared
    # "ten past nine", "a quarter to six" say a clock reading by themselves
    sure = _SURE_CLOCK.search(clock) is not None
    cue = approx or prev in _SPOKEN_CUES or sure
    bare = not any(c in clock for c in " \t\n-:.")
    if m.end(name) < m.end():                      # a day word or "o'clock" follows within the match
        return cue or not bare or "clock" in m.group(0)[m.end(name) - m.start():]
    if not cue:
        return False
    nxt = ctx.next_word(m.end())
    after = ctx.next_char(m.end())[:1]
    if after.isdigit() or (after and after in "%$-") or (nxt not in _SPOKEN_NEXT and not sure):
        return False
    count = _COUNT_PAIR_AFTER.match(ctx.low, m.end())
    if count is not None and count.group(1) not in _SPOKEN_NEXT and count.group(1) not in _CLOCK_WORDS_AFTER_PAIR:
        return False                               # Round 85: "at six or eight miles an hour": a pair of counts
    if not bare and prev not in ("to", "and", "or"):
        return True
    if prev in ("and", "or") and nxt == "in" and not _IN_PART_OF_DAY.match(ctx.low, m.end()):
        return False                               # "one in spring and one in autumn": a pronoun, a count
    if prev == "to":
        count = _COUNT_RANGE_BEFORE.search(ctx.low, max(0, m.start() - 40), m.start())
        if count is not None and count.group(1) not in _SPOKEN_NEXT:
            return False                           # "grew from four pages to twelve": a range of counts
    lo = max(0, m.start() - 400)
    near = ctx.low[lo:m.start()] + " " + ctx.low[m.end():m.end() + 200]
    return _CLOCK_NEAR.search(near) is not None


GUARDS["spoken_clock"] = spoken_clock


# Round 89: a clock time in words with no "a.m."/"p.m." takes its half of the day from the paragraph it
# is told in: broadcast transcripts say "two notes this afternoon. The first, at two o'clock". Only the
# speaker's own paragraph counts (a new speaker starts a new scene), the nearest cue before it first, then
# after it; "night" and "tonight" are no cue ("talks broke off Wednesday night. At seven-fifteen the line
# ..." is the next morning; "rain spreads tonight. It's twelve minutes past eight" is a morning forecast).
_HALF_PM_CUE = re.compile(r"\b(?:this|that|friday|saturday|sunday|monday|tuesday|wednesday|thursday|tomorrow|"
                          r"yesterday|the|in the|good)[ \t]+(?:afternoon|evening)\b|"
                          r"\bp\.?m\b\.?")
_CLOCK_BETWEEN = re.compile(r"\d|o['’]clock|\bnoon\b|\bmidnight\b")
_SMALL_HOURS_BEFORE = re.compile(r"\b(?:[1-6]|one|two|three|four|five|six)(?:[-:.][0-9a-z]+)?(?: o['’]clock)?"
                                 r"[ \t]+this morning")
_HALF_AM_CUE = re.compile(r"\bmorning\b|\ba\.m\.|\bdawn\b|\bsunrise\b")


def _small_hours_told_by(ctx: Context, pos: int) -> bool:
    """_SMALL_HOURS_BEFORE.search(low, 0, pos) with the text scanned once: every match ends at its own
    "this morning", so one ends by `pos` when the first one does (a search from the start per spoken hour
    was quadratic)."""
    first_end = ctx.memo.get("small_hours_end")
    if first_end is None:
        found = _SMALL_HOURS_BEFORE.search(ctx.low)
        first_end = ctx.memo["small_hours_end"] = found.end() if found is not None else len(ctx.low) + 1
    return first_end <= pos


def spoken_clock_half(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    clock = fields.get("spoken_time")
    if not clock or m.start("spoken_time") < 0 or fields.get("ampm") or fields.get("hm"):
        return True
    hour = int(clock[:2])
    if not 1 <= hour <= 11:
        return True
    low = ctx.low
    lo = max(low.rfind("\n\n", 0, m.start()), m.start() - 600, 0)
    hi = low.find("\n\n", m.end())
    hi = min(len(low) if hi < 0 else hi, m.end() + 200)    # after it, only the next sentence or so
    before = [(c.end(), "pm") for c in _HALF_PM_CUE.finditer(low, lo, m.start())] + \
             [(c.end(), "am") for c in _HALF_AM_CUE.finditer(low, lo, m.start())]
    half = max(before)[1] if before else None
    if half is None:
        after = [(c.start(), "pm") for c in _HALF_PM_CUE.finditer(low, m.end(), hi)] + \
                [(c.start(), "am") for c in _HALF_AM_CUE.finditer(low, m.end(), hi)]
        first = min(after) if after else None
        # a cue after it that another clock time stands before is that one's ("at 10 o'clock ... until
        # about 5 this evening")
        if first is not None and not _CLOCK_BETWEEN.search(low, m.end(), first[0]):
            half = first[1]
    if half is None and hour <= 5 and not _small_hours_told_by(ctx, m.start()):
        half = "pm"    # but a story of this morning's small hours ("came ashore at four-thirty this morning") keeps them
    if half == "pm":
        fields["spoken_time"] = f"{hour + 12:02d}{clock[2:]}"
    return True


GUARDS["spoken_clock_half"] = spoken_clock_half
GUARDS["future_or_instruction"] = future_or_instruction
GUARDS["future_clause"] = future_clause     # Review fixes (stop 24): date.after_coming_turn_of_the_year


# Review fixes (stop 24): "He stayed on loan at Everton until the end of the season and retired in May": a stay
# told in the past that lasted to the season's end, gone by (not the term of a loan signed, "was signed on loan
# until the end of the season last week", still ahead).
_PAST_STAY_BEFORE = re.compile(r"\b(?:stayed|remained|played|spent|lived|worked|served|continued|stuck|lasted|"
                               r"coached|featured|starred|turned[ \t]+out|lined[ \t]+up)\b[^.;!?\n]{0,80}$")


def past_stay_until(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    return _tense(ctx.low, m.start(), m.end()) != _FUTURE \
        and _PAST_STAY_BEFORE.search(ctx.low, max(0, m.start() - 100), m.start()) is not None \
        and not re.search(r"\b(?:will|would|shall|is|are|has|have|to)\b", ctx.low[max(0, m.start() - 100):m.start()]
                          .rsplit(".", 1)[-1])


GUARDS["past_stay_until"] = past_stay_until


# Review fixes (stop 24): "Events this week\n\nFriday, 7 p.m.: Quiz night at the library.": an entry of a listing
# of what is coming, under a heading that says so, is the coming day (not round 111's police log, told past).
_LISTING_HEADING_BEFORE = re.compile(r"(?:^|\n)[ \t#*]*(?:(?:upcoming|coming|future)[ \t]+events|events[ \t]+"
                                     r"(?:this|next|coming)[ \t]+(?:week|weekend)|what'?s[ \t]+on|coming[ \t]+up|"
                                     r"diary[ \t]+dates|listings|(?:this|next)[ \t]+week'?s[ \t]+events)\b[^\n]*\n")


def listing_heading_entry(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    return _LISTING_HEADING_BEFORE.search(ctx.low, max(0, m.start() - 1500), m.start()) is not None \
        and _tense(ctx.low, m.start(), m.end()) != _PAST


GUARDS["listing_heading_entry"] = listing_heading_entry

# Round 85: "by morning" after a night still to come told in its sentence or the one before ("chill it overnight.
# By morning the fat will have set", "rain tonight; by morning ..."): the morning after publication's night.
_NIGHT_TOLD = re.compile(r"\b(?:overnight|tonight|to-night)\b")


def night_told_before(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    lo = max(0, m.start() - 160)
    night = None
    for night in _NIGHT_TOLD.finditer(ctx.low, lo, m.start()):
        pass
    if night is None:
        return False
    if night.group(0) != "overnight":
        return True
    return future_or_instruction(rule, night, fields, ctx)


# Round 85: "by evening" in a sentence that has told the day's earlier hours ("at midday ..., and by evening"):
# that day's evening.
_DAY_TOLD_IN_SENTENCE = re.compile(r"\b(?:noon|midday|morning|today|yesterday|to-day|\d{1,2}(?:[.:]\d\d)?[ \t]*[ap]\.?m\b|"
                                   r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b")


def day_told_in_sentence(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    lo = max(0, m.start() - 200)
    cut = _SENTENCE_START.search(ctx.low[lo:m.start()])
    opening = lo + (cut.end() if cut else 0)
    return _DAY_TOLD_IN_SENTENCE.search(ctx.low, opening, m.start()) is not None


GUARDS["day_told_in_sentence"] = day_told_in_sentence
GUARDS["night_told_before"] = night_told_before

# Round 85: "six or eight miles", "five to ten knots": a bare hour word and another number before their noun.
_COUNT_PAIR_AFTER = re.compile(r"[ \t]+(?:or|to|and|-)[ \t]+(?:" + _HOUR_WORDS + r"|\d+)[ \t]+([a-z]+)")
_CLOCK_WORDS_AFTER_PAIR = frozenset(("o", "am", "pm", "a", "p", "hours", "hrs", "oclock", "sharp", "tonight",
                                     "tomorrow", "today", "this", "every", "each"))
# After a bare hour word, "in" says a part of the day only as "in the morning" ("five in the evening").
_IN_PART_OF_DAY = re.compile(r"[ \t]+in[ \t]+the[ \t]+(?:morning|afternoon|evening|night)\b")
# "from four pages to": a count with its noun opening a range.
_COUNT_RANGE_BEFORE = re.compile(r"\bfrom[ \t]+(?:\d+|[a-z]+)[ \t]+([a-z]+)[ \t]+to[ \t]+$")


_TEMPERATURE_WORDS = re.compile(r"(?<![a-z])(?:highs?|lows?|temperatures?|temps|readings|degrees|mercury"
                                r"|thermometers?)(?![a-z])")
_SENTENCE_START = re.compile(r"(?:[.!?]\s|\n)(?!.*(?:[.!?]\s|\n))", re.S)


def not_temperature(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """"Highs in the eighties", "then in the sixties by Thursday" in a forecast: degrees, not decades."""
    lo = max(0, m.start() - 160)
    before = ctx.low[lo:m.start()]
    cut = _SENTENCE_START.search(before)
    return _TEMPERATURE_WORDS.search(before[cut.end():] if cut else before) is None


# What makes "two thousand" a count: a plural noun after it ("two thousand adults", "two thousand people").
_COUNT_NEXT = {"of", "people", "men", "women", "children", "more", "other", "new", "extra", "additional",
               "fewer", "less", "dollars", "euros", "pounds", "yen", "feet", "miles", "head"}
_NOT_PLURAL = {"has", "was", "is", "as", "its", "this", "his", "hers", "ours", "yours", "thus", "plus", "us"}


def spoken_year_not_count(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """"in two thousand, the", "the year two thousand has" are years; "two thousand adults", "two thousand
    of them" are counts."""
    if not m.group(0).endswith("thousand") or m.group(0).startswith("the year"):
        return True
    nxt = ctx.next_word(m.end())
    if nxt in _COUNT_NEXT or ctx.next_char(m.end())[:1].isdigit():
        return False
    return not (len(nxt) > 3 and nxt.endswith("s") and nxt not in _NOT_PLURAL)


GUARDS["not_temperature"] = not_temperature
GUARDS["spoken_year_not_count"] = spoken_year_not_count


def not_heading(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """"CURRENT EXHIBITIONS", a heading in capitals, is no time."""
    word = ctx.text[m.start():m.end()]
    if not (ctx.has_upper and word.isupper()):
        return True
    nxt = _NEXT.match(ctx.text, m.end(), min(len(ctx.text), m.end() + 40))
    return not (nxt and nxt.group(1)[:1].isalpha() and nxt.group(1).isupper())


_KIN = {"grandfather", "grandmother", "father", "mother", "son", "daughter", "brother", "sister", "uncle", "aunt",
        "cousin", "nephew", "niece", "husband", "wife", "grandson", "granddaughter", "founder", "partner"}
_KIN_AFTER = re.compile(r"['’]s\s+(" + "|".join(sorted(_KIN)) + r")\b")


# "Questions go to April Dunmore", "Present: Owen Tally, June Okafor, ...": a month that is also a given name,
# followed by one capitalized word (a surname) and then no further capitalized word, is a person; not after a
# word that introduces a date ("in June Parliament voted", "the June Fed meeting") and not in a run of
# capitalized words ("the August Bank Holiday", a headline's "June Sales Rise").
_SURNAME_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w'’-])(?![ \t]+[A-Z0-9])")
_DATE_INTRO = {"in", "since", "until", "till", "by", "during", "through", "throughout", "of", "early", "late", "mid",
               "last", "next", "this", "that", "each", "every", "from", "before", "after", "around", "about", "past",
               "previous", "coming", "following", "over", "beginning", "end", "middle", "start", "least",
               "between", "the", "a", "an", "its", "their", "his", "her", "our", "your", "on", "for", "to", "and",
               "or", "than", "as", "starting", "mid-"}


def _given_name_month(m: re.Match, ctx: Context) -> bool:
    if not ctx.has_upper or ctx.low[m.start():m.end()] not in _NAME_MONTHS:
        return False
    name = _SURNAME_AFTER.match(ctx.text, m.end())
    if name is None or ctx.grammar is not None and _is_vocab_word(ctx, name.group(1).lower()):
        return False
    prev = ctx.prev_word(m.start())
    if prev == "to" and ctx.prev_word(ctx.low.rfind("to", 0, m.start())) in ("go", "goes", "went", "sent", "send",
                                                                           "talk", "talked", "speak", "spoke",
                                                                           "write", "wrote", "passed", "pass"):
        return True           # "questions can go to April Dunmore", "send them to June Okafor"
    if prev == "of" and ctx.prev_word(ctx.low.rfind("of", 0, m.start())) in _PERSON_OF:
        return True           # Round 80: "meets at the home of April Reyes", "the widow of June Carter"
    return ctx.sentence_initial(m.start()) or ctx.prev_char(m.start()) == "," or prev not in _DATE_INTRO


# Round 80: nouns whose "of" names a person, not a time ("the home of April Reyes"; "the end of April" is no
# such noun).
_PERSON_OF = frozenset(("home", "house", "wife", "husband", "widow", "widower", "son", "daughter", "mother",
                        "father", "sister", "brother", "family", "friend", "friends", "memory", "office", "care"))


def _is_vocab_word(ctx: Context, word: str) -> bool:
    classes = getattr(ctx.grammar, "vocab", None)
    if not classes:
        return False
    return any(word in entries for entries in classes.values())


# Round 96: minutes name who owns an action after its label: "ACTION: June to book an engineer", "Action -
# April and Kit to circulate the scores". A month there, with "to" and a verb after it, is a person.
_ACTION_LABEL_BEFORE = re.compile(r"\b(?:actions?|owners?|action[ \t]+points?)[ \t]*[:\u2013\u2014-][ \t]*$")
_ACTION_OWNER_AFTER = re.compile(r"(?:[ \t]+(?:and|&)[ \t]+[a-z]+)?[ \t]+to[ \t]+(?!(?:january|february|march|april|"
                                 r"may|june|july|august|september|october|november|december|mid|early|late|end|the)\b)"
                                 r"[a-z]+")


def month_not_person(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """"His grandfather, August, opened the store", "August's son": a month name as a person's name, in
    apposition to a kinship noun or with a kinship noun of its own."""
    if _KIN_AFTER.match(ctx.low, m.end()):
        return False
    if _given_name_month(m, ctx):
        return False
    if ctx.has_upper and ctx.text[m.start()].isupper() and _ACTION_OWNER_AFTER.match(ctx.low, m.end()) \
            and _ACTION_LABEL_BEFORE.search(ctx.low, max(0, m.start() - 20), m.start()):
        return False    # Round 96: "ACTION: June to book an engineer": the owner of a minuted action
    if ctx.prev_char(m.start()) != ",":
        return True
    return ctx.prev_word(ctx.low.rfind(",", 0, m.start())) not in _KIN


_ORDINAL_BEFORE = re.compile(r"\d+(?:st|nd|rd|th)$")


def not_plan_name(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """"the 10th Five-Year Plan": a numbered plan's name in capitals, not a duration."""
    if not (ctx.has_upper and ctx.text[m.start()].isupper()):
        return True
    return _ORDINAL_BEFORE.search(ctx.prev_word(m.start())) is None


GUARDS["not_heading"] = not_heading
GUARDS["month_not_person"] = month_not_person
GUARDS["not_plan_name"] = not_plan_name


_RANGE_END = re.compile(r"[ \t]*(?:to|until|till|-|\u2013)[ \t]*(1[0-2]|0?[1-9])")


def range_start(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """"5 to 7 p.m.": the first hour of a range before the second (12 counts as 0), so that it shares the
    a.m. or p.m. said after it; "11 to 1 p.m." crosses noon and is left alone."""
    clock = next(m.group(g) for g, cls in rule.groups.items() if cls in ("clock_pm", "clock_am"))
    end = _RANGE_END.match(ctx.text, m.end())
    if end is None:
        return False
    first = int(clock.replace(".", ":").partition(":")[0]) % 12
    return first < int(end.group(1)) % 12


GUARDS["range_start"] = range_start


# ---- an hour after an evening, afternoon or night named just before it (rule time.oclock_after_noon_part) ----
_NOON_PART_AT = re.compile(r"\b(?:evening|afternoon|night)[ \t]+at[ \t]+$")


def after_noon_part(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """"every Sunday night at 8 o'clock", "Friday evening at 7 o'clock": the hour is after noon (after a
    night only from 6 to 11: "the night at 2 o'clock" is early morning)."""
    if not _NOON_PART_AT.search(ctx.low, max(0, m.start() - 24), m.start()):
        return False
    # (the hour is the rule's hour12, or the figures before the ":" or "." of "at 7.30")
    hour = fields.get("hour12") or re.match(r"\d+", m.group(0)).group(0)
    return "night" not in ctx.low[max(0, m.start() - 12):m.start()] or 6 <= int(hour) <= 11


GUARDS["after_noon_part"] = after_noon_part


# ---- a clock time with a dot between hour and minutes, alone (rule time.clock_dotted) ----
# British and Antipodean broadcast copy writes "It's 6.20", "a crash at 5.50", "open by 7.30" with no a.m. or
# p.m.; the same figures are prices, rates and measures ("closed at 1.20", "at 5.25 per cent").
_DOTTED_SAID = re.compile(r"\b(?:it|time)(?:['’]s|[ \t]+is|[ \t]+was)[ \t]+(?:now[ \t]+|just[ \t]+(?:after|before)[ \t]+)?$")
_DOTTED_CUES = {"at", "by", "until", "till", "before", "after", "around", "about", "since"}
# After the number: what ends the clause or goes on with it, never a unit or a rate ("a barrel").
_DOTTED_NEXT = {"and", "but", "has", "have", "had", "when", "local", "this", "tonight", "today", "tomorrow",
                "sharp", "with", "where", "while", "so", "then", "time", "is", "was", "will", "we", "i", "he",
                "she", "they", "it", "there"}
# A figure of a market, a measure or a score in the clause before: "the euro closed at 1.20", "a rate at".
_DOTTED_FIGURE_BEFORE = re.compile(
    r"\b(?:price|prices|priced|shares?|stocks?|index|indices|yield|yields|rate|rates|euro|dollar|sterling|pound|"
    r"yen|yuan|franc|rupee|currency|brent|crude|oil|gas|futures|contract|bond|bonds|gold|silver|copper|"
    r"traded|trading|trade|trades|settled|settle|settles|closed|ended|opened|finished|"
    r"quoted|valued|fixed|pegged|level|levels|high|low|peak|average|averaged|points?|per[ \t]+cent|percent|"
    r"cents?|pence|degrees|temperature|clocked|record|score|scored|odds|ratio|inflation|growth|margin|"
    r"tonnes?|barrels?|bushels?|mmbtu|kwh|mwh|grade|version|magnitude|richter)\b[^.!?\n]*$")


def dotted_clock(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """"It's 6.20, and time for the roads", "a crash at 5.50 has closed two lanes", "open by 7.30": a clock
    time said after "it's" or a preposition of time, at the end of its clause or going on with a verb;
    never after a price, a rate or a measure named before it in the clause, nor before a unit."""
    if not numeric_date(rule, m, fields, ctx) or ctx.prev_char(m.start()) in _CURRENCY:
        return False
    s, e = m.start(), m.end()
    nxt_char = ctx.next_char(e)[:1]
    if nxt_char and nxt_char not in ",.;:!?)—–-\n" and ctx.next_word(e) not in _DOTTED_NEXT:
        return False
    if nxt_char == "-":
        return False          # "5.50-6.20": a range of figures as often as of hours
    lo = max(0, s - 80)
    stop = max(ctx.low.rfind(ch, lo, s) for ch in ".!?\n;")
    before = ctx.low[max(lo, stop + 1 if stop >= 0 else lo):s]
    if _DOTTED_FIGURE_BEFORE.search(before):
        return False
    return ctx.prev_word(s) in _DOTTED_CUES or _DOTTED_SAID.search(before) is not None


GUARDS["dotted_clock"] = dotted_clock


# Words after "half seven" that would say its half of the day or its day ("half seven tonight" is 19:30):
# this rule values the bare hour, so it leaves those to the day word alone rather than guess.
_HALF_DAY_WORDS = {"tonight", "today", "tomorrow", "this", "in", "on", "at"}


def british_half(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """"at half seven": a clock time when the phrase ends there ("by half seven, the hall was full"), not
    "by half seven times", "half seven-thirty" nor "half seven tonight" (its half of the day unread)."""
    after = ctx.next_char(m.end())[:1]
    if after.isdigit():
        return False
    return not after.isalpha() or ctx.next_word(m.end()) in _SPOKEN_NEXT - _HALF_DAY_WORDS


GUARDS["british_half"] = british_half


_EPI_WEEK = re.compile(r"\b(?:epidemiological|epi|epidemic|surveillance|reporting)[ \t~-]*weeks?[ \t]+\d")


def epi_week_document(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """A bare "week 29" is a numbered week of the year only where the text counts weeks so ("in
    epidemiological week 33 ... a peak in week 29"); elsewhere it is a season's round or a course's week,
    and not followed by a unit or part ("week 3 of treatment" keeps "of", left to other rules)."""
    counts = ctx.memo.get("epi_weeks")
    if counts is None:  # one scan per text, not per week number
        counts = ctx.memo["epi_weeks"] = _EPI_WEEK.search(ctx.low) is not None
    return counts and ctx.next_word(m.end()) not in ("of", "to", "and", "or", "-")


GUARDS["epi_week_document"] = epi_week_document


# ---- "Return in 3 weeks", "follow-up CT in 6 weeks" (rule relative.follow_up_in) ----
# A follow-up, return or repeat visit booked "in six weeks" is the day it falls on (TimeML DATE, counted from
# the note's date), not a length; only after such a word in the same clause (bounded look-back), so "won in
# six weeks" and "the course lasts in all six weeks" stay durations.
_FOLLOW_UP_WORDS = re.compile(
    r"(?<![a-z-])(?:follow[ \t-]?ups?|followups?|return|come[ \t]+back|recheck|re-check|repeat|reassess|re-assess|"
    r"re-evaluate|reevaluate|see[ \t]+(?:him|her|them|you|the[ \t]+patient)[ \t]+again|review[ \t]+in[ \t]+clinic)"
    r"(?![a-z-])")
_CLAUSE_CUT = re.compile(r"(?<!\bdr)(?<!\bmr)(?<!\bms)(?<!\bmrs)(?<!\bprof)(?<!\bst)[.!?;]\s|\n|\b(?:but|after|before|since|when|while|because)\b")


def follow_up_in(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """"Return in 3 weeks", "I will see her again in clinic in six weeks": "in" before the count, and a
    follow-up word earlier in the clause (at most 80 characters back)."""
    if ctx.prev_word(m.start()) != "in":
        return False
    before = ctx.low[max(0, m.start() - 80):m.start()]
    cuts = list(_CLAUSE_CUT.finditer(before))
    if cuts:
        before = before[cuts[-1].end():]
    return _FOLLOW_UP_WORDS.search(before) is not None


GUARDS["follow_up_in"] = follow_up_in


# ---- "paged at 2340", "troponin at 1900" in a text that writes its clock times in four digits (rule
# time.hhmm_at_document) ----
# Clinical, police and military notes write "at 1730" for 5.30 p.m. A four-digit number after "at" is a
# clock time only in a text that shows the habit with a number no year can be: a leading zero ("0215") or
# an evening hour with minutes ("2215", "2340"; "2100" alone may be a year). One scan per text (memo).
_FOUR_DIGIT_CLOCK = re.compile(r"(?<![\w.,:/$£€-])(?:0\d[0-5]\d|2[0-3](?:0[1-9]|[1-5]\d))(?![\w:/%-]|[.,]\d)")
_CLOCK_AMOUNT_AFTER = re.compile(r"[ \t]*(?:%|[a-z]+)")
_CLOCK_OK_NEXT = {"hours", "hrs", "on", "and", "to", "the", "today", "yesterday", "tonight", "this", "last", "was",
                  "were", "is", "with", "for", "in", "when", "after", "before", "by", "but", "then", "that",
                  "utc", "gmt", "local", "from", "until", "he", "she", "they", "it", "we", "i", "a", "an", "his",
                  "her", "their", "there", "where", "while", "at", "so", "as", "of", "am", "pm"}


def four_digit_clock_document(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """"at 1730" where the text also writes "0215" or "2340": a clock time; the word after it must not
    make it an amount ("at 1500 metres", "at 1100 points")."""
    habit = ctx.memo.get("four_digit_clock")
    if habit is None:
        habit = ctx.memo["four_digit_clock"] = _FOUR_DIGIT_CLOCK.search(ctx.low) is not None
    if not habit:
        return False
    nxt = _CLOCK_AMOUNT_AFTER.match(ctx.low, m.end())
    return nxt is None or nxt.group(0).strip() in _CLOCK_OK_NEXT


GUARDS["four_digit_clock_document"] = four_digit_clock_document


# Round 84: a note's bare four-digit stamps ("Triage: 0221", "incision 0810;", "0305 Labs: ..."). The number
# must stand alone: not a numbered thing ("room 0630", "case 0812"), not a group of a phone number ("0800 555
# 0199") or an amount ("0250 mg"); and the text must stamp at least two such times, which a code or a
# serial number met once does not.
_NOTE_STAMP = re.compile(r"(?<![\w.,:/$\u00a3\u20ac#-])(?:0\d|2[1-3])[0-5]\d(?![\w/%-]|[.,:]\d)")
# "paged at 1730": a stamp the text also writes after "at" (time.hhmm_at_document)
_AT_STAMP = re.compile(r"(?<=\bat )(?:[01]\d|2[0-3])[0-5]\d(?![\w/%-]|[.,:]\d)")
_NUMBERED_BY = {"room", "rooms", "bed", "beds", "case", "cases", "no", "number", "flight", "route", "unit", "ext",
                "extension", "code", "codes", "lot", "id", "batch", "ref", "reference", "account", "pin", "zip",
                "part", "model", "serial", "box", "suite", "apartment", "apt", "channel", "bus", "line", "platform",
                "gate", "ward", "station", "exit", "highway", "street", "version", "rev", "form", "item", "page",
                "chapter", "section", "article", "order", "mrn", "invoice", "policy", "ticket", "seat", "row",
                "file", "sample", "specimen", "patient", "tel", "phone", "fax", "call", "dial", "bay", "locker",
                "squad", "badge", "kit", "track", "catalogue", "catalog", "cat", "sku", "postcode",
                "year", "years", "season", "class", "series", "op", "opus", "bwv", "k", "psalm", "hymn", "road"}
_STAMP_NEXT_OK = _CLOCK_OK_NEXT | {"dose", "doses", "feed", "feeds", "check", "checks", "round", "rounds", "review",
                                   "obs", "observations", "reading", "readings", "bolus", "medications", "meds",
                                   "pt", "patient", "pain"}
_STAMP_ZONE_NEXT = re.compile(r"[ \t]*(?:gmt|utc|local|z|[a-z]{1,2}[sd]t|hrs|hours)\b")
_AFTER_DATE = re.compile(r"(?:\d{1,2}/\d{1,2}/\d{2,4}|(?:19|20)\d\d),?[ \t]*$")
_LABEL_COLON = re.compile(r"[a-z)][ \t]*:[ \t]*$")


def _note_stamp_alone(ctx: Context, start: int, end: int, after_at: bool = False) -> bool:
    low = ctx.low
    before = low[max(0, start - 24):start]
    if _AFTER_DATE.search(before) is None and re.search(r"\d[ \t]*$", before):
        return False          # a later group of a phone number or a run of figures
    if ctx.prev_word(start) in _NUMBERED_BY:
        return False
    rest = low[end:end + 24]
    if re.match(r"[ \t]*\d", rest):
        return False          # "0800 555 0199"
    if ctx.prev_char(start) == "(" or _STAMP_ZONE_NEXT.match(rest):
        return False          # "0600 GMT", "(0600)": a wire time or its gloss, the zone rules' to read
    word = re.match(r"[ \t]*([a-z]+)", rest)
    if word is not None:
        at = end + word.start(1)
        if word.group(1) not in _STAMP_NEXT_OK and not (ctx.has_upper and ctx.text[at].isupper()):
            return False      # "0250 mg", "0400 metres": an amount
    if low[start] == "2" and not after_at:
        # 21-23 hundred only where a stamp is expected: after a label's colon or the note's date
        return _LABEL_COLON.search(before) is not None or _AFTER_DATE.search(before) is not None
    return True


_NAMED_ROUND_AFTER = re.compile(r"[ \t]+(?:doses?|feeds?|medications?|meds|obs|observations|drug[ \t]+round)\b")


def clock_note_stamps(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    habit = ctx.memo.get("clock_note_stamps")
    if habit is None:
        count = 0
        for s in _NOTE_STAMP.finditer(ctx.low):
            if _note_stamp_alone(ctx, s.start(), s.end()):
                count += 1
                if count >= 2:
                    break
        for s in _AT_STAMP.finditer(ctx.low) if count < 2 else ():
            if s.group(0)[0] != "0" and _note_stamp_alone(ctx, s.start(), s.end(), after_at=True):
                count += 1
                if count >= 2:
                    break
        habit = ctx.memo["clock_note_stamps"] = count >= 2
    if not habit and ctx.low[m.start()] == "0" and ctx.prev_word(m.start()) == "the" \
            and _NAMED_ROUND_AFTER.match(ctx.low, m.end()):
        return True           # "the 0900 dose", "the 0600 feed": a round of a chart named by its time
    return habit and _note_stamp_alone(ctx, m.start(), m.end())


GUARDS["clock_note_stamps"] = clock_note_stamps

# Round 93: "POD" is also a proof of delivery, a product's or a team's name ("POD 1 results"): the
# postoperative day only among a clinical note's words, near it.
_CLINICAL_NEAR = re.compile(r"\b(?:patients?|surg\w*|operati\w*|operated|post-?op\w*|pre-?op\w*|procedure|"
                            r"\w+(?:ectomy|otomy|ostomy|plasty)|replacement|repair|fixation|an(?:a)?esthe\w*|incision|"
                            r"wounds?|drains?|vitals|afebrile|febrile|ambulat\w*|flatus|tolerat\w*|analgesi\w*|"
                            r"morphine|icu|admi(?:ssion|tted)|discharged|hospital|clinical|nurs\w*|hgb|wbc|"
                            r"dressings?|sutures?)\b")
_CLINICAL_REACH = 400


def pod_capitals(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """Round 84: "POD 1", the postoperative day, in capitals; "pod 2" is a pod (of whales, of a series)."""
    if not ctx.low.startswith("pod", m.start()):
        return True
    if not ctx.text.startswith("POD", m.start()):
        return False
    # (Round 93: and only near a clinical note's words)
    return _CLINICAL_NEAR.search(ctx.low, max(0, m.start() - _CLINICAL_REACH),
                                 m.end() + _CLINICAL_REACH) is not None


GUARDS["pod_capitals"] = pod_capitals

# Round 107: "20 minutes earlier" is a time before a clock time told in its sentence or the one before ("at
# 4:10 a.m. ... A guard had seen a car 20 minutes earlier"); without one before it, the amount is left untagged
# (a clock time only after it, "had left 20 minutes earlier ... when it was rammed at 7.15am", cannot date it
# yet).
_CLOCK_TIME_BEFORE = re.compile(r"\b\d{1,2}(?:[:.]\d\d)?[ \t]*(?:a\.?m\b|p\.?m\b)|\b\d{1,2}:\d\d\b|\b(?:noon|midnight)\b")
_SENTENCE_STOP = re.compile(r"[.!?][\"')\]]*[ \t\n]+(?=[\"'(\[]?[A-Z0-9])|\n[ \t]*\n")


def clock_time_before(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    lo = max(0, m.start() - 400)
    stops = [s.end() for s in _SENTENCE_STOP.finditer(ctx.text, lo, m.start())]
    if len(stops) >= 2:
        lo = stops[-2]
    window = _CLOCK_DOTS_IN.sub(lambda c: c.group(1) + "m ", ctx.low[lo:m.start()])
    return _CLOCK_TIME_BEFORE.search(window) is not None


_CLOCK_DOTS_IN = re.compile(r"\b(\d{1,2}(?:[:.]\d\d)?[ \t]*[ap])\.m\.")
GUARDS["clock_time_before"] = clock_time_before

# Round 107: "the evening before the opening": only when the text has told the event before, by its verb or noun
# ("will open ... on Friday 6 February"); "Staff met the night before the vote." with no vote told is no time
# of a day the text names. The stems here are those anchor._event_eve looks for in the event's dated sentence.
EVENT_STEMS = {"opening": "open", "launch": "launch", "premiere": "premi", "vote": "vot", "election": "elect",
                "wedding": "wed", "ceremony": "ceremon", "concert": "concert", "festival": "festival",
                "race": "rac", "final": "final", "show": "show", "exhibition": "exhibit", "conference": "conferenc",
                "summit": "summit", "auction": "auction", "sale": "sale", "match": "match", "game": "game"}
_EVENT_NOUN_NEXT = re.compile(r"[ \t]+the[ \t]+([a-z]+)")


def event_told_before(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    noun = _EVENT_NOUN_NEXT.match(ctx.low, m.end())
    if noun is None:
        return False
    stem = EVENT_STEMS.get(noun.group(1), noun.group(1))
    return re.search(r"\b" + stem, ctx.low[:m.start()]) is not None


GUARDS["event_told_before"] = event_told_before

# Round 107: "day 12 of the trial" counts court days from the day the trial began; only in a text that says when
# it began ("the trial began on", "which opened on", "jury selection began"), else the count names no day.
_TRIAL_BEGAN_ANYWHERE = re.compile(r"\b(?:trial|hearing|selection)\b[^.;!?]{0,40}?\b(?:began|opened|started|"
                                   r"commenced)\b")


def trial_began_named(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    found = ctx.memo.get("trial_began_named")
    if found is None:
        found = ctx.memo["trial_began_named"] = _TRIAL_BEGAN_ANYWHERE.search(ctx.low) is not None
    return found


GUARDS["trial_began_named"] = trial_began_named

# Round 124: "on day 31", "Day 47" count the days of a voyage, a trek or a race from the day it set out; only in
# a text that names that day ("set out from Dakar on October 15", "left Brest on November 8"), else the count
# names no day (a diary's "Day 3." under its own day heading, "day 2 of the talks").
# Review fixes 4 (stop 25): "left the company on March 3" or "left hospital on 4 May" sets out on no journey, and
# "day 100 of the new administration", "day 10 of the lockdown" count no journey's days. A bare "day N" counts from
# a set-out that is a journey's (set out, set sail, sailed, rowed, or left/departed/started a named place, from a
# named place, or a port, a harbour, a base camp); "day N of <noun>" only when the noun is a journey. The set-outs
# are found once per text (journey_set_outs), also for the anchorer.
_MON_NAMES_J = (r"jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|aug(?:ust|\.)?|"
                r"sept?(?:ember|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?")
JOURNEY_SET_OUT_ON = re.compile(r"\b(?P<verb>set[ \t]+(?:out|off|sail)|left|departed|started|pushed[ \t]+off|"
                                r"cast[ \t]+off|rowed|sailed|embarked|leaving)\b(?P<gap>[^.;!?]{0,60}?)\bon[ \t]+"
                                r"(?:(?P<mon1>" + _MON_NAMES_J + r")[ \t]+(?P<d1>\d{1,2})\b|(?P<d2>\d{1,2})"
                                r"(?:st|nd|rd|th)?[ \t]+(?P<mon2>" + _MON_NAMES_J + r")\b)")
_JOURNEY_VERB_ALONE = re.compile(r"set|pushed|cast|rowed|sailed|embarked")
_JOURNEY_PLACE_NOUN = re.compile(r"\b(?:port|harbou?r|base[ \t]+camp|camp|dock|docks|quay|marina|pier|slipway|jetty|"
                                 r"mooring|anchorage|trailhead|start(?:ing)?[ \t]+line|shore|beach|coast|hut|"
                                 r"refuge|station|airfield|landing|village|town|island|settlement|outpost)s?\b")
_JOURNEY_FROM_NAMED_AFTER = re.compile(r"[^.;!?]{0,25}?\bfrom[ \t]+(?:the[ \t]+)?[A-Z]|[^.;!?]{0,60}?\b(?:skied|"
                                       r"walked|rowed|sailed|trekked|hiked|cycled|swam|paddled|climbed|marched|"
                                       r"skiing|walking|rowing|sailing|trekking|hiking|cycling|swimming|paddling)\b")
JOURNEY_NOUN_OF = re.compile(r"[ \t]+of[ \t]+((?:[\w'-]+[ \t]+){0,3}[\w'-]+)")
_JOURNEY_NOUN = re.compile(r"\b(?:crossing|voyage|trek|expedition|row|swim|race|climb|journey|walk|ride|sail|"
                           r"passage|circumnavigation|odyssey|ascent|hike|traverse|trip|cruise|paddle|march|"
                           r"pilgrimage|rally|regatta|flight|drive|ordeal|adventure|quest|attempt)s?\b")


def _journey_set_out(text: str, m: re.Match) -> bool:
    """Is the set-out `m` (JOURNEY_SET_OUT_ON) a journey's: a journey verb, or a place left or set out from."""
    if _JOURNEY_VERB_ALONE.match(m.group("verb")):
        return True
    gap = text[m.start("gap"):m.end("gap")].strip()
    if gap.startswith("from ") and gap[5:6].isupper():
        return True
    if gap[:1].isupper() and not gap.startswith(("The ", "His ", "Her ", "Their ", "Its ", "Our ", "My ")):
        return True
    if _JOURNEY_PLACE_NOUN.search(gap.lower()):
        return True
    return not gap and _JOURNEY_FROM_NAMED_AFTER.match(text, m.end()) is not None


def journey_set_outs(text: str, low: str) -> list[tuple[int, bool, re.Match]]:
    """Every "set out ... on <day>" of the text, in order: (where the day is written, a journey's?, match)."""
    found = []
    for m in JOURNEY_SET_OUT_ON.finditer(low):
        found.append((m.start("mon1") if m.group("mon1") else m.start("d2"), _journey_set_out(text, m), m))
    return found


def journey_day_of(low: str, end: int) -> Optional[bool]:
    """After "day N": None when no "of" follows, else whether the noun after "of" is a journey's."""
    of = JOURNEY_NOUN_OF.match(low, end)
    if of is None or of.group(1)[:1].isdigit():
        return None
    return _JOURNEY_NOUN.search(of.group(1)) is not None


def journey_set_out_named(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    found = ctx.memo.get("journey_set_outs")
    if found is None:
        found = ctx.memo["journey_set_outs"] = journey_set_outs(ctx.text, ctx.low)
    if not found:
        return False
    of = journey_day_of(ctx.low, m.end())
    if of is False:
        return False
    return of is True or any(journey for _, journey, _ in found)


GUARDS["journey_set_out_named"] = journey_set_out_named

# Round 124: "after New Year" names the holiday; "after a new year" or "by the new year" the year to come. The
# holiday only with its capitals, in a text not set all in capitals.
def new_year_capitalized(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    i = ctx.low.rfind("new year", m.start(), m.end())
    if i < 0 or not ctx.has_upper:
        return False
    return ctx.text[i] == "N" and ctx.text[i + 4] == "Y" and not ctx.text[i + 1:i + 3].isupper()


GUARDS["new_year_capitalized"] = new_year_capitalized

# Round 124: "For the first three weeks of January the wind sat over the peak", "Orders in the last two weeks of
# March were weak": told in the past, the stretch at a month's edge is how long something went on, one length;
# a time awaited or planned for ("parents wait for the last two weeks of August to buy uniforms") names when,
# and gold keeps the month apart there.
_EDGE_WEEKS_AWAITED_BEFORE = re.compile(r"\b(?:wait|waits|waiting|await|awaits|awaiting|plan|plans|planning|hold[ \t]+off|"
                            r"holds[ \t]+off|holding[ \t]+off|look[ \t]+forward|looks[ \t]+forward)[ \t]+(?:for|to|until)?[ \t]*$")


def edge_weeks_told_past(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    if _EDGE_WEEKS_AWAITED_BEFORE.search(ctx.low, max(0, m.start() - 40), m.start()):
        return False
    return _tense(ctx.low, m.start(), m.end()) == _PAST


GUARDS["edge_weeks_told_past"] = edge_weeks_told_past

# Round 77: a log's entries open lines with a four-digit clock time and a colon ("1640: phone contact made").
# A chronology of years opens lines the same way ("1865: the war ends."): only a text in which such a line
# opens with a number no year can be (a leading zero, or hours 21-23) is a log.
_LOG_CLOCK_LINE = re.compile(r"(?<![^\n])[ \t]*(?:0\d|2[1-3])[0-5]\d:[ \t]")


def clock_log_lines(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    habit = ctx.memo.get("clock_log_lines")
    if habit is None:
        habit = ctx.memo["clock_log_lines"] = _LOG_CLOCK_LINE.search(ctx.low) is not None
    return habit


GUARDS["clock_log_lines"] = clock_log_lines

# Round 77: "the 0612 service", "the 1745 from Exeter": a departure time naming a train or a ferry, unless it
# may be a year ("the 1998 service"): a leading zero, hours 21-23, or a text that writes another clock time
# with a leading zero.
_ZERO_CLOCK_ANYWHERE = re.compile(r"(?<![\w.,:/$£€-])0\d[0-5]\d(?![\w:/%-]|[.,]\d)")


def named_service_case(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    if ctx.low[m.start()] == "0" or ctx.low[m.start():m.start() + 2] in ("21", "22", "23"):
        return True
    habit = ctx.memo.get("zero_clock_anywhere")
    if habit is None:
        habit = ctx.memo["zero_clock_anywhere"] = _ZERO_CLOCK_ANYWHERE.search(ctx.low) is not None
    return habit


GUARDS["named_service_case"] = named_service_case

# Round 146: "the 07:38 from Hove", "the 6.52 to Leeds", "the 17.25 home", "the 08.05 arriving late",
# "the 22:50 departure": what follows names the run. A place after "from"/"to" is capitalized and no month,
# day or hour word ("the 9.30 to Noon slot" is no train).
_NAMED_SERVICE_AFTER = re.compile(
    r"[ \t]+(?:(?:[a-z-]+[ \t]+)?(?:service|services|train|departure|sailing|express|shuttle|ferry|bus|coach)\b|"
    r"home\b|(?:arriving|departing|leaving|stopping|calling)\b|"
    r"(?:from|to)[ \t]+(?!(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Noon|Midnight|Midday)\b)[A-Z][a-z])")


def clock_named_service(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    if not numeric_date(rule, m, fields, ctx):
        return False
    return _NAMED_SERVICE_AFTER.match(ctx.text, m.end()) is not None


GUARDS["clock_named_service"] = clock_named_service


def night_days_follow(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """"the night of 18-19 November": one night spans two days that follow each other; "the night of 3-9
    May" is no one night."""
    try:
        first = int(fields.get("day") or fields.get("d3") or 0)
        second = int(fields.get("d2") or fields.get("d4") or 0)
    except ValueError:
        return False
    return 0 < first and second == first + 1


GUARDS["night_days_follow"] = night_days_follow


# "the Tenth of May Movement", "the First of March Front", "Second of May Square": a date spelled with a
# capital ordinal word and followed by a capitalized noun names a group, a place or a street after a day;
# its month is no time of the text.
_NAMED_ORDINAL_OF = re.compile(r"(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|"
                               r"Twelfth|Thirteenth|Fourteenth|Fifteenth|Sixteenth|Seventeenth|Eighteenth|"
                               r"Nineteenth|Twentieth|Twenty-[A-Za-z]+|Thirtieth|Thirty-[Ff]irst)[ \t]+of[ \t]+$")
_CAPITAL_NOUN_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")


def not_ordinal_name(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    s = m.start()
    if not ctx.has_upper or _NAMED_ORDINAL_OF.search(ctx.text, max(0, s - 20), s) is None:
        return True
    return _CAPITAL_NOUN_AFTER.match(ctx.text, m.end()) is None


GUARDS["not_ordinal_name"] = not_ordinal_name


# "recordings from the night the ferry sank", "on the morning he left": a part of the day followed by a
# clause without "that" (its subject right after it) is the time of that event, which the phrase does not
# date by itself (as "the day the mine collapsed" stays untagged); after "in", "during", "by"... the subject
# opens the main clause instead ("In the evening the crowd gathered"), and the time stays.
_PART_OF_DAY_CLAUSE_SUBJECTS = frozenset(("he", "she", "they", "we", "i", "you", "the", "a", "an", "his", "her",
                                          "their", "its", "our", "my"))
_PART_OF_DAY_MAIN_CLAUSE_BEFORE = frozenset(("in", "during", "by", "through", "throughout", "until", "till", "at",
                                             "and", "or", "but", "then", "late", "early", "into", "all"))


def not_part_of_day_clause(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """"the night the plane went down": the night of an event told by a clause after it, no date of its own."""
    if not ctx.low.startswith("the ", m.start()) or ctx.low[m.end():m.end() + 1] != " ":
        return True
    if ctx.next_word(m.end()) not in _PART_OF_DAY_CLAUSE_SUBJECTS:
        return True
    return ctx.prev_word(m.start(), 16) in _PART_OF_DAY_MAIN_CLAUSE_BEFORE


GUARDS["not_part_of_day_clause"] = not_part_of_day_clause


# "twice as much this year as last", "lower this month than last": "last" alone after "than"/"as" is the
# unit before the "this <unit>" of its comparison, written earlier in the clause (the rule's value names the
# unit). Look-back bounded to 80 characters, and stops at a sentence end.
# (the greedy lead makes the search take the nearest "this <unit>", not the first of the window:
# "Since this year began, sales this month were higher than last" compares months)
_THIS_UNIT_BEFORE_LAST = re.compile(r"[\s\S]*\bthis[ \t]+(?:fiscal[ \t]+)?(year|month|week|quarter)\b[^.;!?]*$")
_UNIT_CODE = {"year": "Y", "month": "M", "week": "W", "quarter": "Q"}


def this_unit_before_last(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    b = _THIS_UNIT_BEFORE_LAST.search(ctx.low, max(0, m.start() - 80), m.start())
    return b is not None and f"-this-{_UNIT_CODE[b.group(1)]}-" in rule.value


GUARDS["this_unit_before_last"] = this_unit_before_last


# Round 64. A capitalized plural weekday is a title or a firm's name, no set, when the word before it is a
# capitalized number mid-sentence ("her album Seven Sundays", "the novel Three Fridays": prose writes
# "seven Sundays" in lower case) or when a firm's word follows it ("Mondays Group, which runs ..."; not
# after a word that dates, "on Fridays Group members meet"). Look-back bounded to 16 characters.
_CAP_NUMBER_BEFORE_PLURAL_WEEKDAY = re.compile(r"(?<![\w'\u2019-])(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|"
                                    r"Thirteen|Fourteen|Fifteen|Twenty|Forty|Fifty|Hundred|Thousand|Many|Lost|Lazy|"
                                    r"Rainy|Endless|Blue)[ \t]+$")


def plural_weekday_not_a_title(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    s = m.start()
    if not ctx.has_upper or not ctx.text[s].isupper():
        return True
    b = _CAP_NUMBER_BEFORE_PLURAL_WEEKDAY.search(ctx.text, max(0, s - 16), s)
    if b is not None and not ctx.sentence_initial(b.start()):
        return False
    if _FIRM_WORD_AFTER.match(ctx.text, m.end()) and ctx.prev_word(s) not in _DATING_WORDS_BEFORE_FIRM:
        return False
    return True


GUARDS["plural_weekday_not_a_title"] = plural_weekday_not_a_title


# Round 64. "The moon reaches last quarter on Friday", "a last quarter moon": the phase of the moon, no
# quarter of the year. Look-back bounded to 40 characters: "moon's" right before it, or the moon then a
# phase verb or a preposition (with auxiliaries: "the Moon will be at its last quarter"); a "Moon" further
# back with other words between is a name ("Blue Moon beer sales rose in the last quarter") unless another
# phase is listed between them ("Moon: full on 4 June, last quarter on 11 June").
_MOON_BEFORE_QUARTER = re.compile(r"\bmoon(?:['\u2019]s|(?:[ \t]+(?:will|would|shall|should|could|can|may|might|"
                                  r"is|was|be|been|has|had|then|now|soon|again|finally|not|"
                                  r"reach(?:es|ed|ing)?|enter(?:s|ed|ing)?|hit(?:s|ting)?|turn(?:s|ed|ing)?|"
                                  r"pass(?:es|ed|ing)?|wan(?:e|es|ed|ing)|wax(?:es|ed|ing)?|comes?|came|"
                                  r"mov(?:e|es|ed|ing)|goes|go|went|at|in|into|to|past|towards?|nears?)){1,4}"
                                  r"(?:[ \t]+(?:its|the|a))?)[ \t]+$"
                                  r"|\bmoon\b[^.;!?\n]{0,30}?\b(?:full|new|first[ \t]+quarter|crescent|gibbous|waxing|"
                                  r"waning)(?:[ \t]+(?:moon[ \t]+)?(?:on|at)\b|[ \t]*[,:])[^.;!?\n]{0,30}$")
_MOON_AFTER_QUARTER = re.compile(r"[ \t]+moon\b")


def not_lunar_quarter(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    if not ctx.low.endswith("quarter", m.start(), m.end()):
        return True
    if _MOON_AFTER_QUARTER.match(ctx.low, m.end()):
        return False
    return _MOON_BEFORE_QUARTER.search(ctx.low, max(0, m.start() - 40), m.start()) is None


GUARDS["not_lunar_quarter"] = not_lunar_quarter

# Round 80: a game's quarter, no quarter of the year. Football told in quarters: "kicked five goals in the
# last quarter", "trailed by 22 points at three-quarter time". A quarter followed by "time" is a break in
# the game ("three-quarter time", "quarter-time"); "the last quarter" in a sentence that scores a game is its
# last period of play.
_QUARTER_TIME_AFTER = re.compile(r"[ \t-]+time\b")
_GAME_CUE = re.compile(r"\b(?:goals?|kicked|kicks|scored|scoring|touchdowns?|tries|try|premiers?|premiership|"
                       r"quarter-time|half-time|halftime|three-quarter time|full-time|siren|final whistle|"
                       r"(?:the|their|our|his|her) (?:game|match|side|team))\b")


def not_game_quarter(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    if not ctx.low.endswith("quarter", m.start(), m.end()):
        return True
    if _QUARTER_TIME_AFTER.match(ctx.low, m.end()):
        return False
    if not ctx.low.endswith("last quarter", m.start(), m.end()) and \
            not ctx.low.endswith("final quarter", m.start(), m.end()):
        return True
    lo = max(ctx.low.rfind(".", 0, m.start()), ctx.low.rfind("\n", 0, m.start()), m.start() - 200) + 1
    hi = min(x for x in (ctx.low.find(".", m.end()), ctx.low.find("\n", m.end()), m.end() + 200) if x >= 0)
    return _GAME_CUE.search(ctx.low, lo, hi) is None


GUARDS["not_game_quarter"] = not_game_quarter

# Round 80: "revenue for the first nine months of the current financial year": one span counted within the
# year, the year not tagged on its own.
_MONTHS_OF_BEFORE = re.compile(r"\b(?:months|weeks|quarters?|half) of[ \t]+(?:the[ \t]+)?$")


def not_months_of(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    return _MONTHS_OF_BEFORE.search(ctx.low, max(0, m.start() - 30), m.start()) is None


GUARDS["not_months_of"] = not_months_of


# Round 64. "the Sunday school outing", "she taught at Sunday school": the school, no day; a weekday before
# "school" still dates after a word that dates ("on Sunday school was shut", "by Friday schools must").
# The school only when "<weekday> school" is a noun phrase: after an article, a possessive or a
# preposition ("at Sunday school", "her Sunday school class", "the parish's Sunday school"); after a verb
# or at a sentence's start it dates ("Officials confirmed Monday school buses would run late").
# Round 85: so for the things a kitchen or a bakery makes for that day of every week ("the Sunday roast", "the
# Saturday loaf", "a Sunday joint"): the dish, no day.
_SCHOOL_AFTER_WEEKDAY = re.compile(r"[ \t]+(?:school|roasts?|loaf|loaves|joints?)\b")
_NOUN_PHRASE_BEFORE_SCHOOL = frozenset(("the", "a", "an", "his", "her", "their", "our", "my", "your", "its",
                                        "whose", "at", "in", "of", "for", "with", "into", "about", "without",
                                        "like", "among", "attending", "attended", "attend", "attends"))


def weekday_not_school(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    if not _SCHOOL_AFTER_WEEKDAY.match(ctx.low, m.end()):
        return True
    prev = ctx.prev_word(m.start())
    if prev in _DATING_WORDS_BEFORE_FIRM:
        return True
    return not (prev in _NOUN_PHRASE_BEFORE_SCHOOL or prev.endswith(("'s", "\u2019s", "s'", "s\u2019")))


GUARDS["weekday_not_school"] = weekday_not_school


# Round 64. "the dates that fall this week", "holidays that fall on a Monday": "that" a relative pronoun
# and "fall" its verb, no autumn, when a word that places the falling follows ("that fall on the farm",
# "that fall in Paris" stay the season: "on"/"in" only before a day, a date or "a"/"the" + day word).
_TIME_AFTER_FALL_VERB = re.compile(r"[ \t]+(?:this|next|within|between|during|today|tomorrow|short|due|"
                                  r"on[ \t]+(?:a[ \t]+|the[ \t]+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekends?|"
                                  r"january|february|march|april|may|june|july|august|september|october|"
                                  r"november|december|\d)|in[ \t]+(?:the[ \t]+same[ \t]+|a[ \t]+leap[ \t]+)?"
                                  r"(?:january|february|march|april|june|july|august|september|october|november|"
                                  r"december|week|month|year))\b")


# "that" is a relative pronoun only after a noun: not at a sentence's start ("She enrolled in 1962. That
# fall during the Cuban crisis she left"), after punctuation, or after one of these words.
_NOT_A_NOUN_BEFORE_THAT = frozenset(("and", "or", "but", "nor", "in", "on", "at", "of", "by", "for", "from", "to",
                                     "during", "until", "till", "since", "through", "after", "before", "then",
                                     "so", "when", "while", "as", "said", "says", "say", "that", "only",
                                     "into", "over", "throughout", "later", "earlier", "again"))


# Round 112: a share of "that fall" ("most of that fall", "half of that fall") after a verb of falling.
_SHARE_OF_BEFORE = re.compile(r"\b(?:most|much|half|all|part|some|the bulk|the rest|a third|a quarter)[ \t]+of[ \t]+$")
_FELL_BEFORE = re.compile(r"\b(?:fell|fallen|falls|dropped|declined)\b")


def season_not_verb_fall(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    e = m.end()          # "that fall" (date.season_that) or "fall" after "that" (date.season)
    if e < 9 or not ctx.low.startswith("that fall", e - 9) or (e - 9 > 0 and ctx.low[e - 10].isalnum()):
        return True
    if _SHARE_OF_BEFORE.search(ctx.low, max(0, e - 30), e - 9) \
            and _FELL_BEFORE.search(ctx.low, max(0, e - 250), e - 9):
        return False     # Round 112: "emissions fell by a third ... Most of that fall came in the last decade":
                         # the drop just told, a noun, no autumn
    i = e - 10
    while i >= 0 and ctx.low[i] in " \t":
        i -= 1
    if i < 0 or not ctx.low[i].isalpha() or ctx.prev_word(e - 9) in _NOT_A_NOUN_BEFORE_THAT:
        return True
    return _TIME_AFTER_FALL_VERB.match(ctx.low, m.end()) is None


GUARDS["season_not_verb_fall"] = season_not_verb_fall


# Round 113: "geese that winter on the Solway", "warblers that winter in Central America": after a plural noun,
# "that winter" with a place after it is the verb of spending the winter somewhere, no season.
_WINTER_VERB_PLACE_AFTER = re.compile(r"[ \t]+(?:in|on|along|around|near|off|across)[ \t]+(?:the[ \t]+)?[A-Z][a-z]")


def season_not_verb_winter(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    e = m.end()
    if e < 11 or not ctx.low.startswith("that winter", e - 11) or (e - 11 > 0 and ctx.low[e - 12].isalnum()):
        return True
    noun = ctx.prev_word(e - 11)
    if len(noun) < 4 or not noun.isalpha() or not noun.endswith("s") or noun.endswith("ss") \
            or noun in _NOT_A_NOUN_BEFORE_THAT:
        return True
    return _WINTER_VERB_PLACE_AFTER.match(ctx.text, e) is None


GUARDS["season_not_verb_winter"] = season_not_verb_winter


# Round 80: "the Queen's Birthday long weekend", "Labour Weekend": the names of holiday weekends, written
# with a capital ("the queen's birthday weekend" at a palace is any weekend, "a labour weekend" of chores no
# holiday). The name's first word after "the" must open with a capital (unless the text has none).
def name_capitalized(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    i = m.start() + (4 if ctx.low.startswith("the ", m.start()) else 0)
    return not ctx.has_upper or ctx.text[i].isupper()


GUARDS["name_capitalized"] = name_capitalized


# Round 79: a weekday with its part of the day written with a capital and run on into another capitalized
# word that is no time word ("the talk show Monday Night Forum", "a map called Friday Night Raid") is a
# programme's, a game's or an event's name in prose, where the day itself would have "night" in lower case.
# A title-case line (a headline: "Fans Riot After Friday Night Game") writes every word so, and stays tagged.
_CAPITAL_WORD_AFTER = re.compile(r"[ \t]+([A-Z][\w'\u2019-]*)")
_LINE_WORD = re.compile(r"[A-Za-z][\w'\u2019-]*")
_CAPITAL_PART_AFTER = re.compile(r"[ \t]+(?:Night|Morning|Evening|Afternoon)\b")


def weekday_part_not_a_name(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    if not ctx.has_upper:
        return True
    end = m.end()
    part = _CAPITAL_PART_AFTER.match(ctx.text, end)
    if part is not None:
        end = part.end()        # the bare weekday of "Friday Night Raid"
    last = ctx.text[m.start():end].split()[-1]
    if not last[:1].isupper() or last.lower() not in _CAPITAL_TIME_NOUN:
        return True
    nxt = _CAPITAL_WORD_AFTER.match(ctx.text, end)
    if nxt is None or nxt.group(1).lower() in _time_words(ctx):
        return True
    line_start = ctx.text.rfind("\n", max(0, m.start() - 200), m.start()) + 1
    line_end = ctx.text.find("\n", m.end(), m.end() + 200)
    line = ctx.text[line_start:line_end if line_end >= 0 else min(len(ctx.text), m.end() + 200)]
    lower = sum(1 for w in _LINE_WORD.findall(line) if w[0].islower() and w not in _TITLE_SMALL)
    return lower < 2


GUARDS["weekday_part_not_a_name"] = weekday_part_not_a_name


# Round 79: a television show's seasons are runs of episodes, not years of play ("the comedy ran for five
# seasons", "the eight episodes of its first two seasons"): no duration in a sentence about a broadcast.
_BROADCAST_WORDS = re.compile(r"\b(?:episodes?|sitcoms?|serials?|series|showrunners?|channels?|networks?|"
                              r"broadcasts?|streaming|streamer|renewed|aired|airs|comedy|drama)\b")


def seasons_not_broadcast(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    left = max(ctx.low.rfind(". ", max(0, m.start() - 200), m.start()), max(0, m.start() - 200))
    right = ctx.low.find(". ", m.end(), m.end() + 200)
    return _BROADCAST_WORDS.search(ctx.low, left, right if right >= 0 else min(len(ctx.low), m.end() + 200)) is None


GUARDS["seasons_not_broadcast"] = seasons_not_broadcast


# Round 79: "the night of Oct. 23": AP's clipped month, the house style of the wire copy whose annotators
# tag the day alone (TimeBank); a month written out ("the night of 3 October") makes the night one TIME.
_CLIPPED_MONTH = re.compile(r"\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.")


def night_of_written_out(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    return _CLIPPED_MONTH.search(ctx.low, m.start(), m.end()) is None


GUARDS["night_of_written_out"] = night_of_written_out


# Round 82: years of other calendars. Their numbers run past the Gregorian (Hebrew 5780, Buddhist 2552, Chinese
# 4691) or fall among its years (Hijri 1445, Vikram Samvat 2059): the era's name before or after the number
# says which calendar counts it.
_OTHER_ERA_BEFORE = re.compile(r"(?:\b(?:vikram |bikram |nepal )?(?:samvat|sambat)|\bsaka(?: era)?|\bhijri(?: year)?|"
                               r"\b(?:hebrew|jewish|islamic|muslim|buddhist|chinese|lunar) year|\banno mundi)[ \t]+$")
_OTHER_ERA_AFTER = re.compile(r"[ \t]*(?:a\.h\.|ah\b|b\.e\.|be\b|a\.m\.(?= in| of| by|[,;)])|"
                              r"(?:of|in) the (?:buddhist|hijri|islamic|hebrew|jewish|saka|samvat) (?:era|calendar)\b|"
                              r"(?:of|in|by) the (?:buddhist|hijri|islamic|hebrew|jewish|chinese|lunar) (?:era|calendar|reckoning)\b)")
_YEAR_NUMBER_AFTER = re.compile(r"[ \t]+(\d{4,5})\b")
_ZODIAC_AFTER = re.compile(r"[ \t]+of[ \t]+the[ \t]+(?:fire |earth |metal |water |wood )?(?:rat|ox|tiger|rabbit|hare|"
                           r"dragon|snake|horse|goat|sheep|ram|monkey|rooster|dog|pig|boar)\b")


def not_other_era(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """"Samvat 2059", "1445 AH", "the year 5780", "the year 2552 of the Buddhist Era", "the Year of the Horse":
    a year of another calendar (or a year of the Chinese zodiac) is no Gregorian year, nor the year of
    publication that "the year" alone would be."""
    s, e = m.start(), m.end()
    if _OTHER_ERA_BEFORE.search(ctx.low, max(0, s - 24), s):
        return False
    after = e
    if ctx.low[s:e].endswith("year"):
        if _ZODIAC_AFTER.match(ctx.low, e):
            return False
        num = _YEAR_NUMBER_AFTER.match(ctx.low, e)
        if num is None:
            return True
        if int(num.group(1)) >= 2200:
            return False
        after = num.end()
    return _OTHER_ERA_AFTER.match(ctx.low, after) is None


GUARDS["not_other_era"] = not_other_era


# Round 82: the nouns a holiday's name qualifies when it names the season or the time off around it, not the
# day: "the Christmas season", "their Easter holidays", "the Christmas Eve feast".
# Round 92: the time off from school or a legislature, "the Thanksgiving recess", "the Diwali vacation".
_SEASON_NOUNS_AFTER_HOLIDAY = frozenset(("season", "seasons", "holidays", "feast", "feasts", "festivities",
                                         "break", "breaks", "festival", "festivals", "war",
                                         "vacation", "vacations",
                                         # Round 128: a fixture named by its day, "the Boxing Day Test"
                                         "test", "tests"))
# Round 92: "the Easter recess", "Thanksgiving recess: November 27-December 1" name the break; a recess named
# by a one-day holiday "... Day" ("after the Memorial Day recess") is dated by that day in the sets we have.
_RECESS_AFTER_HOLIDAY = frozenset(("recess", "recesses"))


def holiday_not_modifier(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """"the Christmas season", "on their Easter holidays", "the Christmas Eve feast of ham", "the Holi
    festival", "the Yom Kippur War": a holiday's name before a noun for the weeks around it, for a meal or
    for a war begun on it, is no date of its own."""
    e = m.end()
    if ctx.low[e:e + 1] == " " and ctx.next_word(e) in _RECESS_AFTER_HOLIDAY:
        return ctx.low[max(m.start(), e - 4):e] == " day"
    return not (ctx.low[e:e + 1] == " " and ctx.next_word(e) in _SEASON_NOUNS_AFTER_HOLIDAY)


def holiday_not_appositive(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """"Yom Kippur, the Day of Atonement, ...": a second name of the holiday just named, in apposition, only
    glosses the first and is no second expression."""
    s = m.start()
    before = ctx.low[max(0, s - 40):s]
    if before.endswith(", the "):          # "Yom Kippur, the Day of Atonement"
        before = before[:-4]
    if not before.endswith(", ") or ctx.grammar is None:
        return True
    words = before[:-2].split()
    key = fields.get("holiday")
    norm = ctx.grammar.norms.get("holiday")
    if not key or norm is None:
        return True
    for k in range(1, min(4, len(words)) + 1):
        try:
            if norm(" ".join(words[-k:])) == key:
                return False
        except (KeyError, ValueError):
            continue
    return True


GUARDS["holiday_not_modifier"] = holiday_not_modifier
GUARDS["holiday_not_appositive"] = holiday_not_appositive


_DATE_THEN_COMMA = re.compile(r"(?:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?[ \t]+\d{1,2}"
                              r"(?:st|nd|rd|th)?|\b\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|"
                              r"oct|nov|dec)[a-z]*|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day),[ \t]+$")


def not_date_gloss(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """"set for June 22, the evening after the summer solstice": a phrase glossing the date just written,
    in apposition, says which day that date is, and the holiday is what it names."""
    return _DATE_THEN_COMMA.search(ctx.low, max(0, m.start() - 30), m.start()) is None


GUARDS["not_date_gloss"] = not_date_gloss


# Round 86: a festival the calendar here cannot date is tagged when named again only after the text has dated
# it ("Diwali, which falls on October 20"): the same name, before, followed by such a clause.
_FESTIVAL_PART_WORD = re.compile(r"\s+(?:morning|afternoon|evening|night)$")


def festival_dated_before(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    name = _FESTIVAL_PART_WORD.sub("", ctx.low[m.start():m.end()])
    dated = re.compile(r"(?<![\w-])" + re.escape(name) + r",? (?:which|that) [a-z ]{2,30}?\b(?:on )?[a-z]{3,9}\.? \d")
    # Stop 26: searched on from where the last mention of this festival left off, not from the text's start
    # each time (quadratic over a text of festivals); a match is at most len(name) + 60 characters long
    pos = m.start()
    state = ctx.memo.setdefault(("festival_dated", name), [0, None])     # [searched up to, a match's end]
    checked, found_end = state
    if found_end is not None:
        return found_end <= pos or dated.search(ctx.low, 0, pos) is not None
    if pos <= checked:
        return False        # nothing ends by `checked`, so nothing by `pos`
    found = dated.search(ctx.low, max(0, checked - len(name) - 64), pos)
    state[0], state[1] = pos, (found.end() if found is not None else None)
    return found is not None


GUARDS["festival_dated_before"] = festival_dated_before


# Round 110: an Eid named in full before ("Eid al-Adha", "Eid ul-Fitr", "Hari Raya Puasa", "Idul Fitri"): a later
# "Eid" alone is that feast; written as a name (capital E).
_EID_NAMED = re.compile(r"\b(?:eid[ -](?:al|ul|el)[ -]?(?:adha|fitr|azha|zuha)|hari raya (?:puasa|haji|aidilfitri|aidiladha)|"
                        r"idul (?:fitri|adha))\b")


def eid_named_before(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    k = ctx.low.rfind("eid", m.start(), m.end())
    if ctx.has_upper and not ctx.text[k].isupper():
        return False
    # Review fixes (stop 24): where the full names end, found once per text (a search from the text's start for
    # every mention cost the square of its length)
    ends = ctx.memo.get("eid_named_ends")
    if ends is None:
        ends = ctx.memo["eid_named_ends"] = [x.end() for x in _EID_NAMED.finditer(ctx.low)]
    return bisect.bisect_right(ends, m.start()) > 0


GUARDS["eid_named_before"] = eid_named_before


# Round 88: "runs from Friday 28 August to Monday 31 August. Gates open at noon on the Friday": "the" + a
# weekday after a full date of its paragraph names one of the days just dated, and TimeML takes the article
# into the extent ("the Friday"). Only with such a date before it in the paragraph (a date the resolver ties
# it to, weekdays.py _the_weekday_of_dates_named), nothing after it that makes it another phrase ("the Friday
# after the vote", "the Friday's session", "the Sunday Times"), and not a part of the day ("the Saturday
# night" is a phrase of its own).
_FULL_DATE_BEFORE = re.compile(
    r"\b(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?(?!\d)|"
    r"\d{4}-\d\d-\d\d)\b")
_THE_WEEKDAY_REACH = 400
_THE_WEEKDAY_OTHER_PHRASE_AFTER = re.compile(
    r"(?:['’]s\b|[ \t]+(?:after|before|following|of|prior|preceding|ahead|in|that|when|which|last|next|this|"
    r"morning|afternoon|evening|night|lunchtime|teatime|overnight|school|[A-Z])|-)")


def the_weekday_after_dates(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    if _THE_WEEKDAY_OTHER_PHRASE_AFTER.match(ctx.text, m.end()):
        return False
    lo = max(0, m.start() - _THE_WEEKDAY_REACH)
    par = ctx.low.rfind("\n\n", lo, m.start())
    if par >= 0:
        par2 = ctx.low.rfind("\n\n", lo, par)
        if par2 >= 0:
            lo = par2
    return _FULL_DATE_BEFORE.search(ctx.low, lo, m.start()) is not None


GUARDS["the_weekday_after_dates"] = the_weekday_after_dates


# Round 83: "The Four Seasons nursery", "at the Four Seasons": a count of seasons capitalized after an article
# names a hotel, a shop or a concerto, not a span of four years ("the past three seasons" is lower case).
def seasons_not_named(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    if not ctx.has_upper:
        return True
    at = ctx.low.find("seasons", m.start(), m.end())
    if at < 0 or not ctx.text[at].isupper():
        return True
    return not ctx.low[max(0, m.start() - 4):m.start()] == "the "


GUARDS["seasons_not_named"] = seasons_not_named

# Round 83: "the four o'clock plant", "four o'clock flowers": a garden flower (Mirabilis), no time of day.
_FLOWER_AFTER_CLOCK = re.compile(r"[ \t]+(?:plants?|flowers?)\b")


def not_clock_flower(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    if "clock" not in ctx.low[m.start():m.end()]:
        return True
    return _FLOWER_AFTER_CLOCK.match(ctx.low, m.end()) is None


GUARDS["not_clock_flower"] = not_clock_flower

# Round 83: "the maple October Glory", "rose June Bride", "apple Christmas Pippin": a capitalized month after a
# plant's name and before another capitalized word names a cultivar, not a time.
_CULTIVAR_PLANTS = frozenset({"maple", "maples", "rose", "roses", "apple", "apples", "tulip", "tulips", "clematis",
                              "dahlia", "dahlias", "iris", "lily", "aster", "asters", "chrysanthemum", "camellia",
                              "magnolia", "rhododendron", "azalea", "pear", "plum", "cherry", "hydrangea", "fuchsia",
                              "peony", "daffodil", "narcissus", "crocus", "pea", "potato", "tomato", "bean",
                              "strawberry", "lilac", "birch", "cultivar", "variety", "hosta", "heuchera", "phlox"})


def month_not_cultivar(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    if not ctx.has_upper or not ctx.text[m.start()].isupper():
        return True
    if ctx.prev_word(m.start()) not in _CULTIVAR_PLANTS:
        return True
    after = ctx.text[m.end():m.end() + 20]
    return not (after[:1] == " " and after[1:2].isupper())


GUARDS["month_not_cultivar"] = month_not_cultivar

# Round 115: "the February Revolution", "the November Uprising", "the July Crisis": a capitalized month after "the"
# and before a capitalized noun of a historic event names that event, not a month (the event's own date, when
# the text gives it, is tagged where it is told).
_EVENT_NAME_AFTER_MONTH = re.compile(r"[ \t]+(?:Revolution|Revolutions|Uprising|Rising|Insurrection|Manifesto|Crisis|"
                                     r"War|Coup|Putsch|Massacre|Ultimatum|Offensive|Accords?|Agreement|Decrees?)\b")


def month_not_event_name(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    if not ctx.has_upper or not ctx.text[m.start()].isupper() or ctx.prev_word(m.start()) != "the":
        return True
    return _EVENT_NAME_AFTER_MONTH.match(ctx.text, m.end()) is None


GUARDS["month_not_event_name"] = month_not_event_name

# Round 115: "2019, the last full year before the plant closed", "the final year before the war began": "year
# before" after an adjective that picks a year out and before a clause of its own is that year's noun phrase
# (the year named before it), no year counted back from the one in focus.
_YEAR_PICKED_BEFORE = frozenset({"full", "last", "final", "whole", "entire", "calendar", "normal", "complete"})
_CLAUSE_AFTER_BEFORE = re.compile(r"[ \t]+(?!(?:and|or|but|that|this|last|the[ \t]+(?:year|quarter|period))\b)"
                                  r"(?:the[ \t]+|its[ \t]+|their[ \t]+)?[a-z]+[ \t]+[a-z]+")


def year_before_not_clause(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    if not ctx.low.startswith("year before", m.start()) or m.end() - m.start() != 11:
        return True
    if ctx.prev_word(m.start()) not in _YEAR_PICKED_BEFORE:
        return True
    return _CLAUSE_AFTER_BEFORE.match(ctx.low, m.end()) is None


GUARDS["year_before_not_clause"] = year_before_not_clause

# Round 83: a solstice or an equinox the sentence dates or times itself right after ("the summer solstice on
# Wednesday 20 June", "The winter solstice arrives at 10:44 a.m. tomorrow", "the winter solstice, at 11:48
# p.m. Dec. 21") is the astronomical event, which annotators leave untagged, tagging the date that follows;
# standing alone ("greet the summer solstice on the hill") it is the day (test_round27).
_ASTRONOMICAL = re.compile(r"\b(?:solstice|equinox)\b")
_DATED_AFTER = re.compile(r"[^.!?\n]{0,40}?(?:\d|\b(?:today|tomorrow|tonight|yesterday)\b)")


def astronomical_undated(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    if _ASTRONOMICAL.search(ctx.low, m.start(), m.end()) is None:
        return True
    return _DATED_AFTER.match(ctx.low, m.end()) is None


GUARDS["astronomical_undated"] = astronomical_undated

# ... nor is "the summer" of "the summer solstice" a season.
_ASTRONOMICAL_AFTER = re.compile(r"[ \t]+(?:solstice|equinox)\b")


def season_not_astronomical(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    return _ASTRONOMICAL_AFTER.match(ctx.low, m.end()) is None


GUARDS["season_not_astronomical"] = season_not_astronomical

# Round 83: "the evenings begin to draw in", "the nights are getting longer", "the mornings grow lighter": the
# length of the day as the year turns, no recurring evening (not a SET).
_DAY_LENGTH_AFTER = re.compile(r"(?:,?[ \t]+[a-z]+,?){0,3}?[ \t]+(?:(?:draw|draws|drawing|drew)[ \t]+in\b|"
                               r"(?:lengthen|shorten|lengthening|shortening)\b|"
                               r"(?:grow|grows|growing|get|gets|getting)[ \t]+(?:longer|shorter|lighter|darker)\b)")


def not_day_length(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    return _DAY_LENGTH_AFTER.match(ctx.low, m.end()) is None


GUARDS["not_day_length"] = not_day_length


# Round 90
_EXISTENTIAL_THERE = re.compile(r"\bthere\s+(?:has|have|had)\s+been\b")
_SENTENCE_END = re.compile(r"[.!?]\s")


def not_existential_there(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """"there has been a sharp rise in thefts over the past year": an existential sentence counts what
    happened within the year before (TimeBank dates it), unlike "thefts rose over the past year"."""
    lo = max(0, m.start() - 200)
    window = ctx.low[lo:m.start()]
    ends = list(_SENTENCE_END.finditer(window))
    if ends:
        window = window[ends[-1].end():]
    return not _EXISTENTIAL_THERE.search(window)


GUARDS["not_existential_there"] = not_existential_there

# Round 90: a standing schedule's month range ("is open Wednesdays from May through October").
_SCHEDULE_MONTH_RANGE = re.compile(
    r"\bfrom ([a-z]+\.?) (?:to|until|through|till|thru) ([a-z]+)(?![\w'-])(?!\.? ?\d)")
_SCHEDULE_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019]?\s+(?=[A-Z\"\u201c])")
_SCHEDULE_PRESENT = re.compile(
    r"\b(?:(?:is|are) (?:open|held|closed|staffed)|runs|run|operates|operate|opens|meets|meet|sails|"
    r"serves|offers)\b")
_SCHEDULE_RECURRING = re.compile(
    r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days|weekends|weekdays|daily|nightly|every|each)\b|"
    r"\d(?::\d\d)? ?[ap]\.?m\b|\bnoon\b")
_SCHEDULE_NOT_STANDING = re.compile(
    r"\b(?:will|would|shall|'ll|was|were|had|did|used to|plans?|planned|proposed|propose|trial|pilot|"
    r"this year|next year|last year|this season|next season|starting|beginning|until \d{4})\b")


def schedule_month_range(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """"The museum is open Wednesdays and weekends from May through October": the months that bound a
    standing schedule (a present-tense verb of running or opening, a recurring day or hours) are any year's
    months; an announced or past run ("will run every Friday from April to September") is dated."""
    s = m.start()
    low = ctx.low
    hit = None
    for r in _SCHEDULE_MONTH_RANGE.finditer(low, max(0, s - 30), min(len(low), m.end() + 30)):
        if r.start(1) == s or r.start(2) == s:
            hit = r
            break
    if hit is None:
        return False
    if not (hit.group(1).rstrip(".") in _MONTH_WORDS and hit.group(2) in _MONTH_WORDS):
        return False
    lo = max(0, hit.start() - 200)
    ends = list(_SCHEDULE_SENTENCE_END.finditer(ctx.text, lo, hit.start()))
    if ends:
        lo = ends[-1].end()
    nxt = _SCHEDULE_SENTENCE_END.search(ctx.text, hit.end())
    hi = nxt.start() if nxt else len(low)
    before = low[lo:hit.start()]
    sentence = low[lo:hi]
    return (_SCHEDULE_PRESENT.search(before) is not None and _SCHEDULE_RECURRING.search(before) is not None
            and _SCHEDULE_NOT_STANDING.search(sentence) is None)


_MONTH_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
                "oct", "nov", "dec"}
GUARDS["schedule_month_range"] = schedule_month_range


# Round 90: the bare hours of a range after an evening, night or afternoon, or from noon.
_HOUR_RANGE = re.compile(
    r"\bfrom (noon|1[0-2]|[1-9]) (?:to|until|till) (1[0-2]|[1-9])"
    r"(?=[ \t]*(?:[,.;:!?)\u2014\n]|$|(?:and|with|on|at|in|for|tonight|every|each|nightly|daily|then|or)\b))")
_NOON_PART_BEFORE = re.compile(r"\b(?:evening|evenings|night|nights|tonight|afternoon|afternoons)\b")
_CLAUSE_STOP = re.compile(r"[.!?;]\s")


def noon_part_hour_range(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """"Saturday night, with a band from 8 to 11", "Sunday from noon to 3": bare hours of a range after
    an evening, a night or an afternoon named just before, or after noon, are after noon; a range of
    counts ("from 8 to 11 years") or one going backwards is no clock time."""
    low = ctx.low
    s = m.start()
    for r in _HOUR_RANGE.finditer(low, max(0, s - 16), min(len(low), m.end() + 40)):
        if r.start(1) == s or r.start(2) == s:
            break
    else:
        return False
    end = int(r.group(2))
    if r.group(1) == "noon":
        return end <= 11
    start = int(r.group(1))
    if not start < end <= 11:
        return False
    before = low[max(0, r.start() - 70):r.start()]
    stops = list(_CLAUSE_STOP.finditer(before))
    if stops:
        before = before[stops[-1].end():]
    if not _NOON_PART_BEFORE.search(before):
        return False
    # "the night from 2 to 5" is early morning: after a night only from six on.
    part = _NOON_PART_BEFORE.findall(before)[-1]
    return "night" not in part or start >= 6


GUARDS["noon_part_hour_range"] = noon_part_hour_range


# Round 95: "on the same day as Diwali": the holiday after "as" is written as a name (capital), not a common
# word that the holiday vocabulary shares ("the same day as the christmas lights went up" in lower case).
_SAME_DAY_AS = re.compile(r"(?:the|that) same day as (?:the )?")


def same_day_as_holiday(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    a = _SAME_DAY_AS.match(ctx.low, m.start())
    return a is not None and (not ctx.has_upper or ctx.text[a.end()].isupper())


GUARDS["same_day_as_holiday"] = same_day_as_holiday


# Round 95: "the holiday would see a Sunday schedule", "the regular Sunday Masses", "its usual Saturday
# timetable": a weekday between "a" or a word of routine and a noun for what is kept on that day of every
# week names the kind, no day ("the Sunday service was cancelled" may be one day's: not after "the" alone).
_ROUTINE_BEFORE_WEEKDAY = frozenset(("a", "regular", "usual", "normal", "ordinary", "weekly", "traditional",
                                     "customary"))
_KIND_AFTER_WEEKDAY = re.compile(r"[ \t]+(?:schedules?|timetables?|services?|masses|mass|worship|liturgy|"
                                 r"trading|hours|opening|editions?|papers?|rota|routine|shifts?|fares?)\b")


# Round 149: "restores Sunday hours at six libraries", "to extend Saturday opening": a verb that grants, keeps or
# takes away a day's opening of every week, then the opening: the kind, no day ("said Sunday hours after the
# crash" is a day: the verb is no such one).
_GRANT_BEFORE_WEEKDAY = frozenset(("restore", "restores", "restored", "restoring", "extend", "extends", "extended",
                                   "extending", "cut", "cuts", "cutting", "scrap", "scraps", "scrapped", "axe",
                                   "axes", "axed", "reduce", "reduces", "reduced", "bring", "brings", "brought"))
_OPENING_AFTER_WEEKDAY = re.compile(r"[ \t]+(?:hours|opening|trading)\b(?![ \t]+(?:after|before|later|earlier|"
                                    r"ago|into|of)\b)")


def weekday_not_kind(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    if not _KIND_AFTER_WEEKDAY.match(ctx.low, m.end()):
        return True
    if ctx.prev_word(m.start()) in _GRANT_BEFORE_WEEKDAY and _OPENING_AFTER_WEEKDAY.match(ctx.low, m.end()):
        return False
    return ctx.prev_word(m.start()) not in _ROUTINE_BEFORE_WEEKDAY


GUARDS["weekday_not_kind"] = weekday_not_kind


# Round 142: the weekday of a named day that is no date of its own here: "Patch Tuesday" (a monthly release),
# "Giving Tuesday", and "Black Friday" or "Cyber Monday" where the holiday rule left the name untagged ("some
# began "Black Friday" pricing in October"): the weekday alone is no day either. With a capital only ("a black
# Friday for the markets" is a Friday).
_NAMED_DAY_WORD_BEFORE_WEEKDAY = re.compile(r"\b(?:Patch|Giving|Black|Cyber)[ \t]+$")
# Round 142: "a Thursday market", "the Saturday market": the market held on that day of every week, no day;
# a word that dates before it keeps the day ("on Saturday markets stay shut").
_MARKET_AFTER_WEEKDAY = re.compile(r"[ \t]+markets?\b")
# Review fixes 6 (stop 26): "the Friday market close", "a Monday market rout": the trading of that day, a day.
_MARKET_FINANCIAL_AFTER = re.compile(r"[ \t]+(?:close|closes|closing|open|opens|opening|rout|routs|sell-?off|"
                                     r"sell-?offs|rally|rallies|holidays?|sessions?|turmoil|crash|crashes|slump|"
                                     r"plunge|meltdown|jitters|volatility|swings?|reaction)\b")


def weekday_not_named_day_or_market(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    s = m.start()
    if ctx.has_upper and _NAMED_DAY_WORD_BEFORE_WEEKDAY.search(ctx.text, max(0, s - 10), s):
        return False
    market = _MARKET_AFTER_WEEKDAY.match(ctx.low, m.end())
    if not market or _MARKET_FINANCIAL_AFTER.match(ctx.low, market.end()):
        return True
    prev = ctx.prev_word(s)
    if prev in _DATING_WORDS_BEFORE_FIRM:
        return True
    return not (prev in _NOUN_PHRASE_BEFORE_SCHOOL or prev in _ROUTINE_BEFORE_WEEKDAY
                or prev.endswith(("'s", "\u2019s", "s'", "s\u2019")))


GUARDS["weekday_not_named_day_or_market"] = weekday_not_named_day_or_market


# Round 95: "I have dreamed of this day since I was a boy", "we have been waiting for this night for years": "this
# day/night" as the occasion longed for or worked towards, no date of the day.
_AWAITED_BEFORE = re.compile(r"\b(?:dream(?:ed|t|ing|s)?|wait(?:ed|ing|s)?|long(?:ed|ing)|pray(?:ed|ing)|"
                             r"work(?:ed|ing)|prepar(?:ed|ing))[ \t]+(?:all[ \t]+my[ \t]+life[ \t]+)?(?:of|for)[ \t]+$")


def not_awaited_occasion(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    if not ctx.low.startswith("this ", m.start()) or ctx.low[m.end():m.end() + 1].isalpha() \
            or ctx.low[m.end():m.end() + 2] in ("'s", "\u2019s"):
        return True     # "wait for this evening's forecast": a time of the day
    return _AWAITED_BEFORE.search(ctx.low, max(0, m.start() - 40), m.start()) is None


GUARDS["not_awaited_occasion"] = not_awaited_occasion


# Round 96: "on Monday and Tuesday next week", "Thursday or Friday last week": the week after the second
# weekday is said of both days, so "Tuesday" and "next week" are two expressions (the gold splits them)
# and each weekday takes the week named; only a lone "Tuesday next week" is one expression.
_WEEKDAY_PAIR_BEFORE = re.compile(r"\b(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:[a-z]*day)?\.?,?"
                                  r"[ \t]+(?:and|or|&)[ \t]+(?:on[ \t]+)?$")


def weekday_pair_second(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    return _WEEKDAY_PAIR_BEFORE.search(ctx.low, max(0, m.start() - 30), m.start()) is not None


def not_weekday_pair_second(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    return not weekday_pair_second(rule, m, fields, ctx)


GUARDS["weekday_pair_second"] = weekday_pair_second
GUARDS["not_weekday_pair_second"] = not_weekday_pair_second


# Round 96: "our financial year matches the calendar year", "the school year, unlike the calendar year, ...":
# the calendar year as a kind of year, set beside another way of counting years, names no year.
_YEAR_KIND_COMPARED_BEFORE = re.compile(
    r"\b(?:match(?:es|ed)?|follow(?:s|ed)?|mirror(?:s|ed)?|track(?:s|ed)?|coincid(?:es|ed)[ \t]+with|"
    r"align(?:s|ed)?[ \t]+(?:with|to)|in[ \t]+line[ \t]+with|(?:the[ \t]+)?same[ \t]+as|unlike|"
    r"differ(?:s|ed)?[ \t]+from|rather[ \t]+than|instead[ \t]+of)[ \t]+$")


def not_calendar_year_compared(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    if not ctx.low.startswith("the calendar year", m.start()):
        return True
    return _YEAR_KIND_COMPARED_BEFORE.search(ctx.low, max(0, m.start() - 40), m.start()) is None


GUARDS["not_calendar_year_compared"] = not_calendar_year_compared


# Round 101: "the year's best album", "the year's fastest time", "the year's most-read story": the possessive
# ranks the year's things; gold leaves "the year" untagged there. Only bare "the year" with "'s" and a
# superlative right after (not "the year's end", "the year's first quarter", "the year's harvest").
_YEAR_SUPERLATIVE_AFTER = re.compile(r"['\u2019]s[ \t]+(?:best|worst|most|least|(?!(?:inter|harv|for|contest|prot|requ|hon|mod|earn|dig|arr|inv|gu|pri|w|r|t|j|l|n|b)est\b)[a-z]{2,}est)(?![a-z])")


def not_year_superlative(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    if ctx.low[m.start():m.end()] != "the year":
        return True
    return _YEAR_SUPERLATIVE_AFTER.match(ctx.low, m.end()) is None


GUARDS["not_year_superlative"] = not_year_superlative


# Round 96: "the 1:1 with me at 2:30", "a meeting with the auditors at 3:15": a meeting set for a clock time
# with an hour from 1 to 5 and no a.m. or p.m. is in the afternoon (a working day's meetings are not held in
# the small hours). Only with the meeting's noun just before "at", in the same clause.
_MEETING_BEFORE_AT = re.compile(r"\b(?:meeting|meetings|1:1|one-to-one|one-on-one|interview|appointment|catch-up|"
                                r"check-in|stand-up|standup|seminar|workshop|webinar|lunch|briefing)"
                                r"(?:[ \t]+(?![.;!?])[^ \t.;!?\n]+){0,4}[ \t]+at[ \t]+$")


# An all-night meeting ("the overnight meeting broke up at 4:30 as dawn approached", "after talks through the
# night"): its small hours stay in the morning.
_NIGHT_TALKS = re.compile(r"\b(?:overnight|all-night|all[ \t]+night|through[ \t]+the[ \t]+night|dawn|daybreak|"
                          r"small[ \t]+hours|midnight|bleary|sleepless)\b")


def meeting_afternoon(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    hm = fields.get("hm")
    low = ctx.low
    if not hm or low[m.start()] not in "12345" or low[m.start() + 1:m.start() + 2] != ":":
        return True
    if _MEETING_BEFORE_AT.search(low, max(0, m.start() - 60), m.start()) is not None \
            and _NIGHT_TALKS.search(low, max(0, m.start() - 120), min(len(low), m.end() + 120)) is None:
        fields["hm"] = f"{int(hm[:2]) + 12:02d}{hm[2:]}"
    return True


GUARDS["meeting_afternoon"] = meeting_afternoon


# Round 96: "planned for week 25", "pupils break up in week 42", "status at week 33": a bare week number after a
# preposition of time counts the weeks of the year, as European and office copy does. Not a round of a
# season, a trial or a course ("in week 3 the Bears lost", "in week 6 of treatment", "the week 3 game"): no
# such words in the paragraph, and no "of" or a fixture's noun after it.
_WEEK_NO_BEFORE = frozenset(("in", "for", "at", "by", "until", "till", "during", "from", "before", "after", "to"))
_WEEK_NO_NOT_AFTER = frozenset(("of", "to", "and", "or", "game", "games", "match", "matches", "fixture", "fixtures",
                                "round", "clash", "win", "loss", "defeat", "-"))
_SEASON_OR_COURSE = re.compile(r"\b(?:nfl|touchdowns?|quarterbacks?|season|playoffs?|fixtures?|matchday|matchweek|"
                               r"league|trial|treatment|pregnancy|pregnant|gestation|course|semester|"
                               r"diet|training|rehab|rehabilitation|episode|series)\b")


_WEEK_COUNTED_BEFORE = re.compile(r"\b(?:now|into|already|still)[ \t]+(?:in[ \t]+)?$")
_WEEK_COUNTED_AFTER = re.compile(r"[ \t]+(?:running|straight|in[ \t]+a[ \t]+row)\b")


def year_week_number(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    if ctx.prev_word(m.start()) not in _WEEK_NO_BEFORE or ctx.next_word(m.end()) in _WEEK_NO_NOT_AFTER:
        return False
    if _WEEK_COUNTED_BEFORE.search(ctx.low, max(0, m.start() - 12), m.start()) \
            or _WEEK_COUNTED_AFTER.match(ctx.low, m.end()):
        return False    # "the strike, now in week 12", "for week 6 running": weeks of a thing counted
    # The paragraph's bounds: the last blank line before it, the first after it, found by bisecting the blank
    # lines listed once per text (rfind and find ran over the whole of a text with none, for each week number)
    breaks = ctx.memo.get("blank_lines")
    if breaks is None:
        breaks = ctx.memo["blank_lines"] = []
        i = ctx.low.find("\n\n")
        while i >= 0:
            breaks.append(i)
            i = ctx.low.find("\n\n", i + 1)
    k = bisect.bisect_right(breaks, m.start() - 2)
    lo = breaks[k - 1] if k > 0 else -1
    k = bisect.bisect_left(breaks, m.end())
    hi = breaks[k] if k < len(breaks) else -1
    key = ("season_or_course_paragraph", lo)
    found = ctx.memo.get(key)
    if found is None:   # one scan per paragraph, not per week number (long lists of them were slow)
        found = ctx.memo[key] = _SEASON_OR_COURSE.search(
            ctx.low, lo + 1 if lo >= 0 else 0, hi if hi >= 0 else len(ctx.low)) is not None
    return not found


GUARDS["year_week_number"] = year_week_number


# Round 96: "free for calls tomorrow between 10 and 12", "on Friday between 2 and 4": bare hours of a range
# right after a day are clock times of that day, in the hours of a working day (1 to 6 after noon). Only a
# range whose hours go forward and end the phrase ("between 10 and 12 people", "aged between 8 and 11" are
# counts).
_DAY_BETWEEN_HOURS = re.compile(
    r"\b(?:tomorrow|today|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|"
    r"sat|sun)\.?|morning|afternoon)[ \t]+between[ \t]+(1[0-2]|[1-9])[ \t]+and[ \t]+(1[0-2]|[1-9])"
    r"(?=[ \t]*(?:[,.;:!?)\u2014\n]|$|(?:if|to|for|on|at|in|when|so|but|or|and|while)\b))")


def day_between_hours(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    s = m.start()
    for r in _DAY_BETWEEN_HOURS.finditer(ctx.low, max(0, s - 40), min(len(ctx.low), m.end() + 30)):
        if s in (r.start(1), r.start(2)):
            break
    else:
        return False
    first, second = int(r.group(1)), int(r.group(2))
    office = lambda h: h + 12 if h <= 6 else h    # noqa: E731  (7-11 a.m., 12 noon, 1-6 p.m.)
    if not office(first) < office(second):
        return False
    hour = office(int(ctx.low[s:m.end()]))
    fields["hm"] = f"{hour:02d}:00"
    return True


GUARDS["day_between_hours"] = day_between_hours


def holiday_fixed_day(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """Round 97: "that Christmas" takes the year in focus and the holiday's own day ("12-25"); a holiday
    that moves from year to year (Easter) or by country has no such day to append."""
    return re.fullmatch(r"\d\d-\d\d", fields.get("holiday") or "") is not None


GUARDS["holiday_fixed_day"] = holiday_fixed_day


# Round 102: "the one-day squad", "the second one-day international": one-day cricket is a form of the game
# (limited overs), no length of time; TimeML leaves it untagged ("a one-day strike" keeps its day).
_ONE_DAY_GAME = re.compile(r"[ \t]+(?:internationals?|series|squads?|sides?|teams?|cricket|formats?|specialists?|"
                           r"captain(?:cy)?|rankings?|caps?|cup|debut|games?|matches|match[ \t]+(?:against|between|"
                           r"series|at)|player)\b")


def not_one_day_cricket(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    if ctx.low[m.start():m.end()] != "one-day":
        return True
    return not _ONE_DAY_GAME.match(ctx.low, m.end())


GUARDS["not_one_day_cricket"] = not_one_day_cricket


# Round 102: "runs from 4 p.m. Saturday, with a parade at 5": a bare hour after "at" that closes its clause,
# with a clock time earlier in the same sentence, is a later hour of that half of the day. Not a level or a
# rate ("the index closed at 5.", "capped at 5,"), nor an hour before the earlier one.
_CLOCK_EARLIER = re.compile(r"(?<![\d.,:])(1[0-2]|[1-9])(?:[:.][0-5]\d)?[ \t]*([ap])\.?m\b\.?")
_BARE_HOUR_LEVEL_BEFORE = re.compile(r"\b(?:rates?|percent|stood|closed|ended|finished|opened|ranked|fixed|capped|set|"
                                     r"priced|valued|limited|held|steady|unchanged|level|pegged|at|aged|age|size|"
                                     r"number|no\.|par|odds|seeded)[ \t]+at[ \t]+$")


_DATE_BETWEEN = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?[ \t]+\d{1,2}"
                          r"(?:st|nd|rd|th)?\b|\b\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:jan|feb|mar|apr|may|jun|jul|aug|"
                          r"sep|oct|nov|dec)[a-z]*\b")
# (the full stops of "p.m." and "Dec." end no sentence)
_BARE_HOUR_SENTENCE_END = re.compile(r"(?<![ap]\.m)(?<!jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)(?<!sept)[.!?][ \t]+|\n")


def bare_hour_after_clock(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    low = ctx.low
    if not re.match(r"[ \t]*(?:[.;!?]|,[ \t]+(?:and|with|then|when|after|before)\b|$)", low[m.end():m.end() + 12]):
        return False
    if _BARE_HOUR_LEVEL_BEFORE.search(low, max(0, m.start() - 20), m.start()):
        return False
    lo = max(0, m.start() - 120)
    for e in _BARE_HOUR_SENTENCE_END.finditer(low, lo, m.start()):
        lo = e.end()
    found = None
    for c in _CLOCK_EARLIER.finditer(low, lo, m.start()):
        found = c
    if found is None:
        return False
    if re.search(r"\d", _DATE_BETWEEN.sub(" ", low[found.end():m.start()])):
        return False        # another number between: the clock time is not the one this hour follows
    earlier, half = int(found.group(1)) % 12, found.group(2)
    hour = int(low[m.start():m.end()]) % 12
    if hour <= earlier:
        return False
    fields["hm"] = f"{hour + (12 if half == 'p' else 0):02d}:00"
    return True


GUARDS["bare_hour_after_clock"] = bare_hour_after_clock


# Round 103: a transcript's or a broadcast's dateline ("Remarks at the Civic Hall, Tuesday, May 4, 2021, 8:15
# p.m.", "address broadcast 2 March 2019, 6pm") writes the day and then, after a comma, the hour it began:
# two expressions, the day a DATE and the hour a TIME, unlike a page's stamp ("Updated May 4, 2021, 8:15
# p.m."). Only a date right after a comma (the place or the title before it) or after the verb of the
# broadcast; prose with "on" before the date is left as it was (its gold differs from set to set).
_DATELINE_VERBS = frozenset(("broadcast", "delivered", "aired", "televised", "recorded", "taped", "given"))


def not_transcript_dateline(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    s = m.start()
    if ctx.prev_char(s) == ",":
        return False
    return ctx.prev_word(s) not in _DATELINE_VERBS


GUARDS["not_transcript_dateline"] = not_transcript_dateline


# Round 103: "at 9:15 that evening", "at 6.40 that morning": the part of the day after a bare clock time gives
# its half of the day; a morning's hour past 11 or an evening's before 5 is no such time.
def clock_part_of_day_half(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    hm = fields.get("hm")
    if not hm:
        return False
    hour = int(hm[:2])
    part = ctx.low[m.start():m.end()].rsplit(" ", 1)[-1]
    if part == "morning":
        return 1 <= hour <= 11
    if part == "afternoon":
        if hour == 12 or 1 <= hour <= 6:
            fields["hm"] = f"{hour % 12 + 12:02d}{hm[2:]}"
            return True
        return False
    if 5 <= hour <= 11:      # evening
        fields["hm"] = f"{hour + 12:02d}{hm[2:]}"
        return True
    return False


GUARDS["clock_part_of_day_half"] = clock_part_of_day_half


# Round 108: "the First of March Front", "The Fifth of November celebrations": a capitalized ordinal of a month
# names a group or a feast (even opening a sentence), no day; "since the first of January" is the day.
def ordinal_of_month_not_name(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    w = ctx.low.find("the ", m.start(), m.end()) + 4
    return not (ctx.has_upper and ctx.text[w:w + 1].isupper())


GUARDS["ordinal_of_month_not_name"] = ordinal_of_month_not_name


# Round 109: a text about a vote ("the election", "the polls", "the primary", "ballots"): there "the final weekend"
# is the campaign's last, before polling day.
_ELECTION_WORDS = re.compile(r"\b(?:elections?|by-elections?|primary|primaries|polls|polling|ballots?|voters|"
                             r"referendum|runoff|run-off|caucus(?:es)?)\b")


def election_text(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """Round 109: does the text speak of a vote, at least twice?"""
    found = ctx.memo.get("election_words")
    if found is None:
        found = ctx.memo["election_words"] = len(_ELECTION_WORDS.findall(ctx.low)) >= 2
    return found


GUARDS["election_text"] = election_text


# Round 112: "a 17th-century Dutch still life": an object's period joined to its school or origin, a
# description of its style (not "the 20th-century average", "a 14th-century chapel", "of 19th-century American
# painting", which date what they tell).
_STYLE_CAPITAL_AFTER = re.compile(r"\x20[A-Z][a-z]")


def century_hyphen_not_style(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    return not (ctx.prev_word(m.start()) in ("a", "an") and _STYLE_CAPITAL_AFTER.match(ctx.text, m.end()))


GUARDS["century_hyphen_not_style"] = century_hyphen_not_style


# Round 112: "less than four weeks from today", "about eight weeks from today": a hedged count tells no day; it
# is a length, and "today" the day it runs from (two expressions). An exact count stays one day ("a week from
# today"), and "about two weeks from now" one period.
_HEDGE_OPENING = re.compile(r"(?:about|around|roughly|approximately|some|nearly|almost|(?:more|less|fewer) than|"
                            r"over|under|up to|at least)\s")


def not_hedged_from_today(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    return not (ctx.low.endswith("today", m.start(), m.end()) and _HEDGE_OPENING.match(ctx.low, m.start()))


GUARDS["not_hedged_from_today"] = not_hedged_from_today


# Round 112: "at the material time", "on the said date" point back to a day the text has dated (a day of a
# month, in words or figures); with none before them they tell no day.
_DAY_DATED_BEFORE = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?[ \t]+\d{1,2}\b|"
                               r"\b\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|"
                               r"nov|dec)[a-z]*\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b")


def day_dated_before(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    # Review fixes 2: where the text first dates a day, found once per text (a search from the top for every
    # "at the material time" was quadratic in a long statement)
    first = ctx.memo.get("first_day_dated_end", False)
    if first is False:
        found = _DAY_DATED_BEFORE.search(ctx.low)
        first = ctx.memo["first_day_dated_end"] = found.end() if found is not None else None
    return first is not None and first <= m.start()


GUARDS["day_dated_before"] = day_dated_before


# Round 114: "if the satellite survives past Sunday", "talks could drag on past Friday", "stay open well past
# Sunday": "past" after a verb of lasting is a preposition (beyond the day), not "this past Sunday"; the
# weekday is then read on its own. "this past Sunday", "last Sunday" and "(on) past Sunday" are untouched.
_LASTING_BEFORE_PAST = re.compile(r"(?:survive|last|stay|run|go|continue|extend|linger|drag|remain|hold|stretch|"
                                  r"live|wait|keep|persist|work)(?:s|es|d|ed|ing)?|went|ran|held|kept|stayed|on|"
                                  r"well|just|long|open|beyond|through")


def past_not_preposition(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    if not ctx.low.startswith("past ", m.start()):
        return True
    return _LASTING_BEFORE_PAST.fullmatch(ctx.prev_word(m.start())) is None


GUARDS["past_not_preposition"] = past_not_preposition


# Round 114: "a chapel was built on the ruins around 1350", "the wall, built by the Romans about 120,": a hedged
# year a few words after a participle of making (date.year_approx_after_phrase); not across "to" ("built to
# hold around 1350": a count of what it holds).
_MADE_A_FEW_WORDS_BEFORE = re.compile(r"\b(?:built|made|founded|written|erected|dug|laid|settled|abandoned|copied|"
                                      r"painted|carved|composed|destroyed|rebuilt|completed)"
                                      r"(?:[ \t]+(?!to\b|and\b|but\b)[a-z'-]+){1,4}[ \t]+$")


def made_a_few_words_before(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    return _MADE_A_FEW_WORDS_BEFORE.search(ctx.low, max(0, m.start() - 60), m.start()) is not None


GUARDS["made_a_few_words_before"] = made_a_few_words_before


# Round 114: "a single quarter bought three minutes of play", "two quarters buy a wash", "drop a quarter in the
# slot": the coin, what it buys or where it goes told right after it; "the quarter saw sales rise" stays a length.
_COIN_AFTER_QUARTER = re.compile(r"[ \t]+(?:bought|buys|buy|would[ \t]+buy|could[ \t]+buy|got[ \t]+you|gets[ \t]+you|"
                                 r"into[ \t]+the[ \t]+(?:slot|machine|meter|jukebox)|in[ \t]+the[ \t]+(?:slot|machine|meter|"
                                 r"jukebox))\b")


def not_coin_quarter(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    if not ctx.low[m.start():m.end()].endswith(("quarter", "quarters")):
        return True
    return _COIN_AFTER_QUARTER.match(ctx.low, m.end()) is None


GUARDS["not_coin_quarter"] = not_coin_quarter


# Round 121. "new episodes every Saturday at 8pm", "the Stations of the Cross every Friday at 7 p.m.": with the
# weekday first, the gold sets join the clock time to the weekday's SET for a broadcast's slot or a service of
# worship, and leave them two expressions elsewhere ("Lunchtime talks. Every Wednesday at 1pm", "meet me every
# Tuesday at 5:30 p.m.", "matinees on Wednesdays and Saturdays at 2.30pm"). The cue is looked for in the
# sentence of the match only (back to the previous ". " or line break, up to 200 characters; ahead to the next).
_BROADCAST_OR_WORSHIP = re.compile(r"\b(?:air(?:s|ed|ing)|on air|episodes?|broadcasts?|rerun|reruns|repeat(?:s|ed)?|"
                                   r"channel|network|stream(?:s|ed|ing)?|show|series|mass|masses|vigil|"
                                   r"worship|liturgy|church|services (?:are|will be) held|stations of the cross|"
                                   r"prayed|novena|rosary|"
                                   # Round 143: "Shabbat services every Friday at 6:15 p.m.", "Friday prayers at
                                   # the mosque": worship of other faiths
                                   r"shabbat|sabbath|synagogue|mosque|jummah|prayers)\b")


def weekday_clock_set_broadcast_or_worship(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    s, e = m.start(), m.end()
    before = ctx.low[max(0, s - 200):s]
    cut = max(before.rfind(". "), before.rfind("\n"))
    if cut >= 0:
        before = before[cut + 1:]
    after = ctx.low[e:e + 150]
    for stop in (". ", "\n"):
        i = after.find(stop)
        if i >= 0:
            after = after[:i]
    return bool(_BROADCAST_OR_WORSHIP.search(before) or _BROADCAST_OR_WORSHIP.search(after))


GUARDS["weekday_clock_set_broadcast_or_worship"] = weekday_clock_set_broadcast_or_worship


# Round 126: "soon" points at the future only when the clause looks ahead: a modal or a verb of expecting
# before it in its sentence ("the firm may soon sell", "we expect to sign it soon") or a modal right after it
# ("it soon will begin"). Told in the past ("he was soon released", "and soon became a flood") it only orders
# events; "as soon as", "soon after", "too soon" and "how soon" tie it to another time or to nothing.
_SOON_AHEAD = re.compile(r"\b(?:will|shall|may|might|could|should|would|expects?|expected|expecting|hopes?|hoping|"
                         r"plans?|planning|intends?|intending|going[ \t]+to)\b|'ll\b")
_SOON_MODAL_AFTER = re.compile(r"\s+(?:will|shall|may|might|could|should|would)\b")
_SOON_NOT_BEFORE = frozenset({"as", "too", "so", "how", "very", "quite", "far", "pretty", "fairly"})
_SOON_NOT_AFTER = re.compile(r"[\s-]+(?:after|afterwards?|thereafter|as|than)\b")


_SOON_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
_SOON_PAST_BEFORE = frozenset({"was", "were", "had"})
# Review fixes 3: a modal or "expected" inside a relative clause set off by commas ("the storm, which was
# expected to weaken, soon turned north") or in a clause that "but" closes is not the clause of "soon".
_SOON_RELATIVE = re.compile(r",[ \t]+(?:who|whom|whose|which|where)\b[^,]*,")
_SOON_BUT = re.compile(r"(?:,[ \t]+|\b)but\b")
_SOON_PAST_FRAME = re.compile(r"\b(?:in|by) (1[6-9]\d\d|20\d\d)\b")


def soon_looks_ahead(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    prev = ctx.prev_word(m.start())
    if prev in _SOON_NOT_BEFORE or _SOON_NOT_AFTER.match(ctx.low, m.end()):
        return False
    if _SOON_MODAL_AFTER.match(ctx.low, m.end()):
        return True
    # Review fixes 3: "was soon arrested", "soon turned north", "soon surrendered": told in the past
    if prev in _SOON_PAST_BEFORE:
        return False
    nxt = _SOON_NEXT_WORD.match(ctx.low, m.end())
    if nxt is not None:
        w = nxt.group(1)
        if w in _CUE_PAST_WORDS and w not in ("last", "since", "already", "earlier", "former", "recently") \
                or (len(w) > 3 and w.endswith("ed") and w not in _CUE_NOT_PAST):
            return False
    low = ctx.low
    lo = max(0, m.start() - 120)      # bounded: a text without full stops must not be searched to its start
    stop = max(low.rfind(". ", lo, m.start()), low.rfind("\n", lo, m.start()), low.rfind("? ", lo, m.start()),
               low.rfind("; ", lo, m.start()))
    before = low[max(stop, lo):m.start()]
    # "if the line restarts soon": a condition, not a forecast
    if re.search(r"\b(?:if|unless|when|once)\b[^,]*$", before):
        return False
    before = _SOON_RELATIVE.sub(",", before)
    buts = [b.end() for b in _SOON_BUT.finditer(before)]
    if buts:
        before = before[buts[-1]:]
    cue = None
    for cue in _SOON_AHEAD.finditer(before):
        pass
    if cue is None:
        return False
    if cue.group(0) == "would":
        # "in 1998 he joined a firm that would soon become ...": the future of a past frame
        frame = _SOON_PAST_FRAME.search(low, lo, m.start())
        if frame is not None:
            return False
    return True


GUARDS["soon_looks_ahead"] = soon_looks_ahead


# Round 127: "burst three times in the past year", "the fourth kidnapping in the past year", "14 strikes in
# the last decade", "prices had doubled in the past year": a tally (or a multiple) counted within "the past
# year/decade" counts over the stretch up to the time in focus (TimeML DURATION P1Y, P10Y), as "over the past
# year" does. Without one ("an investigation of the firm in the past year") TimeBank dates the year before.
_TALLY_NUM = (r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
              r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|a dozen|dozens of|"
              r"hundreds of|several|multiple)")
_TALLY_BEFORE_IN = re.compile(
    r"\b(?:once|twice|thrice|" + _TALLY_NUM + r" times|"
    r"(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)"
    r" [a-z-]+|" + _TALLY_NUM + r" (?:[a-z-]+ ){0,2}[a-z-]+s|"
    r"(?:doubled|tripled|trebled|quadrupled|halved))\b")
_TALLY_CLAUSE_END = re.compile(r"[.!?;:][\"'\u201d\u2019]?\s+")


def tally_in_past_unit(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    """A count of events or a multiple earlier in the clause, within a few words of "in the past <unit>"."""
    lo = max(0, m.start() - 90)
    window = ctx.low[lo:m.start()]
    ends = list(_TALLY_CLAUSE_END.finditer(window))
    if ends:
        window = window[ends[-1].end():]
    if not window.endswith("in "):
        return False
    return bool(_TALLY_BEFORE_IN.search(window))


GUARDS["tally_in_past_unit"] = tally_in_past_unit


# Round 127: "the winter holidays", "the spring show", "the summer schedule starts": a
# season naming the break, the programme or the timetable that follows it is an adjective of that thing (the
# invented sets leave it untagged; the break's own dates, when given, are tagged). "the spring term", "the fall
# semester" stay: an academic term is the time itself. "recess", "break" and "season" are left out: with
# them a held-out set fell (the season read as the time there).
_SEASON_EVENT_NOUNS = frozenset((
    "holiday", "holidays", "vacation", "vacations", "schedule", "schedules", "timetable", "timetables", "show",
    "shows", "production", "productions", "meet", "tides", "permit", "permits", "gales", "sale", "sales",
))
# "the fall of Tunisia's leader", "the fall of the wall": a downfall, no autumn ("the fall of 1991", "the
# fall of that year" stay).
# Review fixes 4 (stop 25): nor "the fall of the following year", "the fall of the same year".
_FALL_OF_NOT_TIME = re.compile(r"[ \t]+of[ \t]+(?!(?:the[ \t]+|that[ \t]+|this[ \t]+|last[ \t]+|next[ \t]+)?"
                               r"(?:(?:following|same|previous|next|that|prior|subsequent|coming)[ \t]+)?"
                               r"(?:\d|'\d|\u2019\d|year\b))")


def season_not_event_noun(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    e = m.end()
    if ctx.low[e:e + 1] == " " and ctx.next_word(e) in _SEASON_EVENT_NOUNS:
        return False
    if ctx.low.endswith("fall", m.start(), e) and _FALL_OF_NOT_TIME.match(ctx.low, e) \
            and (ctx.low.startswith("the ", m.start()) or ctx.prev_word(m.start()) == "the"):
        return False
    return True


GUARDS["season_not_event_noun"] = season_not_event_noun


# Round 125: "the strike entered its third week": the week of publication, unless the sentence sets the story in a
# year or a month of its own ("In 1984 the strike entered its third week", "by March the siege entered its
# fifth week") or counts from another day ("entered its fifth day on March 3").
_NTH_ENTERED_DATED = re.compile(r"\b(?:1[5-9]\d\d|20\d\d|jan(?:uary)?|feb(?:ruary)?|march|april|june|july|"
                                r"aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|"
                                r"last|ago|earlier|previous|had)\b")
# Review fixes 4 (stop 25): "entered its fifth day on Tuesday", "entered its third day yesterday": the day
# entered is the one the sentence names, not that of publication ("today", "tonight" are).
_NTH_DAY_ENTERED_DATED = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|"
                                    r"tomorrow|overnight)\b")
# ("voted yesterday to go on with a strike that entered its eighth day today": the day entered is told after it)
_NTH_DAY_ENTERED_TODAY = re.compile(r"[ \t]+(?:on[ \t]+)?(?:today|tonight)\b")


def nth_entered_not_dated(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    low = ctx.low
    lo = max(0, m.start() - 200)
    lo = max(low.rfind(". ", lo, m.start()), low.rfind("\n", lo, m.start()), lo)
    hi = min(len(low), m.end() + 120)
    stops = [i for i in (low.find(". ", m.end(), hi), low.find("\n", m.end(), hi)) if i >= 0]
    hi = min(stops) if stops else hi
    if (rule.id == "deictic.nth_day_entered" and _NTH_DAY_ENTERED_DATED.search(low, lo, hi)
            and _NTH_DAY_ENTERED_TODAY.match(low, m.end()) is None):
        return False
    return _NTH_ENTERED_DATED.search(low, lo, hi) is None


GUARDS["nth_entered_not_dated"] = nth_entered_not_dated
GUARDS["greeting_not_habit"] = greeting_not_habit


# Round 125: "the Ten Days of Repentance", "the Hundred Days", "the Six Day War": a count of days written in capitals
# inside a sentence is a name of a period or an event, no length told. Not at a sentence's start ("Ten days
# later"), nor in a headline whose words all open with capitals ("Strike Ends After Ten Days").
_TITLED_COUNT = re.compile(r"(?:the[ \t]+)?(?:(?:first|last|past|next|final)[ \t]+)?(\S+)[ \t]+(\S+)", re.I)
_LINE_SMALL_WORDS = frozenset(("a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "by", "with",
                               "as", "after", "from"))


def not_titled_count(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    if not ctx.has_upper:
        return True
    t = _TITLED_COUNT.match(ctx.text, m.start(), m.end())
    if t is not None:
        first, first_at, unit = t.group(1), t.start(1), t.group(2)
    else:       # a bare unit ("Days"): the count is the word before it
        p = _WORD_BEFORE_UNIT.search(ctx.text, max(0, m.start() - 30), m.start())
        if p is None or p.group(1).lower() not in _NUMBER_WORDS_TITLED:
            return True
        first, first_at, unit = p.group(1), p.start(1), ctx.text[m.start():m.end()]
    if not (first[:1].isupper() and first[:1].isalpha() and unit[:1].isupper()):
        return True
    if ctx.sentence_initial(first_at):
        return True
    lo = ctx.text.rfind("\n", 0, m.start()) + 1
    key = ("headline_line", lo)         # (once per line: a long line of counts made this quadratic)
    found = ctx.memo.get(key)
    if found is None:
        hi = ctx.text.find("\n", m.end())
        line = ctx.text[lo:hi if hi >= 0 else len(ctx.text)].rstrip()
        words = [w for w in _LINE_WORD.findall(line) if w.lower() not in _LINE_SMALL_WORDS]
        capped = sum(1 for w in words if w[0].isupper())
        # a headline's capitals (most words capitalized, no full stop at its end) name nothing
        found = ctx.memo[key] = bool(words) and capped >= 0.7 * len(words) \
            and not line.endswith((".", "!", "?", '"', "”"))
    return found


_WORD_BEFORE_UNIT = re.compile(r"([A-Za-z]+)[ \t]+$")
_NUMBER_WORDS_TITLED = frozenset(("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                                  "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "thousand"))


GUARDS["not_titled_count"] = not_titled_count


# Round 129 (defined with not_a_name above)
GUARDS["count_not_title_case_name"] = count_not_title_case_name


# Round 133. "a quarter" is a share far more often than three months; TimeML tags it only when it is the length
# of something ("for a quarter", "every quarter", "a quarter of a century"). A share shows itself by a measure
# joined to it ("a quarter-inch of rain", "a quarter-mile"), by "as much as" before it ("sales fell by as much
# as a quarter"), or by a verb straight after it, the quarter being the subject ("A quarter had worked there").
_QUARTER_HYPHEN_MEASURE = re.compile(r"-(?!(?:hour|century|centuries|year|month|day|week|minute)s?\b)[a-z]")
_AS_MUCH_AS_BEFORE = re.compile(r"\bas[ \t]+(?:much|little|many|few)[ \t]+as[ \t]+$")
_SHARE_SUBJECT_VERB = frozenset(("had", "have", "has", "was", "were", "is", "are", "said", "say", "says",
                                 "reported", "thought", "think", "believe", "believed", "wanted", "want"))


def not_quarter_share(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    span = ctx.low[m.start():m.end()]
    if span not in ("a quarter", "one quarter"):
        return True
    if _QUARTER_HYPHEN_MEASURE.match(ctx.low, m.end()):
        return False
    if _AS_MUCH_AS_BEFORE.search(ctx.low, max(0, m.start() - 24), m.start()):
        return False
    return ctx.next_word(m.end()) not in _SHARE_SUBJECT_VERB


GUARDS["not_quarter_share"] = not_quarter_share


# Round 133. "it rained on only three days in August", "rain on all but four days", "with rain on 24 days": a
# weather record counts the days on which something fell, no length of time. Other tallies of days on which
# work was done are tagged by some gold sets ("able to cut cane on only 11 days"), so only the weather's tally
# is left untagged.
_WEATHER_ON_BEFORE = re.compile(
    r"\b(?:rain|rained|rains|raining|rainfall|snow|snowed|snowfall|frost|frosts|fog|hail|hailed|thunder|"
    r"thunderstorms?|showers?|drizzle|sleet|precipitation|sunshine|sun|gales?)[ \t]+(?:fell[ \t]+)?on[ \t]+"
    r"(?:(?:only|just|all[ \t]+but|more[ \t]+than|fewer[ \t]+than|less[ \t]+than|about|some|at[ \t]+least)[ \t]+)?$")


def not_weather_day_tally(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    if not ctx.low[m.start():m.end()].endswith("days"):
        return True
    return _WEATHER_ON_BEFORE.search(ctx.low, max(0, m.start() - 60), m.start()) is None


GUARDS["not_weather_day_tally"] = not_weather_day_tally


# Round 133. A given-name month with a surname after it names a person after "to" or "by" too, when the words
# before them cannot lead to a date: "Congratulations to May Ridley", "thanks to June Okafor", "the flat next
# to May Court", "a petition organised by May Oduya", "a novel written by April Dunmore". ("the work will be
# finished by May", "by May Congress had voted": no surname after, or no participle that takes an agent.)
_NAME_AFTER_TO_WORDS = frozenset(("congratulations", "thanks", "thank", "tribute", "tributes", "next", "goodbye",
                                  "farewell", "married", "engaged", "belongs", "belonged", "addressed", "dedicated"))
_AGENT_PARTICIPLE = re.compile(r"(?:organi[sz]ed|founded|led|written|run|signed|started|launched|chaired|"
                               r"hosted|presented|painted|directed|edited|compiled|funded|raised|won|owned|"
                               r"given|taken|built|designed|sung|played|read|introduced|opened|coached)$")


def month_not_name_after_to_or_by(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    if not ctx.has_upper or ctx.low[m.start():m.end()] not in _NAME_MONTHS or not ctx.text[m.start()].isupper():
        return True
    name = _SURNAME_AFTER.match(ctx.text, m.end())
    if name is None or ctx.grammar is not None and _is_vocab_word(ctx, name.group(1).lower()):
        return True
    prev = ctx.prev_word(m.start())
    if prev not in ("to", "by"):
        return True
    before = ctx.prev_word(ctx.low.rfind(prev, 0, m.start()))
    if prev == "to":
        return before not in _NAME_AFTER_TO_WORDS
    return _AGENT_PARTICIPLE.search(before) is None


GUARDS["month_not_name_after_to_or_by"] = month_not_name_after_to_or_by


# Round 142: "the frigate August", "the coaster Grey April", "the tanker June Star": a vessel's name after the
# noun of its kind (one capitalized word may open the name), no month. Not before a day's number ("ship June
# 12": the verb and a date).
_VESSEL_BEFORE_MONTH = re.compile(r"\b(?:frigate|schooner|coaster|brig|brigantine|barque|sloop|corvette|steamer|"
                                  r"steamship|liner|trawler|tanker|freighter|ketch|lugger|collier|cutter|gunboat|"
                                  r"warship|lifeboat|tug|yacht|ferry|ship|vessel)[ \t]+(?:[A-Z][a-z]+[ \t]+)?$")
_DAY_NUMBER_AFTER_MONTH = re.compile(r"[ \t]*\d")
# Review fixes 6 (stop 26): only after "the/a" and the vessel noun ("The console will ship October", "the phones
# ship November": the verb), and not before a noun the month qualifies ("the ferry June timetable").
_DETERMINER_BEFORE_VESSEL = re.compile(r"\b(?:the|a|an|her|his|their|its|our)[ \t]+(?:[a-z]*(?:[a-rt-z]|ous)[ \t]+)?$",
                                       re.I)     # (an adjective, no plural subject: "the phones ship")
_NOUN_AFTER_MONTH_NOT_NAME = re.compile(r"[ \t]+(?:timetables?|schedules?|sailings?|crossings?|services?|fares?|"
                                        r"departures?|routes?|runs?|trips?|voyages?|cruises?|calendar|rota|"
                                        r"programme|program|deliver(?:y|ies)|shipments?|launch|release|update|"
                                        r"issue|edition|figures|data|sales|orders)\b")


def month_not_vessel_name(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    s = m.start()
    if not ctx.has_upper or not ctx.text[s].isupper() or _DAY_NUMBER_AFTER_MONTH.match(ctx.text, m.end()):
        return True
    v = _VESSEL_BEFORE_MONTH.search(ctx.text, max(0, s - 40), s)
    if v is None or _NOUN_AFTER_MONTH_NOT_NAME.match(ctx.low, m.end()):
        return True
    return _DETERMINER_BEFORE_VESSEL.search(ctx.text, max(0, v.start() - 20), v.start()) is None


GUARDS["month_not_vessel_name"] = month_not_vessel_name

# Stop 27 (fuzz2): "January 1, 0001", "January 0001": a year no rule reads makes no month of this year
_DAY_ZERO_YEAR_AFTER = re.compile(r"(?: \d{1,2}(?:st|nd|rd|th)?)? ?,? ?0\d{3}\b")


def month_not_before_zero_year(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    return _DAY_ZERO_YEAR_AFTER.match(ctx.text, m.end()) is None


GUARDS["month_not_before_zero_year"] = month_not_before_zero_year


# Round 133. A four-digit number that labels a thing is no year: "cells numbered 1801 to 1840", "item 1957 in
# the catalogue", "catalogue number FERN 1998", a minor planet's designation "2010 KQ37"; nor is the base of an
# index ("based on 2015 = 100", "(2002=100)"), a level set to 100, not a time. (A union branch, "Local 1950",
# is a label too, but untagged it lets a present perfect's "since June 30" after it take an older narrative
# year: left for a round on yearless anchoring.)
_LABEL_INDEX_BASE_AFTER = re.compile(r"[ \t]*=[ \t]*100\b")
_DESIGNATION_AFTER = re.compile(r"[ \t]+[A-Z]{2}\d")
_CODE_NUMBER_BEFORE = re.compile(r"\b(?:[Nn]umber|[Nn]o\.?)[ \t]+[A-Z]{2,}[ \t]+$")
_NUMBERED_FROM_BEFORE = re.compile(r"\bnumbered[ \t]+\d{4}[ \t]+(?:to|through)[ \t]+$")


def year_not_label_or_index_base(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    s, e = m.start(), m.end()
    if _LABEL_INDEX_BASE_AFTER.match(ctx.text, e) or _DESIGNATION_AFTER.match(ctx.text, e):
        return False
    if ctx.text[s - 1:s] != " ":
        return True
    prev = ctx.prev_word(s)
    if prev in ("numbered", "item"):
        return False
    if prev in ("to", "through") and _NUMBERED_FROM_BEFORE.search(ctx.low, max(0, s - 30), s):
        return False          # the end of "numbered 1801 to 1840"
    return _CODE_NUMBER_BEFORE.search(ctx.text, max(0, s - 24), s) is None


GUARDS["year_not_label_or_index_base"] = year_not_label_or_index_base


# Round 142: a year ending a programme's name given with "known as" ("the reforms known as Agenda 2010"), no time
# told (as after "called" or "dubbed", year_bare). Written with a capital.
# ("the Class of 2027", a cohort, was tried here too: it cost a held-out set.)
_KNOWN_AS_NAME_BEFORE_YEAR = re.compile(r"\bknown[ \t]+as[ \t]+(?:the[ \t]+)?[A-Z][a-z]+[ \t]+$")


def year_not_known_as_name(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    s = m.start()
    return not (ctx.has_upper and _KNOWN_AS_NAME_BEFORE_YEAR.search(ctx.text, max(0, s - 40), s))


GUARDS["year_not_known_as_name"] = year_not_known_as_name


# Round 132: "the same day" saying only that things coincide, no day the text points back to: a count of things
# that share it ("sits two papers on the same day", "after two were held on the same day"). (An aside after a
# date, "on Nov. 3, the same day as the poll", is tagged in some sets and not in others: left alone.)
_SHARED_BY_COUNT_BEFORE = re.compile(r"\b(?:two|three|four|five|both|several|multiple|\d+)[ \t]+(?:[a-z]+[ \t]+)?"
                                     r"(?:held[ \t]+|set[ \t]+|fall[ \t]+|falling[ \t]+)?on[ \t]+$")


def same_day_not_coincidence(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    s = m.start()
    if not ctx.low.startswith("the same day", s):
        return True
    if _SHARED_BY_COUNT_BEFORE.search(ctx.low, max(0, s - 40), s):
        return False
    return True


GUARDS["same_day_not_coincidence"] = same_day_not_coincidence


# Round 132: "the fall in student numbers", "despite the fall in prices": a drop in something measured, the noun
# of falling, no autumn. Not after a preposition of time ("reopens in the fall in time for"), nor before a name
# ("the fall in Ohio"), a year or a determiner ("the fall in 2019", "the fall in which").
_FALL_IN_MEASURE_AFTER = re.compile(r"[ \t]+in[ \t]+(?!(?:the|a|an|this|that|which|whose|time|earnest|line|"
                                    r"order|turn|part|general|particular|step|public|question|front|love)\b)"
                                    r"[a-z][a-z-]+\b")
_TIME_PREPOSITIONS_BEFORE_SEASON = frozenset(("in", "during", "by", "until", "till", "since", "for", "before",
                                              "after", "through", "throughout", "over", "into", "of", "from",
                                              "to", "late", "early", "this", "next", "last", "that"))


def season_not_fall_in_measure(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    s, e = m.start(), m.end()
    if ctx.low[s:e] == "fall" and ctx.low.endswith("the ", max(0, s - 4), s):
        s -= 4        # "fall" alone, its "the" left before it
    if ctx.low[s:e] != "the fall" or (s > 0 and ctx.low[s - 1].isalnum()):
        return True
    a = _FALL_IN_MEASURE_AFTER.match(ctx.low, e)
    if a is None or (ctx.has_upper and not ctx.text[a.end() - 1].islower()):
        return True
    if ctx.has_upper and any(c.isupper() for c in ctx.text[a.start():a.end()]):
        return True
    return ctx.prev_word(s) in _TIME_PREPOSITIONS_BEFORE_SEASON


GUARDS["season_not_fall_in_measure"] = season_not_fall_in_measure


# Round 141: a day named earlier in the sentence ("On Friday the fast ended at sunset", "It was June 3 and by
# nightfall ..."): what the day's last light is dated by. Without one ("All four were back at camp by nightfall"
# deep in a story of clock times) the day in focus is too often no day at all.
_DAY_IN_SENTENCE = re.compile(
    r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|tomorrow|tonight|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}\b|\d{1,2} (?:jan|feb|mar|apr|may|jun|"
    r"jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|(?:that|the same|the following|the next|the previous) day)")


# Review fixes 6 (stop 26): a habit ("usually starts at nightfall", "close at dusk every day", "open until dusk
# through the summer", "visible at dusk all month") is on no one day ...
_DUSK_HABIT = re.compile(r"\b(?:usually|normally|typically|generally|often|always|sometimes|routinely|regularly|"
                         r"nightly|daily|every|each|all[ \t]+(?:month|week|year|summer|winter|spring|autumn|season)|"
                         r"through(?:out)?[ \t]+the[ \t]+(?:summer|winter|spring|autumn|fall|season|year|month|week)|"
                         r"until[ \t]+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b(?![ \t]+\d))")
# ... and a day that only dates the saying ("On Monday, the museum said it would close at dusk").
_SAYING_AFTER_DAY = re.compile(r"\b(?:said|says|announced|announces|told|tells|warned|warns|confirmed|confirms|"
                               r"stated|reported|reports|added|explained|insisted|promised|predicted|forecast)\b")


def day_in_sentence(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    low = ctx.low
    lo0 = max(0, m.start() - 200)
    stop = max(low.rfind(". ", lo0, m.start()), low.rfind("\n", lo0, m.start()), lo0)
    day = None
    for day in _DAY_IN_SENTENCE.finditer(low, stop, m.start()):
        pass
    if day is None:
        return False
    ends = [i for i in (low.find(". ", m.end(), m.end() + 120), low.find("\n", m.end(), m.end() + 120)) if i >= 0]
    hi = min(ends + [m.end() + 120, len(low)])
    if _DUSK_HABIT.search(low, stop, hi):
        return False
    return _SAYING_AFTER_DAY.search(low, day.end(), m.start()) is None


GUARDS["day_in_sentence"] = day_in_sentence


# Round 142: "Retail sales fell 0.6 per cent in May ... The fall, the first since January, followed", "the
# footage showed him pushing the man ... the fall left him with a fractured skull": "the fall" as a clause's
# subject or object, no time preposition before it, after a drop or a tumble just told, is that fall, no
# autumn. Not before a noun it qualifies ("The fall semester starts"), "of" or a year.
_DROP_OR_TUMBLE_BEFORE = re.compile(r"\b(?:fell|fallen|falls|falling|dropped|declined|slipped|slid|tumbled|plunged|"
                                    r"pushed|pushing|shoved|shoving|tripped|tripping|stumbled|stumble|stumbling|knocked)\b")
_FALL_SUBJECT_AFTER = re.compile(r"(?:[ \t]*,|[ \t]+(?:at|left|leaves|was|is|had|has|came|comes|followed|follows|"
                                 r"reflected|reflects|broke|caused|meant|took|wiped|erased|brought|put|pushed|"
                                 r"marked|marks|reversed)\b)")


def season_not_fall_after_drop(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    s, e = m.start(), m.end()
    if ctx.low[s:e] == "fall" and ctx.low.endswith("the ", max(0, s - 4), s):
        s -= 4
    if ctx.low[s:e] != "the fall" or (s > 0 and ctx.low[s - 1].isalnum()):
        return True
    prev = ctx.prev_word(s)     # ("said that the fall ...": "that" a conjunction here, before "the")
    if (prev in _TIME_PREPOSITIONS_BEFORE_SEASON and prev != "that") or not _FALL_SUBJECT_AFTER.match(ctx.low, e):
        return True
    # Review fixes 6 (stop 26): only in its own sentence or the one before, and only a drop of a quantity
    # ("fell 3%", "prices fell") or a tumble ("pushed", "fell from"); "Leaves fell early", "Sales fell in the
    # spring. The fall, however, ..." and a season's cue near it ("a slower season") keep the autumn.
    low = ctx.low
    lo0 = max(0, s - 400)
    here = max(low.rfind(". ", lo0, s), low.rfind("\n", lo0, s))
    prev_end = here
    while prev_end > lo0 and low[prev_end - 1] in " \t\n\r":     # (past blank lines between paragraphs)
        prev_end -= 1
    lo = lo0 if here < 0 else max(low.rfind(". ", lo0, prev_end), low.rfind("\n", lo0, prev_end), lo0)
    stops = [i for i in (low.find(". ", e, e + 300), low.find("\n", e, e + 300)) if i >= 0]
    hi = min(stops + [e + 300, len(low)])
    if _FALL_SEASON_CUE.search(low, lo, hi):
        return True
    for d in _DROP_OR_TUMBLE_BEFORE.finditer(low, lo, s):
        word = d.group(0)
        if word in _TUMBLE_WORDS or _QUANTITY_AFTER_DROP.match(low, d.end()) \
                or _VALUE_SUBJECT_BEFORE_DROP.search(low, max(lo, d.start() - 40), d.start()):
            return False
    return True


_TUMBLE_WORDS = frozenset(("pushed", "pushing", "shoved", "shoving", "tripped", "tripping", "stumbled", "stumble",
                           "stumbling", "knocked"))
_QUANTITY_AFTER_DROP = re.compile(r"(?:[ \t]+(?:by|to|about|around|nearly|almost|some|more[ \t]+than|over|"
                                  r"sharply|steeply))*[ \t]+(?:[$\u20ac\u00a3\u00a5]?\d|(?:one|two|three|four|five|six|"
                                  r"seven|eight|nine|ten|half|a[ \t]+third|a[ \t]+quarter)\b)|"
                                  r"[ \t]+(?:from|off|down|onto|into|over)[ \t]+(?:a|an|the|his|her|their|its)\b")
_VALUE_SUBJECT_BEFORE_DROP = re.compile(r"\b(?:prices?|sales|exports|imports|shares|stocks|output|values?|rates?|"
                                        r"index|profits?|revenues?|earnings|yields?|demand|production|inflation|"
                                        r"unemployment|spending|orders|costs?|wages|incomes?|figures?|numbers|"
                                        r"turnover|volumes?|sterling|pound|dollar|euro|currency|market|markets)"
                                        r"(?:[ \t]+(?:have|has|had|also|then|sharply))?[ \t]+$")
_FALL_SEASON_CUE = re.compile(r"\b(?:season|seasons|semester|term|cooler[ \t]+weather|colder[ \t]+weather|leaves|"
                              r"foliage|autumn|harvest|spring|summer|winter)\b")


GUARDS["season_not_fall_after_drop"] = season_not_fall_after_drop


# Round 147: "the hide is open daily from 9 a.m. until dusk", "volunteers patrol from dusk until 10pm on mild
# nights": the last light of a habit's day, on no one day (XXXX-XX-XXTEV), as the clock hours beside it are.
# The habit is told in the sentence (the words of _DUSK_HABIT, or "on wet/suitable/most nights"); the idioms
# "from dawn till dusk", "dusk to dawn" (all day, all night) are left alone.
_NIGHTS_HABIT = re.compile(r"\b(?:on[ \t]+(?:[a-z]+[ \t]+)?nights|most[ \t]+(?:nights|evenings|days)|"
                           r"(?:mon|tues|wednes|thurs|fri|satur|sun)days\b)")
_DAWN_DUSK_BEFORE = re.compile(r"\b(?:dawn|daybreak|sunrise|first[ \t]+light)[ \t]+(?:to|till|until|til|and)[ \t]+$")
_DUSK_DAWN_AFTER = re.compile(r"[ \t]+(?:to|till|until|til|and)[ \t]+(?:dawn|daybreak|sunrise|first[ \t]+light)\b")


def dusk_habit(rule: Rule, m: re.Match, fields: dict, ctx: Context) -> bool:
    low = ctx.low
    if _DAWN_DUSK_BEFORE.search(low, max(0, m.start() - 20), m.start()) or _DUSK_DAWN_AFTER.match(low, m.end()):
        return False
    if not (_CLOCK_RANGE_BEFORE_DUSK.search(low, max(0, m.start() - 40), m.start())
            or low.endswith("from ", 0, m.start()) and _CLOCK_RANGE_AFTER_DUSK.match(low, m.end())):
        return False    # "stays open until sundown through the summer": no range of hours (review fixes 6)
    lo0 = max(0, m.start() - 200)
    stops = [d.end() for d in _HABIT_SENTENCE_STOP.finditer(low, lo0, m.start())]
    stop = stops[-1] if stops else lo0
    end = _HABIT_SENTENCE_STOP.search(low, m.end(), min(len(low), m.end() + 120))
    hi = end.start() if end is not None else min(m.end() + 120, len(low))
    return _DUSK_HABIT.search(low, stop, hi) is not None or _NIGHTS_HABIT.search(low, stop, hi) is not None


# The range of hours dusk bounds: "from 9 a.m. until dusk", "from dusk until about 10pm".
_CLOCK_RANGE_BEFORE_DUSK = re.compile(r"\bfrom[ \t]+(?:about[ \t]+|around[ \t]+)?\d{1,2}(?:[.:]\d\d)?[ \t]*"
                                      r"(?:a\.m\.|p\.m\.|am|pm|o'clock)?[ \t]+(?:until|till|to)[ \t]+$")
_CLOCK_RANGE_AFTER_DUSK = re.compile(r"[ \t]+(?:until|till|to)[ \t]+(?:about[ \t]+|around[ \t]+)?\d{1,2}(?:[.:]\d\d)?"
                                     r"[ \t]*(?:a\.m\.|p\.m\.|am|pm|o'clock)")
# A sentence's end for dusk_habit: not the stop of "a.m."/"p.m." ("open daily from 8 a.m. until dusk").
_HABIT_SENTENCE_STOP = re.compile(r"(?<![ap]\.m)\.[ \t]|\n")


GUARDS["dusk_habit"] = dusk_habit
