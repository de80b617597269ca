"""Key-figure benchmark (issue 14): are the casualty counts briefing publishes the ones an analyst would quote?

    python bench/figures.py [--gold PATH] [--corpus DIR] [--errors] [--dev-only]
    python bench/figures.py --corpus-check [--workdir DIR] [--top N]
    python bench/figures.py --diff-corpus FILE [--save]

Scores briefing's figure extraction (generator.nlp.figures.extract_figures, on the text analyse_article
reads: the raw .txt ingested with generator.ingest.text.read_text_article, made Markdown and back to plain
text as the build does, with ingest's date and headline) against bench/data/figures_gold.yaml, a
hand-annotated set of casualty-count mentions in the headlines and bodies. One markdown table per split: dev, and the held-out third (fixed by a hash of the article's
path before any system output was looked at; never tune on it; --errors lists misses for dev only).
--dev-only scores and prints the dev split only: the held-out articles are not even read, so a tuning run
spends no held-out look (the gold summary line still counts the held-out articles and mentions, nothing more).

Matching rule (pinned by tests/test_bench_figures.py), per article and one-to-one:
  Only people counts are scored (killed, wounded, displaced, detained, missing); ceasefire and aid figures
  are ignored. A system figure is an *event* claim unless it carries ``scope == "background"`` (background
  figures are shown but never summed into the site's totals).
  1. A system event figure matches a gold EVENT mention of the same kind and the same count whose quoted
     sentence is part of the system figure's sentence (or the other way round), compared case- and
     space-insensitively.
  2. Figures left over match a left-over gold event mention of the same kind and count anywhere in the
     article (the count matches; the sentence was split differently).
  3. Figures still left over that have the kind of a gold BACKGROUND mention and either its count or its
     sentence are "background taken as event" (each background mention at most once). They are false
     positives, as is every other figure left over.
  Precision = matched event figures / system event figures; recall = matched gold event mentions / gold
  event mentions; background taken as event = background mentions hit in step 3 / gold background mentions.

Headline: per article and kind, the figure the site would put in a figure box for that article alone
(generator.nlp.figures.total_figures over its event figures, as the day and theatre views call it for one
story) against the gold ``headline`` (the most conservative figure for the story's first-reported event).
A (article, kind) pair is scored when either side has a figure; it is right when both agree (or both have
none). "Articles all right" counts articles whose every kind is right, articles with no figure included.

--corpus-check ingests ../shared/corpus/fakes-syria into a scratch project (or --workdir, reused when it
already holds the articles), computes every article's NLP as a build does, and prints the largest
day x country killed totals the site's day view would show (generator.render.briefing.theatre_totals' rule:
total_figures over each day's articles per theatre, stories keyed as the site keys them). Nothing is rendered.

--diff-corpus FILE checks a change on text no gold covers: it reads the people figures of every corpus article
(fakes-syria, wikinewssum-sources, bbc-politics, cnndm-dev) that is in no gold set and outside the held-out hash, and prints
those that appear, disappear or change scope against the figures saved in FILE (written when FILE does not
exist yet, or rewritten with --save). A change is kept when the flips it prints are more often right than wrong.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO)]

GOLD_PATH = REPO / "bench" / "data" / "figures_gold.yaml"
CORPUS = REPO.parent / "shared" / "corpus"
KINDS = ("killed", "wounded", "displaced", "detained", "missing")
SCOPES = ("event", "background")
SPLITS = ("dev", "held-out")


@dataclass(frozen=True, slots=True)
class GoldMention:
    kind: str
    count: int
    text: str
    scope: str
    sentence: str
    title: bool = False  # the mention is in the article's headline (its sentence is the headline)


@dataclass(frozen=True, slots=True)
class GoldArticle:
    path: str
    mentions: tuple[GoldMention, ...]
    headline: Mapping[str, int]


@dataclass(frozen=True, slots=True)
class SystemFigure:
    kind: str
    value: int
    sentence: str
    scope: str = "event"


def split_of(path: str) -> str:
    """The fixed split rule recorded in the gold file's header: a third of the articles are held out."""
    return "held-out" if int(hashlib.sha256(path.encode("utf-8")).hexdigest(), 16) % 3 == 0 else "dev"


