"""Anchoring days and months written without a year ("March 17", "on the 25th", "in July")."""
from __future__ import annotations

import datetime as _dt
import re
from typing import Optional

from ..model import Timex
from . import calendar as cal
from .narrative import story_year_for_month
from .cues import FUTURE, PAST, REQUESTED, garden_advice, habitual, nature_habit, plan_told_in_past, section_heading, tense
from .resolution import _SINCE_BEFORE, MONTH_NAMES, PARAGRAPH_BREAK, WEEKDAY_NAMES, Resolution, _sentences_between

# Round 128: "April 2 in 1994": a year told right after a day without one, as its year
# (and only where the year ends its phrase: "on June 30 in 2000 stores" counts stores)
_YEAR_TOLD_AFTER = re.compile(r"[ \t]+in[ \t]+(1[89]\d\d|20\d\d)(?=[.,;:!?)\"”]|[ \t]*$|[ \t]+(?:and|when|while)\b)",
                              re.M)
# Round 128: a plan called off right after its time: "set for June but was postponed", "listed for May, then
# adjourned"
_PLAN_CALLED_OFF_AFTER = re.compile(r"[ \t]*,?[ \t]+(?:but|and|then|before[ \t]+it|until[ \t]+it)[ \t]+"
                                    r"(?:it[ \t]+|was[ \t]+|were[ \t]+|had[ \t]+been[ \t]+)?(?:was[ \t]+|were[ \t]+)?"
                                    r"(?:postponed|delayed|adjourned|put[ \t]+off|pushed[ \t]+back|deferred|"
                                    r"cancell?ed|called[ \t]+off|vacated|moved)\b")
# Round 100: a modal before "since" may count to a day still ahead ("we may ask you to repay what you have
# received since 6 April", a new tax year's rule told in February).
# "will open on", "will be held on", "will not reopen until": a day a "will" governs directly (stop 27)
_WILL_ON_BEFORE = re.compile(r"\b(?:will|shall)[ \t]+(?:not[ \t]+)?(?:be[ \t]+)?[a-z]+(?:[ \t]+[a-z]+){0,2}[ \t]+"
                             r"(?:on|until|by)[ \t]+$")
_MODAL_IN_SENTENCE = re.compile(r"\b(?:will|would|may|might|can|could|shall|should|must|'ll)\b")
# A month before these words is a futures contract's delivery month, also with a commodity between ("the
# November soybean contract", "December live cattle futures"), and after "futures for" ("hog futures for
# February") or "delivery in".
_DELIVERY_AFTER = re.compile(r"[ \t]+(?:(?!(?:the|a|an|and|or|of|to|in|on|its|their|his|her|this|that|was|were|is|"
                             r"are|had|has|new)\b)[a-z][a-z-]*[ \t]+){0,2}?(?:delivery|deliveries|contracts?|futures|"
                             r"arrival|loading|loadings|shipment)\b")
# "cargoes for March arrival", "charters for November", "heating oil for May fell": what is traded or
# chartered for a month is delivered in it, the coming one
_DELIVERY_BEFORE = re.compile(r"\b(?:(?:futures(?:[ \t]+contracts?)?|contracts?|charters?|cargoes|cargos|shipments|"
                              r"heating[ \t]+oil|crude|gasoline|diesel|naphtha|jet[ \t]+fuel|natural[ \t]+gas)[ \t]+for|"
                              r"delivery[ \t]+in)[ \t]+$")
# A month right before a traded crop or good is its contract's delivery month in a market report: "May
# wheat at 56 cents", "December corn closed lower" (not after a preposition: "in May wheat prices rose").
_COMMODITY_AFTER = re.compile(r"[ \t]+(?:wheat|corn|oats|rye|barley|flax|cotton|soybeans?|lard|pork|ribs|bellies|"
                              r"hogs|cattle|sugar|coffee|cocoa|rubber|copper)\b")
_NOT_CONTRACT_BEFORE = re.compile(r"\b(?:in|during|since|by|until|till|through|from|of|for|last|next|this|early|late|"
                                  r"mid)[ \t]+$")
# A statistic "for" a month ("retail sales for July", "the jobs figures for March"): figures are
# published after the month they measure, so the month is the latest begun by publication, whatever the
# tense of "will report"; so is the breakdown or the total of such figures ("a regional breakdown for May").
# A present perfect ("has", "have", "'ve") before "since" or "back to" the month, within its sentence.
# Round 140: "the fire season normally lasts until late October", "planting normally finishes by late June": the
# usual end of a season under way or coming is told to say when this one ends, so the month is dated like any
# other; only the bounding "until"/"by" after a verb of lasting does it ("exams are normally held in November"
# stays any year's).
_HABIT_SEASON_END = re.compile(r"\b(?:normally|typically|ordinarily)[ \t]+(?:lasts?|runs?|finish(?:es)?|ends?|"
                               r"continues?|stretch(?:es)?)\b[^.;!?\n]{0,40}?\b(?:until|till|by)[ \t]+$")
# Round 140: "Hallmark, whose fiscal year ends in June": a company's year-end told in the present is the month
# every one of its years ends in (TimeML "XXXX-06"); a year that ended or will end ("for the year ending in
# January", "the fiscal year ended in June") is dated as before.
_FISCAL_YEAR_ENDS_IN = re.compile(r"\b(?:fiscal|financial|accounting)[ \t]+years?[ \t]+(?:ends|closes|end|close)[ \t]+"
                                  r"in[ \t]+$")
# Round 140: a month naming the figures or the statistical report it measures ("will release its November
# employment figures today", "releases its December jobs report Friday"): put out after the month ends, so
# one just ended is that month, however much the release lies ahead. A report named only for the month it
# comes out in ("the April Monetary Policy Report") has no statistic word and is left to the tense.
# (Round 149: so with a possessive, "in line with September's inflation figure": one figure, of that month)
_FIGURE_NOUN_AFTER = re.compile(r"(?:'s|\u2019s)?[ \t]+(?:(?:employment|jobs|payrolls?|unemployment|jobless|labou?r[ \t]+force|"
                                r"retail[ \t]+sales|sales|trade|inflation|consumer[ \t]+prices?|producer[ \t]+prices?|"
                                r"housing[ \t]+starts|home[ \t]+sales|industrial[ \t]+production|factory)[ \t]+"
                                r"(?:figures?|data|numbers|statistics|report|index|rate)|figures|data|numbers|statistics)\b")
# (Review fixes 6, stop 26: not a future perfect, "will have been closed since April" counts up to a day ahead)
_PERFECT_SINCE = re.compile(r"(?<!\bwill )(?<!\bwould )(?<!'ll )(?<!\bshall )(?<!\bwill not )(?<!\bwon't )"
                            r"(?<!\bwould not )(?<!\bwouldn't )"
                            r"\b(?:has|have|'ve)\b[^.;!?\"\n]{0,70}\b(?:since|back[ \t]+to)[ \t]+(?:early[ \t]+|mid-?|late[ \t]+)?$")
_FUTURE_PERFECT_SINCE = re.compile(r"\b(?:will|'ll|shall)[ \t]+(?:not[ \t]+|also[ \t]+|then[ \t]+)?have\b"
                                   r"[^.;!?\"\n]{0,70}\bsince[ \t]+(?:early[ \t]+|mid-?|late[ \t]+)?$")
_RELATIVE_PERFECT_SINCE = re.compile(r"\b(?:that|which|who)[ \t]+(?:[a-z]+[ \t]+){0,2}(?:has|have)\b"
                                     r"[^.;!?\"\n]{0,70}\b(?:since|back[ \t]+to)[ \t]+(?:early[ \t]+|mid-?|late[ \t]+)?$")
# Review fixes 6: a year named to open its sentence ("This year the shop has been open since October", "In 2023,
# ...") is the clause's own frame, which round 140's count up to publication does not override.
_YEAR_OPENS_SENTENCE = re.compile(r"(?:^|[.!?\n][\"'\u201d\u2019)]*[ \t\n]+)(?:(?:so[ \t]+far|earlier|later|in|during)[ \t]+)?$")
_STATISTIC_FOR = re.compile(
    r"\b(?:sales|figures|data|numbers|statistics|results|earnings|inflation|payrolls|output|orders|production|"
    r"spending|exports|imports|unemployment|jobless|receipts|readings?|indexe?s?|index|reports?|breakdowns?|totals?|"
    r"tally)[ \t]+(?:(?:data|figures|"
    r"numbers|rate|report|index)[ \t]+)?for[ \t]+$")
# A figure given for a month ("9.5 percent in June", "a 1.5 percent rise in June", "consumer prices for
# July"): when that month has just ended, it is the one the figure measures, even in a clause about a
# release or forecast to come ("data due Wednesday are expected to show a 1.5 percent rise in June").
# (Round 148: "inflation of 2.0 per cent for February": the figure given "for" the month, as "in" it)
_FIGURE_IN = re.compile(r"(?:\b\d+(?:\.\d+)?[ \t]*(?:percent|per[ \t]+cent|%)(?:[ \t]+[a-z]+)?[ \t]+(?:in|for)|"
                        r"\b(?:consumer|producer|import|export|retail|wholesale)[ \t]+prices[ \t]+for)[ \t]+$")
# ... "just ended": the publication month's one or two predecessors (figures come out a month or so late).
_FIGURE_LAG_MONTHS = 2
# What is booked, priced or forecast "for" a month ("bookings for April", "hotel rates in Kyoto for early
# April", "the forecast for March"): told before the month, about the one to come, whatever the tense of
# "were 18 percent higher".
_BOOKED_FOR = re.compile(r"\b(?:bookings?|reservations|tickets|seats|rates|fares|forecasts?|outlook)"
                         r"(?:[ \t]+(?:in|at)[ \t]+[a-z-]+(?:[ \t]+[a-z-]+)?)?[ \t]+for[ \t]+(?:the[ \t]+)?$")
# Round 123: a month wagered on or feared as the time of an event ("bets on a June hike", "the odds of an
# April cut", "fears of a May strike"): the indefinite article makes the month's event one still to come.
_WAGERED_ON = re.compile(r"\b(?:bets?|betting|wagers?|odds|chances?|probability|likelihood|expectations?|hopes?|"
                         r"fears?|pricing|priced)[ \t]+(?:on|of|for|in)[ \t]+an?[ \t]+$")
# Review fixes 3 (stop 25): a wager told in the pluperfect ("traders had placed bets on a March hike") or one
# that "never came" looks back: the month keeps the past reading.
_WAGERED_PAST_BEFORE = re.compile(r"\bhad[ \t]+(?:(?:already|long|earlier|also|been)[ \t]+)?[a-z]+(?:ed|en|ht|lt|nt)"
                                  r"\b[^.;!?\n]*$")
_WAGERED_PAST_AFTER = re.compile(r"[^.;!?\n]{0,40}\b(?:never|did[ \t]+not|didn't|didn’t)[ \t]+(?:came|come|happened|"
                                 r"happen|arrived|arrive|materiali[sz]ed|materiali[sz]e)\b")
