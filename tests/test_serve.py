"""``briefing serve``: a live preview that rebuilds on edits and survives broken ones.

The server runs as a real ``briefing serve`` process on 127.0.0.1 and a free
port (``--port 0``), and is stopped at the end of each test.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Callable, Iterator

import pytest

from generator.commands.serve import SCRIPT_TAG, inject_reload

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
    assert process.stdout is not None
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if line.startswith("serving http://127.0.0.1:"):
            return line.split()[1]
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
