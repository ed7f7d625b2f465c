"""The `timeline` command. The only module that imports click, and the only place
where library errors become messages and exit codes:
0 success (warnings allowed), 1 nothing could be built / output not written,
2 usage errors. Every message is one line; no traceback reaches the user."""
from __future__ import annotations

import datetime as _dt
import json
import os
import sys
import time
from pathlib import Path
from typing import Optional

from .memory import long_lived

with long_lived():      # click's ~40 modules live as long as the process: see memory.py
    import click

from . import __version__
from .errors import OutputError, TimelineError, UsageError
from .model import Notice

BUILD_FORMATS = ("html", "div", "json", "csv", "timelinejs", "png", "svg", "pdf")
BINARY_FORMATS = ("png", "svg", "pdf")
MAX_NOTICE_LINES = 20     # beyond this, notices are summarised on the terminal (all are in the output)
_NO_ARGS_IS_HELP = getattr(click.exceptions, "NoArgsIsHelpError", ())  # click >= 8.2


class _Published(click.ParamType):
    name = "YYYY-MM-DD"

    def convert(self, value, param, ctx):
        if isinstance(value, _dt.date):
            return value
        from .ingest import InvalidDate, parse_date_value
        if not isinstance(value, str) or not value[:1].isdigit():
            self.fail(f"{value!r} is not a date: expected YYYY-MM-DD", param, ctx)
        try:
            return parse_date_value(value)
        except InvalidDate as err:
            self.fail(str(err), param, ctx)


PUBLISHED = _Published()


class _TimeZone(click.ParamType):
    name = "ZONE"

    def convert(self, value, param, ctx):
        from .ingest import InvalidDate, check_timezone
        try:
            return check_timezone(value)
        except InvalidDate as err:
            self.fail(str(err), param, ctx)


TIMEZONE_OPTION = click.option(
    "--timezone", type=_TimeZone(), default=None,
    help="IANA zone (America/New_York) for publication timestamps given in UTC or another offset.")
JOBS_OPTION = click.option("-j", "--jobs", type=click.IntRange(min=0), default=0, show_default="all cores",
                           help="Worker processes; 1 runs in-process.")


def _say(message: str) -> None:
    click.echo(f"timeline: {message}", err=True)


def _report_notices(notices: list[Notice], verbose: bool, quiet: bool) -> None:
    if quiet:
        return
    shown = notices if verbose else notices[:MAX_NOTICE_LINES]
    for notice in shown:
        _say(f"{'skipped' if notice.kind == 'skipped' else 'warning'}: {notice}")
    if len(notices) > len(shown):
        _say(f"... and {len(notices) - len(shown)} more notices (all listed in the output; --verbose shows them here)")


def _progress_bar(enabled: bool, inputs, unit: str = "doc"):
    """A tqdm bar on an interactive terminal; None when piped or quiet."""
    if not enabled or not sys.stderr.isatty():
        return None
    from tqdm import tqdm
    from .progress import estimate_total
    return tqdm(total=estimate_total(inputs), unit=unit, file=sys.stderr,
                desc="reading", leave=False, smoothing=0.1)


class _TimelineGroup(click.Group):
    """A click group whose errors are one-line messages with our exit codes,
    whether run from the console script or from click's CliRunner."""

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        code = _run_and_map_errors(lambda: click.Group.main(
            self, args=args, prog_name=prog_name or "timeline", complete_var=complete_var,
            standalone_mode=False, **extra))
        if standalone_mode:
            sys.exit(code)
        return code


@click.group(cls=_TimelineGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, "-V", "--version", prog_name="timeline")
def cli() -> None:
    """Turn news articles into an interactive, trustworthy event timeline.

    INPUT is a file (.txt .md .html .htm .json .jsonl .tml), a directory (recursed), a glob, or - for stdin.
    """


def _resolve_format(fmt: Optional[str], output: str) -> str:
    if fmt:
        return fmt
    if output == "-":
        return "html"
    from .render import format_for_path
    return format_for_path(output)


