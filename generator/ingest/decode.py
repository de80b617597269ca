"""Raw bytes -> text: gzip, byte-order marks, binary files, lying charsets, mojibake.

Measured on the corpus's ``nasty/`` files: charset-normalizer guesses cp1250 for
an English cp1252 article, so it is not used. What works on every case there:
UTF-8, where a byte that is not valid UTF-8 is read as Windows-1252 (a page that
declares UTF-8 but holds one Latin-1 byte keeps its real UTF-8 text), unless the
page declares another charset that decodes the bytes cleanly.
"""

from __future__ import annotations

import codecs
import gzip
import re
import zlib
from types import ModuleType

_ftfy: ModuleType | None
try:
    import ftfy as _ftfy
except ImportError:  # optional: the built-in C1 repair below still runs
    _ftfy = None

MAX_UNPACKED_BYTES = 50 * 1024 * 1024
_GZIP_MAGIC = b"\x1f\x8b"
_C1_CONTROLS = re.compile("[\u0080-\u009f]")
_UTF8_NAMES = {"utf8", "utf-8", "unicode", "utf_8"}
# Browsers (WHATWG Encoding) read a declared Latin-1 page as Windows-1252; so do we.
_ALIASES = {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252"}


class DecodeError(Exception):
    """Bytes that are not text; the message says what they are."""


def _cp1252_byte(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:  # 0x81, 0x8D, 0x8F, 0x90, 0x9D: undefined in cp1252
        return ""


def _utf8_or_cp1252(error: UnicodeError) -> tuple[str, int]:
    assert isinstance(error, UnicodeDecodeError)
    bad = error.object[error.start:error.end]
    return "".join(_cp1252_byte(b) for b in bad), error.end


codecs.register_error("briefing-cp1252", _utf8_or_cp1252)


def unpack(data: bytes) -> bytes:
    """The bytes themselves, or the content of a gzip file (sniffed, not by name)."""
    if not data.startswith(_GZIP_MAGIC):
        return data
    try:
        unpacker = zlib.decompressobj(wbits=31)
        out = unpacker.decompress(data, MAX_UNPACKED_BYTES)
    except (zlib.error, EOFError, gzip.BadGzipFile) as exc:
        raise DecodeError(f"is a damaged gzip file ({exc})") from None
    if unpacker.unconsumed_tail:
        raise DecodeError(f"unpacks to more than {MAX_UNPACKED_BYTES // 2**20} MB; is it an article?")
    if not unpacker.eof:  # the stream stopped before its end: a download cut short, not the whole page
        raise DecodeError("is a truncated gzip file (it ends before the compressed data does); download it again")
    return out


def decode(data: bytes, declared: str = "") -> str:
    """Text of ``data``: BOM first, then a declared non-UTF-8 charset, then UTF-8 with cp1252 for stray bytes."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="briefing-cp1252")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise DecodeError("starts like UTF-16 text but is not; save it as UTF-8") from None
    if b"\x00" in data[:8192]:
        raise DecodeError("is a binary file, not text")
    charset = _ALIASES.get(declared.strip().lower(), declared.strip().lower())
    if charset and charset not in _UTF8_NAMES and not _is_utf8(data):
        try:
            return data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass  # the page's declaration lies or is unknown; fall back below
    return data.decode("utf-8", errors="briefing-cp1252")


def repair_mojibake(text: str) -> str:
    """Windows-1252 punctuation that was read as Latin-1 (U+0091 for a quote) back to itself.

    ftfy, when installed (the ``ingest`` extra), also fixes UTF-8 read as cp1252
    ("â€™"); on the corpus it changed exactly the C1 cases and nothing else, at 0.4 ms a text.
    """
    if _ftfy is not None and not text.isascii():
        text = _ftfy.fix_text(text, uncurl_quotes=False, unescape_html=False, fix_latin_ligatures=False,
                             fix_character_width=False, normalization="NFC")
    return _C1_CONTROLS.sub(lambda m: _cp1252_byte(ord(m[0])), text)


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
