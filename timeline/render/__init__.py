"""Render a Timeline: the interactive page, an embeddable fragment, images and exports.

The only package that imports plotly, and only when a chart is asked for: json and
csv exports stay light.

    render(timeline, "html")                  -> str   (self-contained page, works offline)
    render(timeline, "div", plotlyjs="cdn")   -> str   (fragment to embed)
    render(timeline, "png", width=1600)       -> bytes (also svg, pdf; needs Chromium)
    write_timeline(timeline, "out/t.csv")            (format from the extension)

write_timeline streams html, div and json to the file piece by piece (page.write_page,
json_export.write_json): a 150,000-event timeline is never held as one string.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Optional, Union

from ..errors import OutputError, UsageError
from ..model import Timeline

FORMATS = ("html", "div", "json", "csv", "timelinejs", "png", "svg", "pdf")
TEXT_FORMATS = ("html", "div", "json", "csv", "timelinejs")
IMAGE_FORMATS = ("png", "svg", "pdf")
EXTENSIONS = {".html": "html", ".htm": "html", ".div": "div", ".json": "json", ".csv": "csv", ".png": "png",
              ".svg": "svg", ".pdf": "pdf"}


def format_for_path(path: Union[str, os.PathLike]) -> str:
    """The format a file name asks for: *.timelinejs.json is TimelineJS, no/unknown extension is html."""
    name = Path(path).name.lower()
    if name.endswith((".timelinejs.json", ".tljs.json", ".timelinejs")):
        return "timelinejs"
    return EXTENSIONS.get(Path(name).suffix, "html")


def render(timeline: Timeline, fmt: str, **options) -> Union[str, bytes]:
    """Text formats return str, images return bytes."""
    fmt = (fmt or "html").lower()
    if fmt == "html":
        from .page import render_page
        return render_page(timeline, **options)
    if fmt == "div":
        from .page import render_div
        return render_div(timeline, **options)
    if fmt == "json":
        from .json_export import timeline_to_json
        return timeline_to_json(timeline)
    if fmt == "csv":
        from .csv_export import render_csv
        return render_csv(timeline, **options)
    if fmt == "timelinejs":
        from .timelinejs import render_timelinejs
        return render_timelinejs(timeline, **options)
    if fmt in IMAGE_FORMATS:
        from .images import render_image
        return render_image(timeline, fmt, **options)
    raise UsageError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")


def _streamer(fmt: str):
    """The writer that streams `fmt` piece by piece (a 150k-event page is never one string), or None."""
    if fmt == "html":
        from .page import write_page
        return write_page
    if fmt == "div":
        from .page import write_div
        return write_div
    if fmt == "json":
        from .json_export import write_json
        return lambda timeline, write, **_options: write_json(timeline, write)
    return None


def write_timeline(timeline: Timeline, path: Union[str, os.PathLike], fmt: Optional[str] = None,
                   **options) -> None:
    """Render and write to `path` (parent directories are created)."""
    fmt = (fmt or format_for_path(path)).lower()
    streamer = _streamer(fmt)
    if streamer is None:
        content = render(timeline, fmt, **options)    # also raises UsageError for an unknown format
    target = Path(path)
    partial = target.with_name(f".{target.name}.partial")
    try:
        if target.is_dir():
            raise OutputError(f"cannot write {fmt} to {target}: it is a directory")
        target.parent.mkdir(parents=True, exist_ok=True)
        # write next to the target then rename, so a failed run never leaves half a page
        if streamer is not None:
            with open(partial, "w", encoding="utf-8", newline="") as handle:
                streamer(timeline, handle.write, **options)
        elif isinstance(content, bytes):
            partial.write_bytes(content)
        else:
            with open(partial, "w", encoding="utf-8", newline="") as handle:
                handle.write(content)
        os.replace(partial, target)
    except BaseException as err:
        try:
            partial.unlink(missing_ok=True)
        except OSError:
            pass
        if isinstance(err, OSError):
            reason = err.strerror or type(err).__name__
            raise OutputError(f"cannot write {target}: {reason}") from None
        raise


__all__ = ["FORMATS", "TEXT_FORMATS", "IMAGE_FORMATS", "render", "write_timeline", "format_for_path"]
