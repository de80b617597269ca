import datetime as dt

import pytest

from generator.nlp.figures import KeyFigure, extract_figures, story_figures, total_figures

CASES = [
    ("At least 23 civilians were killed and 40 wounded in air strikes on the market.", {"killed": 23, "wounded": 40}),
    ("The strike killed 7 people, including three children.", {"killed": 7}),
    ("A truce in Aleppo would be extended for another 48 hours.", {"ceasefire_hours": 48}),
    ("A 72-hour ceasefire began at dawn.", {"ceasefire_hours": 72}),
    ("More than 5,000 people fled villages south of Mosul on Monday.", {"displaced": 5000}),
    ("Police arrested 14 suspects after the attack.", {"detained": 14}),
    ("The UN appealed for $3.2 billion in humanitarian aid.", {"aid_usd": 3_200_000_000}),
    ("A ship carrying 20,000 tonnes of wheat docked.", {"aid_tonnes": 20000}),
    ("Forty trucks of aid entered the town.", {"aid_trucks": 40}),
    # A capture participle after the victims' noun says who they were; the killing verb before the count is the toll's.
    ("Militants executed 30 soldiers captured in the battle.", {"killed": 30}),
    ("The militants massacred 250 Syrian troops taken hostage at an airbase.", {"killed": 250}),
    ("Warplanes struck the town massacring dozens of people.", {"killed": 12}),
    ("Two killed 6 captured in raid", {"killed": 2, "detained": 6}),
    # Trucks are aid only when what they carry, their name or their convoy says so.
    ("A total of 12 trucks with heavy weapons were also destroyed, the ministry said.", {}),
    ("A convoy of 30 military trucks entered Idlib on Monday.", {}),
    ("An aid convoy of forty trucks reached the besieged town.", {"aid_trucks": 40}),
    ("An airstrike killed 12 aid workers and destroyed at least 18 trucks carrying aid to Aleppo.", {"killed": 12}),
    ("The death toll rose to 70 on Wednesday.", {"killed": 70}),
    # Not figures: durations, years, distances.
    ("He was killed 2 days later.", {}),
    ("No one was injured, but the strike marked an escalation.", {}),
    ("The twin bombings have taken the lives of scores most of them schoolchildren.", {"killed": 20}),
    ("The death toll from twin explosions in the Syrian province of Homs rose to 32.", {"killed": 32}),
    ("Islamic State beheaded two men from the clan on Sunday.", {"killed": 2}),
    ("The militants crucified two men for dealing with apostates.", {"killed": 2}),
    ("At least 70 regime and rebel fighters have been killed in 24 hours.", {"killed": 70}),
    ("Talks held in 2016 were killed off by the vote.", {}),
    ("The convoy was attacked 30 km north of the city and two drivers were hurt.", {"wounded": 2}),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_extract_figures(sentence: str, expected: dict[str, int]) -> None:
    found = extract_figures(sentence)
    assert {f.kind: f.value for f in found} == expected
    assert all(f.sentence == sentence for f in found)


# Issue 14, part 2: one real-style sentence per rule; (kind, count, scope) of every people figure found.
RULES = {
    "the total, not the subset": (
        "A further nine people including five children were killed in the strike on Tuesday.", [("killed", 9, "event")]),
    "a breakdown after 'among them' is not a count": (
        "Fifteen civilians among them 11 children were killed in a barrel bomb attack on Thursday.", [("killed", 15, "event")]),
    "each kind bound to its own verb": (
        "A bomb blast killed at least 44 people and wounded dozens on Wednesday.", [("killed", 44, "event"), ("wounded", 12, "event")]),
    "headline style: each count before its own verb": (
        "Two killed 6 injured in rocket attacks on Aleppo", [("killed", 2, "event"), ("wounded", 6, "event")]),
    "a subject's count is not the toll of the verb it governs": (
        "Two car bombs killed at least 25 people in Homs on Wednesday.", [("killed", 25, "event")]),
    "vague: tens": ("Tens of people were killed when the market was shelled.", [("killed", 10, "event")]),
    "vague: dozens": ("Dozens were wounded in the blast.", [("wounded", 12, "event")]),
    "vague: scores": ("Scores were injured as the crowd fled the gunfire.", [("wounded", 20, "event")]),
    "vague: hundreds": ("Hundreds fled the besieged town overnight.", [("displaced", 100, "event")]),
    "vague: thousands": ("Thousands fled their homes on Sunday as the fighting spread.", [("displaced", 1000, "event")]),
    "a dozen": ("The shelling killed a dozen civilians.", [("killed", 12, "event")]),
    "a vague toll is at least its largest part": (
        "Dozens of people were killed in air strikes on Monday including at least 29 people in a single neighbourhood.",
        [("killed", 29, "event")]),
    "animals are no casualties": ("Wildlife officials have retrieved 2,000 dead snow geese that fell from the sky this week.", []),
    "a part of another kind raises no toll": (
        "Dozens of people were killed on Monday including 47 wounded in the hospital.", [("killed", 12, "event")]),
    "a range counts at its lower bound": ("Between 30 and 40 people were killed in the raid.", [("killed", 30, "event")]),
    "a range with 'to'": ("Air strikes killed 30 to 40 fighters near the base on Monday.", [("killed", 30, "event")]),
    "a number without separators": ("The explosion killed 1200 people in the port.", [("killed", 1200, "event")]),
    "a number word": ("Sixty-two rebel fighters were killed in an army ambush at dawn on Wednesday.", [("killed", 62, "event")]),
    "'claimed the lives of'": ("The attack claimed the lives of 18 civilians on Friday.", [("killed", 18, "event")]),
    "rescued is not a casualty count": ("Rescuers pulled 40 survivors from the rubble and rescued 12 children.", []),
    "saved is not a casualty count": ("The hospital saved the lives of more than 100000 Syrians injured in the war.", []),
    "treated and evacuated are not casualty counts": ("Medics treated 30 people and evacuated 15 to Turkey.", []),
    "an age is not a count": ("A boy aged 12 was killed by a sniper.", []),
    "a year is not a count": ("The law passed in 2011 was killed off by parliament.", []),
    "a breakdown's participle is not the whole's verb": (
        "An official said 700 people including 47 wounded had crossed the border overnight.", []),
    "a number of buses is not a count": ("Three buses also carried people who were injured in the convoy attack.", []),
    "a unit's size is not a count": ("A battalion of 600 soldiers was deployed to the town.", []),
    "a price is not a count": ("The rebels paid $500 for each of the 30 rifles.", []),
    "votes are not a count": ("The motion was defeated by 320 votes to 270.", []),
    "a partitive is part of a count already given": ("Five of the injured are in critical condition.", []),
    "a negation is not a toll": ("The other five Iraqis did not die in custody.", []),
    "running total since a year": (
        "More than 320000 people have been killed and millions displaced since Syrias war started in 2011.",
        [("killed", 320000, "background"), ("displaced", 1000000, "background")]),
    "running total since the war began": (
        "More than 290000 people have been killed in Syria since the conflict began.", [("killed", 290000, "background")]),
    "so far": ("The fighting has killed 400 people so far.", [("killed", 400, "background")]),
    "in total": ("In total 1,300 people have died in the siege.", [("killed", 1300, "background")]),
    "a war that has killed": ("Peace talks have stalled in a conflict that has killed 280000 people.", [("killed", 280000, "background")]),
    "a large present-perfect toll with no day named": (
        "More than 300000 people have been killed and millions forced to flee their homes.",
        [("killed", 300000, "background"), ("displaced", 1000000, "background")]),
    "another year": ("The 2013 chemical attack on Ghouta killed 1,400 people.", [("killed", 1400, "background")]),
    "another month": ("In July a suicide bomb killed at least 16 people in Hasaka.", [("killed", 16, "background")]),
    "an earlier event": ("The attack came a day after air strikes killed 26 people in the province.", [("killed", 26, "background")]),
    "a comparison": ("It was the deadliest attack since 300 were killed at the market.", [("killed", 300, "background")]),
    "a span of years": ("Thirty more years; more than 3,000 civilians dead, but we won.", [("killed", 3000, "background")]),
    "a span of decades": ("Two decades of conflict have killed 5,000 people.", [("killed", 5000, "background")]),
    "a forecast": ("Aid workers warned that 5,000 more could be displaced if the offensive continues.", [("displaced", 5000, "background")]),
    "a hypothetical estimate": ("Unverified reports estimated up to 33 people may have been killed.", [("killed", 33, "background")]),
    "a yearly statistic": ("Road accidents kill 1,800 people every year.", [("killed", 1800, "background")]),
    "a front's running tally": ("He said 6000 ISIS militants have been killed on this front.", [("killed", 6000, "background")]),
    "since the offensive was launched": (
        "More than 400 fighters have been killed since the offensive was launched.", [("killed", 400, "background")]),
    "since the launch of a campaign": ("Air strikes have killed 120 civilians since the launch of the campaign.", [("killed", 120, "background")]),
    "a campaign that has killed": ("The siege which has killed 300 people shows no sign of ending.", [("killed", 300, "background")]),
    "a toll over weeks": ("At least 327 people have been killed in clashes over the last 15 days.", [("killed", 327, "background")]),
    "the overall toll": ("The overall death toll stands at 1,200 people killed.", [("killed", 1200, "background")]),
    "since an abbreviated date": (
        "Since Sept. 19 at least 359 civilians have been killed by air strikes on Aleppo.", [("killed", 359, "background")]),
    "a period's tally: the past weeks": (
        "The group has executed 700 members of a tribe during the past two weeks.", [("killed", 700, "background")]),
    "a period's tally: in less than a month": (
        "Clashes among rebel groups in less than one month have killed over 350 militants.", [("killed", 350, "background")]),
    "a period's tally: the first months of": (
        "Hospitals reported 294 wounded in seven mass influxes for the first six months of the year.", [("wounded", 294, "background")]),
    "the news before 'a day after' another event": (
        "Thirty civilians were killed on Saturday in air strikes on Douma a day after the execution of a pilot.",
        [("killed", 30, "event")]),
    "a toll that may rise is no forecast": (
        "Five civilians were killed in the shelling and the death toll is likely to rise.", [("killed", 5, "event")]),
    "the news despite a period named elsewhere in the sentence": (
        "Rocket attacks killed 5 people in Damascus on Thursday in the second heavy bombardment in less than two weeks.",
        [("killed", 5, "event")]),
    "an earlier attack": (
        "Rescuers said four children were killed in earlier regime shelling.", [("killed", 4, "background")]),
    "a war that has since killed": (
        "Aleppo has been devastated by a civil war that began with protests and has since killed more than 300000 people.",
        [("killed", 300000, "background")]),
    "a standing population is not an event": ("More than 6 million are internally displaced.", [("displaced", 6000000, "background")]),
    "a place home to the displaced": ("Idlib is home to some 900000 displaced Syrians.", []),
    "'execute' takes its count": ("Militants execute 50 captive soldiers in Raqqa", [("killed", 50, "event")]),
    "'eliminated' is a killing": ("Kurdish forces eliminated 12 militants near Tabqa.", [("killed", 12, "event")]),
    "'flee' in a headline": ("Raids on market kill 21 hundreds flee the town", [("killed", 21, "event"), ("displaced", 100, "event")]),
    "suffocation is an injury": ("More than 35 people suffered suffocation after the shelling.", [("wounded", 35, "event")]),
    "a count and its verb in a relative clause": ("Rescuers found 40 people who had died in the collapse.", [("killed", 40, "event")]),
    "still missing": ("Police say thousands of local people are still missing.", [("missing", 1000, "event")]),
    "what victims 'included' is a breakdown": ("The victims included 25 civilians who were displaced from the town.", []),
    "'during the fighting' is the day's own": (
        "More than 35 militants were also killed during the fighting for the base.", [("killed", 35, "event")]),
    "headline style without its comma": (
        "Three people killed five injured in rocket attack on Aleppo", [("killed", 3, "event"), ("wounded", 5, "event")]),
    "a headline's 'day after' another event": (
        "Car bomb kills 7, mostly police, day after 16 officers are killed", [("killed", 7, "event"), ("killed", 16, "background")]),
    "counts joined by 'and' under one verb add up": ("Two soldiers and three civilians were killed in the shelling.", [("killed", 5, "event")]),
    "counts joined by 'and' after an active verb add up": ("The strike killed 5 soldiers and 3 civilians.", [("killed", 8, "event")]),
    "'and two more' after a breakdown adds up": (
        "30 Iraqis most of them policemen and two more American troops were killed.", [("killed", 32, "event")]),
    "a joined count with a verb of its own is not added": (
        "The strike killed 5 people and 3 were wounded.", [("killed", 5, "event"), ("wounded", 3, "event")]),
    "counts each with its own participle are not added": (
        "6 Lebanese martyrs and 22 injured were claimed in a bombing.", [("killed", 6, "event"), ("wounded", 22, "event")]),
    "a verb after another count is that count's": (
        "The toll has reached 20 people in addition to tens of others injured.", [("killed", 20, "event"), ("wounded", 10, "event")]),
    "people a bare 'fleeing' describes are no displacement news": (
        "The town became a sanctuary for thousands of civilians fleeing heavy battles nearby.", [("displaced", 1000, "background")]),
    "a count that opens a quote is the verb's": (
        'The army said an air strike on Wednesday killed "hundreds including many civilians."', [("killed", 100, "event")]),
    "two people named with 'and' and no number are two": (
        "An Army National Guard member and his cousin have been arrested in Illinois.", [("detained", 2, "event")]),
    "the last two of a longer list are not two": ("A father a mother and a son were killed in the strike.", []),
    "people someone saw lying dead are a sighting, not a toll": (
        "He saw a young girl a woman and two elderly people dead at a hospital.", []),
    "a count after 'and wounding' is people though a span follows": (
        "Jet strikes hit the cities killing more than 40 people and wounding 90 hours after a truce was announced.",
        [("killed", 40, "event"), ("wounded", 90, "event")]),
    "a claim's hedge between the verb and its count": (
        "North Korea has arrested what it claims are two spies who worked for South Korea.", [("detained", 2, "event")]),
    "a claim whose count heads a clause is no toll": (
        'Washington has claimed all four were "enemy combatants" and the blast claimed 30 lives.', [("killed", 30, "event")]),
    "caught by someone is detained, caught in the crossfire is not": (
        "Three smugglers were caught by border guards and twenty civilians were caught in the crossfire.", [("detained", 3, "event")]),
    "a family is not a count of people": ("Six civilians from one family were killed in airstrikes.", [("killed", 6, "event")]),
    "a count that is the subject of an active perfect is no toll": ("Six rebel units have captured the town.", []),
    "a battle that has cost lives": ("The battle for Aleppo has cost thousands of lives.", [("killed", 1000, "background")]),
    "a war's toll in a relative clause": (
        "It was the run-up to the conflict in Gaza, which took more than 2,100 Palestinian lives.", [("killed", 2100, "background")]),
    "war crimes are not a war": (
        "He said Russia should be investigated for war crimes over an attack on a convoy that claimed 20 lives on Monday.",
        [("killed", 20, "event")]),
    "recent months": ("Boko Haram has been behind many attacks, killing hundreds in recent months.", [("killed", 100, "background")]),
    "the months after another event": ("The six died in Paktika in the months after he vanished.", [("killed", 6, "background")]),
    "a dead-end is no death": ("One dead-end road winds through the village.", []),
    "the event the news came after": (
        "The attack came after a double car bombing killed at least 100 people in Homs.", [("killed", 100, "background")]),
    "a toll with a long subject": ("The death toll from rocket attacks on neighbourhoods in Aleppo rose to 8.", [("killed", 8, "event")]),
    "the toll from a war": (
        "The group put the death toll from the six-year conflict at more than 470000 people.", [("killed", 470000, "background")]),
    "losses that totaled a number": ("Losses in the area totaled 304 militants killed.", [("killed", 304, "background")]),
    "another place's count is not added": ("Shelling killed 12 people in Douma and 5 in Harasta.", [("killed", 12, "event")]),
    "a war as the subject of a casualty verb, in any tense": ("The war also displaced nearly 10 million people.", [("displaced", 10000000, "background")]),
    "a year's tally": ("And 313 people died in areas under army siege in the past year.", [("killed", 313, "background")]),
    "a dateline stamp is not another time": (
        "AFP Wednesday 9 Apr 2014 Two car bombs killed at least 25 people in Homs.", [("killed", 25, "event")]),
    # Round 3 (figures4), from the enlarged dev set.
    "an acronym in brackets is part of the noun phrase": (
        "Thirty one Islamic State (IS) group militants have been killed in clashes on Sunday.", [("killed", 31, "event")]),
    "'mostly women and children' is a breakdown between count and verb": (
        "At least 73 civilians mostly women and children were killed in air strikes on Tuesday.", [("killed", 73, "event")]),
    "'dying' counts the dead": ("The strike resulted in 56 civilians dying including 11 children on Monday.", [("killed", 56, "event")]),
    "'the killing of' takes its count": ("A video purports to show the killing of two activists in Raqqa.", [("killed", 2, "event")]),
    "'the number of civilians killed at'": (
        "The monitor reported the incident putting the number of civilians killed at 13.", [("killed", 13, "event")]),
    "'were reported injured'": ("Three other civilians were reported injured as a third shell fell.", [("wounded", 3, "event")]),
    "'were said to be killed'": ("Three fighters were said to be killed in an ambush on Tuesday.", [("killed", 3, "event")]),
    "a possessive between verb and count": ("A woman called police claiming to have killed her three children.", [("killed", 3, "event")]),
    "one count for killed and injured together is no count of either": ("At least 30 people were killed or wounded in the blast.", []),
    "a headline's killed-injured pair with one count": ("25 Terrorists Killed Injured in Clashes", []),
    "a count per place is not a toll": (
        "Four civilians were killed in Arbin and one was killed in each of the towns of Harasta and Douma.", [("killed", 4, "event")]),
    "a weeks-long campaign's toll is background": (
        "Militants whose three-week assault on the town has left hundreds reported dead were pushed back.", [("killed", 100, "background")]),
    "'war-torn' describes a place, not a running total": (
        "More than 60 soldiers were killed Saturday in air strikes on a base in the east of the war-torn country.", [("killed", 60, "event")]),
    "a list with commas adds its items": (
        "One French citizen, one Belgian and three Malians were killed in the attack on Saturday.", [("killed", 5, "event")]),
    "a single person joined by 'and' after the count adds one": (
        "A helicopter struck the house on Sunday killing the four siblings and their father.", [("killed", 5, "event")]),
    "a single person joined by 'and' before the count adds one": (
        "A woman and nine children were killed in the strike on Monday.", [("killed", 10, "event")]),
    "a person with a verb of their own is not added": ("The strike killed 12 people and a soldier was wounded.", [("killed", 12, "event")]),
    "a breakdown that opens with one person is still a breakdown": (
        "Seven civilians were killed among them a child and two women and nine others were injured.",
        [("killed", 7, "event"), ("wounded", 9, "event")]),
    "bodies counted are deaths": ("Rescuers said they had taken about 50 bodies to the hospital morgue on Saturday.", [("killed", 50, "event")]),
    "'the bodies of' after another noun is no count of bodies": ("One video showed the bodies lying on the floor of a clinic.", []),
    "a rate per day is background": ("Officials say they are burying 3,500 to 4,000 bodies a day.", [("killed", 3500, "background")]),
    "'a day after' is no rate": (
        "Air strikes on a market in Idlib on Saturday killed 24 people a day after the truce was agreed.", [("killed", 24, "event")]),
    "'later that month' tells another time": (
        "Later that month an airstrike on the town reportedly killed at least 31 civilians.", [("killed", 31, "background")]),
    "'one identified as' names one of a group: the group's count stands": (
        "Three terrorists one identified as a Tunisian were killed in an ambush.", [("killed", 3, "event")]),
    "a court's case is background": (
        "Eleven people were wrongly convicted of planting the IRA bombs which killed seven people.", [("killed", 7, "background")]),
    "an inquiry's deaths are background": ("But judicial reviews into five other deaths in southern Iraq were ruled out.", [("killed", 5, "background")]),
    "a confession looks back": ("Ross has admitted killing eight women in Connecticut and New York.", [("killed", 8, "background")]),
    "a hospital admitting the wounded is news": (
        "The hospital admitted 30 injured people after the blast on Monday.", [("wounded", 30, "event")]),
    "'dozens of' counts fighters too": ("Dozens of Syrian army soldiers were wounded on Monday.", [("wounded", 12, "event")]),
    "'scores of rebels' in a headline": ("Scores of Syrian rebels killed over key Aleppo road", [("killed", 20, "event")]),
    "'tens of thousands' is 10,000": ("The clashes have displaced tens of thousands of people in the area since Monday.", [("displaced", 10000, "event")]),
    "'two of them children' is a breakdown": ("Three people two of them children died in the shelling on Monday.", [("killed", 3, "event")]),
    "'one of them a child' is a breakdown": ("Two people one of them a child were killed on Friday.", [("killed", 2, "event")]),
    "a population 'of displaced Syrians' is no count": ("Idlib has been a relative haven for thousands of displaced Syrians.", []),
    "after 'were' the participle is the count's even when a count follows": (
        "More than 50 troops were summarily executed 19 more were killed in a suicide attack.",
        [("killed", 50, "event"), ("killed", 19, "event")]),
    "'lost N fighters' counts the dead": ("The group lost at least 28 jihadist fighters in the assault on Friday.", [("killed", 28, "event")]),
    "'lost 3 seats' is no toll": ("The party lost 3 seats in the vote.", []),
    "'the fate of N remained unknown' counts the missing": (
        "The fate of around 200 other soldiers remained unknown on Saturday.", [("missing", 200, "event")]),
    "a toll with a long subject 'has risen to'": (
        "The death toll in a suicide car bomb attack on buses carrying evacuees from two towns has risen to at least 112 on Sunday.",
        [("killed", 112, "event")]),
    "a past event named by its full date is background": (
        "He is charged over the April 15, 2013, bombings that killed three people.", [("killed", 3, "background")]),
    "a part by incident ('Fourteen of the fighters') is a count": (
        "Fourteen of the IS group fighters were killed as they attempted to enter the villages.", [("killed", 14, "event")]),
    "a part of the dead is not a count": ("Officials said 14 of the dead were opposition fighters.", []),
    "blame hedged with 'may have been responsible' leaves the count news": (
        "Residents said two dozen people were killed in the strikes and that Russian jets may have been responsible.",
        [("killed", 24, "event")]),
    # Round 4 (figrules).
    "after an active verb a participle before a people noun is an adjective": (
        "A car bombing killed at least 26 displaced people in eastern Syria on Friday.", [("killed", 26, "event")]),
    "people freed are not a casualty count": ("Rebels freed 150 civilians who were captured at a school.", []),
    "a relative clause after a figure told with its own day is no time of the figure": (
        "On Monday air strikes killed 23 people in the town which has been under siege ever since rebels seized it two years ago.",
        [("killed", 23, "event")]),
    "a longer subject before a finite passive": (
        "Four medical staff from a dispensary in Maarzita in southern Idlib province were also killed in the strikes.",
        [("killed", 4, "event")]),
    "a relative clause inside the subject before a finite passive": (
        "Nine members of the rebel alliance who were working in the clinic were also killed on Monday.", [("killed", 9, "event")]),
    "two sides of one noun joined by 'and' before the verb": (
        "More than 50 rebels and jihadists were killed in fighting on Sunday.", [("killed", 50, "event")]),
    "a pronoun between a count and a participle is the participle's subject": ("You hurt one you hurt us all.", []),
    "since the middle of a month is a running total": (
        "At least 412 people have been killed in and around Kobane since mid-September.", [("killed", 412, "background")]),
    "a count added after a passive verb by 'as well as'": (
        "An official said 20 fighters who guarded the buses were killed as well as dozens of passengers.", [("killed", 32, "event")]),
    "one person added after a passive verb by 'along with'": (
        "The group said 11 Kurdish fighters were killed in Kobani along with one Syrian rebel fighter.", [("killed", 12, "event")]),
    "a toll put 'at least at' a number": ("Anadolu Agency put the death toll at least at 85.", [("killed", 85, "event")]),
    "where the displaced have found refuge is a population": (
        "Tens of thousands of Syrians displaced from Aleppo province have found refuge in Idlib.", [("displaced", 10000, "background")]),
    "'dozens of injured' without 'the' counts the injured": (
        "Rescue workers rushed dozens of injured to the nearby hospital.", [("wounded", 12, "event")]),
    "'dozens of dead fighters' is an adjective, no count of the dead": ("Fighters paraded the corpses of dozens of dead militants.", []),
    "the whole of a partitive is no count": ("One of the nine suspects was killed.", [("killed", 1, "event")]),
    "'fatally stabbing' kills": ("He is accused of fatally stabbing five neighbors.", [("killed", 5, "event")]),
    "'taken into custody' is detained": ("Seven other suspects were taken into custody.", [("detained", 7, "event")]),
    "a result told after a comma belongs to the clause before it": (
        "The standoff sparked months of violence between supporters of the two sides, leaving thousands dead.",
        [("killed", 1000, "background")]),
    "a dated day in an undated page's copy is another time, carried to the next sentence": (
        "Assailants stormed the station on March 1, 2014 hacking at anyone in sight. Police shot four perpetrators dead on the scene.",
        [("killed", 4, "background")]),
    "a relative clause with a count of its own keeps its time to itself": (
        "China has executed three men convicted of plotting a knife attack that killed 31 people in Kunming last year.",
        [("killed", 3, "event"), ("killed", 31, "background")]),
    "a lead that dates its story last year dates the later sentences that name no time": (
        "Schools were renamed in honor of the children killed in a siege at a Peshawar school last year. "
        "The students were taking exams when militants laid siege. Some six hours later, 145 were dead.",
        [("killed", 145, "background")]),
    "an incident given as an example is another event, and so is a pointer back to it": (
        "The US is evacuating its last troops from Yemen. The embassy closed last month. "
        "On Friday, for instance, ISIS claimed responsibility for bombings at two mosques in Sanaa. "
        "Those blasts killed at least 137 people.", [("killed", 137, "background")]),
    "the opening's incident days back is the story's news": (
        "Ten children were among at least 48 people killed in a Syrian village last week.", [("killed", 48, "event")]),
    "'claimed' after a count is a killing ('militants were claimed')": (
        "Dozens of Nusra Front militants were also claimed in the towns of rural Damascus.", [("killed", 12, "event")]),
    "'claimed by' a group is responsibility, no killing": ("Two men were seen near the market in an attack claimed by the group.", []),
    "a quoted count": ('The monitor said "tens" of people were injured in the blast.', [("wounded", 10, "event")]),
    "a month opening the sentence with a capital 'In' is another time": (
        "In January, at least 26 people were reportedly killed in a series of militant attacks.", [("killed", 26, "background")]),
    "on an undated page a month naming an incident is another time": (
        "The group claimed a January attack on a hotel in Tripoli that killed 10 people.", [("killed", 10, "background")]),
    "'dying to' is an idiom": ("21 Well-Designed Products We're Dying to Own.", []),
    "a clock time is no count": ("He was arrested about 8:45 p.m. that same day.", []),
    "a negation between a count and its participle": ("She noted that two trees outside didn't get uprooted.", []),
    "a participle between a determiner and a person is an adjective": ("One nurse cradles the wounded fighter.", []),
    "'the first since' compares with another event": (
        "The death was the first in the town since a chemical attack on Tuesday that killed 87 civilians.", [("killed", 87, "background")]),
    "after an adjective participle and its noun the finite verb counts": (
        "Six injured civilians in the attacks on Friday died on Saturday.", [("killed", 6, "event")]),
    "'killed others' is no adjective": ("Eight civilians killed others injured in rocket attacks in Aleppo", [("killed", 8, "event")]),
    "what a strike avenged is another event": (
        "The bombings were carried out in revenge for the death of five crewmen killed when their helicopter crashed.",
        [("killed", 5, "background")]),
    "a number expected to rise is no forecast of it": (
        "The monitor said at least 14 were killed in the blast adding the number was expected to rise.", [("killed", 14, "event")]),
    "'if confirmed' hedges a claim, no hypothetical": (
        "Activists said a gas attack killed at least 213 people on Wednesday in what would if confirmed be the worst such attack.",
        [("killed", 213, "event")]),
    "news that came on the heels of another event": (
        "The casualties come on the heels of similar airstrikes on Manbij when at least 15 civilians were killed.",
        [("killed", 15, "background")]),
    "a breakdown set off by commas": (
        "Police said nine people, including four attackers, were killed after gunmen attacked the house.", [("killed", 9, "event")]),
    "an aside set off by commas before the passive": (
        "Seven college-age people, some who came to Panama City Beach, Florida, for spring break, were wounded in a shooting.",
        [("wounded", 7, "event")]),
    "'one in X and another in Y' says where each was; 'shot and killed'": (
        "Two officers, one in Fond du Lac, Wisconsin, and another in San Jose, California, were shot and killed on Tuesday.",
        [("killed", 2, "event")]),
    "children counted right after civilians are a part of them": (
        "At least 16 civilians and three children have been killed in waves of air raids on Idlib.", [("killed", 16, "event")]),
    "the lead run on after a page's related headlines is the story's": (
        "Related Syrias Assad to stand again for president Syria has 8% of chemical material left Monitor A car bomb attack "
        "in Homs killed at least 45 people and wounded 85 on Tuesday the governor said.", [("killed", 45, "event"), ("wounded", 85, "event")]),
    "a related headline's count stays background": (
        "Related Double bomb attack kills 31 in Syrian Kurdish city Rebels shell Aleppo", [("killed", 31, "background")]),
    "a 'Read more:' link's headline is another story's": (
        "READ MORE: Barrel bombs kill 25 civilians in Aleppo", [("killed", 25, "background")]),
    "'claiming' a count kills it": (
        "A car bomb rocked the neighborhood on Tuesday claiming eight and injuring 14 citizens.", [("killed", 8, "event"), ("wounded", 14, "event")]),
    "... but not limbs": ("Two bombs exploded on Monday, killing three people and claiming 17 limbs.", [("killed", 3, "event")]),
    "people in camps for the displaced are no count of the displaced": (
        "Other sources said hundreds living in camps for displaced people near Turkey have joined the group.", []),
    "half a dozen": ("Half a dozen soldiers were killed in the ambush on Monday.", [("killed", 6, "event")]),
    "killed and wounded together have no one kind": (
        "Land mines planted by the group have killed and wounded hundreds of civilians in the town.", []),
    "two killing verbs are one kind": ("Militants killed and crucified five civilians in the town on Sunday.", [("killed", 5, "event")]),
    "wounded people someone saw are a sighting, no toll": (
        "An AFP photographer saw half a dozen wounded children sitting on the floor of a clinic.", []),
    "'hurt' takes a count of people as 'injured' does": (
        "The blast killed three people and hurt more than 40 others on Monday.", [("killed", 3, "event"), ("wounded", 40, "event")]),
    "... not a figure of speech": ("We are one body, you hurt one you hurt us all.", []),
    "a hospital that received the bodies of a count counts the dead": (
        "The hospital received the bodies of 44 victims as well as 140 injured people.", [("killed", 44, "event"), ("wounded", 140, "event")]),
    "bodies someone saw are a sighting": ("An AFP photographer saw the bodies of four children wrapped in shrouds.", []),
    "a count one does not have is counterfactual": ("\"We're lucky that we don't have seven dead people,\" he said.", [("killed", 7, "background")]),
    "a single staff member named after a count adds one": (
        "Around twenty civilians and one SARC (Syrian Arab Red Crescent) staff member were killed on Monday.", [("killed", 21, "event")]),
    "'had begun to flee'; inhabitants are people": (
        "Residents said thousands of inhabitants had begun to flee the city on Friday.", [("displaced", 1000, "event")]),
    "the main clause after 'days after <another event> ... was killed and' is the news": (
        "Just days after a deadly chemical attack a woman was killed and 25 others on a bus were wounded in a town on Saturday.",
        [("wounded", 25, "event")]),
    "... the count inside the 'after' clause stays that event's": (
        "A day after 16 officers were killed, a car bomb killed 7 in the capital.", [("killed", 16, "background"), ("killed", 7, "event")]),
}


@pytest.mark.parametrize("rule", RULES)
def test_reading_rule(rule: str) -> None:
    sentence, expected = RULES[rule]
    people = [(f.kind, f.value, f.scope) for f in extract_figures(sentence) if f.kind in ("killed", "wounded", "displaced", "detained", "missing")]
    assert people == expected


def test_a_monitors_count_in_the_present_perfect_after_the_lead_is_a_tally() -> None:
    text = ("An air strike hit a market in the town on Monday. Rescuers searched the rubble. The monitor gave no toll. "
            "The group has reported hundreds of civilians killed in operations against the jihadists.")
    assert [(f.kind, f.value, f.scope) for f in extract_figures(text)] == [("killed", 100, "background")]


def test_the_number_as_written_is_kept() -> None:
    (figure,) = extract_figures("Air strikes killed 30 to 40 fighters near the base on Monday.")
    assert (figure.value, figure.text) == (30, "30 to 40")
    (figure,) = extract_figures("A further nine people including five children were killed.")
    assert figure.text == "nine"


def test_one_story_from_three_outlets_counts_at_its_lowest_report_with_the_range() -> None:
    reports = [
        ("strike", (KeyFigure("killed", 16, "s"), KeyFigure("wounded", 40, "s"))),
        ("strike", (KeyFigure("killed", 12, "s"),)),
        ("strike", (KeyFigure("killed", 14, "s"), KeyFigure("killed", 320000, "s", scope="background"))),
    ]
    (killed, wounded) = story_figures(reports)["strike"]
    assert (killed.kind, killed.value, killed.low, killed.high, killed.reports) == ("killed", 12, 12, 16, 3)
    assert (wounded.value, wounded.reports) == (40, 1)
    (total_killed, total_wounded) = total_figures(reports)
    assert (total_killed.value, total_killed.high, total_killed.reports, total_killed.stories) == (12, 16, 3, 1)
    assert total_wounded.value == 40


def test_an_earlier_report_the_article_raises_is_not_its_figure_and_widens_no_range() -> None:
    text = ("The SANA news agency reported earlier that at least one person was killed in the blasts in Damascus on Wednesday. "
            "At least nine people were killed, the ministry said later.")
    reports = [("blasts", extract_figures(text)), ("blasts", extract_figures("At least nine people were killed in Damascus on Wednesday."))]
    (killed,) = story_figures(reports)["blasts"]
    assert (killed.value, killed.low, killed.high) == (9, 9, 9)
    # without a higher figure after it, an initial report is the article's report
    (only,) = story_figures([("raid", extract_figures("Initial reports indicate that nine people were killed. The group said it killed seven."))])["raid"]
    assert only.value == 9


def test_two_relatives_named_after_the_storys_toll_are_among_its_victims() -> None:
    text = "Air strikes killed at least 27 people on Tuesday. The boy survived. His father and younger brother were reportedly killed."
    assert [(f.kind, f.value) for f in extract_figures(text)] == [("killed", 27)]


def test_a_named_past_incident_in_another_story_is_background() -> None:
    lead = "Tsarnaev appeared in court on Monday. His lawyers asked for a delay. The jury was seated. "
    text = lead + "The Boston Marathon bombing killed three people."
    assert [(f.kind, f.value, f.scope) for f in extract_figures(text)] == [("killed", 3, "background")]
    # the story's own incident, named in its headline, is its news
    own = extract_figures(text, title="Boston Marathon bombing trial opens")
    assert [(f.kind, f.value, f.scope) for f in own] == [("killed", 3, "event")]


def test_stories_add_up_and_background_never_counts() -> None:
    reports = [
        ("strike", (KeyFigure("killed", 23, "s"), KeyFigure("wounded", 40, "s"))),
        ("strike", (KeyFigure("killed", 23, "s"), KeyFigure("wounded", 35, "s"))),  # same story, other outlet: lowest
        ("other-article", (KeyFigure("killed", 23, "s"),)),  # same toll, no story key: one event, not two
        ("shelling", (KeyFigure("killed", 4, "s"), KeyFigure("ceasefire_hours", 72, "s"))),
        ("truce", (KeyFigure("ceasefire_hours", 48, "s"), KeyFigure("killed", 290000, "s", scope="background"))),
    ]
    totals = {t.kind: t.value for t in total_figures(reports)}
    assert totals == {"killed": 27, "wounded": 35, "ceasefire_hours": 72}


def test_an_implausible_total_is_marked_disputed() -> None:
    reports = [("a", (KeyFigure("killed", 1500, "s"),)), ("b", (KeyFigure("killed", 900, "s"),))]
    (total,) = total_figures(reports, ceiling=2000)
    assert (total.value, total.disputed) == (2400, True)
    (total,) = total_figures(reports[:1], ceiling=2000)
    assert not total.disputed


def test_a_wars_running_total_is_not_a_days_figure() -> None:
    background = ("UN Special Envoy for Syria Staffan de Mistura estimates that over 400,000 people have been "
                  "killed in the conflict. The war has displaced more than 11 million people since 2011.")
    assert all(f.scope == "background" for f in extract_figures(background))
    event = "An air strike killed 12 civilians in Idlib on Monday, the monitor said."
    assert [(f.kind, f.value, f.scope) for f in extract_figures(event)] == [("killed", 12, "event")]


# Read against the article's own date and title (extract_figures(text, published=..., title=...)).
MONDAY = dt.date(2016, 8, 15)
DATED_RULES = {
    "when a campaign began is not the time of the next sentence": (
        "Rebels pushed towards Dabiq in an operation launched in late May. Fourteen of the IS group fighters were killed as "
        "they attacked the villages.", [("killed", 14, "event")]),
    "a weekday in the week before is the story's news": (
        "At least 15 civilians were killed in air strikes on Friday in Boulil.", [("killed", 15, "event")]),
    "a date within the week is the story's news": (
        "An air strike on a market on August 12 killed 17 people.", [("killed", 17, "event")]),
    "a date weeks before the article's is another time": (
        "The 4th of July attack on the market killed 40 people.", [("killed", 40, "background")]),
    "a date a week before the article's is another time": (
        "On August 8 a chemical weapons incident in Idlib claimed the lives of some 80 people.", [("killed", 80, "background")]),
    "a month named with 'in' is another time, even the article's own": (
        "Government strikes killed at least 37 civilians in Maaret al-Numan in August.", [("killed", 37, "background")]),
    "another year than the article's": ("A car bomb killed 12 people in Hasaka in 2015.", [("killed", 12, "background")]),
    "a year named on its own, even the article's": (
        "Barrel bombs killed 1,200 civilians in Aleppo in 2016.", [("killed", 1200, "background")]),
    "the nearest time counts in run-on copy": (
        "Strikes killed 37 civilians in Maaret in April sparking condemnation Meanwhile hundreds of civilians escaped Manbij on Sunday.",
        [("killed", 37, "background"), ("displaced", 100, "event")]),
    "a sentence without a time takes the time of the one before": (
        "The government reported a chemical attack on Khan al-Assal on March 19. It said at least 26 people were killed.",
        [("killed", 26, "background")]),
    "an incident dated earlier keeps its time when referred to again": (
        "The regime was responsible for a sarin attack on Khan Sheikhun on the 4th of August. Turkish officials confirmed "
        "the results. At least 87 people died in the suspected attack.", [("killed", 87, "background")]),
    "an incident of the article's day stays news when referred to again": (
        "A car bomb attack on Saturday shook the city. Officials gave no details. At least 12 people died in the attack.",
        [("killed", 12, "event")]),
    "last week's truce does not make the next sentence's toll old": (
        "The violence comes despite a truce declared last week. In Idlib 17 people were killed in air strikes.",
        [("killed", 17, "event")]),
    "a comparison's start does not lend its date to the next sentence": (
        "It was the deadliest attack on the city since the war began in March 2011. State media gave a toll of 44 dead.",
        [("killed", 44, "event")]),
    "a photo's credited caption does not lend its date to the next sentence": (
        "Men walk near a damaged building in Aleppo Syria May 26 2016. (TRT World and Agencies) "
        "A suicide bomber detonated a vest on a bus killing at least 15 people.", [("killed", 15, "event")]),
    "another story's headline on the page": (
        "Syrian Airstrikes Kill Over 100 Daesh Fighters in Hama Province WASHINGTON (Sputnik) "
        "The coalition said it killed eight fighters near Manbij on Sunday.", [("killed", 100, "background"), ("killed", 8, "event")]),
    "the article's own headline repeated in the body": (
        "US Missile Strike on Syria Kills Five Injures Seven - Homs Governor", [("killed", 5, "event"), ("wounded", 7, "event")]),
    "a time told about no incident does not date the next sentence": (
        "A ceasefire mediated by Washington collapsed in July. At least five people were killed when a shell struck a school.",
        [("killed", 5, "event")]),
    "a related-links list": (
        "427 Related Dozens Killed in Likely Coalition Strike on School Near Raqqa", [("killed", 12, "background")]),
    "a month with its day before it leaves the number after it the count": (
        "On the 14th of August 22 civilians were killed in shelling on the town.", [("killed", 22, "event")]),
    "... also with the day in digits": ("On 14 August 22 people were killed in an air strike.", [("killed", 22, "event")]),
    "the opening's incident days back is the story's, even told as 'days ago'": (
        "A helicopter that went down off the coast three days ago -- killing 11 service members -- had aborted its mission.",
        [("killed", 11, "event")]),
    "a sum told with the story's day is that day's total": (
        "In total over 40 civilians were killed in the bombardment that hit 11 towns across Idlib on Sunday.", [("killed", 40, "event")]),
    "... not when the day is only the day a source spoke": (
        "Altogether 1,200 people have been killed in the province, the monitor said on Sunday.", [("killed", 1200, "background")]),
}
TITLE = "US Missile Strikes on Syrian Airbase Kill Four Children"


@pytest.mark.parametrize("rule", DATED_RULES)
def test_dated_reading_rule(rule: str) -> None:
    text, expected = DATED_RULES[rule]
    found = extract_figures(text, published=MONDAY, title=TITLE)
    body = [f for f in found if f.sentence != TITLE]  # the headline's own figure comes last (see below)
    assert [(f.kind, f.value, f.scope) for f in body if f.kind in ("killed", "wounded", "displaced")] == expected


def test_the_headline_repeated_above_the_body_is_not_read_twice() -> None:
    text = ("Twin car bombs kill 25 in Homs State media AFP Wednesday 9 Apr 2014 Two car bombs killed at least 25 people "
            "in a government-held neighbourhood of Homs on Wednesday.")
    found = extract_figures(text, published=dt.date(2014, 4, 9), title="Twin car bombs kill 25 in Homs State media - Region - Ahram Online")
    assert [(f.kind, f.value, f.sentence[:15]) for f in found] == [("killed", 25, "Two car bombs k"), ("killed", 25, "Twin car bombs ")]


def test_the_headline_is_read_after_the_body_and_counts_only_for_a_kind_the_body_lacks() -> None:
    # (An exact headline count; a vague one that rounds the body's toll down is read first: see the test below.)
    found = extract_figures("Air strikes killed 35 people on Monday.", title="30 killed 3 injured in Idlib air strikes | Outlet")
    assert [(f.kind, f.value, f.sentence) for f in found] == [
        ("killed", 35, "Air strikes killed 35 people on Monday."),
        ("killed", 30, "30 killed 3 injured in Idlib air strikes"), ("wounded", 3, "30 killed 3 injured in Idlib air strikes")]
    assert {t.kind: t.value for t in total_figures([("story", found)])} == {"killed": 35, "wounded": 3}


def test_stories_whose_reports_overlap_count_once_at_the_lowest() -> None:
    # One day, one theatre: the grouping made three stories of one attack (reports 12-494, 100-1300, 1300),
    # and a separate shelling killed 4.
    reports = [
        ("gas-a", (KeyFigure("killed", 12, "s"),)), ("gas-a", (KeyFigure("killed", 494, "s"),)),
        ("gas-b", (KeyFigure("killed", 100, "s"),)), ("gas-b", (KeyFigure("killed", 1300, "s"),)),
        ("gas-c", (KeyFigure("killed", 1300, "s"),)),
        ("shelling", (KeyFigure("killed", 4, "s"),)),
    ]
    (killed,) = total_figures(reports)
    assert (killed.value, killed.high, killed.reports, killed.stories) == (16, 1304, 6, 2)


def test_a_toll_that_could_rise_to_a_number_forecasts_that_number() -> None:
    from generator.nlp.figures import extract_figures

    forecast = extract_figures("The Red Cross said it believes the death toll could rise to more than 100,000, one official said.")
    assert [(f.value, f.scope) for f in forecast] == [(100000, "background")]
    news = extract_figures("At least 20 people were killed in the blast on Monday and the death toll is likely to rise, officials said.")
    assert [(f.value, f.scope) for f in news] == [(20, "event")]


def test_a_part_of_a_toll_told_again_is_no_toll_of_its_own() -> None:
    """By age or sex, in a later sentence or in the headline; "civilians" is a toll of its own."""
    text = ("Fifteen civilians among them 11 children were killed in a barrel bomb attack on Thursday. "
            "Eleven children were killed on Thursday in the attack. UNICEF said 25 casualties were children.")
    found = extract_figures(text, title="Barrel bomb attack kills 11 children in Aleppo")
    assert [(f.kind, f.value) for f in found] == [("killed", 15)]
    found = extract_figures("At least 82 people including 58 civilians were killed. Air raids killed 58 civilians.")
    assert [(f.kind, f.value) for f in found] == [("killed", 82), ("killed", 58)]


def test_a_sentence_printed_twice_gives_its_figures_once() -> None:
    """A lead run twice, the second time after a dateline: one mention, one row."""
    lead = "A double attack in Homs has claimed the lives of 18 civilians including 10 children."
    found = extract_figures(f"{lead} MOSCOW October 1 (RIA Novosti) - {lead}")
    assert [(f.kind, f.value) for f in found] == [("killed", 18)]


def test_a_count_far_above_the_storys_own_with_no_day_is_a_tally() -> None:
    """A monitor's running count told after the lead; a count that names its day stays the day's news."""
    text = ("A suicide bomber killed four people in a hospital on Sunday. The town is the ruling clan's home. "
            "Its mausoleum holds the family's graves. Meanwhile rebel fire on regime-held areas killed 1102 people said the "
            "Observatory. On Sunday a barrel bomb killed 120 people in Aleppo.")
    found = extract_figures(text, published=dt.date(2015, 2, 22))
    assert [(f.value, f.scope) for f in found] == [(4, "event"), (1102, "background"), (120, "event")]


def test_a_cut_headline_repeating_the_opening_is_read_once() -> None:
    """A feed's title made from the first sentence and cut with '...' gives no second row of the same counts."""
    text = "Kano (CNN)More than 50 people were killed and scores wounded in a series of bombings on Saturday, police said."
    found = extract_figures(text, title="More than 50 people were killed and scores wounded in a series ...")
    assert [(f.kind, f.value) for f in found] == [("killed", 50), ("wounded", 20)]


def test_a_verb_with_a_count_of_its_own_is_not_the_count_befores_participle() -> None:
    """'kidnapped 900 Executed 18': Executed takes the 18; the 900 were kidnapped."""
    found = extract_figures("", title="Militants kidnapped 900 Executed 18 People in Aleppo")
    assert [(f.kind, f.value, f.scope) for f in found] == [("detained", 900, "event"), ("killed", 18, "event")]


def test_a_site_name_before_the_headline_is_left_off() -> None:
    """'National News Agency - Blasts in Homs kill 18': the headline is the longest part of the page title."""
    found = extract_figures("", title="National News Agency - Blasts in Homs kill 18 most children")
    assert [(f.kind, f.value) for f in found] == [("killed", 18)]


def test_a_dash_glued_to_the_lead_after_a_dateline_starts_a_new_piece() -> None:
    """'Related ... Double bomb attack kills 31 ... state TV -A double bomb attack killed 31 people': the lead is news."""
    text = ("Related IS group claims attack on Syrian town Double bomb attack kills 31 in Syrian city state TV -A double bomb "
            "attack killed 31 people in the city of Qamishli on Wednesday.")
    found = extract_figures(text, title="Double bomb attack kills 31 in Syrian city state TV")
    assert ("killed", 31, "event", "A double bomb attack killed 31 people in the city of Qamishli on Wednesday.") in [
        (f.kind, f.value, f.scope, f.sentence) for f in found]


def test_an_earlier_weekday_than_the_leads_is_another_days_incident() -> None:
    """Lead 'on Tuesday'; 'On Sunday 11 civilians were killed' is context; 'Since Saturday ...' is the story's tally."""
    text = ("Shelling killed eight people in Eastern Ghouta on Tuesday. A shell hit a school. Several children were hurt. "
            "On Sunday 11 civilians were killed in Eastern Ghouta. Since Saturday at least 68 civilians have been killed in the town.")
    found = extract_figures(text, published=dt.date(2017, 10, 31))
    assert [(f.value, f.scope) for f in found] == [(8, "event"), (11, "background"), (68, "event")]


def test_a_lead_told_over_the_past_24_hours_dates_its_story_the_day_before_the_report() -> None:
    """Saturday's report of strikes 'over the past 24 hours' (from Friday); 'on Thursday night' is an earlier day's."""
    text = ("Some 120 fighters were killed in air strikes over the past 24 hours the ministry said. Mayadeen was hit. "
            "The town is a bastion. The monitor said air strikes on Thursday night killed 14 people fleeing on rafts.")
    found = extract_figures(text, published=dt.date(2017, 10, 7))
    assert [(f.value, f.scope) for f in found] == [(120, "event"), (14, "background")]


def test_the_incident_the_sentence_before_told_on_another_day_is_that_days() -> None:
    """Lead 'on Monday'; after 'an aerial assault on Thursday', 'The rebel barrage killed 10' is Thursday's toll."""
    text = ("At least 15 people were killed on Monday in air strikes on Douma. The strikes hit a market. A clinic filled up. "
            "The town was still reeling from an aerial assault on Thursday that came after rebels fired rockets. "
            "The rebel barrage killed 10 people in Damascus.")
    found = extract_figures(text, published=dt.date(2015, 2, 9))
    assert [(f.value, f.scope) for f in found] == [(15, "event"), (10, "background")]


def test_a_leads_weekday_beside_a_reporting_verb_is_no_incident_day() -> None:
    """'a monitoring group said Saturday': the report's day; the assault 'launched early Thursday' stays the story's."""
    text = ("At least 85 troops were killed as the jihadists advanced a monitoring group said Saturday. The base fell. "
            "The town was shelled. At least 16 others had died in the assault launched early Thursday.")
    found = extract_figures(text, published=dt.date(2014, 7, 26))
    assert [(f.value, f.scope) for f in found] == [(85, "event"), (16, "event")]


def test_a_report_dated_days_before_the_leads_report_is_an_earlier_reports_toll() -> None:
    """Lead 'the monitor said Wednesday'; 'said on Tuesday that at least 23 people had been killed' retells Tuesday's report."""
    text = ("At least 15 civilians were killed in air strikes on Manbij the monitor said Wednesday. The raids hit a market. "
            "Residents fled. The monitor said on Tuesday that at least 23 people had been killed in air strikes on Idlib.")
    found = extract_figures(text, published=dt.date(2016, 6, 1))
    assert [(f.value, f.scope) for f in found] == [(15, "event"), (23, "background")]


def test_a_time_counted_back_in_the_singular_fronting_the_sentence_is_another_time() -> None:
    """'A year ago, 90 people were killed ...' is as far back as 'Four years ago, ...': history after the lead."""
    text = ("An air strike killed 12 people in Saraqib on Tuesday. The strike hit a market. Residents fled. "
            "A year ago, 90 people were killed in a chemical attack in the same province.")
    found = extract_figures(text, published=dt.date(2017, 4, 4))
    assert [(f.value, f.scope) for f in found] == [(12, "event"), (90, "background")]


def test_a_time_counted_back_in_the_singular_in_another_clause_dates_the_sentence() -> None:
    """'The town was hit by a car bomb a month ago; 15 people were killed' is a month back, as 'two months ago' is."""
    text = ("An air strike killed 12 people in Saraqib on Tuesday. The strike hit a market. Residents fled. "
            "The town was hit by a car bomb a month ago; 15 people were killed.")
    found = extract_figures(text, published=dt.date(2017, 4, 4))
    assert [(f.value, f.scope) for f in found] == [(12, "event"), (15, "background")]


def test_a_siege_told_with_its_year_dates_the_toll_told_next() -> None:
    """'In 2016, regime forces besieged the town for months.' tells an incident: the next sentence's deaths are 2016's."""
    text = ("An air strike killed 12 people in Saraqib on Tuesday. The strike hit a market. Residents fled. "
            "In 2016, regime forces besieged the town for months. Hundreds of people died of hunger and shelling.")
    found = extract_figures(text, published=dt.date(2017, 4, 4))
    assert [(f.value, f.scope) for f in found] == [(12, "event"), (100, "background")]


def test_in_the_past_without_a_span_is_history() -> None:
    """'had been shelled in the past, killing 11' is history; 'in the past 24 hours' would be the story's own tally."""
    text = ("An air strike killed 12 people in Saraqib on Tuesday. The strike hit a market. Residents fled. "
            "The town had been shelled in the past, killing 11 people. In the past 24 hours 20 people were killed in the province.")
    found = extract_figures(text, published=dt.date(2017, 4, 4))
    assert [(f.value, f.scope) for f in found] == [(12, "event"), (11, "background"), (20, "event")]


def test_may_as_a_wish_is_no_month() -> None:
    """'May God avenge them' names no other time: the next sentence's count stays the day's news."""
    text = ("Shelling killed eight people in Eastern Ghouta on Tuesday. A shell hit a school. Many children were hurt. "
            "May God avenge oppressors the mans brother cried. In Harasta shelling wounded 10 people including five children.")
    found = extract_figures(text, published=dt.date(2017, 10, 31))
    assert [(f.value, f.scope) for f in found] == [(8, "event"), (10, "event")]


def test_that_same_day_points_back_to_last_weeks_incident() -> None:
    """'That same day ... leaving at least 13 people dead' is on last week's day, the sentence before it named."""
    text = ("Troops left the country on Sunday, officials said. A spokesman declined to comment. The embassy closed last month. "
            "Last week, a jet fired missiles at a palace in Aden. No one was injured. "
            "That same day, rival forces battled in Aden, leaving at least 13 people dead.")
    found = extract_figures(text, published=dt.date(2015, 3, 22))
    assert [(f.value, f.scope) for f in found] == [(13, "background")]


def test_that_bombardment_points_back_to_an_earlier_weekdays_strike() -> None:
    """Lead 'on Tuesday'; 'That bombardment ... wounded five' is Saturday's, told in the sentence before it."""
    text = ("Airstrikes on a village early on Tuesday killed 12 people. A clinic was hit. The area is often bombed. "
            "It was the second clinic hit after a warplane on Saturday damaged a hospital. "
            "That bombardment near Abdeen wounded five medical staff.")
    found = extract_figures(text, published=dt.date(2017, 4, 25))
    assert [(f.value, f.scope) for f in found] == [(12, "event"), (5, "background")]


def test_that_bombing_told_in_its_own_sentence_is_no_pointer_back() -> None:
    """'Another bomb attack ... one person had been killed and three injured in that bombing': the bombing it tells."""
    text = ("Blasts killed at least 42 people on Monday. Roads were closed. Police searched cars. "
            "A double blast in February killed 57 people. Rubble was strewn on the streets. "
            "Another bomb attack was reported near Damascus with two people killed and three injured in that bombing.")
    found = extract_figures(text, published=dt.date(2016, 9, 5))
    assert [(f.value, f.scope) for f in found] == [(42, "event"), (57, "background"), (2, "event"), (3, "event")]


def test_the_news_came_a_day_after_another_events_toll() -> None:
    """'The U.S. move came a day after terrorists bombed two mosques ..., on Friday, killing at least 137': that event's."""
    found = extract_figures("Troops left Yemen. The U.S. move came a day after terrorists bombed two mosques in the capital, "
                            "Sanaa, on Friday, killing at least 137 and wounding 357 others.")
    assert [(f.kind, f.value, f.scope) for f in found] == [("killed", 137, "background"), ("wounded", 357, "background")]


def test_a_habit_in_the_perfect_is_no_days_toll() -> None:
    """'Opposition forces have responded by firing missiles into government districts killing scores': a habit."""
    found = extract_figures("Shelling killed 12 people on Monday. Opposition forces have responded by firing missiles into "
                            "government districts killing scores of civilians.", published=dt.date(2016, 5, 3))
    assert [(f.value, f.scope) for f in found] == [(12, "event"), (20, "background")]


def test_a_habit_told_with_repeatedly_is_no_days_toll() -> None:
    """'Rebels have repeatedly shelled the city killing dozens': a habit, not the day's news."""
    found = extract_figures("Shelling killed 12 people on Monday. Rebels have repeatedly shelled the city killing dozens of civilians.",
                            published=dt.date(2016, 5, 3))
    assert [(f.value, f.scope) for f in found] == [(12, "event"), (12, "background")]


def test_the_headline_repeated_under_the_first_line_is_read_once() -> None:
    """The title run into the second sentence ('... on Aleppo The death toll ... rose to 10 killed'): the rest is read."""
    title = "10 people mostly schoolchildren killed in terrorist rocket attacks on Aleppo"
    text = ("Terrorists shelled several provinces on Sunday. 10 people mostly schoolchildren killed in terrorist rocket attacks on "
            "Aleppo The death toll from the attacks in Aleppo city rose to 10 killed and 59 others injured.")
    body = [(f.kind, f.value) for f in extract_figures(text, title=title) if f.sentence != title]
    assert body == [("killed", 10), ("wounded", 59)]


def test_escaping_prison_is_no_displacement() -> None:
    """'hundreds of al Qaeda members escaped two Yemeni prisons': a jailbreak, not people forced from their homes."""
    assert extract_figures("And hundreds of al Qaeda members escaped two Yemeni prisons Thursday and Friday.") == ()


def test_a_headline_pair_with_a_noun_after_the_second_count() -> None:
    """'20 people killed 30 others injured in car bomb': each count with its own participle, people on both sides."""
    found = extract_figures("20 people killed 30 others injured in car bomb in eastern Syria.")
    assert [(f.kind, f.value) for f in found] == [("killed", 20), ("wounded", 30)]


def test_a_headline_pair_whose_first_count_has_a_two_word_noun() -> None:
    found = extract_figures("At Least Six Lebanese Pilgrims Killed Dozens Hurt in Damascus Bus Blast")
    assert [(f.kind, f.value) for f in found] == [("killed", 6), ("wounded", 12)]
    # what kills is no victim: the count before "killed" is the attackers'
    assert [(f.kind, f.value) for f in extract_figures("Two suicide bombers killed 30 injured in Baghdad")] == [("wounded", 30)]


def test_a_toll_that_rises_in_a_headline() -> None:
    """'Death Toll in Blast ... Rises to 70': a headline's present tense."""
    found = extract_figures("Death Toll in Blast Targeting Evacuees From Besieged Towns in Aleppo Rises to 70.")
    assert [(f.kind, f.value) for f in found] == [("killed", 70)]


def test_a_breakdown_set_off_by_dashes() -> None:
    """'two others - including a child - died': the aside does not cut the count from its verb."""
    found = extract_figures("Nine civilians were killed in Qaterji and two others - including a child - died in Mayssar.")
    assert [(f.kind, f.value) for f in found] == [("killed", 9), ("killed", 2)]


def test_a_comparisons_since_is_not_the_next_sentences_time() -> None:
    """'the widest offensive since the insurgents took over ... in the summer of 2012': no time for the next sentence."""
    found = extract_figures("The offensive was the widest since the insurgents took over the east of the city in the summer of 2012 "
                            "he added. Eight civilians were killed with at least 70 injured.", published=dt.date(2015, 7, 2))
    assert [(f.kind, f.value, f.scope) for f in found] == [("killed", 8, "event"), ("wounded", 70, "event")]


def test_a_tally_over_the_last_few_days_is_the_news() -> None:
    """'killed in the past four days': a tally over the story's own days (up to a week), not a period's."""
    found = extract_figures("At least 86 government fighters were killed in fighting south of Aleppo in the past four days the monitor said.",
                            published=dt.date(2016, 6, 3))
    assert [(f.value, f.scope) for f in found] == [(86, "event")]


def test_a_headline_restating_the_bodys_running_total() -> None:
    """'Hundreds killed as street battles rage' over 'whose three-week assault ... has left hundreds reported dead'."""
    found = extract_figures("Kurdish militia fought street battles on Tuesday with jihadists whose three-week assault on the town has "
                            "left hundreds reported dead.", published=dt.date(2014, 10, 7), title="Hundreds killed as street battles rage in Kobani")
    assert [(f.value, f.scope) for f in found] == [(100, "background"), (100, "background")]


def test_a_headline_restating_the_bodys_tally_over_a_period() -> None:
    """'executed 700' over 'has executed 700 members of a tribe ... during the past two weeks': a period's tally."""
    found = extract_figures("Islamic State has executed 700 members of a tribe it has been battling during the past two weeks a monitor said.",
                            published=dt.date(2014, 8, 17), title="Islamic State executed 700 people from Syrian tribe")
    assert [(f.value, f.scope) for f in found] == [(700, "background"), (700, "background")]


def test_a_battle_that_has_prompted_people_to_flee() -> None:
    """'The raging battle has prompted some 186000 residents to flee': the campaign's running total."""
    found = extract_figures("Ten people were killed on Tuesday. The raging battle has prompted some 186000 residents to flee across the border.",
                            published=dt.date(2014, 10, 7))
    assert [(f.kind, f.scope) for f in found] == [("killed", "event"), ("displaced", "background")]


def test_counts_adding_up_to_the_toll_are_its_breakdown() -> None:
    """'19 men were executed on Thursday 18 shot dead and one beheaded': the 18 and the one are the 19's parts."""
    found = extract_figures("A further 19 men were executed on Thursday 18 shot dead and one beheaded.", published=dt.date(2014, 8, 18))
    assert [(f.kind, f.value) for f in found] == [("killed", 19)]


def test_two_verbs_of_one_kind_are_one_toll() -> None:
    """'crucifying two people and executing 23 others': killed 25, one toll."""
    found = extract_figures("Islamic State crushed the resistance crucifying two people and executing 23 others a monitor said.")
    assert [(f.kind, f.value) for f in found] == [("killed", 25)]


def test_a_tally_since_a_start_this_week_is_the_news() -> None:
    """'killed ... in the first deaths reported since it began this week': a start within the story's days."""
    found = extract_figures("Two civilians have been killed in Aleppo in the first deaths reported under the truce since it began this week.",
                            published=dt.date(2016, 9, 16))
    assert [(f.value, f.scope) for f in found] == [(2, "event")]


def test_a_comparison_after_the_toll_ranks_it() -> None:
    """'346 fighters were killed ... making it one of the deadliest confrontations since the start of the war': the news."""
    found = extract_figures("The monitor said 346 fighters were killed since Tuesday in the fight over the base making it one of the "
                            "deadliest confrontations since the start of the war.", published=dt.date(2014, 8, 24))
    assert [(f.value, f.scope) for f in found] == [(346, "event")]


def test_an_age_range_between_the_count_and_its_verb() -> None:
    """'eight students between 7 and 12 years old were killed': the ages are no counts."""
    assert [(f.kind, f.value) for f in extract_figures("Eight students between 7 and 12 years old were killed.")] == [("killed", 8)]


def test_one_person_before_a_plural_verb_is_part_of_the_toll() -> None:
    """'another 27 students and a female teacher were injured': 28 (a plural verb agrees with the whole list)."""
    assert [(f.kind, f.value) for f in extract_figures("Another 27 students and a female teacher were injured.")] == [("wounded", 28)]


def test_one_person_named_before_the_count_after_an_active_verb() -> None:
    """'injuring a female teacher and 19 others': 20 wounded."""
    found = extract_figures("The shells hit the school killing seven students and injuring a female teacher and 19 others.")
    assert [(f.kind, f.value) for f in found] == [("killed", 7), ("wounded", 20)]


def test_a_tally_since_a_date_in_the_storys_week_is_the_news() -> None:
    """'Since Sept. 19 ... at least 359 civilians have been killed' on 24 September: the story's days, not the war's."""
    found = extract_figures("Since Sept. 19 when the regime declared the truce over at least 359 civilians have been killed in Aleppo.",
                            published=dt.date(2016, 9, 24))
    assert [(f.value, f.scope) for f in found] == [(359, "event")]


def test_a_tally_since_a_date_months_back_is_a_running_total() -> None:
    """'Since April 2 at least 300 civilians have been killed' on 3 June: a running total."""
    found = extract_figures("Since April 2 at least 300 civilians have been killed in Aleppo.", published=dt.date(2016, 6, 3))
    assert [(f.value, f.scope) for f in found] == [(300, "background")]


def test_counts_around_a_dash_aside_left_dead_are_one_toll() -> None:
    """'leaving 23 civilians - including nine children - and 16 combatants dead': 39, the aside's nine a part."""
    found = extract_figures("Clashes rocked the city leaving 23 civilians - including nine children - and 16 combatants dead the monitor said.")
    assert [(f.kind, f.value) for f in found] == [("killed", 39)]


def test_lost_some_of_its_fighters() -> None:
    """'ISIL lost 13 of its fighters': killed 13."""
    assert [(f.kind, f.value) for f in extract_figures("The group said ISIL lost 13 of its fighters as it took the town.")] == [("killed", 13)]


def test_the_number_killed_has_risen_to() -> None:
    """'The number of ... fighters killed in battles (Saturday) against ISIL in the town ... has risen to 39'."""
    found = extract_figures("The number of Al-Nusra Front and rebel fighters killed in battles (Saturday) against ISIL in the strategic town "
                            "of Markada in the south of the province has risen to 39 said the Observatory.")
    assert [(f.kind, f.value) for f in found] == [("killed", 39)]


def test_one_more_person_added_with_as_well_as() -> None:
    """'A woman and her three children as well as another child were killed': 5."""
    found = extract_figures("A woman and her three children as well as another child were killed when a barrel bomb hit the village.")
    assert [(f.kind, f.value) for f in found] == [("killed", 5)]


def test_any_aside_set_off_by_dashes() -> None:
    """'At least 86 members - who include members of Hezbollah - were killed': the aside does not cut count from verb."""
    found = extract_figures("At least 86 government fighters - who include members of Hezbollah and other militias - were killed in the past four days.",
                            published=dt.date(2016, 6, 18))
    assert [(f.kind, f.value, f.scope) for f in found] == [("killed", 86, "event")]


def test_earlier_this_week_is_another_day() -> None:
    """'Earlier this week a suspected chemical attack hit the town killing at least 87': another day's incident."""
    found = extract_figures("An airstrike killed 18 people on Saturday. Earlier this week a suspected chemical attack hit the town killing at "
                            "least 87 civilians.", published=dt.date(2017, 4, 8))
    assert [(f.value, f.scope) for f in found] == [(18, "event"), (87, "background")]


def test_a_count_added_to_another_days_is_that_days() -> None:
    """'On Saturday ... eight people killed ... Six people were also reported killed': Saturday's, in a Sunday story."""
    found = extract_figures("A bomber killed four people on Sunday. The town is the ruling clan's home. The war began in 2011. "
                            "On Saturday eight people were killed when a barrel bomb hit a building. "
                            "Six people were also reported killed in rebel shelling.", published=dt.date(2015, 2, 22))
    assert [(f.value, f.scope) for f in found] == [(4, "event"), (8, "background"), (6, "background")]


def test_counts_joined_before_a_finite_verb_further_on() -> None:
    """'45 Islamic State militants and 20 Kurdish militia fighters had been killed': 65."""
    found = extract_figures("It said at least 45 Islamic State militants and 20 Kurdish militia fighters had been killed.")
    assert [(f.kind, f.value) for f in found] == [("killed", 65)]


def test_counts_joined_before_died() -> None:
    """'Five rebels and 3 soldiers died in clashes': 'died' is a finite past, shared by both counts."""
    assert [(f.kind, f.value) for f in extract_figures("Five rebels and 3 soldiers died in clashes.")] == [("killed", 8)]


def test_children_after_civilians_in_a_headline_without_its_comma_are_a_part() -> None:
    """'15 Syrian Civilians 3 Children Killed': 15 killed, the children among them."""
    found = extract_figures("The strikes hit the town on Tuesday.", title="15 Syrian Civilians 3 Children Killed in Aleppo by US Airstrikes")
    assert [(f.kind, f.value, f.scope) for f in found] == [("killed", 15, "event")]


def test_a_lead_run_twice_with_its_opening_words_changed_is_read_once() -> None:
    """'A terrorist car bomb attack killed at least 44 ...' then 'An ISIL terrorist car bomb attack killed at least 44 ...'."""
    found = extract_figures("A terrorist car bomb attack killed at least 44 and injured 140 others on Wednesday in al-Qameshli city. "
                            "An ISIL terrorist car bomb attack killed at least 44 and injured 140 others on Wednesday in al-Qameshli city.")
    assert [(f.kind, f.value) for f in found] == [("killed", 44), ("wounded", 140)]


def test_an_embedded_tweets_date_is_not_the_next_sentences_day() -> None:
    """'... Carol Malouf (carolmalouf) 1 2015 The blast was also reported ...': the tweet's date, then the story's own report."""
    found = extract_figures("A bus blast in Damascus killed at least six people on Sunday. Inside the bus pic.twitter.comhtebsAe1Ps "
                            "Carol Malouf (carolmalouf) 1 2015 The blast was also reported by state television with SANA "
                            "confirming at least four people being killed and 19 wounded.", published=dt.date(2015, 2, 1))
    assert [(f.kind, f.value, f.scope) for f in found] == [("killed", 6, "event"), ("killed", 4, "event"), ("wounded", 19, "event")]


def test_all_before_a_count_is_a_qualifier() -> None:
    """'crashed the plane into the French Alps, killing all 150 people on board': 150 killed."""
    found = extract_figures("The co-pilot purposely crashed the plane into the French Alps, killing all 150 people on board, officials said Thursday.")
    assert [(f.kind, f.value, f.scope) for f in found] == [("killed", 150, "event")]


def test_a_trials_evidence_is_background() -> None:
    """'as jurors watched videos of him ... two bombs exploded, killing three people': the crime on trial, not the news."""
    found = extract_figures("He slouched in his chair as jurors watched videos of him before two bombs exploded, killing three people "
                            "and hurting more than 260 others.")
    assert [(f.kind, f.value, f.scope) for f in found] == [("killed", 3, "background"), ("wounded", 260, "background")]


def test_an_undated_pages_month_and_day_is_an_earlier_incident() -> None:
    """'On January 27, ISIS gunmen attacked the Corinthian Hotel ..., killing 10' in undated copy: news names its weekday."""
    found = extract_figures("On January 27, ISIS gunmen attacked the Corinthian Hotel in the Libyan capital, Tripoli, killing 10.")
    assert [(f.kind, f.value, f.scope) for f in found] == [("killed", 10, "background")]
    found = extract_figures("On Tuesday, January 27, gunmen attacked the hotel, killing 10.")
    assert [(f.kind, f.value, f.scope) for f in found] == [("killed", 10, "event")]


def test_if_as_whether_is_no_hypothetical() -> None:
    """'It's not clear if those two men were the pair killed at the museum': asks who, the 2 killed are news."""
    found = extract_figures("It's not clear if those two men were the pair killed at the museum by Tunisian security forces.")
    assert [(f.kind, f.value, f.scope) for f in found] == [("killed", 2, "event")]


def test_arrests_already_made_in_connection_with_the_storys_attack_are_news() -> None:
    """'have already arrested nine people in connection with Wednesday's attack' under a Thursday lead: the inquiry's news."""
    found = extract_figures("Gunmen killed 23 people at the museum on Thursday. A second man was named. "
                            "The museum is closed. Authorities there have already arrested nine people in connection with Wednesday's attack.")
    assert [(f.kind, f.value, f.scope) for f in found] == [("killed", 23, "event"), ("detained", 9, "event")]


def test_what_a_camera_captured_is_no_detention() -> None:
    """'whether the cameras captured one person and a shadow': footage, not a capture."""
    assert extract_figures("It is difficult to determine whether the cameras captured one person and a shadow.") == ()


def test_a_story_dated_years_back_by_the_next_sentences_is_history() -> None:
    """'... crushing her trainer to death and injuring dozens of others ... That incident happened 20 years ago': background."""
    found = extract_figures("Tyke, an African elephant, escaped during a circus performance, injuring dozens of others in Honolulu. "
                            "Police shot her. That incident happened 20 years ago, but it still haunts activists.")
    assert [(f.kind, f.value, f.scope) for f in found] == [("wounded", 12, "background")]


@pytest.mark.parametrize("sentence", [
    "He is the man who planned the 9/11 attacks, which killed nearly 3,000 people.",
    "The attack came on the anniversary of a bombing that killed 20 people.",
    "The museum commemorates the 168 people killed in the Oklahoma City bombing.",
])
def test_a_named_past_event_or_an_anniversary_is_history(sentence: str) -> None:
    """History quoted in later copy: a named past event, an anniversary, a commemoration."""
    assert [f.scope for f in extract_figures(sentence)] == ["background"]


def test_a_relative_clause_after_in_which_joins_the_comparison_before_it() -> None:
    """'the first such attack since the Charlie Hebdo massacre, in which 12 people were killed': the compared event's."""
    found = extract_figures("It was the first such attack since the Charlie Hebdo massacre, in which 12 people were killed.")
    assert [(f.kind, f.value, f.scope) for f in found] == [("killed", 12, "background")]


def test_what_the_court_heard_is_the_case() -> None:
    """'The court heard that Smith killed three people': the case on trial, background."""
    assert [f.scope for f in extract_figures("The court heard that Smith killed three people.")] == ["background"]


@pytest.mark.parametrize("sentence", [
    "The militants, who have killed thousands of people in Nigeria, pledged allegiance to ISIS.",
    "The group has been blamed for the deaths of more than 13,000 people.",
])
def test_a_groups_record_is_a_running_total(sentence: str) -> None:
    """What a group 'has killed' or 'has been blamed for' over its years is no day's count."""
    assert [f.scope for f in extract_figures(sentence)] == ["background"]


def test_a_toll_dated_to_another_time_is_that_events_wherever_told() -> None:
    """A toll told in the lead without its date, which a later sentence dates three weeks back, is that event's."""
    text = ("Evidence strongly suggests government forces were responsible for a poison gas attack that killed more than "
            "1400 people, Human Rights Watch said on Tuesday. The group interviewed witnesses. It also studied videos. "
            "The chemical weapons attack near Damascus on August 21 killed more than 1400 people.")
    found = extract_figures(text, published=dt.date(2013, 9, 10))
    assert [(f.value, f.scope) for f in found] == [(1400, "background"), (1400, "background")]


def test_a_leads_dated_clause_does_not_date_the_same_toll_elsewhere() -> None:
    """'After the militia expelled jihadists last month, Al-Qaeda counters by killing 17': the lead's date is a clause's."""
    text = ("After the militia expelled jihadists last month, the group counters by killing 17. The fighting went on. "
            "Residents fled. Loyalists attacked the town, sparking fighting in which 17 people were killed, a watchdog "
            "said on Saturday.")
    found = extract_figures(text, published=dt.date(2013, 8, 17))
    assert found[-1].value == 17 and found[-1].scope == "event"


def test_a_lead_run_twice_without_a_full_stop_is_one_mention() -> None:
    """A lead printed twice in one sentence ('The army killed 50 rebels in the south The army killed 50 ...') is read once."""
    lead = "The army said it had killed at least 50 rebels in the southern countryside"
    found = extract_figures(f"{lead} {lead} as units advanced on the town.")
    assert [(f.kind, f.value) for f in found] == [("killed", 50)]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The group claims beheading of 18 Syrians in a new video.", [("killed", 18)]),
    ("The video showed the executions of at least 30 prisoners.", [("killed", 30)]),
    ("The execution of 5 plans was delayed.", []),
])
def test_a_killing_told_as_a_noun_counts_its_victims(sentence: str, expected: list[tuple[str, int]]) -> None:
    """'beheading of 18 Syrians', 'the executions of 30 prisoners' are killed; the execution of plans is not."""
    assert [(f.kind, f.value) for f in extract_figures(sentence)] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Russian jets destroyed some 40 ISIS militants near the town.", [("killed", 40)]),
    ("The strikes also destroyed one building used by the militants as a base.", []),
])
def test_fighters_destroyed_are_killed_not_their_buildings(sentence: str, expected: list[tuple[str, int]]) -> None:
    """'destroyed some 40 militants' is killed 40; 'destroyed one building used by the militants' counts no one."""
    assert [(f.kind, f.value) for f in extract_figures(sentence)] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The pilot flew into a mountain, killing himself and 149 others aboard.", [("killed", 150)]),
    ("He shot himself and two others were wounded.", [("wounded", 2)]),
])
def test_the_killer_with_his_victims_is_counted_once(sentence: str, expected: list[tuple[str, int]]) -> None:
    """'killing himself and 149 others' is 150, as 'a woman and nine children' is 10; 'shot himself' before another clause adds no one."""
    assert [(f.kind, f.value) for f in extract_figures(sentence)] == expected


