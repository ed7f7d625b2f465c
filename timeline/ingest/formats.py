"""Readers for the input formats. Each yields raw article records or a Notice for
what it had to skip; none of them raises for bad content.

A record is a dict with the article contract's keys ("id", "text" | "html",
"published", "title", "source", "url") plus "_line" (1-based line in a JSONL file,
or index in a JSON list) so messages can point at the bad part.
"""
from __future__ import annotations

import json
import re
from typing import Iterator, Optional, Union

from ..model import Notice

Record = dict
_MIN_FALLBACK_WORDS = 3
_BINARY_MAGIC = {
    b"%PDF": "a PDF", b"\x89PNG": "a PNG image", b"PK\x03\x04": "a ZIP archive (docx/xlsx?)",
    b"\xff\xd8\xff": "a JPEG image", b"GIF8": "a GIF image", b"\x1f\x8b": "a gzip archive",
    b"\xd0\xcf\x11\xe0": "an MS Office file",
}


_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def from_utf16(data: bytes) -> bytes:
    """fuzz2 (stop 27): a file with a UTF-16 byte-order mark (Notepad's "Unicode") is text, not binary:
    the same text as UTF-8; anything else (UTF-32, or no valid UTF-16) is returned as it came."""
    if not data.startswith(_UTF16_BOMS) or data.startswith(b"\xff\xfe\x00\x00"):
        return data
    try:
        return data.decode("utf-16").encode("utf-8", errors="surrogatepass")
    except UnicodeDecodeError:
        return data


def binary_reason(data: bytes) -> Optional[str]:
    """Why `data` is not text, or None when it looks like text."""
    head = data[:8192]
    for magic, what in _BINARY_MAGIC.items():
        if head.startswith(magic):
            return f"binary file ({what}), not text"
    if b"\x00" in head:
        return "binary file (contains NUL bytes), not text"
    return None


def decode_text(data: bytes, where: str) -> tuple[str, Optional[Notice]]:
    """UTF-8 exactly as given (no newline or BOM translation, so offsets hold);
    invalid bytes become U+FFFD and the user is told where the first one was."""
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as err:
        text = data.decode("utf-8", errors="replace")
        return text, Notice(
            f"not valid UTF-8 (byte 0x{data[err.start]:02x} at offset {err.start}); "
            "undecodable bytes replaced with U+FFFD", where)


# A lone surrogate ("\\ud800" in JSON) is no character: no writer can encode it (fuzz2, stop 27). Paired ones
# are joined by json.loads, so any left is lone.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _without_surrogates(value: object) -> object:
    if isinstance(value, str):
        return _LONE_SURROGATE.sub("\ufffd", value)
    if isinstance(value, list):
        return [_without_surrogates(v) for v in value]
    if isinstance(value, dict):
        return {_without_surrogates(k): _without_surrogates(v) for k, v in value.items()}
    return value


def _as_records(value: object, where: str, index: Optional[int]) -> Iterator[Union[Record, Notice]]:
    label = f"record {index}" if index is not None else "the JSON"
    if not isinstance(value, dict):
        yield Notice(f"{label} is not an article object (got {type(value).__name__})", where, "skipped", index)
        return
    if not isinstance(value.get("text"), str) and not isinstance(value.get("html"), str):
        yield Notice(f'{label} has no "text" or "html" string', where, "skipped", index)
        return
    record = _without_surrogates(value)
    record["_line"] = index
    yield record


_TOO_DEEP = "nested too deeply to read"


def read_json(data: bytes, where: str) -> Iterator[Union[Record, Notice]]:
    text, notice = decode_text(data, where)
    if notice:
        yield notice
    text = text[1:] if text.startswith("\ufeff") else text     # a UTF-8 BOM (stop 27)
    try:
        value = json.loads(text)
    except json.JSONDecodeError as err:
        yield Notice(f"malformed JSON at line {err.lineno} column {err.colno}: {err.msg}", where, "skipped", err.lineno)
        return
    except RecursionError:      # arrays or objects nested ~1000 deep: no article, and no reason to stop the run
        yield Notice(f"malformed JSON: {_TOO_DEEP}", where, "skipped")
        return
    if isinstance(value, list):
        if not value:
            yield Notice("JSON list holds no articles", where, "skipped")
        for i, item in enumerate(value, 1):
            yield from _as_records(item, where, i)
    else:
        for record in _as_records(value, where, None):
            if isinstance(record, dict):
                record["_line"] = None
            yield record