def load_gold(path: Path = GOLD_PATH) -> list[GoldArticle]:
    import yaml

    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    articles = []
    seen: set[str] = set()
    for item in data["articles"]:
        if item["path"] in seen:
            raise ValueError(f"{item['path']} is annotated twice")
        seen.add(item["path"])
        mentions = tuple(GoldMention(m["kind"], int(m["count"]), str(m["text"]), m["scope"], str(m["sentence"]), bool(m.get("title")))
                         for m in item.get("mentions") or ())
        for m in mentions:
            if m.kind not in KINDS or m.scope not in SCOPES:
                raise ValueError(f"{item['path']}: bad kind or scope in {m}")
        headline = {str(k): int(v) for k, v in (item.get("headline") or {}).items()}
        if any(k not in KINDS for k in headline):
            raise ValueError(f"{item['path']}: bad headline kind in {headline}")
        articles.append(GoldArticle(item["path"], mentions, headline))
    return articles


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w.,;:&+-]+", " ", text.casefold()).split()).strip(" .")


def same_sentence(gold_sentence: str, system_sentence: str) -> bool:
    """The gold fragment is part of the system's sentence, or the system's sentence is part of the fragment."""
    g, s = _norm(gold_sentence), _norm(system_sentence)
    return bool(g) and bool(s) and (g in s or s in g)


@dataclass(slots=True)
class ArticleScore:
    """Counts for one article; per kind: system event figures, matched ones, gold event mentions, found ones."""

    system: Counter[str] = field(default_factory=Counter)
    true_positive: Counter[str] = field(default_factory=Counter)
    gold_event: Counter[str] = field(default_factory=Counter)
    found: Counter[str] = field(default_factory=Counter)
    gold_background: int = 0
    background_taken: int = 0
    false_positives: list[tuple[str, SystemFigure]] = field(default_factory=list)  # ("background" | "other", figure)
    missed: list[GoldMention] = field(default_factory=list)

    def add(self, other: ArticleScore) -> None:
        """Count another article's (or fold's) score into this one."""
        self.system.update(other.system)
        self.true_positive.update(other.true_positive)
        self.gold_event.update(other.gold_event)
        self.found.update(other.found)
        self.gold_background += other.gold_background
        self.background_taken += other.background_taken
        self.false_positives.extend(other.false_positives)
        self.missed.extend(other.missed)


def score_article(gold: GoldArticle, figures: Sequence[SystemFigure]) -> ArticleScore:
    """Match one article's system figures to its gold mentions by the rule in the module docstring."""
    claims = [f for f in figures if f.kind in KINDS and f.scope != "background"]
    events = [m for m in gold.mentions if m.scope == "event"]
    background = [m for m in gold.mentions if m.scope == "background"]
    score = ArticleScore(gold_background=len(background))
    for f in claims:
        score.system[f.kind] += 1
    for m in events:
        score.gold_event[m.kind] += 1
    free_events = list(range(len(events)))
    unmatched: list[SystemFigure] = []
    for f in claims:  # 1: same kind, count and sentence
        hit = next((i for i in free_events if events[i].kind == f.kind and events[i].count == f.value
                    and same_sentence(events[i].sentence, f.sentence)), None)
        if hit is None:
            unmatched.append(f)
        else:
            free_events.remove(hit)
            score.true_positive[f.kind] += 1
            score.found[f.kind] += 1
    left: list[SystemFigure] = []
    for f in unmatched:  # 2: same kind and count anywhere in the article
        hit = next((i for i in free_events if events[i].kind == f.kind and events[i].count == f.value), None)
        if hit is None:
            left.append(f)
        else:
            free_events.remove(hit)
            score.true_positive[f.kind] += 1
            score.found[f.kind] += 1
    free_background = list(range(len(background)))
    for f in left:  # 3: a background mention read as news
        hit = next((i for i in free_background if background[i].kind == f.kind and background[i].count == f.value), None)
        if hit is None:
            hit = next((i for i in free_background if background[i].kind == f.kind
                        and same_sentence(background[i].sentence, f.sentence)), None)
        if hit is None:
            score.false_positives.append(("other", f))
        else:
            free_background.remove(hit)
            score.background_taken += 1
            score.false_positives.append(("background", f))
    score.missed = [events[i] for i in free_events]
    return score


def headline_scores(gold: GoldArticle, site: Mapping[str, int]) -> dict[str, bool]:
    """Per kind that either side headlines: whether the site's figure is the gold's."""
    return {kind: gold.headline.get(kind) == site.get(kind) for kind in KINDS if kind in gold.headline or kind in site}


# --- running briefing ---------------------------------------------------------------------------------------


def article_context(corpus: Path, path: str) -> tuple[Any, str]:
    """The date and title ingest finds for this raw .txt (what the figures are read against): (None, "") if refused."""
    from generator.ingest.text import InputError, read_text_article

    try:
        raw = read_text_article(corpus / path, (corpus / path).read_bytes())
    except InputError:
        return None, ""
    return raw.date, raw.title


