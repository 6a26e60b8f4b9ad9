"""Reading one statement a caller made (a memory's sentence): whether it says something about
their life or only about the call, what part of their life it is about, the dates it names,
whether it says that something changed. English word classes and sentence shapes, never one
caller's wording; no state, no queries (`briefing` uses these to choose what init says).

Patterns that do not depend on case run on the lower-cased text: case-insensitive matching
of long alternations costs several times more in `re`.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from omem.memory.extract import states_a_fact
from omem.memory.keywords import tokenize

# ------------------------------------------------------------------ what is not a fact

_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|you're|you've|you'll|you'd|yourself|y'all)\b")
_WEATHER = re.compile(
    r"\b(?:weather|forecast|rain(?:y|ing|ed)?|drizzl\w*|snow\w*|sunny|sunshine|the sun'?s out|"
    r"thunder\w*|storms?|stormy|windy|humid|muggy|foggy|icy|freezing|chilly|heat ?wave|"
    r"wildfire|smoky|sweater weather|cooling off|warm here|so hot|too hot|so cold|"
    r"leaves are turning|dark by \w+|nice out|gorgeous out|hit a hundred|degrees out)\b"
)
# The caller asking the agent to check on something, in statement form.
_STATUS_CHECK = re.compile(
    r"\b(?:wants? to make sure|double-check|any update on|is it all still|still on track)\b"
)
# Talk about the call itself, politeness and hedges: taken out before the rest is weighed.
_CHATTER = re.compile(
    r"\b(?:thanks?(?: you)?(?: so much)?|thank goodness|sorry|apologi\w*|bear with \w+|"
    r"hang on|hold on|one sec(?:ond)?|by the way|anyway|honestly|actually|basically|i mean|"
    r"the caller (?:said|says|means|guesses|thinks|knows|doesn't know)|"
    r"let (?:the caller|them|me) (?:think|find|see|check|grab|spell)\w*|grab a pen|go ahead|"
    r"says? hi|on speaker|right now|real quick|that's (?:it|all|everything|that|life)|"
    r"so yeah|it is what it is|rambling|all over the place|frazzled|out of breath|in the car|"
    r"driving|one of those (?:days|weeks)|long(?:est)? day|on track|on top of things|"
    r"keep(?:ing)? track|keep \w+ posted|let \w+ know|a couple of things|one more thing|"
    r"the other thing|nothing (?:new|else|changed)|everything else is fine|no changes|"
    r"checked in|check-in|call(?:ed)? with (?:a |the )?member|member call|good to hear|"
    r"take care|talk (?:soon|later|then|next \w+|in the week of [^,.]*|on \w+)|bye|"
    r"good (?:morning|afternoon|evening|night)|hello|hi|hey|"
    r"okay|ok|alright|all right|great|perfect|wonderful|lovely|fine|sure|yes|yeah|yep|no|"
    r"nope|well|oh|um+|uh+|hmm+|wow|ha(?:ha)*|like|so|ugh|phew|"
    # wrap-ups that close a story without adding to it
    r"the whole (?:saga|story|thing)|more or less|on that front|how (?:it|things) (?:all )?"
    r"(?:shakes?|pans?|plays?) out|enough about (?:that|me|them)|off the list|where things "
    r"(?:are|stand)|all (?:the caller|they|i) can handle|long story short|"
    r"the theme of (?:my|their) life)\b"
)
# Words that carry no fact of their own (besides the keyword stopwords).
FLUFF = frozenset(
    tokenize(
        """caller callers others they them their themselves really just pretty kind sort
        thing things stuff lot bit much way guess think know mean means said say says
        told tell honestly actually anyway sorry okay yeah well right also even still
        maybe probably definitely always again back one going get got make made little
        time day today week good great fine nice lovely sure please thanks thank they'll
        they're they've they'd it's that's there's what's he's she's i'm i'll i've"""
    )
)
# A reference number: letters and digits mixed ("KC-347747", "7GLD402"), or dashed digit
# groups ("6456-6456-71").
_IDENTIFIER = re.compile(
    r"\b(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9]+(?:-[A-Z0-9]+)*\b|\b\d{3,}-\d{3,}(?:-\d+)?\b"
)
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")


def to_caller(sentence: str) -> str:
    """The sentence without its clauses addressed to the agent ("if you need it")."""
    return ", ".join(c for c in sentence.split(",") if not _SECOND_PERSON.search(c.lower()))


def useful(sentence: str, *, analysis: bool = False) -> bool:
    """Whether a sentence states something about the caller's life, not about the call:
    no question to the agent, weather, request to check on something, or what is left once
    chatter, hedges and reference numbers are taken out has two content words at least.
    `analysis`: a call summary's sentence, which must also state a fact (`states_a_fact`)."""
    text = sentence.strip()
    if text.endswith("?") or text.startswith("The caller asked:"):
        return False
    low = text.lower()
    if _WEATHER.search(low) or _STATUS_CHECK.search(low):
        return False
    if analysis and not states_a_fact(text):
        return False
    rest = _CHATTER.sub(" ", _IDENTIFIER.sub(" ", to_caller(text)).lower())
    content = sum(1 for t in set(tokenize(rest)) if t not in FLUFF)
    # One content word is enough when it is a fact's ("The caller is vegan.").
    return content >= 2 or (content == 1 and bool(topic(text)))


