"""Profile ingest and the per-article NLP in one process (cProfile) on FA-KES articles.

    python bench/profile_nlp.py [--corpus PATH] [--count 300] [--top 25] [--stage ingest|nlp|both]

Ingests `--count` raw FA-KES stories into a temporary project, then runs the NLP of each
ingested article (`analyse_article`, the work a cold build does per article) with the entity
finder's tables loaded beforehand, and prints milliseconds per article and the top functions by
own time and by inclusive time. Complements bench/profile_build.py (py-spy over a whole build).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from generator.config import load_config  # noqa: E402
from generator.content import load_articles  # noqa: E402
from generator.ingest import ingest_files  # noqa: E402
from generator.nlp.analysis import analyse_article  # noqa: E402
from generator.nlp.entities import default_extractor  # noqa: E402


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=REPO_ROOT.parent / "shared" / "corpus" / "fakes-syria")
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--stage", choices=("ingest", "nlp", "both"), default="both")
    return parser.parse_args(argv)


def _project(corpus: Path, count: int, folder: Path) -> Path:
    shutil.copy2(REPO_ROOT / "briefing.yml", folder / "briefing.yml")
    shutil.copytree(REPO_ROOT / "templates", folder / "templates")
    inbox = folder / "content" / "inbox"
    inbox.mkdir(parents=True)
    for path in sorted(corpus.glob("*.txt"))[:count]:
        shutil.copy2(path, inbox / path.name)
    return folder


def _profiled(label: str, count: int, top: int, work) -> object:
    profile = cProfile.Profile()
    started = time.perf_counter()
    profile.enable()
    result = work()
    profile.disable()
    elapsed = time.perf_counter() - started
    print(f"\n## {label}: {elapsed:.2f} s for {count} articles, {1000 * elapsed / max(count, 1):.2f} ms/article "
          "(under cProfile: slower than plain)\n")
    for order in ("tottime", "cumulative"):
        out = io.StringIO()
        pstats.Stats(profile, stream=out).strip_dirs().sort_stats(order).print_stats(top)
        print(f"### by {order}\n```\n" + out.getvalue().split("\n", 6)[-1].rstrip() + "\n```")
    return result


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="briefing-profile-") as tmp:
        cfg = load_config(_project(args.corpus, args.count, Path(tmp)))
        ingest = lambda: ingest_files([cfg.inbox_dir], cfg)  # noqa: E731
        if args.stage in ("ingest", "both"):
            _profiled("ingest", args.count, args.top, ingest)
        else:
            ingest()
        articles = load_articles(cfg.articles_dir, cfg.root)
        if args.stage in ("nlp", "both"):
            default_extractor()  # tables load once per process, outside the per-article figure
            sentences, points = cfg.summary.sentences, cfg.summary.key_points
            _profiled("nlp", len(articles), args.top,
                      lambda: [analyse_article(a, sentences, points) for a in articles])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