# ... when that month is near: one more than this many months ahead is more likely the one just gone.
_BOOKED_AHEAD_MONTHS = 6
_MONTH_VALUE = re.compile(r"^\d{4}-\d\d$")
_RANGE_TO = re.compile(r"[ \t]*(?:-|–|—|(?:to|until|till|through|thru|and)[ \t]+)[ \t]*$")
_RANGE_AND = re.compile(r"[ \t]+and[ \t]+$")
_EVENT_YEAR_BEFORE = re.compile(r"\bthe[ \t]+$")
# Nouns of an event held in the year written before them ("the 2017 race"; "the 2017 budget" is voted on
# the year before, so it is no such noun).
_NOUN_AFTER = re.compile(r"[ \t]+(?:[a-z]+[ \t]+)?(?:race|marathon|games|olympics|tournament|championships?|"
                         r"cup|season|festival|fair|show|expo|summit|conference|convention|congress|election|"
                         r"elections|primary|primaries|census|edition|event|ceremony|awards|open|tour|"
                         r"meeting|gala|parade|concert|launch|vote|referendum)\b")
_CLAUSE_STOP = re.compile(r"[.;!?]")
_YEAR_WRITTEN = re.compile(r"\b(?:1\d|20)\d\d\b")
_RANGE_FROM = re.compile(r"\b(?:from|between)[ \t]+(?:(?:early|late|mid)[ \t-]+)?$")
# A deictic year right after the month, past an adverb ("in late March again next year"): the month's year,
# the same as "March next year" written together.
_DEICTIC_YEAR_AFTER = re.compile(r"[ \t]+(?:again|too|also|as[ \t]+well|once[ \t]+more)[ \t]+(last|this|next)[ \t]+year\b")
_DEICTIC_YEAR = re.compile(r"(?:(?:earlier|later)[ \t]+)?(?:this|last|next)[ \t]+year"
                           # Round 87: a year counted back from now ("Two years ago in March") or from a year
                           # named before ("The following year, Easter fell early") dates the clause as well
                           r"|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[ \t]+years?[ \t]+ago"
                           r"|(?:the[ \t]+)?(?:previous|following|prior|next)[ \t]+year"
                           r"|the[ \t]+year[ \t]+(?:before|after)|(?:a|one)[ \t]+year[ \t]+(?:earlier|later)")
# Round 87: a semicolon or colon ends the clause the deictic year dates ("up from last year; in May the firm
# hired"): what follows is a clause of its own, read as any other.
_CLAUSE_BREAK = re.compile(r"[;:]")
# Round 87: "A year ago, in the spring, ...", "A year earlier in June ...": a compared year ("up from a year
# ago") is no comparison when it opens its sentence as the time of the clause.
_COMMA_OR_IN = re.compile(r"[ \t]*,|[ \t]+in[ \t]")
# ("this year", "last year", "next year" count from publication only: one counted from another time is no
# clause's year unless a when-clause tells what happened in it)
_THIS_LAST_NEXT_YEAR = re.compile(r"(?:(?:earlier|later)[ \t]+)?(?:this|last|next)[ \t]+year")
# Round 87: a year counted back ("two years ago") or from another ("the year before") dates the clause only when
# it heads it (opening its sentence, or a clause after a comma, "and" or "but"); "seedlings planted three years
# ago will bear before Christmas", "the market, added two years ago, returns June 5" tell the noun's past.
_CLAUSE_HEAD_BEFORE = re.compile(r"(?:[,;][ \t]*|\b(?:and|but)[ \t]+)$")
# Round 87: a year that is what a thing is for or about ("the budget for next year", "a report on last year").
_TOPIC_YEAR_BEFORE = re.compile(r"\b(?:for|on|about|into)[ \t]+$")
# Round 87: what joins the years of a list ("2018 and last year", "2019, 2020, last year").
_YEAR_LIST_JOIN = re.compile(r"[ \t]*(?:,[ \t]*(?:(?:and|or)[ \t]+)?|(?:and|or)[ \t]+)(?:in[ \t]+)?")
# (the explanation of a date that took its year from a deictic year before it in its sentence)
_NAMED_BEFORE_IN_SENTENCE = "named before it in its sentence"
# Round 87: "more than last year, when in August it rained": a compared year (not anchorable) still dates the
# when-clause told right after it.
_WHEN_CLAUSE_AFTER = re.compile(r"[ \t]*,[ \t]+when\b")
# "Requests to carry leave into next year must reach HR by 30 November", "forms for next year are due by
# 1 December": "next year" as what a thing is for, and the day a deadline ("by", "before") for it, which
# falls before that year; the day is read from publication as any other.
_FOR_NEXT_YEAR = re.compile(r"\b(?:into|for)[ \t]+$")
_DEADLINE_DAY = re.compile(r"\b(?:by|before)[ \t]+$")
# "The fare rise approved last year takes effect Aug. 1", "the ban, announced last year, starts in June": a
# deictic year in a reduced relative clause (a past participle after its noun) dates the participle only;
# the main clause's day is read from publication as any other, unless that clause is itself told in the
# past. (The word before the participle must not be an auxiliary or a subject pronoun: "it was approved
# last year", "we signed last year" are the main verb.)
_YEARLESS_REDUCED_RELATIVE = re.compile(
    r"(?<![a-z'])(?!(?:was|were|is|are|be|been|being|has|have|had|it|he|she|they|we|i|you|who|which|that)"
    r"[ \t,])[a-z]+[ \t]*,?[ \t]+(?:[a-z]+ed|made|built|set|held|won|sold|bought|taken|given|chosen|begun)"
    r"[ \t]+$")
# A past perfect between "this year" and the month goes back before it: "cut its forecast for this year
# to 1.6 percent from the 1.7 percent it had projected in November" (last November).
_HAD = re.compile(r"\bhad\b")
# Round 148: a year naming one edition of a yearly event ("the 2021 edition", "the 2019 season"): the months told
# of that edition in the same clause are that year's.
_EDITION_AFTER_YEAR = re.compile(r"[ \t]+(?:edition|season|festival|tour|championships?|tournament|fair|show|race)\b")
# Review 13: an edition that is the object of a preposition ("preparations for the 2024 season began in July",
# "tickets for the 2024 festival go on sale in March") is no subject of the month's verb.
_EDITION_OBJECT_BEFORE = re.compile(r"\b(?:for|of|after|to|towards?|before|about|ahead[ \t]+of)[ \t]+"
                                    r"(?:(?:the|this|its|their|his|her|our|next|a)[ \t]+)?$")
# Round 86: a count of years back that opens its sentence ("Two years ago, ...") sets the year of the months
# told after it, as "last year" there does.
_YEARS_AGO = re.compile(r"(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[ \t]+years?|a[ \t]+"
                        r"couple[ \t]+of[ \t]+years)[ \t]+ago")
# A year that opens its clause ("..., and in 2010 it will begin on Sept. 9", "In 2012 the feast fell on
# April 8"): the year of that clause's days (not one inside an aside: "which drew crowds in April 2019").
_CLAUSE_YEAR_BEFORE = re.compile(r"(?:^|[,;][ \t]*(?:(?:and|but)[ \t]+)?|\b(?:and|but)[ \t]+)in[ \t]+$")
_BARE_YEAR = re.compile(r"\d{4}")
# Round 79: a sentence opened by "In 2015" ("In 2015 it will be April 5"): the pattern above anchors "^" at
# the text's start only, not at a sentence's.
_SENTENCE_OPENS_IN = re.compile(r"[ \t\n\"'\u201c]*in[ \t]+")
# Round 79: a day set in apposition right after its year ("came in 2008, on March 23"; "in 1998, March 4"):
# that year's day.
_YEAR_THEN_DAY = re.compile(r",[ \t]+(?:on[ \t]+)?")
# ... but not a year that bounds a comparison ("For the first time since 1888, Christmas falls on a Monday",
# "Until 1990, Easter was quiet"): the clause is not set in it.
_BOUND_YEAR_BEFORE = re.compile(r"\b(?:since|until|till|before|after)[ \t]+$")
# A year that opens a relative clause (", which in 2019 took until mid-June", ", when in 1998 the river rose in
# April"): the year of that clause's days, as long as the clause has not closed (no comma) before the day.
_RELATIVE_CLAUSE_YEAR_BEFORE = re.compile(r"[,;(][ \t]*(?:which|when|where|who)[ \t]+in[ \t]+$")
# ... unless that year opens the sentence, the scene of all of it: "Last year he had finished by May 15".
_OPENING = re.compile(r"[ \t\n\"'\u201c]*")
# A deadline or a plan between a deictic year and a day: the day aimed at may lie in another year ("Last
# year, the state had set a deadline of 26 January").
_AIMED = re.compile(r"\b(?:deadline|target|goal|set|scheduled|planned|due|until)\b")
# "did not arrive until 5 November", "was not finished until May 2": "until" after a negated past tells
# when the thing at last happened, in the year named before it, not a deadline aimed at
_NEGATED_PAST_UNTIL = re.compile(r"\b(?:did|was|were|had)(?:[ \t]+not|n't)[ \t]+(?:[a-z]+[ \t]+){0,3}?until[ \t]+$"
                                 r"|\bnever[ \t]+(?:[a-z]+[ \t]+){0,2}?until[ \t]+$")

# Round 109: a vote's day fixed, told just before the day ("set its primary for Jan. 8").
_VOTE_DAY_SET_BEFORE = re.compile(r"\b(?:set|fixed|moved|scheduled|called)[ \t]+(?:its|their|the|his|her)[ \t]+"
                                  r"(?:[a-z-]+[ \t]+){0,2}?(?:primary|election|by-election|vote|poll|referendum|caucus|"
                                  r"caucuses|runoff)[ \t]+for[ \t]+$")


def _aimed_between(low: str, lo: int, hi: int) -> bool:
    """Does a word of aim ("deadline", "set for", "until"...) stand in low[lo:hi] (see _AIMED)?"""
    for m in _AIMED.finditer(low, lo, hi):
        if m.group(0) == "until" and _NEGATED_PAST_UNTIL.search(low, max(lo, m.start() - 60), m.end() + 1):
            continue
        return True
    return False
_WHEN = re.compile(r"\bwhen\b")
# ... but "Last year the pass did not open until Dec. 2" tells when a thing at last happened that year: no aim.
_PAST_NOT_UNTIL = re.compile(r",?[^,;:]{0,60}\b(?:did[ \t]+not|didn['’]t|was[ \t]+not|wasn['’]t|were[ \t]+not|weren['’]t)"
                             r"[ \t]+[a-z]+(?:[ \t]+[a-z]+)?[ \t]+until[ \t]+$")
