"""Narrative years and scene dates: the year a year-less date takes from a history or from the scene
set by a full date before it."""
from __future__ import annotations

import bisect
import datetime as _dt
import re
from typing import Callable, Optional

from ..model import Timex
from . import calendar as cal
from .cues import FUTURE, PAST
from .resolution import _SINCE_BEFORE, FULL_STOPS, PARAGRAPH_BREAK, Resolution

# After a year: a noun it modifies ("the 2008 crisis") unless the word starts a new clause or phrase.
_WORD_AFTER = re.compile(r" [a-z]")
_CLAUSE_WORD_AFTER = re.compile(r" (?:and|but|or|when|after|before|as|while|until|the|a|an|he|she|it|they|we|"
                                r"his|her|its|their|in|on|at|by|to|from|with|for|during|was|were|had|is|are)\b")
# A relative clause open before a year, within its sentence: "Smith, who joined the firm in 2009, ..."
_RELATIVE_BEFORE = re.compile(r"\b(?:who|whom|whose|which)\b[^.;!?]*$")
# A relative clause on a noun set in apposition to the clause before: ", a step that anticipated ... in 1854".
_APPOSED_RELATIVE_BEFORE = re.compile(r",[ \t]+(?:a|an)[ \t]+(?:[a-z]+[ \t]+){0,2}(?:that|which)[ \t]+[^.;!?,]*$")
# A comparison's date ("the biggest gain since December 1978", "higher than in May 1990", "compared with
# March 1989") sets neither a narrative year nor a scene.
_COMPARED_BEFORE = re.compile(r"\b(?:since|than(?:[ \t]+in)?|compared[ \t]+(?:with|to)|versus)[ \t]+$")
# A date that starts a span running up to now: inside a "since" phrase ("In the 18 months since its seed
# round in April 2014, the company has tripled"), or followed by "Since then" ("The lease ended on 30 April
# 2020. Since then the rent has ..."). What comes after is told from now: it sets neither a narrative year
# nor a scene.
_SINCE_PHRASE_BEFORE = re.compile(r"\bsince[ \t]+(?:(?:its|his|her|their|the|a|an|our|your)[ \t]+)?"
                                  r"(?:[a-z-]+[ \t]+){0,3}(?:in|on)[ \t]+$")
# "had been held since", "had not been tested since": a past perfect up to a "since" just before the date.
_SINCE_IN_PAST_PERFECT = re.compile(r"\bhad(?:[ \t]+(?:not|never|already|long|been))*[ \t]+[a-z]+"
                                    r"(?:[ \t]+[a-z'-]+){0,5}[ \t]+since[ \t]+$")
_SINCE_THEN_AFTER = re.compile(r"[ \t]*[.;][ \t\n]+since[ \t]+(?:then|that[ \t]+(?:time|date|day))\b")
# ("of" only after a time noun: "the night of May 3, 1999" sets a scene; "the referendum of June 2016"
# names an event, a modifier like "the 2016 referendum")
_SCENE_PREPOSITION_BEFORE = re.compile(r"\b(?:on|in|until|by|during|(?:morning|afternoon|evening|night|day|week|"
                                       r"weekend|spring|summer|autumn|fall|winter|end|beginning|start|middle|"
                                       r"close|turn|months?|weeks|days|hours)[ \t]+of)[ \t]+$")
# The past perfect of a backstory ("had swept", "had long been"), not "had to" nor "had" as a verb of
# owning ("had 40 dogs").
_PAST_PERFECT = re.compile(r"\bhad(?:[ \t]+(?:not|never|already|long|just|once|been))?"
                           r"[ \t]+[a-z]+(?:ed|en|wn|un|ght|ne|de)\b")
# A plan told in a past story: "intended to winter there and, the following spring, to sledge north".
_NEAR = _dt.timedelta(days=31)
# A future seen from the past: a past verb of intent or a "would" before the time in its clause.
# Also a time fixed in the story for what came after: "Zero hour was set for 05:40 on Tuesday 9 October".
_FUTURE_IN_PAST = re.compile(r"\b(?:(?:voted|decided|agreed|planned|promised|vowed|hoped|wanted|expected|"
                             r"intended|was|were)[ \t]+to|would)[ \t]+[a-z]+\b[^.;:!?]*$"
                             r"|\b(?:was|were|had[ \t]+been)[ \t]+(?:set|fixed|scheduled|timed|planned|slated)"
                             r"[ \t]+for\b(?:[^.;:!?]|(?<=\d)[.:](?=\d))*$")
# A deictic word: a time so named dates by publication.
_DEICTIC_WORD = re.compile(r"\b(?:this|last|next|past|coming|today|tonight|yesterday|tomorrow|ago|now|current)\b")
# An aside opened by a comma or bracket and a participle or relative pronoun, closed right after the time:
# ", published last month,", "(released this week)".
_ASIDE_OPENS = re.compile(r"[,(][ \t]*(?:(?:first|only|just|originally)[ \t]+)?(?:[a-z]+ed|written|shown|seen|"
                          r"begun|which[ \t]+[a-z]+|who[ \t]+[a-z]+)[ \t]+(?:[a-z]+[ \t]+)?$")
_ASIDE_CLOSES = re.compile(r"[ \t]*[,)]")
# A relative clause set off by commas, open before a date ("The parade, which drew crowds in May 1999, ..."):
# when it has closed before a later time of the same sentence, its date dates only the aside.
_RELATIVE_ASIDE_OPENS = re.compile(r",[ \t]*(?:which|who|whose)\b(?:[^,.;:!?()]|(?<=\d)[,.](?=\d))*$")
# "was last resurfaced in", "last won the cup in": the latest time a thing happened, counted back from now.
_LAST_DONE_BEFORE = re.compile(r"\blast[ \t]+[a-z]+(?:ed|en|wn|un|ght|ne|de|on|et)\b(?:[ \t]+[a-z]+){0,3}[ \t]+in[ \t]+$")
_PLAN_BEFORE = re.compile(r"\b(?:intend|plan|hope|mean|aim|propose|expect)(?:ed|t)\b[^.;:!?]*$")


