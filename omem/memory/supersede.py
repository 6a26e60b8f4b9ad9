"""Facts that change: which slot of the caller's life a memory fills, so that a new value
closes the old one instead of standing beside it.

A slot is read from the memory as stored (third person, spoken forms written out) by
deterministic English rules, offline, for the facts that matter most on a phone line. Most
read the shape of the value and a word that names what it is, rather than one way of saying
it: a street address the caller lives at, a phone number, an email address with the word
"email", "Dr <Name>" with "GP" or "surgery", a date beside "dentist", a dose in milligrams:

- `address`, `phone`, `email`: where the caller lives and how to reach them;
- `name`: how to address them ("The caller goes by Dee these days.");
- `contact`: how they want to be reached ("Best to text the caller.");
- `appointment:<kind>`: an appointment and its moves ("The dentist moved the caller's
  appointment to the 14th of March.");
- `job`, `car`, `doctor`, `partner`: where they work, what they drive, their GP, who they are
  with ("The caller's new partner is Sam.", "Tom and the caller split up …");
- `pet:<name>`: a pet's loss ("The caller lost Biscuit …"), which closes what was said about
  the pet (`pet:<name>/about`: "Their cat Biscuit …", which closes nothing itself);
- `dose:<medicine>`: how much of a medicine they take;
- `weekly:<activity>`: the day of something they do every week ("Pottery moved to Thursdays.");
- `favourite:<thing>`: a favourite ("The caller's favourite tea is rooibos now.");
- `habit:<thing>/yes|no`: what they eat or drink, and its reversal ("The caller doesn't drink
  coffee any more." closes "The caller drinks coffee every morning."); being vegetarian or
  vegan reverses every meat.

Only the caller's own facts count: "The caller's mum lives in York" fills no slot, nor does
"The caller's neighbour has a cat called Pepper", nor a call's summary ("On 3 March 2026: …",
it tells of many things; its call's own memories fill the slots). A memory with a slot
supersedes the caller's active memories of the same slot from earlier (omem.memory.store): the
old one keeps its text, gets `valid_to` (the new one's `valid_from`) and `superseded_by`, leaves
default recall, and is still found, marked as past, by a question about the old value ("what
was my old address?", omem.memory.recall). A question that asks for a slot ("where do I
live?") lifts the memories that fill it (`asked_slots`, omem.memory.retrieve).

Rules about kinds of fact miss words nobody wrote them for, so a second path needs no kind: a
memory that says a value no longer holds ("Don't use 5552180 any more", "I'm not at Halden
Logistics any more", "I've gone right off chamomile", "Tom and I are finished", "it's
Thursdays now, not Tuesdays") closes the caller's earlier memories that state that value
(omem.memory.retract): all of the value's words, or the email or number as written; never
someone else's fact, a dated event, or a word that only names a kind ("the old car").

Requests are read as what they ask ("Can you update my email to …?"), restated through the
extractor's `third_person`, so these rules depend on omem.memory.extract.
"""

from __future__ import annotations

import re

from omem.memory.extract import ASKING_WORDS
from omem.memory.extract import CLAUSE_BREAK
from omem.memory.extract import PEOPLE
from omem.memory.extract import QUESTION_START
from omem.memory.extract import SUBORDINATE
from omem.memory.extract import third_person
from omem.memory.keywords import token_hashes

# Names the rules below: an index snapshot whose rows were read by other rules is not used
# (omem.memory.snapshots), so every row's slots are read again by these. Change it whenever
# the same memory could fill other slots, the kind reader's guards (omem.memory.kinds) too.
RULES = (
    "36: what the caller is called changed; a pet gone to live elsewhere or rehomed; the caller's "
    "own value named first"
)

# Someone else's fact: "the caller's mum …", "their son …", "the caller's sister's boyfriend".
_OTHERS = re.compile(rf"^(?:the caller's|their) (?:\w+ )?(?:{PEOPLE})\b")
_PET_KIND = (
    r"(?:cat|dog|kitten|puppy|rabbit|bunny|parrot|budgie|hamster|tortoise|horse|tabby|moggy|"
    r"pup|pooch|kitty)"
)
# "the caller's sister's car" is the sister's; "the caller's cat's name" is still theirs
# A thing of theirs that "is", never whose it is: "the caller's car's, oh, …, a blue Honda Civic"
_THING_IS = (
    r"(?!(?:car|motor|vehicle|number|mobile|phone|email|address|tea|coffee|favourite|job|"
    r"class|dose|name|nickname)'s(?:,|$| an? | now\b))"
)
_OTHERS_POSSESSIVE = re.compile(
    rf"\b(?:the caller's|their) (?!{_PET_KIND}'s)(?:\w+ ){{0,2}}{_THING_IS}\w+'s\b"
    # "a cup of rooibos at their sister's and …" is a place, not the sister's
    r"(?! (?:and|but|so|or|when|because) (?:that|this|the caller|they)\b| (?:last|on|in|at)\b)"
)
# Someone of theirs anywhere: "If the caller is out, try their son on 5551467."
# "their grandson set them up with their own email …, that's theirs"
_OWN_MARK = re.compile(
    r"\bthat(?:'s| is) theirs\b|\btheir own (?:email|number|phone|car)\b"
    # the caller's own named first or claimed, someone else's after it: "The caller's email's
    # changed to …, and their partner's doing the same with his"; "5553391, that's the
    # caller's mobile, their wife's on a different one"
    r"|^(?:the caller's|their) (?:own )?(?:new )?(?:email(?: address)?|e-mail)(?:'s| is| has| was)"
    r"(?: now| changed to| switched to| become)? [\w.+-]+@"
    r"(?![^.]*\b(?:that(?:'s| is)|it(?:'s| is)) (?:really )?(?:their|the caller's) \w+'s\b)"
    r"|^[^,]*, that(?:'s| is) (?:the caller's|their) (?:own )?(?:email|mobile|phone|number)\b"
)
_FROM_THEIR = re.compile(
    rf"\b(?:off|bought (?:\w+ ){{0,4}}from) (?:the caller's|their) (?:\w+ )?(?:{PEOPLE})\b"
)
_THEIR_PEOPLE = re.compile(rf"\b(?:the caller's|their) (?:\w+ )?(?:{PEOPLE})\b")
# One of theirs setting the caller up with a way to be reached or a car, which stays the
# caller's: "their grandson set this mobile up for them", "their daughter made them an email",
# "their brother chose it for them" ...
_FOR_THEM = re.compile(
    rf"\b(?:the caller's|their) (?:\w+ )?(?:{PEOPLE}) (?:\w+ ){{0,2}}?(?:set|made|got|bought|"
    r"gave|sorted|opened|chose|picked|changed|updated|switched|moved)\b"
    r"(?=[^,.]{0,40}?(?:\b(?:mobiles?|(?:smart)?phones?|number|e-?mail|account|car|motor|it|one)\b"
    r"|[\w.]@))"  # "set them up with kite flyer@yahoo.com"
    r"[^,.]{0,40}?\b(?:for (?:the caller|them)\b"
    r"|(?:the caller|them) (?:up\b|out\b|an? |with\b|one\b)|it (?:all )?up\b)"
)
# ... unless the value may be theirs: "…, his number is 5551467", "…, he drives a Tesla"
_HIS_OR_HERS = re.compile(
    r"\b(?:his|hers|him)\b|\b(?:he|she)(?:'s| is| has| uses| checks| drives)\b"
    r"|\b(?:ring|call|text|phone|email|e-mail|reach|try|contact|get) her\b"
    r"|\bher (?:own |new |old )?(?:number|mobile|phone|e-?mail|address|car)\b"
)
SUMMARY = re.compile(r"^On \d{1,2} [A-Z][a-z]+ \d{4}: ")
# A lead-in before the subject: "On 3 March 2026, ", "Sadly ", "Big news, ", "Good news, "
# What opens a clause of when: "since …", "as of …", "up until …"
_SINCE_WHEN = r"(?:(?:ever |right )?since|as of) "
# what the subject of the main clause does next ("the caller has …", "they drank …"), never
# an object ("the dentist has the caller down for …")
_DOES = (
    r"(?:has|have|had|is|are|was|were|does|do|did|can|could|would|will|still|always|never|"
    r"no longer|drank|drunk|ate|eaten|went|(?!this\b)\w+(?:ed|s))\b"
)
_LEAD = re.compile(
    # "On Friday, the caller …" and "On 3 March 2026, …"; never the subject's own clause ("On
    # the 14th the caller has the dentist, so …")
    r"^(?:(?:on|from) (?:(?!the caller|they )[^,]){1,30}, |the caller said |"
    r"(?:just so you know|for the record|by the way|to let you know|fyi)[, ]+|"
    r"for (?:the |your )?(?:\w+(?:'s)? )?(?:records?|form|file|notes|paperwork)[, ]+|"
    r"(?:sadly|actually|so|also|big news|good news|"
    r"heads up|these days|from now on|just|well|lately|new job!?|honestly|right|oh|okay|ok|"
    r"look|listen|anyway|like(?=,)|tbh|ngl|lowkey|highkey|to be honest|not gonna lie|"
    r"not going to lie|no cap|for real|deadass|literally|bestie|bro|mate|dude|babe|abeg|"
    r"(?:started|got|landed) a new job!?)[, ]+"
    # what someone passes on for the caller: "the wife says tell you the caller is off coffee",
    # "their daughter says tell you their number changed" (never what they say of another)
    # how long it has held, or since when: "Since two weeks the caller works at …", "Ever since
    # the kids were born the caller has lived on coffee", "Up until February 2026 the caller
    # drank …", "For about twenty years now the caller …"; "they" only when no one of theirs
    # is named in between ("Since their son moved in they …" may be the son's)
    rf"|{_SINCE_WHEN}(?:(?!\b(?:the caller's|their|his|her) (?:\w+ )?(?:{PEOPLE})s?\b)[^,;])"
    rf"{{0,60}}?,? (?=the caller(?:'s\b| {_DOES}))"
    rf"|{_SINCE_WHEN}(?:(?!\b(?:{PEOPLE})s?\b)[^,;]){{0,60}}?,? (?=they {_DOES}|their\b)"
    r"|for (?:about |around |nearly |almost |over |well over |more than |the (?:past|last) )?"
    r"(?:a |an |\w+ )?(?:couple of |few |good )?(?:years?|months?|weeks?|decades?|ages|a while|"
    r"a long time)(?: now)?,? (?=(?:the caller|they) (?:has|have|is|are)\b)"
    r"|for as long as (?:the caller|they) can remember,? (?=the caller\b|they\b)"
    # a hedge: "the caller thinks they are Lou now yeah"
    r"|the caller (?:thinks|reckons|believes|is (?:pretty |quite )?sure)(?: that)?,? "
    r"(?=it\b|it's\b|they\b|their\b|the caller\b)"
    r"|[\w' ]{1,40}? (?:says|said) (?:to )?tell you(?: that)?,? "
    r"(?=the caller\b|they\b|their\b|it\b|to\b|(?-i:[A-Z]\w+ (?:passed|died|is gone)\b))"
    # a correction or an aside before it: "That's out of date, …", "While I've got you, …"
    r"|that is (?:out of date|wrong|not right|old)[,.;] |while (?:the caller|they) (?:has|have) "
    r"got you, "
    # "The caller wishes to inform you that …", "For the corporate rate, the caller …"
    r"|the caller (?:wishes|would like|should like|must|regrets|is writing|is calling) to "
    r"(?:inform you|advise(?: you)?|let you know|tell you|notify you|confirm)"
    r"(?: that)? |(?:please|kindly) (?:note|be advised|be aware)(?: that)?,? |for (?:the|your|a) "
    # "For the kids, their address …" is the kids'
    rf"(?![^,]{{0,30}}\b(?:{PEOPLE}|in-laws|twins|grand\w+|lodgers?|tenants?|guests?|family|"
    rf"folks|boys|girls|lads|{_PET_KIND})s?\b)"
    r"[^,]{1,30}, (?=the caller\b|they\b|their\b))+",
    re.IGNORECASE,
)
_CALLER = r"the caller(?: and others)?"
_NOW = r"(?:(?:now|just|recently|finally|also|still|has|have|had) ){0,3}"  # "has just"
WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?"
MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december)"
)
_DATE = rf"(?:\b\d{{1,2}}(?:st|nd|rd|th)?(?: of)? {MONTH}\b|\b{MONTH} \d{{1,2}}|\b{WEEKDAY}\b)"

# The value says what it is; a word beside it says whose and which.
_STREET = re.compile(
    r"\b\d{1,5} (?:[A-Z][a-z]+ ){1,3}(?:Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Drive|Court|Ct|"
    r"Close|Way|Place|Pl|Boulevard|Blvd|Terrace|Crescent|Grove|Row|Square|Gardens|Hill|Mews)\b"
)
_NOT_HOME = re.compile(
    r"\b(?<!post )(?:office|work|shop|store|restaurant|school|gym|clinic|studio|warehouse|site|"
    r"venue|hotel|parcel|package|delivery)\b"
)
_LIVES_AT = re.compile(
    r"\b(?:the caller|they) (?:now |still )?(?:lives?|is living|are living|has lived|have lived) "
    r"(?:at|on|in) $"
)
# "Send it to 14 Birch Lane, that's where their mum lives": the mum's address.
_WHERE_OTHERS_LIVE = re.compile(
    rf"\bthat(?:'s| is) where (?:(?:the caller's|their) (?:\w+ )?(?:{PEOPLE})"
    rf"(?: and (?:\w+ )?(?:{PEOPLE}))?|(?-i:[A-Z][a-z]+)) (?:lives?|live|stays?|is living)\b"
    r"(?! too\b| as well\b)"
)
_THEY_ARE_AT = re.compile(r"\b(?:the caller is|they are|they're) (?:now )?at $")
_MOVED_THERE = re.compile(
    r"\b(?:moved|flitted|relocated|new address|new place|new house|new flat)\b|\d[^,.;]* now\b"
)
_THEIR_ADDRESS = re.compile(
    r"\b(?:the caller's|their) (?:home |postal )?address\b"
    r"|\bhome (?:for (?:the caller|them) )?is\b"
    r"|\bthat(?:'s| is) where (?:they|the caller) lives?\b"
    r"|\b(?:have|has|got) (?:the caller|them) (?:down )?at \d"  # "should have me at 88 …"
)
# Post for the caller goes there, whoever sends it: "the office needs to write to them at 88
# Harbor View Road"
_WRITE_TO_THEM = re.compile(
    r"\b(?:write|post(?: \w+){0,2}|send (?:the )?(?:post|letters?|mail|forms?|things|everything))"
    r" to (?:the caller|them) at \d"
)
_DIGITS = re.compile(r"(?<![A-Za-z])\d{7,}\b")
_PHONE_CUE = re.compile(
    r"\b(?:number|phone|mobile|cell|call|ring|reach|text|get hold of|landline|line|if you need "
    r"(?:the caller|them))\b|\b(?:on|at) \d{7}"
)
_NOT_PHONE_KINDS = (
    r"(?:member|membership|policy|account|order|reference|ref|code|pin|(?<!sim )card|booking|"
    r"customer|employee|staff|student|meter|prescription|voucher|pension|reservation|"
    r"complaint|payroll|contract|tenancy|"
    r"confirmation|tracking|serial|claim|ticket|invoice|flyer|passport|licen[cs]e|plate|"
    r"registration|insurance|loyalty|rewards|patient|nhs|security|tax|case|id|receipt|"
    r"parcel|shipment)"
)
# Another kind of number, told beside the digits: "policy number for the caller is 44128812",
# "reference: 44128812", "44128812, that's their member number"; never a word further off ("just
# in case, the caller's number is 5552180", "no case, and their number's 5552180").
_NOT_PHONE_TOLD = re.compile(
    rf"\b{_NOT_PHONE_KINDS}(?: \w+(?:'s)?)? (?:number|no|num|#|id|code|line)\b"
)
# ... its kind told right before the digits or after them (never past an "and" that opens a
# clause of its own: "the caller's mobile's 5551467, and the parcel reference is SK 330 71")
_KIND_BEFORE = re.compile(rf"\b{_NOT_PHONE_KINDS}\W+(?:[\w']+\W+){{0,2}}$")
_KIND_AFTER = re.compile(rf"\W+(?!(?:and|but|so|or)\b)(?:[\w']+\W+){{0,3}}{_NOT_PHONE_KINDS}\b")
# ... or anywhere in the digits' own clause ("for the claim the caller rang 08001234567 and …",
# "the caller's card got blocked so they had to ring 03457404404"), but "in case" is no case.
_NOT_PHONE_KIND = re.compile(rf"\b(?<!\bin )(?<!\bin any ){_NOT_PHONE_KINDS}\b")


def other_number(lower: str) -> bool:
    """Whether the digits in `lower` are another kind of number than a phone: each run of
    digits with its kind told beside it or in its clause ("The caller's mobile is 5551467, and
    the order number is 4471" is a phone); with no run, a kind of number told anywhere."""
    runs = list(_DIGITS.finditer(lower))
    if not runs:
        return bool(_NOT_PHONE_TOLD.search(lower))
    told = [m.span() for m in _NOT_PHONE_TOLD.finditer(lower)]
    return all(
        _KIND_BEFORE.search(lower, 0, run.start())
        or _KIND_AFTER.match(lower, run.end())
        or _NOT_PHONE_TOLD.search(clause := _part_at(lower, run.start()))
        or _NOT_PHONE_KIND.search(clause)
        or _told_nearer(lower, run.start(), told)
        for run in runs
    )


# A word for the caller's phone: "number" itself, when no other kind is told with it
_PHONE_WORD = re.compile(r"\b(?:number|phone|mobile|cell|landline|ring|call|text|reach)\b")


def _told_nearer(lower: str, start: int, told: list[tuple[int, int]]) -> bool:
    """Whether another kind of number (_NOT_PHONE_TOLD, spans `told`) is told nearer before
    the digits at `start` than any word for a phone: "The caller's order number, hang on,
    it's 88812345" is the order's; "Policy number is MTR 55 0193, but their number's changed,
    it's 5557723 now" the caller's phone."""
    kinds = [end for begin, end in told if end <= start]
    phones = [
        m.end()
        for m in _PHONE_WORD.finditer(lower, 0, start)
        if not any(begin <= m.start() < end for begin, end in told)
    ]
    return bool(kinds) and max(kinds) > max(phones, default=-1)


# (a conjunction only before another thing named: "… 5551467 and the policy number …", never
# "the caller's card got blocked so they had to ring 03457404404")
_PART_BREAK = re.compile(r"[,;]|\b(?:and|but|while|whereas) (?=the |their |the caller's )")


def _part_at(text: str, position: int) -> str:
    """The part of `text` around `position` between commas, semicolons and conjunctions
    (_PART_BREAK)."""
    start = max((m.end() for m in _PART_BREAK.finditer(text, 0, position)), default=0)
    end = _PART_BREAK.search(text, position)
    return text[start : end.start() if end else len(text)]


