"""Anchoring weekdays ("on Tuesday", "the following Monday") and "the weekend": which one, by modifier,
tense, a pair or a date named with it."""
from __future__ import annotations

import datetime as _dt
import re
from typing import Optional

from ..model import Timex
from . import calendar as cal
from .cues import FUTURE, PAST, PLANNED, conditional_ahead, expected_event, plan_told_in_past, time_left_before
from .resolution import _WILL_BEFORE, FULL_STOPS, WEEKDAY_NAMES, Resolution, _fmt_day, _sentences_between

# "will", "next" before a weekday equal to the publication weekday: next week's ("will publish its next
# update on Thursday", published on a Thursday).
# Round 146: a run of days told by its first and last weekday: "between Friday and Sunday", "from Friday to
# Monday".
_SPAN_OPENS = re.compile(r"\b(?:between|from)[ \t]+$")
_SPAN_BETWEEN = re.compile(r"[ \t]+(?:and|to|until|through)[ \t]+")
# Round 146: a past verb right after a weekday ("the regatta on Saturday drew crowds").
_PAST_VERB_AFTER = re.compile(r"[ \t]+(?:[a-z]+ed|was|were|had|drew|went|came|saw|took|made|left|fell|rose|won|lost|"
                              r"began|ran|saw|brought|held|led|met|sold|told|gave|got)\b")
# Round 146: what ends a clause between a clock time and the weekday after it.
_CLAUSE_STOP = re.compile(r"[.;:!?,\n]")
_WILL_OR_NEXT_BEFORE = re.compile(r"\b(?:will|'ll|shall|next)\b[^.;!?\n\"“”]*$")
# After "Thursday's": a noun or two, then a verb of schedule in the present tense ("Thursday's launch
# window lasts 37 minutes", "Friday's match kicks off at 3"). A copula is no cue ("Monday's ruling is a
# blow" may look back).
# (Round 148: "Sunday's bill ends with a singer ...", "features", "includes": the bill of a day still to come)
_PRESENT_SCHEDULE_AFTER = re.compile(r"(?:[ \t]+[a-z-]+){1,3}[ \t]+(?:lasts|begins|starts|opens|closes|runs|kicks|"
                                     r"ends|finishes|features|includes|"
                                     r"gets[ \t]+under[ \t]+way|is[ \t]+(?:scheduled|set|due|expected|slated|"
                                     r"planned)|are[ \t]+(?:scheduled|set|due|expected|slated|planned))\b")
# After "Saturday's": the event's noun phrase (up to six words, no verb of its own nor a clause opener), then
# "will": "Saturday's match against the visitors will be the last chance" looks ahead (but "Monday's ruling
# means prices will rise": the "will" belongs to another clause).
_WILL_AFTER_POSSESSIVE = re.compile(
    r"(?:[ \t]+(?!(?:that|which|who|means|meant|shows|showed|suggests|suggested|said|says|was|were|is|are|has|"
    r"had|made|makes|left|leaves)\b)[a-z'’-]+){1,6}?[ \t]+(?:will|shall)\b")
# Round 96: after "Sunday's": the event's noun, then a verb of showing or playing it again ("Sunday's opener will
# be repeated on Saturday", "Saturday's final is to be replayed"): what is repeated has already been.
_REPEATED_AFTER_POSSESSIVE = re.compile(
    r"(?:[ \t]+[a-z-]+){1,3}[ \t]+(?:will[ \t]+be|is[ \t]+to[ \t]+be|are[ \t]+to[ \t]+be|is[ \t]+being|"
    r"are[ \t]+being|is|are|will[ \t]+get|gets)[ \t]+(?:repeated|replayed|re-?run|re-?broadcast|re-?shown|"
    r"re-?aired|re-?screened|re-?staged)\b")
# Round 100: a team picked or readied "for" a weekday's fixture ("named an unchanged side on Wednesday
# for Saturday's test", "is fit for Sunday's final", "tickets for Friday's derby"): the fixture is still to come,
# whatever the tense of the picking ("suspended for Saturday's game" may be the game gone by: not a cue).
_PICKED_FOR_BEFORE = re.compile(r"\b(?:named|names|name|naming|selected|selects|picked|picks|recalled|recalls|"
                                r"prepare|prepares|prepared|preparing|ready|readies|fit|available|doubtful|"
                                r"doubt|tickets|travel|travels|travelled|"
                                r"traveled|trained|train|trains|training)\b"
                                r"(?:[ \t]+[a-z,'-]+){0,8}?[ \t]+for[ \t]+$")
_FIXTURE_AFTER_POSSESSIVE = re.compile(r"[ \t]+(?:[a-z-]+[ \t]+){0,2}?(?:test|match|game|final|semi-?final|"
                                       r"quarter-?final|race|clash|fixture|derby|showdown|opener|decider|tie|bout|"
                                       r"fight|grand[ \t]+prix|meet|contest|regatta|series|playoff|play-off)\b")
# Round 100: a present perfect passive of arranging, then the weekday ("has been ordered in 23 booths on
# Tuesday", "has been called for Friday"): English puts no past day with a present perfect, so the day is that
# of the event arranged, still to come (not a day of news told: "announced", "reported" are left out).
_ARRANGED_PERFECT_BEFORE = re.compile(r"\b(?:has|have)[ \t]+(?:now[ \t]+|also[ \t]+)?been[ \t]+(?:ordered|called|"
                                      r"scheduled|rescheduled|fixed|set|planned|convened|arranged|slated|postponed|"
                                      r"deferred|adjourned|moved|shifted|put[ \t]+off|brought[ \t]+forward)\b"
                                      r"[^.;:!?\n]{0,80}?[ \t](?:on|for|until|till|to)[ \t]+$")
# Round 134: what was promised for a weekday, "promised another shipment Tuesday", "pledged a new
# delivery on Friday": the promise is past, but the further/new thing it names comes after it (not "promised
# on Tuesday to ...", "vowed Monday that ...": the day the promise was made).
_PROMISED_MORE_BEFORE = re.compile(r"\b(?:promised|pledged|vowed|guaranteed)[ \t]+(?:customers[ \t]+|shoppers[ \t]+|"
                                   r"buyers[ \t]+|them[ \t]+|us[ \t]+)?(?:another|more|further|fresh|a[ \t]+new|"
                                   r"a[ \t]+fresh|a[ \t]+second|a[ \t]+further|new)[ \t]+[a-z-]+(?:[ \t]+[a-z-]+)?"
                                   r"(?:[ \t]+(?:on|by))?[ \t]+$")
_PROMISED_MORE_NOT_AFTER = re.compile(r"[ \t]*(?:,[ \t]*)?(?:that|to)\b")
# Round 103: a quoted price's day, "a 30 percent premium to the closing price on Friday", "above its closing
# level on Monday": a market closed that day, gone by however the offer around it is told (not "the deal
# will close on Friday", a close still to come).
_CLOSING_PRICE_BEFORE = re.compile(r"\bclosing[ \t]+(?:share[ \t]+|stock[ \t]+)?(?:prices?|levels?|values?|quotes?)"
                                   r"[ \t]+(?:on|of)[ \t]+$")
# A fixture's verb in the present, then "in" just before a possessive weekday: "the two sides meet in
# Saturday's final", "Lee races in Sunday's sprint" (at most four words between).
_PREP_BEFORE_POSSESSIVE = re.compile(r"\b(?:meets|meet|faces|face|play|plays|race|races|compete|competes|clashes|clash)"
                                     r"(?:[ \t]+[a-z'-]+){0,4}?[ \t]+in[ \t]+$")
# Round 78: a mail message, known by its headers ("From: ...", "Subject: ...") or by a greeting on its first
# line ("Hi Marta,", "Team,"), and a notice's fields ("What: ...", "When: ..."), write to readers about their
# coming days: a weekday there with no tense to say otherwise is the next one, not the last.
_MAIL_HEADER = re.compile(r"(?<![^\n])[ \t]*(?:from|to|cc|sent|subject|date|what|when|where)[ \t]*:[ \t]*\S", re.I)
_MAIL_GREETING = re.compile(r"\s*(?:(?:hi|hello|dear)[ \t]+[\w .'-]{1,40}|team|all|everyone|hi[ \t]+all|hello[ \t]+all)"
                            r"[ \t]*[,!]?[ \t]*\n", re.I)
# Round 86: what follows a holiday up to a weekday that says which days its period runs: ", which runs from",
# ", which this year stretches from", ", when the break lasts from".
# (the holiday and the clause spelling out its days sit close before the weekday: the walk back stops there, not
# at the sentence's start, which a run-on text without full stops may put tens of kilobytes back)
_HOLIDAY_PERIOD_REACH = 300
_HOLIDAY_PERIOD_CLAUSE = re.compile(r"(?:'s)?[ \t]*,[ \t]+(?:which|that|when)[ \t]+(?:[a-z]+[ \t]+){0,3}?"
                                    r"(?:runs?|lasts?|stretch(?:es)?|spans?|extends?|goes|go)[ \t]+"
                                    r"(?:[a-z]+[ \t]+){0,2}?(?:from|between)[ \t]+")
# A weekday, then "is at" and a clock time: the schedule of an event still to come ("kick-off on Wednesday
# is at 7.30pm").
_IS_AT_CLOCK_AFTER = re.compile(r"[ \t]+(?:is|are)[ \t]+(?:at|from)[ \t]+\d")
# Round 79: a viewing guide's slot in brackets after a pick's title, "(Channel 5, Sunday 9pm)": the next
# showing, still to come; read on the text as written (the channel's name has its capitals).
_LISTING_SLOT_BEFORE = re.compile(r"\([A-Z][\w+&'\u2019.-]*(?:[ \t]+[A-Z0-9][\w+&'\u2019.-]*){0,3},[ \t]*$")
_LISTING_SLOT_AFTER = re.compile(r"[^()\n]{0,12}\)")
# Round 79: "viewers can stream it from Friday", "passengers may book from Monday": what one can do from a
# day on, in the present, starts on a day to come.
_CAN_FROM_BEFORE = re.compile(r"\b(?:can|may|must)[ \t]+(?:now[ \t]+|also[ \t]+)?[a-z]+\b[^.;:!?\n]{0,60}[ \t]from[ \t]+$")
# A weekend a holiday makes long: "the long weekend", "the holiday weekend", "the bank holiday weekend".
_LONG_WEEKEND = re.compile(r"(?:the|this)[ \t]+(?:long|holiday|bank[ \t]+holiday|festive)[ \t]+weekend")
# "is"/"are" before a weekday with at most four words between, none a verb form in -ing/-ed nor a word of
# comparison or time: "both semifinals are in Denver Friday" (but "police are investigating a fire on
# Friday", "prices are higher than on Friday"). Read word by word (see _present_be_before).
_PRESENT_BE = ("is", "are")
_PRESENT_BE_GAP_WORDS = 4
_NOT_IN_SCHEDULE_GAP = frozenset(("than", "since", "from", "after", "before", "ago", "compared", "up", "down",
                                  "higher", "lower", "more", "less", "not", "still", "due", "expected"))
