import datetime as dt

import pytest

from timeline.ingest.pubdate import InvalidDate, find_dateline, find_filename_date, parse_date_value

D = dt.date


@pytest.mark.parametrize("raw, expected", [
    ("2022-02-16", D(2022, 2, 16)),
    ("2022-02-16T09:15:00Z", D(2022, 2, 16)),
    ("2022-02-16 23:59", D(2022, 2, 16)),
    ("20220216", D(2022, 2, 16)),
    ("Feb. 16, 2022", D(2022, 2, 16)),
    ("16 February 2022", D(2022, 2, 16)),
    ("Wed, 16 Feb 2022 10:00:00 GMT", D(2022, 2, 16)),
    ("16.02.2022", D(2022, 2, 16)),
    (dt.datetime(2022, 2, 16, 8), D(2022, 2, 16)),
])
def test_parse_date_value(raw, expected):
    assert parse_date_value(raw) == expected


@pytest.mark.parametrize("raw, why", [
    ("2022-02-31", "day is out of range"),
    ("2022-13-45", "month must be in 1..12"),
    ("0000-01-01", "year 0 is out of range"),
    ("99999-01-01", "year 99999 is out of range"),
    ("soon", "unreadable date"),
    ("", "empty date"),
    (20220216, "unreadable date"),
])
def test_parse_date_value_rejects_impossible_dates(raw, why):
    with pytest.raises(InvalidDate, match=why):
        parse_date_value(raw)


@pytest.mark.parametrize("text, expected", [
    ("MOSCOW, Feb. 16, 2022 — Russia said on Tuesday...", D(2022, 2, 16)),
    ("November 26, 2022\n\nRaven Tribune\n\nSome headline here", D(2022, 11, 26)),
    ("PORT ALDER (Harbor Wire) 4 March 2025 - The bridge...", D(2025, 3, 4)),
    ("By A. Writer\nPublished 2025-03-04\nThe council met.", D(2025, 3, 4)),
    ("\ufeffMarch 4th, 2025\nText", D(2025, 3, 4)),
])
def test_find_dateline(text, expected):
    found = find_dateline(text)
    assert found is not None and found[0] == expected


@pytest.mark.parametrize("text", [
    "Copyright 2023 Nexstar Media Inc. All rights reserved.\nText.",
    "The conflict has killed 14,000 people since 2014.",
    "Updated March 5, 2025\nThe bridge reopened.",                     # a modified date, not the publication date
    "One\nTwo\nThree\nFour\nFive\nSix\nSeven\nFeb. 16, 2022 came later.",  # too deep to be a dateline
    "Russia said Wednesday it would return troops to bases.",
    "A long opening sentence that goes on and on about many things happening in the region before finally "
    "mentioning that on February 16, 2022 something happened there.",
])
def test_no_dateline(text):
    assert find_dateline(text) is None


@pytest.mark.parametrize("name, expected", [
    ("2025-03-12-council-vote.txt", D(2025, 3, 12)),
    ("report_20250312.html", D(2025, 3, 12)),
    ("wire.2025_03_12.txt", D(2025, 3, 12)),
    ("000_6becb00494f95f14.txt", None),           # a hash is not a date
    ("story-2025-02-30.txt", None),               # impossible
    ("a20250312b.txt", None),                     # not standing apart
    ("notes.txt", None),
])
def test_find_filename_date(name, expected):
    assert find_filename_date(name) == expected


@pytest.mark.parametrize("raw, zone, expected", [
    ("2022-02-16T03:00:00Z", "America/New_York", D(2022, 2, 15)),     # evening of the 15th in New York
    ("2022-02-16T03:00:00Z", "Europe/Kyiv", D(2022, 2, 16)),
    ("2022-02-15T23:30:00-05:00", "Asia/Tokyo", D(2022, 2, 16)),
    ("2022-02-16T03:00:00Z", None, D(2022, 2, 16)),                   # no zone: the date as written
    ("2022-02-16", "America/New_York", D(2022, 2, 16)),               # a bare date has no instant to convert
])
def test_timestamps_are_converted_to_the_given_zone(raw, zone, expected):
    assert parse_date_value(raw, zone) == expected


@pytest.mark.parametrize("raw, expected", [
    ("16 février 2022", D(2022, 2, 16)),
    ("16. Februar 2022", D(2022, 2, 16)),
    ("16 de febrero de 2022", D(2022, 2, 16)),
])
def test_metadata_dates_in_other_languages(raw, expected):
    assert parse_date_value(raw) == expected


def test_unknown_time_zone():
    from timeline.ingest import check_timezone
    with pytest.raises(InvalidDate, match="unknown time zone 'Mars/Base'"):
        check_timezone("Mars/Base")


@pytest.mark.parametrize("raw", ["yesterday", "now", "today", "last week", "2 days ago"])
def test_relative_phrase_is_no_publication_date(raw):
    # stop 27 fuzz: these were read as days relative to 2000-01-01
    with pytest.raises(InvalidDate, match="unreadable date"):
        parse_date_value(raw)


@pytest.mark.parametrize("raw, expected", [("16 février 2022", dt.date(2022, 2, 16)),
                                           ("Wed, 16 Feb 2022 10:00:00 GMT", dt.date(2022, 2, 16))])
def test_written_dates_still_read(raw, expected):
    assert parse_date_value(raw) == expected
