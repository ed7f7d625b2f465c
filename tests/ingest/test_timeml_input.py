"""TimeML files as input: the <TEXT> is the article, the <DCT> its publication date (TimeBank, TempEval)."""
import datetime as dt
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import cli
from timeline.ingest import read_documents
from timeline.model import Document, Notice
from timeline.resolve import resolve
from timeline.resolve.timeml import read_timeml

# Invented article; the file carries annotations of its own (which the tool ignores) as TempEval files do.
TML = """<?xml version="1.0" ?>
<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<DOCID>HW20190305.0042</DOCID>
<DCT><TIMEX3 tid="t0" type="TIME" value="2019-03-05T08:10:00" temporalFunction="false" functionInDocument="CREATION_TIME">03/05/2019 08:10:00</TIMEX3></DCT>
<TITLE>Ferry &amp; bridge plans delayed</TITLE>
<TEXT>
The harbor board <EVENT eid="e1" class="OCCURRENCE">met</EVENT> on <TIMEX3 tid="t1" type="DATE" value="2019-03-04">Monday</TIMEX3> and put off the vote until <TIMEX3 tid="t2" type="DATE" value="2019-04">next month</TIMEX3>.
Fares rose 5% &lt;again&gt; last year.
</TEXT>
<TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t0"/>
</TimeML>
"""
TEXT = ("\nThe harbor board met on Monday and put off the vote until next month.\n"
        "Fares rose 5% <again> last year.\n")


def read(paths, **kw):
    items = list(read_documents([str(p) for p in paths], **kw))
    return [i for i in items if isinstance(i, Document)], [i for i in items if isinstance(i, Notice)]


def test_text_dct_id_and_title_come_from_the_timeml(tmp_path):
    (tmp_path / "a.tml").write_text(TML, encoding="utf-8")
    docs, notices = read([tmp_path / "a.tml"])
    assert notices == []
    doc = docs[0]
    assert doc.text == TEXT                           # tags removed, entities decoded, offsets as TempEval's
    assert doc.published == dt.date(2019, 3, 5) and doc.published_source == "timeml-dct"
    assert doc.id == "HW20190305.0042"
    assert doc.title == "Ferry & bridge plans delayed"


def test_the_option_still_beats_the_dct(tmp_path):
    (tmp_path / "a.tml").write_text(TML, encoding="utf-8")
    docs, _ = read([tmp_path / "a.tml"], published=dt.date(2020, 1, 1))
    assert docs[0].published == dt.date(2020, 1, 1) and docs[0].published_source == "option"


def test_an_unreadable_dct_is_reported_and_the_next_rung_tried(tmp_path):
    bad = TML.replace('value="2019-03-05T08:10:00"', 'value="2019-13-45"')
    (tmp_path / "2018-06-01-board.tml").write_text(bad, encoding="utf-8")
    docs, notices = read([tmp_path / "2018-06-01-board.tml"])
    assert docs[0].published == dt.date(2018, 6, 1) and docs[0].published_source == "filename"
    assert [n.kind for n in notices] == [] and any("<DCT> ignored" in n.message for n in docs[0].notices)


def test_timeml_without_text_element_reads_the_body(tmp_path):
    bare = ('<TimeML><DOCID>x</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="2001-02-03" '
            'functionInDocument="CREATION_TIME">2001-02-03</TIMEX3></DCT>\nThe plant closed '
            '<TIMEX3 tid="t1" type="DATE" value="2001-02-02">yesterday</TIMEX3>.\n<TLINK lid="l1"/></TimeML>')
    (tmp_path / "b.timeml").write_text(bare, encoding="utf-8")
    docs, _ = read([tmp_path / "b.timeml"])
    assert docs[0].text == "The plant closed yesterday." and docs[0].published == dt.date(2001, 2, 3)


def test_empty_text_is_skipped_with_a_reason(tmp_path):
    (tmp_path / "c.tml").write_text("<TimeML><DOCID>c</DOCID><TEXT>  </TEXT></TimeML>", encoding="utf-8")
    docs, notices = read([tmp_path / "c.tml"])
    assert docs == [] and notices[0].kind == "skipped" and "TimeML <TEXT>" in notices[0].message


