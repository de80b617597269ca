"""Word lists the rule-based extractor decides with. Generic English-news knowledge, not corpus-specific.

Keep every list lower-case; lookups are case-folded.
"""

from __future__ import annotations

import gzip
import json
from functools import lru_cache
from importlib.resources import files

WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun "
                     "mondays tuesdays wednesdays thursdays fridays saturdays sundays".split())
MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
# Words that start a capitalised phrase without being part of the name (sentence starters, datelines).
LEADING_JUNK = frozenset(
    """
    a an the this that these those it its he she they we i you his her their our my your there here
    in on at of for from to by with without after before during since until as also but and or nor
    so yet if when while where who whom whose what which why how meanwhile however moreover although
    though despite according earlier later then now today yesterday tomorrow tonight last next
    some many most more several all any each every both few other another such no not only
    head top visited read tags share comment update updated published posted date source sources
    reporting editing writing breaking live latest photo photos video mr mrs ms dr sir prof
    one two three four five six seven eight nine ten dozens hundreds thousands millions
    first second third fourth fifth half about over under near around between against
    almost like unlike just even still again already former
    are is was were been being has have had does did would could should shall might must dear hey hello hi
    across amid amidst among via within beyond throughout upon toward towards
    """.split()
)
# Capitalised words that are never an entity on their own.
JUNK_WORDS = LEADING_JUNK | frozenset(
    """
    gmt utc est edt bst cet am pm stories story news local regional international national world region
    politics government regime opposition rebels militants army police state president minister
    officials chapter article section resolution statement report reports god allah islam muslim
    muslims christian christians sunni shiite shia kurds kurdish arab arabs christmas easter ramadan eid
    fm ngo ngos url online internet web tags meps mps law
    alawite alawites alawi druze yazidi yazidis ismaili ismailis islamic
    shi'ite shi'ites shi'a shiites sunnis
    """.split()
) | frozenset("shi’ite shi’ites shi’a".split())  # with the apostrophe as typeset ("the Shi'ite Houthi movement")
# Phrases that are site furniture wherever they appear.
FURNITURE = frozenset(
    "top stories|most visited|most read|read also|read more|related stories|get short url|"
    "all rights reserved|english bulletin|community standards|our standards|top politics stories|"
    "most visited in politics|live news|top tweet|e-mail this story|email this story|thomson reuters trust principles|"
    "internet explorer|read also|"
    # a news site's link headings, not an outlet ("Older News", "Related News", "Feature News")
    "older news|newer news|related news|latest news|more news|feature news|featured news|recent news|top news".split("|")
)
# Words that name a role; a capitalised name right after them is a person.
ROLE_WORDS = frozenset(
    """
    president vice prime minister ministers secretary spokesman spokeswoman spokesperson envoy
    ambassador chancellor premier king queen prince princess sheikh emir sultan general gen lt col
    colonel major captain commander chief director chairman chairwoman chair leader head judge justice
    mayor governor senator congressman congresswoman rep lawmaker deputy mp mps pope cardinal bishop
    imam ayatollah rabbi father sister dr mr mrs ms miss sir lord lady dame professor prof monsignor
    correspondent reporter editor analyst activist official officer representative coordinator
    counterpart foreign defense defence interior special under assistant acting
    speaker commissioner diplomat negotiator monitor founder ceo chief-of-staff attorney
    lieutenant sergeant brigadier admiral corporal marshal commodore executive rapporteur adviser advisor
    aide mufti patriarch cleric sen undersecretary archbishop asst exec director-general secretary-general pilot copilot co-pilot
    backbencher backbenchers frontbencher frontbenchers tempore
    """.split()
)
TITLES = frozenset("mr mrs ms miss dr sir lord lady dame prof president gen sheikh king queen prince princess imam ayatollah pope".split())
# The last word of an organisation's name.
ORG_HEADS = frozenset(
    """
    council ministry ministries agency army armies front forces force party committee committees
    organization organisation commission parliament union group court department observatory coalition
    command network center centre bank corporation company ltd inc news times post press television tv
    radio brigade brigades battalion battalions movement office assembly institute university association
    federation league police navy directorate service services authority guard guards corps fund
    foundation program programme tribunal cabinet senate congress administration mission bureau
    secretariat alliance division regiment unit units channel broadcaster newspaper daily gazette
    herald journal tribune telegraph monitor watch crescent cross institution academy college
    club society legion militia militias nations interim government republic cooperation community forum
    online section secretariat standard corp exchange holdings airlines airways motors industries
    technologies communications securities board express bros brothers verlag pharmaceutical pharmaceuticals fleet
    energy broadcasting pictures studios records entertainment chronicle shimbun partners sentinel digest productions films
    subcommittee laboratory laboratories lab labs chamber archives constabulary trust magazine properties books
    fusiliers rifles highlanders dragoons hussars lancers grenadiers commandos
    """.split()
)
# First words that open an armed group's or movement's name (Arabic and English).
ORG_OPENERS = frozenset("jabhat jaish jaysh jeish faylaq harakat hayat hay'at liwa ahrar kataib katibat ansar jund hizb "
                        # their other transliterations and plurals: "Failaq al-Sham", "Filaq al-Rahman", "Liwaa al-Islam",
                        # "Alwiyat al-Furqan" (brigades), "Asaib Ahl al-Haq" (read as people)
                        "failaq filaq faylak liwaa alwiya alwiyat asaib asa'ib "
                        # Spanish, Portuguese and French bodies: "Agencia Andina", "Partido Popular", "Banco Santander"
                        "agencia agência agence partido parti banco banque universidad universidade université instituto "
                        "institut ministerio ministério ministère consejo conselho conseil comité comision comisión "
                        "ejército ejercito fuerzas frente movimiento mouvement "
                        # Portuguese halves of bilingual copy: "Comissão Nacional de Eleições", "Secretariado Técnico da
                        # Administração Eleitoral", "Observatório Eleitoral" (read as people)
                        "comissão comissões comissao secretariado secretaría secretaria observatório observatorio "
                        "assembleia asamblea assemblée fundação fundación associação asociación federação federación "
                        "sindicato câmara cámara governo gobierno união unión conselho".split())
