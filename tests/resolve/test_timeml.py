from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

from timeline.resolve import resolve
from timeline.resolve.timeml import read_timeml, to_timeml

TEXT = "Talks <stalled> on Tuesday & resumed a day later; prices rose 5% in the third quarter."
DCT = dt.date(2022, 2, 16)


def test_to_timeml_is_well_formed_and_round_trips():
    timexes = resolve(TEXT, DCT)
    xml = to_timeml(TEXT, timexes, DCT, doc_id="doc-1")
    root = ET.fromstring(xml)
    assert root.find("DOCID").text == "doc-1"
    dct = root.find("DCT/TIMEX3")
    assert dct.get("tid") == "t0" and dct.get("value") == "2022-02-16"
    assert dct.get("functionInDocument") == "CREATION_TIME"
    tags = root.findall("TEXT/TIMEX3")
    assert [t.text for t in tags] == [t.text for t in timexes]
    back = read_timeml(xml)
    assert back.text == TEXT
    assert back.dct == DCT and back.doc_id == "doc-1"
    assert [(t.start, t.end, t.type, t.value) for t in back.timexes] == \
        [(t.start, t.end, t.type, t.value) for t in timexes]


def test_anchors_are_written_as_anchor_time_ids():
    timexes = resolve(TEXT, DCT)
    xml = to_timeml(TEXT, timexes, DCT)
    root = ET.fromstring(xml)
    by_text = {t.text: t for t in root.findall("TEXT/TIMEX3")}
    assert by_text["Tuesday"].get("anchorTimeID") == "t0"
    assert by_text["a day later"].get("anchorTimeID") == by_text["Tuesday"].get("tid")
    assert by_text["a day later"].get("value") == "2022-02-16"


def test_without_dct_there_is_no_dct_element():
    xml = to_timeml("nothing here", [], None)
    assert ET.fromstring(xml).find("DCT") is None


def test_reading_only_the_text_gives_what_the_full_reader_gives():
    """`timeline tag` reads a .tml input with read_timeml_text (no per-annotation loop); it must give the
    same DOCID and text as read_timeml, entities split by tags and malformed ones included."""
    from pathlib import Path

    from timeline.resolve.timeml import read_timeml_text
    sources = [
        '<TimeML><DOCID> d&amp;1 </DOCID><TEXT>Fish &amp; <TIMEX3 tid="t1" type="DATE" value="2001">2001'
        '</TIMEX3> chips &lt;b&gt; &amp<EVENT eid="e1">x</EVENT>; &bogus; done</TEXT></TimeML>',
        "<TimeML><TEXT>no entities, <SIGNAL sid='s1'>on</SIGNAL> Monday</TEXT></TimeML>",
        "<TimeML><DOCID>empty</DOCID></TimeML>",
    ]
    repo = Path(__file__).resolve().parents[2]
    sources += [p.read_text(encoding="utf-8") for p in sorted(repo.glob("fixtures/timeml*/*.tml"))[::25]]
    for source in sources:
        full = read_timeml(source)
        assert read_timeml_text(source) == (full.doc_id, full.text)