# ------------------------------------------------------------------ what a statement is about

_NUMBER = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)"
)
# A name: a capitalised word that does not open a sentence, nor is a common opener.
_NAME = re.compile(
    r"(?<!^)(?<![.!?:] )\b(?!(?:The|This|That|These|Those|It|He|She|They|There|We|I|A|An|"
    r"And|But|So|Oh|Well|Yes|No|Not|Just|Honestly|My|Our|Their|His|Her|Dr|Mr|Mrs|Ms|Best|Never|Always|Sorry|"
    r"Okay|Like|Um|Uh)\b)[A-Z][a-z]+\b"
)
_KIN = (
    r"husband|wife|spouse|partner|boyfriend|girlfriend|fianc[eé]e?|son|daughter|kids?|"
    r"children|child|baby|twins|stepson|stepdaughter|mom|mum|mother|dad|father|parents|"
    r"brother|sister|siblings?|grandson|granddaughter|grandchild(?:ren)?|grandkids?|grandma|"
    r"grandpa|grandmother|grandfather|in-laws?"
)
_KIN_WORD = re.compile(rf"\b(?:{_KIN})\b")
_FAMILY = re.compile(
    rf"\b(?:the caller's|their) (?:late )?(?:{_KIN})\b|\bpassed away\b|\bwidow(?:er)?\b|"
    r"\blate (?:husband|wife)\b|\b(?:husband|wife|partner|mother|mom|father|dad) "
    rf"(?:died|passed)\b|\b{_NUMBER}[ -]years?[ -]old\b|\bwho lives with\b"
)
_NAMED_AGE = re.compile(  # "Hugo is eight": here a name may open the sentence
    rf"{_NAME.pattern.removeprefix('(?<!^)(?<![.!?:] )')},? (?:is|'s|just turned|turned|turns|"
    rf"turning) {_NUMBER}\b"
)
_PET = re.compile(r"\b(?:dogs?|cats?|pupp(?:y|ies)|kittens?|kitty|pup|pets?)\b")
_PET_KIND = re.compile(
    r"\b(?:rescue|adopted|named (?:him|her|it)|retriever|terrier|shepherd|spaniel|collie|"
    r"poodle|doodle|bulldog|beagle|husky|hound|labrador|dachshund|corgi|tabby|parrot|rabbit|"
    r"hamster|horse)\b"
)
_COUNT = re.compile(rf"\d|\b{_NUMBER}\b")
# Statements about an event with someone (a wedding, a trip, a visit), not about who they are.
_EVENT = re.compile(
    r"\b(?:married|marrying|wedding|talked \w+ into|trip|visit\w*|flying|flies|coming|going|"
    r"went|took|moving|moved|party|birthday|through the|staying|driving)\b"
)
# Each matched on the lower-cased statement.
_IDENTITY = re.compile(r"\b(?:call (?:me|the caller|them)|goes by|nickname|name is)\b")
HEALTH = re.compile(
    r"\b(?:allerg\w*|intoleran\w*|celiac|coeliac|gluten|lactose|dairy|vegetarian|vegan|"
    r"pescatarian|kosher|halal|diabet\w*|insulin|asthma\w*|inhaler|blood pressure|"
    r"cholesterol|arthritis|migraines?|thyroid|reflux|heart condition|cancer|chemo\w*|"
    r"dialysis|pregnan\w*|dementia|alzheimer\w*|parkinson\w*|epilep\w*|seizures?|"
    r"hearing aids?|deaf|hard of hearing|blind|wheelchair|walker|mobility scooter|blue badge|"
    r"disab\w*|crutches|walking (?:frame|stick)|pacemaker|stroke|kidneys?|oxygen|"
    r"herniated|bad back|back pain|surgery|operation|(?:knee|hip|shoulder) replacement|"
    r"cataracts?|physical therapy|pt|medication|medicine|prescri\w*|milligrams?|"
    r"micrograms?|mg|puffs?|dose|diagnos\w*|terrified of|afraid of|fear of|phobia|"
    r"claustrophobic|vertigo|seasick\w*|motion sickness|colou?r ?blind|epipen|"
    r"bee stings?|night owl|early bird|insomnia|gave up driving|(?:doesn't|don't|"
    r"can't|never) (?:eat|drink|drive|lift|fly|climb)\w*|no (?:meat|pork|dairy|"
    r"gluten|sugar|alcohol|shellfish|nuts))\b"
)
_CONTACT = re.compile(
    r"\b(?:(?:text|call|phone|ring|e-?mail) (?:me|the caller|them)|texting|texts|e-?mail|"
    r"voicemail|phone call|prefers? (?:to be contacted by |a )?(?:text|phone|calls?)|"
    r"reach (?:me|them|the caller)|contact(?:ed)? (?:by|me)|contact preference|"
    r"get in touch|best time)\b"
)
_WORK = re.compile(
    r"\b(?:works? (?:at|for|as|in|from home|nights|weekends)|job|employer|career|"
    r"retired|self-employed|new manager|got the job|as (?:a|an) [a-z]+(?: [a-z]+)?\b)"
)
_PREFERENCE = re.compile(
    r"\b(?:prefers?|preference|preferred|favou?rite|rather|can't stand|don't like|"
    r"doesn't like|likes? to|loves? (?!it\b|that\b|this\b|them\b)|big fan|fan of|"
    r"every time)\b|, please\b|\bplease,"
)
_LEISURE = re.compile(
    r"\b(?:class(?:es)?|lessons?|club|league|choir|practice|hobby|volunteer\w*|"
    r"signed up)\b"
)
TOPIC_ORDER = {"identity": 0, "family": 1, "health": 2, "contact": 3, "work": 4, "home": 4}
TOPIC_ORDER.update(preference=5, leisure=6)
# "… is a nurse at Mercy" (the name after "at" keeps its capital).
_JOB = re.compile(r"\b(?:is|am|be) (?:a|an) [A-Za-z]+(?: [A-Za-z]+){0,3} (?:at|with|for) [A-Z]")
_STREET = re.compile(
    r"\b\d{2,5} [A-Z][a-z]+ (?:Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Court|Way|"
    r"Boulevard|Blvd|Place|Terrace|Circle)\b"
)
_SUBJECT = r"\b(?:the caller|they|the caller and others|CALLER)\b(?!')"
_HOME = (
    rf"{_SUBJECT}[^.]{{0,40}}\b(?:lives? (?:at|in|on|near|with)|living (?:at|in|on)|"
    r"mov(?:ed|ing) (?:in)?to|moving!|got the place|bought a house)\b|\baddress\b"
)
_FRAMING = re.compile(r"^The caller (?:said|means),? ")
# A sentence whose subject is someone else, by name ("Andre now works from home").
_NAMED_SUBJECT = re.compile(
    r"^([A-Z][a-z]+) (?:now |just |still |also )?(?:is|was|works|has|takes|uses|got|'s)\b"
)
_NOT_A_SUBJECT = frozenset("The This That These Those There It He She They My Our New Dr".split())
_SOMEONE_ELSE = re.compile(r"\b(?:he|she|his|her|he's|she's)\b")