@cli.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("-o", "--output", default="output/timeline.html", show_default=True,
              help="Where to write; - for stdout (text formats).")
@click.option("-f", "--format", "fmt", type=click.Choice(BUILD_FORMATS), default=None,
              help="Output format [default: from the extension of -o, html when there is none].")
@click.option("--published", type=PUBLISHED, default=None,
              help="Publication date for every input (overrides metadata and datelines).")
@TIMEZONE_OPTION
@click.option("--about", metavar="NAME", default=None, help="Keep the events in which this entity takes part.")
@click.option("--title", default=None, help="Title of the timeline.")
@click.option("--lanes", type=click.Choice(["source", "actor", "status"]), default="source", show_default=True,
              help="What the chart's lanes group by.")
@click.option("--plotlyjs", type=click.Choice(["inline", "cdn"]), default=None,
              help="Inline plotly.js (works offline) or load it from the CDN (smaller file) "
                   "[default: inline for html, cdn for div].")
@JOBS_OPTION
@click.option("--scheduler", metavar="ADDRESS", default=None,
              help="Run per-document work on a Dask cluster (tcp://host:8786, or 'local').")
@click.option("--max-size", "max_mb", type=click.FloatRange(min=0.001), default=20.0, show_default=True,
              help="Largest single article accepted, in MB.")
@click.option("--width", type=click.IntRange(100, 10000), default=None, help="Image width in pixels (png/svg/pdf).")
@click.option("--height", type=click.IntRange(100, 10000), default=None, help="Image height in pixels (png/svg/pdf).")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar, notices or summary on stderr.")
@click.option("-v", "--verbose", is_flag=True, help="List every notice on stderr.")
def build(inputs, output, fmt, published, timezone, about, title, lanes, plotlyjs, jobs, scheduler, max_mb, width, height,
          quiet, verbose):
    """Build a timeline of the events in INPUT... (html page by default)."""
    fmt = _resolve_format(fmt, output)
    if output == "-" and fmt in BINARY_FORMATS:
        raise UsageError(f"{fmt} is a binary format: write it to a file with -o PATH.{fmt}")
    from .pipeline import build as build_timeline
    from .render import render, write_timeline

    started = time.perf_counter()
    bar = _progress_bar(not quiet, inputs)
    try:
        timeline = build_timeline(
            list(inputs), published=published, about=about, title=title, jobs=jobs, scheduler=scheduler,
            max_bytes=int(max_mb * 1024 * 1024), progress=bar.update if bar else None,
            stdin=sys.stdin.buffer if "-" in inputs else None, timezone=timezone)
    finally:
        if bar:
            bar.close()
    options = {"lanes": lanes}
    if plotlyjs:
        options["plotlyjs"] = plotlyjs
    if width:
        options["width"] = width
    if height:
        options["height"] = height
    new_folder = _missing_folder(output)
    if output == "-":
        content = render(timeline, fmt, **options)
        click.echo(content, nl=not content.endswith("\n"))
    else:
        write_timeline(timeline, output, fmt=fmt, **options)
    _report_notices(list(timeline.skipped) + list(timeline.warnings), verbose, quiet)
    if not quiet:
        s = timeline.stats
        skipped = f", {s['skipped']} skipped" if s.get("skipped") else ""
        _say(f"{_count(s['documents'], 'document')}{skipped}, {_count(s['events'], 'event')} "
             f"({s['undated']} undated), {_count(s['warnings'], 'warning')}, {time.perf_counter() - started:.1f} s"
             + ("" if output == "-" else f" -> {output}") + (f" (new folder {new_folder})" if new_folder else ""))


def _missing_folder(output: str) -> Optional[str]:
    """The outermost folder that writing `output` will create, if any: said in the summary, so that a
    mistyped path does not go unnoticed."""
    if output == "-":
        return None
    missing = None
    parent = Path(output).absolute().parent
    while not parent.exists():
        missing, parent = parent, parent.parent
    return None if missing is None else str(missing)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


