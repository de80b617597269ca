"""A Pelican project that builds the benchmark Markdown into a site shaped like briefing's.

Pelican has no custom taxonomies, so a small plugin (written here) collects people, places and
organisations from the article metadata and writes one page per term, the way Pelican writes tag
pages. Pages: paginated index, article pages, term pages, an entity index, an Atom feed of the
latest 20 articles, sitemap.xml and 404.html (direct templates); categories, tags, authors and archives are
switched off. Pelican's content cache is on (its recommended setting for rebuilds); a cold build
starts without it.
"""

from __future__ import annotations

from pathlib import Path

from .formats import pelican_markdown, write_tree
from .synth import BenchArticle

PAGE_SIZE = 20
ARTICLE_TEMPLATE = "theme/templates/article.html"

_SETTINGS = f"""
SITENAME = "Briefing bench"
SITEURL = ""
FEED_DOMAIN = "https://example.org"
PATH = "content"
ARTICLE_PATHS = ["articles"]
PAGE_PATHS = []
STATIC_PATHS = []
TIMEZONE = "UTC"
DEFAULT_LANG = "en"
RELATIVE_URLS = True
THEME = "theme"
PLUGIN_PATHS = ["plugins"]
PLUGINS = ["bench_taxonomies"]
DEFAULT_PAGINATION = {PAGE_SIZE}
PAGINATED_TEMPLATES = {{"index": None}}
DIRECT_TEMPLATES = ["index", "entities", "sitemap", "notfound"]
ENTITIES_SAVE_AS = "entities/index.html"
SITEMAP_SAVE_AS = "sitemap.xml"
NOTFOUND_SAVE_AS = "404.html"
ARTICLE_URL = "articles/{{date:%Y}}/{{date:%m}}/{{slug}}.html"
ARTICLE_SAVE_AS = ARTICLE_URL
FEED_ALL_ATOM = "feed.xml"
FEED_MAX_ITEMS = 20  # as briefing's feed (home.articles)
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
CATEGORY_SAVE_AS = ""
CATEGORIES_SAVE_AS = ""
TAG_SAVE_AS = ""
TAGS_SAVE_AS = ""
AUTHOR_SAVE_AS = ""
AUTHORS_SAVE_AS = ""
ARCHIVES_SAVE_AS = ""
CACHE_CONTENT = True
LOAD_CONTENT_CACHE = True
CACHE_PATH = "cache"
"""

_PLUGIN = '''"""Custom taxonomies for the benchmark: people, places, organizations."""
from pelican import signals
from pelican.utils import slugify

KINDS = ("people", "places", "organizations")


def _split(value, separator):
    return [item.strip() for item in (value or "").split(separator) if item.strip()]


def collect_terms(generator):
    substitutions = generator.settings["SLUG_REGEX_SUBSTITUTIONS"]
    terms = {kind: {} for kind in KINDS}
    for article in generator.articles:  # newest first
        article.key_point_list = _split(getattr(article, "key_points", ""), "||")
        article.entity_links = {}
        for kind in KINDS:
            links = []
            for name in _split(getattr(article, kind, ""), ";"):
                url = f"{kind}/{slugify(name, regex_subs=substitutions)}.html"
                links.append((name, url))
                terms[kind].setdefault(url, (name, []))[1].append(article)
            article.entity_links[kind] = links
    generator.context["entity_terms"] = {
        kind: sorted(((name, url, arts) for url, (name, arts) in terms[kind].items()),
                     key=lambda term: term[0].lower())
        for kind in KINDS
    }


def write_terms(generator, writer):
    template = generator.get_template("entity")
    for kind, entries in generator.context["entity_terms"].items():
        for name, url, articles in entries:
            writer.write_file(url, template, generator.context,
                              relative_urls=generator.settings["RELATIVE_URLS"], url=url,
                              kind=kind, term_name=name, entity_articles=articles)


def register():
    signals.article_generator_finalized.connect(collect_terms)
    signals.article_writer_finalized.connect(write_terms)
'''