@functools.lru_cache(maxsize=256)
def _about(name: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The patterns that name the caller (as "the caller", "they" or by first name) and
    say where they live, for one caller."""
    named = re.escape(name.lower()) if name else "the caller"
    caller = re.compile(rf"\b(?:the caller|they|them|their|{named})\b")
    return caller, re.compile(_HOME.replace("CALLER", named))


def topic(sentence: str, name: str = "") -> str:
    """What part of the caller's life a statement is about (family, health, contact, work,
    home, preference, leisure, identity), or "" when none, or when it is someone else's job
    or health ("she uses a walker these days"). `name`: the caller's first name."""
    text = _FRAMING.sub("", to_caller(sentence))  # "The caller said …" is the extractor's
    low = text.lower()
    caller, home = _about(name)
    named = _NAMED_SUBJECT.match(text)
    someone_else = (not caller.search(low)) and (
        bool(_SOMEONE_ELSE.search(low))
        or bool(named and named[1] != name and named[1] not in _NOT_A_SUBJECT)
    )
    if _IDENTITY.search(low):
        return "identity"
    if not _EVENT.search(low) and (
        (_KIN_WORD.search(low) and _NAME.search(text))
        or _FAMILY.search(low)
        or _NAMED_AGE.search(text)
    ):
        return "family"
    if HEALTH.search(low) and not someone_else:
        return "health"
    if (_PET.search(low) and (_NAME.search(text) or _COUNT.search(low))) or _PET_KIND.search(low):
        return "family"  # pets live with the caller too
    if _CONTACT.search(low):
        return "contact"
    if (_WORK.search(low) or _JOB.search(text)) and not someone_else:
        return "work"
    if _STREET.search(text) or home.search(low):
        return "home"
    if _PREFERENCE.search(low):
        return "preference"
    if _LEISURE.search(low):
        return "leisure"
    return ""