@cli.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("--published", type=PUBLISHED, default=None,
              help="Publication date for every input (overrides metadata and datelines).")
@TIMEZONE_OPTION
@click.option("-f", "--format", "fmt", type=click.Choice(["jsonl", "timeml"]), default="jsonl", show_default=True)
@click.option("-o", "--output", default="-", show_default=True,
              help="File to write (- for stdout); with timeml and an existing directory, one .tml per article.")
@click.option("--max-size", "max_mb", type=click.FloatRange(min=0.001), default=20.0, show_default=True,
              help="Largest single article accepted, in MB.")
@JOBS_OPTION
@click.option("-q", "--quiet", is_flag=True, help="No progress bar, notices or summary on stderr.")
@click.option("-v", "--verbose", is_flag=True, help="List every notice on stderr.")
def tag(inputs, published, timezone, fmt, output, max_mb, jobs, quiet, verbose):
    """Find and normalize the temporal expressions in INPUT... (TIMEX3 values)."""
    import functools
    from .pipeline import tag as tag_documents
    if fmt == "timeml":
        from .resolve.timeml import to_timeml  # noqa: F401  (before the workers fork; ~1 ms of a JSONL run's start-up)

    notices: list[Notice] = []
    documents = expressions = unresolved = 0
    started = time.perf_counter()
    to_dir = fmt == "timeml" and output != "-" and Path(output).is_dir()
    new_folder = _missing_folder(output)
    sink = None
    # No bar when the records themselves go to the terminal: it would be drawn across them.
    bar = _progress_bar(not quiet and (output != "-" or not sys.stdout.isatty()), inputs)
    try:
        if output == "-":
            sink = sys.stdout
        elif not to_dir:
            sink = _open_output(output)
        # Each article is encoded where it was resolved (in a worker on a multi-core run): what comes
        # back is the text to write and two counts.
        render = functools.partial(_tag_output, fmt=fmt, to_dir=to_dir)
        for item in tag_documents(list(inputs), published=published, max_bytes=int(max_mb * 1024 * 1024),
                                  stdin=sys.stdin.buffer if "-" in inputs else None, timezone=timezone,
                                  jobs=jobs, render=render):
            if bar:
                bar.update(1)
            if isinstance(item, Notice):
                notices.append(item)
                continue
            doc, (out, count, count_unresolved) = item
            documents += 1
            expressions += count
            unresolved += count_unresolved
            notices.extend(doc.notices)
            if to_dir:
                _write_text(Path(output) / (_safe_name(doc.id) + ".tml"), out)
            else:
                sink.write(out)
    except BrokenPipeError:
        _quiet_broken_pipe()
    finally:
        if bar:
            bar.close()
        if sink not in (None, sys.stdout):
            sink.close()
    _report_notices(notices, verbose, quiet)
    if documents == 0:
        from .errors import NoInputError
        raise NoInputError("no article could be read: " + ("; ".join(str(n) for n in notices[:3]) or "no input"))
    if not quiet:
        skipped = sum(1 for n in notices if n.kind == "skipped")
        _say(f"{_count(documents, 'document')}{f', {skipped} skipped' if skipped else ''}, "
             f"{_count(expressions, 'expression')} ({unresolved} dates or times left unresolved), "
             f"{time.perf_counter() - started:.1f} s" + ("" if output == "-" else f" -> {output}")
             + (f" (new folder {new_folder})" if new_folder else ""))


