"""Round 83 (from the errors of blind98, gardening columns, almanacs and seasonal advice, and blind30,
encyclopedic history told from a present-day publication date): the yearly round of nature told in the present
("Hedgehogs come out of hibernation in March", "The crocuses open in February") and advice on tending plants
given on a pronoun ("plant them in November"), after a comma ("..., and leave the lawn uncut until late
summer"), after a fronted time ("From May to September, mow once a week") or with a task as the subject
("scarifying in spring leaves bare patches") are any year's months and seasons; a capitalized month between a
plant and a capitalized word ("the maple October Glory") is a cultivar; "the cold, wet March" is the month; a
solstice the sentence dates right after it ("the summer solstice on Wednesday 20 June") is left to that date;
"went days without sleep" and "waited weeks" are lengths; "the evenings draw in" is no SET;
"need" tells the present of how things stand; "Jobs for the month:" heads the publication month's list; "the
Four Seasons" and "the four o'clock plant" are names. In a history, a paragraph that opens in the past perfect
is backstory, and a year an act points to ("backdate the shares to 1919") dates no scene; "the night of 3 March
1956" is one TIME; "today" set against the past ("who work there today", "Today a marker stands where the well
once was") is PRESENT_REF, and after it the text is told from now. "the night of 3 October" is one TIME too,
unless the month is abbreviated as TimeBank's wire copy writes it ("the night of Oct. 3", a DATE).

Each case: (text, publication date, phrase, expected value or None for "not tagged", expected type). Every
text here is invented for these tests. Each fix has a positive case and a counter-case.
"""
from __future__ import annotations

import pytest

from .phrases import check_phrase