# First words of sports clubs named with their city ("Real Madrid", "Bayern Munich", "Werder Bremen", "AC Milan").
CLUB_OPENERS = frozenset("real atletico atlético athletic inter ac fc sporting olympique dynamo dinamo racing bayern bayer "
                         "borussia werder hertha eintracht lokomotiv spartak celta deportivo rapid".split())
# Last words of sports clubs named after their town ("Manchester United", "Bristol Rovers", "Wigan Athletic").
CLUB_ENDS = frozenset("united rovers wanderers albion hotspur rangers athletic villa".split())
# Social networks: companies the gold counts when a story uses them ("wrote on Twitter"), never in a page's share
# or follow widget ("Follow us on Twitter", "Share on Facebook"; see entities._widget).
SOCIAL_NETWORKS = frozenset("twitter facebook youtube instagram tumblr snapchat linkedin whatsapp reddit flickr myspace".split())
# Single-word names of agencies, outlets and groups (multi-word ones live in data/aliases.tsv).
WELL_KNOWN_ORGS = frozenset(
    """
    afp reuters sana tass sputnik rt bbc cnn irna tasnim fars isna mehr anadolu xinhua kyodo yonhap
    interfax nna wafa dpa efe ansa upi bloomberg un nato eu opcw unicef unhcr unrwa ocha wfp iaea imf
    wto opec osce icrc msf hrw apec asean gcc isis isil daesh hezbollah hizbollah hamas taliban pkk ypg
    pyd sdf fsa hts ypj peshmerga houthis irgc sohr
    toyota nissan honda volvo hyundai volkswagen chevrolet oldsmobile
    microsoft google yahoo ibm intel nokia samsung oracle cisco boeing airbus symantec mcafee motorola
    netscape lycos aol ebay raytheon verizon comcast
    nbc cbs abc msnbc cnbc espn hbo amc pbs npr tmz vogue newsweek politico buzzfeed netflix
    """.split()
)
# Last words that make a capitalised phrase a place.
PLACE_HEADS = frozenset(
    """
    street road square avenue highway bridge district province governorate region county city town
    village island islands river sea ocean gulf bay strait mountains mountain valley desert plain
    plains peninsula lake coast neighbourhood neighborhood camp countryside heights oasis canal
    territories territory land park reef reefs peak glacier canyon lagoon atoll archipelago volcano plateau shelf
    boulevard blvd borough township parish delta drive parkway expressway freeway turnpike beach forest suburb suburbs farms
    """.split()
)
# Last words of landforms that are surnames too ("Bobby Sands", "Damon Hill"): a place unless a given name opens it
# ("Athabasca Tar Sands", "Niagara Falls", "Palm Springs", "Beverly Hills").
PLACE_HEADS_LIKE_SURNAMES = frozenset("sands falls springs hills lane".split())
# First words of Arabic, Kurdish and Turkish place names ("Khan Sheikhun", "Deir ez-Zor", "Tel Abyad").
PLACE_OPENERS = frozenset("kafr kfar khan tel tal tell deir wadi ras jabal jebel jisr bab beit bayt ain ayn qaryat qasr mount lake gulf "
                          "maaret maarat maarrat dahiyet dahiyat urum qabr qalaat qalat bustan jubb jebb mazraat mazraa mazraet "
                          # other transliterations of the same words: "Kafar Naya", "Kefr Nabbouda", "Khirbet Ghazala" (a
                          # ruin's village), "Tallet Marwan", "Qassr Abu Samra", "Housh Salhiya" (read as people)
                          "kafar kefr kfr kufr khirbet khirbat kherbat kherbet tallet qassr housh hosh".split())