_EMAIL = re.compile(
    r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
)  # linear: "@" * 2000 costs nothing
_EMAIL_CUE = re.compile(
    r"\be-?mails?\b|\b(?:uses?|using)\b|\bin writing\b|\binbox\b|\be-?receipts?\b"
    r"|\b(?:with|got) (?:them |the caller )?a new one\b"  # "… set them up with a new one, it's …"
    r"|\bfor (?:the )?(?:e-?)?(?:receipts?|invoices?|bills?|confirmations?),? (?:it is|use|"
    r"send (?:them|it) to|the caller uses?)\b"
    r"|\baccount\b|\b(?:only |now )?on \S+@|\b(?:other|old|new) address\b"
    r"|\bswitched over\b(?! to (?!\S+@))|\bit(?:'s| is) \S+@\S+ now\b|\btheir own email\b"
    r"|\bsend (?:(?:the caller's|their) )?(?:things|everything|anything|stuff|it all|it) to\b"
    r"|\b(?:electronic )?correspondence\b"
    r"|\b(?:e-?)?mail (?:the caller|them) at\b|\belectronic mail\b"
    r"|\b(?:anything|everything|post|mail) (?:for (?:the caller|them) )?(?:goes|should go) to\b"
    # "…, that's the caller's", "the caller is on that one every day", "it's X these days"
    r"|@\S+,? (?:please, )?that(?:'s| is) (?:the caller's|theirs)\b"
    r"|\b(?:the caller is|they are) on (?:that|this) one\b"
    r"|\bit(?:'s| is) \S+@\S+ (?:these days|nowadays)\b"
    r"|\bmoved (?:everything|it all|things) (?:over )?to \S+@"
    r"|^it is \S+@\S+?[,.]"  # spelt out for them: "It's sunny_days@outlook.com, all in lower case"
)
_DOCTOR = re.compile(r"\bdr\.? [A-Z]", re.IGNORECASE)
_DOCTOR_CUE = re.compile(
    r"\b(?:gp|general practitioner|family doctor|at the surgery|practice|registered with|"
    r"looks after|their doctor|"
    r"the caller's doctor|sees dr|(?:under|with) dr|who the caller sees|up the surgery|"
    r"(?:they|the caller) sees?|(?:old|new) (?:doctor|gp)|goes to dr)\b"
)
_PROCEDURE = re.compile(r"\b(?:booked|scheduled|appointment|operation|replacement)\b")
_THEIR_DOCTOR = re.compile(
    r"\b(?:(?:is|are) (?:now )?(?:under|registered with) |(?:gp|doctor)(?:'s| is) (?:now )?"
    r"|(?:the caller's|their) (?:gp|doctor), )dr$"
)
_APPOINTMENT_KIND = re.compile(
    r"\b(?P<kind>dentist|dental|doctor|gp|physio|physiotherapist|optician|vet|hairdresser|hair|"
    r"barber|therapist|chiropractor|surgery|scan|check-up|checkup|hospital|eye)\b"
    # what a doctor said is no booking: "off coffee as of 2 March, doctor's orders"
    r"(?!'s (?:orders|advice|note|letter)\b| (?:said|says|told|tells|advised|wants)\b)"
)
_APPOINTMENT_NAMES = {
    "gp": "doctor",
    "dental": "dentist",
    "physiotherapist": "physio",
    "checkup": "check-up",
    "appointment": "any",
}
_VISITS = frozenset(("surgery", "scan", "check-up", "checkup", "hospital", "eye"))
_WITH_WHOM = r"\b(?:with|at|see) (?:the |their )?{0}\b|\b{0}(?:'s)? (?:appointment|check-?up)\b"
_ANY_APPOINTMENT = re.compile(r"^(?:the caller's|their) (?P<kind>appointment)\b")
_APPOINTMENT_PAST = re.compile(r"\b(?:went|saw|visited|was|were|did|took)\b|\bhad(?! to)\b")
# … unless it says when it is now: "Originally it was the 2nd of April, but the dentist had to
# move it, and the new date is the 14th of March"
_APPOINTMENT_NOW = re.compile(
    r"\b(?:is now|now on|new date|moved (?:it )?to|rebooked|rescheduled|changed (?:it )?to)\b"
    # "the caller has had the dentist in the diary for the 14th of March"
    r"|^(?!.*\bhad been\b).*\b(?:in the diary|on the calendar)\b"
)
PARTNERS = (
    r"(?:(?:new|current|present|domestic|long-term) )?(?:boyfriend|girlfriend|partner|husband|"
    r"wife|fianc[eé]e?|fella|other half|bf|gf|"
    r"significant other|spouse|gentleman friend|lady friend|man friend)"
)
PARTNER = re.compile(
    rf"^the caller's {PARTNERS} has been (?!(?:Dr|Mr|Mrs|Ms)\b)[A-Z][a-z]+"
    r"(?=[.,;!?]|$| for\b| since\b| now\b)"
    rf"|^the caller's {PARTNERS}(?:'s name is| is(?: now)?| is called| is named|,)? "
    r"[A-Z](?![a-z]* of\b)"
    rf"|^the caller's {PARTNERS}'s [A-Z][a-z]+[.!]?$"  # "Boyfriend's Tom."
    rf"|^the caller and (?:their|the caller's) {PARTNERS},? [A-Z][a-z]+\b"  # "… and their bf Tom"
    r"(?![^.]*\b(?:used to|god rest|late|passed|died|lived|was|were|had|went|did)\b)"
    rf"|\bname of (?:the caller's|their) {PARTNERS},? (?:which|who) is [A-Z]"
    # after a clause: "Not Rafael, that was last year — the caller's partner's Tom now"
    rf"|(?:[,;:]|—| -) (?:the caller's|their) {PARTNERS}(?:'s| is) (?:now )?"
    r"(?!(?:Mum|Mam|Dad|Da|Nan|Gran|Grandad|Aunt|Uncle)\b)[A-Z][a-z]+(?=[,.;!?]| now\b|$)"
    # "You've got Sam there, no, that's done, Marcus is the caller's partner."
    r"|(?:[,;:]|—| -) (?!(?:Mum|Mam|Dad|Da|Nan|Gran|Grandad|Aunt|Uncle|That|This|It|He|She)\b)"
    rf"[A-Z][a-z]+ is (?:now )?(?:the caller's|their) {PARTNERS}(?: now)?(?=[,.;!?]|$)"
)
# "Tom, the caller's partner, is coming too": a name set beside the role, closed by a comma
# or the sentence's end ("Yesterday, the caller's partner rang" names no one).
# A word said before a comma that is no one's name
_INTERJECTIONS = frozenset(
    "shame bless sorry well oh ah aye listen look right okay ok hello hi honestly anyway yes "
    "yeah no howay och ja sadly luckily anyway bye thanks cheers yep nope hey morning evening "
    "afternoon wait great lovely fine good perfect sure grand".split()
)
_DISCOURSE = frozenset(
    "meanwhile anyway also well so now then still besides honestly actually apparently luckily "
    "sadly obviously basically".split()
)
# "Put Tom on the account as well, he's the caller's boyfriend"
_PARTNER_HE = re.compile(
    rf"\b(?P<name>[A-Z][a-z]+)\b[^.,]{{0,40}}, (?:he|she|that)(?:'s| is) (?:the caller's|their) "
    rf"{PARTNERS}(?=\s*(?:[.,;!?]|$))"
)
_PARTNER_BESIDE = re.compile(
    r"^(?P<name>[A-Z][a-z]+)(?:, (?:that's |that is |who is )?| is (?:now )?)"
    rf"(?:the caller's|their) {PARTNERS}(?: now| these days)?(?:[,.]|$)"
)
# A company or one of the family, never a partner: "with Vodafone these days", "with Mum now"
_NOT_A_PARTNER = (
    r"(?!(?:Vodafone|Verizon|Sky|Virgin|Tesco|Octopus|Barclays|Lloyds|Santander|Halifax|"
    r"Nationwide|Aviva|Bupa|Specsavers|Boots|Comcast|Spectrum|Geico|Allstate|Kaiser|Monzo|"
    r"Three|Starling|Humana|Medicare|Medicaid|Lidl|Aldi|Asda|Sainsbury|Morrisons|Waitrose|EE|"
    r"BT|Talktalk|Npower|Ovo|Amazon|Netflix|Uber|Dr|Mr|Mrs|Ms|Mum|Mam|Mom|Dad|Nan|Gran|"
    r"Grandad|Grandma|Grandpa|Aunt|Auntie|Uncle)\b)"
)
_PARTNER_CUE = re.compile(
    r"\b(?:together|dating|broke up|split up|splits up|separated|divorced|seeing someone|"
    r"(?:[A-Z]\w+ and (?:the caller|they)|(?:the caller|they) and [A-Z]\w+) (?:are |have |has )?"
    r"(?:finished|over|through|done|split|split up|broken up)(?![ \w])|"
    r"met someone(?: new)?|"
    r"(?:is|are|has been|have been|started) (?:seeing|courting|walking out with|"
    r"stepping out with) (?!(?:Dr|Mr|Mrs|Ms|Doctor|Nurse)\b)[A-Z]\w*|parted company|"
    r"been going out|"
    r"going out with [A-Z]\w*|"
    rf"(?:is|are) (?:(?P<now>now) )?with {_NOT_A_PARTNER}[A-Z]\w+"
    r"(?(now)|(?: (?:now|these days|nowadays)))(?=[,.;!?]|$)|"
    # "Things with Tom ended back in the autumn."
    rf"(?i:things) (?:with|between (?:the caller|them) and) {_NOT_A_PARTNER}[A-Z]\w+ "
    r"(?:ended|are over|finished|"
    r"fizzled out|didn't work out)|"
    r"(?i:it)(?:'s| is) [A-Z]\w+ (?:they are|the caller is) with|"
    r"that(?:'s| is) who (?:they are|the caller is) with|"
    r"their (?:new )?(?:partner|boyfriend|"
    r"girlfriend|fella)|a new (?:partner|boyfriend|girlfriend)|(?<!'s )(?<!\bhis )(?<!\bher )"
    r"new (?:fella|man|bloke|boyfriend|girlfriend)(?! (?:at|on|in|from)\b)|down as (?:the "
    r"caller's|their) (?:partner|boyfriend|girlfriend|husband|wife|other half)(?! for\b))\b"
)
_NOT_NAMES = frozenset(
    "I Dr Mr Mrs Ms The Their They Please Sadly Yesterday Today Tonight Tomorrow January "
    "February March April May June July August September October November December Monday "
    "Tuesday Wednesday Thursday Friday "
    "Saturday Sunday".split()
)
_NAME = re.compile(r"\b[A-Z][a-z]+\b")
_BRANDS = (
    "Honda|Toyota|Mazda|Subaru|Volkswagen|VW|Ford|BMW|Audi|Mercedes|Tesla|Nissan|Kia|Hyundai|"
    "Volvo|Chevrolet|Chevy|Jeep|Peugeot|Renault|Fiat|Skoda|Vauxhall|Mini|Lexus|Jaguar|"
    "Land Rover|Porsche|Citroen|Dodge|Buick|Cadillac|Mitsubishi|Suzuki|Polestar|Rivian|Prius"
)
_CAR_BRAND = re.compile(rf"\b(?:{_BRANDS})\b")
# Asked to set a value ("Change my employer to …", "Could you change what you call me to Jo?"):
# the attribute named says the slot.
_ATTRIBUTES = (
    r"employer|job|work ?place|company|name|nickname|number|phone number|mobile|address|"
    r"home address|gp|doctor|car|partner|what you call (?:the caller|them)"
)
_SET = re.compile(
    rf"^(?:update|change|set|swap|switch|put|make) (?:the caller's |their )?(?P<attr>"
    rf"{_ATTRIBUTES})(?: (?:on|at) (?:the caller's|their) \w+)?(?: down)? (?:to|as) "
)
# ... or the value first: "Put Marcus down as my partner".
_SET_AS = re.compile(
    rf"^(?:put|have|mark|list|note) \S.{{0,60}}? (?:down )?as (?:the caller's|their) "
    rf"(?P<attr>{_ATTRIBUTES})\b(?! (?:for|at|on)\b)"
)
# A form's field read out, then its value: "Employer, next box: Halden Logistics.", "Car. A
# blue Honda Civic.", "Name to use: Bea."
_FIELD = re.compile(
    r"^(?P<field>employer|work|job|workplace|car|vehicle|name(?: to use)?|nickname|partner"
    r"(?:'s name)?|address|home address|e-?mail|phone|phone number|mobile|number|gp|doctor)"
    r"(?:,[^:.]{0,40})?[,:.] (?!(?:it|that|this|they|we|i|yes|no|not|none|nothing|same|fine|"
    rf"busy|good|okay|ok|sorry|please|thanks|{WEEKDAY}|{MONTH})\b)"
    r"(?P<value>(?:an? |the )?(?-i:[A-Z0-9])[^,;]*?)[.!]?$",
    re.IGNORECASE,
)
# The value, then what it is: "Marcus. New fella."; "Halden Logistics. New job."
_FIELD_AFTER = re.compile(
    r"^(?P<value>(?:an? |the )?(?:[a-z]+ )?(?-i:[A-Z0-9])[^,;.]*?|\S+@\S+?)\. "
    r"(?:(?:a|their|the) )?new (?P<field>job|employer|workplace|car|motor|vehicle|partner|fella|"
    r"boyfriend|girlfriend|bloke|man|woman|gp|doctor|number|phone|mobile|e-?mail|address)[.!]?$",
    re.IGNORECASE,
)
_FIELD_SLOTS = {
    "employer": "job", "work": "job", "job": "job", "workplace": "job", "car": "car",
    "vehicle": "car", "name": "name", "name to use": "name", "nickname": "name",
    "partner": "partner", "partner's name": "partner", "address": "address",
    "home address": "address", "email": "email", "e-mail": "email", "phone": "phone",
    "phone number": "phone", "mobile": "phone", "number": "phone", "gp": "doctor",
    "doctor": "doctor", "motor": "car", "fella": "partner", "boyfriend": "partner",
    "girlfriend": "partner", "bloke": "partner", "man": "partner", "woman": "partner",
}  # fmt: skip
_SET_SLOTS = {
    "employer": "job", "job": "job", "workplace": "job", "work place": "job", "company": "job",
    "name": "name", "nickname": "name", "number": "phone", "phone number": "phone",
    "mobile": "phone", "address": "address", "home address": "address", "gp": "doctor",
    "doctor": "doctor", "car": "car", "partner": "partner",
}  # fmt: skip
# Where one stays, not works: "is at the General Hospital now"
_STAYS = r"(?:Hospital|Infirmary|Hospice|Hotel|Inn|Airport|Station)"
# Where one belongs, not works: "has been at Slimming World since …"
_BELONGS = (
    r"(?:World|Club|Gym|Class|Classes|Group|Society|Choir|Course|Lessons|School|College|"
    r"University|Church|Chapel|Mosque|Temple|Synagogue|Surgery|Medical Centre|Health Centre|"
    r"Day Centre)"
)
# What one uses, never where one works: "…, it's Greenfields Vets now for Rusty"
_SERVICES = r"(?:Vets?|Veterinary|Dental|Dentists?|Opticians?|Pharmacy|Chemists?)"
# "works at", and "working down Halden Logistics" before a name
_AT_WORK = r"(?:at|for|down (?:at )?(?=(?:the )?[A-Z]))"
# Leaving a job, said many ways; the first such cue is where the job rule looks on from.
_LEFT_WORK = (
    r"redundant|resigned|quit(?=,? (?:and|so|but|then)\b|[,.;]|$| (?:their|the|the caller's) "
    r"(?:old )?job)|let go|laid off|sacked|fired|(?:their|the|the caller's) (?:last|old) job|"
    # "stopped going to the old place" is a place one goes to
    r"(?:left )?(?<!going to )(?<!\bgo to )(?<!goes to )the old place|"
    r"the other (?:firm|place|company)|"
    r"(?:doesn't|does not|don't|do not|no longer) work there"
)
# "moved over to the Riverside Clinic, the shifts there are mad": a place and its work, a job
# and never a move of house
_MOVED_TO_WORK = (
    # only the words of a job after it: "went to Tesco, the staff were rude" was a visit
    rf"\b(?:moved|switched) (?:over )?to (?:the )?(?!(?:[A-Z]\w* ){{0,3}}{_STAYS}\b)"
    r"[A-Z]\w*(?: [A-Z]\w*){0,3}, (?:the )?(?:shifts?|rota|colleagues) "
    r"(?:there )?(?:is|are|was|were)\b"
)
# A workplace said in lower case, by what it is: "with the city library these days"
_WORKPLACE = (
    r"the (?:[a-z]+ ){0,2}(?:library|council|hospital|school|college|university|bank|clinic|"
    r"post office|museum|factory|warehouse|depot|supermarket|bakery|care home|nursing home|"
    r"leisure centre|call centre|pharmacy|prison|fire station|police station|airport)\b"
)
_JOB = re.compile(
    # the caller's own later clause, with no one else named: "the caller loves their job, they
    # work at Halden Logistics"
    rf"^(?![^.]*\b(?:{PEOPLE})s?\b)the caller [^.;]*, (?:and |so |but |because )?they "
    rf"(?:now )?work {_AT_WORK}|"
    rf"^{_CALLER} {_NOW}(?:works? {_AT_WORK}|is (?:now |currently )?working {_AT_WORK}|"
    r"(?:has|have) been working (?:at|for)|started (?:a )?new job|"
    r"left their (?:old )?job|(?:changed|moved|switched|swapped) jobs|"
    rf"is at (?:the )?(?![^,.]*\b{_STAYS}\b)"
    r"[A-Z]\w*(?: [A-Z]\w*){0,3} now|"
    r"is employed (?:at|by)|(?:still )?does (?:a few|a couple of|\w+) "
    r"(?:days?|mornings?|afternoons?|evenings?|shifts?) a week (?:at|for)|is staff at|"
    # Irish English: "is after starting at the city library" (has just started)
    rf"(?:is|are) after (?:starting|getting (?:a )?(?:job|start|taken on)) (?:at|with) "
    rf"(?:(?:the )?[A-Z]|{_WORKPLACE})|"
    r"got hired (?:at|by)|(?:has been|have been|was|were|got|is being) taken on (?:at|by)|"
    r"got a (?:place|post|start|position) (?:at|with)|"
    rf"got in (?:at|with) (?:(?:the )?[A-Z]|{_WORKPLACE})|"
    r"started (?:a )?(?:new )?(?:job|position|role) (?:at|with)|"
    r"is at (?:the )?[A-Z]\w*(?: [A-Z]\w*)*,? (?:and )?(?:has |have )?been (?:there )?"
    r"for (?:years|ages|a long time|\d+ years)|"
    r"joined (?:the )?[A-Z]\w*(?!\w|'s| (?:loyalty|club|gym|scheme|list|class|group|"
    r"newsletter|choir|team)\b)|"
    r"(?:has )?been at (?:the )?\w+(?: \w+){0,2} "
    r"for (?:years|ages|a long time|\d+ years)|"
    # "has been at Halden Logistics since the children left school, nearly twenty years"
    rf"(?:has )?been at (?:the )?(?![^,.]*\b(?:{_STAYS}|{_BELONGS})\b)"
    r"[A-Z]\w*(?: [A-Z]\w*){0,3} "
    r"since\b(?![^.]*\b(?:patient|treatment|physio|scans?|appointments?|check-?ups?|rehab)\b)"
    r"[^.]{0,60}?\b(?:years|decades)\b|"
    # "has been at Halden Logistics since the first of the month"
    rf"(?:has )?been at (?:the )?(?![^,.]*\b(?:{_STAYS}|{_BELONGS})\b)"
    r"[A-Z]\w*(?: [A-Z]\w*){0,3} "
    r"since(?![^.]*\b(?:patient|treatment|physio|scans?|appointments?|check-?ups?|rehab)\b) "
    r"(?:the (?:first|start|beginning) of (?:the|this|last) (?:month|year)|"
    rf"last (?:month|year)|(?i:{MONTH}))\b|"
    # "is at Halden Logistics, been there years"
    rf"is at (?:the )?(?![^,.]*\b(?:{_STAYS}|{_BELONGS})\b)[A-Z]\w*(?: [A-Z]\w*){{0,3}},? "
    r"(?:and )?(?:has |have )?been there (?:for )?(?:years|ages|a long time|a (?:good|long) while|"
    r"donkey's years|\d+ years)\b|"
    r"is at (?:the )?[A-Z]\w*(?: [A-Z]\w*)*,? (?:and )?(?:has |have )?been there since\b"
    rf"(?! (?:last |this )?(?i:{WEEKDAY}|{MONTH}|yesterday|the weekend|last (?:week|night)|"
    r"this (?:morning|week)|the fall|the operation)\b))"
    r"|^the caller's (?:new )?(?:job|employer) is\b"
    rf"|{_MOVED_TO_WORK}"
    # "Work's Halden Logistics, mate": a place named and nothing after it; never "work's
    # Christmas do" nor "work's Tuesday"
    rf"|^(?:the caller's )?work(?:'s| is) (?:the )?(?!(?i:{WEEKDAY}|{MONTH})\b)"
    r"[A-Z]\w*(?: [A-Z]\w*){0,3}(?=[,.;!]|$| now\b| these days\b)"
    rf"|^(?:the caller's )?work(?:'s| is) {_WORKPLACE}(?=[,.;!]|$| now\b| these days\b)"
    rf"|\b(?:the caller|they) got in (?:at|with) (?:(?:the )?[A-Z]\w*|{_WORKPLACE})"
    # the clause that ends a story: "…, so they applied around and now they work at X"
    r"|\band now (?:the caller|they) (?:works?|is working|are working) (?:at|for) (?:the )?[A-Z]"
    # "has a good job at Halden Logistics"; "is at Halden Logistics for years now"
    rf"|^{_CALLER} {_NOW}(?:has|got|has taken|took) a (?:\w+ )?job (?:at|with) "
    rf"(?:(?:the )?[A-Z]|{_WORKPLACE})"
    rf"|^{_CALLER} is at (?:the )?(?![^,.]*\b(?:{_STAYS}|{_BELONGS})\b)"
    r"[A-Z]\w*(?: [A-Z]\w*){0,3} "
    r"for (?:years|ages|a long time|\d+ years)\b"
    r"|\bthe caller (?:has |have )?(?:got|found|landed|taken|took|accepted|started) "
    r"(?:a (?:new )?(?:job|position|role)|something|work) (?:at|with)\b"
    # said as a form's field too: "Employer, Halden Logistics."
    r"|^(?:the caller's )?employer(?: is (?:the )?[A-Za-z]|[,:] (?:the )?[A-Z])"
    r"|\b(?:the )?[A-Z]\w*(?: [A-Z]\w*){0,3} (?:took|has taken) (?:the caller|them) on\b"
    r"|\bgot (?:the caller|them) (?:a job |a place )?in (?:at|with) (?:the )?[A-Z]"
    r"|\b(?:since|when) (?:they|the caller) started (?:at|with) (?:the )?"
    r"(?![^,.]*\b(?:World|Club|Gym|Class|Classes|Group|Society|Choir|Course|Lessons|School|"
    r"College|University)\b)[A-Z]"
    # "Different job. The Riverside Clinic. Started Monday."
    r"|^(?:a )?(?:new|different|another) job\b[.!,]? (?:[Tt]he )?(?!The\b|They\b|It\b|I\b|"
    r"Their\b)[A-Z][\w-]*(?: [A-Z][\w-]*)*[.,!]"
    r"|^the caller (?:has |have )?(?:moved|changed|switched) jobs\b"
    # "…, new job, they started at the Riverside Clinic on 24 February"
    r"|\bnew job,? (?:they|the caller) (?:have |has )?(?:started|start|are starting) (?:at|with) "
    r"(?:the )?[A-Z]"
    # "it's definitely the Riverside Clinic now, they started there …"
    r"|\bit is (?:definitely |now )?(?:the )?[A-Z]\w*(?: [A-Z]\w*){0,3} now, (?:they|the caller) "
    r"(?:have |has )?started there\b"
    r"|^the caller (?:is|are) (?:on the payroll|in the office|doing \w+|employed) (?:at|for|by) "
    r"(?:the )?[A-Z]"
    r"|^the caller (?:has |have )?handed (?:in )?(?:their|the) notice\b"
    # at a named place with its working hours: "is at Halden Logistics, in the office, nine
    # to five"
    r"|^the caller is at (?:the )?(?![^,]*\b(?:College|University|Uni|School|Academy)\b)"
    r"[A-Z]\w*(?: [A-Z]\w*){0,3},? (?:and )?(?:in the office|"
    r"on (?:the )?(?:\w+ )?shifts?|nine to five|9 to 5|9-5|full[- ]time|part[- ]time|"
    r"(?:mostly |working )?from home|on (?:the )?(?:front desk|tills|reception|nights)|"
    r"(?:mostly )?(?:nights|days|lates|earlies)(?: mostly)?|early starts|"
    r"in (?:sales|accounts|marketing|admin|finance|payroll|HR|IT))(?=[,.;]|$)"
    # the first cue only (".*" after every cue was quadratic); "quit" alone or of a job
    rf"|^(?:(?!\b(?:{_LEFT_WORK})\b).)*\b(?:{_LEFT_WORK})\b.*"
    r"\b(?:(?:the caller is|they are|(?:the caller has|they have) been) (?:now )?(?:over )?"
    r"(?:at|with)|(?:now )?(?:the caller|they) "
    r"(?:now )?works? (?:at|for)|, it is) (?:(?:the )?"
    rf"(?![^,.]*\b(?:{_STAYS}|{_SERVICES})\b)[A-Z]|{_WORKPLACE})"
    # "…, they are working at Halden Logistics now"; "…, so update their employer"
    r"|, (?:and |so |but )?(?:now )?they (?:are|have been) (?:now )?working (?:at|for) "
    r"(?:the )?[A-Za-z]"
    r"|\b(?:update|change|amend) (?:their|the caller's) (?:employer|job|workplace|work "
    r"details)\b"
    # the new place, then the old one left: "… has been at the Riverside Clinic, they left the
    # old place"
    rf"|\b(?:the caller|they) (?:is|are|has been|have been) (?:now )?at (?:the )?"
    rf"(?![^,.]*\b{_STAYS}\b)[A-Z][\w-]*(?: [A-Z][\w-]*){{0,3}}(?: now)?, (?:(?:and|so|but) )?"
    r"(?:the caller|they) (?:has |have )?(?:left|quit|packed in) (?:the|their|the caller's) "
    r"(?:old|last|other) (?:job|place|work|firm|company|employer)\b"
)
# "Halden Logistics, that's where they work": the cue first, then a name just before it (a
# name pattern tried at every capital would be quadratic)
_WORKS_THERE = re.compile(
    r"\bthat(?: is|'s) (?:where (?:they|the caller) (?:works?|clocks? in)|(?:the caller's|their) "
    r"(?:employer|workplace|work)(?=\s*(?:[,.;!]|$)| now\b| these days\b))"
)
_NAMED_JUST_BEFORE = re.compile(r"\b[A-Z]\w+(?: [A-Z]\w+)*,? $")
_NAMED_FOR_THEM = re.compile(
    r"\b(?:to|at) (?:the )?[A-Z]\w+(?: [A-Z]\w+)* for (?:the caller|them),? $"
)
_PLACE_FIRST = re.compile(r"[Tt]he (?:[a-z]+ ){0,3}[a-z]+, ")
_CAR_CUE = re.compile(
    r"\b(?:drives?|driving|motor|bought|got|traded|sold|have|has|run|runs|picked up|"
    r"the caller's is (?:a|an)|^it is (?:a|an)|(?:these days|now)[,;]? it is (?:a|an)|"
    r"leased?|part-exchanged|that(?:'s| is) (?:the caller's|theirs)|pulling up|pull up|"
    r"turn(?:s|ing)? up in|arriv(?:e|es|ing) in|gets? (?:around|about) in|getting around in|"
    r"it(?:'ll| will) be (?:a|an|the)|the car(?:'s| is)|look out for|"
    r"(?:the caller's|their) (?:car|vehicle)|(?:old|new) (?:car|vehicle)|"
    r"(?:takes?|uses?) it (?:to|out|for))\b"
)
# Someone named doing it: "Tom has just bought a Tesla", "Tom will just text the caller",
# "Tom plays golf on Sundays".
_SOMEONE_NAMED = re.compile(
    r"^(?!(?:The|It|They|Their|Please|Text|Email|Call|Ring|Phone|Things|Everything|Nothing|"
    r"Something|Everyone|Everybody|Nobody|Someone|Somebody|This|That|These|Those|There|Here|"
    r"Work|Life|Plans)\b)[A-Z][a-z]+ (?:has|have|had|"
    r"just|bought|got|drives|is|was|will|would|can|could|should|always|usually|plays|goes|does|"
    r"texts|calls|emails|rings)\b"
)
_MINE = re.compile(r"^(?:the caller|they)\b|\b(?:the caller's|theirs|the caller)\b")
_CAR = re.compile(
    rf"^{_CALLER} {_NOW}(?:drives? (?:a|an)\b|is driving\b|got a new car|traded|sold the old)"
    r"|^(?:sold the old one, )?the caller's (?:new )?(?:car|motor) is\b"
)
# Words a caller is called that are no name of theirs: "Everyone at work calls me Boss"
_TITLES = (
    r"(?:Boss|Trouble|Mum|Mom|Mam|Dad|Nan|Nana|Gran|Granny|Grandad|Grandma|Grandpa|Miss|Sir|"
    r"Madam|Mother|Father|Auntie|Aunt|Uncle|Chief|Doc|Teacher|Love|Darling|Christmas|Boxing|"
    r"Nanny|Granddad|Grandpa|Grampa|Gramps|Captain|Sister|Professor|Chair|Chairman|Coach|"
    r"Skipper|Pastor|Reverend|Head|Manager|Supervisor|Doctor|Nurse)"
)
# "The caller is rebranding, you can call them Sunny now" (never others before it: "The
# new carers are from Poland, you can call them Ania and Kasia")
_YOU_CAN_CALL = re.compile(
    rf"\byou (?:can|may|could|should) (?:now )?call (?:the caller|them) (?!{_TITLES}\b)"
    rf"(?!(?i:{WEEKDAY}|{MONTH})\b)[A-Z][a-z]+\b(?! [A-Z]| (?:and|or|&) [A-Z])"
)
_NAME_RULE = re.compile(
    rf"^(?:please |just |you can |(?:can|could|would) you )?call the caller [A-Z][a-z]+"
    r"|(?:everyone|everybody) calls "
    r"(?:the caller|them) [A-Z]"
    # "Everyone at the club calls the caller Jo now", "The girls at work call the caller Bea"
    r"|\b(?:everyone|everybody|girls|boys|lads|guys|people|folks|colleagues|the team) "
    r"(?:at|in|from) (?:work|church|school|the \w+(?: \w+)?) calls? the caller "
    rf"(?!{_TITLES}\b)[A-Z][a-z]+\b(?! [A-Z])(?![^.]*\b(?:can't stand|hate|don't like)\b)"
    r"|^(?:the caller's |their )?(?:friends|family|mates|people|everyone|"
    r"everybody) (?:all )?calls? (?:the caller|them) [A-Z][a-z]+"
    rf"|^{_CALLER} prefers [A-Z][a-z]+\.?$"
    # "Their husband always called the caller Sunny, …, so you may too"
    rf"|\bcall(?:s|ed)? (?:the caller|them) (?!{_TITLES}\b)(?!(?i:{WEEKDAY}|{MONTH})\b)"
    r"[A-Z][a-z]+\b(?=[^.]*\bso you (?:may|can|could|might as well)(?: too| as well| and all)?"
    r"[.,!]*$)"
    # "Make it Jo", never "Make it Earl Grey in the basket"
    r"|^make it [A-Z][a-z]+\b(?! [A-Z]| in (?:the|my|their|a)\b| for (?:the|a)\b)"
    # a name said with the word "name": "The caller uses again Max now, the name from when they
    # were young", "The other name no, now is Max for the caller"
    rf"|^{_CALLER} (?:uses?|is using) again (?!(?i:{WEEKDAY}|{MONTH})\b)"
    r"[A-Z][a-z]+ (?:now|these days)\b[^.]*\bthe name\b"
    rf"|^the other name\b[^.]*\bnow (?:is|it's|it is) (?!(?i:{WEEKDAY}|{MONTH})\b)[A-Z][a-z]+ "
    r"for (?:the caller|them)\b"
    # "Now the caller prefers Jo, please, call them like this"
    rf"|^now,? {_CALLER} prefers (?!(?i:{WEEKDAY}|{MONTH})\b)[A-Z][a-z]+,? (?:please,? )?"
    r"call (?:them|the caller)\b"
    r"|\b[A-Z][a-z]+ is what the caller answers to\b|\bthe caller (?:only )?answers to [A-Z]"
    r"|^(?:the caller|they)(?!'s)\b[^.]*?, (?:and )?they (?:now )?go by [A-Z][a-z]+"
    r"|^put (?:the caller|them) down as [A-Z][a-z]+[.?!]?$"
    r"|(?:\b(?:please|just|now)|[,;.!]) [Cc]all (?:the caller|them) "
    rf"(?!(?i:{WEEKDAY}|{MONTH}|tomorrow|tonight|today)\b)"
    r"[A-Z][a-z]+\b(?! (?:on|at|about|back)\b)"
    rf"|\b(?:so|then) call the caller (?!{_TITLES}\b)"
    rf"(?!(?i:{WEEKDAY}|{MONTH}|tomorrow|tonight|today)\b)"
    r"[A-Z][a-z]+\b(?! (?:on|at|about|back)\b)"
    rf"|^it is (?!(?i:{WEEKDAY}|{MONTH})\b)[A-Z][a-z]+,? please,? "
    r"(?:(?!(?:\w+(?<!caller)'s|company|business|shop|account|booking) )\S+ ){0,4}"
    r"(?:(?:full|first|real|proper) )?name\b"
    # "doesn't go by Uber any more" is travel: a name is called for beside it
    rf"|^{_CALLER} (?:(?:doesn't|does not|no longer) go(?:es)?|(?:has )?stopped going) by "
    r"[A-Z][a-z]+\b[^.]*?"
    r"\b(?:call (?:the caller|them)|name|it is [A-Z][a-z]+|they are [A-Z][a-z]+|known as)\b"
    # "It's Jo. Not Bea.": the whole memory a name set against another
    rf"|^it is (?!(?i:{WEEKDAY}|{MONTH})\b)(?!(?:{_BRANDS})\b)[A-Z][a-z]+[.,] [Nn]ot "
    rf"(?!(?i:{WEEKDAY}|{MONTH})\b)(?!(?:{_BRANDS})\b)"
    r"[A-Z][a-z]+[.!]?(?: [Nn]ot any ?more[.!]?)?$"
    # after asking what they are called: "Can you check what you call the caller on the file?
    # It's Bea these days."; "It's Sunny these days. That's what the caller wants you to call
    # them."; "… got the caller as Max, that's their name to everyone"; "… it says Sunny,
    # because that's what the caller goes by"
    rf"|\bwhat you call (?:the caller|them)(?!'s)\b[^.?]*\? [Ii]t(?:'s| is) "
    rf"(?!(?i:{WEEKDAY}|{MONTH})\b)"
    r"[A-Z][a-z]+ (?:now|these days)\b"
    # "gone back to what their family always called them, so it's Jo now"
    r"|\bwhat (?:(?:the caller's|their) (?:\w+ ){0,2}(?:always |used to |still )?call(?:s|ed)? "
    r"(?:the caller|them)|(?:\w+ ){0,2}(?:always |used to |still )?call(?:s|ed)? the caller)"
    r"(?!'s)\b(?! on\b)[^.]{0,30}?[,;] (?:(?:so|and) )?(?:it(?:'s| is)|they are|they go by) "
    rf"(?!(?i:{WEEKDAY}|{MONTH})\b)(?!(?:{_BRANDS}|{_TITLES})\b)[A-Z][a-z]+ (?:now|these days)\b"
    # "which meant they became Lou, and they go by it now"
    r"|(?:\bthe caller|\b(?:which meant|so|and) they) (?:became|become) "
    rf"(?!(?i:{WEEKDAY}|{MONTH})\b)(?!(?:{_BRANDS}|{_TITLES})\b)[A-Z][a-z]+\b(?! [A-Z])"
    r"[^.]{0,30}?\b(?:(?:they|the caller) go(?:es)? by|(?:they|the caller) answers? to|"
    r"call (?:them|the caller)) (?:it|that)(?=[,.;!]|$| now\b| these days\b)"
    # "Your letters still call the caller by their old nickname, they go by Jo now"
    r"|\bcall(?:s|ing)? (?:the caller|them) by (?:their|the|a) (?:old |wrong |other |full )?"
    r"(?:nick)?name\b[^.]{0,20}?[,;] (?:(?:but|and|so) )?they (?:now )?go by "
    rf"(?!(?i:{WEEKDAY}|{MONTH})\b)(?!(?:{_BRANDS}|{_TITLES})\b)[A-Z][a-z]+\b"
    # "Please change the name you call the caller to Bea"
    r"|\b(?:change|update|set|put|switch) the name (?:you|we) (?:call|use for) the caller(?!'s) "
    rf"(?:to|as) (?!(?i:{WEEKDAY}|{MONTH})\b)(?!(?:{_BRANDS}|{_TITLES})\b)[A-Z][a-z]+\b"
    # "Please update what you call the caller, they go by Bea now"
    r"|\b(?:update|change|correct|fix|amend) what you call the caller(?!'s)\b(?! on\b)[^.?]{0,30}"
    r"(?:[,;:.?]| -| —) (?:(?:but|and|so) )?(?:[Tt]hey (?:now )?go by|[Ii]t(?:'s| is)|[Tt]hey are|"
    r"[Tt]he caller is) "
    rf"(?!(?i:{WEEKDAY}|{MONTH})\b)(?!(?:{_BRANDS})\b)[A-Z][a-z]+\b"
    rf"|^it(?:'s| is) (?!(?i:{WEEKDAY}|{MONTH})\b)[A-Z][a-z]+(?: now| these days)?[.,] "
    r"[Tt]hat(?:'s| is) what (?:the caller|they) (?:wants?|would like|'d like|prefers?) "
    r"(?:you )?to call (?:them|the caller)\b"
    rf"|\bgot (?:the caller|them) (?:down )?as (?!(?i:{WEEKDAY}|{MONTH})\b)[A-Z][a-z]+, "
    r"that(?:'s| is) (?:their|the caller's) name\b"
    rf"|\bit says (?!(?i:{WEEKDAY}|{MONTH})\b)[A-Z][a-z]+,? (?:because |as )?"
    r"that(?:'s| is) what (?:the caller|they) (?:goes|go) by\b"
    # "you've STILL got Jo on the caller's membership card, it's Lou now" (a card or a badge
    # carries a name; an account or the records a bank, a network, a doctor too)
    rf"|\b(?:got|have) (?!(?i:{WEEKDAY}|{MONTH})\b)[A-Z][a-z]+ (?:down )?on (?:the caller's|their|"
    r"the) (?:(?:membership|loyalty|library|gym|member|ID|id|name) )?(?:card|badge|name badge),? "
    r"(?:but |and )?(?:it(?:'s| is)|their name(?:'s| is)|they go by) "
    rf"(?!(?i:{WEEKDAY}|{MONTH})\b)(?!(?:{_BRANDS})\b)[A-Z][a-z]+ (?:now|these days)\b"
    r"|\bgot (?:the caller|them) (?:down )?as "
    rf"(?!(?i:{WEEKDAY}|{MONTH}|vegetarian|vegan)\b)(?!(?:{_BRANDS})\b)"
    r"[A-Z][a-z]+, that(?: is|'s) (?:wrong|not right|"
    r"out of date|old)\b"
    r"|\bput [A-Z][a-z]+ (?:down )?as (?:what (?:the caller is|they are) called|"
    r"(?:the caller's|their) name)\b(?![^.]*\b(?:booking|table|order|ticket|reservation|"
    r"invoice|raffle|parcel|delivery|list)\b)"
    # "put Jo on the caller's file, that's what they are called these days"
    r"|\b(?:put|have|call|make it) [A-Z][a-z]+\b[^.]{0,60}, that(?:'s| is) what "
    r"(?:the caller is|they are) called\b"
    r"|\bthe caller (?:would rather|would like to|wants to|prefers to|likes to) be called "
    r"[A-Z][a-z]+"
    r"|\bknows? (?:the caller|them) as [A-Z][a-z]+|\bcalling (?:the caller|them) [A-Z][a-z]+"
    rf"|^you can (?:say|use) (?!(?i:{WEEKDAY}|{MONTH})\b)[A-Z][a-z]+\b(?=\s*(?:[,.;!?]|$))"
    r"|\bthat(?:'s| is) what (?:\w+ ){0,3}calls? (?:the caller|them)\b"
    r"|(?<!n't )(?<!not )(?<!never )\bcall (?:the caller|them) that\b"
    # "It's Lou now. Call me that."; "Going by Lou these days."
    r"|\b(?:[A-Z][a-z]+)\b[^.]*[.!] (?<!n't )[Cc]all (?:the caller|them) that\b"
    rf"|^(?:going|go|goes) by (?!(?i:{WEEKDAY}|{MONTH})\b)[A-Z][a-z]+\b"
    r"(?! (?:bus|train|car|taxi|road|rail)\b)"
    r"|\b(?:change|update|put|set|make) the name on (?:the caller's|their) (?:file|record|"
    r"account|notes|details) (?:to|as) [A-Z][a-z]+"
    r"|\b(?:(?:the caller's|their|the old|old) (?:nick)?name|(?:nobody|no one|no-one) calls "
    r"(?:the caller|them) that)\b[^.]{0,40}?[,.]? (?:[Tt]hey are|[Tt]he caller is|[Ii]t is) "
    r"[A-Z][a-z]+ "
    r"(?:now|these days)\b"
    r"|(?:^(?:the caller|they|it)|, (?:(?:but|and|so) )?(?:the caller|they)) (?:is|are) "
    r"[A-Z][a-z]+ to (?:everyone|everybody|(?:the caller's|their) (?:friends|family|mates))\b"
    # "It's Bea, no one calls me anything else"
    rf"|^it is (?!(?i:{WEEKDAY}|{MONTH})\b)[A-Z][a-z]+,? (?:and )?(?:no one|nobody|no-one) "
    r"(?:calls|has ever called) (?:the caller|them) anything else\b"
    r"|\baddress (?:the caller|them) as [A-Z][a-z]+\b"
    # "the caller wants that you call them Sunny"
    r"|\b(?:wants?|would like|would rather|prefers?) (?:that )?you (?:to )?call "
    rf"(?:the caller|them) (?!(?i:{WEEKDAY}|{MONTH}|tomorrow|tonight|today|back)\b)[A-Z][a-z]+\b"
    # "(their mum says tell you) they are Jo these days"; never "is Irish these days"
    r"|^the caller is (?!(?:British|English|Irish|Scottish|Welsh|Catholic|Muslim|Jewish|Hindu|"
    r"Buddhist|Christian|Vegan|Vegetarian)\b)[A-Z][a-z]+ (?:now|these days)\b"
    r"|\bput (?:the caller|them) down as [A-Z][a-z]+,? that(?:'s| is) what (?:they|the caller) "
    r"go(?:es)? by\b"
    r"|^(?:the caller|they) (?:has |have )?(?:gone|going|went) back to [A-Z][a-z]+,? "
    r"(?:if you (?:wouldn't|don't) mind |please )?us(?:e|ing) (?:that|it)\b"
    rf"|(?:^|, ){_CALLER} {_NOW}(?:started |starting |(?:has|have) been |will )?"
    r"(?:goes by|going by|go by|"
    r"is going by|prefers to be called|likes to be called|wants to be called|"
    r"would like to be called|would rather be called|'d rather be called)\b"
)
# A bare name answering how to address them: "Bea is fine.", "Just Bea is fine."
_FINE = re.compile(
    r"^(?:just )?(?P<name>[A-Z][a-z]+)(?: (?:is fine|will do|is good)(?:[.!]?$|,.*\bname\b)"
    # "Jo, bro, that's the caller."
    r"|(?:, [a-z]+)?, that(?:'s| is) (?:the caller|them)[.!]?$)"
)
_CONTACT = re.compile(
    rf"^{_CALLER} (?:wants|prefers|would like|would rather|would prefer) (?:to be )?(?:you |that "
    r"you |that we |us )?(?:to )?(?:texted|emailed|called|phoned|text|email|call|phone|ring|"
    r"contact)\b"
    # never what the caller is called: "update what you call the caller, they go by Bea now";
    # but what they are called on is how: "update what you call the caller on, it's …"
    r"|\bwhat (?:you|we) (?:\w+ )?(?:call|ring|phone|text|contact) (?:the caller|them) on\b"
    r"|(?<!what you )(?<!what we )(?<!what to )(?<!name you )(?<!name we )"
    r"\b(?i:text|email|e-mail|phone|ring|call) (?:the caller|them)\b(?! [A-Z]| on \d| at \S+@)"
)
# what the caller is called, never how to reach them: "what the caller's kids call them"
_WHAT_CALLED = re.compile(
    r"\bwhat (?:\w+(?:'s)? ){0,3}call(?:s|ed)? (?:the caller|them)\b(?! on\b)"
    r"|\bcall(?:s|ing)? (?:the caller|them) by (?:their|the|a) (?:\w+ )?(?:nick)?name\b"
)
_CONTACT_CUE = re.compile(
    r"\b(?:prefer|prefers|preference|preferred|rather|best|easiest|instead|from now on|"
    r"going forward|please|"
    r"in future|would like|wants|from here on|now|the old way|suits|"
    r"works best|that works|these days|if you need (?:the caller|them)|just)\b"
)
# what a pet is, never its name: "We've got a dog. Labrador."
_BREEDS = (
    r"(?:Labrador|Lab|Greyhound|Spaniel|Terrier|Collie|Poodle|Beagle|Siamese|Persian|Tabby|"
    r"Ginger|Black|White|Grey|Gray|Brown|Rescue|Mongrel|Mutt|Moggy|Puppy|Kitten|Exciting|Lovely)"
)
_PET = re.compile(
    rf"\b(?:a|an|one|little|our|their|the caller's) (?:\w+ )?{_PET_KIND}"
    r"(?: at home| (?:at|in) the (?:property|house|home|flat|household))?,? "
    r"(?:(?:is |was )?(?:called |named |by the name of )|is )?"
    r"(?P<a>[A-Z]\w+)"
    # "Biscuit, the caller's little cat"; never "Sam, their dog walker"
    rf"|\b(?P<b>[A-Z]\w+)(?:,| is) (?:that's |that is )?(?:the caller's|their) (?:\w+ )?"
    rf"{_PET_KIND}\b(?![- ](?:walker|sitter|groomer|minder|trainer|walking|sitting)\b)"
    # "their cat's name is Biscuit", "the caller has cat, her name is Pepper"
    rf"|\b(?:(?:the caller's|their) {_PET_KIND}'s|{_PET_KIND},? (?:her|his|its)) name is "
    r"(?P<c>[A-Z]\w+)"
    # "two cats in the house: Biscuit is theirs, Noodle belongs to their son"
    rf"|\b{_PET_KIND}s?\b[^.]*?\b(?P<d>[A-Z]\w+) is (?:theirs|the caller's)(?=[,.;!?]|$)"
    # "Cat's called Pepper."
    rf"|^(?:[Tt]he )?(?i:{_PET_KIND})(?:'s| is) (?:called|named) (?P<e>[A-Z]\w+)"
    # "The love of their life, and they mean the cat, is called Bramble."
    rf"|, (?:and )?(?:they|the caller|I) mean (?:the|their|our|the caller's) {_PET_KIND}, is "
    r"(?:called|named) (?P<g>[A-Z]\w+)\b(?! [A-Z])"
    # "The caller and others have a cat. Bramble." (the name said alone after it)
    # (had, never "It's about their dog. Bella.", which names no pet of theirs as had)
    rf"|\b(?:have|has|had|got) (?:a|an|one) (?:\w+ )?{_PET_KIND}[.:] (?!{_BREEDS}\b)"
    r"(?P<f>[A-Z]\w+)\.?$"
    # "the caller has a cat and she's called Mochi"
    rf"|\b(?:have|has|got) (?:a|an|one) (?:\w+ )?{_PET_KIND}(?:,| and|, and|\.) "
    r"(?i:she|he|it)(?:'s| is) (?:called|named) (?P<i>[A-Z]\w+)"
)
_NEXT_DOOR = re.compile(r"\b(?:next door|neighbou?rs?|[Tt]he [A-Z][a-z]+s)\b")
_LOSS_NAMES = (
    "p",
    "d",
    "a",
    "b",
    "c",
    "g",
    "h",
    "l",
    "x",
    "y",
    "f",
    "t",
    "r",
    "z",
    "k",
)  # its names
# The caller's family as named alone, never a pet's or anyone's name: "Mum passed in March"
_KIN = (
    "Nan|Nana|Gran|Granny|Grandad|Mum|Mam|Mom|Dad|Aunt|Auntie|Uncle|Mother|Father|Grandma|"
    "Grandpa|Grandmother|Grandfather"
)
# A pet away for a while, not gone: "went to live with their sister for the summer" (never "a
# while ago")
_A_WHILE = (
    r"\b(?:(?<!a )while|until|till|for now|just now|for the (?:summer|winter|holidays?|day|night|"
    r"weekend|week|month)|for (?:a|two|three|a few|a couple of) (?:days?|weeks?|months?))\b"
)
_PET_LOSS = re.compile(
    r"\b(?:lost|rehomed|rehome|put down|put to sleep|said goodbye to|had to say goodbye to|"
    r"gave away|buried|"
    # "We do not have Pepper anymore, we gave her to other family"
    r"(?:do not|don't|does not|doesn't) have(?= [A-Z]\w+ any ?more\b[^.]*\b(?:gave|given) "
    r"(?:her|him) (?:away|to)\b)|"
    r"have (?P<p>[A-Z]\w+) put (?:to sleep|down)|"
    rf"(?:had|has|have|having) to put (?:(?:their|our|the caller's) (?:\w+ )?{_PET_KIND} )?"
    r"(?P<d>[A-Z]\w+) (?:to sleep|down(?! (?:as|for|to|instead)\b| on (?:the|a|their)\b"
    # "… down in February 2026" (a date the extractor wrote), never "down in the diary"
    rf"| in (?!(?:(?i:{MONTH})|\d|the week of|the (?:spring|summer|autumn|fall|winter))\b)"
    r"| in (?:[\w,]+ ){1,4}(?:as|for)\b)))\b"
    r"(?: (?:their|our|the caller's) (?:\w+ )?"
    rf"{_PET_KIND})? ?(?:(?P<a>[A-Z]\w+\b)(?! [A-Z]))?"
    # "the vet said there was nothing more they could do, so we had to let Bramble go"
    # … a pet's, by the vet or the pet's kind in the sentence (not Mum into a home, not a carer)
    rf"|\b(?:vets?|{_PET_KIND}s?)\b[^.]*?\b(?:had|have|has|having) to let (?P<x>[A-Z]\w+) go\b"
    r"(?! (?:to|for|out|outside|back|into|on|home)\b)"
    r"|(?:had|have|has|having) to let (?P<y>[A-Z]\w+) go\b"
    r"(?! (?:to|for|out|outside|back|into|on|home)\b)"
    rf"(?=[^.]*\b(?:vets?|put (?:down|to sleep)|{_PET_KIND}s?)\b)"
    # "their daughter took Mochi to live with her, …, so there's no cat here now"
    rf"|\btook (?!(?:{_KIN})\b)(?P<k>[A-Z]\w+) (?:to live with|in for good|home for good|"
    r"with (?:her|him|them) when (?:she|he|they) (?:moved out|moved away))\b"
    r"(?![^.]*\b(?:while|until|till|for (?:the|a|now)|back|during|coming home|coming back)\b)"
    rf"(?=[^.]*\b(?:no (?:\w+ )?{_PET_KIND}s?|no pets|litter tray|(?:don't|doesn't|do not|"
    rf"does not) have (?:a|any) {_PET_KIND}s? (?:now|any ?more))\b)"
    # "the allergy clinic said the cat had to go, so Pepper lives with their niece now"
    rf"|\b(?:the|their|our|the caller's) {_PET_KIND} (?:had|has) to go\b"
    r"(?! (?:to|for|in|into|back|out|under|on|away|somewhere)\b)[^.]*?\b(?P<z>[A-Z]\w+)"
    r"(?:'s living| (?:now )?(?:lives|is living|went to live|has gone to live|moved in)) with\b"
    r"(?![^.]*\b(?:while|until|till|for (?:the|a|now|\w+ (?:days?|weeks?|months?))|over|during|"
    r"back)\b)"
    # "in the end we found Mochi a new home with a neighbour"
    r"|found (?P<f>[A-Z]\w+) a (?:new|good|loving|forever|lovely) home\b"
    r"|(?:gave|given) (?P<c>[A-Z]\w+) (?:away|to|up)\b"
    r"(?![^.]*\b(?:while|until|till|for the (?:day|night|weekend|week)|back|sitter|kennels?)\b)"
    # "give Biscuit to a rescue"; "give Rex to the dog walker at nine" is no loss
    r"|give (?P<g>[A-Z]\w+) (?:away|to (?:a |an |the )?(?:\w+ )?(?:rescue|shelter|sanctuary|"
    r"charity|rehoming|new (?:home|owner|family)))\b"
    # "had to give Biscuit to their sister": for good, unless said to be for a while
    r"|(?:had|have|has|having) to give (?P<h>[A-Z]\w+) (?:away|to|up)\b"
    r"(?![^.]*\b(?:while|until|till|for (?:the|a|an|two|a few|a couple of) (?:day|night|"
    r"weekend|week|fortnight|hour|morning|afternoon)s?|back|groomers?|vets?|kennels?|cattery|"
    r"sitter|walker|at \w+)\b)"
    # the caller's answer to their own short question: "Pepper? Rehomed." (extract joins them)
    r"|^(?P<t>[A-Z]\w+): (?i:rehomed|re-homed|gone|died|passed(?: away)?|put (?:down|to sleep)|"
    r"given away)\b"
    # "Kindly remove Biscuit from your records; the aforementioned cat died in the spring"
    rf"|\b(?i:remove|take|delete|strike|cross|scratch) (?!(?:{_KIN})\b)(?P<r>[A-Z]\w+) "
    r"(?:off|from|out of) (?:your|the|the caller's|their) (?!(?:contacts?|emergency|next)\b)"
    r"(?:\w+ ){0,2}(?:records?|file|notes|system|section|list|details)\b"
    rf"(?=[^.]*\b(?:she|he|it|the (?:\w+ )?{_PET_KIND})(?:'s| has| had| was)? (?:sadly )?"
    r"(?:died|passed away|passed on|"
    r"passed(?=[,.;!]|$)|deceased|put down|put to sleep|rehomed|re-homed)\b)"
    # "Lost Biscuit, we did, in February"
    r"|^[Ll]ost (?P<l>[A-Z]\w+)(?=[,.;!]|$| (?:last|in|back in|this year)\b)"
    r"(?![^.]*\b(?:found|came back|come back|turned up|back home)\b)"
    r"|(?<!Dr )(?<!Mr )(?<!Mrs )(?<!Ms )\b(?P<b>(?!(?:He|She|It|They|We|You|That|This|What|"
    rf"Which|There|Everything|Nothing|{_KIN}|Husband|Wife|Sister|Brother|Son|Daughter|Cousin)"
    r"\b)"
    r"[A-Z]\w+)"
    # "Mochi, their cat, passed away"
    rf"(?:, (?:the caller's|their|our) (?:old |little |\w+ )?{_PET_KIND},)?"
    r",? (?:(?:already|sadly|just|recently|done) )?"
    # "Mochi was very old and passed away in her sleep", "Pepper got ill and died"; never
    # "Frank was a heavy smoker and died of it, so …" (a person, and a fact after)
    r"(?:(?:was|got|had got|had been|grew) [^.,;!?]{0,40}? and (?:then |sadly |finally )?"
    r"(?=(?:passed away|died)\b(?! of\b)(?![^.]*,? so\b)))?"
    r"(?:pass(?:ed)? away|(?:is )?died|is deceased|is no more|"
    r"is no longer with (?:us|them|the caller)|"
    rf"(?:isn't|is not) with (?:us|them|the caller) any ?more(?=[^.]*\b(?:{_PET_KIND}|she|he)\b)|"
    r"crossed (?:over )?the rainbow bridge|"
    r"is dead(?=[,.;!]|$| (?:since|now|sadly)\b)|"
    r"(?:has )?passed on|(?:has )?passed(?=[,.;!]|$| (?:away|last|recently|in|this|bless)\b)|"
    r"went to live with(?! (?:his|her) (?:girlfriend|boyfriend|partner|wife|husband|fianc\w*|"
    r"mum|mom|dad|mother|father|parents|son|daughter|kids|children|grandparents)\b)"
    rf"(?![^.]*{_A_WHILE})|"
    r"(?:is|has been) gone(?: now)?(?=[,.;!]|$| since\b)"
    r"(?![^.]*\b(?:till|until|back|kennels?|cattery|groomers?|sitter)\b)|"
    r"(?:got|was) (?:hit|killed|run over)\b(?! (?:by )?(?:a |the )?(?:ball|cold|flu|bill)\b)|"
    r"(?:(?:had|has had) to be|was|has been|got|were) (?:rehomed|re-homed|put down|"
    r"put to sleep|given away)|"
    rf"was put to sleep|has gone to(?! (?i:(?:the )?(?:{WEEKDAY}|{MONTH}|\d|mornings?|"
    r"evenings?|afternoons?|nights?))))\b"
)
# A pet let go to someone, with none left: "had to let Biscuit go to their granddaughter's, …
# so there's no cat here now" (read before whose the rest is)
_LET_GO = re.compile(
    r"^(?:the caller(?: and others)?|they) (?:had|have|has) to let (?P<n>[A-Z]\w+) go "
    r"(?:to|and live with|off to)\b(?![^.]*\b(?:while|until|till|for the|for a)\b)"
    rf"(?=[^.]*\b(?:no {_PET_KIND}s?|no pets|for good|new home)\b)"
)
_THEY_REHOMED = re.compile(
    r"^(?:the caller(?: and others)?|they) (?:(?:had|has|have) (?:had )?to )?(?:rehome|rehomed|"
    r"re-home|re-homed) (?P<n>[A-Z]\w+)\b(?!'s)(?! (?:for|while|until|till)\b)"
)
# What the caller asks to be changed, whoever else the memory tells of: "the caller's son moved
# the caller into the home, so you'll need to change the caller's address to …"
_CHANGE_MINE = re.compile(
    r"\b(?:you(?:'ll| will)? (?:need|have) to|please|(?:can|could|would|will) you|kindly) "
    rf"(?:\w+ )?(?:change|update|set|put) the caller's (?P<attr>{_ATTRIBUTES}) "
    r"(?:down )?(?:to|as) (?![^.]*\b(?:while|just for|until|for now|this week|temporarily)\b)"
)
# A pet named, then said to have died: "cancel Biscuit's check-up, she died on Sunday" is the
# pet's loss before it is an appointment; so is "take Mochi off your records, she passed away".
_DIED_AFTER = re.compile(
    r"(?:[,;]|[.!?](?= [SH])) (?:and |as |because |since |(?:right )?(?:up )?until |till |when )?"
    r"(?:sadly,? )?"
    r"(?i:she|he)(?: has|'s| is)? "
    r"(?:died|passed away|passed(?! (?:the|its|her|his|a|an)\b)|was put to sleep|"
    r"had to be put down|(?:has )?gone to (?:a |live with a )?(?:new|good|loving|lovely) "
    r"(?:family|home|owners?))\b"
    # "their cat Pepper she's gone, she got ill": said without the comma too
    r"|[,;]? (?:she|he)(?:'s| is| has) (?:gone|died|passed away)(?=[,.;!]|$| (?:now|sadly)\b)"
    r"(?![^.]*\b(?:till|until|back|kennels?|cattery|groomers?|sitter|vets?)\b)"
    # "The caller's cat, Pepper, they had to have her put to sleep"
    r"|[,;] (?:the caller(?: and others)?|they) (?:had to have|had|have had) (?:her|him) put "
    r"(?:to sleep|down)\b(?![^.]*\b(?:for|while|until|till)\b)"
    # "cancel Biscuit's check-up, they lost her on Sunday"; "…, she got ill and they lost her";
    # "Biscuit got very poorly over the winter and we lost her in the spring"
    r"|(?:[,;]| and) (?:but |so )?(?:as |because |since )?(?:(?:she|he) (?:\w+ ){1,3}and )?"
    r"(?:the caller(?: and others)?|they) (?:\w+ )?(?:lost|buried|"
    r"said goodbye to) (?:her|him)(?=[,.;!]|$| (?:to|after|recently|suddenly|yesterday|"
    r"under|in the garden|at the bottom of the garden|out back|out the back|"
    r"in the (?:back ?)?yard|"
    rf"last (?:week|month|year|night)|on (?:\d|the \d|(?i:{WEEKDAY}))|in (?:\d|(?i:{MONTH})|"
    r"the (?:spring|summer|autumn|fall|winter|night|week of)))\b)"
    # no pet now, one named beside it: "I haven't got a cat any more, Biscuit went to my
    # daughter's"
    rf"|\b(?:(?:doesn't|does not|don't|do not) have|(?:hasn't|has not|haven't|[Nn]ot) got) "
    r"(?:a|any|the) "
    rf"{_PET_KIND}s? (?:now|any ?more)\b"
    rf"|\b[Nn]o {_PET_KIND}s? (?:(?:here|at home|in the house) )?(?:now|any ?more)\b"
    rf"|\bwithout (?:a |the |any )?{_PET_KIND}s? (?:now|any ?more)\b"
    rf"|, no {_PET_KIND}\b"
    # "don't have Biscuit any more, they had to give her away"
    # "… nearly kept Mochi, but in the end they had to rehome her"
    r"|[,;] (?:(?:but|and|so) )?(?:(?:in the end|eventually|sadly|finally|then),? )?"
    r"(?:the caller(?: and others)?|they) (?:had to |have had to )?(?:(?:give|gave|given) "
    r"(?:her|him) away|re-?home(?:d)? (?:her|him)(?! (?:with|to) (?:us|them|the caller)\b))\b"
    r"(?![^.]*\b(?:while|until|till|for the (?:day|night|weekend|week)|back)\b)"
)


