"""The story grouping's candidates, kept for the next grouping (``stories.group_stories_kept``).

A binary file, never pickle (a project folder may come from anyone): a header naming the format and the
code it was made by, then each position's prefix digest, candidates and first copied candidate as
little-endian arrays, then the outlets' furniture as JSON. Anything wrong with it (missing, damaged,
another code's) means counting every article's candidates again.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sys
from array import array
from pathlib import Path
from types import MappingProxyType

from generator.incremental.atomic import write_atomic
from generator.nlp.stories import KeptCandidates

log = logging.getLogger(__name__)
_MAGIC = b"briefing-story-candidates-1\n"
_DIGEST = 16  # bytes of each prefix digest (stories._prefix_digests)


def read_candidates(path: Path, code: str) -> KeptCandidates | None:
    """What write_candidates kept at ``path`` under ``code``, or None (then the grouping counts them all)."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    try:
        return _decode(data, code)
    except (ValueError, IndexError, OverflowError, TypeError, AttributeError) as exc:
        log.debug("%s: not the story candidates (%s); counting them again", path, exc)
        return None


def write_candidates(path: Path, code: str, kept: KeptCandidates) -> None:
    counts = array("H", map(len, kept.found))
    flat = array("I", (candidate for found in kept.found for candidate in found))
    copies = array("i", kept.copies)
    arrays = [counts, flat, copies]
    if sys.byteorder == "big":
        for values in arrays:
            values.byteswap()
    head = _header(code) + len(kept.found).to_bytes(4, "little") + len(flat).to_bytes(4, "little")
    furniture = json.dumps({source: sorted(terms) for source, terms in sorted(kept.furniture.items())}, ensure_ascii=False)
    write_atomic(path, b"".join([head, *kept.chain, *(values.tobytes() for values in arrays), furniture.encode("utf-8")]))


def _header(code: str) -> bytes:
    return _MAGIC + hashlib.blake2b(code.encode("utf-8"), digest_size=20).digest()


def _decode(data: bytes, code: str) -> KeptCandidates | None:
    head = _header(code)
    if not data.startswith(head):
        return None  # another format, or made by other code: its candidates may differ
    at = len(head)
    count, total = int.from_bytes(data[at:at + 4], "little"), int.from_bytes(data[at + 4:at + 8], "little")
    at += 8
    chain = tuple(data[i:i + _DIGEST] for i in range(at, at + count * _DIGEST, _DIGEST))
    at += count * _DIGEST
    counts, flat, copies = array("H"), array("I"), array("i")
    for values, length in ((counts, count), (flat, total), (copies, count)):
        end = at + length * values.itemsize
        values.frombytes(data[at:end])
        at = end
        if sys.byteorder == "big":
            values.byteswap()
    furniture = json.loads(data[at:].decode("utf-8"))
    if not isinstance(furniture, dict) or not all(isinstance(terms, list) for terms in furniture.values()):
        raise ValueError("no furniture")
    if len(chain) != count or len(counts) != count or sum(counts) != total or len(copies) != count:
        raise ValueError("lengths do not add up")
    found, start = [], 0
    for position, length in enumerate(counts):
        candidates = tuple(flat[start:start + length])
        start += length
        if max(candidates, default=-1) >= position or not -1 <= copies[position] < position:
            raise ValueError(f"position {position}: a candidate that is not an earlier article")
        found.append(candidates)
    return KeptCandidates(chain, tuple(found), tuple(copies),
                          MappingProxyType({str(source): frozenset(map(str, terms)) for source, terms in furniture.items()}))
