"""The CLI contract, through click's CliRunner and once as a real subprocess."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import cli

ARTICLE = ("PORT ALDER, March 4, 2025 — The harbor council voted on Tuesday to close the old bridge.\n"
           "Engineers said repairs would start next week and last for three weeks.\n"
           "The ferry will run every Monday until the bridge reopens.\n")
ARTICLE_2 = ("The city said on Wednesday that the ferry service would double.\n"
             "The harbor council voted on Tuesday to close the old bridge, officials said.\n")


def run(*args, input=None):
    result = CliRunner().invoke(cli, [str(a) for a in args], input=input, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def corpus(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text(
        json.dumps({"id": "w1", "text": ARTICLE_2, "published": "2025-03-05", "source": "Harbor Wire"}) + "\n"
        + "{broken\n", encoding="utf-8")
    return tmp_path


def assert_one_line_error(stderr: str, *fragments: str) -> None:
    lines = [line for line in stderr.splitlines() if line.startswith("timeline: error")]
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    for fragment in fragments:
        assert fragment in lines[0]


# -- tag --------------------------------------------------------------------

def test_tag_jsonl_contract(corpus):
    code, out, err = run("tag", corpus / "a.txt", corpus / "feed.jsonl")
    assert code == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in records] == ["a.txt", "w1"]
    assert records[0]["published"] == "2025-03-04" and records[0]["published_source"] == "dateline"
    assert records[1]["published"] == "2025-03-05" and records[1]["published_source"] == "record"
    text = {"a.txt": ARTICLE, "w1": ARTICLE_2}
    for record in records:
        for timex in record["timexes"]:
            assert set(timex) >= {"start", "end", "text", "type", "value"}
            assert text[record["id"]][timex["start"]:timex["end"]] == timex["text"]
    assert "feed.jsonl:2: malformed JSON line" in err


def test_tag_resolves_relative_dates_against_publication(corpus):
    code, out, _ = run("tag", corpus / "a.txt", "--published", "2022-02-16")
    (record,) = [json.loads(line) for line in out.splitlines()]
    assert record["published_source"] == "option"
    values = {t["text"]: t["value"] for t in record["timexes"]}
    assert values.get("Tuesday") == "2022-02-15"


@pytest.mark.parametrize("fmt", ["jsonl", "timeml"])
def test_tag_output_is_the_same_for_any_number_of_jobs(corpus, monkeypatch, fmt):
    from timeline import parallel

    monkeypatch.setattr(parallel, "BATCH_DOCS", 1)        # one article a batch: three files need a pool
    (corpus / "b.txt").write_text(ARTICLE_2, encoding="utf-8")
    inputs = [corpus / "b.txt", corpus / "feed.jsonl", corpus / "a.txt", "--format", fmt]
    one, two = run("tag", *inputs, "-j", "1"), run("tag", *inputs, "--jobs", "2")
    assert one[:2] == two[:2] and one[0] == 0
    # the summary line on stderr names the elapsed time, which may differ by a tenth of a second
    assert _untimed(one[2]) == _untimed(two[2])
    assert one[1].count("</TimeML>" if fmt == "timeml" else '"id"') == 3


def _untimed(stderr: str) -> str:
    return re.sub(r"\d+\.\d s\b", "N s", stderr)


def test_tag_timeml(corpus):
    code, out, _ = run("tag", corpus / "a.txt", "--format", "timeml")
    assert code == 0
    assert '<DCT><TIMEX3 tid="t0" type="DATE" value="2025-03-04"' in out
    assert "<TIMEX3 " in out.split("<TEXT>")[1]


def test_tag_reads_stdin():
    code, out, _ = run("tag", "-", "--published", "2022-02-16", input="It happened yesterday.")
    (record,) = [json.loads(line) for line in out.splitlines()]
    assert record["id"] == "stdin"


# -- errors and exit codes ------------------------------------------------------

@pytest.mark.parametrize("args, fragment", [
    (["tag", "x.txt", "--published", "2022-13-45"], "impossible date '2022-13-45'"),
    (["tag", "x.txt", "--published", "yesterday"], "'yesterday' is not a date"),
    (["build", "x.txt", "--format", "docx"], "'docx' is not one of"),
    (["build", "x.txt", "--jobs", "-3"], "--jobs"),
    (["build"], "Missing argument"),
    (["frobnicate"], "No such command"),
])
def test_usage_errors_exit_2_with_one_line(args, fragment, tmp_path):
    (tmp_path / "x.txt").write_text(ARTICLE)
    code, out, err = run(*[str(tmp_path / a) if a == "x.txt" else a for a in args])
    assert code == 2
    assert_one_line_error(err, fragment)


def test_nothing_readable_exits_1_naming_the_file(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    code, out, err = run("build", tmp_path / "empty.txt", "-o", tmp_path / "t.json")
    assert code == 1
    assert_one_line_error(err, "empty.txt", "empty file")
    code, out, err = run("tag", tmp_path / "missing.txt")
    assert code == 1
    assert_one_line_error(err, "missing.txt", "no such file")


def test_binary_format_to_stdout_is_a_usage_error(corpus):
    code, out, err = run("build", corpus / "a.txt", "-o", "-", "--format", "png")
    assert code == 2
    assert_one_line_error(err, "png is a binary format")


# -- build --------------------------------------------------------------------

def test_build_json_contract(corpus, tmp_path):
    out = tmp_path / "t.json"
    code, _, err = run("build", corpus, "-o", out, "-j", "1")
    assert code == 0, err
    data = json.loads(out.read_text(encoding="utf-8"))
    assert {"documents", "events", "undated", "warnings"} <= set(data)
    docs = {d["id"]: d for d in data["documents"]}
    assert set(docs) == {"a.txt", "w1"}
    assert docs["a.txt"]["published"] == "2025-03-04" and docs["a.txt"]["published_source"] == "dateline"
    assert docs["w1"]["published_source"] == "record"
    assert {"id", "path", "title", "published", "published_source"} <= set(docs["w1"])
    assert data["events"], "the articles report happenings"
    for event in data["events"]:
        assert {"id", "date", "headline", "actors", "sources"} <= set(event)
        assert {"value", "start", "end", "granularity"} <= set(event["date"])
        assert event["date"]["start"] <= event["date"]["end"]
        for source in event["sources"]:
            text = (ARTICLE if source["doc"] == "a.txt" else ARTICLE_2)
            assert text[source["start"]:source["end"]] == source["sentence"]
            trigger = source["trigger"]
            assert text[trigger["start"]:trigger["end"]] == trigger["text"]
    vote = [e for e in data["events"] if "voted" in e["headline"] or "vote" in e["headline"].lower()]
    assert vote and vote[0]["date"]["value"] == "2025-03-04"      # Tuesday, in both articles
    assert sorted(s["doc"] for s in vote[0]["sources"]) == ["a.txt", "w1"]
    assert "feed.jsonl:2: malformed JSON line" in err               # the broken line is reported
    assert "2 documents, " in err and " -> " in err                 # the summary line


@pytest.mark.parametrize("name, marker", [("t.csv", "headline"), ("t.html", "<!DOCTYPE html>"),
                                          ("t.timelinejs.json", '"events"'), ("t", "<!DOCTYPE html>")])
def test_build_format_follows_the_extension(corpus, tmp_path, name, marker):
    code, _, err = run("build", corpus / "a.txt", "-o", tmp_path / name, "-q")
    assert code == 0, err
    assert marker in (tmp_path / name).read_text(encoding="utf-8")[:2000]


@pytest.mark.parametrize("command", ["build", "tag"])
def test_a_folder_made_for_the_output_is_named_in_the_summary(corpus, tmp_path, command):
    target = tmp_path / "new" / "deeper" / "out.json"
    code, _, err = run(command, corpus / "a.txt", "-o", target)
    assert code == 0, err
    assert target.exists()
    assert f"(new folder {tmp_path / 'new'})" in err
    code, _, err = run(command, corpus / "a.txt", "-o", target)      # the folder is there now
    assert code == 0 and "new folder" not in err


def test_build_to_stdout(corpus):
    code, out, err = run("build", corpus / "a.txt", "-o", "-", "--format", "json", "-q")
    assert code == 0, err
    assert json.loads(out)["documents"][0]["id"] == "a.txt"


# -- a real subprocess -------------------------------------------------------------

def test_console_script_as_a_subprocess(corpus, tmp_path):
    exe = Path(sys.executable).with_name("timeline")
    command = [str(exe)] if exe.exists() else [sys.executable, "-m", "timeline.cli"]
    proc = subprocess.run(command + ["tag", str(corpus / "a.txt"), "--published", "2022-02-16"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout.splitlines()[0])["published"] == "2022-02-16"
    proc = subprocess.run(command + ["tag", str(corpus / "a.txt"), "--published", "2022-02-30"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr


def test_the_console_script_exits_quickly_without_losing_output(tmp_path):
    """`timeline` ends with os._exit after main() (no interpreter teardown): everything written to stdout,
    to an -o file and to stderr must still be there, with the exit status."""
    for i in range(40):
        (tmp_path / f"a{i:02d}.txt").write_text(f"Meeting {i} of the council was held on Tuesday, officials said.")
    exe = Path(sys.executable).with_name("timeline")
    for command in ([str(exe)] if exe.exists() else []) + [[sys.executable, "-m", "timeline"]]:
        command = command if isinstance(command, list) else [command]
        proc = subprocess.run(command + ["tag", str(tmp_path), "--published", "2022-02-16", "--jobs", "2"],
                              capture_output=True, text=True, timeout=120)
        assert proc.returncode == 0, proc.stderr
        assert len(proc.stdout.splitlines()) == 40
        assert "40 documents" in proc.stderr
        out = tmp_path / "out" / "tags.jsonl"
        proc = subprocess.run(command + ["tag", str(tmp_path), "--published", "2022-02-16", "-o", str(out)],
                              capture_output=True, text=True, timeout=120)
        assert proc.returncode == 0 and len(out.read_text().splitlines()) == 40
        proc = subprocess.run(command + ["tag", str(tmp_path / "missing.txt")], capture_output=True, text=True,
                              timeout=120)
        assert proc.returncode == 1 and proc.stderr.strip().splitlines()[-1].startswith("timeline: error:")


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_tag_a_crash_in_one_article_leaves_the_others_written(corpus, monkeypatch, jobs):
    from timeline import parallel

    resolve_pkg = sys.modules["timeline.resolve"]   # `timeline.resolve` is the function of that package
    real = resolve_pkg.resolve

    def explode_on_ferries(text, reference=None, **kw):
        if "ferry service" in text:
            raise IndexError("list index out of range")
        return real(text, reference, **kw)

    monkeypatch.setattr(resolve_pkg, "resolve", explode_on_ferries)
    monkeypatch.setattr(parallel, "BATCH_DOCS", 1)        # one article a batch: -j 2 needs a pool
    (corpus / "b.txt").write_text(ARTICLE_2, encoding="utf-8")
    (corpus / "c.txt").write_text(ARTICLE, encoding="utf-8")
    code, out, err = run("tag", corpus / "a.txt", corpus / "b.txt", corpus / "c.txt", "-j", jobs)
    assert code == 0
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["a.txt", "c.txt"]
    (line,) = [line for line in err.splitlines() if "could not be processed" in line]
    assert line.startswith("timeline: warning: ") and "b.txt: could not be processed (IndexError: list index out of range" in line
    assert line.endswith("its expressions are missing")


@pytest.mark.parametrize("fmt", ["json", "csv", "html", "timelinejs"])
def test_lone_surrogate_in_json_input_does_not_crash_build(tmp_path, fmt):
    # stop 27 fuzz: "\ud800" in a JSON string reached the writers, which cannot encode it
    src = tmp_path / "s.jsonl"
    src.write_text('{"text": "The riot began on Monday \\ud800 and ended on Tuesday.", "published": "2021-03-03"}\n',
                   encoding="utf-8")
    out = tmp_path / f"out.{fmt}"
    code, _, stderr = run("build", "-j", "1", "-f", fmt, "-o", out, src)
    assert code == 0, stderr
    assert "\ufffd" in out.read_text(encoding="utf-8") or fmt != "json"


def test_lone_surrogate_in_json_input_does_not_crash_tag_timeml(tmp_path):
    src = tmp_path / "s.json"
    src.write_text('{"text": "The riot began on Monday \\ud800 and ended.", "published": "2021-03-03"}',
                   encoding="utf-8")
    code, stdout, stderr = run("tag", "-f", "timeml", src)
    assert code == 0, stderr
    assert "\ufffd" in stdout