# First words of Spanish and Portuguese ranges and hills, a place only with the name after them: "Sierra Nevada" is no
# Nevada, "Sierra" alone is a back-reference ("the southern Sierra") or a given name.
RANGE_OPENERS = frozenset("sierra serra cordillera cerro".split())
# Words right before an unknown capitalised phrase that make it a place.
PLACE_CUES = frozenset("in near outside into across around inside at".split())
# These make a known town a place ("a visit to Ramallah") but not an unknown name: people are written to, quoted
# from and loyal to ("a call from Charles Kennedy", "loyal to Assad", "towards Assads atrocities").
TOWARDS_CUES = frozenset("to from toward towards off".split())  # "waters off Okinawa"
# Words right after an unknown capitalised phrase that make it a place ("the Hara area").
PLACE_CUES_AFTER = frozenset("state area district neighbourhood neighborhood province governorate countryside suburb suburbs town village city region".split())
PLACE_NOUNS_BEFORE_OF = frozenset(
    "town village city district neighbourhood neighborhood province area suburb suburbs outskirts countryside region governorate camp "
    "settlement settlements towns villages cities provinces districts regions neighborhoods neighbourhoods quarters".split()
)
SPEECH_VERBS = frozenset("said says told added stressed noted urged warned announced stated explained reported insisted asked".split())
NAME_PARTICLES = frozenset("al el bin ibn bint de da di du van von der del la le dos das".split())
# Role words that, right before a capitalised name, make it a person ("premier Recep Erdogan").
ROLE_NOUNS = ROLE_WORDS - frozenset("foreign defense defence interior special under assistant vice deputy acting chief".split())
# Last words of buildings and sites: not linked (see the annotation guidelines).
FACILITY_HEADS = frozenset(
    "house hospital school mosque church cathedral airport airbase base stadium palace prison museum temple embassy "
    "consulate hotel motel building tower dam market jail cosmodrome theater theatre coliseum clinic concourse airfield airstrip shrine memorial resort".split()
)
# Last words of events, shows and farms, never of a person's name: "Glastonbury Festival", "Davis Cup", "Downton
# Abbey". Unlike a facility's head, the place they open stays a place ("Malaysian Grand Prix" is Malaysia).
EVENT_HEADS = frozenset(
    "arena abbey farm festival games championships championship cup trophy prix awards tournament carnival circus "
    "marathon olympics prize prizes award laureate race expo war wars jubilee cavalcade parade pageant age era flight derby classic".split()
)
# Hyphenated suffixes that turn a name into an adjective ("US-led", "Britain-based"): the name still counts.
NAME_SUFFIXES = ("-based", "-led", "-backed", "-held", "-controlled", "-affiliated", "-linked", "-run", "-allied", "-born", "-style", "-dominated", "-sponsored", "-supported",
                 "-majority", "-populated", "-inhabited", "-funded", "-owned", "-operated", "-brokered",
                 "-made", "-built", "-trained", "-armed", "-financed", "-produced", "-founded", "-designed", "-directed")