def story_year_for_month(ref: Timex, month: int) -> int:
    """The year a year-less month (or day of it) takes from the story's latest time `ref`: its start's year,
    but after a winter (which starts in December and runs into the next year) the year it ends in for the
    months of the next year's first half: "the fighting of the previous winter (1808-WI). On 3 May" is May
    1809, while "In November" after "That winter" of 1941 is still 1941 (the autumn before it). A
    winter written with its year ("the winter of 1947 ... until late February") is left to that year: it
    often names the months of that year's start."""
    if ref.granularity == "season" and ref.value.endswith("-WI") and month <= 6 \
            and not any(c.isdigit() for c in ref.text) \
            and ref.interval is not None and ref.interval.end.year > ref.interval.start.year:
        return ref.interval.end.year
    return ref.interval.start.year


# Round 83: a year an act points to ("backdate the shares to 1919", "traced the family back to 1740"), not a
# range's end ("from 1914 to 1918", "between 1990 and 1995" never reaches here).
_DESTINATION_YEAR_BEFORE = re.compile(r"(?<!\bfrom[ \t]\d{4}[ \t])(?<!-)\b(?:back[ \t]+)?to[ \t]+$")


def _main_line_resumes(main: Timex, aside: Timex, kind: str) -> bool:
    """A backstory lies before the main line's date and a plan after it; anything else was no aside."""
    if kind == "backstory":
        return aside.interval.end < main.interval.start
    return aside.interval.start > main.interval.end


_COMMA_AFTER = re.compile(r"[ \t]*,")
# Round 84: "In 1054 Chinese court astronomers recorded ...", "In 1863 the army crossed": the year opening the
# sentence without its comma, the clause's subject right after it
_SUBJECT_AFTER_YEAR = re.compile(r"[ \t]+(?:the|[A-Z][a-z]+)[ \t]+[a-z]")
# "approved the budget in August after two years of argument": years have passed since the scene set
# earlier, so its year does not carry over to the date.
_YEARS_LATER_AFTER = re.compile(r"[ \t]+after[ \t]+(?:(?:more[ \t]+than|nearly|almost|over|some)[ \t]+)?"
                                r"(?:two|three|four|five|six|seven|eight|nine|ten|several|many|\d+)[ \t]+years\b")
# After "Ten years ago" heading a paragraph of a look-back column: a colon or a dash, or the end of its own
# line ("25 years ago this week" above the paragraph).
# "25 years ago this week" may be read as one expression, of that week
_AGO_HEADING_TEXT = re.compile(r" ago(?: this (?:week|month))?$")
_AGO_HEADING_AFTER = re.compile(r"[ \t]*(?:(?:today|this[ \t]+(?:week|month))[ \t]*)?(?::|—|–|--|\n)")
# A year as the time adverbial of its sentence, then a clause or an apposition that tells what happened
# in it: "finished in 2015, when the session ended April 28", "last struck in 1986, a walkout that ended
# two days before Thanksgiving".
_IN_BEFORE = re.compile(r"\bin[ \t]+$")
_WHEN_AFTER = re.compile(r",[ \t]+when\b")
_YEAR_TOLD_AFTER = re.compile(r",[ \t]+(?:when|after|as|while|an?)\b")
# A sentence opening that sets a year as the scene: "Then came 1979.", "In 1979, ...", "By 1979, ...",
# "1979 was ...".
_THEN_CAME = re.compile(r"[ \t\"']*(?:then|and then|but then)[ \t]+came[ \t]+$")
_SCENE_YEAR_LEAD = re.compile(r"[ \t\"']*(?:in|by)[ \t]+$")
_SCENE_YEAR_VERB = re.compile(r"[ \t]+(?:was|brought|began|started|opened)\b")
# The day a quotation was spoken lies this many days before publication at most ("said late Sunday",
# published Monday; a Saturday match reported on Monday).
_SPOKEN_DAYS_BEFORE = 3
# Round 138: the future in a quotation's clause ("We'll enjoy this tonight", "I'm going home tonight").
_QUOTE_FUTURE = re.compile(r"\b(?:will|shall|going)\b|['\u2019]ll\b")
# Review fixes 7: a lead's day in an aside of what came before ("three days after beating X on Wednesday"), or a
# lead told as a fixture in the present ("Ridgeway face Stoneport", "meet", "host", "play") or ahead.
_LEAD_ASIDE_OR_AHEAD = re.compile(r"\b(?:after|since|following|face|faces|meet|meets|host|hosts|visit|visits|"
                                  r"take[ \t]+on|takes[ \t]+on|(?:is|are)[ \t]+(?:set|due|to))\b")
# The deictic days a quotation counts from the day it was spoken: today/tonight, tomorrow.
_QUOTED_DAY_STEPS = {"UNDEF-this-D": 0, "UNDEF-this-D-plus-1": 1}
# A quotation that is a sentence of its own: its first word has a capital (not a fragment: "the votes
# \"today, next week or in December\"").
_QUOTE_SENTENCE = re.compile(r"(?:\"|\u201c|``)[ \t]*[A-Z]")
# A verb of saying, then the day it was said: "said Monday", "told reporters late Sunday".
_SAID_BEFORE = re.compile(r"\b(?:said|told(?:[ \t]+[a-z]+){0,2}|added|declared|recalled|explained|insisted)"
                          r"[ \t]+(?:(?:early|late|on)[ \t]+)?$")
# Between that day and the quotation it attributes: the end of its clause only ("said Monday. \"We ...").
_ATTRIBUTION_TO_QUOTE = re.compile(r"[ \t]*[.,:;]?[ \t\n]*")
# The rest of the clause after "today" in a quotation, and its first verb in the simple past ("Today somebody
# did.", "Tonight they proved it"); the present perfect, a modal or a future is no telling of a past day.
_CLAUSE_AFTER = re.compile(r"[^.;:!?\"\u201d\n]*")
# "still do today", "would be close to $140 million today": the present set against a past told before.
_STILL_OR_WOULD = re.compile(r"\b(?:still|would[ \t]+be|would[ \t]+cost|would[ \t]+buy)\b")
# Round 83: a relative clause of what goes on being, in the present, just before "today" ("the watchmakers who
# work there today", "the chapel that stands today"): the present in general, like "still".
_LIVING_ON_BEFORE = re.compile(r"\b(?:who|that|which)[ \t]+(?:still[ \t]+)?(?:work|works|live|lives|stand|stands|"
                               r"remain|remains|survive|survives|exist|exists|operate|operates|serve|serves)"
                               r"(?:[ \t]+(?:there|here|on))?[ \t]+$")