# ------------------------------------------------------------------ the agent's question

_ASKS_PREFERENCE = re.compile(
    r"\b(?:do you (?:like|want|prefer)|would you (?:like|prefer|rather)|prefer|preference|"
    r"favou?rite|how do you (?:take|like)|what kind of|best way|better for)\b|\w+ or \w+\?$"
)
_ASKS = [
    ("contact", re.compile(r"\b(?:reach you|contact you|call you|get in touch|text you)\b")),
    (
        "family",
        re.compile(
            r"\b(?:any (?:pets|animals|kids|children|little ones)|have (?:any )?(?:pets|kids|"
            r"children)|family (?:nearby|close)|who(?:'s| is| else is) at home|at home with you|"
            r"who lives with you|live on your own|anybody at home|their names|how old)\b"
        ),
    ),
    ("health", re.compile(r"\b(?:allerg\w*|diet\w*|restrictions?|can't have)\b")),
    ("work", re.compile(r"\b(?:for work|for a living|your job|working these days)\b")),
    ("home", re.compile(r"\b(?:your address|where do you live)\b")),
]
AGENT_WORDS = frozenset(
    tokenize("anything else new today help going things everything doing how's what's any")
)
_NAMES_SOMETHING = re.compile(rf"(?<!^)\b[A-Z][a-z]+|\d|\bplease\b|\bevery time\b|\b{_NUMBER}\b")


def question(prompt: str) -> str:
    """The agent's question: the last sentence of its turn, when it is one."""
    last = prompt.strip().rsplit(". ", 1)[-1]
    return last if last.endswith("?") else ""


def answers(statement: str, asked: str) -> bool:
    """Whether a statement with no topic of its own reads as the answer to the agent's
    question: it names something (a name, a number), asks for something ("please") or
    repeats the question's words; "The caller wishes they were closer" does not."""
    body = _FRAMING.sub("", statement)
    return bool(_NAMES_SOMETHING.search(body) or words(body) & (words(asked) - AGENT_WORDS))


def asked_about(asked: str) -> str:
    """The topic of the agent's question when it asks about the caller, else ""."""
    low = asked.lower()
    if not low:
        return ""
    for kind, pattern in _ASKS:
        if pattern.search(low):
            return kind
    return "preference" if _ASKS_PREFERENCE.search(low) else ""


# ------------------------------------------------------------------ changes and problems