def _tag_output(doc, timexes, *, fmt: str, to_dir: bool) -> tuple[str, int, int]:
    """What `timeline tag` writes for one article (a JSON line, or a TimeML document: the whole file in
    a folder, newline-ended in a stream), with its number of expressions and of dates or times left
    unresolved. Runs in the worker that resolved the article."""
    unresolved = sum(1 for t in timexes if t.interval is None and t.type in ("DATE", "TIME"))
    if fmt == "jsonl":
        from .tagging import timex_record
        record = {"id": doc.id, "path": doc.path,
                  "published": doc.published.isoformat() if doc.published else None,
                  "published_source": doc.published_source,
                  "timexes": [timex_record(t) for t in timexes]}
        return json.dumps(record, ensure_ascii=False) + "\n", len(timexes), unresolved
    from .resolve.timeml import to_timeml
    xml = to_timeml(doc.text, timexes, doc.published, doc_id=doc.id)
    if not to_dir and not xml.endswith("\n"):
        xml += "\n"
    return xml, len(timexes), unresolved


def _safe_name(doc_id: str) -> str:
    keep = "".join(c if c.isalnum() or c in "-_." else "_" for c in doc_id).strip(".")
    return keep[:150] or "document"


def _open_output(path: str):
    try:
        parent = Path(path).parent
        parent.mkdir(parents=True, exist_ok=True)
        return open(path, "w", encoding="utf-8", newline="\n")
    except OSError as err:
        raise OutputError(f"cannot write: {err.strerror or err}", path) from None


def _write_text(path: Path, text: str) -> None:
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as err:
        raise OutputError(f"cannot write: {err.strerror or err}", str(path)) from None


def _quiet_broken_pipe() -> None:
    # The reader went away (e.g. `| head`): not an error worth a message.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def _run_and_map_errors(invoke) -> int:
    """Run click without its own error printing, so every error is one line."""
    try:
        invoke()
        return 0
    except _NO_ARGS_IS_HELP as err:
        click.echo(err.ctx.get_help() if err.ctx else str(err), err=True)
        return 2
    except click.UsageError as err:
        cmd = err.ctx.command_path if err.ctx else "timeline"
        _say(f"error: {err.format_message()} (see '{cmd} --help')")
        return 2
    except UsageError as err:
        _say(f"error: {err}")
        return 2
    except TimelineError as err:
        _say(f"error: {err}")
        return 1
    except click.exceptions.Exit as err:
        return err.exit_code
    except click.Abort:
        _say("aborted")
        return 130
    except click.ClickException as err:
        _say(f"error: {err.format_message()}")
        return err.exit_code
    except BrokenPipeError:
        _quiet_broken_pipe()
        return 0
    except KeyboardInterrupt:
        _say("interrupted")
        return 130
    except Exception as err:  # noqa: BLE001 - a bug must still be one line, not a traceback
        if os.environ.get("TIMELINE_DEBUG"):
            raise
        _say(f"internal error: {type(err).__name__}: {err} (set TIMELINE_DEBUG=1 for the traceback)")
        return 1


def main(argv: Optional[list[str]] = None) -> int:
    """Run the CLI; returns the exit status (tests call this)."""
    return cli.main(args=argv, prog_name="timeline", standalone_mode=False)


def entry() -> None:
    """The `timeline` console script: main(), then a quick exit.

    Tearing the interpreter down (freeing the loaded rules and every module one object at a time) took a
    `timeline tag` run 20-25 ms, a tenth of tagging TimeBank on two cores, for nothing a finished process
    needs. Exit handlers still run (temporary folders, a Chromium started for PNG export), and the
    standard streams are flushed; every file the commands write is closed before they return.

    The objects made so far (the imported modules, their classes, functions and patterns) live as long
    as this process: frozen, the cyclic collector's full passes during the run no longer walk them (see
    memory.long_lived, which keeps the young passes of the imports off them)."""
    import gc
    gc.freeze()
    status = main()
    import atexit
    import threading
    if any(t.is_alive() and not t.daemon for t in threading.enumerate() if t is not threading.main_thread()):
        sys.exit(status)      # a thread still at work (an export's helper): the interpreter waits for it
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):       # a closed or broken pipe: nothing more can be said there
            pass
    os._exit(status)


if __name__ == "__main__":
    entry()
