"""png / svg / pdf through kaleido and the system Chromium, with the network unreachable."""
from __future__ import annotations

import pytest

from conftest import chromium_path
from synthetic_timelines import story_timeline
from timeline.render import render, write_timeline

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture(autouse=True)
def offline_browser(monkeypatch):
    path = chromium_path()
    if path is None:
        pytest.skip("no Chromium installed (make test installs Debian's chromium)")
    monkeypatch.setenv("BROWSER_PATH", path)
    # every http(s) request kaleido's Chromium makes goes to a dead proxy: the export must not need one
    monkeypatch.setenv("CHOREO_PROXY_SERVER", "http://127.0.0.1:9")


def test_png_svg_pdf(tmp_path, screenshot_dir):
    timeline = story_timeline()
    png = render(timeline, "png", width=1200)
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    width = int.from_bytes(png[16:20], "big")
    assert width == 2400                                  # scale 2 by default for png
    (screenshot_dir / "story-export.png").write_bytes(png)
    svg = render(timeline, "svg").decode("utf-8")
    assert svg.lstrip().startswith("<svg") and "Harbor bridge closure" in svg
    assert "Commuters protest" in svg                      # labels are drawn
    target = tmp_path / "t.pdf"
    write_timeline(timeline, target)
    assert target.read_bytes().startswith(b"%PDF")