_PROBLEM = re.compile(
    r"\b(?:broke|broken|died|dead|leak\w*|not working|stopped working|won't (?:start|turn on|"
    r"work)|keeps? (?:tripping|dropping|crashing|failing|breaking)|flooded|drafty|rotting|"
    r"cracked|snapped|blew down|no hot water|no heat|outage|damaged|stolen|refund|dispute|"
    r"complaint|warranty|overcharged|repair\w*|quoted?|estimate|found more (?:damage|"
    r"problems))\b"
)
_UPDATE = re.compile(
    r"\b(?:now|anymore|no longer|instead|changed?|switched|moved (?:it|to)|pushed|"
    r"rescheduled|postponed|bumped|went up|went down|from now on)\b"
)
# Single-valued attributes: the newest statement of one stands. Each is looked for only in
# statements of its topic (or, for a price, in a problem report); matched on the text with
# the caller's name read as "the caller".
_SUBJECT_VERB = r"\b(?:the caller|they|the caller and others)\b(?!')[^.]{0,40}\b"
_CHANNEL = re.compile(
    r"\b(?:(?:text|call|phone|ring|e-?mail) (?:me|the caller|them)|texting|e-?mail|voicemail|"
    r"phone call|contact preference|prefers? (?:to be contacted by |a )?(?:text|phone|calls?))\b"
)
_WHEN = re.compile(
    r"\b(?:best time|(?:not )?before (?:noon|\w+ ?[ap]\.?m\.?|\w+)|after \w+|mornings|"
    r"evenings|afternoons|weekends|weekdays|except \w+)\b"
)
_PRICE = re.compile(
    r"\b(?:quot\w*|price|estimate|new number|cost\w*)\b[^.]*\d|\d[^.]*\b(?:quot\w*|price|"
    r"estimate)\b"
)
_LIVES = re.compile(
    rf"{_SUBJECT_VERB}(?:lives? (?:at|in|on|near)|living (?:at|in|on)|mov(?:ed|ing) (?:in)?to|"
    r"moving!|got the place|bought a house)\b|^address: "
)
_EMPLOYED = re.compile(
    rf"{_SUBJECT_VERB}(?:is|are|be|works?|starts?|starting) (?:(?:a|an) [a-z]+(?: [a-z]+){{0,3}} "
    r"(?:at|with|for)\b|with |at |for )|\b(?:new job|job at|first day at|shift|starts? at|"
    r"starts? as (?:a|an)|works? (?:nights|weekends|every weekend|days))\b"
)
# "with X" and "at X" give an employer only when X is a name ("is at the park" does not).
_EMPLOYER_NAMED = re.compile(r"\b(?:is|are|be|works?|starts?|starting) (?:with|at|for) [A-Z]")


def slot(statement: str, kind: str, problem: bool, name: str) -> str:
    """The single-valued attribute a statement of topic `kind` gives (home, work,
    contact_channel, contact_time, price), or ""."""
    if name:  # a call summary names the caller: "Dana starts as a bookkeeper at …"
        statement = re.sub(rf"\b{re.escape(name)}\b", "The caller", statement)
    low = statement.lower()
    if kind == "contact":
        return (
            "contact_channel"
            if _CHANNEL.search(low)
            else "contact_time"
            if _WHEN.search(low)
            else ""
        )
    if kind == "home" and (_LIVES.search(low) or _STREET.search(statement)):
        return "home"
    if kind == "work" and (match := _EMPLOYED.search(low)):
        named = not match.group(0).endswith(("with ", "at ", "for "))
        return "work" if named or _EMPLOYER_NAMED.search(statement) else ""
    if problem and _PRICE.search(low):
        return "price"
    return ""


def is_update(statement: str) -> bool:
    """Whether it says that something changed ("now", "anymore", "moved it to")."""
    return bool(_UPDATE.search(statement.lower()))


def is_problem(statement: str) -> bool:
    """Whether it reports something broken or in dispute (a leak, a refund, a repair)."""
    return bool(_PROBLEM.search(statement.lower()))


def words(text: str) -> frozenset[str]:
    """Its content words (keyword stems), without fluff, ordinals or month names."""
    return frozenset(
        t for t in tokenize(text) if t not in FLUFF and not _ORDINAL.match(t) and t not in MONTHS
    )


# ------------------------------------------------------------------ dates

MONTHS = {
    m: n
    for n, names in enumerate(
        (
            "january jan", "february feb", "march mar", "april apr", "may", "june jun",
            "july jul", "august aug", "september sep sept", "october oct", "november nov",
            "december dec",
        ),
        start=1,
    )
    for m in names.split()
}  # fmt: skip
_MONTH = (
    r"(January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
_DATES = [
    re.compile(rf"\b{_MONTH} (\d{{1,2}})(?:st|nd|rd|th)?\b(?:,? (\d{{4}}))?"),  # October 3rd
    re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)? (?:of )?{_MONTH}(?:,? (\d{{4}}))?"),  # 3 October
    re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"),
]


def dates_in(text: str, said: dt.date) -> list[dt.date]:
    """The calendar dates a text names; a date said without a year is the one nearest to
    the day it was said."""
    found = []
    for n, pattern in enumerate(_DATES):
        for m in pattern.finditer(text):
            try:
                if n == 2:
                    found.append(dt.date(int(m[1]), int(m[2]), int(m[3])))
                    continue
                month, day = (m[1], m[2]) if n == 0 else (m[2], m[1])
                number = MONTHS[month.lower().rstrip(".")]
                if m[3]:
                    found.append(dt.date(int(m[3]), number, int(day)))
                    continue
                options = [dt.date(said.year + k, number, int(day)) for k in (-1, 0, 1)]
                found.append(min(options, key=lambda d: (abs((d - said).days), d < said)))
            except (ValueError, KeyError):
                continue
    return found
