"""``briefing serve``: build, serve ``site/`` on 127.0.0.1, rebuild on every change, reload open pages.

The watcher polls modification times of ``content/``, the templates folder and
``briefing.yml`` (no extra dependency, works on every file system). Each HTML
response gets a small script tag that polls ``/__briefing__/status``: a new
build reloads the page, a failed one shows its error over the page. The script
is added while serving only; the files in ``site/`` are never changed. A failed
build leaves the last good site in place (publish swaps folders atomically) and
the server keeps running until the error is fixed.
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass
from functools import partial
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable

from generator.commands.build import build
from generator.config import CONFIG_NAME, Config, load_config
from generator.errors import BriefingError, Diagnostic

HOST = "127.0.0.1"
INTERNAL = "/__briefing__/"
RELOAD_SCRIPT = (Path(__file__).resolve().parent.parent / "serve_static" / "reload.js").read_bytes()
SCRIPT_TAG = f'<script src="{INTERNAL}reload.js" defer></script>'.encode("ascii")
Snapshot = dict[str, tuple[int, int]]
Say = Callable[[str], None]


class BuildState:
    """What the pages poll: how many builds succeeded, and the last build's error (if it failed)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.generation = 0
        self.error: str | None = None

    def succeeded(self) -> None:
        with self._lock:
            self.generation += 1
            self.error = None

    def failed(self, error: str) -> None:
        with self._lock:
            self.error = error

    def as_json(self) -> bytes:
        with self._lock:
            return json.dumps({"generation": self.generation, "error": self.error}).encode("utf-8")


@dataclass(frozen=True, slots=True)
class Preview:
    """A running preview: its URL, and how to stop it."""

    url: str
    server: ThreadingHTTPServer
    thread: threading.Thread

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)


def serve(project: Path, *, port: int, say: Say, stop: threading.Event | None = None, poll_seconds: float = 0.5) -> None:
    """Build, serve and watch until ``stop`` is set (or Ctrl-C); raises BriefingError if the config is broken at start."""
    cfg = load_config(project)
    state = BuildState()
    before = snapshot(cfg)
    rebuild(project, state, say)
    preview = start_server(cfg.output_dir, port, state)
    say(f"serving {preview.url} (watching {', '.join(watched_names(cfg))}; Ctrl-C to stop)")
    try:
        watch(project, cfg, state, say, stop or threading.Event(), poll_seconds, before)
    finally:
        preview.stop()


def rebuild(project: Path, state: BuildState, say: Say) -> None:
    """One build; any failure is reported in the terminal and to the pages, never raised."""
    started = time.perf_counter()
    try:
        report = build(load_config(project))
    except BriefingError as exc:
        _report_failure(state, say, [str(d) for d in exc.diagnostics])
    except Exception as exc:  # a template or plugin error must not stop the preview
        _report_failure(state, say, [_describe(exc)])
    else:
        state.succeeded()
        for warning in report.warnings:
            say(f"warning: {warning}")
        for diagnostic in report.failed:
            say(f"error: {diagnostic} (the site was built without it)")
        say(f"built {report.articles} articles, {report.files} files in {time.perf_counter() - started:.2f}s")


def _report_failure(state: BuildState, say: Say, lines: list[str]) -> None:
    for line in lines:
        say(f"error: {line}")
    say("build failed; still serving the last good build. Fix the file and save: it rebuilds by itself")
    state.failed("\n".join(lines))


def _describe(exc: Exception) -> str:
    where = getattr(exc, "filename", None)
    line = getattr(exc, "lineno", None)
    place = f"{where}:{line}: " if where and line else f"{where}: " if where else ""
    return f"{place}{type(exc).__name__}: {exc}"


def watched_names(cfg: Config) -> list[str]:
    return [f"{cfg.paths.content}/", f"{cfg.paths.templates}/", CONFIG_NAME]


def snapshot(cfg: Config) -> Snapshot:
    """(mtime, size) of every watched file; any difference means rebuild."""
    files: Snapshot = {}
    for folder in (cfg.content_dir, cfg.templates_dir):
        for path in folder.rglob("*") if folder.is_dir() else ():
            _record(files, path)
    _record(files, cfg.root / CONFIG_NAME)
    return files


def _record(files: Snapshot, path: Path) -> None:
    try:
        stat = path.stat()
    except OSError:
        return  # deleted between listing and stat: the next poll sees it gone
    if not path.is_dir():
        files[str(path)] = (stat.st_mtime_ns, stat.st_size)