def test_one_person_added_before_a_bare_participle_is_part_of_the_toll() -> None:
    """'with four children and one man killed in the shelling' is 5, as with 'were killed'."""
    found = extract_figures("Rescuers worked on, with four children and one man killed in the shelling.")
    assert [(f.kind, f.value) for f in found] == [("killed", 5)]


def test_a_tally_over_the_storys_last_days_is_news_after_the_lead() -> None:
    """After the lead, '45 people have been killed ... in three days of attacks' tells the story's days, not a running total."""
    text = ("Three rescue workers were killed in a strike on Friday. The group condemned it. Siege monitors spoke out. "
            "The rescuers said that 45 people have been killed in three days of attacks on the suburb.")
    found = extract_figures(text, published=dt.date(2017, 11, 18))
    assert [(f.value, f.scope) for f in found] == [(3, "event"), (45, "event")]


def test_a_hyphened_part_of_a_month_is_another_time() -> None:
    """'a mid-August suicide attack that killed at least 32', told in an October story, is that earlier attack's."""
    found = extract_figures("Four were killed on Tuesday. The group spoke. Aid came. "
                            "The group claimed a mid-August suicide attack there that killed at least 32.",
                            published=dt.date(2016, 10, 6))
    assert [(f.value, f.scope) for f in found] == [(4, "event"), (32, "background")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Up to 80 fighters from abroad were destroyed near the town.", [("killed", 80)]),
    ("Three groups of terrorists who had arrived from Iraq had been destroyed.", []),
    ("A vehicle transporting 12 terrorists was destroyed on the road.", []),
])
def test_fighters_destroyed_in_the_passive_are_killed(sentence: str, expected: list[tuple[str, int]]) -> None:
    """'80 fighters ... were destroyed' is killed 80; groups of fighters or a vehicle that 'was destroyed' count no one."""
    assert [(f.kind, f.value) for f in extract_figures(sentence)] == expected