def test_directories_xml_and_stdin(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.tml").write_text(TML, encoding="utf-8")
    (tmp_path / "notes.xml").write_text("<notes>not an article format the walk reads</notes>", encoding="utf-8")
    docs, _ = read([tmp_path])
    assert [d.id for d in docs] == ["HW20190305.0042"]
    (tmp_path / "d.xml").write_text(TML, encoding="utf-8")           # named explicitly: sniffed as TimeML
    docs, _ = read([tmp_path / "d.xml"])
    assert docs[0].text == TEXT
    docs = [d for d in read_documents(["-"], stdin=io.BytesIO(TML.encode())) if isinstance(d, Document)]
    assert docs[0].text == TEXT and docs[0].published_source == "timeml-dct"


def test_tag_round_trips_timeml_and_resolves_against_the_dct(tmp_path):
    (tmp_path / "a.tml").write_text(TML, encoding="utf-8")
    out = CliRunner().invoke(cli, ["tag", "-q", "--format", "timeml", str(tmp_path / "a.tml")],
                             catch_exceptions=False).output
    back = read_timeml(out)
    assert back.text == TEXT and back.dct == dt.date(2019, 3, 5) and back.doc_id == "HW20190305.0042"
    values = {t.text: t.value for t in back.timexes}
    assert values == {"Monday": "2019-03-04", "next month": "2019-04", "last year": "2018"}
    line = CliRunner().invoke(cli, ["tag", "-q", "--format", "jsonl", str(tmp_path / "a.tml")]).output
    record = json.loads(line)
    assert all(TEXT[t["start"]:t["end"]] == t["text"] for t in record["timexes"])


TBAQ = Path(__file__).resolve().parents[2].parent / "shared" / "corpora" / "tbaq"


@pytest.mark.skipif(not TBAQ.is_dir(), reason="TBAQ corpus (../shared/corpora/tbaq) not present")
def test_tagging_tbaq_files_directly_equals_resolving_their_text_and_dct():
    paths = sorted(TBAQ.glob("*/*.tml"))[::16]
    out = CliRunner().invoke(cli, ["tag", "-q", "--format", "jsonl", *map(str, paths)]).output
    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) == len(paths)
    for path, record in zip(paths, records):
        gold = read_timeml(path.read_text(encoding="utf-8"))
        assert record["published"] == gold.dct.isoformat()
        expected = [(t.start, t.end, t.value) for t in resolve(gold.text, gold.dct)]
        assert [(t["start"], t["end"], t["value"]) for t in record["timexes"]] == expected


def test_tag_into_a_directory_names_each_file_as_its_input_for_tempeval_scorers(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "out").mkdir()
    (tmp_path / "in" / "HW20190305.0042.tml").write_text(TML, encoding="utf-8")
    result = CliRunner().invoke(cli, ["tag", "-q", "--format", "timeml", "-o", str(tmp_path / "out"),
                                      str(tmp_path / "in")])
    assert result.exit_code == 0, result.output
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["HW20190305.0042.tml"]


from hypothesis import given, settings, strategies as st  # noqa: E402

_ARTICLE_CHARS = st.text(alphabet=st.sampled_from(list("abc XYZ019.,;:'\"&<>\n\t-é’")), min_size=1, max_size=200)


@settings(max_examples=150, deadline=None)
@given(text=_ARTICLE_CHARS.filter(lambda t: t.strip()), day=st.dates(dt.date(1900, 1, 1), dt.date(2099, 12, 31)))
def test_any_text_written_as_timeml_reads_back_as_the_same_article(text, day):
    """What `timeline tag --format timeml` writes, `timeline` reads back: same text, same date, and the
    expressions it finds sit at the same offsets."""
    from timeline.resolve.timeml import to_timeml
    written = to_timeml(text, resolve(text, day), day, doc_id="doc-1")
    docs = [d for d in read_documents(["-"], stdin=io.BytesIO(written.encode("utf-8"))) if isinstance(d, Document)]
    assert len(docs) == 1
    assert docs[0].text == text and docs[0].published == day and docs[0].id == "doc-1"
    assert [(t.start, t.end) for t in read_timeml(written).timexes] == \
        [(t.start, t.end) for t in resolve(text, day)]