_BASE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{% block title %}{{ SITENAME }}{% endblock %}</title>
<link rel="alternate" type="application/atom+xml" href="{{ SITEURL }}/feed.xml"></head>
<body><header><a href="{{ SITEURL }}/index.html">{{ SITENAME }}</a> · <a href="{{ SITEURL }}/entities/index.html">Entities</a></header>
<main>{% block content %}{% endblock %}</main></body></html>
"""

_ARTICLE = """{% extends "base.html" %}{% block title %}{{ article.title }} · {{ SITENAME }}{% endblock %}
{% block content %}<article><h1>{{ article.title }}</h1>
<p class="meta">{{ article.source }} · {{ article.dateline }} · <time>{{ article.date.strftime("%Y-%m-%d") }}</time></p>
<div class="summary">{{ article.summary }}</div>
<ul class="key-points">{% for point in article.key_point_list %}<li>{{ point }}</li>{% endfor %}</ul>
{{ article.content }}
<aside>{% for kind, links in article.entity_links.items() %}<h2>{{ kind }}</h2><ul>
{% for name, url in links %}<li><a href="{{ SITEURL }}/{{ url }}">{{ name }}</a></li>{% endfor %}</ul>{% endfor %}</aside>
</article>{% endblock %}
"""

_INDEX = """{% extends "base.html" %}{% block content %}
{% for article in articles_page.object_list %}<article><h2><a href="{{ SITEURL }}/{{ article.url }}">{{ article.title }}</a></h2>
<p><time>{{ article.date.strftime("%Y-%m-%d") }}</time> {{ article.source }}</p><p>{{ article.summary }}</p></article>{% endfor %}
<nav>{% if articles_page.has_previous() %}<a href="{{ SITEURL }}/{{ articles_previous_page.url }}">Newer</a>{% endif %}
{% if articles_page.has_next() %}<a href="{{ SITEURL }}/{{ articles_next_page.url }}">Older</a>{% endif %}</nav>{% endblock %}
"""

_ENTITY = """{% extends "base.html" %}{% block title %}{{ term_name }} · {{ SITENAME }}{% endblock %}
{% block content %}<h1>{{ term_name }}</h1><p>{{ kind }}</p><ul>
{% for article in entity_articles %}<li><a href="{{ SITEURL }}/{{ article.url }}">{{ article.title }}</a> <time>{{ article.date.strftime("%Y-%m-%d") }}</time></li>{% endfor %}
</ul>{% endblock %}
"""

_ENTITIES = """{% extends "base.html" %}{% block content %}<h1>Entities</h1>
{% for kind, entries in entity_terms.items() %}<h2>{{ kind }}</h2><ul>
{% for name, url, arts in entries %}<li><a href="{{ SITEURL }}/{{ url }}">{{ name }}</a> ({{ arts|length }})</li>{% endfor %}</ul>{% endfor %}{% endblock %}
"""

_SITEMAP = """<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>{{ FEED_DOMAIN }}/</loc></url>
{% for article in articles %}<url><loc>{{ FEED_DOMAIN }}/{{ article.url }}</loc><lastmod>{{ article.date.strftime("%Y-%m-%d") }}</lastmod></url>
{% endfor %}{% for kind, entries in entity_terms.items() %}{% for name, url, arts in entries %}<url><loc>{{ FEED_DOMAIN }}/{{ url }}</loc></url>
{% endfor %}{% endfor %}</urlset>
"""

_NOT_FOUND = """{% extends "base.html" %}{% block content %}<h1>Page not found</h1><p><a href="{{ SITEURL }}/index.html">Home</a></p>{% endblock %}
"""

_FILES = {
    "plugins/bench_taxonomies.py": _PLUGIN,
    "theme/templates/base.html": _BASE,
    ARTICLE_TEMPLATE: _ARTICLE,
    "theme/templates/index.html": _INDEX,
    "theme/templates/entity.html": _ENTITY,
    "theme/templates/entities.html": _ENTITIES,
    "theme/templates/sitemap.html": _SITEMAP,
    "theme/templates/notfound.html": _NOT_FOUND,
}


def write_pelican_project(root: Path, articles: tuple[BenchArticle, ...]) -> None:
    """pelicanconf.py, theme, plugin and content under `root`; build with `pelican -s pelicanconf.py`."""
    write_tree(root / "content" / "articles", articles, pelican_markdown)
    (root / "pelicanconf.py").write_text(_SETTINGS, encoding="utf-8")
    for rel_path, text in _FILES.items():
        path = root / rel_path
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
