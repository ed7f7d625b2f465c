"""png / svg / pdf through kaleido 1.x, which drives a Chrome/Chromium it finds itself.

Offline by construction: plotly.js comes from the installed plotly package (kaleido's
default) and MathJax, which kaleido would otherwise fetch from a CDN, is disabled.
A browser is looked up as kaleido would (BROWSER_PATH, then PATH, then the copy
`plotly_get_chrome` downloads); when there is none the user gets one line saying how
to install one.
"""
from __future__ import annotations

import os
import shutil
from typing import Optional

from ..errors import ExportError
from ..model import Timeline

IMAGE_FORMATS = ("png", "svg", "pdf")
DEFAULT_WIDTH = 1400
INSTALL_HINT = ("install Chromium (Debian/Ubuntu: `apt-get install chromium`) or run `plotly_get_chrome`, "
                "or point BROWSER_PATH at a Chrome/Chromium binary")


def find_browser() -> Optional[str]:
    explicit = os.environ.get("BROWSER_PATH")
    if explicit:
        return explicit if os.path.isfile(explicit) and os.access(explicit, os.X_OK) else None
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"):
        found = shutil.which(name)
        if found:
            return found
    try:
        from choreographer.browsers.chromium import Chromium
        found = Chromium.find_browser(skip_local=False)
    except Exception:       # choreographer internals moved: fall back to "not found"
        found = None
    return str(found) if found and os.path.isfile(str(found)) else None


def render_image(timeline: Timeline, fmt: str, *, lanes: str = "source", width: Optional[int] = None,
                 height: Optional[int] = None, scale: Optional[float] = None, **options) -> bytes:
    if fmt not in IMAGE_FORMATS:
        raise ExportError(f"unknown image format {fmt!r}: choose one of {', '.join(IMAGE_FORMATS)}")
    try:
        import kaleido
    except ImportError:
        raise ExportError("png/svg/pdf export needs kaleido: pip install 'timeline[images]'") from None
    browser = find_browser()
    if browser is None:
        where = f" at BROWSER_PATH={os.environ['BROWSER_PATH']!r}" if os.environ.get("BROWSER_PATH") else ""
        raise ExportError(f"no Chrome/Chromium found{where} for {fmt} export: {INSTALL_HINT}")
    from .figure import build_figure
    options.pop("plotlyjs", None)
    fig = build_figure(timeline, lanes=lanes, static=True, **options)
    layout_height = int(fig.layout.height or 600)
    opts = {"format": fmt, "width": int(width or DEFAULT_WIDTH), "height": int(height or layout_height),
            "scale": float(scale if scale is not None else (2 if fmt == "png" else 1))}
    try:
        data = kaleido.calc_fig_sync(fig.to_plotly_json(), opts=opts,
                                     kopts={"path": browser, "mathjax": False, "timeout": 120})
    except Exception as err:    # kaleido/choreographer raise many kinds; the user needs one line
        detail = " ".join(str(err).split())[:200] or type(err).__name__
        raise ExportError(f"{fmt} export failed with the browser at {browser}: {detail}") from None
    if not data:
        raise ExportError(f"{fmt} export produced nothing (browser at {browser})")
    return bytes(data)