def article_text(corpus: Path, path: str) -> str:
    """The plain text analyse_article reads for this raw .txt (ingest's cleaning, Markdown, back to text)."""
    from generator.ingest.text import InputError, read_text_article
    from generator.limits import MAX_NLP_CHARS
    from generator.textutil import markdown_to_text, paragraphs_to_markdown

    try:
        raw = read_text_article(corpus / path, (corpus / path).read_bytes())
    except InputError:  # ingest refuses it (e.g. a title and a stamp, no body): the site has no text to read
        return ""
    return markdown_to_text(paragraphs_to_markdown(raw.paragraphs))[:MAX_NLP_CHARS]


def system_figures(text: str, context: tuple[Any, str] = (None, "")) -> list[SystemFigure]:
    from generator.nlp.figures import extract_figures

    return [SystemFigure(f.kind, f.value, f.sentence, str(getattr(f, "scope", "event") or "event"))
            for f in extract_figures(text, published=context[0], title=context[1])]


def site_headline(path: str, text: str, context: tuple[Any, str] = (None, "")) -> dict[str, int]:
    """The figures the site's figure box shows for this one article (the site's own aggregation)."""
    from generator.nlp.figures import extract_figures, total_figures

    figures = tuple(f for f in extract_figures(text, published=context[0], title=context[1])
                    if getattr(f, "scope", "event") != "background")
    return {t.kind: t.value for t in total_figures([(path, figures)]) if t.kind in KINDS}


# --- report ---------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class SplitReport:
    articles: int = 0
    scores: list[tuple[str, ArticleScore]] = field(default_factory=list)
    headline: Counter[tuple[str, bool]] = field(default_factory=Counter)
    all_right: int = 0
    false_headlines: int = 0  # articles with no gold figure where the site headlines one


def evaluate(gold: Iterable[GoldArticle], texts: Mapping[str, str],
             figures_of: Any = system_figures, headline_of: Any = site_headline,
             contexts: Mapping[str, tuple[Any, str]] | None = None,
             splits: Sequence[str] = SPLITS) -> dict[str, SplitReport]:
    """Score every gold article of ``splits`` (the others are skipped unread, their reports stay empty);
    ``contexts`` (path -> the article's date and title) are passed on when given."""
    reports = {split: SplitReport() for split in SPLITS}
    for article in gold:
        if split_of(article.path) not in splits:
            continue
        report = reports[split_of(article.path)]
        text = texts[article.path]
        report.articles += 1
        dated = () if contexts is None else (contexts.get(article.path, (None, "")),)
        report.scores.append((article.path, score_article(article, figures_of(text, *dated))))
        site = headline_of(article.path, text, *dated)
        marks = headline_scores(article, site)
        for kind, right in marks.items():
            report.headline[(kind, right)] += 1
        report.all_right += all(marks.values())
        report.false_headlines += bool(site) and not article.headline
    return reports


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "n/a"


def format_report(split: str, report: SplitReport) -> str:
    total = ArticleScore()
    for _, one in report.scores:
        total.add(one)
    fp = Counter(why for why, _ in total.false_positives)
    lines = [f"### {split}: {report.articles} articles, {sum(total.gold_event.values())} gold event mentions, "
             f"{total.gold_background} background", "",
             "| kind | gold event | system event | matched | precision | recall |", "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for kind in (*KINDS, "all"):
        if kind == "all":
            g, s, tp, found = (sum(c.values()) for c in (total.gold_event, total.system, total.true_positive, total.found))
        else:
            g, s, tp, found = total.gold_event[kind], total.system[kind], total.true_positive[kind], total.found[kind]
        lines.append(f"| {kind} | {g} | {s} | {tp} | {_ratio(tp, s)} | {_ratio(found, g)} |")
    lines += ["", f"Background taken as event: {total.background_taken} of {total.gold_background} background mentions "
              f"({_pct(total.background_taken, total.gold_background)}). False positives: {fp['background']} background read as news, "
              f"{fp['other']} other.", "",
              "| headline | scored | right | accuracy |", "| --- | ---: | ---: | ---: |"]
    for kind in KINDS:
        right, wrong = report.headline[(kind, True)], report.headline[(kind, False)]
        if right or wrong:
            lines.append(f"| {kind} | {right + wrong} | {right} | {_ratio(right, right + wrong)} |")
    lines += ["", f"Articles whose every headline figure is right (no figure included): {report.all_right} of {report.articles} "
              f"({_pct(report.all_right, report.articles)}); articles with no gold figure given one: {report.false_headlines}.", ""]
    return "\n".join(lines)


def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:.1f} %" if b else "n/a"


