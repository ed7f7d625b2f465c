"""From INPUT arguments to Document records, with their publication context.

Publication dates are taken in this order of trust, first hit wins:
  1. the --published option            ("option")
  2. the record's "published" field     ("record") or a sidecar NAME.meta.json ("sidecar"),
     or a TimeML document's <DCT>         ("timeml-dct")
  3. HTML metadata via htmldate         ("html-meta")
  4. a dateline in the first lines      ("dateline")
  5. a date in the file name            ("filename")
An unusable value on one rung is reported and the next rung is tried.
"""
from __future__ import annotations

import datetime as _dt
import json
import os
import sys
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator, Optional, Union

from ..model import Document, Notice
from . import formats
from .byline import find_outlet
from .pubdate import (InvalidDate, check_timezone, find_dateline, find_filename_date, head_lines,
                      parse_date_value)
from .sources import (HTML_SUFFIXES, JSON_SUFFIXES, JSONL_SUFFIXES, SIDECAR_SUFFIX, STDIN, TIMEML_SUFFIXES,
                      expand_inputs)

DEFAULT_MAX_BYTES = 20 * 1024 * 1024  # one article; a JSONL file is limited per line
_PUBLISHED_KEYS = ("published", "date", "published_at", "pubdate")
_NO_DATE = ("no publication date found (no --published, metadata, dateline or date in the file name); "
            "relative dates in it stay unresolved")


def read_documents(
    inputs: Iterable[Union[str, os.PathLike]],
    published: Optional[_dt.date] = None,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: Optional[BinaryIO] = None,
    timezone: Optional[str] = None,
) -> Iterator[Union[Document, Notice]]:
    """Lazily yield a Document per article, or a Notice (kind "skipped") per input
    that could not be used. Never raises for bad content.

    `timezone` (an IANA name) converts publication timestamps that carry a UTC offset
    to that zone's calendar date; a record's own "timezone" key takes precedence."""
    return read_expanded(expand_inputs(inputs), published, max_bytes=max_bytes, stdin=stdin, timezone=timezone)


def read_expanded(
    entries: Iterable[Union[Path, str, Notice]],
    published: Optional[_dt.date] = None,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: Optional[BinaryIO] = None,
    timezone: Optional[str] = None,
) -> Iterator[Union[Document, Notice]]:
    """read_documents on inputs already expanded (sources.expand_inputs: paths, STDIN, notices)."""
    reader = _Reader(published, max_bytes, stdin, timezone)
    for item in entries:
        if isinstance(item, Notice):
            yield item
        elif item == STDIN:
            yield from reader.read_stdin()
        else:
            yield from reader.read_path(item)