# What marks a name as the pet gone: "Biscuit's check-up", "take Mochi off", "got Biscuit on the
# notes", "Bramble any more", "Biscuit went to …", "the cat Biscuit"
_GONE_NAME_AFTER = re.compile(
    r"'s (?:pet |vet )?(?:check-?up|jabs|vaccinations?|appointment|vet|food|insurance|booking|"
    r"grooming|"
    r"trim|bath|walks?|boosters?|injections?|worming|flea treatment|tablets|nails)\b| off\b"
    r"| on (?:your|the|their|the caller's) (?:notes|records?|file|system)\b| any ?more\b"
    r"| down,"  # "you've still got Biscuit down, bless her, she passed away"
    rf"| down as (?:the caller's|their) (?:\w+ )?{_PET_KIND}\b"  # "… won't you? She passed."
    rf"|, (?:the caller's|their|our|my) (?:old |little )?{_PET_KIND}\b"  # "Biscuit, their cat"
    r"| (?:went|has gone|is gone|passed|died|was (?:rehomed|re-homed|given)|has been rehomed|"
    r"got (?:hit|killed|run over)|"
    r"lives with|is living with|to live with|left (?:us|them|the caller)(?= in| last| this|,))\b"
)
_GONE_NAME_BEFORE = re.compile(
    # "your file still lists Pepper as their cat, …, sadly she died"
    r"\bstill (?:lists?|has|have|got|showing|shows|says) $|"
    rf"\b{_PET_KIND},? $|\b(?:reminders?|appointments?|bookings?|grooming|check-?ups?|food|"
    r"pet (?:cover|insurance|policy|plan)) for $"
    r"|\b(?:haven't|hasn't|have not|has not) (?:had|got) $|\bno longer (?:have|has|got) $"
    # "We had Biscuit for fifteen years, until she passed away"
    r"|\b(?:the caller(?: and others)?|they) had $"
)


