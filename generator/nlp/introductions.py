"""People an article names only by surname or first name, never introduced in full.

A copy desk's rule: a person is named in full on first mention ("Mohammad Javad Zarif"), then
by surname ("Zarif"). A short name counts as introduced when it is a word of a full name the
article gives (in the body or the headline; "al-" and the like ignored, so "Assad" matches
"Bashar al-Assad"). A name the alias table knows ("Putin") is resolved to its full name by the
entity finder and is not reported.

A lone capitalised word is reported only with evidence that it is a person, so that "Labour" or
"Christmas" never are: a title or role before it ("Mr Blair", "Senator Kerry"), a speech verb
after it ("Kerry said"), or a person beside it ("Zarif and Kerry", "Kerry and Lavrov").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.nlp.article_names import KEYWORD, Candidate, surname_key
from generator.nlp.entities import default_extractor
from generator.nlp.lexicon import ROLE_NOUNS, SPEECH_VERBS

COORDINATION = re.compile(r"\s+(?:and|&)\s+")
WORD_BEFORE = re.compile(r"([A-Za-z][\w.'’-]*)[ \t]+$")
CAPITAL_AFTER = re.compile(r"[ \t]+[A-Z]")
WORD_AFTER = re.compile(r"\s+([a-z]+)")
INSIDE_A_NAME = re.compile(r"[A-Z][\w'’-]*\s+(?:and|of|for|&)\s+$")  # "Trade and Industry said": an organisation's name
COURTESY_TITLES = frozenset("mr mrs ms miss mx dr".split())
# Titles that go with one name by custom (royals, clergy, peers): "Prince Bandar", "Pope Francis", "Lord Drayson".
NAME_SHAPE = re.compile(r"[A-Z][a-zA-Z]*[a-z](?:[-'’][A-Za-z]+)*")  # "Kerry", "MacDonald", "Al-Hakim"; not "C", "F-Secure"
ONE_NAME_TITLES = frozenset("king queen prince princess sheikh emir sultan imam ayatollah pope cardinal bishop father sister rabbi "
                            "sir lord lady dame".split()) | {"general", "attorney"}  # and "General Staff", "Attorney Offices": not a rank


@dataclass(frozen=True, slots=True)
class ShortName:
    """A person named by one word, where the article first does so, and why it looks like a person."""

    name: str
    start: int  # offset in the text given to ``unintroduced_names``
    evidence: str


def unintroduced_names(title: str, text: str) -> tuple[ShortName, ...]:
    """Each person ``text`` names by one word only, once, in order of first mention."""
    extractor = default_extractor()
    body = extractor.candidates(text)
    full_names = [f.name for f in [*extractor.candidates(title), *body] if f.kind == "person" and len(f.name.split()) >= 2]
    introduced = {surname_key(word) for name in full_names for word in name.split()}
    found: dict[str, ShortName] = {}
    for number, candidate in enumerate(body):
        name = candidate.surface(text)
        if len(candidate.tokens) != 1 or candidate.name != name or candidate.headline or name in found:
            continue
        if not NAME_SHAPE.fullmatch(name) or surname_key(name) in introduced or not extractor.is_name_word(candidate.tokens[0]) or _known(name):
            continue
        evidence = _person_evidence(candidate, number, body, text, introduced)
        if evidence:
            found[name] = ShortName(name, candidate.start, evidence)
    return tuple(found.values())


def _person_evidence(candidate: Candidate, number: int, body: list[Candidate], text: str, introduced: set[str]) -> str:
    """Why a lone one-word name is a person's ('' when nothing says so, or it is part of a longer name)."""
    if CAPITAL_AFTER.match(text, candidate.end):
        return ""  # "David Davis" split by the finder: a longer name, not a short one
    line_start = text.rfind("\n", 0, candidate.start) + 1
    before = WORD_BEFORE.search(text, line_start, candidate.start)
    if before and before.group(1)[:1].isupper():
        word = before.group(1).casefold().rstrip(".")
        titled = before.group(1)[1:].rstrip(".").islower() or len(word) == 1  # "Mr", not "MS" (the disease) or "DR"
        if titled and (word in COURTESY_TITLES or word in ROLE_NOUNS and word not in ONE_NAME_TITLES):
            return f"a title: \"{text[before.start(1):candidate.end]}\""
        return ""  # a capitalised word before it: part of a longer name, or a title that goes with one name
    after = WORD_AFTER.match(text, candidate.end)
    inside = INSIDE_A_NAME.search(text, line_start, candidate.start)
    if candidate.kind == "person" and after and after.group(1) in SPEECH_VERBS and not inside:
        return f"a speech verb: \"{text[candidate.start:after.end()]}\""
    if candidate.kind != "unknown":
        return ""
    for other in (body[number - 1] if number else None, body[number + 1] if number + 1 < len(body) else None):
        if other is None:
            continue
        between = text[other.end:candidate.start] if other.start < candidate.start else text[candidate.end:other.start]
        if COORDINATION.fullmatch(between) and _is_person(other, text, introduced):
            joined = text[min(other.start, candidate.start):max(other.end, candidate.end)]
            return f"named beside a person: \"{joined}\""
    return ""


def _is_person(candidate: Candidate, text: str, introduced: set[str]) -> bool:
    """A person on firm evidence (a role, the alias table), or a one-word name the article introduces
    ("Zarif" after "Mohammad Javad Zarif"); two capitalised words alone are not enough ("Saif al-Dawleh")."""
    if candidate.kind == "person":
        return candidate.strength >= KEYWORD
    return candidate.kind == "unknown" and surname_key(candidate.surface(text)) in introduced


def _known(name: str) -> bool:
    """A place or a name the alias table knows: not a person's short name."""
    extractor = default_extractor()
    return extractor.gazetteer.find(name) is not None or extractor.aliases.lookup(name) is not None
