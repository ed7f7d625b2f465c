"""The whole run: streaming, parallel determinism, Dask, and nothing lost silently."""
from __future__ import annotations

import datetime as dt
import json

import pytest

import timeline
from timeline.errors import NoInputError
from timeline.model import Document, DocumentResult
from timeline.pipeline import iter_results, process_document

STORY = [
    ("a.txt", "PORT ALDER, March 4, 2025 — The harbor council voted on Tuesday to close the old bridge.\n"
              "Engineers said on Monday that they found a crack in the main span.\n"),
    ("b.txt", "PORT ALDER, March 5, 2025 — The harbor council voted on Tuesday to shut the old bridge, "
              "officials said.\nThe ferry company will add boats next week.\n"),
    ("c.txt", "The mayor said the bridge opened in 1987 and has carried traffic since then.\n"),  # no date
]


@pytest.fixture
def story_dir(tmp_path):
    for name, text in STORY:
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("")
    return tmp_path


def as_json(tl) -> str:
    data = tl.to_dict()
    return json.dumps(data, sort_keys=True)


def test_build_keeps_every_document_and_reports_problems(story_dir):
    tl = timeline.build([story_dir], jobs=1)
    assert [d.id for d in tl.documents] == ["a.txt", "b.txt", "c.txt"]
    assert [n.file.rsplit("/", 1)[-1] for n in tl.skipped] == ["empty.txt"]
    undated_doc = [w for w in tl.warnings if w.file.endswith("c.txt")]
    assert undated_doc and "no publication date" in undated_doc[0].message
    assert tl.stats["documents"] == 3 and tl.stats["skipped"] == 1
    starts = [e.date.start for e in tl.events]
    assert starts == sorted(starts)


@pytest.fixture
def pools(monkeypatch):
    """Counts the process pools started; batches of one document, so that a few files need a pool."""
    from timeline import parallel

    started = []
    real = parallel._start_pool

    def counting(jobs, work):
        started.append(jobs)
        return real(jobs, work)

    monkeypatch.setattr(parallel, "_start_pool", counting)
    monkeypatch.setattr(parallel, "BATCH_DOCS", 1)
    return started


def test_output_is_identical_for_any_number_of_jobs(story_dir, pools):
    one = as_json(timeline.build([story_dir], jobs=1))
    assert pools == []
    two = as_json(timeline.build([story_dir], jobs=2))
    three = as_json(timeline.build([story_dir], jobs=3))
    assert pools == [2, 3]           # build keeps this process for reading and merging
    assert one == two == three


def _tagged(inputs, jobs):
    from timeline.pipeline import tag
    from timeline.tagging import timex_record

    out = []
    for item in tag(inputs, jobs=jobs):
        if isinstance(item, tuple):
            doc, timexes = item
            out.append((doc.id, doc.published, [timex_record(t) for t in timexes]))
        else:
            out.append(str(item))
    return out


def test_tag_gives_the_same_output_in_order_for_any_number_of_jobs(story_dir, pools):
    inputs = [story_dir / "c.txt", story_dir / "a.txt", story_dir / "missing.txt", story_dir / "b.txt",
              story_dir / "empty.txt", story_dir / "a.txt"]
    one = _tagged(inputs, jobs=1)
    assert pools == []
    two = _tagged(inputs, jobs=2)
    assert pools == [1]              # tag works a share in this process: one worker forked for two jobs
    assert one == two
    assert _tagged(inputs, jobs=3) == one
    assert [x[0] if isinstance(x, tuple) else "notice" for x in one] == ["c.txt", "a.txt", "notice", "b.txt",
                                                                        "notice"]
    assert [t["value"] for t in one[1][2]][:2] == ["2025-03-04", "2025-03-04"]


def test_one_batch_of_input_starts_no_pool(story_dir, pools, monkeypatch):
    from timeline import parallel

    monkeypatch.setattr(parallel, "BATCH_DOCS", 32)
    assert len(_tagged([story_dir], jobs=2)) == 4
    assert len(timeline.build([story_dir], jobs=2).documents) == 3
    assert pools == []