# one of theirs, or someone of theirs, between the pet and "she's gone"
_SOMEONE_AFTER = re.compile(
    rf"\b(?:the caller's|their) (?:\w+ )?(?:{PEOPLE}|(?i:{_KIN})|grandparents?)\b"
)


# The caller's pet said to have died by its kind, its name said before
_THEIR_PET_DIED = re.compile(
    rf"\b(?:the caller's|their|our) (?:old |little |beloved )?{_PET_KIND},? (?:has )?(?:passed "
    r"away|died|passed on|crossed the rainbow bridge|was put to sleep|had to be put down)\b"
)


def _only_name_before(text: str, end: int) -> str:
    """The one name said before `end` (the first word only as a subject; never a title's, kin,
    a weekday or a month; none of the caller's people named), or ""."""
    before = text[:end]
    if _ANYONE.search(before.lower()):
        return ""
    names = {
        m.group(0)
        for m in _NAME.finditer(before)
        # the first word only as the subject: "Bramble has used up her nine lives, …"
        if (m.start() > 0 or re.match(r" (?:has|had|is|was|got)\b", before[m.end() :]))
        and m.group(0) not in _NOT_NAMES
        and m.group(0) not in _KIN_NAMES
        and m.group(0).lower() not in _INTERJECTIONS
        and not re.search(r"\b(?:Dr|Mr|Mrs|Ms)\.? $", before[: m.start()])
    }
    return names.pop() if len(names) == 1 else ""


_NO_PET = re.compile(
    rf"\bno (?:\w+ )?(?:{_PET_KIND}s?|pets)\b(?! (?:walks?|walker|sitter|shows?|allowed|hair|"
    r"food|on|in (?:the|my|their))\b)"
)


def _died_named(text: str) -> str | None:
    """The pet said to have died: the last name in the clause before "she died", or for "no
    cat any more" the first name around it (not past a "but"); never the sentence's first
    word, a weekday or a month. Lower-cased; None when there is none."""
    died = _DIED_AFTER.search(text)
    if died is None:
        return None
    pronoun = re.match(r"[,;.!?]|\s*(?:she|he|and)\b", died.group(0), re.IGNORECASE) is not None
    start = max(0, died.start() - 60)
    if re.search(rf"\b(?:he|she) was (?:the caller's|their) (?:{PEOPLE})\b", text, re.IGNORECASE):
        return None  # "Your system still shows Tom, he died in May, he was their husband"
    if not pronoun and (
        _AWAY_A_WHILE.search(text) or re.match(r",? either\b", text[died.end() :])
    ):
        # "went to live with their sister for the summer, so no cat just now"; "Sam went back
        # to Poland, …; the caller doesn't have a cat any more either" (another's going)
        return None
    if pronoun:
        around = text[start : died.start()]
    else:
        after = text[died.end() : died.end() + 60]
        around = text[start : died.end()] + re.split(r"\b(?:but|although|while)\b", after)[0]
    names = [
        m.group(0)
        for m in _NAME.finditer(around)
        if m.group(0) not in _NOT_NAMES
        and m.group(0) not in _KIN_NAMES
        and not _PERSON_BEFORE.search(around[: m.start()])
        and (
            (m.start() + start > 0 and _GONE_NAME_AFTER.match(around, m.end()))
            or (
                pronoun and m.start() + start > 0 and _GONE_NAME_BEFORE.search(around[: m.start()])
            )
            # the first word too, marked gone: "Pepper left us in spring, … without cat now"
            or (
                not pronoun
                and m.group(0).lower() not in _INTERJECTIONS
                and _GONE_NAME_AFTER.match(around, m.end())
            )
            # the name right before "she died", no pet left after: "The house is very quiet
            # without Bramble, she died in the spring, so no cat for them these days"
            or (
                pronoun
                and m.start() + start > 0
                and m.end() == len(around)
                and _NO_PET.search(text, died.end())
                and not _PERSON_BEFORE.search(around[: m.start()])
            )
        )
        # "their cat Pepper is fine, but the caller's nan, she's gone now" is the nan's
        and not (pronoun and _SOMEONE_AFTER.search(around[m.end() :].lower()))
    ]
    said = re.search(r"\b(?P<p>she|he)\b", died.group(0), re.IGNORECASE)
    if (
        not names
        and pronoun
        and _ONLY_PETS.search(text, died.start(), died.end() + 40)
        and not re.match(r" for\b", text[died.end() :])  # "put to sleep for the operation"
    ):
        # put to sleep or given a new family: a pet's, the last name before it ("the vet said
        # there was nothing more to be done for Biscuit, she was put to sleep")
        names = [
            m.group(0)
            for m in _NAME.finditer(around)
            if m.start() + start > 0
            and m.group(0) not in _NOT_NAMES
            and m.group(0) not in _KIN_NAMES
            and not re.search(r"\b(?:Dr|Mr|Mrs|Ms)\.? $", around[: m.start()])
            and not _PERSON_BEFORE.search(around[: m.start()])  # "their brother Tom"
            and not _OTHERS_PET.search(around[: m.start()])
        ][-1:]
    if not names and said is not None:
        # the pet the caller introduced earlier in the sentence, with no one the pronoun could
        # mean since: "the caller had a cat, Pepper, she'd sit in the window …, and their
        # husband used to call her the lady of the house, well, she died at Easter"
        introduced = None
        for found in _PET_INTRODUCED.finditer(text, 0, died.start()):
            introduced = found  # the last one
        she = said.group("p").lower() == "she"
        if introduced is not None and introduced.group("n") not in _NOT_NAMES:
            between = text[introduced.end() : died.start()].lower()
            if not re.search(rf"\b(?:{_FEMALE if she else _MALE})\b", between):
                names = [introduced.group("n")]
    opening = _TAKEN_UP.match(text)
    if not names and opening is not None and opening.end() == died.start():
        # "Mochi, she passed, in the spring": the name the caller opens with, taken up by the
        # pronoun (not "The caller is sad about Mary, she died on Sunday.")
        if (
            opening.group("n") not in _NOT_NAMES
            and opening.group("n").lower() not in _INTERJECTIONS
        ):
            names = [opening.group("n")]
    if not names and pronoun and (subject := _PET_SUBJECT.match(text)):
        # the pet the sentence is about: "Pepper got really poorly over the winter and the vet
        # said it was kinder so, she's gone now"
        if (
            subject.group("n") not in _NOT_NAMES
            and subject.group("n").lower() not in _INTERJECTIONS
        ):
            names = [subject.group("n")]
    if not names and not pronoun and (led := _LED_GONE.match(text)):
        # a name gone to live elsewhere may lead a longer sentence: "Biscuit has gone to live
        # on their sister's farm; they nearly kept her, but …, so they don't have a cat any
        # more"
        if (
            died.start() - led.end() <= 120
            and led.group("n") not in _NOT_NAMES
            and led.group("n") not in _KIN_NAMES
            and led.group("n").lower() not in _INTERJECTIONS
        ):
            names = [led.group("n")]
    if not names:
        return None
    return (names[-1] if pronoun else names[0]).lower()


_LED_GONE = re.compile(
    r"^(?P<n>[A-Z][a-z]+) (?:has |had )?(?:gone|went) (?:off )?to live (?:on|with|at)\b"
    r"(?! (?:his|her)\b)"
)


_KIN_NAMES = frozenset(_KIN.split("|"))
_THEIR_PET_NAMED = re.compile(rf"\b(?:their|the caller's) {_PET_KIND},? (?P<n>[A-Z][a-z]+)\b")
_PERSON_BEFORE = re.compile(rf"\b(?:{PEOPLE}|{_KIN}),? $", re.IGNORECASE)
_ONLY_PETS = re.compile(
    r"\bput (?:to sleep|down)\b|\bnew (?:family|owners?)\b"
    r"|\bre-?homed? (?:her|him)\b(?! (?:with|to) (?:us|them|the caller)\b)"
    r"|\bburied (?:her|him) (?:under|in the garden|at the bottom of the garden)\b"
    # the caller left with none: "…, so they don't have a cat any more"
    r"|(?:(?<=\bthey )|(?<=\bthe caller )|(?<=\band others ))"
    r"(?:don't|do not|doesn't|does not) have (?:a|any) "
    rf"{_PET_KIND}s? (?:now|any ?more)\b"
)
_AWAY_A_WHILE = re.compile(_A_WHILE)
# someone else's pet named: "their friend Jan lost her cat Biscuit", "their daughter's cat Poppy"
_OTHERS_PET = re.compile(rf"\b(?:her|his|(?!caller's)\w+'s) (?:\w+ )?{_PET_KIND},? $")
_PET_INTRODUCED = re.compile(
    rf"\b(?:a|their|the caller's|our) (?:little |old )?{_PET_KIND},? (?:called |named )?"
    r"(?P<n>[A-Z][a-z]+)\b"
)
# whom "she" or "he" may mean besides a pet
_FEMALE = (
    "daughter|wife|mother|mum|mom|sister|girlfriend|granddaughter|grandmother|gran|granny|nan|"
    "nana|niece|aunt"
)
_MALE = "son|husband|father|dad|brother|boyfriend|grandson|grandfather|grandad|nephew|uncle"
_TAKEN_UP = re.compile(r"(?P<n>[A-Z][a-z]+)(?=, (?:she|he)\b)")
_PET_SUBJECT = re.compile(
    r"(?:(?:Sadly|Unfortunately|Well|So|Anyway|Oh),? )?"
    r"(?P<n>[A-Z][a-z]+) (?:got|was|had been|has been|became|fell|has gone off to the|went off "
    r"to the|has gone to the) "
)


# A dose is the medicine's its amount is of ("10 mg of lisinopril"), else the word before it
# ("their lisinopril went up to 20 mg"; "their prescription is 10 mg of X" is X's).
_DOSE_OF = re.compile(
    r"\b\d+(?:\.\d+)? ?(?:mg|milligrams?|micrograms?|mcg) (?:of |a day of )?"
    r"(?P<a>(?!(?:once|twice|each|every|daily|tablets?|with|from|before|after|until)\b)[a-z]{4,})"
)
_DOSE_NAMED = re.compile(
    r"\b(?:their|the caller's) (?P<a>[a-z]{4,}) (?:(?:has )?(?:went|gone) (?:up|down)|is|"
    r"(?:has )?changed|has been)?(?: to)? \d+ ?"
    r"(?:mg|milligrams?|micrograms?|mcg)\b"
)
_WEEKLY = re.compile(
    rf"(?:^|the caller's |their |{_CALLER} {_NOW}(?:does|goes to|go to|has got|has|do) )"
    rf"(?P<a>[a-z]+)(?: class| lessons?| practice| club| group)? (?:is |are |has |'s )?"
    rf"(?:now )?(?:(?:takes place|is held|runs|meets|happens) (?:on )?)?"
    rf"(?:on |gone to |moved to |switched to |changed to |every week, )?"
    rf"{WEEKDAY}\b"
    rf"|\b(?:switched|moved|changed|rescheduled) (?P<b>[a-z]+)(?: class)? to {WEEKDAY}\b"
    rf"|\b(?:do|does|has|have|go to|goes to) (?P<c>[a-z]+) {WEEKDAY}\b"
    rf"|^(?P<d>[a-z]+) is the caller's {WEEKDAY}"
    rf"|\bit is (?P<e>[a-z]+),? (?:on )?{WEEKDAY}\b"
    rf"|^(?P<f>[a-z]+), (?:that|it) is (?:on )?{WEEKDAY}\b"
)
# A pastime named beside a day that recurs ("Tuesday evenings are pottery", "signed up for a
# pottery course, it runs Tuesday evenings"): the week's fixture, whatever the words.
# A weekday the extractor dated (omem.memory.dates): one day, not every week
ONE_DAY = re.compile(rf"\b{WEEKDAY} (?=\d{{1,2}} [a-z]+ \d{{4}}\b)")
_PASTIMES = (
    "pottery yoga pilates choir swimming football tennis golf bowls bridge chess painting "
    "dance dancing salsa zumba spin karate judo knitting running cycling bingo badminton "
    "squash netball cricket rugby hockey climbing boxing rowing archery ceramics drawing "
    "piano guitar violin singing drama gym aerobics quiz darts snooker pool"
).split()
_PASTIME = re.compile(rf"\b(?P<a>{'|'.join([*_PASTIMES, 'book club', 'tai chi'])})\b")
# "What with the appointments and the choir, pottery is on Thursday evenings these days"
_PASTIME_ON = re.compile(
    rf", (?P<a>{'|'.join(_PASTIMES)})(?: class| group)? (?:is|are) (?:now )?on {WEEKDAY}\b"
)
# Things counted are made or owned, not played: "made about six wonky bowls so far"
_COUNTED = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens of|several|"
    r"a few|a couple of|some|many|more)(?: \w+)? $"
)


# "running" that is no pastime: "the number 42 bus stopped running to the arts centre",
# "running late", "running the shop"
_RUNS_A_SERVICE = re.compile(
    r"\b(?:bus|buses|train|trains|tram|trams|service|route|ferry|line)(?: \w+){0,2} $"
)
_RUNNING_WHAT = re.compile(r" (?:late(?! on| in)|out of|low on|behind|a|an|their|errands)\b")


def _pastime_in(lower: str) -> re.Match[str] | None:
    """The first pastime `lower` names that is not a thing counted ("six wonky bowls") nor
    a bus running."""
    return next(
        (
            m
            for m in _PASTIME.finditer(lower)
            if not _COUNTED.search(lower[: m.start()])
            and not (
                m.group("a") == "running"
                and (
                    _RUNS_A_SERVICE.search(lower[: m.start()])
                    or _RUNNING_WHAT.match(lower, m.end())
                )
            )
        ),
        None,
    )


