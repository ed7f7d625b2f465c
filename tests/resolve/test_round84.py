"""Round 84 (from the errors of blind76, clinical notes, and blind88, astronomy and sky-watching columns).

Clinical notes stamp events with bare four-digit clock times ("Triage: 0221", "incision 0810;", "0305 Labs:
..."), count the days of a stay ("hospital day 3", from admission as day 1) and of recovery ("postoperative
day 2", "POD 1", from the operation as day 0), put the operation's times on its labelled day, and report at a
morning stamp what happened the evening before ("paged at 2340"); a plan's imperatives ("recheck the INR on
Monday") look ahead. Pain scores ("8/10") are no dates; "born at
36 weeks" is an age in the womb; "q6h." ends its sentence. Sky columns give the clock times of an evening or
a night still to come ("on Sunday night ... at 9:07 pm", "the evening of 21 December ... by 6:30 pm"); "go
on sale on Monday" is a schedule; "In 1054 Chinese astronomers recorded ..." sets the year of a date after it.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # bare stamps of a note, after a label, after the note's date, opening an entry
    ("Arrival: 03/14/2011 0152. Triage: 0204, stable. Doctor seen: 0231.\n0305 Bloods sent.", "2011-03-14",
     "0204", "2011-03-14T02:04", "TIME"),
    ("Arrival: 03/14/2011 0152. Triage: 0204, stable. Doctor seen: 0231.\n0305 Bloods sent.", "2011-03-14",
     "0305", "2011-03-14T03:05", "TIME"),
    ("Review note, 03/14/2011, 0645: settled. Seen by the registrar at 1730 and at 2015.", "2011-03-14",
     "0645", "2011-03-14T06:45", "TIME"),
    ("Ward round: 0815. Porter booked; transfer expected around 0930.", "2011-03-14",
     "around 0930", "2011-03-14T09:30", "TIME"),
    # ... but not a number of a room, a phone number or a lone code
    ("Call 0800 555 0199 or ask at room 0412 for the form.", "2011-03-14", "0800", None, None),
    ("Call 0800 555 0199 or ask at room 0412 for the form.", "2011-03-14", "0412", None, None),
    # days of a stay and of recovery
    ("Admission date: 03/02/2011. Her fever broke on hospital day 3 and she ate on hospital day 4.",
     "2011-03-09", "hospital day 4", "2011-03-05", "DATE"),
    ("Date of operation: 10/04/2012. Drain out on postoperative day 2; home on postoperative day 5.",
     "2012-10-10", "postoperative day 5", "2012-10-09", "DATE"),
    ("Progress note 10/07/2012. Postoperative day 3. Afebrile, eating well.", "2012-10-07",
     "Postoperative day 3", "2012-10-07", "DATE"),
    ("Right knee replacement yesterday, POD 1. Mobilised with the physiotherapist.", "2012-10-07",
     "POD 1", "2012-10-07", "DATE"),
    ("The orcas of pod 2 were filmed off the point in June.", "2012-10-07", "pod 2", None, None),
    # the operation's times on its labelled day, not on the history's
    ("Date of operation: 06/02/2014. Indication: a biopsy on 04/11/2014 was suspicious.\n"
     "Description: Anaesthesia start 0815; incision 0840.", "2014-06-04", "0840", "2014-06-02T08:40", "TIME"),
    ("Date of operation: 06/02/2014. Indication: a biopsy on 04/11/2014 was suspicious.\n"
     "Description: Anaesthesia start 0815; incision 0840.", "2014-06-04", "04/11/2014", "2014-04-11", "DATE"),
    # the evening before a note stamped in the morning; not what is still planned
    ("Date: 09/18/2009, 0640. Overnight: agitated, haloperidol was given at 2310. Team will review at 2100.",
     "2009-09-18", "2310", "2009-09-17T23:10", "TIME"),
    ("Date: 09/18/2009, 0640. Overnight: agitated, haloperidol was given at 2310. Team will review at 2100.",
     "2009-09-18", "2100", "2009-09-18T21:00", "TIME"),
    # a month written with its zero, in parentheses after the event it dates, where full dates are so written
    ("Note date: 03/18/2010. Creatinine 2.1, up from 1.4 at admission (03/15).", "2010-03-18", "03/15",
     "2010-03-15", "DATE"),
    ("Results: 82 of 95 samples (03/15 batch) passed.", "2010-03-18", "03/15", None, None),
    # a round of a drug chart named by its time
    ("Levels were drawn before the 0600 dose and sent to the lab.", "2010-03-18", "0600", "2010-03-18T06:00",
     "TIME"),
    ("Flight 0600 to Lagos was full.", "2010-03-18", "0600", None, None),
    # a pain score is no date; a date after "to" still is
    ("Her pain went from 7/10 yesterday to 3/10 today.", "2013-05-02", "7/10", None, None),
    ("The hearing was held on 8/10, the clerk said.", "2013-09-02", "8/10", "2013-08-10", "DATE"),
    # an age in the womb is no length of time; a length still is
    ("The boy was born at 34 weeks and spent a month in neonatal care.", "2013-05-02", "34 weeks", None, None),
    ("The strike lasted 34 weeks.", "2013-05-02", "34 weeks", "P34W", "DURATION"),
    # a dosing interval ends before the sentence's full stop
    ("Continue the antibiotic q12h.", "2013-05-02", "q12h", "PT12H", "SET"),
    # clock times of an evening or a night still to come
    ("The Perseids will be visible on Saturday night, away from street lights. The shower will peak at "
     "11:40 pm local time.", "2016-08-10", "11:40 pm", "2016-08-13T23:40", "TIME"),
    ("Mercury will be easy to find on the evening of 14 May. Look west after sunset. The sky will be dark "
     "enough by about 9:30 pm.", "2016-05-09", "about 9:30 pm", "2016-05-14T21:30", "TIME"),
    ("Mercury will be easy to find on the evening of 14 May. Look west after sunset. The sky will be dark "
     "enough by about 9:30 pm.", "2016-05-09", "the evening of 14 May", "2016-05-14TEV", "TIME"),
    # a sale to come, told in the present
    ("Seats cost $20 and go on sale on Monday at the box office.", "2013-09-28", "Monday", "2013-09-30", "DATE"),
    ("Prices fell and sales rose on Monday, the chain said.", "2013-09-28", "Monday", "2013-09-23", "DATE"),
    # the imperatives of a clinical plan look ahead; a noun of the same spelling does not
    ("Give 2 mg tonight and recheck the potassium on Thursday.", "2015-06-26", "Thursday", "2015-07-02", "DATE"),
    ("Repeat offenders were fined on Thursday.", "2015-06-26", "Thursday", "2015-06-25", "DATE"),
    # a year opening its sentence without a comma sets the year of a date after it
    ("In 1066 Norman knights crossed the Channel. According to the chronicle they landed on 28 September.",
     "2021-03-10", "28 September", "1066-09-28", "DATE"),
    ("In 1998 prices the bridge cost less. Work on the new one began on 4 February.", "2021-03-10",
     "4 February", "2021-02-04", "DATE"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round84(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_, overlap_counts=value is None)