# A date written with its year ("February 22, 1986", "22 Feb 1986"), and how far a year-less date after it
# may stand (characters) and fall (weeks) to be read as of the same visit or event.
_WRITTEN_YEAR = re.compile(r"\b\d{4}\b")
# Round 107: how far back (characters) a day of the same number, just named, is the one "the 23rd" means.
_SAME_NUMBER_REACH = 600
_FULL_DATE_REACH = 600
_FULL_DATE_WEEKS = 8
# Round 115: how far back (characters) and how many years before publication a day written with its year may
# give its year to a year-less day after it in its sentence.
_OLD_DAY_REACH = 200
_OLD_DAY_YEARS = 2
# A verb in the past between the two ("was followed by"), when the tense of the day's own clause is unclear.
_OLD_DAY_PAST_BETWEEN = re.compile(r"\b(?:was|were|had|did|came|took|went|fell|began|[a-z]{3,}ed)\b")
# ... or an event named by its year, which the sentence then dates ("the great strike of 1926 began on 3 May").
_OLD_YEAR_OF_BEFORE = re.compile(r"\bof[ \t]+$")
_OLD_YEAR_TOOK_PLACE = re.compile(r"[ \t]+(?:took[ \t]+place|began|broke[ \t]+out|started|ended|happened|opened|"
                                  r"came|fell|was[ \t]+(?:held|signed|fought|launched|founded|declared))\b")
# A passive in the past right before the day ("was followed by", "were moved to"): told in the past, whatever a
# weekday's own cue reads.
_OLD_DAY_PASSIVE_BEFORE = re.compile(r"\b(?:was|were)[ \t]+(?:[a-z]+[ \t]+){1,2}(?:by|to|on|until)[ \t]+$")
# ... but not a day still to come told after it ("closed on 3 May 1990 and will reopen on 1 June").
_OLD_DAY_AHEAD = re.compile(r"\b(?:will|shall|would|'ll|is[ \t]+to|are[ \t]+to|going[ \t]+to)\b")
# How far back (characters) a day still to come may be named in the sentence of a year-less date (round 47)
_FUTURE_DAY_REACH = 160
# Round 149: "possibly into late December or early next year": a month offered beside next year as the time
# of one thing still to come is the coming one, whatever verb the clause hangs on.
_OR_NEXT_YEAR_AFTER = re.compile(r"[ \t]+or[ \t]+(?:(?:early|late|mid-?|the[ \t]+start[ \t]+of)[ \t]*)?next[ \t]+year\b")
# Round 149: the join between two items of a list of dates ("June 17, Sept. 16 and Jan. 15").
_LIST_JOIN = re.compile(r",?[ \t]+(?:and|or)[ \t]+|,[ \t]+")
# ", with the third departing": an absolute clause, tenseless, that continues the clause before it
_WITH_CLAUSE = re.compile(r",[ \t]+with[ \t]")
# Round 135: a run told by its two ends ("the tour opens March 2 in Tampa ... before closing on Aug. 30"):
# the verb that opens it right before its first date, the verb that closes it between the two dates.
_RUN_OPENS_BEFORE = re.compile(r"\b(?:opens|opening|starts|starting|begins|beginning|kicks[ \t]+off|kicking[ \t]+off|"
                               r"launches|launching)[ \t]+(?:(?:on|in|at)[ \t]+)?$")
_RUN_CLOSES_BETWEEN = re.compile(r"\b(?:closes|closing|ends|ending|finishes|finishing|wraps[ \t]+up|wrapping[ \t]+up|"
                                 r"concludes|concluding|winds[ \t]+up|winding[ \t]+up)\b")
_RUN_REACH = 220
# A schedule line's label before its date: "Final exams: ", "Workshop - ".
_SCHEDULE_LABEL = re.compile(r"[ \t]*(?:[-*\u2022][ \t]*)?[a-z][a-z0-9 '&/()-]{1,60}(?::|[ \t]+[-\u2013\u2014])[ \t]*")
_COORDINATED = re.compile(r"\b(?:and|but|or)\b")
# What comes after the scene's date: "did not resume until", "only after", "not before".
_NOT_BEFORE_THEN = re.compile(r"\b(?:until|till|not[ \t]+before|only[ \t]+after)[ \t]+$")


# Round 101: ", rising 84 per cent between": a participle clause hanging on the clause before its comma.
_PARTICIPLE_CLAUSE_BEFORE = re.compile(r",[ \t]+[a-z]+ing\b[^,;:.!?\n]*$")
_HABIT_EACH_BEFORE = re.compile(r"\b(?:each|every)\b[^.;!?\n]*$")
# Round 101: the bare month that closes a stretch opened by the month before it ("January and December",
# "January through April"), not a day of it ("January and February 3") nor one with its own year.
_MONTH_INDEX = {name.lower(): i + 1 for i, name in enumerate(MONTH_NAMES)}
_MONTH_PAIR_AFTER = re.compile(r"[ \t]*(?:(and)|to|through|thru|until|till|-|\u2013|\u2014)[ \t]*(?:(?:early|mid|late)[ \t-]+)?("
                               + "|".join(n.lower() for n in MONTH_NAMES) + r")\b(?![ \t]*,?[ \t]*\d)(?!['\u2019]s)")


def _range_opens(low: str, t, start: int) -> bool:
    """Does "from"/"between" open the range that `t` starts ("and" only closes a "between" range)? A
    range joined by "through" or a dash needs no opener ("covers July through September")."""
    if low[t.end:start].strip(" \t") in ("through", "thru", "-", "–", "—"):
        return True
    m = _RANGE_FROM.search(low, max(0, t.start - 12), t.start)
    if m is None:
        return False
    return not _RANGE_AND.match(low, t.end, start) or m.group(0).startswith("between")


def _safe_date(year: int, month: int, day: int) -> Optional[_dt.date]:
    try:
        return _dt.date(year, month, day)
    except ValueError:
        return None


def _falls_on(year: int, month: int, day: int, isoweekday: int) -> bool:
    try:
        if _dt.date(year, month, day).isoweekday() == isoweekday:
            return True
    except ValueError:
        return False
    # Round 115: a day of the years before a country left the Julian calendar ("Sunday 12 June" of 1698 in
    # England) is named with its Julian weekday, which the proleptic Gregorian calendar of datetime does not
    # give; the last countries switched in the 1920s.
    return year < _LAST_JULIAN_YEAR and _julian_isoweekday(year, month, day) == isoweekday


_LAST_JULIAN_YEAR = 1924


def _julian_isoweekday(year: int, month: int, day: int) -> int:
    a = (14 - month) // 12
    y, m = year + 4800 - a, month + 12 * a - 3
    jdn = day + (153 * m + 2) // 5 + 365 * y + y // 4 - 32083
    return jdn % 7 + 1



# Round 81: "next year's festival is planned for early December", "next year's show will be held in May": the
# event of that year is itself set for the month (not something about it, as a race's entries that open).
_NEXT_YEARS_EVENT_SET = re.compile(r"'s[ \t]+(?:[a-z-]+[ \t]+){1,3}(?:is|are|will[ \t]+be|has[ \t]+been|have[ \t]+been)"
                                   r"[ \t]+(?:planned|scheduled|set|due|pencilled|penciled|held)[ \t]+(?:for|in)"
                                   r"[ \t]+(?:(?:early|mid|late|the[ \t]+(?:start|end|middle)[ \t]+of)[ \t-]+)?"
                                   # Round 87: "next year's carnival falls on February 11": the feast's own day
                                   r"|'s[ \t]+(?:[a-z-]+[ \t]+){1,3}(?:falls|will[ \t]+fall|fell)[ \t]+on[ \t]+"
                                   # Round 124: "next year's race will start on March 31", "next year's rally
                                   # begins on 2 May": the event's own first day (its entries that open are not)
                                   r"|'s[ \t]+(?:[a-z-]+[ \t]+){1,3}(?:will[ \t]+(?:start|begin|be[ \t]+held|be[ \t]+run"
                                   r"|take[ \t]+place)|starts|begins|takes[ \t]+place)[ \t]+on[ \t]+")

# Round 80: a month named as a record ("the driest October since records began", "its wettest June on
# record", "the busiest December in 20 years"): a superlative right before it, the measure of the record after.
_RECORD_BEFORE = re.compile(r"\b(?:[a-z]{3,}est|most[ \t]+[a-z]+)[ \t]+$")
_RECORD_AFTER = re.compile(r"[ \t]+(?:since\b|on[ \t]+record\b|in[ \t]+(?:\d+|[a-z]+)[ \t]+years\b|ever\b)")

# Round 85: a yearly recurrence of a month-day told just after it in its clause ("June 3 be kept each year",
# "marks May 5 every year"): no digits between (not "May 3 rose 2 percent each year").
_YEARLY_AFTER = re.compile(r"(?:[ \t]+(?!(?:and|but|or|then)\b)[a-z]+){0,3}[ \t]+(?:each|every)[ \t]+year\b")
# Round 85: a mention dated to one day.
_ISO_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")

# Round 99: a chronology set out one item a line, each line opening with its date and a colon ("March: The
# commission approves ...", "April 22: A fire ...", "Mid-February: ..."); a colon before a digit is a clock's.
_CHRONO_LABEL_AFTER = re.compile(r"[ \t]*:(?!\d)")
# A year written in a label ("March 2020:", "Aug. 30, 2019:", "'98:"): the list's years are given, not run on.
_LABEL_YEAR = re.compile(r"\d{4}|['\u2019]\d\d\b")
# Round 99: a bound ahead of an item's day ("stays closed until June").
_UNTIL_BEFORE = re.compile(r"\b(?:until|till|through)[ \t]+$")
# How many lines other than its items (a heading such as "What comes next") may stand between two items.
_CHRONO_GAP_LINES = 2


