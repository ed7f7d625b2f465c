"""Each input format, each rung of the publication-date ladder, and bad inputs."""
import datetime as dt
import io
import json
import os

import pytest

from timeline.ingest import read_documents
from timeline.model import Document, Notice

D = dt.date
ARTICLE = "The harbor council met on Tuesday and voted to close the bridge.\nEngineers spoke after the vote.\n"
HTML = """<!doctype html><html><head><title>Council closes the bridge | Test Gazette</title>
<meta property="article:published_time" content="2025-03-20T09:15:00Z">
<meta property="article:modified_time" content="2025-04-02T10:00:00Z">
<meta property="og:site_name" content="Test Gazette"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Council closes the bridge</h1>
<p>The harbor council met on Tuesday evening and voted to close the old bridge to all traffic, citing a crack
found by inspectors in the main span during a routine survey of the structure last month.</p>
<p>Engineers said repairs could take several weeks, and the ferry service will run every hour in the meantime
while the city looks for funding to pay for the work.</p></article>
<footer>Copyright 2026 Test Gazette. All rights reserved.</footer></body></html>"""


def read(paths, **kw):
    items = list(read_documents([str(p) for p in paths], **kw))
    docs = [i for i in items if isinstance(i, Document)]
    notices = [i for i in items if isinstance(i, Notice)]
    return docs, notices


def write(path, content, mode="w"):
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


# -- formats ------------------------------------------------------------------

def test_text_file_keeps_text_exactly(tmp_path):
    raw = "Title line of the story here\r\n\r\nOn Tuesday the council met.\r\n"
    write(tmp_path / "story.txt", raw.encode("utf-8"))
    (doc,), notices = read([tmp_path / "story.txt"], published=D(2025, 3, 5))
    assert doc.text == raw                      # CRLF kept: offsets refer to the bytes as given
    assert doc.id == "story.txt" and doc.path.endswith("story.txt")
    assert doc.title == "Title line of the story here"


def test_markdown_file(tmp_path):
    write(tmp_path / "note.md", "# Bridge closed for repairs today\n\n" + ARTICLE)
    (doc,), _ = read([tmp_path / "note.md"], published=D(2025, 3, 5))
    assert doc.title == "Bridge closed for repairs today"


def test_html_file_extracts_clean_text_title_and_original_date(tmp_path):
    write(tmp_path / "page.html", HTML)
    (doc,), notices = read([tmp_path / "page.html"])
    assert "voted to close the old bridge" in doc.text
    assert "Home" not in doc.text and "Copyright" not in doc.text
    assert doc.title.startswith("Council closes the bridge")
    assert doc.published == D(2025, 3, 20)        # published, not modified
    assert doc.published_source == "html-meta"
    assert doc.source == "Test Gazette"


def test_json_single_article_and_list(tmp_path):
    write(tmp_path / "one.json", json.dumps({"id": "a1", "text": ARTICLE, "published": "2025-03-04",
                                              "title": "T", "source": "Wire", "url": "https://x.test/a1"}))
    write(tmp_path / "many.json", json.dumps([{"text": ARTICLE}, {"html": HTML, "id": "h"}]))
    docs, notices = read([tmp_path / "one.json", tmp_path / "many.json"])
    assert [d.id for d in docs] == ["a1", "many.json#1", "h"]
    assert docs[0].published == D(2025, 3, 4) and docs[0].published_source == "record"
    assert docs[0].url == "https://x.test/a1" and docs[0].source == "Wire"
    assert docs[2].published_source == "html-meta"
    assert docs[0].text == ARTICLE


def test_jsonl_streams_records_and_reports_bad_lines(tmp_path):
    lines = [json.dumps({"id": "r1", "text": ARTICLE, "published": "2025-03-04"}),
             "{not json",
             "",
             json.dumps({"id": "r3", "title": "no body"}),
             json.dumps(["not", "an", "object"]),
             json.dumps({"id": "r6", "text": "Another article on Monday.", "published": "2025-03-10"})]
    write(tmp_path / "feed.jsonl", "\n".join(lines) + "\n")
    docs, notices = read([tmp_path / "feed.jsonl"])
    assert [d.id for d in docs] == ["r1", "r6"]
    skipped = {n.line: n.message for n in notices if n.kind == "skipped"}
    assert set(skipped) == {2, 4, 5}
    assert "malformed JSON line" in skipped[2]
    assert 'no "text" or "html"' in skipped[4]