_GAP_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789'-")


def _present_be_before(low: str, lo: int, start: int) -> bool:
    """Does low[lo:start] end in "is"/"are", then at most four plain words that are no verb form in
    -ing/-ed and no word of comparison or time, then a space or tab before the weekday at `start`?"""
    seg = low[lo:start]
    if not seg or seg[-1] not in " \t":
        return False
    words = seg.replace("\t", " ").split(" ")
    words = [w for w in words if w]
    for k in range(len(words) - 1, max(-1, len(words) - 2 - _PRESENT_BE_GAP_WORDS), -1):
        w = words[k]
        if w in _PRESENT_BE:
            # the window's first word may be the tail of a longer one ("this")
            return not (k == 0 and lo > 0 and low[lo - 1].isalnum() and seg[:1].isalnum())
        if not set(w) <= _GAP_WORD_CHARS or w in _NOT_IN_SCHEDULE_GAP \
                or len(w) > 3 and w.endswith("ing") or len(w) > 2 and w.endswith("ed"):
            return False
    return False


# A reporting verb just before a weekday: the day of the statement, counted from publication.
# "the summit falls two days after Tuesday's vote": a present-tense schedule N days after a weekday.
_SCHEDULED_DAYS_AFTER = re.compile(r"\b(?:falls|comes|is|opens|begins|starts|arrives)[ \t]+(a|one|the|two|three|four|"
                                   r"five|six|[1-6])[ \t]+days?[ \t]+after[ \t]+$")
_DAY_COUNTS = {"a": 1, "one": 1, "the": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|announced|added|wrote)\b[^.;!?\n]{0,12}$")
# After the clock times of a weekday, the next weekday of a listing: "... to 4 p.m. and Sunday".
_TIMES_THEN_AND = re.compile(r"[ \t]*[,;]?[ \t]*(?:and|or)[ \t]+(?:on[ \t]+)?")
# Round 85: what ends a span at a weekday ("went on until Sunday evening").
_UNTIL_BEFORE = re.compile(r"\b(?:until|till)[ \t]+$")
_SPAN_BEGUN_BEFORE = re.compile(r"\b(?:began|begun|started|opened|broke[ \t]+out|from)\b[^.;:!?]{0,30}$")
# Round 129: "from last Sunday to Saturday": a range opened with "from" (or "between").
_RANGE_FROM_BEFORE = re.compile(r"\b(?:from|between)[ \t]+$")
_WEEKDAY_PAIR_GAP = re.compile(r"[ \t]*(?:,[ \t]*)?(?:or|and|to|through|-|–)[ \t]+(?:on[ \t]+)?|[ \t]*[-–][ \t]*")
# Round 92: "dances at 11 a.m. on Tuesday, and again on Saturday": "again" repeats what was put on the
# weekday before it, so the second weekday comes after the first, however far on in the week.
_AGAIN_ON_GAP = re.compile(r"[ \t]*,?[ \t]*(?:and|then|but)[ \t]+(?:then[ \t]+)?again[ \t]+(?:on[ \t]+)?")

# A weekday heading a line of a schedule, a forecast or a calendar, without a verb of its own:
# "Saturday: Snow ...", "Sunday night and Monday: Clear", "Tuesday (7.45pm): A v B", "THURSDAY" alone on
# its line. After it: a colon, a parenthesis, or the end of the line.
_LABEL_AFTER = re.compile(r"[ \t]*(?::|\(|\n|$)")
# Round 95: "a three-shot lead into the final round Sunday", "carries a 2-0 lead into the second leg
# Wednesday": what comes after the day a lead was taken.
_INTO_EVENT_BEFORE = re.compile(r"\blead (?:of [\w-]+ )?into (?:the |a )?(?:(?:final|last|closing|deciding|next|"
                                r"second|third|fourth) )?(?:round|day|stage|leg|game|match|session|race|set)"
                                r"(?: on)? $")
# Round 78: a label with the hours of its day ("Monday 9am to 5pm: workshop"): the clock time ends it.
_TIMED_LABEL_AFTER = re.compile(r"[ \t]*(?:-|–|to|until|till)[ \t]*\d{1,2}(?:[:.]\d\d)?[ \t]*(?:[ap]\.?m\.?)?[ \t]*:")
# Round 96: after a sentence-final weekday ("..., Friday."); a verb-like word in the comma's stretch before it
# ("officials said, Friday" is no aside); "will" and a verb as the sentence's own future.
_SENTENCE_END_AFTER = re.compile(r"[.!?](?:[\"'\u201d\u2019]|[ \t]*(?:\n|$)|[ \t]+(?=\S))")
_VERB_LIKE = re.compile(r"\b(?:[a-z]+ed|said|says|told|tells|was|were|is|are|has|had|have|will|would|can|could)\b")
_WILL_VERB = re.compile(r"(?<![\w'])(?:will|'ll)[ \t]+(?:not[ \t]+|also[ \t]+|now[ \t]+)?[a-z]+")
# Before a second weekday on a label line: the first one and a conjunction ("Sunday night and Monday:").
# Round 96: the week said after a pair of weekdays ("Monday and Tuesday next week"), which names the first
# weekday's week too.
_PAIR_WEEK_AFTER = re.compile(r",?[ \t]+(?:and|or|&)[ \t]+(?:on[ \t]+)?[a-z]+day[ \t]+(?:of[ \t]+)?(?:next|last)[ \t]+week\b"
                              r"|[ \t]+(?:of[ \t]+)?(?:next|last)[ \t]+week\b")
_LABEL_JOIN = re.compile(r"[ \t]*(?:,|&|and|or|through|to|-|–)?[ \t]*")
# Round 96: the first of two weekdays heading a line together ("Thursday and Friday: shadowing the support
# rota", "Sat & Sun: closed"): the label's colon comes after the second, but the first heads the line too.
_LABEL_PAIR_AFTER = re.compile(r"[ \t]*(?:,|&|and|or|-|–)[ \t]*(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|"
                               r"sun)(?:[a-z]*day)?\.?[ \t]*(?::|\()")
# How far back (characters) a label still heads the same listing: a week's forecast or fixtures list runs
# to a few thousand characters; a label further back belongs to another part of the text.
_LISTING_REACH = 4000
# How far back (characters) a label's day still covers a bare weekday below it: its own section only.
_LABEL_SECTION_REACH = 1500
# A first label with no label before it is the same weekday at most this many days ahead of publication,
# else the one before (listings are mostly of the days to come: "Tuesday (7.45pm)" in a Monday's fixtures).
_LABEL_DAYS_AHEAD = 4
# "that Friday" takes the week of the day named last only when that day is this close (characters), about
# a paragraph; further back it is no longer the week in focus.
_WEEK_IN_FOCUS_REACH = 600

# An "after ...ing" clause after a day of the sentence, within this many characters of the weekday it holds.
_AFTER_GERUND = re.compile(r"[,;]?[ \t]+after[ \t]+[a-z]+ing\b")
_AFTER_CLAUSE_REACH = 120

# A weekend ("2006-W23-WE").
_WEEKEND_VALUE = re.compile(r"\d{4}-W\d\d-WE")

# Between a date and a weekday in apposition to it ("on March 29, a Friday", "May 3 (a Sunday)").
# A forecast is told before the day it is for ("the outlook for Sunday morning was dry", "the forecast for
# Friday"): the weekday still to come, whatever the tense of its clause.
# "where it is already Friday", "it's already Thursday morning there": the clock of another zone ahead.
# "the Friday" as one of the days just dated: how far back the date may be, and what after the weekday
# makes it another phrase ("the Tuesday after the vote", "the Sunday of Easter", "the Friday's session").
_THE_WEEKDAY_REACH = 400
_THE_WEEKDAY_NOT_ANAPHORIC_AFTER = re.compile(r"(?:['’]s\b|[ \t]+(?:after|before|following|of|prior|preceding|"
                                              r"ahead|in|that|when|which|before|last|next|this)\b)")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_DIGIT = re.compile(r"\d")
_ALREADY_IS_BEFORE = re.compile(r"\bit(?:['’]s|[ \t]+is)[ \t]+already[ \t]+$")
_FORECAST_FOR = re.compile(r"\b(?:forecasts?|outlook)[ \t]+for[ \t]+$")
# Round 99: "it could be lifted as early as Tuesday", "a vote may come as soon as Thursday": the earliest a
# possibility may come, a day still ahead ("could have been found as early as Tuesday" looks back).
_POSSIBLE_AS_EARLY = re.compile(r"\b(?:could|may|might|can)(?![ \t]+have\b)[ \t]+(?:[a-z-]+[ \t]+){1,4}?as[ \t]+(?:early|soon)[ \t]+as"
                                r"[ \t]+(?:next[ \t]+|this[ \t]+)?$")
_APPOSITION_GAP = re.compile(r"[ \t]*(?:,[ \t]*(?:which[ \t]+(?:is|was|will[ \t]+be)[ \t]+)?|\([ \t]*)an?[ \t]+$")

# Just a parenthesis or a comma between a date and a weekday: "Christmas Eve (Saturday)", "on 24 December,
# Saturday, ...". The weekday restates the date's own when the date falls on it (checked where it is used;
# a list such as "Friday 9 May, Saturday" names another day).
_WEEKDAY_OF_DATE_GAP = re.compile(r"[ \t]*[(,][ \t]*")

