"""Progress shows on a terminal and stays out of pipes."""
from __future__ import annotations

import fcntl
import json
import os
import pty
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest

ARTICLE = "The harbor council met on Tuesday and voted to close the bridge, officials said."


def timeline_command() -> list[str]:
    exe = Path(sys.executable).with_name("timeline")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "timeline"]


@pytest.fixture
def feed(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(json.dumps({"id": f"d{i}", "text": ARTICLE, "published": "2025-03-05"})
                              for i in range(40)))
    return path


def _read_terminal(command: list[str]) -> tuple[int, str]:
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=slave)
    os.close(slave)
    chunks = []
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    proc.wait(timeout=120)
    os.close(master)
    return proc.returncode, b"".join(chunks).decode("utf-8", "replace")


def test_progress_bar_on_a_terminal(feed, tmp_path):
    code, shown = _read_terminal(timeline_command() + ["build", str(feed), "-o", str(tmp_path / "t.json"), "-j", "1"])
    assert code == 0
    assert "doc/s" in shown and "/40" in shown          # rate and total, hence an ETA
    assert "40 documents" in shown                      # the final summary line


def test_quiet_when_piped(feed, tmp_path):
    proc = subprocess.run(timeline_command() + ["build", str(feed), "-o", str(tmp_path / "t.json"), "-j", "1"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0
    assert "\r" not in proc.stderr and "doc/s" not in proc.stderr
    assert proc.stderr.count("\n") == 1 and "40 documents" in proc.stderr   # only the summary


def test_quiet_flag_silences_everything(feed, tmp_path):
    proc = subprocess.run(timeline_command() + ["build", str(feed), "-o", str(tmp_path / "t.json"), "-q"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0 and proc.stderr == ""


def test_tag_shows_progress_on_a_terminal(feed, tmp_path):
    code, shown = _read_terminal(timeline_command() + ["tag", str(feed), "-o", str(tmp_path / "t.jsonl"), "-j", "1"])
    assert code == 0
    assert "doc/s" in shown and "/40" in shown
    assert "40 documents, 40 expressions (0 dates or times left unresolved)" in shown and str(tmp_path / "t.jsonl") in shown
    assert len((tmp_path / "t.jsonl").read_text().splitlines()) == 40


def test_tag_is_quiet_when_piped_and_silent_with_q(feed, tmp_path):
    proc = subprocess.run(timeline_command() + ["tag", str(feed), "-j", "1"], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0 and len(proc.stdout.splitlines()) == 40
    assert "\r" not in proc.stderr and "doc/s" not in proc.stderr
    assert proc.stderr.count("\n") == 1 and "40 documents" in proc.stderr
    quiet = subprocess.run(timeline_command() + ["tag", str(feed), "-q"], capture_output=True, text=True,
                           timeout=120)
    assert quiet.returncode == 0 and quiet.stderr == "" and quiet.stdout == proc.stdout