CASES = [
    # the yearly round of nature, told in the present: any year's month or season
    ("Swifts arrive from Africa in early May and scream over the rooftops all summer.", "2019-03-02",
     "early May", "XXXX-05", "DATE"),
    ("The bluebells open in April, the roses in June.", "2019-03-02", "June", "XXXX-06", "DATE"),
    ("Around here frosts are common until the end of April.", "2019-03-02", "the end of April", "XXXX-04",
     "DATE"),
    # ... counter: a progressive, a past verb or a named year is one year's
    ("Swifts are already nesting, so keep the loft hatch shut until August.", "2019-03-02", "August",
     "2019-08", "DATE"),
    ("Swifts arrived from Africa in early May, a week late.", "2019-07-02", "early May", "2019-05", "DATE"),
    ("Strawberries are expected in early June, the grower said.", "2019-05-02", "early June", "2019-06",
     "DATE"),
    ("Our local club says the last frost usually comes in mid-April here.", "2019-04-02", "mid-April",
     "2019-04", "DATE"),
    # advice on a pronoun, after a comma, with "fed", or before an instruction: any year's month or season
    ("Peonies sulk if moved: divide them in October, never in spring.", "2019-03-02", "October", "XXXX-10",
     "DATE"),
    ("Water the pots twice a week, and leave the seed heads standing until late winter.", "2019-03-02",
     "late winter", "XXXX-WI", "DATE"),
    ("Young hedges can be fed in early summer with a balanced feed.", "2019-03-02", "early summer",
     "XXXX-SU", "DATE"),
    ("From June to August, feed the tomatoes once a week.", "2019-03-02", "June", "XXXX-06", "DATE"),
    # ... counter: a season with its article after a pronoun is still the coming one (test_round33)
    ("Prune them hard in the autumn and feed them in May.", "2024-03-13", "the autumn", "2024-FA", "DATE"),
    ("From June to August, the bridge will be closed to lorries.", "2019-03-02", "June", "2019-06", "DATE"),
    # "need" tells the present: the nearest holiday, the coming one
    ("Poinsettias for the table at Christmas need buying early this year.", "2015-10-10", "Christmas",
     "2015-12-25", "DATE"),
    ("Poinsettias bought at Christmas sold out within days.", "2015-10-10", "Christmas", "2014-12-25", "DATE"),
    # a list headed "... for the month:" is the publication month's
    ("Last April was the driest on record. Tasks for the month: sow carrots and net the brassicas.",
     "2016-04-03", "the month", "2016-04", "DATE"),
    ("Sales slumped in March 2016, and orders fell during the month.", "2016-05-03", "the month", "2016-03",
     "DATE"),
    # "the Four Seasons" is a name, "three seasons" a count
    ("The Four Seasons garden centre on the bypass opens late on Thursdays.", "2016-05-03", "Four Seasons",
     None, None),
    ("She coached the team for three seasons before retiring.", "2016-05-03", "three seasons", "P3Y",
     "DURATION"),
    # "four o'clock plants" are flowers, "at four o'clock" a time
    ("Four o'clock plants scent the terrace at dusk.", "2016-05-03", "Four o'clock", None, None),
    ("The fete opens at four o'clock this afternoon.", "2016-05-03", "four o'clock this afternoon",
     "2016-05-03T16:00", "TIME"),
    # the night of a day with its year written out is one TIME; wire copy's abbreviated month stays a DATE
    ("The lighthouse keeper vanished on the night of 14 November 1923.", "2016-05-03",
     "the night of 14 November 1923", "1923-11-14TNI", "TIME"),
    ("The paintings were stolen on the night of Feb. 9, 1971, police said.", "2016-05-03",
     "the night of Feb. 9, 1971", "1971-02-09", "DATE"),
    # ... and without its year, the month spelled out
    ("The garrison rose on the night of 3 October, a week after the vote.", "2023-10-20",
     "the night of 3 October", "2023-10-03TNI", "TIME"),
    ("The garrison rose on the night of Oct. 3, a week after the vote.", "2023-10-20",
     "the night of Oct. 3", "2023-10-03", "DATE"),
    # a gardening task as the subject, in the present: any year's season; in the past, one year's
    ("Weed by hand, because hoeing is slow and raking in spring drags out the seedlings.", "2016-04-03",
     "spring", "XXXX-SP", "DATE"),
    ("The club said raking in March was late this year.", "2016-07-03", "March", "2016-03", "DATE"),
    # a capitalized month between a plant and a capitalized word names a cultivar
    ("For autumn colour, try the rose November Flame against a dark hedge.", "2016-04-03", "November",
     None, None),
    ("For autumn colour, plant a rose in November against a dark hedge.", "2016-04-03", "November",
     "XXXX-11", "DATE"),
    # a solstice dated right after it is the event, untagged (its date is); alone it is the day (test_round27)
    ("By the winter solstice on Monday 21 December the nights will be at their longest.", "2020-12-01",
     "the winter solstice", None, None),
    ("Carol singers will gather for the winter solstice in the abbey ruins.", "2020-12-01",
     "the winter solstice", "2020-12-21", "DATE"),
    # "the wet March": a capitalized "March"/"May" after its weather's adjective and an article is the month
    ("Last year the cold, wet May left the hay crop thin.", "2016-03-01", "May", "2015-05", "DATE"),
    ("The pipers may march in May if the weather holds.", "2016-03-01", "march", None, None),
    # a bare plural unit waited or gone without is a length
    ("During the outbreak the nurses went weeks without a day off.", "2020-03-01", "weeks", "PXW", "DURATION"),
    ("Some patients have waited months for a bed.", "2020-03-01", "months", "PXM", "DURATION"),
    ("The nurses went home; weeks passed.", "2020-03-01", "weeks", None, None),
    # the evenings drawing in is the day's length, no recurring evening
    ("Once the clocks go back, the evenings start to draw in fast.", "2020-10-01", "the evenings", None, None),
    ("The choir rehearses in the evenings at the chapel.", "2020-10-01", "the evenings", "XXXX-XX-XXTEV",
     "SET"),
    # "today" set against the past; after it, the text is told from now
    ("The works closed in 1976. Its foundry trained most of the smiths who work there today.", "2019-09-02",
     "today", "PRESENT_REF", "DATE"),
    ("The square was rebuilt in 1911. Today a small fountain stands where the old cross once was.",
     "2019-09-02", "Today", "PRESENT_REF", "DATE"),
    ("The square was rebuilt in 1911. Today the council voted to close it to traffic.", "2019-09-02",
     "Today", "2019-09-02", "DATE"),
    ("The last pit closed on 4 October 1968.\n\nToday the pithead holds a museum. The village marked the "
     "centenary of its chapel on 12 May with a parade.", "2019-09-02", "12 May", "2019-05-12", "DATE"),
    ("The last pit closed on 4 October 1968.\n\nThe union marked the closure on 12 May with a march.",
     "2019-09-02", "12 May", "1968-05-12", "DATE"),
]

# A history: the main line, a paragraph of backstory opened in the past perfect, then the main line again.
_TRIAL = ("The inquiry into the bank opened on Tuesday, March 6, 1934, and sat for six weeks.\n\n"
          "The bank had been taking deposits since 1925. Its collapse in the winter of 1932 ruined thousands, "
          "and its manager fled that February.\n\n"
          "The clerk told how she had been asked to backdate the ledgers to 1926. On April 3 the manager "
          "himself gave evidence.")
_NO_BACKSTORY = ("The inquiry into the bank opened on Tuesday, March 6, 1934, and sat for six weeks.\n\n"
                 "The bank took deposits from 1925. Its collapse in the winter of 1932 ruined thousands, "
                 "and its manager fled that February.\n\n"
                 "On April 3 the manager himself gave evidence.")
CASES += [
    (_TRIAL, "2019-09-02", "April 3", "1934-04-03", "DATE"),
    # counter: a backstory paragraph in the simple past is the main line (the latest date told)
    (_NO_BACKSTORY, "2019-09-02", "April 3", "1932-04-03", "DATE"),
]


@pytest.mark.parametrize("text, reference, phrase, value, type_", CASES)
def test_round83(text, reference, phrase, value, type_):
    check_phrase(text, reference, phrase, value, type_, overlap_counts=value is None)
