"""Narrative years and scene dates: the year a year-less date takes from a history or from the scene
set by a full date before it."""
from __future__ import annotations

import re
from typing import Optional

from ..model import Timex
from . import calendar as cal
from .cues import FUTURE, PAST
from .resolution import FULL_STOPS, Resolution

# After a year: a noun it modifies ("the 2008 crisis") unless the word starts a new clause or phrase.
_WORD_AFTER = re.compile(r" [a-z]")
_CLAUSE_WORD_AFTER = re.compile(r" (?:and|but|or|when|after|before|as|while|until|the|a|an|he|she|it|they|we|"
                                r"his|her|its|their|in|on|at|by|to|from|with|for|during|was|were|had|is|are)\b")
# A relative clause open before a year, within its sentence: "Smith, who joined the firm in 2009, ..."
_RELATIVE_BEFORE = re.compile(r"\b(?:who|whom|whose|which)\b[^.;!?]*$")
# A comparison's date ("the biggest gain since December 1978", "higher than in May 1990", "compared with
# March 1989") sets neither a narrative year nor a scene.
_COMPARED_BEFORE = re.compile(r"\b(?:since|than(?:[ \t]+in)?|compared[ \t]+(?:with|to)|versus)[ \t]+$")
_SCENE_PREPOSITION_BEFORE = re.compile(r"\b(?:on|in|of|until|by|during)[ \t]+$")


_COMMA_AFTER = re.compile(r"[ \t]*,")
# A year as the time adverbial of its sentence, then a clause or an apposition that tells what happened
# in it: "finished in 2015, when the session ended April 28", "last struck in 1986, a walkout that ended
# two days before Thanksgiving".
_IN_BEFORE = re.compile(r"\bin[ \t]+$")
_SINCE_BEFORE = re.compile(r"\bsince[ \t]+$")
_WHEN_AFTER = re.compile(r",[ \t]+when\b")
_YEAR_TOLD_AFTER = re.compile(r",[ \t]+(?:when|after|as|while|an?)\b")
# A sentence opening that sets a year as the scene: "Then came 1979.", "In 1979, ...", "By 1979, ...",
# "1979 was ...".
_THEN_CAME = re.compile(r"[ \t\"']*(?:then|and then|but then)[ \t]+came[ \t]+$")
_SCENE_YEAR_LEAD = re.compile(r"[ \t\"']*(?:in|by)[ \t]+$")
_SCENE_YEAR_VERB = re.compile(r"[ \t]+(?:was|brought|began|started|opened)\b")


class NarrativeMixin:
    """Anchorer methods for narrative years and scene dates."""

    def _narrative_year(self, start: int) -> Optional[Timex]:
        """In a narrative (a history, a biography: nothing so far anchored on the publication date), the
        latest year written out before, when it is not around publication: "fought on 14 June 1863 ...
        Scouts reached Kessmere on 13 June" is 1863. News, which dates by publication ("on Tuesday",
        "last week"), keeps choosing the year by tense, and so does a date a statement is reported on
        ("The company, founded in 1998, said on March 3 ...")."""
        for t in reversed(self.previous):
            if t.anchor == "publication":
                return None
        if self._reported_before(start):
            return None
        for t in reversed(self.previous):
            if t.interval is None or t.type not in ("DATE", "TIME") or not t.value[:1].isdigit():
                continue
            if t.tid in self.not_anchorable or cal.RANK.get(t.granularity or "", 99) > cal.RANK["year"]:
                continue
            if start - t.end > 1500 or abs(t.interval.start.year - self.dct.year) <= 1:
                return None
            if t.granularity == "year" and not self._year_sets_the_scene(t):
                return None
            if _COMPARED_BEFORE.search(self.low, max(0, t.start - 20), t.start):
                return None   # "the largest rise since October 1981": a comparison's date tells no story
            # A history is told in the past: "It will close on Sept. 1" after "opened in 1974" is ahead.
            return None if self._direction(start, start + 1) == FUTURE else t
        return None

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
                or self._direction(start, end) != PAST:
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

    def _scene_candidate(self, start: int) -> Optional[Timex]:
        for t in reversed(self.previous):
            if t.interval is None or t.type not in ("DATE", "TIME") or not t.value[:1].isdigit():
                continue
            if t.granularity not in ("day", "month", "part_of_day", "hour", "minute"):
                return None   # "On May 22, 1995, ... and the following year ...": the story moved on
            if "\n" in self.low[t.end:start] or start - t.end > 1500:
                return None
            if t.tid in self.not_anchorable or t.anchor == "publication" or t.anchor is None and \
                    t.rule.startswith(("weekday", "deictic")):
                return None
            if not _SCENE_PREPOSITION_BEFORE.search(self.low, max(0, t.start - 12), t.start):
                continue      # "the Dec. 21, 1988, bombing": a modifier, not the time of the story
            if (self.dct - t.interval.end).days <= 270:
                return None
            return t
        return None

    def _scene_year(self, start: int) -> Optional[Timex]:
        """A year set up as the scene of what follows in its paragraph: "Then came 1979.", "By 1979, ...",
        "In 1979, ...", "1979 was ...", opening a sentence: "An electrical fire started on Jan. 14" after
        it is 1979, even in a story that also dates by publication ("last month"). The latest date before
        must be that year, written out, well before publication."""
        for t in reversed(self.previous):
            if t.interval is None or t.type not in ("DATE", "TIME") or not t.value[:1].isdigit():
                continue
            if t.granularity != "year" or t.anchor is not None or t.mod is not None \
                    or "\n" in self.low[t.end:start] or start - t.end > 600 \
                    or self.dct.year - t.interval.start.year < 2:
                return None
            s = self._sentence_start(t.start)
            lead = self.low[s:t.start]
            if _SCENE_YEAR_LEAD.match(lead) and _COMMA_AFTER.match(self.low, t.end) \
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
            if t.granularity != "year" or t.anchor is not None or t.mod is not None \
                    or start - t.end > 300 or self.dct.year - t.interval.start.year < 2 \
                    or "\n" in self.low[t.end:start] or FULL_STOPS.search(self.text, t.end, start):
                return None
            if _IN_BEFORE.search(self.low, max(0, t.start - 4), t.start) \
                    and _YEAR_TOLD_AFTER.match(self.low, t.end) \
                    and not _COMPARED_BEFORE.search(self.low, max(0, t.start - 20), t.start):
                return t
            if _SINCE_BEFORE.search(self.low, max(0, t.start - 7), t.start) and _WHEN_AFTER.match(self.low, t.end):
                return t    # "the first strike since 1978, when a long walkout ended in March": the
                            # when-clause tells what happened in that year
            return None
        return None

    def _year_sets_the_scene(self, t: Timex) -> bool:
        """A bare year dates what follows only as a time adverbial of the main clause ("In 1863, the army
        crossed"), not as a modifier ("the 2008 crisis", "the 1995 merger") nor inside a relative clause
        ("Smith, who joined in 2009, resigned on April 4": April 4 is news, not 2009)."""
        if _WORD_AFTER.match(self.low, t.end) and not _CLAUSE_WORD_AFTER.match(self.low, t.end):
            return False
        return not _RELATIVE_BEFORE.search(self.low, max(0, t.start - 120), t.start)

    def _in_narrative_year(self, value: str, ref: Timex, text: str, what: str) -> Resolution:
        interval, gran = cal.value_interval(value)
        return Resolution(value, ref.tid, interval, gran,
                          f"{text} → {value}: {what} without a year in a narrative, the year of '{ref.text}' "
                          f"({ref.tid}, {ref.value})")