_RECURRING = re.compile(
    rf"\b{WEEKDAY}(?<=s)\b|\b{WEEKDAY} (?:evenings|nights|mornings|afternoons)\b"
    rf"|\bevery {WEEKDAY}\b",
)
# Someone else's pastime the caller takes part in, or one only for a while.
_NOT_OWN_PASTIME = re.compile(
    r"\b(?:takes?|drops?|drives?|picks? up|watch(?:es)?|coach(?:es)?) (?:\w+ ){0,3}"
    r"(?:to |at )?|\b(?:this month|this week|for now|trying|missing|skipping)\b"
    # only for a while, unless what holds since is said ("… until half-term; since then the
    # class has been on Thursday evenings")
    r"|\buntil\b(?![^.]*\b(?:since then|since the|these days|nowadays)\b)"
)
_NOT_ACTIVITY = frozenset(
    "it that this they them him her the caller and others what which there every said on is "
    "are was now never cancel book move change keep skip miss see call ring text email gone been "
    "going went".split()
)
_CATEGORIES = (
    "tea coffee food drink restaurant colour color band team film movie show book flower "
    "dish wine beer meal song place cake sport biscuit cereal"
).split()
_FAVOURITE_CUE = re.compile(
    r"\b(?:favou?rite|go-to|of choice|switched to|always (?:goes for|go for|picks?|pick)|"
    r"nothing beats|prefers?|preferred|switched from \w+ to|^best \w+(?=:)|"
    r"the only \w+ (?:the caller|they) (?:wants?|drinks?|has|have)|"
    r"all about|likes? best|liking (?:\w+ ){0,2}best|(?:loves?|likes?) (?:\w+ )?most|"
    r"(?:the caller|they) (?:is|are) (?:really |properly |well )?into|"
    r"(?:has|have) gone (?:right )?off (?:that|the old|the other) one|"
    r"over any (?:other )?|"
    r"that(?:'s| is) (?:the caller's|their) (?:tea|coffee|drink|cuppa|brew))\b"
)
_CATEGORY = re.compile(rf"\b(?P<a>{'|'.join(_CATEGORIES)})\b")
# the category said with "favourite" over one said before: "the caller is a chamomile woman,
# they drink it all day, it's their favourite tea"
_FAVOURITE_OF = re.compile(rf"\bfavou?rite (?P<a>{'|'.join(_CATEGORIES)})\b")
# A favourite named by its kind alone: "the caller's favourite is chamomile" is a tea.
_KIND_OF = {
    **dict.fromkeys(
        "chamomile rooibos peppermint darjeeling assam oolong matcha jasmine lapsang".split(),
        "tea",
    ),
    "green tea": "tea",  # "the caller is a green tea person"
    "Earl Grey": "tea",
    **dict.fromkeys("latte cappuccino espresso americano macchiato mocha".split(), "coffee"),
}
_KIND_NAMED = re.compile(rf"\b({'|'.join(_KIND_OF)})\b(?!-)", re.I)  # wherever it is said
_KIND_OF_LOWER = {kind.lower(): of for kind, of in _KIND_OF.items()}
_KIND = re.compile(
    rf"\b(?P<k>{'|'.join(_KIND_OF)})\b(?!-)"
    r"(?=\s*(?:[,.;!?]|$)|\s+(?:tea|coffee|now|these days|please|every|most|over|all|for|with|is|"
    r"they|the caller|when|if|in the|first|as|and|but|no|always|by|on|only|o|aye|bro|pet|"
    r"mate|from)\b)"
)
# "The caller is a rooibos person"
_KINDS_NAMED = frozenset(kind.lower() for kind in _KIND_OF)  # "rooibos" said again
_PERSON_OF = re.compile(
    rf"\ban? (?P<k>{'|'.join(k for k in _KIND_OF if k.islower())}) (?:person|fan|drinker)\b"
)
# Someone else's favourite: "Tom's favourite is rooibos", "it's her favourite"
_THEIR_FAVOURITE = re.compile(r"\b(?:his|her|(?!caller's)\w+'s) favou?rite\b")
# A choice named for now: "it's rooibos tea for them now" (a favourite, not a habit given up)
_CHOICE = re.compile(
    rf"\bit is (?:[\w-]+ ){{1,2}}(?P<a>{'|'.join(_CATEGORIES)}) (?:for (?:them|the caller)|now|"
    r"these days)\b"
)
_CONSUMABLES = (
    "red meat|meat|steak|beef|pork|bacon|lamb|chicken|fish|coffee|tea|alcohol|wine|beer|"
    "sugar|dairy|milk|cheese|chocolate|bread|gluten|cigarettes|smoking|sweets|soda|juice"
)
# what is eaten or drunk, word by word: the value itself, never a kind ("stopped the red meat")
CONSUMED = frozenset(w for part in _CONSUMABLES.split("|") for w in part.split())
_CONSUMABLE = re.compile(
    rf"\b(?P<a>{_CONSUMABLES})s?\b(?! (?:maker|machine|shop|pot|table|mug|cup|grinder|break|"
    r"bar|house|date|towel|bag|tin|set)s?\b)"
)
# What one can't do without: "Gotta have my coffee", "The caller has to have their tea"
_MUST_HAVE = (
    r"\b(?:gotta|got to|must|needs? to|ha(?:ve|s) to) have (?:the caller's|their) "
    rf"(?:{_CONSUMABLES})s?\b"
)
# Not had for a while, never only not yet: "hasn't had coffee since January" (not "since
# Tuesday", "yet", "today")
_FOR_A_WHILE = (
    r"(?:\w+ ){0,3}?(?:in (?:years|months|ages)|for (?:years|months|ages|weeks)|any ?more|"
    rf"since (?!(?:{WEEKDAY}|yesterday|this|last night|the weekend)\b))"
)
_HABIT_CUE = re.compile(
    rf"\b(?:drinks?|drinking|drinker|eats?|eating|eater|having|has .* with|loves?|likes?|"
    rf"takes? (?:their )?(?:{_CONSUMABLES})|"
    r"would have .* with every \w+ if (?:the caller|they) could|"
    r"enjoys?|can't (?:start|do) .* without|lots of|"
    rf"can't (?:function|cope|live|manage|survive)(?: \S+){{0,4}} without (?:\S+ ){{0,2}}"
    rf"(?:{_CONSUMABLES})|"
    r"a lot of|fan of|person|lives? on|runs? on|running on|survives? on|"
    # "Breakfast for the caller is just coffee, black, no sugar."
    rf"(?:breakfast|mornings?) (?:for (?:the caller|them) )?(?:is|are) (?:just |only |mostly )?"
    rf"(?:for )?(?:{_CONSUMABLES})|"
    rf"(?<!\bno )(?:{_CONSUMABLES})s?,? all day(?: long)?|"
    # "has two big mugs of coffee before nine"
    rf"(?<!used to )(?:has|have) (?:\w+ ){{0,2}}(?:mugs?|cups?|glasses?|pints?) of "
    rf"(?:{_CONSUMABLES})\b"
    r"[^,.;]{0,30}\b(?:before (?:nine|ten|eight|work|breakfast|lunch)|a day|every (?:day|morning)|"
    r"each (?:day|morning))|"
    rf"(?:{_CONSUMABLES})s?\b[^,.;]{{0,40}}"
    r"\b(?:first thing|without fail)|(?:first thing|without fail)[^,.;]{0,40}"
    rf"\b(?:{_CONSUMABLES})|"
    r"cut out|cuts out|off|given up|gave up|quit|packed in|kicked|ditched|touch|touched|"
    r"done with|discontinued|ceased|abstains?|abstained|consumes?|consuming|"
    rf"left (?:the )?(?:{_CONSUMABLES})(?! (?:on|in|at|behind|out|for|with)\b)|"
    r"(?:gone|go|went) (?:their|our|separate) (?:separate )?ways|not had a drop|fiend|addict|"
    rf"(?:hasn't|has not|haven't|have not) (?:had|drunk|eaten) {_FOR_A_WHILE}|"
    # how often: "Steak at least twice a week."; what it is to them: "red meat has been their
    # thing"
    r"(?:once|twice|\w+ times) (?:a|per|every) (?:day|week|night)|"
    rf"every (?:{WEEKDAY})|all week(?: long)?|"  # "Steak every Friday and red meat all week."
    r"(?:is|has (?:always )?been) (?:the caller's|their) (?:thing|go-to|staple|weakness|vice)|"
    r"stopped|no more|no longer|any ?more|always|every (?:single )?(?:morning|day|night|evening)|"
    r"each (?:morning|day)|daily|most (?:days|nights|mornings)|g(?:ave|iven) (?:it|them) up|"
    rf"(?:doesn't|does not|don't|never) (?:have|touch)|eater|(?:{_CONSUMABLES}) lover|"
    rf"(?:(?<=\ba )|(?<=\bbig )|(?<=\breal )|(?<=\bproper ))(?:{_CONSUMABLES}) "
    r"(?:man|woman|guy|girl|fan)|carnivore|"
    r"^no)\b"
    # "Gotta have my coffee": their own, every day
    rf"|{_MUST_HAVE}"
)
_NEGATIVE = re.compile(
    r"\b(?:doesn't|does not|don't|do not|no longer|never|no more|any ?more|stopped|quit|"
    r"hasn't touched|haven't touched|not a drop|not had a drop|"
    rf"(?:hasn't|has not|haven't|have not) (?:had|drunk|eaten) {_FOR_A_WHILE}|"
    r"(?:gone|go|went) (?:their|our) separate ways|"
    # "has left coffee completely", never "left their coffee on the bus"
    rf"left (?:the )?(?:{_CONSUMABLES})(?! (?:on|in|at|behind|out|for|with)\b)|"
    r"gave up|given up|g(?:ave|iven) (?:it|them) up|cut (?:it |them )?out|cuts out|"
    r"packed (?:it |them )?in|"
    # "off coffee", "off it"; never "a chop off the barbecue"
    rf"off (?:it|them|(?:\w+ )?(?:{_CONSUMABLES}))(?!\w)|off(?=\s*(?:[,.;!?]|$))|"
    r"kicked|ditched|done with (?:it|them)|discontinued|ceased|abstains?|abstained|"
    r"not (?:drinking|eating|having|smoking)|"
    # "stops drinking", never "must stop drinking"
    r"(?<!must )(?<!should )(?<!\bto )stops? (?:drink|eat|hav|smok|tak)\w*)\b|^no\b"
)
# The caller, or "they" opening a later clause ("Put the caller down for the steak, they love
# red meat"): the extractor writes the caller's later mentions as "they".
_HABIT_SUBJECT = re.compile(
    rf"^(?:{_CALLER} |no more |no longer |no (?=(?:\w+ )?(?:{_CONSUMABLES})\b)|(?={_MUST_HAVE}))"
    r"|, (?:so |and |but |because |as |since )?(?:they|the caller)\b|[.!] (?:they|the caller)\b"
    r"|\bbut (?:they|the caller)\b"  # "it used to be coffee but the caller has given it up"
    # said with how often and no subject: "Iced coffee every single morning, …"
    rf"|^(?:[a-z]+ ){{0,2}}(?:{_CONSUMABLES})s?,? (?:every|each) (?:single )?"
    rf"(?:day|morning|night|evening)\b(?![^.]*\b(?:{PEOPLE})s?\b)"
    # "Ever since the caller was a boy, red meat has been their thing."
    rf"|\b(?:{_CONSUMABLES})s? (?:is|has (?:always )?been) (?:the caller's|their) "
    r"(?:thing|go-to|staple|weakness|vice)\b"
    # "The doctor's taken the caller off coffee"; never "them", which may be others ("the
    # dentist got them off coffee", said of the grandchildren)
    r"|\b(?:taken|took|put|got|gone and taken) the caller off\b"
    r"|\bfor the caller\b(?!'s)"
    # "Mornings are for coffee in my house" (never "Nobody drinks alcohol in my house")
    rf"|^(?:breakfast|mornings?) (?:is|are) (?:for )?(?:{_CONSUMABLES})s? in the caller's "
    r"(?:house|home|household)\b"
    r"|^put (?:the caller|them) down (?:as|for)\b"
    r"|\bthe caller (?:doesn't|does not|no longer|never|hasn't|has not)\b"
    r"|\bout of (?:the caller's|their) diet\b|\bnot a (?:drop|bite) for (?:them|the caller)\b"
    # "White coffee, two sugars, that's me every morning"
    rf"|^[^,.]{{0,60}}?\b(?:{_CONSUMABLES})s?\b[^.]{{0,80}}?, that(?:'s| is) (?:the caller|them)"
    r"(?: every (?:morning|day|night|evening)\b|[.!]?$)"
    # "Since the caller's heart scare they don't touch red meat"
    r"|^(?:since|after|because of|following) (?:the caller's|their) [^,]{1,40}?,? they\b"
)
# A habit that was, said as such: "used to have steak every Friday", "we'd have a roast every
# Sunday when the kids were little"
_PAST_HABIT = re.compile(
    r"\bused to\b|\bwhen (?:the kids|they|the caller|we|the caller and others) (?:were|was)\b"
)
# the caller's answer to their own short question: "Coffee? Off it." (extract joins them)
_TOPIC_HABIT = re.compile(rf"^(?:the )?(?:{_CONSUMABLES})s?: ")
_TOPIC_TEA = re.compile(rf"^(?:the |favourite )?tea: (?:{'|'.join(_KIND_OF)})\b")
_VEGETARIAN = re.compile(
    r"\b(?:vegetarian|vegan|veggie(?! (?:patch|box|curry|day|burger|option|garden|plot|stall|"
    r"sausages?|meals?|dish|when)\b))\b"
)
_SO_THEY_STOPPED_MEAT = re.compile(
    r"[,;] (?:and )?so (?:the caller(?: and others)?|they(?=[^.]*\b(?:an' all|and all)\b)) "
    r"(?:have |has )?(?:(?:stopped|given up|gave up|quit|cut out|dropped)(?: eating)? (?:red )?"
    r"meat|(?:are|is) (?:now )?(?:veggie|vegetarian|vegan))\b"
    r"(?![^.]*\b(?:for|while|until|till|this|today|tonight|when|whenever|during|on the days)\b)"
)
# Once, or for someone else, is no habit: "no coffee for the caller today, they have a scan",
# "always buys coffee for their husband".
_ONE_OFF = re.compile(
    r"\b(?:today|tonight|this (?:morning|afternoon|evening|week|time)|at the (?:wedding|party|"
    r"dinner|meal|do|event|meeting)|when (?:they|the caller) visits?|on (?:a|the) \w+day|"
    r"for now)\b"
    r"|\b(?:buys?|gets?|brings?|makes?|orders?|picks? up) (?:\w+ ){0,3}for (?:their|his|her|the "
    r"caller's) \w+"
)
# Given up for part of the day is not given up: "never drinks coffee after 6" still drinks it
# in the morning.
_PART_OF_THE_DAY = re.compile(
    r"\b(?:after|before|past) (?:\d|noon|midday|lunch|dinner|tea|six|seven|eight|nine|ten|"
    r"midnight|bed)|\b(?:in the (?:evening|afternoon)s?|at night|late at night|with (?:milk|"
    r"sugar|cream))\b"
)
MEATS = ("meat", "steak", "beef", "pork", "bacon", "lamb", "chicken")
_OPENERS = frozenset(
    "the their they on no please just you best from sold send if sadly actually so also "
    "big these well good heads lately new".split()
)


# A word the rules know as a thing is nobody's name: "Pottery is not Tuesdays any more".
_THINGS = frozenset(
    [*_PASTIMES, *_CATEGORIES, *(w for part in _CONSUMABLES.split("|") for w in part.split())]
)


_NOBODY = frozenset(
    "mobile landline phone line signal wifi internet post letter appointment".split()
)


def _someone_named(text: str) -> bool:
    named = _SOMEONE_NAMED.match(text)
    word = named.group(0).split(" ", 1)[0] if named else ""
    return (
        bool(named)
        and word.lower() not in _THINGS | _NOBODY
        and not _APPOINTMENT_KIND.fullmatch(word.lower())
        and word not in _NOT_NAMES
    )


def _pet_named(text: str) -> str:
    """The pet `text` names (_PET), never a word said before a comma ("Shame, the caller's cat
    Biscuit …" is Biscuit's), or ""."""
    pet = _PET.search(text)
    while pet:
        named = next(name for name in pet.group("a", "b", "c", "d", "e", "f", "g", "i") if name)
        if named.lower() not in _INTERJECTIONS:
            return named
        pet = _PET.search(text, pet.start() + 1)
    return ""


def _lower_first(text: str) -> str:
    first = text.split(" ", 1)[0]
    return text[:1].lower() + text[1:] if first.lower() in _OPENERS else text


# "'s" that says "is", not whose: before a value or a word that cannot follow a possessive
# ("the caller's email's j@x.com these days", "Pottery's Saturdays now").
_IS = re.compile(
    rf"\b(?P<w>[A-Za-z]+)'s (?=(?:now|still|these days|always|every|on|at|in|moved|gone|a|an|"
    rf"what|their|changed|switched|called|named|not|different|{WEEKDAY}|{MONTH})\b|\S+@|\d|"
    # how it is: "the caller's sugar's fine" is no one's sugar's
    r"(?:fine|good|okay|ok|alright|great|better|worse|grand|normal|stable|steady)\b|"
    r"(?:totally|completely|really|actually|finally|definitely|probably|currently|usually|"
    r"literally|basically|entirely|mostly|only)\b|"
    r"the\b(?! (?:other|whole|night|day|week|weekend|morning|afternoon|evening|last|next)\b)|"
    r"(?-i:(?:Dr|[A-Z][a-z]+)\b))"
    r"|\b(?P<attr>favou?rite|number|e-?mail|nickname|name|address|dose|gp|employer|it|that|there|"
    r"here|what|who|where)'s (?!\w+'s)",
    re.IGNORECASE,
)


# "'s" after a favourite's kind says "is": "the caller's favourite tea's chamomile".
_FAVOURITE_IS = re.compile(r"\b(?P<f>favou?rite(?: [a-z]+)?)'s (?!\w+'s)", re.IGNORECASE)
# "'s" before "been" or "got" says "has": "the appointment's been moved", "their grandson's
# sorted their phone out for them".
_HAS = re.compile(r"\b(?P<w>[A-Za-z]+)'s (?=(?:been|got|had|sorted|set|fixed|made|bought)\b)")


def _is(match: re.Match[str]) -> str:
    word = match.group("w") or match.group("attr")
    return match.group(0) if word.lower() == "caller" else f"{word} is "


# A clause said aside, of no value of its own: ", which you'll want for all the letters,"
_WHICH_CLAUSE = re.compile(r", which [a-z' ]{1,60},(?= is\b)")


def lead(content: str) -> str:
    """The memory from its subject on; only an ordinary first word is lower-cased, never a
    name ("Biscuit passed away"), and the rest keeps its case ("call the caller Dee"). An
    "'s" that means "is" or "has" is spelled out."""
    # "the caller's Monday nights thing" stays whose
    text = _FAVOURITE_IS.sub(r"\g<f> is ", content.strip())
    text = _IS.sub(_is, _HAS.sub(r"\g<w> has ", text))
    text = _WHICH_CLAUSE.sub("", text)  # "the new address, which you'll want, is …"
    led = _lower_first(_LEAD.sub("", _lower_first(text)))
    # what the caller announces of theirs: "(wishes to inform you that) their employer is …"
    # and what is passed on for them: "(the wife says tell you) they work at …"
    if led == text:
        return led
    for they, caller in _THEY_LED:
        if led.startswith(they):
            return caller + led[len(they) :]
    return led


_THEY_LED = (
    ("their ", "the caller's "),
    ("they are ", "the caller is "),
    ("they have ", "the caller has "),
    ("they were ", "the caller was "),
    ("they ", "the caller "),
)


def someone_else(lower: str) -> bool:
    """Whether `lower` (a memory from its subject on) is about someone else: one of the
    caller's people first, unless they did it for the caller ("their daughter made them an
    email, it's …"), or someone's thing ("the caller's sister's car")."""
    return bool(
        (_OTHERS.match(lower) and not for_them(lower))
        or _OTHERS_POSSESSIVE.search(_FIRST_CLAUSE.match(lower).group(0))  # type: ignore[union-attr]
        or _THEIRS_ALONE.search(lower)
    )


# Someone's thing in the first clause is its subject; after it, someone's thing is a reason
# ("had to rehome Mochi, their flatmate's allergies got so bad") unless it stands alone as
# whose the value is ("Send it to 14 Birch Lane, that's their mum's.")
_FIRST_CLAUSE = re.compile(r"^(?:\w+(?: \w+)?[,;—] )*[^,;—]*")  # past "fine, fine, "
_THEIRS_ALONE = re.compile(
    rf"\b(?:the caller's|their) (?!{_PET_KIND}'s)(?:\w+ ){{0,2}}{_THING_IS}\w+'s"
    r"(?=[.,;!?]|$| now\b)"
)


# A value claimed as the caller's own after a story of someone else's: "…, and that's my car"
# ("…: 14 Birch Lane, that's where they live"; "… Dr Patel, their GP"; "…, that's where the
# caller has worked for years"; "… on the 14th of March, that's the caller's appointment")
_CLAIMED = re.compile(
    r"[,;] (?:and |so )?(?:that|it)(?:'s| is) (?:(?:the caller's|their) (?:own )?"
    r"(?:(?P<car>car)|(?P<address>address)|(?P<phone>(?:phone |mobile )?number|mobile)"
    r"|(?P<email>e-?mail(?: address)?)|(?P<doctor>(?i:gp|doctor))|(?P<appointment>appointment))"
    r"|where (?:they|the caller) (?:(?P<lives>lives?|(?:is|are) living)"
    r"|(?:has |have )?(?P<job>worked|works?)(?: for years)?))"
    r"(?: now| these days)?[.!]?$"
    r"|(?<=[a-z]), (?:the caller's|their) (?P<gp>(?i:gp|doctor))[.!]?$"
    r"|(?<=[a-z]), (?:the caller's|their) (?:new )?(?P<partner>partner|boyfriend|girlfriend|"
    r"fianc[eé]e?)[.!]?$"
    # "their friend brought back some peppermint …, that's the caller's favourite now"
    r"|[,;] (?:and |so )?(?:that|it)(?:'s| is) (?:the caller's|their) (?:new )?"
    r"(?P<favourite>favourite)(?: (?P<of>tea|drink|cuppa|brew))?(?: now| these days)?[.!]?$"
)


def for_them(lower: str) -> bool:
    """Whether `lower` (a memory from its subject on) tells of one of the caller's people
    setting up something of the caller's ("their grandson set them up with a smartphone, the
    number's …"), which stays the caller's."""
    return bool(_FOR_THEM.match(lower)) and not _HIS_OR_HERS.search(lower)


_NOT_NAMED = re.compile(r"[.,] [Nn]ot [A-Z]")
# Someone else's value said only to be set aside: "…, not their husband's work address";
# "Send the caller's forms to Dr Moreau, that's their GP, not Dr Brennan, he's their son's"
_NOT_THEIRS = re.compile(
    rf", not (?:(?:the caller's|their) (?:\w+ )?(?:{PEOPLE})'s\b[^,;.]*"
    rf"|[^,;.]{{1,40}}, (?:he|she|that)(?:'s| is) (?:the caller's|their) (?:\w+ )?(?:{PEOPLE})'s)"
    r"(?=[,;.!]|$)"
)
# Words without one of which no rule below can match: most memories are passed over on a set
# intersection, without running the rules (they read each memory as it enters an index).
_WORD = re.compile(r"[a-z]+")
_TRIGGERS = frozenset(
    """
    live lives living moved move moves moving relocated address street st road rd lane ln avenue
    card badge
    ave drive court ct close way place pl boulevard blvd terrace crescent grove row square
    gardens hill mews home house place call calls going goes called dr doctor gp surgery
    surgeries practice practices registered appointment dentist physio physiotherapist
    optician vet hairdresser hair barber therapist chiropractor scan check-up checkup hospital
    eye text texted email mail emailed phone phoned ring contact reach number mobile cell hold
    work works worked working job employer employed hired been car motor drives driving traded sold
    bought lost rehome rehomed put goodbye gave pass passed died went favourite favorite go-to
    everyone everybody friends mates buried redundant resigned
    always nothing beats prefer prefers all best together dating broke split splits separated
    divorced seeing boyfriend girlfriend partner husband wife fiance fiancee fella vegetarian
    vegan mg milligram milligrams microgram micrograms mcg class lessons lesson practice club
    group weekly week every monday tuesday wednesday thursday friday saturday sunday mondays
    tuesdays wednesdays thursdays fridays saturdays sundays rescheduled switched changed with
    jobs ended joined started position role half spouse significant met someone choice go check
    finished over through given rehomed homed prefer update change set fine make answer answers
    payroll office notice swap name nickname shift shifts nine time nights tills reception desk
    wrong landed courting preferred left give gone dead sales accounts marketing admin finance
    days lates earlies starts into starting crossed longer gentleman parted deceased discontinued
    ceased consumes abstain abstains correspondence veggie
    """.split()
    + [w.lower() for w in _BRANDS.split("|")]
    + [w for part in _CONSUMABLES.split("|") for w in part.split()]
    + [w + "s" for part in _CONSUMABLES.split("|") for w in part.split()]
    + _PET_KIND.strip("(?:)").split("|")
    + ["person", "fan", "drinker"]  # "the caller is a rooibos person"
)


# A request is what it asks for: "Can you update my email to j@x.com?" states the new email
# as "Update the caller's email to j@x.com." does; "Can you call me Jo from now on?" a name.
# What the caller says before asking is said: "My number's changed, it's 5559034, and could
# you remind me when you close?"
ASK_YOU = r"(?:can|could|would|will) you (?:please )?(?:just )?"
_REQUEST = re.compile(
    r'^The caller asked: "(?P<said>[^"]{0,300}?)[,;.]? ?(?:(?:oh|so|and|but|right|also|actually|'
    rf"please),? ){{0,4}}{ASK_YOU}(?P<ask>[^\"]+?)"
    r'[?.!\s]*"$',
    re.IGNORECASE,
)
# Asking to strike a value out is standing too: "Could you cross out 14 Birch Lane?". Striking
# is done on a record; removing and taking off may be a booking's (omem.memory.retract).
ORDERED = r"(?:please |you can |you could )?"
STRIKE = r"cross (?:out|off)|scratch|strike (?:out|off)|rub out"
REMOVE = r"remove|delete"
REMOVAL = re.compile(rf"^{ORDERED}(?:{STRIKE}|{REMOVE})\b|^{ORDERED}take .+? off\b", re.IGNORECASE)
_STANDING = re.compile(
    r"\b(?:instead|from now on|from here on|in future|going forward|these days|now|to|as|down|"
    r"for)\b"
)
# Asking for something done once ("Can you text me the address?", "send me the form") states
# nothing about the caller.
_ONCE = re.compile(
    r"^(?:text|e-?mail|call|phone|ring|send|give|tell|remind|read|show) me "
    r"(?:the|a|an|your|my|what|when|how|if|about|back|later|tomorrow|today)\b",
    re.IGNORECASE,
)


# What follows a request and makes it the caller's way: "Could you text me about the
# delivery? That's how I like it."
_QUOTED_THEN = re.compile(r'^(?P<quoted>The caller asked: "[^"]{0,400}")\s+(?P<after>\S.*)$')
_POINTS = re.compile(r"^that(?: is|'s) (?:where|what|who)\b", re.IGNORECASE)
# ... at someone or something else: "That's where the party is", "That's who I'm seeing"
_POINTS_ELSE = re.compile(
    r"^that(?: is|'s) (?:where|what|who) (?!(?:the caller|they)\b)"
    r"|^that(?: is|'s) who (?:the caller|they) (?:is |are )?(?:seeing|with|dating|visiting)\b"
    r"|^that(?: is|'s) where (?:the caller|they) (?:works?|(?:is|are) staying)\b",
    re.IGNORECASE,
)
_ENDORSED = re.compile(
    r"^(?:that|it|this)(?: is|'s) (?:how|the way|what) (?:the caller|they) "
    r"(?:likes?|prefers?|wants?)\b"
    r"|^that(?: is|'s) (?:easiest|best|the best way|what works best)\b",
    re.IGNORECASE,
)


# A request with its question at the end: "Put me down at 42 Cedar Avenue, would you?"
_TAGGED = re.compile(
    r'^The caller asked: "(?P<ask>[^"?]{1,300}?),? (?:would|will|can|could) you(?: please)?\?"$'
)


# A statement, then a question of another thing: "I'm on 5 mg of lisinopril a day — that
# reminds me, did I pack them?" states the dose.
_SAID_THEN_ASKED = re.compile(
    r'^The caller asked: "(?P<said>[^"?]{8,300}?)(?:[.;!]| —| -|,)\s*'
    r"(?:(?:oh|so|and|but|right|also|actually|anyway|that reminds me|while I have you|"
    rf'by the way|sorry|wait),?\s*)*(?P<asked>{ASKING_WORDS}\b[^"]*\?)\s*"$',
    re.IGNORECASE,
)

_TAG_TO_AGENT = re.compile(
    r"^\w+(?:n't)?(?: not)? (?:you|it|i|they|we|he|she|that|there)(?: not)?\s*\?$", re.IGNORECASE
)
_TO_YOU = re.compile(r"^(?:you|you've|you'll|you'd|you're)\b", re.IGNORECASE)


# A question that asks nothing, then what it announces: "Guess who's been shifted at the
# dentist? It's the 14th of March now."
_RHETORICAL = re.compile(
    r'^The caller asked: "(?P<q>(?:guess|would you believe|you know what|you\'ll never guess|'
    r'can you believe)\b[^"]*?)\?"\s+(?:The caller said )?(?P<rest>\S.*)$',
    re.IGNORECASE,
)


# What the caller says after their question, pointing back into it: "Why am I still getting
# coffee in my breakfast box? I quit it in January." gives coffee up; "Why is Mochi still on my
# policy? I had to rehome her." and "Can you stop sending reminders for Mochi? She died in
# March." lose Mochi.
_GAVE_IT_UP = re.compile(
    r"\b(?:quit|kicked|(?:am|is|are|been) off|gave up|given up|giving up)\s+(?P<it>it)\b"
    r"|\b(?P<verb>gave|given|giving|cut|packed|kicked) (?P<it2>it) (?P<off>up|out|in)\b"
)
# … and what is said of drinking or eating it: "Is the coffee on my breakfast order? Keep it on,
# I have it every single morning."; "Is coffee still on my order? I don't drink it any more."
_HAS_IT = re.compile(
    r"\b(?:(?:drinks?|has|have) (?P<it>it) (?=every|each|most|daily|twice|first thing|black|"
    r"with)"
    r"|(?:doesn't|don't|does not|do not|no longer|never) (?:drink|touch) (?P<it2>it)"
    r"(?= any ?more| now| these days)|stopped drinking (?P<it3>it))\b"
)
# … of the thing itself, not what it is in: "Is there gluten in the porridge oats? I eat it
# every morning."
_IN_SOMETHING = re.compile(
    r"\b(?:is|are) there (?:any |some )?\w+ in\b"
    r"|\b(?:have|has|contain|contains|with) (?:any )?\w+ in it\b"
)
# … never a thing that came with something else given up: "Why is there still milk on my order?
# I quit it."
_NOT_DRUNK = re.compile(
    r"\b(?:orders?|subscriptions?|club|newsletters?|charg\w+|membership|machine|maker|account)\b"
)
_LOST_THEM = re.compile(
    r"(?:^|[,;] )(?P<p>[Ss]he|[Hh]e) (?=(?:has |had |was |sadly )*(?:died|passed away|passed on|"
    r"was put to sleep|had to be put down|went to a new home)\b)"
    r"|\b(?:had to |have had to )?(?:rehome[d]?|re-home[d]?|put|lost|buried|gave|given|"
    r"said goodbye to) (?P<o>her|him)(?: (?:down|to sleep|away))?"
    r"(?=[,.;!]|$| (?:in|on|at|last|this|after|when|because|yesterday|recently|suddenly)\b)"
)
# … only where a pet is in view
_PET_IN_VIEW = re.compile(
    rf"\b(?:{_PET_KIND}s?|pets?|vets?|jabs|vaccinations?|groom\w*|kennels?|cattery|flea|worming|"
    r"rehome[d]?|re-home[d]?|put (?:her|him) (?:down|to sleep)|reminders? for [A-Z]\w+)\b",
    re.IGNORECASE,
)


