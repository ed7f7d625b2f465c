"""Making article text safe and short for the page, the chart and the exports.

Everything that comes from an article (headlines, sentences, actors, titles, URLs,
doc ids) is untrusted: it goes through `esc` before it touches HTML, through
`safe_url` before it becomes a link, and through `script_json` before it is put
inside a <script> block.
"""
from __future__ import annotations

import html
import json
import re
import unicodedata
from typing import Any, Optional
from urllib.parse import urlsplit

_SAFE_SCHEMES = ("http", "https")
# C0/C1 controls other than tab/newline, and bidi overrides that could disguise text.
_INVISIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def without_invisible(text: str) -> str:
    """The text without control and bidi-override characters (whitespace left as it is)."""
    return _INVISIBLE.sub("", text)


def is_clean(text: str) -> bool:
    """True when clean() would return the text unchanged (quick, for the common case).

    isprintable() is False for every control, format (bidi) and whitespace character but the
    plain space, so what is left to check is doubled and leading/trailing spaces.
    """
    return text.isprintable() and "  " not in text and not text.startswith(" ") and not text.endswith(" ")


def clean(text: Optional[str]) -> str:
    """Plain one-line text: no control characters, whitespace collapsed."""
    if not text:
        return ""
    text = str(text)
    if is_clean(text):
        return text
    return " ".join(_INVISIBLE.sub("", text).split())


def esc(text: Optional[str]) -> str:
    """HTML-escape for element content and quoted attribute values."""
    return html.escape(clean(text), quote=True)


def esc_plotly(text: Optional[str]) -> str:
    """Escape for plotly's pseudo-HTML text (hover, labels, ticks, titles).

    Plotly decodes &amp; &lt; &gt; and numeric entities but not &quot;, and quotes
    are harmless outside tags, so only &, < and > are replaced.
    """
    return html.escape(clean(text), quote=False)


def truncate(text: str, limit: int) -> str:
    text = clean(text)
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    # end on a word boundary when one is close, so labels do not stop mid-word
    space = cut.rfind(" ")
    if space > limit * 0.6:
        cut = cut[:space]
    return cut.rstrip(" ,;:.-") + "…"


def wrap(text: str, width: int) -> list[str]:
    """Greedy word wrap (plotly hover labels do not wrap by themselves)."""
    lines: list[str] = []
    line = ""
    for word in clean(text).split(" "):
        if not word:
            continue
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    return lines


def safe_url(url: Optional[str]) -> Optional[str]:
    """The URL when it is an absolute http(s) link, else None (never javascript:, data:...)."""
    if not url:
        return None
    candidate = _INVISIBLE.sub("", str(url)).strip()
    if any(c.isspace() for c in candidate):
        return None
    try:
        parts = urlsplit(candidate)
    except ValueError:
        return None
    if parts.scheme.lower() not in _SAFE_SCHEMES or not parts.netloc:
        return None
    return candidate


_SCRIPT_UNSAFE = {
    "<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029",
}
_SCRIPT_UNSAFE_RE = re.compile("[<>&\u2028\u2029]")


def script_json(value: Any) -> str:
    """JSON that can sit inside <script type="application/json"> without ending it.

    These characters can only occur inside JSON strings, where \\uXXXX is an exact
    equivalent, so the data is unchanged for JSON.parse.
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return _SCRIPT_UNSAFE_RE.sub(lambda m: _SCRIPT_UNSAFE[m.group(0)], text)


def slug(text: str) -> str:
    """An id-safe token (for HTML ids and TimelineJS unique_id)."""
    normal = unicodedata.normalize("NFKD", clean(text)).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9_-]+", "-", normal).strip("-").lower() or "x"