def test_directory_recursion_is_sorted_and_skips_hidden_and_sidecars(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    write(tmp_path / "b" / "2.txt", ARTICLE)
    write(tmp_path / "a.txt", ARTICLE)
    write(tmp_path / "a.txt.meta.json", json.dumps({"published": "2025-03-01"}))
    write(tmp_path / ".git" / "x.txt", ARTICLE)
    write(tmp_path / "notes.toml", "x = 1")
    docs, notices = read([tmp_path])
    assert [d.id for d in docs] == ["a.txt", "2.txt"]


def test_glob_and_stdin(tmp_path):
    write(tmp_path / "x1.txt", ARTICLE)
    write(tmp_path / "x2.txt", ARTICLE)
    docs, _ = read([tmp_path / "x*.txt"])
    assert [d.id for d in docs] == ["x1.txt", "x2.txt"]
    stdin = io.BytesIO(json.dumps({"id": "s", "text": ARTICLE}).encode())
    docs = [d for d in read_documents(["-"], stdin=stdin) if isinstance(d, Document)]
    assert docs[0].id == "s" and docs[0].path == "<stdin>"


def test_duplicate_ids_are_made_unique(tmp_path):
    write(tmp_path / "f.jsonl", "\n".join(json.dumps({"id": "same", "text": ARTICLE}) for _ in range(3)))
    docs, _ = read([tmp_path / "f.jsonl"])
    assert [d.id for d in docs] == ["same", "same~2", "same~3"]


# -- the publication-date ladder ------------------------------------------------

def test_option_beats_everything(tmp_path):
    write(tmp_path / "2020-01-01-x.txt", "March 4, 2025\n" + ARTICLE)
    (doc,), _ = read([tmp_path / "2020-01-01-x.txt"], published=D(2022, 2, 16))
    assert (doc.published, doc.published_source) == (D(2022, 2, 16), "option")


def test_record_beats_html_metadata(tmp_path):
    write(tmp_path / "r.json", json.dumps({"html": HTML, "published": "2025-03-21"}))
    (doc,), _ = read([tmp_path / "r.json"])
    assert (doc.published, doc.published_source) == (D(2025, 3, 21), "record")


def test_sidecar_beats_dateline(tmp_path):
    write(tmp_path / "s.txt", "March 4, 2025\n" + ARTICLE)
    write(tmp_path / "s.txt.meta.json", json.dumps({"published": "2025-03-05", "source": "Side Wire",
                                                   "title": "From the sidecar"}))
    (doc,), _ = read([tmp_path / "s.txt"])
    assert (doc.published, doc.published_source) == (D(2025, 3, 5), "sidecar")
    assert doc.source == "Side Wire" and doc.title == "From the sidecar"


def test_dateline_beats_filename(tmp_path):
    write(tmp_path / "2020-01-01-x.txt", "PORT ALDER, March 4, 2025 — " + ARTICLE)
    (doc,), _ = read([tmp_path / "2020-01-01-x.txt"])
    assert (doc.published, doc.published_source) == (D(2025, 3, 4), "dateline")


def test_filename_date(tmp_path):
    write(tmp_path / "2025-03-12-council-vote.txt", ARTICLE)
    (doc,), _ = read([tmp_path / "2025-03-12-council-vote.txt"])
    assert (doc.published, doc.published_source) == (D(2025, 3, 12), "filename")


def test_no_date_keeps_the_document_and_warns(tmp_path):
    write(tmp_path / "undated.txt", ARTICLE + "Copyright 2023 Some Media Inc. All rights reserved.\n")
    (doc,), notices = read([tmp_path / "undated.txt"])
    assert doc.published is None and doc.published_source is None
    assert any("no publication date" in n.message and n.file.endswith("undated.txt") for n in doc.notices)


def test_invalid_record_date_warns_and_falls_through(tmp_path):
    write(tmp_path / "bad.jsonl", json.dumps({"id": "b", "text": "PORT ALDER, March 4, 2025 — " + ARTICLE,
                                              "published": "2022-02-31"}) + "\n")
    (doc,), _ = read([tmp_path / "bad.jsonl"])
    assert (doc.published, doc.published_source) == (D(2025, 3, 4), "dateline")
    assert any("impossible date '2022-02-31'" in n.message and n.line == 1 for n in doc.notices)


# -- bad inputs: one notice each, the good files still come through ----------------

@pytest.mark.parametrize("name, content, reason", [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"   \n\n\t", "empty file"),
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (a PNG image)"),
    ("nul.txt", b"text\x00with\x00nuls", "binary file (contains NUL bytes)"),
    ("doc.html", b"%PDF-1.4 binary", "binary file (a PDF)"),
    ("broken.json", b'{"text": "abc",', "malformed JSON at line 1"),
    # stop 26 fuzz: nested ~1000 deep, json raised RecursionError, which took the whole run down
    ("deep.json", b"[" * 100_000 + b"]" * 100_000, "malformed JSON: nested too deeply"),
    ("deep.jsonl", b'{"a": ' * 5_000 + b"1" + b"}" * 5_000 + b"\n", "malformed JSON line: nested too deeply"),
    ("wrong.json", b'"just a string"', "not an article object"),
    ("nobody.json", b'{"title": "x"}', 'no "text" or "html"'),
    ("empty.jsonl", b"\n\n", "empty file"),
    ("empty.html", b"<html><body><nav>menu</nav></body></html>", "no article text"),
])
def test_bad_inputs_are_skipped_with_one_line(tmp_path, name, content, reason):
    write(tmp_path / name, content)
    write(tmp_path / "good.txt", ARTICLE)
    docs, notices = read([tmp_path / name, tmp_path / "good.txt"], published=D(2025, 3, 5))
    assert [d.id for d in docs] == ["good.txt"]
    (notice,) = [n for n in notices if n.kind == "skipped"]
    assert reason in notice.message and notice.file.endswith(name)
    assert "\n" not in str(notice)