def test_a_noun_in_quotes_is_still_the_counts_noun() -> None:
    """'dozens of "fighters" were killed' is killed 12, quotes or not."""
    assert [(f.kind, f.value) for f in extract_figures('Reports said dozens of "fighters" were killed in the clashes.')] == [("killed", 12)]


def test_a_sides_allies_are_part_of_its_noun_phrase() -> None:
    """'At least 86 members of government forces and its allies were killed' is one count, killed 86."""
    found = extract_figures("At least 86 members of government forces and its allies were killed in the fighting.")
    assert [(f.kind, f.value) for f in found] == [("killed", 86)]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The number of victims in the explosion is at least 70.", [("killed", 70)]),
    ("The number of villagers abducted in the last three days stands at 220.", [("detained", 220)]),
    ("The number of refugees in Turkey is 2.7 million.", []),
])
def test_a_count_told_as_a_numbers_value(sentence: str, expected: list[tuple[str, int]]) -> None:
    """'The number of victims ... is at least 70' is killed 70, 'the number ... abducted ... stands at 220' detained; a refugee stock is no event."""
    assert [(f.kind, f.value) for f in extract_figures(sentence)] == expected


def test_deaths_in_earlier_videos_are_background() -> None:
    """'the man who beheaded two journalists in earlier videos' tells earlier killings."""
    found = extract_figures("The militant wore the outfit of the man who beheaded two journalists in earlier videos.")
    assert [(f.value, f.scope) for f in found] == [(2, "background")]


