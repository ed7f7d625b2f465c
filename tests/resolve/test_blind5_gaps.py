"""General gaps found by the fifth blind evaluation (issue 3), pinned with invented sentences.

Each case: (text, publication date, phrase, expected value, expected type). A phrase expected to be
absent has value None. Every text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # -- "another" + a unit: one more span, "another" inside the extent --
    ("The tenants said they could not wait another month for the repairs.", "2019-04-10",
     "another month", "P1M", "DURATION"),
    ("Rescuers dug for another three hours before the light failed.", "2019-04-10",
     "another three hours", "PT3H", "DURATION"),
    ("Another year passed before the appeal was heard.", "2019-04-10", "Another year", "P1Y", "DURATION"),
    # -- "those days": the past, vaguely --
    ("In those days the ferry crossed to the island only twice a week.", "1987-08-12", "those days",
     "PAST_REF", "DATE"),
    # -- a bare plural unit after "through" is a span of unknown length --
    ("\"We lived through months of rumours before the mill shut,\" she said.", "2013-02-20", "months",
     "PXM", "DURATION"),
    # -- "N months later" after a day: that month (the unit's granularity), as for years and decades --
    ("The first break-in was on April 9, 2004. The second came seven months later, in a warehouse.",
     "2006-03-01", "seven months later", "2004-11", "DATE"),
    ("The clinic opened on June 14, 2011. A month later it was full.", "2013-01-05", "A month later",
     "2011-07", "DATE"),
    # ... while weeks and days keep the day
    ("The pact was signed on March 3, 2020. Two weeks later, it collapsed.", "2022-02-16",
     "Two weeks later", "2020-03-17", "DATE"),
    # -- "beginning/starting/effective <date>": the day a change takes effect, ahead ... --
    ("The bill would freeze tuition this spring and lift grants by 2 percent beginning Sept. 1, "
     "the first day of the new school year.", "2008-04-22", "Sept. 1", "2008-09-01", "DATE"),
    ("Under the deal, bus fares rise 10 cents effective Aug. 3.", "2008-04-22", "Aug. 3", "2008-08-03",
     "DATE"),
    # ... unless the clause is past
    ("Sales fell 4 percent beginning Sept. 1, the chain reported.", "2008-04-22", "Sept. 1", "2007-09-01",
     "DATE"),
    # -- a night runs on into the small hours of the next day --
    ("The talks nearly broke down Thursday night. Delegates bargained until nearly 3 a.m. to save them.",
     "2015-06-12", "nearly 3 a.m.", "2015-06-12T03:00", "TIME"),
    ("The gala began Saturday evening and the dancing went on until 2 a.m.", "2015-06-15", "2 a.m.",
     "2015-06-14T02:00", "TIME"),
    # ... but not a time that merely follows a night in the next sentence, nor a day without a night
    ("The gala began Saturday evening. Guests had arrived at 5 a.m. to queue.", "2015-06-15", "5 a.m.",
     "2015-06-13T05:00", "TIME"),
    ("Talks broke down on Thursday. A strike began at 2 a.m. and lasted until 5 a.m.", "2015-06-12",
     "5 a.m.", "2015-06-11T05:00", "TIME"),
    # -- a market wrap's "for the day" / "for the week": the trading day and week reported --
    ("Shares of Orvale lost 3.2 percent for the day and 5 percent for the week.", "2011-09-16", "the day",
     "2011-09-16", "DATE"),
    ("Shares of Orvale lost 3.2 percent for the day and 5 percent for the week.", "2011-09-16", "the week",
     "2011-W37", "DATE"),
    ("The Nikkei gained 240 points for the week, its best run since spring.", "2011-09-16", "the week",
     "2011-W37", "DATE"),
    # ... not a week in general
    ("For the week ahead, traders will watch the jobs report.", "2011-09-16", "the week", None, None),
    # -- "the following December", "the previous March": counted from the month or year named before --
    ("The lighthouse was damaged in a gale in October 1953. It was repaired by the following April.",
     "1990-05-30", "the following April", "1954-04", "DATE"),
    ("The ship sank on Aug. 9, 1936. Its owners had sold a sister ship the previous May.", "1990-05-30",
     "the previous May", "1936-05", "DATE"),
    # -- "lived/worked/stayed ... until <time>": when it stopped, past, even with words between --
    ("In the winter of 1947 the crew lived on tinned fish and hard bread until late February.", "1990-05-30",
     "late February", "1947-02", "DATE"),
    ("Volunteers will stay at the shelter with the evacuees until late February.", "1990-01-10",
     "late February", "1990-02", "DATE"),
]


@pytest.mark.parametrize("text,reference,phrase,value,type_", CASES)
def test_blind5_gap(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)