class _Reader:
    def __init__(self, published: Optional[_dt.date], max_bytes: int, stdin: Optional[BinaryIO],
                 timezone: Optional[str] = None):
        self.published = published
        self.timezone = timezone
        self.max_bytes = max_bytes
        self.stdin = stdin
        self.ids: Optional[IdRegistry] = IdRegistry()     # None: ids as the files give them (read_files)
        self.sidecars: dict[str, frozenset[str]] = {}    # directory -> names of the sidecars in it

    # -- inputs ---------------------------------------------------------------
    def read_path(self, path: Path) -> Iterator[Union[Document, Notice]]:
        where = str(path)
        suffix = path.suffix.lower()
        try:
            if suffix in JSONL_SUFFIXES:
                with open(path, "rb") as handle:
                    yield from self._from_jsonl(handle, where, path)
                return
            with open(path, "rb") as handle:
                size = os.fstat(handle.fileno()).st_size
                if size > self.max_bytes and suffix not in JSON_SUFFIXES:
                    yield Notice(f"file is {size / 1e6:.1f} MB, over the {self.max_bytes / 1e6:.0f} MB limit for "
                                 "one article (raise it with --max-size)", where, "skipped")
                    return
                data = handle.read()
        except IsADirectoryError:
            yield Notice("is a directory", where, "skipped")
            return
        except OSError as err:
            yield Notice(f"cannot read: {err.strerror or err}", where, "skipped")
            return
        yield from self._from_bytes(data, where, path, suffix)

    def read_stdin(self) -> Iterator[Union[Document, Notice]]:
        stream = self.stdin if self.stdin is not None else sys.stdin.buffer
        data = stream.read()
        head = data.lstrip()[:1]
        suffix = {b"{": ".json", b"[": ".json", b"<": ".html"}.get(head, ".txt")
        if suffix == ".json" and b"\n{" in data.strip():
            suffix = ".jsonl"   # several objects, one a line
        elif suffix == ".html" and formats.looks_like_timeml(data):
            suffix = ".tml"
        yield from self._from_bytes(data, "<stdin>", None, suffix)

    def _from_bytes(self, data: bytes, where: str, path: Optional[Path], suffix: str) -> Iterator[Union[Document, Notice]]:
        data = formats.from_utf16(data)
        reason = formats.binary_reason(data)
        if reason:
            yield Notice(reason, where, "skipped")
            return
        if not data.strip():
            yield Notice("empty file", where, "skipped")
            return
        if suffix in JSONL_SUFFIXES:
            yield from self._records(formats.read_jsonl_lines(iter(data.splitlines(True)), where, self.max_bytes), where, path)
        elif suffix in JSON_SUFFIXES:
            yield from self._records(formats.read_json(data, where), where, path)
        else:
            text, notice = formats.decode_text(data, where)
            notices = [notice] if notice else []
            if suffix in TIMEML_SUFFIXES or (suffix == ".xml" and formats.looks_like_timeml(data)):
                record = {"timeml": text}
            else:
                record = {"html": text} if suffix in HTML_SUFFIXES else {"text": text}
            yield from self._document(record, where, path, notices, single=True)

    def _from_jsonl(self, handle: BinaryIO, where: str, path: Path) -> Iterator[Union[Document, Notice]]:
        yield from self._records(formats.read_jsonl_lines(handle, where, self.max_bytes), where, path)

    def _records(self, records, where: str, path: Optional[Path]) -> Iterator[Union[Document, Notice]]:
        for record in records:
            if isinstance(record, Notice):
                yield record
            else:
                yield from self._document(record, where, path, [], single=False)

    # -- one article ------------------------------------------------------------
    def _document(self, record: dict, where: str, path: Optional[Path], notices: list,
                  single: bool) -> Iterator[Union[Document, Notice]]:
        line = record.get("_line")
        sidecar = self._sidecar(path, notices) if path is not None and single else {}
        meta = {**sidecar, **{k: v for k, v in record.items() if v is not None}}

        html_date = None
        title = _clean_str(meta.get("title"))
        outlet = _clean_str(meta.get("source"))
        if isinstance(record.get("text"), str):
            text = record["text"]
        elif "timeml" in record:
            text, title_in_file, dct, doc_id = formats.extract_timeml(record["timeml"])
            title = title or title_in_file
            meta.setdefault("id", doc_id)
            record = {**record, "_dct": dct}
        else:
            text, html_title, html_date, sitename = formats.extract_html(record["html"])
            title = title or _clean_str(html_title)
            outlet = outlet or _clean_str(sitename)
        if not text.strip():
            kind = " in the HTML" if "html" in record else " in the TimeML <TEXT>" if "timeml" in record else ""
            yield Notice("no article text" + kind, where, "skipped", line)
            return

        outlet = outlet or find_outlet(text)
        published, published_source = self._publication(meta, record, sidecar, html_date, text, where, path,
                                                         line, notices)
        if published is None:
            notices.append(Notice(_NO_DATE, where, "warning", line))
        doc_id = self._unique_id(_clean_str(meta.get("id")) or _default_id(where, path, line, single))
        yield Document(
            id=doc_id, text=text, path=where, title=title or _guess_title(text), published=published,
            published_source=published_source, source=outlet, url=_clean_str(meta.get("url")),
            notices=tuple(notices),
        )

    def _publication(self, meta, record, sidecar, html_date, text, where, path, line, notices):
        if self.published is not None:
            return self.published, "option"
        timezone = self.timezone
        if meta.get("timezone"):
            try:
                timezone = check_timezone(str(meta["timezone"]))
            except InvalidDate as err:
                notices.append(Notice(f'"timezone" ignored: {err}', where, "warning", line))
        for origin, values in (("record", record), ("sidecar", sidecar)):
            for key in _PUBLISHED_KEYS:
                if values.get(key) in (None, ""):
                    continue
                try:
                    return parse_date_value(values[key], timezone), origin
                except InvalidDate as err:
                    notices.append(Notice(f'"{key}" ignored: {err}', where, "warning", line))
                break
        if record.get("_dct"):
            try:
                return parse_date_value(record["_dct"], timezone), "timeml-dct"
            except InvalidDate as err:
                notices.append(Notice(f"<DCT> ignored: {err}", where, "warning", line))
        if html_date:
            try:
                return parse_date_value(html_date), "html-meta"
            except InvalidDate:
                pass
        found = find_dateline(text)
        if found:
            return found[0], "dateline"
        if path is not None:
            date = find_filename_date(path.name)
            if date:
                return date, "filename"
        return None, None

    def _sidecar(self, path: Path, notices: list) -> dict:
        # One listing per directory instead of two failed stats per article (most have no sidecar).
        directory = os.path.dirname(path) or "."
        names = self.sidecars.get(directory)
        if names is None:
            try:
                with os.scandir(directory) as entries:
                    names = frozenset(e.name for e in entries if e.name.endswith(SIDECAR_SUFFIX))
            except OSError:
                names = None
            if names is not None:
                self.sidecars[directory] = names
        if names is not None and path.name + SIDECAR_SUFFIX not in names and \
                path.stem + SIDECAR_SUFFIX not in names:
            return {}
        return _read_sidecar(path, notices)

    def _unique_id(self, doc_id: str) -> str:
        return self.ids.unique(doc_id) if self.ids is not None else doc_id