# The caller checking a value of theirs on the record, and saying only that it is right: "Have
# you got my email as m.rivers@proton.me? That's correct if so"; "Is my partner down as Tom?
# Good."; "Which email is on my account, is it office@northwind.co? It should be". The value must
# have its kind's shape, and never "still down as" (a record out of date), "or", or another's.
_CHECKED_AS = re.compile(
    r'^The caller asked: "(?:(?:have you got|do you have|you\'ve got|is|has) my '
    r"(?P<k>e-?mail(?: address)?|(?:phone |mobile )?number|mobile|(?:home )?address|gp|doctor|"
    r"partner) (?:down |on file |listed )?as "
    r"|(?:which|what) (?P<k2>e-?mail(?: address)?|(?:phone |mobile )?number) (?:is|do you have) "
    r"(?:on|for) (?:my|me)(?: (?:account|file|records?))?, is it )"
    r"(?P<v>[^?\"]{2,60})\?\"$",
    re.IGNORECASE,
)
# the shape a checked value of each kind must have (an email's, else by the kind's last word)
_SHAPE_CHECKED = {
    "email": _EMAIL,
    "address": _STREET,
    "number": re.compile(r"\d{7,}"),
    "mobile": re.compile(r"\d{7,}"),
    "gp": re.compile(r"Dr\.? [A-Z][a-z]+"),
    "doctor": re.compile(r"Dr\.? [A-Z][a-z]+"),
    "partner": re.compile(r"[A-Z][a-z]+"),
}
_CONFIRMS = re.compile(
    r"^(?:(?:that(?:'s| is)|it(?:'s| is)) (?:right|correct)|yes|yep|yeah|good|correct|spot on|"
    r"exactly|perfect|it should be)"
    r"(?:,? (?:if so|that(?:'s| is) (?:the one|right|correct|(?:the caller's|their) (?:\w+ )?"
    r"(?:email|number|mobile|address|gp|doctor|partner))(?: (?:the caller|they) uses?"
    r"(?: every day)?)?|(?:she|he)(?:'s| is) (?:the caller's|their) (?:gp|doctor)|thanks|"
    r"thank you|love|mate))*[.!]?$",
    re.IGNORECASE,
)


def _checked_value(quoted: str, after: str) -> str:
    """The statement a check on the record says is right (_CHECKED_AS, _CONFIRMS), or ""."""
    checked = _CHECKED_AS.match(quoted)
    if checked is None or not _CONFIRMS.match(after):
        return ""
    kind = (checked.group("k") or checked.group("k2")).lower()
    value = checked.group("v").strip()
    shape = _SHAPE_CHECKED["email" if "mail" in kind else kind.split()[-1]]
    if not shape.fullmatch(value):
        return ""
    return f"The caller's {kind} is {value}."


def _pointing_back(after: str, asked: str) -> str:
    """`after` with the "it" or "her" that points into the caller's question `asked` named:
    the one thing to drink or eat it names, the one name it says (see _GAVE_IT_UP)."""
    gave = _GAVE_IT_UP.search(after)
    if gave and _NOT_DRUNK.search(asked.lower()):
        gave = None  # "Why is there still milk on my order? I quit it."
    has = _HAS_IT.search(after)
    if (gave or has) and (
        _CONSUMABLE.search(after.lower())
        or _ANYONE.search(f"{asked} {after}".lower())
        or _IN_SOMETHING.search(asked.lower())
    ):
        gave = has = None  # "Is the coffee for their husband on the order? He drinks it …"
    things = {m.group("a") for m in _CONSUMABLE.finditer(asked.lower())}
    if has and not gave and len(things) == 1:
        it = next(g for g in ("it", "it2", "it3") if has.group(g))
        return f"{after[: has.start(it)]}{things.pop()}{after[has.end(it) :]}"
    if gave:
        if len(things) == 1:
            thing = things.pop()
            if gave.group("it"):
                return f"{after[: gave.start('it')]}{thing}{after[gave.end('it') :]}"
            # "gave it up" is "gave up coffee"
            said = f"{gave.group('verb')} {gave.group('off')} {thing}"
            return f"{after[: gave.start()]}{said}{after[gave.end() :]}"
    lost = _LOST_THEM.search(after)
    if (
        lost
        and _PET_IN_VIEW.search(f"{asked} {after}")
        and not _ANYONE.search(f"{asked} {after}".lower())
        and not re.search(r"\b(?:policy ?holder|account ?holder|owner)\b", asked.lower())
    ):
        if name := _one_name(asked.removeprefix('The caller asked: "').rstrip('"')):
            which = "p" if lost.group("p") else "o"
            at, end = lost.span(which)
            return f"{after[:at]}{name}{after[end:]}"
    return after


def _one_name(text: str) -> str:
    """The one name `text` says (never a sentence's first word, a title's, kin, a weekday or a
    month), or ""."""
    names = {
        m.group(0)
        for m in _NAME.finditer(text)
        if m.start() > 0
        and not re.search(r"[.!?]\s+$", text[: m.start()])
        and m.group(0) not in _NOT_NAMES
        and m.group(0) not in _KIN_NAMES
        and m.group(0).lower() not in _INTERJECTIONS
        and not re.fullmatch(rf"(?i:{WEEKDAY}|{MONTH})", m.group(0))
        and not re.search(r"\b(?:Dr|Mr|Mrs|Ms)\.? $", text[: m.start()])
    }
    return names.pop() if len(names) == 1 else ""


def statements(content: str) -> list[str]:
    """What a memory states about the caller: itself; for the caller's question, what they
    said before asking and a standing request ("Could you email me from now on?" states
    "Email the caller from now on"), each in the third person; nothing for a plain question.
    A request followed by "That's how I like it" is standing whatever it asks."""
    if not content.startswith('The caller asked: "'):
        return [content]
    if rhetorical := _RHETORICAL.match(content):  # "Guess who's been shifted at the dentist?"
        return [f"{rhetorical.group('q')}: {rhetorical.group('rest')}"]
    if (tagged := _TAGGED.match(content)) and not QUESTION_START.match(tagged.group("ask")):
        ask = tagged.group("ask")
        content = f'The caller asked: "Could you {ask[:1].lower()}{ask[1:]}?"'
    if then := _QUOTED_THEN.match(content):
        after = _pointing_back(then.group("after"), then.group("quoted"))
        if checked := _checked_value(then.group("quoted"), after):
            return [checked, after]  # "Have you got my email as …? That's correct if so."
        endorsed = bool(_ENDORSED.match(after))
        request = _REQUEST.match(then.group("quoted"))
        if request and _POINTS_ELSE.match(after):
            return [after]  # "Could you ring Tom on 5552180? That's who I'm seeing."
        if request and _POINTS.match(after):
            # "Could you make sure my card has 14 Birch Lane on it? That's where I live."
            ask = third_person(request.group("ask")[:1].upper() + request.group("ask")[1:])
            return [f"{ask.rstrip('.')}, {after[:1].lower()}{after[1:]}"]
        return [*_requested(then.group("quoted"), standing=endorsed), after]
    requested = _requested(content, standing=False)
    if requested or _REQUEST.match(content):
        return requested
    said = _SAID_THEN_ASKED.match(content)
    if (
        said is None
        or QUESTION_START.match(said.group("said"))
        or _TAG_TO_AGENT.match(said.group("asked"))  # "…, haven't you?"
        or _TO_YOU.match(said.group("said"))
    ):
        return []
    told = said.group("said").strip(" ,;")
    return [] if asks_about_the_past(told) else [third_person(told[:1].upper() + told[1:])]


def _requested(content: str, *, standing: bool) -> list[str]:
    request = _REQUEST.match(content)
    if request is None:
        return []
    out = []
    said = request.group("said").strip(" ,;")
    if (
        said
        and "?" not in said
        and not QUESTION_START.match(said)
        and not asks_about_the_past(said)
    ):
        out.append(third_person(said[:1].upper() + said[1:]))
    ask = request.group("ask")
    asked = third_person(ask[:1].upper() + ask[1:])
    if (_STANDING.search(ask) or REMOVAL.match(ask)) and not _ONCE.match(ask):
        out.append(asked)
    elif standing and re.match(r"call me [A-Z][a-z]+\b", ask):
        out.append(asked)  # "Call the caller Jo": a name
    elif standing and re.match(r"(?:text|e-?mail|call|phone|ring|contact) me\b", ask, re.I):
        out.append(f"The caller prefers that you {asked[:1].lower()}{asked[1:]}")
    return out


def _clause_at(text: str, position: int) -> str:
    """The part of `text` between the commas (or semicolons) around `position`."""
    start = max(text.rfind(",", 0, position), text.rfind(";", 0, position)) + 1
    ends = [i for i in (text.find(",", position), text.find(";", position)) if i >= 0]
    return text[start : min(ends) if ends else len(text)]


def _given_up_in_part(lower: str, thing: str) -> bool:
    """Whether the clause that names `thing` gives it up for part of the day only ("never
    drinks coffee after 6"; not "off coffee, it was keeping me up at night")."""
    clause = next((c for c in re.split(r"[,;]", lower) if thing in c), lower)
    clause = _KEPT_AWAKE.sub(" ", clause)  # a reason, not a part of the day
    return bool(_NEGATIVE.search(clause) and _PART_OF_THE_DAY.search(clause))


# "… it was keeping them up at night": why a habit was given up, said without a comma
_KEPT_AWAKE = re.compile(
    r"\bkeep\w* (?:them|the caller|him|her|me) (?:up|awake)(?: at night| all night)?"
)


def slots_of(content: str, prompt: str = "") -> tuple[str, ...]:
    """The slots of the caller's life `content` fills (most memories fill none; "The caller
    is vegetarian now" fills several). A short answer with a value and no slot of its own
    fills the one slot the agent's `prompt` asked for ("When's your dentist appointment?"
    "It's the 14th of March.")."""
    found = (
        _slots_of(content)
        or _slots_of(_own_clause(content))
        or _own_part(content)
        or _slots_of(_reported(content))
        or _slots_of(_owned_fragment(content))
    )
    if not found:  # led once: the main clause after a reason, else a value by its shape
        led = lead(content)
        if main := _MAIN_CLAUSE.match(led):
            found = _slots_of(_THEY.sub("The caller", main.group("c")))
        if (
            not found
            and not content.startswith('The caller asked: "')
            and not SUMMARY.match(content)
        ):
            found = _by_shape(led)
    return found if found or not prompt else _answered(content, prompt)


# A value told as changed with no word of its kind, which its shape alone says: "it's 5559034
# now", "changed it to j.hart@gmail.com", "a grey Toyota RAV4 now", "it's rooibos now".
_TOLD_CHANGED = re.compile(
    r"\b(?:now|any ?more|(?:changed|switched) (?:it |them |that )?to)\b", re.IGNORECASE
)
# A workplace named by what it is: "Copperleaf Studios", "the Riverside Clinic"
_ORG = (
    r"(?:the )?(?:[A-Z]\w+ ){1,3}(?:Studios?|Clinic|Bank|Logistics|Ltd|Limited|Group|Council|"
    rf"Library|Foods|Motors|Services|Solutions|Systems|Partners|Associates|Media|Labs?|Industries|"
    rf"Holdings|Trust|Agency|Company|Bakery|Garage|Works)\b|{_WORKPLACE}"
)
_IS_AT = re.compile(rf"\b(?:is|are) at (?:{_ORG})")  # a workplace, never "at the Hilton"
# the workplace alone, told as now: "The caller said Copperleaf Studios now."
_ORG_NOW = re.compile(rf"^(?:it is |it's )?(?:{_ORG}) now[.!]?$")
_ANYONE = re.compile(rf"\b(?:{PEOPLE}|in-laws|grand\w+)s?\b")  # never a value of theirs
_BY_SHAPE = (
    ("email", _EMAIL),
    ("phone", _DIGITS),
    ("address", _STREET),
    ("doctor", _DOCTOR),
    ("car", _CAR_BRAND),
)


# A workplace told by who is new to the caller there: "The caller's new boss at the Riverside
# Clinic showed them round"
_NEW_AT_WORK = re.compile(
    rf"^(?:the caller's|their) new (?:boss|manager|line manager|team|colleagues) "
    rf"(?:at|from) (?:{_ORG})"
)


def _by_shape(text: str) -> tuple[str, ...]:
    """The one slot the value in `text` (a memory from its subject on) has the shape of,
    when `text` tells it as changed and is of no one else (_TOLD_CHANGED); else ()."""
    lower = text.lower()
    if not _TOLD_CHANGED.search(lower) or someone_else(lower) or _ANYONE.search(lower):
        return ()
    if sum(1 for shape in ANSWER_SHAPES.values() if shape.search(text)) > 1:
        return ()  # "Dr Ramirez changed it, it's 40 milligrams now" is the dose's
    found = [slot for slot, shape in _BY_SHAPE if shape.search(text) and not held_back(slot, text)]
    if _ORG_NOW.match(text):
        found.append("job")
    tea = _KIND.search(text[:1].lower() + text[1:])
    if tea and _KIND_OF[tea.group("k")] == "tea" and not _THEIR_FAVOURITE.search(lower):
        found.append("favourite:tea")
    return tuple(found) if len(found) == 1 else ()


# What one of the caller's people says of the caller (the extractor names the caller in it,
# never "they"): "The caller's husband says Jo suits the caller better, so call the caller Jo
# these days"; an agreement after it is no one's value ("…, and he's right").
_REPORTED = re.compile(
    rf"^(?:the caller's|their) (?:\w+ )?(?:{PEOPLE}) (?:says|said|reckons|thinks|thought|"
    r"keeps saying|(?:told|tells) (?:the caller|them))(?: that)? (?P<s>.*\bthe caller\b.*)$"
)
# ... never what the caller disputes, or what was, or what should be: "My wife says I've given up
# coffee but I haven't", "… says my number is 0770…, but that's the old one", "… says I should
# move to …", "… said I was a vegetarian for ten years once"
_DISPUTED = re.compile(
    r"\bbut (?:the caller|they|that)\b[^.]{0,20}?(?:\bnot\b|n't\b|\bnever\b|\bwrong\b|\bold\b)|"
    r"\bnot true\b|\bisn't\b|\bwrong\b|\bthe cheek\b|\bused to\b|\bshould\b|"
    r"\bought to\b|\bwants? the caller to\b|\bwas\b|\bwere\b|\bonce\b|\bbefore\b|"
    r"\bstill on\b|\bold\b|\bkeeps? saying\b|\bmoving\b|\bwill\b"
)
_AGREED = re.compile(r",? (?:and|but) (?:he|she)(?:'s| is| was) (?:right|not wrong|spot on)\b")


def _reported(content: str) -> str:
    """What one of the caller's people says of the caller (see _REPORTED), or ""."""
    reported = _REPORTED.match(lead(content))
    if not reported:
        return ""
    said = reported.group("s")
    if agreed := _AGREED.search(said):
        said = said[: agreed.start()]
    if _HIS_OR_HERS.search(said.lower()) or _DISPUTED.search(said.lower()):
        return ""
    return said[:1].upper() + said[1:]


# A fragment the caller said with no subject, opening with a thing of theirs: "Boyfriend's
# Tom.", "Car's a blue Honda Civic.", "Job's at Halden Logistics.", "Class changed — Thursday
# evenings." (a clipped caller's; the extractor keeps it as said)
_FRAGMENT = re.compile(
    r"^The caller said (?:(?:new|old|different) )?(?=(?:boyfriend|girlfriend|partner|husband|"
    r"wife|fella|car|motor|job|employer|work|class|favourite|email|e-mail|number|mobile|"
    r"address|GP|doctor|dentist|cat|dog)(?:'s|,| is| —| -|:| changed| moved)\s)",
    re.IGNORECASE,
)


def _owned_fragment(content: str) -> str:
    """A clipped fragment of the caller's as a statement of theirs (see _FRAGMENT), or ""."""
    fragment = _FRAGMENT.match(content)
    if not fragment:
        return ""
    rest = content[fragment.end() :]
    if _ANYONE.search(rest.split(" ", 1)[-1].lower()):  # "Car's my son's now" is the son's
        return ""
    return f"The caller's {rest[:1].lower()}{rest[1:]}"


# A part between semicolons that points at a value told before it ("…; that's their
# daughter's") says whose the value is: no part is then read alone.
_POINTING = re.compile(r"^(?:that|it|this)(?:'s| is| was)\b")


def _own_part(content: str) -> tuple[str, ...]:
    """The slots of the caller's own part of a memory in parts told apart by semicolons, the
    others of someone else: "The caller's number's changed to 5557723; the caller's wife's
    hasn't, so leave hers as it is"; "Don't confuse the caller's with their husband's, he's in
    October; the caller's dentist appointment is on the 30th of April"."""
    if "; " not in content or content.startswith('The caller asked: "'):
        return ()
    parts = lead(content).split("; ")
    if any(_POINTING.match(part.lower()) for part in parts[1:]):
        return ()
    found: list[str] = []
    for part in parts:
        lower = part.lower()
        if "the caller" in lower and not (
            someone_else(lower) or _THEIR_PEOPLE.search(lower) or _HIS_OR_HERS.search(lower)
        ):
            found += _slots_of(part[:1].upper() + part[1:])
    return tuple(dict.fromkeys(found))


# The clause after a reason or a time told first: "After the apprenticeship scheme folded, the
# caller got a place at Halden Logistics"; "Because the stairs got too much for their mother,
# they sold up, and the new address is 9 Aspen Close"
_THEY = re.compile(r"^(?:they|the caller)\b", re.IGNORECASE)
_MAIN_CLAUSE = re.compile(
    rf"^(?:{SUBORDINATE}|ever since|what with|once|pursuant to|following|due to|owing to|"
    r"on the (?:advice|recommendation|instructions?) of|on account of|at the (?:request|"
    r"suggestion) of)\b[^;]*?, (?P<c>(?:the caller|they)\b[^;]*)$",
    re.IGNORECASE,
)


def slots_with(content: str, before: str, before_slots: tuple[str, ...]) -> tuple[str, ...]:
    """The slots a memory that fills none alone fills read after `before`, the memory split
    just before it from the same caller turn, which alone fills `before_slots`: only the ones
    the two make together. "Pottery's not on the day it used to be." + "They've put it on
    Monday nights now." is pottery's day; "You'll still have the old date for the dentist,
    won't you? It's changed." + "The caller said the 2nd of April now." the dentist's date;
    "My partner is Sam." + "He's lovely." nothing new."""
    together = slots_of(f"{before} {content}")
    if _said_again(content, before):  # "My car is a grey Toyota RAV4." "A grey Toyota RAV4."
        return tuple(slot for slot in together if slot in before_slots)
    return tuple(slot for slot in together if slot not in before_slots)


_PIECES = re.compile(r"[.,;:!?…—]+\s*")
_SAYING = re.compile(r"^(?:the caller said |that(?:'s| is) |it(?:'s| is) )+", re.IGNORECASE)
_A_VALUE = re.compile(r"\d|\b[A-Z][a-z]*[A-Z0-9]|\b[A-Z][a-z]+ [A-Z]")


def _said_again(content: str, before: str) -> bool:
    """Whether `content` says again, in two words or more with a value among them (a number,
    a name), a piece of what `before` said: a value repeated as the line broke up ("A grey
    Toyota RAV4.", "That's the 14th of March, I've written it on the calendar.")."""
    said = before.lower()
    for piece in _PIECES.split(content):
        piece = _SAYING.sub("", piece.strip())
        valued = len(piece.split()) >= 2 and _A_VALUE.search(piece)
        alone = (
            piece.lower() in _KINDS_NAMED or _DIGITS.fullmatch(piece) or _EMAIL.fullmatch(piece)
        )
        if (valued or alone) and piece.lower() in said:
            return True
    return False


# A memory that opens with one of the caller's people, one person, and then names the caller
# again as "the caller" (the extractor writes that, never "they", for a clause of the caller's
# own after such an opening: omem.memory.extract._own_again): the clause from there on is the
# caller's fact. "The caller's grandson did it all for them, and the caller's number is 5559034
# now"; "Since the caller's husband passed the caller took up pottery, …". "They" after people
# stays theirs ("the caller's son left school, they are working at Tesco now"), and so does
# a clause after several people, a person named, or one that points back ("he", "her number").
# (after a lead-in told first: "The whole family moved practice: the caller's husband's …")
_LED_IN = r"(?:[^,;:.!?]{1,60}: )?"
_OPENS_WITH_PEOPLE = re.compile(
    rf"^{_LED_IN}(?:(?:{SUBORDINATE}|ever since|what with) )?(?:the caller's|their) "
    rf"(?:\w+ )?(?P<who>{PEOPLE})\b",
    re.IGNORECASE,
)
_ONE_OF_THEM = re.compile(r"(?:.*[^s]|boss|fianc[eé]s)$")  # "son", never "parents", "kids"
_CALLER_AGAIN = re.compile(
    # "…, she says the caller's number is 5559034 now": what the other says of the caller
    rf"{CLAUSE_BREAK}(?:(?:she|he) (?:says|said|reckons|thinks) (?:that )?)?"
    r"(?P<c>(?:(?:that|it)(?:'s| is) )?the caller\b[^;]*)$"
)
_CALLER_AFTER = re.compile(
    rf"^(?:{SUBORDINATE}|ever since) [^,]*? "
    r"(?P<c>the caller\b[^;]*)$"
    # "What with their mother's appointments and the choir, pottery is on Thursdays now"
    rf"|^(?:{SUBORDINATE}|ever since|what with) [^;]*?, (?P<p>(?:{'|'.join(_PASTIMES)}) "
    r"(?:class |group )?(?:is|are) [^;]*)$",
    re.IGNORECASE,
)


def _own_clause(content: str) -> str:
    """The caller's own clause after one of their people (see _CALLER_AGAIN), or ""."""
    text = lead(content)
    opening = _OPENS_WITH_PEOPLE.match(text)
    if not opening or not _ONE_OF_THEM.match(opening.group("who").lower()):
        return ""
    if taken := _TAKEN_TO.search(text, opening.end()):
        # "Their friend Jan got the caller into pottery, it's on Tuesday evenings"
        return f"The caller's {taken.group('a')} is on {text[taken.start('d') :]}"
    again = _CALLER_AFTER.match(text) or _CALLER_AGAIN.search(text, opening.end())
    if not again:
        return ""
    clause = again.group("c") or again.group("p")
    if _HIS_OR_HERS.search(clause.lower()) or _THEIR_PEOPLE.search(clause.lower()):
        return ""
    # what was said before the caller's clause (after "Since …" too, not only after a break)
    said = text[: again.start("c") if again.group("c") else again.start()].lower()
    if (ellipsis := _THE_CALLERS_ALONE.match(clause)) and (thing := _THEIR_THING.match(text)):
        # "The caller's son's dentist appointment is in August; the caller's is on 21 May"
        clause = f"the caller's {thing.group('n')} {clause[ellipsis.end() :]}"
    elif ellipsis or clause.startswith("the caller's, "):
        # the thing named by the value's shape: "their husband's yellow Fiat and the caller's, a
        # blue Honda Civic"; a date, after a booking moved: "They rescheduled the pair of them:
        # their wife's is the 25th of October now and the caller's is the 14th of March"
        rest = clause[ellipsis.end() if ellipsis else len("the caller's, ") :]
        noun = next((_THING_OF[slot] for slot, shape in _BY_SHAPE if shape.search(rest)), None)
        if noun == "number" and other_number(text.lower()):
            noun = None  # "their husband's NHS number is … and the caller's, …"
        if (
            not noun
            and _DAY_OF_MONTH.search(rest)
            and _BOOKED.search(said)
            and not re.search(r"\b(?:birthday|anniversary|due date)s?\b", text.lower())
        ):
            noun = "appointment"
        if noun:
            clause = f"the caller's {noun} {'' if ellipsis else 'is '}{rest}"
    consumables = {m.group("a") for m in _CONSUMABLE.finditer(said)}
    if (
        len(consumables) == 1
        and (consumable := _CONSUMABLE.search(said))
        and (given := _GIVEN_IT_UP.search(clause))
        and not re.search(r"\bfor (?:lent|a (?:while|month|week|bit)|now)\b", clause)
    ):
        # "Their flatmate still makes coffee by the pot, but the caller has given it up"
        gone = consumable.group("a")
        named = given.group(0).replace(" it up", f" up {gone}").replace(" it", f" {gone}")
        clause = f"{clause[: given.start()]}{named}{clause[given.end() :]}"
    if (
        _A_WEEKDAY.search(clause.lower())
        and not _pastime_in(clause.lower())
        and (pastime := _pastime_in(said))
        and re.search(r"\bthem\b|\bthe caller\b(?!')", said)  # taken there, not another's
    ):
        # "Their friend dragged them along to pottery, and the caller has gone on Tuesday
        # evenings every week since": the day is the pastime's said before
        clause = f"{clause}, for {pastime.group('a')}"
    return clause[:1].upper() + clause[1:]


_A_WEEKDAY = re.compile(rf"\b{WEEKDAY}\b")
_TAKEN_TO = re.compile(
    r"\b(?:got|dragged|took|brought|talked|roped) (?:the caller|them) (?:into|along to|to|in to) "
    rf"(?P<a>{'|'.join(_PASTIMES)})\b[^.;]*?, (?:it|that)(?:'s| is) (?:on )?(?P<d>(?i:{WEEKDAY}))"
    r"(?![^.]*\b(?:she|he|but|only been|not going)\b)"
)
_THING_OF = {
    "email": "email",
    "phone": "number",
    "address": "address",
    "doctor": "GP",
    "car": "car",
}
_BOOKED = re.compile(r"\b(?:rescheduled|rebooked|re-booked|appointments?|booking|bookings)\b")
_GIVEN_IT_UP = re.compile(r"\b(?:(?:given|gave|give|giving) it up|(?:quit|kicked) it)\b")
# "the caller's" standing for the thing just said to be someone's, and that thing
_THE_CALLERS_ALONE = re.compile(r"the caller's (?=(?:is|was|has|hasn't|now|these days)\b)")
_THEIR_THING = re.compile(
    rf"^{_LED_IN}(?:(?:{SUBORDINATE}|ever since|what with) )?(?:the caller's|their) (?:\w+ )?"
    rf"(?:{PEOPLE})'s (?P<n>(?:\w+ ){{0,2}}?\w+) "
    r"(?:is|are|was|has|hasn't|have|haven't|stays|'s)\b",
    re.IGNORECASE,
)


