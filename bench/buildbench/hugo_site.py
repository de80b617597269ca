"""A Hugo project that builds the benchmark Markdown into a site shaped like briefing's.

Pages: a paginated home with summaries, one page per article (source, dateline, date, summary,
key points, body, entity sidebar by type), one page per person/place/organisation term listing its
articles, one entity index page, an Atom feed (latest 20), sitemap.xml and 404.html. Hugo's own per-taxonomy
term lists, section pages and RSS are switched off: briefing has no equivalent. Not reproduced:
briefing links the first mention of each entity inside the body (Hugo has no cheap way to do that).
"""

from __future__ import annotations

from pathlib import Path

from .formats import hugo_markdown, write_tree
from .synth import BenchArticle

PAGE_SIZE = 20
FEED_ENTRIES = 20  # briefing's home.articles default: its feed holds the latest 20 articles
ARTICLE_TEMPLATE = "layouts/_default/single.html"


def write_hugo_project(root: Path, articles: tuple[BenchArticle, ...], version: tuple[int, int]) -> None:
    """Config, layouts and content for one Hugo version (pagination config moved in 0.128)."""
    write_tree(root / "content" / "articles", articles, hugo_markdown)
    (root / "content" / "entities.md").write_text(
        '---\ntitle: "Entities"\nlayout: "entities"\nurl: "/entities/"\n---\n', encoding="utf-8"
    )
    (root / "hugo.toml").write_text(_config(version), encoding="utf-8")
    for rel_path, text in _LAYOUTS.items():
        path = root / rel_path
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def _config(version: tuple[int, int]) -> str:
    # TOML: top-level keys must precede the first table, so each form goes in its own place.
    if version >= (0, 128):
        return _base_config() + _tables() + f"[pagination]\npagerSize = {PAGE_SIZE}\n"
    return _base_config() + f"paginate = {PAGE_SIZE}\n" + _tables()


def _base_config() -> str:
    return (
        'baseURL = "https://example.org/"\ntitle = "Briefing bench"\n'
        'relativeURLs = true\ndisableKinds = ["taxonomy", "section"]\n'
        # Hugo 0.111 flags disabling "taxonomy" (renamed in 0.73); intended here: no term lists.
        'ignoreErrors = ["error-disable-taxonomy"]\n'
    )


def _tables() -> str:
    return """
[taxonomies]
person = "people"
place = "places"
organization = "organizations"

[mediaTypes."application/atom+xml"]
suffixes = ["xml"]

[outputFormats.Atom]
mediaType = "application/atom+xml"
baseName = "feed"

[outputs]
home = ["HTML", "Atom"]
page = ["HTML"]
term = ["HTML"]

[permalinks]
articles = "/articles/:year/:month/:slug/"

"""


_BASEOF = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }} · {{ .Site.Title }}</title>
<link rel="alternate" type="application/atom+xml" href="{{ "feed.xml" | relURL }}"></head>
<body><header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a> · <a href="{{ "entities/" | relURL }}">Entities</a></header>
<main>{{ block "main" . }}{{ end }}</main></body></html>
"""

# Term links are built from the front matter, not with .GetTerms: in Hugo 0.111 GetTerms made the
# 10,000-article build ~4x slower in CPU (98 s against 27 s for 0.168); the URLs are the same.
_SINGLE = """{{ define "main" }}<article><h1>{{ .Title }}</h1>
<p class="meta">{{ .Params.source }} · {{ .Params.dateline }} · <time>{{ .Date.Format "2006-01-02" }}</time></p>
<p class="summary">{{ .Params.summary }}</p>
<ul class="key-points">{{ range .Params.key_points }}<li>{{ . }}</li>{{ end }}</ul>
{{ .Content }}
<aside>{{ range $kind := slice "people" "places" "organizations" }}<h2>{{ $kind }}</h2><ul>
{{ range index $.Params $kind }}<li><a href="{{ printf "%s/%s/" $kind (urlize .) | relURL }}">{{ . }}</a></li>{{ end }}</ul>{{ end }}</aside>
</article>{{ end }}
"""

_TERM = """{{ define "main" }}<h1>{{ .Title }}</h1><p>{{ .Data.Singular }}</p><ul>
{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time>{{ .Date.Format "2006-01-02" }}</time></li>{{ end }}
</ul>{{ end }}
"""

_HOME = """{{ define "main" }}{{ $pager := .Paginate (where .Site.RegularPages "Section" "articles") }}
{{ range $pager.Pages }}<article><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>
<p><time>{{ .Date.Format "2006-01-02" }}</time> {{ .Params.source }}</p><p>{{ .Params.summary }}</p></article>{{ end }}
<nav>{{ if $pager.HasPrev }}<a href="{{ $pager.Prev.URL }}">Newer</a>{{ end }}
{{ if $pager.HasNext }}<a href="{{ $pager.Next.URL }}">Older</a>{{ end }}</nav>{{ end }}
"""

_ENTITIES = """{{ define "main" }}<h1>Entities</h1>{{ range $kind := slice "people" "places" "organizations" }}
<h2>{{ $kind }}</h2><ul>{{ range (index $.Site.Taxonomies $kind).Alphabetical }}
<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>{{ end }}{{ end }}
"""

# html/template would escape a literal "<?xml" (the output format is not plain text).
_ATOM = """{{ printf "<?xml version=\\"1.0\\" encoding=\\"utf-8\\"?>" | safeHTML }}
<feed xmlns="http://www.w3.org/2005/Atom"><title>{{ .Site.Title }}</title><id>{{ .Permalink }}</id>
<link href="{{ .Permalink }}"/><updated>{{ now.UTC.Format "2006-01-02T15:04:05Z" }}</updated>
{{ range first FEED_ENTRIES (where .Site.RegularPages "Section" "articles") }}<entry><title>{{ .Title }}</title>
<link href="{{ .Permalink }}"/><id>{{ .Permalink }}</id><updated>{{ .Date.UTC.Format "2006-01-02T15:04:05Z" }}</updated>
<summary>{{ .Params.summary }}</summary></entry>
{{ end }}</feed>
"""

_NOT_FOUND = """{{ define "main" }}<h1>Page not found</h1><p><a href="{{ "/" | relURL }}">Home</a></p>{{ end }}
"""

_LAYOUTS = {
    "layouts/_default/baseof.html": _BASEOF,
    ARTICLE_TEMPLATE: _SINGLE,
    "layouts/_default/term.html": _TERM,
    "layouts/_default/entities.html": _ENTITIES,
    "layouts/index.html": _HOME,
    "layouts/index.atom.xml": _ATOM.replace("FEED_ENTRIES", str(FEED_ENTRIES)),
    "layouts/404.html": _NOT_FOUND,
}
