"""Turn the user's INPUT arguments (files, directories, globs, "-") into a sorted,
deduplicated stream of paths. Lazy: a directory of 100,000 files is walked, not listed."""
from __future__ import annotations

import glob
import os
from pathlib import Path
from stat import S_ISDIR
from typing import Iterable, Iterator, Optional, Union

from ..model import Notice

TEXT_SUFFIXES = (".txt", ".md", ".text")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSON_SUFFIXES = (".json",)
JSONL_SUFFIXES = (".jsonl", ".ndjson")
# TimeML (TempEval, TimeBank): the <TEXT> is the article, the <DCT> its publication date.
TIMEML_SUFFIXES = (".tml", ".timeml")
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSON_SUFFIXES + JSONL_SUFFIXES + TIMEML_SUFFIXES
SIDECAR_SUFFIX = ".meta.json"
STDIN = "-"

GLOB_CHARS = set("*?[")


def is_sidecar(path: Path) -> bool:
    return path.name.endswith(SIDECAR_SUFFIX)


def is_supported(path: Path) -> bool:
    return path.suffix.lower() in SUPPORTED_SUFFIXES and not is_sidecar(path)


def _walk(directory: Path) -> Iterator[Path]:
    """Recurse in a stable order, skipping hidden files/directories and sidecars."""
    entries = []
    try:
        with os.scandir(directory) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as err:
        raise PermissionError(f"cannot list directory: {err.strerror or err}") from err
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        if entry.is_dir(follow_symlinks=True):
            yield from _walk(path)
        elif is_supported(path):
            yield path


def expand_inputs(inputs: Iterable[Union[str, os.PathLike]]) -> Iterator[Union[Path, str, Notice]]:
    """Yield Path objects, the STDIN marker, or a Notice for an input that gives nothing."""
    seen: set = set()

    def once(path: Path, stat: Optional[os.stat_result] = None) -> bool:
        # The same file named twice (or through a link) is read once: it is known by its device and inode
        # (one stat, where resolving the path would take one per path component).
        if stat is None:
            try:
                stat = os.stat(path)
            except (OSError, ValueError):
                pass
        key = (stat.st_dev, stat.st_ino) if stat is not None else os.path.realpath(path)
        if key in seen:
            return False
        seen.add(key)
        return True

    for raw in inputs:
        arg = os.fspath(raw)
        if arg == STDIN:
            yield STDIN
            continue
        path = Path(arg)
        try:
            stat: Optional[os.stat_result] = os.stat(arg)
        except (OSError, ValueError):
            stat = None
        if stat is not None and S_ISDIR(stat.st_mode):
            try:
                found = False
                for child in _walk(path):
                    found = True
                    if once(child):
                        yield child
                if not found:
                    yield Notice("directory holds no .txt, .md, .html, .json, .jsonl or .tml files", arg, "skipped")
            except PermissionError as err:
                yield Notice(str(err), arg, "skipped")
        elif stat is not None or os.path.islink(path):
            if once(path, stat):
                yield path
        elif GLOB_CHARS & set(arg):
            matches = sorted(glob.glob(arg, recursive=True))
            if not matches:
                yield Notice("pattern matches no file", arg, "skipped")
            for match in matches:
                mpath = Path(match)
                if mpath.is_dir():
                    yield from expand_inputs([mpath])
                elif is_supported(mpath) and once(mpath):
                    yield mpath
        else:
            yield Notice("no such file or directory", arg, "skipped")