def test_an_example_given_is_background() -> None:
    """'One example is ... a video showing the beheading of two men': an incident told to illustrate, not the news."""
    found = extract_figures("One example is a group which released a video showing the beheading of two men.")
    assert [(f.value, f.scope) for f in found] == [(2, "background")]


def test_what_was_done_previously_is_background() -> None:
    """'The group had previously killed 30 soldiers' tells what came before the story."""
    assert [f.scope for f in extract_figures("The group had previously killed 30 soldiers in the town.")] == ["background"]


def test_a_fronted_phrase_belongs_to_the_clause_after_its_comma() -> None:
    """'In the previous attack, 15 people were killed': the phrase before the comma says which attack."""
    assert [f.scope for f in extract_figures("In the previous attack, 15 people were killed.")] == ["background"]


@pytest.mark.parametrize("sentence", [
    "The shooting recalled the Sandy Hook massacre, where 26 people were killed.",
    "Back then, five people died in the shooting.",
    "At the time, five people died.",
])
def test_an_incident_recalled_or_told_back_is_background(sentence: str) -> None:
    """What a story recalls ('recalled the ... massacre, where 26 were killed') or tells 'back then' is another time's."""
    assert [f.scope for f in extract_figures(sentence)] == ["background"]


def test_a_bare_count_is_what_the_next_sentence_says_it_is() -> None:
    """'23,000 deaths.' followed by 'that's the human toll ... each year' is a yearly statistic, not news."""
    found = extract_figures("Two million illnesses. 23,000 deaths. According to the CDC, that's the toll from superbugs each year.")
    assert [(f.value, f.scope) for f in found] == [(23000, "background")]


