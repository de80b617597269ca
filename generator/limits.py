"""Bounds on hostile or broken input, in one place so the docs can quote them.

Every limit ends in a clear error or a bounded result, never in unbounded time
or memory. See README "Limits".
"""

MAX_INPUT_BYTES = 20 * 1024 * 1024
"""A raw file larger than this (20 MiB) is refused by ingest."""

MAX_ARTICLE_BYTES = 10 * 1024 * 1024
"""An ingested article file larger than this (10 MiB) stops the build with an error naming it."""

MAX_YAML_BYTES = 256 * 1024
"""Front matter or briefing.yml larger than this (256 KiB) is refused before parsing."""

MAX_NLP_CHARS = 200_000
"""Summaries and entities are computed from the first 200,000 characters of a body."""

MAX_ENTITIES_PER_ARTICLE = 1000
"""An article listing more entities than this in its front matter is an error; extraction keeps the first 1,000."""

MAX_LINKED_ENTITIES = 300
"""At most this many entities per article get their first mention linked in the body."""

MAX_SLUG_LENGTH = 80
"""Slugs (file names of pages) are at most 80 characters."""
