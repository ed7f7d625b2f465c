"""Which expression dates a trigger: the one in its own clause and in adverbial position; never one
inside a noun phrase, a relative clause or the complement of another verb."""
from __future__ import annotations

import pytest


from .helpers import D, events_by_trigger

PUB = D(2024, 3, 6)   # a Wednesday

# phrase -> (value, start, end, granularity) for the hand-made expressions below
STAMPS = {
    "Monday": ("2024-03-04", D(2024, 3, 4), None, "day"),
    "Tuesday": ("2024-03-05", D(2024, 3, 5), None, "day"),
    "Thursday": ("2024-03-07", D(2024, 3, 7), None, "day"),
    "next month": ("2024-04", D(2024, 4, 1), D(2024, 4, 30), "month"),
    "2010": ("2010", D(2010, 1, 1), D(2010, 12, 31), "year"),
    "2019": ("2019", D(2019, 1, 1), D(2019, 12, 31), "year"),
    "2021": ("2021", D(2021, 1, 1), D(2021, 12, 31), "year"),
    "January": ("2024-01", D(2024, 1, 1), D(2024, 1, 31), "month"),
    "Feb. 9": ("2024-02-09", D(2024, 2, 9), None, "day"),
    "3 p.m.": ("2024-03-04", D(2024, 3, 4), None, "day"),
    "last week": ("2024-W09", D(2024, 2, 26), D(2024, 3, 3), "week"),
    "this spring": ("2024-SP", D(2024, 3, 1), D(2024, 5, 31), "season"),
}


def events_of(text):
    return events_by_trigger(text, STAMPS, PUB)


# (text, trigger, the value of its date, or None when no expression of the text may date it)
CASES = [
    # sentence-initial adverbial and right after the verb phrase
    ("On Tuesday, the ferry company resumed service.", "resumed", "2024-03-05"),
    ("The ferry company resumed service on Tuesday.", "resumed", "2024-03-05"),
    ("The port authority on Monday reopened the northern pier.", "reopened", "2024-03-04"),
    # a verbless lead-in with words of its own dates its noun, not the clause, when the clause has a date
    ("After talks on Monday, the union signed the deal on Tuesday.", "signed", "2024-03-05"),
    # inside the object, governed by another verb: the infinitive owns it
    ("The merchants filed a suit that asks a judge to order the city to publish every inspection since 2010.",
     "filed", None),
    ("The council asked the agency to publish every inspection since 2010.", "asked", None),
    # a participle after a noun owns its date
    ("Stocks rose sharply, pushing the index to the record high set on Feb. 9.", "rose", None),
    # a date that modifies a noun: before it, of it, or possessive
    ("The engineers cited the 2019 inspection.", "cited", None),
    ("The engineers mourned the victims of Feb. 9.", "mourned", None),
    ("The job figures for January surprised the analysts.", "surprised", None),
    # a year or century right before a common noun modifies it, whatever word comes first
    ("Divers mapped the old 2019 wreck near the pier.", "mapped", None),
    ("The engineers studied the fabled 2010 bridge design.", "studied", None),
    # ... but a preposition makes it the verb's time
    ("The engineers studied the bridge in 2019 designs were changed.", "studied", "2019"),
    ("The mayor promised a new bridge during her failed 2019 campaign.", "promised", "2019"),
    # a relative clause neither lends nor borrows
    ("The merchants, who sued the city last week, welcomed the news.", "welcomed", None),
    ("The merchants, who sued the city last week, welcomed the news.", "sued", "2024-W09"),
    # the complement of a planning or aspectual verb shares the verb's date
    ("The port authority plans to reopen the pier next month.", "plans", "2024-04"),
    ("The ferry line will start charging fares again on Thursday.", "start", "2024-03-07"),
    # "ordered the bridge closed at 3 p.m.": the participle completes the verb
    ("The mayor ordered the bridge closed at 3 p.m.", "ordered", "2024-03-04"),
    # "starting Thursday" is a date, not a verb of its own
    ("The authority will add ferry runs starting Thursday.", "add", "2024-03-07"),
    # a reduced relative clause with its own date is a happening of its own
    ("The mayor praised the engineers' report released on Monday.", "released", "2024-03-04"),
    ("The mayor praised the report, released on Monday, as thorough.", "released", "2024-03-04"),
    # the words of a quotation do not date the saying
    ("“We will not last through this spring,” the baker said.", "said", None),
    # a coordinated clause shares the date of the clause before it
    ("Divers inspected the pier on Monday and found two broken beams.", "found", "2024-03-04"),
]


@pytest.mark.parametrize("text, trigger, value", CASES)
def test_governing_expression(text, trigger, value):
    events = events_of(text)
    if value is None:
        assert trigger in events, sorted(events)
        date = events[trigger].date
        # dated without any of the text's expressions: the publication date, or none
        assert date is None or date.rule != "test", date
    else:
        assert trigger in events, sorted(events)
        assert events[trigger].date.value == value


def test_the_expression_of_another_verb_stays_in_the_headline():
    text = "The council asked the agency to publish every inspection since 2010."
    event = events_of(text)["asked"]
    assert "since 2010" in event.headline


def test_an_after_clause_happened_before_its_main_clause():
    text = "The ferry resumed service on Monday after crews cleared the channel."
    events = events_of(text)
    assert events["cleared"].date.mod == "BEFORE" and events["cleared"].date.start == D(2024, 3, 4)
    assert events["resumed"].date.mod is None
