"""A wrong dateline shifts every deictic date of an article by one offset: once two merged date
conflicts between two articles agree on it, the weaker tellings of the same story at that offset
merge as conflicts too, and nothing else does.

All articles are invented; the resolver dates them from their publication dates.
"""
from __future__ import annotations

import datetime as dt

import pytest

from timeline.events import assemble_events, extract_events, merge
from timeline.model import Document, Event, EventDate, Source, Span
from timeline.resolve import resolve

D = dt.date

# a pier story: "right" is dated by a trusted option, "late" by a dateline 283 days later, so its
# "Tuesday" and "Wednesday" land 280 days late
PIER_RIGHT = ("right", D(2024, 3, 6), "option",
              "The Lakeside Port Authority on Tuesday announced that the northern pier would close for repairs. "
              "On Wednesday, Mayor Ines Dahl said the city would pay for a temporary ferry landing. "
              "Harbor master Tomas Brek said on Tuesday that crews would inspect every pillar by April. "
              "Lakeside Transit released a video of the damaged pillars on Wednesday.")
PIER_LATE = ("late", D(2024, 12, 14), "dateline",
             "The Lakeside Port Authority announced on Tuesday that the northern pier would close for repairs. "
             "Mayor Ines Dahl said Wednesday that the city would pay for a temporary ferry landing. "
             "A day earlier, Brek told reporters that divers would check the remaining pillars. "
             "Lakeside Transit also published footage of the cracked pillars on Wednesday.")
# the same late article, but the harbor master's words carry a date written out with its year: a
# dateline cannot have moved it, so it is another day's statement
PIER_LATE_ABSOLUTE = ("late", D(2024, 12, 14), "dateline", PIER_LATE[3].replace(
    "A day earlier, Brek told", "On December 10, 2024, Brek told"))

# a museum story: "yesterday" and "today" land 35 days late in the article with the wrong dateline
MUSEUM_RIGHT = ("right", D(2023, 10, 12), "record",
                "Police in Vardby said yesterday that two paintings were stolen from the city museum. "
                "Museum director Lena Osk said today that the alarm system had failed. "
                "Curator Piet Hal made an appeal for witnesses yesterday. "
                "The Vardby Gazette published photos of the empty frames today.")
MUSEUM_LATE = ("late", D(2023, 11, 16), "dateline",
               "Police in Vardby said yesterday that two paintings had been stolen from the city museum. "
               "Museum director Lena Osk said today that the alarm system had failed. "
               "Yesterday curator Piet Hal urged visitors who saw the thieves to call the police. "
               "The Vardby Gazette printed pictures of the bare frames today.")

# two unrelated stories of the same town and the same weekdays
MARKET = ("market", D(2024, 3, 6), "option",
          "The Lakeside Port Authority on Tuesday announced a new fee for cruise ships. "
          "On Wednesday, Mayor Ines Dahl opened the spring flower market. "
          "Lakeside Transit said on Wednesday that bus drivers would strike next week.")
RESCUE = ("rescue", D(2024, 12, 14), "dateline",
          "The Lakeside Fire Brigade on Tuesday rescued two hikers from the cliffs. "
          "Governor Arne Lund said Wednesday that the coastal road would reopen. "
          "A day earlier, Lakeside Radio broadcast a debate about the new bridge.")
RESCUE_SAME_DAYS = ("rescue", D(2024, 3, 6), "dateline", RESCUE[3])


def build(*articles) -> object:
    per_document = []
    for doc_id, published, origin, text in articles:
        d = Document(id=doc_id, text=text, path=f"/tmp/{doc_id}.txt", published=published,
                     published_source=origin)
        per_document.append((d.info(), extract_events(d, resolve(text, published))))
    return assemble_events(per_document)


def _is(source: Source, doc_id: str, key: str) -> bool:
    """key: a trigger, or "trigger@word" with a word of its sentence when the trigger is not enough."""
    trigger, _, word = key.partition("@")
    return source.doc == doc_id and source.trigger.text == trigger and word in source.sentence


def telling(result, doc_id: str, key: str) -> Event:
    found = [e for e in result.events if any(_is(s, doc_id, key) for s in e.sources)]
    assert len(found) == 1, [(e.headline, [(s.doc, s.trigger.text) for s in e.sources]) for e in result.events]
    return found[0]


STORIES = [
    # (name, trusted article, shifted article, shift in days, pairs told by both: (trusted trigger, shifted
    #  trigger, merged only thanks to the offset), shifted triggers that must stay alone)
    ("pier, weekdays", PIER_RIGHT, PIER_LATE, 280,
     [("announced", "announced", False), ("said@Dahl", "said@Dahl", False),
      ("said@Brek", "told", True), ("released", "published", True)], []),
    ("museum, yesterday and today", MUSEUM_RIGHT, MUSEUM_LATE, 35,
     [("said@Police", "said@Police", False), ("said@Osk", "said@Osk", False),
      ("made", "urged", True), ("published", "printed", True)], []),
    ("pier, a date written with its year", PIER_RIGHT, PIER_LATE_ABSOLUTE, 280,
     [("announced", "announced", False), ("said@Dahl", "said@Dahl", False),
      ("released", "published", True)], ["told"]),
]