def format_errors(report: SplitReport) -> str:
    lines = ["### dev errors (false positives and misses; the held-out part is never listed)", ""]
    for path, s in report.scores:
        for why, f in s.false_positives:
            lines.append(f"- {path}: FP ({why}) {f.kind} {f.value}: {f.sentence[:160]}")
        for m in s.missed:
            lines.append(f"- {path}: missed {m.kind} {m.count} ({m.text}): {m.sentence[:160]}")
    return "\n".join(lines)


def gold_summary(gold: Sequence[GoldArticle], texts: Mapping[str, str], titles: Mapping[str, str] | None = None) -> str:
    """Counts of the gold set, and a warning for each quoted sentence not in the article's text (its headline for a title mention);
    only articles in ``texts`` are checked."""
    sources = Counter(a.path.split("/")[0] for a in gold)
    kinds = Counter(m.kind for a in gold for m in a.mentions)
    scopes = Counter(m.scope for a in gold for m in a.mentions)
    held = [a for a in gold if split_of(a.path) == "held-out"]
    empty = sum(1 for a in gold if not a.mentions)
    titles = titles or {}
    unquoted = [(a.path, m.sentence) for a in gold if a.path in texts for m in a.mentions
                if _norm(m.sentence) not in _norm(titles.get(a.path, "") if m.title else texts[a.path])]
    lines = [f"Gold: {sum(len(a.mentions) for a in gold)} mentions in {len(gold)} articles ({empty} with none); "
             + ", ".join(f"{k} {v}" for k, v in sources.most_common()) + "; "
             + ", ".join(f"{k} {kinds[k]}" for k in KINDS) + "; "
             + ", ".join(f"{k} {scopes[k]}" for k in SCOPES) + "; "
             + f"held-out {len(held)} articles ({sum(len(a.mentions) for a in held)} mentions); "
             + f"{sum(m.title for a in gold for m in a.mentions)} mentions are in headlines."]
    for path, sentence in unquoted:
        lines.append(f"warning: {path}: quoted sentence not found in the ingested text: {sentence[:100]}")
    return "\n".join(lines)


# --- corpus diff ----------------------------------------------------------------------------------------------

DIFF_SOURCES = ("fakes-syria", "wikinewssum-sources", "bbc-politics", "cnndm-dev")


def corpus_figures(corpus: Path, gold: Sequence[GoldArticle]) -> dict[str, list[list[Any]]]:
    """Per non-gold article outside the held-out hash: its people figures as [kind, value, scope, sentence]."""
    annotated = {a.path for a in gold}
    found: dict[str, list[list[Any]]] = {}
    for source in DIFF_SOURCES:
        for file in sorted((corpus / source).glob("*.txt")):
            path = file.relative_to(corpus).as_posix()
            if path in annotated or split_of(path) == "held-out":
                continue
            figures = system_figures(article_text(corpus, path), article_context(corpus, path))
            found[path] = [[f.kind, f.value, f.scope, f.sentence] for f in figures if f.kind in KINDS]
    return found


def corpus_diff(before: Mapping[str, list[list[Any]]], after: Mapping[str, list[list[Any]]]) -> str:
    """The figures that changed between two corpus readings, per article: '+' new, '-' gone, a scope flip as 'a -> b'."""
    lines, flips = [], Counter[str]()
    for path in sorted(set(before) | set(after)):
        old = Counter((k, v, s, t) for k, v, s, t in before.get(path, []))
        new = Counter((k, v, s, t) for k, v, s, t in after.get(path, []))
        gone, came = old - new, new - old
        for kind, value, scope, sentence in sorted(came.elements()):
            flipped = next((f for f in gone if f[0] == kind and f[1] == value and f[3] == sentence), None)
            if flipped is not None:
                gone[flipped] -= 1
                flips[f"{flipped[2]} -> {scope}"] += 1
                lines.append(f"- {path}: {kind} {value} {flipped[2]} -> {scope}: {sentence[:200]}")
            else:
                flips[f"new {scope}"] += 1
                lines.append(f"- {path}: + {kind} {value} {scope}: {sentence[:200]}")
        for kind, value, scope, sentence in sorted(gone.elements()):
            flips[f"gone {scope}"] += 1
            lines.append(f"- {path}: - {kind} {value} {scope}: {sentence[:200]}")
    summary = ", ".join(f"{k} {v}" for k, v in sorted(flips.items())) or "no change"
    return "\n".join([f"### corpus diff over {len(after)} non-gold articles: {summary}", "", *lines])