def watch(project: Path, cfg: Config, state: BuildState, say: Say, stop: threading.Event, poll_seconds: float, baseline: Snapshot) -> None:
    """Poll for changes against ``baseline``; rebuild when the watched files changed and then held still briefly."""
    while not stop.wait(poll_seconds):
        current = snapshot(cfg)
        if current == baseline:
            continue
        while not stop.wait(min(poll_seconds, 0.1)) and (settled := snapshot(cfg)) != current:
            current = settled  # an editor may write a file in several steps
        say(f"change in {_first_change(baseline, current, cfg.root)}; rebuilding")
        rebuild(project, state, say)
        # The snapshot from before the build: an edit saved during the build is not lost. The
        # articles the build itself ingested count as one more change (a quick, no-op rebuild).
        baseline = current
        cfg = _reload_config(project, cfg)


def _first_change(before: Snapshot, after: Snapshot, root: Path) -> str:
    changed = sorted(set(before.items()) ^ set(after.items()))
    path = Path(changed[0][0]) if changed else root
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return str(path)


def _reload_config(project: Path, cfg: Config) -> Config:
    """Watch the folders of the new config, but keep serving the folder we started with."""
    try:
        return load_config(project)
    except BriefingError:
        return cfg  # already reported by the build


LOCAL_NAMES = frozenset({"localhost", "127.0.0.1", "[::1]"})


def _local_host(host: str) -> bool:
    """Whether a Host header names this machine's loopback (any port)."""
    name = host.strip().lower()
    if name.startswith("["):
        name = name[: name.find("]") + 1]
    else:
        name = name.rsplit(":", 1)[0]
    return name in LOCAL_NAMES or name.endswith(".localhost")


def start_server(site_dir: Path, port: int, state: BuildState) -> Preview:
    handler = partial(PreviewHandler, site_dir=site_dir, state=state)
    try:
        server = ThreadingHTTPServer((HOST, port), handler)
    except OSError as exc:
        raise BriefingError([Diagnostic("--port", f"cannot listen on {HOST}:{port}: {exc.strerror}", hint="pass another --port, or --port 0 for any free one")]) from None
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name="briefing-serve", daemon=True)
    thread.start()
    return Preview(f"http://{HOST}:{server.server_address[1]}/", server, thread)


class PreviewHandler(SimpleHTTPRequestHandler):
    """Static files from the site folder, HTML with the reload script, and the status endpoint."""

    def __init__(self, *args: object, site_dir: Path, state: BuildState, **kwargs: object) -> None:
        self.site_dir = site_dir
        self.state = state
        super().__init__(*args, directory=str(site_dir), **kwargs)  # type: ignore[arg-type]

    def parse_request(self) -> bool:
        """Refuse a request for another host name: a web page could point a name it controls at
        127.0.0.1 (DNS rebinding) and read the drafts this preview serves."""
        if not super().parse_request():
            return False
        if not _local_host(self.headers.get("Host", "")):
            self.send_error(HTTPStatus.MISDIRECTED_REQUEST, "this preview answers only to localhost and 127.0.0.1")
            return False
        return True

    def do_GET(self) -> None:
        path = self.path.split("?", 1)[0].split("#", 1)[0]
        if path == f"{INTERNAL}status":
            self._send(HTTPStatus.OK, "application/json", self.state.as_json())
        elif path == f"{INTERNAL}reload.js":
            self._send(HTTPStatus.OK, "text/javascript; charset=utf-8", RELOAD_SCRIPT)
        elif self._html_file() is not None:
            self._send_html(HTTPStatus.OK, self._html_file())
        elif Path(self.translate_path(self.path)).is_file():
            super().do_GET()
        else:
            missing = self.site_dir / "404.html"
            self._send_html(HTTPStatus.NOT_FOUND, missing if missing.is_file() else None)

    def _html_file(self) -> Path | None:
        target = Path(self.translate_path(self.path))
        if target.is_dir():
            target = target / "index.html"
        return target if target.suffix == ".html" and target.is_file() else None

    def _send_html(self, status: HTTPStatus, page: Path | None) -> None:
        try:
            data = page.read_bytes() if page else b"<!DOCTYPE html><title>No site yet</title><body><p>The first build failed.</p></body>"
        except OSError:  # swapped away by a rebuild between the check and the read
            data = b"<!DOCTYPE html><title>Rebuilding</title><body><p>Rebuilding...</p></body>"
        self._send(status, "text/html; charset=utf-8", inject_reload(data))

    def _send(self, status: HTTPStatus, content_type: str, data: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "no-store")  # a preview must never show a stale page
        super().end_headers()

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the terminal is for build results, not for every request."""


def inject_reload(html: bytes) -> bytes:
    """The page with the reload script before its last ``</body>`` (or at the end)."""
    position = html.lower().rfind(b"</body>")
    if position < 0:
        return html + SCRIPT_TAG
    return html[:position] + SCRIPT_TAG + html[position:]
