"""Anchoring a bare clock time: the day it is on (the publication day, the story's day, the day named
just before, or none)."""
from __future__ import annotations

import bisect
import datetime as _dt
import itertools
import re
from typing import Optional

from ..model import Timex
from . import calendar as cal
from .cues import FUTURE, PAST
from .resolution import (_SENTENCE_OPENING, _SINCE_BEFORE, _WILL_BEFORE, FULL_STOPS, PARAGRAPH_BREAK, WEEKDAY_NAMES,
                         Resolution, _sentences_between)

# After a time stamp that opens a line: a dash or a colon, then the entry ("7:12 p.m. — Polls have closed").

# Round 95: what sets a figure against an earlier one ("up from 14,000 a year ago", "compared with 12 percent two
# years earlier"): the time after it is the comparison's base, no move of the story's scene.
_COMPARED_BASE_BEFORE = re.compile(r"(?:\b(?:up|down) from|\bcompared (?:with|to)|\bagainst)\b[^.;:!?]{0,30}$")

_STAMP_AFTER = re.compile(r"[ \t]*(?:[—–]|--?|:)[ \t]")
# What may open a line before such a stamp: "Update, 3:45 p.m.: ...", "UPDATED at 5 p.m. — ...".
# Or a stamp on a line of its own (the entry below it), or one followed by the entry's capitalized first word
# when the text has another line opened by a clock time ("10:45 a.m. The Red Cross says ...").
_STAMP_ALONE = re.compile(r"[ \t]*(?:\n|$)")
# After the heading of a log's entry ("Friday 12 June, 04:15 - A dyke gives way"): a dash, then the entry.
_LOG_DASH = re.compile(r"[ \t]+[-–—][ \t]")
_FULL_DAY = re.compile(r"\d{4}-\d\d-\d\d")
# Round 111: a clock time before noon, and an evening value ("2019-05-03T19:40").
_AM_CLOCK = re.compile(r"\b\d{1,2}(?:[:.]\d\d)?[ \t]*a\.?m\b")
# Round 115: a time a schedule sets ("is scheduled to leave at", "is due to open at", "are set to begin at").
_SCHEDULED_CLOCK_BEFORE = re.compile(r"\b(?:is|are|was|were)[ \t]+(?:scheduled|due|set|timetabled|slated)[ \t]+to\b")
_EVENING_CLOCK_VALUE = re.compile(r"T(?:1[7-9]|2[0-3])")
# Round 111: a police blotter heads each entry with its weekday and clock time and a colon ("Sunday, 9:05 a.m.:
# The bus shelter ... was damaged between 1 a.m. and 5 a.m."): the times told in the entry are on that day. A live
# blog's bare stamp ("6:15 a.m.: ...") names no day, and stays the publication day's.
_LOG_COLON = re.compile(r"[ \t]*:[ \t]")
_NAMED_DAY_WORD = re.compile(r"\b(?:mon|tues?|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\b|"
                             r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?[ \t]+\d|"
                             r"\b\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)")
# Round 96: a time zone named with a clock time ("23:30 UTC"), to match a window told in the same zone.
_ZONE_WORD = re.compile(r"\b(?:utc|gmt|bst|cet|cest|[ecmp][sd]t|et|pt|ist|sgt|aest|hkt|jst|z)\b")
# Round 96: between a day and the clock time written right after it ("Tues 4th at 10:30", "Friday, 9am").
_DAY_THEN_AT = re.compile(r"[ \t]*,?[ \t]*(?:at|from|@)?[ \t]*")
# Round 77: a day heading opening a line and run into its first entry's time stamp ("Tuesday 4 May. 1612: call
# received", "Friday 3 March: 07:05 - crew paged"): the heading of a log, whose lines of stamps are on that day
# (not a live blog's stamps of the publication day).
_HEADING_RUN_IN = re.compile(r"[.:,]?[ \t]+\d{1,2}[:.]?\d\d(?:[ \t]*[ap]\.?m\.?)?[ \t]*(?:[:\u2014\u2013]|--?)[ \t]")
_STAMP_SENTENCE = re.compile(r"[ \t]+[A-Z]")
# A line announcing a list of an event's times ("The schedule:", "Conference program:"), with only
# further lines of clock times and their entries between it and the time.
_AGENDA_HEAD = re.compile(r"\b(?:agenda|schedule|program|programme|itinerary|timetable|running[ \t]+order)"
                          r"(?:[ \t]+[a-z'-]+){0,4}[ \t]*:[ \t]*\n"
                          r"(?:[ \t]*\n|[ \t]*(?:\d{1,2}(?::\d\d)?[ \t]*(?:a\.?m\.?|p\.?m\.?)|noon|midnight)"
                          r"[ \t]*:[^\n]*\n)*[ \t]*$")
_SCHEDULE_VERB_BEFORE = re.compile(r"\b(?:open|opens|close|closes|begin|begins|start|starts|end|ends)[ \t]+"
                                   r"(?:at|by)[ \t]+$")
_LINE_CLOCK = re.compile(r"(?:^|\n)[ \t]*\d{1,2}(?::\d\d)?[ \t]*(?:a\.?m\.?|p\.?m\.?)", re.I)
# "END 1:52 P.M. EDT" closing a briefing's transcript: the time it ended, on the day of the transcript.
_STAMP_LEAD = re.compile(r"[ \t]*(?:(?:update|updated|posted|correction|editor's note|end)[ \t]*(?:at[ \t]*)?[,:]?[ \t]*)?$")
# A start time set or changed for an event still to come ("kick-off has been moved to", "the start was
# brought forward to"): the clock time belongs to the coming day named a few sentences before.
_RESCHEDULED_BEFORE = re.compile(
    r"\b(?:kick-?off|tip-?off|first pitch|start time|curtain|(?:moved|switched|changed|brought forward|put back|"
    r"pushed back|rescheduled|shifted)[ \t]+(?:to|until))\b[^.!?\n]*$")
# After a clock time: a habit, not one day's time ("until 9 p.m. on Thursdays", "at 6 a.m. every day").
_HABITUAL_AFTER = re.compile(r"[ \t]+(?:on[ \t]+[a-z]+days|every|each|daily|nightly|weekdays|weekends)\b")

# A habit in the clause of a clock time ("open from 8 a.m. to 8 p.m. daily", "twice a day, at 10 a.m.",
# "every 10 minutes from 6 a.m.", "that stop at 9 p.m. on Saturdays"): the time of no one day (TimeML:
# XXXX-XX-XXT08:00).
_WD = r"(?:" + "|".join(name.lower()[:-3] for name in WEEKDAY_NAMES) + r")day"
# Round 98: a person's one past occasion ("I spoke to", "we met", "she saw"), told after a habit in the clause.
_ONE_OCCASION_BETWEEN = re.compile(r"\b(?:i|we|he|she|they)[ \t]+(?:[a-z]+ly[ \t]+)?(?:spoke|talked|met|saw|watched|"
                                   r"visited|interviewed|caught|found|asked|arrived|left|went|came|got)\b")
_HABIT = re.compile(
    r"\b(?:daily|nightly|weekdays|weeknights|weekends|usually|normally|typically|routinely|" + _WD + r"s|"
    r"(?:every|each)[ \t]+(?:day|night|morning|evening|afternoon|weekday|weeknight|week|hour|half[ -]hour|" + _WD + r"|"
    r"(?:other|\d+|few|two|three|four|five|six|ten|fifteen|twenty|thirty)[ \t]+(?:minutes|hours|days))|"
    r"(?:once|twice|[a-z]+[ \t]+times)[ \t]+(?:a|per|each)[ \t]+(?:day|night|week)|"
    # "every first Sunday at 10 a.m.", "the second Tuesday of each month at 7 p.m.", "six days a week"
    r"(?:every|each)[ \t]+(?:first|second|third|fourth|fifth|last|other)[ \t]+" + _WD + r"|"
    r"(?:of|in)[ \t]+(?:each|every)[ \t]+month|(?:[a-z]+|\d)[ \t]+days[ \t]+a[ \t]+week|"
    # "In each case, the robbers struck just before 10 a.m.", "whenever the tide turns"
    r"(?:in|on)[ \t]+each[ \t]+(?:case|occasion)|each[ \t]+time|whenever|"
    # Round 107: "every deadline falls at 11:59 p.m.", "each session starts at 9am": the time of each of many
    r"(?:every|each)[ \t]+(?:deadline|session|meeting|class|lesson|performance|screening|episode|shift)|"
    # hours of business: "may operate only from 7 a.m.", "opens only between 9 and 5"
    r"(?:operate|operates|open|opens|run|runs|trade|trades|serve|serves)[ \t]+only|"
    # a term of a contract, a lease or a by-law ("shall not play music between 11pm and 7am"), or a
    # standing offer of a service ("can be contacted from 8am to 8pm"): hours of every day
    # ("shall" alone is also an old future: "we shall meet at 3 p.m."; so is "we shall not meet again until
    # 3 p.m.": only the verbs of a by-law's or a lease's terms count; "can be seen from 8:40 p.m." is an
    # eclipse's one evening)
    r"shall[ \t]+(?:not|only)[ \t]+(?:be[ \t]+)?(?:run|play|park|launch|open|operate|sell|serve|trade|use|"
    r"make|carry|permit|allow|deliver|load|unload|emit|admit|supply|cause|keep|place|light|burn|hold|played|"
    r"parked|launched|opened|operated|sold|served|used|made|carried|permitted|allowed|delivered|loaded|unloaded|"
    r"emitted|admitted|supplied|kept|placed|lit|burned|burnt|held)|"
    r"(?:can|may)[ \t]+be[ \t]+(?:contacted|reached|called|phoned|visited|collected|inspected|viewed)|"
    # Round 125: what may befall anyone, told to a generic "you" ("you can be rung at 2am", "you could be
    # woken at 5am"): a time of any such night, not one
    r"(?<![\w'])you[ \t]+(?:can|could|may|might)[ \t]+be[ \t]+(?:[a-z]+ed|rung|woken|sent|told|kept|"
    r"brought|shaken|thrown|hauled|dragged))\b")
# A clock time naming a service of a timetable: "the 7.30am fast service", "the 6:10 p.m. express train";
# or such services from a time: "Evening services from 6pm will run every 20 minutes".
# (Round 85: "the 4am shift at the bakery": a work shift, of every working day)
_SERVICE_AFTER = re.compile(r"[ \t]+(?:[a-z-]+[ \t]+){0,2}(?:service|services|train|trains|departure|departures|"
                            r"sailing|sailings|express|shuttle|shift|shifts)\b")
# Round 113: "the 5.30pm from Galway", "the 07:15 to Leeds": a clock time with "the" and the place a run
# leaves or heads for names the service, run every day (not a month, a day or a time: "the 9am to noon").
_SERVICE_TO_PLACE = re.compile(r"[ \t]+(?:from|to)[ \t]+(?!(?:January|February|March|April|May|June|July|August|"
                               r"September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|"
                               r"Saturday|Sunday|Noon|Midnight|Midday)\b)[A-Z][a-z]")
_SERVICE_BEFORE = re.compile(r"\b(?:services|trains|departures|sailings)[ \t]+(?:from|after|until|before)[ \t]+$")
# Round 146: "the 17.25 home", "the 07.55 arriving late": the train a commuter takes, named by its time and
# the way it runs.
_SERVICE_RUNS_AFTER = re.compile(r"[ \t]+(?:home|arriving|departing|stopping|calling)\b")
# Round 146: one run of a service with its day after it in the clause ("the 06:20 departure to Faro on
# Saturday", "the 07:10 from Leeds on 4 May"): that day's, not the timetable's ("on Saturdays" is a habit).
_SERVICE_DAY_AFTER = re.compile(r"[^.;:!?,\n]{0,50}?\bon[ \t]+(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|"
                                r"sunday)\b(?!s)|\d{1,2}\b|the[ \t]+\d)")
_HABIT_STOP = re.compile(r"[.;:!?\n,]")
# Round 99: a timetable's verb in the present just before a clock time ("a window that opens at 9:32 a.m.",
# "the show begins at 8").
_PRESENT_SCHEDULE_AT = re.compile(r"\b(?:opens|begins|starts|closes|ends|departs|leaves|arrives|lifts[ \t]+off|"
                                  r"kicks[ \t]+off|gets[ \t]+under[ \t]+way)[ \t]+(?:at[ \t]+)?"
                                  r"(?:about[ \t]+|around[ \t]+|approximately[ \t]+)?$")
# Round 146: an event's moment told in the present of a preview ("Here is when totality begins in each city:",
# "the shadow reaches the coast at"): not a standing opening hour ("opens", "is open", "doors are at").
_EVENT_PRESENT = re.compile(r"\b(?:begins|starts|ends|reaches|arrives|peaks|crosses|leaves|lands|touches|"
                            r"rises|sets|lifts[ \t]+off|kicks[ \t]+off)\b")
# Round 99: the colon after a date opening a line: an item of a list ("March: A verdict is likely.").
_ITEM_COLON = re.compile(r"[ \t]*:(?!\d)")
# Round 85: a kitchen's serving hours ("serves lunch from noon", "will serve dinner until 10pm"), and a standing
# arrangement's first day before them ("From next Tuesday", "starting Monday").
_MEAL_SERVICE = re.compile(r"\b(?:serve|serves|serving)[ \t]+(?:breakfast|brunch|lunch|lunches|dinner|dinners|supper|"
                           r"afternoon[ \t]+tea|meals|food|hot[ \t]+food)\b")
_ROUTINE = re.compile(r"\b(?:sleeps|wakes|wakes[ \t]+up|gets[ \t]+up|goes[ \t]+to[ \t]+bed|(?:alarm|alarms)[ \t]+"
                      r"(?:goes|go|rings|ring|sounds)(?:[ \t]+off)?|(?:stays|remains)[ \t]+open|"
                      r"(?:starts|begins)[ \t]+(?:cooking|baking|work|working|prayers?))(?:[ \t]+[a-z]+)?[ \t]+"
                      r"(?:at|from|until|till|by|around|about)[ \t]+$")
# Round 102: a clock time kept for years ("have been getting up at 4 a.m. for 12 years", "opened at 6am for
# decades"): the time of every day over that span, of no one day.
_FOR_YEARS_AFTER = re.compile(r"[ \t]+(?:(?:every|each)[ \t]+(?:day|morning|night|evening)[ \t]+)?for[ \t]+(?:(?:more[ \t]+"
                              r"than|over|nearly|almost|about|some|the[ \t]+(?:past|last))[ \t]+)?(?:\d+|two|three|"
                              r"four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
                              r"many|several|a[ \t]+few)?[ \t]*(?:years|decades)\b")


# Round 104: the standing hours of a school's or a course's day ("High school classes will begin at 7:25 a.m.",
# "with the school day ending at 3.20pm", "two sections meeting at 8 a.m."): the time of every such day.
_SCHOOL_HOURS = re.compile(r"\b(?:classes|lessons|school|the[ \t]+school[ \t]+day|school[ \t]+days?|sections|"
                           r"lectures|seminars|tutorials|registration|assembly)[ \t]+(?:will[ \t]+)?(?:now[ \t]+)?"
                           r"(?:begin|begins|beginning|start|starts|starting|end|ends|ending|finish|finishes|"
                           r"finishing|meet|meets|meeting)[ \t]+(?:at|from|until|till|by)[ \t]+$|"
                           # a course's sessions told by their hours ("revision classes from 9am to 12.30pm")
                           r"\b(?:classes|lessons|sessions|clinics|tutorials|workshops)[ \t]+(?:from|between)[ \t]+$")