# What an answer must hold to give the slot it was asked for: the value's own shape.
_NAMED = re.compile(r"\b[A-Z][a-z]+\b")
_DAY_OF_MONTH = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?(?: of)? {MONTH}\b|\b{MONTH} \d{{1,2}}\b", re.IGNORECASE
)
# the slot each kind of value claimed fills, and the shape the value must have before it
_CLAIMED_AS: dict[str, tuple[str, re.Pattern[str]]] = {
    "car": ("car", _CAR_BRAND),
    "address": ("address", _STREET),
    "lives": ("address", _STREET),
    "phone": ("phone", _DIGITS),
    "email": ("email", _EMAIL),
    "doctor": ("doctor", _DOCTOR),
    "gp": ("doctor", _DOCTOR),
    "job": ("job", re.compile(_ORG)),
    "partner": ("partner", re.compile(r"(?<!\bDr )(?<!\bMr )(?<!\bMrs )\b[A-Z][a-z]+$")),
}
ANSWER_SHAPES: dict[str, re.Pattern[str]] = {
    "address": _STREET,
    "phone": _DIGITS,
    "email": _EMAIL,
    "doctor": _DOCTOR,
    "car": _CAR_BRAND,
    "appointment": _DAY_OF_MONTH,
    "weekly": re.compile(rf"\b{WEEKDAY}\b", re.IGNORECASE),
    "dose": re.compile(r"\d+ ?(?:mg|milligrams?|micrograms?|mcg)\b", re.IGNORECASE),
}
# A name answers only as the one name in the answer, not a greeting, a day or a word the
# question said ("What should I call you?" "Good Morning." is no name).
_NOT_ANSWER_NAMES = _NOT_NAMES | frozenset(
    "Yes No Yeah Nope Hello Hi Hey Good Morning Afternoon Evening Thanks Thank Sorry Same "
    "Number It Its That This Just Okay Ok Well Oh Right Sure Hang Mum Mom Dad Everybody "
    "Everyone Nobody Somebody Someone".split()
)
_NAME_SLOTS = ("name", "partner")
_ANSWER_ONCE = re.compile(r"\b(?:saw|visited|was|were|went|had|hospital|garage)\b|'s\b")
# The agent's question as the caller would ask it: "What should I call you?" is "What should
# you call me?".
_PERSON = re.compile(r"\b(?:your|yours|you|I|me|my)\b", re.IGNORECASE)
_SWAP = {"your": "my", "yours": "mine", "you": "me", "i": "you", "me": "you", "my": "your"}
# An answer longer than this is a story that mentions the value, not the value given.
_MAX_ANSWER_WORDS = 12  # "It's Jo these days, la, since the grandkids started on it."


def _fits(slot: str, text: str, prompt: str) -> bool:
    """Whether the answer `text` holds a value of `slot`'s kind that the `prompt` did not
    already say (a confirmation gives no new value)."""
    kind = slot.split(":", 1)[0]
    if kind in _NAME_SLOTS:
        names = {n for n in _NAMED.findall(text) if n not in _NOT_ANSWER_NAMES}
        return len(names) == 1 and next(iter(names)) not in prompt
    shape = ANSWER_SHAPES.get(kind)
    found = shape.search(text) if shape is not None else None
    return found is not None and found.group(0).lower() not in prompt.lower()


def _answered(content: str, prompt: str) -> tuple[str, ...]:
    """The slot `prompt` asked for, if `content` is a short answer holding a new value of
    that slot's kind (a day of the month for an appointment, a name for what to call them):
    never someone else's, a past visit ("saw Dr Jones at the hospital") or a confirmation."""
    if not prompt.rstrip().endswith("?") or SUMMARY.match(content):
        return ()
    if content.startswith('The caller asked: "'):
        return ()
    text = lead(content)
    lower = text.lower()
    if (
        len(text.split()) > _MAX_ANSWER_WORDS
        or someone_else(lower)
        or _THEIR_PEOPLE.search(lower)
        or _ANSWER_ONCE.search(lower)
        or _NOT_HOME.search(lower)
    ):
        return ()
    asked = asked_slots(_PERSON.sub(lambda m: _SWAP[m.group(0).lower()], prompt))
    fitting = tuple(slot for slot in asked if not slot.endswith(":") and _fits(slot, text, prompt))
    return fitting if len(fitting) == 1 else ()  # "How should I address you?" "Jo." a name


def _slots_of(content: str) -> tuple[str, ...]:
    if content.startswith('The caller asked: "'):
        found = (slot for statement in statements(content) for slot in _slots_of(statement))
        return tuple(dict.fromkeys(found))  # a question states only what it carries
    if SUMMARY.match(content):
        return ()  # a summary tells of many things
    lower_content = content.lower()
    if (
        _TRIGGERS.isdisjoint(_WORD.findall(lower_content))
        and "@" not in content
        and not _DIGITS.search(content)
        and not _NOT_NAMED.search(content)  # "It's Jo. Not Bea."
        and not _FINE.match(content)  # "Jo, that's the caller."
        and not _IS_AT.search(content)  # "The caller is at Halden Logistics now."
    ):
        return ()
    text = _NOT_THEIRS.sub("", lead(content))
    lower = text.lower()
    if _UNTIL.match(lower) and (until := _until_then(text)) is not None:
        return until
    cased = text[:1].lower() + text[1:]
    beside = _PARTNER_BESIDE.match(text)
    he = _PARTNER_HE.search(text)
    if he and he.group("name") not in _NOT_NAMES:
        return ("partner",)
    if PARTNER.search(cased) or (
        beside
        and beside.group("name") not in _NOT_NAMES
        and beside.group("name").lower() not in _DISCOURSE
        and not beside.group("name").endswith("ly")
    ):
        return ("partner",)
    fine = _FINE.match(text)
    named = _NAME_RULE.search(cased) or _NAME_RULE.search(text)  # "Bea is what … answers to"
    if not named and (call := _YOU_CAN_CALL.search(text)):
        before = text[: call.start()].lower()
        if not _ANYONE.search(before) and not re.search(r"\b(?:are|have|were)\b", before):
            named = call
    if named or (
        fine
        and fine.group("name") not in _NOT_NAMES
        and fine.group("name").lower() not in _INTERJECTIONS
    ):
        return ("name",)
    if set_ := _SET.match(lower) or _SET_AS.match(lower):
        attr = set_.group("attr")
        return (_SET_SLOTS["name" if attr.startswith("what you call") else attr],)
    if field := _FIELD.match(text) or _FIELD_AFTER.match(text):
        return (_FIELD_SLOTS[field.group("field").lower()],)
    if (claimed := _CLAIMED.search(text)) and (
        "the caller" in claimed.group(0) or not _ANYONE.search(text[: claimed.start()].lower())
    ):
        # "My dad passed me down a green Golf when he stopped driving, and that's my car"; a
        # "their" or "they" with someone else named before may be theirs ("My parents retired
        # to 3 Sea View Road, that's where they live")
        said = text[: claimed.start()]
        kind = next(k for k, v in claimed.groupdict().items() if v)
        if kind == "appointment":
            kinds = [m.group("kind") for m in _APPOINTMENT_KIND.finditer(said.lower())]
            if kinds and _DAY_OF_MONTH.search(said):
                return (f"appointment:{_APPOINTMENT_NAMES.get(kinds[0], kinds[0])}",)
        elif kind == "favourite":
            drinks = [
                (m.start(), _KIND_OF_LOWER[m.group(1).lower()]) for m in _KIND_NAMED.finditer(said)
            ] + [(m.start(), m.group("a")) for m in _CATEGORY.finditer(said.lower())]
            if claimed.group("of") == "tea" or (claimed.group("of") and not drinks):
                return ("favourite:tea",)  # "…, that's their favourite tea"
            if drinks:  # the last named, by its kind or its category
                return (f"favourite:{max(drinks)[1]}",)
        elif (claim := _CLAIMED_AS[kind])[1].search(said):
            return (claim[0],)
    if _NEW_AT_WORK.match(text):
        return ("job",)
    if (
        (loss := _PET_LOSS.search(text))
        and (taken := loss.group("k") or loss.group("z"))
        and not _STREET.search(text)
        and not _NEXT_DOOR.search(text)
    ):
        # the pet gone to someone: "their daughter took Mochi to live with her, …, so there's
        # no cat here now" (whoever else the memory tells of)
        return (f"pet:{taken.lower()}",)
    if (
        (gone := _DIED_AFTER.search(text))
        and _ONLY_PETS.search(text, gone.start(), gone.end() + 40)
        and not _AWAY_A_WHILE.search(text)
    ):
        # a pet's end whoever told of it: "Their neighbour found Biscuit in the road, they
        # buried her under the apple tree" (a loss closes only a pet of that name), never
        # another's pet ("their friend Jan lost her cat Biscuit, she was put to sleep")
        died = _died_named(text)
        if died and not re.search(
            rf"\b(?:her|his|(?!caller's)\w+'s) (?:\w+ )?{_PET_KIND},? {died}\b", text.lower()
        ):
            return (f"pet:{died}",)
    if _THEIR_PEOPLE.search(lower) and (pet := _THEIR_PET_NAMED.search(text)):
        # the caller's pet, whoever else the memory is about: "The caller's neighbour feeds
        # their cat Biscuit when they are away" (a fact about it closes nothing); its loss is
        # read below ("… went to live with their daughter")
        if pet.group("n") not in _NOT_NAMES and not (
            _PET_LOSS.search(text) or _DIED_AFTER.search(text)
        ):
            return (f"pet:{pet.group('n').lower()}{ABOUT}",)
    if (let_go := _LET_GO.search(text)) and let_go.group("n") not in _KIN_NAMES:
        return (f"pet:{let_go.group('n').lower()}",)
    if (rehomed := _THEY_REHOMED.match(text)) and rehomed.group(
        "n"
    ) not in _KIN_NAMES | _NOT_NAMES:
        # the caller's own act, whoever's reason follows: "had to rehome Bramble when their
        # son's allergies got bad"
        return (f"pet:{rehomed.group('n').lower()}",)
    if change := _CHANGE_MINE.search(lower):
        return (_SET_SLOTS[change.group("attr")],)
    if _SO_THEY_STOPPED_MEAT.search(lower):
        # the caller's own after someone else's story: "their daughter went vegetarian, so they
        # have stopped red meat an' all"
        return tuple(f"habit:{meat}{NO}" for meat in MEATS)
    if someone_else(lower):
        return ()
    partner = _PARTNER_CUE.search(cased) and any(
        name not in _NOT_NAMES for name in _NAME.findall(text)
    )
    if dose := _DOSE_OF.search(lower) or _DOSE_NAMED.search(lower):
        return (f"dose:{dose.group('a')}",)
    # "got a Mazda off their cousin": bought from someone, not the someone's; set up for them
    # by someone, still theirs
    others = _FROM_THEIR.sub(" ", lower)
    others = others if _HIS_OR_HERS.search(lower) else _FOR_THEM.sub(" ", others)
    theirs = _THEIR_PEOPLE.search(others) and not _OWN_MARK.search(lower)
    if _EMAIL.search(text) and _EMAIL_CUE.search(lower) and not theirs:
        return ("email",)
    if (
        _DIGITS.search(text)
        and _PHONE_CUE.search(lower)
        and not other_number(lower)
        and not theirs
    ):
        return ("phone",)
    if (
        (street := _STREET.search(text))
        and not _WHERE_OTHERS_LIVE.search(lower)
        and (
            not _NOT_HOME.search(lower)
            # "the caller lives at 14 Birch Lane, a tiny place above a pizza shop"
            or _LIVES_AT.search(lower, 0, street.start())
            or (
                _THEIR_ADDRESS.search(lower)
                and not _NOT_HOME.search(_clause_at(lower, street.start()))
            )
            or (
                _WRITE_TO_THEM.search(lower)
                and not theirs
                and not _NOT_HOME.search(lower, street.start())
            )
            # "the wee parcel went to the caller's old flat, they flitted in March and they are
            # at 14 Birch Lane now": a parcel in another clause
            or (
                _THEY_ARE_AT.search(lower, 0, street.start())
                and _MOVED_THERE.search(lower)
                and not _NOT_HOME.search(_clause_at(lower, street.start()))
                and not theirs
            )
        )
    ):
        return ("address",)
    if (
        (dr := _DOCTOR.search(text))
        and _DOCTOR_CUE.search(lower)
        and (
            not _PROCEDURE.search(lower)
            # an appointment in another clause leaves the caller's own doctor, said as theirs
            # in the doctor's clause: "the caller is under Dr Castillo now, and the
            # appointment's at 2.40 on Wednesday" (never "a GP appointment …, with Dr Patel")
            or (
                _THEIR_DOCTOR.search(lower, max(0, dr.start() - 40), dr.start() + 2)
                and not _PROCEDURE.search(_clause_at(lower, dr.start()))
            )
        )
    ):
        return ("doctor",)  # "Dr Mbeki ran the tests" names a doctor, not theirs
    if re.search(
        r"\b(?:switched|changed|moved) (?:gps?|practices|doctors|surger(?:y|ies))\b"
        r"|\b(?:switched|changed|moved) to (?:a |another |a new )?"
        r"(?:gp|practice|doctor|surgery)\b",
        lower,
    ):
        return ("doctor",)
    if re.search(
        rf"^{_CALLER} {_NOW}(?:(?:lives?|moves|is moving|are moving)(?: house)? (?:to|at|in|into)"
        r"|(?:moved|have relocated|relocated)(?: house)?(?: to| at| in| into)?"
        # "has moved on from the old one", "moved pottery to Thursday evenings"
        rf"\b(?! (?:the|a|an|their|it|them|on|{'|'.join(_PASTIMES)}|class|classes|lessons?|"
        r"appointments?|bookings?|sessions?|jobs?|work|roles?|positions?|employers?|companies|"
        r"practices|gps?|doctors?|surger(?:y|ies)|dentists?)\b))",
        lower,
    ) and not (_NOT_HOME.search(lower) or re.search(_MOVED_TO_WORK, text)):
        return ("address",)
    if died := _died_named(text):
        return (f"pet:{died}",)
    kinds = [m.group("kind") for m in _APPOINTMENT_KIND.finditer(lower)]
    if not kinds and (any_ := _ANY_APPOINTMENT.search(lower)):
        kinds = [any_.group("kind")]
    if (
        kinds
        and re.search(_DATE, lower)
        and (not _APPOINTMENT_PAST.search(lower) or _APPOINTMENT_NOW.search(lower))
        and not (_someone_named(text) and "vet" not in kinds)  # a named pet's vet is theirs
    ):
        # who it is with over what it is: "a check-up with the dentist" is the dentist's
        seen = next(
            (k for k in kinds if k not in _VISITS and re.search(_WITH_WHOM.format(k), lower)),
            kinds[0],
        )
        kind = _APPOINTMENT_NAMES.get(seen, seen)
        return (f"appointment:{kind}",)
    if (
        _CONTACT.search(cased)
        and (
            _CONTACT_CUE.search(lower)
            or lower.startswith(("text", "email"))
            or lower_content.startswith("just ")  # "Just call the caller." (lead drops "just")
        )
        and not _someone_named(text)
        and not _WHAT_CALLED.search(lower)
    ):
        return ("contact",)
    there = _WORKS_THERE.search(text)
    before_there = text[max(0, there.start() - 60) : there.start()] if there else ""
    if _JOB.search(cased) or (
        there
        and (
            _NAMED_JUST_BEFORE.search(before_there)
            or _PLACE_FIRST.fullmatch(text[: there.start()])  # "The city library, that's …"
            or _NAMED_FOR_THEM.search(before_there)  # "two buses to X for them, that's where …"
        )
    ):
        return ("job",)
    if _CAR.search(cased) or (
        _CAR_BRAND.search(text)
        and _CAR_CUE.search(lower)
        and _MINE.search(lower_content)
        and not theirs
        and not _someone_named(text)
    ):
        return ("car",)  # a make the caller owns or drives
    loss = _PET_LOSS.search(text)
    if loss and loss.group("b") and ", their " in loss.group(0):
        before = text[: loss.start()]
        own = re.sub(r"\b(?:the|our|their|the caller's) (?:kids|children|family)\b", "", before)
        if _NEXT_DOOR.search(before) or _ANYONE.search(own.lower()):
            loss = None  # "The Smiths next door are in bits, Mochi, their cat, passed away"
    if loss and (name := next((g for g in loss.group(*_LOSS_NAMES) if g), None)):
        return (f"pet:{name.lower()}",)  # closes everything said about the pet
    if (kind_died := _THEIR_PET_DIED.search(text)) and (
        name := _only_name_before(text, kind_died.start())
    ):
        # "Sadly Bramble has used up her nine lives, their cat passed away in March"
        return (f"pet:{name.lower()}",)  # closes everything said about the pet
    if pet_name := _pet_named(text):
        return (f"pet:{pet_name.lower()}{ABOUT}",)
    if partner:
        return ("partner",)
    dated = ONE_DAY.sub("", lower)  # "bingo on Saturday 10 May 2025" is once, not weekly
    weekly = _WEEKLY.search(dated) or _PASTIME_ON.search(dated)
    pastime = _pastime_in(lower)
    if weekly:
        # the pastime the sentence names over the word the pattern caught ("don't book me in
        # on Tuesdays, that's pottery" is pottery's)
        activity = pastime.group("a") if pastime else next(g for g in weekly.groups() if g)
        if activity not in _NOT_ACTIVITY and not re.fullmatch(WEEKDAY, activity):
            return (f"weekly:{activity}",)
    if (
        _RECURRING.search(lower)
        and pastime
        and not theirs
        and not _someone_named(text)
        and not _NOT_OWN_PASTIME.search(lower)
    ):
        return (f"weekly:{pastime.group('a')}",)
    # "jasmine", never "Jasmine" or "Assam Road"; "Earl Grey" however it is led
    named_kind = _KIND.search(cased) or _KIND.search(text)
    if person_of := _PERSON_OF.search(cased):
        return (f"favourite:{_KIND_OF[person_of.group('k')]}",)
    if _THEIR_FAVOURITE.search(lower):
        pass  # "Tom's favourite is rooibos", "made chamomile for their mum, it's her favourite"
    elif _FAVOURITE_CUE.search(lower) and (
        category := _FAVOURITE_OF.search(lower) or _CATEGORY.search(lower)
    ):
        # a kind named beside it says which ("the book club argues, but chamomile is their
        # favourite"; "I'd drink it all day")
        if named_kind and (
            category.group("a") in ("drink", "cup") or _KIND_OF[named_kind.group("k")] in lower
        ):
            return (f"favourite:{_KIND_OF[named_kind.group('k')]}",)
        return (f"favourite:{category.group('a')}",)
    elif _FAVOURITE_CUE.search(lower) and named_kind:
        return (f"favourite:{_KIND_OF[named_kind.group('k')]}",)
    if (choice := _CHOICE.search(lower)) and not (
        # what they drink instead of coffee is no favourite: "used to drink coffee every
        # morning, but it's herbal tea for them now"
        choice.group("a") == "tea"
        and "coffee" in lower
        and re.search(r"\b(?:used to|gave up|given up|stopped|quit|off)\b", lower)
    ):
        return (f"favourite:{choice.group('a')}",)
    if _TOPIC_TEA.match(lower):  # "Tea? Chamomile. Always."
        return ("favourite:tea",)
    if _VEGETARIAN.search(lower):
        return tuple(f"habit:{meat}{NO}" for meat in MEATS)
    # said alone, or answering their own question: "Black coffee. Every morning.", "Coffee? Off
    # it."; never a kind of tea, which is the favourite's ("Gone off the old tea — peppermint")
    casual = (
        (content.startswith("The caller said ") or _TOPIC_HABIT.match(lower))
        and not _ANYONE.search(lower)
        and not _KIND.search(lower)
        and "favourite" not in lower
    )
    if (
        (_HABIT_SUBJECT.search(lower) or casual)
        and _HABIT_CUE.search(lower)
        and (consumable := _CONSUMABLE.search(lower))
        and not _given_up_in_part(lower, consumable.group(0))
        and not _ONE_OFF.search(lower)
        and not (_PAST_HABIT.search(lower) and not _NEGATIVE.search(lower))
    ):
        thing = consumable.group("a").split()[-1]
        if _NEGATIVE.search(lower):  # giving up meat gives up every meat
            if any(m.group("a").split()[-1] == "meat" for m in _CONSUMABLE.finditer(lower)):
                thing = "meat"  # "take the beef off, they've cut out red meat"
            meats = MEATS if thing == "meat" else (thing,)
            return tuple(f"habit:{m}{NO}" for m in meats)
        return (f"habit:{thing}{YES}",)
    return ()


# "Up until February the caller drank coffee every day; since then they have given it up":
# before "until" is the past (or only for a while, "until the operation the caller is off
# coffee"); only what holds since is read
_UNTIL = re.compile(r"^(?:right )?(?:up )?(?:until|till) ")
_SINCE_THEN = re.compile(
    r"^(?:right )?(?:up )?(?:until|till) (?P<was>[^;]*?)"
    r"(?:; |,? and |,? but )(?:(?:since then|these days|nowadays|now)[, ]+)?(?P<now>.+)$",
    re.IGNORECASE,
)


def _until_then(text: str) -> tuple[str, ...] | None:
    """The slots of what holds since a past said with "until" (see _UNTIL); () without one;
    None when the part after it names no slot alone and no habit was before it ("Until the
    spring the caller drove a Mazda; these days it's a RAV4": the sentence is read whole)."""
    then = _SINCE_THEN.match(text)
    if then is None:
        return ()
    now = re.sub(r"^they(?= )", "the caller", re.sub(r"^their(?= )", "the caller's", then["now"]))
    was = _CONSUMABLE.search(then["was"].lower())
    if was and _NEGATIVE.search(now.lower()) and not _CONSUMABLE.search(now.lower()):
        thing = was.group("a").split()[-1]
        return tuple(f"habit:{m}{NO}" for m in (MEATS if thing == "meat" else (thing,)))
    return _slots_of(now) or (() if was else None)  # was: a habit said before "until"


# A slot's suffix: what a memory says about it. "/about": a fact about a pet, which only the
# pet's loss closes; "/yes" and "/no": a habit kept or given up, each closing the other.
ABOUT, YES, NO = "/about", "/yes", "/no"


def _base(slot: str) -> str:
    return slot.split("/", 1)[0]


# "The caller's class is on Wednesdays now" is the day of whichever class they go to: a class
# named by no activity stands for each weekly one taught as a class, and each of them for it
# (never for church, dialysis or bingo).
_ANY_CLASS = "weekly:class"
_TAUGHT = (
    "pottery yoga pilates dance dancing salsa zumba spin karate judo knitting painting drawing "
    "ceramics piano guitar violin singing drama aerobics"
).split()
_CLASSES = tuple(f"weekly:{activity}" for activity in _TAUGHT)


def _kin(base: str) -> tuple[str, ...]:
    """The other slot bases a slot's base stands for (see _ANY_CLASS)."""
    if base == _ANY_CLASS:
        return _CLASSES
    return (_ANY_CLASS,) if base in _CLASSES else ()


def _same(one: str, other: str) -> bool:
    """Whether two slot bases are one slot (see _kin)."""
    return one == other or other in _kin(one)


def closes(new: tuple[str, ...], old: tuple[str, ...]) -> bool:
    """Whether a memory filling `new` replaces an earlier one filling `old`: the same slot,
    except that a fact about a pet closes nothing (its loss closes them all) and a habit
    closes only its reversal."""
    for slot in new:
        if slot.endswith(ABOUT):
            continue
        for earlier in old:
            if not _same(_base(slot), _base(earlier)):
                continue
            if slot.endswith((YES, NO)) and earlier.endswith((YES, NO)) and slot == earlier:
                continue  # said again, the same way: both stand
            return True
    return False


# What an index keeps of a memory's slots: keyed hashes (omem.memory.keywords.token_hashes),
# never the words ("dose:lisinopril" names a medicine): one per slot, and one per keyed slot's
# kind ("pet:"), so that "any pet" is one lookup too.
_SUFFIXES = ("", ABOUT, YES, NO)


def slot_hashes(slots: tuple[str, ...]) -> tuple[int, ...]:
    """The hashes an index row keeps for a memory filling `slots`."""
    words = [*slots, *(f"{_base(s).split(':', 1)[0]}:" for s in slots if ":" in s)]
    return tuple(int(h) for h in token_hashes(dict.fromkeys(words)))


def closing_hashes(new: tuple[str, ...]) -> frozenset[int]:
    """The row hashes a memory filling `new` closes (as `closes` decides, by hash)."""
    closed = [
        _base(slot) + suffix
        for slot in new
        if not slot.endswith(ABOUT)
        for suffix in _SUFFIXES
        if not (slot.endswith((YES, NO)) and suffix in (YES, NO) and _base(slot) + suffix == slot)
    ]
    closed.extend(kin for slot in new if not slot.endswith(ABOUT) for kin in _kin(_base(slot)))
    return frozenset(int(h) for h in token_hashes(closed)) if closed else frozenset()


# A booking moved with no word of its kind ("The caller's son's appointment stays as it was,
# but the caller's has moved to the 2nd of April") moves the caller's one booking on file: of
# one kind only, else none (which of two would be a guess).
_ANY_BOOKING = "appointment:any"
_MOVED = re.compile(
    r"\b(?:the caller's|their)(?: appointment)?(?:'s| has| is| was)? (?:been )?(?:moved|changed|"
    r"rescheduled|rebooked|re-booked|pushed back|brought forward|put back)\b"
    # "They rescheduled the pair of them: …, and the caller's is the 9th of June"
    r"|\b(?:rescheduled|rebooked|re-booked|moved) (?:the caller|them|the pair of them|both of "
    r"them)\b"
)
_BOOKED_WITH = re.compile(r"\bappointments? (?:with|at|for)\b")


