"""How long `briefing serve` takes to show one edit on a desk of ~100 articles: save -> rebuilt, and the build alone.

    .venv/bin/python bench/serve_rebuild.py [--articles 100] [--edits 5] [--corpus ../shared/corpus/fakes-syria]

Makes a desk in a temporary folder (`briefing init`, then `briefing ingest` of the first N corpus files),
runs `serve` in this process as the CLI does (a server thread, the watcher's own poll), appends a sentence
to one article's body --edits times and prints a table: for each edit, the time from the save to the
watcher noticing it, to the rebuild being served (what an open page waits for before it reloads, less
its own poll of at most 0.5 s), and the build's time by stage. bench/build.py times `briefing build`
from the command line (a fresh process each time); this is the long-running preview.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

from generator.commands import serve as serve_module
from generator.commands.cli import main as briefing
from generator.models import BuildReport

REPO = Path(__file__).resolve().parents[1]


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus" / "fakes-syria", help="folder of .txt articles")
    parser.add_argument("--articles", type=int, default=100, help="articles on the desk (default: 100)")
    parser.add_argument("--edits", type=int, default=5, help="edits to time (default: 5)")
    return parser.parse_args(argv)


def make_desk(root: Path, corpus: Path, count: int) -> Path:
    project = root / "desk"
    inputs = sorted(corpus.glob("*.txt"))[:count]
    if len(inputs) < count:
        raise SystemExit(f"{corpus}: {len(inputs)} .txt files, fewer than {count}")
    if briefing(["init", "-q", str(project)]) != 0 or briefing(["--project", str(project), "ingest", "-q", "--date", "2016-06-01", *map(str, inputs)]) != 0:
        raise SystemExit("could not make the desk")
    return project


class Timeline:
    """What serve says, with when it said it; and each build's report (the stages' times)."""

    def __init__(self) -> None:
        self.lines: list[tuple[float, str]] = []
        self.reports: list[BuildReport] = []

    def say(self, line: str) -> None:
        self.lines.append((time.perf_counter(), line))

    def first_after(self, start: int, prefix: str, deadline: float = 60.0) -> float:
        limit = time.perf_counter() + deadline
        while time.perf_counter() < limit:
            for when, line in self.lines[start:]:
                if line.startswith(prefix):
                    return when
            time.sleep(0.002)
        raise SystemExit(f"serve did not say {prefix!r} within {deadline:.0f}s: {self.lines[start:]}")


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="briefing-serve-bench-") as work:
        project = make_desk(Path(work), args.corpus, args.articles)
        timeline = Timeline()
        real_build = serve_module.build

        def recorded_build(cfg):  # type: ignore[no-untyped-def]
            report = real_build(cfg)
            timeline.reports.append(report)
            return report

        serve_module.build = recorded_build  # type: ignore[assignment]
        stop = threading.Event()
        thread = threading.Thread(target=serve_module.serve, args=(project,), kwargs={"port": 0, "say": timeline.say, "stop": stop}, daemon=True)
        started = time.perf_counter()
        thread.start()
        url_said = timeline.first_after(0, "serving ") - started
        first_built = timeline.first_after(0, "built ") - started
        article = sorted((project / "content" / "articles").rglob("*.md"))[len(timeline.reports) % 7]
        rows = []
        for number in range(args.edits):
            time.sleep(1.0 + 0.13 * number)  # the watcher is anywhere in its poll, as when a person saves
            mark = len(timeline.lines)
            with article.open("a", encoding="utf-8") as stream:
                stream.write(f"\nThe envoy added a further remark, number {number}.\n")
            saved = time.perf_counter()
            noticed = timeline.first_after(mark, "change in ")
            built = timeline.first_after(mark, "built ")
            stages = dict(timeline.reports[-1].seconds)
            rows.append((noticed - saved, built - saved, built - noticed, stages))
        stop.set()
        thread.join(timeout=10)
    print(f"# briefing serve, one edit on a desk of {args.articles} articles ({args.corpus.name})\n")
    print(f"URL printed {url_said:.2f}s after start; first build (the whole site) done at {first_built:.2f}s\n")
    names = [name for name in rows[0][3]]
    print("| edit | save -> noticed | save -> rebuilt | build | " + " | ".join(names) + " |")
    print("|---:|---:|---:|---:|" + "---:|" * len(names))
    for number, (noticed, total, build_time, stages) in enumerate(rows, 1):
        print(f"| {number} | {noticed:.2f} | {total:.2f} | {build_time:.2f} | " + " | ".join(f"{stages.get(n, 0):.2f}" for n in names) + " |")
    print(f"| median | {statistics.median(r[0] for r in rows):.2f} | {statistics.median(r[1] for r in rows):.2f} | "
          f"{statistics.median(r[2] for r in rows):.2f} | " + " | ".join(f"{statistics.median(r[3].get(n, 0) for r in rows):.2f}" for n in names) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