# Round 112: the hours of work or business named before their clock times ("working hours will be", "opening
# hours are from", "visiting hours remain").
_HOURS_ARE = re.compile(r"\b(?:working|opening|office|business|visiting|trading|operating|core|site|work)[ \t]+hours"
                        r"(?:[ \t]+(?:on|at)[ \t]+(?:the[ \t]+)?[a-z]+)?[ \t]+(?:are|will[ \t]+be|remain|will[ \t]+remain|"
                        r"run|will[ \t]+run)(?:[ \t]+(?:from|between))?[ \t]+$")
_DAY_AFTER_CLOCK = re.compile(r"[ \t]*(?:(?:to|until|till|-|\u2013)[ \t]*" + r"\S+[ \t]*)?(?:today|tonight|tomorrow|this|"
                              r"next|on[ \t]+(?:[a-z]+day|the|\d)|yesterday|last)\b")
_STANDING_FROM = re.compile(r"\b(?:from|starting|beginning|as[ \t]+of)[ \t]+(?:next[ \t]+|this[ \t]+)?$")
# Hours of business, after the clock time (and the end of its range), past a comma: "open 8.30am to 5pm,
# Monday to Friday", "call 8 a.m. to 8 p.m. ET, daily": the hours of every such day, of no one day.
_CLOCK_END = r"(?:\d{1,2}(?:[.:]\d\d)?[ \t]*(?:[ap]\.?m\.?)?|noon|midday|midnight)"
# ("between 9am and 5pm, Monday to Friday": the end of the range may follow "and")
_HOURS_DAYS_AFTER = re.compile(
    r"(?:[ \t]*(?:to|until|till|and|-|\u2013)[ \t]*" + _CLOCK_END + r")?(?:[ \t]+(?:[ecmp][sd]?t|gmt|utc|bst))?"
    r"[ \t]*,[ \t]*(?:daily|weekdays|seven[ \t]+days[ \t]+a[ \t]+week|" + _WD + r"[ \t]+(?:to|through|thru|till|until)"
    r"[ \t]+" + _WD + r")\b(?![ \t]+(?:next|this|last|of)\b)")
_SENTENCE_AFTER_DOT = re.compile(r"[ \t]*(?:$|\n|[ \t][\"“'‘(]*[A-Z])")
# Hours kept over a run of days, after the clock time (and the end of its range): "open from 9 a.m. to 5 p.m.
# through Oct. 12", "runs from 7 a.m. to noon from April through November": the hours of every day of the
# run, of no one day (TimeML: XXXX-XX-XXT09:00). A month must follow, so "at 5 p.m. through the website" is not.
_MONTH_WORD = (r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\.?(?![a-z])|(?:january|february|march|april|"
               r"june|july|august|september|october|november|december)(?![a-z])")
_RUN_OF_DAYS_AFTER = re.compile(
    r"(?:[ \t]*(?:to|until|till|-|\u2013)[ \t]*" + _CLOCK_END + r")?(?:[ \t]+(?:[ecmp][sd]?t|gmt|utc|bst))?"
    r",?[ \t]+(?:from[ \t]+(?:" + _MONTH_WORD + r")[ \t]+(?:through|thru|to|until|till)|through|thru|until|till)"
    r"[ \t]+(?:mid-?|early[ \t]+|late[ \t]+)?(?:" + _MONTH_WORD + r")")
# Round 92: hours kept over a run of days named after them by its first day or its length: "open from 8 a.m.
# to 2 p.m. for the rest of the fasting month", "open at 11 a.m. and close at 11 p.m. from Friday until
# January 2". (Not "for the rest of the day": that is one day's.)
_RUN_FROM_DAY_AFTER = re.compile(
    r"(?:[ \t]*(?:to|until|till|and|-|\u2013)[ \t]*(?:(?:close|closes|end|ends|finish|finishes)[ \t]+(?:at[ \t]+)?)?"
    + _CLOCK_END + r")?(?:[ \t]+(?:[ecmp][sd]?t|gmt|utc|bst))?,?[ \t]+"
    r"(?:from[ \t]+(?:" + _WD + r"|(?:" + _MONTH_WORD + r")[ \t]+\d{1,2}|\d{1,2}[ \t]+(?:" + _MONTH_WORD + r"))"
    r"[ \t]+(?:until|till|to|through|thru)[ \t]|"
    r"(?:for[ \t]+the[ \t]+rest|for[ \t]+the[ \t]+remainder)[ \t]+of[ \t]+the[ \t]+"
    r"(?!day\b|night\b|morning\b|afternoon\b|evening\b|session\b|game\b|match\b|meeting\b))")
# Round 92: "closed between 9.30am and 3.30pm": the end of a range opened with "between" is a time of the same
# habit as its start.
_BETWEEN_AND_CLOCK = re.compile(r"[ \t]*and[ \t]*$")
# Round 113: the hours of a ban or a rule ("an ordinance that bans sleeping in cars between 10 p.m. and 6
# a.m.", "barred from selling alcohol between midnight and 6am"): hours of every day the rule stands, of no
# one day. The range must follow the first time and no day may follow the range.
_BAN_BETWEEN_BEFORE = re.compile(r"\b(?:bans?|banned|banning|bars|barred|barring|prohibits?|prohibited|prohibiting|"
                                 r"forbids?|forbidden|forbidding|outlaws?|outlawed|outlawing)\b[^.;!?\n]{0,90}?"
                                 r"\bbetween[ \t]+$")
# Round 118: the hours of an advisory or a standing permission ("asked people to avoid going out between noon and
# 4 pm", "visitors will be allowed in only between 2 p.m. and 8 p.m."): hours of every day the advice or the rule
# stands, of no one day (the same range and no-day-after checks as a ban's hours).
_ADVICE_BETWEEN_BEFORE = re.compile(r"\b(?:(?:avoid|avoiding)[ \t]+(?:[a-z]+[ \t]+){0,2}(?:out|outside|outdoors|outdoor|"
                                    r"the[ \t]+sun|sun|sunlight|direct[ \t]+sun(?:light)?)|stay[ \t]+(?:indoors|inside)|"
                                    r"(?:allowed|permitted|admitted)"
                                    r"(?:[ \t]+(?:in|out|to[ \t]+visit))?[ \t]+only)\b[^.;!?\n]{0,60}?\bbetween[ \t]+$")
# Round 118: a sample time of a schedule ("space the doses through the day, for example at 8am, 2pm and 8pm"):
# the time of every day kept so, of no one day.
_EXAMPLE_AT = re.compile(r"\b(?:for[ \t]+example|for[ \t]+instance|such[ \t]+as)[ \t]+(?:at|from|between)[ \t]+$")
# Round 118: the next clock time of such a list ("at 8am, 2pm and 8pm").
_CLOCK_LIST_NEXT = re.compile(r"[ \t]*(?:,[ \t]*(?:and|or)?|and|or)[ \t]*$")
_EXAMPLE_AT_LIST = re.compile(r"\b(?:for[ \t]+example|for[ \t]+instance|such[ \t]+as)[ \t]+(?:at|from|between)[ \t]+"
                              r"(?:" + _CLOCK_END + r"[ \t]*,[ \t]*)*$")
# (the rest of the list, for the day that may follow it: "for example at 8am, 2pm and 8pm on Monday")
_CLOCK_LIST_TAIL = re.compile(r"(?:[ \t]*(?:,[ \t]*(?:and|or)?|and|or)[ \t]*" + _CLOCK_END + r")*")
# Round 120: advice that limits a daily habit from a clock time on ("limit screen time after 9pm", "cut out
# caffeine after 2 p.m."): the time of every day the advice stands, of no one day
# ("limit noise after 6pm tonight" is that day's: a day after the time vetoes it). Not "avoid": "asked to
# avoid setting off fireworks after 11pm" is one festival night's; nor "no": "no one left after 9pm".
_LIMIT_HABIT_BEFORE = re.compile(r"\b(?:limit|limits|limiting|cut[ \t]+out|cutting[ \t]+out)[ \t]+(?:[a-z'-]+[ \t]+){0,3}(?:after|before|past)[ \t]+$")
# Round 120: a day's routine run to its close ("revising from 5am until lights out", "from 6 a.m. till
# bedtime"): every such day's start, of no one day.
_UNTIL_BEDTIME_AFTER = re.compile(r"[ \t]+(?:until|till|to)[ \t]+(?:lights[ \t-]+out|bedtime)\b")
_BAN_RANGE_AFTER = re.compile(r"[ \t]*and[ \t]*" + _CLOCK_END + r"(?:[ \t]+(?:[ecmp][sd]?t|gmt|utc|bst))?")
# Two days joined just before a clock time ("open Saturday and Sunday from 10 a.m. to 6 p.m."): the time of
# each of them, of no one day; "between Monday and Tuesday at 3 a.m." is one moment.
_DAYS_JOINED = re.compile(r"[ \t]*,?[ \t]*(?:and|or|&)[ \t]+$")
_RANGE_TO_CLOCK = re.compile(r"[ \t]*(?:to|until|till|-|\u2013)[ \t]*$")
_DAYS_TO_CLOCK = re.compile(r"[ \t]*,?[ \t]*(?:from|at|between)?[ \t]*$")


# "that morning", "the same night": the part of a day in focus, named before (not the day of the telling).
_CLOCK_DOTS = re.compile(r"\b([ap])\.m\.")
# Round 94: a four-digit clock time as technical reports write it ("1131", "0340 UTC"), hours 00-23.
_HHMM_SURFACE = re.compile(r"(?:about |around |approximately |at )?(?:[01]\d|2[0-3])[0-5]\d(?![\d:.])")
# Round 94: a service named by its time, then (after its route and a short gloss between commas) a verb in the
# past: "the 0746 service from Arlow to Brent, a two-car unit, hit a fallen tree".
_SERVICE_TOLD_PAST = re.compile(r"[ \t]+(?:services?|sailings?|trains?|flights?|ferry)?[ \t]*(?:from|to)[ \t]+"
                                r"[^.;!?\n]{0,80}?(?:,[^.;!?\n,]{0,80},)?[ \t]+(?:was|were|had|left|hit|struck|"
                                r"derailed|crashed|collided|ran|came|overran|passed|stopped|departed|arrived|sank|"
                                r"capsized)\b")
# Round 147: "suckling by mid-morning", "open until the afternoon": a part of a day as a bound (see _clock_day_far).
_BY_PART_BEFORE = re.compile(r"\b(?:by|until|till)[ \t]+$")
# ... in a clause told in the past ("was standing within 40 minutes and suckling by mid-morning": "within"
# reads as ahead to the tense cues).
_WAS_BEFORE_PART = re.compile(r"\b(?:was|were|had)[ \t]+(?:[a-z]+ing|[a-z]+ed|been)\b")
_ANAPHORIC_PART = re.compile(r"(?:that|the same)[ \t]", re.I)
# A sentence opening with a definite noun ("The vote, held at 4:30 p.m., ..."); nouns too common to
# name the lead's event are left out.
_THE_NOUN = re.compile(r"[ \t\n\"']*the[ \t]+([a-z]{4,})\b")
# The heading of a history's section that tells the lead's event itself, on a line of its own ("The battle",
# "The action", "The attack"): the clock times that open it are on the event's day.
_EVENT_SECTION_HEADING = re.compile(r"\n[ \t]*(?:the[ \t]+)?(?:battle|action|attack|assault|engagement|fighting|"
                                    r"raid|landing|storming|sortie|ambush|bombardment)[ \t]*\n$")
def _has_word(text: str, word: str) -> bool:
    """re.search(r"\b" + word + r"\b", text) for a word of letters, without compiling a regex per word (a
    process compiled one for every noun it met here)."""
    i = text.find(word)
    while i >= 0:
        j = i + len(word)
        if (i == 0 or not _is_word_char(text[i - 1])) and (j == len(text) or not _is_word_char(text[j])):
            return True
        i = text.find(word, i + 1)
    return False


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


_GENERIC_NOUNS = frozenset(("company", "government", "report", "statement", "official", "officials", "police",
                            "group", "first", "last", "same", "next", "other", "city", "state", "country",
                            "president", "minister", "agency", "ministry", "court", "team", "source", "sources"))
_AFTER_EVENT = re.compile(r"[ \t,]*after\b")
_EVENING_VALUE = re.compile(r"T(?:1[89]|2[0-3]):")
# Round 110: a time said to be the one told before ("the same afternoon", "that morning").
_POINTS_BACK = re.compile(r"(?:that|the[ \t]+same|this[ \t]+same)\b")
# Round 110: a verb of telling or hearing just before the lead's day ("an inquest heard on Monday", "in a report
# published today", "the board said Tuesday"): the day the news was told.
# Review fixes (stop 24): verbs of telling only, "heard" only of a hearing ("an inquest heard"); "found on Monday
# the body", "ruled on Tuesday", "concluded on Tuesday" are the events of the story, on their own day.
_LEAD_TOLD_ON = re.compile(r"(?:\b(?:told|said|says|published|released|issued|announced|reported)|"
                           r"\b(?:inquest|inquiry|court|jury|jurors|tribunal|hearing|trial|magistrates|judge|coroner|"
                           r"committee|panel)(?:[ \t]+(?:was|were|had|has))?[ \t]+heard)"
                           r"(?:[ \t]+(?:on|by|in))?[ \t]+$")
# A day that introduces an account of the story ("Police gave this account Tuesday:"): when it was told.
_ACCOUNT_AFTER = re.compile(r"[ \t]*:[ \t]*(?:\n|$)")
# A document that tells the news, released on a day ("in a report released Wednesday", "a statement issued
# on Tuesday"): when it was told, not when the story happened.
_RELEASED_ON = re.compile(r"\b(?:report|statement|filing|study|survey|review|notice|letter|memo|update|summary|"
                          r"analysis|figures|data)[ \t]+(?:(?:that|which)[ \t]+was[ \t]+|was[ \t]+)?"
                          r"(?:released|issued|published|posted|filed|circulated|made public)(?:[ \t]+on)?[ \t]*$")


# Round 107: a court report's words ("the jury", "testified", "Crown Court"), and those of a clause about the
# hearing itself rather than the night it hears of ("the verdict was read at", "adjourned until"); a
# clause after a reporting verb ("told jurors he reached the scene at") is what was told.
_COURT_REPORT = re.compile(r"\b(?:jury|jurors|juror|testif(?:y|ied|ies)|testimony|trial|(?:crown|district|"
                           r"superior|supreme|magistrates'?|high|county|circuit|federal) court|court heard|"
                           r"prosecutors?|prosecution|defen[cs]e (?:attorney|lawyer|counsel))\b")
_HEARING_WORD = re.compile(r"\b(?:verdict|courtroom|adjourn\w*|recess\w*|sentenc\w*|deliberat\w*|court|"
                           r"jury|jurors|hearing|trial|session|resum\w*|reconven\w*|judge|bench|dock|"
                           r"proceedings|evidence|testimony|witness|the case|closing arguments)\b")
_REPORTING_CUT = re.compile(r"\b(?:said|says|told|tells|testified|testifies|heard|hears|showed|shows|agreed|"
                            r"admitted|claimed|alleged|argued|recalled|described|explained|insisted|denied)\b"
                            r"(?:[ \t]+(?:jurors|the[ \t]+jury|the[ \t]+court|(?:the[ \t]+)?police|officers|"
                            r"detectives))?(?:[ \t]+that)?")
_EARLY_ON_BEFORE = re.compile(r"\b(?:early|the[ \t]+small[ \t]+hours[ \t]+of|early[ \t]+hours[ \t]+of)"
                              r"(?:[ \t]+on)?[ \t]+(?:the[ \t]+)?$")
# Round 107: how long before publication a day lies to be the crime's, not a day in court.
_INCIDENT_DAYS_BACK = 30

# A time in the small hours ends the night that began the evening before ("a fire at 2 a.m. Tuesday").
_SMALL_HOURS_VALUE = re.compile(r"T0[0-4]:")
# Round 109: the hours of a poll told before a bare clock time ("Polls will be open from 7am to", "polls statewide
# closed at", "Stations will close at", "ordered those sites to stay open an extra 45 minutes, until").
_POLL_HOURS_BEFORE = re.compile(
    r"\b(?:polls|polling[ \t]+(?:stations|places|booths)|(?P<bare>stations|sites|booths)|precincts|voting)\b"
    r"(?:[ \t]+[a-z]+){0,3}?[ \t]+(?:(?:will|would|must|should|to)[ \t]+)?(?:(?:be|stay|remain|were|are|was|"
    r"have|had)[ \t]+)?(?:open|opens|opened|close|closes|closed|shut|shuts|begin|begins|began|end|ends|ended|"
    r"start|starts|started)\b[^.;!?\n]{0,40}$")
# Review fixes 2: bare "stations", "sites", "booths" are a poll's only with a vote told in their sentence or the
# one before ("Polls open at 7am tomorrow in the by-election. Stations will close at 10pm"), not "Petrol stations
# closed at 10pm" in a story that named an election paragraphs ago.
_VOTING_WORD = re.compile(r"\b(?:polls?|polling|votes?|voted|voting|voters?|elections?|by-elections?|ballots?|"
                          r"primary|primaries|referendum|runoff|run-off|caucus|caucuses|precincts?|turnout)\b")
# Round 109: the hours of a poll told in the present ("polls in the riding close at"), whatever the clause's
# other verbs ("Under voting hours brought in eight years ago, polls close at").
_POLL_HOURS_PRESENT = re.compile(r"\b(?:open|opens|close|closes|shut|shuts)[ \t]+(?:at|from|until)[ \t]+[^.;!?\n]{0,30}$")
# Round 109: a day named as the day of a vote ("a general election on 8 June", "go to the polls on Friday",
# "Tuesday's election").
_POLL_DAY_BEFORE = re.compile(r"\b(?:election|elections|by-election|primary|vote|poll|polls|referendum|runoff|"
                              r"run-off|caucus|caucuses|polling)[ \t]+(?:(?:is|was|will[ \t]+be|to[ \t]+be)[ \t]+)?"
                              r"(?:(?:held|called|set|scheduled|due)[ \t]+)?(?:on|for)[ \t]+$|"
                              r"\b(?:round|election|by-election|primary|vote|poll|referendum|runoff|run-off|ballot)"
                              r"[ \t]+(?:was|were|is|will[ \t]+be)[ \t]+held[ \t]+on[ \t]+$")
_POLL_DAY_AFTER = re.compile(r"(?:'s|\u2019s)[ \t]+(?:[a-z-]+[ \t]+){0,3}?(?:election|by-election|primary|vote|poll|"
                             r"referendum|runoff|run-off|caucus|caucuses)\b|"
                             r"[ \t]+(?:(?:general|presidential|federal|state|local|mayoral|municipal|congressional|"
                             r"parliamentary|midterm|special)[ \t]+)?(?:election|by-election|primary|referendum|runoff|"
                             r"run-off)\b")
# Round 109: a campaign's countdown ("With 18 days left in the federal campaign", "with four days to go until the
# vote"): polling day counted from publication.
_DAYS_LEFT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                    "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20}
_DAYS_LEFT = re.compile(r"\bwith[ \t]+(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
                        r"twenty)[ \t]+(days|weeks)[ \t]+(?:left|remaining|to[ \t]+go)[ \t]+(?:in|before|until|till)"
                        r"[ \t]+(?:the[ \t]+)?(?:[a-z'\u2019-]+[ \t]+){0,2}?(?:campaign|election|vote|poll|polls|primary|"
                        r"referendum)\b")
# Round 109: a clock time of the small hours as written ("2 a.m.", "12:40 a.m.", "3.15am").
_SMALL_HOURS_TEXT = re.compile(r"(?<![\d:.])(?:[1-4]|12)(?:[:.][0-5]\d)?[ \t]*a\.?m\b")
# Reported speech between a day and "overnight": what someone said happened overnight is counted from when
# it was said, not from the day told before it.
_TOLD = re.compile(r"\b(?:said|says|told|tells|reported|according)\b")
# The hours a part of the day spans, for a clock time told after it ("Monday morning ... by noon").
_PART_HOURS = {"TMO": (5, 12), "TAF": (12, 17), "TEV": (17, 23), "TNI": (18, 23)}


# What may open a live blog's line before its time stamp ("Update, 4 p.m.: ..."); anchor.py reads it too.
ENTRY_STAMP_OPENER = r"[ \t]*(?:(?:update|updated|posted)[ \t]*(?:at[ \t]*)?[,:]?[ \t]*)?"
# A line of a live blog opened by its time stamp ("6:15 a.m.: ...", "Update, 4 p.m.: ...").
_ENTRY_STAMP = re.compile(ENTRY_STAMP_OPENER + r"\d{1,2}(?::\d\d)?[ \t]*"
                          r"(?:a\.?m\.?|p\.?m\.?)[ \t]*(?:[—–:]|--?)[ \t]")
_TODAY_WORD = re.compile(r"\b(?:today|tonight|this[ \t]+(?:morning|afternoon|evening))")
_CLOCK_PROPER = re.compile(r"\d|\b(?:noon|midday|midnight)\b")
# Round 78: "Kestrel's fiscal 2002 ends on March 31, 2002.", "results for fiscal 2026, which ended on March 31":
# a day that bounds an accounting period is no day anything in the text happens on.
_PERIOD_BOUND_BEFORE = re.compile(r"\b(?:fiscal|financial[ \t]+year|books|accounts)\b[^.;!?]{0,40}\b(?:ends?|ended|runs?|ran|"
                                  r"closes?|closed)[ \t]+(?:(?:on|to|through|until|at)[ \t]+)?$")
# Round 100: a day named only as the base of a count ("held 11 weeks after the first round of 5 July", "five days
# after the last phase of polling on December 18") or as a plan given up ("originally scheduled for 27 October but
# pushed back"): no scene of the story, so a clock time in a later sentence is not on it.
_COUNT_BASE_DAY = re.compile(r"\b(?:(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                             r"[a-z]+teen|twenty|thirty)[ \t]+(?:days?|weeks?|months?)[ \t]+(?:after|before)|"
                             r"(?:originally|initially|first)[ \t]+(?:(?:been|be)[ \t]+)?(?:scheduled|planned|set|due|slated|called))"
                             r"\b[^.;:!?\n]{0,50}$")
