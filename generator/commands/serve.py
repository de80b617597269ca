"""``briefing serve``: build, serve ``site/`` on 127.0.0.1, rebuild on every change, reload open pages.

The server listens before the first build and answers once it is done: the URL is printed at
once, and a request made meanwhile waits in the listen backlog (no server thread runs yet, so
the first build of a large project may still render in forked worker processes).

The watcher polls modification times of ``content/``, the templates folder and
``briefing.yml`` (no extra dependency, works on every file system). Each HTML
response gets a small script tag that polls ``/__briefing__/status``: a new
build reloads the page, a failed one shows its error over the page. The script
is added while serving only; the files in ``site/`` are never changed. A failed
build leaves the last good site in place (publish swaps folders atomically) and
the server keeps running until the error is fixed.
"""

from __future__ import annotations

import errno
import ipaddress
import json
import os
import socket
import sys
import threading
import time
import webbrowser
from dataclasses import dataclass
from functools import partial
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable, Iterable, Mapping

from generator.commands.build import build, import_stages
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


class Warnings:
    """A session's warnings are said when they first appear, not again at every rebuild while they last
    (site.base_url unset is true of every build of a draft desk)."""

    def __init__(self) -> None:
        self._last: frozenset[str] = frozenset()

    def new(self, warnings: Iterable[str]) -> list[str]:
        """The warnings the previous successful build did not give; these become the ones it gave."""
        current = list(dict.fromkeys(warnings))
        fresh = [warning for warning in current if warning not in self._last]
        self._last = frozenset(current)
        return fresh


@dataclass(frozen=True, slots=True)
class Preview:
    """A preview server, listening from the start; it answers requests once ``start`` is called."""

    url: str
    server: ThreadingHTTPServer
    thread: threading.Thread

    def start(self) -> None:
        self.thread.start()

    def stop(self) -> None:
        if self.thread.is_alive():
            self.server.shutdown()
            self.thread.join(timeout=5)
        self.server.server_close()


def serve(project: Path, *, port: int, say: Say, bind: str = HOST, open_browser: bool = False,
          stop: threading.Event | None = None, poll_seconds: float = 0.5) -> None:
    """Listen, build, serve and watch until ``stop`` is set (or Ctrl-C); raises BriefingError if the config
    is broken at start or the address cannot be listened on."""
    cfg = load_config(project)
    state, warnings = BuildState(), Warnings()
    before = snapshot(cfg)
    preview = listen(cfg.output_dir, bind, port, state)
    try:
        say(f"serving {preview.url} (watching {', '.join(watched_names(cfg))}; Ctrl-C to stop)")
        if not is_loopback(bind):
            say(f"warning: --bind {bind}: anyone who can reach this machine on port {preview.server.server_address[1]} "
                "can read the drafts this preview serves")
        if open_browser:
            open_in_browser(preview.url, say)
        say("building the site; pages open as soon as it is built")
        rebuild(project, state, say, warnings)
        preview.start()
        import_stages()  # a first build that found nothing changed imported none of them
        watch(project, cfg, state, say, stop or threading.Event(), poll_seconds, before, warnings)
    finally:
        preview.stop()


def open_in_browser(url: str, say: Say, environ: Mapping[str, str] = os.environ, platform: str = sys.platform) -> None:
    """Open ``url`` in the reader's browser; never a failure of serve (CI, a server with no screen, no browser)."""
    graphical = not platform.startswith("linux") or any(environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "BROWSER"))
    opened = False
    if graphical and not environ.get("CI"):
        try:
            opened = webbrowser.open(url)
        except (webbrowser.Error, OSError):  # a BROWSER setting that names no program, a browser that will not start
            opened = False
    if not opened:
        say(f"--open: no browser to open here; open {url} yourself")


def rebuild(project: Path, state: BuildState, say: Say, warnings: Warnings | None = None) -> None:
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
        for warning in (warnings or Warnings()).new(report.warnings):
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


