"""What the cache folder holds, in one place: every store a rebuild reuses, and where it lives.

Everything under ``.briefing-cache/`` is an optimisation: delete the folder and the next build
is cold, nothing else changes. The articles under content/ stay the truth.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

CACHE_FOLDER = ".briefing-cache"


def user_cache_folder() -> Path:
    """What is cached once per user for every project: data built from installed packages (the gazetteer)."""
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "briefing"


def drop_other_versions(kept: Path) -> None:
    """Delete the user cache's other builds of what ``kept`` holds: files named '<kind>-<digest><suffix>' like it,
    built from another version of their inputs. Each upgrade (or each virtual environment, while the key held the
    package's path) left a file behind: 15 language models of 92 MB on one machine. Two installs of different
    versions used in turn each build theirs again (a second or so), which is cheaper than a cache without bound."""
    kind = kept.name.rsplit("-", 1)[0]
    for other in kept.parent.glob(f"{kind}-*{kept.suffix}"):
        if other != kept and other.name.rsplit("-", 1)[0] == kind:
            try:
                other.unlink()
            except OSError:  # another process's, just removed, or not ours to remove
                pass


@dataclass(frozen=True, slots=True)
class CacheLayout:
    folder: Path  # <project>/.briefing-cache

    @classmethod
    def of(cls, project_root: Path) -> CacheLayout:
        return cls(project_root / CACHE_FOLDER)

    @property
    def build_record(self) -> Path:
        """What the last successful build read and wrote (see fingerprint): a no-change build stops early."""
        return self.folder / "last-build.json"

    @property
    def ingest_record(self) -> Path:
        """What the last ingest of the inbox that wrote nothing reported, under the key of what it read (see
        incremental.inbox): a build with nothing new in content/ does not ingest it again."""
        return self.folder / "last-ingest.json"

    @property
    def articles(self) -> Path:
        """The archive: every article parsed, reused while its file is unchanged, by the build and by ingest
        (which also finds duplicates in it without reading every article); see content.archive."""
        return self.folder / "articles.json"

    @property
    def nlp_results(self) -> Path:
        """Each article's NLP results under a hash of what they were computed from (see nlp.analysis)."""
        return self.folder / "nlp.sqlite"

    @property
    def spare_site(self) -> Path:
        """The site replaced last time, reused as the next staging folder (see publish); its keys beside it."""
        return self.folder / "site-spare"

    def last_result(self, name: str) -> Path:
        """The last build's result of a whole-site computation (stories, resolution, theatres) under the hash
        of its inputs (see incremental.memo)."""
        return self.folder / f"last-{name}.json"

    @property
    def story_candidates(self) -> Path:
        """The last story grouping's candidates for each article, reused while the articles before it are the same
        (see nlp.stories.group_stories_kept)."""
        return self.folder / "last-story-candidates.bin"

    @property
    def plan_record(self) -> Path:
        """What the last build planned: each unit's pages and keys and the articles it read (see render.reuse)."""
        return self.folder / "plan.json"

    @property
    def search(self) -> Path:
        """The search index's shards, reused while their pages do not change (see search)."""
        return self.folder / "search"