class YearlessDateMixin:
    """Anchorer methods for month-days, days of the month and months."""

    def _monthday(self, arg: str, which: Optional[str], start: int, end: int, text: str) -> Resolution:
        # arg: "MM-DD", optionally "-w<weekday>" ("Wednesday 16 February": the year whose 16 February
        # is a Wednesday, when one of the candidate years has it)
        month, day = int(arg[:2]), int(arg[3:5])
        weekday = arg[7:8] if arg[5:7] == "-w" else ""
        if which is None and not weekday and habitual(self.low, start, end):
            return self._unresolved(f"XXXX-{arg[:5]}", text, f"{MONTH_NAMES[month - 1]} {day} of any year, "
                                    "told as a habit or norm")
        if which is None and not weekday and _YEARLY_AFTER.match(self.low, end):
            # Round 85: "asked that November 11 be kept each year as a day of remembrance": a date every year
            return self._unresolved(f"XXXX-{arg[:5]}", text, f"{MONTH_NAMES[month - 1]} {day} of any year, "
                                    "kept or marked every year")
        if which is None and not weekday:
            told = _YEAR_TOLD_AFTER.match(self.low, end)
            if told is not None and _safe_date(int(told.group(1)), month, day) is not None:
                # Round 128: "fell on April 2 in 1994": the year told right after the day is its year (the
                # year stays an expression of its own)
                d = _safe_date(int(told.group(1)), month, day)
                interval, gran = cal.value_interval(d.isoformat())
                return Resolution(d.isoformat(), None, interval, gran, f"{text} → {d.isoformat()}: "
                                  f"{MONTH_NAMES[month - 1]} {day} of the year told right after it")
            heading = self._from_ago_heading(lambda y: _dt.date(y, month, day), start, text,
                                             f"{MONTH_NAMES[month - 1]} {day}")
            if heading is not None:
                return heading
        if which is None and not weekday and self.previous and self.dct is not None:
            year = self._deictic_year_before(start)
            if year is not None and self._year_in_reduced_relative(year, start, end):
                year = None
            # (rounds 38 and 40 each taught "did not open until Dec. 2" after "Last year": either reading)
            if year is not None and (not _aimed_between(self.low, year.end, start)
                                     or _PAST_NOT_UNTIL.match(self.low, year.end, start)):
                try:
                    d = _dt.date(int(year.value), month, day)
                except ValueError:
                    d = None
                if d is not None:      # "Last year he had finished his soybeans by May 15"
                    return self._from_mention(d.isoformat(), year, text,
                                              f"{MONTH_NAMES[month - 1]} {day} of '{year.text}' ({year.tid}, "
                                              f"{year.value}), named before it in its sentence")
        if which is None and not weekday and self.previous and self.dct is not None:
            chained = self._chronology_label_after(
                lambda y: (lambda d: (d, d, d.isoformat()) if d else None)(_safe_date(y, month, day)), start, end)
            if chained is not None:
                (d, _, v), before = chained
                iv, gran = cal.value_interval(v)
                return Resolution(v, before.tid, iv, gran,
                                  f"{text} → {v}: {MONTH_NAMES[month - 1]} {day} opening a line of a chronology, "
                                  f"the first after the item before it, '{before.text}' ({before.tid}, {before.value})")
        ref = self._narrative_year(start, end) if which is None and not weekday else None
        if ref is None and which is None and not weekday:
            ref = self._scene_full_date(start, end) or self._retrospective_scene(start, end)
        if ref is None and which is None and weekday:
            # "The owners announced it on Sept. 19, 1977 ... tapped on Friday, Oct. 14": the scene's year,
            # when that day falls on the weekday named with it
            ref = self._narrative_year(start, end) or self._scene_full_date(start, end) \
                or self._retrospective_scene(start, end)
            if ref is not None and not _falls_on(ref.interval.start.year, month, day, int(weekday)):
                ref = None
        if ref is None and which is None:
            ref = self._old_date_in_sentence(month, day, start, end)
            if ref is not None and weekday and not _falls_on(ref.interval.start.year, month, day, int(weekday)):
                ref = None
        if ref is not None:
            try:
                d = _dt.date(story_year_for_month(ref, month), month, day)
            except ValueError:
                d = None
            if d is not None and d < ref.interval.start and _NOT_BEFORE_THEN.search(self.low, max(0, start - 24), start):
                d = None        # "walked out in November 1983, and did not resume until March 12": not a
                ref = None      # day before the scene's date; the year is chosen as without a scene
            turned = self._year_turned_in_sentence(ref, d, start) if d is not None and not weekday else None
            if turned is not None:
                d = turned    # Round 112: "left on 28 December and came back on 4 January": the next year's
            if d is not None:
                later = self._moved_on_since(ref, d)
                if later is not None and not weekday:
                    # "the first on July 2, 1993, the second five months later, the third on Sept. 2":
                    # the story has moved past that day of the scene's year; the next year's
                    try:
                        d2 = d.replace(year=d.year + 1)
                    except ValueError:
                        d2 = None
                    if d2 is not None and d2 <= self.dct:
                        interval, gran = cal.value_interval(d2.isoformat())
                        return Resolution(d2.isoformat(), later.tid, interval, gran,
                                          f"{text} → {d2.isoformat()}: {MONTH_NAMES[month - 1]} {day} after "
                                          f"'{later.text}' ({later.tid}, {later.value}), the story having moved on")
                return self._in_narrative_year(d.isoformat(), ref, text, f"{MONTH_NAMES[month - 1]} {day}")
        if which is None and not weekday and self.previous \
                and not _VOTE_DAY_SET_BEFORE.search(self.low, max(0, start - 60), start):
            # (Round 109: not a vote's day fixed in the past, "set its primary for Jan. 8": the plan's reading)
            named = self._same_month_named(month, day, start, end, text)
            if named is not None:
                return named
        cands = []
        years = [self.dct.year - 1, self.dct.year, self.dct.year + 1]
        if (month, day) == (2, 29):
            # a leap day comes once in four years: the nearest before and after publication ("last Feb 29"
            # in January 2023 is 2020's)
            # (fuzz2: around a century not divisible by 400 the gap is eight years, "February 29" in 2099)
            years = list(range(self.dct.year - 8, self.dct.year + 9))
        for y in years:
            try:
                d = _dt.date(y, month, day)
            except ValueError:
                continue
            cands.append((d, d, d.isoformat()))
        if (month, day) == (2, 29) and cands:
            past = [c for c in cands if c[0] < self.dct]
            cands = past[-1:] + [c for c in cands if c[0] >= self.dct][:1]
        if not cands:
            return self._unresolved(f"XXXX-{arg[:5]}", text, "no such day")
        if which is None and not weekday and self.previous:
            first = self._range_first_day(start)
            if first is not None:
                later = [c for c in cands if c[0] >= first.interval.start]
                if later:
                    v = later[0][2]
                    iv, gran = cal.value_interval(v)
                    return Resolution(v, first.tid, iv, gran,
                                      f"{text} → {v}: the end of a range of days from {first.text} ({first.value})")
        if which is None and not weekday and self.previous:
            listed = self._schedule_line_after(cands, start)
            if listed is not None:
                (d, _, v), before = listed
                iv, gran = cal.value_interval(v)
                return Resolution(v, before.tid, iv, gran,
                                  f"{text} → {v}: {MONTH_NAMES[month - 1]} {day} on a line of a schedule, the first "
                                  f"on or after the line before it, '{before.text}' ({before.tid}, {before.value})")
        if which is None and not weekday and self.previous:
            ahead = self._after_future_full_date(cands, start, end)
            if ahead is not None:
                d, full = ahead
                return self._day_after_anchor(d, full, text,
                                              f"{MONTH_NAMES[month - 1]} {day} in the weeks after '{full.text}' "
                                              f"({full.tid}, {full.value}), a date still to come written with its year")
        if weekday:
            agree = [c for c in cands if c[0].isoweekday() == int(weekday)]
            if agree and len(agree) < len(cands):
                s, e, v, why = self._pick(agree, which, start, end, slack_days=7)
                return self._done(v, text, f"{MONTH_NAMES[month - 1]} {day} without a year, the one that "
                                           f"falls on a {WEEKDAY_NAMES[int(weekday) - 1]}")
        if which is None and not weekday and self.previous:
            named = self._event_year(start, end)
            if named is not None:
                try:
                    d = _dt.date(int(named.value), month, day)
                except ValueError:
                    d = None
                if d is not None:
                    return self._day_after_anchor(d, named, text, f"the date set for '{named.text}' "
                                                                  f"({named.tid}, {named.value}) in a future clause")
        if which is None and not weekday:
            planned = self._planned(cands, start, end, text, f"{MONTH_NAMES[month - 1]} {day}")
            if planned is not None:
                return planned
        if which is None and not weekday and self.previous:
            ahead = self._after_future_day_in_sentence(cands, start, end)
            if ahead is not None:
                d, before = ahead
                return self._day_after_anchor(d, before, text,
                                              f"{MONTH_NAMES[month - 1]} {day} after '{before.text}' ({before.tid}, "
                                              f"{before.value}), a day still to come earlier in its sentence")
        if which is None and not weekday and self.previous:
            listed = self._next_in_list_of_days_ahead(cands, start, end)
            if listed is not None:
                d, before = listed
                return self._day_after_anchor(d, before, text,
                                              f"{MONTH_NAMES[month - 1]} {day} listed after '{before.text}' "
                                              f"({before.tid}, {before.value}), a day still to come")
        if which is None and not weekday and self.previous:
            # Round 135: the far end of a run whose opening day is still to come is not behind that day
            closing = self._closing_after_opening_day(cands, start, end)
            if closing is not None:
                d, before = closing
                return self._day_after_anchor(d, before, text,
                                              f"{MONTH_NAMES[month - 1]} {day}, the close of a run that opens "
                                              f"'{before.text}' ({before.tid}, {before.value}), still to come")
        if which is None and not weekday and _SINCE_BEFORE.search(self.low, max(0, start - 8), start) \
                and not _MODAL_IN_SENTENCE.search(self.low, self._sentence_start(start), start):
            past = [c for c in cands if c[0] <= self.dct]
            if past:
                # Round 100: "has been under direct rule since January 19" (in December): a state begun on
                # that day, so the latest one by publication, however near the next one is
                s, e, v = past[-1]
                return self._done(v, text, f"{MONTH_NAMES[month - 1]} {day} without a year after 'since': the "
                                           "latest by publication")
        if which is None and not weekday and _WILL_ON_BEFORE.search(self.low, max(0, start - 60), start):
            # fuzz2 (stop 27): the day a "will" governs is still to come; the soft pick counts one against
            # the tense four times as far, which put "It will open on December 31" (in March) on the last one
            ahead = [c for c in cands if (self.dct - c[1]).days <= 7]
            cands = ahead or cands
        s, e, v, why = self._pick(cands, which, start, end, slack_days=7)
        return self._done(v, text, f"{MONTH_NAMES[month - 1]} {day} without a year, {why}")

    def _old_date_in_sentence(self, month: int, day: int, start: int, end: int) -> Optional[Timex]:
        """Round 115: a year-less day told in the same sentence after a day written with its year long before
        publication, and within weeks of it ("Tuesday 3 March 1801 was followed by a storm that lasted until
        Friday 20 March"), is of that year, in a piece otherwise told from now (which the narrative year does not
        read)."""
        if self.dct is None:
            return None
        sentence = self._sentence_start(start)
        for t in reversed(self.previous):
            if t.end > start or t.interval is None or t.type not in ("DATE", "TIME") or not t.value[:1].isdigit():
                continue
            if t.start < sentence or start - t.end > _OLD_DAY_REACH:
                return None
            year_of = t.granularity == "year" and t.mod is None and _OLD_YEAR_OF_BEFORE.search(
                self.low, max(0, t.start - 4), t.start) is not None and _OLD_YEAR_TOOK_PLACE.match(self.low, t.end)
            if (t.granularity not in ("day", "part_of_day", "hour", "minute") and not year_of) \
                    or t.anchor == "publication" \
                    or t.tid in self.not_anchorable or self.dct.year - t.interval.start.year < _OLD_DAY_YEARS \
                    or _OLD_DAY_AHEAD.search(self.low, t.end, start):
                return None
            told = self._direction(start, end)
            if told != PAST and not _OLD_DAY_PASSIVE_BEFORE.search(self.low, max(t.end, start - 40), start) \
                    and (told == FUTURE or not _OLD_DAY_PAST_BETWEEN.search(self.low, t.end, start)):
                return None   # "opened on 2 May 1990, and the owner plans readings on 19 June"
            d = _safe_date(t.interval.start.year, month, day)
            if d is None or not year_of and abs((d - t.interval.start).days) > 7 * _FULL_DATE_WEEKS:
                return None
            return t
        return None

    def _chronology_label_after(self, cand, start: int, end: int) -> Optional[tuple]:
        """Round 99: a chronology set out one item a line, each opening with a date and a colon, the year left
        out once the list has one ("January: Demolition starts. / March: The commission approves ... / April
        22: A fire ..." in a year in review; "Jan. 31: ... / Mid-February: ..." ahead): a year-less item runs
        on from the item on a line before it, itself year-less, to its first occurrence in the year from
        that item's month, not the one nearest publication. After an item whose year is written ("March
        2020: ... / Nov. 9: ...") the years are no chain (the later item is the one nearest publication),
        and a list that goes back in time ("Dec. 14: ... / Nov. 3: ...") is none either."""
        if not _CHRONO_LABEL_AFTER.match(self.low, end) or not self._opens_line(start):
            return None
        line = self.low.rfind("\n", 0, start) + 1
        items = []
        for t in reversed(self.previous):
            if t.end > line:
                continue
            if _CHRONO_LABEL_AFTER.match(self.low, t.end) and self._opens_line(t.start):
                items.append(t)
                if len(items) == 2:
                    break
                line = self.low.rfind("\n", 0, t.start) + 1
                continue
            if not items and self.low.count("\n", t.end, start) > 12:
                return None
        if not items:
            return None
        before = items[0]
        if before.type != "DATE" or before.interval is None or not before.value[:1].isdigit() \
                or _LABEL_YEAR.search(before.text):
            return None
        gap = [ln for ln in self.low[before.end:start].split("\n")[1:] if ln.strip()]
        if len(gap) > _CHRONO_GAP_LINES:
            return None
        if len(items) == 2 and items[1].interval is not None and items[1].value[:1].isdigit() \
                and items[1].interval.start > before.interval.end:
            return None       # the list goes back in time
        first = before.interval.start.replace(day=1)
        last = cal.add_months(first, 12)
        # Into the next year ("This fall: ... / January: ...") only in a list already seen going forward: the
        # second item of a list going back in time ("Oct. 2: ... / Sept. 20: ...") reads the same way
        forward = len(items) == 2 and items[1].interval is not None and items[1].value[:1].isdigit() \
            and items[1].interval.start <= before.interval.end
        for y in (first.year, first.year + 1) if forward else (first.year,):
            c = cand(y) if 1 <= y <= 9999 else None     # (cand(y): the item's (start, end, value) in year y)
            if c is not None and first <= c[0] < last:
                return c, before
        return None

    def _chronology_item_of_line(self, start: int) -> Optional[Timex]:
        """Round 99: the dated label opening the line of `start`, when the line is an item of a chronology
        ("April 22: A fire ... the pier stays closed until June")."""
        line = self.low.rfind("\n", 0, start) + 1
        for t in reversed(self.previous):
            if t.end > start:
                continue
            if t.start < line:
                return None
            if t.start >= line and self._opens_line(t.start) and _CHRONO_LABEL_AFTER.match(self.low, t.end) \
                    and t.type == "DATE" and t.interval is not None and t.value[:1].isdigit() \
                    and t.granularity in ("day", "month"):
                return t
        return None

    def _after_future_day_in_sentence(self, cands: list, start: int, end: int) -> Optional[tuple]:
        """"flights leave on Mondays from March 30, with the third departing each Thursday from August 6"
        (published in February): a year-less date whose own clause has no tense (a participle after "with"
        is too far from "would" for the cue scan) runs on from a day still to come named earlier in its
        sentence, to its first occurrence on or after that day (within a year), not the nearest to
        publication, which may be behind it."""
        before = None
        for t in reversed(self.previous[-3:]):          # bounded: at most the last three expressions
            if start - t.end > _FUTURE_DAY_REACH:
                return None
            if t.type == "SET":
                continue                                # "each Thursday" between the two dates
            before = t
            break
        if before is None or before.type != "DATE" or before.granularity != "day" or before.interval is None \
                or not before.value[:1].isdigit() or before.interval.start <= self.dct:
            return None
        if not _WITH_CLAUSE.search(self.low, before.end, start) or _sentences_between(self.text, before.end, start) \
                or self._direction(start, end) is not None:
            return None
        first = before.interval.start
        for c in cands:
            if first <= c[0] <= first + _dt.timedelta(days=330):
                return c[0], before
        return None

    def _next_in_list_of_days_ahead(self, cands: list, start: int, end: int) -> Optional[tuple]:
        """Round 149: "The other instalments fall on June 17, Sept. 16 and Jan. 15" (in April): a list of dates
        is told in order; a year-less date listed right after a day still to come, with no tense of its own,
        is the first on or after that day (within a year), not the nearest to publication behind it."""
        before = self.previous[-1]
        if before.type != "DATE" or before.granularity != "day" or before.interval is None \
                or not before.value[:1].isdigit() or before.interval.start <= self.dct \
                or not _LIST_JOIN.fullmatch(self.low, before.end, start) or self._direction(start, end) is not None:
            return None
        first = before.interval.start
        for c in cands:
            if first < c[0] <= first + _dt.timedelta(days=330):
                return c[0], before
        return None

    @staticmethod
    def _day_after_anchor(d: _dt.date, anchor: Timex, text: str, why: str) -> Resolution:
        """A year-less day placed by an earlier expression: its value, that anchor and why."""
        iv, gran = cal.value_interval(d.isoformat())
        return Resolution(d.isoformat(), anchor.tid, iv, gran, f"{text} → {d.isoformat()}: {why}")

    def _closing_after_opening_day(self, cands: list, start: int, end: int) -> Optional[tuple]:
        """"The tour opens March 2 in Tampa and winds through Texas before closing on Aug. 30" (published in
        September): the day a run closes, with no tense of its own, is its first occurrence on or after the
        day it opens, when that day is still to come, not the nearest to publication behind it."""
        before = None
        for t in reversed(self.previous[-4:]):          # bounded: the last few expressions
            if start - t.end > _RUN_REACH:
                return None
            if t.type in ("SET", "DURATION"):
                continue                                # "closing with two nights at the stadium on"
            before = t
            break
        if before is None or before.type != "DATE" or before.granularity != "day" or before.interval is None \
                or not before.value[:1].isdigit() or before.interval.start <= self.dct:
            return None
        if not _RUN_OPENS_BEFORE.search(self.low, max(0, before.start - 30), before.start) \
                or not _RUN_CLOSES_BETWEEN.search(self.low, before.end, start) \
                or _sentences_between(self.text, before.end, start) \
                or _OLD_DAY_PAST_BETWEEN.search(self.low, before.end, start):
            return None
        # (a past cue after the day, "10 years after she played her first gig", tells of another clause: the
        # run's tense is the one its opening day was read in)
        first = before.interval.start
        for c in cands:
            if first <= c[0] <= first + _dt.timedelta(days=330):
                return c[0], before
        return None

    def _schedule_line_after(self, cands: list, start: int) -> Optional[tuple]:
        """A schedule set out one item a line ("Classes begin: Monday, August 26" / "Fall break: October
        14-15" / ...): a year-less date after a line's label runs on from the date of the line just before
        it, to its first occurrence on or after that date (within a year)."""
        line = self.low.rfind("\n", 0, start) + 1
        if not _SCHEDULE_LABEL.fullmatch(self.low, line, start):
            return None
        before = next((t for t in reversed(self.previous) if t.end <= line), None)   # (not a word of the label)
        if before is None or before.type not in ("DATE", "TIME") or before.interval is None or not before.value[:1].isdigit() \
                or cal.RANK.get(before.granularity or "", 99) > cal.RANK["day"] \
                or self.low.count("\n", before.end, line) != 1 or before.start < self.low.rfind("\n", 0, line - 1):
            return None
        first = before.interval.start
        for c in cands:
            if first <= c[0] <= first + _dt.timedelta(days=330):
                return c, before
        return None

    def _after_future_full_date(self, cands: list, start: int, end: int) -> Optional[tuple]:
        """"The party arrives on February 22, 1986 and leaves on March 5" (published February 1985): in a
        clause that looks ahead, a year-less date within the weeks after a date still to come written with
        its year (not the publication year's) is of that visit: its first occurrence on or after that date."""
        full = None
        for t in reversed(self.previous):
            if start - t.end > _FULL_DATE_REACH:
                return None
            if t.type == "DATE" and t.granularity == "day" and t.interval is not None \
                    and _WRITTEN_YEAR.search(t.text):
                full = t
                break
        if full is None or full.interval.start.year <= self.dct.year or full.interval.start <= self.dct:
            return None
        day = next((c[0] for c in cands if c[0] >= full.interval.start), None)
        if day is None or (day - full.interval.start).days > _FULL_DATE_WEEKS * 7:
            return None
        if self._direction(start, end) != FUTURE:
            return None
        return day, full

    def _planned(self, cands: list, start: int, end: int, text: str, name: str) -> Optional[Resolution]:
        """A time a plan told in the past aims at: after an intent or a request the first occurrence not
        ended by publication ("voted to close the schools in June"); after a schedule or a deadline the
        occurrence nearest publication, on either side ("was originally set for August", "had until the
        end of August")."""
        how = plan_told_in_past(self.low, start, end)
        if how is None:
            return None
        if how == FUTURE:
            ahead = [c for c in sorted(cands) if c[1] >= self.dct]
            if not ahead:
                return None
            s, e, v = ahead[0]
            return self._done(v, text, f"{name} without a year, aimed at by an intent or request told in "
                                       "the past: the first not ended by publication")
        if how == REQUESTED:
            s, e, v = min(cands, key=lambda c: (c[0] - self.dct).days if c[0] > self.dct
                          else max(0, (self.dct - c[1]).days))
            return self._done(v, text, f"{name} without a year, after a request told in the past: the nearest")
        # a plan is told before publication and aims after its telling: one gone by counts half as far
        # again as one to come ("the vote was set for September", told in March, is the coming one)
        # (Round 128: a plan since called off, "had been set for June but was postponed", is as likely gone by
        # as to come: the plain nearest)
        gone = 1.0 if _PLAN_CALLED_OFF_AFTER.match(self.low, end) else 1.5

        def distance(c):
            return (c[0] - self.dct).days if c[0] > self.dct else gone * max(0, (self.dct - c[1]).days)
        s, e, v = min(cands, key=distance)
        return self._done(v, text, f"{name} without a year, aimed at by a plan told in the past: the nearest")

    def _same_month_named(self, month: int, day: int, start: int, end: int, text: str) -> Optional[Resolution]:
        """"killed her partner last December ... last heard from on Dec. 12": a year-less day of a month
        the story has already dated from publication ("last December", "in March") is a day of that month, when the
        clause's tense agrees."""
        for t in reversed(self.previous):
            if start - t.end > 2000:
                return None
            if t.granularity != "month" or t.type != "DATE" or t.interval is None or t.tid in self.not_anchorable \
                    or not t.value[:1].isdigit() or t.interval.start.month != month:
                continue
            written = t.anchor != "publication"
            if written and self._closed_relative_aside(t, start):
                return None
            if written and t.end <= max(self.low.rfind(". ", 0, start), self.low.rfind("\n", 0, start)):
                return None     # "in May 2019 ... began on 25 May": a month written with its year sets
                                # the scene only in its own sentence ("in September 1999, when ... on Sept. 17")
            try:
                d = t.interval.start.replace(day=day)
            except ValueError:
                return None
            direction = self._direction(start, end)
            if direction is None or (direction == PAST) != (d <= self.dct):
                return None
            if written:
                return self._from_mention(d.isoformat(), t, text,
                                          f"a day of '{t.text}' ({t.tid}, {t.value}), named in its sentence")
            nearest = self.dct.year + ((-1 if month > self.dct.month else 0) if direction == PAST
                                       else (1 if month < self.dct.month else 0))
            if d.year != nearest:
                return None     # "schools closed in March last year ... sat them from 26 March": a month
                                # told as a year back is no scene for days that may have moved on
            return self._from_mention(d.isoformat(), t, text, f"a day of '{t.text}' ({t.tid}, {t.value}), named before")
        return None

    def _event_year(self, start: int, end: int) -> Optional[Timex]:
        """"The 2017 race is set for Oct. 22" (published in late October 2016): a year written before a
        noun of the clause's subject ("the 2017 race") is the year of the date set for it, in a future
        clause, when that year is the publication year or the next."""
        t = self.previous[-1]
        if len(t.value) != 4 or not t.value.isdigit() or int(t.value) not in (self.dct.year, self.dct.year + 1):
            return None
        if start - t.end > 60 or not _EVENT_YEAR_BEFORE.search(self.low, max(0, t.start - 6), t.start) \
                or not _NOUN_AFTER.match(self.low, t.end) or _CLAUSE_STOP.search(self.low, t.end, start):
            return None
        return t if self._direction(start, end) == FUTURE else None


    def _moved_on_since(self, ref: Timex, d: _dt.date) -> Optional[Timex]:
        """A step counted on from the scene's date ("five months later") named after it and past `d`."""
        for t in reversed(self.previous):
            if t.start <= ref.start:
                return None
            if self._is(t, "step_later") and t.interval is not None and t.interval.start > d:
                return t
        return None

    def _monthref(self, arg: str, which: Optional[str], start: int, end: int, text: str) -> Resolution:
        """"the following December", "the previous March": the first such month after (the last before)
        the latest earlier dated expression; deictic ("next December") when none was named."""
        month = int(arg)
        ref = self._ref("M", start)
        coarse = self._ref("Y", start)
        if coarse is not None and coarse.interval is not None and coarse.granularity in ("year", "season") \
                and not coarse.value.endswith("WI") and (ref is None or coarse.start > ref.start):
            ref = coarse    # "The dam burst in 1889. The next May ...", "a takeover in the summer of 1978
                            # brought promotion the following May": the narrative's last date, coarser
                            # than a month, not an older day or publication
        if ref is None or ref.interval is None:
            return self._month(arg, "next" if which == "after" else "last", start, end, text)
        if which == "after":
            y = ref.interval.end.year + (1 if month <= ref.interval.end.month else 0)
        else:
            y = ref.interval.start.year - (1 if month >= ref.interval.start.month else 0)
        value = f"{y:04d}-{month:02d}"
        interval, gran = cal.value_interval(value)
        how = "after" if which == "after" else "before"
        return Resolution(value, ref.tid, interval, gran,
                          f"{text} → {value}: the {MONTH_NAMES[month - 1]} {how} '{ref.text}' ({ref.tid}, {ref.value})")

    def _dayofmonth_on_weekday(self, day: int, isoweekday: int, text: str) -> Resolution:
        """"Tues 4th": of the months from three before to three after publication's, the day of that number
        nearest publication that falls on that weekday (a day of the month keeps its weekday only every few
        months, so the weekday says which month); none such: the day left without its month."""
        first = cal.period_start("M", self.dct)
        best = None
        for k in range(-3, 4):
            try:
                d = cal.add_months(first, k).replace(day=day)
            except ValueError:
                continue
            if d.isoweekday() == isoweekday and (best is None or abs((d - self.dct).days) < abs((best - self.dct).days)):
                best = d
        if best is None:
            return self._unresolved(f"XXXX-XX-{day:02d}", text, "no month near publication has that day on that weekday")
        return self._done(best.isoformat(), text, f"day {day} of the month near publication in which it falls on "
                          f"{WEEKDAY_NAMES[isoweekday - 1]}")

    def _dayofmonth(self, arg: str, which: Optional[str], start: int, end: int, text: str) -> Resolution:
        """"on the 25th": a day of the month named or dated earlier in the same paragraph ("In March ...
        on the 21st"); otherwise that day in the month before, of or after publication (months without
        that day skipped), chosen by tense as for "May 25" ("It reported on the 28th" is last month's)."""
        if "w" in arg:
            # "Tues 4th" (rule compound.weekday_day_of_month): arg "DDwN"; the weekday picks the month. A
            # month the paragraph named comes first, as for "the 25th" below, when the weekday fits it ("In
            # March 2020 the plant shut. On Friday the 20th, ..." is 2020-03-20).
            day, isoweekday = int(arg[:arg.index("w")]), int(arg[arg.index("w") + 1:])
            ref = self._ref("M", start)
            if ref is not None and ref.interval is not None and not ref.rule.startswith(("weekday", "deictic")) \
                    and not PARAGRAPH_BREAK.search(self.low, ref.end, start):
                try:
                    d = ref.interval.start.replace(day=day)
                except ValueError:
                    d = None
                if d is not None and d.isoweekday() == isoweekday:
                    interval, gran = cal.value_interval(d.isoformat())
                    return Resolution(d.isoformat(), ref.tid, interval, gran,
                                      f"{text} → {d.isoformat()}: day {day} of '{ref.text}' ({ref.tid}, {ref.value}), "
                                      f"a {WEEKDAY_NAMES[isoweekday - 1]}")
            return self._dayofmonth_on_weekday(day, isoweekday, text)
        day = int(arg)
        if which in ("this", "last", "next"):
            # "the 28th inst.", "the 3rd ult.", "the 8th prox.": that day of the month of publication, the
            # one before it or the one after it
            try:
                d = cal.add_months(cal.period_start("M", self.dct), {"this": 0, "last": -1, "next": 1}[which]
                                   ).replace(day=day)
            except ValueError:
                return self._unresolved(f"XXXX-XX-{arg}", text, "no such day")
            return self._done(d.isoformat(), text, f"day {day} of the month "
                              + {"this": "of", "last": "before", "next": "after"}[which] + " publication")
        if self.low.startswith(" itself", end):
            # Round 85: "will open on 14 July ... On the 14th itself the doors open at 11am": "itself" points
            # back to the day of that number named before, whatever month was named since
            same = next((t for t in reversed(self.previous) if t.granularity == "day" and t.interval is not None
                         and _ISO_DAY_VALUE.fullmatch(t.value) and t.interval.start.day == day), None)
            if same is not None:
                return Resolution(same.value, same.tid, same.interval, same.granularity,
                                  f"{text} → {same.value}: the day {day} named before, '{same.text}' ({same.tid}), "
                                  "pointed back to by 'itself'")
        same = next((t for t in reversed(self.previous) if start - t.end < _SAME_NUMBER_REACH
                     and t.granularity == "day" and t.interval is not None and _ISO_DAY_VALUE.fullmatch(t.value)
                     and t.interval.start.day == day and not t.rule.startswith(("weekday", "deictic"))), None)
        if same is not None and which is None:
            # Round 107: "set down from 23 May to 3 June. ... 'If we do not start on the 23rd'": the day of that
            # number just named, not the month named last
            return Resolution(same.value, same.tid, same.interval, same.granularity,
                              f"{text} → {same.value}: the day {day} just named, '{same.text}' ({same.tid})")
        ref = self._ref("M", start)
        if ref is not None and ref.interval is not None and not ref.rule.startswith(("weekday", "deictic")) \
                and not PARAGRAPH_BREAK.search(self.low, ref.end, start):
            try:
                d = ref.interval.start.replace(day=day)
            except ValueError:
                return self._unresolved(f"XXXX-XX-{arg}", text, f"{ref.value} has no day {day}")
            interval, gran = cal.value_interval(d.isoformat())
            return Resolution(d.isoformat(), ref.tid, interval, gran,
                              f"{text} → {d.isoformat()}: day {day} of '{ref.text}' ({ref.tid}, {ref.value})")
        first = cal.period_start("M", self.dct)
        cands = []
        for ks in ((-1, -2), (0,), (1, 2)):     # the nearest month before and after that has the day
            for k in ks:
                try:
                    d = cal.add_months(first, k).replace(day=day)
                except ValueError:
                    continue
                cands.append((d, d, d.isoformat()))
                break
        if not cands:
            return self._unresolved(f"XXXX-XX-{arg}", text, "no such day")
        s, e, v, why = self._pick(cands, which, start, end, slack_days=7)
        return self._done(v, text, f"day {day} of a month not named, {why}")

    def _month(self, arg: str, which: Optional[str], start: int, end: int, text: str) -> Resolution:
        month = int(arg)
        if which is None and habitual(self.low, start, end) \
                and not _HABIT_SEASON_END.search(self.low, max(0, start - 100), start):
            return self._unresolved(f"XXXX-{month:02d}", text, f"{MONTH_NAMES[month - 1]} of any year, told as a "
                                    "habit or norm")
        if which is None and self.dct is not None and month < self.dct.month - 2 \
                and _HABIT_SEASON_END.search(self.low, max(0, start - 100), start):
            # Review fixes 6 (stop 26): "the school year normally runs until late June" (in September): the end
            # of a season under way or coming is the next such month, not one gone by a season ago (a month or
            # two back is the end a season still running has overrun: "planting, which normally finishes by
            # late June, was still going on", in July, is dated as before)
            y = self.dct.year + 1
            return self._done(f"{y:04d}-{month:02d}", text,
                              f"{MONTH_NAMES[month - 1]} without a year, the usual end of a season under way or "
                              "coming: the next one")
        if which is None and _FISCAL_YEAR_ENDS_IN.search(self.low, max(0, start - 40), start):
            return self._unresolved(f"XXXX-{month:02d}", text, f"{MONTH_NAMES[month - 1]} of any year, the month a "
                                    "fiscal year ends in")
        if which is None and (garden_advice(self.low, start, month=True, end=end)
                              or nature_habit(self.low, start, end)):
            return self._unresolved(f"XXXX-{month:02d}", text, f"{MONTH_NAMES[month - 1]} of any year, in advice "
                                    "on tending plants or the yearly round of nature")
        after = _DEICTIC_YEAR_AFTER.match(self.low, end) if which is None and self.dct is not None else None
        if after is not None:
            y = self.dct.year + {"last": -1, "this": 0, "next": 1}[after.group(1)]
            return self._done(f"{y:04d}-{month:02d}", text, f"{MONTH_NAMES[month - 1]} of "
                              f"'{after.group(1)} year', named just after it")
        if which is None and self.previous and self.dct is not None:
            year = self._deictic_year_before(start)
            if year is not None and self._year_in_reduced_relative(year, start, end):
                year = None
            if year is not None and year.value == f"{self.dct.year:04d}" and month < self.dct.month \
                    and self._direction(start, end) == FUTURE and _WHEN.search(self.low, year.end, start):
                year = None     # "expect the total for this year to pass $110 billion when the figures are
                                # released in January" (in October): still to come, so not this year's January
            if year is not None and year.value == f"{self.dct.year:04d}" and month > self.dct.month \
                    and not any(ch.isdigit() for ch in year.text) \
                    and (not _YEAR_OPENS_SENTENCE.search(self.low, max(0, year.start - 30), year.start)
                         or _RELATIVE_PERFECT_SINCE.search(self.low, max(year.end, start - 90), start)) \
                    and _PERFECT_SINCE.search(self.low, max(0, start - 90), start):
                year = None     # Round 140: "plans three launches this year, including a game that has been in
                                # testing since November" (in February): a count up to publication starts from a
                                # month gone by, not from this year's, still to come
            if year is not None:
                return self._from_mention(f"{year.value}-{month:02d}", year, text,
                                          f"{MONTH_NAMES[month - 1]} of '{year.text}' ({year.tid}, {year.value}), "
                                          "named before it in its sentence")
            recent = self._recent_range_end(month, start, end, text)
            if recent is not None:
                return recent
        if which is None:
            heading = self._from_ago_heading(lambda y: _dt.date(y, month, 1), start, text,
                                             MONTH_NAMES[month - 1], unit="M")
            if heading is not None:
                return heading
        if which is None and self.dct is not None \
                and _PERFECT_SINCE.search(self.low, max(0, start - 90), start):
            # "has been on sale since January", "have not lost, a run going back to March": a present
            # perfect counts up to publication, so the month is the latest begun by then, whatever year
            # the story named before
            y = self.dct.year if month <= self.dct.month else self.dct.year - 1
            return self._done(f"{y:04d}-{month:02d}", text,
                              f"{MONTH_NAMES[month - 1]} without a year, counted up to publication (present perfect)")
        if which is None and self.dct is not None \
                and _FUTURE_PERFECT_SINCE.search(self.low, max(0, start - 90), start):
            # Review fixes 6 (stop 26): "will have been closed since April" counts up to a day ahead: the
            # month is the coming one (or this one)
            y = self.dct.year if month >= self.dct.month else self.dct.year + 1
            return self._done(f"{y:04d}-{month:02d}", text,
                              f"{MONTH_NAMES[month - 1]} without a year, counted up to a day ahead (future perfect)")
        if which is None and self.dct is not None and _RECORD_BEFORE.search(self.low, max(0, start - 30), start) \
                and _RECORD_AFTER.match(self.low, end):
            # Round 80: "after the town's driest October since records began", "the busiest December on
            # record": a record is set by a month gone by, the latest one, whatever the tense around it
            y = self.dct.year if month <= self.dct.month else self.dct.year - 1
            return self._done(f"{y:04d}-{month:02d}", text,
                              f"{MONTH_NAMES[month - 1]} without a year, a record month: the latest one")
        if which is None and self.previous and self.dct is not None:
            chained = self._chronology_label_after(
                lambda y: (_safe_date(y, month, 1), None, f"{y:04d}-{month:02d}") if _safe_date(y, month, 1) else None,
                start, end)
            if chained is not None:
                (_, _, v), before = chained
                iv, gran = cal.value_interval(v)
                return Resolution(v, before.tid, iv, gran,
                                  f"{text} → {v}: {MONTH_NAMES[month - 1]} opening a line of a chronology, the "
                                  f"first after the item before it, '{before.text}' ({before.tid}, {before.value})")
        if which is None and self.previous and _UNTIL_BEFORE.search(self.low, max(0, start - 10), start):
            item = self._chronology_item_of_line(start)
            if item is not None:
                s0 = item.interval.start.replace(day=1)
                y = s0.year if month >= s0.month else s0.year + 1
                v = f"{y:04d}-{month:02d}"
                iv, gran = cal.value_interval(v)
                return Resolution(v, item.tid, iv, gran,
                                  f"{text} → {v}: {MONTH_NAMES[month - 1]} bounding what follows the chronology's "
                                  f"item '{item.text}' ({item.tid}, {item.value}), the first on or after it")
        ref = self._narrative_year(start, end) if which is None else None
        if ref is None and which is None:
            ref = self._scene_full_date(start, end) or self._retrospective_scene(start, end)
        if ref is not None:
            year = story_year_for_month(ref, month)
            if ref.granularity in ("day", "month") and month < ref.interval.start.month \
                    and _NOT_BEFORE_THEN.search(self.low, max(0, start - 24), start):
                year += 1     # "the sun set on 27 October and did not rise again until mid-February": after it
            return self._in_narrative_year(f"{year:04d}-{month:02d}", ref, text, MONTH_NAMES[month - 1])
        if which is None and self.dct is not None and (
                _DELIVERY_AFTER.match(self.low, end) or _DELIVERY_BEFORE.search(self.low, max(0, start - 30), start)
                or _COMMODITY_AFTER.match(self.low, end)
                and not _NOT_CONTRACT_BEFORE.search(self.low, max(0, start - 12), start)):
            # "wheat futures for March delivery", "the September contract": a contract month is the
            # publication month or one to come, whatever the tense of the market report
            y = self.dct.year if month >= self.dct.month else self.dct.year + 1
            return self._done(f"{y:04d}-{month:02d}", text,
                              f"{MONTH_NAMES[month - 1]} as a contract month: the coming one")
        cands = []
        for y in (self.dct.year - 1, self.dct.year, self.dct.year + 1):
            iv, _ = cal.value_interval(f"{y:04d}-{month:02d}")
            if iv is not None:      # (none for year 0)
                cands.append((iv.start, iv.end, f"{y:04d}-{month:02d}"))
        if not cands:
            return self._unresolved(f"XXXX-{month:02d}", text, "no year around publication")
        if which is None and self.previous:
            first = self._range_first_month(start)
            if first is not None:
                s0 = first.interval.start
                y = s0.year if month >= s0.month else s0.year + 1
                v = f"{y:04d}-{month:02d}"
                iv, gran = cal.value_interval(v)
                return Resolution(v, first.tid, iv, gran,
                                  f"{text} → {v}: the end of a range of months from {first.text} ({first.value})")
        if which is None and _STATISTIC_FOR.search(self.low, max(0, start - 40), start):
            s, e, v = [c for c in cands if c[0] <= self.dct][-1]
            return self._done(v, text, f"{MONTH_NAMES[month - 1]} as the month a statistic measures: the latest "
                                       "begun by publication")
        if which is None and _FIGURE_IN.search(self.low, max(0, start - 40), start):
            s, e, v = [c for c in cands if c[0] <= self.dct][-1]
            if s < cal.period_start("M", self.dct) <= cal.add_months(s, _FIGURE_LAG_MONTHS):
                return self._done(v, text, f"{MONTH_NAMES[month - 1]} as the month a figure measures, just "
                                           "ended by publication")
        if which is None and self.dct is not None and _FIGURE_NOUN_AFTER.match(self.low, end):
            s, e, v = [c for c in cands if c[0] <= self.dct][-1]
            if s < cal.period_start("M", self.dct) <= cal.add_months(s, _FIGURE_LAG_MONTHS):
                return self._done(v, text, f"{MONTH_NAMES[month - 1]} naming the figures it measures, just ended "
                                           "by publication")
        if which is None and _BOOKED_FOR.search(self.low, max(0, start - 50), start):
            s, e, v = [c for c in cands if c[1] >= self.dct][0]
            if cal.add_months(cal.period_start("M", self.dct), _BOOKED_AHEAD_MONTHS) >= s:
                return self._done(v, text, f"{MONTH_NAMES[month - 1]} as the month something is booked, priced "
                                           "or forecast for: the coming one")
        if which is None and _WAGERED_ON.search(self.low, max(0, start - 40), start) \
                and not _WAGERED_PAST_BEFORE.search(self.low, max(0, start - 120), start) \
                and not _WAGERED_PAST_AFTER.match(self.low, end):
            s, e, v = [c for c in cands if c[1] >= self.dct][0]
            if cal.add_months(cal.period_start("M", self.dct), _BOOKED_AHEAD_MONTHS) >= s:
                return self._done(v, text, f"{MONTH_NAMES[month - 1]} as the month of an event wagered on: the "
                                           "coming one")
        if which is None and self.dct is not None and _OR_NEXT_YEAR_AFTER.match(self.low, end):
            s, e, v = [c for c in cands if c[1] >= self.dct][0]
            return self._done(v, text, f"{MONTH_NAMES[month - 1]} without a year, an alternative to next year: "
                                       "the coming one")
        planned = self._planned(cands, start, end, text, MONTH_NAMES[month - 1]) if which is None else None
        if planned is not None:
            return planned
        # A month named in a past-tense clause has begun by publication; in a future one it has not ended.
        direction = self._direction(start, end) if which is None else None
        section = section_heading(self.text, start, end) if which is None and direction is None else None
        if section is not None:
            # "January. Three days of rain swelled the river ...": a month heading its section (a review of
            # the year, month by month) has no clause of its own; its section's first sentence tells its tense
            direction = tense(self.low, section, section)
            if direction == PAST:
                s, e, v = [c for c in cands if c[0] <= self.dct][-1]
                return self._done(v, text, f"{MONTH_NAMES[month - 1]} heading a section told in the past")
        if direction is None and section is None and self.dct is not None:
            # "was the best stock, rising 84 per cent between January and December": a participle clause
            # after a comma takes the tense of the clause it hangs on
            lead = _PARTICIPLE_CLAUSE_BEFORE.search(self.low, max(0, start - 60), start)
            if lead is not None and lead.start() > 0:
                lead_dir = self._direction(lead.start() - 1, lead.start())
                # (only a past one: "cut prices this week, blaming rains between March and May" reads no
                # further ahead from an unmarked verb)
                if lead_dir == PAST and self._month_pair_span(month, start, end, lead_dir, text) is not None:
                    direction = lead_dir
        if direction in (PAST, FUTURE):
            span = self._month_pair_span(month, start, end, direction, text)
            if span is not None:
                return span
        if direction == PAST:
            s, e, v = [c for c in cands if c[0] <= self.dct][-1]
            return self._done(v, text, f"{MONTH_NAMES[month - 1]} without a year, past tense")
        if direction == FUTURE:
            s, e, v = [c for c in cands if c[1] >= self.dct][0]
            return self._done(v, text, f"{MONTH_NAMES[month - 1]} without a year, future")
        if which == "last":
            # the month just before the publication month would be "last month": "last February"
            # on 1 March is February a year back; but "last December" in January is the December of
            # last year, the one just ended
            before = [c for c in cands if c[1] < self.dct]
            s, e, v = before[-1]
            if cal.add_months(s, 1) == cal.period_start("M", self.dct) and s.year == self.dct.year \
                    and len(before) > 1:
                s, e, v = before[-2]
                return self._done(v, text, f"last {MONTH_NAMES[month - 1]}: the one before the month just "
                                           "ended (that one would be 'last month')")
            return self._done(v, text, f"last {MONTH_NAMES[month - 1]}: the latest before the publication month")
        s, e, v, why = self._pick(cands, which, start, end)
        return self._done(v, text, f"{MONTH_NAMES[month - 1]} without a year, {why}")

    def _year_in_reduced_relative(self, year: Timex, start: int, end: int) -> bool:
        """Is `year` ("last year") inside a reduced relative clause ("the rise approved last year") while the
        day at low[start:end] belongs to a main clause not told in the past (see _YEARLESS_REDUCED_RELATIVE)?"""
        return year.text.lower() == "last year" \
            and _YEARLESS_REDUCED_RELATIVE.search(self.low, max(0, year.start - 40), year.start) is not None \
            and self._direction(start, end) != PAST

    def _in_year_list(self, t: Timex) -> bool:
        """Round 87: does `t` close a list of years ("2018 and last year", "Last year and two years ago")?"""
        i = next((k for k in range(len(self.previous) - 1, -1, -1) if self.previous[k].tid == t.tid), None)
        if not i:
            return False
        prev = self.previous[i - 1]
        return prev.type == "DATE" and prev.granularity == "year" \
            and _YEAR_LIST_JOIN.fullmatch(self.low, prev.end, t.start) is not None

    def _fronted(self, t: Timex, sentence: int) -> bool:
        """Does `t` head its sentence or a clause of it (see _CLAUSE_HEAD_BEFORE)?"""
        return _OPENING.fullmatch(self.low, sentence, t.start) is not None \
            or _CLAUSE_HEAD_BEFORE.search(self.low, max(sentence, t.start - 6), t.start) is not None

    def _clause_deictic_year(self, start: int, end: int) -> Optional[Timex]:
        """Round 87: the deictic or anaphoric year that dates the clause of a holiday or a season (see
        _deictic_year_before), not one in a reduced relative clause ("the ban, announced last year, ...")."""
        if not self.previous or self.dct is None:
            return None
        year = self._deictic_year_before(start)
        if year is None or self._year_in_reduced_relative(year, start, end):
            return None
        return year

    def _deictic_year_before(self, start: int) -> Optional[Timex]:
        """"cut rates three times this year, in February, May and August", "last year, when the floods
        came in August", "next year we would like to move back to July": "this year", "last year" or
        "next year" earlier in the month's own sentence is the month's year, unless a coordinated clause
        comes between ("cited twice last year and once in March" tells another time)."""
        sentence = self._sentence_start(start)
        head = start
        for t in reversed(self.previous):
            if t.end <= sentence or start - t.end > 1000:      # (a run-on list must not cost its square)
                return None
            if t.granularity == "month" and t.type == "DATE":
                head = t.start      # a list of months ("in February, May and August") counts from its head
                continue
            if t.type == "DATE" and t.granularity in ("day", "season") and t.anchor is not None \
                    and t.anchor.startswith("t") and _NAMED_BEFORE_IN_SENTENCE in t.explanation \
                    and not _COORDINATED.search(self.low, t.end, head) and not _CLAUSE_BREAK.search(self.low, t.end, head):
                head = t.start      # Round 87: "Last year Easter fell in April": a holiday already of that year
                continue
            if t.type == "DATE" and t.granularity == "year" and _BARE_YEAR.fullmatch(t.text) \
                    and _EDITION_AFTER_YEAR.match(self.low, t.end) and start - t.end <= 80 \
                    and not _EDITION_OBJECT_BEFORE.search(self.low, max(0, t.start - 24), t.start) \
                    and not _CLAUSE_BREAK.search(self.low, t.end, head) and not _COORDINATED.search(self.low, t.end, head) \
                    and "," not in self.low[t.end:head]:
                return t      # Round 148: "the 2021 edition that was moved from June to September": its months
            if self._closed_relative_aside(t, start):
                return None
            if t.type == "DATE" and t.granularity == "year" \
                    and (t.anchor == "publication" or t.anchor is not None and _WHEN_CLAUSE_AFTER.match(self.low, t.end)
                         if _THIS_LAST_NEXT_YEAR.fullmatch(t.text.lower())
                         else t.anchor is not None and self._fronted(t, sentence)) \
                    and (t.tid not in self.not_anchorable
                         or _WHEN_CLAUSE_AFTER.match(self.low, t.end) and "," not in self.low[t.end + 1:head]
                         or _OPENING.fullmatch(self.low, sentence, t.start) and _COMMA_OR_IN.match(self.low, t.end)) \
                    and _DEICTIC_YEAR.fullmatch(t.text.lower()) and not _CLAUSE_BREAK.search(self.low, t.end, head) \
                    and t.value.isdigit() and not _COORDINATED.search(self.low, t.end, head) \
                    and (not _HAD.search(self.low, t.end, head)
                         or _OPENING.fullmatch(self.low, sentence, t.start)) \
                    and (not self.low.startswith("'s", t.end)     # "next year's race opens Nov. 1"
                         or _NEXT_YEARS_EVENT_SET.fullmatch(self.low, t.end, start) is not None):
                if self._in_year_list(t):
                    return None     # Round 87: "In 2018 and last year, the fair ran in June": June of each year
                if _TOPIC_YEAR_BEFORE.search(self.low, max(sentence, t.start - 8), t.start) \
                        and not _WHEN_CLAUSE_AFTER.match(self.low, t.end):
                    return None     # Round 87: "the budget for next year will open in the autumn", "a report on
                                    # last year is due by March": the year is what a thing is for or about, not
                                    # the clause's time
                if t.text.lower() == "next year" and _FOR_NEXT_YEAR.search(self.low, max(0, t.start - 8), t.start) \
                        and _DEADLINE_DAY.search(self.low, max(0, start - 10), start):
                    return None
                return t
            if t.type == "DATE" and t.granularity == "year" and t.anchor == "publication" and t.value.isdigit() \
                    and _YEARS_AGO.fullmatch(t.text.lower()) and _OPENING.fullmatch(self.low, sentence, t.start) \
                    and not _COORDINATED.search(self.low, t.end, head):
                return t      # Round 86: "Two years ago, hailstorms in March flattened my wheat": its March
            if t.type == "DATE" and t.granularity == "year" and _BARE_YEAR.fullmatch(t.text) \
                    and t.end < start and _YEAR_THEN_DAY.fullmatch(self.low, t.end, start) \
                    and not _BOUND_YEAR_BEFORE.search(self.low, max(0, t.start - 8), t.start):
                return t
            if t.type == "DATE" and t.granularity == "year" and _BARE_YEAR.fullmatch(t.text) \
                    and (_CLAUSE_YEAR_BEFORE.search(self.low, sentence, t.start)
                         or _SENTENCE_OPENS_IN.fullmatch(self.low, sentence, t.start)) \
                    and not _COORDINATED.search(self.low, t.end, head) and not _HAD.search(self.low, t.end, head):
                return t
            if t.type == "DATE" and t.granularity == "year" and _BARE_YEAR.fullmatch(t.text) \
                    and _RELATIVE_CLAUSE_YEAR_BEFORE.search(self.low, max(sentence, t.start - 40), t.start) \
                    and "," not in self.low[t.end:head] and not _COORDINATED.search(self.low, t.end, head) \
                    and not _HAD.search(self.low, t.end, head):
                return t
            return None
        return None

    def _recent_range_end(self, month: int, start: int, end: int, text: str) -> Optional[Resolution]:
        """"sold between June 2024 and January" (published March 2026): when the range opens on a month
        written with a recent year, its bare end is read from publication like any bare month (the latest
        begun, or the next one in a future clause), provided it does not fall before the opening."""
        first = self._range_first_month(start)
        if first is None or not _YEAR_WRITTEN.search(first.text) or first.interval.start.year < self.dct.year - 2:
            return None
        cands = [f"{y:04d}-{month:02d}" for y in (self.dct.year - 1, self.dct.year, self.dct.year + 1)]
        ivs = [(cal.value_interval(v)[0], v) for v in cands]
        if self._direction(start, end) == FUTURE:
            iv, v = [c for c in ivs if c[0].end >= self.dct][0]
        else:
            iv, v = [c for c in ivs if c[0].start <= self.dct][-1]
        if iv.start <= first.interval.end:
            return None
        return Resolution(v, "publication", iv, "month",
                          f"{text} → {v}: the end of a range from {first.text} ({first.value}), read from "
                          "publication")

    def _month_pair_span(self, month: int, start: int, end: int, direction: str, text: str) -> Optional[Resolution]:
        """Round 101: "rising between January and December" (published 2 January), "January and February were
        mild" (published in January), "meet from January through April" (a plan, published in April): a
        bare month opening a range or pair of bare months takes the year that puts the whole stretch in its
        tense, not only its first month: told in the past, the stretch's last month has begun by publication;
        told ahead, the stretch has not ended by then."""
        before = self.low[max(0, start - 16):start]
        m2 = _MONTH_PAIR_AFTER.match(self.low, end)
        if m2 is None or (_RANGE_FROM.search(before) is None and m2.group(1) != "and") \
                or not self.text[m2.start(2)].isupper():
            return None     # (not "paid in January and may ask": a modal)
        if _HABIT_EACH_BEFORE.search(self.low, max(0, start - 50), start):
            return None     # "swam each morning from May to October": a habit's season, left to its readings
        last = _MONTH_INDEX[m2.group(2)]
        if last == month:
            return None
        cross = 1 if last < month else 0
        years = (self.dct.year - 1, self.dct.year, self.dct.year + 1)
        if direction == PAST:
            fits = [y for y in years if _dt.date(y + cross, last, 1) <= self.dct]
            if not fits:
                return None
            y = fits[-1]
        else:
            fits = [y for y in years if cal.value_interval(f"{y + cross:04d}-{last:02d}")[0].end >= self.dct]
            if not fits:
                return None
            y = fits[0]
        v = f"{y:04d}-{month:02d}"
        return self._done(v, text, f"{MONTH_NAMES[month - 1]} without a year, opening a stretch of months to "
                                   f"{MONTH_NAMES[last - 1]} told in the {'past' if direction == PAST else 'future'}")

    def _range_first_day(self, start: int) -> Optional[Timex]:
        """"a break from Dec. 19 to Jan. 9": the day that opens the range, so that its end is not put
        before it (the end crosses into the next year)."""
        t = self.previous[-1]
        if t.granularity != "day" or t.interval is None or not t.value[:1].isdigit():
            return None
        if t.end + 12 < start or not _RANGE_TO.match(self.low, t.end, start):
            return None
        return t if _range_opens(self.low, t, start) else None

    def _range_first_month(self, start: int) -> Optional[Timex]:
        """"from May to October": the month that opens the range, so that its end is not put before it."""
        t = self.previous[-1]
        if t.granularity != "month" or t.interval is None or not _MONTH_VALUE.match(t.value):
            return None
        if not _RANGE_TO.match(self.low, t.end, start) or t.end + 12 < start:
            return None
        return t if _range_opens(self.low, t, start) else None
