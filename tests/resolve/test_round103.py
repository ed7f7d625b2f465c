"""Round 103 (from the errors of blind23, business and markets wire, and blind114, political speeches and their
transcripts): a transcript's dateline writes the day and, after a comma, the hour it began as two expressions
("Civic Hall, Tuesday, May 4, 2021, 8:15 p.m."), unlike a page's stamp ("Updated May 4, 2021, 8:15 p.m.");
a greeting's capital ("Happy Labor Day!", "Merry Christmas") opens no name and the holiday is the day; "the new
year will ..." is the year to come; "that evening" in a remembered story skips the speaker's "today"; "at 8.20 that evening"
is one TIME in the evening; a premium to "the closing price on Thursday" quotes the Thursday gone by; the day figures were
released is no quarter in focus; a retailer's "holiday quarter" is its fourth; "the latest quarter" is the
quarter the report has just named; "over the next year" is a DURATION P1Y;
"three lean years" is a length; the months a
quarter "covers" leave "a year earlier" to the quarter.

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # a transcript's dateline: the day after a comma is a DATE of its own ...
    ("Remarks by the Mayor, Riverside Civic Hall, Tuesday, May 4, 2021, 8:15 p.m.\n\nTHE MAYOR: Thank you.",
     "2021-05-04", "Tuesday, May 4, 2021", "2021-05-04", "DATE"),
    # ... and the hour it began a TIME on it
    ("Remarks by the Mayor, Riverside Civic Hall, Tuesday, May 4, 2021, 8:15 p.m.\n\nTHE MAYOR: Thank you.",
     "2021-05-04", "8:15 p.m.", "2021-05-04T20:15", "TIME"),
    # a broadcast's dateline after its verb, with a 24-hour clock too
    ("New Year message of the Premier, broadcast 31 December 2019, 19:30\n\nGood evening.",
     "2019-12-31", "31 December 2019", "2019-12-31", "DATE"),
    # a page's stamp keeps the day and the hour one TIME
    ("SPRINGFIELD -- Updated May 4, 2021, 8:15 p.m. CDT\n\nThe council met.", "2021-05-04",
     "May 4, 2021, 8:15 p.m. CDT", "2021-05-04T20:15", "TIME"),
    ("Published 3 March 2021, 18:40 GMT\n\nThe council met.", "2021-03-04", "3 March 2021, 18:40 GMT",
     "2021-03-03T18:40", "TIME"),
    # a greeting wishes the holiday itself ...
    ("The mayor waved from the float and called out Happy Labor Day to the crowd.", "2019-09-02",
     "Labor Day", "2019-09-02", "DATE"),
    ("Staff wrote Happy Valentine's Day on every receipt.", "2020-02-14", "Valentine's Day", "2020-02-14", "DATE"),
    # ... a capital before it that is no greeting still makes a name
    ("The Grand Christmas Fund gave out 300 hampers.", "2020-12-01", "Christmas", None, None),
    # the year to come as the subject of a future is that year ...
    ("We have had a hard twelve months, and the new year will ask more of us.", "2018-12-28", "the new year",
     "2019", "DATE"),
    # ... a year that has come and brought something dates nothing
    ("The new year brought fresh hope to the mill town, the pastor said.", "2019-01-20", "new year", None, None),
    # "that evening" in a remembered story points past the speaker's "today" to the story's day ...
    ("The mine flooded on Tuesday 9 March 1971. Some of you stand here today who lost fathers. By that "
     "evening, ten men had been pulled out.", "2021-03-09", "that evening", "1971-03-09TEV", "TIME"),
    # ... a plan for the evening of the day of the telling stays on it
    ("The mine flooded on Tuesday 9 March 1971. We gather here today to remember. That evening we will "
     "ring the chapel bell.", "2021-03-09", "That evening", "2021-03-09TEV", "TIME"),
    # a bare clock time before "that evening" takes the evening's half of the day ...
    ("The levee broke on 2 June 1954. The last truck crossed at 8.20 that evening.", "2004-06-02",
     "8.20 that evening", "1954-06-02T20:20", "TIME"),
    # ... an hour no evening holds is no such time
    ("The levee broke on 2 June 1954. The last truck crossed at 2.20 that evening.", "2004-06-02",
     "2.20 that evening", None, None),
    # a quoted price's day is gone by, whatever the offer around it will do ...
    ("Harlan will pay $18 a share in cash, a 27 percent premium to Dovetail's closing price on Thursday.",
     "2023-06-13", "Thursday", "2023-06-08", "DATE"),
    # ... a deal's close is still to come
    ("Harlan's purchase of Dovetail will close on Thursday, the companies said.", "2023-06-13", "Thursday",
     "2023-06-15", "DATE"),
    # the day figures came out is no quarter reported on: "the quarter" is the one named before it ...
    ("Exports rose 1.1 percent in the second quarter, figures released on Tuesday showed. Imports were flat "
     "in the quarter.", "2022-08-09", "the quarter", "2022-Q2", "DATE"),
    # ... a day that is no release leaves the quarter to it
    ("Exports rose 1.1 percent in the second quarter. The plant reopened on Tuesday, and output in the "
     "quarter has been strong.", "2022-08-09", "the quarter", "2022-Q3", "DATE"),
    # a retailer's holiday quarter is the fourth ...
    ("Sales at the toy chain slipped 2 percent in the holiday quarter, it said on Wednesday.", "2021-02-17",
     "the holiday quarter", "2020-Q4", "DATE"),
    # ... a quarter of the holiday shoppers is a share
    ("Nearly a quarter of holiday shoppers paid with their phones, the survey found.", "2021-02-17",
     "quarter", None, None),
    # "the latest quarter" is the one the report has just named, by its own label ...
    ("Brenton Tools said Thursday that for its third quarter, which ran through July, it earned $12 million. "
     "Margins widened in the latest quarter.", "2021-08-20", "the latest quarter", "2021-Q3", "DATE"),
    # ... not an old quarter told in passing
    ("Brenton Tools has recovered from a weak first quarter of 2019. Margins widened in the latest quarter.",
     "2021-08-20", "the latest quarter", "2021-Q2", "DATE"),
    # the twelve months something runs through, after "over", are a length ...
    ("The clinic plans to take on about 30 nurses over the next year.", "2020-03-11", "the next year", "P1Y",
     "DURATION"),
    # ... the next year as a whole, with no "over", stays a date
    ("The clinic will move to a new building in the next year, the board said.", "2020-03-11", "the next year",
     "2021", "DATE"),
    # a count of years with a word that judges them is a length ...
    ("The orchard has had three lean years in a row, the grower said.", "2020-03-11", "three lean years", "P3Y",
     "DURATION"),
    # ... a count of other things so judged is none
    ("The orchard had three good harvests in a row, the grower said.", "2020-03-11", "three good harvests",
     None, None),
    # months a quarter is said to cover spell it out: "a year earlier" compares the quarter ...
    ("For the second quarter, which covers April through June, the brewer earned $8 million, up from $6 "
     "million a year earlier.", "2018-08-02", "a year earlier", "2017-Q2", "DATE"),
    # ... a month of a sentence of its own is compared month with month
    ("Sales rose 4 percent in the second quarter. In June, they were up 3 percent from a year earlier.",
     "2018-08-02", "a year earlier", "2017-06", "DATE"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round103(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_)