def test_a_policy_letting_people_flee_is_background() -> None:
    """'allowing hundreds of thousands of Syrian refugees to flee to safety' tells a policy, not a day's flight."""
    found = extract_figures("Ankara kept an open door, allowing hundreds of thousands of Syrian refugees to flee to safety in Turkey.")
    assert [(f.kind, f.scope) for f in found] == [("displaced", "background")]


def test_a_toll_told_as_another_time_keeps_that_scope_when_told_again() -> None:
    """'the close to 300 that were kidnapped', after 'a few weeks after ... abducted almost 300', is that earlier toll."""
    found = extract_figures("We met her a few weeks after Boko Haram had attacked her school and abducted almost 300 students. "
                            "She studies in Yola now. Her mother visits. \"The world paid attention to the close to 300 that were kidnapped.\"")
    assert [(f.value, f.scope) for f in found] == [(300, "background"), (300, "background")]


def test_another_incident_introduced_in_its_own_place_is_background() -> None:
    """'Earlier today there was a plane crash in Alps and 158 people died', told in a kidnapping story, is another incident."""
    found = extract_figures("Gunmen kidnapped a businessman in Lagos on Monday. His family got a ransom call. Police are searching. "
                            "\"Earlier today there was a plane crash in Alps and 158 people died.\"", title="Gunmen kidnap businessman in Lagos")
    assert [(f.value, f.scope) for f in found] == [(158, "background")]