def test_invalid_utf8_is_decoded_with_replacement_and_a_warning(tmp_path):
    write(tmp_path / "latin.txt", "Caf\xe9 owners met on Tuesday to talk about the bridge.".encode("latin-1"))
    (doc,), _ = read([tmp_path / "latin.txt"], published=D(2025, 3, 5))
    assert "Caf\ufffd" in doc.text
    assert any("not valid UTF-8 (byte 0xe9 at offset 3)" in n.message for n in doc.notices)


def test_missing_paths_and_empty_globs(tmp_path):
    docs, notices = read([tmp_path / "nope.txt", tmp_path / "*.nothing", tmp_path])
    assert not docs
    messages = sorted(n.message for n in notices)
    assert "no such file or directory" in messages and "pattern matches no file" in messages


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read anything")
def test_unreadable_file(tmp_path):
    path = write(tmp_path / "secret.txt", ARTICLE)
    path.chmod(0)
    docs, notices = read([path])
    assert "cannot read" in notices[0].message


def test_oversized_article_is_refused_with_the_limit(tmp_path):
    write(tmp_path / "huge.txt", "word " * 300_000)
    docs, notices = read([tmp_path / "huge.txt"], max_bytes=1_000_000)
    assert not docs and "over the 1 MB limit" in notices[0].message


def test_read_error_is_reported_not_raised(tmp_path, monkeypatch):
    import builtins
    import os

    from timeline.ingest import documents
    path = write(tmp_path / "locked.txt", ARTICLE)
    write(tmp_path / "good.txt", ARTICLE)

    def deny(file, *args, **kwargs):
        if os.fspath(file).endswith("locked.txt"):
            raise PermissionError(13, "Permission denied")
        return builtins.open(file, *args, **kwargs)

    monkeypatch.setattr(documents, "open", deny, raising=False)     # as root, chmod would not stop the read
    docs, notices = read([path, tmp_path / "good.txt"], published=D(2025, 3, 5))
    assert [d.id for d in docs] == ["good.txt"]
    assert notices[0].message == "cannot read: Permission denied" and notices[0].file.endswith("locked.txt")


def test_record_timezone_and_option_timezone(tmp_path):
    write(tmp_path / "tz.jsonl", "\n".join([
        json.dumps({"id": "ny", "text": ARTICLE, "published": "2022-02-16T03:00:00Z", "timezone": "America/New_York"}),
        json.dumps({"id": "opt", "text": ARTICLE, "published": "2022-02-16T03:00:00Z"}),
        json.dumps({"id": "bad", "text": ARTICLE, "published": "2022-02-16T03:00:00Z", "timezone": "Nowhere/City"}),
    ]))
    docs, _ = read([tmp_path / "tz.jsonl"], timezone="America/Los_Angeles")
    by_id = {d.id: d for d in docs}
    assert by_id["ny"].published == D(2022, 2, 15)
    assert by_id["opt"].published == D(2022, 2, 15)
    assert by_id["bad"].published == D(2022, 2, 15)          # falls back to the run's zone
    assert any("unknown time zone 'Nowhere/City'" in n.message for n in by_id["bad"].notices)