def moves_a_booking(slots: tuple[str, ...], content: str) -> bool:
    """Whether a memory filling `slots` moves a booking of the caller's it names by no kind."""
    lower = lead(content).lower()
    return (
        _ANY_BOOKING in slots
        and bool(_MOVED.search(lower))
        and not _BOOKED_WITH.search(lower)  # "… with the solicitor has moved"
    )


def booking_hashes() -> frozenset[int]:
    """The row hash of every booking of the caller's (each kind's)."""
    return frozenset(int(h) for h in token_hashes(["appointment:"]))


def the_one_booking(bookings: list[tuple[int, tuple[str, ...]]]) -> list[int]:
    """The ids among `bookings` (id, slots) of the one kind of booking there is, or []."""
    kinds = {
        slot
        for _, slots in bookings
        for slot in slots
        if slot.startswith("appointment:") and slot != _ANY_BOOKING
    }
    if len(kinds) != 1:
        return []
    return [memory_id for memory_id, slots in bookings if kinds & set(slots)]


def loss_hashes(names: set[str]) -> dict[int, str]:
    """The row hash of each named pet's loss (`pet:<name>`, never a fact about it), to its name."""
    ordered = sorted(names)
    if not ordered:
        return {}
    hashes = token_hashes([f"pet:{name}" for name in ordered])
    return {int(h): name for h, name in zip(hashes, ordered, strict=True)}


def asked_hashes(asked: tuple[str, ...]) -> frozenset[int]:
    """The row hashes that fill one of the `asked` slots (as `fills` decides, by hash)."""
    words = [
        want if want.endswith(":") else want + suffix for want in asked for suffix in _SUFFIXES
    ]
    words.extend(kin for want in asked for kin in _kin(want))
    return frozenset(int(h) for h in token_hashes(dict.fromkeys(words))) if words else frozenset()


def slot_of(content: str, prompt: str = "") -> str | None:
    """The first slot `content` fills (answering `prompt`), or None."""
    found = slots_of(content, prompt)
    return found[0] if found else None


# A question about a value that no longer holds: it may be answered from superseded memories.
# "before" a time is a period ("the weekend before Monday 1 September"), not a change
_NOT_A_TIME = rf"(?! (?:(?:this|last|next|the) )?(?:{WEEKDAY}|{MONTH}|\d|christmas|easter|lunch))"
_PAST = re.compile(
    r"\b(?:old|previous|previously|former|formerly|earlier|original|originally|used to|use to|"
    r"back then|"
    r"at first|before (?:the |I |we |it )?(?:move|moved|moving|change|changed|switch|"
    r"switched)|last (?:address|number|email))\b"
    r"|\bbefore[\s?.!]*$|\b(?:did|was|were|had)\b[^.?!]*\bbefore\?"
    r"|\bbefore (?:as|that|then|this one|the current one|now)\b"
    r"|\bbefore the (?:new|latest) one[\s?.!]*$"
    r"|\bbefore (?:\w+ ){1,3}(?:changed|moved|switched|swapped|shifted|rescheduled|rebooked)\b"
    r"|\b(?:did|was|were|had)\b.*\bfirst[\s?.!]*$"  # "… did the dentist have me down for first?"
    # "Who was I with before my present partner?", "the email I had before, what was it"
    r"|\b(?:did|was|were|had)\b.*\bbefore (?:my|the|this|that) (?:present|current|latest)\b"
    rf"|\bhad before\b|^before\b{_NOT_A_TIME}.*\b(?:was|were|did|had)\b"
    # "Who was my partner before Theo?", "Who was my GP before Dr Patel?"; not "before Monday"
    rf"|\b(?:was|were|did|had)\b[^.?!]*\bbefore{_NOT_A_TIME} (?-i:[A-Z][a-z]+(?: [A-Z][a-z]+)?)"
    r"[\s?.!]*$"
    # "Who was my GP before, dear?", "before — name?", "before all that", "before this?"; not
    # "What was wrong with my internet before, and did the new mesh system fix it?"
    r"|\bbefore\s*(?:[,;—–](?! (?:and|or|but|so)\b)|- )"
    r"|\bbefore (?:all that|this[\s?.!]*$|we \w+ed\b|the (?:one|place|house|flat) (?:I|we)\b)"
    # "Back before the new car, what did I drive?", "Where did I live before this place?"
    r"|^(?=.*\b(?:did|was|were|had|went|used to)\b).*\bbefore (?:the|my|this|that) "
    r"(?:new(?! year)|current|latest|present|move|change|switch|place|house|flat|home|"
    r"break-?up|split|divorce)\b"
    # "Where was I living before the removals came?", "What was my number before my daughter
    # sorted the new phone?": before something someone did
    r"|\b(?:was|were|did|had)\b[^?]*\bbefore (?:the |my |our )?\w+(?:'s)?(?: \w+)? "
    r"(?:\w+ed|sold|sent|came|heard|went|got|made|took|gave|told|rang|wrote|put|brought|found|"
    r"set)\b"
    # "First dentist date?", "When was I first meant to be in the big chair?"
    r"|^first (?:\w+ ){0,2}(?:date|day|time|appointment)\b"
    r"|\b(?:was|were) (?:I|we) first (?:meant|supposed|due|booked|down)\b"
    # "What was my preferred tea prior to the change?", "… held prior to the amendment?"
    r"|^(?=.*\b(?:did|was|were|had|held|used to)\b).*\b(?:prior to|preceding|ahead of) "
    r"(?:the|my|this|that) (?!(?:appointment|meeting|visit|call|operation)\b)\w+"
    r"|\bto begin with\b|\bin the beginning\b|\bmy ex\b|\bex's\b"
    # "Up until the change, how much lisinopril did I take?", "Until I moved, where did I live?"
    r"|^(?:right )?(?:up )?(?:until|till) (?:the|my|our|I|we|it|they)\b"
    r"(?=.*\b(?:did|was|were|had|used to)\b)"
    r"|\b(?:did|was|were|had)\b.*\bthe first (?:\w+ )?(?:date|day|time|address|number|one)\b"
    r"|\b(?:got|was|were) cut off\b|\bmoved out of\b"
    r"|\b(?:was|were|did)\b.*\bbefore (?:(?:I|it|we|they) (?:\w+ ){0,2}(?:started|moved|"
    r"changed|switched|swapped|rebooked|adjusted|altered|rearranged|was|were|got)|"
    r"(?:my|the|this|that) (?:current|"
    r"new(?! year)|move|house move|breakup|break-up|split|divorce|job|change|switch))\b"
    # "What was my email before I had to change it?", "… before all the moving"
    r"|^(?:what|where|which|who)\b[^?]*\b(?:was|were|did|had)\b.*\bbefore (?:I|we|it|they) "
    r"(?:had|needed|got|was forced|were forced) to (?:change|move|switch|swap) (?:it|them|that|"
    r"house|address|number|email|out|over)\b"
    r"|^(?=.*\b(?:was|were|did|had|used to)\b).*\bbefore all (?:the|that|this) (?:moving|"
    r"changing|changes|switching|upheaval|chopping)\b"
    # what was given up is a value that no longer holds: "which job did I leave?"
    r"|\b(?:which|what) (?:\w+ ){0,2}(?:did|have) (?:I|we) (?:leave|quit|sell|give up|get rid of|"
    r"stop|drop|lose|move out of|move from|cancel|scrap|part with|"
    r"(?:trade in|trade(?! in\b)|part[- ]exchange)\b"
    r"(?! (?:the|my|a|an|our|it|that) (?:\w+ ){0,2}for\b)"
    r"|replace\b(?![^?]*\bwith\b))\b",
    re.IGNORECASE,
)


def asks_about_the_past(question: str) -> bool:
    """Whether a question asks for a value that may have changed since ("what was my old
    address?", "where did I use to live?", "who was my GP before?")."""
    return bool(_PAST.search(_AGE.sub(" ", question.strip())))


_AGE = re.compile(r"\bhow old\b|-year-old\b|\byears? old\b", re.IGNORECASE)  # an age: not "old"


# What a question asks for, by slot: "where do I live?" is the caller's address. Asked by the
# caller ("my address") or by the agent about them ("their address", or "address" once "the
# caller's" is cleaned off).
_POSS = r"(?:my |his |her |their |)"
_ADJ = r"(?:(?:old|previous|former|current|new|home|usual|mobile|cell|phone) )*"
_ASKS: list[tuple[str, re.Pattern[str]]] = [
    (
        "address",
        re.compile(
            r"\bwhere (?:do|did|does|am|was|is|are) (?:i|we|he|she|they) (?:live|living)\b"
            # asked inside another question: "can you tell me where I live?"
            r"|\bwhere (?:i|we)(?:'m| am|'re| are| was| were)? "
            r"(?:live|lived|used to live|living)\b"
            rf"|\b{_POSS}{_ADJ}address\b(?<!e-mail address)(?<!email address)"
            r"|\baddress (?:do you have )?for me\b|\b(?:which|what) address\b(?! do my e-?mails)"
            r"|\bwhere(?: have|'ve) you got me\b|\bgot me (?:down as )?(?:living|staying)\b"
            r"|\bwhere are you sending\b(?! (?:\w+ ){0,2}(?:e-?mails?|texts?|messages?|"
            r"e-?receipts?|receipts?|invoices?|newsletters?)\b)"
            r"|\bwhere (?:should|would|do|does|will|can) (?:you send|the (?:parcel|package|"
            r"post|mail|letters?|delivery)|my (?:parcel|package|post|mail|letters?))\b"
            r"|\bsend my (?:post|mail|letters|parcels?)\b"
            r"|\bpost(?:ing)? (?:me|it to me|something to me)\b"
            r"(?! (?:a |an )?(?:reminder|message|link|text|note|update)s?\b)"
            # "Where would a birthday card for me end up?", "Which doorbell would a courier ring"
            r"|\bwhere would (?:a |the |my |any )?(?:\w+ )?(?:letters?|cards?|parcels?|packages?|"
            r"post|mail|flowers|deliver(?:y|ies))\b[^?]*\b(?:end up|reach me|go|arrive|"
            r"get to me)\b"
            r"|\bwhich (?:front )?door(?:bell)? would\b"
        ),
    ),
    (
        "phone",
        re.compile(
            rf"\b(?:my|his|her|their) {_ADJ}number\b|\b(?:phone|mobile|cell|callback) number\b"
            r"|\bnumber (?:should|do) you (?:call|text|use|have)\b|\bwhat number did i\b"
            r"|\bnumber (?:have|do|did) you (?:got|have)\b(?! for (?!me\b))|\bmy (?:mobile|cell)\b"
            r"|\b(?:which|what) number (?:did|do) i\b"
            r"|\bnumber to (?:ring|call|text) me\b|\bring me on\b"
            # "When you ring me back, what do you key in?"
            r"|\bwhat do you (?:dial|key in|punch in)\b"
            r"|\bwhen you (?:ring|call|phone) me(?: back)?, what (?:do you|number)\b"
        ),
    ),
    (
        "email",
        re.compile(
            rf"\b(?:my|his|her|their) {_ADJ}e-?mails?\b|\be-?mail address\b"
            r"|\bwhich e-?mail\b|\be-?mail me\b|\bthe e-?mail i\b|\be-?mails? go to\b"
            r"|\b(?:send(?:ing)?|go(?:es)?) (?:\w+ )?(?:my |the )?(?:e-?)?(?:receipts|invoices|"
            r"newsletters?)\b"
            r"|\bwhere (?:do|does|should) (?:my |the )?(?:e-?)?(?:receipts|invoices|newsletters?) "
            r"go\b"
            # "What would you type in to send me the receipt?", "the 'To' box"
            r"|\bwhat would you (?:type|put) in to (?:send|e-?mail) me\b|\bthe '?to'? box\b"
        ),
    ),
    (
        "name",
        re.compile(
            r"\bwhat (?:should|do) you call me\b|\b(?:what|which) name\b|\bbe called\b"
            r"|\bwhat (?:should|are|do|will|would) you (?:be )?calling me\b(?! (?:about|for)\b)"
            r"|\bwhat(?:'s| is) it you call me\b|\bhow (?:do|will|should) you call me\b"
            r"|\bname (?:you use|you have for me)\b|\bhow you (?:should|will|would|can) call me\b"
            r"|\bgreet me\b|\bwhat do i go by\b|\bname (?:should|do|would) you use\b"
            rf"|\b{_POSS}nickname\b|\bhow should you address me\b"
            r"|\bwhat do i answer to\b|\bname badge\b"
        ),
    ),
    (
        "contact",
        re.compile(
            r"\bcontacted\b|\bcontact me\b|\breach me\b|\bget in touch\b|\bget hold of me\b"
            r"|\bcontact preference\b|\bpreferred (?:way of |method of |means of )?contact\b"
            # "What's my preferred way to be reached these days?"
            r"|\b(?:way|means|method) (?:to|of) (?:be )?(?:reach(?:ed|ing)?|contact(?:ed|ing)?|"
            r"get(?:ting)? (?:hold of|in touch with)) me\b"
            r"|\b(?:best |preferred )?(?:way|means|method) to be (?:reached|contacted)\b"
            # "text or call me", "Should you text me or call me?", "email me or ring me"
            r"|\b(?:text|call|ring|phone|e-?mail)(?: me)? or (?:text|call|ring|phone|e-?mail)"
            r"(?: me)?\b"
        ),
    ),
    (
        "job",
        re.compile(
            r"\bwhere (?:do|did|does|am|was) (?:i|he|she|they) (?:work|working)\b"
            rf"|\b{_POSS}{_ADJ}(?:job|employer)\b|\bwho (?:do|did) i work for\b"
            r"|\bmy work(?:place)?\b(?! (?:e-?mail|phone|number|mobile|address))"
            r"|\bwho (?:pays|signs) my (?:wages|salary|payslips?)\b|\bon my payslips?\b"
        ),
    ),
    (
        "car",
        re.compile(
            rf"\bwhat car\b|\bwhich car\b|\b{_POSS}{_ADJ}(?:car|motor)\b"
            r"|\b(?:what|which) vehicle (?:have you got|do you have|have you|am i|do i)\b"
            r"|\bmy (?:\w+ )?vehicle\b"
            r"|\bwhat (?:do|did) i drive\b"
            r"|\bwhat am i driving\b"
            # "What would I pull up in?", "What do I get about in?"
            r"|\bwhat (?:would|will|do|did) i (?:pull up|turn up|get about|get around|drive up) "
            r"in\b"
        ),
    ),
    (
        "doctor",
        re.compile(
            rf"\b{_POSS}{_ADJ}(?:gp|doctor)\b|\bwhich doctor\b|\bgp\b"
            r"|\bwho do i see at the (?:surgery|practice)\b"
            # "Who am I registered with?" (a GP's list; never "… at the dentist")
            r"|\bwho (?:am i|are you showing me as|do you have me) registered with"
            r"(?=\s*[?.!]?\s*$| at the (?:surgery|practice|health centre|gp)\b)"
            # who the records say the caller sees: "Who have you got me down as seeing?"
            r"|\bwho (?:have you got|do you have|have you) me (?:down )?(?:as )?seeing"
            r"(?=\?|$| at the (?:surgery|practice|health centre))"
            r"|\bwho do i (?:go and |go to )?see when i(?:'m| am| feel) "
            r"(?:poorly|ill|sick|unwell)\b"
        ),
    ),
    (
        "partner",
        re.compile(
            rf"\b{_POSS}{_ADJ}(?:partner|boyfriend|girlfriend|husband|wife|other half|fella|"
            r"significant other)\b"
            r"|\bwho (?:am i|was i) (?:with|seeing|dating|going out with)\b"
            r"|\bperson i(?:'m| am) with\b|\bwho am i bringing\b|\bmy plus[- ]one\b"
            # "Whose name goes on the card next to mine?"
            r"|\bwhose name (?:goes|went|is|was|do you put|should go)\b[^?]*\b(?:next to|"
            r"beside|alongside) mine\b"
        ),
    ),
    (  # what one eats, any meat ("habit:", as the question reader reads it)
        "habit:",
        re.compile(
            r"\bwhat (?:(?:do |don't |can |can't )?i (?:eat|don't eat|can't eat)|i eat)"
            r"(?=[?,.!]|$| (?:these days|now|at the moment|any ?more)\b)"
            r"|\b(?:foods?|anything) (?:that )?i(?:'m| am)? (?:don't eat|can't eat)\b"
            r"|\b(?:foods?|anything) (?:that )?i(?:'m| am)? (?:avoid|avoiding)\b"
            r"(?=[^?]*\b(?:eat|food|restaurant|kitchen|menu|dinner|meal|lunch)s?\b)"
            r"|\bdietary (?:requirements?|needs|restrictions)\b|\b(?:my|the caller's) diet\b"
            r"|\bfood (?:restrictions|requirements|needs)\b"
            r"|\bput(?:ting)? (?:a |some )?(?:burgers?|steaks?|sausages?|chops?|bacon) on\b"
        ),
    ),
    (
        "pet:",
        re.compile(
            rf"\b{_POSS}(?:cat|dog|pet|kitten|puppy)s?\b"
            r"|\b(?:do i have|have i got|have i|is there) (?:a|any) (?:cat|dog|pet)s?\b"
            r"|\b(?:whiskers|meowing|miaowing|purring)\b"
        ),
    ),
]
_ASK_DOSE = re.compile(
    r"\b(?:how much|dose of|what dose)\b(?: (?P<med>[a-z]{4,}))?|\bmy (?P<m2>[a-z]{4,}) dose\b"
)
_ASK_WEEKLY = re.compile(
    r"\bwhen is my (?P<a>[a-z]+) (?:class|lessons?|practice|club)\b"
    r"|\b(?:which|what) day (?:do|did) i (?:do|have|use to have|used to have) (?P<b>[a-z]+)"
    r"|\b(?:which|what) day (?:was|is) (?:my |the )?"
    r"(?!(?:somebody|someone|it|that|this|there|he|she|they|i)\b)(?P<c>[a-z]+)"
    r"|\bwhen do i have (?!(?:to|a|an|the|my|any|it|that|this)\b)(?P<d>[a-z]+)"
    r"|\bon which day is (?P<e>[a-z]+)"
)
_ASK_FAVOURITE = re.compile(
    rf"\b{_POSS}(?:\w+ )?favou?rite (?P<a>[a-z]+)\b"
    r"|\bwhich (?P<b>[a-z]+) (?:do|did) i (?:like best|prefer|use to prefer|drink|like)\b"
)
_ASK_APPOINTMENT = re.compile(
    rf"\b{_POSS}(?P<kind>[a-z]+) appointment\b"
    r"|\bwhen (?:is|am i seeing|do i see|was) (?:the |my )?(?P<k2>dentist|doctor|gp|physio|"
    r"optician|vet|hairdresser)\b"
)
_WHICH = r"\b(?:what|which)(?:'s|s| is)?(?: the)?(?: (?:kind|type|sort) of)? "
# a street asked for beside an email address: "my email address and my home address"
_STREET_ASKED = re.compile(r"\b(?:home|postal|street|house) address\b|\bwhere (?:do|am) i liv")
# "If you were putting a tea in for me, which would it be?"
_WHICH_ONE = re.compile(r"\bwhich (?:one(?! of)|would it be|would you (?:pick|choose|make))\b")
# "What date am I seeing the dentist?", "When do I have to go to the dentist?"
_ASK_WHEN_SEEN = re.compile(
    r"\b(?:when|what date|what day|which day|what time)\b.*\b(?:the |my )?"
    r"(?P<k3>dentist|doctor|gp|physio|optician|vet|hairdresser|teeth|tooth)\b"
)
_SEEN_AS = {
    "gp": "doctor",
    "dental": "dentist",
    "physiotherapist": "physio",
    "teeth": "dentist",
    "tooth": "dentist",
}
_ASK_CLAY = re.compile(r"\b(?:clay|potter'?s wheel|pottery wheel|kiln|muddy hands at the wheel)\b")
# The morning drink asked for by no name: "What do I pour myself first thing?", "What's brewing
# in my mug when I roll out of bed?", "Is there a cafetière on the go in my kitchen?"
_ASK_MORNING_DRINK = re.compile(
    r"\bcafeti[eè]re\b|\bpour (?:myself|me)\b[^?]*\b(?:first thing|morning|breakfast)\b"
    r"|\b(?:brewing|in my mug)\b[^?]*\b(?:roll out of bed|first thing|morning|wake up|get up)\b"
)
_ASK_HABIT = re.compile(r"\bdo i (?:still )?(?:drink|eat|smoke|take|have) (?P<a>[a-z ]+?)\??$")


def asked_slots(question: str) -> tuple[str, ...]:
    """The slots a question asks for ("pet:" and "dose:" stand for every pet and medicine),
    most questions none."""
    text = question.lower().strip()
    out = [name for name, pattern in _ASKS if pattern.search(text)]
    # "which email address …" asks for no street; "what name … for my partner" for no nickname
    if (
        "address" in out
        and re.search(r"\be-?mail address\b", text)
        and not _STREET_ASKED.search(text)
    ):
        out.remove("address")
    if "name" in out and re.search(rf"\bname\b[^?,]*\b{PARTNERS}\b", text):
        out.remove("name")
    if dose := _ASK_DOSE.search(text):
        med = dose.group("med") or dose.group("m2")
        if med or "dose" in text:
            out.append(f"dose:{med}" if med and med not in ("am", "was", "do") else "dose:")
    if weekly := _ASK_WEEKLY.search(text):
        out.append(f"weekly:{next(g for g in weekly.groups() if g)}")
    elif _ASK_CLAY.search(text):  # "When am I up to my elbows in clay each week?"
        out.append("weekly:pottery")
    if favourite := _ASK_FAVOURITE.search(text):
        asked = favourite.group("a") or favourite.group("b")
        out.append(f"favourite:{'tea' if asked in ('cuppa', 'brew') else asked}")
    appointment = _ASK_APPOINTMENT.search(text) or _ASK_WHEN_SEEN.search(text)
    if appointment:
        kind = next(k for k in appointment.groups() if k)
        out.append(f"appointment:{_SEEN_AS.get(kind, kind)}")
    named = _CONSUMABLE.search(text)
    if (
        _ASK_MORNING_DRINK.search(text)
        and not favourite
        and not (named and named.group("a") != "coffee")
    ):
        out.append("habit:coffee")
    consumable = _CONSUMABLE.search(text)
    if consumable and (_ASK_HABIT.search(text) or "meat" in text or "vegetarian" in text):
        out.append(f"habit:{consumable.group('a').split()[-1]}")
    elif consumable and not favourite and re.search(r"\b(?:coffee|tea|wine|beer|alcohol)\b", text):
        drink = consumable.group("a").split()[-1]
        # "what tea …", "which coffee …": the answer is a kind of it, the favourite one
        which = re.search(_WHICH + re.escape(drink), text) or _WHICH_ONE.search(text)
        out.extend((f"favourite:{drink}", f"habit:{drink}") if which else (f"habit:{drink}",))
    return tuple(dict.fromkeys(out))


def fills(memory_slots: tuple[str, ...], asked: tuple[str, ...]) -> bool:
    """Whether a memory of `memory_slots` fills one of the `asked` slots ("pet:" and "dose:"
    are any pet's, any medicine's)."""
    return any(
        _same(_base(slot), want) or (want.endswith(":") and slot.startswith(want))
        for slot in memory_slots
        for want in asked
    )


# A doctor who is not the caller's own: a pet's, a dentist, a hospital's, a referral, a visit.
_NOT_THEIR_GP = re.compile(
    r"\b(?:vets?|veterinary|dentist|dental|hygienist|consultant|surgeon|specialist|locum|"
    r"hospital|referred|referral|saw|visited|seen by)\b"
)
# Where one is a customer, a member, a patient or a volunteer, never where one works
_NOT_WORK = re.compile(
    r"\b(?:customer|client|member|patient|volunteer\w*|regular|account|shopp?(?:ed|ing|s)?|"
    r"banks? with|banked with)\b"
)
_NOT_WORK_PLACE = re.compile(rf"\b(?:{_STAYS}|{_BELONGS}|{_SERVICES})\b")  # its name, capitalised
# A car for a while, or someone else's: "the courtesy car", "hired a Ford Focus"
_NOT_THEIR_CAR = re.compile(
    r"\b(?:courtesy|hire|hired|rental|rented|loan|loaned|lent|borrow\w*|test drive|"
    r"thinking of|hit (?:the caller|them))\b"
)


# What the value of each kind looks like in a memory, for the kind reader (omem.memory.kinds),
# which reads a kind only where its value is there to read.
SHAPES: dict[str, re.Pattern[str]] = {
    "address": _STREET,
    "phone": _DIGITS,
    "email": _EMAIL,
    "doctor": _DOCTOR,
}


def held_back(slot: str, text: str) -> bool:
    """Whether the rules' own guards for `slot` say `text` (a memory from its subject on,
    `lead`) is not the caller's value of it:
    what the kind reader (omem.memory.kinds) must not read past. A work or a delivery address,
    another kind of number, another doctor, a customer's bank, a courtesy car."""
    lower = text.lower()
    if slot == "address":
        return bool(
            _WHERE_OTHERS_LIVE.search(lower)
            or (_NOT_HOME.search(lower) and not _THEIR_ADDRESS.search(lower))
        )
    if slot == "phone":
        return other_number(lower)
    if slot == "doctor":
        return bool(_PROCEDURE.search(lower) or _NOT_THEIR_GP.search(lower))
    if slot == "job":
        return bool(_NOT_WORK.search(lower) or _NOT_WORK_PLACE.search(text))
    if slot == "car":
        return bool(_NOT_THEIR_CAR.search(lower))
    return False


def names_their_people(lower: str) -> bool:
    """Whether `lower` names one of the caller's people ("their son", "the caller's mum")
    anywhere, unless it marks the thing as the caller's own ("their own email")."""
    return bool(_THEIR_PEOPLE.search(lower)) and not _OWN_MARK.search(lower)