@pytest.mark.parametrize("name, right, late, shift, both, alone", STORIES, ids=[s[0] for s in STORIES])
def test_a_consistent_offset_merges_the_whole_story_as_conflicts(name, right, late, shift, both, alone):
    result = build(right, late)
    for right_trigger, late_trigger, _ in both:
        event = telling(result, "late", late_trigger)
        assert len(event.sources) == 2
        assert any(_is(s, "right", right_trigger) for s in event.sources)
        assert len(event.conflict) == 2
        assert (event.conflict[1].start - event.conflict[0].start).days == shift
        right_date = next(s.date for s in event.sources if s.doc == "right")
        assert event.date == right_date       # the trusted publication date wins
    for late_trigger in alone:
        assert telling(result, "late", late_trigger).corroboration == 1
    assert [w.file for w in result.warnings] == ["/tmp/late.txt"]
    assert f"{len(both)} events" in result.warnings[0].message and "dateline" in result.warnings[0].message


@pytest.mark.parametrize("name, right, late, shift, both, alone", STORIES, ids=[s[0] for s in STORIES])
def test_without_the_offset_the_weak_tellings_stay_apart(monkeypatch, name, right, late, shift, both, alone):
    monkeypatch.setattr(merge, "offset_pairs", lambda items, links: [])
    result = build(right, late)
    for _, late_trigger, needs_offset in both:
        assert (telling(result, "late", late_trigger).corroboration == 1) == needs_offset


CONTROLS = [
    ("unrelated, one dateline shifted", MARKET, RESCUE),
    ("unrelated, same days", MARKET, RESCUE_SAME_DAYS),
]


@pytest.mark.parametrize("name, first, second", CONTROLS, ids=[c[0] for c in CONTROLS])
def test_unrelated_articles_never_merge(name, first, second):
    result = build(first, second)
    assert result.events
    assert all(e.corroboration == 1 and not e.conflict for e in result.events)
    assert not result.warnings


def test_an_established_offset_does_not_reach_a_third_article():
    result = build(PIER_RIGHT, PIER_LATE, RESCUE)
    assert all({s.doc for s in e.sources} <= {"right", "late"} for e in result.events if e.corroboration > 1)
    for event in result.events:
        assert len({s.doc for s in event.sources}) == len(event.sources)     # one source per article


def _item(text: str, start: dt.date, end: dt.date, granularity: str = "day", mod=None, basis: str = "timex"):
    timex = Span(0, len(text), text) if basis != "publication" else None
    date = EventDate(value=start.isoformat(), start=start, end=end, granularity=granularity, basis=basis,
                     mod=mod, timex=timex)
    source = Source(doc="a", sentence="Crews painted the bridge.", start=0, end=25,
                    trigger=Span(6, 13, "painted"), date=date)
    return merge.features(0, Event(id="a#e1", headline="Crews painted the bridge", date=date, sources=(source,)))


@pytest.mark.parametrize("text, start, end, granularity, mod, basis, deictic", [
    ("Tuesday", D(2024, 3, 5), D(2024, 3, 5), "day", None, "timex", True),
    ("yesterday", D(2024, 3, 5), D(2024, 3, 5), "day", None, "narrative", True),
    ("", D(2024, 3, 6), D(2024, 3, 6), "day", None, "publication", True),
    ("March 5, 2024", D(2024, 3, 5), D(2024, 3, 5), "day", None, "timex", False),
    ("5 March '24", D(2024, 3, 5), D(2024, 3, 5), "day", None, "timex", False),
    ("last month", D(2024, 2, 1), D(2024, 2, 29), "month", None, "timex", False),
    ("", D(2024, 3, 6), D(2024, 3, 6), "day", "BEFORE", "publication", False),
])
def test_which_dates_a_dateline_moves(text, start, end, granularity, mod, basis, deictic):
    day = merge.deictic_day(_item(text, start, end, granularity, mod, basis))
    assert day == (start if deictic else None)


@pytest.mark.parametrize("offsets, expected", [
    ([280, 280], 280),
    ([280, 281], 280),            # "Tuesday" and "a day earlier" may land a day apart
    ([280, 280, 35], 280),
    ([280], None),                # one conflict is not yet a pattern
    ([280, 35], None),
    ([280, 280, 35, 35], None),   # no offset holds for most conflicts
    ([1, 1], None),               # within the slack of agreeing dates
    ([-35, -35], -35),
])
def test_the_offset_most_conflicts_agree_on(offsets, expected):
    assert merge._consistent_offset(offsets) == expected