# Words that set a past against the present without a date: "Back then, you ran".
# Round 83: "where the well once was", "the site where the mill once stood" do so too.
_THEN_WORDS = re.compile(r"\b(?:back[ \t]+then|in[ \t]+those[ \t]+days|once[ \t]+(?:was|were|stood|lay))\b")
# "today" opening its sentence (after a quote mark, with a comma or not).
_TODAY_OPENS = re.compile(r"[\"\u201c`' \t]*$")
# A contrast with the present needs a past at least this many years back.
_CONTRAST_YEARS = 5
# A past verb after "still" ("still closed today" keeps the day, as does "still ... failed today") and the
# end of the clause after "today".
_TODAY_CUE_REACH = 400     # characters before "today" in which its sentence's "still", "would be" is looked for
_PAST_AFTER_CUE = re.compile(r"\b(?:was|were|did|had|[a-z]{3,}ed)\b")
_PAST_BEFORE_CUE = re.compile(r"\b(?:was|were|had)[ \t]+$")
_LABEL_COLON = re.compile(r"[ \t]*:")
_CLAUSE_END_AFTER = re.compile(r"[ \t]*(?:[.,;:!?\"\u201d)]|$)")
_CLAUSE_VERB = re.compile(r"\b(?:(?P<past>was|were|did|got|had|said|made|came|went|took|gave|saw|told|won|lost|"
                          r"kept|felt|found|left|ran|beat|heard|began|[a-z]{3,}ed)|(?P<other>have|has|'ve|will|"
                          r"would|'ll|can|could|may|might|must|should|is|are|am|if|when)|"
                          r"(?P<lasting>stands|stand|remains|remain|lives|live|survives|survive|lies|hangs))\b")


# The granularities of a date written out in full (a day, or a time of the day).
_DAY_OR_FINER = frozenset(("day", "part_of_day", "hour", "minute", "second"))


