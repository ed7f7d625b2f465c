"""Property tests: whatever bytes arrive, ingestion reports instead of raising."""
import datetime as dt
import io
import json

from hypothesis import HealthCheck, given, settings, strategies as st

from timeline.ingest import find_dateline, read_documents
from timeline.ingest.pubdate import find_filename_date
from timeline.model import Document, Notice

SUFFIXES = [".txt", ".md", ".html", ".json", ".jsonl"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=3000), suffix=st.sampled_from(SUFFIXES))
def test_arbitrary_bytes_never_raise(tmp_path, data, suffix):
    path = tmp_path / f"input{suffix}"
    path.write_bytes(data)
    for item in read_documents([str(path)]):
        assert isinstance(item, (Document, Notice))
        if isinstance(item, Notice):
            assert "\n" not in str(item)
        else:
            assert item.text.strip()
            assert item.published is None or 1000 <= item.published.year <= 2999


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_text_is_kept_exactly(text):
    items = list(read_documents(["-"], stdin=io.BytesIO(text.encode("utf-8"))))
    docs = [i for i in items if isinstance(i, Document)]
    if docs and not text.lstrip().startswith(("{", "[", "<")):
        assert docs[0].text == text


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_dateline_and_filename_dates_are_real_dates(text):
    found = find_dateline(text)
    if found:
        assert isinstance(found[0], dt.date) and found[1] in text
    date = find_filename_date(text)
    assert date is None or isinstance(date, dt.date)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.one_of(
    st.dictionaries(st.sampled_from(["id", "text", "html", "published", "title", "url"]),
                    st.one_of(st.text(max_size=50), st.integers(), st.none(), st.lists(st.integers(), max_size=2))),
    st.text(max_size=30)), max_size=6))
def test_jsonl_records_of_any_shape(records):
    payload = "\n".join(json.dumps(r) if not isinstance(r, str) else r for r in records).encode()
    items = list(read_documents(["-"], stdin=io.BytesIO(b"\n" + payload if payload.startswith(b"{") else payload)))
    for item in items:
        assert isinstance(item, (Document, Notice))