# Round 100: a fixture's start time stated as a schedule ("The kickoff is at 5:15 p.m.", "Tip-off will be at 7
# p.m."): the time of the fixture's coming day, not of a training day told just before.
_FIXTURE_START_BEFORE = re.compile(r"\b(?:kick-?off|tip-?off|first[ \t]+pitch|face-?off|puck[ \t]+drop|first[ \t]+ball|"
                                   r"start[ \t]+time)[ \t]+(?:is|will[ \t]+be|is[ \t]+(?:set|scheduled)[ \t]+for)"
                                   r"[ \t]+(?:at[ \t]+)?$")
_FIXTURE_WORD = re.compile(r"\b(?:test|match|game|final|semi-?final|quarter-?final|race|clash|fixture|derby|"
                           r"showdown|opener|decider|tie|bout|playoff|play-off|meeting|contest)\b")
# Round 100: a past verb of opening or closing just before the clock time ("Voting began at 7 am and ended at 5
# pm"): the day's own events told in the past.
_BEGAN_ENDED_BEFORE = re.compile(r"\b(?:began|ended|opened|closed|started|finished|shut|resumed|stopped)"
                                 r"[ \t]+(?:at|by|around|about|until|shortly[ \t]+(?:before|after))[ \t]+$")
# (Round 110: with the irregular participles that end otherwise, "had begun", "had gone", "had run", "had come")
_PLUPERFECT_BEFORE = re.compile(r"\bhad[ \t]+(?:(?:not|never|already|just)[ \t]+)?(?:[a-z]+(?:ed|en|t)|begun|run|gone|"
                                r"done|come|become|made|paid|said|held|led|sold|told|found|heard|won|struck|"
                                r"stuck|hung|sunk|laid)\b")

# Round 137: a frequency within one day ("every 10 minutes", "every half-hour"), and what may stand between it
# and "from"/"until" its time (a route, not a clause: no punctuation).
_SUBDAY_EVERY = re.compile(r"(?:every|each)[ \t]+(?:hour|half[ -]hour|(?:\d+|few|two|three|four|five|six|ten|"
                           r"fifteen|twenty|thirty)[ \t]+(?:minutes|hours))")
_EVERY_THEN_FROM = re.compile(r"[^.;:!?,\n]{0,40}?[ \t]from[ \t]+(?:about[ \t]+|around[ \t]+)?"
                              # the end of such a run, "from 8 a.m. until 2 p.m.", is on its start's day
                              r"(?:(?:\d{1,2}(?:[:.]\d\d)?[ \t]*(?:[ap]\.?m\.?)?|noon)[ \t]+(?:to|until|till)[ \t]+)?")
# ... and the time told as every day's after all ("from 8am each match day", "from noon every Sunday")
# (or the run's end: "from 3 a.m. to 7 a.m. during the nine days")
_EACH_AFTER_TIME = re.compile(r"(?:[ \t]+(?:to|until|till)[ \t]+(?:\d{1,2}(?:[:.]\d\d)?[ \t]*(?:[ap]\.?m\.?)?|noon))?"
                              r"(?:[ \t]*(?:each|every|a|per|during|throughout)[ \t]|[ \t]*(?:daily|nightly)\b)")
# A day that opens a run of days ("starting tomorrow", "from Monday") is no one day of the service.
_RUN_STARTS_BEFORE = re.compile(r"(?:starting|beginning|from|until|through)[ \t]+$")

# Round 138: a verb in the past in the clause before a clock time ("announced the decision at a news conference
# shortly after 10 p.m."), where the tense cues leave the clause's tense open.
_PAST_VERB_BEFORE = re.compile(r"\b(?:was|were|did|[a-z]{3,}ed)\b")
# Review fixes 7: a past month told as an aside before a clock time: in a relative clause or apposition ("who
# was appointed last June", ", appointed last June,") or marked as earlier than the story ("first", "had").
_MONTH_ASIDE_BEFORE = re.compile(r"\b(?:who|whom|whose|which|first|originally|initially|earlier|previously|"
                                 r"already|had|appointed|hired|named|elected)\b|,[^,;:.!?\n]*$")
# Review fixes 7: a day in an aside of what came before the lead's event ("a day after a smaller fire there on
# Wednesday", "a week after inspectors visited it on Wednesday", "since Monday"), no comma between.
_BACKGROUND_ASIDE_BEFORE = re.compile(r"\b(?:after|since|following)\b[^,;:.!?\n]*$")
# Round 138: a dateline's shapes (see _is_dateline): the rest of the line blank, or "CITY (" before the date
# and ") -" after it.
_LINE_REST_BLANK = re.compile(r"[ \t.]*(?:\n|$)")
_CITY_BRACKET_BEFORE = re.compile(r"(?:^|\n)[ \t]*[A-Z][A-Z.'’-]+(?:[ \t]+[A-Z][A-Z.'’-]+){0,3}"
                                  r"(?:,[ \t]*[A-Z][\w.'’ -]{0,30})?[ \t]*\($")
_BRACKET_DASH_AFTER = re.compile(r"\)[ \t]*(?:[—–]|--?)[ \t]")
# Between a time and its gloss in another zone ("4 p.m. Saturday, or 0300 GMT", "15:38 UTC (10:38 a.m. in ...").
_GLOSS_BETWEEN = re.compile(r"[ \t]*(?:,[ \t]*or|\(|,[ \t]*\(|[ \t]or)[ \t]*$")


# Round 123: a market's move told in a sentence ("bond yields dropped 8 basis points", "shares rallied"): a report
# on a trading session.
_MARKET_MOVE = re.compile(r"\b(?:yields?|shares|stocks|bonds?|gilts?|bunds|treasur(?:y|ies)|index|dow|nasdaq|"
                          r"sterling|the dollar|the euro|the yen|the pound|futures)\b[^.;!?]{0,80}\b(?:fell|rose|"
                          r"falling|rising|rallied|slid|slipped|climbed|dropped|jumped|gained|lost|eased|firmed|"
                          r"basis points)\b")

# ... and told as over (a "by late afternoon" reads as a deadline to the tense cues)
_MARKET_PAST = re.compile(r"\b(?:fell|rose|rallied|slid|slipped|climbed|dropped|jumped|gained|lost|eased|firmed|"
                          r"closed|ended|traded|tumbled|soared|sank|surged)\b")


# What FULL_STOPS looks ahead at after a full stop: where the stop counts as lying before a bound
# (clock._full_stop_between).
_AFTER_FULL_STOP = re.compile(_SENTENCE_OPENING)