def watch(project: Path, cfg: Config, state: BuildState, say: Say, stop: threading.Event, poll_seconds: float, baseline: Snapshot,
          warnings: Warnings | None = None) -> None:
    """Poll for changes against ``baseline``; rebuild when the watched files changed and then held still briefly."""
    while not stop.wait(poll_seconds):
        current = snapshot(cfg)
        if current == baseline:
            continue
        while not stop.wait(min(poll_seconds, 0.1)) and (settled := snapshot(cfg)) != current:
            current = settled  # an editor may write a file in several steps
        say(f"change in {_first_change(baseline, current, cfg.root)}; rebuilding")
        rebuild(project, state, say, warnings)
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


def allowed_host(host: str, bind: str = HOST) -> bool:
    """Whether to answer a request whose Host header is ``host`` (any port).

    DNS rebinding needs a host *name* the attacker controls that resolves to this machine. So the
    preview answers to ``localhost`` names, to IP addresses written as such (a page that reaches
    ``http://192.168.1.5:8000/`` was served from it), and to the name given to ``--bind``; any other
    name gets 421.
    """
    name = host.strip().lower()
    if name.startswith("["):
        name = name[: name.find("]") + 1]
    else:
        name = name.rsplit(":", 1)[0]
    return name in LOCAL_NAMES or name.endswith(".localhost") or _is_ip(name.strip("[]")) or (bool(name) and name == bind.strip("[]").lower())


def _is_ip(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True


def is_loopback(bind: str) -> bool:
    """Whether ``bind`` is an address only this machine can reach."""
    name = bind.strip("[]").lower()
    return name == "localhost" or (_is_ip(name) and ipaddress.ip_address(name).is_loopback)


class _PreviewServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 64  # the requests a browser makes during the first build wait here until it is done


def listen(site_dir: Path, bind: str, port: int, state: BuildState) -> Preview:
    """A server bound to ``bind``:``port`` and listening; it answers requests once ``start()`` is called."""
    handler = partial(PreviewHandler, site_dir=site_dir, state=state, bind=bind)
    try:
        family = socket.getaddrinfo(bind.strip("[]"), port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)[0][0]
        server_class = type("PreviewServer", (_PreviewServer,), {"address_family": family})
        server = server_class((bind.strip("[]"), port), handler)
    except OSError as exc:  # socket.gaierror included: a --bind that is no address of this machine
        raise BriefingError([Diagnostic("--bind" if isinstance(exc, socket.gaierror) or exc.errno == errno.EADDRNOTAVAIL else "--port",
                                        f"cannot listen on {bind}:{port}: {exc.strerror or exc}",
                                        hint="pass another --port, or --port 0 for any free one; --bind takes an address of this machine")]) from None
    thread = threading.Thread(target=server.serve_forever, name="briefing-serve", daemon=True)
    return Preview(_url(bind, server.server_address[1]), server, thread)


def _url(bind: str, port: int) -> str:
    """The URL to print: a wildcard address is reached on this machine through its loopback."""
    host = bind.strip("[]")
    if host in ("0.0.0.0", ""):
        host = HOST
    elif host == "::":
        host = "::1"
    return f"http://[{host}]:{port}/" if ":" in host else f"http://{host}:{port}/"


def start_server(site_dir: Path, port: int, state: BuildState, bind: str = HOST) -> Preview:
    """A preview that listens and answers at once (for a site that is already built)."""
    preview = listen(site_dir, bind, port, state)
    preview.start()
    return preview


class PreviewHandler(SimpleHTTPRequestHandler):
    """Static files from the site folder, HTML with the reload script, and the status endpoint."""

    def __init__(self, *args: object, site_dir: Path, state: BuildState, bind: str = HOST, **kwargs: object) -> None:
        self.site_dir = site_dir
        self.state = state
        self.bind = bind
        super().__init__(*args, directory=str(site_dir), **kwargs)  # type: ignore[arg-type]

    def parse_request(self) -> bool:
        """Refuse a request for another host name: a web page could point a name it controls at
        127.0.0.1 (DNS rebinding) and read the drafts this preview serves."""
        if not super().parse_request():
            return False
        if not allowed_host(self.headers.get("Host", ""), self.bind):
            self.send_error(HTTPStatus.MISDIRECTED_REQUEST, "this preview answers only to localhost and IP addresses")
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