def test_read_files_gives_each_file_its_articles_with_the_files_own_ids(tmp_path):
    """What a --jobs worker reads: per file, read_documents' articles and notices, ids not made unique
    (the parent does that in input order), and a sidecar added between two calls is seen."""
    from timeline.ingest.documents import read_files
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "x.txt").write_text("The port reopened on Tuesday.")
    (tmp_path / "b" / "x.txt").write_text("The port closed on Monday.")
    (tmp_path / "b" / "empty.txt").write_text("")
    paths = [tmp_path / "a" / "x.txt", tmp_path / "b" / "x.txt", tmp_path / "b" / "empty.txt"]
    first = list(read_files(paths))
    assert [[d.id for d in items] for items in first[:2]] == [["x.txt"], ["x.txt"]]
    assert first[2][0].kind == "skipped" and "empty" in first[2][0].message
    assert first[1][0].published is None
    (tmp_path / "b" / "x.txt.meta.json").write_text('{"published": "2025-03-07"}')
    again = list(read_files(paths[1:2]))
    assert again[0][0].published == dt.date(2025, 3, 7)


def test_jsonl_line_nested_too_deeply_names_its_line(tmp_path):
    write(tmp_path / "feed.jsonl", b"\n" + b"[" * 5_000 + b"\n"
          + json.dumps({"id": "r3", "text": ARTICLE, "published": "2025-03-04"}).encode() + b"\n")
    docs, notices = read([tmp_path / "feed.jsonl"])
    assert [d.id for d in docs] == ["r3"]
    (notice,) = [n for n in notices if n.kind == "skipped"]
    assert notice.line == 2 and "nested too deeply" in notice.message


# -- stop 27 fuzz (fuzz2) -------------------------------------------------------------

_STORY = "The mayor resigned on March 9, 2021 after the long scandal at city hall broke."


@pytest.mark.parametrize("name, content", [
    # a fragment without <html><body>: trafilatura finds nothing in it
    ("frag.html", f"<p>{_STORY}</p>".encode()),
    ("frag.jsonl", (json.dumps({"html": f"<div><p>{_STORY}</p></div>"}) + "\n").encode()),
    # a UTF-8 byte-order mark before JSON
    ("bom.json", b"\xef\xbb\xbf" + json.dumps({"text": _STORY}).encode()),
    ("bom.jsonl", b"\xef\xbb\xbf" + (json.dumps({"text": _STORY}) + "\n").encode()),
    # UTF-16 with its byte-order mark is text, not binary
    ("u16le.txt", (_STORY + "\n").encode("utf-16")),
    ("u16be.txt", b"\xfe\xff" + (_STORY + "\n").encode("utf-16-be")),
])
def test_fragments_boms_and_utf16_are_read(tmp_path, name, content):
    write(tmp_path / name, content)
    (doc,), notices = read([tmp_path / name], published=D(2021, 3, 10))
    assert _STORY in doc.text and "<p>" not in doc.text
    assert not [n for n in notices if n.kind == "skipped"]


def test_lone_surrogates_are_replaced_when_records_are_read(tmp_path):
    write(tmp_path / "s.jsonl", '{"text": "The riot began on Monday \\ud800 and ended.", "title": "x\\udfff"}\n')
    (doc,), _ = read([tmp_path / "s.jsonl"], published=D(2021, 3, 10))
    assert doc.text == "The riot began on Monday \ufffd and ended." and doc.title == "x\ufffd"
    doc.text.encode("utf-8")


def test_relative_published_leaves_the_document_undated(tmp_path):
    write(tmp_path / "rel.jsonl", json.dumps({"text": "The plant exploded yesterday, officials said.",
                                              "published": "yesterday"}) + "\n")
    (doc,), _ = read([tmp_path / "rel.jsonl"])
    assert doc.published is None
    assert any("no publication date" in n.message and n.file.endswith("rel.jsonl") for n in doc.notices)
