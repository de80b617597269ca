"""Fetching ``http(s)://`` inputs: a timeout, a size limit, a clear error, nothing half-written."""

from __future__ import annotations

import socket
import urllib.error
import urllib.request
from dataclasses import dataclass
from email.message import Message

from generator import __version__

TIMEOUT_SECONDS = 20.0
MAX_BYTES = 10 * 1024 * 1024
_CHUNK = 64 * 1024


class FetchError(Exception):
    """A URL that could not be fetched; the message says why."""


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # after redirects
    data: bytes
    content_type: str
    charset: str


def is_url(text: str) -> bool:
    return text.lower().startswith(("http://", "https://"))


def fetch(url: str, *, timeout: float = TIMEOUT_SECONDS, max_bytes: int = MAX_BYTES) -> Fetched:
    """The body of ``url``, entirely in memory (nothing is written until it is all here)."""
    request = urllib.request.Request(url, headers={"User-Agent": f"briefing/{__version__} (news ingest)", "Accept-Encoding": "gzip"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 (scheme checked by is_url)
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise FetchError(f"is {int(declared) // 1024} KB, over the {max_bytes // 1024} KB limit")
            data = _read_limited(response, max_bytes)
            headers: Message = response.headers
            return Fetched(response.geturl(), data, headers.get_content_type(), headers.get_content_charset() or "")
    except urllib.error.HTTPError as exc:
        raise FetchError(f"the server answered HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        raise FetchError(f"cannot be fetched ({_reason(exc.reason)})") from None
    except (socket.timeout, TimeoutError):
        raise FetchError(f"timed out after {timeout:g} s") from None
    except (OSError, ValueError) as exc:
        raise FetchError(f"cannot be fetched ({exc})") from None


def _read_limited(response: object, max_bytes: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while chunk := response.read(_CHUNK):  # type: ignore[attr-defined]
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(f"is over the {max_bytes // 1024} KB limit")
        chunks.append(chunk)
    return b"".join(chunks)


def _reason(reason: object) -> str:
    if isinstance(reason, (socket.timeout, TimeoutError)):
        return "timed out"
    return str(reason)