# Round 82: a holiday placed on a weekday, "Vaisakhi, which falls on Tuesday", "places the Day of Arafat,
# the high point of the pilgrimage, on Saturday": the weekday is the holiday's own day when it falls on it
# (a gloss between commas allowed, no full stop).
_HOLIDAY_ON_WEEKDAY_GAP = re.compile(r"(?:[ \t]*,[^,.;:!?\n]{1,60},)?[ \t]*(?:(?:which|that)[ \t]+)?"
                                     r"(?:(?:falls?|fell|will[ \t]+fall|is|was|will[ \t]+be|comes?|came|lands?|"
                                     r"(?:is|are)[ \t]+expected[ \t]+to[ \t]+fall)[ \t]+)?(?:on[ \t]+)$")
# Round 93: "Christmas falls on a Monday", "Eid al-Adha fell on a Sunday": the holiday said to fall on a weekday
# (any such weekday: the verb is required, as the article is)
_HOLIDAY_ON_A_WEEKDAY_GAP = re.compile(r"[ \t]*,?[ \t]*(?:(?:which|that)[ \t]+)?(?:(?:this|that|next)[ \t]+year[ \t]+)?(?:falls?|fell|will[ \t]+fall|comes?|"
                                       r"came|lands?|landed)[ \t]+on[ \t]+a[ \t]+$")


# Round 129: "Christmas Day, which this year falls on a Sunday": a year between the holiday and its verb.
# Round 129: "through May 11, ending on a Saturday", "on June 4, which falls on a Tuesday": a day said to be a
# weekday.
_DAY_ON_A_WEEKDAY_GAP = re.compile(r"[ \t]*,?[ \t]*(?:(?:which|that)[ \t]+)?(?:falls?|fell|ending|closing|finishing|"
                                   r"ends|closes|finishes|ended|closed|finished)[ \t]+on[ \t]+a[ \t]+")
_YEAR_ASIDE_BEFORE = re.compile(r"[ \t]*,?[ \t]*(?:which|that)[ \t]+")
_YEAR_ASIDE_ON_A_WEEKDAY = re.compile(r"[ \t]+(?:falls?|fell|will[ \t]+fall|comes?|came|lands?|landed)[ \t]+on[ \t]+a[ \t]+")
# Round 81: a travel guide's itinerary ("48 hours in ..."): lines that hold only a weekday and a part of the
# day ("Friday evening", "Saturday morning"), each heading advice to the reader ("Drop your bags at ...",
# "Take the tram to ..."). The guide serves any weekend: its days are weekdays of no one week (TimeML
# "XXXX-WXX-5TEV"), and so are the clock times under them. A listing's or a log's day headings ("Monday"
# alone, above reports) name days of one week and stay dated.
_ITINERARY_HEADING = re.compile(r"(?<![^\n])[ \t]*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)[ \t]+"
                                r"(?:morning|afternoon|evening|night)[ \t]*\n+[ \t]*([a-z]+)")
_ITINERARY_IMPERATIVES = frozenset({"drop", "take", "cross", "leave", "head", "walk", "start", "book", "grab",
                                    "stroll", "catch", "spend", "explore", "visit", "order", "try", "hop",
                                    "check", "wander", "climb", "get", "make", "go", "pick", "finish", "begin"})

# Round 80: the end of a heading's line, right after the date ("Saturday 14 July\n").
_LINE_END_AFTER = re.compile(r"[ \t]*(?:\n|$)")

# Review 13: a plan carried past a clock time on its day reaches only weekdays listed after it ("followed by",
# "and", "then", ", with ... on"), never one told as a cause or a past event ("after a walkout on Sunday",
# "the victims of Saturday's crash", "into the deaths in a fire on Sunday").
_PLAN_LIST_JOIN = re.compile(r"\b(?:followed[ \t]+by|and|then)\b|,[^,]*\bwith\b", re.I)
_PLAN_LIST_BLOCK = re.compile(r"\b(?:after|since|of|in[ \t]+an?|into|victims?)\b|\b(?!followed\b)[a-z]+ed\b"
                              r"|\b(?:was|were|had|did|went|came|began|saw|took|made|held|said|told|broke|fell|"
                              r"rose|won|lost|left|met|ran|gone|done|seen|taken|begun|broken)\b")


