"""Anchoring and direction: same-weekday future, copula schedules, a day of the month alone, "through",
decades counted from a date, weekend sets, "late 2020 ... the following month", clock times in a new
paragraph, the year an earnings report is about, the night "overnight" means, weekdays of "this weekend",
decisions and extensions that look ahead, "the previous evening", and look-back columns' "N years ago:"
paragraphs. Every text is invented for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline.resolve import resolve

WED = dt.date(2023, 5, 17)      # a Wednesday
THU = dt.date(2023, 5, 18)
FRI = dt.date(2023, 5, 19)
SAT = dt.date(2023, 5, 20)
_LOOK_BACK = ("From the archive:\n\nThirty years ago: The town council agreed to build a pool, to open on June 1. "
              "Work began in March.\n\nTen years ago: The pool closed.")

CASES = [
    # text, publication, extent, type, expected value
    # 1. a future cue beats the same-weekday rule; without one, the publication day stays
    ("The authority will publish its next update on Thursday.", THU, "Thursday", "DATE", "2023-05-25"),
    ("Its next report is due Thursday, the agency said.", THU, "Thursday", "DATE", "2023-05-25"),
    ("The report came out on Thursday.", THU, "Thursday", "DATE", "2023-05-18"),
    ("Talks resume Thursday in the capital.", THU, "Thursday", "DATE", "2023-05-18"),
    ("The mayor said Thursday she will run again.", THU, "Thursday", "DATE", "2023-05-18"),
    # 2. a present-tense copula with the time as its predicate looks ahead; "was" and "said" do not
    ("The deadline is midnight on Friday.", WED, "Friday", "DATE", "2023-05-19"),
    ("The deadline is midnight on Friday.", WED, "midnight", "TIME", "2023-05-19T24:00"),
    ("The deadline is 5 p.m. on Friday.", WED, "Friday", "DATE", "2023-05-19"),
    ("The vote is Tuesday.", WED, "Tuesday", "DATE", "2023-05-23"),
    ("The game is on Saturday.", WED, "Saturday", "DATE", "2023-05-20"),
    ("The finals are on Sunday.", WED, "Sunday", "DATE", "2023-05-21"),
    ("The deadline was Friday.", WED, "Friday", "DATE", "2023-05-12"),
    ("The minister said Friday that taxes would rise.", WED, "Friday", "DATE", "2023-05-12"),
    ("The death toll is 12 on Friday, officials said.", WED, "Friday", "DATE", "2023-05-12"),
    # 4. a day of the month alone: the month in focus, else the nearest month by tense
    ("It reported on the 28th.", WED, "the 28th", "DATE", "2023-04-28"),
    ("The board will report on the 25th.", WED, "the 25th", "DATE", "2023-05-25"),
    ("The panel will meet on the 3rd.", WED, "the 3rd", "DATE", "2023-06-03"),
    ("The strike began in March and ended on the 21st.", WED, "the 21st", "DATE", "2023-03-21"),
    ("The fund said on Tuesday it would pay out on the 30th.", WED, "the 30th", "DATE", "2023-05-30"),
    ("Bids closed on the 31st.", dt.date(2023, 3, 2), "the 31st", "DATE", "2023-01-31"),
    # 5. a present-tense verb of duration before "through" looks ahead, past words earlier notwithstanding
    ("The agency's fiscal year 2024 budget, approved last fall, runs through Sept. 30.", WED, "Sept. 30",
     "DATE", "2023-09-30"),
    ("The permit, issued in March, remains valid through Aug. 31.", WED, "Aug. 31", "DATE", "2023-08-31"),
    ("The strike, called in March, lasted through April 2.", WED, "April 2", "DATE", "2023-04-02"),
    # 6. a decade counted from a date keeps the year, as "two years later" does
    ("A year ago today, and exactly a decade earlier, similar fires burned.", WED, "a decade earlier",
     "DATE", "2012"),
    ("The dam opened on June 4, 1990. A decade later it was raised.", WED, "A decade later", "DATE", "2000"),
    ("The storm hit in 2019. Two years later the town rebuilt.", WED, "Two years later", "DATE", "2021"),
    # 7. recurring weekends and weekdays
    ("The club meets every weekend.", WED, "every weekend", "SET", "XXXX-WXX-WE"),
    ("The market opens weekends.", WED, "weekends", "SET", "XXXX-WXX-WE"),
    ("The shop is closed on weekends and holidays.", WED, "weekends", "SET", "XXXX-WXX-WE"),
    ("The office is open on weekdays.", WED, "weekdays", "SET", "XXXX-WXX-WD"),
    ("The mine produces 40 million tonnes a year.", WED, "a year", "SET", "P1Y"),
    # 8. a year with "late"/"early" anchors "the following month"
    ("The firm was founded on Aug. 15, 2019. In late 2020 it lost its chief. Renner resigned the "
     "following month.", WED, "the following month", "DATE", "2021-01"),
    ("The plant opened in May 2018. In early 2021 it was sold, and the following month it closed.", WED,
     "the following month", "DATE", "2021-02"),
    ("The plant opened in May 2018 and shut the following month.", WED, "the following month", "DATE",
     "2018-06"),
    # 9. a clock time in a future clause is not put on a past day of an earlier paragraph, but a coming day
    # named before it is its day ("will reopen on Monday ... Gates will open at 6 a.m.")
    ("The storm hit on May 3.\n\nThe agency will issue its next update at 5 p.m.", WED, "5 p.m.", "TIME",
     "2023-05-17T17:00"),
    ("The bridge will reopen on Monday.\n\nGates will open at 6 a.m.", WED, "6 a.m.", "TIME",
     "2023-05-22T06:00"),
    ("The hearing is set for May 20. The panel will give its ruling at 5 p.m.", WED, "5 p.m.", "TIME",
     "2023-05-20T17:00"),
    # 10. "the full year" in a report on last year's fourth quarter, published early in the year
    ("The company reported fourth-quarter profit of $3 million. For the full year, revenue rose 5%.",
     dt.date(2025, 2, 12), "the full year", "DATE", "2024"),
    ("Fourth-quarter sales fell. The company expects growth for the full year.", dt.date(2025, 2, 12),
     "the full year", "DATE", "2025"),
    ("Third-quarter sales fell. For the full year, the company sees growth.", dt.date(2024, 10, 30),
     "the full year", "DATE", "2024"),
    ("Sales fell in the year, the mill said.", dt.date(2025, 2, 12), "the year", "DATE", "2025"),
    # 11. "overnight" in a report is the night of the day just told in its paragraph; alone, or after a
    # day someone "said" something about, the night before publication
    ("Snow that began on Sunday morning kept falling overnight and closed the pass.", WED, "overnight", "TIME",
     "2023-05-14TNI"),
    ("The jury got the case on Monday. By 10:30 p.m. it was still out, and jurors stayed at a hotel "
     "overnight.", WED, "overnight", "TIME", "2023-05-15TNI"),
    ("Rebels shelled the port overnight.", WED, "overnight", "TIME", "2023-05-16TNI"),
    ("The mill closed on Friday. Workers said looters broke in overnight.", WED, "overnight", "TIME",
     "2023-05-16TNI"),
    # 12. a clock time after a past "Thursday night", in the hours of that night, is on that Thursday
    ("Ferries resumed this morning. A barge had struck the pier on Thursday night, and the span fell at "
     "about 9:40 p.m.", SAT, "about 9:40 p.m.", "TIME", "2023-05-18T21:40"),
    # 13. a weekday after "this weekend" in its sentence is that weekend's, however long the sentence;
    # "with guided tours", "photographs collected by its members" are no past verbs of the clause
    ("The choir will mark the 100th anniversary of the old chapel on the hill this weekend with open "
     "rehearsals on Saturday and a display of photographs collected by its members.", FRI, "Saturday", "DATE",
     "2023-05-20"),
    ("The choir will mark the 100th anniversary of the old chapel on the hill this weekend with open "
     "rehearsals on Saturday from 2 p.m. to 5 p.m. and a display of photographs collected by its members.", FRI,
     "2 p.m.", "TIME", "2023-05-20T14:00"),
    # 14. "targeted for" schedules as "set for" does
    ("The museum's new wing, delayed twice, is now targeted for early October.", WED, "early October", "DATE",
     "2023-10"),
    # 15. a month after "since" starts a count: no period that "last year's" is compared with
    ("Our ferry service has been idle since November. The champions kept last year's trophy.",
     dt.date(2026, 3, 13), "last year", "DATE", "2025"),
    # 16. what a decision sets up starts after it; an extension moves an end ahead
    ("On Tuesday the board approved a pilot of late-night bus routes on Elm Street, beginning in the spring.",
     dt.date(2022, 10, 12), "the spring", "DATE", "2023-SP"),
    ("The district said the lost days would be made up on two days that had been set aside as holidays, and by "
     "extending the term to June 23.", dt.date(2022, 10, 12), "June 23", "DATE", "2023-06-23"),
    # 17. "the previous evening": that part of the day before the day in focus
    ("The ferry sank on Monday. Its captain had been warned of high winds the previous evening.", WED,
     "the previous evening", "TIME", "2023-05-14TEV"),
    ("Mills shut on March 3, 2011. The union had met the preceding night.", WED, "the preceding night", "TIME",
     "2011-03-02TNI"),
    # 18. a year-less date in a paragraph headed "N years ago:" is of that year
    (_LOOK_BACK, dt.date(2015, 5, 20), "June 1", "DATE", "1985-06-01"),
    (_LOOK_BACK, dt.date(2015, 5, 20), "March", "DATE", "1985-03"),
]


@pytest.mark.parametrize("text,reference,extent,ttype,value", CASES, ids=[f"{i}:{c[0][:40]}" for i, c in
                                                                           enumerate(CASES)])
def test_anchoring_case(text, reference, extent, ttype, value):
    got = [(t.text, t.type, t.value) for t in resolve(text, reference)]
    assert (extent, ttype, value) in got, got


@pytest.mark.parametrize("text", [
    "Sales rose over the past two weekends.",
    "It rained three weekends ago.",
    "Several weekends passed quietly.",
    "Its weekends were busy.",
])
def test_counted_or_determined_weekends_are_no_set(text):
    assert not [t for t in resolve(text, WED) if t.type == "SET"]


def test_day_of_month_without_publication_date_stays_underspecified():
    found = resolve("It reported on the 28th.", None)
    assert [(t.text, t.value, t.interval) for t in found] == [("the 28th", "XXXX-XX-28", None)]


def test_day_of_month_of_an_earlier_paragraph_month_is_not_reused():
    """A month named in an earlier paragraph is no longer in focus: the tense decides."""
    found = resolve("In March the mill shut.\n\nIt reported on the 28th.", WED)
    assert ("the 28th", "2023-04-28") in [(t.text, t.value) for t in found]


def test_late_year_anchor_has_provenance():
    text = "In late 2020 it lost its chief. Renner resigned the following month."
    found = resolve(text, WED)
    late = [t for t in found if t.text == "late 2020"][0]
    month = [t for t in found if t.text == "the following month"][0]
    assert month.anchor == late.tid and "late 2020" in month.explanation


def test_same_weekday_future_explanation():
    t = resolve("The authority will publish its next update on Thursday.", THU)[0]
    assert "future" in t.explanation and t.interval.start == dt.date(2023, 5, 25)
