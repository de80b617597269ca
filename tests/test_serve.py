"""``briefing serve``: a live preview that rebuilds on edits and survives broken ones.

The server runs as a real ``briefing serve`` process on 127.0.0.1 and a free
port (``--port 0``), and is stopped at the end of each test.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import os
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import webbrowser
from pathlib import Path
from typing import Callable, Iterator

import pytest

import generator.commands.serve as serve_module
from generator.commands.serve import SCRIPT_TAG, BuildState, Warnings, inject_reload, is_loopback, serve, start_server
from generator.config import Config
from generator.errors import BriefingError
from generator.models import BuildReport

ARTICLE = "content/articles/2016/05/sudan-talks.md"
PAGE = "articles/2016/05/sudan-talks.html"
TIMEOUT = 20.0  # generous for a loaded CI machine; the measured latency is printed


@pytest.fixture
def server(site_small: Path) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen([sys.executable, "-m", "generator", "--project", str(site_small), "serve", "--port", "0"],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    try:
        yield _wait_for_url(process), process
    finally:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stdout:
            process.stdout.close()


def _wait_for_url(process: subprocess.Popen[str]) -> str:
    """The URL serve prints at once, returned when the first build is done (requests made before it wait)."""
    assert process.stdout is not None
    deadline = time.monotonic() + 30
    url = ""
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if line.startswith("serving http://127.0.0.1:"):
            url = line.split()[1]
        if url and line.startswith("built "):
            return url
        if not line and process.poll() is not None:
            break
    raise AssertionError("briefing serve did not start")


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8")


def _until(condition: Callable[[], bool], what: str) -> float:
    started = time.monotonic()
    while time.monotonic() - started < TIMEOUT:
        if condition():
            return time.monotonic() - started
        time.sleep(0.1)
    raise AssertionError(f"not within {TIMEOUT}s: {what}")


def _status(url: str) -> dict:  # type: ignore[type-arg]
    return json.loads(_get(url + "__briefing__/status")[1])  # type: ignore[no-any-return]


@pytest.mark.slow
def test_edit_shows_up_without_restart_and_a_broken_edit_keeps_serving(site_small: Path, server) -> None:  # type: ignore[no-untyped-def]
    url, process = server
    status, page = _get(url + PAGE)
    assert status == 200 and "Sudan Peace Talks Resume" in page
    assert SCRIPT_TAG.decode() in page  # injected while serving...
    assert SCRIPT_TAG not in (site_small / "site" / PAGE).read_bytes()  # ...never written to the site
    assert _get(url + "__briefing__/reload.js")[0] == 200

    article = site_small / ARTICLE
    original = article.read_text()
    article.write_text(original.replace("title: Sudan Peace Talks Resume in Addis Ababa", "title: Sudan Talks Move to Nairobi"))
    latency = _until(lambda: "Sudan Talks Move to Nairobi" in _get(url + PAGE)[1], "the edited title is served")
    print(f"edit served {latency:.2f}s after saving")
    generation = _status(url)["generation"]

    article.write_text(original.replace("date: 2016-05-12", "date: someday"))
    _until(lambda: _status(url)["error"] is not None, "the build error is reported to the page")
    error = _status(url)["error"]
    assert "content/articles/2016/05/sudan-talks.md:3: front matter: date: is not a date" in error
    assert process.poll() is None  # still running
    status, page = _get(url + PAGE)
    assert status == 200 and "Sudan Talks Move to Nairobi" in page  # the last good build

    article.write_text(original)
    _until(lambda: _status(url)["error"] is None, "the error clears once the file is fixed")
    assert _status(url)["generation"] > generation  # open pages reload
    assert "Sudan Peace Talks Resume" in _get(url + PAGE)[1]


@pytest.mark.slow
def test_template_error_recovers_and_missing_pages_get_404(site_small: Path, server) -> None:  # type: ignore[no-untyped-def]
    url, process = server
    status, page = _get(url + "no/such/page.html")
    assert status == 404 and SCRIPT_TAG.decode() in page
    template = site_small / "templates/entity.html"
    original = template.read_text()
    template.write_text(original + "{% if %}")
    _until(lambda: _status(url)["error"] is not None, "a template syntax error is reported")
    assert "entity.html" in _status(url)["error"] and process.poll() is None
    template.write_text(original)
    _until(lambda: _status(url)["error"] is None, "the template is fixed")


def test_inject_reload_places_the_script_before_body_end() -> None:
    assert inject_reload(b"<html><body><p>x</p></body></html>") == b"<html><body><p>x</p>" + SCRIPT_TAG + b"</body></html>"
    assert inject_reload(b"<p>fragment") == b"<p>fragment" + SCRIPT_TAG


# Fast tests of the session's behaviour: serve() in a thread, with the build replaced by a stand-in.

def _stand_in_build(site: Path, gate: threading.Event | None = None, warnings: tuple[str, ...] = ()) -> Callable[[Config], BuildReport]:
    """A build that waits for ``gate``, then writes an index page naming how many builds ran."""
    runs: list[int] = []

    def fake(cfg: Config) -> BuildReport:
        if gate is not None:
            assert gate.wait(10)
        runs.append(1)
        site.mkdir(exist_ok=True)
        (site / "index.html").write_text(f"<!DOCTYPE html><title>t</title><body><p>build {len(runs)}</p></body>", encoding="utf-8")
        return BuildReport(ingested=0, articles=1, entities=0, files=1, seconds=(), warnings=warnings)

    return fake


@contextlib.contextmanager
def _serving(project: Path, lines: list[str], **options: object) -> Iterator[threading.Event]:
    stop = threading.Event()
    thread = threading.Thread(target=serve, args=(project,), kwargs={"port": 0, "say": lines.append, "stop": stop, "poll_seconds": 0.05, **options},
                              daemon=True)
    thread.start()
    try:
        yield stop
    finally:
        stop.set()
        thread.join(timeout=10)


def _said(lines: list[str], prefix: str) -> list[str]:
    return [line for line in list(lines) if line.startswith(prefix)]


def _wait_for(condition: Callable[[], bool]) -> None:
    deadline = time.monotonic() + 10
    while not condition():
        assert time.monotonic() < deadline, "not within 10 s"
        time.sleep(0.01)


def test_the_url_is_said_before_the_first_build_and_a_request_waits_for_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "briefing.yml").write_text("")
    gate = threading.Event()
    monkeypatch.setattr(serve_module, "build", _stand_in_build(tmp_path / "site", gate))
    lines: list[str] = []
    with _serving(tmp_path, lines):
        _wait_for(lambda: bool(_said(lines, "serving http://127.0.0.1:")))
        url = _said(lines, "serving ")[0].split()[1]
        answers: list[tuple[int, str]] = []
        request = threading.Thread(target=lambda: answers.append(_get(url)), daemon=True)
        request.start()
        request.join(0.3)
        assert answers == [] and _said(lines, "built ") == []  # listening, still building: the request waits
        gate.set()
        request.join(10)
        assert answers == [(200, answers[0][1])] and "build 1" in answers[0][1]
        assert lines.index(_said(lines, "serving ")[0]) < lines.index(_said(lines, "built ")[0])


def test_a_warning_is_said_once_per_session_not_at_every_rebuild(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "briefing.yml").write_text("")
    (tmp_path / "content").mkdir()
    unset = "briefing.yml: site.base_url is not set, so feed.xml and sitemap.xml use relative URLs; set it to the published URL"
    monkeypatch.setattr(serve_module, "build", _stand_in_build(tmp_path / "site", warnings=(unset,)))
    lines: list[str] = []
    with _serving(tmp_path, lines):
        _wait_for(lambda: len(_said(lines, "built ")) == 1)
        for number in range(2):
            (tmp_path / "content" / f"edit{number}.md").write_text("x")
            _wait_for(lambda: len(_said(lines, "built ")) == number + 2)
    assert _said(lines, "warning: ") == [f"warning: {unset}"]


def test_warnings_are_new_when_they_first_appear_or_come_back() -> None:
    warnings = Warnings()
    assert warnings.new(["a", "b", "a"]) == ["a", "b"]
    assert warnings.new(["a", "b"]) == []
    assert warnings.new(["b"]) == []
    assert warnings.new(["a", "b"]) == ["a"]  # fixed, then broken again: said again


def test_serve_bind_listens_there_and_still_refuses_other_host_names(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text("<!DOCTYPE html><title>draft</title><p>secret draft</p>", encoding="utf-8")
    preview = start_server(tmp_path, 0, BuildState(), bind="127.0.0.2")  # any 127/8 address is this machine's loopback
    try:
        assert preview.url.startswith("http://127.0.0.2:")
        port = int(preview.url.rsplit(":", 1)[1].strip("/"))
        for host, status in (("evil.example.com", 421), (f"127.0.0.2:{port}", 200), (f"localhost:{port}", 200)):
            connection = http.client.HTTPConnection("127.0.0.2", port, timeout=10)
            connection.request("GET", "/", headers={"Host": host})
            assert connection.getresponse().status == status
            connection.close()
    finally:
        preview.stop()


def test_a_bind_address_that_is_not_this_machines_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(BriefingError) as caught:
        start_server(tmp_path, 0, BuildState(), bind="203.0.113.7")  # TEST-NET-3: on no machine
    assert str(caught.value.diagnostics[0]).startswith("--bind: cannot listen on 203.0.113.7:0")


@pytest.mark.parametrize(("bind", "loopback", "url"), [("127.0.0.1", True, "http://127.0.0.1:8000/"), ("localhost", True, "http://localhost:8000/"),
                                                        ("::1", True, "http://[::1]:8000/"), ("0.0.0.0", False, "http://127.0.0.1:8000/"),
                                                        ("::", False, "http://[::1]:8000/"), ("192.168.1.5", False, "http://192.168.1.5:8000/")])
def test_the_url_said_for_a_bind_address(bind: str, loopback: bool, url: str) -> None:
    assert is_loopback(bind) is loopback and serve_module._url(bind, 8000) == url


def test_serve_warns_when_bound_beyond_this_machine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "briefing.yml").write_text("")
    monkeypatch.setattr(serve_module, "build", _stand_in_build(tmp_path / "site"))
    monkeypatch.setattr(serve_module, "is_loopback", lambda bind: False)  # without listening beyond this machine in a test
    lines: list[str] = []
    with _serving(tmp_path, lines):
        _wait_for(lambda: bool(_said(lines, "built ")))
    assert any("anyone who can reach this machine" in line for line in _said(lines, "warning: --bind 127.0.0.1"))


@pytest.mark.parametrize(("environ", "platform", "result", "tried"), [
    ({"CI": "true", "DISPLAY": ":0"}, "linux", True, False),  # CI: never
    ({}, "linux", True, False),  # a server with no screen
    ({"DISPLAY": ":0"}, "linux", False, True),  # no browser installed
    ({"DISPLAY": ":0"}, "linux", webbrowser.Error("broken BROWSER"), True),
    ({}, "darwin", True, True),
])
def test_open_tries_a_browser_only_where_there_can_be_one_and_never_fails(environ: dict[str, str], platform: str, result: object, tried: bool,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []

    def fake_open(url: str) -> object:
        calls.append(url)
        if isinstance(result, Exception):
            raise result
        return result

    monkeypatch.setattr(webbrowser, "open", fake_open)
    lines: list[str] = []
    serve_module.open_in_browser("http://127.0.0.1:8000/", lines.append, environ, platform)
    assert calls == (["http://127.0.0.1:8000/"] if tried else [])
    opened = tried and result is True
    assert lines == ([] if opened else ["--open: no browser to open here; open http://127.0.0.1:8000/ yourself"])


def test_the_cli_passes_bind_and_open_to_serve(tmp_path: Path, run_cli, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "briefing.yml").write_text("")
    received: dict[str, object] = {}
    monkeypatch.setattr(serve_module, "serve", lambda project, **options: received.update(options))
    assert run_cli("--project", str(tmp_path), "serve", "--bind", "0.0.0.0", "--open", "--port", "0").code == 0
    assert received["bind"] == "0.0.0.0" and received["open_browser"] is True and received["port"] == 0