class IdRegistry:
    """Document ids made unique over a run, in input order: a second "a.txt" is "a.txt~2"."""

    def __init__(self) -> None:
        self._seen: dict[str, int] = {}

    def unique(self, doc_id: str) -> str:
        n = self._seen.get(doc_id, 0) + 1
        self._seen[doc_id] = n
        return doc_id if n == 1 else f"{doc_id}~{n}"


def read_files(paths: Iterable[Union[str, os.PathLike]], published: Optional[_dt.date] = None, *,
               max_bytes: int = DEFAULT_MAX_BYTES, timezone: Optional[str] = None
               ) -> Iterator[list[Union[Document, Notice]]]:
    """Per input file, its articles and the notices of what could not be used, as read_documents gives
    them, except that ids are the files' own: read_documents makes them unique over a run, and a caller
    that reads files apart (worker processes, a batch each) does so in input order with IdRegistry."""
    reader = _Reader(published, max_bytes, None, timezone)
    reader.ids = None
    for path in paths:
        yield list(reader.read_path(Path(path)))


def _read_sidecar(path: Path, notices: list) -> dict:
    for candidate in (path.with_name(path.name + SIDECAR_SUFFIX), path.with_name(path.stem + SIDECAR_SUFFIX)):
        if candidate.is_file():
            try:
                value = json.loads(candidate.read_bytes().decode("utf-8"))
            except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
                notices.append(Notice(f"sidecar ignored: {err}", str(candidate)))
                return {}
            if isinstance(value, dict):
                return value
            notices.append(Notice("sidecar ignored: not a JSON object", str(candidate)))
            return {}
    return {}


def _clean_str(value: object) -> Optional[str]:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


def _default_id(where: str, path: Optional[Path], line: Optional[int], single: bool) -> str:
    name = path.name if path is not None else "stdin"
    if single or line is None:
        return name
    return f"{name}#{line}"


def _guess_title(text: str) -> Optional[str]:
    """The headline line at the top of a plain-text article, if it has one.

    Skips datelines, bylines and short kicker lines ("Raven Tribune"); stops at the first line that
    reads like body copy (long, or ending like a sentence), because a body sentence taken for the
    title would be dropped from the article as a repeated headline.
    """
    for line in head_lines(text, 6):
        line = line.lstrip("#").strip()
        words = line.split()
        if find_dateline(line) or line.startswith(("By ", "BY ")):
            continue
        if len(words) < 4:
            continue
        if len(words) > 20 or line.endswith((".", ",", ":", ";")) or len(line) > 200:
            return None
        return line
    return None