def read_jsonl_lines(lines: Iterator[bytes], where: str, max_bytes: Optional[int] = None) -> Iterator[Union[Record, Notice]]:
    """One article a line; a bad line is reported with its number and the rest goes on."""
    any_line = False
    for lineno, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        any_line = True
        if max_bytes is not None and len(raw) > max_bytes:
            yield Notice(f"line is {len(raw) / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit for one "
                         "article (raise it with --max-size)", where, "skipped", lineno)
            continue
        text, notice = decode_text(raw, where)
        if notice:
            yield Notice(notice.message, where, "warning", lineno)
        if lineno == 1 and text.startswith("\ufeff"):
            text = text[1:]     # a UTF-8 BOM (stop 27)
        try:
            value = json.loads(text)
        except json.JSONDecodeError as err:
            yield Notice(f"malformed JSON line: {err.msg} (column {err.colno})", where, "skipped", lineno)
            continue
        except RecursionError:
            yield Notice(f"malformed JSON line: {_TOO_DEEP}", where, "skipped", lineno)
            continue
        for record in _as_records(value, where, lineno):
            if isinstance(record, Notice) and record.line is None:
                record = Notice(record.message, where, record.kind, lineno)
            yield record
    if not any_line:
        yield Notice("empty file", where, "skipped")


_BODY_TAG = re.compile(r"<body\b", re.I)


def extract_html(html: str) -> tuple[str, Optional[str], Optional[str], Optional[str]]:
    """(clean text, title, publication date from metadata as YYYY-MM-DD, site name).

    trafilatura keeps the article body and drops navigation and boilerplate;
    htmldate reads the metadata with original_date=True because its default
    prefers the *modified* date, which is not when the article was published.
    """
    import trafilatura
    from htmldate import find_date

    extracted = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=True, favor_recall=True,
    )
    doc = extracted.as_dict() if extracted is not None else {}
    text = doc.get("text") or ""
    if not text.strip():
        # Too short for trafilatura's boilerplate model: take all visible text, but
        # a lone menu or button label is not an article.
        text = trafilatura.html2txt(html) or ""
    if not text.strip() and not _BODY_TAG.search(html):
        # fuzz2 (stop 27): a fragment ("<p>...</p>") without <html><body> gives nothing from trafilatura
        text = trafilatura.html2txt(f"<html><body>{html}</body></html>") or ""
    if len(text.split()) < _MIN_FALLBACK_WORDS:
        text = ""
    published = None
    try:
        published = find_date(html, original_date=True, extensive_search=False,
                              min_date="1800-01-01", max_date="2999-12-31")
    except Exception:  # htmldate raises assorted errors on odd markup; metadata is optional
        published = None
    return text, doc.get("title"), published, doc.get("sitename")


_TIMEML_ROOT = re.compile(r"<TimeML\b[^>]*>(.*)</TimeML>", re.S)
_TIMEML_DCT_VALUE = re.compile(r"<DCT>\s*<TIMEX3\b[^>]*?\bvalue\s*=\s*\"([^\"]*)\"", re.S)
_TIMEML_TITLE = re.compile(r"<TITLE>(.*?)</TITLE>", re.S)
# Blocks of a TimeML document that are not article text (for files with no <TEXT> element).
_TIMEML_NOT_TEXT = re.compile(r"<(DOCID|DCT|TITLE|EXTRAINFO)>.*?</\1>|<(?:TLINK|SLINK|ALINK|MAKEINSTANCE)\b[^>]*>",
                              re.S)
_ANY_TAG = re.compile(r"<[^>]*>")


def looks_like_timeml(data: bytes) -> bool:
    return b"<TimeML" in data[:4096]


def extract_timeml(source: str) -> tuple[str, Optional[str], Optional[str], Optional[str]]:
    """(article text, title, DCT value as written, DOCID) of a TimeML document.

    The text is the content of <TEXT> with its tags removed and entities decoded, so that offsets into it
    are the offsets TempEval scorers use; a document with no <TEXT> gives the text of its <TimeML> element
    without the header blocks. The annotations it carries are dropped: `timeline` finds its own."""
    from ..resolve.timeml import read_timeml_text

    doc_id, text = read_timeml_text(source)
    if "<TEXT>" not in source:
        root = _TIMEML_ROOT.search(source)
        inner = _TIMEML_NOT_TEXT.sub("", root.group(1)) if root else ""
        text = _unescape_xml(_ANY_TAG.sub("", inner)).strip("\n")
    dct = _TIMEML_DCT_VALUE.search(source)
    title = _TIMEML_TITLE.search(source)
    title_text = " ".join(_unescape_xml(_ANY_TAG.sub("", title.group(1))).split()) if title else None
    return text, title_text or None, _unescape_xml(dct.group(1)) if dct else None, doc_id or None


def _unescape_xml(text: str) -> str:
    if "&" not in text:
        return text
    import html
    return html.unescape(text)