class NarrativeMixin:
    """Anchorer methods for narrative years and scene dates."""

    _blank_lines: Optional[bool] = None      # does the text part its paragraphs by blank lines? (looked once)
    _marks: Optional[dict[str, list[int]]] = None   # where each quote mark and paragraph cut stands (looked once)
    _from_now_read: int = 0                  # how many of self.previous _told_from_now has read
    _from_now: bool = False                  # ... and whether one of them dates the text by publication

    def _told_from_now(self) -> bool:
        """Has an expression so far dated the text by publication, as news does ("on Tuesday", "last week";
        not an aside nor a story opened years back), or named the day of publication ("Exam date:
        09/15/2008" in a report told from now)? Each expression is read once, as it comes: asked anew for
        every expression, the walk back over all before it cost the square of a long text's length."""
        previous = self.previous
        while not self._from_now and self._from_now_read < len(previous):
            t = previous[self._from_now_read]
            self._from_now_read += 1
            if t.anchor == "publication" and not self._aside_from_now(t) and not self._looks_back(t):
                self._from_now = True
            elif t.granularity in _DAY_OR_FINER and t.interval is not None and t.interval.start == self.dct \
                    and t.value[:1].isdigit():
                self._from_now = True
        return self._from_now

    def _narrative_year(self, start: int, end: Optional[int] = None) -> Optional[Timex]:
        """In a narrative (a history, a biography: nothing so far anchored on the publication date), the
        latest year written out before, when it is not around publication: "fought on 14 June 1863 ...
        Scouts reached Kessmere on 13 June" is 1863. News, which dates by publication ("on Tuesday",
        "last week"), keeps choosing the year by tense, and so does a date a statement is reported on
        ("The company, founded in 1998, said on March 3 ...")."""
        if self._told_from_now():
            return None
        if self._reported_before(start) and not self._opened_looking_back(start):
            return None       # (Round 97: in a piece opened "A hundred years ago this week, ...", "reported on 7
                              # August" tells the story's report, not a statement of the news)
        aside: Optional[Timex] = None      # the latest date told aside from the main line, if any
        aside_kind = ""
        for t in reversed(self.previous):
            if start - t.end > 1500:
                break         # (first: every one before it is farther still, and would stop the walk below)
            if t.value == "PRESENT_REF" and t.text.lower() in ("today", "nowadays"):
                return None   # Round 83: "Today the mill holds flats ... The town marked its 250th anniversary on
                              # June 4": after the present set against the story, the text is told from now
                              # (as after a "today" of the publication day, which stops the walk below)
            if t.interval is None or t.type not in ("DATE", "TIME") or not t.value[:1].isdigit():
                continue
            if t.tid in self.not_anchorable or cal.RANK.get(t.granularity or "", 99) > cal.RANK["year"] \
                    or t.anchor == "publication" and not self._looks_back(t) or t.interval.start > self.dct:
                continue      # (a time still to come, "promise service by the summer of 2006", is no story)
            if start - t.end > 1500 or abs(t.interval.start.year - self.dct.year) <= 1:
                break
            if t.granularity == "year" and _DESTINATION_YEAR_BEFORE.search(self.low, max(0, t.start - 40), t.start):
                continue      # "told to backdate the certificates to 1919": where an act points, not when
            if self._backstory_paragraph(t, start):
                if aside is None:
                    aside, aside_kind = t, "backstory"
                continue
            if self._closed_relative_aside(t, start):
                continue
            if t.granularity == "year" and _APPOSED_RELATIVE_BEFORE.search(self.low, max(0, t.start - 120), t.start):
                continue      # "a step that anticipated Snow's work in 1854": a comparison told aside
            if t.granularity == "year" and not self._year_sets_the_scene(t):
                break
            if _COMPARED_BEFORE.search(self.low, max(0, t.start - 20), t.start):
                if _SINCE_IN_PAST_PERFECT.search(self.low, max(self._sentence_start(t.start), t.start - 100), t.start):
                    continue  # "The ridge had been in their hands since the autumn of 1915": a span closed in the
                              # story's past, not one running to now; the story's year lies before it
                break         # "the largest rise since October 1981": a comparison's date tells no story
            if self._starts_span_to_now(t):
                break
            kind = self._aside_kind(t, start)
            if kind:
                if aside is None:
                    aside, aside_kind = t, kind
                continue
            if aside is not None and not _main_line_resumes(t, aside, aside_kind):
                t = aside
            # A history is told in the past: "It will close on Sept. 1" after "opened in 1974" is ahead.
            return None if self._ahead_of_story(start, end) else t
        if aside is not None:      # no main line before it: the aside is all the story there is
            return None if self._ahead_of_story(start, end) else aside
        return None

    def _opened_looking_back(self, start: int) -> bool:
        """Round 97: was the text opened by a fronted look-back ("Fifty years ago this week, ...") no more
        than a few paragraphs before `start`? Its story is told in that year, its reports included."""
        return any(self._looks_back(t) for t in self.previous if start - t.end <= 3000)

    def _starts_span_to_now(self, t: Timex) -> bool:
        """Does `t` open a span that runs up to now ("since its launch in May 2014", "... 30 April 2020.
        Since then")? The text after it is told from now, not in `t`'s year."""
        return bool(_SINCE_PHRASE_BEFORE.search(self.low, max(0, t.start - 50), t.start)) \
            or bool(_SINCE_THEN_AFTER.match(self.low, t.end))

    def _closed_relative_aside(self, t: Timex, start: int) -> bool:
        """Is `t` in a relative clause set off by commas that closes before `start` in the same sentence
        ("The show, which ran for months last year, returns in May")? It tells the noun's past, not the
        main clause's time."""
        sentence = self._sentence_start(start)
        if t.start < sentence or t.end > start:
            return False
        return bool(_RELATIVE_ASIDE_OPENS.search(self.low, max(sentence, t.start - 120), t.start)) \
            and bool(_ASIDE_CLOSES.match(self.low, t.end))

    def _looks_back(self, t: Timex) -> bool:
        """Is `t`, counted from publication, the opening of a story told years back ("Twenty years ago this
        month, ...", "Fifty years ago, ...")? It dates that story, not the text as news. Only a fronted
        adverbial so opens a story ("The town recalled what happened ten years ago this month" is news).
        Round 97: "A hundred years ago this week, ..." (compound.year_ago_this_week) opens one too."""
        return t.anchor == "publication" and t.interval is not None and t.type == "DATE" \
            and t.interval.end.year < self.dct.year - 1 and t.rule.startswith(("ago", "compound.years_ago", "compound.year_ago")) \
            and _COMMA_AFTER.match(self.low, t.end) is not None \
            and not self.low[self._sentence_start(t.start):t.start].strip(" \t\"'\u201c")

    def _ahead_of_story(self, start: int, end: Optional[int]) -> bool:
        """Is the time at `start` told as still to come, not as a future seen from the story's past ("He
        voted to strike in June", "believed the strike would end by August")?"""
        if self._direction(start, end or start + 1) != FUTURE:
            return False
        if end is not None and _LABEL_COLON.match(self.low, end) and self.low[end - 1:end].isalpha():
            return False      # a chronology's entry ("1862 – March: The regiment takes the bridge"), told in
                              # the historical present: the label's tense is the story's past
        return not _FUTURE_IN_PAST.search(self.low, max(self._sentence_start(start), start - 80), start)

    def _aside_from_now(self, t: Timex) -> bool:
        """Is `t`, anchored on publication, no sign that the text dates its story by publication? Two kinds
        are not: a year-less date whose year only its tense chose, put after publication ("follow the
        family through the autumn", which the story's year could not settle), and a deictic time in an aside set off by commas or
        brackets ("His memoir, published last month, is the story of that morning")."""
        if t.rule.startswith("date.") and not _DEICTIC_WORD.search(t.text.lower()) \
                and t.interval is not None and t.interval.start > self.dct + _NEAR:
            return True    # (a past one, "sales fell in January", or one within weeks of publication, "said
                           # on February 26", dates the text as news)
        return bool(_ASIDE_OPENS.search(self.low, max(0, t.start - 30), t.start)) \
            and bool(_ASIDE_CLOSES.match(self.low, t.end))

    def _aside_kind(self, t: Timex, start: int) -> str:
        """Is `t` a time off the story's main line: "backstory" (in the past perfect: "a collapse the
        previous autumn had made a deal urgent", "It had struck the valley 17 years earlier"), "plan" (made
        in the story: "intended, the following spring, to sledge north"), or "" (on the main line)? A
        year-less date of a plain past clause in a later paragraph returns to the main line; in the same
        paragraph the backstory may go on in the simple past ("had marched north in the spring ... Scouts
        reached the town on 13 June")."""
        if self._sentence_start(start) <= t.end:
            return ""
        sentence = self._sentence_start(t.start)
        if self._paragraph_start(start) <= t.end and not self._main_line_before(t, sentence):
            return ""
        stop = FULL_STOPS.search(self.text, t.end)
        clause = self.low[sentence:stop.start() if stop else len(self.low)]
        here = self.low[self._sentence_start(start):start]
        if _PAST_PERFECT.search(clause) and not _PAST_PERFECT.search(here):
            return "backstory"
        return "plan" if _PLAN_BEFORE.search(self.low, sentence, t.start) is not None else ""

    def _backstory_paragraph(self, t: Timex, start: int) -> bool:
        """Round 83: is `t` in an earlier paragraph that opens in the past perfect and goes back before a date
        the story has already reached ("The trial opened on October 3, 1927 ... / Meek had been selling shares
        since 1921 ... Its collapse in the spring of 1926 ... / On November 9 the defence called Meek")? The
        whole paragraph is backstory, told on in the simple past; the main line resumes after it."""
        para = self._paragraph_start(t.start)
        if para == self._paragraph_start(start) or t.interval is None:
            return False
        stop = FULL_STOPS.search(self.text, para)
        if _PAST_PERFECT.search(self.low, para, stop.start() if stop else len(self.low)) is None:
            return False
        return any(u.start < para and u.interval is not None and u.value[:1].isdigit()
                   and u.type in ("DATE", "TIME") and u.interval.start > t.interval.end for u in self.previous)

    def _main_line_before(self, t: Timex, sentence: int) -> bool:
        """Does a later date, written out, come before `t`'s sentence in its paragraph ("The inquiry opened
        the following spring. It heard that the boilers had been condemned in August 1910. Its report,
        published on 28 June, ...")? Then the paragraph's main line is not `t`'s past perfect."""
        para = self._paragraph_start(t.start)
        return any(para <= u.start < sentence and u.interval is not None and u.value[:1].isdigit()
                   and u.type in ("DATE", "TIME") and u.interval.start > t.interval.end for u in self.previous)

    def _scene_full_date(self, start: int, end: int) -> Optional[Timex]:
        """In a past-tense clause, a year-less date takes the year of the latest date written with its
        year (a day or a month: "on March 17, 2005", "in August 2006", or one counted from such a date)
        in the same or the previous paragraph, when that date is well before publication: "convicted him
        on November 4" after "His trial opened in October of that year" (2005) is 2005, even in a story
        that also dates by publication ("on Monday"). Only a date in the same paragraph, as a time
        adverbial ("on ...", "in ..."), sets the scene."""
        found = self._scene_candidate(start)
        if found is None:
            found = self._scene_year(start) or self._sentence_year(start)
        if found is None or self._reported_before(start) \
                or self._direction(start, end) != PAST or _YEARS_LATER_AFTER.match(self.low, end):
            return None
        return found

    def _retrospective_scene(self, start: int, end: int) -> Optional[Timex]:
        """A piece that opens a passage with "Ten years ago this month, ..." ("Twenty years ago this week,",
        "A year ago today,") tells the story of that time: a year-less date after it in a past-tense
        clause ("The last shift left on Friday, Oct. 14") takes its year, until another date with a year
        is named. Only a fronted adverbial (a comma after it) sets the scene so."""
        for t in reversed(self.previous):
            if start - t.end > 3000:
                return None
            if self._is(t, "retrospective"):
                if t.interval is None or not _COMMA_AFTER.match(self.low, t.end) \
                        or (self.dct - t.interval.end).days <= 270:
                    return None
                return t if self._direction(start, end) == PAST else None
            if t.interval is None or t.type not in ("DATE", "TIME") or not t.value[:1].isdigit():
                continue
            if t.anchor == "publication" or t.anchor is None and t.rule.startswith(("weekday", "deictic")):
                continue      # "Today about 12,500 people live here": an aside from now
            return None       # another date named since: the story has moved on
        return None

    def _ago_heading(self, start: int) -> Optional[Timex]:
        """A look-back column's paragraph opened by "Twenty-five years ago:" tells what happened in that year
        ("... approved a festival, to open on July 4" is that year's July 4): the heading, or None when there
        is none or a date written with its year came since (the story has moved on)."""
        if self.dct is None:
            return None
        para = self._paragraph_start(start)
        for t in reversed(self.previous):
            # (a column's paragraph is short: the cap keeps a long list of dates from costing the square
            # of its length)
            if t.start < para or start - t.end > 3000:
                return None
            if t.type != "DATE" or t.interval is None or not t.value[:1].isdigit():
                continue
            if t.anchor is None:
                return None
            if t.anchor == "publication" and t.granularity in ("year", "week", "month") \
                    and _AGO_HEADING_TEXT.search(t.text.lower()) and _AGO_HEADING_AFTER.match(self.low, t.end) \
                    and self._opens_line(t.start):
                return t
        return None

    def _from_ago_heading(self, first_day: Callable[[int], _dt.date], start: int, text: str, what: str,
                          unit: str = "D") -> Optional[Resolution]:
        """A year-less day (unit "D") or month ("M"; first_day gives the first day of either in a year) in a
        paragraph under an "N years ago:" heading is of the heading's year."""
        heading = self._ago_heading(start)
        if heading is None:
            return None
        try:
            value = cal.period_value(unit, first_day(heading.interval.start.year))
        except ValueError:      # February 29 of a common year
            return None
        interval, gran = cal.value_interval(value)
        return Resolution(value, heading.tid, interval, gran,
                          f"{text} → {value}: {what} under the heading '{heading.text}' ({heading.tid}, "
                          f"{heading.value})")

    def _scene_candidate(self, start: int) -> Optional[Timex]:
        for t in reversed(self.previous):
            if t.interval is None or t.type not in ("DATE", "TIME") or not t.value[:1].isdigit():
                continue
            if t.granularity == "year" and t.rule == "anaphoric.same" and self._told_from_story(t) \
                    and "\n" not in self.low[t.end:start]:
                continue      # Round 144: "struck on April 10, 2015 ... that year, and the road stayed closed
                              # until June 26": the scene's own year, told again, has not moved the story on
            if t.granularity not in ("day", "month", "part_of_day", "hour", "minute") \
                    and not (t.granularity in ("week", "season") and self._told_from_story(t)
                             and not t.value.endswith("WI")):    # (a winter straddles two years)
                return None   # "On May 22, 1995, ... and the following year ...": the story moved on
            if "\n" in self.low[t.end:start] or start - t.end > 1500:
                return None
            if t.tid in self.not_anchorable or t.anchor == "publication" or t.anchor is None and \
                    t.rule.startswith(("weekday", "deictic")) or self._counted_from_now(t):
                return None
            if self._closed_relative_aside(t, start):
                return None   # "The show, which drew crowds in May 2018, was set for May 5": the noun's past
            if self._starts_span_to_now(t):
                return None
            if not _SCENE_PREPOSITION_BEFORE.search(self.low, max(0, t.start - 22), t.start) \
                    and not self._told_from_story(t):
                continue      # "the Dec. 21, 1988, bombing": a modifier, not the time of the story
            if (self.dct - t.interval.end).days <= 270:
                return None
            return t
        return None

    def _counted_from_now(self, t: Timex) -> bool:
        """Is `t` counted from a recent time that publication dates ("Last year, classes began on Aug. 17": the
        day of last year)? A date so counted is news told in passing, no scene of a story (unlike one counted
        from "Fifty years ago tomorrow", which opens a story years back)."""
        seen = 0
        while t.anchor not in (None, "publication") and seen < 4:
            t = self._earlier(t.anchor)
            if t is None:
                return False
            seen += 1
        if t.granularity == "day" and t.rule.startswith("date.") and t.interval is not None \
                and (self.dct - t.interval.end).days > 270:
            return False    # Round 107: "attacked him on 9 September last year ... Three days later ...": a day
                            # written with its month, however its year is told, is a story's scene
        return seen > 0 and t.anchor == "publication" and t.interval is not None \
            and self.dct.year - t.interval.end.year <= 1

    def _told_from_story(self, t: Timex) -> bool:
        """Is `t` counted from another time of the story ("That afternoon", "that weekend", "two days
        later")? Such a time carries the scene on, whatever stands before it: no modifier of a noun."""
        return t.anchor not in (None, "publication")

    def _scene_year(self, start: int) -> Optional[Timex]:
        """A year set up as the scene of what follows in its paragraph: "Then came 1979.", "By 1979, ...",
        "In 1979, ...", "1979 was ...", opening a sentence: "An electrical fire started on Jan. 14" after
        it is 1979, even in a story that also dates by publication ("last month"). The latest date before
        must be that year, written out, well before publication."""
        for t in reversed(self.previous):
            if t.interval is None or t.type not in ("DATE", "TIME") or not t.value[:1].isdigit():
                continue
            # (the year before publication sets the scene of its own sentence only: "In 1994, most of the
            # crop was off the fields by mid-October", published in 1995; a later sentence may be news again)
            if t.granularity != "year" or t.anchor is not None or t.mod is not None \
                    or "\n" in self.low[t.end:start] or start - t.end > 600 \
                    or self.dct.year - t.interval.start.year < (1 if not FULL_STOPS.search(self.text, t.end, start)
                                                                else 2):
                return None
            s = self._sentence_start(t.start)
            lead = self.low[s:t.start]
            if _SCENE_YEAR_LEAD.match(lead) and (_COMMA_AFTER.match(self.low, t.end)
                                                 or _SUBJECT_AFTER_YEAR.match(self.text, t.end)) \
                    or _THEN_CAME.match(lead) or _SCENE_YEAR_VERB.match(self.low, t.end) and not lead.strip():
                return t
            return None
        return None

    def _sentence_year(self, start: int) -> Optional[Timex]:
        """A year written out earlier in the same sentence as the time adverbial ("in 2015"), followed by
        a when-clause or an apposition telling what happened then: a year-less date in that clause is in
        that year ("about where they finished in 2015, when the session ended April 28"). The year must be
        the latest date before and well before publication."""
        for t in reversed(self.previous):
            if t.interval is None or t.type not in ("DATE", "TIME") or not t.value[:1].isdigit():
                continue
            # Round 95: "far shorter than a decade ago, when Ramadan began in late June": a year counted back
            # from publication, followed by a when-clause, dates that clause as a year written out does
            ago = t.anchor == "publication" and t.rule is not None and t.rule.startswith("ago") \
                and t.mod is None and _WHEN_AFTER.match(self.low, t.end) is not None
            season = t.granularity == "season" and t.anchor is None and _WHEN_AFTER.match(self.low, t.end) is not None \
                and re.fullmatch(r"\d{4}-(?:SP|SU|FA)", t.value) is not None
            # (Round 147: "recalled the spring of 1975, when swallows came on 3 April": a season written with its
            # year and a when-clause dates that clause as its year does; not a winter, which straddles two)
            if t.granularity != "year" and not season or (t.anchor is not None and not ago) or t.mod is not None \
                    or start - t.end > 300 or self.dct.year - t.interval.start.year < 2 \
                    or "\n" in self.low[t.end:start] or FULL_STOPS.search(self.text, t.end, start):
                return None
            if _IN_BEFORE.search(self.low, max(0, t.start - 4), t.start) \
                    and _YEAR_TOLD_AFTER.match(self.low, t.end) \
                    and not _COMPARED_BEFORE.search(self.low, max(0, t.start - 20), t.start):
                return t
            if _WHEN_AFTER.match(self.low, t.end):
                return t    # "the first strike since 1978, when a long walkout ended in March", "compared
                            # the season with 1993, when floods kept fields bare through the summer": the
                            # when-clause tells what happened in that year
            return None
        return None

    def _year_sets_the_scene(self, t: Timex) -> bool:
        """A bare year dates what follows only as a time adverbial of the main clause ("In 1863, the army
        crossed"), not as a modifier ("the 2008 crisis", "the 1995 merger") nor inside a relative clause
        ("Smith, who joined in 2009, resigned on April 4": April 4 is news, not 2009)."""
        if _WORD_AFTER.match(self.low, t.end) and not _CLAUSE_WORD_AFTER.match(self.low, t.end):
            return False
        if _LAST_DONE_BEFORE.search(self.low, max(0, t.start - 60), t.start):
            return False      # "was last resurfaced in 1998": the latest time so far, looked back on from now
        return not _RELATIVE_BEFORE.search(self.low, max(0, t.start - 120), t.start)

    def _year_turned_in_sentence(self, ref: Timex, d: _dt.date, start: int) -> Optional[_dt.date]:
        """Round 112: "flew out on the 19th of December and returned on New Year's Day", "left on 28 December
        and came back on 4 January": a January day told after a December day of the same sentence comes after
        it, in the next year (not months before it); None when that is not the case, or would pass publication."""
        if ref.granularity != "day" or ref.interval is None or ref.interval.start.month != 12 or d.month != 1 \
                or d.year != ref.interval.start.year or ref.end > start or ref.start < self._sentence_start(start):
            return None
        turned = d.replace(year=d.year + 1)
        return turned if self.dct is None or turned <= self.dct else None

    def _in_narrative_year(self, value: str, ref: Timex, text: str, what: str) -> Resolution:
        interval, gran = cal.value_interval(value)
        return Resolution(value, ref.tid, interval, gran,
                          f"{text} → {value}: {what} without a year in a narrative, the year of '{ref.text}' "
                          f"({ref.tid}, {ref.value})")

    def _quote_opening(self, start: int) -> int:
        """Where the direct quotation holding `start` opens in its own paragraph (straight quotes counted from
        the paragraph's start, curly and ``TeX'' quotes by which came last); -1 outside a quotation.
        Review fixes 5 (stop 25): from the marks' positions found once per text, not by re-reading the paragraph
        on each call (a long text without paragraph breaks made every call read all of it)."""
        para = self._paragraph_start(start)
        marks = self._mark_positions()
        straight = marks['"']
        first, past = bisect.bisect_left(straight, para), bisect.bisect_left(straight, start)
        if (past - first) % 2 == 1:
            return straight[past - 1]
        for left, right in (("\u201c", "\u201d"), ("``", "''")):
            opened, closed = self._last_mark(marks[left], len(left), para, start), \
                self._last_mark(marks[right], len(right), para, start)
            if opened > closed:
                return opened
        return -1

    def _mark_positions(self) -> dict[str, list[int]]:
        if self._marks is None:
            marks: dict[str, list[int]] = {}
            text = self.text
            for mark in ('"', "\u201c", "\u201d", "``", "''", "\n", "\n\n", "\n \n"):
                # every occurrence, overlapping ones too (as str.rfind may find any of them); str.find, as a
                # look-ahead regex tried at every position of every text cost a sixth of a whole run
                found, i = [], text.find(mark)
                while i >= 0:
                    found.append(i)
                    i = text.find(mark, i + 1)
                marks[mark] = found
            self._marks = marks
        return self._marks

    @staticmethod
    def _last_mark(positions: list[int], size: int, lo: int, hi: int) -> int:
        """The last mark wholly within text[lo:hi] (as text.rfind(mark, lo, hi)); -1 when there is none."""
        i = bisect.bisect_right(positions, hi - size) - 1
        return positions[i] if i >= 0 and positions[i] >= lo else -1

    def _paragraph_start(self, pos: int) -> int:
        # in a text without blank lines, a line break starts a paragraph
        if self._blank_lines is None:
            self._blank_lines = PARAGRAPH_BREAK.search(self.text) is not None
        marks = self._mark_positions()
        if self._blank_lines:
            cut = max(self._last_mark(marks["\n\n"], 2, 0, pos), self._last_mark(marks["\n \n"], 3, 0, pos))
            return cut + 1 if cut >= 0 else 0
        return self._last_mark(marks["\n"], 1, 0, pos) + 1

    def _lead_event_own(self, lead: Timex) -> bool:
        """Review fixes 7: does the lead tell its day's event as the story's own, done ("Ridgeway beat Stoneport on
        Saturday")? Not when the day stands in an aside after "after/since/following" ("face Stoneport in the final,
        three days after beating Millford on Wednesday") or the lead's main clause is told ahead or in the present
        of a fixture ("Ridgeway face/meet ...", "will"): then a quoted future "tonight" is the preview's own."""
        begin = self._sentence_start(lead.start)
        if _LEAD_ASIDE_OR_AHEAD.search(self.low, begin, lead.start):
            return False
        return _QUOTE_FUTURE.search(self.low, begin, lead.start) is None

    def _lead_day(self, before: int) -> Optional[Timex]:
        """Round 95: the day a report's lead dates its event ("won his first title Sunday", published Monday):
        the first day named, outside a quotation, in the first paragraph of sentences, one to three days
        before publication; None when there is none or it lies elsewhere."""
        for t in self.previous:
            if t.start >= before:
                return None
            if t.tid in self.not_anchorable or t.type not in ("DATE", "TIME") or t.interval is None \
                    or not t.value[:1].isdigit() or t.granularity not in ("day", "part_of_day", "hour", "minute"):
                continue
            if self._quote_opening(t.start) >= 0 or FULL_STOPS.search(self.text, 0, self._paragraph_start(t.start)):
                return None
            return t if 1 <= (self.dct - t.interval.start).days <= _SPOKEN_DAYS_BEFORE else None
        return None

    def _deictic_day(self, value: str, start: int, end: int, text: str) -> Optional[Resolution]:
        """"today" as the present in general (PRESENT_REF), or as the day a quotation was spoken; None
        leaves the publication day."""
        return self._present_today(value, start, end, text) or self._quoted_day(value, start, text)

    def _present_today(self, value: str, start: int, end: int, text: str) -> Optional[Resolution]:
        """"today" set against a past told just before (a year at least five years back, or "back then",
        in its sentence or the two before) is the present in general, not the publication day (TimeML
        PRESENT_REF): "In 1950 the mill employed 9,000. Today about 3,000 people live here.", "only four
        still do today", "a sum that would be $2 million today". A past-tense or future clause ("Today the
        council voted", "Today it will decide") keeps the publication day."""
        if value != "UNDEF-this-D" or self.dct is None or text.lower() != "today" \
                or self.low[end:end + 2] in ("'s", "\u2019s") or _LABEL_COLON.match(self.low, end):
            return None     # "today's vote", a forecast's "Today: Cloudy", "tonight" keep the day
        sentence = self._sentence_start(start)
        opens = _TODAY_OPENS.match(self.low, sentence, start) is not None
        clause = None
        if opens:
            clause = _CLAUSE_AFTER.match(self.low, end)
            first = _CLAUSE_VERB.search(clause.group()) if clause is not None else None
            # (Round 83: a verb of lasting, "Today a small marker stands where the well once was", as "is")
            if first is not None and (first.lastgroup == "past" or first.group() not in ("is", "are", "has", "have")
                                      and first.lastgroup != "lasting"):
                return None
        else:
            # (fuzz2, stop 27: at most _TODAY_CUE_REACH back, or "today and " repeated without a full stop
            # sliced and searched the whole run-on sentence for each "today")
            before = self.low[max(sentence, start - _TODAY_CUE_REACH):start]
            cue = _LIVING_ON_BEFORE.search(before)
            if cue is None:
                for cue in _STILL_OR_WOULD.finditer(before):
                    pass
            if cue is None or _PAST_AFTER_CUE.search(before, cue.end()) \
                    or _PAST_BEFORE_CUE.search(before, 0, cue.start()) \
                    or not _CLAUSE_END_AFTER.match(self.low, end):
                return None
        if not self._past_contrast(start, sentence) \
                and not (opens and clause is not None and _THEN_WORDS.search(clause.group())):
            return None
        return Resolution("PRESENT_REF", None, None, None,
                          f"{text} → PRESENT_REF: the present set against a past told just before")

    def _past_contrast(self, start: int, sentence: int) -> bool:
        """Is a past at least five years back told in the sentence of `start` or the two before it (a year,
        a decade, a date; or "back then")?"""
        window = sentence
        for _ in range(2):
            prev = self._sentence_start(max(0, window - 2))
            if prev >= window:
                break
            window = prev
        if _THEN_WORDS.search(self.low, window, start):
            return True
        for t in reversed(self.previous):
            if t.end <= window:
                return False
            if t.type == "DATE" and t.interval is not None and t.value[:1].isdigit() \
                    and self.dct.year - t.interval.end.year >= _CONTRAST_YEARS:
                return True
        return False

    def _quoted_day(self, value: str, start: int, text: str) -> Optional[Resolution]:
        """"today", "tonight", "tomorrow" in a quotation count from the day the words were spoken, not from
        publication, when that day is one to three days before publication and is told: either the
        quotation follows its attribution with that day ("the coach said late Sunday. \"Tonight we earned
        it.\"", published Monday), or its clause tells "today" in the past tense ("\"Today somebody
        listened,\" she said", after a day before publication named in the story: the day last named).
        A quoted fragment inside reported speech ("said Wednesday he had the votes \"today\"") keeps
        the publication day."""
        step = _QUOTED_DAY_STEPS.get(value)
        if step is None or self.dct is None:
            return None
        opening = self._quote_opening(start)
        if opening < 0 or not _QUOTE_SENTENCE.match(self.text, opening):
            return None
        spoken = None
        for t in reversed(self.previous):
            if start - t.end > 3000:
                break
            if t.tid in self.not_anchorable or t.type not in ("DATE", "TIME") or t.interval is None \
                    or not t.value[:1].isdigit() or t.granularity not in ("day", "part_of_day", "hour", "minute"):
                continue
            if t.start >= opening:
                return None     # the quotation names its own days ("Yesterday we ... Today we ...")
            if self._quote_opening(t.start) < 0:
                spoken = t
                break
        in_range = spoken is not None and 1 <= (self.dct - spoken.interval.start).days <= _SPOKEN_DAYS_BEFORE
        # Round 95: a spoken day older than the days before publication may give way to the lead's below
        older = spoken is not None and (self.dct - spoken.interval.start).days > _SPOKEN_DAYS_BEFORE
        # (Round 138: so may "tonight"'s)
        if not in_range and not (older and text.lower() in ("today", "tonight")
                                 and self._lead_day(opening) is not None):
            return None
        attributed = in_range and _SAID_BEFORE.search(self.low, max(0, spoken.start - 40), spoken.start) is not None \
            and _ATTRIBUTION_TO_QUOTE.fullmatch(self.text, spoken.end, opening) is not None
        evening = None
        if not attributed and text.lower() == "tonight" and (in_range or older) \
                and _QUOTE_FUTURE.search(self.low, max(opening, self._sentence_start(start)),
                                         min(len(self.low), start + len(text) + 60)):
            # Round 138: "\"We'll enjoy this tonight,\" the coach said", "\"I'm flying home tonight\"" in a report
            # of an event the lead dated a day or three before publication: the evening the words were spoken
            # after the event, told in the future, not publication's ("Tonight we have a party" in the present
            # keeps publication's, as round 95 has it); the day named
            # in the quotation's own paragraph when it is such a day, else the lead's
            lead = self._lead_day(opening)
            if lead is not None and (self._lead_event_own(lead) or spoken is not None and spoken is not lead
                                     and spoken.interval.start == lead.interval.start):
                # (Review fixes 7: a lead's aside day the story tells again before the quotation, "On Monday,
                # ... the Lynx broke a tie", is its own event after all)
                evening = spoken if in_range and spoken.start >= self._paragraph_start(opening) else lead
        if evening is not None:
            spoken = evening
        elif not attributed:
            clause = _CLAUSE_AFTER.match(self.low, start + len(text))
            first = _CLAUSE_VERB.search(clause.group()) if step == 0 and clause is not None else None
            if first is None or first.lastgroup != "past":
                return None
            # Round 95: "\"Today he was better on the big points,\" the loser said", in a report of the match
            # the lead dated the day before publication: the quotation was spoken that day, not on a day
            # told since in another paragraph for the backstory ("since the semifinal on Friday"), nor on one
            # beyond the days before publication ("a defeat last Saturday"). Only the bare "today": "this
            # morning" in a quotation is more often the reporting day's own (Round 138: and the bare "tonight",
            # "Tonight I got to play")
            if text.lower() in ("today", "tonight") and (older or spoken.start < self._paragraph_start(opening)):
                lead = self._lead_day(opening)
                if lead is not None:
                    spoken = lead
        day = (spoken.interval.start + _dt.timedelta(days=step)).isoformat()
        interval, gran = cal.value_interval(day)
        how = "that day" if step == 0 else "the day after it"
        return Resolution(day, spoken.tid, interval, gran,
                          f"{text} → {day}: in a quotation spoken on '{spoken.text}' ({spoken.tid}, "
                          f"{spoken.value[:10]}), {how}, not counted from publication")