# Of these, the ones an everyday word also takes: split only as written in lower case ("a James-produced series"), not in
# a headline's capitals ("Well-Designed Products", "Self-Made Man").
MAKER_SUFFIXES = frozenset({"-made", "-built", "-trained", "-armed", "-financed", "-produced", "-founded", "-designed", "-directed"})
# Last words of the complement in "X for Human Rights", "Ministry of Foreign Affairs": a name may follow.
COMPLEMENT_ENDS = frozenset("rights affairs health defense defence justice development refugees education peace security".split())
# First words that keep a phrase whole: it is one name even if a part is a known city ("Abu Alduhour").
WHOLE_OPENERS = PLACE_OPENERS | RANGE_OPENERS | ORG_OPENERS | CLUB_OPENERS | frozenset("abu umm bani beni".split())
# Organisation names made only of these words need their country to mean anything ("Foreign Ministry").
GENERIC_ORG_WORDS = frozenset(
    "foreign defence defense interior justice health ministry army armed forces government parliament "
    "embassy navy air force military police cabinet office affairs information finance intelligence".split()
)
# Common nouns right before a name that make it an organisation ("the news website El-Dorar Al-Shamia").
# Languages and peoples' adjectives that are no country's demonym: "in Hindi", "in Tamil", "Hispanic".
LANGUAGES = frozenset("""arabic hindi urdu tamil bengali punjabi farsi persian pashto dari swahili hebrew mandarin cantonese
    tagalog kurdish kurmanji sorani amharic somali yoruba hausa igbo zulu xhosa kikuyu latin sanskrit yiddish esperanto
    hispanic latino latina asian african european arab berber tatar catalan basque gaelic welsh aramaic coptic""".split())
# Not "broadcaster": a job as often as a company ("broadcaster Pam Shriver").
ORG_CUES_BEFORE = frozenset("firm charity studio bank startup supermarket retailer operator carmaker automaker airline insurer lender conglomerate manufacturer "
                            "website site portal newspaper channel daily magazine outlet station agency group militia party network "
                            "maker chipmaker drugmaker giant provider chain broadcaster affiliate tabloid weekly publisher paper journal brand brands".split())  # not "vendor": people too
# Cues before a title that may be one everyday word: "French newspaper Liberation", "the magazine People".
MEDIA_CUES_BEFORE = frozenset("newspaper paper daily magazine tabloid weekly broadcaster station channel website affiliate journal".split())
COMPASS_WORDS = frozenset("north south east west northern southern eastern western central northeast northwest southeast southwest "
                          "northeastern northwestern southeastern southwestern".split())
# Plural common nouns that end capitalised phrases but are never part of a person's name.
NOT_NAME_WORDS = frozenset(
    """affairs rights relations operations weapons forces crimes attack attacks strike strikes airstrike airstrikes
    warplane warplanes bombing bombings troops media services toll conflict war wars gas targets target civilian
    civilians act acts term election elections deal talks truce ceasefire crisis regime rebels militants
    fighters massacre victims killed dead death deaths rise christ staff""".split()
)


# A word seen at least this often in pyspellchecker's English frequency list (subtitles of films and TV:
# everyday English) is a common word: "best", "cancer", "legal" are; "Blunkett", "Kennedy", "Tony" are not.
COMMON_WORD_MIN = 2000


