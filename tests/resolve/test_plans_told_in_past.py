"""Year-less months, days and quarters aimed at by a plan, a request or a deadline told in the past
(round 4): the planned time lies after the telling, not where the past tense would put it.

Each case: (text, publication date, phrase, expected value, expected type). Every text here is invented
for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

# A schedule or a deadline told in the past: the occurrence nearest publication, on either side.
_SET_FOR = "The hearing was originally set for August but was moved after the judge fell ill."
_SCHEDULED_AHEAD = "The vote had been scheduled for March, but the chamber may never take it up."
_HAD_UNTIL = "The tenants had until the end of October to move out of the building."
_AS_DEADLINE = "The regulator set Nov. 15 as the deadline for written comments on the tariff."
_FORECAST = "Most analysts had forecast a rate cut in December."
_HOPED_QUARTER = "The chain had hoped to finish the refit of its stores in the third quarter."
_DUE_IN = "The elections were due in November but were delayed by a court ruling."
_SLIPPED = "The opening had been set for late January but slipped after a failed inspection."
# An intent or a request told in the past: the first occurrence not ended by publication.
_ASKED_FOR = "Her lawyers asked on Monday for a new trial date in July."
_CALLED_FOR = "The senator called for public hearings in February."
_HOPED_BEFORE = "The board hoped to open the new wing before April."
# Not a plan's aim: a clause or a gerund of its own dates its own act, and "since" looks back.
_OWN_CLAUSE = "The new treaty was meant to fill the hole left when the old pact lapsed in June."
_OWN_GERUND = "The agency had pressed for tighter rules before stepping aside on March 3."
_APPLIED = "The builder first applied for the permit in June, and the council has yet to rule."
_SINCE = "The bank was expected to hold rates for the fourth meeting since October."

# An imperative opening the clause asks for something still to come, in a quote told in the past too.
_ASK_ME = '"Ask me again in November," the coach said when asked about the title race.'
_CHECK_BACK = 'The mayor shrugged. "Check back in March and we will know."'
_ASKED_NOT_IMPERATIVE = 'The coach said he had asked the players in November to train harder.'

CASES = [
    (_ASK_ME, "2013-04-09", "November", "2013-11", "DATE"),
    (_CHECK_BACK, "2010-10-02", "March", "2011-03", "DATE"),
    (_ASKED_NOT_IMPERATIVE, "2013-04-09", "November", "2012-11", "DATE"),
    (_SET_FOR, "2010-11-15", "August", "2010-08", "DATE"),
    (_SCHEDULED_AHEAD, "2014-01-20", "March", "2014-03", "DATE"),
    (_HAD_UNTIL, "2008-07-02", "the end of October", "2008-10", "DATE"),
    (_AS_DEADLINE, "2011-08-03", "Nov. 15", "2011-11-15", "DATE"),
    (_FORECAST, "2012-10-10", "December", "2012-12", "DATE"),
    (_HOPED_QUARTER, "2007-06-20", "the third quarter", "2007-Q3", "DATE"),
    (_DUE_IN, "2016-08-20", "November", "2016-11", "DATE"),
    (_SLIPPED, "2016-03-10", "late January", "2016-01", "DATE"),
    (_ASKED_FOR, "2003-06-05", "July", "2003-07", "DATE"),
    (_CALLED_FOR, "2006-12-12", "February", "2007-02", "DATE"),
    (_HOPED_BEFORE, "2019-02-14", "April", "2019-04", "DATE"),
    (_OWN_CLAUSE, "1998-11-20", "June", "1998-06", "DATE"),
    (_OWN_GERUND, "2001-05-10", "March 3", "2001-03-03", "DATE"),
    (_APPLIED, "2004-02-11", "June", "2003-06", "DATE"),
    (_SINCE, "2009-02-10", "October", "2008-10", "DATE"),
]


@pytest.mark.parametrize("text,reference,phrase,value,type_", CASES)
def test_plans_told_in_past(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)
