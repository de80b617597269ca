"""Whether a sentence of copy can stand as a sentence of the story: it has a verb, and it is not a photo caption.

Pages put lines among the story that look like sentences but report nothing: captions ("A hospital in Khan
Shaykhun after the gas attack.", "A man carries an injured girl after an airstrike on Aleppo."), headlines set
in title case, match line-ups, score cards, page menus. They have a shape in common that a lede never has:

* no finite verb at all (a noun phrase with places and dates hanging off it);
* or the present tense of a picture: an unnamed someone ("A man", "An official") doing a visible thing
  ("carries", "walks", "sits") now. News reports what happened in the past tense or attributes it ("A man was
  killed", "A spokesman said"); the present tense of a body doing something is what a camera saw.

Without a part-of-speech tagger the verb test leans on forms that are verbs in running text: auxiliaries and
modals, contractions, "-ed" forms, irregular past forms, lower-case "-s" forms (a plural noun or a present verb:
either way the sentence is not dropped), and the common base forms a plural subject takes ("Civilians ...
continue to face ..."). A word in title case is none of these: a headline's "Killed" is not a verb of copy.
It errs towards "has a verb": only a sentence with none of these is taken for a fragment.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.nlp.figure_words import COUNT

_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")

_AUXILIARIES = frozenset(
    """am is are was were be been being has have had do does did will would shall should can could may might must
    isn't aren't wasn't weren't hasn't haven't hadn't don't doesn't didn't won't wouldn't can't cannot couldn't
    shouldn't mustn't""".split()
)
_CONTRACTED = re.compile(r"['\u2019](?:s|re|ve|ll|d|m)$")
_IRREGULAR_PAST = frozenset(
    """ate beat became began bent bit bled blew broke brought built burnt burst bought caught chose came crept dealt
    dug drew drank drove fell fed felt fought found fled flew forbade forgot forgave froze got gave went grew hung
    heard hid held knelt knew laid led leapt left lent lay lit lost made meant met paid rode rang rose ran said saw
    sought sold sent shook shone shot shrank sang sank sat slept slid spoke sped spent spun sprang stood stole stuck
    struck swore swept swam swung took taught tore told thought threw understood woke wore won withdrew wrote hit
    cut put set let quit shut spread cost hurt""".split()
)
# Common verbs in the base form a plural subject takes in the present tense ("Officials say ...", "Civilians
# continue to face ...", "Forces loyal to Assad now control ...").
_BASE_VERBS = frozenset(
    """accept accuse add agree aim allow appear argue arrive ask attack back become begin believe belong blame
    bring call carry cause claim come consider continue control cross deny depend describe die do expect face
    fall fear feel fight find flee follow force get give go happen hear help hold hope include insist intend keep
    kill know lack launch lead leave let lie like live look lose make mean meet move need note offer oppose pay plan
    play prepare press promise protest provide push put raise reach receive refuse reject remain report represent
    require return rise run say see seek seem send serve set show stand start stay stop suffer support suspect
    take talk tell tend think threaten try turn understand urge use vote vow wait want warn welcome win wish work
    worry""".split()
)
# Lower-case words ending in "s" that are never a present-tense verb.
_NOT_VERBS = frozenset(
    """his its this thus yes us always perhaps news series across less unless whereas besides towards afterwards
    sometimes nevertheless has was is does""".split()
)
# What a camera sees someone do: verbs with little use as a plural noun in copy.
_PICTURE_VERBS = frozenset(
    """walks stands sits carries holds gestures waits inspects mourns flees arrives celebrates smiles stares sifts
    sleeps weeps collects climbs greets salutes speaks reacts listens clears removes grieves kneels leans rushes
    cries prays tries attempts gathers hugs""".split()
)
# Words before which a verb-looking word is a noun ("a series of attempts", "the cries").
_NOUN_CONTEXT = frozenset("of and the in for to with".split())
_PICTURE_SUBJECT_WORDS = 12  # "A Syria Democratic Forces (SDF) fighter walks ...": the verb comes this early
# A serviceman by rank and name in the present tense is a military photo's caption; the unit can make it long.
_RANKS = frozenset("Sgt Spc Cpl Pvt Pfc Lt Capt Maj Col Gen Adm Cmdr".split())
_RANKED_SUBJECT_WORDS = 24
# Whatever word follows a subject pronoun is its verb ("I concur", "we detect").
_SUBJECT_PRONOUNS = frozenset("i we you they".split())
# Words after which a base form is a present-tense verb ("they say", "now control"), not a noun ("gas attack").
_BEFORE_A_VERB = frozenset("i we you they who which that it he she now also still often never not only all both".split())


def _verb_like(word: str, previous: str = "") -> bool:
    lower = word.lower()
    if lower in _AUXILIARIES or _CONTRACTED.search(lower):
        return True
    if not word[0].islower():
        return False  # title case: a name or a headline's word
    if previous.lower() in _SUBJECT_PRONOUNS:
        return True
    return (
        lower in _IRREGULAR_PAST
        or lower in _BASE_VERBS and _subject_before(previous)
        or "-" not in lower and len(lower) > 3 and lower.endswith("ed")
        or len(lower) > 3 and lower.endswith("s") and not lower.endswith(("ss", "ous")) and lower not in _NOT_VERBS
    )


def _subject_before(previous: str) -> bool:
    """A base form is a verb after a name ("Civilians in Aleppo continue"), a plural ("the rebels say") or a
    pronoun or adverb ("they say", "now control"); after another common word it is a noun ("a gas attack")."""
    plural = len(previous) > 3 and previous.endswith("s") and not previous.endswith(("ss", "us"))
    return not previous[:1].islower() or plural or previous.lower() in _BEFORE_A_VERB


def has_verb(sentence: str) -> bool:
    """False for a fragment without any finite verb ("Sgt. Frank Ford at Fort Lewis before his deployment to
    Iraq.", "Real Madrid v Juventus", a headline in title case); short lines (under four words) pass."""
    words = _WORD.findall(sentence)
    return len(words) < 4 or any(_verb_like(word, previous) for previous, word in zip(["", *words], words))


def describes_a_picture(sentence: str) -> bool:
    """True for a photo caption's present tense: "A man carries an injured girl after an airstrike ...", "Sgt. Jane
    Doe of the 199th Battalion attempts to talk to a child" (not "A series of peace talks were brokered ...", where
    the verb-looking word is a noun before its verb)."""
    words: Sequence[str] = _WORD.findall(sentence)
    if len(words) < 4:
        return False
    if words[0] in ("A", "An"):
        reach = _PICTURE_SUBJECT_WORDS
    elif _RANKS.intersection(words[:4]):
        reach = _RANKED_SUBJECT_WORDS  # "U.S. Army Sgt. Jeanne Crochet of Company C, 199th Battalion, attempts to ..."
    else:
        return False
    for index, word in enumerate(words[1:reach], start=1):
        lower = word.lower()
        if lower in _PICTURE_VERBS and word[0].islower():
            following = words[index + 1].lower() if index + 1 < len(words) else ""
            previous = words[index - 1].lower()
            return following not in _AUXILIARIES and previous not in _NOUN_CONTEXT
        if _verb_like(word, words[index - 1]) and lower not in _BASE_VERBS and not lower.endswith("ed"):
            return False  # another verb first: "A spokesman said ...", "A man was ..."
    return False


def starts_cut(sentence: str) -> bool:
    """True for the tail of a sentence cut from its start ("pilgrims at Mecca's Grand Mosque in 2008.", a caption
    whose first line the page lost): it opens on a lower-case word (not a name written so, like "eBay", nor a
    number copy left in lower case: "seventeen civilians were killed ...")."""
    opening = sentence.lstrip("\"'\u201c\u2018([")
    first = _WORD.match(opening)
    return first is not None and first.group().isalpha() and first.group().islower() and not COUNT.match(opening)


def is_story_sentence(sentence: str) -> bool:
    """A sentence a lede, summary or key point may be: whole, with a verb, and not a picture's caption."""
    return not starts_cut(sentence) and has_verb(sentence) and not describes_a_picture(sentence)
