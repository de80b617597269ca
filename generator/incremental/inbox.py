"""What the last ingest of the inbox found, so a build with nothing new in content/ does not ingest it again.

Raw files stay in content/inbox/ after they are ingested, so every build used to ingest the inbox again:
import the ingest stage, read the archive, read and hash every raw file, to learn that each one was known
(0.4 CPU s with 500 raw files in the inbox at 1,000 articles). Ingest reads nothing but content/ (the raw
files, the articles whose hashes say which are known, the outlets), the settings, briefing's code and the
libraries installed; an ingest that wrote nothing changed none of it, so one more run under the same key
would do exactly the same: nothing, with the same failures and warnings, which the record keeps to report
them again. Recorded only after such a settled run (see IngestReport.settled): not after one that wrote
articles (content/ changed, so its key is stale anyway), nor after one that failed to write (a full disk
may be freed).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from generator.errors import Diagnostic
from generator.incremental.atomic import write_atomic
from generator.incremental.memo import input_hash, read_json
from generator.models import IngestReport


def inbox_key(content: str, settings: str, code: str) -> str:
    """The key of an ingest: content/'s listing (with change times), the settings, and the status of briefing's
    code and of every import folder (installing the ingest extra lets a file that failed for want of it through).
    The working folder too: a report names the files relative to it."""
    return input_hash((content, settings, code, os.getcwd()))


def recalled_ingest(path: Path, key: str) -> IngestReport | None:
    """The report of the last settled ingest if it ran under ``key`` (nothing it reads changed since), else None."""
    stored = read_json(path)
    if not isinstance(stored, dict) or stored.get("key") != key:
        return None
    try:
        failed = tuple(Diagnostic(str(d["path"]), str(d["message"]), d["line"], str(d["hint"]), str(d["severity"]))
                       for d in stored["failed"])
        warnings = tuple(str(warning) for warning in stored["warnings"])
    except (KeyError, TypeError):
        return None
    if not all(d.line is None or isinstance(d.line, int) for d in failed):
        return None
    return IngestReport(failed=failed, warnings=warnings)


def record_ingest(path: Path, key: str, report: IngestReport) -> None:
    """Keep a settled ingest's failures and warnings under ``key``; forget the last record after any other."""
    if not report.settled:
        path.unlink(missing_ok=True)
        return
    failed = [{"path": d.path, "message": d.message, "line": d.line, "hint": d.hint, "severity": d.severity}
              for d in report.failed]
    write_atomic(path, json.dumps({"key": key, "failed": failed, "warnings": list(report.warnings)}, ensure_ascii=False))