class ClockMixin:
    """Anchorer methods for clock times and the story's day."""

    def _clock_gloss(self, start: int, text: str) -> Optional[Resolution]:
        """A clock time glossing the one just before in another zone ("Polls closed at 4 p.m. Saturday, or
        0300 GMT") is on that time's day (TimeML keeps the glossed day, even across the date line)."""
        if not self.previous:
            return None
        t = self.previous[-1]
        if t.end > start or start - t.end > 12 or t.granularity not in ("hour", "minute") \
                or t.interval is None or not t.value[:1].isdigit() \
                or not _GLOSS_BETWEEN.match(self.low, t.end, start):
            return None
        day = t.value[:10]
        interval, gran = cal.value_interval(day)
        return Resolution(day, t.tid, interval, gran,
                          f"{text} → {day}: the day of the time it glosses, '{t.text}' ({t.tid}, {t.value})")

    def _clock_habitual(self, start: int, end: int, text: str) -> Optional[Resolution]:
        """A clock time in a clause that tells a habit ("Centers are open from 8 a.m. to 8 p.m. daily",
        "updates it twice a day, at 10 a.m. and 4 p.m.") is on no one day: XXXX-XX-XX. The cue is in the
        clause, before the time (and after the last day named) or just after it. "since 5:30 a.m." is one
        moment ("trains have run normally since 5:30 a.m."), not a habit."""
        if self.low.endswith("since ", max(0, start - 6), start):
            return None
        lo = max(0, start - 70)
        for m in _HABIT_STOP.finditer(self.low, lo, start):
            if self._habit_stop(m):
                lo = m.end()
        day_in_clause = False
        if self.previous:
            t = self.previous[-1]
            if t.end > lo and t.granularity in ("day", "part_of_day") and t.value[:1].isdigit():
                lo = t.end      # "every day since ... on Tuesday the line formed at 6 a.m.": that day's
                day_in_clause = True
        hi = min(end + 25, len(self.low))      # just after: "to 8 p.m. daily", "on weekdays" (not ", with
        for m in _HABIT_STOP.finditer(self.low, end, hi):  # updates every six hours": another clause)
            if m.group(0) == "," or self._habit_stop(m):
                hi = m.start()
                break
        service = (self.low.endswith("the ", max(0, start - 4), start) and (_SERVICE_AFTER.match(self.low, end)
                                                                            or (_SERVICE_TO_PLACE.match(self.text, end)
                                                                                or _SERVICE_RUNS_AFTER.match(self.low, end))
                                                                            and self._direction(start, end) != PAST)) \
            or _SERVICE_BEFORE.search(self.low, max(0, start - 30), start)
        cue = _HABIT.search(self.low, lo, start)
        if cue is not None and _ONE_OCCASION_BETWEEN.search(self.low, cue.end(), start):
            cue = None      # Round 98: "use the line every morning, and the ones I spoke to at half past six
                            # were resigned": a speaker's own visit, past, between the habit and the time
        if cue is not None and self._event_service_from(cue, start, end):
            cue = None      # Round 137: "trains will run every 10 minutes from 2pm" after a coming day is
                            # named: the extra service of that event's day, not a standing timetable
        habit = cue or _HABIT.search(self.low, end, hi) \
            or self._weekly_set_in_clause(lo) or _HOURS_DAYS_AFTER.match(self.low, end) \
            or _RUN_OF_DAYS_AFTER.match(self.low, end) or _RUN_FROM_DAY_AFTER.match(self.low, end) \
            or self._days_joined_before(start) or _FOR_YEARS_AFTER.match(self.low, end) \
            or self._ban_hours(start, end) \
            or self._limit_habit(start, end, day_in_clause) \
            or (_EXAMPLE_AT.search(self.low, lo, start) and not day_in_clause
                and not _DAY_AFTER_CLOCK.match(self.low, _CLOCK_LIST_TAIL.match(self.low, end).end()))
        if not (service or habit) and not day_in_clause and _ROUTINE.search(self.low, lo, start) \
                and not _DAY_AFTER_CLOCK.match(self.low, end):
            # Round 85: a day's routine told in the present ("Abara sleeps from 7pm", "her alarm goes off at
            # 4.30am", "the bar stays open until 2am"): the time of every such day ("she wakes at 4am tomorrow"
            # is that day's)
            habit = True
        if not (service or habit) and not day_in_clause and _SCHOOL_HOURS.search(self.low, lo, start) \
                and not _DAY_AFTER_CLOCK.match(self.low, end) and not self._on_day_after(end):
            habit = True    # Round 104: a school day's standing hours ("classes will begin at 7:25 a.m.")
        if not (service or habit) and not day_in_clause and _HOURS_ARE.search(self.low, lo, start) \
                and not _DAY_AFTER_CLOCK.match(self.low, end) and not self._on_day_after(end):
            habit = True    # Round 112: hours of work or business told as such ("Working hours on site will be
                            # 7.30am to 6pm", "visiting hours are from 2pm"): of every day they keep
        if not (service or habit) and _MEAL_SERVICE.search(self.low, lo, start) \
                and (not day_in_clause or _STANDING_FROM.search(self.low, max(0, self.previous[-1].start - 14),
                                                                self.previous[-1].start)):
            # Round 85: "will serve lunch from noon to 3pm", "From next Tuesday the cafe serves breakfast until
            # 11am": a kitchen's hours, of every day it opens ("On Christmas Day volunteers will serve lunch
            # from 12.30" is that day's)
            habit = True
        if not (service or habit):
            return None
        if service and not habit and _SERVICE_DAY_AFTER.match(self.low, end):
            return None     # Round 146: "the 06:20 departure to Faro on Saturday": that run's day
        if service and not habit and _SERVICE_TOLD_PAST.match(self.low, end):
            return None     # Round 94: "The 0746 service from Arlow, a two-car unit, hit a fallen tree": one run
                            # of the service, on the day the story tells
        if not habit and day_in_clause:
            return None     # "On Easter Day the dean will preach at the 11 a.m. service": that day's service
        ref = self._ref("D", start)
        if ref is not None and start - ref.end < 800 and self._label_day(ref) is not None \
                and not self._later_item_label(ref, start):
            return None     # under a calendar's "FRIDAY" heading ("a docket, heard every Friday, opens at
                            # 1:30 p.m."): that day's time
        return Resolution("XXXX-XX-XX", None, None, None, f"{text}: a time of a habit, of no one day")

    def _event_service_from(self, cue: re.Match, start: int, end: int) -> bool:
        """Round 137: a service laid on "every N minutes from" a time, told after a day still to come
        ("On Saturday ... buses will run every 20 minutes from 6 a.m."): the frequency is within that day,
        so the time is that day's. The run's end ("from 8 a.m. until 2 p.m.") goes with its
        start. A frequency of days, a standing word ("daily", "weekdays", "during the nine days"), or a day
        that is past, the publication day or the first of a run of days ("starting tomorrow") keeps the
        habit."""
        if not _SUBDAY_EVERY.fullmatch(cue.group(0)) or not _EVERY_THEN_FROM.fullmatch(self.low, cue.end(), start) \
                or _EACH_AFTER_TIME.match(self.low, end):
            return False
        if _HABIT.search(self.low, max(0, start - 160), cue.start()) or self.dct is None:
            return False
        ref = self._ref("D", start)
        return ref is not None and ref.interval is not None and ref.value[:1].isdigit() \
            and (ref.granularity == "day" and not _RUN_STARTS_BEFORE.search(self.low, max(0, ref.start - 12),
                                                                            ref.start)
                 or ref.granularity in ("hour", "minute") and ref.start > cue.end()) \
            and ref.interval.start > self.dct and start - ref.end < 900

    def _ban_hours(self, start: int, end: int) -> bool:
        """Round 113: the first time of a ban's hours, "bans parking between 2 a.m. and 6 a.m." (the second
        follows it through _days_joined_before); "banned traffic between 9 p.m. and 5 a.m. on Sunday" is
        that day's."""
        if not _BAN_BETWEEN_BEFORE.search(self.low, max(0, start - 130), start) \
                and not _ADVICE_BETWEEN_BEFORE.search(self.low, max(0, start - 100), start):
            return False
        m = _BAN_RANGE_AFTER.match(self.low, end)
        return m is not None and not _DAY_AFTER_CLOCK.match(self.low, m.end()) \
            and not re.match(r"[ \t]*,?[ \t]*(?:[a-z]+day|tonight|today|tomorrow|yesterday)\b", self.low[m.end():m.end() + 20])

    def _limit_habit(self, start: int, end: int, day_in_clause: bool) -> bool:
        """Round 120: a clock time bounding advice on a daily habit ("limit screen time after 9pm") or a
        routine run to bedtime ("from 5am until lights out"), with no day of its own."""
        if day_in_clause or _DAY_AFTER_CLOCK.match(self.low, end) or self._on_day_after(end):
            return False
        if _LIMIT_HABIT_BEFORE.search(self.low, max(0, start - 60), start):
            return True
        return self.low.endswith("from ", max(0, start - 5), start) \
            and _UNTIL_BEDTIME_AFTER.match(self.low, end) is not None

    def _later_item_label(self, ref: Timex, start: int) -> bool:
        """Round 99: has another item of the list opened a line after the label `ref` ("Jan. 31: Opening
        statements. / March: A verdict is likely. / Court will sit four days a week, starting at 9:30 a.m.")?
        Then `ref`'s item is over: its day no longer heads the text that follows."""
        for t in reversed(self.previous):
            if t.start <= ref.end:
                return False
            if t.end <= start and self._opens_line(t.start) and _ITEM_COLON.match(self.low, t.end):
                return True
        return False

    def _days_joined_before(self, start: int) -> bool:
        """"The fair runs Friday and Saturday from noon to 10 p.m.": two days joined by "and"/"or" just
        before the clock time, which is then the time of each, of no one day."""
        if self.previous and self.previous[-1].value.startswith("XXXX-XX-XXT") \
                and _RANGE_TO_CLOCK.match(self.low, self.previous[-1].end, start):
            return True     # the end of a range whose start is such a time: "from noon to 10 p.m."
        if self.previous and self.previous[-1].value.startswith("XXXX-XX-XXT") \
                and _BETWEEN_AND_CLOCK.match(self.low, self.previous[-1].end, start) \
                and self.low.endswith("between ", max(0, self.previous[-1].start - 8), self.previous[-1].start):
            return True     # Round 92: "between 9.30am and 3.30pm"
        if self.previous and self.previous[-1].value.startswith("XXXX-XX-XXT") \
                and self.previous[-1].rule.startswith("time.clock") \
                and _CLOCK_LIST_NEXT.match(self.low, self.previous[-1].end, start) \
                and _EXAMPLE_AT_LIST.search(self.low, max(0, self.previous[-1].start - 80), self.previous[-1].start) \
                and not _DAY_AFTER_CLOCK.match(self.low, start):
            return True     # Round 118: the next sample time of a schedule ("for example at 8am, 2pm and 8pm")
        if self.previous and self.previous[-1].value.startswith("XXXX-XX-XXT") \
                and self.previous[-1].rule.startswith("time.clock") \
                and _BETWEEN_AND_CLOCK.match(self.low, self.previous[-1].end, start) \
                and not _DAY_AFTER_CLOCK.match(self.low, start) and self._school_hours_before(self.previous[-1].start):
            return True     # Round 104: "sections meeting at 8 a.m. and 6 p.m.": the second of a school day's hours
        if len(self.previous) < 2:
            return False
        first, second = self.previous[-2], self.previous[-1]
        if not (first.granularity == second.granularity == "day" and first.value[:1].isdigit()
                and second.value[:1].isdigit() and first.value != second.value):
            return False
        if start - second.end > 12 or not _DAYS_TO_CLOCK.match(self.low, second.end, start) \
                or second.start - first.end > 8 or not _DAYS_JOINED.match(self.low, first.end, second.start):
            return False
        return not self.low.endswith("between ", max(0, first.start - 8), first.start)

    def _school_hours_before(self, start: int) -> bool:
        return _SCHOOL_HOURS.search(self.low, max(0, start - 60), start) is not None

    def _on_day_after(self, end: int) -> bool:
        """Round 104: a day named right after the time's range ("begin at 9am on Monday") makes it that day's."""
        return re.match(r"[ \t]*(?:(?:to|until|till|and|-|\u2013)[ \t]*" + _CLOCK_END + r"[ \t]*)?,?[ \t]*(?:on|this|next|"
                        r"tomorrow|today|tonight)\b", self.low[end:end + 40]) is not None

    def _weekly_set_in_clause(self, lo: int) -> bool:
        """"Performances are Monday to Saturday at 7.45pm": the weekdays of a weekly schedule, read as a set
        just before in the clause, make its clock times those of no one day."""
        for t in reversed(self.previous[-3:]):
            if t.end <= lo:
                return False
            if t.rule.startswith("set.weekday_range_schedule"):
                return True
        return False

    def _habit_stop(self, m: re.Match) -> bool:
        """Does this stop end the clause? Not a colon in "10:30", nor the dot of "a.m." or "Feb." inside a
        sentence (a dot ends one before a capital, a quote or the end of a line)."""
        ch, i = m.group(0), m.start()
        if ch == ",":
            return False
        if ch == ":":
            return not (self.low[i - 1:i].isdigit() and self.low[i + 1:i + 2].isdigit())
        if ch == ".":
            return _SENTENCE_AFTER_DOT.match(self.text, i + 1) is not None
        return True

    def _day_heading(self, start: int) -> bool:
        """Is the day last mentioned a heading on a line of its own ("Saturday, March 5" above a programme
        "9 a.m. — Doors open")? Then the times under it are on that day."""
        ref = next((t for t in reversed(self.previous) if t.granularity == "day" and t.value[:1].isdigit()), None)
        if ref is None:
            return False
        if self._opens_line(ref.start) and _HEADING_RUN_IN.match(self.low, ref.end):
            # Round 77: a log's day heading run into its first entry ("Tuesday 4 May. 1612: call received.")
            return True
        line_start = self._line_start(ref.start)
        line_end = self.low.find("\n", ref.end)
        line = self.low[line_start:line_end if line_end >= 0 else len(self.low)]
        return len(line.strip(" \t\r:.-—–*#")) <= len(ref.text) + 12

    def _log_heading(self, t: Timex) -> bool:
        """Does t head an entry of a log ("Thursday 4 May, 21:40 - ...", "22:30 - ...", "Noon - ...")?"""
        if _LOG_COLON.match(self.low, t.end) and t.type == "TIME" and t.granularity in ("hour", "minute") \
                and _NAMED_DAY_WORD.search(t.text.lower()) and self._opens_line(t.start) \
                and self._direction(t.start, t.end) == PAST:
            return True     # Round 111: a police log's "Sunday, 9:05 a.m.: A bus shelter was found ..." (review
                            # fixes, stop 24: told in the past; "Friday, 7 p.m.: Quiz night at the library.
                            # Doors open at 6:30 p.m." is a listing of what is still to come, no log)
        return _LOG_DASH.match(self.low, t.end) is not None and self._opens_line(t.start)

    def _clock_under_day_heading(self, start: int, end: int, text: str) -> Optional[Resolution]:
        """Round 111: a time stamp opening an entry of a log ("9:55 p.m. - Loud music was reported") under a day
        heading on a line of its own ("Thursday, June 5"), with only other stamped entries between: the
        heading's day, whatever days the entries above it named in passing ("lost the day before")."""
        if not self._opens_line(start) or not _STAMP_AFTER.match(self.low, end):
            return None
        pos = self._line_start(start)
        for _ in range(40):
            if pos <= 0:
                return None
            line_start = self._line_start(pos - 1)
            line = self.low[line_start:pos - 1]
            pos = line_start
            if not line.strip() or _ENTRY_STAMP.match(line):
                continue
            head = next((t for t in reversed(self.previous) if t.start >= line_start and t.end <= line_start + len(line)
                         and t.granularity == "day" and _FULL_DAY.fullmatch(t.value)), None)
            if head is None or not self._opens_line(head.start) \
                    or len(line.strip(" \t\r:.-\u2014\u2013*#")) > len(head.text) + 12:
                return None
            interval, gran = cal.value_interval(head.value)
            return Resolution(head.value, head.tid, interval, gran,
                              f"{text} → {head.value}: an entry under the day heading '{head.text}' ({head.tid})")
        return None

    def _log_heads(self) -> list[Timex]:
        """The entry headings among the expressions resolved so far. `previous` only grows, so each is
        looked at once: asked anew for every clock time, the scan was quadratic in a run-on text."""
        for t in self.previous[self._log_heads_seen:]:
            if t.type in ("DATE", "TIME") and self._log_heading(t):
                self._log_heads_found.append(t)
        self._log_heads_seen = len(self.previous)
        return self._log_heads_found

    def _log_entry_head(self, start: int) -> Optional[Timex]:
        """Round 111: the heading of the log's entry `start` is told in ("Thursday, 7:25 a.m.: ..."), on its
        line, naming its day, a day before publication; or None."""
        heads = self._log_heads()
        if not heads:
            return None
        last = heads[-1]
        if last.end > start or self._line_start(last.start) != self._line_start(start) \
                or not _FULL_DAY.match(last.value) or self._is(last, "day_less") or last.interval is None \
                or self.dct is None or not last.interval.start < self.dct:
            return None
        return last

    def _clock_in_dated_log(self, start: int, end: int, text: str, suffix: str = "") -> Optional[Resolution]:
        """A timeline of events told as a log, each entry headed by its day and time or by a time alone
        ("Friday 12 June, 04:15 - ... by 7 a.m.", then "Noon - ..."): a clock time heading an entry, or told in
        an entry, is on the day of the latest entry headed before, provided an earlier heading names its
        day (a live blog's stamps, with no day in any heading, are left to the other readings)."""
        own = _LOG_DASH.match(self.low, end) is not None and self._opens_line(start)
        heads = self._log_heads()
        if not heads or not _FULL_DAY.match(heads[-1].value):
            return None
        last = heads[-1]
        if not own and self._line_start(last.start) != self._line_start(start):
            return None
        if not any(not self._is(t, "day_less") and t.granularity in ("day", "part_of_day", "hour", "minute")
                   for t in heads):
            return None
        day = last.value[:10]
        if not own and _EVENING_VALUE.match(last.value, 10) and _SMALL_HOURS_VALUE.match(suffix):
            # Review fixes (stop 24): "Tuesday, 11:40 p.m.: ... and left at 12:20 a.m.": an entry begun in the
            # evening runs past midnight, its small hours on the next day
            day = (_dt.date.fromisoformat(day) + _dt.timedelta(days=1)).isoformat()
            interval, gran = cal.value_interval(day)
            return Resolution(day, last.tid, interval, gran,
                              f"{text} → {day}: in a log, the small hours after the entry headed '{last.text}' "
                              f"({last.tid}), begun in the evening")
        interval, gran = cal.value_interval(day)
        return Resolution(day, last.tid, interval, gran,
                          f"{text} → {day}: in a log, the day of the entry headed '{last.text}' ({last.tid})")

    def _clock_on_publication_day(self, start: int, end: int, text: str) -> Optional[Resolution]:
        """A bare clock time is on the day last mentioned, except where that cannot be: a time stamp
        opening a line of a live blog ("7:12 p.m. — Polls have closed") is the publication day, and so
        is a time in a clause about the future ("will issue its next update at 5 p.m.") when the day
        mentioned before is already past."""
        line_start = self._line_start(start)
        if _STAMP_LEAD.match(self.low, line_start, start) and _AGENDA_HEAD.search(
                self.low, max(0, line_start - 1500), line_start):
            # the event's own day is close ahead; a far one ("the fiscal year ends June 30") is an aside
            ahead = next((t for t in reversed(self.previous) if start - t.end <= 3000 and t.type in ("DATE", "TIME")
                          and t.interval is not None and t.value[:1].isdigit()
                          and t.granularity in ("day", "part_of_day", "hour", "minute")
                          and self.dct < t.interval.start <= self.dct + _dt.timedelta(days=14)), None)
            if ahead is not None:
                # "The program: / 9 a.m.: Welcome ..." under an event still to come: a list of its times,
                # not a live blog's stamps of the publication day
                day = ahead.value[:10]
                interval, gran = cal.value_interval(day)
                return Resolution(day, ahead.tid, interval, gran,
                                  f"{text} → {day}: a line of an agenda, on the coming day '{ahead.text}' "
                                  f"({ahead.tid})")
        if _STAMP_LEAD.match(self.low, line_start, start) and not self._day_heading(start) and (
                _STAMP_AFTER.match(self.low, end) or _STAMP_ALONE.match(self.low, end)
                or _STAMP_SENTENCE.match(self.text, end) and self._stamped_lines() > 1):
            return self._done(self.dct.isoformat(), text, "a time stamp opening a line: the publication day")
        ref = self._ref("D", start)
        if ref is not None and ref.interval is not None and ref.value[:10] != self.dct.isoformat() \
                and _ENTRY_STAMP.match(self.low, line_start) and self._stamped_lines() > 1 \
                and not self._day_heading(start):
            direction = self._direction(start, end)
            if direction == FUTURE and ref.interval.end < self.dct or direction != PAST \
                    and ref.end <= self._sentence_start(start):
                # a live blog's entry ("6:15 a.m.: ... extended the warning until 2 p.m.", "11:30 a.m.:
                # ... closed Monday. A third shelter opens at noon"): the entry's day, not a day named in
                # passing
                return self._done(self.dct.isoformat(), text, "a time in a live blog's entry: the publication day")
        if ref is not None and ref.end <= self._sentence_start(start) \
                and _PERIOD_BOUND_BEFORE.search(self.low, max(0, ref.start - 80), ref.start):
            # "fiscal 2026, which ended on March 31. This call began at 2:00 p.m.": the day that closed the
            # books is no scene; the call is on the report's own day
            return self._done(self.dct.isoformat(), text, f"not on '{ref.text}' ({ref.value}), the end of an "
                                                          "accounting period: the publication day")
        today = self.previous[-1] if self.previous else None
        if today is not None and today.anchor == "publication" and today.value[:10] == self.dct.isoformat() \
                and _TODAY_WORD.search(today.text.lower()) \
                and today.granularity in ("day", "part_of_day") and (ref is None or ref.end <= today.start) \
                and today.start >= self._sentence_start(start):
            # "postponed Tuesday's games and would decide on tonight's schedule by 3 p.m.": the publication
            # day named in the clock time's own sentence, after any other day
            return self._done(self.dct.isoformat(), text, f"a time in the sentence of '{today.text}' ({today.tid})")
        if ref is not None and ref.interval is not None and ref.interval.end < self.dct \
                and ref.end <= self._sentence_start(start) \
                and _PRESENT_SCHEDULE_AT.search(self.low, max(self._sentence_start(start), start - 40), start) \
                and self._direction(start, end) != PAST:
            ahead = self._future_day_before(start)
            if ahead is not None and _sentences_between(self.text, ahead.end, start) <= 3:
                # Round 99: "will try again on Thursday ... The first try, last Thursday, was halted ... The
                # window opens at 9:32 a.m.": a timetable told in the present is of the day still to come,
                # not of the day gone by named in passing
                interval, gran = cal.value_interval(ahead.value[:10])
                return Resolution(ahead.value[:10], ahead.tid, interval, gran,
                                  f"{text} → {ahead.value[:10]}: a timetable in the present, on the day still to "
                                  f"come '{ahead.text}' ({ahead.tid}), not '{ref.text}' ({ref.value}), already past")
        # (the dots of "a.m." end no sentence: "will be shut from 6 a.m. to 2 p.m." is one future clause)
        window = _CLOCK_DOTS.sub(lambda m: m.group(1) + "m  ", self.low[max(0, start - 80):start])
        if _WILL_BEFORE.search(window) and self._direction(start, end) == FUTURE:
            if ref is not None and ref.interval is not None and ref.interval.end < self.dct:
                # "that morning" looks for the day still to come; so does a bare time when the day last
                # named is years back ("opened in 1946 ... celebrations will begin at 10 a.m."), a story's
                # past, not the day of what is planned
                # (Round 85: so does one after the day the plan was told, "will enter service on Feb. 20,
                # officials announced yesterday. ... the train will leave at 8 a.m.": the day of the plan)
                ahead = self._future_day_before(start) if _ANAPHORIC_PART.match(text) \
                    or (self.dct - ref.interval.end).days > 365 \
                    or (ref.granularity == "day" and self._reported_before(ref.start)) else None
                if ahead is not None:
                    # "will announce on June 12 ... will brief reporters that morning": the morning of
                    # the day still to come, named before
                    interval, gran = cal.value_interval(ahead.value[:10])
                    return Resolution(ahead.value[:10], ahead.tid, interval, gran,
                                      f"{text} → {ahead.value[:10]}: in a future clause, the day still to come "
                                      f"'{ahead.text}' ({ahead.tid}), not '{ref.text}' ({ref.value}), already past")
                return self._done(self.dct.isoformat(), text,
                                  f"a time in a future clause, not on '{ref.text}' ({ref.value}), already past")
        if ref is not None and ref.interval is not None and ref.interval.start > self.dct \
                and self._direction(start, end) == PAST \
                and (self._publication_day_told() or self._story_day_before_publication()
                     and (_BEGAN_ENDED_BEFORE.search(self.low, max(self._sentence_start(start), start - 40), start)
                          # Round 110: "had been staffed by one operator that morning": a part of the day
                          # pointed back to in a pluperfect clause
                          # (not in a court report, whose pluperfect goes back to the crime's night: round 107)
                          or _ANAPHORIC_PART.match(text) and not self._court_report()
                          and _PLUPERFECT_BEFORE.search(self.low, self._sentence_start(start), start))) \
                and not _DAY_THEN_AT.fullmatch(self.low, ref.end, start):
            # (Round 96: not a time written right after its day, "I've checked calendars: Tues 4th at 10:30
            # looks best": the day and its time are one appointment, whatever the tense around them)
            # "Ballots may arrive until Friday. Polls closed at 8 p.m.": what has happened is not on a
            # day still to come; the story's day when the lead names one, else the report's own day
            story = self._story_day()
            if story is not None:
                day = story.interval.start.isoformat()
                interval, gran = cal.value_interval(day)
                return Resolution(day, story.tid, interval, gran,
                                  f"{text} → {day}: a time in a past-tense clause, not on '{ref.text}' "
                                  f"({ref.value}), still to come; the story's day '{story.text}' ({story.tid})")
            return self._done(self.dct.isoformat(), text,
                              f"a time in a past-tense clause, not on '{ref.text}' ({ref.value}), still to come")
        return None

    def _clock_in_part_named(self, suffix: str, start: int, text: str) -> Optional[Resolution]:
        """"derailed on Thursday night. Cars left the track at 10:15 p.m.": a clock time right after a past
        weekday with a part of the day, in its sentence or the next, is on that day when the hour lies in
        that part ("at 7:15 a.m." after "Wednesday night" is the next morning, left to other readings)."""
        m = re.match(r"T(\d\d):", suffix)
        if m is None:
            return None
        t = next((u for u in reversed(self.previous) if u.type in ("DATE", "TIME") and u.interval is not None
                  and u.value[:1].isdigit() and u.granularity in ("day", "part_of_day", "hour", "minute")), None)
        if t is None or not self._is(t, "weekday_time") or t.granularity != "part_of_day" \
                or t.interval.start >= self.dct or _sentences_between(self.text, t.end, start) > 1:
            return None
        hours = _PART_HOURS.get(t.value[10:])
        if hours is None or not hours[0] <= int(m.group(1)) <= hours[1]:
            return None
        day = t.value[:10]
        interval, gran = cal.value_interval(day)
        return Resolution(day, t.tid, interval, gran,
                          f"{text} → {day}: a time in the part of the day '{t.text}' ({t.tid}) named just before")

    def _story_day_before_publication(self) -> bool:
        """Round 100: does the lead name the story's day, gone by ("Polling ended yesterday ... A repoll has been
        ordered on Tuesday. Voting began at 7 am"): then a past clause is on it, not on the coming day?"""
        story = self._story_day()
        return story is not None and story.interval is not None and story.interval.end < self.dct

    def _clock_fixture_start(self, start: int, text: str) -> Optional[Resolution]:
        """Round 100: "Wales named a side for Saturday's test. ... trained on Tuesday. The kickoff is at 5:15
        p.m.": a fixture's start time told as a schedule is on the coming day named before (within 600
        characters), when the day last named has already passed."""
        if not _FIXTURE_START_BEFORE.search(self.low, max(0, start - 40), start):
            return None
        ref = self._ref("D", start)
        if ref is not None and ref.interval is not None and ref.interval.start > self.dct:
            return None     # the day last named is itself still to come: the usual reading has it
        ahead = None
        for t in reversed(self.previous):
            if start - t.end > 600:
                break
            stop = self.low.find(".", t.end)
            if t.type == "DATE" and t.granularity == "day" and t.interval is not None and t.value[:1].isdigit() \
                    and t.interval.start > self.dct and _FIXTURE_WORD.search(
                        self.low, self._sentence_start(t.start), stop if stop >= 0 else len(self.low)):
                ahead = t   # the coming day whose sentence names the fixture (not "a light session Thursday")
                break
        if ahead is None:
            return None
        day = ahead.value[:10]
        interval, gran = cal.value_interval(day)
        return Resolution(day, ahead.tid, interval, gran,
                          f"{text} → {day}: a fixture's start time, on the coming day '{ahead.text}' ({ahead.tid})")

    def _clock_past_report_day(self, start: int, text: str) -> Optional[Resolution]:
        """"Voters elect a parliament in Sunday's election, the commission said on Tuesday. The polls open at
        7 a.m.": a clock time with no day in its own sentence skips a day the sentence before only dates the
        telling ("said on Tuesday") for the event's day named in that sentence."""
        ref = self._ref("D", start)
        if ref is None or ref.granularity != "day" or not self._reported_before(ref.start) \
                or _sentences_between(self.text, ref.end, start) != 1:
            return None
        sentence = self._sentence_start(ref.start)
        event = next((t for t in reversed(self.previous) if sentence <= t.start < ref.start and t.type == "DATE"
                      and t.granularity == "day" and t.interval is not None and t.value[:1].isdigit()
                      and t.tid not in self.not_anchorable and not self._reported_before(t.start)), None)
        if event is None:
            return None
        interval, gran = cal.value_interval(event.value)
        return Resolution(event.value, event.tid, interval, gran,
                          f"{text} → {event.value}: the day of the event '{event.text}' ({event.tid}) told in "
                          f"the sentence before, not the day it was told, '{ref.text}' ({ref.value})")

    def night_of_day_named(self, start: int, text: str) -> Optional[Resolution]:
        """"Rain began on Saturday afternoon and continued overnight", "derailed on Thursday night ...
        evacuated overnight": a night told in a report is that of the latest day named before it in its
        paragraph, when that day is before publication (None leaves the night before publication). A
        time in the small hours ("a fire at 2 a.m. Tuesday burned overnight") ends the night before."""
        if self.dct is None:
            return None
        para = self._paragraph_start(start)
        # (Round 110: a count of hours or minutes keeps to the day: "withdrawn after more than five hours on
        # the hill. The temperature fell to minus 12 overnight")
        t = next((u for u in reversed(self.previous) if u.type != "SET"
                  and not (u.type == "DURATION" and u.value.startswith("PT"))), None)
        if t is None or t.end <= para or t.type not in ("DATE", "TIME") or t.interval is None \
                or not t.value[:1].isdigit() or t.tid in self.not_anchorable \
                or t.granularity not in ("day", "part_of_day", "hour", "minute") \
                or self._reported_before(t.start) or _sentences_between(self.text, t.end, start) > 1 \
                or _TOLD.search(self.low, t.end, start):
            return None     # (a duration after the day moves the story on: "held for two days ... overnight")
        day = t.interval.start - _dt.timedelta(days=1 if _SMALL_HOURS_VALUE.match(t.value, 10) else 0)
        if day >= self.dct - _dt.timedelta(days=1):
            return None
        value = day.isoformat() + "TNI"
        interval, gran = cal.value_interval(value)
        return Resolution(value, t.tid, interval, gran,
                          f"{text} → {value}: the night of '{t.text}' ({t.tid}, {t.value}), named before in its "
                          "paragraph")

    def _future_day_before(self, start: int) -> Optional[Timex]:
        """The latest day after publication named before `start` (within a few thousand characters)."""
        for t in reversed(self.previous):
            if start - t.end > 3000:
                break
            if t.type in ("DATE", "TIME") and t.interval is not None and t.value[:1].isdigit() \
                    and t.granularity in ("day", "part_of_day", "hour", "minute") and t.interval.start > self.dct:
                return t
        return None

    def _stamped_lines(self) -> int:
        """How many lines of the text open with a clock time (a live blog's stamps); counted once."""
        if self._stamps is None:
            self._stamps = len(_LINE_CLOCK.findall(self.text))
        return self._stamps

    def _story_day(self) -> Optional[Timex]:
        """The day the story is about: the first day named in the lead (its first two sentences), when
        it lies within a week before publication ("grounded its fleet on Tuesday morning", published on
        the Wednesday). None when the lead names none, or names the publication day or a later one."""
        if self._story is not False:
            return self._story
        dateline = False
        for t in self.previous:
            if len(FULL_STOPS.findall(self.text, 0, t.start)) > 1:
                self._story = None
                break
            if t.type not in ("DATE", "TIME") or t.interval is None or not t.value[:1].isdigit() \
                    or t.granularity not in ("day", "part_of_day", "hour", "minute"):
                continue
            if t.anchor is None and self.dct is not None and t.value == self.dct.isoformat() \
                    and "\n" not in self.low[:t.start]:
                continue    # a dateline on the first line ("2008-06-13"): when it was published, not the story's day
            if self._is_dateline(t):
                dateline = True
                continue    # Round 138: the publication date on a line of its own under the headline ("Thursday,
                            # January 19, 2012") or a city's dateline ("WASHINGTON (Oct. 31) -"): when it was
                            # published, not the story's day the lead names next
            if self.dct is not None and t.value[:10] == self.dct.isoformat() and self._state_after_event(t):
                continue    # "were still stranded Thursday after an outage grounded flights Wednesday": the
                            # state at publication; the story's day is the event's
            if _LEAD_TOLD_ON.search(self.low, max(0, t.start - 40), t.start) and any(
                    u.start > t.end and u.type in ("DATE", "TIME") and u.interval is not None
                    and u.value[:1].isdigit() and u.granularity in ("day", "part_of_day", "hour", "minute")
                    and u.interval.start < t.interval.start
                    and len(FULL_STOPS.findall(self.text, 0, u.start)) <= 1 for u in self.previous):
                if self._story_told is None:
                    self._story_told = t
                continue    # Round 110: "Investigators said on Tuesday that ... the plane that crashed on Sunday
                            # evening": the day it was told; the story's day is the earlier event's
            if dateline and _BACKGROUND_ASIDE_BEFORE.search(
                    self.low, max(self._sentence_start(t.start), t.start - 80), t.start):
                self._story = None
                break       # Review fixes 7: "Thursday, January 19, 2012 ... battled a blaze, a day after a
                            # smaller fire there on Wednesday": a day in an aside of what came before is
                            # background; the dateline's day is the event's after all
            day = t.interval.start
            self._story = t if self.dct - _dt.timedelta(days=7) <= day < self.dct else None
            break
        else:
            return None     # the lead is not read to its end yet: look again at the next clock time
        return self._story

    def _night_of_evening_told(self, suffix: str, start: int, end: int, text: str) -> Optional[Resolution]:
        """Round 138: "the rain began around 9 p.m. ... crested at about 1:30 a.m. ... who spent the night on a
        hillside": a bare "the night" in a past clause is the night of the latest evening, night or small
        hours told a few sentences before (a past "midnight", "ran past midnight", that of an evening told in
        its sentence or the one before), gone by at publication, not the publication day's (which the
        lead may name first, "searched the creek banks Friday"). A past day named since without an evening
        (the scene moved) leaves it to the readings after."""
        midnight = suffix == "T24:00" and text.lower().endswith("midnight")
        if not (suffix == "TNI" and text.lower() == "the night" or midnight) \
                or self._direction(start, end) != PAST or self.dct is None:
            return None
        # Review fixes 7: sentence ends counted once as the walk goes back (not recounted from "the night" at
        # every earlier mention), and no further than 1500 characters back: a run-on text with no full stop
        # walked over every earlier mention, recounting each time, the square of its length.
        told, reached = 0, start
        for t in reversed(self.previous):
            if start - t.end > 1500:
                return None
            if t.end < reached:
                told += _sentences_between(self.text, t.end, reached)
                reached = t.end
            if told > (1 if midnight else 3):
                return None
            if midnight and t.type == "TIME" and t.value[:1].isdigit() and t.interval is not None \
                    and _SMALL_HOURS_VALUE.match(t.value, 10):
                return None     # (Round 138: "midnight" after the small hours: the telling has passed it)
            if t.type not in ("DATE", "TIME") or t.interval is None or not t.value[:1].isdigit() \
                    or t.granularity not in ("day", "part_of_day", "hour", "minute"):
                continue
            if t.interval.start == self.dct and _SMALL_HOURS_VALUE.match(t.value, 10) and _TODAY_WORD.search(
                    self.low, t.start, min(t.end + 8, len(self.low))):
                return None     # "a press conference at 1am today": the night ran on into publication's day, a
                                # reading of its own
            if t.interval.start == self.dct and not _SMALL_HOURS_VALUE.match(t.value, 10) \
                    and (t.value.endswith(("TEV", "TNI")) or _EVENING_VALUE.match(t.value, 10)):
                return None     # Review fixes 7: "On Friday a second queue formed at 10 p.m.", published that
                                # Friday: the night told last is publication's own, not an earlier evening's
            if t.interval.start > self.dct or t.interval.start == self.dct \
                    and not _SMALL_HOURS_VALUE.match(t.value, 10):
                continue
            if t.value.endswith(("TEV", "TNI")) or _EVENING_VALUE.match(t.value, 10):
                day = t.interval.start
            elif _SMALL_HOURS_VALUE.match(t.value, 10):
                day = t.interval.start - _dt.timedelta(days=1)
            else:
                return None
            interval, gran = cal.value_interval(day.isoformat())
            return Resolution(day.isoformat(), t.tid, interval, gran,
                              f"{text} → {day.isoformat()}: the night of '{t.text}' ({t.tid}, {t.value}), told "
                              "just before, gone by")
        return None

    def _is_dateline(self, t: Timex) -> bool:
        """Round 138: is t the publication date written as a dateline: alone on its line ("Thursday, January
        19, 2012"), or in brackets after a city in capitals that opens the line, a dash after it ("WASHINGTON
        (Oct. 31) -")? (Round 138 passes over such a line as the story's day and as a scene the story moved to.)"""
        if self.dct is None or t.value != self.dct.isoformat() or t.granularity != "day":
            return False
        if self._opens_line(t.start) and _LINE_REST_BLANK.match(self.low, t.end):
            return True
        return _CITY_BRACKET_BEFORE.search(self.text, max(0, t.start - 60), t.start) is not None \
            and _BRACKET_DASH_AFTER.match(self.text, t.end) is not None

    def _clock_in_event_section(self, start: int, text: str) -> Optional[Resolution]:
        """"The Battle of X was fought on 14 June 1809 ... (a background of the weeks before) ... The battle /
        Steyr's columns moved off, and at 4.30 a.m. ...": in a history, a clock time in the first sentence
        of the section headed by the event is on the day of the lead sentence, not on the day the
        background reached."""
        line = self._line_start(start)
        # The heading test first (bounded to 40 characters) and the first sentence at most 400 characters
        # long: searching a run-on line for a full stop at every clock time cost the square of its length.
        if line < 2 or start - line > 400 \
                or not _EVENT_SECTION_HEADING.search(self.low, max(0, line - 40), line) \
                or FULL_STOPS.search(self.text, line, start):
            return None
        if self._told_from_now():
            return None
        lead = next((t for t in self.previous if t.type in ("DATE", "TIME") and t.interval is not None
                     and t.value[:1].isdigit() and t.granularity == "day"), None)
        if lead is None or lead.start > 600 or FULL_STOPS.search(self.text, self._line_start(lead.start), lead.start) \
                or abs(lead.interval.start.year - self.dct.year) <= 1:
            return None
        ref = self._ref("D", start)
        if ref is None or ref is lead or ref.interval is None or ref.interval.start == lead.interval.start \
                or ref.end > line:
            return None     # (a day named in the section itself is its own)
        day = lead.interval.start
        interval, gran = cal.value_interval(day.isoformat())
        return Resolution(day.isoformat(), lead.tid, interval, gran,
                          f"{text} → {day.isoformat()}: the day of the event the section is headed by, "
                          f"'{lead.text}' ({lead.tid})")

    def _clock_on_lead_event(self, start: int, end: int, text: str) -> Optional[Resolution]:
        """"survived a confidence vote on Thursday ... (an account of the days before) ... The vote, held
        at 4:30 p.m., ...": a clock time in a sentence that opens with the lead's event noun again is
        on the lead's day, not on the day the account reached."""
        m = _THE_NOUN.match(self.low, self._sentence_start(start))
        if m is None or m.end() > start or m.group(1) in _GENERIC_NOUNS or self._direction(start, end) == FUTURE \
                or _HABITUAL_AFTER.match(self.low, end):
            return None
        lead = next((t for t in self.previous if t.type in ("DATE", "TIME") and t.interval is not None
                     and t.value[:1].isdigit() and t.granularity in ("day", "part_of_day", "hour", "minute")), None)
        if lead is None or FULL_STOPS.search(self.text, 0, lead.start) or "\n" in self.low[:lead.start].strip():
            return None
        if _LEAD_TOLD_ON.search(self.low, max(0, lead.start - 40), lead.start):
            return None     # Round 110: "... an inquest heard on Monday", "... a report published today": the
                            # lead's day is when the story was told, not when its noun's event happened
        lead_end = FULL_STOPS.search(self.text, lead.end)
        sentence = self.low[:lead_end.start() if lead_end else len(self.low)]
        if not _has_word(sentence, m.group(1)):
            return None
        day = lead.interval.start
        if not self.dct - _dt.timedelta(days=7) <= day <= self.dct:
            return None
        ref = self._ref("D", start)
        if ref is None or ref is lead or ref.interval is None or ref.interval.start == day \
                or _sentences_between(self.text, ref.end, start) == 0 and not self._told_on(ref):
            return None     # (a day named in the clock time's own sentence is its own)
        interval, gran = cal.value_interval(day.isoformat())
        return Resolution(day.isoformat(), lead.tid, interval, gran,
                          f"{text} → {day.isoformat()}: the day of the lead's '{m.group(1)}', "
                          f"'{lead.text}' ({lead.tid})")

    def _state_after_event(self, t: Timex) -> bool:
        """Is t followed in its sentence by "after" and then a day before publication ("still stranded
        Thursday after a radar outage ... Wednesday")?"""
        for u in self.previous:
            if u.start <= t.end:
                continue
            if FULL_STOPS.search(self.text, t.end, u.start):
                return False
            if u.type in ("DATE", "TIME") and u.interval is not None and u.value[:1].isdigit() \
                    and u.granularity in ("day", "part_of_day", "hour", "minute") and u.interval.start < self.dct:
                return _AFTER_EVENT.match(self.low, t.end, u.start) is not None
        return False

    def _clock_polling_hours(self, start: int, end: int, text: str) -> Optional[Resolution]:
        """Round 109: "a general election on 8 June. ... The deadline to register is 22 May. Polls will be open
        from 7am to 10pm": the hours of a poll are on polling day, not on the day last named. That day is the
        one of a poll-hours time told within the two sentences before ("Polls open at 7am tomorrow. Stations
        will close at 10pm"), else the first day named as a vote's in the text on the side of publication
        the clause's tense tells ("polls opened at 7 a.m." after "Tuesday's election", published Thursday)."""
        sentence = self._sentence_start(start)
        window = _CLOCK_DOTS.sub(lambda m: m.group(1) + "m ", self.low[max(sentence, start - 120):start])
        hours = _POLL_HOURS_BEFORE.search(window)
        if hours is None:
            return None
        if hours.group("bare"):
            before = sentence
            while before > 0 and self.low[before - 1].isspace():
                before -= 1     # over the blank line between paragraphs
            if not _VOTING_WORD.search(self.low, self._sentence_start(max(0, before - 1)), start):
                return None
        if any(t.start >= sentence and t.type in ("DATE", "TIME") and t.interval is not None
               and t.granularity == "day" for t in self.previous[-6:]):
            return None     # "On Election Day, polls open at 7 a.m.": the day named in its own sentence
        for t in reversed(self.previous):
            if _sentences_between(self.text, t.end, start) > 2:
                break
            if t.type == "TIME" and t.interval is not None and t.value[:1].isdigit() \
                    and t.granularity in ("hour", "minute") and t.tid not in self.not_anchorable:
                told = _CLOCK_DOTS.sub(lambda m: m.group(1) + "m ",
                                       self.low[max(self._sentence_start(t.start), t.start - 120):t.start])
                if _POLL_HOURS_BEFORE.search(told):
                    day = t.value[:10]
                    interval, gran = cal.value_interval(day)
                    return Resolution(day, t.tid, interval, gran,
                                      f"{text} → {day}: the hours of a poll, on the day of '{t.text}' ({t.tid})")
        direction = self._direction(start, end)
        near = []       # the sentence just before, latest first; walked back only as far as it reaches
        for t in reversed(self.previous):
            between = _sentences_between(self.text, t.end, start)
            if between > 1:
                break
            if between == 1:
                near.append(t)
        near_day = None
        for t in near + self.previous:
            if t.type != "DATE" or t.granularity != "day" or t.interval is None or not t.value[:1].isdigit() \
                    or t.tid in self.not_anchorable:
                continue
            if direction == PAST and t.interval.start > self.dct or direction == FUTURE and t.interval.end < self.dct:
                continue    # (a poll day named in the sentence just before comes first: "The first round was
                            # held on 3 June. Booths opened at 8am")
            if _POLL_DAY_BEFORE.search(self.low, max(0, t.start - 60), t.start) \
                    or _POLL_DAY_AFTER.match(self.low, t.end):
                if near_day is not None and hours.group("bare") \
                        and _sentences_between(self.text, t.end, start) > 2:
                    # Review fixes 2: for bare "stations", a day named in the sentence just before, not a vote's,
                    # wins over a vote's day from paragraphs back ("... A storm hit on Sunday. Stations closed at")
                    return None
                interval, gran = cal.value_interval(t.value)
                return Resolution(t.value, t.tid, interval, gran,
                                  f"{text} → {t.value}: the hours of a poll, on polling day '{t.text}' ({t.tid})")
            if near_day is None and t in near:
                near_day = t
        count = _DAYS_LEFT.search(self.low, 0, start)
        n = (int(count.group(1)) if count.group(1).isdigit() else _DAYS_LEFT_WORDS.get(count.group(1))) \
            if count is not None else None
        if n and (direction != PAST or _POLL_HOURS_PRESENT.search(window)):
            # "With 18 days left in the federal campaign ... polls in the riding close at 9:30 p.m.": polling day
            # counted down to from publication
            day = (self.dct + _dt.timedelta(days=n * (7 if count.group(2).startswith("week") else 1))).isoformat()
            interval, gran = cal.value_interval(day)
            return Resolution(day, None, interval, gran, f"{text} → {day}: the hours of a poll, on polling day "
                                                         f"counted down to ('{count.group(0).strip()}')")
        return None

    def _poll_day(self, start: int, end: int) -> Optional[Timex]:
        """Round 109: the first day named before `start` as a vote's ("a general election on 8 June", "Tuesday's
        election"), on the side of publication the clause's tense tells."""
        direction = self._direction(start, end)
        for t in self.previous:
            if t.type != "DATE" or t.granularity != "day" or t.interval is None or not t.value[:1].isdigit() \
                    or t.tid in self.not_anchorable:
                continue
            if direction == PAST and t.interval.start > self.dct or direction == FUTURE and t.interval.end < self.dct:
                continue
            if _POLL_DAY_BEFORE.search(self.low, max(0, t.start - 60), t.start) \
                    or _POLL_DAY_AFTER.match(self.low, t.end):
                return t
        return None

    def _poll_weekend(self, start: int, end: int, text: str) -> Resolution:
        """Round 109: "the final weekend of the campaign": the weekend before polling day, the day named as a
        vote's or counted down to from publication ("With 18 days left in the federal campaign")."""
        if self.dct is None:
            return self._unresolved("XXXX-WXX-WE", text, "no publication date")
        count = _DAYS_LEFT.search(self.low)
        if count is not None:
            n = int(count.group(1)) if count.group(1).isdigit() else _DAYS_LEFT_WORDS.get(count.group(1))
            day = self.dct + _dt.timedelta(days=n * (7 if count.group(2).startswith("week") else 1)) if n else None
            why = f"counted down to from publication ('{count.group(0).strip()}')"
            tid = None
        else:
            t = self._poll_day(start, end)
            day, why, tid = (t.interval.start, f"'{t.text}' ({t.tid})", t.tid) if t is not None else (None, "", None)
        if day is None:
            return self._unresolved("XXXX-WXX-WE", text, "no polling day named")
        sunday = day - _dt.timedelta(days=day.weekday() + 1)
        value = cal.period_value("W", sunday) + "-WE"
        interval, gran = cal.value_interval(value)
        return Resolution(value, tid, interval, gran,
                          f"{text} → {value}: the weekend before polling day {day.isoformat()}, {why}")

    def _clock_on_story_day(self, start: int, end: int, text: str) -> Optional[Resolution]:
        """A bare clock time in a past-tense report with no other day named in its sentence or the one
        before is on the story's day ("halted departures on Tuesday morning ... Flights resumed at 9
        a.m.", published Wednesday), not on the day the news was reported ("the company said on
        Wednesday")."""
        story = self._story_day()
        told = self._story_told
        if told is not None and story is not told and told.interval is not None \
                and self.dct - _dt.timedelta(days=7) <= told.interval.start < self.dct \
                and self._direction(start, end) != FUTURE \
                and _HEARING_WORD.search(_REPORTING_CUT.split(self.low[self._sentence_start(start):start])[-1]):
            story = told    # Review fixes (stop 24): "The jury heard on Monday that ... on Saturday. The court
                            # adjourned at 4 p.m.": a clause about the hearing is on the day it sat
        if story is None or self._direction(start, end) == FUTURE \
                or _RESCHEDULED_BEFORE.search(self.low, max(self._sentence_start(start), start - 60), start) \
                or _HABITUAL_AFTER.match(self.low, end):
            return None
        day = story.interval.start
        # Round 80: background times leave the scene on the story's day only for a clock time proper ("at
        # 8am", "noon"), not for "that morning", which points back to the day just named
        clock = _CLOCK_PROPER.search(text.lower()) is not None
        if self._scene_moved_from_story(story, day, clock, start, end):
            return None     # the story has moved to another time ("in 1998, ...")
        ref = self._ref("D", start)
        if ref is not None and ref.interval is not None and ref.interval.start != day \
                and _sentences_between(self.text, ref.end, start) <= 1 \
                and not self._told_on(ref) and not (clock and self._backstory(ref, day)) \
                and not (ref.start < story.start and self._is_dateline(ref)) \
                and (ref.start <= story.start or FULL_STOPS.search(self.text, story.end, ref.start)
                     or _sentences_between(self.text, ref.end, start) == 0):
            return None     # another day named close by: the scene has moved (not the lead's own sentence
                            # summing up, "flew past on Monday, and the pictures arrived early Tuesday"; but
                            # in the clock time's own sentence the nearest day is its own: "mourning on
                            # Friday after the crash on Monday at 3 p.m.")
        after = self._morning_after_story(story, text) \
            if not _PLUPERFECT_BEFORE.search(self.low, self._sentence_start(start), start) else None
        if after is not None:
            interval, gran = cal.value_interval(after.value[:10])
            return Resolution(after.value[:10], after.tid, interval, gran,
                              f"{text} → {after.value[:10]}: a morning time of the story the lead tells from "
                              f"'{story.text}' ({story.tid}) to '{after.text}' ({after.tid}), on the later day")
        if clock and _SMALL_HOURS_TEXT.search(text.lower()) and day == self.dct - _dt.timedelta(days=1) \
                and any(t.start > story.start and t.value[:10] == self.dct.isoformat() and t.granularity == "day"
                        and not FULL_STOPS.search(self.text, story.end, t.start) for t in self.previous):
            # Round 109: "a narrow win in Tuesday's primary, but with ballots still uncounted Wednesday ...
            # With most precincts reporting shortly after 2 a.m., she led": the lead runs the story's night on
            # into the publication day, whose small hours these are
            return self._done(self.dct.isoformat(), text, f"the small hours after the story's day '{story.text}' "
                                                          f"({story.tid}), the publication day named in the lead")
        interval, gran = cal.value_interval(day.isoformat())
        return Resolution(day.isoformat(), story.tid, interval, gran,
                          f"{text} → {day.isoformat()}: the story's day, '{story.text}' ({story.tid}) in the lead")

    def _scene_moved_from_story(self, story: Timex, day: _dt.date, clock: bool, start: int, end: int) -> bool:
        """Has an earlier mention after the story's day moved the scene to another time (so a clock time at
        `start` is not on the story's day)?
        Slow2: each clock time walked all earlier mentions (quadratic in a long text without full stops: 4.1 s at
        100 KB of "started at 9am on Thursday and went home at about 5am and"). Most of a mention's verdict does
        not depend on where the clock time is, so it is found once per mention and kept per story, day, clock
        kind and publication day (the day moves with headings and datelines abroad); only the few mentions whose
        verdict turns on the paragraph breaks or the tense at `start` are asked again at each clock time. The
        loop only ever asked whether any mention moved the scene, so the order they are looked at is free."""
        key = (story.tid, story.start, day, clock, self.dct)
        memo = self.__dict__.setdefault("_scene_moved_memo", {})
        state = memo.get(key)
        if state is None:
            state = memo[key] = [0, False, []]  # mentions looked at, one moved the scene anywhere, ones that may
        if state[0] < len(self.previous):
            for t in itertools.islice(self.previous, state[0], None):
                if state[1] or self._scene_kept_by(t, story, day, clock):
                    continue
                if clock and (t.granularity in ("year", "half", "quarter", "season", "decade", "century")
                              or t.granularity == "month" and t.interval.end < day
                              or t.value == "PRESENT_REF" or t.interval.start > self.dct):
                    state[2].append(t)  # whether it moved the scene depends on where the clock time is
                else:
                    state[1] = True
            state[0] = len(self.previous)
        return state[1] or any(not self._scene_kept_at(t, day, start, end) for t in state[2])

    def _scene_kept_by(self, t: Timex, story: Timex, day: _dt.date, clock: bool) -> bool:
        """The part of _scene_moved_from_story's test of one mention that does not depend on the clock time's
        place: True when t leaves the scene on the story's day wherever the clock time is."""
        if t.start <= story.start or t.type not in ("DATE", "TIME") or t.interval is None:
            return True
        if t.interval.start <= day <= t.interval.end or t.anchor == story.tid:
            return True
        if t.granularity == "year" and (not self._year_sets_the_scene(t)
                                        or _SINCE_BEFORE.search(self.low, max(0, t.start - 8), t.start)):
            return True     # "held the seat since 1987", "at the 2005 general election": background, no scene
        if t.granularity == "month" and t.interval.end <= day and not self._year_sets_the_scene(t):
            return True     # "Lund, who won the title in June, ...", "the March budget": an earlier month as
                            # background, no scene
        if self._told_on(t):
            return True     # "the company said on Tuesday": when it was told
        if clock and self._backstory(t, day):
            return True
        if not self._full_stop_between(story.end, t.start):
            return True     # the lead's own sentence sums the story up ("taken Sunday evening, found early Monday")
        if clock and t.granularity == "year" and _COMPARED_BASE_BEFORE.search(self.low, max(0, t.start - 40),
                                                                             t.start):
            return True     # Round 95: "up from 14,000 a year ago": a year named as a comparison base
        return False

    def _scene_kept_at(self, t: Timex, day: _dt.date, start: int, end: int) -> bool:
        """The part of _scene_moved_from_story's test of one mention (of a clock time proper) that depends on the
        clock time's place: paragraph breaks between them, and its tense."""
        if t.granularity in ("year", "half", "quarter", "season", "decade", "century") \
                and PARAGRAPH_BREAK.search(self.text, t.end, start):
            return True     # Round 80: "The marae was closed three years ago ..." told in a paragraph of its own:
                            # an aside on the past, the next paragraph back on the story's day ("Traffic
                            # backed up between noon and 3pm")
        if t.granularity == "month" and t.interval.end < day \
                and PARAGRAPH_BREAK.search(self.text, t.end, start) \
                and (len(PARAGRAPH_BREAK.findall(self.text, t.end, start)) > 1
                     or _MONTH_ASIDE_BEFORE.search(self.low, self._sentence_start(t.start), t.start)) \
                and (self._direction(start, end) == PAST or self._direction(start, end) is None
                     and _PAST_VERB_BEFORE.search(self.low, self._sentence_start(start), start)):
            # (Review fixes 7: only a month told as an aside, in a relative clause or apposition or marked
            # as earlier, "first put it up for sale in October", or two paragraphs back; "The building
            # flooded in October." in the paragraph just before sets the scene the clock time is in)
            return True     # Round 138: "He was appointed last June on a two-year contract." in a paragraph
                            # before: a month gone by is an aside, told without a day a clock time could take
        if (t.value == "PRESENT_REF" or t.interval.start > self.dct
                and PARAGRAPH_BREAK.search(self.text, t.end, start)) \
                and self._direction(start, end) == PAST:
            return True     # Round 95: "would now rest until the new year and race in February." (a paragraph)
                            # "... the streets were reopened at 4 p.m.": a plan ahead of publication told in
                            # a paragraph before, or the present ("now"), is no scene a past clause has moved
                            # to (in the clock time's own paragraph round 80's scene still moves)
        return False

    def _morning_after_story(self, story: Timex, text: str) -> Optional[Timex]:
        """Round 111: "a man who walked away Sunday evening was found Monday morning ... flew over the area until
        1 a.m. ... found him at 7:25 a.m.": the lead tells a story from an evening to the next day; a time
        before noon (an a.m. time) is on that next day, named in the lead's sentence, not on the evening's."""
        m = _AM_CLOCK.search(text.lower())
        if m is None or not (story.value.endswith(("TEV", "TNI")) or _EVENING_CLOCK_VALUE.search(story.value)):
            return None
        lead_end = FULL_STOPS.search(self.text, story.end)
        nxt = story.interval.start + _dt.timedelta(days=1)
        return next((t for t in self.previous if t.start > story.end
                     and (lead_end is None or t.start < lead_end.start()) and t.interval is not None
                     and t.value[:10] == nxt.isoformat() and t.granularity in ("day", "part_of_day")
                     and not self._told_on(t) and not self._reported_before(t.start)), None)

    def _clock_on_incident_day(self, suffix: str, start: int, end: int, text: str) -> Optional[Resolution]:
        """Round 107: "... killed a woman and her son early on Feb. 3, 2024. ... The first call was logged at
        11:52 p.m. ... He reached the scene at 1:15 a.m.": a court report tells the night of the crime long
        after it, its days in court named in between. A clock time (or "that night") in a past clause is on
        the crime's day, the latest day named before it that lies well before publication, when no day nearer
        publication was named since and the clause is not about the hearing itself ("the verdict was read at
        3:47 p.m."). A day told as "early on" ends a night: the evening before is the day before."""
        if self.dct is None or not self._court_report() or self._direction(start, end) == FUTURE \
                or _HABITUAL_AFTER.match(self.low, end):
            return None
        sentence = self._sentence_start(start)
        clause = _REPORTING_CUT.split(self.low[sentence:start])[-1]
        if _HEARING_WORD.search(clause):
            return None
        told = start - len(clause)     # where what was told begins ("Opening the case on Monday, counsel said")
        far = self.dct - _dt.timedelta(days=_INCIDENT_DAYS_BACK)
        incident = None
        for t in reversed(self.previous):
            if t.type not in ("DATE", "TIME") or t.interval is None or not t.value[:1].isdigit() \
                    or t.granularity not in ("day", "part_of_day", "hour", "minute"):
                continue
            if t.interval.start > self.dct:
                continue    # a day still to come ("Sentencing was set for March 3"): a plan, no scene
            if t.type == "TIME" and t.interval.end < far:
                continue    # an earlier time of that night
            if t.interval.end >= far and t.start < sentence and PARAGRAPH_BREAK.search(self.text, t.end, start) \
                    and _HEARING_WORD.search(self.low, self._sentence_start(t.start), t.start):
                continue    # a day in court told in a paragraph before ("The jury got the case on Thursday")
            if sentence <= t.start and t.end <= told < start and t.interval.end >= far:
                continue    # the day it was told, before the reporting verb ("Opening the case on Monday, the
                            # prosecutor said CCTV showed them running past at 2.09am")
            if t.start >= sentence or t.interval.end >= far:
                return None     # a day of its own sentence, or a day in court since: that scene holds
            if t.granularity == "day":
                incident = t
            break
        if incident is None:
            return None
        if PARAGRAPH_BREAK.search(self.text, incident.end, start):
            # a paragraph on: the crime's day, the first long-past day the report names ("early on New Year's
            # Day ... arrested on 2 January ... a week later." then "agreed he had been working since 6pm")
            first = next((t for t in self.previous if t.type == "DATE" and t.granularity == "day"
                          and t.interval is not None and t.value[:1].isdigit() and t.interval.end < far), None)
            if first is not None:
                incident = first
        day = incident.interval.start
        evening = re.match(r"T(?:1[2-9]|2[0-3])|T(?:AF|EV|NI)", suffix) is not None
        if evening and _EARLY_ON_BEFORE.search(self.low, max(0, incident.start - 30), incident.start):
            day -= _dt.timedelta(days=1)    # "early on New Year's Day ... working since 6pm": the evening before
        interval, gran = cal.value_interval(day.isoformat())
        return Resolution(day.isoformat(), incident.tid, interval, gran,
                          f"{text} → {day.isoformat()}: in a court report, the night of the crime "
                          f"'{incident.text}' ({incident.tid}), told long before the days in court")

    def _court_report(self) -> bool:
        """Round 107: does the text report a trial (a jury, testimony, a court hearing evidence)?"""
        found = getattr(self, "_court_found", None)
        if found is None:
            found = self._court_found = len(_COURT_REPORT.findall(self.low)) >= 2
        return found

    def _full_stop_between(self, a: int, b: int) -> bool:
        """FULL_STOPS.search(self.text, a, b) is not None, from the full stops found once per text (review fixes 5,
        stop 25: each clock time re-read the text from the story's day on for each earlier mention). A full stop
        counts when its look-ahead character lies before b, as with endpos b."""
        stops = self.__dict__.get("_full_stop_marks")
        if stops is None:
            stops = ([], [])
            for m in FULL_STOPS.finditer(self.text):
                stops[0].append(m.start())
                stops[1].append(_AFTER_FULL_STOP.match(self.text, m.end()).end())
            self.__dict__["_full_stop_marks"] = stops
        i = bisect.bisect_left(stops[0], a)
        return i < len(stops[0]) and stops[1][i] <= b

    def _backstory(self, t: Timex, day: _dt.date) -> bool:
        """Round 80: is t background to the story's day rather than a move of the scene? A time before that
        day which only starts a state lasting into it ("had camped in the paddocks since Thursday night",
        "had kept a vigil from 9pm on Wednesday": "since", or a pluperfect in its sentence), or a time in a
        quotation ("'Ten years ago we'd get 300,' he said"): the speaker's aside. The clock times after it
        stay on the story's day ("The gates opened at 8am").
        Review fixes 5 (stop 25): the answer kept per mention and day (each clock time re-asked it of all earlier
        mentions, re-reading their whole sentences: slow in a long text without full stops)."""
        key = (t.tid, t.start, t.interval, day)
        memo = self.__dict__.setdefault("_backstory_memo", {})
        if key not in memo:
            memo[key] = self._backstory_uncached(t, day)
        return memo[key]

    def _backstory_uncached(self, t: Timex, day: _dt.date) -> bool:
        if self._quote_opening(t.start) >= 0:
            return True
        if t.interval is None or t.interval.start >= day:
            return False
        if _SINCE_BEFORE.search(self.low, max(0, t.start - 8), t.start):
            return True
        return _PLUPERFECT_BEFORE.search(self.low, self._sentence_start(t.start), t.start) is not None

    def _told_on(self, t: Timex) -> bool:
        """Is t the publication day as the day the news was told ("said on Tuesday", "gave this account
        Tuesday:")?"""
        return t.value[:10] == self.dct.isoformat() and (
            self._reported_before(t.start)
            or _RELEASED_ON.search(self.low, max(0, t.start - 48), t.start) is not None
            or _ACCOUNT_AFTER.match(self.low, t.end) is not None)

    def _counted_back_from(self, t: Timex) -> Timex:
        """Round 110: the day a day counted back ("the previous day", "nine days earlier") was counted from, a day
        or a time of it told before; t itself when it was not counted back."""
        if not (t.anchor or "").startswith("t") or t.granularity != "day" or t.interval is None:
            return t
        u = self._earlier(t.anchor)
        if u is not None and u.interval is not None and u.value[:1].isdigit() \
                and u.granularity in ("day", "part_of_day", "hour", "minute") \
                and u.interval.start > t.interval.start:
            return u
        return t

    def _clock_day_far(self, start: int, text: str, suffix: str = "") -> Optional[Resolution]:
        """A bare clock time takes its day from the scene: a day named in the same sentence or the one just
        before it ("will reopen on Monday." ... "Gates will open at 6 a.m."). A day named further back,
        or in another topic ("due in court on Monday." ... "Police asked anyone who saw ... between
        midnight and 3 a.m."), does not date it: the day is left unknown (TimeML: XXXX-XX-XXT03:00)."""
        ref = self._ref("D", start)
        if ref is None or ref.anchor == "publication" and ref.granularity != "day":
            return None
        between = _sentences_between(self.text, ref.end, start)
        base = next((t for t in reversed(self.previous) if t.start > ref.end and t.granularity == "day"
                     and _COUNT_BASE_DAY.search(self.low, max(0, t.start - 80), t.start)), None)
        if base is not None:
            # Round 100: "held on Monday ... Voting was originally scheduled for 27 October. Stations opened
            # at 7am": the sentence of a date given up (skipped as a scene) does not take the scene further away
            between = min(between, _sentences_between(self.text, base.end, start))
        if between <= 1:
            return None
        if between <= 3 and _ANAPHORIC_PART.match(self.low, start) \
                and not PARAGRAPH_BREAK.search(self.text, ref.end, start):
            return None    # "She phoned at 6 in the morning. I was 27. I left that afternoon": "that"
                           # points back to the paragraph's day
        if suffix in ("TMO", "TAF", "TEV") and ref.interval is not None and ref.value[:1].isdigit() \
                and ref.interval.end < self.dct and _BY_PART_BEFORE.search(self.low, max(0, start - 8), start) \
                and (between <= 3 or self._story_day() is not None
                     and self._story_day().value[:10] == ref.value[:10]) \
                and (self._direction(start, start + len(text)) == PAST
                     or _WAS_BEFORE_PART.search(self.low, self._sentence_start(start), start) is not None):
            return None    # Round 147: "arrived at 4.15 a.m. on Saturday ... She was standing within 40 minutes
                           # and suckling by mid-morning": a part of the day a past story runs on "by" or "until"
                           # is the scene's day, a few sentences on (or further, the lead's own day)
        if between <= 3 and ref.interval is not None and self.dct < ref.interval.start <= self.dct + _dt.timedelta(days=7) \
                and _SCHEDULE_VERB_BEFORE.search(self.low, max(self._sentence_start(start), start - 30), start) \
                and self._direction(start, start + len(text)) != PAST \
                and not any(t.start > ref.end and t.value[:10] == self.dct.isoformat() for t in self.previous):
            return None    # "Voters go to the polls Tuesday. ... Polls open at 7 a.m.": a present-tense
                           # schedule under a guide to a coming day is that day's (unless "tonight" or
                           # another mention of publication's day came in between)
        if start - ref.end < 800 and self._label_day(ref) is not None:
            return None    # "FRIDAY" heading a calendar's section: the times under it are on that day
        if start - ref.end < 1500 and self._day_heading(start):
            return None    # Round 77: "Wednesday 27 December." heading a log's entries ("0615: teams
                           # assemble. ... 0848: pair found."): the times under it are on that day
        if between <= 3 and ref.interval is not None and ref.interval.start > self.dct \
                and _RESCHEDULED_BEFORE.search(self.low, max(self._sentence_start(start), start - 60), start):
            return None    # "... next Saturday. ... Kick-off has been moved to 12.30pm": the time of that event
        if between <= 3 and ref.interval is not None and ref.value[:1].isdigit() \
                and (self.dct - ref.interval.end).days > 2 \
                and _PLUPERFECT_BEFORE.search(self.low, self._sentence_start(start), start):
            # "robbed a bank on the morning of Feb. 23, 1995. ... the guard had unlocked a door before it
            # opened at 9 a.m.": the pluperfect goes back to that scene, not to the publication day
            # Round 110: "... on 13 October. The aircraft had completed a check nine days earlier. ... showers
            # had crossed the area during the afternoon": a day counted back as an aside two sentences or more
            # before is no scene; the day it was counted back from is (but "the same afternoon", "that
            # afternoon" point back to the aside itself)
            if not _POINTS_BACK.match(text.lower()):
                ref = self._counted_back_from(ref)
            day = ref.value[:10]
            if _SMALL_HOURS_VALUE.match(suffix) and ref.interval is not None \
                    and (ref.value.endswith(("TEV", "TNI")) or _EVENING_VALUE.match(ref.value, 10)):
                # Round 110: "sailed at 2340 the previous evening ... had taken over the watch at 0100": the
                # small hours after an evening are on the next day
                day = (ref.interval.start + _dt.timedelta(days=1)).isoformat()
            interval, gran = cal.value_interval(day)
            return Resolution(day, ref.tid, interval, gran,
                              f"{text} → {day}: a time in a pluperfect clause, on the scene's day '{ref.text}' "
                              f"({ref.tid})")
        if suffix[1:3] in ("18", "19", "20", "21", "22", "23") and ref.interval is not None \
                and ref.interval.start == self.dct - _dt.timedelta(days=1) and ref.granularity == "day" \
                and self._direction(start, start + len(text)) == PAST and self._publication_day_told():
            # "won the primary yesterday ... With most precincts counted at 2 a.m. today, ... conceded at
            # 11:40 p.m.": an evening hour of the night just past is on the story's day, not publication's
            interval, gran = cal.value_interval(ref.value)
            return Resolution(ref.value, ref.tid, interval, gran,
                              f"{text} → {ref.value}: an evening time on the story's day '{ref.text}' ({ref.tid}), "
                              "the day before publication")
        window = self._night_window_holding(start, suffix, text)
        if window is not None:
            return window
        evening = self._past_evening_before(ref, start, suffix)
        if evening is not None:
            day = evening.value[:10]
            interval, gran = cal.value_interval(day)
            return Resolution(day, evening.tid, interval, gran,
                              f"{text} → {day}: an evening time of '{evening.text}' ({evening.tid}), the night the "
                              "story told just before")
        told = self._event_of_telling_sentence(ref, start)
        if told is not None:
            event, telling = told
            day = event.value[:10]
            interval, gran = cal.value_interval(day)
            return Resolution(day, event.tid, interval, gran,
                              f"{text} → {day}: the day of the event '{event.text}' ({event.tid}), not the day it "
                              f"was told, '{telling.text}' ({telling.value})")
        if self._publication_day_told():
            # a report of the publication day's events ("Stocks rallied Wednesday ... The Dow was down at
            # 11 a.m."): its clock times are that day's, however far back the day was named
            return self._done(self.dct.isoformat(), text,
                              "a time in a report on the publication day's events (that day named earlier)")
        if _HHMM_SURFACE.match(text) and ref.interval is not None and ref.value[:1].isdigit() \
                and ref.granularity in ("day", "part_of_day", "hour", "minute") and ref.interval.end < self.dct \
                and start - ref.end < 1500 and not self._is(ref, "day_less") \
                and self._direction(start, start + len(text)) != FUTURE:
            # Round 94: an investigation report's four-digit clock times ("the pilot called the tower at 1122
            # and landed at 1131") go on through the day of the accident named before, however
            # many sentences back: such a report names another day when the scene moves
            day = ref.value[:10]
            interval, gran = cal.value_interval(day)
            return Resolution(day, ref.tid, interval, gran,
                              f"{text} → {day}: a four-digit clock time of the report's day '{ref.text}' "
                              f"({ref.tid})")
        if suffix in ("TMO", "TAF", "TEV") and _MARKET_MOVE.search(self.low, self._sentence_start(start), start) \
                and _MARKET_PAST.search(self.low, self._sentence_start(start), start):
            # Round 123: a market report's "the krone slid, yields easing by late afternoon": the trading
            # session of the story's day, gone by, named in the lead
            story = self._story_day()
            if story is not None and story.interval is not None and story.interval.end < self.dct:
                day = story.value[:10]
                interval, gran = cal.value_interval(day)
                return Resolution(day, story.tid, interval, gran,
                                  f"{text} → {day}: a part of the trading day in a market report, the story's "
                                  f"day '{story.text}' ({story.tid})")
        coming = self._coming_lead_day(ref, start, text)
        if coming is not None:
            return coming
        return Resolution("XXXX-XX-XX", None, None, None,
                          f"{text}: a time of a day not named in its sentence or the one before "
                          f"('{ref.text}' is further back)")

    def _coming_lead_day(self, ref: Timex, start: int, text: str) -> Optional[Resolution]:
        """Round 146: "The shadow will cross the country on Monday ... Here is when it reaches each city: Boise,
        10:31 a.m.; ...": a preview whose lead names the coming day of its event, and no other day since,
        times that event on it in every clause not told in the past, however many sentences on."""
        if self.dct is None or ref.interval is None or ref.granularity != "day" or not ref.value[:1].isdigit() \
                or not 0 < (ref.interval.start - self.dct).days <= 7 or start - ref.end > 1200:
            return None
        if len(FULL_STOPS.findall(self.text, 0, ref.start)) > 1:
            return None     # not the lead's
        if any(t.start > ref.end and t.type in ("DATE", "TIME") and t.value[:1].isdigit() and t.interval is not None
               and t.granularity in ("day", "part_of_day", "week", "weekend")
               and abs((t.interval.start - self.dct).days) <= 31 for t in self.previous):
            return None     # (a date years back, "the first since June 8, 1918", moves no scene)
        sentence = self._sentence_start(start)
        if self._direction(start, start + len(text)) == PAST or not (
                _WILL_BEFORE.search(self.low, sentence, start) or _EVENT_PRESENT.search(self.low, sentence, start)):
            return None     # "The club is open from 6 am", "doors are at 7 p.m.": standing hours, no event's
        day = ref.value[:10]
        interval, gran = cal.value_interval(day)
        return Resolution(day, ref.tid, interval, gran,
                          f"{text} → {day}: a time of the coming event the lead dates, '{ref.text}' ({ref.tid})")

    def _event_of_telling_sentence(self, ref: Timex, start: int) -> Optional[tuple[Timex, Timex]]:
        """Round 111: "... four break-ins that happened early Saturday morning, officers said Sunday. ... Police
        believe the thefts happened between 2 a.m. and 4:30 a.m.": when the day last named only dates the telling
        (the publication day, "said Sunday"), a past clock time sentences later is on the event's day that
        sentence named, a day or a part of a day in the week before publication."""
        ahead = self._direction(start, start + 1) == FUTURE
        if ahead and not _SCHEDULED_CLOCK_BEFORE.search(self.low, self._sentence_start(start), start):
            return None
        if ref.granularity != "day" or not self._told_on(ref):
            # (or a clock time already put on that event's day, told since: "... at 2:47 a.m.")
            ref = next((t for t in reversed(self.previous) if t.granularity == "day" and t.value[:1].isdigit()), None)
            if ref is None or not self._told_on(ref):
                return None
        sentence = self._sentence_start(ref.start)
        event = next((t for t in reversed(self.previous) if sentence <= t.start < ref.start
                      and t.granularity in ("day", "part_of_day") and t.interval is not None and t.value[:1].isdigit()
                      and t.tid not in self.not_anchorable and not self._reported_before(t.start)), None)
        if event is None or not (self.dct < event.interval.start if ahead
                                 else self.dct - _dt.timedelta(days=7) <= event.interval.start < self.dct):
            return None       # (Round 115: "will open the new ferry route on May 3, the company said Wednesday. ...
                              # The first boat is due to leave at 7:20 a.m.": a schedule's time, of the day to come)
        if any(t.start > ref.end and t.granularity in ("day", "part_of_day", "hour", "minute")
               and t.value[:1].isdigit() and t.value[:10] != event.value[:10] for t in self.previous):
            return None
        return event, ref

    def _night_window_holding(self, start: int, suffix: str, text: str) -> Optional[Resolution]:
        """Round 96: "When: Saturday 22:00-02:00 UTC. ... The VPN will drop for about 20 minutes at about
        23:30 UTC": a clock time inside a window across midnight told earlier (within 800 characters, in the
        same zone if it names one) is on the window's evening or, after midnight, on its morning."""
        m = re.match(r"T(\d\d):(\d\d)", suffix)
        if m is None:
            return None
        hm = m.group(1) + m.group(2)
        zone = _ZONE_WORD.search(text.lower())
        prev = self.previous
        for i in range(len(prev) - 1, 0, -1):
            b, a = prev[i], prev[i - 1]
            if start - b.end > 800:
                return None
            if a.type != "TIME" or b.type != "TIME" or a.interval is None or b.interval is None \
                    or not a.value[:1].isdigit() or not b.value[:1].isdigit() or len(a.value) < 16 or len(b.value) < 16 \
                    or a.value[:10] >= b.value[:10] \
                    or not re.fullmatch(r"[ \t]*(?:-|–|—|to|until|till)[ \t]*", self.low[a.end:b.start]):
                continue
            if zone is not None and zone.group(0) not in (a.text + " " + b.text).lower():
                continue
            a_hm, b_hm = a.value[11:13] + a.value[14:16], b.value[11:13] + b.value[14:16]
            if hm >= a_hm:
                day, side = a.value[:10], "evening"
            elif hm <= b_hm:
                day, side = b.value[:10], "small hours"
            else:
                continue
            value = day + suffix
            interval, gran = cal.value_interval(value)
            if interval is None:
                return None
            return Resolution(value, a.tid, interval, gran,
                              f"{text} → {value}: inside the window '{a.text}' to '{b.text}' ({a.tid}-{b.tid}), "
                              f"its {side}")
        return None

    def _past_evening_before(self, ref: Timex, start: int, suffix: str) -> Optional[Timex]:
        """Round 115: "limped into harbour early Monday after a blaze Friday night left it adrift. ... The blaze
        started at about 9:15 p.m.": an evening hour told in the past, two sentences at most after the evening or
        night of a past day (the last day or part of a day named, in the same or the previous paragraph), is on
        that evening, not on the publication day the lead also names."""
        if not _EVENING_VALUE.match(suffix + ":") and not _EVENING_VALUE.match(suffix) \
                or ref.value[:10] != self.dct.isoformat():
            return None
        part = next((t for t in reversed(self.previous) if t.granularity in ("day", "part_of_day", "hour", "minute")
                     and t.value[:1].isdigit() and t.interval is not None), None)
        if part is None or part.granularity != "part_of_day" or not part.value.endswith(("TEV", "TNI")) \
                or part.start < ref.start or not part.interval.end < self.dct \
                or _sentences_between(self.text, part.end, start) > 2 \
                or len(PARAGRAPH_BREAK.findall(self.text, part.end, start)) > 1 \
                or self._direction(start, start + 1) != PAST:
            return None
        return part

    def _publication_day_told(self) -> bool:
        """Has an earlier expression dated an event on the publication day itself ("rallied Wednesday",
        "broke out early Tuesday" on that Tuesday)?"""
        day = self.dct.isoformat()
        return any(t.value[:10] == day and t.value[10:11] in ("", "T") and not self._is(t, "day_less")
                   for t in self.previous)
