"""The ``init``, ``serve`` and ``check`` commands: argument definitions and terminal output.

Kept out of ``cli.py`` so that each group of commands is edited in one place.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from generator import DEFAULT_PACKAGE
from generator.commands.check.defaults import DEFAULT_MAX_PAGE_BYTES, TEXT_PLACES
from generator.config import Config, with_base_url

# The commands' modules are imported when their command runs: `briefing build` builds this parser too, and a
# build that finds nothing changed takes ~0.3 s in all.


def add_publish_commands(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    init_cmd = commands.add_parser("init", parents=[common], help="create a new briefing project in a folder", description="Create a new briefing project: briefing.yml with comments, content/inbox/, content/entities.yml, templates/ (overrides of the packaged templates), .gitignore and a GitHub Pages workflow. Existing files are never overwritten.")
    init_cmd.add_argument("directory", type=Path, nargs="?", default=Path("."), metavar="DIR", help="folder for the new project (created if missing; default: the current folder)")
    init_cmd.add_argument("--package", default=DEFAULT_PACKAGE, metavar="SPEC", help=f"what the Pages workflow installs with pip, e.g. a git URL (default: {DEFAULT_PACKAGE})")
    init_cmd.add_argument("--copy-templates", action="store_true", help="copy every default template into templates/ instead of only overriding the ones you add")
    init_cmd.set_defaults(run=_run_init, needs_config=False)

    serve_cmd = commands.add_parser("serve", parents=[common], help="build, serve the site on 127.0.0.1 and rebuild on every change", description="Serve the site on http://127.0.0.1:PORT/ (the URL is printed at once; pages are answered once the first build is done), watch content/, templates/ and briefing.yml, rebuild on every change and reload open pages. A failed build is shown in the terminal and over the page; the server keeps the last good build until the error is fixed. The preview answers only to localhost, IP addresses and the --bind name, so a web page cannot read it through DNS rebinding.")
    serve_cmd.add_argument("--port", type=int, default=8000, help="port to listen on (default: 8000; 0 picks a free one)")
    serve_cmd.add_argument("--bind", default="127.0.0.1", metavar="ADDR", help="address to listen on (default: 127.0.0.1, this machine only; 0.0.0.0 for every network of this machine: anyone on them can read the drafts)")
    serve_cmd.add_argument("--open", action="store_true", help="open the site in a web browser (nothing happens where there is none, e.g. CI)")
    serve_cmd.set_defaults(run=_run_serve)

    check_cmd = commands.add_parser("check", parents=[common], help="the editor's report: check the content and the built site before publishing", description="The pre-publication checklist, as an editor's report: findings grouped by rule, each rule with its count, a one-line fix and the first places (file:line). Over content/: articles that do not load, without a source, with a guessed or future date, people never introduced by full name, furniture in summaries, a body that repeats its headline, stories whose reports disagree, duplicate stories, entities that look like noise. Over the built site: broken internal links and anchors, feed and sitemap validity, HTML5 validity (with html5lib), images without alt text, oversized pages. Rules are made errors, warnings or switched off in briefing.yml (check.rules). Exit status: 0 no error, 1 errors found, 2 wrong usage, 3 internal error.")
    check_cmd.add_argument("--only", choices=("site", "content"), help="run only the site checks or only the content checks")
    check_cmd.add_argument("--base-url", metavar="URL", help="the URL the site was built for, if not site.base_url (as given to briefing build --base-url)")
    check_cmd.add_argument("--max-page-kb", type=int, default=DEFAULT_MAX_PAGE_BYTES // 1024, metavar="KB", help=f"warn about HTML pages larger than this (default: {DEFAULT_MAX_PAGE_BYTES // 1024})")
    check_cmd.add_argument("--strict", action="store_true", help="treat warnings as errors (exit 1 on any finding)")
    check_cmd.add_argument("--format", choices=("text", "json"), default="text", help="text (default): the report for a terminal; json: every finding, grouped by rule, for scripts (schema in the README)")
    check_cmd.add_argument("--places", type=int, default=TEXT_PLACES, metavar="N", help=f"places shown per rule in the text report (default: {TEXT_PLACES}; 0: all)")
    check_cmd.add_argument("--html", type=Path, metavar="FILE", help="also write the report as an HTML page, with links to the articles (their built pages, else their Markdown files)")
    check_cmd.set_defaults(run=_run_check)


def _run_init(args: argparse.Namespace, cfg: Config | None) -> int:
    from generator.commands.init import init_project

    target: Path = args.directory
    report = init_project(target, package=args.package, copy_templates=args.copy_templates)
    for rel in report.skipped:
        print(f"warning: {target / rel}: already exists; left as it is", file=sys.stderr)
    if not args.quiet:
        for rel in report.created:
            print(f"created {target / rel}")
        print(f"\nnext: put articles in {target / 'content/inbox'}/, then run `briefing --project {target} serve` to preview "
              "and push to GitHub to publish (see the README's 'Publishing' section)")
    return 0


def _run_serve(args: argparse.Namespace, cfg: Config) -> int:
    from generator.commands.serve import serve

    def say(line: str) -> None:
        stream = sys.stderr if line.startswith(("error:", "warning:")) else sys.stdout
        if not args.quiet or stream is sys.stderr:
            print(line, file=stream, flush=True)

    try:
        serve(args.project, port=args.port, bind=args.bind, open_browser=args.open, say=say)
    except KeyboardInterrupt:
        say("stopped")
    return 0


def _run_check(args: argparse.Namespace, cfg: Config) -> int:
    if args.base_url is not None:
        cfg = with_base_url(cfg, args.base_url)
    from generator.commands.check.content import check_content
    from generator.commands.check.findings import ERROR, Finding, apply_severities, as_errors, count
    from generator.commands.check.report import format_json, format_text, group_findings, summary_line, write_html
    from generator.commands.check.site import check_site

    findings: list[Finding] = []
    if args.only in (None, "site"):
        findings += check_site(cfg.output_dir, cfg.site.base_url, max_page_bytes=args.max_page_kb * 1024)
    if args.only in (None, "content"):
        findings += check_content(cfg)
    findings = apply_severities(findings, cfg.check.severities())
    if args.strict:
        findings = as_errors(findings)
    groups = group_findings(findings)
    if args.html is not None:
        write_html(args.html, groups, findings, root=cfg.root, site_dir=cfg.output_dir, title=cfg.site.title)
    if args.format == "json":
        print(format_json(groups, findings))
    else:
        text = format_text(groups, args.places)
        if text and (not args.quiet or count(findings, ERROR)):
            print(text + "\n")
        if not args.quiet or count(findings, ERROR):
            print(summary_line(findings) + (f"; report written to {args.html}" if args.html is not None else ""))
    return 1 if count(findings, ERROR) else 0
