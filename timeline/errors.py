"""Typed errors of the library. The CLI alone turns them into messages and exit codes."""
from __future__ import annotations

from typing import Optional


class TimelineError(Exception):
    """Base class. `str(err)` is a one-line message fit for a user."""

    def __init__(self, message: str, file: Optional[str] = None):
        self.message = " ".join(str(message).split())  # always one line
        self.file = file
        super().__init__(self.message)

    def __str__(self) -> str:
        return f"{self.file}: {self.message}" if self.file else self.message


class InputError(TimelineError):
    """One input cannot be read; the run goes on without it."""


class NoInputError(TimelineError):
    """Nothing at all could be read: the run cannot proceed."""


class UsageError(TimelineError):
    """A bad option value (e.g. an impossible date)."""


class OutputError(TimelineError):
    """An output cannot be written (unwritable path, unsupported format for stdout...)."""


class ExportError(OutputError):
    """A static export (png/svg/pdf) failed, e.g. no Chromium for kaleido."""


class WorkerError(TimelineError):
    """A worker process of `--jobs` ended without answering (killed, out of memory): the run cannot finish."""
