"""Command line: ``briefing build``, ``briefing ingest FILE...``; ``init``, ``serve``, ``check`` in cli_publish.py.

The only module that writes to the terminal. User errors print as
``path:line: message`` with exit code 1, never as a traceback.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import logging
import os
import sys
import time
import traceback
from pathlib import Path
from typing import Sequence

from generator import __version__
from generator.commands.build import build
from generator.commands.cli_publish import add_publish_commands
from generator.config import Config, load_config, with_base_url
from generator.errors import BriefingError
from generator.incremental.lock import project_lock
from generator.models import IngestReport


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="briefing", description="Build a conflict briefing site from raw news articles.",
                                     epilog="`briefing COMMAND --help` shows a command's options. Without a COMMAND, briefing prints this help and exits with 2 "
                                            "(wrong usage, as git does), so a script that forgot the command fails.")
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    _add_common_options(parser, defaults=True)
    # The same options after the command name ("briefing build --quiet"); SUPPRESS keeps
    # the subcommand from resetting a value given before it.
    common = argparse.ArgumentParser(add_help=False)
    _add_common_options(common, defaults=False)
    # Not required: a bare `briefing` prints this help (main), not an argparse error.
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    build_cmd = commands.add_parser("build", parents=[common], help="ingest new files from content/inbox, then build the site", description="Ingest new files from content/inbox/, then build the whole site into site/ (replaced only when the build succeeds).")
    build_cmd.add_argument("--base-url", metavar="URL", help="build for this published URL instead of site.base_url (the Pages workflow passes the one from actions/configure-pages)")
    build_cmd.set_defaults(run=_run_build)

    ingest_cmd = commands.add_parser("ingest", parents=[common], help="turn raw articles (files, folders, URLs) into Markdown under content/articles", description="Turn raw articles (.txt: title line, then paragraphs; .md with front matter; saved .html pages, also gzipped; RSS/Atom feeds; http(s) URLs of pages or feeds; folders of these) into content/articles/YYYY/MM/<slug>.md. Raw files are left where they are; inputs ingested before, and the same article from another file or URL, are skipped.")
    ingest_cmd.add_argument("inputs", nargs="+", metavar="PATH_OR_URL", help="raw article files, folders (read recursively) or http(s) URLs")
    ingest_cmd.add_argument("--date", type=_iso_date, help="publication date YYYY-MM-DD for articles whose text gives none (default: today, marked date_guessed, with a warning); given again for an input already ingested with a guessed date, it dates that article")
    ingest_cmd.add_argument("--source", default="", metavar="OUTLET", help="the outlet of articles whose text names none, e.g. --source SANA for a folder of SANA pages; given again for inputs already ingested without a source, it adds it")
    ingest_cmd.set_defaults(run=_run_ingest)
    add_publish_commands(commands, common)
    entities_cmd = commands.add_parser("entities", parents=[common], help="list new, ambiguous and rarely seen entities for content/entities.yml", description="List the entities the articles mention that the editor should review in content/entities.yml: new ones (not in the registry yet), ambiguous names left unmerged, and entities seen in one article only, each with the number of articles.")
    entities_cmd.add_argument("--limit", type=int, default=50, help="rows per section (default: 50)")
    entities_cmd.set_defaults(run=_run_entities)
    export_cmd = commands.add_parser("export", parents=[common], help="write every article's fields, hand-written and computed, as JSON Lines or CSV", description="Write every article's fields as the build sees them (hand-written and computed alike: summary, entities, key figures, story, theatre, ...), newest first: one JSON object per line, or CSV with lists joined by '; '. The fields are listed in the README under 'Data out'.")
    export_cmd.add_argument("--format", choices=("jsonl", "csv"), default="jsonl", help="jsonl (default) or csv")
    export_cmd.add_argument("-o", "--output", type=Path, metavar="FILE", help="write to FILE (replaced when complete) instead of standard output")
    export_cmd.set_defaults(run=_run_export)
    refresh_cmd = commands.add_parser("refresh", parents=[common], help="take computed fields an older briefing wrote out of front matter, so the build computes them afresh", description="Take the computed fields (lede, summary, key points, entities, story) that briefing 0.1 wrote into front matter out of the articles, so that the build computes them again with the current NLP. Only those lines change. Without FILEs: every article ingest wrote (it has 'ingested:'); named FILEs are refreshed whatever wrote them. A field you edited by hand is taken out too: look with --dry-run first.")
    refresh_cmd.add_argument("files", nargs="*", type=Path, metavar="FILE", help="articles to refresh (default: every article ingest wrote)")
    refresh_cmd.add_argument("--fields", default="lede,summary,key_points,entities,story,nlp", metavar="LIST", help="comma-separated fields to take out (default: lede,summary,key_points,entities,story,nlp)")
    refresh_cmd.add_argument("--dry-run", action="store_true", help="list what would change, change nothing")
    refresh_cmd.set_defaults(run=_run_refresh)
    return parser


def _add_common_options(parser: argparse.ArgumentParser, *, defaults: bool) -> None:
    def default(value: object) -> object:
        return value if defaults else argparse.SUPPRESS

    parser.add_argument("--project", type=Path, default=default(Path(".")), metavar="DIR", help="project folder holding briefing.yml (default: the current folder)")
    parser.add_argument("-q", "--quiet", action="store_true", default=default(False), help="print only errors and warnings")
    parser.add_argument("-v", "--verbose", action="store_true", default=default(False), help="print each stage's timing as it runs")


NO_COMMAND = 2  # like git (usage, non-zero) and Click 8.2: a script that forgot the command must not pass
INTERNAL_ERROR = 3  # a bug in briefing: neither bad input (1) nor wrong usage (2, argparse's own)


# A build holds millions of small objects until it ends (articles, NLP results, index, views) and makes few
# reference cycles, so the cyclic collector's default thresholds (700, 10, 10) had it walk them over and over
# for nothing: ~30% of the NLP results' decoding and of resolution at 10,000 articles. Collections stay on,
# only rarer (mypy does the same); the thresholds are put back when the command returns.
GC_THRESHOLDS = (100_000, 50, 100)


def main(argv: Sequence[str] | None = None) -> int:
    previous = gc.get_threshold()
    gc.set_threshold(*GC_THRESHOLDS)
    try:
        return _main(argv)
    finally:
        gc.set_threshold(*previous)


def _main(argv: Sequence[str] | None) -> int:
    parser = make_parser()
    args = parser.parse_args(argv)
    if args.command is None:  # `briefing` alone: what a new user types first
        parser.print_help()
        return NO_COMMAND
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING, format="%(message)s")
    try:
        cfg = load_config(args.project) if getattr(args, "needs_config", True) else None
        return int(args.run(args, cfg))
    except BriefingError as exc:
        for diagnostic in exc.diagnostics:
            print(f"error: {diagnostic}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `briefing export | head`: the reader has what it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error while Python flushes stdout at exit
        return 0
    except KeyboardInterrupt:
        print("interrupted; nothing was replaced", file=sys.stderr)
        return 130
    except OSError as exc:  # the machine, not briefing: a full disk, a read-only or vanished folder
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"error: {where}{exc.strerror or exc}; briefing stopped there. site/ is replaced only by a complete build, "
              "so it is as it was; articles reported as written above are in content/. Fix the cause and run it again", file=sys.stderr)
        return 1
    except Exception as exc:  # a bug, not a user error: say so plainly, keep the site as it was
        if args.verbose:
            traceback.print_exc()
        print(f"error: internal error ({type(exc).__name__}: {exc}); site/ and content/ were left as they were. "
              "This is a bug in briefing: please report it with the output of the same command run with --verbose", file=sys.stderr)
        return INTERNAL_ERROR


def _run_build(args: argparse.Namespace, cfg: Config) -> int:
    if args.base_url is not None:
        cfg = with_base_url(cfg, args.base_url)
    progress = _ProgressLine(args.quiet)
    report = build(cfg, progress=progress)
    progress.clear()
    for warning in report.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if not args.quiet:
        seconds = sum(s for _, s in report.seconds)
        stages = ", ".join(f"{name} {s:.2f}s" for name, s in report.seconds)
        print(f"built {cfg.output_dir.name}/: {report.articles} articles ({report.ingested} newly ingested), {report.entities} entities, {report.files} files ({report.unchanged} unchanged) in {seconds:.2f}s ({stages})")
    for diagnostic in report.failed:
        print(f"error: {diagnostic}", file=sys.stderr)
    if report.failed:
        print(f"error: {len(report.failed)} inbox file{'s' if len(report.failed) != 1 else ''} could not be ingested; "
              "the site was built without them: fix them and build again", file=sys.stderr)
    return 1 if report.failed else 0


def _run_entities(args: argparse.Namespace, cfg: Config) -> int:
    from generator.commands.entities import format_review, review_entities

    print(format_review(review_entities(cfg), args.limit))
    return 0


def _run_export(args: argparse.Namespace, cfg: Config) -> int:
    from generator.commands.build import site_index
    from generator.export import export_records, write_records
    from generator.incremental.atomic import stream_atomic

    with project_lock(cfg.root):
        progress = _ProgressLine(args.quiet or args.output is None)
        index = site_index(cfg, progress=progress)
    progress.clear()
    records = export_records(index, cfg.site.base_url, cfg.root)
    if args.output is None:
        write_records(records, sys.stdout, args.format)
        return 0
    count = stream_atomic(args.output, lambda stream: write_records(records, stream, args.format))
    if not args.quiet:
        print(f"exported {count} articles to {args.output}", file=sys.stderr)
    return 0


def _run_refresh(args: argparse.Namespace, cfg: Config) -> int:
    from generator.commands.refresh import COMPUTED_FIELDS, refresh_articles

    fields = tuple(name.strip() for name in args.fields.split(",") if name.strip())
    unknown = sorted(set(fields) - set(COMPUTED_FIELDS))
    if unknown or not fields:
        print(f"error: --fields: {', '.join(unknown) or 'none given'}: not a computed field; use some of {','.join(COMPUTED_FIELDS)}", file=sys.stderr)
        return 2
    with project_lock(cfg.root):
        report = refresh_articles(cfg, args.files, fields, dry_run=args.dry_run)
    for diagnostic in report.failed:
        print(f"error: {diagnostic}", file=sys.stderr)
    verb = "would take" if args.dry_run else "took"
    if not args.quiet:
        for shown, taken in report.changed[:50]:
            print(f"{shown}: {verb} out {', '.join(taken)}")
        if len(report.changed) > 50:
            print(f"... and {len(report.changed) - 50} more articles")
        print(f"{len(report.changed)} articles {'would be ' if args.dry_run else ''}refreshed, {report.unchanged} had none of those fields, "
              f"{report.skipped} not written by ingest left alone (name them to refresh them)"
              + ("" if args.dry_run or not report.changed else "; the next build computes the fields afresh"))
    return 1 if report.failed else 0


def _run_ingest(args: argparse.Namespace, cfg: Config) -> int:
    from generator.ingest import ingest_files
    from generator.ingest.fetch import is_url

    inputs: list[Path | str] = [text if is_url(text) else Path(text) for text in args.inputs]
    started = time.perf_counter()
    with project_lock(cfg.root):
        progress = _ProgressLine(args.quiet)
        report = ingest_files(inputs, cfg, date=args.date, source=args.source, progress=progress)
    progress.clear()
    _print_ingest(report, cfg, args.quiet, time.perf_counter() - started)
    return 1 if report.failed else 0


def _print_ingest(report: IngestReport, cfg: Config, quiet: bool, seconds: float) -> None:
    for diagnostic in report.failed:
        print(f"error: {diagnostic}", file=sys.stderr)
    undated = [w for w in report.warnings if ": no date in the text;" in w]
    for warning in [w for w in report.warnings if w not in undated] + undated[:5]:
        print(f"warning: {warning}", file=sys.stderr)
    if len(undated) > 5:
        print(f"warning: ... and {len(undated) - 5} more inputs without a date in the text (dated today; pass --date YYYY-MM-DD)", file=sys.stderr)
    if quiet:
        return
    if len(report.written) <= 20:
        for path in report.written:
            print(f"wrote {path.relative_to(cfg.root)}")
    for duplicate in report.duplicates[:20]:
        print(f"duplicate: {duplicate}")
    print(f"ingested {len(report.written)}, unchanged {len(report.unchanged)}, duplicates {len(report.duplicates)}, "
          f"failed {len(report.failed)} in {seconds:.1f}s")


class _ProgressLine:
    """'[120/1082] 35.2/s file.txt' on one terminal line, rewritten in place (nothing when stderr is not a terminal).

    One per command run: the rate is measured from the start of each stage (a stage starts
    when the count goes back or the total changes). Total 0: not known.
    """

    def __init__(self, quiet: bool) -> None:
        self.shown = not quiet and sys.stderr.isatty()
        self._number, self._total, self._first, self._started = 0, -1, 0, time.perf_counter()

    def __call__(self, number: int, total: int, name: str) -> None:
        if not (self.shown and (total > 1 or total == 0)):
            return
        if number <= self._number or total != self._total:  # a new stage
            self._started, self._first = time.perf_counter(), number - 1
        self._number, self._total = number, total
        elapsed, done = time.perf_counter() - self._started, number - self._first
        rate = f"{done / elapsed:.1f}/s" if elapsed > 0 and done > 1 else ""
        count = f"{number}/{total}" if total else f"{number}"
        print(f"\r\033[K[{count}] {rate:>8} {name[-60:]}", end="", file=sys.stderr, flush=True)

    def clear(self) -> None:
        if self.shown:
            print("\r\033[K", end="", file=sys.stderr, flush=True)


def _iso_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {value!r}; use YYYY-MM-DD") from None