def test_an_incident_that_strained_a_deal_is_background() -> None:
    """'The deal was further strained by ... strikes ... that killed dozens' tells context for the deal's news."""
    found = extract_figures("A truce held in Aleppo on Monday. Rebels said it held. Aid waited. The deal was further strained by "
                            "coalition strikes on army positions in the east that killed dozens of government soldiers.")
    assert [(f.value, f.scope) for f in found] == [(12, "background")]


def test_a_part_counted_out_of_its_whole_is_not_the_articles_figure() -> None:
    """'94,000 ... dead in Indonesia, out of at least 138,000 who died across Asia': the article's figure is the whole."""
    from generator.nlp.figure_totals import article_figures

    found = extract_figures("More than 94,000 people have been confirmed dead in Indonesia, out of at least 138,000 who died across Asia.")
    assert article_figures(found) == {"killed": 138000}


def test_a_victim_group_of_those_killed_is_not_a_toll() -> None:
    """'Of those killed six were children' counts a group of the toll told before it, not a toll of its own."""
    assert [f.value for f in extract_figures("At least 20 people were killed in the raid. Of those killed six were children.")] == [20]


def test_killed_and_injured_joined_by_an_ampersand_has_no_one_kind() -> None:
    """'88 Killed & Injured' counts the dead and the hurt together, as '88 killed and injured' does."""
    assert extract_figures("Aleppos Civilian Massacre Continues 88 Killed & Injured") == ()


@pytest.mark.parametrize("sentence", [
    "Three gunmen fled the scene after the shooting.",
    "Two suspects fled on foot.",
    "Five people fled the scene of the blast.",
    "Two girls escaped their captors last month.",
])
def test_who_got_away_from_an_attack_or_captors_is_not_displaced(sentence: str) -> None:
    """Attackers or suspects who fled, and people who fled a scene or escaped their captors, are not displaced people."""
    assert extract_figures(sentence) == ()


def test_an_earlier_incident_introduced_after_the_lead_holds_the_next_sentences_toll() -> None:
    """'Earlier this week, an Army helicopter crashed ... All 11 service members aboard are believed dead' is that crash's toll."""
    found = extract_figures("A medical helicopter crashed late Thursday in Oklahoma. It was flying to McAlester. Three people were on board. "
                            "Earlier this week, an Army Black Hawk helicopter crashed off Florida. "
                            "All 11 service members aboard are believed dead, an Air Force official said Thursday.")
    assert [(f.value, f.scope) for f in found] == [(11, "background")]


def test_a_present_tense_die_in_the_body_is_a_rate() -> None:
    """'About 15,000 people die from ozone pollution in the US', after the lead, is a yearly statistic, not an incident."""
    found = extract_figures("A bomb exploded on Monday. Police said it was a car bomb. Nobody claimed it. "
                            "About 15,000 people die from ozone pollution in the US.")
    assert [(f.value, f.scope) for f in found] == [(15000, "background")]


def test_a_decimal_count_with_a_scale_is_exact() -> None:
    """'8.2 million' is 8,200,000 (binary floating point made it 8,199,999)."""
    assert [f.value for f in extract_figures("Police arrested 8.2 million people on Monday.")] == [8_200_000]


def test_a_groups_record_of_abductions_is_background() -> None:
    """'Boko Haram has abducted hundreds of women and girls', after the lead, is the group's record, not the day's news."""
    found = extract_figures("Gunmen attacked a checkpoint on Monday. Officials said they fled. The area was sealed off. "
                            "Boko Haram has abducted hundreds of women and girls.")
    assert [(f.kind, f.scope) for f in found] == [("detained", "background")]


def test_a_fronted_every_day_makes_a_rate() -> None:
    """'Every day, about 50 people are wounded by landmines': the fronted phrase is the clause's, a daily rate."""
    assert [f.scope for f in extract_figures("Every day, about 50 people are wounded by landmines.")] == ["background"]