# --- corpus check ---------------------------------------------------------------------------------------------


def corpus_check(corpus: Path, workdir: Path | None, top: int) -> str:
    from generator.commands.build import site_index
    from generator.config import load_config
    from generator.index import article_path
    from generator.ingest import ingest_files
    from generator.nlp.figures import total_figures
    from generator.nlp.geo import country_name
    from generator.render.briefing import story_key

    with tempfile.TemporaryDirectory(prefix="figures-check-") as scratch:
        root = workdir or Path(scratch)
        root.mkdir(parents=True, exist_ok=True)
        if not (root / "briefing.yml").exists():
            (root / "briefing.yml").write_text("site:\n  title: figures corpus check\n", encoding="utf-8")
        cfg = load_config(root)
        ingested = cfg.articles_dir.exists() and any(cfg.articles_dir.rglob("*.md"))
        if not ingested:
            report = ingest_files([corpus / "fakes-syria"], cfg)
            print(f"ingested {len(report.written)} articles into {root}", file=sys.stderr)
        index = site_index(cfg)
    rows = []
    for day, articles in index.articles_by_day.items():
        by_theatre: dict[str, list[Any]] = defaultdict(list)
        for enriched in articles:
            by_theatre[index.theatre[article_path(enriched)]].append(enriched)
        for code, items in by_theatre.items():
            killed = next((t for t in total_figures([(story_key(a), a.figures) for a in items]) if t.kind == "killed"), None)
            if killed:
                biggest = max((f for a in items for f in a.figures if f.kind == "killed"), key=lambda f: f.value)
                rows.append((killed.value, day, country_name(code) if code else "(no theatre)", len(items), killed.stories, biggest))
    rows.sort(key=lambda r: r[0], reverse=True)
    theatre_sum: Counter[str] = Counter()
    for value, _, name, *_ in rows:
        theatre_sum[name] += value
    over = {limit: sum(1 for r in rows if r[0] > limit) for limit in (2_000, 10_000)}
    lines = [f"### corpus check: day x country killed totals over {len(index.articles)} fakes-syria articles", "",
             f"{len(rows)} day x country boxes with a killed total; above 2,000: {over[2_000]}; above 10,000: {over[10_000]}. "
             f"Sum of the boxes per theatre: " + ", ".join(f"{k} {v:,}" for k, v in theatre_sum.most_common(3)) + ".", "",
             "| killed | day | theatre | articles | events (stories, overlapping ones as one) | largest single figure (sentence) |", "| ---: | --- | --- | ---: | ---: | --- |"]
    for value, day, name, count, stories, biggest in rows[:top]:
        sentence = biggest.sentence[:110].replace("|", "/")
        lines.append(f"| {value:,} | {day} | {name} | {count} | {stories} | {biggest.value:,}: {sentence} |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=GOLD_PATH)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--errors", action="store_true", help="list the dev split's false positives and misses")
    parser.add_argument("--dev-only", action="store_true", help="score and print the dev split only (no held-out look)")
    parser.add_argument("--corpus-check", action="store_true", help="largest day x country killed totals over fakes-syria")
    parser.add_argument("--workdir", type=Path, help="project folder for --corpus-check (kept; reused when already ingested)")
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--diff-corpus", type=Path, metavar="FILE", help="figures of non-gold articles against those saved in FILE")
    parser.add_argument("--save", action="store_true", help="with --diff-corpus: save this reading to FILE after the diff")
    args = parser.parse_args(argv)
    if args.diff_corpus:
        import json

        now = corpus_figures(args.corpus, load_gold(args.gold))
        if args.diff_corpus.exists():
            print(corpus_diff(json.loads(args.diff_corpus.read_text(encoding="utf-8")), now))
        if args.save or not args.diff_corpus.exists():
            args.diff_corpus.write_text(json.dumps(now, indent=0), encoding="utf-8")
        return 0
    if args.corpus_check:
        print(corpus_check(args.corpus, args.workdir, args.top))
        return 0
    gold = load_gold(args.gold)
    splits = ("dev",) if args.dev_only else SPLITS
    texts = {a.path: article_text(args.corpus, a.path) for a in gold if split_of(a.path) in splits}
    contexts = {a.path: article_context(args.corpus, a.path) for a in gold if split_of(a.path) in splits}
    print(gold_summary(gold, texts, {path: title for path, (_, title) in contexts.items()}))
    print()
    reports = evaluate(gold, texts, contexts=contexts, splits=splits)
    for split in splits:
        print(format_report(split, reports[split]))
    if args.errors:
        print(format_errors(reports["dev"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
