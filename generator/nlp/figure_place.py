"""Where a casualty sentence puts its incident, read against the lead's: another place is another incident.

A story's news is the incident its headline and lead tell. A count further down that names its own place of
action, far from every place the lead names ("clashes in the northern part of Aleppo province near Marea left
scores dead" in a story about infighting in Eastern Ghouta near Damascus), tells another incident: context, not
this story's news (ACLED codes each place's event apart). The places are read the way ``nlp.action_place``
reads them: a town, province or region named as where something happened ("in", "near", "the town of"),
never an actor ("Russian", "Turkish-backed") nor a country (every report of a war is "in Syria").

The gazetteer has coordinates, not borders: a province is taken to hold what lies within PROVINCE_KM of its
main town ("Idlib province" holds Khan Sheikhoun), a town what lies within TOWN_KM. A place without
coordinates (a village the gazetteer does not know, "Eastern Ghouta") says nothing: the rule then keeps the
decision the other rules made. A lead whose places are themselves far apart is a roundup ("air strikes in
northern and eastern Syria"), whose every place is the story's: it marks nothing.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from generator.nlp.action_place import ACTION, LOCATIVE, mention_weight
from generator.nlp.events import event_kinds
from generator.nlp.gazetteer import lookup_key
from generator.nlp.geo import is_demonym
from generator.nlp.resolve import default_resolver

TOWN_KM = 40.0  # two towns this close are one place of action (a town and its villages, "Tokhar near Manbij")
PROVINCE_KM = 120.0  # what a province holds, from its main town (Idlib province holds Khan Sheikhoun, 60 km south)
LONGEST_NAME = 4  # words
_NAME_WORD = re.compile(r"[A-Z][\w'’-]*|al-[\w'’-]+|[a-z]+")
_PROVINCE_AFTER = re.compile(r"\s+(?:province|governorate|countryside|region|provinces)\b", re.IGNORECASE)
_PROVINCE_BEFORE = re.compile(r"\b(?:province|governorate|countryside)\s+of\s+(?:the\s+)?$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ActionPlace:
    """A town or province named as where something happened, with the radius of what it holds."""

    name: str
    latitude: float
    longitude: float
    radius: float  # km


def action_places(text: str, *, lead: bool = False) -> tuple[ActionPlace, ...]:
    """The towns and provinces ``text`` names as the place of an action, with coordinates, in order.

    A name is taken only where ``action_place.mention_weight`` reads it as locative ("in Idlib", "the
    town of Manbij"); in a headline or lead (``lead``) also named on its own ("Aleppo bomb blast"), as
    ``action_place`` reads a lead. A country, a demonym and a place the gazetteer has no coordinates for are
    left out.
    """
    least = ACTION if lead else LOCATIVE
    found: list[ActionPlace] = []
    words = [(m.group(0).rstrip(".'’"), m.start()) for m in _NAME_WORD.finditer(text)]
    position = 0
    while position < len(words):
        for size in range(min(LONGEST_NAME, len(words) - position), 0, -1):
            first, start = words[position]
            last, last_start = words[position + size - 1]
            if not (first[:1].isupper() and any(c.isupper() for c in last)):
                continue
            end = last_start + len(last)
            place = _local_place(text[start:end])
            if place is None:
                continue
            position += size - 1
            if mention_weight(text, start, end, True) >= least:
                province = _PROVINCE_AFTER.match(text, end) or _PROVINCE_BEFORE.search(text, max(0, start - 30), start)
                found.append(ActionPlace(place[0], place[1], place[2], PROVINCE_KM if province or place[3] else TOWN_KM))
            break
        position += 1
    return tuple(found)


@lru_cache(maxsize=65536)
def _local_place(name: str) -> tuple[str, float, float, bool] | None:
    """(name, latitude, longitude, whether a region) of a town or region the gazetteer knows with coordinates; None for
    countries, demonyms, unknown names and the short or common words GeoNames also lists as towns ("Of", "Said")."""
    gazetteer = default_resolver().gazetteer
    place = gazetteer.places.get(lookup_key(name))
    if (place is None or place.scope == "country" or place.latitude is None or place.longitude is None
            or is_demonym(name) or not (place.listed or place.scope in ("region", "state"))):
        return None
    return place.name, place.latitude, place.longitude, place.scope in ("region", "state")


# Words that tell a story of several places at once: a day's roundup, or a bulletin of the day's reports.
_ROUNDUP = re.compile(r"\b(?:elsewhere|in\s+the\s+same\s+context|across\s+the\s+country|(?:a\s+number\s+of|several|other|many)\s+provinces|"
                      r"on\s+(?:another|a\s+separate|other)\s+fronts?|in\s+other\s+(?:areas|parts|provinces|regions|towns))\b", re.IGNORECASE)


def is_roundup(text: str) -> bool:
    """Whether an article says it tells incidents in several places ("Elsewhere ...", "In the same context ...",
    "across the country"): each is the story's news, wherever it is."""
    return _ROUNDUP.search(text) is not None


def spans_places(places: tuple[ActionPlace, ...]) -> bool:
    """Whether the lead's places are far apart: a story told of several places at once."""
    return any(not _holds(a, b) and not _holds(b, a) for i, a in enumerate(places) for b in places[i + 1:])


def elsewhere(places: tuple[ActionPlace, ...], lead: tuple[ActionPlace, ...]) -> bool:
    """Whether a sentence names a place of action, and every place it names lies outside every place the lead names
    (neither holds the other). False when either names none."""
    if not places or not lead:
        return False
    return all(not _holds(here, there) and not _holds(there, here) for here in places for there in lead)


def _holds(a: ActionPlace, b: ActionPlace) -> bool:
    """Whether place ``a`` holds place ``b`` (or is the same): b's main town lies within a's radius."""
    return a.name == b.name or _km(a, b) <= a.radius


def _km(a: ActionPlace, b: ActionPlace) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


ATTACKS = frozenset({"airstrike", "bombing", "shelling", "chemical", "clashes", "execution"})  # events.EVENT_KINDS that kill


def attack_kinds(title: str, text: str) -> frozenset[str]:
    """The kinds of attack (events.event_kinds) a headline names, or else the first words of ``text``."""
    return event_kinds(title, text) & ATTACKS