@lru_cache(maxsize=1)
def _word_counts() -> dict[str, int]:
    """pyspellchecker's English word frequencies, read once for both word lists below."""
    with (files("spellchecker") / "resources" / "en.json.gz").open("rb") as packed, gzip.open(packed) as data:
        counts: dict[str, int] = json.load(data)
    return counts


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Lower-case everyday English words. A capitalised phrase made only of them ("Best Regards", "Pregnant
    Women", "Shadow Home") is headline case or a salutation, not a person's name."""
    return frozenset(word for word, count in _word_counts().items() if count >= COMMON_WORD_MIN and word.isalpha())


# A word seen at least this often is an English word, if not an everyday one ("bouncer", "frenchman", "copilot"):
# glued to the front of a full name it is a job or a nationality, not a given name (see entities._classify_name).
DICTIONARY_WORD_MIN = 100


@lru_cache(maxsize=1)
def dictionary_words() -> frozenset[str]:
    """Lower-case English words, everyday or not (pyspellchecker's list at DICTIONARY_WORD_MIN)."""
    return frozenset(word for word, count in _word_counts().items() if count >= DICTIONARY_WORD_MIN and word.isalpha())


# Given names that are also everyday words ("Frank Field", "Tom Ridge", "Will Young"): a phrase of common
# words that opens with one of them may still be a person. Names that are mostly words ("Hope", "Grace",
# "Rose", "Art") are left out: "Rose Garden" and "Art Gallery" are not people.
GIVEN_NAMES_IN_COMMON_WORDS = frozenset(
    """
    adam adrian al alex alexander amy anna ben bill billy bob bobby brian charlie chris chuck claire
    clark cody curtis dan danny dave david dean dick don ed eddie emily emma eric frank fred gene
    george harry henry jack jackie jake james jane jean jennifer jenny jerry jim jimmy joe john johnny
    kelly kim kyle mark martin mary matt michael mike molly nick oliver oscar pat paul phil ray ricky
    rob robin roger ryan sally sam sarah scott sean simon steve sue ted teddy tim tom tommy tony tracy
    victor vince vincent walter will
    drew duncan guy hans jacques jay jesus lance les li max miles park per rachel randall rod wally walker
    """.split()
)

# Frequent given names that are not everyday words: with those above, the first names a reader knows as
# names ("Alice", "Howard"). A town called so is a place only with strong evidence ("Best to Alice" is a letter).
COMMON_GIVEN_NAMES = GIVEN_NAMES_IN_COMMON_WORDS | frozenset(
    """
    alice amanda andrew angela anne anthony arthur barbara betty carol catherine charles christine christopher
    daniel deborah dennis diana donald donna doris dorothy douglas edward elizabeth ellen gary gregory harold helen
    howard jason jeffrey jessica joan jonathan joseph joshua julia julie karen katherine kenneth kevin larry
    laura lawrence linda lisa louis margaret maria martha matthew melissa michelle nancy nicholas nicole patricia
    patrick peter raymond rebecca richard robert ronald ruth sandra sharon stephanie stephen steven susan
    teresa thomas timothy william
    """.split()
)
# Given names spelled like English agent nouns or words ending so ("Heather", "Hunter", "Spencer", "Brian"): never a
# job glued to a name (see entities._glued_word).
GIVEN_NAMES_LIKE_AGENT_NOUNS = frozenset(
    """
    heather esther amber skyler tyler walker hunter carter parker spencer tucker porter archer baxter chester lester
    homer oliver luther jasper piper harper sawyer webster palmer foster fletcher booker dexter roger christian
    brian ian vivian lillian julian adrian damian sebastian fabian gillian marian brent grant vincent clement
    trent laurent bryant conor connor victor hector trevor taylor tudor salvador amador igor
    """.split()
)
# Words right after a name that make it a company or body, not a place or person ("Yahoo spokeswoman
# Nicki Dugan", "Sears shares rose", "Kmart chief executive").
ORG_CUES_AFTER = frozenset("spokesman spokeswoman spokesperson shares shareholders stock chairman ceo executives employees "
                           "jet airliner".split())  # "a Germanwings jet": an airline (not "a modified L-1011 jet": see _by_shape)
# Legal-form suffixes of companies: "ESL Investment Inc." is ESL Investment.
COMPANY_SUFFIXES = frozenset("inc ltd llc plc corp co gmbh ag sa nv bv spa".split())
# Nouns right after a name that make it their owner, not a place: "Assad regime", "Assad forces",
# "Haftar loyalists" (a capital's government stays a place: "Damascus government" is known as a place first).
OWNER_NOUNS = frozenset("regime forces loyalists troops supporters militia militias family clan administration".split())