def test_a_vague_headline_count_that_rounds_the_toll_down_is_the_articles_figure() -> None:
    """'Aleppo Scores killed in airstrikes' over 'killed at least 22 volunteers': the article counts the conservative 20."""
    from generator.nlp.figure_totals import article_figures

    found = extract_figures("Airstrikes in Aleppo province killed at least 22 volunteers on Monday.",
                            title="Aleppo Scores killed in airstrikes targeting UN aid convoy")
    assert article_figures(found) == {"killed": 20}


def test_a_parents_children_are_no_casualty_count() -> None:
    """'A father of four was killed': four are his children, not the dead (one person, so no figure rather than 4)."""
    assert extract_figures("A father of four was killed by an officer during a traffic stop in Texas.") == ()
    assert extract_figures("A mother-of-three died in the blast on Sunday.") == ()


def test_the_whole_of_a_partitive_before_a_bare_participle_is_the_toll() -> None:
    """'one of the two gunmen killed at the museum': two were killed; 'One of the nine suspects was killed' stays one."""
    assert [f.value for f in extract_figures("Labidi was one of the two gunmen killed at the museum.")] == [2]
    assert [f.value for f in extract_figures("One of the nine suspects was killed.")] == [1]


def test_a_joined_count_may_have_its_own_owner() -> None:
    """'Eight French passengers and the choppers' two pilots died' is 10, as without 'the choppers''."""
    found = extract_figures("Eight French passengers and the choppers' two Argentinian pilots died in the crash.")
    assert [(f.kind, f.value) for f in found] == [("killed", 10)]


def test_a_toll_over_a_period_is_background_and_the_days_count_is_news() -> None:
    """'At least 9 civilians died on Tuesday, bringing the death toll this month to 312': 9 is news, 312 a tally."""
    found = extract_figures("At least 9 civilians died on Tuesday, bringing the death toll this month to 312.")
    assert [(f.value, f.scope) for f in found] == [(9, "event"), (312, "background")]


def test_a_war_that_has_left_its_dead_behind_an_aside_is_background() -> None:
    """'The civil war, now in its seventh year, has left 465,000 dead': the war's toll; 'An explosion has left 12 dead' is news."""
    assert [f.scope for f in extract_figures("The civil war, now in its seventh year, has left 465,000 dead.")] == ["background"]
    assert [f.scope for f in extract_figures("An explosion has left 12 people dead in Idlib, activists said.")] == ["event"]


def test_a_toll_only_feared_is_not_counted_until_confirmed() -> None:
    """'Dozens feared dead after strike': shown, not summed; 'are believed to have been killed' is a reported toll."""
    assert [f.scope for f in extract_figures("Dozens feared dead after a strike on the market on Monday.")] == ["background"]
    assert [f.scope for f in extract_figures("Twelve people are believed to have been killed in the blast on Monday.")] == ["event"]


def test_a_massacre_known_by_its_name_is_history() -> None:
    """'the Ghouta Massacre that claimed the lives of over 1127 civilians' (2016 copy) is background; 'a new massacre in
    Houla on Friday killing 49' is news."""
    assert [f.scope for f in extract_figures("The Coalition denounced claims about the Ghouta Massacre that claimed the lives of over 1127 civilians.")] == ["background"]
    assert [f.scope for f in extract_figures("Regime forces committed a new massacre in Houla on Friday killing 49 people.")] == ["event"]


def test_a_toll_dated_days_before_the_article_is_that_days() -> None:
    """An August 25 story: 'attacks near Damascus on August 21 ... killing as many as 1300' is August 21's toll
    (background here, counted on its own day); 'Since Aug. 19 ... at least 359 were killed' is this week's tally."""
    published = dt.date(2013, 8, 25)
    told = "Opposition groups accused the army of chemical attacks near Damascus on August 21, killing as many as 1300 people."
    assert [f.scope for f in extract_figures(told, published=published)] == ["background"]
    since = "Since Aug. 20, when the truce ended, at least 359 civilians have been killed in Aleppo."
    assert [f.scope for f in extract_figures(since, published=published)] == ["event"]
    assert [f.scope for f in extract_figures("Air strikes on August 22 killed 12 people.", published=published)] == ["event"]


def test_a_share_is_no_count() -> None:
    """'kills up to 90% of MRSA bacteria' counts no one (a '%' ends no word, so no word boundary follows it)."""
    assert extract_figures("The team says the medicine kills up to 90% of MRSA bacteria in wound biopsies.") == ()
    for share in ("Some 40 % of those killed were women.", "The vaccine killed 99% of the virus in tests."):
        assert extract_figures(share) == ()
    assert [f.value for f in extract_figures("Air strikes killed 40 people, 30% of them children.")] == [40]


def test_claimed_takes_a_toll_only_with_people_for_its_object() -> None:
    """'Manchester United claimed all three points' is no toll; 'The bombing claimed 12 lives' is."""
    assert extract_figures("Manchester United claimed all three points at Newcastle on Saturday.") == ()
    for thing in ("She claimed two titles last year.", "Nadal claimed two Grand Slam trophies.",
                  "ISIS had only claimed one previous attack, the assassination of an official."):
        assert extract_figures(thing) == ()
    for toll, value in (("The bombing claimed 12 lives on Monday.", 12), ("The attack claimed at least 20 victims on Monday.", 20),
                        ("The fire claimed five people on Monday.", 5), ("The blast claimed 12 in Kabul on Monday.", 12),
                        ("Clashes erupted on Monday claiming at least 10 killed and 15 injured.", 10)):
        assert [f.value for f in extract_figures(toll)][:1] == [value]


def test_a_count_with_a_verb_of_its_own_is_not_joined() -> None:
    """'An estimated 15,000 people attended the vigil and twenty two were arrested' arrests 22, not 15,022."""
    told = "An estimated 15,000 people attended today's vigil and twenty two were arrested."
    assert [(f.kind, f.value) for f in extract_figures(told)] == [("detained", 22)]
    for crowd, value in (("About 5,000 people marched through the city and 30 were arrested.", 30),
                         ("Some 200 people gathered outside and 12 were injured in the crush.", 12),
                         ("Twenty protesters occupied the building and six were arrested by police.", 6),
                         ("Two armed men and three policemen were killed.", 5)):
        assert [f.value for f in extract_figures(crowd)] == [value]


def test_a_past_era_is_history() -> None:
    """'Some 3,000 people were killed or disappeared during those years' (Pinochet's) is background, as is a ruler's era."""
    assert [f.scope for f in extract_figures("Some 3,000 people were killed or disappeared during those years.")] == ["background"]
    for era in ("More than 3,000 people were killed during his 17-year rule.", "About 30,000 people were killed during the dictatorship.",
                "Thousands were detained under his rule.", "In those years, some 200 people were executed."):
        assert [f.scope for f in extract_figures(era)] == ["background"]
    assert [f.scope for f in extract_figures("Air strikes killed 12 people during the fighting on Monday.")] == ["event"]


def test_a_disaster_dated_in_the_sentence_before_dates_its_toll() -> None:
    """'In December 2014, an Airbus A320 ... crashed into the Java Sea. All 162 people on board were killed.' is history."""
    told = "Investigators arrived on Wednesday. In December 2014, an Airbus A320 crashed into the Java Sea. All 162 people on board were killed."
    assert [f.scope for f in extract_figures(told)] == ["background"]
    for earlier in ("In 2009, an Air France jet crashed into the Atlantic. All 228 people on board died.",
                    "Last April a ferry sank off the coast of South Korea. More than 300 passengers were killed."):
        assert [f.scope for f in extract_figures(earlier, published=dt.date(2015, 3, 25))] == ["background"]
    today = "A plane crashed into a mountain on Tuesday. All 150 people on board were killed."
    assert [f.scope for f in extract_figures(today, published=dt.date(2015, 3, 25))] == ["event"]


def test_a_date_set_before_a_scheduled_occasion_is_the_occasions() -> None:
    """'bombarded a rally ... in a controversial June 3 poll killing at least 21' (a May 23 story) is the day's news."""
    published = dt.date(2014, 5, 23)
    told = "Rebels bombarded a campaign rally for the president's re-election in a controversial June 3 poll killing at least 21 people."
    assert [f.scope for f in extract_figures(told, published=published)] == ["event"]
    for occasion in ("A suicide bomber killed 15 people at a rally ahead of the March 5 election.",
                     "The bombing killed 30 people at a rally for the April 28 referendum.",
                     "Shelling killed 11 civilians in Aleppo despite the February 27 truce."):
        assert [f.scope for f in extract_figures(occasion, published=published)] == ["event"]
    for history in ("More than 1,000 people were killed in violence after the December 2007 election.",
                    "Rebels killed 20 soldiers on March 12 near the border."):
        assert [f.scope for f in extract_figures(history, published=published)] == ["background"]


def test_a_war_told_with_its_object_or_its_years_is_a_running_total() -> None:
    """'Iraqs war against ISIS has killed thousands of civilians' is the war's toll, as is 'in its six-year insurgency'."""
    lead = "Air strikes hit Idlib on Monday. "
    for war in ("Iraqs war against ISIS has killed thousands of civilians.",
                "The conflict between the government and the rebels has killed 5000 people.",
                "The insurgency in Iraqs Anbar province has killed hundreds.",
                "The bombing campaign by the US-led coalition has killed 1000 civilians in Raqqa.",
                "Boko Haram has killed thousands of people in its six-year insurgency.",
                "The PKK has waged a three-decade-long war in which 40000 people were killed.",
                "Over 11 million Syrians have been forced to flee their homes."):
        assert [f.scope for f in extract_figures(lead + war, published=dt.date(2017, 3, 20))] == ["background"]
    for news in ("Coalition air strikes killed 20 civilians in Raqqa on Monday in its campaign against IS.",
                 "Clashes between the army and rebels have killed 25 people since Sunday."):
        assert [f.scope for f in extract_figures(lead + news, published=dt.date(2017, 3, 20))] == ["event"]


def test_a_weekdays_possessive_without_its_apostrophe_names_that_day() -> None:
    """'Saturdays attack killed 40 people' (copy stripped of apostrophes) in a Wednesday story is Saturday's toll, as with it."""
    lead = "Air strikes killed 12 people in Idlib on Wednesday a monitor said. The strikes hit a market. Rescuers searched the rubble. "
    for told in ("Saturdays attack killed 40 people.", "Saturday's attack killed 40 people.", "Forty people died in Saturdays bombing.",
                 "Sundays bombing in the same town killed 25.", "Mondays chemical weapons attack killed 80 people."):
        assert [f.scope for f in extract_figures(lead + told, published=dt.date(2017, 3, 22))][1:] == ["background"]
    habit = "Markets are crowded on Saturdays and 12 people were killed there."
    assert [f.scope for f in extract_figures(lead + habit, published=dt.date(2017, 3, 22))][1:] == ["event"]


def test_a_flight_attempted_or_foreseen_is_no_displacement_news() -> None:
    """'will have to flee' is a forecast; 'Some 300 people tried to flee' (or 'may try to flee') displaced no one counted."""
    lead = "Air strikes hit Idlib on Monday. "
    assert extract_figures(lead + "Aid groups say that up to 100000 people may try to flee to Turkey.") == ()
    assert [f.scope for f in extract_figures(lead + "Up to one million people might need to flee their homes.")] == ["background"]
    assert [f.scope for f in extract_figures(lead + "Thousands more will have to flee if the fighting continues.")] == ["background"]
    tried = extract_figures(lead + "Some 300 people tried to flee the town on Monday and 20 were killed.")
    assert [(f.kind, f.value) for f in tried] == [("killed", 20)]
    assert extract_figures(lead + "Thousands of residents attempted to flee the city on Monday.") == ()
    assert [f.value for f in extract_figures(lead + "About 5000 people fled the town on Monday.")] == [5000]


def test_a_toll_from_an_earlier_days_incident_is_that_days() -> None:
    """'The death toll from Tuesdays terrorist rocket attacks ... was put at 8 civilians in addition to 12 injured', in a
    Wednesday story: 'from' names the incident the toll is from, no period's start ('Since Monday 45 ...' is one)."""
    lead = "Ten civilians were killed in Aleppo on Wednesday. A source said seven were killed. Another source said more. "
    published = dt.date(2016, 8, 17)
    told = "The death toll from Tuesdays terrorist rocket attacks on the same neighborhood was put at 8 civilians in addition to 12 injured."
    assert [f.scope for f in extract_figures(lead + told, published=published)][2:] == ["background"]
    for earlier in ("The toll from Monday's shelling rose to 20.", "The death toll from Tuesday's blast has risen to 33."):
        assert [(f.value, f.scope) for f in extract_figures(lead + earlier, published=published)][2:][0][1] == "background"
    assert [f.scope for f in extract_figures(lead + "Since Monday 45 people have been killed in the city.", published=published)][2:] == ["event"]
    assert extract_figures("This toll doesn't include those taken to three other hospitals.") == ()


def test_a_tally_until_now_or_of_such_attacks_is_background() -> None:
    """'Until now 150 Alawites ... have been kidnapped' is a running total, '... wounded in such attacks' a kind's tally."""
    lead = "At least 11 civilians were killed on Sunday in air strikes on a market a monitor said. The strikes hit the town. Rescuers searched. "
    for tally in ("Until now 150 Alawites from the villages have been kidnapped.", "Thus far 40 people have been arrested.",
                  "Up to now more than 300 civilians have died in the siege.",
                  "A total of 21 people were killed and more than 70 others wounded in such attacks."):
        assert {f.scope for f in extract_figures(lead + tally)[1:]} == {"background"}
    assert [f.scope for f in extract_figures(lead + "Up to 40 people were killed on Sunday.")][1:] == ["event"]


def test_a_toll_on_several_earlier_days_is_theirs() -> None:
    """'on Friday and Saturday at least 13 civilians died', in a Sunday story, is those days' toll, as 'on Saturday' is."""
    lead = "At least 11 civilians were killed on Sunday in air strikes on a market a monitor said. The strikes hit the town. Rescuers searched. "
    published = dt.date(2017, 5, 21)
    told = "The Observatory said that on Friday and Saturday at least 13 civilians died in air strikes around Khan Sheikhun."
    assert [f.scope for f in extract_figures(lead + told, published=published)][1:] == ["background"]
    assert [f.scope for f in extract_figures(lead + "On Saturday and Sunday 20 people were killed.", published=published)][1:] == ["event"]


def test_displaced_before_its_people_says_who_they_are() -> None:
    """'an entire family of six displaced people who were residing the village' (killed in the strike) displaced no one."""
    told = "Aircraft hit a plant claiming the lives of three workers an entire family of six displaced people who were residing the village."
    assert [f.kind for f in extract_figures(told)] == ["killed"]
    assert extract_figures("Some 5000 displaced Syrians live in the camp.") == ()
    assert extract_figures("Some 300 displaced families arrived on Monday.") == ()
    for flight in ("About 5000 people were displaced by the fighting on Monday.", "The fighting displaced 5000 people on Monday."):
        assert [(f.kind, f.value) for f in extract_figures(flight)] == [("displaced", 5000)]


