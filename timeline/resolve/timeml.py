"""TimeML I/O: write a text and its timexes as TimeML (<DCT> plus inline <TIMEX3>), and read TimeML back."""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from typing import Optional, Sequence
from ..model import Timex


def _unescape(text: str) -> str:
    if "&" not in text:
        return text
    import html            # only when reading TimeML back: not worth its import on every `tag` run
    return html.unescape(text)


def escape(text: str) -> str:
    """XML character data (what xml.sax.saxutils.escape does, without importing urllib on start-up)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def quoteattr(value: str) -> str:
    return '"' + escape(value).replace('"', "&quot;").replace("\n", "&#10;") + '"'


def to_timeml(text: str, timexes: Sequence[Timex], dct: _dt.date | None, doc_id: str = "") -> str:
    """A TimeML document: <DOCID>, <DCT> (tid t0, CREATION_TIME) and <TEXT> with inline <TIMEX3> tags."""
    out = ['<?xml version="1.0" ?>', "<TimeML>", f"<DOCID>{escape(doc_id)}</DOCID>"]
    if dct is not None:
        out.append(f'<DCT><TIMEX3 tid="t0" type="DATE" value="{dct.isoformat()}" temporalFunction="false" '
                   f'functionInDocument="CREATION_TIME">{dct.isoformat()}</TIMEX3></DCT>')
    body, pos = [], 0
    for t in sorted(timexes, key=lambda t: t.start):
        if t.start < pos:      # overlapping input: TimeML cannot nest TIMEX3, keep the first
            continue
        body.append(escape(text[pos:t.start]))
        attrs = [f"tid={quoteattr(t.tid)}", f"type={quoteattr(t.type)}", f"value={quoteattr(t.value)}"]
        if t.mod:
            attrs.append(f"mod={quoteattr(t.mod)}")
        if t.quant:
            attrs.append(f"quant={quoteattr(t.quant)}")
        if t.freq:
            attrs.append(f"freq={quoteattr(t.freq)}")
        if t.anchor:
            attrs.append('temporalFunction="true"')
            attrs.append(f"anchorTimeID={quoteattr('t0' if t.anchor == 'publication' else t.anchor)}")
        else:
            attrs.append('temporalFunction="false"')
        body.append(f"<TIMEX3 {' '.join(attrs)}>{escape(text[t.start:t.end])}</TIMEX3>")
        pos = t.end
    body.append(escape(text[pos:]))
    out.append("<TEXT>" + "".join(body) + "</TEXT>")
    out.append("</TimeML>")
    return "\n".join(out) + "\n"


@dataclass(frozen=True)
class TimeMLDocument:
    doc_id: str
    text: str                      # the content of <TEXT>, tags removed, entities decoded
    dct: Optional[_dt.date]
    timexes: tuple[Timex, ...]     # offsets into `text`; rule "timeml"


_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*)>")     # attributes and any "/" of an empty tag in group 3
_ATTR = re.compile(r'([A-Za-z_:]+)\s*=\s*"([^"]*)"')


def _attrs(s: str) -> dict[str, str]:
    return {k: _unescape(v) for k, v in _ATTR.findall(s)}


def _doc_id(source: str) -> str:
    m = re.search(r"<DOCID>(.*?)</DOCID>", source, re.S)
    return _unescape(m.group(1).strip()) if m else ""


def _inner_text(source: str) -> str:
    begin, end = source.find("<TEXT>"), source.rfind("</TEXT>")
    return source[begin + len("<TEXT>"):end] if 0 <= begin < end else ""


def read_timeml_text(source: str) -> tuple[str, str]:
    """(DOCID, text) of a TimeML document: read_timeml's doc_id and text, without its timexes. What
    `timeline tag` and `build` read a .tml input for: the per-tag loop that places the annotations cost
    ~10% of tagging TimeBank (a TimeBank file has an <EVENT> every few words), for annotations the
    reader drops. The text is unescaped chunk by chunk between tags, as read_timeml does, so that the
    two agree even on malformed entities."""
    inner = _inner_text(source)
    chunks = _TAG.split(inner)[::4]        # split keeps _TAG's three groups: every fourth item is text
    return _doc_id(source), "".join(chunks if "&" not in inner else map(_unescape, chunks))


def read_timeml(source: str) -> TimeMLDocument:
    """Parse a TimeML document (TempEval-3 style, or what `to_timeml` writes)."""
    doc_id = _doc_id(source)
    dct = None
    m = re.search(r"<DCT>\s*<TIMEX3([^>]*)>", source)
    if m:
        try:
            dct = _dt.date.fromisoformat(_attrs(m.group(1)).get("value", "")[:10])
        except ValueError:
            dct = None
    inner = _inner_text(source)
    parts: list[str] = []
    length, pos = 0, 0
    timexes: list[Timex] = []
    open_tx: Optional[tuple[int, dict]] = None
    closed: list[tuple[int, int, dict]] = []
    for tag in _TAG.finditer(inner):
        chunk = _unescape(inner[pos:tag.start()])
        parts.append(chunk)
        length += len(chunk)
        pos = tag.end()
        if tag.group(2) != "TIMEX3":
            continue
        if not tag.group(1):
            open_tx = (length, _attrs(tag.group(3)))
        elif open_tx is not None:
            closed.append((open_tx[0], length, open_tx[1]))
            open_tx = None
    parts.append(_unescape(inner[pos:]))
    text = "".join(parts)          # joined once: joining at every closing tag was quadratic in long files
    for start, end, a in closed:
        anchor = a.get("anchorTimeID")
        timexes.append(Timex(tid=a.get("tid", f"t{len(timexes) + 1}"), start=start, end=end,
                             text=text[start:end], type=a.get("type", ""), value=a.get("value", ""),
                             rule="timeml", anchor="publication" if anchor == "t0" else anchor,
                             mod=a.get("mod") or None, quant=a.get("quant") or None,
                             freq=a.get("freq") or None))
    return TimeMLDocument(doc_id, text, dct, tuple(timexes))