class WeekdayMixin:
    """Anchorer methods for weekdays and their direction."""

    def _itinerary(self) -> bool:
        """Round 81: is the text a guide's itinerary (see _ITINERARY_HEADING)? Three such headings or more,
        two of them heading an imperative."""
        found = getattr(self, "_itinerary_found", None)
        if found is None:
            heads = _ITINERARY_HEADING.findall(self.low)
            found = len(heads) >= 3 and sum(w in _ITINERARY_IMPERATIVES for w in heads) >= 2
            self._itinerary_found = found
        return found

    def _itinerary_heading(self, start: int, end: int) -> bool:
        """Round 81: does low[start:end] stand alone on its line, in an itinerary?"""
        if not self._opens_line(start):
            return False
        nl = self.low.find("\n", end)
        return not self.low[end:nl if nl >= 0 else len(self.low)].strip() and self._itinerary()

    def _weekday(self, arg: str, which: Optional[str], start: int, end: int, text: str) -> Resolution:
        # A wire dateline a day or two before publication is the day the story was written: its weekdays
        # count from it ("SARAJEVO, July 17 (Reuters) - ... will not resume before Monday" is July 19).
        dateline = self._dateline_day(start)
        dct = self.dct if dateline is None else dateline.interval.start

        def done(value: str, why: str) -> Resolution:
            if dateline is None:
                return self._done(value, text, why)
            why = why.replace("the publication day", "the dateline's day").replace("publication", "the dateline")
            return self._from_mention(value, dateline, text, f"{why}, "
                                      f"counted from the wire dateline's day '{dateline.text}' ({dateline.tid}), "
                                      f"before publication ({_fmt_day(self.dct)})")

        wd = int(arg) - 1
        name = WEEKDAY_NAMES[wd]
        if which is None and self._itinerary_heading(start, end):
            return self._unresolved(f"XXXX-WXX-{wd + 1}", text, f"{name} heading an itinerary's day: a {name} of "
                                    "no one week")
        delta = (wd - dct.weekday()) % 7
        nxt = dct + _dt.timedelta(days=delta or 7)
        prev = dct - _dt.timedelta(days=(dct.weekday() - wd) % 7 or 7)
        if which in ("last", "recent"):
            return done(prev.isoformat(), f"the {name} before publication, 'last'")
        if which == "next":
            if delta == 1 and self.low.startswith("next", start):
                # "next Wednesday" on a Tuesday: tomorrow would be "tomorrow" or a bare "Wednesday", so
                # "next" skips to the week after ("this coming Wednesday" stays tomorrow).
                day = nxt + _dt.timedelta(days=7)
                return done(day.isoformat(), f"the {name} of the week after publication, "
                                                         f"'next' on the day before")
            return done(nxt.isoformat(), f"the {name} after publication, 'next'")
        if which == "this":
            day = dct + _dt.timedelta(days=wd - dct.weekday())
            # ("Tuesday next week", "Monday of last week", "Friday this week" name the week themselves: the
            # day stays in it, and the rule's shift counts whole weeks from the publication week)
            if day < dct and self._direction(start, end) != PAST and " week" not in self.low[start:end] \
                    and not _PAIR_WEEK_AFTER.match(self.low, end):
                # "meetings start this Wednesday" written on a Sunday: the Wednesday of the ISO week has
                # gone, and a clause not told in the past means the one coming
                return done(nxt.isoformat(), f"the {name} after publication, 'this' once the week's has passed")
            return done(day.isoformat(), f"the {name} of the publication week")
        if which == "near":      # an anniversary ("25 years ago Saturday"): the nearest, ahead on a tie
            day = dct + _dt.timedelta(days=delta if delta <= 3 else delta - 7)
            return done(day.isoformat(), f"the {name} nearest publication")
        if which in ("before", "after"):
            return self._weekday_from_ref(wd, which, start, text)
        if which == "that" or which is None and self.low.startswith("that ", start):
            same_week = self._weekday_of_week_in_focus(wd, start, text)
            if same_week is not None:
                return same_week
        app = self.previous[-1] if self.previous else None
        if app is not None and app.granularity == "year" and len(self.previous) > 1 \
                and _YEAR_ASIDE_ON_A_WEEKDAY.fullmatch(self.low, app.end, start) \
                and _YEAR_ASIDE_BEFORE.fullmatch(self.low, self.previous[-2].end, app.start):
            app = self.previous[-2]    # Round 129: "Christmas Day, which this year falls on a Sunday": the year
                                       # between says which Christmas; the weekday is still the holiday's
        if app is not None and app.granularity == "day" and app.interval is not None \
                and 0 < start - app.end <= 20 and _ISO_DAY.fullmatch(app.value) \
                and _APPOSITION_GAP.match(self.low, app.end, start):
            return Resolution(app.value, app.tid, app.interval, app.granularity,
                              f"{text} → {app.value}: the weekday of '{app.text}' ({app.tid}), in apposition")
        if app is not None and app.granularity == "day" and app.interval is not None \
                and 0 < start - app.end <= 4 and _ISO_DAY.fullmatch(app.value) \
                and app.interval.start.weekday() == wd and _WEEKDAY_OF_DATE_GAP.fullmatch(self.low, app.end, start):
            return Resolution(app.value, app.tid, app.interval, app.granularity,
                              f"{text} → {app.value}: the weekday of '{app.text}' ({app.tid}), on which it falls, "
                              "in a parenthesis or apposition")
        if app is not None and app.granularity in ("hour", "minute") and app.interval is not None \
                and 0 < start - app.end <= 4 and _ISO_DAY.match(app.value) \
                and app.interval.start.weekday() == wd and _WEEKDAY_OF_DATE_GAP.fullmatch(self.low, app.end, start):
            # Round 131: "docking is planned about 28 hours later, early Thursday": a weekday glossing a time
            # of day just dated (a step from a clock time, a clock time with its date) is that time's day
            return self._from_mention(app.value[:10], app, text, f"the day of '{app.text}' ({app.tid}), on which "
                                      f"it falls, in apposition")
        if app is not None and app.granularity == "day" and app.interval is not None \
                and 0 < start - app.end <= 90 and _ISO_DAY.fullmatch(app.value) \
                and ("holiday" in (app.rule or "") or "festival" in (app.rule or "")) \
                and app.interval.start.weekday() == wd \
                and (_HOLIDAY_ON_WEEKDAY_GAP.fullmatch(self.low, app.end, start)
                     or _HOLIDAY_ON_A_WEEKDAY_GAP.fullmatch(self.low, app.end, start)):
            return Resolution(app.value, app.tid, app.interval, app.granularity,
                              f"{text} → {app.value}: the day of the holiday '{app.text}' ({app.tid}), placed on it")
        if which is None and app is not None and app.granularity == "day" and app.interval is not None \
                and 0 < start - app.end <= 90 and _ISO_DAY.fullmatch(app.value) \
                and ("holiday" in (app.rule or "") or "festival" in (app.rule or "")) \
                and _HOLIDAY_ON_A_WEEKDAY_GAP.fullmatch(self.low, app.end, start):
            # Round 93: "Eid al-Adha fell on a Sunday" where the tables' feast is a Friday (a country's own
            # sighting, another year): a Sunday, but of no week the publication date could tell
            return self._unresolved(f"XXXX-WXX-{wd + 1}", text, f"the {name} a holiday ('{app.text}', {app.value}) "
                                    "is said to fall on, not its day by the calendar")
        if app is not None and app.granularity == "day" and app.interval is not None \
                and 0 < start - app.end <= 40 and _ISO_DAY.fullmatch(app.value) \
                and app.interval.start.weekday() == wd and _DAY_ON_A_WEEKDAY_GAP.fullmatch(self.low, app.end, start):
            # Round 129: "from May 9 through May 11, ending on a Saturday": the day just named is said to be
            # that weekday (and is one), so the weekday is that day
            return Resolution(app.value, app.tid, app.interval, app.granularity,
                              f"{text} → {app.value}: the weekday of '{app.text}' ({app.tid}), said to fall on it")
        label = self._weekday_label(wd, start, end, text)
        if label is not None:
            return label
        # (the night looked for first: it is rarely there, and the tense, asked only then, is dear)
        night = self._feast_night_before(start) if which is None else None
        if night is not None and (self._direction(start, end) == FUTURE or self._reported_before(start)):
            night = None    # ("officials said Tuesday": when it was told)
        if night is not None:
            # Round 109: "On election night, she led ... But as ballots were tallied into the early hours of
            # Wednesday, her lead shrank": the story goes on from the night told just before, weeks back
            return self._weekday_on_or_after(wd, night, text, f"the {name} after '{night.text}' ({night.tid}, "
                                                              f"{night.value}), the night told just before")
        if which is None:
            near = self._the_weekday_of_dates_named(wd, start, end, text)
            if near is not None:
                return near
            held = self._weekday_of_holiday_period(wd, start, text)
            if held is not None:
                return held
        if which is None and _ALREADY_IS_BEFORE.search(self.low, max(0, start - 24), start):
            # "in Tokyo, where it is already Friday": the local day has run ahead of the writer's, never
            # back to a day gone by
            day = dct + _dt.timedelta(days=delta)
            return done(day.isoformat(), f"the {name} on or after publication, 'it is already' (a day ahead "
                                         "in another time zone)")
        if which is None and _POSSIBLE_AS_EARLY.search(self.low, max(0, start - 60), start):
            day = dct + _dt.timedelta(days=delta)
            return done(day.isoformat(), f"the {name} on or after publication, the earliest a possibility may come")
        if which is None and _FORECAST_FOR.search(self.low, max(0, start - 25), start):
            day = dct + _dt.timedelta(days=delta)
            return done(day.isoformat(), f"the {name} on or after publication, the day a forecast is for")
        after = _SCHEDULED_DAYS_AFTER.search(self.low, max(0, start - 40), start) if which is None else None
        if after is not None:
            # told in the present, what comes N days after the weekday has not happened yet: the weekday
            # is the first one from which N days do not end before publication
            n = _DAY_COUNTS.get(after.group(1)) or int(after.group(1))
            day = dct if delta == 0 else prev if prev + _dt.timedelta(days=n) >= dct else nxt
            return done(day.isoformat(), f"the {name} {n} day(s) before a present-tense schedule still to come")
        earlier = self._weekday_before_after_clause(wd, start, text) if which is None else None
        if earlier is not None:
            return earlier
        pair = self._weekday_pair(wd, start)
        if pair is not None:
            return self._weekday_on_or_after(wd, pair, text, f"the {name} after '{pair.text}' ({pair.tid}, "
                                                             f"{pair.value}), named with it")
        span_end = self._weekday_span_end(wd, start)
        if span_end is not None:
            return self._weekday_on_or_after(wd, span_end, text, f"the {name} that ends a span begun "
                                             f"'{span_end.text}' ({span_end.tid}, {span_end.value}) in its sentence")
        week = self._week_named_before(wd, start, text)
        if week is not None:
            return week
        this_week = self._day_of_this_week_before(wd, start, text) if which is None else None
        if this_week is not None:
            return this_week
        named = self._weekday_named_with_date(wd, start)
        if named is not None and named.interval.start > dct and self.low[max(0, start - 3):start] == "on " \
                and self._direction(start, end) == PAST:
            named = None     # "will begin on Monday, Jan. 13 ... members debated the plan on Monday": past
        elif named is not None and named.interval.start > dct \
                and _SAID_BEFORE.search(self.low, max(0, start - 25), start):
            named = None     # "the budget comes Tuesday, March 22 ... a spokesman said Tuesday": the day a
            #                  statement was made is not after publication
        elif named is not None and named.interval.start < dct and self._direction(start, end) == FUTURE:
            named = None     # "Friday 31 May ... we should raise the cape on Friday" written on 5 June: what
            #                  is still to come is not a day gone by (round 54)
        if named is not None:
            interval, gran = cal.value_interval(named.value)
            return Resolution(named.value, named.tid, interval, gran,
                              f"{text} → {named.value}: the {name} dated earlier, '{named.text}' ({named.tid})")
        into = _INTO_EVENT_BEFORE.search(self.low, max(0, start - 60), start) if which is None else None
        if into is not None:
            # Round 95: "shot a 67 on Saturday to take a three-shot lead into the final round Sunday": the
            # round a lead is carried into comes after the day of the sentence (publication's without one)
            sentence = self._sentence_start(start)
            ref = next((t for t in reversed(self.previous) if t.start >= sentence and t.type in ("DATE", "TIME")
                        and t.interval is not None and t.value[:1].isdigit()
                        and t.granularity in ("day", "part_of_day", "hour", "minute")), None)
            origin = ref.interval.start if ref is not None else dct
            day = origin + _dt.timedelta(days=(wd - origin.weekday()) % 7 or 7)
            interval, gran = cal.value_interval(day.isoformat())
            return Resolution(day.isoformat(), ref.tid if ref is not None else "publication", interval, gran,
                              f"{text} → {day.isoformat()}: the {name} of the round or stage a lead is carried "
                              f"into, after '{ref.text if ref is not None else 'publication'}'")
        dated = self._weekday_after_dated_day(wd, start, end) if which is None else None
        if dated is not None:
            return self._weekday_on_or_after(wd, dated, text, f"the {name} after '{dated.text}' ({dated.tid}, "
                                             f"{dated.value}), a weekday and date weeks ahead named before it in "
                                             f"its sentence or the one before")
        # "Wednesday's ruling" names an event already known: the tense of the clause says little.
        possessive = self.low[end:end + 2] == "'s"
        direction = None if possessive else self._direction(start, end)
        if possessive and _WILL_BEFORE.search(self.low, max(self._sentence_start(start), start - 60), start) \
                and self._direction(start, end) == FUTURE:
            direction = FUTURE   # "investors will watch Thursday's report": one still to come
        elif possessive and _PREP_BEFORE_POSSESSIVE.search(self.low, max(0, start - 50), start) \
                and self._direction(start, end) == FUTURE:
            direction = FUTURE   # "the two sides meet in Saturday's final": a present schedule verb governs
            #                      the event the possessive names, as "will" does
        elif possessive and conditional_ahead(self.low, start, end):
            direction = FUTURE   # "if the company misses Friday's deadline": a condition on what is to come
        if time_left_before(self.low, start):
            direction = FUTURE   # "with four days left before Tuesday's election": a countdown from now
        elif expected_event(self.low, start, end):
            # "ahead of Sunday's vote", "with Friday's ceremony approaching", "on track for launch Tuesday":
            # an awaited event is ahead of its clause's time; of publication only when the clause is not past
            if self._direction(start, end) != PAST:
                direction = FUTURE if possessive else direction
            else:
                awaited = self._awaited_after_day(wd, start, text)
                if awaited is not None:
                    return awaited   # "fans gathered on Sunday ahead of Friday's final": after that day
        if possessive and direction is None and _PICKED_FOR_BEFORE.search(self.low, max(0, start - 90), start) \
                and _FIXTURE_AFTER_POSSESSIVE.match(self.low, end + 2):
            direction = FUTURE   # Round 100: "named an unchanged side on Wednesday for Saturday's test"
        elif not possessive and _CLOSING_PRICE_BEFORE.search(self.low, max(0, start - 40), start):
            direction = PAST     # Round 103: "a premium to its closing price on Friday": a price already set
        elif possessive and direction is None and _REPEATED_AFTER_POSSESSIVE.match(self.low, end + 2):
            direction = PAST     # Round 96: "Sunday's opener will be repeated on Saturday": shown already
        elif possessive and direction is None and _WILL_AFTER_POSSESSIVE.match(self.low, end + 2):
            direction = FUTURE   # "Saturday's match against the visitors will be ...": still to come
        elif not possessive and direction is None and _IS_AT_CLOCK_AFTER.match(self.low, end):
            direction = FUTURE   # "kick-off on Wednesday is at 7.30pm": a schedule
        elif not possessive and _LISTING_SLOT_BEFORE.search(self.text, max(0, start - 40), start) \
                and _LISTING_SLOT_AFTER.match(self.low, end):
            direction = FUTURE   # Round 79: "Pika Pika (Zawadi TV, Sunday 7.30pm)": a guide's next showing
        elif not possessive and direction is None \
                and _CAN_FROM_BEFORE.search(self.low, max(self._sentence_start(start), start - 90), start):
            direction = FUTURE   # Round 79: "fans can stream it from Friday": a start still to come
        elif not possessive and direction is None and self._future_date_before_in_sentence(start):
            direction = FUTURE   # Round 96: "new episodes every Saturday until August 31 and a repeat at 10am on
            #                      Wednesday": a weekday without a cue after a date still to come in its sentence
        elif not possessive and direction is None and self._will_then_final_weekday(start, end):
            direction = FUTURE   # Round 96: "will release all eight episodes of its new series, the thriller
            #                      Dark Water, Friday.": the weekday closing the sentence after an aside
        if not possessive and direction == PAST \
                and _ARRANGED_PERFECT_BEFORE.search(self.low, max(self._sentence_start(start), start - 110), start):
            direction = FUTURE   # Round 100: "a repoll has been ordered in 23 booths on Tuesday", "a meeting has been
            #                      called for Friday": the present perfect takes no past day; the day is the
            #                      arranged event's
        if not possessive and which is None and direction != FUTURE \
                and _PROMISED_MORE_BEFORE.search(self.low, max(self._sentence_start(start), start - 80), start) \
                and not _PROMISED_MORE_NOT_AFTER.match(self.low, end):
            direction = FUTURE   # Round 134: "promised another shipment Tuesday": the thing promised is to come
        if possessive and direction is None and wd > dct.weekday() \
                and _PRESENT_SCHEDULE_AFTER.match(self.low, end + 2):
            # "Thursday's launch window lasts 37 minutes" (published Tuesday): the present tense speaks
            # of this week, and Thursday has not come yet
            return done(nxt.isoformat(), f"the {name} of the publication week, still to come "
                                                     "(present tense after the possessive)")
        scene = None if possessive or dateline is not None or direction == FUTURE \
            else self._scene_candidate(start)
        if scene is not None and scene.granularity != "month" \
                and not _SAID_BEFORE.search(self.low, max(0, start - 25), start):
            # "The storm began on Monday, Jan. 5, 1998. By Tuesday night ...": a story set on a day long
            # before publication goes on through that week ("said Friday" is the reporter's day)
            return self._weekday_on_or_after(wd, scene, text, f"the {name} on or after the scene's day "
                                                              f"'{scene.text}' ({scene.tid}, {scene.value})")
        head = self._log_entry_head(start) if direction == PAST and dateline is None else None
        if head is not None:
            # Round 111: "Thursday, 7:25 a.m.: ... The truck had been parked there since Monday afternoon": a
            # weekday told in the past in a log's entry counts back from the entry's day, not from publication
            origin = head.interval.start
            day = origin - _dt.timedelta(days=(origin.weekday() - wd) % 7)
            interval, gran = cal.value_interval(day.isoformat())
            return Resolution(day.isoformat(), head.tid, interval, gran,
                              f"{text} → {day.isoformat()}: the {name} on or before the day of the log's entry "
                              f"'{head.text}' ({head.tid}, {head.value})")
        if delta == 0:
            # In news a weekday equal to the publication weekday is that day, unless the clause looks
            # ahead: "will publish its next update on Thursday" on a Thursday is next week's.
            if direction == FUTURE and self._future_same_weekday(start, end):
                return done(nxt.isoformat(), f"the {name} after publication, future cue")
            return done(dct.isoformat(), "the publication day itself")
        if direction is None:
            listed = self._future_weekday_before(start)
            if listed is not None:
                ref_day = listed.interval.start
                day = ref_day + _dt.timedelta(days=(wd - ref_day.weekday()) % 7 or 7)
                interval, gran = cal.value_interval(day.isoformat())
                return Resolution(day.isoformat(), listed.tid, interval, gran,
                                  f"{text} → {day.isoformat()}: the {name} after '{listed.text}' ({listed.tid}, "
                                  f"{listed.value}), a later stop of the same future plan")
        if direction is None and not possessive and which is None:
            within = self._day_in_coming_span(wd, start, text)
            if within is not None:
                return within
        mail = direction is None and not possessive and self._mail_message()
        if (direction == FUTURE and not possessive and self._mail_message() or mail) and dateline is None:
            trip = self._trip_day_before(start, nxt)
            if trip is not None:
                # "Return Wednesday 6 May, departing 21:40, landing at 09:35 on Thursday": in a mail, a plan
                # dated past the coming week goes on from its own day (news copy names its days otherwise)
                origin = trip.interval.start
                day = origin + _dt.timedelta(days=(wd - origin.weekday()) % 7 or 7)
                interval, gran = cal.value_interval(day.isoformat())
                return Resolution(day.isoformat(), trip.tid, interval, gran,
                                  f"{text} → {day.isoformat()}: the {name} after '{trip.text}' ({trip.tid}, "
                                  f"{trip.value}), the day of the plan told just before")
        if direction == FUTURE:
            again = self._future_weekday_named_again(wd, start, nxt) if dateline is None else None
            if again is not None:
                # Round 86: "runs from Wednesday [of Thanksgiving week] ... Traffic will be worst Wednesday
                # afternoon": a weekday still to come, named again, is the day the text has already put it on
                interval, gran = cal.value_interval(again.value[:10])
                return Resolution(again.value[:10], again.tid, interval, gran,
                                  f"{text} → {again.value[:10]}: the {name} named before, '{again.text}' "
                                  f"({again.tid}), still to come")
            listed = self._future_weekday_before(start) if which is None and not possessive else None
            if listed is not None and (listed.interval.start - dct).days > 7:
                # Round 129: "will run from Thursday June 22 to Sunday June 25, with a band headlining the
                # Friday, a singer closing Saturday night": a plan dated weeks ahead goes on in its own week
                ref_day = listed.interval.start
                day = ref_day + _dt.timedelta(days=(wd - ref_day.weekday()) % 7 or 7)
                interval, gran = cal.value_interval(day.isoformat())
                return Resolution(day.isoformat(), listed.tid, interval, gran,
                                  f"{text} → {day.isoformat()}: the {name} after '{listed.text}' ({listed.tid}, "
                                  f"{listed.value}), a later stop of a plan dated weeks ahead")
            return done(nxt.isoformat(), f"the {name} after publication, future")
        if direction is None and not possessive \
                and _present_be_before(self.low, max(self._sentence_start(start), start - 60), start):
            # "Games 3 and 4 are in Denver Friday": a present-tense "is/are" with no other verb between
            # states a schedule, so the weekday is still to come
            return done(nxt.isoformat(), f"the {name} after publication, present-tense schedule")
        if mail:
            return done(nxt.isoformat(), f"the {name} after publication, in a mail message with no tense cue")
        plan = plan_told_in_past(self.low, start, end) if direction == PAST and which is None \
            and not possessive and (nxt - dct).days == 1 else None
        if plan == PLANNED:
            # Round 129: "had been due to play four nights starting Saturday", told on a Friday: a schedule
            # told in the past for the weekday after publication is of that day at hand, not of the one six
            # days gone ("had been due to expire Friday", told on a Wednesday or a Monday, is the one just gone)
            return done(nxt.isoformat(), f"the {name} after publication, the day at hand for a schedule told in "
                                         "the past")
        tense_word = "past tense" if direction == PAST else "no tense cue, news default"
        return done(prev.isoformat(), f"the {name} before publication, {tense_word}")

    def _weekday_on_or_after(self, wd: int, ref: Timex, text: str, why: str) -> Resolution:
        """The weekday `wd` on or after the day of `ref`, the mention it is counted from."""
        day = ref.interval.start + _dt.timedelta(days=(wd - ref.interval.start.weekday()) % 7)
        interval, gran = cal.value_interval(day.isoformat())
        return Resolution(day.isoformat(), ref.tid, interval, gran, f"{text} → {day.isoformat()}: {why}")

    def _trip_day_before(self, start: int, nxt: _dt.date) -> Optional[Timex]:
        """Round 78: the day last named, in this sentence or the one before, when it lies after the coming
        week's day `nxt`: a plan still to come, dated, whose later days a bare weekday goes on with."""
        for t in reversed(self.previous):
            if t.interval is None or not t.value[:1].isdigit() or t.type not in ("DATE", "TIME") \
                    or t.granularity in ("hour", "minute"):
                continue    # (a clock time takes its day from the days named around it)
            if t.granularity not in ("day", "part_of_day"):
                return None
            if _sentences_between(self.text, t.end, start) > 1 or t.interval.start <= nxt \
                    or (t.interval.start - nxt).days > 14:
                return None
            return t
        return None

    def _mail_message(self) -> bool:
        """Is the text a mail message (two header lines or more, such as "From:" and "Subject:", or a greeting
        opening it)?"""
        found = getattr(self, "_mail_found", None)
        if found is None:
            found = self._mail_found = len(_MAIL_HEADER.findall(self.text[:3000])) >= 2 \
                or _MAIL_GREETING.match(self.text) is not None
        return found

    def _the_weekday_of_dates_named(self, wd: int, start: int, end: int, text: str) -> Optional[Resolution]:
        """"runs from Friday 28 August to Monday 31 August. Gates open at noon on the Friday": a weekday
        with "the" names a day of the days just dated (an event's, a trip's), not one counted from
        publication: the weekday nearest the latest full date of the paragraph, a few days either side."""
        # Round 88: the article may be inside the extent (rule weekday.the_of_dates_named)
        if (self.low[max(0, start - 4):start] != "the " and self.low[start:start + 4] != "the ") \
                or _THE_WEEKDAY_NOT_ANAPHORIC_AFTER.match(self.low, end):
            return None
        # Round 88: "the Sunday" with its article in the extent (a guarded rule, no part of the day after it)
        # may look back across one paragraph break: a line-up's days, dated in the paragraph before
        inside = 1 if self.low[start:start + 4] == "the " else 0
        for t in reversed(self.previous):
            if t.end > start or start - t.end > _THE_WEEKDAY_REACH or self.low.count("\n\n", t.end, start) > inside:
                return None
            if t.rule == "weekday.the_of_dates_named" and t.interval is not None and _ISO_DAY.fullmatch(t.value) \
                    and not FULL_STOPS.search(self.text, t.end, start) and " or " not in self.low[t.end:start]:
                # Round 109: "counting ballots on the Friday and sending out poll cards on the Monday": a second
                # such weekday in the sentence goes on from the first, to the next one after it
                day = t.interval.start + _dt.timedelta(days=(wd - t.interval.start.weekday() - 1) % 7 + 1)
                interval, gran = cal.value_interval(day.isoformat())
                return Resolution(day.isoformat(), t.tid, interval, gran,
                                  f"{text} → {day.isoformat()}: the {WEEKDAY_NAMES[wd]} after '{t.text}' ({t.tid}, "
                                  f"{t.value}), told before it in its sentence")
            if t.interval is None or t.granularity != "day" or not _ISO_DAY.fullmatch(t.value) \
                    or t.rule.startswith(("weekday", "deictic")):
                continue
            return self._weekday_nearest(wd, t, text, f"'the {WEEKDAY_NAMES[wd]}'", "one of the days just dated")
        return None

    @staticmethod
    def _weekday_nearest(wd: int, t: Timex, text: str, name: str, why: str) -> Resolution:
        """The weekday `wd` nearest the day `t` (up to three days before it, or after it), anchored on `t`."""
        origin = t.interval.start
        shift = (wd - origin.weekday()) % 7
        if shift > 3:
            shift -= 7
        day = origin + _dt.timedelta(days=shift)
        interval, gran = cal.value_interval(day.isoformat())
        return Resolution(day.isoformat(), t.tid, interval, gran,
                          f"{text} → {day.isoformat()}: {name} nearest '{t.text}' ({t.tid}, {t.value}), {why}")

    def _weekday_of_holiday_period(self, wd: int, start: int, text: str) -> Optional[Resolution]:
        """Round 86: "the travel period around Thanksgiving, which runs from Wednesday through Sunday": a
        weekday in a clause that spells out the days a holiday's period runs is one of the days around that
        holiday (the nearest, a few days either side), however far ahead of publication it is."""
        lo = max(self._sentence_start(start), start - _HOLIDAY_PERIOD_REACH)
        for t in reversed(self.previous):
            if t.end > start or t.start < lo:
                return None
            if not t.rule.startswith("date.holiday") or t.interval is None or t.granularity != "day" \
                    or not _ISO_DAY.fullmatch(t.value):
                continue
            if not _HOLIDAY_PERIOD_CLAUSE.fullmatch(self.low, t.end, start):
                return None
            return self._weekday_nearest(wd, t, text, f"the {WEEKDAY_NAMES[wd]}", "one of the days its period runs")
        return None

    def _future_weekday_named_again(self, wd: int, start: int, nxt: _dt.date) -> Optional[Timex]:
        """Round 86: the latest earlier mention of the same weekday, put on a day after the coming one (by a
        holiday's period, a date), if it is still ahead of publication."""
        for t in reversed(self.previous):
            if t.end > start:
                continue
            if not t.rule.startswith("weekday") or t.interval is None or not _ISO_DAY.match(t.value):
                continue
            day = t.interval.start
            if day.weekday() != wd:
                continue
            return t if day > nxt and (day - nxt).days % 7 == 0 and (day - nxt).days <= 14 else None
        return None

    def _awaited_after_day(self, wd: int, start: int, text: str) -> Optional[Resolution]:
        """An awaited weekday in a past clause whose sentence names a past day first ("reported 900 cases on
        Sunday as officials prepared for Friday's opening"): the first such weekday after that day. With
        no day named the past default stands ("the party spent heavily ahead of Sunday's vote")."""
        sentence = self._sentence_start(start)
        for t in reversed(self.previous):
            if t.start < sentence:
                break
            if t.type not in ("DATE", "TIME") or t.interval is None or not t.value[:1].isdigit() \
                    or t.granularity not in ("day", "part_of_day", "hour", "minute"):
                continue
            if t.anchor == "publication" and t.granularity != "day":
                continue     # "worked through the night": the reporting time, no day of the clause
            if t.interval.start > self.dct:
                return None
            day = t.interval.start + _dt.timedelta(days=(wd - t.interval.start.weekday()) % 7 or 7)
            return self._from_mention(day.isoformat(), t, text, f"the {WEEKDAY_NAMES[wd]} awaited after "
                                      f"'{t.text}' ({t.tid}, {t.value}), the day of its past clause")
        return None

    def _future_date_before_in_sentence(self, start: int) -> bool:
        """Round 96: is there a full date after publication (not a weekday) earlier in the weekday's sentence,
        within 150 characters, with nothing dated between but clock times?"""
        sentence = self._sentence_start(start)
        for t in reversed(self.previous):
            if t.start < sentence or start - t.end > 150:
                return False
            if t.type == "TIME":
                continue
            return t.type == "DATE" and t.granularity == "day" and t.interval is not None \
                and t.interval.start > self.dct and not t.rule.startswith("weekday") \
                and _ISO_DAY.fullmatch(t.value) is not None
        return False

    def _will_then_final_weekday(self, start: int, end: int) -> bool:
        """Round 96: a bare weekday set off by a comma at the very end of its sentence, in a sentence whose
        main verb is "will" + verb ("X will release ..., the thriller Dark Water, Friday."), the comma's
        stretch before it a noun phrase with no verb of its own: the weekday is the future verb's, however
        many words away (the tense window stops at twelve)."""
        if self.low[max(0, start - 2):start] != ", " or _SENTENCE_END_AFTER.match(self.low, end) is None:
            return False
        sentence = self._sentence_start(start)
        comma = self.low.rfind(",", sentence, start - 2)
        aside = self.low[comma + 1 if comma >= 0 else sentence:start - 2]
        if _VERB_LIKE.search(aside):
            return False
        return _WILL_VERB.search(self.low, sentence, comma if comma >= 0 else start) is not None

    def _is_label(self, start: int, end: int) -> bool:
        """Does low[start:end] head its line as a label: nothing before it on the line but an earlier
        label of the same line and a conjunction, and a colon, a parenthesis or the line's end after it?"""
        if not _LABEL_AFTER.match(self.low, end):
            return self._opens_line(start) and _LABEL_PAIR_AFTER.match(self.low, end) is not None
        if self._opens_line(start):
            return True
        line = self._line_start(start)
        t = self.previous[-1] if self.previous else None
        return t is not None and t.start >= line and not self.low[line:t.start].strip() \
            and _LABEL_JOIN.fullmatch(self.low, t.end, start) is not None

    def _label_day(self, t: Timex) -> Optional[_dt.date]:
        """The day of an earlier label ("TODAY", "Tonight:", "Saturday:"), if `t` is one."""
        if t.interval is None or not t.value[:1].isdigit():
            return None
        if t.granularity in ("hour", "minute") and t.rule.startswith("time.weekday") and self._opens_line(t.start) \
                and _TIMED_LABEL_AFTER.match(self.low, t.end):
            return t.interval.start     # "Monday 9am to 5pm: workshop", a day of the listing with its hours
        if t.granularity not in ("day", "part_of_day"):
            return None
        return t.interval.start if self._is_label_at(t) else None

    def _is_label_at(self, t: Timex) -> bool:
        if t.start in self._label_starts:
            return True
        return self._opens_line(t.start) and _LABEL_AFTER.match(self.low, t.end) is not None

    def _weekday_label(self, wd: int, start: int, end: int, text: str) -> Optional[Resolution]:
        """A weekday heading a line of a forecast, a fixtures list or a week's calendar names a day of the
        listing, not a past event: it runs on from the label before it ("Tonight:", "Saturday:", "TODAY"),
        or, as the first label, is the nearest such weekday to publication, favouring the days ahead
        ("Tuesday (7.45pm): ..." in a Monday's fixtures). A bare weekday later in a labelled section takes
        the label's day ("Sunday night and Monday: ... lows Monday morning")."""
        name = WEEKDAY_NAMES[wd]
        if self._is_label(start, end):
            self._label_starts.add(start)
            for t in reversed(self.previous):
                if start - t.end > _LISTING_REACH:
                    break
                ref_day = self._label_day(t)
                if ref_day is not None:
                    day = ref_day + _dt.timedelta(days=(wd - ref_day.weekday()) % 7)
                    return self._from_mention(day.isoformat(), t, text, f"a label of a listing, the {name} on or "
                                              f"after the label '{t.text}' ({t.tid}, {t.value}) before it")
            delta = (wd - self.dct.weekday()) % 7
            day = self.dct + _dt.timedelta(days=delta if delta <= _LABEL_DAYS_AHEAD else delta - 7)
            return self._done(day.isoformat(), text, f"a label of a listing, the {name} nearest to publication")
        for t in reversed(self.previous):
            if start - t.end > _LABEL_SECTION_REACH:
                break
            if t.interval is not None and t.granularity in ("day", "part_of_day") and t.value[:1].isdigit() \
                    and t.interval.start.weekday() == wd and t.rule.startswith("weekday") \
                    and self._label_day(t) is not None:
                return self._from_mention(t.interval.start.isoformat(), t, text,
                                          f"the {name} of the label '{t.text}' ({t.tid}) above it")
            if t.interval is not None and t.granularity == "day" and _ISO_DAY.fullmatch(t.value) \
                    and t.interval.start.weekday() == wd and self._opens_line(t.start) \
                    and _LINE_END_AFTER.match(self.text, t.end):
                # Round 80: a programme's dated heading on a line of its own ("Saturday 14 July"): "the
                # headline set on Saturday night" below it is that day
                return self._from_mention(t.value, t, text, f"the {name} of the dated heading '{t.text}' ({t.tid}) "
                                                            "above it")
        return None

    def _day_in_coming_span(self, wd: int, start: int, text: str) -> Optional[Resolution]:
        """Round 146: "Passengers booked to fly between Friday and Sunday were told ... Among those cancelled is
        the flight on Saturday": a weekday with no tense cue, in the sentence of a run of coming days or the
        one after, that falls inside the run is that day of it."""
        days = [t for t in self.previous[-6:] if t.rule.startswith("weekday") and t.interval is not None
                and t.granularity == "day" and start - t.end <= 300]
        for first, last in zip(days, days[1:]):
            if not _SPAN_BETWEEN.fullmatch(self.low, first.end, last.start) \
                    or not _SPAN_OPENS.search(self.low, max(0, first.start - 14), first.start):
                continue
            lo, hi = first.interval.start, last.interval.start
            if lo <= self.dct or not 1 < (hi - lo).days <= 6:
                continue
            if self._sentence_start(start) > last.end and \
                    self._sentence_start(max(0, self._sentence_start(start) - 2)) > last.end:
                continue
            day = lo + _dt.timedelta(days=(wd - lo.weekday()) % 7)
            if lo < day < hi:
                return self._from_mention(day.isoformat(), first, text,
                                          f"the {WEEKDAY_NAMES[wd]} inside the coming run '{first.text}' to "
                                          f"'{last.text}', named just before")
        return None

    def _future_weekday_before(self, start: int) -> Optional[Timex]:
        """"will meet them in Oslo on Tuesday and in Bergen on Wednesday, before flying home on
        Thursday": a weekday without a tense cue of its own, later in the same sentence as a weekday put
        after publication, continues that itinerary."""
        t = self.previous[-1] if self.previous else None
        if t is not None and t.interval is not None and not t.rule.startswith("weekday") \
                and t.type == "TIME" and len(self.previous) > 1:
            # Round 92: "On Friday pilgrims will move to Mina, where they will spend the night. Before dawn
            # on Saturday they set out ...": the times put on the weekday's own day ("the night") do not
            # break the plan, which may go on into the next sentence of its paragraph
            day_of = self.previous[-2]
            if day_of.interval is not None and day_of.rule.startswith("weekday") \
                    and t.interval.start == day_of.interval.start \
                    and "\n" not in self.text[day_of.end:start]:
                sentence = self._sentence_start(start)
                if sentence > day_of.start and sentence > 0 \
                        and self._sentence_start(sentence - 1) <= day_of.start \
                        and day_of.interval.start > self.dct and start - day_of.end <= 240 \
                        and day_of.granularity in ("day", "part_of_day"):
                    return day_of
                if sentence <= day_of.start and day_of.interval.start > self.dct and start - day_of.end <= 150 \
                        and day_of.granularity in ("day", "part_of_day") \
                        and _PLAN_LIST_JOIN.search(self.text, t.end, start) \
                        and not _PLAN_LIST_BLOCK.search(self.text.lower(), t.end, start):
                    return day_of   # Round 148: "on Thursday on a show broadcast live at 6 p.m., followed by
                    #                 programmes on Saturday": the clock time on that day keeps the plan going
        if t is None or t.interval is None or not t.rule.startswith("weekday") \
                or t.granularity not in ("day", "part_of_day"):
            return None
        if t.interval.start <= self.dct or start - t.end > 150:
            return None
        if self._sentence_start(start) > t.start:
            return None
        return t

    def _weekday_pair(self, wd: int, start: int) -> Optional[Timex]:
        """"on Friday or Saturday", "Sunday and Monday", "Monday to Thursday": the second weekday of a pair
        or a range is counted on from the first, not chosen again by tense."""
        if not self.previous:
            return None
        t = self.previous[-1]
        gap_from = t.end
        first = self.previous[-2] if len(self.previous) > 1 else None
        if first is not None and t.granularity == "day" and first.interval is not None \
                and first.interval == t.interval and self._is(first, "bare_weekday") \
                and re.fullmatch(r"[ \t]*,[ \t]*", self.low[first.end:t.start]) \
                and _WEEKDAY_PAIR_GAP.fullmatch(self.low, t.end, start):
            t = first    # "on Thursday, Constitution Day, and Friday": the name of the day is an aside
        if t.type == "TIME" and _TIMES_THEN_AND.fullmatch(self.low, t.end, start):
            # "Saturday from 9 a.m. to 4 p.m. and Sunday from noon": the pair is the weekday those times
            # were on, named before them in the sentence
            sentence = self._sentence_start(start)
            day = next((w for w in reversed(self.previous) if w.start >= sentence and w.type == "DATE"
                        and w.granularity == "day" and w.interval is not None and t.interval is not None
                        and w.interval.start == t.interval.start and self._is(w, "bare_weekday")), None)
            if day is not None and 1 <= (wd - day.interval.start.weekday()) % 7 <= 2:
                return day
            return None
        if t.granularity == "day" and t.interval is not None and self._is(t, "bare_weekday") \
                and _AGAIN_ON_GAP.fullmatch(self.low, gap_from, start) \
                and (wd - t.interval.start.weekday()) % 7 \
                and not t.interval.start < self.dct < t.interval.start + _dt.timedelta(
                    days=(wd - t.interval.start.weekday()) % 7):
            return t    # (a repeat that would cross publication is left to the tense of its clause)
        gap = _WEEKDAY_PAIR_GAP.fullmatch(self.low, gap_from, start)
        if gap is not None and t.granularity == "day" and t.interval is not None and t.anchor == "publication" \
                and t.value == self.dct.isoformat() and not self._is(t, "bare_weekday") \
                and re.search(r"\b(?:and|or|through|to)\b", gap.group()) \
                and (wd - self.dct.weekday()) % 7 in (1, 2):
            return t     # "closed today and Tuesday": the day after the publication day named with it
        if gap is not None and t.rule == "weekday.next" and t.interval is not None \
                and re.fullmatch(r"[ \t]*(?:and|or)[ \t]+(?:on[ \t]+)?", gap.group()) \
                and (wd - t.interval.start.weekday()) % 7:
            return t     # Round 113: "hearings next Tuesday and Thursday": "next" reaches the second day too,
                         # the one after the first, not the nearer one the tense would give
        if gap is not None and t.rule in ("weekday.last", "weekday.next", "weekday.this") and t.interval is not None \
                and re.fullmatch(r"[ \t]*(?:to|through|thru|until|till|-|–)[ \t]+|[ \t]*[-–][ \t]*", gap.group()) \
                and _RANGE_FROM_BEFORE.search(self.low, max(0, t.start - 6), t.start) \
                and (wd - t.interval.start.weekday()) % 7:
            return t     # Round 129: "sales from last Sunday to Saturday": a range runs on from its first day,
                         # whatever "last" or "next" put that day in; the tense does not choose the end again
        if t.granularity != "day" or t.interval is None or not self._is(t, "bare_weekday") or gap is None:
            return None
        ahead = (wd - t.interval.start.weekday()) % 7
        # "Friday and Thursday" lists days, it does not run on: only the next day or the one after
        if re.search(r"\b(?:and|or)\b", gap.group()) and ahead not in (1, 2):
            return None
        return t if ahead else None

    def _weekday_span_end(self, wd: int, start: int) -> Optional[Timex]:
        """Round 85: "the raids, which began at noon on Saturday and went on until Sunday evening": a weekday
        after "until" ends a span whose start is a weekday named earlier in its sentence, a day or two before
        it: counted on from that one, not chosen again by the tense of the clause."""
        if not _UNTIL_BEFORE.search(self.low, max(0, start - 8), start):
            return None
        sentence = self._sentence_start(start)
        for t in reversed(self.previous[-4:]):
            if t.start < sentence:
                return None
            if t.type == "DATE" and t.granularity == "day" and t.interval is not None and self._is(t, "bare_weekday") \
                    and 1 <= (wd - t.interval.start.weekday()) % 7 <= 2 \
                    and _SPAN_BEGUN_BEFORE.search(self.low, max(sentence, t.start - 45), t.start):
                return t    # (only a span told as begun on that day: "not to travel on Saturday ... a reduced
                            # timetable until Monday morning" is no span from Saturday)
        return None

    def _day_of_this_week_before(self, wd: int, start: int, text: str) -> Optional[Resolution]:
        """Round 146: "services will be disrupted this week as staff walk out on Tuesday and Thursday", told on a
        Monday: a weekday later in the sentence of "this week" that is still to come in it is that day of it,
        whatever a long sentence's nearest verb says ("officials said Tuesday" dates the telling)."""
        # (past the other weekdays of its list: "on Tuesday, Thursday and Saturday")
        t = next((u for u in reversed(self.previous) if u.type in ("DATE", "TIME")
                  and not (u.rule.startswith("weekday") and u.start >= self._sentence_start(start))), None)
        if t is None or t.interval is None or self.dct is None or t.text.lower() != "this week" \
                or t.start < self._sentence_start(start) or start - t.end > 150 or self._reported_before(start) \
                or _PAST_VERB_AFTER.match(self.low, start + len(text)):
            return None     # ("queues this week, after the regatta on Saturday drew crowds": one gone by)
        day = t.interval.start + _dt.timedelta(days=(wd - t.interval.start.weekday()) % 7)
        if not self.dct < day <= t.interval.end:
            return None
        return self._from_mention(day.isoformat(), t, text, f"the {WEEKDAY_NAMES[wd]} of '{t.text}' ({t.tid}, "
                                  f"{t.value}), still to come, named before it in its sentence")

    def _week_named_before(self, wd: int, start: int, text: str) -> Optional[Resolution]:
        """"will mark its centenary this weekend with tours on Saturday": a weekday right after a weekend named
        in its sentence is a day of that weekend, whatever the tense of a long sentence says. (Not after a
        week: "rates rose last week, the agency said Thursday" dates the telling, not a day of that week.)"""
        dated = (u for u in reversed(self.previous) if u.type in ("DATE", "TIME"))
        t = next(dated, None)
        if t is not None and t.granularity in ("hour", "minute") and start - t.end <= 40 \
                and not _CLAUSE_STOP.search(self.low, t.end, start):
            t = next(dated, None)   # Round 146: "for the weekend and start the 08:20 departure on Saturday": the
                                    # clock time takes its day from this weekday, the weekend is still the frame
        if t is None or t.interval is None or not _WEEKEND_VALUE.fullmatch(t.value):
            return None
        if t.start < self._sentence_start(start) and not (
                start - t.end <= 60 and self._sentence_start(start) == start
                and t.start >= self._sentence_start(max(0, self._sentence_start(start) - 2))):
            return None     # Round 118: "The weekend looks dry. Saturday, sunny and mild": a weekday opening the
                            # sentence after the weekend's is a day of it

        day = t.interval.start + _dt.timedelta(days=(wd - t.interval.start.weekday()) % 7)
        if day > t.interval.end:
            return None
        return self._from_mention(day.isoformat(), t, text, f"the {WEEKDAY_NAMES[wd]} of '{t.text}' ({t.tid}, "
                                  f"{t.value}), named before it in its sentence or the one before")

    def _weekday_before_after_clause(self, wd: int, start: int, text: str) -> Optional[Resolution]:
        """"will announce her ministry on Monday, ... after ousting her predecessor on Wednesday night": a
        weekday in an "after ...ing" clause that follows a day of its own sentence dates what came first,
        the latest such weekday before that day (whatever the tense of the main verb)."""
        sentence = self._sentence_start(start)
        for t in reversed(self.previous):
            if t.start < sentence or start - t.end > _AFTER_CLAUSE_REACH:
                return None
            if t.type not in ("DATE", "TIME") or t.interval is None or not t.value[:1].isdigit() \
                    or t.granularity not in ("day", "part_of_day"):
                continue
            if not _AFTER_GERUND.search(self.low, t.end, start):
                return None
            ref_day = t.interval.start
            day = ref_day - _dt.timedelta(days=(ref_day.weekday() - wd) % 7 or 7)
            return self._from_mention(day.isoformat(), t, text, f"the {WEEKDAY_NAMES[wd]} before '{t.text}' "
                                      f"({t.tid}, {t.value}), in an 'after ...ing' clause that follows it")
        return None

    def _weekday_after_dated_day(self, wd: int, start: int, end: int) -> Optional[Timex]:
        """Round 95: "Eid will be on Tuesday, April 9; otherwise it will fall on Wednesday", "the trial opens on
        Monday, June 3, and jurors visit the scene on Thursday": a bare weekday after a weekday written out with
        its date more than two weeks ahead, in the same sentence, goes on from that day (the first such weekday
        after it), not to the coming week's (round 78: "returns on Wednesday 6 May and speaks in Leeds on
        Thursday", eight days ahead, keeps the coming Thursday). Not in a past clause, nor the same weekday
        again."""
        sentence = self._sentence_start(start)
        for t in reversed(self.previous):
            if t.start < sentence or start - t.end > 200:
                return None
            if t.type not in ("DATE", "TIME") or t.interval is None or not t.value[:1].isdigit():
                continue
            if t.granularity != "day" or not _ISO_DAY.fullmatch(t.value):
                return None
            day = t.interval.start
            if (day - self.dct).days <= 14 or day.weekday() == wd or not _DIGIT.search(t.text) \
                    or WEEKDAY_NAMES[day.weekday()].lower() not in self.low[t.start:t.end]:
                return None
            return None if self._direction(start, end) == PAST else t
        return None

    def _feast_night_before(self, start: int) -> Optional[Timex]:
        """Round 109: a named day's night ("election night") more than a week gone by, told in this sentence
        or the one before, with no other day named since."""
        for t in reversed(self.previous):
            if _sentences_between(self.text, t.end, start) > 1:
                return None
            if t.type not in ("DATE", "TIME") or t.interval is None or not t.value[:1].isdigit() \
                    or t.granularity in ("hour", "minute"):
                continue    # (a clock time of that night tells no other day)
            if self._is(t, "feast_night") and (self.dct - t.interval.end).days > 7:
                return t
            return None
        return None

    def _weekday_named_with_date(self, wd: int, start: int) -> Optional[Timex]:
        """"The strike was due on Friday 17 March ... tickets for Friday will be accepted": a bare weekday
        after the same weekday written out with its date, in the week around publication, is that day."""
        # (the cheap tests first: this walks back over every expression of the last 3,000 characters, which in
        # a run-on list of weekdays is hundreds per weekday)
        for t in reversed(self.previous):
            if start - t.end > 3000:
                break
            if t.granularity != "day" or t.interval is None:
                continue
            day = t.interval.start
            if day.weekday() != wd or abs((day - self.dct).days) > 7 or not _ISO_DAY.fullmatch(t.value):
                continue
            if WEEKDAY_NAMES[wd].lower() in self.low[t.start:t.end] and _DIGIT.search(t.text):
                return t
        return None

    def _future_same_weekday(self, start: int, end: int) -> bool:
        """A future clause about the publication weekday means next week's only with an explicit
        modal or "next" before it ("will ... on Thursday", "its next meeting Thursday"): a schedule
        verb alone ("talks resume Thursday") may well be today."""
        return _WILL_OR_NEXT_BEFORE.search(self.low, max(self._sentence_start(start), start - 100), start) is not None

    def _weekday_of_week_in_focus(self, wd: int, start: int, text: str) -> Optional[Resolution]:
        """"The first visit is set for Monday, Jan. 8, and the last for that Friday": the weekday of the week
        of the day named last (Monday to Sunday), not one counted from publication."""
        ref = self._ref("D", start)
        if ref is None or ref.granularity not in ("day", "part_of_day", "hour", "minute") \
                or start - ref.end > _WEEK_IN_FOCUS_REACH:
            return None
        origin = ref.interval.start
        day = origin + _dt.timedelta(days=wd - origin.weekday())
        return self._from_mention(day.isoformat(), ref, text, f"the {WEEKDAY_NAMES[wd]} of the week of "
                                  f"'{ref.text}' ({ref.tid}, {ref.value})")

    def _weekday_from_ref(self, wd: int, which: str, start: int, text: str) -> Resolution:
        """"the previous Friday" / "the following Monday": from the latest day mentioned before, else
        from publication."""
        name = WEEKDAY_NAMES[wd]
        ref = self._ref("D", start)
        origin = ref.interval.start if ref is not None else self.dct
        week = self._week_in_sentence(start)
        if week is not None and (ref is None or week.end > ref.end):
            # Round 79: "Last week's episode drew 5.2 million, down from 6.1 million the previous Sunday": the
            # week named in the sentence is the one compared, the weekday lies before (after) it
            ref = week
            origin = week.interval.start if which == "before" else week.interval.end
        if which == "before":
            day = origin - _dt.timedelta(days=(origin.weekday() - wd) % 7 or 7)
        else:
            day = origin + _dt.timedelta(days=(wd - origin.weekday()) % 7 or 7)
        word = "before" if which == "before" else "after"
        if ref is None:
            return self._done(day.isoformat(), text, f"the {name} {word} publication")
        interval, gran = cal.value_interval(day.isoformat())
        return Resolution(day.isoformat(), ref.tid, interval, gran,
                          f"{text} → {day.isoformat()}: the {name} {word} '{ref.text}' ({ref.tid}, {ref.value})")

    def _week_in_sentence(self, start: int) -> Optional["Timex"]:
        """The latest week (a DATE of week granularity, "last week's") named before `start` in its sentence."""
        sentence = self._sentence_start(start)
        for t in reversed(self.previous):
            if t.end <= sentence:
                return None
            if t.type == "DATE" and t.granularity == "week" and t.interval is not None and t.end <= start:
                return t
        return None

    def _weekend(self, arg: str, which: Optional[str], start: int, end: int, text: str) -> Resolution:
        """"the weekend": the one just past in a past-tense (or cue-less) report early in the week,
        the coming one in a future clause or late in the week; the current one on a Saturday or Sunday.
        "this weekend" from Wednesday on is the coming one whatever the tense ("was cruel for families
        travelling this weekend"): the one just past is "last weekend" by then. "the long weekend" after
        a holiday named earlier is that holiday's."""
        holiday = self._holiday_weekend_before(start, text) if _LONG_WEEKEND.match(self.low, start) else None
        if holiday is not None:
            return holiday
        if self.low.startswith("the weekend", start) and self._direction(start, end) != PAST:
            late = self._late_week_day_before(start, text)
            if late is not None:
                return late
        dct = self.dct
        monday = dct - _dt.timedelta(days=dct.weekday())
        if dct.weekday() >= 5:
            week, why = monday, "the weekend of publication"
        else:
            direction = self._direction(start, end)
            said = self.low[start:end].split()[0]
            # "dry and bright for the weekend" in a cue-less outlook from midweek: what the week is heading to
            ahead_for = direction is None and dct.weekday() >= 2 and self.low[max(0, start - 4):start] == "for "
            # Round 129: on a Friday, "had already lost bookings for the weekend": what was booked, planned or
            # lost for the weekend told the day before it is the one at hand, whatever the tense
            ahead_for = ahead_for or dct.weekday() == 4 and self.low.startswith("the weekend", start) \
                and self.low[max(0, start - 4):start] == "for "
            if direction == PAST and plan_told_in_past(self.low, start, end) == FUTURE:
                direction = FUTURE    # Round 99: "hoped to have a deal in hand before the weekend": what a plan
                                      # told in the past aims at is still to come
            if direction == FUTURE or ahead_for or (direction is None and (dct.weekday() >= 3 or said == "this")) \
                    or said == "this" and dct.weekday() >= 2:
                week, why = monday, "the coming weekend"
            else:
                week, why = monday - _dt.timedelta(days=7), "the weekend before publication"
        return self._done(cal.period_value("WE", week), text, why)

    def _late_week_day_before(self, start: int, text: str) -> Optional[Resolution]:
        """Round 96: "will disconnect desktops on Friday 9 May, and the removal firm will work through the
        weekend", "the episodes go live on Friday and she expects viewers to binge over the weekend": a day
        from Thursday to Sunday still to come, told earlier in the same sentence (within 250 characters), is
        the week whose weekend it is, whatever the tense of the clause."""
        lo = max(self._sentence_start(start), start - 250)
        for t in reversed(self.previous):
            if t.end <= lo:
                return None
            if t.interval is None or not t.value[:1].isdigit() or t.start < lo:
                continue
            if t.granularity not in ("day", "part_of_day", "hour", "minute"):
                return None     # a week, a month or a year in between says more than the day
            day = t.interval.start
            if day.weekday() < 3 or day <= self.dct:
                return None     # (a day gone by leaves the weekend to the tense: "walked out on Thursday
                                # ... said talks over the weekend had failed" may be either side of it)
            monday = day - _dt.timedelta(days=day.weekday())
            return self._from_mention(cal.period_value("WE", monday), t, text,
                                      f"the weekend of the week of '{t.text}' ({t.tid}, {t.value}) earlier in "
                                      "the sentence")
        return None

    def _holiday_weekend_before(self, start: int, text: str) -> Optional[Resolution]:
        """"analysts expect higher prices before the Memorial Day weekend ... 35 million people will travel
        over the long weekend": a long or holiday weekend is the one of the holiday named last before it
        (in the text's last 1,500 characters): a holiday's weekend as written, the weekend before a Monday
        holiday, the weekend of its week for one from Thursday to Sunday."""
        for t in reversed(self.previous):
            if start - t.end > 1500:
                return None
            if t.interval is None or t.type != "DATE" or not t.value[:1].isdigit() or "holiday" not in t.rule:
                continue
            if t.granularity == "week" and t.value.endswith("-WE"):
                return self._from_mention(t.value, t, text, f"the weekend of '{t.text}' ({t.tid}, {t.value})")
            if t.granularity == "day":
                day = t.interval.start
                if day.weekday() in (1, 2):
                    return None
                monday = day - _dt.timedelta(days=day.weekday() or 7)
                value = cal.period_value("WE", monday)
                return self._from_mention(value, t, text, f"the long weekend of '{t.text}' ({t.tid}, {t.value})")
        return None