def test_the_killing_a_suspect_is_held_for_is_the_cases() -> None:
    """'Five men were arrested on Monday for the killing of 12 people last year': the arrest is news, the 12 the case's."""
    for told in ("Five men were arrested on Monday for the killing of 12 people last year.",
                 "Police arrested 5 men suspected of killing 12 people on Monday.",
                 "Five men were arrested on Monday over the deaths of 12 people in a bombing last year."):
        assert [(f.kind, f.scope) for f in extract_figures(told, published=dt.date(2017, 3, 20))] == [
            ("detained", "event"), ("killed", "background")]
    after = "Police on Monday arrested 20 people after a bomb killed 12 in the market."
    assert [f.scope for f in extract_figures(after, published=dt.date(2017, 3, 20))] == ["event", "event"]


def test_a_killing_suspected_or_alleged_is_the_cases() -> None:
    """'a man battling suspicions that he killed three people' is no toll of the day; nor 'allegations that ... had killed 12'."""
    assert [f.scope for f in extract_figures("He has gone from a man battling suspicions that he killed three people to a frail old man.")] == ["background"]
    assert [f.scope for f in extract_figures("Prosecutors rejected allegations that the soldiers had killed 12 villagers.")] == ["background"]


def test_counts_joined_before_a_bare_participle_in_the_body_add_up() -> None:
    """'Five children and four medical staff killed by regime airstrikes' (a body sentence) is 9 killed, not 4."""
    told = "Five children and four medical staff killed by regime airstrikes on a hospital in Idlib."
    assert [f.value for f in extract_figures(told)] == [9]
    for joined, value in (("Two soldiers and three civilians killed in shelling on the town.", 5),
                          ("Three women and two children wounded by a sniper in Aleppo.", 5)):
        assert [f.value for f in extract_figures(joined)] == [value]
    assert [(f.kind, f.value) for f in extract_figures("6 martyrs and 22 injured in terrorist attack.")] == [("killed", 6), ("wounded", 22)]
    # a headline may join two incidents so: each count its own (the gold's reading of such a headline)
    head = extract_figures("Shelling hit Douma on Monday.", title="Three rescue workers and six children killed in Syria air raids")
    assert 9 not in [f.value for f in head]


def test_two_names_joined_inside_a_noun_phrase_keep_its_count() -> None:
    """'At least 30 militants of the terrorist group operating in Iraq and Syria were killed' is 30 killed (no figure before)."""
    told = "At least 30 militants of the terrorist group operating in Iraq and Syria were killed in clashes on Thursday."
    assert [f.value for f in extract_figures(told)] == [30]
    for named, value in (("Thirteen militants of the so-called Islamic State in Iraq and Levant organization were killed Monday.", 13),
                         ("More than 60 mercenaries from Tunisia and Egypt were killed south of Deir Ezzor.", 60),
                         ("Five fighters from Homs and the Hama countryside were killed on Monday.", 5)):
        assert [f.value for f in extract_figures(named)] == [value]
    assert [f.kind for f in extract_figures("Two people fled Aleppo and Syrian troops were killed.")] == ["displaced"]


def test_claimed_lives_without_its_article_is_a_toll() -> None:
    """'has claimed lives of eight civilians' (the article dropped, as copy often does) is 8 killed, as 'the lives of'."""
    assert [f.value for f in extract_figures("An airstrike has claimed lives of eight civilians in the city on Sunday.")] == [8]
    assert [f.value for f in extract_figures("Shelling hit the market claiming lives of 23 civilians on Monday.")] == [23]


def test_a_past_incident_named_in_the_lead_is_history() -> None:
    """'The home secretary unveiled new anti-terror laws on Monday. The Madrid train bombings killed 191 people.' is history,
    in the lead's second sentence too (a plain word may stand before the noun: 'train', 'school')."""
    lead = "The home secretary unveiled new anti-terror laws on Monday. "
    for past in ("The Madrid train bombings killed 191 people.", "The Omagh bombing killed 29 people.",
                 "The Beslan school siege left 331 people dead.", "The 7/7 attacks killed 52 people.",
                 "The Rwandan genocide killed 800,000 people."):
        assert [f.scope for f in extract_figures(lead + past)] == ["background"]
    own = extract_figures("A bomb hit a school in Kabul on Monday. The Kabul school bombing killed 29 people.",
                          title="Kabul school bombing kills 29")
    assert {f.scope for f in own} == {"event"}
    day = "Three men attacked the writer on Monday. Of the three involved in the Monday morning attack, two were quickly caught by bystanders."
    assert [f.scope for f in extract_figures(day)] == ["event"]


def test_a_neighbouring_countrys_news_is_not_the_storys() -> None:
    """'In neighbouring Iraq a suicide bomber killed 35 people' in a story about Syria is background, in the lead too."""
    lead = "Syrian government air strikes killed 12 people in Idlib on Monday a monitor said. "
    for other in ("In neighbouring Iraq a suicide bomber killed 35 people in Baghdad on Monday.",
                  "Meanwhile, in neighboring Lebanon, clashes killed 12 people.",
                  "Across the border in neighbouring Turkey, shelling wounded 8 people."):
        assert [f.scope for f in extract_figures(lead + other, title="Air strikes kill 12 in Idlib") if f.sentence == other] == ["background"]
    province = "The strikes killed 45 civilians in and around Aleppo and 22 in neighbouring Idlib province on Monday."
    assert [f.scope for f in extract_figures(province)] == ["event"]
    own = extract_figures("Rockets fired from Syria hit a town in southern Turkey on Monday. In neighbouring Turkey, shelling wounded 8 people.",
                          title="Rockets from Syria hit Turkish town")
    assert [f.scope for f in own] == ["event"]


def test_the_weekend_names_its_days() -> None:
    """'... killing at least 57 civilians when it dropped container bombs on Al-Bab at the weekend', after a Wednesday lead,
    is the weekend's toll, as 'on Saturday' would be."""
    lead = "Thirteen civilians were killed in air attacks on Wednesday a monitor said. A woman was among them. Rescuers searched. "
    told = "The regime has stepped up attacks in recent days killing at least 57 civilians when it dropped bombs on Al-Bab at the weekend."
    assert [f.scope for f in extract_figures(lead + told)][1:] == ["background"]
    assert [f.scope for f in extract_figures(lead + "Over the weekend 30 people were killed in the town.")][1:] == ["background"]
    assert [f.scope for f in extract_figures(lead + "Eight civilians were also killed in the town.")][1:] == ["event"]


def test_a_captives_handover_is_no_capture() -> None:
    """'The rebels handed over 12 captured soldiers' captured no one that day ('captured' says who they are; 'over' is the verb's)."""
    assert extract_figures("The rebels handed over 12 captured soldiers on Monday.") == ()
    assert extract_figures("The army said 40 kidnapped women were freed on Monday.") == ()
    assert [(f.kind, f.value) for f in extract_figures("ISIS executed 12 captured soldiers on Monday.")] == [("killed", 12)]
    assert [(f.kind, f.value) for f in extract_figures("Twelve soldiers were captured on Monday.")] == [("detained", 12)]


def test_a_sides_losses_in_the_perfect_are_a_tally() -> None:
    """'DAESH has lost 463 fighters in the battle', after the lead, is the campaign's tally; with the day named it is news."""
    lead = "The SDF advanced into Manbij a monitor said on Sunday. It surrounded the city. The offensive began on May 31. "
    assert [f.scope for f in extract_figures(lead + "According to the Observatory DAESH has lost 463 fighters in the battle.")] == ["background"]
    assert [f.scope for f in extract_figures(lead + "The army has lost 12 soldiers in the attack on Sunday.")] == ["event"]


def test_a_hedged_past_toll_is_no_toll_yet() -> None:
    """'As many as 100 people may have died in the blast' is a hypothesis, as 'may have been killed' is."""
    lead = "Air strikes killed 12 people in Idlib on Monday. "
    for hedged in ("As many as 100 people may have died in the blast.", "The strike could have killed as many as 70 civilians."):
        assert [f.scope for f in extract_figures(lead + hedged)][1:] == ["background"]
    blame = "Russian jets may have been responsible for the strike that killed 20 people on Monday."
    assert [f.scope for f in extract_figures(lead + blame)][1:] == ["event"]


def test_a_partitives_whole_in_digits_keeps_its_part() -> None:
    """'Police said 2 of the 5 suspects were killed' is 2 killed, as 'two of the five suspects' is."""
    assert [f.value for f in extract_figures("Police said 2 of the 5 suspects were killed on Monday.")] == [2]
    assert [(f.kind, f.value) for f in extract_figures("One of the 9 soldiers was wounded on Monday.")] == [("wounded", 1)]
    assert [f.value for f in extract_figures("Air strikes on the 3 towns killed 12 people on Monday.")] == [12]


def test_the_span_an_attacks_rank_counts_in_is_not_its_time() -> None:
    """'The attack killed at least 5, the third such attack in 2 weeks' is news; 'two weeks ago' still dates a toll."""
    published = dt.date(2017, 3, 20)
    for news in ("The attack killed at least 5, the third such attack in 2 weeks.",
                 "The bombing killed 20 people, the second such attack in the past month."):
        assert [f.scope for f in extract_figures(news, published=published)] == ["event"]
    for earlier in ("Twenty people were killed two weeks ago.", "A similar attack two weeks ago killed 20."):
        assert [f.scope for f in extract_figures(earlier, published=published)] == ["background"]


def test_captives_taken_and_their_end() -> None:
    """'took 20 people hostage', 'were rounded up', 'seized 15 workers' are detentions; 'were rounded up and executed' a toll."""
    for told, value in (("The militants took 20 people hostage on Monday.", 20), ("Kurdish forces took 30 ISIS fighters prisoner on Monday.", 30),
                        ("At least 50 people were rounded up by police on Monday.", 50), ("Gunmen seized 15 workers from a factory on Monday.", 15)):
        assert [(f.kind, f.value) for f in extract_figures(told)] == [("detained", value)]
    for thing in ("Rebels seized 15 villages on Monday.", "The army took 20 minutes to arrive.", "ISIS took 3 towns on Monday."):
        assert extract_figures(thing) == ()
    for ended in ("Around 41 FSA rebels were rounded up and executed by the group on Monday.",
                  "Twelve soldiers were kidnapped and later killed on Monday."):
        assert [f.kind for f in extract_figures(ended)] == ["killed"]
    assert [f.kind for f in extract_figures("Twelve soldiers were captured and taken to Raqqa on Monday.")] == ["detained"]


def test_people_driven_from_their_homes_or_crossing_as_refugees_are_displaced() -> None:
    """'has killed more than 280000 people and driven millions from their homes' also displaces (a war's, background);
    'Nearly 4,000 refugees crossed into Jordan on Monday' is the day's displacement; a population hosted is not."""
    war = extract_figures("The civil war which began in 2011 has killed more than 280000 people and driven millions from their homes.")
    assert [(f.kind, f.scope) for f in war] == [("killed", "background"), ("displaced", "background")]
    assert [(f.kind, f.value) for f in extract_figures("Nearly 4,000 refugees crossed into Jordan on Monday.")] == [("displaced", 4000)]
    assert extract_figures("Turkey hosts 3 million refugees.") == ()
    assert extract_figures("The storm drove 30 boats out of the harbour.") == ()


def test_a_months_tally_is_background() -> None:
    """'The number of people killed in the city this month has risen to 300' is a month's tally; a campaign launched
    'earlier this month' does not date the day's toll ('has left 40 government soldiers dead on Monday')."""
    lead = "Air strikes killed 12 people in Idlib on Monday. "
    assert [f.scope for f in extract_figures(lead + "The number of people killed in the city this month has risen to 300.")][1:] == ["background"]
    day = "A counteroffensive has left 40 soldiers dead on Monday in a major blow to a regime advance launched earlier this month."
    assert [f.scope for f in extract_figures(day, published=dt.date(2017, 3, 20))] == ["event"]


def test_a_headline_run_into_the_copy_before_the_lead_is_another_storys() -> None:
    """'Air strikes kill 11 including children in Syrias Idlib monitor Turkey PM says ... Air strikes killed at least 12
    civilians ... in Aleppo' (a related headline before the lead): 11 is background, 12 the news."""
    told = ("Air strikes kill 11 including children in Syrias Idlib monitor Turkey PM says aims to develop relations with Syria "
            "Iraq Air strikes killed at least 12 civilians in two neighbourhoods of Syrias Aleppo city on Thursday the monitor said.")
    assert [(f.value, f.scope) for f in extract_figures(told)] == [(11, "background"), (12, "event")]
    sub = "Rocket attack injures three civilians in Lattakia countryside Three civilians were injured in a rocket attack on Friday."
    assert {f.scope for f in extract_figures(sub)} == {"event"}
    assert [f.scope for f in extract_figures("A car bomb kills 5 in Homs.")] == ["event"]


def test_what_the_news_came_as_is_another_event() -> None:
    """'The strikes came as a car bomb wounded at least 37 people in Homs' tells another incident than the story's strikes."""
    lead = "Regime aircraft killed at least 10 people when they dropped barrel bombs on a camp in Idlib on Wednesday. "
    assert [f.scope for f in extract_figures(lead + "The strikes came as a car bomb wounded at least 37 people in Homs.")][1:] == ["background"]
    part = "The attack came as part of an offensive that killed 12 people on Wednesday."
    assert [f.scope for f in extract_figures(lead + part)][1:] == ["event"]


def test_what_a_strike_was_a_response_to_is_another_event() -> None:
    """'the focused barrage was a response to rocket attacks by insurgents which killed 10 people' is the earlier attack's
    toll, as 'in response to' is."""
    lead = "Syrian air strikes killed at least 70 people in an opposition district outside Damascus. "
    told = "The Observatory said the barrage was a response to rocket attacks by insurgents which killed 10 people in Damascus."
    assert [f.scope for f in extract_figures(lead + told)][1:] == ["background"]
    assert [f.scope for f in extract_figures(lead + "As a response to the strikes rebels fired rockets at the capital.")][1:] == []


def test_several_single_people_listed_before_a_count_each_count() -> None:
    """'a little boy a little girl and two women were killed' (copy without commas) is 4 killed, not 3."""
    for listed, value in (("A little boy a little girl and two women were killed on Monday.", 4),
                          ("A boy, a girl and two women were killed on Monday.", 4),
                          ("A man, his wife and their three children were killed on Monday.", 5),
                          ("A woman and her three children were killed on Monday.", 4),
                          ("A child and two women were killed on Monday.", 3)):
        assert [f.value for f in extract_figures(listed)] == [value]
