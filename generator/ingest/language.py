"""Language of an article's text, with py3langid (its model ships in the wheel).

Measured on the corpus (1,082 English articles + 4 non-English pages from nasty/):
py3langid 1.3 ms/article after a 1.25 s model load, 4.5 MB; langdetect 10 ms/article,
2.5 MB; both got ar/de/de/fr right. py3langid's full label set called two FA-KES
articles (commas and apostrophes stripped) Nigerian Pidgin; restricted to its
two-letter (ISO 639-1) languages it calls all 1,082 English.

The model ships LZMA-compressed: decompressing and restricting it is ~0.85 CPU s, paid by every build that
ingests anything (a day's new stories), so the identifier as built is kept in the user's cache (like the
gazetteer), under a hash of py3langid's version, its model file's size, Python's version and this module (older
builds removed): ~0.09 s to read.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import logging
import pickle
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any

from generator.incremental.atomic import write_atomic
from generator.incremental.layout import drop_other_versions, user_cache_folder

log = logging.getLogger(__name__)

UNDETERMINED = "und"
_SAMPLE_CHARS = 1000  # measured: 2.1 ms/text at 1000 chars, 5.5 ms at 3000, same labels on the corpus
_MIN_LETTERS = 20


class LanguageDetectorMissing(Exception):
    """py3langid is not installed (it comes with the 'ingest' extra)."""


def detect_language(text: str) -> str:
    """ISO 639-1 code of ``text`` ('en', 'ar'...), or 'und' when there is too little text."""
    sample = text[:_SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < _MIN_LETTERS:
        return UNDETERMINED
    label, _score = _identifier().classify(sample)
    return str(label)


@lru_cache(maxsize=1)
def _identifier() -> Any:
    try:
        from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier
    except ImportError:
        raise LanguageDetectorMissing("language detection needs the 'ingest' extra: pip install 'conflict-briefing[ingest]'") from None
    cache = _cache_path(Path(MODEL_DIR) / MODEL_FILE)
    identifier = _read_cached(cache, LanguageIdentifier) if cache is not None else None
    if identifier is None:
        identifier = LanguageIdentifier.from_model_file(MODEL_FILE)
        identifier.set_languages([code for code in identifier.labels if len(code) == 2 and code != "zxx"])
        if cache is not None:
            _write_cached(cache, identifier)
    return identifier


def _cache_path(model: Path) -> Path | None:
    """Where the built identifier is kept: named by what it is built from, so never stale."""
    try:
        status = model.stat()
        version = importlib.metadata.version("py3langid")
    except (OSError, importlib.metadata.PackageNotFoundError):
        return None
    # Not the model's path or time: every virtual environment installs its own copy of the same file.
    digest = hashlib.blake2b(f"{version}\0{status.st_size}\0{sys.version}\0".encode(), digest_size=12)
    digest.update(Path(__file__).read_bytes())
    return user_cache_folder() / f"langid-{digest.hexdigest()}.pickle"


def _read_cached(path: Path, kind: type) -> Any:
    """The identifier kept at ``path``, or None (none yet, damaged, or not one: then it is built again)."""
    try:
        with path.open("rb") as stream:
            identifier = pickle.load(stream)  # our own file, in the user's own cache folder
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, ValueError, TypeError, IndexError):
        return None
    return identifier if type(identifier) is kind else None


def _write_cached(path: Path, identifier: Any) -> None:
    try:
        write_atomic(path, pickle.dumps(identifier, protocol=pickle.HIGHEST_PROTOCOL))
    except (OSError, pickle.PicklingError) as exc:  # a read-only home: build it each time
        log.debug("%s: language model not kept (%s)", path, exc)
        return
    drop_other_versions(path)