def test_results_stream_in_input_order_with_a_pool(tmp_path):
    lines = [json.dumps({"id": f"d{i:03d}", "text": f"The council met on Tuesday, meeting number {i}.",
                         "published": "2025-03-05"}) for i in range(120)]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines))
    ids = [r.info.id for r in iter_results([tmp_path / "feed.jsonl"], jobs=2) if isinstance(r, DocumentResult)]
    assert ids == [f"d{i:03d}" for i in range(120)]


def test_files_read_in_workers_keep_ids_unique_and_in_input_order(tmp_path, pools):
    """With a pool, each file is read in a worker; ids are still made unique in input order, as in one
    process: the second x.txt is x.txt~2, whichever worker read it, and its events carry that id."""
    for folder, day in (("a", "Monday"), ("b", "Tuesday"), ("c", "Wednesday")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "x.txt").write_text(f"The council approved the plan on {day}, officials said.")
        (tmp_path / folder / f"{folder}-other.html").write_text(
            f"<html><body><p>The port reopened on {day} after repairs, the authority said.</p></body></html>")
    (tmp_path / "b" / "x.txt.meta.json").write_text('{"published": "2025-03-07"}')
    (tmp_path / "c" / "bad.txt").write_bytes(b"\x00\x01\x02 binary")
    inputs = [tmp_path / "a", tmp_path / "missing.txt", tmp_path / "b", tmp_path / "c"]
    one = _tagged(inputs, jobs=1)
    assert pools == []
    two = _tagged(inputs, jobs=2)
    assert pools == [1]
    assert one == two
    ids = [x[0] for x in one if isinstance(x, tuple)]
    assert ids == ["a-other.html", "x.txt", "b-other.html", "x.txt~2", "c-other.html", "x.txt~3"]
    built_one = as_json(timeline.build(inputs, jobs=1, published=dt.date(2025, 3, 8)))
    built_three = as_json(timeline.build(inputs, jobs=3, published=dt.date(2025, 3, 8)))
    assert built_one == built_three
    assert "x.txt~3" in built_three


def test_a_crash_in_one_document_becomes_a_notice(monkeypatch):
    import sys
    resolve_pkg = sys.modules["timeline.resolve"]   # `timeline.resolve` is the function of that package

    def explode(text, reference=None, **kw):
        raise RuntimeError("boom")

    monkeypatch.setattr(resolve_pkg, "resolve", explode)
    doc = Document(id="x", text="On Tuesday.", path="x.txt", published=dt.date(2025, 3, 5))
    result = process_document(doc)
    assert result.events == () and result.info.id == "x"
    assert "could not be processed (RuntimeError: boom" in result.notices[-1].message


def test_nothing_readable_raises_no_input_error(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    with pytest.raises(NoInputError, match="empty file"):
        timeline.build([tmp_path / "empty.txt"])


@pytest.mark.slow
def test_dask_local_cluster_gives_the_same_output(story_dir):
    pytest.importorskip("distributed")
    local = as_json(timeline.build([story_dir], jobs=1))
    on_dask = as_json(timeline.build([story_dir], scheduler="local"))
    assert local == on_dask


@pytest.mark.parametrize("actors, about, expected", [
    ([["Port Authority"], ["Port Authority", "Mayor"], ["Port Authority"], ["Mayor"]], None,
     "Port Authority: a timeline from 3 articles"),
    ([["Port Authority"], ["Mayor"], ["Port Authority"], ["Mayor"]], None,
     "Timeline from 3 articles"),                               # a tie names no protagonist
    ([["Port Authority"]] * 5, "Ferries", "Timeline: Ferries"),
    ([], None, "Timeline from 3 articles"),
])
def test_default_title_names_the_story(actors, about, expected):
    from types import SimpleNamespace
    from timeline.model import DocumentInfo
    from timeline.pipeline import _default_title
    docs = [DocumentInfo(id=f"d{i}", path=f"d{i}.txt", title=f"Story {i}", published=None,
                         published_source=None) for i in range(3)]
    events = [SimpleNamespace(actors=tuple(a)) for a in actors]
    assert _default_title(docs, about, events) == expected
