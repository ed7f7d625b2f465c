"""Bad input through the real CLI: one clear line each, the right exit status,
no traceback, and nothing good lost."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from timeline.cli import cli

GOOD = "PORT ALDER, March 4, 2025 — The harbor council voted on Tuesday to close the old bridge.\n"


def run(*args):
    result = CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def mess(tmp_path):
    """A folder where one good article sits among every kind of bad input."""
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "photo.txt").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 owners met on Monday, March 3, 2025.".encode("latin-1"))
    (tmp_path / "broken.json").write_text('{"text": "unterminated')
    (tmp_path / "feed.jsonl").write_text(
        json.dumps({"id": "ok", "text": GOOD, "published": "2025-03-04"}) + "\n"
        + "{oops}\n"
        + json.dumps({"id": "baddate", "text": GOOD, "published": "2022-02-31"}) + "\n"
        + json.dumps({"id": "year0", "text": "It happened on Tuesday.", "published": "0000-05-01"}) + "\n"
        + json.dumps({"id": "far", "text": "It happened on Tuesday.", "published": "99999-01-01"}) + "\n")
    (tmp_path / "impossible.txt").write_text(
        "Officials said the vote took place on February 31, 2022, or on 2022-02-31, in year 0 or 99999.\n")
    return tmp_path


def test_a_mess_of_inputs_still_builds_the_good_ones(mess, tmp_path):
    out = tmp_path / "out.json"
    code, _, err = run("build", mess, "-o", out, "-j", "1")
    assert code == 0, err
    data = json.loads(out.read_text())
    ids = {d["id"] for d in data["documents"]}
    assert ids == {"good.txt", "latin1.txt", "ok", "baddate", "year0", "far", "impossible.txt"}
    skipped = {(s["file"].rsplit("/", 1)[-1], s["line"]) for s in data["skipped"]}
    assert skipped == {("empty.txt", None), ("photo.txt", None), ("broken.json", 1), ("feed.jsonl", 2)}
    messages = " | ".join(w["text"] for w in data["warnings"])
    assert "latin1.txt: not valid UTF-8" in messages
    assert "feed.jsonl:3: \"published\" ignored: impossible date '2022-02-31'" in messages
    assert "year 0 is out of range" in messages and "year 99999 is out of range" in messages
    assert "Traceback" not in err
    for line in err.splitlines():
        assert line.startswith("timeline: ")


def test_impossible_dates_in_text_never_become_values(mess):
    from timeline import resolve

    text = (mess / "impossible.txt").read_text()
    for timex in resolve(text, None):
        assert "02-31" not in timex.value and not timex.value.startswith(("0000", "99999"))


def test_unwritable_output_exits_1(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD)
    blocker = tmp_path / "file"
    blocker.write_text("I am a file, not a directory")
    code, _, err = run("build", tmp_path / "good.txt", "-o", blocker / "out.html", "-j", "1")
    assert code == 1
    (line,) = [l for l in err.splitlines() if "error" in l]
    assert str(blocker / "out.html") in line and "Traceback" not in err


def test_output_path_that_is_a_directory_exits_1(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD)
    code, _, err = run("build", tmp_path / "good.txt", "-o", tmp_path, "--format", "json", "-j", "1")
    assert code == 1 and "Traceback" not in err


def test_a_100_mb_article_is_refused_with_a_clear_limit(tmp_path):
    big = tmp_path / "huge.txt"
    with open(big, "wb") as handle:
        handle.truncate(100 * 1024 * 1024)   # sparse: 100 MB on paper, no time to write
    (tmp_path / "good.txt").write_text(GOOD)
    code, _, err = run("build", big, tmp_path / "good.txt", "-o", tmp_path / "o.json", "-j", "1")
    assert code == 0
    assert "huge.txt: file is 104.9 MB, over the 21 MB limit for one article (raise it with --max-size)" in err
